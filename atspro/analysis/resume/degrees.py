"""Degrees as written and the words that name a school (``INSTITUTION``).

``find_degree``: "B.Sc.", "Btech", "Master of Science", "HSC", "12th" -> the words as written,
the ``EducationLevel`` and the span.

Abbreviations are case-sensitive ("MS", "BA": not "ms", "ba"); the words are not. A degree word
that names something else is no degree: "MS Office", "MBA aspirant", "Scrum Master",
"Lincoln High School" (a school's name).
"""

from __future__ import annotations

import re

from atspro.analysis.letters import one_edit
from atspro.analysis.resume import places, roles
from atspro.analysis.resume import text as tx
from atspro.models import EducationLevel

INSTITUTION = re.compile(
    r"(?i:universi(?:t|dad|dade)|college|institut|school|academy|polytech|politecnico|conservato"
    r"|hochschule|[ée]cole\b|escuela|colegio|col[ée]gio|faculdade|facultad|lyc[ée]e|gymnasium"
    r"|seminary|\bfaculty\s+of\b|\bcentre\b|\bcenter\s+for\b|\btraining\s+center\b"
    # names in other languages: "Akademie der Künste", "Istituto Tecnico", "Scuola Normale",
    # "Liceo Classico", "Escola Superior", "Hogeschool", "Högskolan", "Uniwersytet",
    # "Politechnika", "Collège", "Faculté", "Fakultät", "Academia de …"
    r"|akademi|istituto|scuola|liceo|liceum|escola|hogeschool|h[öo]gskol|uniwersytet"
    r"|politechni|polit[ée]cnic|coll[èe]ge|facult[ée]|fakult[äa]t|\bacademia\s+(?:de|di|do|da|nacional)\b"
    # "Springfield Adult Education Center", "Lakeside Learning Centre"
    r"|\b(?:education(?:al)?|learning)\s+cent(?:er|re)\b"
    # Indian spellings: "Kendriya Vidyalaya", "Mahavidyalaya", "Vidyapeeth", "Engineering
    # Collage" (sic), "ABC Univ Lakeside"
    r"|vidyala|vidyapee?th|vidyapith|\bcollage\b|\buniv\b"
    # Indonesian and Malay schools: "Sekolah Menengah …", "Madrasah Aliyah …"
    r"|\bsekolah\b|\bmadrasah\b)"
    # Indonesian state or private secondary schools: "SMA Negeri 2 Springfield", "SMKN 4 X"
    r"|\bSM[AKP]\s+(?:Negeri|Swasta|\d)|\bSM[AKP]N\s+\d"
    r"|\bUC\s+[A-Z]|\b(?:MIT|IIT|IIM|CalTech|Caltech|UCLA|UCSD|NYU|USC|EPFL|ETH|CMU|KAIST|POSTECH"
    r"|UCL|LSE|RWTH|TU\s+\w+|NIT|BITS|SUNY|CUNY|UNC|IIIT|IISc|JNTU[HKA]?|IGNOU|RGPV|VTU|AKTU"
    r"|GTU|BAMU|GGSIPU|BHU|JNU|KIIT"
    # Spain's secondary and vocational schools: "IES Valmonte" (Instituto de Educación
    # Secundaria), "CIFP …", "CEIP …"
    r"|IES|IESO|CIFP|CEIP)\b"
)

# A school word misspelt by one letter ("Univeristy", "Universty", "Insitute", "Colege",
# "Univertiteit"): the name of a school still (``school_word``).
# Not a word one letter off another ("Collegue": a colleague, "Collage" an art form).
_SCHOOL_SPELLINGS = ("university", "universiteit", "institute", "polytechnic", "college")
_OTHER_WORDS = ("colleague", "collage")
_LETTERS = re.compile(r"[A-Za-z]{6,}")


def _misspelt_school(word: str) -> bool:
    word = word.lower()
    return any(one_edit(word, s) for s in _SCHOOL_SPELLINGS) and not any(
        word == o or one_edit(word, o) for o in _OTHER_WORDS
    )


def school_word(text: str) -> bool:
    """``text`` names a school by a school word (``INSTITUTION``), or one misspelt by a letter."""
    return bool(INSTITUTION.search(text)) or any(map(_misspelt_school, _LETTERS.findall(text)))


# Words a field of study ends with ("… in Mechanical Engineering", then the school): the
# one-line reflow breaks after them (reflow.py), the reader tells the field from the school.
FIELD_ENDS = tx.word_set(
    """engineering science sciences technology technologies application applications commerce
    arts management administration studies education economics mathematics physics chemistry
    biology statistics design law medicine pharmacy nursing accounting accountancy finance
    marketing electronics communication communications informatics humanities analytics"""
)
# Words a field of study is made of ("Computer Science", "ECE", "Electronics & Telecom"): on a
# line without separators they tell the field from the school named after it.
FIELD_WORDS = FIELD_ENDS | tx.word_set(
    """maths math electronic electrical mechanical civil chemical computer computers
    information telecommunication telecommunications telecom business biotechnology
    microbiology botany zoology english history psychology sociology geography agriculture
    instrumentation automobile production industrial software networking systems it cs cse
    ece eee eie ee ec mech mpc bipc honours hons general applied medical bioinformatics"""
)

# Disciplines FIELD_WORDS lacks that name a degree's field after "Licence" or "Laurea" (those
# with a discipline's ending, "-ology", "-ics", are told by it).
ACADEMIC_WORDS = tx.word_set(
    """literature philosophy architecture music languages linguistics journalism theology
    law arts letters translation philology archaeology anthropology ecology"""
)

