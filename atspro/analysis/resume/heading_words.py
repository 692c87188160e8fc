"""Section heading words, shared by the section reader (``sections``) and the readers of
special forms that run before it (``europass``, called from ``text``, which ``sections``
imports): one list, no copies.
"""

from __future__ import annotations

import re

# Canonical name -> synonyms. Matching ignores case, spaces and punctuation.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "contact": (
        "contact", "contacts", "contact information", "contact info", "contact details",
        "personal information", "personal details", "personal info", "personal data",
    ),
    "summary": (
        "summary", "professional summary", "career summary", "executive summary", "profile",
        "professional profile", "career profile", "personal profile", "about", "about me",
        "objective", "career objective", "professional objective", "objectives",
        "summary of qualifications", "qualifications summary", "personal statement",
        "overview", "professional overview", "introduction", "bio", "background summary",
        "resume objective", "personal summary", "executive profile", "resume profile",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "career", "relevant experience",
        "experiences", "professional background", "work", "positions held", "job history",
        "industry experience", "research experience", "research", "internships",
        "internship experience", "teaching experience", "experience and employment",
        "professional history", "career experience", "employment experience",
        "work and research experience", "research and work experience",
        "academic career", "academic appointments", "academic positions", "appointments",
        "professional appointments", "professional career", "professional employment",
        "relevant employment", "previous employment", "employment details", "work details",
        "experience details", "career record", "work record",
        "current position", "current positions", "current employment", "previous positions",
        "professional traineeship", "traineeships", "traineeship", "work placements",
        "freelance work", "freelance experience", "military service", "military history",
        "professional positions", "visiting appointments",
        "administrative positions", "administrative appointments", "research appointments",
        "research positions", "faculty positions", "teaching positions", "faculty appointments",
        # a British or Commonwealth CV's posts: "Present Post", "Past Posts:", "Posts Held"
        "present position", "current post", "present post", "last post", "previous post",
        "previous posts", "past posts", "posts held", "other posts", "earlier posts",
    ),
    "education": (
        "education", "academic background", "educational background", "academics",
        "education and training", "academic qualifications", "qualifications",
        "educational qualifications", "academic history", "education history", "studies",
        "academic credentials", "academic profile", "education background",
        "educational qualification", "academic qualification", "academic details",
        "educational details", "education details", "academic degrees", "scholastic profile",
        "academic studies", "formal education", "educational profile", "academic record",
        "education and professional qualifications", "educational and professional qualifications",
        "education and professional qualification", "formal education and training",
        "formal education and ongoing training",
        "educational history",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "competencies", "key skills",
        "skill set", "skillset", "areas of expertise", "expertise", "skills and abilities",
        "technologies", "tech stack", "technical proficiencies", "proficiencies",
        "core skills", "professional skills", "relevant skills", "hard skills", "soft skills",
        "tools", "tools and technologies", "technical expertise", "key competencies",
        "skills summary", "strengths", "abilities", "toolbox", "toolkit",
        "skills and expertise", "technical competencies", "programming skills",
        "key strengths", "core strengths", "areas of strength", "areas of excellence",
        "technical summary",
        # Europass: "Personal skills and competences", "Job-related skills", "Digital competence"
        # ("Personal skills", "Digital skills" stay weak, read by their ending: a two-column
        # layout's sidebar heading among the roles)
        "personal skills and competences", "personal skills and competencies",
        "job-related skills", "job related skills", "digital competence", "digital competences",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "certificate", "licenses",
        "licenses and certifications", "certifications and licenses", "licences",
        "licences and certifications", "professional certifications", "credentials",
        "training", "training and certifications", "certifications and training", "courses",
        "professional development", "trainings", "other courses",
    ),
    "projects": (
        "projects", "project", "personal projects", "key projects", "selected projects",
        "select projects", "academic projects", "side projects", "open source",
        "open source projects", "project experience", "notable projects", "portfolio",
        "projects undertaken", "key projects undertaken", "course projects", "project details",
    ),
    "languages": ("languages", "language", "language skills", "spoken languages",
                  "languages known", "language known", "known languages", "language proficiency",
                  "language proficiencies", "linguistic skills", "linguistic proficiency"),
    "awards": (
        "awards", "honors", "honours", "honors and awards", "honours and awards",
        "awards and honors", "awards and honours", "achievements", "accomplishments",
        "key achievements", "scholarships", "awards and achievements", "recognition",
        "distinctions", "prizes", "fellowships", "grants and fellowships", "academic honors",
        "academic honours",
    ),
    "publications": (
        "publications", "papers", "research papers", "selected publications",
        "presentations", "presentation", "talks", "publications and presentations", "patents", "writing",
        "journal articles", "refereed journal articles", "peer reviewed publications",
        "refereed publications", "conference papers", "conference proceedings",
        "conference presentations", "book chapters", "selected publications and presentations",
        "invited publications", "technical reports",
        "conferences", "conferences and seminars", "conferences and workshops",
        "seminars and conferences",
    ),
    "volunteering": (
        "volunteering", "volunteer", "volunteer experience", "volunteer work",
        "community service", "community involvement", "community", "volunteer activities",
        "volunteerism",
    ),
    "interests": (
        "interests", "hobbies", "hobbies and interests", "interests and hobbies",
        "personal interests", "activities and interests",
    ),
    "references": ("references", "referees", "reference"),
    "activities": (
        "activities", "extracurricular activities", "extracurricular activity",
        "extracurriculars", "extra curricular activities", "on campus involvement",
        "campus involvement", "involvement", "leadership experience", "leadership and activities",
        "activities and leadership", "affiliations", "memberships", "professional affiliations",
        "program committees", "associations", "professional associations",
        "professional memberships", "professional organizations", "professional organisations",
        "organizations", "organisations", "memberships and associations",
        "leadership and volunteering", "volunteer and leadership", "leadership and service",
        # an academic CV's committee work: "Service", "University Service", "SERVICE ACTIVITIES"
        "service", "professional service", "university service", "college service",
        "academic service", "department service", "departmental service",
        "institutional service", "service activities", "university and community service",
        "professional and community service",
    ),
    "coursework": ("coursework", "relevant coursework", "courses taken", "key courses",
                   "related coursework",
                   "courses taught"),
    "links": ("links", "online profiles", "profiles", "social", "websites", "social profiles"),
    "additional": ("additional information", "additional", "other", "miscellaneous", "misc"),
}  # fmt: skip
# Common German, French, Spanish, Italian, Portuguese and Dutch headings (matching drops
# accents' letters on both sides: "Formação" is looked up as "formao").
FOREIGN: dict[str, tuple[str, ...]] = {
    "summary": ("profil", "zusammenfassung", "résumé professionnel", "perfil", "resumen",
                "perfil profesional", "objetivo", "perfil profissional", "resumo", "profiel",
                "samenvatting"),
    "experience": ("berufserfahrung", "berufliche erfahrung", "expérience professionnelle",
                   "expériences professionnelles", "expérience", "experiencia laboral",
                   "experiencia profesional", "experiencia", "esperienza lavorativa",
                   "esperienza professionale", "esperienze lavorative", "expériences",
                   "parcours professionnel", "beruflicher werdegang", "werdegang",
                   "experiência profissional", "experiência", "werkervaring",
                   "professionele ervaring", "trayectoria profesional"),
    "education": ("ausbildung", "bildung", "studium", "formation", "formación", "educación",
                  "formación académica", "formazione", "istruzione", "formations", "études",
                  "formation académique", "bildungsweg", "schulbildung", "estudios",
                  "formação", "formação académica", "formação acadêmica", "educação",
                  "opleiding", "opleidingen"),
    "skills": ("kenntnisse", "fähigkeiten", "kompetenzen", "compétences", "habilidades",
               "competencias", "conocimientos", "competenze", "competenze tecniche",
               "aptitudes", "compétences techniques", "fachkenntnisse", "competências",
               "conhecimentos", "vaardigheden"),
    "languages": ("sprachen", "sprachkenntnisse", "langues", "idiomas", "lingue", "línguas",
                  "talenkennis"),
    "certifications": ("zertifikate", "zertifizierungen", "certificats", "certificaciones",
                       "certificações", "certificaten"),
    "projects": ("projekte", "projets", "proyectos", "progetti", "projetos", "projecten"),
    "interests": ("hobbys", "interessen", "centres d'intérêt", "intereses", "aficiones",
                  "loisirs", "interesses"),
}  # fmt: skip
# Hebrew and Arabic headings (a right-to-left resume's; matched by their letters alone)
# Headings by language, a small table each (round 15). Latin-script ones are looked up like the
# tables above (accented letters dropped on both sides: "Doświadczenie" as "dowiadczenie");
# Hebrew, Arabic and Cyrillic ones by their own letters (``key``). Words that are also
# surnames or list items ("Diller", "Özet") are left out.
BY_LANGUAGE: dict[str, dict[str, tuple[str, ...]]] = {
    "polish": {
        "experience": ("doświadczenie zawodowe", "doświadczenie", "przebieg kariery",
                       "historia zatrudnienia", "przebieg pracy zawodowej"),
        "education": ("wykształcenie", "edukacja"),
        "skills": ("umiejętności", "kompetencje", "umiejętności techniczne"),
        "languages": ("języki obce", "znajomość języków", "języki"),
        "summary": ("podsumowanie", "o mnie", "profil zawodowy"),
        "certifications": ("certyfikaty", "kursy i szkolenia", "szkolenia"),
        "interests": ("zainteresowania",),
    },
    "turkish": {
        "experience": ("iş deneyimi", "deneyim", "iş tecrübesi", "tecrübe", "mesleki deneyim",
                       "deneyimler"),
        "education": ("eğitim", "eğitim bilgileri", "öğrenim"),
        "skills": ("yetenekler", "beceriler", "yetkinlikler"),
        "languages": ("yabancı diller", "yabancı dil", "dil bilgisi"),
        "summary": ("hakkımda", "kariyer hedefi"),
        "certifications": ("sertifikalar", "kurslar"),
        "interests": ("hobiler", "ilgi alanları"),
        "references": ("referanslar",),
    },
    "italian": {
        "experience": ("esperienza lavorativa", "esperienze professionali", "esperienza",
                       "esperienze"),
        "education": ("istruzione e formazione", "titoli di studio"),
        "skills": ("capacità e competenze", "competenze personali", "competenze digitali",
                   "abilità"),
        "languages": ("lingue straniere", "conoscenze linguistiche", "madrelingua"),
        "summary": ("profilo", "profilo professionale", "obiettivo"),
        "certifications": ("certificazioni",),
        "interests": ("interessi", "hobby"),
    },
    "dutch": {
        "experience": ("ervaring", "loopbaan", "werkgeschiedenis", "arbeidsverleden"),
        "education": ("onderwijs",),
        "skills": ("competenties", "kennis en vaardigheden"),
        "languages": ("talen",),
        "summary": ("profiel", "over mij"),
        "interests": ("hobby's", "interesses"),
    },
    "portuguese": {
        "experience": ("experiências profissionais", "histórico profissional",
                       "experiência de trabalho"),
        "education": ("formação acadêmica", "escolaridade"),
        "skills": ("habilidades", "conhecimentos", "competências técnicas"),
        "languages": ("idiomas", "línguas"),
        "summary": ("resumo", "sobre mim", "objetivo profissional"),
    },
    "russian": {
        "experience": ("опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность",
                       "места работы", "трудовой стаж"),
        "education": ("образование", "основное образование"),
        "skills": ("навыки", "ключевые навыки", "профессиональные навыки", "умения"),
        "languages": ("языки", "знание языков", "иностранные языки", "владение языками"),
        "summary": ("о себе", "обо мне", "цель"),
        "certifications": ("сертификаты", "курсы", "повышение квалификации"),
        "contact": ("контакты", "контактная информация", "личная информация"),
    },
    "hebrew": {
        "experience": ("ניסיון תעסוקתי", "ניסיון מקצועי", "ניסיון", "ניסיון בעבודה",
                       "שירות צבאי"),
        "education": ("השכלה", "לימודים", "השכלה אקדמית"),
        "skills": ("כישורים", "מיומנויות", "כישורים מקצועיים", "כישורים טכניים"),
        "languages": ("שפות",),
        "summary": ("תקציר", "פרופיל", "על עצמי", "פרופיל אישי"),
        "certifications": ("קורסים", "הסמכות", "תעודות"),
        "projects": ("פרויקטים",),
        "interests": ("תחביבים",),
        "contact": ("פרטים אישיים", "פרטי קשר"),
    },
    "arabic": {
        "experience": ("الخبرة العملية", "الخبرات العملية", "الخبرة", "الخبرات",
                       "الخبرة المهنية", "الخبرات المهنية"),
        "education": ("التعليم", "المؤهلات العلمية", "المؤهل العلمي", "التحصيل العلمي",
                      "المؤهلات الأكاديمية"),
        "skills": ("المهارات", "المهارات الشخصية", "المهارات التقنية"),
        "languages": ("اللغات",),
        "summary": ("الملخص", "نبذة", "نبذة عني", "الهدف الوظيفي", "نبذة شخصية"),
        "projects": ("المشاريع",),
        "certifications": ("الشهادات", "الدورات التدريبية", "الدورات"),
        "interests": ("الهوايات",),
        "contact": ("المعلومات الشخصية", "البيانات الشخصية", "معلومات الاتصال"),
    },
}  # fmt: skip

