#!/usr/bin/env python3
"""Generate the annotated evaluation corpus for report-shield.

Writes tests/corpus/reports.jsonl: one JSON object per line,
    {"report": <intake report, JSON contract v1>, "annotations": [...]}
Every annotation gives the field path, the UTF-8 byte range of the value in
that field's string, the value, its kind and whose it is (reporter, subject,
third_party) or "lookalike" for a non-identifying detail that must stay.

Stdlib only, deterministic (fixed seed): re-running it reproduces the file
byte for byte. All data is synthetic: Ofcom drama phone numbers, example.*
email domains, documentation IP ranges, invented names, random numbers that
satisfy the relevant checksums.

Usage: python3 tests/corpus/generate.py [--count N] [--seed S] [--out PATH] [--stats]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20261130
COUNT = 640

# --------------------------------------------------------------------------
# Pools
# --------------------------------------------------------------------------

FORENAMES_F = """Amelia Isla Olivia Emily Sophie Jessica Chloe Lucy Ellie Megan Hannah Bethany
Lauren Abigail Rebecca Gemma Kirsty Fiona Rhian Cerys Ffion Seren Sian Siobhan Aoife Niamh Morag
Ailsa Kayleigh Shannon Leanne Tracey Sharon Kelly Priya Nadia Aisha Farah Zainab Rukhsana Anjali
Sunita Harpreet Gurpreet Deepa Shabana Samina Yasmin Adaeze Folake Ngozi Abena Chiamaka Marcia
Shanice Kemi Efua Hodan Ayaan Layla Maryam Khadija Amina Katarzyna Agnieszka Marta Magdalena
Oksana Andreea Xiaoling Thuy Linh Elif Zeynep Jo Bronwen Catrin Eilidh Roisin Tamsin Precious
Nkechi Ruqayyah Parveen Lakshmi Simran""".split()

FORENAMES_M = """Oliver Harry Jack Charlie Thomas George Oscar James Joshua Daniel Samuel
Nathan Callum Liam Kieran Craig Stuart Gareth Dylan Owen Rhys Aled Declan Ciaran Eoin Fraser
Hamish Euan Jordan Tyler Wayne Darren Amir Imran Bilal Hassan Tariq Sanjay Rajesh Jaspal Mandeep
Arjun Kiran Naveed Asif Faisal Zubair Rizwan Chidi Oluwaseun Kwame Tunde Kofi Emeka Jermaine
Tyrone Delroy Segun Abdi Farhan Omar Yusuf Ibrahim Hamza Piotr Tomasz Krzysztof Andrzej Bogdan
Ionut Mihai Minh Tuan Emre Mehmet Baran Dafydd Cormac Lachlan Ravinder Kwabena Mustafa""".split()

SURNAMES = """Smith Jones Williams Davies Evans Roberts Edwards Hughes Wright Clarke Patel
Khan Ahmed Hussain Begum Singh Kaur Shah Chaudhry Iqbal Malik Akhtar Rahman Uddin Mahmood
Sharma Gupta Mistry Choudhury Okafor Adeyemi Mensah Owusu Boateng Okonkwo Adebayo Asante
Campbell Reid Morrison Stewart Murray MacLeod McKenzie Murphy Byrne Doherty Quinn Kowalski
Nowak Wisniewski Zielinski Lewandowska Popescu Ionescu Nguyen Tran Chen Wong Liu Zhang Yilmaz
Demir Kaya Mohamed Abdullahi Osman Warsame Reeves Whitfield Ashworth Pemberton Fairbrother
Hollins Kershaw Ogden Sutcliffe Thistlewood Pennington Lomax Greaves Bancroft Hargreaves
Thornton Metcalfe Postlethwaite Rowbotham Penhaligon Trevithick Pryce Llewellyn Vaughan
Gwilliam Bevan Prosser Cadwallader Oyelaran Nwachukwu Bhatti Sandhu Dhillon Gill Sidhu Bains
Kapoor Desai Joshi Pillai Rao Fernandes Da Silva Costa Okoro Achterberg Van Dijk Kovacs
Horvath Dobrev Petrov Fitzgerald Gallagher McAllister Ferguson Buchanan Sinclair Urquhart
Cairns Armstrong Atherton Brierley Cartwright Dunmore Eccleston Fenwick Gorman Hesketh
Ingleby Jessop Kilbride Lindqvist Maddox Nettleton Ormerod Pickering Radcliffe Shuttleworth
Tennant Umpleby Varley Winterbottom Yardley""".split()
# "Da Silva" and "Van Dijk" were split by the whitespace split above; rebuild
# them as two-word surnames.
def _fix_surnames(pool):
    out, i = [], 0
    while i < len(pool):
        if pool[i] in ("Da", "Van") and i + 1 < len(pool):
            out.append(pool[i] + " " + pool[i + 1])
            i += 2
        else:
            out.append(pool[i])
            i += 1
    return out


SURNAMES = _fix_surnames(SURNAMES)

STREET_WORDS = """Hollybush Cedar Laburnum Rowan Sycamore Willow Ashfield Brookside Larch
Highfield Moorland Elmwood Foxglove Kestrel Linden Marlborough Oakwood Primrose Ribble Severn
Tamar Wharfe Coronation Jubilee Blenheim Gladstone Thornbury Greenbank Cherrytree Hawthorn Alder
Bramble Chestnut Juniper Mulberry Poplar Heathfield Fernhill Lark Meadowsweet Bluebell Sandpiper
Redwing Copperfield Millstone Ivydene Orchardleigh Tanyard Ropewalk""".split()

STREET_TYPES = [
    ("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl"),
    ("Drive", "Dr"), ("Way", None), ("Court", "Ct"), ("Crescent", "Cres"), ("Gardens", "Gdns"),
    ("Terrace", "Terr"), ("Place", "Pl"), ("Grove", "Gr"), ("Walk", None), ("Row", None),
    ("Mews", None),
]

# force code -> (towns, postcode areas, stations); a few aliases are used as
# written by the public, the contract keeps unrecognised values as given.
FORCES = {
    "west-midlands": (["Birmingham", "Coventry", "Wolverhampton", "Dudley", "Walsall"],
                      ["B", "CV", "WV", "DY", "WS"],
                      ["Steelhouse Lane", "Bournville Lane", "Stechford", "Wednesfield", "Coventry Central"]),
    "metropolitan": (["Lewisham", "Hackney", "Croydon", "Brixton", "Ilford", "Walthamstow"],
                     ["SE", "E", "CR", "SW", "IG", "N", "NW", "W"],
                     ["Charing Cross", "Lewisham", "Stoke Newington", "Brixton", "Croydon", "Ilford"]),
    "greater-manchester": (["Manchester", "Bolton", "Oldham", "Stockport", "Wigan", "Salford"],
                           ["M", "BL", "OL", "SK", "WN"],
                           ["Longsight", "Collyhurst", "Bolton Central", "Stockport", "Swinton"]),
    "merseyside": (["Liverpool", "Birkenhead", "Bootle", "St Helens"],
                   ["L", "CH", "WA"],
                   ["St Anne Street", "Copy Lane", "Wallasey", "Admiral Street"]),
    "police-scotland": (["Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Paisley"],
                        ["G", "EH", "AB", "DD", "PA"],
                        ["London Road", "Gayfield Square", "Stewart Street", "Kittybrewster"]),
    "northern-ireland": (["Belfast", "Lisburn", "Derry", "Newry"],
                         ["BT"],
                         ["Musgrave Street", "Lisburn Road", "Strand Road", "Newry"]),
    "btp": (["London", "Leeds", "Birmingham", "Glasgow"],
            ["N", "LS", "B", "G"],
            ["King's Cross", "Leeds station office", "New Street", "Glasgow Central"]),
    "west-yorkshire": (["Leeds", "Bradford", "Huddersfield", "Wakefield"],
                       ["LS", "BD", "HD", "WF"],
                       ["Elland Road", "Trafalgar House", "Huddersfield", "Wakefield"]),
    "south-wales": (["Cardiff", "Swansea", "Newport", "Merthyr"],
                    ["CF", "SA"],
                    ["Cardiff Bay", "Cockett", "Merthyr Tydfil", "Bridgend"]),
    "thames-valley": (["Reading", "Oxford", "Milton Keynes", "Slough"],
                      ["RG", "OX", "MK", "SL"],
                      ["Loddon Valley", "St Aldates", "Milton Keynes", "Slough"]),
    "avon-and-somerset": (["Bristol", "Bath", "Weston-super-Mare", "Taunton"],
                          ["BS", "BA", "TA"],
                          ["Patchway", "Trinity Road", "Bath", "Taunton"]),
    "northumbria": (["Newcastle", "Sunderland", "Gateshead"],
                    ["NE", "SR"],
                    ["Forth Banks", "Southwick", "Gateshead"]),
    "kent": (["Maidstone", "Canterbury", "Medway", "Margate"],
             ["ME", "CT"],
             ["Maidstone", "Canterbury", "Gillingham", "Margate"]),
    "lancashire": (["Preston", "Blackburn", "Blackpool", "Burnley"],
                   ["PR", "BB", "FY"],
                   ["Preston", "Blackburn", "Blackpool", "Burnley"]),
    "leicestershire": (["Leicester", "Loughborough"], ["LE"], ["Euston Street", "Loughborough"]),
    "nottinghamshire": (["Nottingham", "Mansfield"], ["NG"], ["Bridewell", "Mansfield"]),
    "devon-and-cornwall": (["Plymouth", "Exeter", "Truro"], ["PL", "EX", "TR"],
                           ["Charles Cross", "Heavitree Road", "Truro"]),
    "sussex": (["Brighton", "Crawley", "Eastbourne"], ["BN", "RH"], ["John Street", "Crawley", "Eastbourne"]),
    "essex": (["Chelmsford", "Colchester", "Basildon"], ["CM", "CO", "SS"], ["Chelmsford", "Colchester", "Basildon"]),
    "hampshire": (["Southampton", "Portsmouth", "Basingstoke"], ["SO", "PO", "RG"],
                  ["Southampton Central", "Portsmouth Central", "Basingstoke"]),
    "city-of-london": (["London"], ["EC"], ["Bishopsgate", "Snow Hill"]),
    "south-yorkshire": (["Sheffield", "Doncaster", "Rotherham"], ["S", "DN"], ["Snig Hill", "Doncaster", "Rotherham"]),
    "cleveland": (["Middlesbrough", "Hartlepool"], ["TS"], ["Middlesbrough", "Hartlepool"]),
    "dyfed-powys": (["Carmarthen", "Aberystwyth", "Llanelli"], ["SA", "SY"], ["Carmarthen", "Aberystwyth"]),
}
FORCE_WEIGHTS = {
    "west-midlands": 8, "metropolitan": 12, "greater-manchester": 8, "merseyside": 5,
    "police-scotland": 5, "northern-ireland": 4, "btp": 4, "west-yorkshire": 5,
}
FORCE_ALIASES = {"metropolitan": ["Met Police", "the Met"], "greater-manchester": ["GMP"],
                 "west-midlands": ["West Mids Police"], "btp": ["BTP"], "northern-ireland": ["PSNI"]}

RANKS = [  # (abbr in structured field, as written in text, full name, displays collar)
    ("PC", ["PC", "pc", "Pc", "PC", "Constable"], "Police Constable", True),
    ("DC", ["DC", "dc", "Detective Constable"], "Detective Constable", True),
    ("PS", ["PS", "Sgt", "Sergeant", "sarge", "sgt"], "Sergeant", True),
    ("DS", ["DS", "ds", "Detective Sergeant"], "Detective Sergeant", True),
    ("Insp", ["Inspector", "Insp", "insp"], "Inspector", False),
    ("DI", ["DI", "Detective Inspector"], "Detective Inspector", False),
    ("CI", ["Chief Inspector", "CI"], "Chief Inspector", False),
    ("DCI", ["DCI", "dci"], "Detective Chief Inspector", False),
    ("Supt", ["Superintendent", "Supt"], "Superintendent", False),
]
RANK_WEIGHTS = [30, 10, 14, 6, 8, 4, 3, 3, 2]

CAR_MODELS = ["Golf", "Focus", "Corsa", "Fiesta", "Audi A3", "BMW 3 series", "Qashqai", "Polo",
              "Astra", "Juke", "Range Rover Evoque", "Kia Sportage", "Mercedes C class", "Clio"]
COLOURS = ["black", "silver", "grey", "white", "blue", "red", "dark green"]
VENUES = ["the Co-op", "the Tesco Express", "the chippy", "the bus station", "the retail park",
          "the leisure centre", "the petrol station", "the takeaway", "the GP surgery",
          "the community centre", "the mosque car park", "the gurdwara", "the pub", "the school gates"]

DISC_TYPES = ["racist", "homophobic", "misogynistic", "disablist", "transphobic", "other"]
CATEGORIES = ["bribery", "abuse_of_position", "sexual_misconduct", "domestic_abuse", "discrimination", "other"]
CAT_WEIGHTS = [18, 18, 18, 18, 18, 10]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = [m[:3] for m in MONTHS]

DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

LOOKALIKE_KINDS = {"money", "time", "crime_ref", "year", "percentage", "quantity", "event_date",
                   "service_number"}

# --------------------------------------------------------------------------
# Validated identifiers
# --------------------------------------------------------------------------


def luhn_complete(rng, prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def nhs_number(rng):
    while True:
        d = [rng.randrange(4, 8)] + [rng.randrange(10) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def utr(rng):
    d = [rng.randrange(10) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, [6, 7, 8, 9, 10, 5, 4, 3, 2]))
    return "21987654321"[s % 11] + "".join(map(str, d))


NINO_BAD = set("DFIQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng):
    letters = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in NINO_BAD]
    while True:
        a = rng.choice(letters)
        b = rng.choice([c for c in letters if c != "O"])
        if a + b not in NINO_BAD_PREFIX:
            break
    return a + b + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gb_iban(rng, sort_code, account):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SCBL", "CPBK", "BUKB"])
    bban = bank + sort_code + account
    return "GB" + iban_check("GB", bban) + bban


INWARD = "ABDEFGHJLNPQRSTUWXYZ"  # excludes C I K M O V


def postcode(rng, area):
    """A postcode valid by the per-position rules, in the given area."""
    if len(area) == 1:
        form = rng.choice(["A9", "A99", "A9A"] if area in "EWN" else ["A9", "A99"])
    else:
        form = rng.choice(["AA9", "AA99", "AA9A"] if area in ("EC", "WC", "SW", "SE", "NW") else ["AA9", "AA99"])
    if form == "A9":
        out = area + str(rng.randrange(1, 10))
    elif form == "A99":
        out = area + str(rng.randrange(10, 30))
    elif form == "A9A":
        out = area + str(rng.randrange(1, 10)) + rng.choice("ABCDEFGHJKPSTUW")
    elif form == "AA9":
        out = area + str(rng.randrange(1, 10))
    elif form == "AA99":
        out = area + str(rng.randrange(10, 30))
    else:
        out = area + str(rng.randrange(1, 10)) + rng.choice("ABEHMNPRVWXY")
    return out + " " + str(rng.randrange(10)) + rng.choice(INWARD) + rng.choice(INWARD)


POSTCODE_RE = re.compile(
    r"^(GIR\s?0AA|[A-PR-UWYZ](\d{1,2}|([A-HK-Y]\d[\dABEHMNPRV-Y]?)|\d[A-HJKPS-UW])\s?\d[ABD-HJLNP-UW-Z]{2})$")


def vrm(rng, current=True):
    memory = "ABCDEFGHJKLMNOPRSTUVWXY"  # no I Q Z
    rand = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # no I Q
    if current:
        age = rng.choice(["%02d" % y for y in range(2, 26)] + [str(y) for y in range(51, 76)] + ["26"])
        return rng.choice(memory) + rng.choice(memory) + age + " " + "".join(rng.choice(rand) for _ in range(3))
    prefix = rng.choice("ABCDEFGHJKLMNPRSTVWXY")  # no I O U Z (Q = undetermined age)
    return prefix + str(rng.randrange(1, 1000)) + " " + "".join(rng.choice(rand) for _ in range(3))


def driving_licence(rng, surname, forename, dob, female):
    sur = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    d, m, y = dob
    month = m + (50 if female else 0)
    return (sur + str(y // 10 % 10) + "%02d" % month + "%02d" % d + str(y % 10)
            + (forename[0].upper() + "9") + "9"
            + rng.choice("ABCDEFGHJKLMNPRSTWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTWXYZ0123456789"))


# --------------------------------------------------------------------------
# Segments: a text is built from (text, annotation-or-None) pieces
# --------------------------------------------------------------------------


class Val:
    """An annotated value: text as written, kind, party, disguise name or None."""

    __slots__ = ("text", "kind", "party", "disguise")

    def __init__(self, text, kind, party, disguise=None):
        self.text, self.kind, self.party, self.disguise = text, kind, party, disguise


def fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)


def zw_insert(rng, s):
    """Insert a zero-width character at an interior position between two
    alphanumerics."""
    positions = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not positions:
        return s
    i = rng.choice(positions)
    return s[:i] + rng.choice(["\u200b", "\u200b", "\u200c", "\u2060", "\u00ad"]) + s[i:]


def spell_digits(rng, digits, doubles=True):
    words = []
    i = 0
    zero = rng.choice(["oh", "oh", "zero", "o"])
    while i < len(digits):
        d = digits[i]
        w = zero if d == "0" else DIGIT_WORDS[int(d)]
        run = 1
        while i + run < len(digits) and digits[i + run] == d:
            run += 1
        if doubles and run >= 3 and rng.random() < 0.6:
            words.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.8:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(words)


def fmt_phone(rng, nsn, style):
    """nsn: national significant number ('7700900123' / '1632960123')."""
    mobile = nsn.startswith("7")
    nat = "0" + nsn
    a, b = (nat[:5], nat[5:])
    if style == "plain":
        return a + " " + b, None
    if style == "compact":
        return nat, None
    if style == "dashed":
        return rng.choice([a + "-" + b[:3] + "-" + b[3:], a + "-" + b]), "separators"
    if style == "dotted":
        return a + "." + b[:3] + "." + b[3:], "separators"
    if style == "regrouped":
        return rng.choice([nat[:3] + " " + nat[3:6] + " " + nat[6:], nat[:4] + " " + nat[4:7] + " " + nat[7:]]), "separators"
    if style == "intl":
        return rng.choice(["+44 " + nsn[:4] + " " + nsn[4:], "+44" + nsn, "+44 (0)" + nsn[:4] + " " + nsn[4:],
                           "0044 " + nsn[:4] + " " + nsn[4:], "+44-" + nsn[:4] + "-" + nsn[4:]]), "international"
    if style == "brackets":
        return "(" + a + ") " + b, None if not mobile else "separators"
    if style == "digit_spaced":
        return " ".join(nat), "digit_spaced"
    if style == "fullwidth":
        return fullwidth(a + " " + b), "fullwidth"
    if style == "zerowidth":
        return zw_insert(rng, rng.choice([nat, a + " " + b])), "zero_width"
    if style == "spelled":
        return spell_digits(rng, nat), "spelled"
    if style == "mixed_spelled":
        return "oh " + " ".join(nat[1:5]) + " " + spell_digits(rng, nat[5:]), "spelled"
    raise ValueError(style)


PHONE_STYLES_ONLINE = (["plain"] * 6 + ["compact"] * 4 + ["dashed", "dotted", "regrouped", "intl", "intl",
                       "brackets", "digit_spaced", "fullwidth", "zerowidth", "spelled"])
PHONE_STYLES_PHONE = ["spelled"] * 6 + ["mixed_spelled"] * 2 + ["plain", "digit_spaced", "compact"]


def fmt_email(rng, local, domain, style):
    if style == "plain":
        return local + "@" + domain, None
    if style == "upper":
        return (local[0].upper() + local[1:]) + "@" + domain.capitalize(), None
    dom_words = domain.replace(".", " dot ")
    if style == "at_dot":
        return local.replace(".", rng.choice([" dot ", "."])) + " at " + dom_words, "at_dot"
    if style == "bracket":
        o, c = rng.choice([("[", "]"), ("(", ")"), ("{", "}")])
        return local + " " + o + "at" + c + " " + domain.replace(".", " " + o + "dot" + c + " "), "at_dot"
    if style == "zerowidth":
        return zw_insert(rng, local) + "@" + domain, "zero_width"
    if style == "fullwidth_at":
        return local + "＠" + domain, "fullwidth"
    if style == "spaced_at":
        return local + " @ " + domain, "separators"
    raise ValueError(style)


EMAIL_STYLES = ["plain"] * 7 + ["upper", "at_dot", "at_dot", "bracket", "zerowidth", "fullwidth_at", "spaced_at"]


def fmt_postcode(rng, pc):
    r = rng.random()
    if r < 0.45:
        return pc, None
    if r < 0.6:
        return pc.lower(), "lower"
    if r < 0.85:
        return pc.replace(" ", "").lower(), "compact_lower"
    if r < 0.93:
        return pc.replace(" ", ""), "compact"
    return fullwidth(pc) if rng.random() < 0.5 else pc.replace(" ", "  "), "fullwidth_or_spaced"


def fmt_nino(rng, n):
    r = rng.random()
    spaced = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if r < 0.35:
        return spaced, None
    if r < 0.55:
        return n, None
    if r < 0.7:
        return n.lower(), "lower"
    if r < 0.8:
        return spaced.replace(" ", "-"), "separators"
    if r < 0.9:
        return spaced.lower(), "lower"
    return zw_insert(rng, n), "zero_width"


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_digits(rng, s, sizes, kind_disguises=True):
    r = rng.random()
    if r < 0.4:
        return group(s, sizes), None
    if r < 0.65:
        return s, None
    if not kind_disguises:
        return group(s, sizes, "-"), "separators"
    if r < 0.75:
        return group(s, sizes, "-"), "separators"
    if r < 0.82:
        return group(s, sizes, "."), "separators"
    if r < 0.88:
        return " ".join(s), "digit_spaced"
    if r < 0.94:
        return fullwidth(group(s, sizes)), "fullwidth"
    return zw_insert(rng, s), "zero_width"


def fmt_iban(rng, iban):
    r = rng.random()
    grouped = group(iban, [4] * 6)
    if r < 0.5:
        return grouped, None
    if r < 0.75:
        return iban, None
    if r < 0.88:
        return grouped.lower(), "lower"
    return group(iban, [4] * 6, "-"), "separators"


def fmt_sort(rng, sc):
    r = rng.random()
    if r < 0.55:
        return sc[:2] + "-" + sc[2:4] + "-" + sc[4:], None
    if r < 0.75:
        return sc, None
    if r < 0.9:
        return sc[:2] + " " + sc[2:4] + " " + sc[4:], None
    return sc[:2] + "." + sc[2:4] + "." + sc[4:], "separators"


def fmt_vrm(rng, v):
    r = rng.random()
    if r < 0.5:
        return v, None
    if r < 0.7:
        return v.replace(" ", ""), None
    if r < 0.85:
        return v.lower(), "lower"
    if r < 0.93:
        return v.replace(" ", "").lower(), "compact_lower"
    return v[:2] + " " + v[2:], "separators"


def fmt_dob(rng, dob):
    d, m, y = dob
    r = rng.random()
    if r < 0.3:
        return "%02d/%02d/%d" % (d, m, y), None
    if r < 0.45:
        return "%d/%d/%02d" % (d, m, y % 100), None
    if r < 0.55:
        return "%02d.%02d.%d" % (d, m, y), None
    if r < 0.65:
        return "%02d-%02d-%d" % (d, m, y), None
    if r < 0.8:
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, MONTHS[m - 1], y), None
    if r < 0.9:
        return "%d %s %d" % (d, rng.choice([MONTHS[m - 1], MONTHS_ABBR[m - 1]]), y), None
    return "%02d %02d %d" % (d, m, y), "separators"


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------


class Person:
    def __init__(self, rng, used_parts, female=None):
        self.female = rng.random() < 0.5 if female is None else female
        pool = FORENAMES_F if self.female else FORENAMES_M
        for _ in range(200):
            f = rng.choice(pool)
            s = rng.choice(SURNAMES)
            parts = {p.lower() for p in (f + " " + s).split()}
            if not parts & used_parts:
                break
        used_parts.update(parts)
        self.first, self.last = f, s

    @property
    def full(self):
        return self.first + " " + self.last


class Reporter(Person):
    def __init__(self, rng, used, force):
        super().__init__(rng, used)
        towns, areas, _ = FORCES[force]
        self.town = rng.choice(towns)
        self.postcode = postcode(rng, rng.choice(areas))
        self.house = rng.randrange(1, 240)
        self.flat = rng.randrange(1, 30) if rng.random() < 0.25 else None
        self.street = rng.choice(STREET_WORDS)
        self.stype = rng.choice(STREET_TYPES)
        self.mobile = "7700900" + "%03d" % rng.randrange(1000)
        self.landline = "1632960" + "%03d" % rng.randrange(1000)
        y = rng.randrange(1958, 2007)
        self.dob = (rng.randrange(1, 29), rng.randrange(1, 13), y)
        self.age = 2026 - y - (1 if rng.random() < 0.5 else 0)
        num = rng.choice(["", str(rng.randrange(1, 99)), str(y % 100), str(y)])
        f, l = self.first.lower(), self.last.lower().replace(" ", "")
        self.email_local = rng.choice([f + "." + l, f + l + num, f[0] + l + num, f + "_" + l[:1] + num,
                                       l + "." + f, f + "." + l + num])
        self.email_domain = rng.choice(["example.com", "example.com", "example.org", "example.net"])
        self.handle = rng.choice([f + "_" + l[:1] + "_" + (num or "92"), f + l[:3] + (num or "x"),
                                  f + "." + l, "the_real_" + f, f + "_" + l])
        self.vrm = vrm(rng, current=rng.random() < 0.85)
        self.nino = nino(rng)
        self.nhs = nhs_number(rng)
        self.sort = "%02d%04d" % (rng.randrange(1, 99), rng.randrange(10000))
        self.acct = "%08d" % rng.randrange(10 ** 7, 10 ** 8)
        self.iban = gb_iban(rng, self.sort, self.acct)
        self.card = luhn_complete(rng, rng.choice(["4", "5" + str(rng.randrange(1, 6))]), 16)
        self.utr = utr(rng)
        self.passport = str(rng.randrange(10 ** 8, 10 ** 9))
        self.licence = driving_licence(rng, self.last, self.first, self.dob, self.female)
        self.ip = rng.choice(["192.0.2.%d" % rng.randrange(1, 255),
                              "2001:db8::%x" % rng.randrange(1, 0xffff),
                              "2001:db8:%x::%x" % (rng.randrange(1, 0xfff), rng.randrange(1, 0xfff))])
        self.url = rng.choice(["facebook.com/" + f + "." + l + "." + str(rng.randrange(1, 99)),
                               "https://www.instagram.com/" + self.handle,
                               "www.tiktok.com/@" + self.handle,
                               "https://twitter.com/" + self.handle,
                               "https://www.example.org/blog/" + f + "-" + l])


class Subject(Person):
    def __init__(self, rng, used, force):
        super().__init__(rng, used, female=rng.random() < 0.25)
        idx = rng.choices(range(len(RANKS)), RANK_WEIGHTS)[0]
        self.rank_abbr, self.rank_forms, self.rank_full, self.shows_collar = RANKS[idx]
        self.role = "officer"
        r = rng.random()
        if r < 0.06:
            self.role, self.rank_abbr, self.rank_forms, self.shows_collar = "pcso", None, ["PCSO", "pcso"], True
        elif r < 0.1:
            self.role, self.rank_abbr, self.rank_forms, self.shows_collar = "special_constable", "SC", ["SC", "special constable"], True
        elif r < 0.14:
            self.role, self.rank_abbr, self.rank_forms, self.shows_collar = "staff", None, ["custody detention officer", "call handler", "police staff member"], False
        self.collar = str(rng.randrange(100, 9999)) if rng.random() < 0.85 else str(rng.randrange(10, 99))
        if force == "metropolitan" and rng.random() < 0.3:
            self.collar = str(rng.randrange(100, 999)) + rng.choice(["SE", "NE", "CW", "AW", "HT"])
        self.station = rng.choice(FORCES[force][2])
        self.mobile = "7700900" + "%03d" % rng.randrange(1000)
        self.vrm = vrm(rng)
        fl = self.last.lower().replace(" ", "")
        self.handle = rng.choice([fl + "_" + self.first[0].lower(), self.first.lower() + "_" + fl + "_official",
                                  "officer_" + fl, self.first.lower() + fl[:2] + str(rng.randrange(10, 99))])
        self.sort = "%02d%04d" % (rng.randrange(1, 99), rng.randrange(10000))
        self.acct = "%08d" % rng.randrange(10 ** 7, 10 ** 8)
        self.iban = gb_iban(rng, self.sort, self.acct)
        self.email_local = self.first.lower()[0] + fl + str(rng.randrange(1, 99))
        self.ip = "192.0.2.%d" % rng.randrange(1, 255)
        self.age = rng.randrange(24, 58)


# --------------------------------------------------------------------------
# Report builder
# --------------------------------------------------------------------------


# kinds for which writing the value in lower case hides it from a
# capitalisation cue (names, addresses) or from an upper-case-only pattern
LOWER_DISGUISE = {"name", "address", "postcode", "vehicle_reg", "nino", "iban", "driving_licence"}


class Builder:
    """Builds one free-text field from segments."""

    def __init__(self):
        self.parts = []  # list of str | Val

    def add(self, x):
        if isinstance(x, list):
            self.parts.extend(x)
        else:
            self.parts.append(x)

    def render(self, field, lower=False, typo_rng=None):
        text_parts, anns = [], []
        offset = 0
        for p in self.parts:
            if isinstance(p, Val):
                t = p.text.lower() if lower else p.text
                b = t.encode("utf-8")
                anns.append({"field": field, "start": offset, "end": offset + len(b), "value": t,
                             "kind": p.kind, "party": p.party})
                if p.disguise:
                    anns[-1]["disguise"] = p.disguise
                elif t != p.text and p.kind in LOWER_DISGUISE:
                    anns[-1]["disguise"] = "lower"
                text_parts.append(t)
                offset += len(b)
            else:
                t = p.lower() if lower else p
                if typo_rng is not None:
                    t = typos(typo_rng, t)
                text_parts.append(t)
                offset += len(t.encode("utf-8"))
        return "".join(text_parts), anns


TYPO_SAFE = re.compile(r"[a-z]{5,}")


def typos(rng, t):
    def swap(m):
        w = m.group(0)
        if rng.random() < 0.06:
            i = rng.randrange(1, len(w) - 2)
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if rng.random() < 0.03:
            i = rng.randrange(1, len(w) - 1)
            return w[:i] + w[i + 1:]
        return w

    return TYPO_SAFE.sub(swap, t)


class Ctx:
    """Per-report state used by the slot functions."""

    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        self.used = set()
        w = [FORCE_WEIGHTS.get(f, 2) for f in FORCES]
        self.force = rng.choices(list(FORCES), w)[0]
        self.channel = "telephone" if rng.random() < 0.3 else "online"
        self.mode = "confidential" if rng.random() < 0.45 else "anonymous"
        self.cat = rng.choices(CATEGORIES, CAT_WEIGHTS)[0]
        self.cats = [self.cat]
        if rng.random() < 0.2:
            extra = rng.choice([c for c in CATEGORIES if c not in (self.cat, "other")])
            if self.cat != "other":
                self.cats.append(extra)
        self.reporter = Reporter(rng, self.used, self.force)
        self.subj = Subject(rng, self.used, self.force)
        self.subj2 = Subject(rng, self.used, self.force) if rng.random() < 0.15 else None
        self.thirds = [Person(rng, self.used) for _ in range(3)]
        self.third_i = 0
        self.used_kinds = Counter()
        self.dis_types = sorted(rng.sample(DISC_TYPES[:5], rng.choice([1, 1, 1, 2]))) if "discrimination" in self.cats else None

    # pronouns for the subject
    def he(self):
        return "she" if self.subj.female else "he"

    def his(self):
        return "her" if self.subj.female else "his"

    def him(self):
        return "her" if self.subj.female else "him"

    def third(self):
        p = self.thirds[self.third_i % len(self.thirds)]
        self.third_i += 1
        return p


# ---- slot functions: each returns a list of str | Val ----------------------


def s_subj(c, s=None):
    s = s or c.subj
    r = c.rng
    rank = r.choice(s.rank_forms)
    form = r.random()
    if form < 0.35:
        return [rank + " ", Val(s.full, "name", "subject")]
    if form < 0.55:
        return [rank + " ", Val(s.last, "name", "subject")]
    if form < 0.7 and s.shows_collar:
        return [rank + " ", Val(s.collar, "collar_number", "subject"), " ", Val(s.last, "name", "subject")]
    if form < 0.8:
        return [r.choice(["an officer called ", "a copper called ", "officer ", "the officer, "]), Val(s.full, "name", "subject")]
    if form < 0.9 and s.shows_collar:
        return [rank + " ", Val(s.full, "name", "subject"), r.choice([" (collar ", " (shoulder number ", " ("]),
                Val(s.collar, "collar_number", "subject"), ")"]
    return [Val(s.full, "name", "subject")]


def s_subj_short(c):
    s = c.subj
    r = c.rng.random()
    if r < 0.5:
        return [Val(s.last, "name", "subject")]
    if r < 0.8:
        return [Val(s.first, "name", "subject")]
    return [c.rng.choice(s.rank_forms) + " ", Val(s.last, "name", "subject")]


def s_collar(c):
    s = c.subj
    if not s.shows_collar:
        return [c.rng.choice(["no idea of " + c.his() + " number", "i didnt get a number"])]
    r = c.rng.random()
    if r < 0.4:
        return [c.rng.choice(s.rank_forms) + " ", Val(s.collar, "collar_number", "subject")]
    if r < 0.7:
        return [c.rng.choice(["collar number ", "shoulder number ", "collar no. ", "number "]), Val(s.collar, "collar_number", "subject")]
    return [c.his() + " number was ", Val(s.collar, "collar_number", "subject"), c.rng.choice(["", " i think", " on the epaulette"])]


def s_time(c):
    r = c.rng
    h, m = r.randrange(0, 24), r.choice([0, 0, 15, 30, 45, 5, 20, 40, 50])
    forms = ["%02d:%02d" % (h, m), "%02d%02dhrs" % (h, m), "%d.%02d%s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am"),
             "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am"), "%d:%02d" % (h, m), "%02d%02d hours" % (h, m)]
    return [Val(r.choice(forms), "time", "lookalike")]


def s_money(c):
    r = c.rng
    amount = r.choice([50, 100, 150, 200, 250, 300, 500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 10000, 12500])
    forms = ["£{:,}".format(amount), "£%d" % amount, "%d quid" % amount if amount < 2000 else "£{:,}".format(amount),
             "£%gk" % (amount / 1000) if amount >= 1000 else "£%d cash" % amount,
             "%gk" % (amount / 1000) if amount >= 1000 else "£%d.00" % amount,
             "£{:,}.00".format(amount), "%d pounds" % amount]
    return [Val(r.choice(forms), "money", "lookalike")]


def s_crime_ref(c):
    r = c.rng
    forms = ["%02d/%05d/%02d" % (r.randrange(10, 99), r.randrange(10000, 99999), r.randrange(19, 27)),
             "CAD %d" % r.randrange(100, 9999),
             "CRN %d/%02d" % (r.randrange(10000, 999999), r.randrange(19, 27)),
             "incident %d of %02d/%02d" % (r.randrange(100, 9999), r.randrange(1, 29), r.randrange(1, 13)),
             "%s/%d/%02d" % (r.choice(["CR", "CC", "MP"]), r.randrange(1000000, 9999999), r.randrange(19, 27)),
             "log %d" % r.randrange(100, 9999)]
    return [Val(r.choice(forms), "crime_ref", "lookalike")]


def s_event_date(c):
    r = c.rng
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.choice([2024, 2025, 2026])
    suf = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d%s %s" % (d, suf, MONTHS[m - 1]),
             "the %d%s of %s" % (d, suf, MONTHS[m - 1]), "%d %s %d" % (d, MONTHS_ABBR[m - 1], y),
             "%s %d%s" % (MONTHS[m - 1], d, suf), "%02d.%02d.%02d" % (d, m, y % 100)]
    return [Val(r.choice(forms), "event_date", "lookalike")]


def s_year(c):
    return [Val(str(c.rng.randrange(2008, 2027)), "year", "lookalike")]


def s_percent(c):
    r = c.rng
    n = r.choice([5, 10, 15, 20, 25, 30, 50, 90, 100])
    return [Val(r.choice(["%d%%" % n, "%d per cent" % n, "%d percent" % n]), "percentage", "lookalike")]


def s_quantity(c):
    r = c.rng
    forms = ["%d bags" % r.randrange(2, 12), "%d grams" % r.randrange(2, 500), "%d kilos" % r.randrange(1, 10),
             "%d times" % r.randrange(2, 30), "%dmph" % r.choice([30, 40, 50, 60, 70]), "%d miles" % r.randrange(2, 80),
             "%d minutes" % r.randrange(5, 60), "%d weeks" % r.randrange(2, 12), "%d months" % r.randrange(2, 18),
             "%d phones" % r.randrange(2, 9), "%d boxes" % r.randrange(2, 40), "%d cans" % r.randrange(4, 24),
             "%d messages" % r.randrange(3, 200), "%d officers" % r.randrange(2, 6)]
    return [Val(r.choice(forms), "quantity", "lookalike")]


def _q(c, forms):
    return [Val(c.rng.choice(forms), "quantity", "lookalike")]


def s_duration(c):
    r = c.rng
    return _q(c, ["%d minutes" % r.randrange(5, 60), "%d hours" % r.randrange(2, 12), "%d weeks" % r.randrange(2, 12),
                  "%d months" % r.randrange(2, 18), "%d years" % r.randrange(2, 9), "%dmins" % r.randrange(5, 45)])


def s_hours(c):
    return _q(c, ["%d hours" % c.rng.randrange(2, 30), "%dhrs" % c.rng.randrange(2, 20)])


def s_long(c):
    return _q(c, ["%d years" % c.rng.randrange(2, 15), "%d months" % c.rng.randrange(3, 24), "%d yrs" % c.rng.randrange(2, 9)])


def s_count(c):
    return _q(c, ["%d times" % c.rng.randrange(2, 30), "%dx" % c.rng.randrange(2, 9)])


def s_goods(c):
    r = c.rng
    return _q(c, ["%d bags" % r.randrange(2, 12), "%d grams" % r.randrange(2, 500), "%d kilos" % r.randrange(1, 10),
                  "%dkg" % r.randrange(1, 10), "%d phones" % r.randrange(2, 9), "%d boxes" % r.randrange(2, 40),
                  "%d cartons" % r.randrange(2, 40)])


def s_messages(c):
    return _q(c, ["%d messages" % c.rng.randrange(3, 200), "%d texts" % c.rng.randrange(3, 90)])


def s_posts(c):
    return _q(c, ["%d posts" % c.rng.randrange(3, 60), "%d videos" % c.rng.randrange(2, 20)])


def s_people(c):
    return _q(c, ["%d officers" % c.rng.randrange(2, 9), "%d people" % c.rng.randrange(3, 30)])


def s_speed(c):
    return _q(c, ["%dmph" % c.rng.choice([50, 60, 70, 90]), "%d mph" % c.rng.choice([45, 55, 80])])


def s_service(c):
    r = c.rng
    return [Val(r.choice(["999", "101", "111", "0800 085 0000", "0800 0850000", "08000850000"]), "service_number", "lookalike")]


def s_subj_vrm(c):
    v, d = fmt_vrm(c.rng, c.subj.vrm)
    return [Val(v, "vehicle_reg", "subject", d)]


def s_subj_phone(c):
    t, d = fmt_phone(c.rng, c.subj.mobile, c.rng.choice(["plain", "compact", "plain", "intl", "dashed"]))
    return [Val(t, "phone", "subject", d)]


def s_subj_handle(c):
    return ["@", Val(c.subj.handle, "handle", "subject")] if c.rng.random() < 0.6 else [Val(c.subj.handle, "handle", "subject")]


def s_subj_bank(c):
    s = c.subj
    if c.rng.random() < 0.5:
        t, d = fmt_iban(c.rng, s.iban)
        return [Val(t, "iban", "subject", d)]
    sc, d1 = fmt_sort(c.rng, s.sort)
    ac, d2 = fmt_digits(c.rng, s.acct, [4, 4], kind_disguises=False)
    return ["sort code ", Val(sc, "sort_code", "subject", d1), " account ", Val(ac, "account_number", "subject", d2)]


def s_subj_email(c):
    s = c.subj
    t, d = fmt_email(c.rng, s.email_local, "example.net", c.rng.choice(["plain", "plain", "at_dot"]))
    return [Val(t, "email", "subject", d)]


def s_subj_age(c):
    r = c.rng
    a = c.subj.age
    return [Val(str(a) if r.random() < 0.7 else "%ds" % (a // 10 * 10), "age", "subject")]


# ---- the reporter's values -------------------------------------------------


def r_phone(c, which=None):
    rep = c.reporter
    nsn = which or (rep.mobile if c.rng.random() < 0.8 else rep.landline)
    styles = PHONE_STYLES_PHONE if c.channel == "telephone" else PHONE_STYLES_ONLINE
    t, d = fmt_phone(c.rng, nsn, c.rng.choice(styles))
    return [Val(t, "phone", "reporter", d)]


def r_email(c):
    rep = c.reporter
    t, d = fmt_email(c.rng, rep.email_local, rep.email_domain, c.rng.choice(EMAIL_STYLES))
    return [Val(t, "email", "reporter", d)]


def r_name(c):
    rep = c.reporter
    r = c.rng.random()
    if c.rng.random() < 0.2:
        return [Val((rep.full if r < 0.6 else rep.first).lower(), "name", "reporter", "lower")]
    if r < 0.55:
        return [Val(rep.full, "name", "reporter")]
    if r < 0.85:
        return [Val(rep.first, "name", "reporter")]
    return [Val(rep.first[0] + ". " + rep.last, "name", "reporter")]


def r_first(c):
    if c.rng.random() < 0.2:
        return [Val(c.reporter.first.lower(), "name", "reporter", "lower")]
    return [Val(c.reporter.first, "name", "reporter")]


def addr_val(c, p_house, p_flat, p_street, p_type, party):
    r = c.rng
    tname, tabbr = p_type
    t = tabbr if (tabbr and r.random() < 0.3) else tname
    street = p_street + " " + t
    if p_flat:
        pre = r.choice(["Flat %d, " % p_flat, "flat %d " % p_flat, "Apartment %d, " % p_flat, "%d/" % p_flat])
        s = pre + "%d " % p_house + street
    else:
        s = "%d %s" % (p_house, street) if r.random() < 0.9 else "%d%s %s" % (p_house, r.choice("ab"), street)
    return [Val(s, "address", party)]


def r_address(c):
    rep = c.reporter
    return addr_val(c, rep.house, rep.flat, rep.street, rep.stype, "reporter")


def r_postcode(c):
    t, d = fmt_postcode(c.rng, c.reporter.postcode)
    return [Val(t, "postcode", "reporter", d)]


def r_full_address(c):
    out = r_address(c)
    if c.rng.random() < 0.7:
        out += [", " + c.reporter.town + " " if c.rng.random() < 0.6 else " "] + r_postcode(c)
    return out


def r_vrm(c):
    t, d = fmt_vrm(c.rng, c.reporter.vrm)
    return [Val(t, "vehicle_reg", "reporter", d)]


def r_nino(c):
    t, d = fmt_nino(c.rng, c.reporter.nino)
    return [Val(t, "nino", "reporter", d)]


def r_nhs(c):
    t, d = fmt_digits(c.rng, c.reporter.nhs, [3, 3, 4])
    return [Val(t, "nhs_number", "reporter", d)]


def r_bank(c):
    rep = c.reporter
    sc, d1 = fmt_sort(c.rng, rep.sort)
    ac, d2 = fmt_digits(c.rng, rep.acct, [4, 4])
    return [c.rng.choice(["sort code ", "s/c ", "sort "]), Val(sc, "sort_code", "reporter", d1),
            c.rng.choice([" account ", " acc no ", " a/c ", ", account number "]), Val(ac, "account_number", "reporter", d2)]


def r_iban(c):
    t, d = fmt_iban(c.rng, c.reporter.iban)
    return [Val(t, "iban", "reporter", d)]


def r_card(c):
    t, d = fmt_digits(c.rng, c.reporter.card, [4, 4, 4, 4])
    return [Val(t, "card", "reporter", d)]


def r_dob(c):
    t, d = fmt_dob(c.rng, c.reporter.dob)
    return [Val(t, "date_of_birth", "reporter", d)]


def r_age(c):
    a = c.reporter.age
    if c.channel == "telephone" and c.rng.random() < 0.3:
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"][a // 10]
        units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][a % 10]
        return [Val((tens + " " + units).strip(), "age", "reporter", "spelled")]
    return [Val(str(a), "age", "reporter")]


def r_handle(c):
    return ["@", Val(c.reporter.handle, "handle", "reporter")] if c.rng.random() < 0.5 else [Val(c.reporter.handle, "handle", "reporter")]


def r_url(c):
    return [Val(c.reporter.url, "url", "reporter")]


def r_ip(c):
    return [Val(c.reporter.ip, "ip_address", "reporter")]


def r_utr(c):
    t, d = fmt_digits(c.rng, c.reporter.utr, [5, 5])
    return [Val(t, "utr", "reporter", d)]


def r_passport(c):
    t, d = fmt_digits(c.rng, c.reporter.passport, [9], kind_disguises=False)
    return [Val(t, "passport", "reporter", d)]


def r_licence(c):
    lic = c.reporter.licence
    if c.rng.random() < 0.2:
        return [Val(lic[:5] + " " + lic[5:11] + " " + lic[11:], "driving_licence", "reporter", "separators")]
    return [Val(lic if c.rng.random() < 0.8 else lic.lower(), "driving_licence", "reporter")]


# ---- third parties -----------------------------------------------------------


def t_name(c):
    p = c.third()
    c.last_third = p
    return [Val(p.full if c.rng.random() < 0.6 else p.first, "name", "third_party")]


def t_namef(c):
    for p in c.thirds:
        if p.female:
            return [Val(p.full if c.rng.random() < 0.6 else p.first, "name", "third_party")]
    p = Person(c.rng, c.used, female=True)
    c.thirds.append(p)
    return [Val(p.full if c.rng.random() < 0.6 else p.first, "name", "third_party")]


def t_namem(c):
    for p in c.thirds:
        if not p.female:
            return [Val(p.full if c.rng.random() < 0.6 else p.first, "name", "third_party")]
    p = Person(c.rng, c.used, female=False)
    c.thirds.append(p)
    return [Val(p.full if c.rng.random() < 0.6 else p.first, "name", "third_party")]


def t_phone(c):
    nsn = "7700900" + "%03d" % c.rng.randrange(1000)
    t, d = fmt_phone(c.rng, nsn, c.rng.choice(PHONE_STYLES_ONLINE))
    return [Val(t, "phone", "third_party", d)]


def t_age(c):
    return [Val(str(c.rng.randrange(4, 19)), "age", "third_party")]


def t_address(c):
    r = c.rng
    return addr_val(c, r.randrange(1, 300), None, r.choice([w for w in STREET_WORDS if w != c.reporter.street]),
                    r.choice(STREET_TYPES), "third_party")


SLOTS = {
    "subj": s_subj, "subj_short": s_subj_short, "collar": s_collar, "time": s_time, "money": s_money,
    "crime_ref": s_crime_ref, "event_date": s_event_date, "year": s_year, "percent": s_percent,
    "quantity": s_quantity, "duration": s_duration, "count": s_count, "goods": s_goods,
    "messages": s_messages, "posts": s_posts, "people": s_people, "speed": s_speed, "service": s_service, "s_vrm": s_subj_vrm, "s_phone": s_subj_phone,
    "s_handle": s_subj_handle, "s_bank": s_subj_bank, "s_email": s_subj_email, "s_age": s_subj_age,
    "r_phone": r_phone, "r_email": r_email, "r_name": r_name, "r_first": r_first, "r_address": r_address,
    "r_postcode": r_postcode, "r_full_address": r_full_address, "r_vrm": r_vrm, "r_nino": r_nino,
    "r_nhs": r_nhs, "r_bank": r_bank, "r_iban": r_iban, "r_card": r_card, "r_dob": r_dob, "r_age": r_age,
    "r_handle": r_handle, "r_url": r_url, "r_ip": r_ip, "r_utr": r_utr, "r_passport": r_passport,
    "r_licence": r_licence, "t_name": t_name, "t_namef": t_namef, "t_namem": t_namem, "hours": s_hours, "long": s_long, "t_phone": t_phone, "t_age": t_age, "t_address": t_address,
    "he": lambda c: [c.he()], "He": lambda c: [c.he().capitalize()], "his": lambda c: [c.his()],
    "His": lambda c: [c.his().capitalize()], "him": lambda c: [c.him()],
    "venue": lambda c: [c.rng.choice(VENUES)], "car": lambda c: [c.rng.choice(COLOURS) + " " + c.rng.choice(CAR_MODELS)],
    "station": lambda c: [c.subj.station],
    "subj2": lambda c: s_subj(c, c.subj2 or c.subj),
    "town": lambda c: [c.reporter.town],
}

SLOT_RE = re.compile(r"\{([^{}]+)\}")


def render(c, template):
    out = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        name = m.group(1)
        if name.startswith("="):
            out.append(c.rng.choice(name[1:].split("|")))
        else:
            vals = SLOTS[name](c)
            for v in vals:
                if isinstance(v, Val):
                    c.used_kinds[v.kind] += 1
            out.extend(vals)
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------

BODY = {
    "bribery": [
        "{subj} has been taking {=backhanders|bungs|cash} from {=the lads who run|the owner of} {venue} to keep quiet about the drugs, i saw {him} take {money} in an envelope on {event_date} at {time}",
        "{=I want to report|Reporting} {subj} from {station} who {=sells|leaks} information off the police computer. {He} told my cousin about a raid for {money} and the raid never happened",
        "there is an officer {subj} who gets paid by a local dealer. every friday about {time} {he} parks up behind {venue} and gets {money}. this has been going on for {duration}",
        "my {=brother|uncle|mate} owed money and {subj_short} said {he} could make the charge go away for {money}. the crime ref was {crime_ref}. {He} wanted it paid into {s_bank}",
        "{subj} told me the case against my son ({crime_ref}) would be dropped if we paid {money}. {He} rang me from {s_phone} on {event_date}",
        "i run a {=small garage|corner shop|taxi firm} and {subj} keeps asking for {money} a month otherwise {he} says {he} will have my licence looked at. {He} drives a {car} {s_vrm}",
        "{=Hi|Hello|Dear sir/madam}, i think {subj} is selling info to a gang. {He} was seen with them at {venue} around {time} and they knew about the {crime_ref} job before anyone",
        "{subj} offered to lose the evidence ({goods}) for {money}. I said no. This was on {event_date}, about {percent} of the stuff was never logged",
        "An officer from {station}, {subj}, tipped off a family friend before a warrant. He got {money} for it. Call {service} if you need the log, ref {crime_ref}",
        "{subj_short} takes free stuff from {venue} all the time and in return {he} ignores the {=illegal workers|fake goods|after hours drinking}, i have seen it at least {count}",
    ],
    "abuse_of_position": [
        "{subj} used the police national computer to look up my {=new partner|ex|sister} and then turned up at {venue}. This happened on {event_date} at about {time}",
        "{subj} has been checking on {his} ex's new boyfriend on the systems, {he} told people in the {=canteen|pub} about his previous convictions ({crime_ref})",
        "i was stopped by {subj} who then ran my plate {r_vrm} and later messaged me on facebook. how did {he} get my details if not from the system",
        "{subj} gets {his} mates off speeding tickets, {count} last {=year|month} that i know of, one was doing {speed} past a school lol",
        "{subj} ({collar}) threatened to arrest my {=dad|husband|son} unless he sold {him} his {car} cheap. {He} paid {money} for a car worth {money}",
        "{subj} has been using {his} warrant card to get free {=entry to clubs|food|taxi rides} and to jump queues, its been happening since {year}",
        "{subj} from {station} is running a side business {=fitting cars|selling vapes|doing security} out of the nick and uses police time to do it, about {hours} a week",
        "my {=landlord|boss|neighbour} is mates with {subj} who keeps coming round in uniform to intimidate me over a dispute. {He} came on {event_date} at {time} and again the next day",
        "{subj} {=leaked|passed on} my address to my ex partner after i reported him, ref {crime_ref}. now he knows where i live",
        "Officer {subj_short} took {goods} of seized {=phones|cigarettes|cash} home from the station on {event_date}, {collar}",
    ],
    "sexual_misconduct": [
        "{subj} who dealt with my burglary ({crime_ref}) kept messaging me after the case closed, calling me babe and asking to meet up. {He} messages from {s_phone}",
        "when i reported my ex, {subj} came to take a statement and then started adding me on insta ({s_handle}) and sending {messages} a night",
        "{subj} pulled me over on {event_date} about {time} and said {he} would let me off if i went for a drink with {him}",
        "my {=daughter|sister|friend} {t_namef} is {t_age} and {subj} has been messaging her on snapchat. {He} met her through the youth scheme",
        "{subj} ({collar}) made comments about my body in custody and touched me when there was no need. It was at {station} on {event_date}",
        "after my case {subj} turned up at my door at {time} off duty with wine. i felt i couldn't say no because {he} knows everything about me",
        "{subj} keeps sending me sexual messages, {messages} since {event_date}, {he} said nobody would believe me over a police officer",
        "{subj_short} offered to 'sort out' my caution if i slept with {him}. I have screenshots, ref {crime_ref}",
        "{subj} was the officer in my domestic case and {he} asked for pictures, {he} said it was for evidence but it wasn't. {He} uses {s_handle} on instagram",
        "a pcso called {subj2} keeps hanging round the college at {time} talking to girls, one of them is {t_namef} who is only {t_age}",
    ],
    "domestic_abuse": [
        "my {=husband|partner|boyfriend|fiance} is {subj} and {he} controls all my money, takes my bank cards and checks my phone every night. {He} said if i report {him} nobody will believe me because {he} is police",
        "my ex {subj} has been following me since we split in {year}. {He} uses the police computer to find where i am and turns up at {venue}",
        "i am reporting my {=wife|partner|girlfriend} {subj} who hits me. last time was {event_date} at about {time}, i had bruises for {duration}. i am scared to go to {station} because they all know {him}",
        "{subj} is my {=son-in-law|brother|daughter's partner} and my {=daughter|sister} {t_namef} is terrified of {him}. {He} smashed up the house {count} this year and she called {service} but nothing happened",
        "my neighbour is {subj}, every weekend there is screaming and {he} pushes his partner {t_namef} about in the garden. i rang {service} on {event_date}, log {crime_ref}",
        "me and {subj_short} were together {long}. {He} tracks my car {r_vrm} and always knows where i am. {He} is {collar}",
        "{subj} threatened to plant drugs in my car if i left. {He} has said {he} will take the kids. it's been like this since {year}",
        "my sister's husband is {subj}, he broke her arm on {event_date} and told the hospital she fell. she made me promise not to ring {service}",
        "{subj} keeps ringing me from withheld numbers, {count} on {event_date} alone. {He} got my new number from work systems",
        "I was married to {subj} for {long}, {he} monitored my emails and put a tracker on my {car}, {his} mates at {station} cover for {him}",
    ],
    "discrimination": [
        "{subj} called me a {=racist slur|p***|n-word} when {he} stopped me outside {venue} on {event_date} at about {time}. {He} then searched me for no reason",
        "{subj} posts racist stuff online as {s_handle}, there are {posts} on {his} page mocking muslims and refugees",
        "i work with {subj} at {station} and {he} makes homophobic comments every shift, calls gay lads in custody names. {=Nobody|No one} challenges {him}",
        "{subj} laughed at my {=wheelchair|hearing aids|autistic son} and said people like us waste police time. This was {event_date} at {time}",
        "{subj} refused to take my report because i am {=trans|a woman|polish|black} and said i was 'asking for it', crime ref {crime_ref}",
        "at the protest on {event_date} {subj} ({collar}) shoved an elderly asian man and said 'go back home'. i filmed about {duration} of it",
        "{subj} in the group chat shares jokes about disabled people and women, i have seen {posts}, {his} handle is {s_handle}",
        "{subj_short} told my {=mum|dad|aunt} she should learn english before calling {service}. {He} is at {station}",
        "{subj} stopped and searched my son {t_namem} ({t_age}) {count} this year, always the black kids never the white ones",
        "{subj} made misogynistic comments about female colleagues, rating them out of ten in front of {people}, {percent} of them are probationers",
    ],
    "other": [
        "{subj} turned up drunk on duty on {event_date} at around {time}, i could smell it. {He} was driving the car {s_vrm}",
        "I'm not sure which category this fits but {subj} from {station} is always on {his} phone gambling while on shift, {=lost|spent} {money} once",
        "{subj} is mates with a known {=burglar|dealer|fraudster} and goes to his house in {his} own car {s_vrm}. Seen {count}",
        "{subj} took my statement on {event_date} and then lied in court about it, case {crime_ref}. I want someone to look at this",
        "{subj} let {his} dog attack my dog in the park and said {he} was police and i couldn't do anything. Happened at {time}",
        "{subj} is claiming overtime {he} doesn't work, about {money} a month, everyone at {station} knows",
    ],
}

OPENINGS_ONLINE = [
    "", "", "", "Hi, ", "Hello. ", "To whom it may concern, ", "hi there ", "I want to report an officer. ",
    "Sorry if this is the wrong place. ", "Dear Crimestoppers, ", "i dont know where else to go with this. ",
]
OPENINGS_PHONE = [
    "caller states ", "yeah hi um ", "right so ", "yes hello i'm ringing about a police officer ",
    "um ok so basically ", "hiya ", "hello is this the anti corruption line, ok so ",
]

INTROS = [  # the reporter introduces themself
    "My name is {r_name}. ", "my name is {r_name} and ", "I'm {r_first}, ", "Hi, I'm {r_name}. ",
    "this is {r_name} speaking. ", "It's {r_first} here. ", "call me {r_first}. ", "i am {r_name} and ",
    "I am {r_first} and i am {r_age}. ", "{r_name} here. ",
]

SIGNOFFS = [
    "Thanks, {r_first}", "Regards, {r_name}", "- {r_first}", "cheers {r_first}", "Many thanks\n{r_name}",
    "thank you. {r_name}", "Kind regards, {r_name}", "x {r_first}", "from {r_name}",
]

REPORTER_ID = {
    "phone": ["you can ring me on {r_phone}", "my number is {r_phone}", "call me on {r_phone} after {time}",
              "mob {r_phone}", "text me on {r_phone} dont ring as {he} checks", "my mobile is {r_phone}",
              "ring {r_phone} if you need more", "contact no. {r_phone}", "tel: {r_phone}"],
    "email": ["email me at {r_email}", "my email is {r_email}", "contact me on {r_email}",
              "you can reach me by email {r_email}", "e-mail: {r_email}"],
    "address": ["I live at {r_full_address}", "my address is {r_full_address}",
                "{He} came round to mine at {r_full_address} on {event_date}",
                "{He} parked outside my house ({r_address}) for {duration}", "i live on {r_address}"],
    "postcode": ["my postcode is {r_postcode}", "i'm in {r_postcode}", "postcode {r_postcode}",
                 "{he} knows i live near {r_postcode}"],
    "vehicle_reg": ["my car is a {car} reg {r_vrm}", "{he} ran my plate {r_vrm} on the PNC",
                    "{he} keeps stopping my car ({r_vrm})", "i drive a {car}, {r_vrm}"],
    "nino": ["my NI number is {r_nino}", "national insurance {r_nino}", "my NINO is {r_nino}",
             "{he} looked me up with my national insurance number {r_nino}"],
    "nhs_number": ["my NHS number is {r_nhs}", "nhs no {r_nhs}", "the hospital had me under nhs number {r_nhs}"],
    "bank": ["i paid {him} {money} from my account, {r_bank}", "my bank details are {r_bank}",
             "the money came out of {r_bank}"],
    "iban": ["i transferred {money} from my IBAN {r_iban}", "my iban is {r_iban}"],
    "card": ["{he} took my card {r_card} and used it", "{he} used my bank card ending... actually the whole number is {r_card}",
             "card number {r_card}"],
    "date_of_birth": ["my date of birth is {r_dob}", "DOB {r_dob}", "i was born {r_dob}", "d.o.b. {r_dob}"],
    "age": ["I'm {r_age}", "I am {r_age} years old", "im {r_age} btw", "i'm a {r_age} year old {=woman|man|mum}",
            "aged {r_age}"],
    "handle": ["my insta is {r_handle}", "{he} follows me on tiktok, i'm {r_handle}", "my snapchat is {r_handle}",
               "{he} messages my twitter {r_handle}"],
    "url": ["my facebook is {r_url}", "see my post about it {r_url}", "i put it on {r_url}"],
    "ip_address": ["i'm sending this from my home wifi, IP {r_ip} if that helps",
                   "{he} said {he} could trace my ip address {r_ip}"],
    "utr": ["{he} asked for my UTR which is {r_utr}", "my self assessment UTR is {r_utr}"],
    "passport": ["{he} kept my passport, number {r_passport}", "passport no. {r_passport}"],
    "driving_licence": ["{he} photographed my driving licence {r_licence}", "my licence number is {r_licence}"],
}
REPORTER_ID_WEIGHTS = {
    "phone": 14, "email": 11, "address": 9, "postcode": 7, "vehicle_reg": 7, "nino": 5, "nhs_number": 5,
    "bank": 5, "iban": 4, "card": 4, "date_of_birth": 6, "age": 5, "handle": 6, "url": 3, "ip_address": 3,
    "utr": 2, "passport": 2, "driving_licence": 2,
}

SUBJECT_ID = [
    "{His} personal mobile is {s_phone}", "{he} texted me from {s_phone}", "{he} drives a {car} {s_vrm}",
    "{his} insta is {s_handle}", "{he} goes by {s_handle} online", "{he} wanted the money sent to {s_bank}",
    "{he} emailed me from {s_email}", "{he} is {s_age}, {=tall|short|stocky} with a beard",
    "{he} was in an unmarked {car} reg {s_vrm}",
]

THIRD_ID = [
    "my neighbour {t_namef} saw it all, her number is {t_phone}", "a witness called {t_name} was there",
    "{t_name} who lives at {t_address} will back me up", "the girl involved is {t_namef}, she is {t_age}",
    "{t_name} (mob {t_phone}) can tell you more", "another victim is {t_name}",
]

LOOKALIKE_EXTRA = [
    "I called {service} at the time", "it was about {time}", "this was on {event_date}", "it's been going on since {year}",
    "he has done this {count}", "the ref i was given is {crime_ref}", "i was told to ring {service} but nothing happened",
    "he wanted {money}", "its about {percent} of his income i reckon", "it lasted {duration}",
]

LOCATIONS = [
    "outside {venue}", "{venue} on {t_address}", "at {station} police station", "my flat, {r_full_address}",
    "my house", "{t_address}, {town}", "the car park behind {venue}", "online", "at my home address {r_address}",
    "near {r_postcode}", "{venue}, {town}", "in custody at {station}", "in {his} car ({s_vrm})",
]

DESCRIPTIONS = [
    "{=tall|short|medium build}, {=beard|shaved head|glasses|tattoo on neck}", "{=about |roughly |}{s_age}, {=white|asian|black|mixed race}, {=dark|fair|grey} hair",
    "drives a {car} {s_vrm}", "goes by {s_handle} on insta", "{=usually|always} on nights, about {s_age}",
    "works on response team {=2|3|4}", "older officer, {=maybe |}{s_age}", "has a {car}, reg {s_vrm}", "",
]


def build_report(rng, idx):
    c = Ctx(rng, idx)
    rep = c.reporter
    nb = Builder()
    phone_ch = c.channel == "telephone"

    # opening + optional self-introduction
    nb.add(rng.choice(OPENINGS_PHONE if phone_ch else OPENINGS_ONLINE))
    if rng.random() < 0.35:
        nb.add(render(c, rng.choice(INTROS)))

    # body: 2-3 sentences from the main category, maybe one from the second
    bodies = rng.sample(BODY[c.cat], rng.choice([1, 2, 2, 3]))
    if len(c.cats) > 1:
        bodies.append(rng.choice(BODY[c.cats[1]]))
    sentences = [render(c, b) for b in bodies]

    if rng.random() < 0.5:
        sentences.append(render(c, rng.choice(LOOKALIKE_EXTRA)))

    # the reporter's own identifiers
    kinds = list(REPORTER_ID_WEIGHTS)
    n_ids = rng.choices([0, 1, 2, 3, 4, 5], [8, 22, 28, 22, 12, 8])[0]
    chosen = []
    for _ in range(n_ids):
        k = rng.choices(kinds, [REPORTER_ID_WEIGHTS[x] for x in kinds])[0]
        if k not in chosen:
            chosen.append(k)
    if c.mode == "confidential" and rng.random() < 0.7 and not {"phone", "email"} & set(chosen):
        # confidential reporters often repeat their contact details in the
        # text, formatted differently from the contact block
        chosen.append(rng.choice(["phone", "phone", "email"]))
    for k in chosen:
        sentences.append(render(c, rng.choice(REPORTER_ID[k])))
    if rng.random() < 0.3:
        sentences.append(render(c, rng.choice(SUBJECT_ID)))
    if rng.random() < 0.3:
        sentences.append(render(c, rng.choice(THIRD_ID)))

    # keep the body first, shuffle the rest lightly
    head, tail = sentences[:len(bodies)], sentences[len(bodies):]
    rng.shuffle(tail)
    sentences = head + tail

    style = rng.random()
    for i, s in enumerate(sentences):
        if i:
            if phone_ch:
                nb.add(rng.choice([" and ", " um ", ", ", " so ", " yeah ", ". "]))
            elif style < 0.3:  # run-on writer
                nb.add(rng.choice([" and ", ", ", " ", " and then "]))
            elif style < 0.4:
                nb.add(rng.choice(["\n", "\n\n"]))
            else:
                nb.add(rng.choice([". ", ". ", ". ", "! ", ".. "]))
        nb.add(s)
    if rng.random() < 0.35 and not phone_ch:
        nb.add(rng.choice([". ", "\n\n", "\n", " "]))
        nb.add(render(c, rng.choice(SIGNOFFS)))
    elif phone_ch and rng.random() < 0.2:
        nb.add([" and my name is "] + r_name(c) + [" if you need it"])
    else:
        nb.add(rng.choice([".", "", ".", " thanks"]))

    lower = (phone_ch and rng.random() < 0.6) or (not phone_ch and rng.random() < 0.2)
    narrative, anns = nb.render("narrative", lower=lower, typo_rng=rng if rng.random() < 0.4 else None)

    # incident location
    lb = Builder()
    lb.add(render(c, rng.choice(LOCATIONS)))
    location, lanns = lb.render("incident.location", lower=rng.random() < 0.3)
    anns += lanns

    # subjects
    subjects = []
    for si, s in enumerate([c.subj] + ([c.subj2] if c.subj2 else [])):
        saved = c.subj
        c.subj = s
        db = Builder()
        db.add(render(c, rng.choice(DESCRIPTIONS)))
        desc, danns = db.render("subjects[%d].description" % si)
        c.subj = saved
        anns += danns
        sj = {}
        if rng.random() < 0.9:
            sj["name"] = s.full if rng.random() < 0.7 else s.last
        sj["role"] = s.role
        if s.rank_abbr and rng.random() < 0.9:
            sj["rank"] = s.rank_abbr if rng.random() < 0.7 else s.rank_full
        if s.shows_collar and rng.random() < 0.6:
            sj["collar_number"] = s.collar
        sj["force"] = c.force if rng.random() < 0.9 or c.force not in FORCE_ALIASES else rng.choice(FORCE_ALIASES[c.force])
        if rng.random() < 0.8:
            sj["station"] = s.station
        if desc:
            sj["description"] = desc
        if rng.random() < 0.2:
            sj["online_handles"] = ["@" + s.handle]
        subjects.append(sj)

    report = {"schema_version": 1, "id": "r-2026-%06d" % (idx + 1),
              "received": "2026-%02d-%02d" % (rng.randrange(1, 12), rng.randrange(1, 29)),
              "channel": c.channel, "categories": c.cats}
    if c.dis_types:
        report["discrimination"] = c.dis_types
    report["subjects"] = subjects
    inc = {}
    if rng.random() < 0.85:
        if rng.random() < 0.8:
            inc["date"] = "20%02d-%02d-%02d" % (rng.choice([24, 25, 26]), rng.randrange(1, 13), rng.randrange(1, 29))
        else:
            inc["date"] = {"from": "2025-%02d-01" % rng.randrange(1, 7), "to": "2026-%02d-15" % rng.randrange(1, 11)}
    inc["location"] = location
    inc["on_duty"] = rng.choice([True, True, False, None])
    inc["setting"] = rng.choice(["in_person", "in_person", "online", "both", "unknown"])
    report["incident"] = inc
    report["narrative"] = narrative
    report["how_known"] = rng.choice(["first_hand", "first_hand", "second_hand", "unknown"])
    report["safeguarding"] = {"someone_at_risk": rng.random() < 0.2, "immediate_danger": rng.random() < 0.05}
    if c.mode == "confidential":
        contact = {}
        if rng.random() < 0.85:
            contact["name"] = rep.full
        r = rng.random()
        if r < 0.8:
            contact["phone"] = "0" + rep.mobile[:4] + " " + rep.mobile[4:] if rng.random() < 0.7 else "+44" + rep.mobile
        if r > 0.5 or "phone" not in contact:
            contact["email"] = rep.email_local + "@" + rep.email_domain
        if rng.random() < 0.4:
            hn = ("Flat %d, " % rep.flat if rep.flat else "") + "%d %s %s, %s" % (rep.house, rep.street, rep.stype[0], rep.town)
            contact["address"] = hn
            contact["postcode"] = rep.postcode
        if rng.random() < 0.5:
            contact["best_time"] = rng.choice(["evenings", "after 6pm", "weekday mornings", "any time", "not before 10"])
        report["reporter"] = {"mode": "confidential", "contact": contact}
        # confidential reporters often repeat their details in the text: make
        # sure at least one contact value also appears there, formatted
        # differently (handled by the sentences above in most cases)
    else:
        report["reporter"] = {"mode": "anonymous"}
    if rng.random() < 0.15:
        report["attachments"] = [{"file_name": "IMG_%04d.jpg" % rng.randrange(1000, 9999), "media_type": "image/jpeg",
                                  "size_bytes": rng.randrange(50000, 4000000)}]
    return report, anns


# --------------------------------------------------------------------------
# Self-checks
# --------------------------------------------------------------------------


def field_text(report, path):
    if path == "narrative":
        return report["narrative"]
    if path == "incident.location":
        return report["incident"]["location"]
    m = re.fullmatch(r"subjects\[(\d+)\]\.(description|station)", path)
    if m:
        return report["subjects"][int(m.group(1))][m.group(2)]
    raise KeyError(path)


WORD = re.compile(r"[^\W\d_]+")


def check(report, anns):
    by_field = defaultdict(list)
    for a in anns:
        text = field_text(report, a["field"]).encode("utf-8")
        assert text[a["start"]:a["end"]].decode("utf-8") == a["value"], (report["id"], a)
        by_field[a["field"]].append(a)
    # no overlapping annotations within a field
    for f, lst in by_field.items():
        lst = sorted(lst, key=lambda a: a["start"])
        for x, y in zip(lst, lst[1:]):
            assert x["end"] <= y["start"], (report["id"], x, y)
    # the reporter's name parts must not appear unannotated in any field
    names = [a["value"] for a in anns if a["kind"] == "name" and a["party"] == "reporter"]
    parts = {p.lower() for n in names for p in WORD.findall(n) if len(p) >= 3}
    for f, lst in by_field.items():
        b = field_text(report, f).encode("utf-8")
        masked = bytearray(b)
        for a in lst:
            masked[a["start"]:a["end"]] = b"#" * (a["end"] - a["start"])
        words = {w.lower() for w in WORD.findall(masked.decode("utf-8", "replace"))}
        assert not (parts & words), (report["id"], f, parts & words)
    # validators
    for a in anns:
        v = re.sub(r"[^0-9A-Za-z]", "", a["value"].translate({0xFF10 + i: 0x30 + i for i in range(10)}))
        k = a["kind"]
        if k == "card":
            assert luhn_ok(v), a
        elif k == "iban":
            assert iban_ok(v.upper()), a
        elif k == "postcode":
            assert POSTCODE_RE.match(v.upper()), a


# --------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=COUNT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print corpus statistics to stderr")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines = []
    stats = Counter()
    disguised = Counter()
    cats = Counter()
    chans = Counter()
    modes = Counter()
    forces = Counter()
    for i in range(args.count):
        report, anns = build_report(rng, i)
        check(report, anns)
        for a in anns:
            stats[(a["kind"], a["party"])] += 1
            if "disguise" in a:
                disguised[a["kind"]] += 1
        for ct in report["categories"]:
            cats[ct] += 1
        chans[report["channel"]] += 1
        modes[report["reporter"]["mode"]] += 1
        forces[report["subjects"][0]["force"]] += 1
        lines.append(json.dumps({"report": report, "annotations": anns}, ensure_ascii=False))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    if args.stats:
        total = sum(stats.values())
        look = sum(v for (k, p), v in stats.items() if p == "lookalike")
        ident = total - look
        print("reports: %d" % args.count, file=sys.stderr)
        print("categories: %s" % dict(sorted(cats.items())), file=sys.stderr)
        print("channels: %s  modes: %s" % (dict(chans), dict(modes)), file=sys.stderr)
        print("forces (%d): %s" % (len(forces), dict(forces.most_common())), file=sys.stderr)
        print("annotations: %d (identifying %d, look-alikes %d)" % (total, ident, look), file=sys.stderr)
        kinds = sorted({k for k, _ in stats})
        print("%-16s %9s %9s %12s %10s %10s" % ("kind", "reporter", "subject", "third_party", "lookalike", "disguised"), file=sys.stderr)
        for k in kinds:
            print("%-16s %9d %9d %12d %10d %10d" % (k, stats[(k, "reporter")], stats[(k, "subject")],
                                                   stats[(k, "third_party")], stats[(k, "lookalike")], disguised[k]), file=sys.stderr)
        dis = sum(disguised.values())
        rep_total = sum(v for (k, p), v in stats.items() if p == "reporter")
        dis_rep = None
        print("disguised: %d of %d identifying values (%.1f%%)" % (dis, ident, 100.0 * dis / max(ident, 1)), file=sys.stderr)
        print("reporter values: %d" % rep_total, file=sys.stderr)


if __name__ == "__main__":
    main()