_ABBREVIATIONS: dict[EducationLevel, tuple[str, ...]] = {
    EducationLevel.BACHELOR: (
        "B.S.", "BS", "B.Sc.", "B.Sc", "BSc", "B.A.", "BA", "B.E.", "B.Eng.", "BEng", "B.Tech.",
        "B.Tech", "BTech", "B.B.A.", "BBA", "B.Com.", "B.Com", "BCom", "B.F.A.", "BFA", "LL.B.",
        "LLB", "B.C.L.", "BCL", "B.Ed.", "B.ED.", "BEd", "B.A.Sc.", "BASc", "B.C.A.", "BCA", "B.Arch.",
        "BArch", "B.S.E.", "BSE", "B.S.N.", "BSN", "B.S.W.", "BSW", "B.S.Ed.", "M.B.B.S.", "MBBS", "B.D.S.", "BDS",
        # a bachelor of science named with its field's letters ("BSEE": electrical engineering)
        "B.S.B.A.", "BSBA", "B.S.E.E.", "BSEE", "B.S.M.E.", "BSME", "B.S.C.E.", "BSCE", "BSChE",
        "B.S.C.S.", "BSCS", "BSIT", "BSIE", "B.Comm.", "B.Comm", "BComm", "B.Mus.", "BMus",
        # India's management, Ayurvedic, homoeopathic and veterinary bachelor's degrees
        "B.B.M.", "BBM", "B.A.M.S.", "BAMS", "B.H.M.S.", "BHMS", "B.V.Sc.", "BVSc",
    ),
    EducationLevel.MASTER: (
        "M.S.", "MS", "M.Sc.", "M.Sc", "MSc", "M.A.", "MA", "M.E.", "M.Eng.", "MEng", "MENG", "M.Tech.",
        "M.Tech", "MTech", "M.B.A.", "MBA", "M.Phil.", "MPhil", "M.P.H.", "MPH", "M.F.A.", "MFA",
        "M.S.W.", "MSW", "LL.M.", "LLM", "M.Ed.", "M.ED.", "MEd", "M.C.A.", "MCA", "M.Arch.", "MArch",
        "M.P.A.", "MPA", "M.P.P.", "MPP", "M.S.E.", "MSE", "M.L.S.", "M.L.I.S.", "MLIS", "M.S.Ed.",
        "Ed.S.", "M.S.N.", "M.H.A.", "MHA",
        "M.S.E.E.", "MSEE", "MSME", "M.S.C.S.", "MSCS", "MSIT", "MSCE", "M.Comm.", "M.Comm", "MComm",
        "M.Mus.", "MMus", "Dipl.-Ing.", "Dipl.-Kfm.", "EMBA", "E.M.B.A.",
    ),
    EducationLevel.DOCTORATE: (
        "Ph.D.", "Ph.D", "PhD", "PHD", "D.Phil.", "DPhil", "Ed.D.", "EdD", "M.D.", "MD", "J.D.",
        "JD", "D.B.A.", "DBA", "Pharm.D.", "PharmD", "Psy.D.", "PsyD", "D.Sc.", "DSc", "D.N.P.",
        "D.D.S.", "DDS", "D.M.D.", "D.V.M.", "DVM", "DNP", "D.P.T.", "DPT",
    ),
    EducationLevel.ASSOCIATE: ("A.A.S.", "AAS", "A.A.", "A.S.", "A.A.Sc.", "HND", "HNC", "A.D.N.", "ADN"),
}  # fmt: skip
_OF = (
    r"(?:\s+of\s+(?!in\b)[A-Za-z]+(?:\s+(?:and\s+|&\s+)?"
    r"(?!(?:in|with|from|at|and|major|minor|of)\b)[A-Za-z]+){0,3})?"
)


# A word naming a licence or certificate as well as a degree ("Licence", "Laurea", "Postgraduate
# Certificate") is a degree before its field: "Postgraduate Certificate, Major: Law",
# "Postgraduate Certificate - Project Management" (not "Licence: Full, Clean", "Licence, Category B").
_FIELD_NEXT = (
    r"\s*[,–—:-]\s*(?-i:[A-Z][a-z]{2,})\b"
    r"(?<!\bFull)(?<!\bValid)(?<!\bClean)(?<!\bCategory)(?<!\bClass)(?<!\bType)(?<!\bLevel)"
    r"(?<!\bNumber)(?<!\bIssued)(?<!\bPending)(?<!\bActive)(?<!\bExpired)"
)
# "Licence" and "Laurea" name a driving, pilot's or trade licence too: a degree only before an
# academic field ("Licence, Economics", "Laurea – Political Science", "Laurea – Marine Ecology",
# "Licence: Major: Law"), not "Licence – Driving", "Licence: Forklift", "Licence - Commercial
# Pilot". A field is a word of FIELD_WORDS or one a discipline's ending names ("-ology").
DISCIPLINE_END = r"(?:ology|logy|istry|sophy|graphy|nomy|ics)"  # a discipline's ending
_ACADEMIC = sorted(
    {w.capitalize() for w in FIELD_WORDS | ACADEMIC_WORDS}
    | {w.upper() for w in FIELD_WORDS | ACADEMIC_WORDS}
)
# an academic field's name: "Economics", "Marine Ecology", "Liberal Arts"
_ACADEMIC_NAME = (
    r"(?:(?-i:[A-Z][a-z]+)\s+(?:(?:and|&)\s+)?)?"
    r"(?-i:" + "|".join(_ACADEMIC) + rf"|[A-Z][a-z]+{DISCIPLINE_END})\b"
)
_ACADEMIC_FIELD_NEXT = r"\s*[,–—:-]\s*(?:(?-i:Major|Field)\s*:\s*)?" + _ACADEMIC_NAME
# A loose associate's degree ("Associates in X", "AS in X") opens its line or a piece of it
# (not "Worked AS in Marketing"), and no firm's suffix follows on its line ("… Inc.")
_PIECE_START = r"(?<![\w&.)’'])(?<![\w&.)’']\s)"
_FIRMS = r"Inc|INC|LLC|LLP|PLLC|PC|P\.C|Ltd|LTD"
_NO_FIRM = rf"(?![^\n]*\b(?-i:{_FIRMS})\b)"
# a firm's suffix on the rest of the line, in English or a Latin language ("Acme S.A.", "Globex
# Ltda", "Initech SAS"; "SA" or "SL" alone name a country or a region too)
_FIRM_AFTER = re.compile(
    rf"[^\n]*\b(?-i:{_FIRMS}|S\.\s?A|S\.\s?L|S\.\s?R\.\s?L|SRL|Ltda|LTDA|SAS|S\.A\.S|SAC|S\.A\.C"
    r"|C[íi]a|GmbH|AG|SpA|S\.p\.A|Lda)\b"
)
# Medical specialties a practice is named by ("Associates in Cardiology")
_SPECIALTY = (
    r"(?i:dermatology|cardiology|radiology|oncology|neurology|urology|gastroenterology"
    r"|ophthalmology|pathology|orthopaedics|orthopedics|pediatrics|paediatrics|obstetrics"
    r"|gynecology|gynaecology|anesthesiology|anaesthesiology|endocrinology|rheumatology"
    r"|pulmonology|nephrology|otolaryngology|podiatry|dentistry|orthodontics|periodontics"
    r"|audiology|psychiatry|allergy|internal\s+medicine|family\s+medicine|women['’]s\s+health)\b"
)


def _capitalised(words: str) -> str:
    """Alternatives for ``words`` written capitalised or in capitals only ("Magister",
    "MAGISTER"; not the Latin "magister" of a species' name), for a case-blind pattern."""
    return "".join(f"|(?-i:{w}|{w.upper()})" for w in words.split())


