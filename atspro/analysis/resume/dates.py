"""Dates as resumes write them: "Jan 2019 – Present", "01/2019 - 03/2021", "2019-2021",
"March 2018 to June 2020", "Summer 2022", "Exp. Jun. 2017", "Mayo de 2008", "Januar 2012"
-> "YYYY-MM" or "YYYY".

Years from 1920 are read (a retired person's resume starts in the 1950s or earlier); a bare
year right after a product name ("Windows 2000 onwards") is no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# French, Spanish, German, Portuguese, Dutch and Italian month names and their usual
# abbreviations (the English ones that read the same, "April", "Sept", "Oct", "Nov", are read by
# the English alternatives; "set", "out" — Portuguese abbreviations and English words — are not
# read).
_FOREIGN_MONTHS = {
    "janv": 1, "janvier": 1, "enero": 1, "ene": 1, "januar": 1, "jänner": 1,
    "févr": 2, "février": 2, "fevrier": 2, "febrero": 2, "februar": 2,
    "mars": 3, "marzo": 3, "märz": 3, "maerz": 3, "mrz": 3,
    "avr": 4, "avril": 4, "abril": 4, "abr": 4,
    "mai": 5, "mayo": 5,
    "juin": 6, "junio": 6, "juni": 6,
    "juil": 7, "juillet": 7, "julio": 7, "juli": 7,
    "août": 8, "aout": 8, "agosto": 8, "ago": 8,
    "septembre": 9, "septiembre": 9, "setiembre": 9,
    "octobre": 10, "octubre": 10, "oktober": 10, "okt": 10,
    "novembre": 11, "noviembre": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12, "dic": 12, "dezember": 12,
    "dez": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Polish, nominative and genitive ("stycznia 2019"; "maja", a given name, in lower case
    # only: _CASE_SENSITIVE_MONTHS), round 16
    "styczeń": 1, "styczen": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3,
    "marca": 3, "kwiecień": 4, "kwiecien": 4, "kwietnia": 4, "maj": 5, "maja": 5,
    "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpien": 8,
    "sierpnia": 8, "wrzesień": 9, "wrzesien": 9, "września": 9, "wrzesnia": 9,
    "październik": 10, "pazdziernik": 10, "października": 10, "pazdziernika": 10,
    "listopad": 11, "listopada": 11, "grudzień": 12, "grudzien": 12, "grudnia": 12,
    # Turkish (with and without the dotless i and the breve: "MAYIS".lower() is "mayis")
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
    "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
    # Swedish, Norwegian, Danish; Indonesian and Malay; Romanian
    "augusti": 8, "desember": 12, "maret": 3, "agustus": 8,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Czech (nominative and genitive)
    "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4,
    "dubna": 4, "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7,
    "července": 7, "srpen": 8, "srpna": 8, "září": 9, "říjen": 10, "října": 10,
    "prosinec": 12, "prosince": 12,
    # Finnish (nominative and the partitive of "tammikuuta 2019")
    "tammikuu": 1, "tammikuuta": 1, "helmikuu": 2, "helmikuuta": 2, "maaliskuu": 3,
    "maaliskuuta": 3, "huhtikuu": 4, "huhtikuuta": 4, "toukokuu": 5, "toukokuuta": 5,
    "kesäkuu": 6, "kesäkuuta": 6, "heinäkuu": 7, "heinäkuuta": 7, "elokuu": 8, "elokuuta": 8,
    "syyskuu": 9, "syyskuuta": 9, "lokakuu": 10, "lokakuuta": 10, "marraskuu": 11,
    "marraskuuta": 11, "joulukuu": 12, "joulukuuta": 12,
}  # fmt: skip
# Russian (the nominative, the genitive of "1 января 2019" and the abbreviations), Hebrew and
# Arabic month names (round 15). Not in the month pattern (tried at every position of every
# line, each script's letters would slow every line): a line holding these letters has them
# written over by the English abbreviation, padded to the same length (``_latin_months``).
_SCRIPT_MONTHS = {
    "январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "март": 3,
    "марта": 3, "мар": 3, "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5, "июнь": 6,
    "июня": 6, "июн": 6, "июль": 7, "июля": 7, "июл": 7, "август": 8, "августа": 8, "авг": 8,
    "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9, "октябрь": 10, "октября": 10, "окт": 10,
    "ноябрь": 11, "ноября": 11, "ноя": 11, "декабрь": 12, "декабря": 12, "дек": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7,
    "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_SCRIPT_LETTERS = re.compile(r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]")
_SCRIPT_MONTH_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(_SCRIPT_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)


def _latin_months(line: str) -> str:
    """``line`` with each Russian, Hebrew or Arabic month name written as the English
    abbreviation, padded with spaces to its length (spans stay those of ``line``)."""
    if not _SCRIPT_LETTERS.search(line):
        return line

    def english(m: re.Match[str]) -> str:
        word = m.group(0)
        return _ABBREVIATIONS[_SCRIPT_MONTHS[word.lower()] - 1].ljust(len(word))

    return _SCRIPT_MONTH_RE.sub(english, line)


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept",
)  # fmt: skip
_ENGLISH_MONTHS = [*_MONTH_NAMES, *(name[:3] for name in _MONTH_NAMES)]


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, branching letter by letter ("ju(?:l(?:y|i(?:o|llet)?)?…)"):
    the month pattern is tried at every position of every line, and a flat list of sixty
    alternatives costs twice as much. Longer words are tried first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if not ends:
            return body
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"

    return "(?:" + walk(tree) + ")"


# "marco" (Portuguese "março" without its cedilla) is left out and Dutch "mei" is read in lower
# case only: both are names ("Casa Marco, 2016 – 2018", "Studio Mei") far more often than months.
_CASE_SENSITIVE_MONTHS = ("mei", "maja")
# Month words of another language that are also English or name words ("Family Mart 2016",
# "Quick Mart", "Kasim Doe"): in lower case always a month; written with a capital, not right
# after a capitalised word (that word and this one are a name), round 16.
_NAME_MONTHS = ("mart", "nisan", "kasim", "kasım", "ekim", "maret", "eylul", "eylül", "mai")
_AFTER_CAPITALISED_WORD = "".join(rf"(?<!(?-i:\b[A-Z][^\W\d_]{{{n}}})\s)" for n in range(1, 16))
_MONTH = (
    "(?:"
    + _trie_pattern(
        _ENGLISH_MONTHS
        + [w for w in _FOREIGN_MONTHS if w not in _CASE_SENSITIVE_MONTHS + _NAME_MONTHS]
    )
    + "|(?-i:"
    + "|".join(_CASE_SENSITIVE_MONTHS + _NAME_MONTHS)
    + ")|"
    + _AFTER_CAPITALISED_WORD
    + "(?:"
    + "|".join(_NAME_MONTHS)
    + r"))\.?"
)
MONTH = _MONTH
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# "Q3 2018", "2nd Quarter, 2017": a quarter reads as its first month; "H2 2020" (a half year)
# as its first month too (July).
_QUARTER = r"(?:q(?P<q1>[1-4])|(?P<q2>[1-4])(?:st|nd|rd|th)\s+quarter|(?<![a-z])h(?P<h>[12])(?!\d))"
_YEAR = r"(?:19[2-9]\d|20\d\d)"
YEAR = _YEAR
# The apostrophe of "Jan '19", also as a word processor's opening quote ("Aug ‘09").
_APOSTROPHE = "['’‘]"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?)"
_DM = r"(?:0?[1-9]|[12]\d|3[01])"  # a day or a month in a numeric date
_MON = r"(?:0?[1-9]|1[0-2])"  # a month in a numeric date
# "Exp. Jun 2017", "Grad: 2019"; "A. y. 2015/2016" (an academic year, Italian "anno
# accademico"); "FY2019" (a fiscal year, read as its calendar year): a prefix of the date, so
# the line holds nothing but its dates.
_EXPECTED = r"(?:(?:exp(?:ected)?|grad(?:uat(?:ed|ion))?|est|a\.\s?y|fy)\.?:?\s*)?"

# One date. Alternatives are ordered longest first so "Jan 2019" wins over "2019".
DATE = (
    rf"{_EXPECTED}(?:"
    rf"(?:{_DAY}(?:\s+(?:of\s+)?|-|(?=[^\W\d_]))(?:de\s+)?)?{_MONTH}{_APOSTROPHE}?[,/-]?\s*(?:{_DAY},?\s+|de\s+)?{_APOSTROPHE}?{_YEAR}"  # Jan 2019, Jan 15, 2019; round 17: Mar/2018, 04Feb2019, 01-Jan-2017, Dec' 2019, 1st of May 2019
    rf"|(?:{_DAY}-)?{_MONTH}\s*(?:{_APOSTROPHE}\s?|-(?=\d\d(?![\d/-])))\d\d(?!\d)"  # Jan '19, Jan-19, Aug ‘09; 01-Jan-17, December' 19
    rf"|(?:q[1-4]|h[12]|[1-4](?:st|nd|rd|th)\s+quarter),?\s*(?:of\s+)?{_YEAR}"  # Q3 2018, H1 2020
    rf"|{_SEASON}\s+(?:semester\s+|term\s+)?{_YEAR}"  # Summer 2022, Spring semester 2020
    rf"|{_SEASON}\s*{_APOSTROPHE}\s?\d\d(?!\d)"  # Fall '19, Summer'18 (round 17)
    rf"|{_YEAR}(?:-{_MON}-{_DM}(?![\d/])|/{_MON}/{_DM}(?!\d)|\.{_MON}\.{_DM}(?!\d))"  # 2017-01-15, 2017/01/15, 2019.01.01 (round 17)
    rf"|{_DM}/{_DM}/{_YEAR}|{_DM}\.{_DM}\.{_YEAR}|{_DM}-{_DM}-{_YEAR}"  # 4/1/2009, 25.03.2019, 19-12-2007 (see day_first)
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"  # 01/2019, 3.2021
    rf"|{_YEAR}\s*[/.]\s*(?:0?[1-9]|1[0-2])(?!\d)"  # 2019/01
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])(?![\d/])"  # 2019-01
    rf"|{_YEAR}(?:\s*[年년](?:\s*(?:0?[1-9]|1[0-2])\s*[月월])?)?"  # 2019, 2019年4月, 2019년 4월
    r")"
)
# The English ongoing ends (one list: ``PRESENT`` and ``_PRESENT_END`` read them, and
# ``_ENGLISH_END_RE`` refuses them after a foreign range word, "In 2019 a date was set").
_ENGLISH_PRESENT = (
    r"present|current(?:ly)?|now|today|ongoing|continuing|to\s*date"
    r"|(?:till|until|up\s*to)[\s-]*(?:the\s+)?(?:date|now|today|present)|date"
)
# Round 17: "to the present", "- Onwards", "so far", "still working", "Pres.", "On Going",
# "as on date" (read only after a range's separator).
_ENGLISH_PRESENT_END = (
    r"the\s+present|onwards?|so\s+far|still\s+(?:working|employed)"
    r"|presently|pres\.?|curr\.|on[\s-]?going|as\s+o[fn]\s+(?:date|now|today)|till\s+this\s+date"
)
PRESENT = rf"(?:{_ENGLISH_PRESENT}|aujourd['’]hui|heute|actual(?:idad)?)"
# An ongoing end in other languages, read only after a range's separator ("ene. 2019 – act.",
# "maio 2019 – atual", "januari 2019 – heden", "2019 – en cours"); "Present" also in brackets
# ("Dec 2019 – (present)").
_PRESENT_END = (
    rf"(?:\(\s*{PRESENT}\s*\)|{PRESENT}"
    r"|act\.|actualmente|atual(?:mente)?|presente|heden|en\s+cours|à\s+ce\s+jour"
    r"|bis\s+heute|jetzt|oggi|in\s+corso|hoy"
    # Russian, Polish, Turkish, Hebrew, Arabic, Japanese and Chinese (round 15)
    r"|(?:по\s+)?настоящее\s+время|н\.\s?в\.|сейчас|obecnie|nadal|günümüz|halen|devam\s+ediyor"
    r"|(?:עד\s+)?היום|הווה|כיום|(?:حتى\s+)?الآن|حاليا|حاليًا|الحالي|現在|至今|今|现在"
    # round 16: Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian, Danish, Polish,
    # Turkish, Czech, Slovak, Romanian, Indonesian / Malay, Vietnamese, Korean
    # (no end when a capitalised word follows, a name going on: "2015 – Nu Skin Enterprises";
    # "nu" and "nå" written with a capital only at the line's end or before a separator)
    r"|(?:(?:a\s+)?la\s+actualidad|a\s+la\s+fecha|hoje|(?:até\s+)?o\s+momento|até\s+hoje"
    r"|attuale|ad\s+oggi|tuttora|tot\s+heden|huidig|nuvarande|pågående|idag|i\s+dag|tills\s+vidare"
    r"|til\s+(?:nu|nå)|(?-i:nu|nå)|(?:nu|nå)(?=\s*(?:$|[|,;·)\]–—-]))"
    r"|(?:til\s+)?dags\s+dato|d\.\s?d\.|(?:do\s+)?teraz|do\s+dzi[śs]"
    r"|do\s+chwili\s+obecnej|şu\s*an|hâlâ|dosud|doposud|současnost|súčasnosť|prezent"
    r"|(?:în|in)\s+prezent|sekarang|saat\s+ini|hiện\s+(?:tại|nay)|현재"
    r"|jusqu['’]\s?(?:à\s+)?(?:présent|aujourd['’]hui|ce\s+jour)|laufend|derzeit|bis\s+dato"
    r"|la\s+fecha|em\s+(?:curso|andamento)"
    # round 17: "to the present", "- Onwards", "so far", "still working"; Danish / Norwegian
    # "dato"; Spanish, Portuguese, French, Italian ends after their own range words ("hasta la
    # fecha", "até hoje", "à aujourd'hui", "fino ad oggi")
    rf"|{_ENGLISH_PRESENT_END}|dato"
    r"|(?:hasta\s+)?(?:la\s+fecha|hoy|ahora|el\s+presente)|agora|(?:o\s+)?presente"
    r"|aujourd['’]hui|présent|fino\s+ad\s+oggi)(?!\s+(?-i:[A-Z])))"
)
# "Since 2019" and its German, French, Spanish/Portuguese and Dutch words ("seit 03/2019").
# Round 17: German "ab 03/2019" (in lower case or with its capital only: "Calgary, AB 2019" is a
# province) and India's "w.e.f." (with effect from). "ab" only before a month and its year
# ("ab 03/2019", "Ab März 2019"): "Ab 2019 Acme" is no German line (fix-dates).
# The English (and German "ab") words, after which a short foreign range word ("a", "do") is
# the line's English ("Since 2019 a current member"); the foreign ones, after which it is a
# range word ("desde 2019 a 2021": closed).
_SINCE_EN = r"(?:since|(?-i:ab|Ab)(?=:?\s+(?:\d\d?\s?[/.]\s?\d|[^\W\d_]))|w\.\s?e\.\s?f\.?)"
_SINCE_FOREIGN = r"(?:seit|depuis|desde|sinds|vanaf)"
# "2007 – to 2009": a dash and a "to" where two lines were joined; "Until: …" (a form's label,
# as "Since: …" before the start is: both are part of the range).
# Round 17: a doubled hyphen ("Jan 2019 -- Mar 2021", plain text and LaTeX) and an en or em
# dash read in the wrong encoding ("2010 â€“ 2012": UTF-8 bytes decoded as Windows-1252), the
# whole sequence only (a lone "â" is a letter); a " ? " for a lost dash only between two dates
# of one shape set off at the line's edge ("Jan 2019 ? Mar 2021", "Acme   2010 ? 2012"; not
# "Windows 2000 ? 2003", "Is 2019 ? 2020 the year": ``_first_range``).
SEP = (
    r"(?:\s*(?:--?|–|—|~|→|/|â(?:€[“”]|\x80[\x93\x94])|\ufffd)\s*(?:to\s+)?|\s+\?\s+"
    r"|\s+(?:to|until|till|through|thru):?\s+)"
)
# The range words of German, French, Spanish, Portuguese, Italian, Dutch and Polish ("01.2019 bis
# 03.2021", "de mars 2019 à juin 2020", "desde 2019 hasta 2021", "dal 2017 al 2019", "2017 tot
# 2019", "od 2017 do 2019"): read before a date, or before an ongoing end of another language
# ("bis heute", "tot heden"), never before an English one ("In 2019 a date was set").
_RANGE_WORDS = ("bis", "à", "au", "a", "al", "hasta", "tot", "até", "ate", "do")
# The range words that are also English words or letters ("In 2019 a 2020 budget", "2019 do
# 2020", "Published 2019 au 2020"): read only when the line shows the language, its "from"
# word before the start ("de 2017 a 2019", "od 2017 do 2019", "dal 2017 al 2019", "du 2017 au
# 2019"), or the line holds nothing but the range, both ends of one shape ("2017 a 2019").
_WEAK_WORD_SEPS = frozenset(("a", "au", "al", "do", "ate"))
_WORD_SEPS = frozenset(_RANGE_WORDS)
_WORD_SEP = rf"\s+(?:{'|'.join(_RANGE_WORDS)})\s+"
_STRONG_WORD_SEP = rf"\s+(?:{'|'.join(w for w in _RANGE_WORDS if w not in _WEAK_WORD_SEPS)})\s+"
_FROM_WORD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:de|desde|dal|dalla|dall['’]|od|von|vom|van|vanaf|du|depuis|dès|da|seit)"
    r"\s{1,3}$"
)
_RANGE_EDGE_CHARS = " \t()[]|,;:-–—·"


def _sep_word(m: re.Match[str]) -> str:
    """The separator of a range match, as a word ("bis", "a"; "–" for a dash)."""
    return m.group("sep").strip().casefold()


def _word_sep_fits(line: str, m: re.Match[str], start: str, end: str | None) -> bool:
    """A range joined by a foreign range word (``_WORD_SEP``) is read (see ``_WEAK_WORD_SEPS``)."""
    if _sep_word(m) not in _WEAK_WORD_SEPS:
        return True
    if _FROM_WORD_RE.search(line, max(0, m.start() - 12), m.start()):
        return True
    return _alone(line, m.span()) and (end is None or len(start) == len(end))


def _alone(line: str, span: tuple[int, int]) -> bool:
    """Nothing but blanks, brackets and separators around ``span`` in ``line`` (a scan of
    those characters only: no copy of the line per range tried)."""
    i, j = span
    while i > 0 and line[i - 1] in _RANGE_EDGE_CHARS:
        i -= 1
    while j < len(line) and line[j] in _RANGE_EDGE_CHARS:
        j += 1
    return i == 0 and j == len(line)


def _set_off(line: str, span: tuple[int, int]) -> bool:
    """``_at_line_edge`` (apart), looking only over the blanks and brackets beside ``span``."""
    i, j = span
    while i > 0 and line[i - 1] in " \t(":
        i -= 1
    while j < len(line) and line[j] in " \t).,;":
        j += 1
    at_start, at_end = i == 0, j == len(line)
    if at_start and not at_end:
        k = span[1]
        while k < len(line) and line[k] in " \t":
            k += 1
        return bool(_EDGE_AFTER_RE.match(line[span[1] : k + 1]))
    return at_end and (at_start or _edge_before(line, span[0]))


_ENGLISH_END_RE = re.compile(rf"(?i)\(?\s*(?:{_ENGLISH_PRESENT}|{_ENGLISH_PRESENT_END})\s*\)?")

_DATE_RE = re.compile(rf"(?<![\w/.]){DATE}(?![\w/])", re.IGNORECASE)
# What every DATE and range end holds: a year, or two digits after a slash, an apostrophe or a
# dash ("Jan '19", "8/01", "Jan-19"). A line without it skips the slow patterns (a cheap test).
_DATE_HINT = re.compile(r"(?:19|20)\d\d|[/'’‘-]\d\d|['’‘]\s\d\d")
# "8/01 to Present", "01/19 - 03/21": month/two-digit year, read only as a range's ends;
# "14/8/12 onwards": day, month and a two-digit year, the same.
_SHORT_MY = r"(?:0?[1-9]|1[0-2])/\d\d(?![\d/])"
_SHORT_DMY = rf"{_DM}/{_DM}/\d\d(?![\d/])"
# "'18 – '20": a year of two digits after its apostrophe, read only as a range's end.
_SHORT_APOSTROPHE_YEAR = rf"{_APOSTROPHE}\d\d(?![\d/.,]\d)"
_RANGE_DATE = rf"(?:{DATE}|{_SHORT_DMY}|{_SHORT_MY}|{_SHORT_APOSTROPHE_YEAR})"
# "20122016", "2016present": a range whose dash an export dropped (read only year to year or
# year to "present", the end not before the start).
_GLUED_SEP = r"(?<=\d)(?=(?:19|20)\d\d|[A-Za-z])"
# "Oct 2013 Present", "June 2015 onwards": an open end with no dash.
# Round 17: "2017 upto date", "2017 up to now", "Mar 2019 until present".
_BARE_SEP = r"\s+(?=(?:present|(?:till|until|up\s*to)\s+(?:the\s+)?(?:date|now|today|present))\b)"
# "Jan 2019 Mar 2021": two months with their years, the dash between them lost (read only
# when the start has its month too and the end does not come first).
_MONTHS_GAP_SEP = rf"\s+(?={_MONTH},?\s*{_YEAR}\b)"
_RANGE_RE = re.compile(
    rf"(?:(?<!\w)(?i:since|from):\s*)?(?<![\w/.])(?P<start>{_RANGE_DATE})(?P<sep>{SEP}|{_WORD_SEP}|{_BARE_SEP}|{_MONTHS_GAP_SEP}|{_GLUED_SEP})(?:(?P<end>{_RANGE_DATE})|(?P<present>{_PRESENT_END}))(?![\w/])"
    # "Since 2019"; not "desde 2019 hasta 2021", "seit 2017 bis 2019" (a closed range, round 17)
    # (after "since", the short range words "a", "do"… are English: "Since 2019 a current member")
    rf"|(?<![\w]){_SINCE_EN}:?\s+(?P<since>{DATE})(?![\w/])(?!{_STRONG_WORD_SEP}(?:{DATE}|{_PRESENT_END}))"
    rf"|(?<![\w]){_SINCE_FOREIGN}:?\s+(?P<since2>{DATE})(?![\w/])(?!{_WORD_SEP}(?:{DATE}|{_PRESENT_END}))"
    # "From 2019" ending the line (or its brackets): an open start, as "Since 2019"; not a
    # sentence's "… from May 2007" (its end may open the next line, "to June 2009"), nor a
    # phrase's last words ("Lessons Learned From 2019"): the line's start, a bracket, a
    # separator or a cell gap before it
    rf"|(?:^\s*|(?<=[(,|;·–—\t-])\s*|(?<=\s\s))(?-i:From|FROM):?\s+(?P<from_>{DATE})"
    rf"(?=\s*(?:\)\s*)?$)"
    rf"|(?<![\w/.])(?P<onwards>{_RANGE_DATE})\s*(?:on)?wards?\b",
    re.IGNORECASE,
)
# "1982-84", "2019–21", "1986-89." (a full stop may end it, not a decimal): the end year written
# with two digits; "1998 - 02" runs into the next century. An end of 01–12 is a year only after
# an en or em dash or a spaced hyphen ("2005–09", "2005 - 09"): "2005-09" is ISO's September
# 2005. "2019/20" (a season, an academic year) is a range when the end is the next year (above
# 12: "2011/12" is read as a month by DATE). Only the line's end, a full stop, a bracket, a
# comma, a separator not followed by a digit ("2005 - 09 - 15" is a date) or a cell gap not
# followed by a unit ("2010 – 12  Months") or the word "season" / "academic year" may follow the
# two digits: "2019/20 GPA", "2003 - 05 Elm Road" are no ranges.
_SHORT_END_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_YEAR})(?P<sep>\s*[-–—]\s*|/)(?P<yy>\d\d)"
    r"(?=$|\.(?!\w)|\s*(?:[),;|·\]]|[-–—:](?!\s*\d))|\s+(?i:season|academic\s+year)\b"
    r"|(?:\s{2,}|\t)\s*"
    r"(?!(?i:months?|mos?|years?|yrs?|weeks?|wks?|days?|hours?|hrs?)\b))"
)
_MAX_RANGE_YEARS = 45  # the longest range a two-digit end is read as
# "Mar 08/Jun 11", "Apr 06/Now": month and two-digit year at both ends (one alone may be a
# day: "Mar 08"), read only when no other range is on the line and no year follows.
_MONTH_YY_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<m1>{_MONTH})\s*{_APOSTROPHE}?(?P<y1>\d\d)\s*(?:-|–|—|/|to)\s*"
    rf"(?:(?P<m2>{_MONTH})\s*{_APOSTROPHE}?(?P<y2>\d\d)|(?P<present>{PRESENT}))(?![\w/]|\s*,?\s*\d)",
    re.IGNORECASE,
)
_MONTH_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<m1>{_MONTH})(?:\s*(?:-|–|—|to)\s*|\s+(?:through|thru|till|until)\s+)"
    rf"(?P<end>{_MONTH},?\s*{_YEAR})(?![\w/])",
    re.IGNORECASE,
)
# "2009 Oct - Dec", "2012, Jun – Aug": a year written before its two months (a year-first
# column); read only when no other range is on the line and no year follows the end month.
_YEAR_MONTHS_RE = re.compile(
    rf"(?<![\w/.])(?P<year>{_YEAR}),?\s+(?P<m1>{_MONTH})\s*(?:-|–|—|to)\s*(?P<m2>{_MONTH})"
    rf"(?![\w/]|\s*,?\s*\d)",
    re.IGNORECASE,
)
# A line that ends with a date and a dash, continued on the next line ("2017 –" / "Present").
_OPEN_END_RE = re.compile(rf"{DATE}\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
# The same date and dash alone on a line whose next line is no end date ("2013-" / "Buyer").
_OPEN_ALONE_RE = re.compile(rf"^\W*(?P<start>{DATE})\s*(?:-|–|—)\s*$", re.IGNORECASE)
# "to 1974", "(until May 1990)" alone on a line: an end with no start (a line joined to the
# start above it, "… from May 2007" / "to June 2009", was joined before: text.split_lines).
_END_ALONE_ONLY_RE = re.compile(rf"^\(?(?:to|till|until)\s+(?P<end>{DATE})\)?\.?$", re.IGNORECASE)
_STARTS_WITH_DATE_RE = re.compile(rf"^(?:{DATE}|{PRESENT})\b", re.IGNORECASE)
# Timeline layouts: "June 2020 – Developer, OpenAI" with the end ("Present") opening the next
# line, because the dates sit in a narrow left column.
_OPEN_START_RE = re.compile(
    rf"^{DATE}\s*(?:-|–|—)\s+(?!(?:{DATE}|{PRESENT})\b)(?=\S)", re.IGNORECASE
)
# The same with its dash lost: a leading date, then a capitalised word (see open_range_at_start).
_DASHLESS_START_RE = re.compile(rf"^(?i:{DATE})\s+(?!(?i:{DATE}|{PRESENT})\b)(?=[A-Z])")
# "present", "Present Acme Corp": a line opening with an end, then nothing or a capital (not
# "Present the results…", a verb).
_PRESENT_THEN_TEXT_RE = re.compile(
    r"^(?i:present|current|ongoing|now|till\s+date|to\s+date)(?:[.,:;]?\s+(?=[A-Z(])|[.,:;]?\s*$)"
)

_YEAR_ONLY = re.compile(_YEAR)
_TWO_DIGIT_YEAR = re.compile(rf"(?:{_APOSTROPHE}\s?|(?<=[A-Za-z.])-)(\d\d)(?!\d)")
_QUARTER_RE = re.compile(_QUARTER, re.IGNORECASE)
_NUMERIC_MY = re.compile(rf"^(\d{{1,2}})\s*[/.]\s*({_YEAR})$")
_NUMERIC_MDY = re.compile(rf"^(\d{{1,2}})([/.-])(\d{{1,2}})\2({_YEAR})$")
# "25/03/2019", "25.03.2019", "25-03-2019", and "30/6/11" (a two-digit year after slashes only).
_NUMERIC_DMY_ANY = re.compile(
    rf"(?<![\w/.-])(\d{{1,2}})([/.-])(\d{{1,2}})\2(?:{_YEAR}(?![\w/])|(?<=/)\d\d(?![\w/.]))"
)
# The document writes its numeric dates day first ("25/03/2019"): set per document by the
# parser (day_first_dates), read by parse_date for "05/03/2019" (5 March, not May 3). False
# when a date shows month first ("03/25/2019"), None when none shows either order (a dotted
# date then reads day first: "01.03.2018" is 1 March).
_DAY_FIRST: ContextVar[bool | None] = ContextVar("day_first", default=None)
_NUMERIC_MYY = re.compile(r"^(0?[1-9]|1[0-2])/(\d\d)$")
_NUMERIC_YM = re.compile(rf"^({_YEAR})\s*[/.-]\s*(\d{{1,2}})$")
# "2017-01-15", "2017/01/15", "2019.01.01": a whole date written year first (round 17).
_NUMERIC_YMD = re.compile(rf"^({_YEAR})[/.-](\d{{1,2}})[/.-]\d{{1,2}}$")
_MONTH_WORD = re.compile(rf"(?<![^\W\d_]){_MONTH}", re.IGNORECASE)
_NUMERIC_DMYY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d\d)$")
_PREFIX = re.compile(_EXPECTED, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: str | None  # "YYYY-MM" or "YYYY"
    end: str | None  # None when current or open
    is_current: bool
    span: tuple[int, int]  # where the range sits in the line
    # "2013 –" with no end written: read as ongoing, which only the latest role can be
    # (years.settle_open_ends).
    open_end: bool = False
    # Several stints joined on one line ("2012–2014, again 2018–2021"): each (start, end,
    # is_current) as written; start and end above span them all. Empty for one range.
    stints: tuple[tuple[str, str | None, bool], ...] = ()


def _month_number(word: str) -> int:
    """ "Sept." -> 9, "Mayo" -> 5, "juil" -> 7 (a word the month pattern matched)."""
    low = word.lower().rstrip(".")
    return _FOREIGN_MONTHS.get(low) or _MONTHS[low[:3]]


def _numeric_month(first: int, second: int, *, dotted: bool = False) -> int:
    """The month of a numeric date "first/second/year": the second number when the first
    is a day (above 12, or the document writes day first), else the first. A date written
    with dots ("01.03.2018") is day first wherever the second number can be a month (round
    17: the dotted form is European; "03.15.2018" still reads month first), unless a date of
    the document (or of the line, ``_find_range``) shows month first ("06.30.2021")."""
    mode = _DAY_FIRST.get()
    day_first = mode is True or (dotted and mode is None)
    return second if first > 12 or (day_first and second <= 12) else first


_CJK_YM = re.compile(rf"({_YEAR})\s*[年년]\s*(\d{{1,2}})\s*[月월]")


def parse_date(raw: str) -> str | None:
    """One date as written -> "YYYY-MM" or "YYYY" (None when it is not a date)."""
    text = _PREFIX.sub("", raw.strip(), count=1).strip().rstrip(".,")
    if ("年" in text or "년" in text) and (cjk := _CJK_YM.search(text)):
        return f"{cjk.group(1)}-{int(cjk.group(2)):02d}"
    m = _NUMERIC_MDY.match(text)
    if m:
        month = _numeric_month(int(m.group(1)), int(m.group(3)), dotted=m.group(2) == ".")
        return f"{m.group(4)}-{month:02d}" if 1 <= month <= 12 else None
    m = _NUMERIC_DMYY.match(text)
    if m:  # "14/8/12": only ever read as a range's end or before "onwards"
        month, yy = _numeric_month(int(m.group(1)), int(m.group(2))), int(m.group(3))
        year = 2000 + yy if yy < 50 else 1900 + yy
        return f"{year}-{month:02d}" if 1 <= month <= 12 else None
    m = _NUMERIC_MYY.match(text)
    if m:
        yy = int(m.group(2))
        return f"{2000 + yy if yy < 50 else 1900 + yy}-{int(m.group(1)):02d}"
    m = _NUMERIC_MY.match(text)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = _NUMERIC_YMD.match(text) or _NUMERIC_YM.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    year_m = _YEAR_ONLY.search(text)
    if year_m:
        year = year_m.group(0)
    else:
        two = _TWO_DIGIT_YEAR.search(text)
        if not two:
            return None
        yy = int(two.group(1))
        year = str(2000 + yy if yy < 50 else 1900 + yy)
    quarter = _QUARTER_RE.search(text)
    if quarter:
        if quarter.group("h"):
            return f"{year}-{6 * int(quarter.group('h')) - 5:02d}"
        return f"{year}-{3 * int(quarter.group('q1') or quarter.group('q2')) - 2:02d}"
    month_m = _MONTH_WORD.search(text)
    if month_m:
        month = _month_number(month_m.group(0))
        return f"{year}-{month:02d}"
    return year


def find_range(line: str) -> DateRange | None:
    """The first date range in ``line`` ("Jan 2019 - Present", "since 2020"), or None."""
    mode = _DAY_FIRST.get()
    if mode is None and "." in line and _numeric_order([line]) is False:
        # "04.01.2019 - 06.30.2021": the line's own end shows month first
        token = _DAY_FIRST.set(False)
        try:
            return _find_range(line, False)
        finally:
            _DAY_FIRST.reset(token)
    return _find_range(line, mode)


# What joins two stints of one role on its line ("2015–2017, 2019–2021", "2012-2014 & 2016-2018",
# "2012–2014, again 2018–2021", "2012–2014 and later 2018–2021").
_STINTS_JOIN_RE = re.compile(
    r"\s*(?:(?:[,;&+]|\b(?:and|again|then|later|also|rejoined|returned)\b)\s*)+", re.IGNORECASE
)
# The most stints joined to a line's first range: a role has a few; a long list of year pairs
# (a table, running text) is no role's span, and reading on would cost a search per pair.
_MAX_STINT_JOINS = 4


@lru_cache(maxsize=4096)
def _find_range(line: str, day_first: bool | None) -> DateRange | None:
    """``day_first`` is part of the cache key only (parse_date reads the mode). Ranges
    written one after the other, joined by a comma, ";", "&" or "and" ("2015–2017,
    2019–2021": one role's two stints), read as one from the earliest start to the latest
    end, each stint kept in ``stints`` (the parser makes a role of each: years.stint_roles)."""
    line = _latin_months(line)
    first = _first_range(line)
    if first is None or first.start is None or first.open_end:
        return first
    start, end, current, stop = first.start, first.end, first.is_current, first.span[1]
    stints = [(first.start, first.end, first.is_current)]
    joins = 0
    while joins < _MAX_STINT_JOINS and (join := _STINTS_JOIN_RE.match(line, stop)) is not None:
        joins += 1
        rest = line[join.end() :]
        nxt = _first_range(rest) if rest[:1].isalnum() or rest[:1] in "'’‘" else None
        if nxt is None or nxt.start is None or nxt.open_end or nxt.span[0] != 0:
            break
        stints.append((nxt.start, nxt.end, nxt.is_current))
        start = min(start, nxt.start, key=month_index)
        current = current or nxt.is_current
        if not current and end and nxt.end:
            end = max(end, nxt.end, key=lambda v: month_index(v, end=True))
        stop = join.end() + nxt.span[1]
    if stop == first.span[1]:
        return first
    span = (first.span[0], stop)
    return DateRange(start, None if current else end, current, span, stints=tuple(stints))


# "Version '18 / '20", "Model '18 – '20": apostrophe years after a version's word are a
# product's versions, not a range.
_VERSION_BEFORE_RE = re.compile(
    r"(?i)\b(?:version|ver|v|release|rel|edition|model|rev|revision)\.?\s*$"
)


def _first_range(line: str) -> DateRange | None:
    """The first date range of ``line`` (see find_range)."""
    hinted = _DATE_HINT.search(line) is not None
    short = _MONTH_RANGE_RE.search(line) if hinted else None  # "January – August 2012"
    if short:
        end = parse_date(short.group("end"))
        month = _month_number(short.group("m1"))
        if end and len(end) == 7:
            # "Nov – Feb 2015": a start month after the end's runs from the year before
            year = int(end[:4]) - (month > int(end[5:7]))
            return DateRange(f"{year}-{month:02d}", end, False, short.span())
    pos = 0
    while hinted and (m := _RANGE_RE.search(line, pos)) is not None:
        pos = m.end()
        opened = m.group("since") or m.group("since2") or m.group("from_") or m.group("onwards")
        if opened:
            start = parse_date(opened) if not _APOSTROPHE_RE.match(opened) else None
            if start and not (m.group("onwards") and _product_version(line, m)):
                return DateRange(start, None, True, m.span())
            continue
        start = parse_date(m.group("start"))
        if start is None:
            continue
        glued = not m.group("sep")
        short_start = _APOSTROPHE_RE.match(m.group("start"))
        worded = _sep_word(m) in _WORD_SEPS
        asked = m.group("sep").strip() == "?"
        if asked and not _set_off(line, m.span()):
            pos = m.end("sep")
            continue
        if m.group("present"):
            if short_start or (
                worded
                and (
                    _ENGLISH_END_RE.fullmatch(m.group("present"))
                    or not _word_sep_fits(line, m, start, None)
                )
            ):
                continue
            return DateRange(start, None, True, m.span())
        end = parse_date(m.group("end"))
        if end is None or (
            worded
            and (month_index(end) < month_index(start) or not _word_sep_fits(line, m, start, end))
        ):
            pos = m.end("sep")  # "In 2019 a 2020 – 2021 budget": a range may start at the end
            continue
        if asked and len(end) != len(start):
            continue
        if glued and not (0 <= int(end[:4]) - int(start[:4]) <= 45 and len(end) == len(start) == 4):
            continue
        if m.group("sep").isspace() and not (
            _months_gap(start, end, len(line)) and _at_line_edge(line, m.span())
        ):
            pos = m.start("end")  # "2015 March 2016 – Present": the range may start there
            continue
        apostrophe = short_start or _APOSTROPHE_RE.match(m.group("end"))
        if apostrophe and (
            m.group("sep").strip() == "/" or _VERSION_BEFORE_RE.search(line, 0, m.start())
        ):
            continue  # "Version '18 / '20": two versions, no range
        if apostrophe and not (
            (short_start is None or _APOSTROPHE_RE.match(m.group("end")))
            and start[:4] <= end[:4]
            and _at_line_edge(line, m.span(), apart=False)
        ):
            continue  # "'18 – '20", "2018 – '20" only, a line's start or end ("Model '18 to '20 …")
        # "2019/2020" reads as a range; "01/2019" is already one date (the regex took it whole).
        return DateRange(start, end, False, m.span())
    for m in _SHORT_END_RE.finditer(line):
        end = _short_end(m)
        if end:
            return DateRange(m.group("start"), end, False, (m.start(), m.end("yy")))
    alone = _OPEN_ALONE_RE.match(line)
    if alone:  # "2013 –" alone on its line (its end was not on the next one): ongoing
        start = parse_date(alone.group("start"))
        if start:
            return DateRange(start, None, True, alone.span(), open_end=True)
    end_alone = _END_ALONE_ONLY_RE.match(line) if line[:1] in "tTuU(" else None
    if end_alone:  # "to 1974" alone: the earliest role, its start not written
        end = parse_date(end_alone.group("end"))
        if end:
            return DateRange(None, end, False, end_alone.span())
    placeholder = "xx" in line or "XX" in line or "]" in line  # cheap test first
    return (
        _month_yy_range(line)
        or (_date_for_months(line) if hinted and ")" in line else None)
        or (_year_months(line) if hinted else None)
        or (_glued_months(line) if line[:1] in "01" else None)
        or (_year_first_range(line) if hinted else None)
        or (_roman_range(line) if hinted else None)
        or (_form_range(line) if hinted else None)
        or (_two_years_alone(line) if hinted and len(line) < 40 else None)
        or (_template_range(line) if placeholder else None)
    )


# "2019 (6 months)", "Summer 2019 (3 months)": one date and a stay of under a year in brackets
# (round 15): the role ran within that date, a range from it to itself (a duration alone, "3
# years", dates nothing). The date opens the line or follows a separator or a cell gap
# (``_EDGE_BEFORE_RE``): "Moved to SQL Server 2019 (6 months)" is a bullet's product version.
_DATE_FOR_MONTHS_RE = re.compile(
    rf"(?<![\w/.])(?P<date>{DATE})\s*\(\s*(?:[1-9]|1[01])\s*(?:months?|mos?|mths?)\.?\s*\)",
    re.IGNORECASE,
)


def _date_for_months(line: str) -> DateRange | None:
    for m in _DATE_FOR_MONTHS_RE.finditer(line):
        value = parse_date(m.group("date"))
        if value and _EDGE_BEFORE_RE.search(line[: m.start()]):
            return DateRange(value, value, False, m.span())
    return None


def _short_end(m: re.Match[str]) -> str | None:
    """``_SHORT_END_RE``'s end year, or None when the two digits are no year (see there)."""
    start, yy, sep = int(m.group("start")), int(m.group("yy")), m.group("sep")
    end = start // 100 * 100 + yy
    end += 100 if end <= start else 0
    if sep == "/":
        return str(end) if yy > 12 and end == start + 1 else None
    if yy <= 12 and sep == "-":
        return None
    return str(end) if end - start <= _MAX_RANGE_YEARS else None


# The longest line a range with its dash lost is read on: a role's header line, not running
# text (a one-line role whose description repeats its dates, punctuation stripped).
MONTHS_GAP_MAX_LINE = 80


_APOSTROPHE_RE = re.compile(_APOSTROPHE)
# What may stand between a range read with little evidence (its dash lost, apostrophe years)
# and the rest of its line: a cell gap, a bracket or a separator, not a sentence's space.
_EDGE_BEFORE_RE = re.compile(r"(?:^|\s{2,}|\t|[(,|;:·–—-]\s*)$")
_EDGE_AFTER_RE = re.compile(r"^(?:$|\s{2,}|\t|\s*[),|;·–—-])")


def _at_line_edge(line: str, span: tuple[int, int], *, apart: bool = True) -> bool:
    """The range at ``span`` opens or ends ``line`` (brackets and punctuation aside) and, when
    ``apart``, is set off from the rest by a separator or a cell gap ("Jan 2019 Mar 2021",
    "Acme | Jan 2019 Mar 2021"; not "Published Jan 2019 Mar 2021 reprint", "Employee of the
    Month May 2019 May 2020")."""
    before, after = line[: span[0]], line[span[1] :]
    at_start = not before.strip(" \t(")
    at_end = not after.strip(" \t).,;")
    if not apart:
        return at_start or at_end
    return (at_start and (at_end or bool(_EDGE_AFTER_RE.match(after)))) or (
        at_end and bool(_EDGE_BEFORE_RE.search(before))
    )


def _months_gap(start: str, end: str, line_length: int) -> bool:
    """Two dates with only a space between them ("Jan 2019 Mar 2021", ``_MONTHS_GAP_SEP``)
    are a range when both carry their months, the end does not come first and the line is a
    short one."""
    return (
        line_length <= MONTHS_GAP_MAX_LINE
        and len(start) == len(end) == 7
        and 0 <= month_index(end) - month_index(start) <= 45 * 12
    )


def _year_months(line: str) -> DateRange | None:
    """``_YEAR_MONTHS_RE``: "2009 Oct - Dec" -> 2009-10 to 2009-12 (an end month before the
    start runs into the next year: "2009 Nov - Feb" ends in February 2010)."""
    m = _YEAR_MONTHS_RE.search(line)
    if m is None:
        return None
    year, m1, m2 = int(m.group("year")), _month_number(m.group("m1")), _month_number(m.group("m2"))
    return DateRange(f"{year}-{m1:02d}", f"{year + (m2 < m1)}-{m2:02d}", False, m.span())


# "2018 March – 2020 June", "2019, Feb. – present": each end written year first, then its month
# (round 17; a year-first column, East Asian and Hungarian order in English words). Read only
# when both ends are written so, or the end is ongoing, and no other range is on the line.
_YEAR_MONTH = rf"(?:{_YEAR}),?\s*(?:{_MONTH})(?![^\W\d_])"


def _whole_range_re(end: str, not_after: str) -> re.Pattern[str]:
    """A range whose two ends are both written as ``end`` (or whose end is ongoing), not right
    after a character of the class ``not_after``."""
    return re.compile(
        rf"(?<![{not_after}])(?P<start>{end})(?P<sep>{SEP}|{_WORD_SEP})"
        rf"(?:(?P<end>{end})|(?P<present>{_PRESENT_END}))(?![\w/])",
        re.IGNORECASE,
    )


_YEAR_FIRST_RANGE_RE = _whole_range_re(_YEAR_MONTH, r"\w/.")
_YEAR_FIRST_HINT = re.compile(r"(?:19|20)\d\d,?\s*[^\W\d_]{3}")
# "III.2018 – XII.2019", "IX 2015 – VI 2017", "01.III.2018 – 31.XII.2019", "X.2020 – obecnie":
# months in Roman numerals (Polish, Czech, Russian, Romanian custom; round 17), in capitals,
# read as a whole range (both ends so written, or the end ongoing) at the line's start or after
# a separator or a cell gap: "Part II 2018", "Class XII 2012 – present" date nothing.
_ROMAN = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_ROMAN_DATE = rf"(?:{_DM}\.)?(?-i:{_ROMAN})(?:\.\s?|\s+|/)(?:{_YEAR})"
_ROMAN_RANGE_RE = _whole_range_re(_ROMAN_DATE, r"\w.")
_ROMAN_HINT = re.compile(r"[IVX][.\s/]\s?(?:19|20)\d\d")
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTHS = {r: n for n, r in enumerate(_ROMAN_NUMERALS, 1)}


def _roman_date(text: str) -> str:
    """ "01.III.2018" -> "2018-03" (a ``_ROMAN_DATE``)."""
    parts = re.findall(r"[IVX]+|\d{4}", text)
    return f"{parts[-1]}-{_ROMAN_MONTHS[parts[0]]:02d}"


def _edge_before(line: str, at: int) -> bool:
    """``_EDGE_BEFORE_RE`` on ``line[:at]``, looking back only over the blanks before ``at``
    (a search of the whole prefix per match is quadratic on a long line of matches)."""
    i = at
    while i > 0 and line[i - 1] in " \t":
        i -= 1
    blanks = line[i:at]
    return (
        i == at == 0 or len(blanks) >= 2 or "\t" in blanks or (i > 0 and line[i - 1] in "(,|;:·–—-")
    )


def _ordered_range(
    pattern: re.Pattern[str], line: str, read: Callable[[str], str | None], *, edge: bool
) -> DateRange | None:
    """The first range of ``pattern`` in ``line`` whose ends ``read`` turns into dates, the end
    not before the start (and, with ``edge``, at the line's start or after a separator or a
    cell gap)."""
    for m in pattern.finditer(line):
        if edge and not _edge_before(line, m.start()):
            continue
        start = read(m.group("start"))
        if start is None:
            continue
        if m.group("present"):
            worded = _sep_word(m) in _WORD_SEPS
            if not (
                worded
                and (
                    _ENGLISH_END_RE.fullmatch(m.group("present"))
                    or not _word_sep_fits(line, m, start, None)
                )
            ):
                return DateRange(start, None, True, m.span())
            continue
        end = read(m.group("end"))
        worded = _sep_word(m) in _WORD_SEPS
        if (
            end is not None
            and month_index(end) >= month_index(start)
            and not (worded and not _word_sep_fits(line, m, start, end))
        ):
            return DateRange(start, end, False, m.span())
    return None


# "Start Date: 01/2010  End Date: 12/2012", "Date of Joining: 12-Jan-2010, Date of Leaving: …",
# "Joined: Jan 2010 | Left: Present": a form's two labelled ends on one line (round 17).
_FORM_START = (
    r"(?:start(?:ing)?(?:\s+date)?|begin(?:ning)?|from|joined|joining\s+date|date\s+of\s+joining"
    r"|doj)"
)
_FORM_END = (
    r"(?:end(?:ing)?(?:\s+date)?|to|until|till|left|leaving\s+date|relieving\s+date"
    r"|date\s+of\s+(?:leaving|relieving)|dol)"
)
_FORM_RANGE_RE = re.compile(
    rf"(?<!\w){_FORM_START}\s*:\s*(?P<start>{DATE})\s*(?:[,;|/]\s*)?(?P<sep>){_FORM_END}\s*:\s*"
    rf"(?:(?P<end>{DATE})|(?P<present>{_PRESENT_END}))(?![\w/])",
    re.IGNORECASE,
)
_FORM_HINT = re.compile(r"(?i)(?:start|begin|from|join|doj)[^:]{0,12}:")


def _form_range(line: str) -> DateRange | None:
    if ":" not in line or not _FORM_HINT.search(line):
        return None
    return _ordered_range(_FORM_RANGE_RE, line, parse_date, edge=False)


# "2008 2009" alone on its line (or in brackets): a range of two years whose dash a PDF's text
# lost (round 17), the end after the start and no further
# than a role or a course runs ("2019 2019", "1999 2024" are no such range; fix-dates);
# "Jan 2019 Mar 2021" is read above.
_TWO_YEARS_ALONE_RE = re.compile(rf"^\s*\(?\s*(?P<start>{_YEAR})\s+(?P<end>{_YEAR})\s*\)?\s*$")
TWO_YEARS_ALONE_MAX_SPAN = 20  # the longest range two bare years alone are read as


def _two_years_alone(line: str) -> DateRange | None:
    m = _TWO_YEARS_ALONE_RE.match(line)
    if m is None or not 0 < int(m.group("end")) - int(m.group("start")) <= TWO_YEARS_ALONE_MAX_SPAN:
        return None
    return DateRange(m.group("start"), m.group("end"), False, m.span())


def _year_first_range(line: str) -> DateRange | None:
    if not _YEAR_FIRST_HINT.search(line):
        return None  # cheap test first: the month pattern is slow on long lines
    return _ordered_range(_YEAR_FIRST_RANGE_RE, line, parse_date, edge=False)


def _roman_range(line: str) -> DateRange | None:
    if not _ROMAN_HINT.search(line):
        return None
    return _ordered_range(_ROMAN_RANGE_RE, line, _roman_date, edge=True)


# "0608 2008 Acme Lab, Paris": a line opening with two months glued ("06–08 2008", the dash
# lost by an export) and their year; read only at the line's start, where a dates column is,
# and not before more digits (a phone number).
_GLUED_MONTHS_RE = re.compile(
    rf"^(?P<m1>0[1-9]|1[0-2])(?P<m2>0[1-9]|1[0-2])\s+(?P<year>{_YEAR})(?![\w/.-]|\s+\d)"
)


def _glued_months(line: str) -> DateRange | None:
    m = _GLUED_MONTHS_RE.match(line)
    if m is None or m.group("m1") > m.group("m2"):
        return None
    year = m.group("year")
    return DateRange(f"{year}-{m.group('m1')}", f"{year}-{m.group('m2')}", False, m.span())


# A template's placeholder year ("20XX", "19xx", "[year]"): "May 20XX – Present", "Summer 20XX-20XX",
# "August - November 20XX", "19xx-20xx". Such a range dates a role, with no date in it: never a
# year ("20XX" is no 2000) and no years of experience.
_TEMPLATE_YEAR = r"(?:(?:19|20)[Xx]{2}|\[year\])"
_TEMPLATE_YEAR_RE = re.compile(_TEMPLATE_YEAR, re.IGNORECASE)
_TEMPLATE_DATE = rf"(?:(?:{_MONTH}|{_SEASON}s?),?\s*)?{_TEMPLATE_YEAR}"
_TEMPLATE_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?:{_TEMPLATE_DATE}|{_MONTH}|{_SEASON})(?:{SEP})"
    rf"(?:{_TEMPLATE_DATE}|(?P<present>{PRESENT}))(?![\w/])",
    re.IGNORECASE,
)


