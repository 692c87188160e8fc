"""Locations ("San Francisco, CA", "Seoul, Republic of Korea", "Remote") and the phone region
they imply.

A location is anchored on something we can recognise — a US state or Canadian province
(code or name), a country, or "Remote" — plus the city written before it. When the city is
not set off by a separator ("Stripe San Francisco, CA"), the city is taken as the last word,
widened over common city-name patterns ("San …", "… View", "New …").
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from atspro.analysis import cache
from atspro.analysis.letters import base_letters
from atspro.analysis.resume import text as tx

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip
CA_PROVINCES = {
    "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta",
    "MB": "Manitoba", "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "PE": "Prince Edward Island",
}  # fmt: skip
IN_STATES = {
    "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat",
    "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh",
    "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Orissa", "Punjab",
    "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
    "West Bengal", "Delhi", "New Delhi", "NCR", "Jammu and Kashmir", "Puducherry", "Chandigarh",
}  # fmt: skip
# Indian state codes as addresses write them ("Pune, MH", "Chennai, TN"): read only after a town
# the gazetteer places in India (several are also US codes).
IN_STATE_CODES = frozenset(
    [
        "AP",
        "AR",
        "AS",
        "BR",
        "CG",
        "CT",
        "GA",
        "GJ",
        "HR",
        "HP",
        "JH",
        "JK",
        "KA",
        "KL",
        "MP",
        "MH",
        "MN",
        "ML",
        "MZ",
        "NL",
        "OD",
        "OR",
        "PB",
        "RJ",
        "SK",
        "TN",
        "TS",
        "TG",
        "TR",
        "UP",
        "UK",
        "UT",
        "WB",
        "DL",
        "PY",
        "CH",
    ]
)
# Brazil's states as an address writes them after the town ("São Paulo - SP"); read only
# after a Brazilian town (most are also US states' or other codes).
BR_STATE_CODES = frozenset(
    ("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB",
     "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO")
)  # fmt: skip
AU_STATES = {
    "VIC": "Victoria", "NSW": "New South Wales", "QLD": "Queensland", "TAS": "Tasmania",
    "ACT": "Australian Capital Territory",
}  # fmt: skip
# Country names (and common short forms) -> ISO 3166 region code for phonenumbers.
COUNTRIES = {
    "usa": "US", "u.s.a": "US", "u.s.a.": "US", "united states": "US",
    "united states of america": "US", "canada": "CA", "u.k.": "GB", "united kingdom": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "great britain": "GB", "ireland": "IE", "germany": "DE",
    "deutschland": "DE", "france": "FR", "spain": "ES", "españa": "ES", "italy": "IT",
    "italia": "IT", "portugal": "PT", "netherlands": "NL", "the netherlands": "NL",
    "belgium": "BE", "switzerland": "CH", "austria": "AT", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "iceland": "IS", "poland": "PL", "czech republic": "CZ",
    "czechia": "CZ", "slovakia": "SK", "hungary": "HU", "romania": "RO", "bulgaria": "BG",
    "greece": "GR", "turkey": "TR", "türkiye": "TR", "ukraine": "UA", "russia": "RU",
    "estonia": "EE", "latvia": "LV", "lithuania": "LT", "serbia": "RS", "croatia": "HR",
    "slovenia": "SI", "israel": "IL", "uae": "AE", "united arab emirates": "AE",
    "saudi arabia": "SA", "qatar": "QA", "egypt": "EG", "morocco": "MA", "nigeria": "NG",
    "kenya": "KE", "ghana": "GH", "south africa": "ZA", "ethiopia": "ET", "india": "IN",
    "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "china": "CN",
    "hong kong": "HK", "hong kong sar": "HK", "macau": "MO", "macau sar": "MO", "taiwan": "TW", "japan": "JP", "korea": "KR", "south korea": "KR",
    "s.korea": "KR", "s. korea": "KR", "republic of korea": "KR", "singapore": "SG",
    "malaysia": "MY", "indonesia": "ID", "philippines": "PH", "vietnam": "VN",
    "viet nam": "VN", "thailand": "TH", "australia": "AU", "new zealand": "NZ",
    "mexico": "MX", "méxico": "MX", "brazil": "BR", "brasil": "BR", "argentina": "AR",
    "chile": "CL", "colombia": "CO", "peru": "PE", "luxembourg": "LU", "cyprus": "CY",
    "malta": "MT", "armenia": "AM", "kazakhstan": "KZ",
}  # fmt: skip

_CITY_PREFIX = tx.word_set(
    "san santa santo são sao los las la el new fort ft ft. saint st st. mount mt mt. salt palo menlo"
    " mountain redwood long little oak century silicon salt grand buenos kuala tel hong abu"
    " rio port east west north south upper lower cape costa del de des baton corpus"
    " ho des"
)
_CITY_SUFFIX = tx.word_set(
    "city park view valley beach springs falls heights hills alto rock island lake creek"
    " harbor harbour grove town ville point bay village gardens lumpur aires aviv kong dhabi"
    " lauderdale worth vegas angeles francisco diego jose york orleans jersey delhi rapids"
    " paulo janeiro nagar"
)

# Written in capitals only: "US", "UK" ("us" and "Uk" are words, not places).
_CASED_COUNTRIES = {
    "US": "US", "UK": "GB", "UAE": "AE", "USA": "US", "AU": "AU", "NZ": "NZ", "KSA": "SA",
    "SG": "SG", "HK": "HK", "AUS": "AU",
}  # fmt: skip
_REGION_NAMES = {**US_STATES, **CA_PROVINCES}
_OTHER_REGIONS = {**{s: "IN" for s in IN_STATES}, **{s: "AU" for s in AU_STATES.values()}}
_ABBR = "|".join(
    sorted([*_REGION_NAMES, *_CASED_COUNTRIES, *AU_STATES, "Vic"], key=len, reverse=True)
)
_NAMES = "|".join(
    sorted(
        [re.escape(n) for n in (*_REGION_NAMES.values(), *_OTHER_REGIONS)]
        + [re.escape(c) for c in COUNTRIES],
        key=len,
        reverse=True,
    )
)
_CITY_WORD = r"(?:[dl]['’])?[A-ZÀ-Ý][\w'’.\-]*"  # "Coeur d'Alene"
# a town's lower-case joining word: "Frankfurt am Main", "Newcastle upon Tyne", "Rio de Janeiro";
# _trim_city keeps a joined town only when the gazetteer knows the whole name ("Living on Austin")
# ("Leigh on Sea", "Weston super Mare": "on"/"super" only before the sea or a river's name)
_ON_WATER = r"(?:on[ ](?=(?:Sea|Thames|Tyne|Trent|Avon|Severn|Wye|Tees|Ouse|Dee|Solent)\b)|super[ ](?=Mare\b))"
_CITY_JOIN = rf"(?:(?:am|an der|upon|sur|ob|de|do|da|del)[ ]|{_ON_WATER})?"
_JOINED_TOWN = re.compile(rf"^[A-ZÀ-Ý]\S* (?:(?:am|an der|upon|sur|ob) |{_ON_WATER})[A-ZÀ-Ý]\S*$")
# "Massachusetts Institute of Technology" is a name, not a state: a full state or country
# name followed by another capitalised word (other than a month) is not a location.
_NOT_A_NAME_PART = (
    r"(?![ ](?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Fall|Winter"
    r"|Present|Current|Remote))[A-Z][a-z])"
)
# "Photoshop, MS Office": Microsoft's abbreviation, not Mississippi (it set the phone region).
_NOT_MS_PRODUCT = (
    r"(?<!MS(?=[ ](?:Office|Word|Excel|Access|Power\s?Point|Outlook|Project|Visio|SQL|Dynamics"
    r"|Teams|Paint|Windows|Azure|Dos|DOS|Exchange|SharePoint|Publisher)\b))"
)
# "<city>, <ST|State|Country>[, <Country>][ 12345]" or "Remote".
_LOCATION = re.compile(
    rf"(?<![\w'’.\-])(?P<city>(?:{_CITY_WORD}[ ]{_CITY_JOIN}){{0,5}}{_CITY_WORD}),[ ]?"
    rf"(?P<region>(?-i:{_ABBR})(?![\w]){_NOT_MS_PRODUCT}|(?i:{_NAMES})(?![\w]){_NOT_A_NAME_PART})"
    rf"(?:,[ ]?(?P<country>(?i:{_NAMES}))(?![\w]))?"
    rf"(?:[ ](?P<zip>\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?!\d))?"
)
_STATE_AFTER = re.compile(rf",[ ]?(?-i:{_ABBR})(?![\w])")
_REMOTE = re.compile(r"\b(?:fully[ -])?remote\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    region: str | None  # ISO code for phone parsing
    span: tuple[int, int]


def _trim_city(city: str, delimited: bool) -> str:
    """Keep only the city when company words run into it ("Stripe San Francisco")."""
    parts = city.split()
    if delimited and len(parts) <= 2 and not parts[0].endswith("."):
        return city
    for k in range(len(parts), 2, -1):  # "Buon Ma Thuot", "Frankfurt am Main": a known town
        if is_known_city(" ".join(parts[-k:])):
            return " ".join(parts[-k:])
    if delimited and _JOINED_TOWN.match(city):
        return city  # "Stratford upon Avon, UK" on its own: a join no sentence uses
    if delimited and _METRO.match(city) and find_metro_area(city):
        return city  # "Greater London Area, UK"
    keep = 1
    if len(parts) >= 2 and parts[-1].lower() in _CITY_SUFFIX:
        keep = 2
    while keep < len(parts) and (
        parts[-keep - 1].lower() in _CITY_PREFIX or parts[-keep][:2] in ("d'", "d’", "l'")
    ):
        keep += 1  # "Fort Worth", "Coeur d'Alene"
    while keep > 1 and parts[-keep].islower():
        keep -= 1  # "Ventas de Bogota": a joining word no town word precedes
    return " ".join(parts[-keep:])


# "D-80331 Munich", "3511 AB Utrecht", "75011 Paris": a postcode before the town
_CODE_BEFORE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,6}(?:\s?[A-Z]{2})?\s+(?=[A-ZÀ-Ý])")


def _town_before_county(line: str, start: int, city: str) -> int:
    """ "Maidstone, Kent, United Kingdom": the match's "city" is a county; the town before its
    comma (a known town, its whole part of the line) starts the place."""
    if city not in UK_COUNTIES:
        return start
    before = line[:start].rstrip()
    if not before.endswith(","):
        return start
    head = _PLACE_SPLIT.split(before[:-1])[-1].strip()
    coded = bool(_UK_POSTCODE_IN.search(line))
    if not head or is_region_name(head) or not (is_place_name(head) or _compound_town(head, coded)):
        return start
    return before.rfind(head)


# A town the gazetteer may lack but whose spelling only a place has: a possessive or hyphens
# joining capitalised words ("Bishop's Stortford", "Ashby-de-la-Zouch", "Stratford-upon-Avon");
# read as the town before a county ("…, Hertfordshire") or a UK postcode (round 17).
_LOWER = "a-zà-ÿ"
# "Children's Nurse", "Jane's Bakery": a possessive then one word is a post or an employer as
# often as a town; only a UK postcode on its line vouches for it (fix round 17).
_POSSESSIVE_TOWN = re.compile(rf"^[A-ZÀ-Ý][{_LOWER}]+['’]s [A-ZÀ-Ý][{_LOWER}]+$")
# The particles a place's hyphens join ("-upon-", "-on-", "-in-", "-de-la-", "-en-", "-le-",
# "-sur-", "-am-"); "Work-from-Home", "Face-to-Face", "Up-to-Date" join ordinary words.
_TOWN_PARTICLES = "upon|on|under|in|by|the|super|le|la|les|lès|de|des|du|en|sur|sous|am|an|der"
_HYPHEN_TOWN = re.compile(
    rf"^(?:[A-ZÀ-Ý][{_LOWER}]+(?:-(?:{_TOWN_PARTICLES})){{1,2}}-[A-ZÀ-Ý][{_LOWER}]+"  # "Ashby-de-la-Zouch"
    rf"|(?:Saint|Sainte|St)-[A-ZÀ-Ý][{_LOWER}]+(?:-(?:{_TOWN_PARTICLES})-[A-ZÀ-Ý][{_LOWER}]+)?)$"
)


def _compound_town(text: str, coded: bool = False) -> bool:
    """``text`` is spelled as only a town is: place particles between hyphens
    ("Stratford-upon-Avon", "Ashby-de-la-Zouch") or a saint's hyphen ("Saint-Étienne"); a
    possessive then one word ("Bishop's Stortford") only when ``coded`` (a UK postcode on
    its line). A post or an employer ("Data-Driven Analyst", "Children's Nurse",
    "Work-from-Home") is refused."""
    if is_region_name(text):
        return False
    return bool(_HYPHEN_TOWN.match(text) or (coded and _POSSESSIVE_TOWN.match(text)))


def _code_of_region(region: str, code: str) -> bool:
    """ "Bihar" then ", IN": the code is the country of a region written in full (India's
    "IN", Australia's "AU"), never a US state's code ("Patna Bihar, IN" is not in Indiana)."""
    country = _OTHER_REGIONS.get(region.strip().title())
    return country is not None and code.strip(" ,") == country


def region_of(place_text: str) -> str | None:
    place_text = _ap_to_codes(place_text)[0]
    parts = [p.strip().lower() for p in _DOTTED_STATE.sub(r"\1\2", place_text).split(",")]
    if len(parts) >= 2 and parts[-1].upper() in IN_STATE_CODES and _town_in(parts[-2], "IN"):
        return "IN"  # "Chennai, TN": Tamil Nadu, not Tennessee
    if len(parts) >= 2 and _brazilian_state(parts[-2], parts[-1]):
        return "BR"  # "Florianópolis, SC": Santa Catarina, not South Carolina
    if len(parts) >= 2:
        words = parts[-2].split()
        for k in (2, 1):  # "Patna Bihar, IN", "Mumbai, Maharashtra, IN"
            if _code_of_region(" ".join(words[-k:]), parts[-1].upper()):
                return parts[-1].upper()
    for part in reversed(parts):
        part = re.sub(r"\s+\d.*$", "", part)  # drop ZIP
        if part in COUNTRIES:
            return COUNTRIES[part]
        if part.upper() in _CASED_COUNTRIES:
            return _CASED_COUNTRIES[part.upper()]
        if part.upper() in US_STATES or part.title() in US_STATES.values():
            return "US"
        if part.upper() in CA_PROVINCES or part.title() in CA_PROVINCES.values():
            return "CA"
        if part.title() in UK_COUNTIES and len(parts) > 1:
            return "GB"  # "Bishop's Stortford, Hertfordshire"
        if part.upper() in AU_STATES or part.title() in _OTHER_REGIONS:
            return "AU" if part.upper() in AU_STATES else _OTHER_REGIONS[part.title()]
        if city_key(part) in _cities():
            return _cities()[city_key(part)]
    return None


@lru_cache(maxsize=4096)
def find_place(line: str) -> Place | None:
    """The first location in ``line``."""
    pos = 0
    while (m := _LOCATION.search(line, pos)) is not None:
        pos = m.start("region")
        after = _STATE_AFTER.match(line, m.end())
        end = m.end()
        if after and not m.group("country"):
            if _code_of_region(m.group("region"), after.group(0)):
                end = after.end()  # "Patna, Bihar, IN": India's code, not Indiana
            else:
                continue  # "Reuters, New York, NY": the place is "New York, NY"
        city_start = m.start("city")
        raw_city = m.group("city")
        # A separator (",", "|", "•", start of line…) right before the city delimits it.
        before = line[:city_start].rstrip()
        delimited = not before or before[-1] in ",|•·▪/-–—:(" or line[:city_start].endswith("  ")
        city = _trim_city(raw_city, delimited)
        start = city_start + (len(raw_city) - len(city))
        if city.lower() in COUNTRIES:
            pos = m.end()
            continue
        if _street_before(line, city_start, raw_city) and m.group("region").lower() in COUNTRIES:
            # "4 Harbour Drive, Singapore 117595": a street, then its (city-)state
            text = line[m.start("region") : end].strip()
            return Place(text, region_of(text), (m.start("region"), end))
        lead = _CODE_BEFORE_TOWN.match(city)
        start += lead.end() if lead else 0  # "D-80331 Munich, Germany": no part of the town
        start = _town_before_county(line, start, city)
        text = line[start:end]
        pin = _PIN_AFTER.search(city)
        if pin:  # "Pune-411001, Maharashtra": India's PIN glued on after a dash
            at = m.end("city") - len(city) + pin.start() - start
            text = text[:at] + text[at + len(pin.group(0)) :]
        text = text.strip()
        return Place(text, region_of(text), (start, end))
    m = _REMOTE.search(line)
    if m:
        return Place(m.group(0).strip().capitalize(), None, m.span())
    return None


CITIES_FILE = Path(__file__).resolve().parents[2] / "data" / "cities.tsv.gz"


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Casefolded city name -> ISO country (GeoNames, built by scripts/build_places.py)."""
    return cache.cached("cities", (CITIES_FILE, Path(__file__)), _read_cities)


def _read_cities() -> dict[str, str]:
    rows = gzip.decompress(CITIES_FILE.read_bytes()).decode("utf-8").splitlines()
    return {city_key(name): cc for name, cc in (row.split("\t") for row in rows if row)}


def city_key(name: str) -> str:
    """ "Córdoba", "Kraków", "Łódź" -> "cordoba", "krakow", "lodz": casefolded with the
    accents dropped (the gazetteer is keyed so; it also spells its names with accents)."""
    return base_letters(name.casefold())


_UK_CODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"  # "LE65 1AB", "M1 2AB": a UK postcode
_POSTCODE = re.compile(
    rf"^(?:\d{{3}}\s?\d{{3}}|\d{{4,5}}(?:-\d{{4}})?|(?i:{_UK_CODE})|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
_UK_POSTCODE_END = re.compile(rf"(?<![\w-]){_UK_CODE}$")
_UK_POSTCODE_IN = re.compile(rf"(?<![\w-]){_UK_CODE}(?![\w-])")
_DOTTED_STATE = re.compile(r"\b([A-Z])\.\s?([A-Z])\.?(?=\s|,|$)")  # "N.J." -> "NJ"
# The AP style's state abbreviations after a town ("Austin, Tex.", "Macon, Ga. 31201"): read
# as the postal codes, written back as they were (round 17). Not "Ind.": Indian resumes
# abbreviate India so ("Pune, Ind.").
AP_STATES = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT",
    "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Kan": "KS", "Kans": "KS",
    "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS",
    "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV", "Okla": "OK", "Ore": "OR",
    "Oreg": "OR", "Pa": "PA", "Penn": "PA", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA",
    "Wash": "WA", "Wis": "WI", "Wisc": "WI", "Wyo": "WY",
}  # fmt: skip
_AP_STATE = re.compile(rf"(?<=,)(\s?)({'|'.join(AP_STATES)})\.(?=\s|,|$)")


def _ap_to_codes(line: str) -> tuple[str, dict[str, str]]:
    """``line`` with "Tex." after a comma read "TX"; each code -> the spelling written."""
    written: dict[str, str] = {}

    def code(m: re.Match[str]) -> str:
        written[AP_STATES[m[2]]] = f"{m[2]}."
        return f"{m[1]}{AP_STATES[m[2]]}"

    return _AP_STATE.sub(code, line), written


_PIN_AFTER = re.compile(r"(?<=[a-z])\s*[-–]?\s*\d{3}\s?\d{3}$")  # India's "600 057"
_BRACKETED = re.compile(r"\s*\(([A-Z][\w .'’-]{1,30})\)")
_DEPARTMENT = re.compile(r"\s*\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)(?=\s*(?:[,|]|$))")
_CODE_AFTER_DASH = re.compile(r"\s[-–]\s*[A-Z]{2}[\s.]*$")  # "Campinas - SP"
_SIDE = re.compile(r"\s*\((?:[EWNS]|East|West|North|South)\)(?=\s*(?:[,|]|$))")
_POSTCODE_AFTER = re.compile(r"\s+(?:\d[\dA-Z\s-]*|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Za-z]{2})$")
_PLACE_SPLIT = re.compile(r"\s*(?:,|\||•|·|■|▪|◆|●|/|\s-\s|–|—|\s{2,})\s*")


# City names that are also the labels of a contact block ("Mobile" is a city in Alabama).
# So are a personal-details block's values ("MALE": Malé, the Maldives' capital, is written
# with its accent or with its country).
_CONTACT_WORDS = tx.word_set(
    "mobile phone home cell email address contact office fax web male female"
)


# "Southend on Sea", "Stoke on Trent": a town the gazetteer spells with hyphens, written with
# spaces ("-on-", "-upon-", "-en-", "-sur-", "-super-", "-le-", "-la-", "-de-" joins).
_JOIN_WORDS = tx.word_set("on upon en sur super le la de am under")


# England's, Wales's and Scotland's counties as addresses write them after the town ("Leeds, West
# Yorkshire LS1 4AP", "Maidstone, Kent"): a place part after a town, never a place alone.
UK_COUNTIES = frozenset(
    (
        "Bedfordshire",
        "Berkshire",
        "Buckinghamshire",
        "Cambridgeshire",
        "Cheshire",
        "Cornwall",
        "Cumbria",
        "Derbyshire",
        "Devon",
        "Dorset",
        "County Durham",
        "East Sussex",
        "Essex",
        "Gloucestershire",
        "Greater London",
        "Greater Manchester",
        "Hampshire",
        "Herefordshire",
        "Hertfordshire",
        "Isle of Wight",
        "Kent",
        "Lancashire",
        "Leicestershire",
        "Lincolnshire",
        "Merseyside",
        "Middlesex",
        "Norfolk",
        "North Yorkshire",
        "Northamptonshire",
        "Northumberland",
        "Nottinghamshire",
        "Oxfordshire",
        "Rutland",
        "Shropshire",
        "Somerset",
        "South Yorkshire",
        "Staffordshire",
        "Suffolk",
        "Surrey",
        "Tyne and Wear",
        "Warwickshire",
        "West Midlands",
        "West Sussex",
        "West Yorkshire",
        "East Yorkshire",
        "East Riding of Yorkshire",
        "Wiltshire",
        "Worcestershire",
        "Yorkshire",
        "Cleveland",
        "Humberside",
        "Clwyd",
        "Dyfed",
        "Gwent",
        "Gwynedd",
        "Powys",
        "Glamorgan",
        "South Glamorgan",
        "Mid Glamorgan",
        "West Glamorgan",
        "Fife",
        "Lothian",
        "Midlothian",
        "West Lothian",
        "East Lothian",
        "Lanarkshire",
        "North Lanarkshire",
        "South Lanarkshire",
        "Ayrshire",
        "Aberdeenshire",
        "Perthshire",
        "Renfrewshire",
        "Highland",
        "County Antrim",
        "County Down",
        "Co. Antrim",
        "Co. Down",
        "County Cork",
        "County Dublin",
    )
)


def _known_key(name: str) -> bool:
    key = city_key(name)
    if key in _cities():
        return True
    words = key.split(" ")
    return (
        len(words) >= 3
        and any(w in _JOIN_WORDS for w in words[1:-1])
        and "-".join(words) in _cities()
    )


def is_known_city(name: str) -> bool:
    return _known_key(name.strip(" ."))


def is_place_name(text: str) -> bool:
    """A known city, region or country on its own ("Pune", "Karnataka", "Germany"); a town
    joined to its river or the sea ("Henley on Thames", "Stratford-upon-Avon")."""
    t = text.strip(" .")
    if t.casefold() in _CONTACT_WORDS:
        return False
    return bool(t) and (
        _known_key(t)
        or is_region_name(t)
        or t.title() in _OTHER_REGIONS
        or _joined_town(t.replace("-", " "))
    )


_WATER_JOIN = re.compile(rf"^[A-ZÀ-Ý]\S* {_ON_WATER}")


def _joined_town(text: str) -> bool:
    """A town joined to its river or the sea ("Henley on Thames": the water's name says it),
    or a known town joined with "am", "upon", "sur" ("Stratford upon Avon"; not "Built upon
    Django")."""
    if not _JOINED_TOWN.match(text):
        return False
    return bool(_WATER_JOIN.match(text)) or is_known_city(text.split(" ", 1)[0])


def find_city_line(line: str) -> Place | None:
    """See ``_city_line``; a dotted code keeps its dots ("Trenton, N.J.")."""
    line, dotted = _ap_to_codes(line)
    dotted |= {m[1] + m[2]: m[0] for m in _DOTTED_STATE.finditer(line)}
    place = _city_line(_DOTTED_STATE.sub(r"\1\2", line))
    if not place or not dotted:
        return place
    text = re.sub(r"\b[A-Z]{2}$", lambda m: dotted.get(m[0], m[0]), place.text)
    return Place(text, place.region, (place.span[0], place.span[0] + len(text)))


def _city_line(line: str) -> Place | None:
    """A line (or its last parts) that names only places: "Pune, India", "Edinburgh",
    "26 Some Street, Aberdeen, AB26 3NP", "Oakleigh VIC 3166". Stricter than ``find_place``:
    a city name alone is a place only when nothing but places and postcodes follow it."""
    # "Lyon (France)": the country in brackets after the town
    line = _BRACKETED.sub(lambda m: f", {m[1]}" if is_place_name(m[1]) else m[0], line)
    line = _DEPARTMENT.sub("", line)  # "Paris (75)": France's department number
    line = _SIDE.sub("", line)  # "Thane (W)": the town's west side
    parts = [
        # "D-30457 Hannover", "3511 AB Utrecht"; "Springfield 600 057", "Chennai-600040": the
        # town, not its code
        _PIN_AFTER.sub("", _CODE_BEFORE_TOWN.sub("", p))
        for p in _PLACE_SPLIT.split(line.strip(" ."))
        if p
    ]
    # "Chennai - 600 057, Tamil Nadu": a postcode between the town and its region is skipped
    parts = [p for n, p in enumerate(parts) if n == 0 or not _POSTCODE.match(p)]
    while parts and (_POSTCODE.match(parts[-1]) or parts[-1].isdigit()):
        parts.pop()
    if not parts or len(parts) > 6:
        return None
    # "Leeds LS1 4AP", "Manchester M1 2AB, UK": the postcode after a town is no part of it
    coded = [bool(_POSTCODE_AFTER.search(p)) for p in parts]
    parts = [_POSTCODE_AFTER.sub("", p) for p in parts]
    kept: list[str] = []
    for n, part in enumerate(reversed(parts)):
        # "Ashby-de-la-Zouch, Leicestershire", "Ashby-de-la-Zouch LE65 1AB": a compound
        # town's spelling before a county or with its postcode is a town (a possessive one,
        # "Bishop's Stortford", only with a postcode on the line)
        compound = (coded[-1 - n] or (kept and kept[0] in UK_COUNTIES)) and _compound_town(
            part, any(coded)
        )
        if not (is_place_name(part) or (part in UK_COUNTIES and n < len(parts) - 1) or compound):
            break
        kept.insert(0, part)
    dashed = bool(_CODE_AFTER_DASH.search(line))
    region = _trailing_region(parts, dashed)
    if region and (not kept or len(region) > len(", ".join(kept))):
        return Place(region, _region_after(region, dashed), (0, len(region)))
    if not kept or len(kept) > 3 or any(ch.isdigit() for ch in kept[0]):
        return None
    if len(kept) == 1 and len(parts) == 1 and is_region_name(kept[0]) and len(kept[0]) <= 3:
        return None  # "CA" on its own line is too little to go on
    text = ", ".join(kept)
    start = line.find(kept[0])
    region = _region_after(text, dashed)
    if region is None and _UK_POSTCODE_END.search(line.strip(" .")):
        region = "GB"  # "Ashby-de-la-Zouch LE65 1AB": a town the gazetteer lacks, a UK postcode
    return Place(text, region, (max(start, 0), max(start, 0) + len(text)))


def _region_after(text: str, dashed: bool) -> str | None:
    """``region_of`` of a place a line wrote "Town - XX" when ``dashed`` ("Natal - PA": Pará)."""
    town, _, code = text.rpartition(", ")
    return "BR" if dashed and _brazilian_state(town, code, dashed) else region_of(text)


def _city_then(region: str) -> re.Pattern[str]:
    """One to three capitalised words (the city) then ``region`` with no comma between."""
    return re.compile(
        rf"(?<![\w'’.\-])(?P<city>(?:{_CITY_WORD}[ ]){{0,2}}{_CITY_WORD})[ ]"
        rf"(?P<region>{region})(?![\w])"
    )


def _longest_first(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_FULL_REGIONS = rf"(?i:{_longest_first(_OTHER_REGIONS)})"
_REGION_RUN = _city_then(rf"{_FULL_REGIONS}|(?-i:{_longest_first(_REGION_NAMES)})")
# The same with regions written in full only: a code after them ("Madhubani Bihar IN") must
# not hide the region before it.
_FULL_REGION_RUN = _city_then(_FULL_REGIONS)
# "Austin Texas": a US state written out (capitalised as a name is) after a known city; not
# the states that are given names too ("Mary Virginia Roe").
_US_STATE_RUN = _city_then(_longest_first(set(US_STATES.values()) - {"Virginia", "Georgia"}))


def find_city_region(text: str) -> Place | None:
    """ "Chennai Tamil Nadu", "Austin TX", "Austin Texas": a known city then its region with no
    comma (text exported with its punctuation stripped). Only a city the gazetteer knows counts."""
    runs = (_REGION_RUN, _FULL_REGION_RUN, _US_STATE_RUN)
    found = [p for rx in runs if (p := _city_region(rx, text))]
    return min(found, key=lambda p: p.span[0]) if found else None


def _city_region(rx: re.Pattern[str], text: str) -> Place | None:
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        words = m.group("city").split()
        for k in range(len(words)):
            city = " ".join(words[k:])
            if city_key(city) in _cities() and city.casefold() not in _CONTACT_WORDS:
                start = m.start("city") + len(" ".join(words[:k])) + (1 if k else 0)
                place_text = f"{city} {m.group('region')}"
                return Place(
                    place_text, region_of(f"{city}, {m.group('region')}"), (start, m.end())
                )
        # "Neha Gupta New Delhi Delhi": the run read from the next word may hold the city.
        nxt = text.find(" ", m.start() + 1)
        pos = nxt + 1 if 0 <= nxt < m.end() else m.end()
    return None


def find_town_region(text: str) -> Place | None:
    """ "Barasat West Bengal" at the start of ``text``: one or two capitalised words the
    gazetteer may not know, then a region written in full (never a two-letter code). Callers
    check that the words are no job title or company."""
    m = _FULL_REGION_RUN.match(text)
    if not m or len(m.group("region")) <= 3:
        return None
    town = m.group("city")
    words = town.split()
    if len(words) > 2 or any(len(w) < 3 or not w[1:].islower() for w in words):
        return None
    if town.casefold() in _CONTACT_WORDS or is_region_name(town):
        return None
    return Place(f"{town} {m.group('region')}", region_of(f"{town}, {m.group('region')}"), m.span())


_TOWN = re.compile(r"^[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}$")
_FULL_REGION_AT_END = re.compile(
    r"(?<![\w'’.\-])(?P<region>(?i:"
    + "|".join(
        re.escape(n)
        for n in sorted(
            {*_REGION_NAMES.values(), *_OTHER_REGIONS, *(c for c in COUNTRIES if c.isalpha())},
            key=len,
            reverse=True,
        )
        if len(n) > 3
    )
    + r"))\W*$"
)
_TOWN_WORD = re.compile(r"^[A-Z][a-z]{2,}$|^[A-Z]{3,}$")
# Words of English prose, not towns: "… Agile Methodology Maharashtra", "… Testing Pune".
_PROSE_WORD = re.compile(
    r"(?:ing|tion|sion|ment|ness|logy|ity|ance|ence|ship|ics|ist|ism|ive|ous|ful|less|able|ible)$"
)


def find_place_before(text: str) -> Place | None:
    """The place that ends ``text``, written without punctuation ("… Ravi Verma Kurukshetra
    Haryana" before "Email me on Indeed"): a region or country written in full, with the
    town before it — a known city of up to three words, else one capitalised word that reads
    as no English word (the gazetteer lacks many towns). Callers check that the town is no
    job title or employer."""
    m = _FULL_REGION_AT_END.search(text[-160:])
    if not m:
        return None
    offset = max(len(text) - 160, 0)
    region = m.group("region")
    end = offset + m.end("region")
    head = text[: offset + m.start("region")]
    words = [w.rstrip(",") for w in head.split()]  # "Pune, Maharashtra": the town and its comma
    for k in (3, 2, 1):
        city = " ".join(words[-k:]) if len(words) >= k else ""
        known = city[:1].isupper() and city_key(city) in _cities()
        if known and city.casefold() not in _CONTACT_WORDS and not is_region_name(city):
            start = head.rstrip().rfind(city)
            return Place(text[start:end], region_of(f"{city}, {region}"), (start, end))
    town = words[-1] if words else ""
    if (
        _TOWN_WORD.match(town)
        and town.isupper() == region.isupper()  # "Anita Joseph KERALA"
        and not is_region_name(town)
        and town.casefold() not in _CONTACT_WORDS
        and not _PROSE_WORD.search(town.lower())
    ):
        if len(words) >= 2 and town.lower() in _CITY_SUFFIX and _TOWN_WORD.match(words[-2]):
            town = f"{words[-2]} {town}"  # "Yamuna Nagar"
        start = head.rstrip().rfind(town)
        return Place(text[start:end], region_of(f"{town}, {region}"), (start, end))
    start = offset + m.start("region")
    return Place(region, region_of(region), (start, end))


# words (and their short forms) that close a street's name: "Acacia Street", "Maya Ave", "MG Marg"
STREET_WORDS = (
    "street|st|road|rd|avenue|ave|drive|dr|lane|ln|close|crescent|way|boulevard|blvd|court|ct"
    "|circle|cir|place|pl|terrace|parkway|pkwy|highway|hwy|grove|marg|nagar"
)
# The street's word as an address writes it: "Street", "ST", "Rd" — never "place" in a sentence
_STREET_WORD = "|".join(f"{w.capitalize()}|{w.upper()}" for w in STREET_WORDS.split("|"))
# A house number, one to three capitalised words, the street's word: "48 Acacia Street"
_STREET_BODY = rf"\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’.\-]*\s+){{1,3}}(?:{_STREET_WORD})\.?"
_STREET = re.compile(rf"^{_STREET_BODY}$")


_STREET_END = re.compile(rf"(?i:\b(?:{STREET_WORDS}))\.?$")


# A house number and the capitalised words after it, ending where a town's words begin
_NUMBER_BEFORE = re.compile(r"(?<![\w-])\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'’.\-]*\s+){0,3}$")


def _street_before(line: str, start: int, city: str) -> bool:
    """``city`` (read before a region's comma at ``start``) ends a numbered street's name
    ("4 Harbour Drive, Singapore"); "Elk Grove, USA", "Malviya Nagar, India" have no house
    number and are towns."""
    if not _STREET_END.search(city):
        return False
    m = _NUMBER_BEFORE.search(line[max(0, start - 80) : start])
    return bool(m and _STREET.match(m.group(0) + city))


# The (city-)states whose phone code names the town: with a street address in the header
# and no place named, "+65 …" is Singapore (round 17).
CITY_STATES = {"65": "Singapore", "852": "Hong Kong", "853": "Macau", "377": "Monaco"}
_CITY_STATE_PHONE = re.compile(r"(?<![\d+])\+\s?(65|852|853|377)(?=[\s\-.)(]*\d)")
# The street closes its cell ("4 Harbour Drive, #05-01", "Blk 12 Bedok North Street 3"): "Top
# 10 Great Place to Work" runs on into a sentence.
_NUMBERED_STREET = re.compile(rf"(?<![\w-]){_STREET_BODY}(?=[ ]?(?:[,#|•/(]|\d|$))")


def city_state_of(lines: list[str]) -> Place | None:
    """Singapore (Hong Kong, Macau, Monaco) when ``lines`` (a header naming no place) hold
    a phone with that state's code and a numbered street ("4 Harbour Drive, #05-01")."""
    code = next((m[1] for line in lines if (m := _CITY_STATE_PHONE.search(line))), None)
    if code is None or not any(_NUMBERED_STREET.search(line[:300]) for line in lines):
        return None
    town = CITY_STATES[code]
    return Place(town, region_of(town), (0, len(town)))


def is_street_line(line: str) -> bool:
    """ "48 Acacia Street", "4B Wattle Rd.": a numbered street alone on its line."""
    return bool(_STREET.match(line.strip()))


# "545 Oak Road Hillview PA 18707": a US street address written without commas; the town is
# the words between the street's word and the state's code and ZIP.
_US_STREET_TOWN = re.compile(
    rf"\b\d+\s+(?:[A-Z][\w'’.\-]*\s+){{1,3}}(?i:{STREET_WORDS})\.?\s+"
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+(?P<st>[A-Z]{2,3})\s+(?P<code>\d{4,5})(?:-\d{4})?\b"
)


def find_address_town(line: str) -> Place | None:
    """ "14 Acacia Street, Hillview, Kestrelton, 4821": a street address whose town the gazetteer
    lacks; the town is the part just before the postcode, after a numbered street. Also
    "545 Oak Road Hillview PA 18707" (no commas) -> "Hillview, PA"."""
    us = _US_STREET_TOWN.search(line)
    country = us and (
        "US"
        if us["st"] in US_STATES and len(us["code"]) == 5
        else "AU"  # "12 Wattle Street Ballarat VIC 3350"
        if us["st"] in AU_STATES and len(us["code"]) == 4
        else None
    )
    if us and country:
        text = f"{us.group('town')}, {us.group('st')}"
        return Place(text, country, (us.start("town"), us.end("st")))
    parts = [p for p in _PLACE_SPLIT.split(line.strip(" .")) if p]
    if not 3 <= len(parts) <= 5 or not _STREET.match(parts[0]) or not _POSTCODE.match(parts[-1]):
        return None
    town = parts[-2]
    if not _TOWN.match(town) or _STREET.match(f"1 {town}") or town.casefold() in _CONTACT_WORDS:
        return None
    start = line.find(town)
    return Place(town, region_of(town), (start, start + len(town)))


_METRO = re.compile(
    r"^(?P<greater>Greater\s+)?(?P<city>[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2}?)"
    r"(?:\s+(?:Bay|Metropolitan|Metro|Capital))?(?P<area>\s+(?:Area|Region|Metroplex))?$"
)


def find_metro_area(line: str) -> Place | None:
    """ "Greater London", "San Francisco Bay Area", "Greater Chicago Area": a known city
    widened to its area, as profile exports write it."""
    line = line.strip(" .,|")
    m = _METRO.match(line)
    if not m or not (m["greater"] or m["area"]) or not is_place_name(m["city"]):
        return None
    if m["city"].lower() in ("metro", "metropolitan", "bay", "capital"):
        return None  # "Metro Area": a town of that name elsewhere, not a place here
    return Place(line, region_of(m["city"]), (0, len(line)))


def _town_in(town: str, country: str) -> bool:
    """``town`` is a known town of ``country`` (an ISO code)."""
    return _cities().get(city_key(town.strip())) == country


def _brazilian_state(town: str, code: str, dashed: bool = False) -> bool:
    """ "Belém, PA", "Campinas - SP": a Brazilian state's code after a Brazilian town. A code
    that is also a US state's or a Canadian province's ("Bethlehem, PA": the gazetteer keeps
    one country a name) needs more: the "Town - XX" form or a Brazilian spelling (an accent)."""
    if code.upper() not in BR_STATE_CODES or not _town_in(town, "BR"):
        return False
    return (
        code.upper() not in _REGION_NAMES
        or dashed
        or not town.isascii()
        or city_key(town.strip()) in _accented_towns()  # "Florianopolis, SC": its accent left out
    )


@lru_cache(maxsize=1)
def _accented_towns() -> frozenset[str]:
    """The gazetteer's towns spelled with an accent ("Florianópolis", "Belém"), by key: a name
    no English-speaking town has, also when a resume leaves its accent out."""
    rows = gzip.decompress(CITIES_FILE.read_bytes()).decode("utf-8").splitlines()
    return frozenset(
        city_key(name) for name, _ in (row.split("\t") for row in rows if row) if not name.isascii()
    )


def _trailing_region(parts: list[str], dashed: bool = False) -> str | None:
    """ "Petaluma, Ca", "Ferntree VIC": a town (any capitalised name) before a state,
    province or country code written in any case (``dashed``: "Town - XX")."""
    last = parts[-1]
    m = re.match(r"^(?P<town>.+?)\s+(?P<region>[A-Za-z]{2,3})$", last)
    if m and len(parts) >= 1 and is_region_name(m.group("region").upper()):
        town, region = m.group("town"), m.group("region").upper()
        if m.group("region").islower() and not is_known_city(town):
            return None  # "Hire me", "Call me": a word in lower case, no state code
    elif len(parts) >= 2 and len(last) <= 3 and is_region_name(last.upper()):
        town, region = parts[-2], last.upper()
    elif len(parts) >= 2 and last.upper() in IN_STATE_CODES and _town_in(parts[-2], "IN"):
        town, region = parts[-2], last.upper()  # "Pune, MH"
    elif len(parts) >= 2 and last.isupper() and _brazilian_state(parts[-2], last, dashed):
        town, region = parts[-2], last  # "São Paulo - SP"
    else:
        return None
    if not (_TOWN.match(town) or is_known_city(town)) or is_region_name(town):
        return None  # ("Rio de Janeiro": a known town's lower-case word)
    return f"{town}, {region}"


def is_region_name(text: str) -> bool:
    """ "USA", "CA", "California", "India": a region on its own, not a city or a school."""
    t = text.strip(" ,.")
    return (
        t.lower() in COUNTRIES
        or t in _CASED_COUNTRIES
        or t in _REGION_NAMES
        or t in AU_STATES
        or t.title() in _REGION_NAMES.values()
    )
