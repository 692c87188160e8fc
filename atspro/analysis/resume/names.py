"""The person's name: a "Name:" field, the header's first name-like line, a line the e-mail or a
profile handle spells, a line above contact details, the last lines; when the text names
nobody, the file name ("Jane_Doe_CV.pdf")."""

from __future__ import annotations

import re

from atspro.analysis.job.keywords import STOPWORDS
from atspro.analysis.letters import is_word
from atspro.analysis.resume import dates, labelled, places, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.channels import EMAIL, email_at, phone_candidates
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import Link

_REACH_LABEL = (
    r"(?:e-?mail(?:\s+id)?|mob(?:ile)?|phone|ph|tel|cell|contact)\.?(?:\s+(?:no|number)\.?)?"
)
_LABEL_BEFORE = re.compile(
    r"\b(?:e-?mail|phone|mobile|cell|tel|address|location|linkedin|github|website|web|portfolio"
    r"|name|contact(?:\s+(?:no|number|details))?)\s*:.*$"
    # "Jane Doe Email- jd@…", "Jane Doe Mob: 98…", "Jane Doe Mob. No." (the number cut off
    # already): a phone's or an e-mail's label with a dash or a colon, or ending the segment
    rf"|\s+\b{_REACH_LABEL}\s*(?:[:\-–].*)?$",
    re.IGNORECASE,
)

# Surnames that are also job words ("Jane Ann Carpenter"): a name's last word, not a headline.
_TRADE_SURNAMES = tx.word_set(
    """archer baker barber bishop brewer butler carpenter carter chamberlain chandler clark
    clarke collier cook cooke cooper dean draper dyer farmer fisher fletcher forester forster
    gardener gardner glover hooper hunter joiner judge knight marshall mason mercer miller
    page painter parker porter potter sawyer sexton shepherd sheriff skinner slater smith
    spencer steward stewart tanner taylor thatcher turner walker waller ward warden weaver
    webster wright"""
)

# Title words that are people's names too ("Adam Driver", "Ayesha Imam"): no title's mark.
_TITLE_SURNAMES = tx.word_set(
    """head driver fellow chaplain imam rabbi writer teller coach partner ranger tutor buyer
    cadet chief provost clerk trainer chairman member owner"""
)