def _template_range(line: str) -> DateRange | None:
    for m in _TEMPLATE_RANGE_RE.finditer(line):
        if _TEMPLATE_YEAR_RE.search(m.group(0)):  # "May - June" alone is no range
            return DateRange(None, None, bool(m.group("present")), m.span())
    return None


# "Windows 2000 onwards", "Office 2010 onwards": a year right after a name is its version.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w+#.]*)\s+$")
_DATE_LEAD_WORDS = frozenset(
    ("from", "since", "in", "of", "and", "or", "year", "years", "till", "until", "through",
     "date", "dated", "effective", "circa", "c")
)  # fmt: skip


def _product_version(line: str, m: re.Match[str]) -> bool:
    """A bare year read before "onwards" that follows a capitalised word that is no
    preposition or date word: "Windows 2000 onwards", not "from 2015 onwards"."""
    if not re.fullmatch(_YEAR, m.group("onwards").strip()):
        return False
    before = _WORD_BEFORE.search(line[: m.start()])
    if before is None:
        return False
    word = before.group(1)
    return word.lower() not in _DATE_LEAD_WORDS and (word[:1].isupper() or not word.isalpha())


# What ``_MONTH_YY_RANGE_RE`` holds after its first month: two digits and a separator.
_MONTH_YY_HINT = re.compile(r"\d\d\s*(?:-|–|—|/|to)", re.IGNORECASE)