_WORDS: dict[EducationLevel, str] = {
    EducationLevel.DOCTORATE: (
        rf"(?:juris\s+)?doctor(?:ate|al)?(?:\s+degree)?{_OF}|candidate\s+of\s+sciences?"
        # Italy's "Dottorato di Ricerca" (the research doctorate's whole name)
        r"|(?-i:Dottorato|DOTTORATO)\s+(?i:di\s+ricerca)"
        # other languages' names: "Doctorado en …", "Doutorado em …", "Doctorat en …",
        # Sweden's "Doktorsexamen"
        + _capitalised("Doctorado Doutorado Doctorat Dottorato Doktorsexamen")
    ),
    EducationLevel.MASTER: (
        # Spain's "Máster Universitario en …" (the official master's whole name)
        r"(?-i:M[áa]ster|M[ÁA]STER)\s+(?-i:Universitario|UNIVERSITARIO|Oficial|OFICIAL)\b"
        rf"|master(?:['’‘]s|s)?(?:\s+degree)?{_OF}|post[- ]?graduate\s+diploma"
        + _capitalised("Maestría Maestria Mestrado Maîtrise Maitrise Magister Magistère Máster")
        # France's "Mastère Spécialisé" and "Cycle ingénieur" (the engineering school's
        # master-level programme); Sweden's "Masterexamen", "Magisterexamen", "Civilingenjör"
        + _capitalised("Masterexamen Magisterexamen Civilingenjör")
        + r"|(?-i:Mast[èe]re|MAST[ÈE]RE)(?:\s+(?i:sp[ée]cialis[ée]))?"
        + r"|(?-i:Cycle|CYCLE)\s+(?:d['’]\s?)?(?i:ing[ée]nieur)"
        # Portugal's and Brazil's "Mestre em …" (the master's title), "Pós-Graduação em …" /
        # Spain's "Posgrado en …", "Especialización en …" (a postgraduate specialisation)
        + r"|(?-i:Mestre|MESTRE)(?=\s+em\b)"
        r"|(?-i:P[óo]s|P[ÓO]S)[- ]?(?i:gradua[çc][ãa]o)(?=\s+em\b)"
        r"|(?-i:Posgrado|POSGRADO|Especializaci[óo]n|ESPECIALIZACI[ÓO]N|Especializa[çc][ãa]o)"
        r"(?=\s+e[nm]\b)"
        # Germany's state examination (law, medicine, teaching: "Erstes Staatsexamen")
        + _capitalised("Staatsexamen")
        + r"|laurea\s+(?:magistrale|specialistica)|dipl[ôo]me\s+d['’]ing[ée]nieur"
        # Germany's "Diplom-Ingenieur", "Diplom-Betriebswirt (FH)": any "Diplom-" title
        r"|diplom-(?:ingenieur|kaufmann|kauffrau|informatiker|volkswirt|psychologe)"
        r"|(?-i:Diplom-(?!Diplom)[A-ZÄÖÜ][a-zäöüß]{3,20}|DIPLOM-(?!DIPLOM)[A-ZÄÖÜ]{4,21})"
        # Germany's "Diplom in Informatik" / "Diplom, TU X" (not "Diploma"); the UK's teaching
        # qualification "Postgraduate Certificate in Education"; "Graduate Diploma in Law";
        # the former Soviet "Specialist" / "Engineer's degree"
        + _capitalised("Diplom")
        + r"|post[- ]?graduate\s+certificate\s+in\s+education"  # the UK's PGCE, named whole
        + rf"|post[- ]?graduate\s+certificate(?=\s+(?:in|of)\s+[A-Z]|{_FIELD_NEXT})"
        r"|graduate\s+diploma(?=\s+(?:in|of)\b)"
        # "Graduate Degree in Economics" (after a first degree; not "Undergraduate Degree")
        r"|(?<!under)(?<!under[- ])graduate\s+degree(?=\s+in\s+[A-Z])"
        r"|(?:specialist|engineer['’‘]?s)\s+degree"
    ),
    EducationLevel.BACHELOR: (
        rf"bachelor(?:['’‘]s|s)?(?:\s+degree)?{_OF}|(?<!international\s)baccalaureate"
        # "Undergraduate Degree in Economics": a first degree named by its stage, before its
        # field ("UNDERGRADUATE DEGREE" alone heads the degrees listed under it)
        rf"|under[- ]?graduate\s+degree(?=\s+in\s+[A-Za-z]|{_ACADEMIC_FIELD_NEXT})"
        # "Licence en Droit" (France's bachelor), "Licenciatura en …", "Laurea in …" (Italy's
        # first degree), "Bacharel em …"
        # ("Driving Licence: Manual": a word before it names the licence; no degree)
        + r"|(?-i:Licence|LICENCE)(?=\s+(?:en|ès|es|de|professionnelle)\b)"
        # "Licence of Economics", "Licence in Law" (not "Driving Licence in Ohio")
        + rf"|(?<![A-Za-z]\s)(?-i:Licence|LICENCE)(?=\s+(?:in|of)\s+{_ACADEMIC_NAME})"
        + rf"|(?<![A-Za-z]\s)(?-i:Licence|LICENCE)(?={_ACADEMIC_FIELD_NEXT})"
        + _capitalised("Licenciatura Bacharel Bacharelado")
        # Poland's "Licencjat", Sweden's "Kandidatexamen", Spain's former "Diplomatura en …"
        + _capitalised("Licencjat Kandidatexamen")
        + r"|(?-i:Diplomatura|DIPLOMATURA)(?=\s+en\b)"
        # Spain's "Grado en Derecho", Brazil's "Tecnólogo em Redes" (a degree, not the job)
        + r"|(?-i:Grado|GRADO)(?=\s+en\s+[A-ZÁÉÍÓÚ])|(?-i:Tecn[óo]logo|TECN[ÓO]LOGO)(?=\s+em\s+[A-Z])"
        + r"|licenciad[oa](?=\s+en\b)"
        + rf"|laurea(?:\s+triennale)?(?=\s+in\b|{_ACADEMIC_FIELD_NEXT})"
        # Belgium's "Bachelier en …"; Latin America's "Ingeniero en Sistemas" (the engineer's
        # title a university awards; "Ingeniero de Software" is a job)
        + r"|(?:"
        + _capitalised("Bachelier Ingeniero Ingeniera")[1:]
        + r")(?=\s+en\b)"
        # Latin America's engineering degree named as its programme ("Ingeniería en Sistemas",
        # "Ingeniería Industrial"; not "Gerente de Ingeniería", a department) and Brazil's
        # "Graduação em …" (the first degree; "Pós-Graduação" starts before it)
        + r"|(?<!\bde\s)(?<!\bdel\s)(?-i:Ingenier[íi]a|INGENIER[ÍI]A)(?=\s+(?:en\s|(?-i:Industrial"
        r"|Civil|Mec[áa]nica|Qu[íi]mica|Electr[óo]nica|El[ée]ctrica|Inform[áa]tica|Ambiental"
        r"|Agron[óo]mica|Biom[ée]dica|Mecatr[óo]nica)\b))"
        + r"|(?-i:Gradua[çc][ãa]o|GRADUA[ÇC][ÃA]O)(?=\s+em\b)"
    ),
    EducationLevel.ASSOCIATE: (
        rf"associate(?:['’‘]s)?(?:\s+degree|(?=\s+(?:of|in)\b)){_OF}|associates\s+degree"
        # "Associates in Business": an academic field follows, the line or a piece of it opens
        # with it (not "Reed Associates in Ohio", "Client: Associates in Economics Inc."; not a
        # practice named by its medical specialty, "Associates in Dermatology")
        # ("Associates in Pediatric Dentistry": the specialty may follow a word or two)
        rf"|{_PIECE_START}associates(?=\s+in\s+(?!(?:[A-Za-z]+\s+){{0,2}}{_SPECIALTY})"
        rf"{_ACADEMIC_NAME}){_NO_FIRM}"
        r"|foundation\s+degree|higher\s+national\s+(?:diploma|certificate)"
        # "Two-year Technical Degree in IT", "Vocational Degree (Electronics)": a post-secondary
        # vocational degree, named by its field
        r"|(?:technical|vocational)\s+degree(?=\s+in\s+[A-Za-z]|\s*\()"
        # Argentina's two- or three-year "Tecnicatura en …"
        r"|(?-i:Tecnicatura|TECNICATURA)(?=\s+(?:Superior\s+)?en\b)"
        # Spain's two-year vocational "Técnico Superior en …" (Formación Profesional)
        r"|(?-i:T[ée]cnico\s+Superior|T[ÉE]CNICO\s+SUPERIOR)(?=\s+en\b)"
    ),
    EducationLevel.HIGH_SCHOOL: (
        r"high[\s-]+school(?:\s+(?:equivalency\s+)?diploma)?|secondary\s+school(?:\s+(?:certificate|diploma))?"
        r"|(?-i:GED)|a[- ]levels?|higher\s+secondary(?:\s+certificate)?|diploma"
        # the school-leaving exams of other systems: "Abitur", "Matura", "Baccalauréat",
        # "International Baccalaureate"
        + _capitalised("Abitur Matura Baccalauréat Bachillerato")
        + r"|international\s+baccalaureate(?:\s+diploma)?"
        # "G.C.E Advanced Level", "GCE O Level", "O levels", "A/L": the General Certificate of
        # Education
        r"|g\.\s?c\.\s?e\b\.?(?:\s*(?:advanced?|ordinary|[ao])\s*levels?)?"
        r"|gce\s*(?:advanced?|ordinary|[ao])\s*levels?|o[- ]levels?|(?-i:[AO]/L)"
    ),
}