# Words that mark a line as a job title or heading, not a person's name.
_NOT_NAME_WORDS = (
    tx.word_set(
        """resume résumé cv curriculum vitae engineer developer manager director analyst scientist
    consultant architect designer administrator specialist coordinator assistant intern officer
    accountant technician representative executive president founder programmer researcher
    student teacher nurse senior junior lead principal staff software data systems system
    product project marketing sales business finance financial services solutions technology
    technologies university college school institute inc llc ltd company corporation summary
    profile experience education skills contact page updated last objective professional
    stack full front back end devops cloud web mobile machine learning reliability support
    desktop office certified phone email address street avenue road suite apartment
    city state united states america kingdom highlights career relations investor salary
    drawn current featured sample template example examples objectives references skill
    personal details information qualifications achievements accomplishments responsibilities
    key core areas expertise work history employment declaration hobbies interests languages
    projects training certifications strengths vita build create write your my our room hall
    styles font margins of the and for name title communications expert seeker
    photo photograph picture image avatar logistics center centre medical health healthcare
    pharmacy restaurant hotel store stores motors trading traders exports dental insurance
    construction manufacturing shipping transport airlines airways energy electric foods
    retail staffing consultants associates pvt private confidential draft father father's
    mother mother's spouse spouse's husband husband's guardian guardian's club society team
    bakery cafe apartments elementary tools supply supplies market mart agent agents
    surname firstname lastname biodata bio-data open relocation relocate remote hybrid onsite
    available availability immediately immediate willing visa citizen authorized authorised
    notice joining hello welcome portfolio selected male female gender sex nationality
    marital married unmarried fresher experienced technical functional chronological"""
    )
    | tx.word_set(
        # an industry an employer is named by ("Acme Robotics Springfield, IL" heads a page
        # with the employer's name, not the person's)
        """robotics electronics dynamics analytics instruments devices controls materials chemicals
    textiles aerospace automotive semiconductors semiconductor biotech therapeutics diagnostics
    pharmaceuticals pharma plastics metals mining beverages apparel packaging printing engineering
    freight cargo haulage trucking couriers courier logistic movers lumber timber farms dairy
    brewing brewery distillery builders contractors roofing plumbing landscaping fabrication
    realty properties outfitters wholesale distributors distribution imports freightways
    transit shipyard"""
    )
    | tx.word_set(
        # a kind of post or a branch of an organisation heading a line ("Summer Internship",
        # "Globex HQ, Tulsa, OK")
        "internship internships apprenticeship fellowship volunteering hq headquarters branch"
    )
    # a landmark heading a letterhead ("Central Station, Tulsa, OK")
    | tx.word_set("station plaza mall airport stadium terminal arena campus")
    # a template site's words around "Resume Template" ("Free Resume Template", "Entry Level …")
    | tx.word_set("free basic simple modern blank printable editable downloadable entry")
    # round 15: job titles' words ("Warehouse Supervisor", "HR Generalist" above the name was
    # read as the name; whole-resume stress set), not the surnames that are trades too
    | (roles.TITLE_WORDS - _TRADE_SURNAMES - _TITLE_SURNAMES)
    # round 16: a headline's field words after the name on a flattened header line ("Jane Doe
    # Quality Analyst Leeds, UK": no surname "Quality")
    | tx.word_set(
        """quality assurance operations research customer security network networks testing
    hardware infrastructure digital graphic legal compliance procurement clinical"""
    )
    # "resume", "profile", "overview" in other languages, heading a page alone
    | tx.word_set(
        """lebenslauf werdegang bewerbung kurzprofil currículo curriculo currículum resumen
    perfil profil sommario riepilogo životopis zivotopis życiorys zyciorys önéletrajz
    overview"""
    )
)
# "JANE DOE Featured Resume", "Curriculum Vitae of Jane Doe", "Resume - Jane Doe": the
# boilerplate around a name.
_BOILERPLATE = re.compile(
    r"^(?:(?:sample\s+)?(?:resume|résumé|curriculum\s+vitae|cv|bio[- ]?data)\s*(?:of|:|-|–)?\s+"
    r"|profile\s+of\s+)"
    r"|(?:['’]s)?\s*(?:[-–|:,]\s*|\s(?-i:[l1])\s+)?(?:featured\s+)?(?:resume|résumé|curriculum\s+vitae|cv|profile|portfolio)"
    r"(?:\s+(?:samples?|examples?|templates?|formats?))?$",  # "Jane Doe Resume Template"
    re.IGNORECASE,
)
# "JANE DOE|RESUME", "JANE DOElRESUME": the boilerplate glued to a name in capitals, with the
# "|" between them kept or read as l or 1. An "I" there is kept: it can be the name's own last
# letter ("RAVIRESUME") or a final initial, and a text layer never turns a bar into an I; an OCR
# read's "I" is decided earlier with the page's evidence (``ocr_contact.split_boilerplate``).
_GLUED_BOILERPLATE = re.compile(r"(?<=[A-Z]{2})[|l1]?(?:RESUME|RÉSUMÉ|CURRICULUM VITAE)$")
# "RESUMEJANE DOE": the boilerplate glued before a name in capitals.
_GLUED_BOILERPLATE_BEFORE = re.compile(r"^(?:RESUME|RÉSUMÉ|CURRICULUM VITAE)[|:]?(?=[A-Z]{2})")
_HONORIFIC = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|mx|miss|prof|professor|er|engr?|adv|capt|rev|sri|shri|smt|kum(?=\.)"
    r"|km(?=\.)|ing(?=\.)|mag(?=\.)|dipl\.?-ing"
    r"|(?-i:CA|CS))(?:\.\s*|\s+))+(?=[A-Z])",  # "CA Jane Doe": a chartered accountant (India)
    re.IGNORECASE,
)
# "Hi, I'm Jane Doe", "My name is Jane Doe": a web page's greeting before the name.
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey)\b[\s,!.]*)?(?:i['’]m|i\s+am|my\s+name\s+is|this\s+is)\s+(?=[A-Z])",
    re.IGNORECASE,
)
# "My name is Jane Doe and I …", "I am Jane Doe, a …": where the sentence goes on after the name.
_AFTER_GREETING = re.compile(
    r"\s+(?:and|who|from|with|based|here)\b|[,;!?(]|(?<=[a-z]{2})\.(?:\s|$)"
)
# Glyphs around a name: Markdown's "#", stars, an emoji.
_DECORATION = re.compile(r"^[^\w(\"'“‘+]+|(?<=[^\W\d_])[^\w.)\"'”’:：,\-–]+$")
# "Jane Doe (née Roe)": a birth name in brackets.
_BIRTH_NAME = re.compile(r"\s*\((?:née|nee|born|geb\.?)\s[^()]+\)", re.IGNORECASE)
# "Jane Doe (29)": the age in brackets after the name.
_AGE = re.compile(r"\s*\((?:age\s*)?\d{2}(?:\s*(?:years|yrs|y\.?o\.?))?\)\s*$", re.IGNORECASE)
# "Jane Doe (Data Analyst)": the headline in brackets after the name.
BRACKETED_TITLE = re.compile(r"\s*\(([^()]{3,40})\)\s*$")
# "Jane Doe S/O Ravi Doe": the father's (or husband's) name after the person's (India).
_RELATION = re.compile(r"\s+(?:[SDW]\s?/\s?O|[SDW]\.O\.)\s.*$", re.IGNORECASE)
# "Robert "Bobby" Roe", "Robert (Bobby) Roe": a nickname between the names.
# Also in single or curly quotes, and in capitals ('"KEZ"', "“JJ”").
_NICKNAME = re.compile(
    r"(?<=\w)\s+(?:\"[A-Z][\w.\-]{0,15}\"|'[A-Z][\w.\-]{0,15}'|[“‘(][A-Z][\w.\-]{0,15}[”’)])"
    r"(?=\s+[A-Z])"
)
# Letters after a name with no comma, written in capitals: "Jane Doe MBA", "Jane Doe B.Tech".
_CREDENTIALS_SPACED = re.compile(
    r"(?:\s+(?:MBA|Ph\.?\s?D\.?|M\.?D\.?|CPA|PMP|CFA|CISSP|ACCA|CMA|B\.?\s?Tech|M\.?\s?Tech"
    r"|B\.?\s?E\.|MCA|BSN|MSN|RN|LPN|DDS|DMD|DVM|PharmD|CNA|LPC|B\.?\s?Sc|M\.?\s?Sc|B\.?\s?Com"
    r"|M\.?\s?Com|BBA|LLB|LLM|FCA|ACA|CISA))+\.?\s*$"
)
# "(she/her)", "(He/Him)": pronouns after a name.
_PRONOUNS = re.compile(
    r"\s*\(?\b(?:she|he|they)(?:\s*/\s*(?:her|him|them|hers|his|theirs|she|he|they)\b){1,2}\)?",
    re.I,
)
# "DOE, Jane", "Doe, Jane M.": the surname first and a comma.
_SURNAME_FIRST = re.compile(
    r"^(?P<last>[A-ZÀ-Ý][\w'’\-]+),\s+"
    r"(?P<first>[A-ZÀ-Ý](?:[a-zà-ÿ'’\-]+|[A-ZÀ-Ý'’\-]+)"  # "DOE, JANE R." too
    r"(?:\s+(?:[A-ZÀ-Ý]\.?|[A-ZÀ-Ý](?:[a-zà-ÿ'’\-]+|[A-ZÀ-Ý'’\-]+)))?)$"
)
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})")
# Letters after a name: "Jane Doe, MBA, PMP", "Jane Doe, M.Ed.", "Jane Doe, MS (CS), PMP".
# One two-letter code alone ("Jane Doe, MS") could be a state, so it takes two of them.
_CRED = (
    r"(?:MBA|Ph\.?D\.?|M\.?S\.?c?|M\.?A\.?|B\.?S\.?c?|B\.?A\.?|M\.?D\.?|RN|PMP|CPA|CFA|CSM"
    r"|M\.?Ed\.?|J\.?D\.?|P\.?E\.?|CISSP|SPHR|PHR|MPH|MSW|LCSW|Ed\.?D\.?|CMA|ACCA|FRM"
    r"|DDS|DMD|DVM|Pharm\.?D)"
    r"(?:\s*\([A-Z]{2,5}\))?"
)
_CREDENTIALS = re.compile(
    rf"(?:(?:,\s*{_CRED}){{2,}}|,\s*(?:MBA|Ph\.?D\.?|M\.Ed\.?|PMP|CPA|CFA|CISSP|RN|DDS|DMD|DVM)\.?)\s*$",
    re.IGNORECASE,
)
# "Jane Doe (PMP)", "Jane Doe (MBA, CPA)": letters after a name in brackets, in capitals.
_CREDENTIALS_BRACKETED = re.compile(rf"\s*\(\s*{_CRED}(?:\s*,\s*{_CRED})*\s*\)\s*$")
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-ž][a-zà-ÿā-ž'’\-]+|[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý]\.?|[A-ZÀ-Ý][a-z]+[A-Z][a-z]+"
    r"|[A-ZÀ-Ý][a-z]?['’][A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]+['’][A-ZÀ-Ý]+"
    r"|[A-ZÀ-Ý][a-zà-ÿ]{2,}\.[A-Z]\.?|(?:[A-Z]\.){1,3}[A-ZÀ-Ý][a-zà-ÿ]{2,}"  # "Kumar.V", "R.K.Rao"
    r"|(?:[A-Z]\.){2,3}"  # "K.R." before the surname
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+"  # "Mary-Jane"
    r"|(?:al|el|ad|ud|d|l)['’\-][A-ZÀ-Ý][a-zà-ÿ]+"  # "al-Haddad", "d'Ambrosio"
    r"|(?i:md|mohd|muhd|mst|sk|ch)\.)$"  # "Md. Rahim Uddin": a name's abbreviated part
)
_GENERATION = re.compile(r"^(?:Jr|Sr|JR|SR)\.?$")
_NAME_PARTICLE = tx.word_set("van von de der den da di del la le bin binti al el dos das du ter")
_SPLITTERS = re.compile(
    r"\s*(?:\||•|·|▪|—|–| - | \. |,|  |\t|(?<=[a-z]{2})(?<!\bMd)(?<!\bMohd)(?<!\bMuhd)(?<!\bMst)\.\s"
    r"|\s(?:[✦✧◆◇★☆●○■□♦◼◾▸►»›~]|//|::)\s)\s*"  # "Jane Doe ✦ Data Analyst"
)


# "Jane_Doe", "Jane.Doe": a name's words joined by an underscore, or by a dot before a
# whole word ("Kumar.V", "R.K.Rao" keep theirs).
_JOINED_WORDS = re.compile(r"(?<=[A-Za-z]{2})(?:_|\.(?=[A-Z][a-z]{2}))(?=[A-Z])")


NAME_MAX_CHARS = 50  # a name line's length (four or five parts with particles fit)
NAME_MAX_WORDS = 5  # a name's words besides its particles ("de", "van", "bin")
NAME_MAX_PARTS = 7  # ... and with them
# A name in Chinese, Japanese or Korean script: two to four signs, or two parts of one to
# four ("山田 太郎"); never a heading of those scripts (a few common ones, listed).
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_CJK_NAME = re.compile(rf"^(?:{_CJK}{{2,4}}|{_CJK}{{1,4}}\s{_CJK}{{1,4}})$")
_CJK_RUN = re.compile(rf"\s*[(（\[]?{_CJK}+(?:\s{_CJK}+)*[)）\]]?\s*")
_CJK_HEADINGS = frozenset(
    (
        "简历", "个人简历", "個人簡歷", "简历表", "履歴書", "職務経歴書", "이력서", "자기소개서",
        "경력", "학력", "기술", "연락처", "자격증", "工作经历", "工作经验", "教育背景", "教育经历",
        "联系方式", "个人信息", "基本信息", "求职意向", "自我评价", "项目经验", "技能", "专业技能",
        "学歴", "職歴", "資格", "経歴", "連絡先", "自己紹介",
    )
)  # fmt: skip
# the endings of a post, an organisation or a place in those scripts: no one's name
_CJK_NOT_NAME_ENDS = (
    "经理", "工程师", "设计师", "会计师", "程序员", "主管", "总监", "助理", "专员", "部长", "部長",
    "大学", "学院", "中学", "学校", "公司", "集团", "银行", "医院", "中心", "会社", "市", "省",
    "区", "县", "部", "대학교", "회사",
)  # fmt: skip
_FULL_STOP = re.compile(r"(?<=[A-Za-z]{2})(?<!Jr)(?<!Sr)(?<!JR)(?<!SR)\.$")