def _month_yy_range(line: str) -> DateRange | None:
    if not _MONTH_YY_HINT.search(line):
        return None  # cheap test first: the month pattern is slow on long lines
    for m in _MONTH_YY_RANGE_RE.finditer(line):
        start = _month_yy(m.group("m1"), m.group("y1"))
        if m.group("present"):
            return DateRange(start, None, True, m.span())
        end = _month_yy(m.group("m2"), m.group("y2"))
        if 0 <= month_index(end) - month_index(start) <= 45 * 12:
            return DateRange(start, end, False, m.span())
    return None


def _month_yy(month: str, yy: str) -> str:
    year = 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
    return f"{year}-{_month_number(month):02d}"


@lru_cache(maxsize=4096)
def _find_dates(line: str, day_first: bool | None) -> tuple[tuple[str, tuple[int, int]], ...]:
    # ``day_first``: part of the cache key only (parse_date reads the mode).
    out = []
    if not _DATE_HINT.search(line):
        return ()
    for m in _DATE_RE.finditer(_latin_months(line)):
        value = parse_date(m.group(0))
        if value:
            out.append((value, m.span()))
    return tuple(out)


def find_dates(line: str) -> list[tuple[str, tuple[int, int]]]:
    """Every single date in ``line`` with its span."""
    return list(_find_dates(line, _DAY_FIRST.get()))


