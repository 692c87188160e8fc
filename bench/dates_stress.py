"""Dates and headings stress set (round 13): made-up resumes whose roles write their dates in
every shape people use, in every place on the role's lines, under every spelling of the
section headings.

Each case is one small resume (Jane Doe, made-up employers) built from a grammar: a date shape
("Jan 2019 – Present", "1/19 – 3/21", "2019–21", "Q1 2019 – Q3 2020", "janvier 2019 – mars
2021", a range broken over two lines, a duration after it …) × where it sits (end of the title
line, its own line, before the title, a right column, in brackets), and the headings of
experience, education, skills, projects and volunteering as people spell them (case, colon,
"&", numbered, letter-spaced, underlined, misspelt by one letter, German / French / Spanish).
Round 15 added Japanese / Chinese, Hebrew, Arabic and Russian dates and headings (and Polish,
Turkish, Italian, Dutch, Portuguese headings), several stints of one role (a role each), more
ends ("2019 – date", "2019–Now"), "2019 (6 months)", "Spring semester 2020", a duration alone,
and what the years leave out (education and volunteering ranges). Round 16 added Polish, Turkish,
Scandinavian, Indonesian, Romanian, Czech, Finnish and Korean months and ongoing ends,
Arabic-Indic and Persian digits, and where a role's body goes (the latest of stacked stints; a
duty line under the dates). Round 17 added more ongoing ends ("Till Present", "upto date", "-
Onwards"), "--" and mojibake dashes, "Jan/2019", "04Jan2019", "01-Jan-19", "Jan' 2019", "Spring
'19", the year before its month ("2019 January"), Roman month numerals, "2019-01-15", and the
range words of German, French, Spanish, Portuguese, Italian, Dutch and Polish.
A case checks the roles' start, end and "present", the computed years, and the sections read.
Prints the failures per axis value:

    .venv/bin/python -m bench.dates_stress [-v] [axis-value part ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 12, 1)
_NOW = TODAY.year * 12 + TODAY.month - 1  # the parser's "Present" on the 1st of the month

# (axis value, as written, start, end, current). The other role is always "Mar 2014 – Dec 2018".
SHAPES: list[tuple[str, str, str, str | None, bool]] = [
    ("mon-present", "Jan 2019 – Present", "2019-01", None, True),
    ("month-to-date", "January 2019 to date", "2019-01", None, True),
    ("mm/yyyy", "01/2019 - 03/2021", "2019-01", "2021-03", False),
    ("m/yy", "1/19 – 3/21", "2019-01", "2021-03", False),
    ("yyyy.mm", "2019.01 – 2021.03", "2019-01", "2021-03", False),
    ("yyyy-mm", "2019-01 – 2021-03", "2019-01", "2021-03", False),
    ("yyyy-yy", "2019–21", "2019", "2021", False),
    ("'yy", "'18 – '20", "2018", "2020", False),
    ("mon 'yy", "Jan '19 – Mar '21", "2019-01", "2021-03", False),
    ("since", "Since 2019", "2019", None, True),
    ("from", "From 2019", "2019", None, True),
    ("current", "2019 – Current", "2019", None, True),
    ("now", "2019 – Now", "2019", None, True),
    ("till date", "2019 – Till date", "2019", None, True),
    ("ongoing", "2019 – Ongoing", "2019", None, True),
    ("today", "2019 – Today", "2019", None, True),
    ("q-q", "Q1 2019 – Q3 2020", "2019-01", "2020-07", False),
    ("season-season", "Spring 2018 – Fall 2019", "2018", "2019", False),
    ("german", "Januar 2019 – März 2021", "2019-01", "2021-03", False),
    ("french", "janvier 2019 – mars 2021", "2019-01", "2021-03", False),
    ("spanish", "enero 2019 – marzo 2021", "2019-01", "2021-03", False),
    ("em dash", "Jan 2019 — Mar 2021", "2019-01", "2021-03", False),
    ("hyphen", "Jan 2019 - Mar 2021", "2019-01", "2021-03", False),
    ("to", "Jan 2019 to Mar 2021", "2019-01", "2021-03", False),
    ("till", "Jan 2019 till Mar 2021", "2019-01", "2021-03", False),
    ("until", "Jan 2019 until Mar 2021", "2019-01", "2021-03", False),
    ("dash lost", "Jan 2019 Mar 2021", "2019-01", "2021-03", False),
    ("two lines", "Jan 2019 –\nMar 2021", "2019-01", "2021-03", False),
    ("duration", "Jan 2019 – Mar 2021 (2 yrs 3 mos)", "2019-01", "2021-03", False),
    ("duration dot", "Jan 2019 - Mar 2021 · 2 yrs 3 mos", "2019-01", "2021-03", False),
    ("full months", "January 2019 – March 2021", "2019-01", "2021-03", False),
    ("abbrev dot", "Jan. 2019 – Sept. 2021", "2019-01", "2021-09", False),
    ("years", "2019 – 2021", "2019", "2021", False),
    ("caps", "JAN 2019 – PRESENT", "2019-01", None, True),
    ("yyyy/mm", "2019/01 – 2021/03", "2019-01", "2021-03", False),
    ("dd/mm/yyyy", "15/01/2019 – 31/03/2021", "2019-01", "2021-03", False),
    ("mon d, yyyy", "January 15, 2019 – March 3, 2021", "2019-01", "2021-03", False),
    ("mon-yyyy", "Jan-2019 to Mar-2021", "2019-01", "2021-03", False),
    ("mon-yy", "Jan-19 to Mar-21", "2019-01", "2021-03", False),
    ("m/yy-present", "1/19 – Present", "2019-01", None, True),
    ("year to present", "2019 to Present", "2019", None, True),
    ("duration words", "Jan 2019 - Mar 2021, 2 years 3 months", "2019-01", "2021-03", False),
    ("duration years", "Jan 2019 – Mar 2021 (2 years)", "2019-01", "2021-03", False),
    ("through", "Jan 2019 through Mar 2021", "2019-01", "2021-03", False),
    ("one summer", "Jun 2019 – Aug 2019", "2019-06", "2019-08", False),
    ("season-present", "Summer 2019 – Present", "2019", None, True),
    ("month–month year", "January – March 2021", "2021-01", "2021-03", False),
    ("till present", "Jan 2019 till present", "2019-01", None, True),
    ("onwards", "Jan 2019 onwards", "2019-01", None, True),
    ("dash spaces lost", "Jan 2019–Mar 2021", "2019-01", "2021-03", False),
    ("two lines dashless", "Jan 2019\nPresent", "2019-01", None, True),
    ("two lines end dash", "2019 -\n2021", "2019", "2021", False),
    ("duration next line", "Jan 2019 – Mar 2021\n(2 yrs 3 mos)", "2019-01", "2021-03", False),
    ("linkedin", "Jan 2019 - Present · 7 yrs 11 mos", "2019-01", None, True),
    ("years present glued", "2019-Present", "2019", None, True),
    ("lower present", "Aug. 2018 – present", "2018-08", None, True),
    ("to present", "Aug 2018 to Present", "2018-08", None, True),
    ("continuing", "Aug 2018 – Continuing", "2018-08", None, True),
    ("mon yy", "Jan 19 – Mar 21", "2019-01", "2021-03", False),
    ("dd.mm.yyyy", "01.01.2019 – 31.03.2021", "2019-01", "2021-03", False),
    ("ordinal days", "1st Jan 2019 - 31st Mar 2021", "2019-01", "2021-03", False),
    ("with place", "Jan 2019 – Mar 2021 | Springfield, IL", "2019-01", "2021-03", False),
    ("present years", "2019 - Present (7 years)", "2019", None, True),
    ("mm/yyyy present", "09/2019 – present", "2019-09", None, True),
    ("till now", "Sept 2019 till now", "2019-09", None, True),
    # round 14
    ("q3-q1", "Q3 2019 – Q1 2021", "2019-07", "2021-01", False),
    ("half years", "H1 2020 – H2 2021", "2020-01", "2021-07", False),
    ("fall-spring", "Fall 2018 – Spring 2020", "2018", "2020", False),
    ("season years", "2019/20 season", "2019", "2020", False),
    ("fiscal years", "FY2019 – FY2021", "2019", "2021", False),
    ("since abbrev", "Since Jan. 2019", "2019-01", None, True),
    ("months one year dots", "Jan.-Mar. 2019", "2019-01", "2019-03", False),
    ("from until", "from March 2019 until June 2021", "2019-03", "2021-06", False),
    ("m/yyyy present", "3/2019 – present", "2019-03", None, True),
    ("yyyy.mm two", "2019.03 – 2021.06", "2019-03", "2021-06", False),
    ("month comma year", "March, 2019 – June, 2021", "2019-03", "2021-06", False),
    ("mon'yy glued", "Mar'19 – Jun'21", "2019-03", "2021-06", False),
    ("present bracketed", "Dec 2019 – (present)", "2019-12", None, True),
    ("spanish act.", "ene. 2019 – act.", "2019-01", None, True),
    ("spanish presente", "marzo 2019 – presente", "2019-03", None, True),
    ("french aujourd'hui", "janv. 2019 – aujourd'hui", "2019-01", None, True),
    ("french en cours", "mars 2019 – en cours", "2019-03", None, True),
    ("german seit", "seit 03/2019", "2019-03", None, True),
    ("german heute", "mai 2019 – heute", "2019-05", None, True),
    ("portuguese atual", "maio 2019 – atual", "2019-05", None, True),
    ("portuguese months", "fevereiro 2019 – outubro 2021", "2019-02", "2021-10", False),
    ("spanish desde", "desde 2019", "2019", None, True),
    ("dutch heden", "januari 2019 – heden", "2019-01", None, True),
    ("dutch months", "maart 2019 – augustus 2021", "2019-03", "2021-08", False),
    ("italian months", "maggio 2019 – settembre 2021", "2019-05", "2021-09", False),
    ("years to", "2019 to 2021", "2019", "2021", False),
    ("years till", "2019 till 2021", "2019", "2021", False),
    ("years through", "2019 through 2021", "2019", "2021", False),
    ("tilde", "Jan 2019 ~ Mar 2021", "2019-01", "2021-03", False),
    ("tilde glued", "2019~2021", "2019", "2021", False),
    ("mon 'yy - 'yy", "Jan '18 - '20", "2018-01", "2020", False),
    ("yyyy–mm-like end", "2005–09", "2005", "2009", False),
    ("spaced yyyy - yy", "2005 - 09", "2005", "2009", False),
    ("across the century", "1998 - 02", "1998", "2002", False),
    # round 15: more ends, numeric months with dots, Japanese / Chinese, Hebrew, Arabic, Russian
    ("dash date", "2019 – date", "2019", None, True),
    ("dash to date", "2019 – to date", "2019", None, True),
    ("glued now", "2019–Now", "2019", None, True),
    ("mm.yyyy", "01.2019 – 06.2021", "2019-01", "2021-06", False),
    ("since lower case", "since 2019", "2019", None, True),
    ("two lines present", "Jan 2019 –\nPresent", "2019-01", None, True),
    ("two lines no dash", "Jan 2019\nMar 2021", "2019-01", "2021-03", False),
    ("japanese", "2019年4月 – 2021年3月", "2019-04", "2021-03", False),
    ("japanese wave dash", "2019年4月～2021年3月", "2019-04", "2021-03", False),
    ("japanese present", "2019年4月 – 現在", "2019-04", None, True),
    ("chinese present", "2019年4月 – 至今", "2019-04", None, True),
    ("hebrew today", "2019 – היום", "2019", None, True),
    ("hebrew months", "ינואר 2019 – מרץ 2021", "2019-01", "2021-03", False),
    ("arabic until now", "2019 – حتى الآن", "2019", None, True),
    ("arabic months", "يناير 2019 – مارس 2021", "2019-01", "2021-03", False),
    ("russian present", "январь 2019 — по настоящее время", "2019-01", None, True),
    ("russian n.v.", "01.2019 – н.в.", "2019-01", None, True),
    # round 16: Polish, Turkish, Scandinavian, Indonesian, Romanian, Czech, Finnish, Korean
    # months; more languages' ongoing ends; Arabic-Indic and Persian digits
    ("polish months", "stycznia 2019 – marca 2021", "2019-01", "2021-03", False),
    ("polish nominative", "Styczeń 2019 – Październik 2021", "2019-01", "2021-10", False),
    ("polish present", "maj 2019 – obecnie", "2019-05", None, True),
    ("polish do dziś", "03.2019 – do dziś", "2019-03", None, True),
    ("turkish months", "Ocak 2019 – Mart 2021", "2019-01", "2021-03", False),
    ("turkish caps", "ŞUBAT 2019 – KASIM 2021", "2019-02", "2021-11", False),
    ("turkish present", "Eylül 2019 – Günümüz", "2019-09", None, True),
    ("swedish", "augusti 2019 – nuvarande", "2019-08", None, True),
    ("swedish nu", "januari 2019 – nu", "2019-01", None, True),
    ("norwegian", "desember 2018 – dags dato", "2018-12", None, True),
    ("danish", "maj 2019 – d.d.", "2019-05", None, True),
    ("indonesian", "maret 2019 – sekarang", "2019-03", None, True),
    ("romanian", "ianuarie 2019 – prezent", "2019-01", None, True),
    ("czech", "leden 2019 – prosinec 2020", "2019-01", "2020-12", False),
    ("finnish", "tammikuuta 2019 – joulukuuta 2020", "2019-01", "2020-12", False),
    ("korean", "2019년 3월 – 현재", "2019-03", None, True),
    ("spanish la actualidad", "enero 2019 – la actualidad", "2019-01", None, True),
    ("portuguese o momento", "maio 2019 – até o momento", "2019-05", None, True),
    ("italian ad oggi", "maggio 2019 – ad oggi", "2019-05", None, True),
    ("dutch tot heden", "maart 2019 – tot heden", "2019-03", None, True),
    ("french curly aujourd’hui", "janv. 2019 – aujourd’hui", "2019-01", None, True),
    ("french jusqu’à présent", "mars 2019 – jusqu’à présent", "2019-03", None, True),
    ("german laufend", "03/2019 – laufend", "2019-03", None, True),
    ("portuguese em curso", "maio 2019 – em curso", "2019-05", None, True),
    ("arabic-indic digits", "٠١/٢٠١٩ – ٠٣/٢٠٢١", "2019-01", "2021-03", False),
    ("persian digits", "۲۰۱۹ – ۲۰۲۱", "2019", "2021", False),
    # round 17: ongoing ends, a doubled hyphen, mojibake dashes, month words with a slash, a
    # day glued or hyphened, apostrophes after months and seasons, the year first, Roman month
    # numerals, whole year-first dates, other languages' range words, dotted day-first dates
    ("dash till present", "June 2019 - Till Present", "2019-06", None, True),
    ("upto present", "Mar 2019 – Upto Present", "2019-03", None, True),
    ("upto date", "2019 upto date", "2019", None, True),
    ("to the present", "2019 to the present", "2019", None, True),
    ("dash onwards", "Jan 2019 - Onwards", "2019-01", None, True),
    ("so far", "2019 - so far", "2019", None, True),
    ("still working", "Jan 2019 - Still working", "2019-01", None, True),
    ("double hyphen", "Jan 2019 -- Mar 2021", "2019-01", "2021-03", False),
    ("double hyphen years", "2019 -- 2021", "2019", "2021", False),
    ("mojibake en dash", "2019 â€“ 2021", "2019", "2021", False),
    ("mojibake em dash", "Jan 2019 â€” Present", "2019-01", None, True),
    ("mon/yyyy", "Jan/2019 – Mar/2021", "2019-01", "2021-03", False),
    ("portuguese mon/yyyy", "jan/2019 – atual", "2019-01", None, True),
    ("glued day month", "04Jan2019 – 15Mar2021", "2019-01", "2021-03", False),
    ("dd-mon-yyyy", "01-Jan-2019 to 31-Mar-2021", "2019-01", "2021-03", False),
    ("dd-mon-yy", "01-Jan-19 to 31-Mar-21", "2019-01", "2021-03", False),
    ("mon' yyyy", "Jan' 2019 – Mar' 2021", "2019-01", "2021-03", False),
    ("month' yy", "January' 19 - March' 21", "2019-01", "2021-03", False),
    ("season 'yy", "Spring '19 – Fall '21", "2019", "2021", False),
    ("yyyy month", "2019 January – 2021 March", "2019-01", "2021-03", False),
    ("yyyy mon present", "2019 Jan – Present", "2019-01", None, True),
    ("roman months", "I.2019 – III.2021", "2019-01", "2021-03", False),
    ("roman months spaced", "I 2019 – III 2021", "2019-01", "2021-03", False),
    ("roman present", "I.2019 – obecnie", "2019-01", None, True),
    ("yyyy-mm-dd", "2019-01-15 – 2021-03-31", "2019-01", "2021-03", False),
    ("yyyy.mm.dd", "2019.01.15 - 2021.03.31", "2019-01", "2021-03", False),
    ("yyyy/mm/dd present", "2019/01/15 – present", "2019-01", None, True),
    ("german bis", "01.2019 bis 03.2021", "2019-01", "2021-03", False),
    ("german bis heute", "Januar 2019 bis heute", "2019-01", None, True),
    ("german ab", "ab 01/2019", "2019-01", None, True),
    ("french à", "de janvier 2019 à mars 2021", "2019-01", "2021-03", False),
    ("spanish hasta", "desde enero 2019 hasta marzo 2021", "2019-01", "2021-03", False),
    ("spanish hasta la fecha", "enero 2019 hasta la fecha", "2019-01", None, True),
    ("portuguese até", "janeiro 2019 até março 2021", "2019-01", "2021-03", False),
    ("italian dal al", "dal 2019 al 2021", "2019", "2021", False),
    ("dutch tot", "januari 2019 tot maart 2021", "2019-01", "2021-03", False),
    ("polish od do", "od 2019 do 2021", "2019", "2021", False),
    ("dotted day first", "01.01.2019 – 01.03.2021", "2019-01", "2021-03", False),
    ("pres.", "Jan 2019 – Pres.", "2019-01", None, True),
    ("curr.", "2019 – Curr.", "2019", None, True),
    ("on going", "Jan 2019 - On Going", "2019-01", None, True),
    ("todate", "2019-Todate", "2019", None, True),
    ("as on date", "Jan 2019 – as on date", "2019-01", None, True),
    ("lost dash", "Jan 2019 ? Mar 2021", "2019-01", "2021-03", False),
    ("day of month", "1st of January 2019 - 31st of March 2021", "2019-01", "2021-03", False),
    ("months through", "January through March 2021", "2021-01", "2021-03", False),
    ("form labels", "Start Date: 01/2019  End Date: 03/2021", "2019-01", "2021-03", False),
    ("doj dol", "DOJ: 01.01.2019  DOL: Till date", "2019-01", None, True),
]
# Several stints of one role on one line (round 15): a role per stint, the gap no years.
STINT_SHAPES: list[tuple[str, str, tuple[tuple[str, str | None, bool], ...]]] = [
    ("two stints", "2012–2014, 2016–2018", (("2012", "2014", False), ("2016", "2018", False))),
    ("two stints present", "Jan 2012 – Mar 2014; Jun 2019 – Present",
     (("2012-01", "2014-03", False), ("2019-06", None, True))),
    ("stints again", "2012 – 2014, again 2016 – 2018",
     (("2012", "2014", False), ("2016", "2018", False))),
    ("stints and later", "2012 – 2014 and later 2016 – 2018",
     (("2012", "2014", False), ("2016", "2018", False))),
    ("stints &", "Jan 2010 – Dec 2011 & Jan 2013 – Jun 2014",
     (("2010-01", "2011-12", False), ("2013-01", "2014-06", False))),
]  # fmt: skip
# One date alone dates a role on its title line ("Intern  Summer 2017").
SINGLE_SHAPES: list[tuple[str, str, str]] = [
    ("summer", "Summer 2017", "2017"),
    ("one year", "2017", "2017"),
    ("one year and months", "2019 (6 months)", "2019"),  # round 15
    ("semester", "Spring semester 2020", "2020"),
    ("summer months", "Summer 2019 (3 months)", "2019"),
]

# Where the dates sit: {d} the dates, the title "Quality Analyst", employer "Acme Robotics".
WHERE: list[tuple[str, str]] = [
    ("title line end", "Quality Analyst, Acme Robotics   {d}"),
    ("own line", "Quality Analyst\nAcme Robotics, Springfield\n{d}"),
    ("before title", "{d}\nQuality Analyst\nAcme Robotics, Springfield"),
    ("right column", "Quality Analyst\t\t\t{d}\nAcme Robotics, Springfield"),
    ("brackets", "Quality Analyst, Acme Robotics ({d})"),
    ("line start", "{d}  Quality Analyst, Acme Robotics"),
    ("pipes", "Quality Analyst | Acme Robotics | {d}"),
    ("employer first", "Acme Robotics — Quality Analyst — {d}"),
    ("at", "Quality Analyst at Acme Robotics, {d}"),
    ("spaces column", "Quality Analyst                         {d}\nAcme Robotics, Springfield"),
]
# The shapes tried in every place; the others on their own line and at the title line's end.
_EVERY_PLACE = {"mon-present", "mm/yyyy", "yyyy-yy", "since", "q-q", "french", "dash lost",
                "duration", "years", "m/yy", "'yy", "till date", "yyyy–mm-like end",
                "portuguese atual", "two stints", "present bracketed", "japanese",
                "hebrew today", "arabic until now", "dash till present", "double hyphen",
                "yyyy month", "roman months", "yyyy-mm-dd", "german bis", "dd-mon-yyyy",
                "mon/yyyy"}  # fmt: skip

EVERY = "--every" in sys.argv  # every shape in every place (slow)
OTHER_ROLE = "Test Engineer\nNorthwind Traders, Shelbyville\nMar 2014 – Dec 2018"
OTHER = ("2014-03", "2018-12", False)

EXPERIENCE_HEADINGS = [
    "EXPERIENCE", "Experience", "experience", "Experience:", "WORK EXPERIENCE",
    "Professional Experience", "Work History", "EMPLOYMENT HISTORY", "Career History",
    "Relevant Experience:", "Experience & Employment", "1. Experience", "E X P E R I E N C E",
    "Experience\n----------", "EXPERIENCE\n==========", "Berufserfahrung",
    "Expérience professionnelle", "Experiencia laboral", "EXPERIANCE", "Experince",
    "Work Experiance", "WORK EXPERIENCE (Continued)", "Work experience", "WORK  EXPERIENCE",
    "W O R K  H I S T O R Y", "PROFESSIONAL\nEXPERIENCE", "II. Experience",
    "A. EXPERIENCE", "— EXPERIENCE —", "EXPERIENCE |", "Experience ______________",
    "// EXPERIENCE", "Employment:", "EXPERIENCE:", "Professional Experience ▸",
    "WORK EXPERIENCE (10+ years)", "Experience (2014 – Present)", "Esperienza lavorativa",
    # round 14: other European languages, icons before the heading
    "Experiência profissional", "Werkervaring", "Beruflicher Werdegang", "Expériences",
    "Parcours professionnel", "💼 EXPERIENCE", "★ Work Experience", "■ PROFESSIONAL EXPERIENCE",
    "➤ Experience", "E M P L O Y M E N T   H I S T O R Y",
    # round 15: Hebrew, Arabic, Russian, Polish, Turkish, Italian, Dutch, Portuguese
    "ניסיון תעסוקתי", "ניסיון מקצועי", "الخبرة العملية", "الخبرات", "Опыт работы", "ОПЫТ РАБОТЫ",
    "Doświadczenie zawodowe", "İş Deneyimi", "İŞ DENEYİMİ", "Esperienze professionali",
    "Ervaring", "Experiências profissionais",
]  # fmt: skip
EDUCATION_HEADINGS = [
    "EDUCATION", "Education:", "education", "Education & Training", "Education and Training",
    "Academic Background", "2. Education", "E D U C A T I O N", "Education\n---------",
    "Ausbildung", "Formation", "Educación", "EDUCATON", "Eduction",
    "EDUCATION & CERTIFICATIONS", "Education/Training", "ACADEMIC QUALIFICATIONS",
    "Educational Qualifications:", "I. EDUCATION", "EDUCATIONAL\nBACKGROUND", "— EDUCATION —",
    # round 14
    "Formação", "Formação académica", "Opleiding", "Bildungsweg", "Études", "Formations",
    "Formación académica", "🎓 EDUCATION", "📚 Education", "E D U C A T I O N:",
    # round 15
    "השכלה", "التعليم", "المؤهلات العلمية", "Образование", "Wykształcenie", "Eğitim",
    "Istruzione e formazione", "Onderwijs", "Formação acadêmica",
]  # fmt: skip
SKILLS_HEADINGS = [
    "SKILLS", "Skills:", "Technical Skills", "Skills & Tools", "Core Competencies",
    "S K I L L S", "Kenntnisse", "Compétences", "SKILS", "3. Skills",
    "SKILLS & EXPERTISE", "Skills Summary", "IT Skills", "Tools & Technologies", "Key Skills:",
    "TECHNICAL\nSKILLS", "— SKILLS —", "III. SKILLS",
    # round 14
    "Competências", "Vaardigheden", "Aptitudes", "Habilidades", "Fähigkeiten", "🛠 SKILLS",
    "⚙️ Skills", "✔ Key Skills",
    # round 15, and the Europass form's skills headings
    "כישורים", "المهارات", "Навыки", "Ключевые навыки", "Umiejętności", "Yetenekler",
    "Competenze personali", "Competenties", "Competências técnicas",
    "Personal skills and competences", "Job-related skills", "Digital competence",
]  # fmt: skip
PROJECTS_HEADINGS = [
    "PROJECTS", "Projects:", "Personal Projects", "P R O J E C T S", "Projets",
    "Academic Projects", "PROJECTS UNDERTAKEN", "PROJECT", "KEY PROJECTS:",
]  # fmt: skip
VOLUNTEER_HEADINGS = [
    "VOLUNTEERING", "Volunteer Experience", "Volunteer Work:", "Community Involvement",
    "V O L U N T E E R I N G", "Volunteer", "COMMUNITY SERVICE", "VOLUNTEER WORK",
]  # fmt: skip
# Headings of the other canonical sections, misspelt by one letter (one-edit headings).
MISSPELT_OTHER = [
    ("AFFILATIONS", "activities"), ("MEMBRSHIPS", "activities"), ("CERTIFICATONS", "certifications"),
    ("Acheivements", "awards"), ("REFERANCES", "references"), ("LANGUAGES", "languages"),
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    axis: str  # "shape:mon-present@own line", "heading:experience=EXPERIANCE", "years:…"
    text: str
    roles: tuple[tuple[str | None, str | None, bool], ...]  # start, end, current (in order)
    years: float | None = None  # None: not checked
    sections: tuple[str, ...] = ()  # sections that must be read, in order
    # (round 16) (role index, line): that role's bullets hold the line, no other role's do
    body: tuple[int, str] | None = None

    def __str__(self) -> str:
        return self.axis


def _resume(role_block: str, *, exp: str = "EXPERIENCE", edu: str = "EDUCATION",
            skills: str = "SKILLS", extra: str = "") -> str:  # fmt: skip
    return "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com | +1 217 555 0134",
            exp,
            role_block,
            "- Led a team of four testers.",
            OTHER_ROLE,
            "- Wrote the weekly test plans.",
            edu,
            "B.Sc. Mathematics, Lakeside University, 2012",
            skills,
            "Python, SQL, Excel",
            *([extra] if extra else []),
        ]
    )


def _months(start: str, end: str | None, current: bool) -> tuple[float, float]:
    def index(v: str, at_end: bool) -> int:
        return int(v[:4]) * 12 + (int(v[5:7]) if len(v) > 4 else 1) - 1 + (at_end and len(v) > 4)

    if current:
        return index(start, False), _NOW
    assert end is not None
    if len(start) == len(end) == 4 and start == end:
        return index(start, False), index(start, False) + 6  # one year alone: half of it
    return index(start, False), index(end, True)


def union(spans: list[tuple[float, float]]) -> float:
    """The documented years rule (docs/resume.md, 8), written out again as the ruler."""
    total, cur = 0.0, None
    for s, e in sorted(spans):
        if cur and s <= cur[1]:
            cur = (cur[0], max(cur[1], e))
            continue
        if cur:
            total += cur[1] - cur[0]
        cur = (s, e)
    return round((total + (cur[1] - cur[0] if cur else 0)) / 12, 1)


def _shape_cases() -> list[Case]:
    out = []
    for name, written, start, end, current in SHAPES:
        places = WHERE if name in _EVERY_PLACE or EVERY else WHERE[:2]
        for where, form in places:
            block = form.format(d=written)
            if "\n" in written and where in ("title line end", "right column", "brackets"):
                continue  # a range broken over two lines sits on lines of its own
            years = union([_months(start, end, current), _months(*OTHER)])
            out.append(
                Case(
                    f"shape:{name}@{where}",
                    _resume(block),
                    ((start, end, current), OTHER),
                    years,
                    ("experience", "education", "skills"),
                )
            )
    for name, written, stints in STINT_SHAPES:
        for where, form in WHERE if name in _EVERY_PLACE or EVERY else WHERE[:2]:
            years = union([*(_months(*x) for x in stints), _months(*OTHER)])
            out.append(
                Case(
                    f"shape:{name}@{where}",
                    _resume(form.format(d=written)),
                    (*stints, OTHER),
                    years,
                    ("experience", "education", "skills"),
                )
            )
    for name, written, year in SINGLE_SHAPES:
        block = f"Quality Analyst, Acme Robotics   {written}"
        years = union([_months(year, year, False), _months(*OTHER)])
        out.append(
            Case(
                f"shape:{name}@title line end", _resume(block), ((year, year, False), OTHER), years
            )
        )
    return out


_ROLE = "Quality Analyst, Acme Robotics\nJan 2019 – Mar 2021"
_ROLE_DATES = ("2019-01", "2021-03", False)


def _styled(heading: str) -> dict[str, str]:
    """The other headings written in the case's style (a Title Case heading among capitals
    is a weak word: the document's clear headings set the style)."""
    if heading.isupper() or heading.endswith(":") or "\n" in heading:
        return {}
    return {"exp": "Experience", "edu": "Education", "skills": "Skills"}