def _name_from(segment: str) -> str | None:
    segment = _LABEL_BEFORE.sub("", segment)
    if segment.rstrip().endswith(":"):
        return None  # "Born :", "Nationality:": a label cut from its value, no one's name
    segment = _JOINED_WORDS.sub(" ", segment.strip(" :,-"))
    segment = _FULL_STOP.sub("", segment)  # "Jane Doe." (not "Jane D.", "Jane Doe Jr.")
    segment = re.sub(r"^name\s*:\s*", "", segment, flags=re.IGNORECASE)
    if not segment or len(segment) > NAME_MAX_CHARS or any(c.isdigit() for c in segment):
        return None
    if "@" in segment or "/" in segment or "&" in segment:
        return None
    segment = _camel_split(segment)  # "JaneDoe"; "OfficeManager" is checked as two words
    parts = segment.split()
    if _CJK_NAME.match(segment):
        signs = segment.replace(" ", "")
        if signs in _CJK_HEADINGS or signs.endswith(_CJK_NOT_NAME_ENDS):
            return None  # "项目经理", "北京大学", "上海市": a title, a school, a place
        return segment
    real = [p for p in parts if p.lower() not in _NAME_PARTICLE]
    if not 1 <= len(real) <= NAME_MAX_WORDS or len(parts) > NAME_MAX_PARTS:
        return None  # "Marisol Quintanar Ybarra de la Cruz": particles counted apart
    if not real or not all(_is_name_word(p) for p in real):
        return None
    if any(p.lower().strip(".") in _NOT_NAME_WORDS for p in parts):
        return None
    if segment.casefold() in _FOREIGN_HEADINGS or any(
        p.lower() in _FOREIGN_HEADING_WORDS for p in parts
    ):
        return None  # "Опыт Работы", "Kinh Nghiệm Làm Việc": a heading in another language
    if len(real) == 1 and not (tx.is_all_caps(real[0]) or len(real[0]) >= 3):
        return None
    # A region or country, or a city of two words or more ("New South Wales", "Santa Clara");
    # one-word cities are also surnames, an Indian state is no one's name.
    town = places.find_town_region(segment)
    if (
        places.find_place(segment)
        or places.find_city_region(segment)
        or (
            places.is_place_name(segment)
            and (
                len(parts) > 1
                or places.is_region_name(segment)
                or segment.title() in places.IN_STATES
            )
        )
        or (town and town.span == (0, len(segment)))  # "Barasat West Bengal"
    ):
        return None
    if roles.is_company(segment) or _is_skill(segment):
        return None  # "Globex Holdings", "Human Resources": an employer or a job family
    return _tidy_name(segment)


# Resume headings of other languages, title-cased (they read as a name of capitalised words):
# whole headings, and words that are no one's name in any of them.
_FOREIGN_HEADINGS = frozenset(
    h.casefold()
    for h in (
        "Kinh Nghiệm Làm Việc", "Thông Tin Cá Nhân", "Học Vấn", "Kỹ Năng", "Mục Tiêu Nghề Nghiệp",
        "Dự Án", "Hoạt Động", "Chứng Chỉ", "Sở Thích", "Kinh Nghiệm", "Thông Tin Liên Hệ",
        "Informații Personale", "Experiență Profesională", "Educație", "Competențe",
        "Limbi Străine", "Ştiinţa Datelor", "Știința Datelor", "Date Personale",
        "İş Deneyimi", "Eğitim", "Kişisel Bilgiler", "Yetenekler", "Beceriler", "İletişim",
        "Doświadczenie Zawodowe", "Wykształcenie", "Umiejętności", "Dane Osobowe",
        "Zainteresowania", "Języki Obce",
    )
)  # fmt: skip
_FOREIGN_HEADING_WORDS = tx.word_set(
    """опыт работы ключевые навыки личная информация образование контакты контактная
    профессиональные дополнительная языки обо себе цель достижения проекты сертификаты
    πληροφορίες επικοινωνίας επαγγελματική εμπειρία εκπαίδευση δεξιότητες προσωπικά στοιχεία
    γλώσσες σπουδές"""
)
# "JaneDoe": two names run together; not "McDonald", "DeAndre", "MacKenzie" (a first part of
# two letters, or a surname's prefix).
_CAMEL_NAME = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{2,})([A-ZÀ-Ý][a-zà-ÿ]{2,})$")
_SURNAME_PREFIXES = tx.word_set("mac van von fitz del della")


def _camel_split(segment: str) -> str:
    m = _CAMEL_NAME.match(segment)
    if not m or m[1].lower() in _SURNAME_PREFIXES:
        return segment
    return f"{m[1]} {m[2]}"


def _is_name_word(word: str) -> bool:
    """A word of a name; also a double-barrelled one ("O'Keefe-Smith") and "Jr."/"Sr."."""
    return bool(
        _NAME_WORD.match(word)
        or (word.isalpha() and word[:1].isupper() and word[1:].islower())  # "Trương", "Ștefan"
        or (len(word) >= 2 and word.isalpha() and word.isupper())  # "ŁUKASZ", "ŚWIĄTEK"
        or _GENERATION.match(word)
        or ("-" in word and all(_NAME_WORD.match(x) for x in word.split("-")))
    )


def _is_skill(segment: str) -> bool:
    """The segment is made of skills of the taxonomy: one ("Customer Service") or several
    ("Fullstack Javascript", a headline's words before its title word)."""
    try:
        hits = get_index().find(segment)
    except Exception:  # the taxonomy never takes the contact block down
        return False
    covered = {i for h in hits for i in range(h.start, h.end)}
    return bool(hits) and all(
        i in covered for m in re.finditer(r"\S+", segment) for i in range(m.start(), m.end())
    )


def _tidy_name(name: str) -> str:
    if not tx.is_all_caps(name):
        return _surname_in_capitals(name)
    out = []
    for part in name.split():
        low = part.lower()
        if low in _NAME_PARTICLE:
            out.append(low)
        else:
            out.append("-".join(_capital_word(p) for p in low.split("-")))
    return " ".join(out)


# Capitals kept: "Jane Doe III" (a generation), "Jane Doe KS" (initials: two letters or fewer)
_KEPT_CAPITALS = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|[A-Z]{1,2})$")


# Capitals after a name that are no surname: a credential, a role, a place ("Jane Doe CCNA",
# "John Smith CEO", "Jane Doe USA").
_CAPITALS_AFTER = re.compile(
    r"^(?:CCNA|CCNP|CCIE|MCSE|MCSA|ITIL|CEH|OSCP|CAPM|SHRM|CISM|CRISC|ACCA|CIMA|CFP|CPA|MBA|PMP)$"
)
_VOWEL = re.compile(r"[AEIOUÀ-ÝĀ-Ž]")