def without_dates(text: str, found: list[tuple[str, tuple[int, int]]] | None = None) -> str:
    """``text`` with every date ``find_dates`` sees (or those of ``found``, some of them)
    replaced by a space."""
    for _, (s, e) in reversed(find_dates(text) if found is None else found):
        text = f"{text[:s]} {text[e:]}"
    return text


def is_day_first(lines: list[str]) -> bool:
    """The document writes numeric dates day first: one of them opens with a number above 12
    ("25/03/2019") and none has its second number above 12 ("03/25/2019")."""
    return _numeric_order(lines) is True


def _numeric_order(lines: list[str]) -> bool | None:
    """True when the numeric dates of ``lines`` show day first only (``is_day_first``), False
    when one shows month first ("06.30.2021"), None when none shows either."""
    firsts = seconds = False
    for m in _NUMERIC_DMY_ANY.finditer("\n".join(lines)):  # one pass over the whole text
        firsts = firsts or int(m.group(1)) > 12
        seconds = seconds or int(m.group(3)) > 12
    return False if seconds else (True if firsts else None)


def reads_day_first() -> bool | None:
    """The mode ``day_first_dates`` set (a cache key for readers of dates)."""
    return _DAY_FIRST.get()


@contextmanager
def day_first_dates(lines: list[str]) -> Iterator[None]:
    """Within the block, "05/03/2019" reads as 5 March when the document is day first."""
    token = _DAY_FIRST.set(_numeric_order(lines))
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def ends_with_open_range(line: str) -> bool:
    if not line.endswith(("-", "–", "—", "to", "To", "TO")):
        return False  # cheap test first: the full pattern is slow on long lines
    return bool(_OPEN_END_RE.search(line))