def _heading_cases() -> list[Case]:
    out = []
    both = (_ROLE_DATES, OTHER)
    for h in EXPERIENCE_HEADINGS:
        out.append(
            Case(f"heading:experience={h!r}", _resume(_ROLE, **{**_styled(h), "exp": h}), both, None,
                 ("experience", "education", "skills"))
        )  # fmt: skip
    for h in EDUCATION_HEADINGS:
        out.append(
            Case(f"heading:education={h!r}", _resume(_ROLE, **{**_styled(h), "edu": h}), both, None,
                 ("experience", "education", "skills"))
        )  # fmt: skip
    for h in SKILLS_HEADINGS:
        out.append(
            Case(f"heading:skills={h!r}", _resume(_ROLE, **{**_styled(h), "skills": h}), both, None,
                 ("experience", "education", "skills"))
        )  # fmt: skip
    for h in PROJECTS_HEADINGS:
        extra = f"{h}\nInventory Tracker (2020)\n- A small web app for a bakery's stock."
        out.append(
            Case(f"heading:projects={h!r}", _resume(_ROLE, extra=extra, **_styled(h)), both, None,
                 ("experience", "education", "skills", "projects"))
        )  # fmt: skip
    for h in VOLUNTEER_HEADINGS:
        extra = f"{h}\nTreasurer, Springfield Chess Club\n2010 – 2012"
        out.append(
            Case(f"heading:volunteering={h!r}", _resume(_ROLE, extra=extra, **_styled(h)), both, None,
                 ("experience", "education", "skills", "volunteering"))
        )  # fmt: skip
    for h, canon in MISSPELT_OTHER:
        extra = f"{h}\nMember, Springfield Chess Club\n2010 – 2012"
        out.append(
            Case(f"heading:{canon}={h!r}", _resume(_ROLE, extra=extra, **_styled(h)), both, None,
                 ("experience", "education", "skills", canon))
        )  # fmt: skip
    return out