def _surname_in_capitals(name: str) -> str:
    """ "KHIEM Van Thao", "Jane DOE": the surname set in capitals first or last, the other
    words not -> "Khiem Van Thao", "Jane Doe" (a middle word in capitals, or one of two
    letters, is initials: kept). Capitals after the name that are a credential, a role or a
    place's three letters are cut ("Jane Doe CCNA", "Jane Doe USA"; not "Jane Ann JACKSON");
    a word without a vowel is an acronym, kept."""
    parts = name.split()
    last = parts[-1] if len(parts) >= 3 else ""
    if (
        last.isupper() and not _KEPT_CAPITALS.match(last)  # "Jane Doe KS": initials
    ) and (
        _CAPITALS_AFTER.match(last)
        or roles.is_title(last)
        or (len(last) == 3 and places.is_place_name(last))
    ):
        parts = parts[:-1]
    for i in {0, len(parts) - 1}:
        word = parts[i]
        if (
            len(parts) >= 2
            and word.isalpha()
            and word.isupper()
            and not _KEPT_CAPITALS.match(word)
            and _VOWEL.search(word)
        ):
            parts[i] = _capital_word(word.lower())
    return " ".join(parts)


def _capital_word(word: str) -> str:
    """ "doe" -> "Doe", "o'keefe" -> "O'Keefe"."""
    word = word[:1].upper() + word[1:]
    return re.sub(r"^(\w{1,2}['’])(\w)", lambda m: m[1] + m[2].upper(), word)


def _unwrap_name_line(line: str) -> str:
    """Drop the boilerplate, credentials and address glued to a name line."""
    line = _DECORATION.sub("", line.strip())  # "# Jane Doe" (Markdown), "★ Jane Doe ★"
    if re.search(r"[A-Za-z]{2}", line) and _CJK_RUN.search(line):
        # "Wang Xiaoming 王小明", "王小明 (Wang Xiaoming)": the Latin spelling
        line = _CJK_RUN.sub(" ", line).strip(" ()（）[]")
    if _GLUED_DIGITS_LAST.search(line) and not _LONE_DIGITS.search(line) and "@" not in line:
        # "Jane Doe1", "Jane2 Doe7": an anonymiser's number on a name (its last word carries
        # one; "Phase2 Quill" is no name)
        line = _GLUED_DIGITS.sub("", line)
    found = email_at(line)  # "JANE DOEjane@…": the capitals before the address kept whole
    if found and line[: found[0]].strip():
        line = line[: found[0]].strip()  # "Jane Doe jane@example.org | Homepage"
    glued = _GLUED_CAPS.search(line)
    if glued and len(line[: glued.start()].split()) >= 2 and tx.is_all_caps(line[: glued.start()]):
        line = line[: glued.start()]  # "JANE DOESoftware Engineer": the headline glued on
    line = _GLUED_CAPS.sub(" ", line)
    line = re.sub(r"^page\s+\d+\s+", "", line, flags=re.IGNORECASE)  # running header
    greeted = _GREETING.sub("", _PRONOUNS.sub("", line))
    if len(greeted) < len(line):
        greeted = _AFTER_GREETING.split(greeted, maxsplit=1)[0]
    line = _HONORIFIC.sub("", greeted)
    line = _NICKNAME.sub("", _RELATION.sub("", _BIRTH_NAME.sub("", line)))
    line = BRACKETED_TITLE.sub(lambda m: "" if roles.is_title(m[1]) else m[0], _AGE.sub("", line))
    plain = line
    for _ in range(2):
        line = _GLUED_BOILERPLATE_BEFORE.sub("", _GLUED_BOILERPLATE.sub("", line).strip())
        line = _HONORIFIC.sub("", _BOILERPLATE.sub("", line).strip())  # "Resume of Mr. …"
    if line != plain and roles.is_title(line):
        return ""  # "Accounts Payable Clerk Resume Sample": a template site's title line
    line = _CREDENTIALS_SPACED.sub("", _CREDENTIALS.sub("", _CREDENTIALS_BRACKETED.sub("", line)))
    line = _surname_last(_heading_cut(line))
    # "Jane Doe 87 Some Street": the address starts at the first number; "Jane Doe Texas
    # 75019": so does the place before a postcode.
    m = re.match(r"^(\D+?)(?:\s+|(?=\+\d))\+?\d", line)  # also "Jane Doe+1 555 …"
    if m and len(m.group(1).split()) >= 2:
        words = m.group(1).split()
        # (a town before a postcode is cut, not a surname before a street's number: "Jane Ann
        # Lincoln 12 Elm Street")
        street = _STREET_NUMBER.match(line, m.end(1))
        while (
            len(words) > 2
            and "," not in m.group(1)
            and not street
            and places.is_place_name(words[-1])
        ):
            words.pop()
        line = " ".join(words)
    return line


# A street's number and name after a name ("… 12 Elm Street", "… 4B, Wattle Road").
_STREET_NUMBER = re.compile(
    rf"\s+\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’.\-]*\s+){{1,3}}(?i:{places.STREET_WORDS})\b"
)
# Digits glued to the end of a word ("Doe1", "Jane07"); digits that start a word are an
# address's or a date's.
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{2})\d{1,3}(?=\s|$)")
_GLUED_DIGITS_LAST = re.compile(r"(?<=[^\W\d_]{2})\d{1,3}\s*$")
_LONE_DIGITS = re.compile(r"(?<![^\W\d_])\d")


def _surname_last(line: str) -> str:
    """ "DOE, Jane" -> "Jane Doe": the order a greeting uses (the surname's capitals tidied
    when the given name is not in capitals)."""
    m = _SURNAME_FIRST.match(line)
    if not m or places.is_place_name(m["last"]) or places.is_place_name(m["first"]):
        return line
    last = m["last"].title() if m["last"].isupper() and not m["first"].isupper() else m["last"]
    return f"{m['first']} {last}"


def _heading_cut(line: str) -> str:
    """ "Jane Doe Education": a section heading beside the name (two columns read as one
    line). Two name words at least must stay, and the whole line must be no heading."""
    words = line.split()
    if len(words) < 3 or sections.detect_heading(line):
        return line
    for k in (2, 1):
        head = sections.detect_heading(" ".join(words[-k:]))
        if len(words) - k >= 2 and head and head.strong and not head.rest:
            return " ".join(words[:-k])
    return line


def _name_on(raw: str) -> str | None:
    """The name a header line starts with, unless the line is a place."""
    city = places.find_city_line(raw) if any(c.isdigit() for c in raw) else None
    if city and raw.strip().startswith(city.text.split(",")[0]):
        return None  # "Geelong VIC 3220": a town and its postcode (an address's last line)
    line = _unwrap_name_line(raw)
    first = _SPLITTERS.split(line)[0]
    head, colon, tail = first.partition(": ")
    if colon and roles.is_title(tail.strip()):
        first = head  # "Jane Doe: Data Analyst"
    place = places.find_place(line)
    between = line[len(first) : place.span[0]] if place else ""
    if place and (place.span[0] < len(first) or (not between.strip(" ,") and "  " not in between)):
        # "New York, NY", "Globex HQ, Tulsa, OK": where, not who; but "Jane Doe Data
        # Analyst Tulsa, OK": a name and a headline before the place, "Jane Doe Pune,
        # Maharashtra": a name alone before it
        before = line[: place.span[0]].strip(" ,|-–")
        # ("Globex HQ. Tulsa, OK": an address, its stop ends the organisation's name)
        # ("Jane Doe, Ballarat, Victoria": a comma after the name is no stop)
        plain = before == line[: place.span[0]].rstrip().rstrip(",") and not before.endswith(".")
        alone = _name_from(before) if plain else None
        if alone and len(alone.split()) >= 3 and alone.split()[-1].casefold() in _PARK:
            alone = None  # "Golden Gate Park, San Francisco, CA" (but "Jane Park" is a name)
        return _name_before_title(before) or (
            alone if alone and len(alone.split()) >= 2 and not roles.is_title(alone) else None
        )
    if len(first.split()) >= 4:  # "Jane Doe Subject Matter Expert": the headline first
        return (
            _name_before_title(first)
            or _name_from(first)
            or _name_before_place(line)
            or _name_before_employer(first)
            or _name_before_street(first)
        )
    return (
        _name_after_lead_title(first)
        or _name_before_job_word(first)
        or _name_from(first)
        or _name_before_title(first)
        or _name_before_place(line)
        or _name_before_street(first)
        or _name_before_bracket(first)
    )


_AGENT_SURNAME_LETTERS = 8  # an agent noun this long or shorter may be a surname ("Chandler")