# "Law Degree", "Computer Science degree", "Business degree": a degree named by its field
# alone (every word a field's or a discipline's), read as a first degree; it opens its line or
# a piece of it (not "… with honours in the Economics degree", a note on the degree above)
# ("Honours Degree", "General Degree", "Medical Degree" name a kind or a level, not a field)
_DEGREE_FIELDS = (FIELD_WORDS | ACADEMIC_WORDS) - tx.word_set(
    "honours hons general applied medical"
)
_FIELD_WORD = (
    r"(?-i:"
    + "|".join(w for w in _ACADEMIC if w.lower() in _DEGREE_FIELDS)
    + rf"|[A-Z][a-z]+{DISCIPLINE_END})"
)
# (its gaps stay on one line: "Economics" ending one line and "Degree" heading the next is none)
_FIELD_DEGREE_RE = re.compile(
    rf"{_PIECE_START}(?<![-–])(?P<l{int(EducationLevel.BACHELOR)}>"
    rf"(?:{_FIELD_WORD}[ \t]+(?:(?:and|&)[ \t]+)?){{0,2}}{_FIELD_WORD}[ \t]+(?i:degree))\b"
)
# "Nursing Degree Program Coordinator", "Business Degree Advisor", "Statistics Degree
# Apprenticeship": a job's title opens with the field-named degree (its programme's name)
_TITLE_AFTER = re.compile(r"[ \t]+(?:(?i:program(?:me)?)[ \t]+)?([A-Za-z][a-z-]*)")
_NOT_FIELD_DEGREE_AFTER = roles.TITLE_WORDS | tx.word_set("apprenticeship apprentice")


def _abbr_pattern(abbr: str) -> str:
    # "B.E." is also written "B.E" and "B. E": the last dot is optional, a word end is not.
    body = re.escape(abbr.removesuffix(".")).replace(r"\.", r"\.\s?")
    last = r"\.|" if abbr.endswith(".") else ""
    return f"{body}(?:{last}(?![A-Za-z0-9]))"


# One scan per kind: abbreviations are case-sensitive ("MS", "B.Sc."), words are not. Named
# groups tell the level; a lookahead on the first letter keeps the scan fast.
_LEVEL_GROUPS = {f"l{int(level)}": level for level in EducationLevel}
_ABBR_RE = re.compile(
    r"(?<![A-Za-z0-9.])(?=[ABDJLMPEH])(?:"
    + "|".join(
        f"(?P<l{int(level)}>"
        + "|".join(_abbr_pattern(a) for a in sorted(abbrs, key=len, reverse=True))
        + ")"
        for level, abbrs in _ABBREVIATIONS.items()
    )
    + ")"
)
# South Asian spellings: "Btech", "B Tech", "BSC", "Bcom", "M.E", "PGDM", "BE"/"ME" (only before
# "in", "(" or a name: not "TO BE THE BEST"), and the school-leaving certificates "HSC", "SSC",
# "SSLC", "10th"/"12th", "Class XII", "Intermediate", "Matriculation", "Higher Secondary(12th".
_STAGE = r"(?:10|12)\s?(?i:th)"  # "10th", "12 th"
_STAGE_NEXT = (
    r"(?=\s*(?:$|[(),|:/–—-]|(?i:\s(?:std|standard|class|grade|pass|board|exam|examination|cbse"
    r"|icse|state|from|in|with|science|commerce|arts)\b)|\s+\d"
    # "10 th Lakeview Public School": the school's name follows
    r"|\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?i:school|vidyala\w*|academy|convent)\b"
    r"(?!\s+(?i:road|street|lane|marg)\b)))"
)
# France's two-year vocational degrees named by their field ("DUT Informatique", "BTS
# Comptabilité", "BTS – Commerce"); alone the letters name a device under test or a base station.
_FRENCH_FIELD = (
    r"(?:en\s+)?(?:Informatique|Gestion|G[ée]nie|[ÉE]lectro\w+|M[ée]canique|Chimie|Commerce"
    r"|Comptabilit[ée]|Tourisme|Communication|Techniques|R[ée]seaux|Biologie|Mesures|Logistique"
    r"|Banque|Assurance|H[ôo]tellerie)\b"
)
# India's accountancy and company-secretary exams by stage ("CA Inter", "CA (Final)"): the
# final stage qualifies (a postgraduate's level), the earlier ones follow school.
_PROFESSIONAL_STAGE = r"(?-i:CA|CS|CMA)\s?[(-]?\s?(?i:{stage})\b\)?"