def _years_cases() -> list[Case]:
    """Overlaps merged, internships apart, one-year roles half a year."""

    def case(name: str, block: str, roles: tuple, spans: list) -> Case:
        return Case(
            f"years:{name}", _resume(block), (*roles, OTHER), union([*spans, _months(*OTHER)])
        )

    overlap = ("2017-06", "2019-02", False)
    intern = ("2012-06", "2012-08", False)
    return [
        case("overlap", "Quality Analyst, Acme Robotics\nJun 2017 – Feb 2019", (overlap,),
             [_months(*overlap)]),
        case("inside", "Quality Analyst, Acme Robotics\n2015 – 2016", (("2015", "2016", False),),
             [_months("2015", "2016", False)]),
        case("intern", "Software Engineering Intern, Acme Robotics\nJun 2012 – Aug 2012",
             (intern,), []),
        case("intern current", "Quality Intern, Acme Robotics\nJun 2026 – Present",
             (("2026-06", None, True),), []),
        case("one year", "Quality Analyst, Acme Robotics\n2012", (("2012", "2012", False),),
             [_months("2012", "2012", False)]),
        case("present", "Quality Analyst, Acme Robotics\nMar 2019 – Present",
             (("2019-03", None, True),), [_months("2019-03", None, True)]),
        *(case(f"intern {title}", f"{title}, Acme Robotics\nJun 2012 – Aug 2012", (intern,), [])
          for title in ("Summer Intern", "Marketing Internship", "Co-op Student",
                        "Engineering Trainee", "Intern - Quality")),
        case("same span twice", "Quality Analyst, Acme Robotics\nMar 2014 – Dec 2018",
             (OTHER,), []),
        case("before and after", "Quality Analyst, Acme Robotics\nJan 2010 – Jan 2020",
             (("2010-01", "2020-01", False),), [_months("2010-01", "2020-01", False)]),
    ]  # fmt: skip