# A letter's sign-off, spelled as two capitalised words are: "Thank You", "Kind Regards"
_SIGN_OFF = re.compile(
    r"^\W*(?:thank(?:s|\s+you)|many\s+thanks|with\s+thanks|regards|cheers|sincerely"
    r"|(?:kind|kindest|best|warm|warmest|warm\s+best)\s+(?:regards|wishes)"
    r"|yours\s+(?:sincerely|faithfully|truly)|respectfully(?:\s+yours)?)\b",
    re.IGNORECASE,
)


def _full_name(text: str) -> str | None:
    """The name ``text`` spells when it has two words or more and is neither a job title nor
    a letter's sign-off ("Thank You", "Kind Regards")."""
    name = _name_from(text)
    if not name or len(name.split()) < 2 or roles.is_title(name):
        return None
    return None if _SIGN_OFF.match(text) or _SIGN_OFF.match(name) else name


def _name_before_job_word(line: str) -> str | None:
    """ "Jane Doe Advertiser": a name of two words or more, then a one-word job title (not a
    surname that is also a trade: "Jane Ann Carpenter")."""
    words = line.split()
    last = words[-1].lower() if words else ""
    listed = roles.title_word(last) or roles.title_word(roles.without_level(last))
    # an agent noun only the O*NET index knows ("Advertiser", "Arborist") counts when longer
    # than the surnames that are agent nouns too ("Jean Marc Decker", "Eli Jo Rider")
    surname_like = len(last) <= _AGENT_SURNAME_LETTERS and not last.endswith("ist")
    agent = not surname_like and roles.agent_title(words[-1])
    if len(words) < 3 or last in _TRADE_SURNAMES or not (listed or agent):
        return None
    return _full_name(" ".join(words[:-1]))


def _name_after_lead_title(line: str) -> str | None:
    """ "Advertiser Jane Doe": a one-word job title, then a name of two words or more."""
    lead, _, rest = line.partition(" ")
    if len(rest.split()) < 2 or not lead[:1].isupper() or not roles.is_title(lead):
        return None
    return _full_name(rest)


def _name_before_bracket(line: str) -> str | None:
    """ "Jane Doe (Accounts)": a note in brackets after a name of two words or more."""
    m = re.match(r"^(?P<name>[^()]+?)\s*\([^()]{2,40}\)$", line)
    name = _name_from(m["name"]) if m else None
    return name if name and len(name.split()) >= 2 else None


# "Jane Doe Wattle Street Springfield", "Jane Doe Flat Four …": an address spelled without a
# number after the name in its cell.
_STREET_AFTER = re.compile(
    r"^(?P<name>.+?)\s+(?:(?i:flat|house|apartment|apt|plot|door|unit)\b"
    r"|[A-Z][\w'’.\-]*\s+(?i:street|road|avenue|lane|drive|boulevard|crescent|terrace|parkway"
    r"|highway)\b)"
)


def _name_before_street(line: str) -> str | None:
    m = _STREET_AFTER.match(line)
    return _full_name(m["name"]) if m else None


# A degree whose letters are also a US state's or a province's code ("MS", "MA", "MD", "PA",
# "PE", "ME") or India's chartered accountant ("CA", California).
_STATE_LIKE_DEGREE = re.compile(r"^\s*(?P<name>[^,|]+?)\s*,\s*(?:MS|MA|MD|PA|PE|ME|CA)\.?\s*$")


def _name_with_state_like_degree(line: str) -> str | None:
    """ "Jane Doe, MS" heading the page with the contact details below it: a name and its
    degree, not a town in Mississippi — unless the words before the comma are a known town
    ("Starkville, MS")."""
    m = _STATE_LIKE_DEGREE.match(line)
    if not m or places.is_place_name(m["name"]):
        return None
    name = _name_from(m["name"])
    return name if name and len(name.split()) >= 2 else None


def _name_before_employer(line: str) -> str | None:
    """ "Asha Rao Lakeside National Bank": the name, then the employer, on one line. The
    name has no place's word ("Asha Rao Kerala" would take the bank's first word), and the
    employer starts with its own name, not a company word ("Zeta | Consulting Limited")."""
    words = line.split()
    for k in (3, 2):
        tail = " ".join(words[k:])
        if not 1 < len(words) - k <= 6 or any(c.isdigit() for c in tail):
            continue
        if words[k].lower() in roles.COMPANY_WORDS:
            continue
        if not roles.is_company(tail) or roles.is_title(tail):
            continue
        name = _name_from(" ".join(words[:k]))
        if name and not any(places.is_region_name(w) or w in places.IN_STATES for w in words[:k]):
            return name
    return None


# Common words a designer's banner closes with ("Looking forward", "Fresh graduate"); with the
# job-ad stop words (me, you, there, …): a lower-case word after the first is no surname.
_BANNER_WORDS = tx.word_set(
    "hired hire forward graduate graduates student fresher resume summary profile portfolio "
    "objective welcome hello thanks about contact"
)
_PARK = tx.word_set("park gardens square")  # a landmark's last word, a surname too
# A headline never ends with these (public: headline.py reads headlines with them too).
HEADLINE_END = tx.word_set("with and or of for in at to the a an by from having as")


def _name_before_title(line: str) -> str | None:
    """ "Jane Doe Software Engineer": the name and the headline on one line. A headline
    starts with a capital and ends with no connector ("… Salesforce cloud consultant with" is
    the start of a sentence)."""
    words = line.split()
    for k in (3, 2):
        tail = " ".join(words[k:])
        if not 0 < len(words) - k <= 6 or any(c.isdigit() for c in tail):
            continue  # a headline is a few words, not the rest of a flattened text
        if not tail[:1].isupper() or words[-1].lower() in HEADLINE_END:
            continue
        family = len(words) - k >= 2 and _is_skill(tail)  # "Jane Doe Human Resources"
        if (roles.is_title(tail) or family) and not roles.is_company(tail):
            name = _name_from(" ".join(words[:k]))
            if name and not roles.is_title(name):
                return name
    return None


def _name_before_place(line: str) -> str | None:
    """ "Ravi Verma Kurukshetra Haryana Email me …": a flattened header, the name then the
    town and region with no punctuation. The town is a known city, else one word."""
    words = line.split()[:8]
    for known in (True, False):
        for k in (2, 3):
            rest = " ".join(words[k:])
            place = places.find_city_region(rest) if known else places.find_town_region(rest)
            if not place or place.span[0] != 0:
                continue
            if not known and len(place.text.split()) - len(_region_words(place.text)) != 1:
                continue
            name = _name_from(" ".join(words[:k]))
            if name and not roles.is_title(name):
                return name
    return _name_before_region([w.strip(",;") for w in line.split()])


# What follows the place in a job board's one-line export.
_EXPORT_CUE = re.compile(r"^(?:email\s+me|(?:willing|ready|open)\s+to\s+relocat)", re.I)


def _name_before_region(words: list[str]) -> str | None:
    """ "Ravi Verma Uttar Pradesh Willing to relocate …": the person gave a region and no
    town; the region is written in full and the export's cue (or nothing) follows it."""
    for k in (2, 3):
        for j in (1, 2, 3):
            region = " ".join(words[k : k + j])
            after = " ".join(words[k + j : k + j + 4])
            if len(words) < k + j or (after and not _EXPORT_CUE.match(after)):
                continue
            if not (places.is_region_name(region) or region.title() in places.IN_STATES):
                continue
            if any(places.is_place_name(" ".join(words[i : k + j])) for i in range(k)):
                continue  # "New South Wales": the "name" is the region's first words
            name = _name_from(" ".join(words[:k]))
            if name and not roles.is_title(name):
                return name
    return None


def _region_words(place_text: str) -> list[str]:
    """The words of the region that ends ``place_text`` ("Andhra Pradesh")."""
    words = place_text.split()
    for k in range(len(words) - 1, 0, -1):
        if places.is_place_name(" ".join(words[-k:])):
            return words[-k:]
    return words[-1:]