def _french_level(bac: str, roman: str = "") -> str:
    """France's levels of study: "Bac+5" (years after the baccalauréat: +2 a two-year
    diploma, +3 a licence, +5 a master's, +8 a doctorate) and a certified title's level in
    the national register ("Titre RNCP niveau 6", "Titre certifié de niveau 7 (RNCP)"; the
    old numbering "niveau II" counts down: I a master's, III a two-year diploma). A level
    alone ("Level 6", "niveau 5") names no title."""
    digits = "[5-7]" if bac == "[567]" else bac
    level = {"8": "8", "[567]": "7", "[34]": "6", "2": "5"}[bac]
    rank = rf"(?:{level}|{roman})" if roman else level
    at = rf"\s+(?i:de\s+)?(?i:niveau|level)\s+{rank}(?![\w+])"
    return (
        rf"|(?:Bac|BAC)\s?\+\s?{digits}(?!\d)"
        rf"|(?:Titre|TITRE)(?:\s+(?i:certifi[ée]|professionnel))?(?:\s+RNCP)?{at}(?:\s*\(RNCP\))?"
        rf"|RNCP{at}"
    )


_LOOSE: dict[EducationLevel, str] = {
    # India's "DNB (General Medicine)": a medical specialist's degree, as an MD (named by its
    # field: the letters name a bank too)
    EducationLevel.DOCTORATE: (
        r"Ph\.?\s?D\b\.?|Pharm\.?\s?D\b\.?"  # "Pharm D"
        # Germany's doctorates: "Dr.-Ing.", "Dr. rer. nat.", "Dr. phil."
        r"|Dr\.-Ing\.|Dr\.\s?(?:rer\.\s?(?:nat|pol|oec)|phil|jur|med)\.(?!\s*[a-z])"
        rf"|DNB(?=\s*\(\s*[A-Z]|\s+in\s+[A-Z]|{_ACADEMIC_FIELD_NEXT})"
    ),
    EducationLevel.MASTER: (
        r"M\.?\s?-?\s?(?i:tech)\b\.?|M\.?\s?(?:SC|sc|Sc|COM|com|Com|CA|ca)\b\.?"
        r"|M\.?\s?(?i:pharm)a?\b\.?|PGD[A-Z]{0,4}\b|PG\s+(?i:diploma)\b|PGCE\b"
        # Germany's "Dipl.-Inf.", "Dipl.-Wirt.-Ing." (like "Dipl.-Ing.")
        r"|Dipl\.-[A-Z][a-z]{1,6}\.(?:-[A-Z][a-z]{1,6}\.)?"
        r"|(?i:post[- ]?graduat(?:e|ion)(?:\s+degree)?(?=\s+in\s+[a-z]|\s*\())"
        # "M S in Physics": the letters spaced apart, before "in" and a name
        r"|M\s[SA](?=\s+in\s+[A-Z])|m\.\s?(?:tech|e)\b\.?(?=\s+in\s|\s*\()"
        + "|"
        + _PROFESSIONAL_STAGE.format(stage="final")
    ),
    EducationLevel.BACHELOR: (
        r"B\.?\s?-?\s?(?i:tech)\b\.?|B\.?\s?(?:SC|sc|Sc|COM|com|Com|CA|ca)\b\.?"
        r"|B\.?\s?(?i:pharm)a?\b\.?|(?i:graduat(?:e|ion)(?=\s+in\s+[a-z]))"
        # "Degree in Law Science", "Qualification: Degree in Engineering (Metallurgy)": a
        # degree named by its field alone, not after another word ("Technical Degree in IT")
        r"|(?<![A-Za-z][ -])Degree(?=\s+in\s+[A-Z])"
        r"|B\s[SA](?=\s+in\s+[A-Z])"  # "B S in Biology"
        # "b.tech in IT", "b.e in ECE": a lower-case text keeps the dot
        r"|b\.\s?(?:tech|e)\b\.?(?=\s+in\s|\s*\()"
    ),
    EducationLevel.ASSOCIATE: (
        rf"(?:DUT|BTS)(?=\s+{_FRENCH_FIELD}|{_ACADEMIC_FIELD_NEXT})"
        # Australia's vocational "Certificate IV in Accounting" (not "Certificate in X")
        r"|(?i:certificate)\s+(?:IV|I{1,3})(?=\s+(?i:in|of)\s+[A-Z])"
        r"|D\.\s?Pharma?\b\.?"  # India's two-year "D.Pharm" (a diploma in pharmacy)
        # "AS in Biology", "AA in Liberal Arts": the US associate degrees before their field
        rf"|{_PIECE_START}A[SA](?=\s+in\s+{_ACADEMIC_NAME}){_NO_FIRM}"
    ),
    EducationLevel.HIGH_SCHOOL: (
        _PROFESSIONAL_STAGE.format(stage="inter(?:mediate)?|foundation|ipcc|cpt")
        + r"|(?:H\.?\s?S\.?\s?C|S\.?\s?S\.?\s?(?:L\.?\s?)?C)\b\.?"
        # other countries' school-leaving exams: Kenya's "K.C.S.E", West Africa's "WASSCE" /
        # "SSCE", Malaysia's "STPM", the Caribbean's "CSEC", New Zealand's "NCEA Level 3",
        # (not the UK's GCSEs, listed subject by subject: each line would be an entry; nor
        # Ireland's "Leaving Certificate": unlabelled on train, P .861 → .859)
        r"|K\.?\s?C\.?\s?S\.?\s?E\b\.?|(?:WASSCE|SSCE|STPM|CSEC)\b|NCEA(?:\s+Level\s+\d)?\b"
        rf"|{_STAGE}{_STAGE_NEXT}|(?:XII|X)(?i:th)\b|(?i:class|std\.?|standard)\s?(?:XII|X|10|12)\b"
        # "Higher Secondary(12th Pass)", "Secondary (10th) passed"
        r"|(?i:(?:higher\s+|senior\s+)?secondary\s?\(?\s?(?:10|12)\s?th(?:\s+pass(?:ed)?)?\s?\)?"
        r"(?:\s+pass(?:ed)?)?)"
        # "Senior Secondary (XII)", "Secondary (X)": the stage in Roman numerals, in brackets
        r"|(?i:(?:higher\s+|senior\s+)?secondary)\s?\(\s?(?:XII|X)(?i:th)?\s?\)"
        # India's Industrial Training Institute certificate in a trade ("ITI in Fitter",
        # "I.T.I. (Electrician)"): a vocational certificate after school (not "ITI Pune", the
        # institute)
        r"|(?:ITI|I\.T\.I\.?)(?=\s+in\s+[A-Z]|\s*\(\s*[A-Z][a-z])"
        # Germany's vocational training in a trade ("Ausbildung zum Industriekaufmann",
        # "Berufsausbildung als Fachinformatiker"): a qualification after school, like the ITI's
        # ("Ausbildung" alone heads the section)
        r"|(?:Berufsa|A|BERUFSA)(?:usbildung|USBILDUNG)(?=\s+(?:zum|zur|als)\s+[A-ZÄÖÜ])"
        r"|(?i:matric(?:ulation)?)\b|(?i:intermediate)(?=\s*\(|\s+(?i:education|examination"
        r"|exam|board|course|in\s+[A-Z]|\d)|\s*:\s*(?i:state\s+)?(?i:board)\b)"
        # "intermediate Kendriya Vidyalaya No 2": the line starts with it, a school follows
        r"|^(?i:intermediate)(?=\s*[,|–—-]?\s+[A-Z][^\n]*(?i:college|school|vidyala|institut|academy))"
        # "Intermediate – 78%": its marks follow
        r"|(?:^|(?<=[,|]\s))(?i:intermediate)(?=\s*[,|:–—-]\s*\d{1,3}(?:\.\d{1,2})?\s?%)"
        # "Secondary Education Riverside High School 2015": the line starts with it, a
        # secondary school follows
        r"|^(?i:secondary\s+education)(?=\s+[A-Z][^\n,;|]*(?i:school|vidyala|academy|convent))"
        # "Board of Intermediate" (its "Education" cut onto the next line): the exam it sets
        r"|(?<=[Bb]oard of )(?i:intermediate)\b"
    ),
}
_LOOSE_RE = re.compile(
    r"(?<![A-Za-z0-9.])(?=[ABMPHSCXIGDKWNbmpchsxig1])(?:"
    + "|".join(f"(?P<l{int(level)}>{pattern})" for level, pattern in _LOOSE.items())
    + r"|(?P<bare>BE|ME)(?=\.?(?:\s*\(|\s+in\s+[A-Z]|\s*[-–:,]\s*[A-Z]|\s+[A-Z][a-z])))"
)
# France's levels, scanned only where a "+" or a title's word is written (``_french_text``)
_FRENCH_RE = re.compile(
    r"(?<![A-Za-z0-9.])(?:"
    + "|".join(
        f"(?P<l{int(level)}>{_french_level(bac, roman)[1:]})"
        for level, bac, roman in (
            (EducationLevel.DOCTORATE, "8", ""),
            (EducationLevel.MASTER, "[567]", "I"),
            (EducationLevel.BACHELOR, "[34]", "II"),
            (EducationLevel.ASSOCIATE, "2", "III"),
        )
    )
    + ")"
)