def _years_cases15() -> list[Case]:
    """Round 15: stints of one role apart (the gap is no years), a duration alone dates nothing,
    part-time roles count, education and volunteering ranges never do."""
    first, second = ("2010", "2011", False), ("2012-06", "2013-06", False)
    stacked = "Quality Analyst\nAcme Robotics, Springfield\n2010 – 2011\nJun 2012 – Jun 2013"
    part = ("2010-01", "2011-12", False)
    edu = _resume(_ROLE).replace("Lakeside University, 2012", "Lakeside University, 2008 – 2012")
    vol = _resume(_ROLE, extra="VOLUNTEERING\nTreasurer, Springfield Chess Club\n2002 – 2009")
    both = union([_months(*_ROLE_DATES), _months(*OTHER)])
    return [
        Case("years:stints stacked", _resume(stacked), (first, second, OTHER),
             union([_months(*first), _months(*second), _months(*OTHER)])),
        Case("years:duration only", _resume("Quality Analyst, Acme Robotics (3 years)"),
             ((None, None, False), OTHER), union([_months(*OTHER)])),
        Case("years:part-time", _resume("Part-time Quality Analyst, Acme Robotics\n"
                                        "Jan 2010 – Dec 2011"),
             (part, OTHER), union([_months(*part), _months(*OTHER)])),
        Case("years:education range", edu, (_ROLE_DATES, OTHER), both),
        Case("years:volunteering", vol, (_ROLE_DATES, OTHER), both),
    ]  # fmt: skip