def find_name(
    header: list[str],
    tail: list[str],
    labelled_lines: list[str] | None = None,
    top: list[str] | None = None,
    handles: tuple[list[str], list[str]] | None = None,
    rest: list[str] | None = None,
) -> str | None:
    """A "Name:" field (or a "Name | Jane Doe" row); else the first name-like line of the
    header; else a name beside a header line's contact details, job title or place; else a
    line whose words the
    e-mail or profile handle spells (``handles``: (their letters, the lines to look in));
    else a name-like line right above contact details in the ``top`` lines (template
    banners, a summary first); else the last lines (some two-column PDFs put the name after
    the body, Indian CVs sign a declaration); else a "Name:" field in the ``rest`` of the
    text (a personal-details block after the body)."""
    # the split fields first: "Name: Jane" beside "Surname: Doe" is more than its "Name"
    name = _name_fields(labelled_lines or header) or _labelled_name(labelled_lines or header)
    if name:
        return name
    while header and _PHOTO_LINE.match(header[0]):
        header = header[1:]  # "[photo]": a template's picture placeholder above the name
    beside = None
    export = any(JOB_BOARD.search(x) for x in header[:8])
    addressees = _addressees([*header[:_LETTER_LINES], *(top or [])[:_LETTER_LINES]])
    for n, raw in enumerate(header[:8]):
        if dates.find_range(raw):
            break  # past the header: a role line
        # contacts below it (a job board's profile address too)
        # (or a line or two below a headline: "Data Analyst" / "jane doe" / contacts)
        banner = n <= _BANNER_LINE and any(
            _reachable(x) or _PROFILE_HANDLE.search(x) for x in header[n + 1 : n + 4]
        )
        lower = _lower_case_name(raw) if banner else None
        if lower and n > 0 and not _vouched_lower_case(lower, handles):
            lower = None  # "Data Analyst" / "coffee lover": a tagline under the headline
        name = (
            _name_on(raw)
            or ((lower or _name_with_state_like_degree(raw)) if banner else None)
            or (_name_before_colon(raw) if n <= _BANNER_LINE else None)
        )
        if not name:
            beside = beside or _name_beside(raw, export=bool(export))
            continue
        if _heads_a_role(header[n + 1 : n + 3]):
            continue  # "Harbor Freight Tools" / "Cashier" / "2019 - 2021": an employer
        if n == 0 and len(name.split()) == 1 and places.is_place_name(name) and len(header) > 1:
            below = _name_on(header[1])  # "Springfield" / "Jane Doe": the town above the name
            if below and len(below.split()) >= 2:
                return below
        if n == 0 and len(name.split()) == 1 and len(header) > 1:
            second = _name_from(header[1].strip())  # "Jane" / "Doe": a name set in two lines
            if (
                second
                and len(second.split()) == 1
                and not re.search(r"(?:cv|resume)$", second, re.IGNORECASE)  # "CHRONOLOGICALCV"
                and (  # the same case, or the surname in capitals ("Jane" / "DOE")
                    tx.is_all_caps(raw.strip()) == tx.is_all_caps(header[1].strip())
                    or tx.is_all_caps(header[1].strip())
                )
            ):
                return f"{name} {second}"
        if _CJK_NAME.match(name):  # "王小明" / "Wang Xiaoming": the Latin spelling
            latin = next(filter(None, map(_latin_name_on, header[n + 1 : n + 4])), None)
            if latin:
                return latin
        if name.split()[-1].casefold() in addressees:
            continue  # "Ms. Jane Roe" over "Dear Ms. Roe,": a cover letter's addressee
        # "王小明": no spaces; "R.Kumar": an initial glued on
        whole = len(re.findall(r"[^\s.]+", name)) >= 2 or bool(_CJK_NAME.match(name))
        if not whole and not _lone_word_name(name, header[n + 1 : n + 1 + _LONE_NAME_BELOW]):
            continue
        if (whole or n == 0) and (n < 5 or whole):
            return name
    if beside:
        return beside
    if handles:
        name = _name_spelled_by(*handles)
        if name:
            return name
    top = top or []
    for n, raw in enumerate(top):
        name = _name_on(raw)
        if (
            name
            and len(name.split()) >= 2
            and name.split()[-1].casefold() not in addressees
            and any(_reachable(x) for x in top[n + 1 : n + 4])
        ):
            return name
    for line in reversed(tail):
        name = _signed_name(line)
        if name:
            return name
    return (_name_fields(rest) or _labelled_name(rest) if rest else None) or _running_head_name(
        [*top, *(rest or [])]
    )


# A later page's heading carried on: "Experience (Cont.)", "EMPLOYMENT HISTORY - continued".
_CONTINUED = re.compile(
    rf"(?:\(\s*(?:cont|{sections.CARRIED_ON})\s*\)|[-–—,:]\s*{sections.CARRIED_ON})\W*$",
    re.IGNORECASE,
)
_CONTINUED_MAX_CHARS = 60


def _running_head_name(lines: list[str]) -> str | None:
    """A later page's running head, the only place the name is written: the name on its line
    above a heading carried on ("Jane Doe" / "Experience (Cont.)"), or beside a page mark in
    the body ("Jane Doe | Page 2", "Jane Doe - Page 2 of 3"); two words at least."""
    for n, line in enumerate(lines):
        if "page" in line.casefold() and len(line) <= _BESIDE_MAX_CHARS and _PAGE_MARK.search(line):
            name = _full_name(_PAGE_MARK.sub("", line).strip())
            if name:
                return name
        below = lines[n + 1] if n + 1 < len(lines) else ""
        if len(below) <= _CONTINUED_MAX_CHARS and _CONTINUED.search(below):
            name = _full_name(line.strip())
            if name:
                return name
    return None


# A template's picture placeholder heading the page: "[photo]", "Photo", "<Profile Picture>".
_PHOTO_LINE = re.compile(
    r"^\W*(?:(?:your|profile|passport)\s+)?(?:photo|photograph|picture|image|avatar|headshot)"
    r"(?:\s+here)?\W*$",
    re.IGNORECASE,
)
_BANNER_LINE = 2  # the last header line a lower-case name may stand on (a headline above)
_LETTER_LINES = 30  # where a cover letter above the resume greets its addressee
_DEAR = re.compile(
    r"^\W*dear\s+(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?(?P<who>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)",
    re.IGNORECASE,
)
_NO_ADDRESSEE = tx.word_set("hiring manager sir madam team recruiter recruiters committee all")


def greeted(line: str) -> str | None:
    """ "Dear Ms. Roe," -> "roe": the surname a cover letter's greeting names (None for no
    greeting and for one that names no one: "Dear Hiring Manager,")."""
    m = _DEAR.match(line)
    who = m["who"].split()[-1].casefold() if m else None
    return None if who is None or who in _NO_ADDRESSEE else who


def _addressees(lines: list[str]) -> set[str]:
    """The surnames a cover letter greets ("Dear Ms. Roe,"): the addressee's name above it is
    no one's resume."""
    return {who for x in lines if (who := greeted(x))}


_LONE_NAME_BELOW = 2  # the lines under a one-word name where its e-mail or handle may start with it
# an "@handle" or a profile link's path ("/in/madisonk")
_HANDLE = re.compile(r"(?:(?<![\w.])@|/)(?P<handle>[^\W_][\w.\-]*)")


def _spelled_below(word: str, below: list[str]) -> bool:
    """ "Madison" over "madison.k@example.com" or "@madison_k": an e-mail address or handle
    that starts with the word, the person's own name (a town's name heading the page has
    none)."""
    low = word.casefold()
    starts = [m.group(0).rsplit("@", 1)[0] for x in below for m in EMAIL.finditer(x)]
    starts += [m["handle"] for x in below for m in _HANDLE.finditer(x)]
    return any(h.casefold().startswith(low) for h in starts)


def _lone_word_name(word: str, below: list[str]) -> bool:
    """A one-word name heading the page (a mononym, an anonymiser's stand-in; an English word
    too: "Summer"), never a bare honorific ("MR"), a job title ("Paralegal", "Barista"), a
    section heading ("Overview") or a town ("Ballarat") — unless a headline is ``below`` it:
    a template's surname that is also a town's name ("LINCOLN" / "Quality Analyst"), or an
    e-mail address or handle on the lines ``below`` starts with it ("MADISON" over
    "madison.k@…")."""
    town = places.is_place_name(word) and not (
        (below and roles.is_title(below[0].strip())) or _spelled_below(word, below)
    )
    return not (
        _HONORIFIC.match(f"{word} X")
        or roles.is_title(word)
        or sections.detect_heading(word)
        or town
    )