def _french_text(text: str) -> bool:
    return "+" in text or "RNCP" in text or "itre" in text or "ITRE" in text


_WORDS_RE = re.compile(
    r"\b(?=[abdhmgpsdjftvlioceuk])(?:"
    + "|".join(f"(?P<l{int(level)}>{pattern})" for level, pattern in _WORDS.items())
    + r")\b",
    re.IGNORECASE,
)


# "MS Office", "MBA aspirant", "exchange semester", "Diploma in First Aid" name no degree.
_NOT_DEGREE_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:office|excel|word|access|powerpoint|outlook|project\b|sql|dynamics|teams"
    r"|visio|windows|azure|exchange|sharepoint|paint|dos\b|visual\b|vs\b)"
    # "M.E. Sharpe, Inc." (a publisher)
    r"|^\s*(?-i:[A-Z][a-z]+,?\s+(?:Inc|Ltd|LLC|Corp|Press|Publishing)\b)"
    r"|^\s*(?:\(?\s*)?(?:aspirant|aspiring|entrance|preparation|coaching|exchange)",
    re.IGNORECASE,
)
_NOT_DEGREE_BEFORE = re.compile(
    r"(?:aspiring|exchange|visiting|preparing\s+for|entrance\s+(?:exam|test)\s+for)\s*$",
    re.IGNORECASE,
)


# "Lincoln High School", "Springfield Senior Secondary School": a name before the words;
# in a text written in lower case, a name's capital then a word ("Saint lucia high school").
_SCHOOL_NAMED = re.compile(
    r"(?<![\w.])(?!(?:Senior|Higher|Junior|Secondary|Upper)\b)[A-Z][\w'’.-]+\s+"
    r"(?:(?!(?:in|at|from|of|and|the|for|to|with|a|an|my|our|completed|passed|attended"
    r"|finished|graduated|studied|pursuing|during|after|before|since)\b)[a-z][\w'’.-]*\s+)?"
    r"(?:(?:Senior|Higher|Junior|Upper)\s+)?$"
)
# "Scrum Master", "Quiz Master", "Master Electrician", "a master in stressful situations",
# "Master of Ceremonies": the word, not the degree.
_MASTER_NOUN_BEFORE = re.compile(
    r"(?:scrum|quiz|web|grand|post|ring|head|station|chess|task|game|band|toast|yard"
    r"|harbou?r|dungeon|spy|puppet|kung\s+fu)\s*$",
    re.IGNORECASE,
)
_MASTER_NOUN_AFTER = re.compile(
    r"^\s*(?:of\s+ceremon|electrician|plumber|chef|trainer|carpenter|mariner|technician"
    r"|craftsman|builder|mechanic|barber|brewer|gardener|diver|class|data|file|key|plan|list"
    r"|card|copy|piece|degree\s+aspirant)",
    re.IGNORECASE,
)


# "Doctoral thesis", "doctoral research": the adjective, not the degree.
_DOCTORAL_NOUN = re.compile(
    r"\s+(?:thesis|dissertation|research|fellow|supervis|committee|advis|seminar|work|project"
    r"|level|scholarship|grant|training|students?|candidates?|programme|comprehensive|exam"
    r"|qualifying|candidacy)",
    re.IGNORECASE,
)
# "Masters Thesis", "Bachelor thesis on …", "MSc dissertation: …", "Master's research project",
# "(Masters coursework completed)":
# a piece of work named after the degree (a project heading, a note), not a degree held.
_THESIS_AFTER = re.compile(
    r"^(?:['’‘]?s)?\s+(?:thesis|dissertation|research\s+project|project\s+work|coursework)\b",
    re.IGNORECASE,
)