_TEAM = "- Led a team of four testers."[2:]
_DUTY = "Led the move to Ledger Engine 2019 (6 months)"


def _body_cases16() -> list[Case]:
    """Round 16: where a role's body goes. Two stints stacked under one header give it to the
    latest stint, as two stints on one line do; a duty line opening with a verb right under
    the dates line is the body's first line, not a header line."""
    first, second = ("2010", "2011", False), ("2012-06", "2013-06", False)
    stacked = "Quality Analyst\nAcme Robotics, Springfield\n2010 – 2011\nJun 2012 – Jun 2013"
    one_line = "Quality Analyst, Acme Robotics | 2010 – 2011, Jun 2012 – Jun 2013"
    current = "Quality Analyst\nAcme Robotics, Springfield\nJun 2019 – Present\n2010 – 2011"
    now = ("2019-06", None, True)
    duty = f"Quality Analyst, Acme Robotics, 2016 – 2018\n{_DUTY}"
    return [
        Case("body:stints stacked", _resume(stacked), (first, second, OTHER), body=(1, _TEAM)),
        Case("body:stints one line", _resume(one_line), (first, second, OTHER), body=(1, _TEAM)),
        Case("body:stints current first", _resume(current), (now, first, OTHER), body=(0, _TEAM)),
        Case("body:duty under dates", _resume(duty), (("2016", "2018", False), OTHER), body=(0, _DUTY)),
    ]  # fmt: skip