# Labels of a personal-details form that end with a colon like a name may ("Blood Group:").
_FORM_LABEL_WORDS = tx.word_set(
    """passport blood group number no licence license ctc date birth card id status period
    tongue proficiency religion caste category height weight dob pan aadhar aadhaar known"""
)


def _name_before_colon(raw: str) -> str | None:
    """ "Jane Doe :" heading the page: a name of two words or more with a colon after it (a
    form's label cut from its value, "Blood Group:", is none)."""
    line = raw.strip()
    if not line.endswith((":", "：")):
        return None
    line = line.rstrip(":： ")
    if any(w.lower() in _FORM_LABEL_WORDS for w in line.split()):
        return None
    name = _name_on(line)
    return name if name and len(name.split()) >= 2 else None


# "Name | Jane Doe", "Name    Jane Doe", "Name Jane Doe": a personal-details table's row with
# no colon (a bar, a column's gap or one space between the key and the value).
_NAME_ROW = re.compile(
    r"^\W{0,3}(?:full\s+|candidate['’]?s?\s+)?name(?P<gap>\s*\|\s*|\s{2,}|\t|\s)(?P<value>[^|]+)",
    re.IGNORECASE,
)


def _labelled_name(lines: list[str]) -> str | None:
    """The value of a "Name:" field (on its line or below its key), or of a "Name | …" row."""
    for below in (False, True):
        value = labelled.first_value(lines, "name", below)
        name = value and _name_from(_unwrap_name_line(value))
        if name:
            return name
    for line in lines:
        m = _NAME_ROW.match(line.strip())
        name = m and _name_from(_unwrap_name_line(m["value"]))
        if name and (m["gap"] != " " or len(name.split()) >= 2):
            return name  # "Name Surname": a template's placeholder, no one's name
    return None


# A form's name in two fields: "Surname: Doe" / "First name(s): Jane" (either order, one line
# or two; round 17)
_NAME_FIELD = re.compile(
    r"(?:^|\s{2,}|\t|\|)\W{0,3}(?:(?P<family>surname|last[ ]name|family[ ]name)"
    r"|(?P<given>first[ ]names?|forenames?|given[ ]names?|christian[ ]names?)(?:[ ]?\(s\))?"
    r"|(?P<plain>name))"  # "Name: Jane" beside "Surname: Doe": the form's given name
    r"[ ]?[:：\-–][ \t]{0,8}(?P<value>[^\s:|][^:|\t]{0,58}?)(?=\s{2,}|\t|[ ]?\||[ ]*$)",
    re.IGNORECASE,
)
_NAME_FIELD_REACH = 3  # lines between a form's first-name and surname fields


def _name_fields(lines: list[str]) -> str | None:
    """ "Surname: Doe" and "First name: Jane" (or "Name: Jane") on one line or within a few
    lines: "Jane Doe"."""
    given: tuple[int, str] | None = None
    plain: tuple[int, str] | None = None
    family: tuple[int, str] | None = None
    for n, line in enumerate(lines):
        for m in _NAME_FIELD.finditer(line[:300]):
            value = m["value"].strip()
            if m["family"] and family is None:
                family = (n, value)
            elif m["given"] and given is None:
                given = (n, value)
            elif m["plain"] and plain is None:
                plain = (n, value)
        first = given or plain
        if first and family:
            if abs(first[0] - family[0]) > _NAME_FIELD_REACH:
                return None
            # "Name: Jane Doe" / "Surname: Doe": the whole name written in the first field
            tail = first[1].split()[-1:] if first is plain else []
            whole = [x.casefold() for x in tail] == [family[1].casefold()]
            name = _name_from(first[1] if whole else f"{first[1]} {family[1]}")
            return name if name and len(name.split()) >= 2 else None
    return None


# A signature's words before the name: "Signature: Jane Doe", "Yours faithfully, Jane Doe".
_SIGNED = re.compile(
    r"^\W*(?:signature|signed|sign|yours\s+(?:faithfully|sincerely|truly))\b\W*", re.IGNORECASE
)
_CELLS = re.compile(r"\s{2,}|\t|\s*\|\s*")


# A page footer's number beside the name: "Jane Doe | Page 2", "Page 2 of 3 · Jane Doe", "2/3".
_PAGE_MARK = re.compile(
    r"^\W*(?:page\s+)?\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?\s*[|•·\-–—]\s*"
    r"|\s*[|•·\-–—]?\s*\b(?:page\s+\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?|\d{1,2}\s*/\s*\d{1,2})\W*$",
    re.IGNORECASE,
)


def _signed_name(line: str) -> str | None:
    """ "(JANE DOE)" signing a declaration, also at the right of its line ("Place: Pune
    (Jane Doe)", a wide gap before it) or after "Signature:"; a page footer's name beside its
    page number ("Jane Doe | Page 2"); two words at least."""
    line = _PAGE_MARK.sub("", line)
    cells = [c for c in _CELLS.split(line.strip()) if c.strip()]
    for part in dict.fromkeys([line.strip(), *cells[-1:]]):
        name = _name_from(_SIGNED.sub("", part).strip().strip("()[]"))
        if name and len(name.split()) >= 2:
            return name
    return None


# "References available on request  Jane Doe": the page's closing line with its footer name
_ON_REQUEST = re.compile(r"\bavailable\s+(?:up)?on\s+request\b[\s.,;:!)\]–—-]*", re.IGNORECASE)
_FOOTER_LINES = 3  # the document's last lines where such a closing line is looked for


def name_after_request(lines: list[str]) -> str | None:
    """A footer name after the closing "References available on request" of the document's
    last ``lines`` (the rest of its line, or the one line under it that ends the text): a
    referee is listed only when references are not "on request" (round 17)."""
    tail = lines[-_FOOTER_LINES:]
    for n, line in enumerate(tail):
        m = _ON_REQUEST.search(line[:300])
        if not m:
            continue
        after = [line[m.end() :].strip(), *(x.strip() for x in tail[n + 1 :])]
        after = [x for x in after if x]
        if len(after) != 1:
            return None
        return _full_name(after[0].strip("()[]"))
    return None


_TITLE_DASH = re.compile(r"^\s*[-–—]\s")
# A job board's export (public: headline.py drops its cue after the place).
JOB_BOARD = re.compile(r"\bindeed\W?com\b|\bemail\s+me\s+on\s+indeed\b", re.IGNORECASE)
_BESIDE_MAX_CHARS = 100  # a header line holding a name beside contacts, a title or a place


def _name_beside(raw: str, export: bool = False) -> str | None:
    """ "+1 555 0100 | jane@example.org | Jane Doe", "Data Analyst | Jane Doe", "Tulsa, OK
    Jane Doe", "Senior Data Analyst Jane Doe": a name of two words or more beside a header
    line's e-mail or phone, or after its job title or place. A long line (a flattened
    text's run of skills and sentences) is no header line. "Data Analyst - Jane Doe": the
    name after the title's dash, but not in a job board's ``export`` (its "Title - Employer"
    headline)."""
    if len(raw) > _BESIDE_MAX_CHARS:
        return None
    line = EMAIL.sub("  ", raw)
    for phone in phone_candidates(line):
        line = line.replace(phone, "  ")
    cells = [x.strip() for x in _SPLITTERS.split(line) if x.strip()]
    if not cells:
        return None
    lead = cells[0]
    if not _reachable(raw):
        if len(cells) == 1:
            return _name_after_title(lead)
        if not (roles.is_title(lead) or places.is_place_name(lead) or places.find_place(raw)):
            return None
        if roles.is_title(lead) and _TITLE_DASH.match(line.strip()[len(lead) :]):
            if export:
                return None  # "Data Analyst - Acme Instruments": a job board's title and employer
            return _full_name(_TITLE_DASH.sub("", line.strip()[len(lead) :]))
        cells = cells[1:]
    for cell in cells:
        name = _full_name(cell)
        if name:
            return name
    return None