# "Senior Oracle DBA", "worked as DBA in Zeta Corp", "DBA Manager": the database administrator.
_DBA_JOB_BEFORE = re.compile(
    r"(?:\bas\s+(?:an?\s+)?|\b(?:oracle|apps|sql|database|db2|sybase|mysql|senior|junior|lead"
    r"|production|operations|system|systems)\s+)$",
    re.IGNORECASE,
)
_DBA_JOB_AFTER = re.compile(
    r"^\s+(?:manager|administrator|lead|team|support|role|(?:in|at|with|for)\s+(?!(?i:"
    + "|".join(sorted(FIELD_WORDS))
    + r")\b)[A-Z])",
    re.IGNORECASE,
)
# "Lakeview Road MS High School", "Riverside BEd College": letters inside a school's name.
_SCHOOL_AFTER = re.compile(r"^\s+(?:high\s+school|school|college|vidyala\w*)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


# "Columbia, MS, 1997", "Cambridge, MA 02139", "Baltimore, MD": a US state after its town.
STATE_CODES = ("MA", "MS", "MD")
_TOWN_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s*$")
_STATE_AFTER = re.compile(r"\s*(?:$|[,;)|]|\d{5}\b)")


def _a_state(text: str, m: re.Match[str]) -> bool:
    town = _TOWN_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    return bool(town and _STATE_AFTER.match(text, m.end()) and places.is_place_name(town.group(1)))


# The words a degree only before its field ("Licence", "Laurea", "Postgraduate Certificate").
_NAMED_BY_FIELD = re.compile(r"(?i)licence|laurea|post[- ]?graduate\s+certificate")
_BOARD_BEFORE = re.compile(r"\b(?:board|university|college|school|institute)\s+$", re.IGNORECASE)


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]


# "master's in computer science", "masters in marine ecology": a degree in lower case before
# its academic field (not "a master in stressful situations", "master's in hand")
# (nor "masters in english tea": a second word that is no field's ends no field's name)
_LOWER_IN = re.compile(r"\s+in\s+([a-z]+)(?:\s+([a-z]+))?")
_DISCIPLINE_WORD = re.compile(rf"{DISCIPLINE_END}$")  # "ecology", "physics"
_AFTER_FIELD = tx.word_set("from at with and in of degree program programme course")


def field_word(word: str) -> bool:
    """``word`` (lower case) is a field of study's word ("economics", "science", "ecology")."""
    return word in FIELD_WORDS or word in ACADEMIC_WORDS or bool(_DISCIPLINE_WORD.search(word))


def _lower_masters_in(text: str, m: re.Match[str]) -> bool:
    if m.group(0).lower() == "master":
        return False
    field = _LOWER_IN.match(text, m.end())
    if not field:
        return False
    first, second = field.groups()
    if second and field_word(second):
        return True
    return field_word(first) and (not second or second in _AFTER_FIELD)


def _real_degree(text: str, m: re.Match[str]) -> bool:
    if m.group(0) in STATE_CODES and _a_state(text, m):
        return False
    if not _not_a_job_or_firm(text, m):
        return False
    if m.group(0).rstrip(".") in ("DBA", "D.B.A") and (
        _DBA_JOB_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        or _DBA_JOB_AFTER.match(text[m.end() :])
    ):
        return False
    if (
        m.re is _ABBR_RE
        and _SCHOOL_AFTER.match(text[m.end() :])
        and _NAME_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ):
        return False
    if (m.group(0) in ("AS", "AA") or m.group(0).lower() == "associates") and any(
        w.lower() in roles.TITLE_WORDS for w in tx.words(_line_at(text, m.start()))
    ):
        return False  # "Associates in Biology - Summer Intern": a job's line
    if m.group(0).lower() == "doctoral" and _DOCTORAL_NOUN.match(text, m.end()):
        return False
    if _THESIS_AFTER.match(text[m.end() :]):
        return False
    if (
        m.lastgroup == "bare"
        and re.search(r"[A-Za-z]\s*$", text[: m.start()].rsplit("\n")[-1])
        # "… State Board BE in Civil Engineering": the board of the entry before, run together
        and not (_BOARD_BEFORE.search(text[: m.start()]) and _IN.match(text, m.end()))
    ):
        return False  # "BE Nagpur University", "2010 BE in ECE"; not "CONTACT ME Now"
    high_school = m.lastgroup == f"l{int(EducationLevel.HIGH_SCHOOL)}"
    if (
        high_school
        and not m.group(0).isupper()
        and _SCHOOL_NAMED.search(text[max(0, m.start() - 40) : m.start()])
    ):
        after = m.group(0) + text[m.end() : m.end() + 14]
        if not re.search(r"diploma|certificate", after, re.IGNORECASE):
            return False  # "Lincoln High School": a school's name, not the diploma
    if m.lastgroup == f"l{int(EducationLevel.MASTER)}" and m.group(0)[:6].lower() == "master":
        if (
            " " not in m.group(0).strip()
            and m.group(0)[0].islower()
            and not _lower_masters_in(text, m)
        ) or (_MASTER_NOUN_BEFORE.search(text[max(0, m.start() - 20) : m.start()])):
            return False
        if _MASTER_NOUN_AFTER.match(text[m.end() :]) or m.group(0).lower().endswith("ceremonies"):
            return False
    if _NAMED_BY_FIELD.match(m.group(0)) and re.match(_FIELD_NEXT, text[m.end() :]):
        return True  # "Postgraduate Certificate - Project Management": its field, not "MS Project"
    return not (
        _NOT_DEGREE_AFTER.match(text[m.end() :])
        or _NOT_DEGREE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    )