# Whole resumes in Hebrew and Arabic (round 15): headings and dates in the language, the
# names and employers in Latin letters.
SCRIPT_RESUMES: list[tuple[str, dict[str, str], str, tuple[str, str | None, bool]]] = [
    ("hebrew", {"exp": "ניסיון תעסוקתי", "edu": "השכלה", "skills": "כישורים"},
     "Quality Analyst, Acme Robotics\nינואר 2019 – היום", ("2019-01", None, True)),
    ("arabic", {"exp": "الخبرة العملية", "edu": "التعليم", "skills": "المهارات"},
     "Quality Analyst, Acme Robotics\nيناير 2019 – الآن", ("2019-01", None, True)),
    ("russian", {"exp": "Опыт работы", "edu": "Образование", "skills": "Навыки"},
     "Quality Analyst, Acme Robotics\nмарт 2019 — июнь 2021", ("2019-03", "2021-06", False)),
    ("japanese", {"exp": "Experience", "edu": "Education", "skills": "Skills"},
     "Quality Analyst, Acme Robotics\n2019年3月 – 2021年6月", ("2019-03", "2021-06", False)),
    # round 16
    ("polish", {"exp": "Doświadczenie zawodowe", "edu": "Wykształcenie", "skills": "Umiejętności"},
     "Quality Analyst, Acme Robotics\nlutego 2019 – czerwca 2021", ("2019-02", "2021-06", False)),
    ("turkish", {"exp": "İş Deneyimi", "edu": "Eğitim", "skills": "Yetenekler"},
     "Quality Analyst, Acme Robotics\nNisan 2019 – Halen", ("2019-04", None, True)),
    ("arabic-indic", {"exp": "الخبرة العملية", "edu": "التعليم", "skills": "المهارات"},
     "Quality Analyst, Acme Robotics\nيناير ٢٠١٩ – مارس ٢٠٢١", ("2019-01", "2021-03", False)),
]  # fmt: skip