_ENDS_WITH_DATE_RE = re.compile(rf"(?<![\w/.]){DATE}\s*$", re.IGNORECASE)
# A duration written after the end ("till date (2 years 7 months)").
_DURATION_NOTE = (
    r"(?:\s*\(\s*\d+\s*(?:yrs?|years?|mos?|months?)(?:,?\s*\d+\s*(?:mos?|months?))?\s*\))?"
)
# "Present", "(2019)", "to June 2009" (the end of "… from May 2007" on the line above).
_END_ALONE_RE = re.compile(
    rf"^(?:(?:to|till|until)\s+)?\(?(?:{DATE}|{PRESENT})\)?[.:]?{_DURATION_NOTE}$", re.IGNORECASE
)
# "2005: Producer, Sony"; "present Larkfield Center, Eastport, OK", "June 2014 Data Analyst at Orlin
# Labs", "9/2015 (contract)" (a column's end date glued to the header beside it).
_END_THEN_TEXT_RE = re.compile(
    rf"^(?:(?i:{DATE}|{PRESENT})\s*[:,|]\s*\S|(?i:{PRESENT})\s+(?=[A-Z])|(?i:{DATE})\s+(?=[A-Z(]))"
)


# "Acme Ltd, Springfield ( Jul 11" / "Sept 13)", "( Sept 13" / "Till Date)": a bracketed range
# of month and two-digit year split over two lines, its dash lost.
_OPEN_MONTH_YY_RE = re.compile(rf"\(\s*(?P<start>{_MONTH}\s*\d\d)\s*$", re.IGNORECASE)
_CLOSE_MONTH_YY_RE = re.compile(
    rf"^\s*(?P<end>{_MONTH}\s*\d\d|{PRESENT})\s*\)[.,;]?\s*$", re.IGNORECASE
)