# "Dr. med. Jane Doe": the title before a person's name, not the degree
_PERSON_AFTER = re.compile(r"[ \t]*((?-i:[A-Z][a-z]+)[ \t]+(?-i:[A-Z][a-z]+))\b")
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z][\w&'’-]*)[ \t]+$")
# "ITI in Pune": the institute in its town, no trade
_IN_WORD = re.compile(r"\s+in\s+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)")


def _not_a_job_or_firm(text: str, m: re.Match[str]) -> bool:
    """Round 16's review: the field-named degree opening a job's title, "Ingeniería Civil" in
    a firm's name, Spain's "Técnico Superior en …" before a firm (a job's title there), "ITI
    in <town>", "Dr. med." before a person's name."""
    word = m.group(0)
    if m.re is _FIELD_DEGREE_RE:
        after = _TITLE_AFTER.match(text, m.end())
        if after and after.group(1).lower() in _NOT_FIELD_DEGREE_AFTER:
            return False
    elif word[:8].lower() in ("ingenier", "técnico ", "tecnico "):
        # (a bounded window each way: a long line of such words stays linear)
        if _FIRM_AFTER.match(text[m.end() : m.end() + 120]):
            return False  # "Acme Ingeniería Civil S.A.", "Técnico Superior en X, Acme S.A."
        before = text[max(0, m.start() - 60) : m.start()].rsplit("\n", 1)[-1]
        if word[0] in "Ii" and _NAME_WORD_BEFORE.search(before) and not school_word(before):
            return False  # "Globex Ingeniería Industrial": a firm's name
    elif word.rstrip(".") in ("ITI", "I.T.I"):
        town = _IN_WORD.match(text, m.end())
        if town and places.is_place_name(town.group(1)):
            return False
    elif word.startswith("Dr.") and (person := _PERSON_AFTER.match(text, m.end())):
        name = person.group(1)
        if not school_word(name) and not any(field_word(w.lower()) for w in name.split()):
            return False
    return True


def _of_end(text: str, start: int, end: int) -> int:
    """Where "Master of …" really ends: not at a school or a note the words run into ("Master
    of Computer Applications AKTU", "Master of Science thesis", "Bachelor of Arts University
    of Leeds" in a text without separators). A word in capitals after one that is not (an
    acronym naming the school) ends it too; a name written all in capitals keeps its words."""
    of = re.search(r"\s+of\s+", text[start:end], re.IGNORECASE)
    if not of:
        return end
    pos, prev_caps = start + of.end(), None
    for m in re.finditer(r"[A-Za-z]+", text[pos:end]):
        word = m.group(0)
        caps = word.isupper() and len(word) >= 2
        if (
            INSTITUTION.match(word)
            or re.fullmatch(r"(?i)thesis|dissertation|universit\w*", word)
            or (
                caps
                and prev_caps is False
                and not _ABBR_RE.fullmatch(word)
                and word not in ("BE", "ME")
            )
        ):
            return pos + m.start() if prev_caps is not None else end
        prev_caps = caps
    return end


_IN = re.compile(r"\s+in\s+")
_DEGREE_AFTER = re.compile(r"\s+(?i:degree)\b")
# "Diploma in Nursing", "Diploma of Engineering": a diploma named by its field of study is a
# post-secondary qualification (a college's or polytechnic's); "Diploma" alone, "High School
# Diploma", "Diploma in Secondary Education" are the school-leaving one.
_SCHOOL_LEAVING_BEFORE = re.compile(r"(?i:high|secondary|school|leaving)[\s-]*$")
_DIPLOMA_IN = re.compile(
    r"\s+(?:in|of)\s+(?!(?i:high|secondary|senior|higher\s+secondary|school|grade|class)\b)[A-Za-z]"
)
_DIPLOMA_FIELD = re.compile(rf"{_DIPLOMA_IN.pattern}|{_ACADEMIC_FIELD_NEXT}")  # "Diploma – Nursing"
# France's "Master 2" / "Master 1" (the year of the master's course): the degree's own name
_MASTER_YEAR = re.compile(r"\s[12](?![\w./%-]|,\d|\s+(?i:years?|yrs?|months?)\b)")
_HONOURS = re.compile(r"\s*\(\s*hon(?:ou?r)?s\.?\s*\)|\s+hon(?:ou?r)?s\b\.?", re.IGNORECASE)


def _abbreviation_after(text: str, end: int, level: EducationLevel) -> int:
    """ "Bachelors in BCA", "Masters in MBA": the degree's abbreviation after "in" is part of
    its name, not a field of study. Where the name ends."""
    joint = _IN.match(text, end)
    if not joint:
        return end
    for pattern in (_ABBR_RE, _LOOSE_RE):
        m = pattern.match(text, joint.end())
        if m and m.lastgroup and _LEVEL_GROUPS.get(m.lastgroup) == level:
            return m.end()
    return end


# The loose exam and stage spellings ("CA Final", "NCEA Level 3", "DUT Mesures", "Certificate IV
# in …", "Grado en …", "Tecnólogo em …", "Diploma – Nursing", "Master 2"): their words also open a
# job title or a role's line ("CA Final Articleship", "Diploma – Nursing staff rota handled").
_LOOSE_NAME = re.compile(
    r"(?i:tecn[óo]logo|t[ée]cnico\s+superior|grado|diploma(?=\s*[–—-])|certificate\s+i"
    r"|master\s+[12]\b|intermediate)"
    r"|(?:CA|CS|CMA|DUT|BTS|NCEA|STPM|CSEC|WASSCE|SSCE|DNB)\b|K\.?\s?C\.?\s?S"
)


def loose_name(text: str, start: int) -> bool:
    """The degree at ``start`` of ``text`` is written in a loose exam or stage spelling."""
    return bool(_LOOSE_NAME.match(text, start))


def find_degree(text: str) -> tuple[str, EducationLevel, tuple[int, int]] | None:
    """The first degree named in ``text``: (as written, level, span)."""
    best: re.Match[str] | None = None
    named = "egree" in text or "EGREE" in text  # the field-named scan only where it can match
    french = _french_text(text)
    for pattern in (_ABBR_RE, _WORDS_RE, _LOOSE_RE, _FIELD_DEGREE_RE, _FRENCH_RE):
        if (pattern is _FIELD_DEGREE_RE and not named) or (pattern is _FRENCH_RE and not french):
            continue
        m = next((x for x in pattern.finditer(text) if _real_degree(text, x)), None)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    if best is None or best.lastgroup is None:
        return None
    start, end = best.span()
    if best.re is _WORDS_RE:
        end = start + len(text[start : _of_end(text, start, end)].rstrip())
        end = _abbreviation_after(text, end, _LEVEL_GROUPS[best.lastgroup])
    if best.group(0).lower() == "master" and (year := _MASTER_YEAR.match(text, end)):
        end = year.end()
    if honours := _HONOURS.match(text, end):
        end = honours.end()  # "LLB Honours", "BSc (Hons)": the degree's own name
    if best.re is not _WORDS_RE and (word := _DEGREE_AFTER.match(text, end)):
        end = word.end()  # "B.A. Degree in History", "MBA degree": kept as written
    if best.lastgroup == "bare":
        level = EducationLevel.BACHELOR if best.group(0) == "BE" else EducationLevel.MASTER
    else:
        level = _LEVEL_GROUPS[best.lastgroup]
    if level == EducationLevel.HIGH_SCHOOL and re.search(
        r"post[- ]?graduate|graduate", text[max(0, start - 15) : start], re.IGNORECASE
    ):
        level = EducationLevel.MASTER
    elif (
        level == EducationLevel.HIGH_SCHOOL
        and best.group(0).lower() == "diploma"
        and _DIPLOMA_FIELD.match(text, end)
        and not _SCHOOL_LEAVING_BEFORE.search(text[max(0, start - 20) : start])
    ):
        level = EducationLevel.ASSOCIATE  # "Diploma in Nursing": post-secondary, by its field
    return text[start:end].strip(), level, (start, end)