_NOT_A_TO_Z = re.compile(r"[^a-z]")
_NOT_LETTER = re.compile(r"[\W\d_]")
# Arabic letters written several ways (hamza forms, taa marbuta, alef maqsura) read as one.
_SCRIPT_FOLD = str.maketrans("أإآةىё", "اااهيе")


def key(text: str) -> str:
    """A heading's lookup key: lower case, letters a-z only, "&" read as "and"; a heading with
    no such letter (Hebrew, Arabic, Cyrillic) by its own letters, folded ("<word> / EXPERIENCE"
    by its Latin)."""
    low = text.lower().replace("&", "and")
    return _NOT_A_TO_Z.sub("", low) or _NOT_LETTER.sub("", low.translate(_SCRIPT_FOLD))


LOOKUP: dict[str, str] = {}  # key of every English and foreign heading -> its section
_LANGUAGE_NAMES = [(c, n) for table in BY_LANGUAGE.values() for c, n in table.items()]
for _canon, _names in [*SYNONYMS.items(), *FOREIGN.items(), *_LANGUAGE_NAMES]:
    for _name in _names:
        LOOKUP.setdefault(key(_name), _canon)
        LOOKUP.setdefault(key(_name.replace(" and ", " ")), _canon)


# Single words that also occur as list items: only a heading when styled like one.
_AMBIGUOUS_WORDS = (
    "about bio career work research community training courses tools technologies expertise"
    " strengths abilities portfolio project writing talks papers social links profiles other"
    " additional misc involvement qualifications studies credentials recognition prizes"
    " volunteer overview introduction language organizations organisations associations service"
    " presentation presentations toolbox toolkit hobby conferences"  # "Presentation" alone in a skills list is an item
)
AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())
AMBIGUOUS_KEYS = frozenset(key(w) for w in AMBIGUOUS)


def section_of(heading: str) -> str | None:
    """The section a heading names exactly (any case, spacing or punctuation), else None."""
    return LOOKUP.get(key(heading))