def _bracketed_month_yy_pair(first: str, second: str) -> bool:
    opened = _OPEN_MONTH_YY_RE.search(first) if first.endswith(tuple("0123456789")) else None
    closed = _CLOSE_MONTH_YY_RE.match(second) if opened and ")" in second else None
    if not (opened and closed):
        return False
    return _month_yy_range(f"{opened.group('start')} - {closed.group('end')}") is not None


def dashless_pair(first: str, second: str) -> bool:
    """Two lines holding one range whose dash was lost (an export dropped the "–"):
    "Social Media Manager, September 2013" / "Present", or "2001" / "2005: Producer, Sony",
    or "Acme Ltd ( Jul 11" / "Sept 13)". The end must not come before the start."""
    if _bracketed_month_yy_pair(first, second):
        return True
    if len(second) > 120 or not first.rstrip()[-1:].isdecimal():
        return False  # cheap test first: every DATE ends in a digit
    if not _ENDS_WITH_DATE_RE.search(first) or find_range(first):
        return False
    date_only = not re.search(r"[A-Za-z]{2,}", _DATE_RE.sub("", first))
    if not (_END_ALONE_RE.match(second) or (date_only and _END_THEN_TEXT_RE.match(second))):
        return False
    start = find_dates(first)[-1][0]
    joined = find_range(f"{start} – {second}")
    if joined is None or joined.start is None or joined.span[0] != 0:
        return False
    return joined.is_current or month_index(joined.end or "0") >= month_index(joined.start)


