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
        "freelance work", "freelance experience",
        "professional positions", "visiting appointments",
        "administrative positions", "administrative appointments", "research appointments",
        "research positions", "faculty positions", "teaching positions", "faculty appointments",
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
        "technical summary", "personal skills and competences",
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
RIGHT_TO_LEFT: dict[str, tuple[str, ...]] = {
    "summary": ("תקציר", "פרופיל",
                "על עצמי", "الملخص",
                "نبذة", "نبذة عني"),
    "experience": ("ניסיון", "ניסיון תעסוקתי",
                   "ניסיון מקצועי",
                   "שירות צבאי",
                   "الخبرة", "الخبرات",
                   "الخبرة العملية",
                   "الخبرات العملية",
                   "الخبرة المهنية"),
    "education": ("השכלה", "השכלה אקדמית",
                  "التعليم",
                  "المؤهلات العلمية",
                  "المؤهل العلمي"),
    "skills": ("כישורים", "מיומנויות",
               "כישורים טכניים",
               "المهارات",
               "المهارات التقنية"),
    "languages": ("שפות", "اللغات"),
    "certifications": ("תעודות", "الشهادات"),
    "projects": ("פרויקטים", "المشاريع"),
}  # fmt: skip

_NOT_A_TO_Z = re.compile(r"[^a-z]")
_NOT_RTL = re.compile("[^\u05d0-\u05ea\u0620-\u064a]")  # Hebrew and Arabic letters, no points


def key(text: str) -> str:
    """A heading's lookup key: lower case, letters a-z only, "&" read as "and"; a heading with
    no such letter by its Hebrew or Arabic letters ("<word> / EXPERIENCE" by its Latin)."""
    low = text.lower().replace("&", "and")
    return _NOT_A_TO_Z.sub("", low) or _NOT_RTL.sub("", low)


LOOKUP: dict[str, str] = {}  # key of every English and foreign heading -> its section
for _canon, _names in [*SYNONYMS.items(), *FOREIGN.items(), *RIGHT_TO_LEFT.items()]:
    for _name in _names:
        LOOKUP.setdefault(key(_name), _canon)
        LOOKUP.setdefault(key(_name.replace(" and ", " ")), _canon)


# Single words that also occur as list items: only a heading when styled like one.
_AMBIGUOUS_WORDS = (
    "about bio career work research community training courses tools technologies expertise"
    " strengths abilities portfolio project writing talks papers social links profiles other"
    " additional misc involvement qualifications studies credentials recognition prizes"
    " volunteer overview introduction language organizations organisations associations service"
    " presentation toolbox toolkit"  # "Presentation" alone in a skills list is an item
)
AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())
AMBIGUOUS_KEYS = frozenset(key(w) for w in AMBIGUOUS)


def section_of(heading: str) -> str | None:
    """The section a heading names exactly (any case, spacing or punctuation), else None."""
    return LOOKUP.get(key(heading))