def _script_cases() -> list[Case]:
    return [
        Case(f"language:{name}", _resume(block, **heads), (want, OTHER),
             union([_months(*want), _months(*OTHER)]), ("experience", "education", "skills"))
        for name, heads, block, want in SCRIPT_RESUMES
    ]  # fmt: skip


# Titles whose first word can be a verb, in a list of one-line roles ("• Test Lead, …, dates").
BULLETED_TITLES = [
    "Quality Analyst", "Test Lead", "Lead Developer", "Support Engineer", "Research Assistant",
    "Training Coordinator", "Design Engineer", "Project Manager",
]  # fmt: skip


def _bulleted_cases() -> list[Case]:
    out = []
    for title in BULLETED_TITLES:
        for end in ("since 2019.", "2019 – Present"):
            block = "\n".join(
                [
                    "Jane Doe",
                    "jane.doe@example.com | +1 217 555 0134",
                    "EXPERIENCE",
                    f"• {title}, Acme Robotics, {end}",
                    f"• {title}, Northwind Traders, 2014 – 2018.",
                    "EDUCATION",
                    "B.Sc. Mathematics, Lakeside University, 2012",
                ]
            )
            want = (("2019", None, True), ("2014", "2018", False))
            out.append(Case(f"bulleted:{title}@{end}", block, want))
    return out


