"""Checkable atoms of a text: quantities, numbers, years, quarters, dates, times of day, named
entities, codes.

Each atom carries a canonical `key`: two mentions of the same fact get the same key ("$2M" and
"2 million dollars" are both ``quantity:USD:2000000``) and different facts get different keys
("4,424" is ``number:4424``, "44,240" is ``number:44240``). Numeric atoms also carry `value`
(and `high` for ranges) and a normalised `unit`; `same_fact`, `stated_by` and `comparable`
(compare.py) are the one definition of when two atoms state the same fact, when one states the
other's (a date more finely; `given_by` also where a change starts), or could contradict each other.

Pure Python (stdlib `re`, `unicodedata`, `decimal`): a few hundred microseconds per answer.

    lexicon.py  word lists, the everyday-word list (scoring/data), the brand tail
    bounds.py   `bound_of`: the comparator on a number ("at least 6", "no later than 6 pm")
    units.py    unit tables, and which units are measures
    numbers.py  numbers and quantities      dates.py  times of day, dates, quarters, years
    names.py    codes and named entities    extract.py  `extract_atoms`, the stages in order
    compare.py  `same_fact`, `stated_by`, `given_by`, `comparable`
    arithmetic.py  `worked_out`: a value an answer works out from two others it states (`times_of`,
                   a multiple of one by the other; `rest_of`, what a share taken off leaves;
                   `shifted`, a time or date moved by a length)
"""
from __future__ import annotations

from .atom import Atom
from .compare import comparable, given_by, same_fact, stated_by
from .extract import extract_atoms
from .lexicon import is_common_word
from .names import attested_names, lowercase_words
from .numbers import QUALIFIER_WORDS

__all__ = ["QUALIFIER_WORDS", "Atom", "attested_names", "comparable", "extract_atoms", "given_by", "is_common_word", "lowercase_words",
           "same_fact", "stated_by"]