def _name_after_title(line: str) -> str | None:
    """ "Senior Data Analyst Jane Doe": the headline, then the name, on one line; also a
    lower-case name none of whose words is an English word ("Data Analyst / jane doe")."""
    words = line.split()
    for k in (2, 3):
        head = " ".join(words[:-k])
        if len(words) - k < 1 or not roles.is_title(head) or roles.is_company(head):
            continue
        lower = _lower_case_name(" ".join(words[-k:]))
        name = _name_from(" ".join(words[-k:])) or (
            lower if lower and _vouched_lower_case(lower, None) else None
        )
        if name and not roles.is_title(name):
            return name
    return None


def _latin_name_on(raw: str) -> str | None:
    """A name of two words or more in Latin letters on ``raw``."""
    name = _name_on(raw)
    return name if name and len(name.split()) >= 2 and re.search("[A-Za-z]", name) else None


def _vouched_lower_case(name: str, handles: tuple[list[str], list[str]] | None) -> bool:
    """A lower-case name below the first line is a name when the e-mail or a profile handle
    spells it, or when no word of it is an English word ("keziah penhaligon", not "people
    person")."""
    words = name.split()
    return bool(handles and _spelled(words, handles[0])) or not any(map(is_word, words))


def _lower_case_name(raw: str) -> str | None:
    """ "jane doe" (a designer's lower-case banner) on the header's first line, contact details
    below it: two or three words of letters, none a connector, a heading or a job title ->
    "Jane Doe"."""
    line = _SPLITTERS.split(raw.strip())[0]
    words = line.split()
    sentence_case = line[:1].isupper() and line[1:].islower()  # "Jane doe"
    if not (2 <= len(words) <= 3 and (line.islower() or sentence_case)):
        return None
    if sections.detect_heading(line):
        return None
    if any(not w.isalpha() or len(w) < 2 or w.lower() in HEADLINE_END for w in words):
        return None
    if any(w.lower() in STOPWORDS or w.lower() in _BANNER_WORDS for w in words[1:]):
        return None  # "Hire me", "Thank you", "Get hired": a banner's words, no surname
    name = _name_from(" ".join(_capital_word(w) for w in words))
    return None if not name or roles.is_title(name) else name


def _heads_a_role(below: list[str]) -> bool:
    """The two lines below a name-like line are a job title and dates: it is an employer."""
    return (
        len(below) == 2
        and roles.is_title(below[0].strip())
        and any(dates.find_range(x) for x in below)
    )


# A job board's profile address, also with its punctuation stripped ("indeedcomrJaneDoe1a2b…").
_PROFILE_HANDLE = re.compile(r"indeed\W?com\W?r\W?([A-Za-z][\w\-]{3,})", re.IGNORECASE)


def handle_letters(email: str | None, links: list[Link], lines: list[str]) -> list[str]:
    """The letters of the e-mail's local part and of the profile handles ("jane.doe42@…",
    "linkedin.com/in/jane-doe-5a3", a job board's "indeed.com/r/Jane-Doe/…" in ``lines``) that
    a name may be spelled in."""
    found = [email.split("@")[0]] if email else []
    found += [link.url.rstrip("/").rsplit("/", 1)[-1] for link in links if link.kind != "portfolio"]
    found += [  # the profile's 16-digit hex id is no part of the name
        re.sub(r"[0-9a-f]{16}$", "", m.group(1))
        for line in lines
        if "ndeed" in line or "NDEED" in line
        for m in _PROFILE_HANDLE.finditer(line)
    ]
    return [x for h in found if len(x := re.sub(r"[^a-z]", "", h.lower())) >= 4]


def split_as_spelled(name: str | None, email: str | None, links: list[Link]) -> str | None:
    """ "Janedoe" (a name set letter by letter with no wider gap between its words,
    "J A N E D O E") -> "Jane Doe" when the e-mail or a profile handle spells the same letters
    in separated parts ("jane.doe@…", "linkedin.com/in/jane-doe"). Without such evidence the
    name is kept as read."""
    if not name or " " in name or len(name) < 5:
        return name
    raw = [email.split("@")[0]] if email else []
    raw += [link.url.rstrip("/").rsplit("/", 1)[-1] for link in links if link.kind != "portfolio"]
    for handle in raw:
        parts = [p for p in re.split(r"[^a-z]+", handle.lower()) if p]
        if 2 <= len(parts) <= 4 and "".join(parts) == name.lower():
            return " ".join(p.title() for p in parts)
    return name


def _name_spelled_by(handles: list[str], lines: list[str]) -> str | None:
    """ "Kaveen Nimsara" under a sidebar, "Alistair M Senior" (a surname that is also a job
    word), "Rahul N Devops Engineer …" (a one-line export): a short line, or the first two to
    four words of a long one, whose words of two letters or more all appear in one handle
    (or whose letters begin it), two words at least, none of them a heading or a place."""
    for line in lines:
        words = line.strip().split()
        sizes = [len(words)] if len(words) <= 4 else [4, 3, 2]
        for k in sizes:
            name = _spelled(words[:k], handles)
            if name and not (places.find_place(name) or places.is_place_name(name)):
                return name
    return None


def _spelled(words: list[str], handles: list[str]) -> str | None:
    if len(words) < 2 or not all(
        _NAME_WORD.match(w) or (w.isalpha() and w.islower()) for w in words
    ):
        return None
    long_words = [w.lower().strip(".") for w in words if len(w.strip(".")) >= 2]
    if not long_words or long_words[0] in _NOT_NAME_WORDS:
        return None
    if sum(w in _NOT_NAME_WORDS for w in long_words) > 1:
        return None  # "sales.manager@…" and a "Sales Manager" line
    letters = "".join(w.lower().strip(".") for w in words)
    initial_last = len(words[-1].strip(".")) == 1  # "Rahul N": only a handle that begins so
    if not any(
        (len(long_words) >= 2 and not initial_last and all(w in h for w in long_words))
        or (len(letters) >= 5 and h.startswith(letters))
        for h in handles
    ):
        return None
    return _tidy_name(" ".join(w.title() if w.islower() else w for w in words))


# Words a file name carries besides the name: "Jane_Doe_CV_final_v2.pdf".
_FILE_WORDS = tx.word_set(
    """resume résumé cv curriculum vitae bio biodata data final updated update new latest
    copy draft version ver rev en english eng de fr public private my the of and for doc docx
    pdf file document report letter cover application portfolio sample template example
    scan scanned img image photo"""
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FILE_SPLIT = re.compile(r"[\s_.\-–()\[\]+,]+")


def name_from_filename(filename: str | None) -> str | None:
    """ "Jane_Doe_CV.pdf", "jane-doe-resume-2024.docx", "JaneDoe_Resume.pdf" -> "Jane Doe":
    two to four name-like words before the file's other words (never a lone word, a job
    title, a place, an employer or a skill). Used only when the text names nobody, and
    marked as read from the file name."""
    if not filename:
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", filename.rsplit("/", 1)[-1])
    tokens = [t for raw in _FILE_SPLIT.split(_CAMEL.sub(" ", stem)) if (t := raw.strip())]
    run: list[str] = []
    for token in tokens:
        low = token.lower()
        if low in _FILE_WORDS or re.search(r"\d", token):
            if run:
                break
            continue  # "CV_Jane_Doe.pdf"
        if not re.fullmatch(r"[^\W\d_]{1,20}", token) or low in _NOT_NAME_WORDS:
            if len(run) >= 2:
                break  # "Jane_Doe_Director_of_Engineering"
            return None  # "Sales_Manager_Resume": no name in front
        run.append(token if token[:1].isupper() and not token.isupper() else token.title())
    if not 2 <= len(run) <= 4 or sum(len(t) >= 2 for t in run) < 2:
        return None
    return _name_from(" ".join(run))


def _reachable(line: str) -> bool:
    """An email or phone number: how to reach the person named just above."""
    return bool(EMAIL.search(line) or phone_candidates(line))