# Dates that date no role (round 14): a document's "Updated" / "Printed on" line at its top,
# under the roles or at its end, and a product's versions in a bullet.
NOT_ROLE_DATES: list[tuple[str, str, str]] = [
    ("updated footer", "end", "Updated: March 2024"),
    ("last updated footer", "end", "Last updated 05/2024"),
    ("printed on", "end", "Printed on 12/03/2024"),
    ("updated header", "top", "Resume – last updated June 2024"),
    ("updated after roles", "roles", "Last updated: May 2024"),
    ("as of", "roles", "(as of January 2024)"),
    ("versions in a bullet", "bullet", "- Moved the suite from Version '18 / '20 to the new one."),
    ("model years in a bullet", "bullet", "- Tested the Model '18 – '20 dashboards."),
]


def _not_role_date_cases() -> list[Case]:
    out = []
    for name, where, line in NOT_ROLE_DATES:
        text = _resume(_ROLE, extra=line if where == "end" else "")
        if where == "top":
            text = f"{line}\n{text}"
        elif where == "roles":
            text = text.replace("\nEDUCATION", f"\n{line}\nEDUCATION")
        elif where == "bullet":
            text = text.replace("- Led a team", f"{line}\n- Led a team")
        want = (_ROLE_DATES, OTHER)
        years = union([_months(*_ROLE_DATES), _months(*OTHER)])
        out.append(Case(f"not a role date:{name}", text, want, years))
    return out


# A heading with its first item after a colon on the same line ("Skills: Python, SQL").
INLINE_HEADINGS: list[tuple[str, str, str]] = [
    ("skills", "SKILLS\nPython, SQL, Excel", "Skills: Python, SQL, Excel"),
    ("skills caps", "SKILLS\nPython, SQL, Excel", "SKILLS: Python, SQL, Excel"),
    ("education", "EDUCATION\nB.Sc.", "Education: B.Sc."),
]
# Not built: "Experience: Quality Analyst, Acme Robotics" (a role after the colon) stays a label
# line, as a summary's "Experience: 10 years in sales" must.


def _inline_heading_cases() -> list[Case]:
    return [
        Case(f"heading:inline={name}", _resume(_ROLE).replace(old, new), (_ROLE_DATES, OTHER),
             None, ("experience", "education", "skills"))
        for name, old, new in INLINE_HEADINGS
    ]  # fmt: skip


def _own_line_cases17() -> list[Case]:
    """Round 17: two years alone on their line, the dash lost ("2019 2021"; on a title line
    two bare years are no range)."""
    want = ("2019", "2021", False)
    block = "Quality Analyst\nAcme Robotics, Springfield\n2019 2021"
    years = union([_months(*want), _months(*OTHER)])
    return [Case("shape:two years dash lost@own line", _resume(block), (want, OTHER), years)]


def cases() -> list[Case]:
    return (
        _shape_cases()
        + _heading_cases()
        + _years_cases()
        + _years_cases15()
        + _body_cases16()
        + _script_cases()
        + _bulleted_cases()
        + _not_role_date_cases()
        + _inline_heading_cases()
        + _own_line_cases17()
    )


def check(case: Case) -> list[str]:
    """What the parser read differently from the case (empty: it passes)."""
    r: Resume = parse_resume(case.text, today=TODAY)
    got = tuple((w.start, w.end, w.is_current) for w in r.work_experience)
    bad = []
    if got != case.roles:
        bad.append(f"roles={got}")
    if case.years is not None and r.total_years_experience != case.years:
        bad.append(f"years={r.total_years_experience} (want {case.years})")
    if case.axis.startswith("heading:") and any("no experience section" in w for w in r.warnings):
        bad.append("experience heading not read")
    if case.body is not None:
        holders = [n for n, w in enumerate(r.work_experience) if case.body[1] in w.bullets]
        if holders != [case.body[0]]:
            bad.append(f"body on roles {holders} (want {case.body[0]})")
    read = [s for s in r.sections if s in case.sections]
    if case.sections and [s for s in dict.fromkeys(read)] != list(case.sections):
        bad.append(f"sections={r.sections}")
    return bad


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    picks = [a for a in argv if a not in ("-v", "--every")]
    failed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases():
        if picks and not any(p in case.axis for p in picks):
            continue
        kind = case.axis.split(":")[0] + ":" + case.axis.split(":")[1].split("@")[0].split("=")[0]
        total[kind] += 1
        bad = check(case)
        if bad:
            failed[kind] += 1
            print(f"FAIL {case.axis}: {'; '.join(bad)}")
            if verbose:
                print("   " + case.text.replace("\n", "\n   "))
    print(f"{sum(total.values()) - sum(failed.values())}/{sum(total.values())} pass")
    for kind in sorted(total):
        if failed[kind]:
            print(f"  {kind}: {failed[kind]}/{total[kind]} fail")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
