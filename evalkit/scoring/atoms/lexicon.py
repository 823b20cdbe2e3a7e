"""Word lists the extraction stages consult: generic acronyms, words that are not names, words
that are not counted nouns, brand names written in lower case (the "brand tail", e.g. "SK hynix"),
and the everyday-English list loaded from `evalkit/scoring/data/common_words.txt`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..wordforms import unclipped

# The word list ships as package data of `evalkit.scoring` (pyproject package-data).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


GENERIC_ACRONYMS = frozenset({
    "AI", "ML", "DL", "NLP", "LLM", "GPU", "CPU", "ASIC", "FPGA", "HPC", "API", "SDK", "CEO", "CTO",
    "CFO", "COO", "VP", "IT", "OS", "UI", "UX", "FAQ", "PDF", "URL", "HTTP", "HTTPS", "RAM", "SSD",
    "IPO", "GDP", "USB", "LED", "PC", "TV", "OK", "AM", "PM", "ETA", "FYI", "TBD", "NB", "PS",
    "R&D", "Q&A", "B2B", "B2C", "P2P", "2D", "3D", "SAAS", "EOL", "FLOP", "FLOPS",
})

# Capitalised words that are not names: function and discourse words, pronouns, the days and
# months, and so on. Compared casefolded. A run of capitalised words is trimmed of these at both ends.
# A day in the plural ("On Tuesdays Marlow cooks": every Tuesday) opens no name after it; on its
# own it stays a word the evidence must give.
PLURAL_DAYS = frozenset("mondays tuesdays wednesdays thursdays fridays saturdays sundays".split())
STOP_CAPS = frozenset("""
a an the this that these those it its it's in on at as for from by with without to of and or but
nor if when while where which who whom whose what why how however additionally furthermore
moreover also certainly yes no not notably despite although though because since so therefore
thus then there here we you he she they i me my our your their his her him them us some many
most several each every all both either neither other another such overall finally first second
third firstly secondly lastly meanwhile instead indeed still yet just only even please note
sure hence given based according after before during until unlike like over under between among
through per via once whether today yesterday tomorrow currently now previously recently
specifically generally typically essentially ultimately importantly similarly consequently
accordingly nonetheless nevertheless otherwise alternatively regarding considering following
including let do does did is are was were be been has have had will would can could should
might must shall about above below into onto out up down off again further more less than very
much any few well oh ok okay hi hello thanks thank dear mr mrs ms dr prof sir madam
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
""".split())

# Brand names written in lower case cannot be found by capitalisation; these join a preceding
# capitalised word ("SK hynix"). Extend when a corpus needs it.
LOWERCASE_NAME_TAILS = frozenset({"hynix"})
# A company's legal form written out, and the short form that is the same word ("Larchwood Kitchens
# Limited" is "Larchwood Kitchens Ltd"): a closed class; an entity's key holds the short form.
LEGAL_FORMS_WRITTEN_OUT = {"limited": "ltd", "incorporated": "inc", "corporation": "corp"}
# Nouns that name a point by what happens at it ("the date of issue", "the sale date", "the day of the
# flight"): the point is the event, and two points share no word by sharing these (a closed class)
POINT_NOUNS = frozenset("date day time".split())
# Name particles join two capitalised words ("Vincent van Gogh", "Leonardo da Vinci").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "al"})

# The phrases after a value that say it is a total ("84 in all", "six hundred pounds twenty
# altogether"), a closed class; each reader joins the words with its own spacing.
TOTAL_WORDS = "in all|in total|altogether|all told"

# Words that follow a number but are not counted nouns ("16 of them", "5 are", "8k versus 32k"; a
# subordinator opens a clause: "the report said seven because ...").
NOT_COUNTED = frozenset("""
of the a an and or nor to in on at by for from with as is are was were be been being has have had
will would can could should may might must that this these those which who whom whose what it its
they them their we us our you your he she his her him i me my not no more less than per each every
all some any both other others such so if when while where then there here also only just about
over under into onto out up down off after before since until between among through during against
via vs versus but yet again later earlier ago respectively etc plus minus times total alone apiece
last next previous past same own already ever never always often even still
or percent more most least many much few fewer several lot lots bit
because although though unless whereas whether
""".split())

# Which days a length of time counts, as the word before its unit says (closed classes): the days
# of a working week only ("10 working days"; a week of them is 5 days), or every day, weekends too
# ("10 calendar days", "10 consecutive days"). One of each is not the same length of time.
WEEKDAYS_ONLY = frozenset({"working", "business", "school"})
EVERY_DAY = frozenset({"calendar", "consecutive"})

# Adjectives skipped between a number and its counted noun ("6 active stacks" counts stacks).
COUNT_ADJECTIVES = frozenset("""
active additional new more other separate different major minor main key large small big top
leading individual unique extra further consecutive straight known possible full distinct
dedicated physical independent identical similar potential existing current former primary
available total high-end low-end
""".split())

_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "dies": "die",
    "series": "series", "species": "species", "data": "data", "media": "media",
    "criteria": "criterion", "analyses": "analysis", "indices": "index", "matrices": "matrix",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
}

# The cardinal number words below a hundred, in two closed classes (a compound, "forty-two", is two words)
SMALL_NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split())
}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def is_count_word(word: str) -> bool:
    """A number written as one word: digits ("12", "3rd") or a cardinal word ("twelve", "forty"),
    lower-case."""
    return word[:1].isdigit() or word in SMALL_NUMBERS or word in TENS


# The ordinal words, first to twentieth (English's closed class; a month's days go on from them).
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}

# the days of the week, a closed class (aliases: a weekday's plural; meaning: a time bound by a day)
# the days of the week in their order (meaning reads a weekday as its place in the week)
WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEK)
# each day by its name, its first three letters and the longer short forms ("Tues", "Thur", "Thurs")
WEEKDAY_FORMS = frozenset(form for name in WEEK for form in (name, name[:3])) | {"tues", "thur", "thurs"}
# the periods things recur by ("every minute", "each fortnight", "fortnightly"): a closed class
PERIODS = ("minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year")

# the months in their order, and each by its name, its first three letters and "sept"
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {form: n for n, name in enumerate(MONTH_NAMES, start=1) for form in (name, name[:3])} | {"sept": 9}


PLURAL_ACRO_RE = re.compile(r"[A-Z]{2,}s")


_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t")


def singular(word: str) -> str:
    if PLURAL_ACRO_RE.fullmatch(word):  # "GPUs": an acronym's plural
        return word[:-1].casefold()
    w = word.casefold()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("pus") and len(w) <= 5 or w[:-1].upper() in GENERIC_ACRONYMS:
        return w[:-1]  # "gpus", "cpus", "tpus": a lower-cased acronym's plural, not "status"
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def strip_possessive(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word
    for suffix in _CONTRACTIONS:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def is_generic(word: str) -> bool:
    w = word.upper()
    return w in GENERIC_ACRONYMS or (w.endswith("S") and w[:-1] in GENERIC_ACRONYMS and word[-1] == "s")


# Words that title case leaves in lower case.
FUNCTION_WORDS = frozenset("a an the of and or nor but so yet in on at for to with by from vs via as is are be "
                            "into onto over under about than per up out off its not no".split())


# "ily": an adverb of an adjective in -y ("ordinarily", "steadily"); "able": an adjective of a verb
# ("foldable")
_SUFFIXES = ("ing", "ed", "es", "s", "ily", "ly", "ers", "er", "ations", "ation", "ments", "ment", "ness", "ies", "ied",
             "able", "ible")
# prefixes that make a word of a word ("unloading", "refreshments": a closed class of English)
_PREFIXES = ("un", "re", "dis", "non", "pre", "mis")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = DATA_DIR / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    # with the periods, everyday words the vocabulary may lack (and their adverbs: "Fortnightly, on
    # Saturdays")
    return frozenset(w for w in lines if w and not w.startswith("#")) | frozenset(PERIODS)


def is_common_word(word: str) -> bool:
    """An everyday English word (or an inflection of one): capitalised first in a sentence, it is
    no evidence of a name. Unknown words there ("Marvell, ...") are read as names."""
    common = _common_words()
    # (a word written short is as everyday as the word it clips: "Asst", "Dept", "lab"; one made by
    # a prefix from an everyday word of five letters or more is everyday too: "unloading", "refreshments")
    return _everyday(word, common) or any(
        word.startswith(p) and len(word) - len(p) >= 5 and _everyday(word[len(p):], common) for p in _PREFIXES)


def _everyday(word: str, common: frozenset[str]) -> bool:
    return word in common or unclipped(word) in common or any(base in common for base in inflection_bases(word))


# a verb's past form ("countersigned", "stopped", "carried")
PAST_SUFFIXES = ("ed", "ied")


def inflection_bases(word: str, suffixes: tuple[str, ...] = _SUFFIXES) -> list[str]:
    """The words `word` may be an inflection or derivation of, by its ending among `suffixes`:
    "countersigned" -> "countersign", "countersigne"; "stopped" -> "stopp", "stop"; "carried" ->
    "carry"."""
    out = []
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e", stem + "y"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out