def starts_with_date(line: str) -> bool:
    return bool(_STARTS_WITH_DATE_RE.match(line))


def open_range_at_start(line: str, following: str = "") -> int | None:
    """Where the text starts after a leading open range ("June 2020 – Developer…"), or None;
    with the ``following`` line, also after a leading start whose dash was lost when that
    line opens with its end ("April 2013 Developer…" / "present Acme…": a "Present" joined
    there reads as the range, SEP's bare space)."""
    m = _OPEN_START_RE.match(line)
    if m is None and following and _PRESENT_THEN_TEXT_RE.match(following):
        m = _DASHLESS_START_RE.match(line)
    return m.end() if m else None


def leading_date(line: str) -> str | None:
    """The date or "Present" a line starts with, as written."""
    m = _STARTS_WITH_DATE_RE.match(line)
    return m.group(0) if m else None


def month_index(value: str, *, end: bool = False) -> int:
    """Months since year 0 for interval arithmetic.

    A bare year counts from its January ("2019 - 2021" is two years). An end month is
    inclusive ("Jan - Mar 2020" is three months), so it counts up to the next month.
    """
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 else 1
    return year * 12 + month - 1 + (1 if end and len(value) >= 7 else 0)


def month_only(text: str) -> bool:
    """ "September", "Jan-Mar", "Januar", "Summers": month or season words with no year (a
    date, not a name)."""
    rest = re.sub(r"(?i)\b(?:present|current|now|to|till|until|and|of|the)\b", " ", text)
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", rest)]
    return bool(words) and all(
        (len(w) >= 3 and any(m.startswith(w) for m in _MONTH_NAMES))
        or re.fullmatch(rf"{_SEASON}s?", w)
        for w in words
    )
