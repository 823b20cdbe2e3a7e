"""Meaning conflicts between a claim and a sentence it aligns with, without a judge model.

Two statements about the same thing (they share most of their content words) conflict when:
- **polarity**: one negates what the other states ("a doctor's note is not required" /
  "a doctor's note is required"; "no significant difference" / "a significant difference"; a
  denied verb of permission denies its infinitive's act too, "doesn't allow them to be repaired");
  a denial that concedes a case, "no receipt is issued, even if the bag is kept overnight",
  denies what the other side says follows from that case, "if the bag is kept overnight, a receipt
  is issued";
  one grants a permission ("are allowed on the trains", not after a negative quantifier: "no
  drinks are allowed") the other forbids with a negated modal ("must not be brought onto the
  trains", or a modal in the passive, "can also be used for a business" / "shall not be used for
  any business"); one states an obligation ("you still have to attach evidence")
  the other says there is none of ("No evidence is required"), read on the act or thing it is
  about, which may be the one word the two share (`obligations`; the side that says there is none
  denies only what it names, numbers included; a recommendation, "helmets are recommended", says
  there is none, so it weakens an obligation and "required" strengthens it; "with X" in a clause
  that grants, "may travel alone with a consent form", needs X); or one concedes a case ("it applies even when
  your train was cancelled") the other excepts ("is deducted, except where your train was cancelled");
- **scope**: the claim grants to a whole set ("all dogs are welcome", "not just assistance dogs")
  what the evidence limits to a kind of it ("only assistance dogs", "in the fast lane only",
  "assistance dogs are welcome; other dogs are not allowed"), saying the same of it
  (`restrictions`); or it says an act needs no condition ("you don't need to give any reason",
  "regardless of …") the evidence sets on it ("only if you explain why", "provided", "as long as")
  and the claim with the claim before it is about that sentence;
- **direction**: one uses a word of comparison, change or order and the other its opposite
  ("rose" / "fell", "more" / "fewer", "before" / "after", "at least" / "at most", "mild" /
  "severe", "heating" / "cooling"). Verbs of change form two poles ("increases" is the opposite
  of "falls" and "drops"; "falls" says what "decreases" says), so do words of comparison
  ("above" is the opposite of "lower" and "less"; "warmer" of "colder", "widens" of "narrows";
  the ends of a range too, "maximum" and "largest" of "minimum" and "least"),
  "afterwards" and "beforehand" say what "after"
  and "before" say, and "first" with no noun of its
  own is an order in time, "earlier" ("whichever comes first"). A word of direction that
  qualifies a noun the other side does not say ("the minimum term") is about something else, as
  are two comparisons with other objects ("3 days later than A" / "5 days earlier than B"); one
  comparison stated from the other side agrees ("A is warmer than B" / "B is colder than A"), and
  opposite bounds of one value in two leading clauses that set cases with outcomes of their own
  ("Once four or more are sailed, …" / "When fewer than four are sailed, …") are two cases;
  "with" and "without" oppose each other only on a shared object, as do "within" and "outside",
  and "during" and "outside"; the ends of a period oppose ("start"/"begin" and "end"/"finish");
  "until" bounds a time from the other side to "from", "after" and "since" ("until 3 pm" /
  "from 3 pm", the same object), as do "by" and "up to" before a date ("by Friday 13 November",
  "by the 5th"), and "no later than", "not after" and "on or before" say what "by" says before a
  day, "no earlier than", "not before" and "on or after" what "from" says; a way or a window
  told from its other end says the opposite ("from Hartfield to Broughton" / "from Broughton to
  Hartfield" or "to Hartfield from Broughton"; "from fortnightly to monthly" / "fortnightly rather
  than monthly"; of times only, "between October and February" / "between February and
  October", or the window by its two bounds, "after 07:00 and before 23:00" / "from 23:00 to
  07:00"), unless the evidence goes both ways; and a
  particle turned round on the same verb says the opposite ("switched off" / "switched on").
  Converse verbs tell one exchange from each party's side: "the Conductor sells you a ticket" is
  what "you buy a ticket from the Conductor" says (the subject of one is named after the other,
  or one is passive: "tenants are given notice" / "tenants receive notice");
- **change**: a change of a value turned round (`changes`, `reversed_change`): its word of change
  against its own values ("lowered from 4 to 8"; "more often: every 12 months rather than every
  6 months"; a comparative and the two values it compares, "closes later: 40 minutes before
  departure rather than 30"), its values swapped against the evidence's
  ("from £48 to £42" where the evidence says "£48 (it was £42)"; a sign on a value is no break,
  "from 3% to 5%"; a value "to" then one "from" is
  the value now, then the one before: "cut to £65 from £75"), or its way against theirs with
  a value in the same place ("cut to £48"), or its value now the one the evidence says it left
  ("brought forward to Sunday" / "moves from Sunday to Monday"); a time of day ("20:30"), a date
  ("30 April 2027", its year aside) and a day of the week are one value each, "brought forward"
  says earlier, and a sentence of values alone, its marker aside ("£41.00 (up from
  £38.00)", "77.5% (previously 80%)", a reference) is about what the question asks; a comparative said of a value in a
  clause after it against the value the evidence says it replaced ("six sailings, which is more
  than in summer" / "six sailings, down from nine in summer") or gives for the thing compared with
  ("£612, which is above the cap" / "the cap (£719)"), in a clause of its own when the sentence
  says the value too ("7.49%, which is lower than the initial fixed rate" / "An initial fixed
  rate of 4.29% until 2032. - After that, the SVR, currently 7.49%"); and a value said to be
  above, below, over, under, more, less or further than a value in the same unit the claim gives
  itself, the wrong way round ("1,240 ng/L, which is below the threshold of 400 ng/L"; "about 31
  hours, so the job came in under the 26.5-hour estimate"), which says the opposite of any
  evidence.

What a negation denies is the words it governs, its predicate and that predicate's argument (a
name that opens the negated phrase with them: "no DSA for a day trip"; a name or a number alone is
no predicate, the atom rules compare those), and the other side must state those same words, as a
statement of the same kind. "no longer" and "no more" with no "than" deny ("no longer
significant"); a negative quantifier ("no", "none", "nobody") governs its whole clause ("there
were no grade 4 reactions in either arm" says what "none in either arm" says), and one that opens
a subject denies its predicate too, through its verb ("no Group B work may be shown" does not deny
"the Group B works come off display"), and one over a bound in its predicate states a limit ("No
walker may take more than four dogs" is "up to four"), denied only by that bound said the same way
("a walker may take more than four"); "but" ends what a negation denies ("not Fiona Redpath but
Daniel Achterberg"). "fall short of" denies its object as "not" does ("fell
short of significance"); a word of negative polarity ("either", "any", "ever") after a negator of
its clause carries the denial on to what it opens, however far ("weren't recorded inside the fence
in either season" says "not in either season"); a number with the quantifier that counts it ("every
4 days, not every three") is no predicate either. A word of comparison that stands between two
numbers of its clause and orders them as it says compares the claim's own values ("Six bottles is
below the 12-bottle threshold" against "free for 12 bottles or more"), which the atom rules check.
A word of exemption denies what it is about ("the fee is
waived", "exempt from the fee", "free of charge" say "no fee"); so does a privative word, of what
it is made from ("unlit" says "no lights", "undrawn" "nothing drawn"). "not a" or "not one" that
opens a clause is a negative quantifier ("not a cent had been drawn"). A negative quantifier an
exception follows at once ("nobody except the manager", "nothing but gravel") says "only X": it
affirms X and denies nothing either side names. Further:
- a negation both sides share does not hide the next one of the same clause ("there is no
  service charge and tips are not accepted"), and a quantifier in a leading subordinate clause
  ("Since there is no service charge, …") governs nothing after its comma;
- the other side does not deny them too (a negation elsewhere in it, about something else, does
  not count, but one that governs no word, "when the blue bin isn't", may stand for any, as may
  the answer's bare "No", though not the "No" that opens an evidence sentence;
  "rather than X" and "instead of X" deny X, unless the other side names the chosen phrase's
  head before X and so ranks them alike: "picks Option B (pause the rebuild) over Option A (fail
  over)" for "pause the rebuild rather than fail over", or says X as where a change started
  ("brought it forward from the next service" for "after 25 hours rather than at the next
  service": `_said_as_replaced`);
- a negated verb denies its predicate of its subject, and the subject too counts as denied
  ("phoning them in is no longer the way to report repairs" does not say to phone); after "and",
  "but" or "or" with no subject of its own, that is the subject of the clause's first verb, not
  what that verb says of it ("helmets are compulsory but are not hired out" does not deny
  "compulsory"); a concession, "even as/when/if/though …", is outside what it denies; an exception
  denies its case ("except where your train was cancelled");
- the two name different subjects ("The TO can't waive late fees" / "Only the Members'
  Committee (MC) can waive a late fee": names, neither the other's acronym): no conflict;
- an elliptic negation ("X, not Y": "the Co-operative's job, not the tenant's") denies Y in X's
  place: the other side must say one of the clause's other words too (what X and Y are
  compared on), not Y alone in another statement;
- a condition or a relative clause sets a case and states no fact ("does not count if it was not
  out by 6:30"; "a bin that wasn't out"): it conflicts only with a condition;
- a negated verb is denied by that verb, not by a noun of the act ("did not change" / "the changes
  below apply"; "must not open it" / "opening it ends all cover"), nor by a participle that
  qualifies a noun ("every approved credit"); "voluntary" or "optional" before a noun qualifies it
  and says no obligation is absent;
- a negated preposition denies itself with its object, so the other side must say both ("not
  before 6 pm" is not denied by "6 pm the evening before", nor "not per API key" by "per minute");
- a list item under a negated lead-in ("We do not cover: - diving without a qualified buddy")
  says the opposite of its face, and is not compared word for word;
- "no longer X" said in the present says X was so: a statement of X in the past agrees
  ("Python 3.10, which 3.9.2 supported, is no longer supported");
- evidence that states the claim's denial too, in a clause that says nothing else ("No guest
  passes." of one tier, "2 guest passes" of another), says both: polarity alone cannot tell
  which the claim is about.
A question that presupposes what it asks about ("how early must it be cancelled for a full
refund?") counts as evidence against an answer that denies it ("fees aren't refundable"), unless
the answer's clause names another label of the class the question names ("Plan P can't be
transferred" against "what does it cost to transfer Plan F?") or bounds a value (it denies
what lies past a limit: "after 10 days it won't be considered" for "up to how many days can it
still be considered?"); one that
asks for a participant ("whose approval was needed?") only against a negative quantifier ("no
approval was needed"), since "its approval was not needed" rules one participant out. A yes/no
question (`polar`: also after a leading phrase, "From 1 May, is …?") the evidence answers "no" is
restated by an answer that denies the question's own words ("No; it is scheduled for removal" /
"it is deprecated, not removed"); an answer that says the question's word of direction itself
compares the other way round where it uses the opposite ("A sat below B, so B was higher" for
"which was higher?"); the question's direction
gives way to the evidence's when the evidence says the claim's ("why does range fall?" / "torque
rises" / "torque was raised"), a bound only when it bounds the same value; an answer's first clause
that bounds a value answers the question with no word of it ("At least 1,200 pixels" for "what is
the maximum size?").

The opposites, converse verbs, negators, quantifiers, conditions,
exceptions, permissions, modals and words of advice ("recommended", "advised"), coordinators, words of scope ("only", "all", "other") and of a condition ("provided", "as long as"), relative pronouns, question words, words of change, auxiliaries, sentence adverbs inside a
verb group and prepositions are closed classes of English words, not facts of any document. Both checks compare
clauses: "X is not required; Y is" holds one negated and one plain clause, each aligned with its
own evidence. A clause whose subject is a pronoun is also about the subject of the clause before:
"A chipped propeller must be replaced; it is never repaired" denies a repair of the propeller; a
clause that is only a value is passed over, and one with no verb names what it opens with ("Express
Reads (…) — 14 days, and they can be neither renewed nor reserved"); a claim's first clause may
take its subject from the claim before it. "although" and "though" open a clause of their own, and
a subject runs back no further than the coordinator that opens its clause ("though submitting an
EOI is optional" is about submitting an EOI). A clause aligns first on what it states, a condition
after it aside ("personal data may be deposited, as long as it is openly licensed" is about
depositing personal data, not licensing); a question in the documents ("Do applicants need an
EOI?") states nothing to align with. A negation of alternatives denies each ("cannot be renewed or
reserved" denies a renewal).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from collections.abc import Callable, Sequence

from .aliases import spells
from .atoms import extract_atoms
from .atoms.atom import is_year_like
from .atoms.names import is_section_number
from .atoms.bounds import bound_of
from .atoms.lexicon import MONTHS, PERIODS, POINT_NOUNS, WEEK, WEEKDAY_FORMS, WEEKDAYS, singular
from .atoms.numbers import periods_at
from .atoms.arithmetic import clock_readings
from .atoms.units import amount_unit, convert, read_unit
from .text import AUXILIARIES, COORDINATORS, DETERMINERS, PRONOUNS, RELATIVES, STOPWORDS, normalize
from .wordforms import Token, cardinal, ing_form, irregular_past, participle, stem, stems, tokens, verb_forms, verb_of
from .wordforms import content as _content

NEGATORS = frozenset("""not no never none neither nor cannot without nothing nobody nowhere
   lack lacks lacked lacking unable""".split())


def content(toks: list[Token]) -> list[Token]:
    """The content words, less the negators ("aren't" says nothing of what a clause is about)."""
    # not memoised by the clause: callers tell tokens apart by identity (`is`), and an equal
    # clause read elsewhere would hand back that reading's tokens
    return [t for t in toks if _content_word(t.raw, t.stem)]


def _content_bases(toks: list[Token]) -> frozenset[str]:
    """The base forms (`_base`) of the content words: what two clauses are compared on."""
    return _content_bases_of(tuple(toks))


@lru_cache(maxsize=65536)
def _content_bases_of(toks: tuple[Token, ...]) -> frozenset[str]:
    # memoised by the clause (strings only): the aligned evidence clauses are read for every claim
    return frozenset(_base(t.raw) for t in content(toks))


@lru_cache(maxsize=65536)
def _content_word(raw: str, stem_: str) -> bool:
    # memoised by the word: asked of every word of every aligned sentence, many times over
    return bool(_content([Token(raw, stem_, 0, len(raw))], NEGATORS)) and not _negator_word(raw)


def _is_negator_form(t: Token) -> bool:
    return _negator_word(t.raw)


@lru_cache(maxsize=16384)
def _negator_word(raw: str) -> bool:
    w = normalize(raw).replace("’", "'")
    return w in NEGATORS or w.endswith("n't")


# Comparatives the stemmer leaves apart from their adjective (a closed class of English); irregular
# verb forms are read with `wordforms.verb_of` ("rose" = "rise" here, where words of direction are
# read as verbs).
# Adverbs of order with no object say what "after" / "before" say ("approve it afterwards" /
# "approved before work starts"): the other side's object is what they leave unsaid, no other thing.
_OBJECTLESS = {"afterwards": "after", "afterward": "after", "beforehand": "before"}
# "sooner" says what "earlier" says of a time ("starts sooner" / "starts earlier"), both against "later";
# a price's comparatives say what "higher" and "lower" say of it ("the dearer of the two" / "the lower
# rate"), a closed class of English words
_COMPARATIVES = {"fewer": "less", "worse": "bad", "worst": "bad", "better": "good", "best": "good", "sooner": "earlier",
                 "dearer": "higher", "pricier": "higher", "costlier": "higher", "dearest": "highest",
                 "priciest": "highest", "costliest": "highest", "cheaper": "lower", "cheapest": "lowest",
                 **_OBJECTLESS}

# Pairs of opposites: direction of change, comparison, order, scale ends, on/off modes.
_OPPOSITES = [
    ("more", "less"), ("most", "least"), ("higher", "lower"), ("high", "low"), ("highest", "lowest"),
    ("above", "below"), ("before", "after"), ("earlier", "later"), ("sooner", "later"),
    ("earliest", "latest"), ("maximum", "minimum"), ("max", "min"),
    ("larger", "smaller"), ("bigger", "smaller"), ("greater", "smaller"), ("greater", "less"), ("greater", "lower"),
    ("greatest", "least"), ("greatest", "lowest"), ("greatest", "smallest"),
    ("longer", "shorter"), ("faster", "slower"),
    ("older", "younger"), ("heavier", "lighter"), ("warmer", "cooler"), ("hotter", "colder"),
    ("good", "bad"), ("improve", "worsen"), ("win", "lose"), ("accept", "reject"), ("approve", "reject"),
    ("include", "exclude"), ("inside", "outside"), ("within", "outside"), ("during", "outside"), ("enable", "disable"), ("open", "close"),
    ("start", "stop"), ("start", "end"), ("begin", "end"), ("start", "finish"), ("begin", "finish"), ("allow", "forbid"), ("allow", "prohibit"), ("required", "optional"),
    ("mandatory", "optional"), ("full", "half"), ("full", "partial"), ("mild", "severe"), ("mild", "moderate"), ("moderate", "severe"),
    ("heating", "cooling"), ("heat", "cool"), ("warm", "cool"), ("hot", "cold"), ("positive", "negative"),
    ("superior", "inferior"), ("internal", "external"), ("minor", "major"), ("with", "without"),
    ("add", "remove"), ("buy", "sell"), ("import", "export"), ("input", "output"), ("north", "south"),
    ("east", "west"), ("upper", "lower"), ("entry", "exit"), ("success", "failure"),
]
# Converse verbs: one exchange told from each party's side ("the Conductor sells you a ticket" =
# "you buy a ticket from the Conductor"). Opposites only for one subject (a closed class of English
# verbs of exchange, `_one_exchange`).
_CONVERSES = [("buy", "sell"), ("lend", "borrow"), ("give", "receive"), ("send", "receive"), ("import", "export"),
              ("teach", "learn")]
_OPPOSITES += [pair for pair in _CONVERSES if pair not in _OPPOSITES]
# A change of amount has two poles, each word of one the opposite of every word of the other
# ("increases" / "falls", "rose" / "was reduced") and a synonym of its own pole's ("falls" /
# "decreases"): verbs of change, a closed class of English words.
_UP = ("increase", "rise", "raise", "grow", "gain", "climb")
_DOWN = ("decrease", "reduce", "lower", "cut", "fall", "drop", "decline", "shrink", "lose")
_OPPOSITES += [(up, down) for up in _UP for down in _DOWN]
# Comparison has two poles the same way ("0.10% above" / "0.10% lower than"; "higher" / "less"):
# comparatives and prepositions of degree, a closed class of English words. "over" and "under" are
# left out: they are as often of place or rule ("under the policy", "over the weekend").
_MORE = ("more", "higher", "greater", "larger", "bigger", "above")
_LESS = ("less", "lower", "smaller", "below")
_OPPOSITES += [(more, less) for more in _MORE for less in _LESS if (more, less) not in _OPPOSITES]
# Temperature and width have two poles the same way ("warmer than 15 °C" / "colder than 15 °C";
# "widens the gap" / "narrows the gap"): their comparatives and verbs of change, closed classes of
# English words.
_WARMER, _COLDER = ("warmer", "hotter"), ("colder", "cooler")
_WIDER, _NARROWER = ("wider", "widen", "broaden", "broader"), ("narrower", "narrow")
_OPPOSITES += [(a, b) for up, down in ((_WARMER, _COLDER), (_WIDER, _NARROWER)) for a in up for b in down
               if (a, b) not in _OPPOSITES]
# The ends of a range have two poles the same way ("the maximum dose" / "at least 250 mg"; "the
# largest squad" / "the minimum number"): superlatives and the nouns of a limit, a closed class of
# English words. "most" is left out: it is as often a quantifier ("most members").
_TOP, _BOTTOM = ("maximum", "max", "largest", "greatest", "highest", "biggest"), \
    ("minimum", "min", "least", "smallest", "lowest", "fewest")
_OPPOSITES += [(a, b) for a in _TOP for b in _BOTTOM if (a, b) not in _OPPOSITES]


@lru_cache(maxsize=262144)
def _base(word: str) -> str:
    w = normalize(word).replace("’", "'")
    return stem(_COMPARATIVES.get(w) or verb_of(w))


_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    _OPPOSITE.setdefault(_base(_a), set()).add(_base(_b))
    _OPPOSITE.setdefault(_base(_b), set()).add(_base(_a))
_CONVERSE = frozenset(frozenset((_base(_a), _base(_b))) for _a, _b in _CONVERSES)


@dataclass(frozen=True)
class Conflict:
    kind: str                   # "polarity" | "direction" | "role"
    said: str                   # the claim's words
    evidence: str               # the evidence's words
    source: str = "evidence"    # what said them: the evidence, or the question it presupposes
    denied: frozenset[str] = frozenset()   # polarity: the base forms the negation denies
    by_claim: bool = False                 # polarity: the claim is the side that negates

    def describe(self) -> str:
        return f"says '{self.said}' where the {self.source} says '{self.evidence}'"

    def denies_option(self, options: Sequence[Sequence[Token]]) -> bool:
        """The claim's negation denies one of these options of a question ("The EC Panel, not
        the module leader" for "the module leader or the EC Panel?"): a choice between them, not a
        denial of what the evidence says of the option."""
        return self.kind == "polarity" and self.by_claim and bool(self.denied) and any(
            self.denied <= {_base(t.raw) for t in option} for option in options)


# a spaced dash sets off a clause as a semicolon does ("Nothing in that respect — Quillstone may ...")
_CLAUSE = re.compile(r"[;:]\s+|\s[—–]\s+|,\s+(?=(?:and|but|while|whereas|whilst|although|though|so)\b)|\.\s+")


def clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c.strip()]


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of the text (`clauses`) is: (start, end)."""
    out, at = [], 0
    for piece in clauses(text):
        at = text.find(piece, at)
        out.append((at, at + len(piece)))
        at += len(piece)
    return out


# "no later than", "not more than", "not only": a bound or an addition, not a negation.
_BOUND_AFTER_NEGATOR = frozenset(stem(w) for w in """later earlier sooner more less fewer longer shorter
   than only just least most higher lower greater smaller""".split())
# ... but "no longer" and "no more" with no "than" to follow say "not any more" ("no longer
# significant", "no more refunds"): a negation of the words after them (a closed class of two).
_CEASED = frozenset(stem(w) for w in ("longer", "more"))
# ... and of them, those that add or single out with no "than" ("not only", "not least")
_ADDING = frozenset(stem(w) for w in ("only", "just", "least", "most"))
_THAN_REACH = 3   # words between a comparative and its "than" ("not more money than")
# Negative quantifiers (a closed class) deny their whole clause, not a few words of it: "there were
# no Grade 4 reactions in either arm" denies them "in either arm" too.
_QUANTIFIERS = frozenset("no none nothing nobody neither".split())
# "Y rather than X", "Y instead of X": X is denied as surely as by "not" (a closed class of contrast markers).
_CONTRAST = {"rather": "than", "instead": "of"}
# ... and "unlike X", one word: what follows it is said of another thing, set against the clause's
# own ("fixed to the wall, unlike the floor-standing unit it replaces" says it is not floor-standing)
_UNLIKE = "unlike"
# Words that open a condition (a closed class): "if it was not out by 6:30" states no fact, it sets one.
_CONDITION = frozenset("if unless whether".split())
# The auxiliaries between a relative pronoun (text.RELATIVES) and a negator (closed classes): "a bin that
# wasn't out", "riders who are not members" describe which one, as a condition would.
_AUXILIARY = frozenset("""is are was were be been am has have had do does did can could will would shall
   should may might must""".split())
# Prepositions outside the stopwords (a closed class). A negated one denies its object, not a
# predicate: "counted per organisation, not per API key" denies "per API key", not "per".
PREPOSITIONS = frozenset(stem(w) for w in """above across after against along among around before behind
   below beneath beside between beyond during except near onto past per since through throughout toward towards
   under until till upon via within""".split())
# a yes or no that answers a question, alone or set off ("No; helmets are compulsory"): no negation
_ANSWER_WORD = re.compile(r"\s*(?:no|yes)\s*(?:[,.;:!—–-]|$)", re.IGNORECASE)
_SCOPE = 4   # words after a negator that it governs ("is not required", "no significant difference")


@dataclass(frozen=True)
class Negation:
    word: Token               # the negator ("not", "without", "rather" of "rather than")
    marker: str               # as written ("not", "rather than", "no longer")
    scope: tuple[str, ...]    # the base forms it governs, in order
    stated: bool              # stated as a fact, not set as a condition ("if it was not out by then")
    labels: frozenset[str] = frozenset()   # those of the scope that are a name, a name's number or a number's unit
    reach: tuple[str, ...] = ()            # a quantifier's: the base forms of the rest of its clause
    ceased: bool = False                   # "is no longer", "are no more": true before, not now
    subject: tuple[str, ...] = ()          # a negated verb's: the base forms of its subject
    elliptic: bool = False                 # "X, not Y": it denies a phrase in X's place, no predicate
    verbal: bool = False                   # it negates a verb ("did not change", "must not open"), not "be"

    def governs(self, words: frozenset[str]) -> bool:
        """Whether it governs one of the words. One that governs no word stands for a predicate said
        elsewhere ("emptied in the weeks when the blue bin isn't"): it may be any. A negated verb
        denies its predicate of its subject: "phoning them in is no longer the way" does not say
        to phone."""
        return not (self.scope or self.reach) or bool(words.intersection(self.scope + self.reach + self.subject))


def negations(toks: list[Token]) -> list[tuple[Token, list[str]]]:
    """Each negator of a clause ("not", "without", "rather than") with the stems it governs, in
    order (up to the next punctuation)."""
    return [(n.word, list(n.scope)) for n in _negations(toks)]


# where a lead-in's last part starts: after its last sentence's end, comma or semicolon
_LAST_PART = re.compile(r"(?:[.!?]\s+|[,;]\s*)(?=[^.!?,;]*$)")


def lead_in_denies(lead: str) -> bool:
    """A list's lead-in ("You must not, and must not allow anyone to:") denies each of its items:
    its last part, after its last sentence's end, comma or semicolon, holds a negation ("From 21
    September:" after "… were completed late or not at all." denies nothing)."""
    m = _LAST_PART.search(lead)
    return bool(negations(tokens(lead[m.end():] if m else lead)))


def denies_an_act(toks: list[Token]) -> bool:
    """A stated negation of the clause negates its verb ("CBS staff do not gather sheep"; not
    "Nothing", not "it is not blue")."""
    return any(n.verbal and n.stated for n in _negations(toks))


def _negations(toks: list[Token]) -> list[Negation]:
    return list(_negations_of(tuple(toks)))


# verbs of needing (a closed class) that a "no" after them denies: "they need no signature"
_NEED_BASES = frozenset(_base(w) for w in ("need", "needs", "needed", "require", "requires", "required"))


@lru_cache(maxsize=65536)
def _negations_of(toks: tuple[Token, ...]) -> tuple[Negation, ...]:
    # memoised by the clause: the evidence sentences are read against every claim that aligns
    toks = list(toks)
    out = []
    for i, t in enumerate(toks):
        first = _governed_from(toks, i)
        if first is None or _exclusive(toks, i):
            continue
        nxt = toks[first] if first < len(toks) else None
        ceased = False
        if nxt is not None and stem(normalize(nxt.raw)) in _BOUND_AFTER_NEGATOR:
            if not _ceased(toks, first):
                continue
            # "no longer significant" denies "significant"; said in the present, it says it was before
            first, ceased = first + 1, not any(normalize(u.raw) in _PAST_AUXILIARY for u in toks[max(0, i - 2):i])
        elif _bounds_its_verb(toks, i, first):
            continue   # "can't bring more ringers than that": a limit, as "may bring no more than 12" is
        ceased = ceased or _ceases(toks, i)   # "stopped measuring at the doorway" measured up to there
        reach_to = _permitted_reach(toks, first) if _negates_verb(toks, i) else _subject_reach(toks, i, first)
        scope, labels = _scope(toks, first, reach_to)
        if i and normalize(t.raw) == "no" and _base(toks[i - 1].raw) in _NEED_BASES:
            # "need no new signature" denies the need, as "there is no need for a new signature" does
            # ("need not rebook" is left to the verb it denies: "must rebook" says it is needed)
            scope = [*scope, _base(toks[i - 1].raw)]
        reach = tuple(_base(u.raw) for u in toks[first:_leading_clause_end(toks, i)]) \
            if normalize(t.raw) in _QUANTIFIERS or _not_one(toks, i) else ()
        # a negated verb denies its predicate of all that stands before it in the clause
        subject = tuple(_base(u.raw) for u in content(toks[:_subject_end(toks, _verb_group(toks, i))])) \
            if _negates_verb(toks, i) else ()
        out.append(Negation(t, " ".join(u.raw for u in toks[i:first]), tuple(scope),
                            _stated(toks, i) and not _required_by_denial(toks, i),
                            frozenset(labels), reach, ceased, subject, _elliptic(toks, i, first),
                            _negates_verb(toks, i) and not _negates_be(toks, i)))
    return tuple(out)


# Words that open a leading subordinate clause (a closed class): "Since there is no service
# charge, tips are accepted" holds two clauses, and the quantifier of the first governs no word of
# the second.
_SUBORDINATING = frozenset("since because as although though whereas once when while if unless".split())


def _leading_clause_end(toks: list[Token], i: int) -> int:
    """Where the clause of the word at i ends: at the punctuation that closes a leading
    subordinate clause (`_SUBORDINATING`) it stands in, else at the end of the tokens."""
    if not toks or normalize(toks[0].raw) not in _SUBORDINATING:
        return len(toks)
    for j in range(1, len(toks)):
        if toks[j].start - toks[j - 1].end > 1:
            return j if j > i else len(toks)
    return len(toks)


# Words that open an exception to a negative quantifier (a closed class): "nobody except the
# manager", "nothing but gravel", "no one other than members", "none apart from Tier 1".
_EXCLUDING = frozenset("except but besides save excepting".split())
_EXCLUDING_PAIRS = {"other": "than", "apart": "from", "aside": "from"}


# Determiners of one (a closed class): "not a", "not one", "not a single" open a subject as "no" does.
_ONE = frozenset("a an one".split())


def _not_one(toks: list[Token], i: int) -> bool:
    """The clause opens with "not" and a determiner of one ("Not a cent had been drawn", "not one
    bus ran late"): a negative quantifier, governing its whole clause as "no" does."""
    return i == 0 and normalize(toks[i].raw) == "not" and len(toks) > 1 and normalize(toks[1].raw) in _ONE


def _exclusive(toks: list[Token], i: int) -> bool:
    """The negator at i is a negative quantifier that an exception follows at once ("Nobody except
    Priya", "Nothing but natural gravel", "no one other than members"): it says "only X", X
    affirmed, and denies only what it leaves unnamed. "not only X" is read apart (a bound)."""
    w = normalize(toks[i].raw)
    j = i + 1
    if w == "no" and j < len(toks) and normalize(toks[j].raw) == "one":
        j += 1   # "no one"
    elif w not in _QUANTIFIERS - {"no"}:
        return False
    if j < len(toks) and normalize(toks[j].raw) == "else":
        j += 1   # "nobody else but"
    if j >= len(toks) or toks[j].start - toks[j - 1].end > 1:
        return False   # punctuation between: "Nothing, but the lid ..." is no exception
    nxt = normalize(toks[j].raw)
    if nxt in _EXCLUDING:
        return True
    return nxt in _EXCLUDING_PAIRS and j + 1 < len(toks) and normalize(toks[j + 1].raw) == _EXCLUDING_PAIRS[nxt]


# A verb group right after a coordinator (`text.COORDINATORS`) has its subject elided, the
# subject of the clause's first verb ("helmets are compulsory but are not hired out": the helmets
# are not hired out; "compulsory" is what the first verb says of them, not its subject).


def _subject_end(toks: list[Token], group: int) -> int:
    """Where the subject of the verb group that starts at `group` ends: at the group, or, where a
    coordinator opens it with no subject of its own, at the clause's first auxiliary before that."""
    if group == 0 or normalize(toks[group - 1].raw) not in COORDINATORS:
        return group
    return next((j for j in range(group - 1) if normalize(toks[j].raw) in _AUXILIARY), group)


def _required_by_denial(toks: list[Token], i: int) -> bool:
    """"without X" in a clause that also denies or forbids ("calculators without it can't be
    used", "leaving the site is forbidden without the warden's consent", "no entry without a
    ticket"): the two negations make X the condition of the act, X is required, not denied."""
    if toks[i].stem != _WITHOUT:
        return False
    return any(u.stem != _WITHOUT and (_is_negator(u) or normalize(u.raw) in _FORBIDDEN) for u in toks)


def _negates_verb(toks: list[Token], i: int) -> bool:
    """The negator at i negates a verb: it is an auxiliary's own ("can't", "isn't") or follows one
    ("must not", "is no longer")."""
    w = normalize(toks[i].raw).replace("’", "'")
    return w.endswith("n't") or w == "cannot" or (i > 0 and normalize(toks[i - 1].raw) in _AUXILIARY)


# The forms of "be" (a closed class): "is not a penalty fare", "isn't required" negate a predicate
# noun or adjective, not a verb of its own
_BE = frozenset("is are was were be been am isn't aren't wasn't weren't".split())


def _negates_be(toks: list[Token], i: int) -> bool:
    w = normalize(toks[i].raw).replace("’", "'")
    return w in _BE or (i > 0 and normalize(toks[i - 1].raw) in _BE)


def _elliptic(toks: list[Token], i: int, first: int) -> bool:
    """"the Co-operative's job, not the tenant's", "through the portal, not by phone": a negator set
    off by punctuation (or "but") whose words, up to the next punctuation, hold no verb of their
    own. It denies a phrase in the place of the one before it, not a predicate."""
    if i == 0 or _negates_verb(toks, i):
        return False
    if not (toks[i].start - toks[i - 1].end > 1 or normalize(toks[i - 1].raw) == "but"):
        return False
    end = toks[i].end
    for u in toks[first:]:
        if u.start - end > 1:
            break
        if normalize(u.raw) in _AUXILIARY:
            return False
        end = u.end
    return True


def _bounds_its_verb(toks: list[Token], i: int, first: int) -> bool:
    """The negator at i denies its verb only past a comparative with its "than" right after the
    verb ("can't bring more ringers than that", "must not be longer than 3 m", "may not take fewer
    than two"): a limit, no denial of the act, as "no more than" right after a negator is."""
    k = first + 1
    if k >= len(toks) or not _negates_verb(toks, i) or toks[k].start - toks[first].end > 1:
        return False
    s = stem(normalize(toks[k].raw))
    return s in _BOUND_AFTER_NEGATOR and s not in _ADDING and s != stem("than") and _than_after(toks, k)


def _than_after(toks: list[Token], k: int) -> bool:
    """A "than" follows the comparative at k within `_THAN_REACH` words ("more ringers than")."""
    return any(normalize(u.raw) == "than" for u in toks[k + 1: k + 1 + _THAN_REACH])


def _ceased(toks: list[Token], i: int) -> bool:
    """The comparative at i, after a negator, says "any more": "no longer", "no more" with no
    "than" after them ("no more than 6" is a bound)."""
    if stem(normalize(toks[i].raw)) not in _CEASED:
        return False
    return not _than_after(toks, i)


# Verbs of permission that take an object and a "to"-infinitive (a closed class): denied, they deny
# the act too, "doesn't allow props to be repaired" says they are not repaired ("not require X to
# be V" denies no act: obligations are read apart, `obligations`).
_PERMITTING = frozenset(_base(w) for w in ("allow", "permit"))
_TO_REACH = 4   # words between a verb of permission and its "to" ("allow damaged props to")


def _permitted_reach(toks: list[Token], first: int) -> int:
    """How many words a negated verb governs from `first`: `_SCOPE`, or, for a verb of permission,
    through the verb (and "be") of its "to"-infinitive, with no punctuation between."""
    if first >= len(toks) or _base(toks[first].raw) not in _PERMITTING:
        return _SCOPE
    end = toks[first].end
    for j in range(first + 1, min(len(toks), first + 1 + _TO_REACH)):
        if toks[j].start - end > 1:
            break
        end = toks[j].end
        if normalize(toks[j].raw) == "to":
            after = j + 2 if j + 1 < len(toks) and normalize(toks[j + 1].raw) == "be" else j + 1
            return max(_SCOPE, after + 1 - first)
    return _SCOPE


def _subject_reach(toks: list[Token], i: int, first: int) -> int:
    """How many words a negative quantifier at i governs from `first`: `_SCOPE`, or, where it opens
    a subject ("Because no Group B work may be shown for longer"), through the verb of that subject,
    its predicate: the quantifier denies that the subject does it, not that the subject exists."""
    if normalize(toks[i].raw) not in _QUANTIFIERS:
        return _SCOPE
    j, end = first, toks[i].end
    while j < len(toks) and toks[j].start - end <= 1 and normalize(toks[j].raw) not in _AUXILIARY \
            and (_content_word(toks[j].raw, toks[j].stem) or normalize(toks[j].raw) in _DETERMINERS):
        end = toks[j].end
        j += 1
    if j == first or j >= len(toks) or toks[j].start - end > 1 or normalize(toks[j].raw) not in _AUXILIARY:
        return _SCOPE
    while j < len(toks) and (normalize(toks[j].raw) in _AUXILIARY or normalize(toks[j].raw) in _INSIDE_VERB_GROUP):
        j += 1
    return max(_SCOPE, j + 1 - first)


def _scope(toks: list[Token], first: int, reach: int = _SCOPE) -> tuple[list[str], list[str]]:
    """The base forms a negation governs from `first` (up to `reach` words, never past
    punctuation or another negator), and those of them that are a name, a name's number or the word a number counts
    in ("21 days": the value is the atom rules' to compare). A name further on is not what it
    denies ("never … Hey Monday"), but one that opens the negated phrase is: "there's no DSA for a
    day trip" denies the DSA, and the words after it only narrow it."""
    scope: list[str] = []
    labels: list[str] = []
    end = toks[first - 1].end
    modal = _periphrasis(toks, first)
    reach += modal
    for j in range(first, min(len(toks), first + reach)):
        u = toks[j]
        # punctuation between two words ends the scope, and so does a second negator, which governs
        # what follows it: "neither renewed nor reserved" denies each of the two on its own; so
        # does a concession, which it does not deny ("did not narrow even as volumes rose"), and
        # "but", which names what stands instead ("not Fiona Redpath but Daniel Achterberg")
        if u.start - end > 1 or _is_negator_form(u) or _concedes(toks, j) or _instead(u):
            break
        end = u.end
        if j < first + modal:
            continue   # "need to be": the verb group, as "must" is, no word it denies
        name = u.raw[:1].isupper() or (u.stem[:1].isdigit() and j > first and toks[j - 1].raw[:1].isupper())
        if name and any(normalize(v.raw) not in _DETERMINERS and not v.raw[:1].isupper() for v in toks[first:j]):
            continue
        scope.append(_base(u.raw))
        counted = j > first and toks[j - 1].raw[:1].isdigit() and u.raw.isalpha() and u.raw.islower()
        if name or counted:
            labels.append(scope[-1])
    # a preposition the window ends on, with only determiners after it, opens a phrase the window
    # cuts off ("will not be housed separately during [quarantine]", "not sail daily throughout
    # the [winter]"): without its object it says nothing the other side must. Not one of exception
    # (`_EXCLUDING`): "do not accept packed lunches except [where …]" denies only outside its case
    last = first + reach - 1
    at = last
    while first < at < len(toks) and normalize(toks[at].raw) in _DETERMINERS:
        at -= 1
    if first < at and last + 1 < len(toks) and toks[at].stem in PREPOSITIONS and normalize(toks[at].raw) not in _EXCLUDING and toks[last + 1].start - toks[last].end <= 1 \
            and scope[-(last - at + 1):] == [_base(u.raw) for u in toks[at:last + 1]]:
        del scope[-(last - at + 1):]
    return scope, labels


# A modal of necessity in two words, and "be" after it, right after a negator ("doesn't have to be
# in writing", "does not need to be signed"): one verb group, as "must" is one word; the words it
# governs are counted after it (a closed class of English).
_NEED_TO = frozenset("have has had need needs needed got".split())


def _instead(u: Token) -> bool:
    """"but" inside a negation's reach ends what it denies: "not X but Y" says Y in X's place, and
    "does not open but stays shut" denies only the first verb. ("nothing but gravel", at once after
    the negator, is an exception, read apart: `_exclusive`.)"""
    return normalize(u.raw) == "but"


def _periphrasis(toks: list[Token], first: int) -> int:
    """How many words of a two-word modal of necessity (and a "be" after it) open the negated
    phrase at `first`: 0, 2 or 3."""
    words = [normalize(t.raw) for t in toks[first:first + 3]]
    if len(words) < 2 or words[0] not in _NEED_TO or words[1] != "to":
        return 0
    return 3 if len(words) == 3 and words[2] == "be" else 2


def _concedes(toks: list[Token], j: int) -> bool:
    """"even" opens a concession at j: "even as", "even when", "even if", "even though"."""
    return normalize(toks[j].raw) == "even" and j + 1 < len(toks) \
        and normalize(toks[j + 1].raw) in _EVEN_WHEN | {"as"}


def opens_bound(toks: list[Token], i: int) -> bool:
    """The negator at i opens a bound or an addition, no denial: a comparative with its "than"
    ("no more than 28 days", "not later than noon"), "not only" (`_BOUND_AFTER_NEGATOR`; "not
    sooner" and "no longer valid" deny)."""
    if i + 1 >= len(toks) or not _negator_word(toks[i].raw) \
            or (s := stem(normalize(toks[i + 1].raw))) not in _BOUND_AFTER_NEGATOR:
        return False
    return s in _ADDING or _than_after(toks, i + 1)


def negated_starts(toks: list[Token], reach: int = _SCOPE) -> set[int]:
    """Where the words a negation governs start ("not the black box", "don't go in the black box"),
    up to `reach` words and never past punctuation, as token positions; a bound's negator governs
    none (`opens_bound`)."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        if not _negator_word(t.raw) or opens_bound(toks, i):
            continue
        end = t.end
        for u in toks[i + 1: i + 1 + reach]:
            if u.start - end > 1 or _instead(u):
                break
            out.add(u.start)
            end = u.end
    return out


def _governed_from(toks: list[Token], i: int) -> int | None:
    """Where the words a negator at i governs begin; None when toks[i] is no negator."""
    if _is_negator_form(toks[i]):
        return i + 1
    w = normalize(toks[i].raw)
    after = toks[i + 1] if i + 1 < len(toks) else None
    if w in _CONTRAST and after is not None and normalize(after.raw) == _CONTRAST[w] \
            and after.start - toks[i].end <= 1:
        return i + 2
    if w == _UNLIKE and after is not None:
        return i + 1
    if w == "short" and after is not None and normalize(after.raw) == "of" and i > 0 \
            and _base(toks[i - 1].raw) == _base("fall"):
        return i + 2   # "fell short of significance": it did not reach it
    if _ceases(toks, i):
        return i + 1   # "stops acting as Compliance Lead": no longer acts as it
    return None


def _ceases(toks: list[Token], i: int) -> bool:
    """toks[i] is a verb of ceasing right before the gerund it denies from then on ("stops acting");
    not after "to", where it prevents ("obscure glazing to stop overlooking")."""
    after = toks[i + 1] if i + 1 < len(toks) else None
    return _base(toks[i].raw) in _CEASING and after is not None and normalize(after.raw).endswith("ing") \
        and after.start - toks[i].end <= 1 and _content_word(after.raw, after.stem) \
        and not (i and normalize(toks[i - 1].raw) == "to")


# Verbs of ceasing that deny the act their gerund names from then on (a closed class of English):
# "stops acting as", "ceased trading", "quit smoking".
_CEASING = frozenset(_base(w) for w in ("stop", "cease", "quit"))


def asks_what_is_denied(question: str) -> bool:
    """The question asks what is denied or ceases ("What will she stop doing?", "What is no longer
    covered?"): its answer names the act, and an answer that denies it says what was asked."""
    toks = _clause_tokens(question)
    return bool(_negations(toks)) or any(_base(t.raw) in _CEASING for t in toks)


def _stated(toks: list[Token], i: int) -> bool:
    """Whether the word at i of a clause is stated as a fact, not set: set words stand in a
    condition or what follows from one, after an "if" or "unless" ("does not count as missed if it
    was not out by 6:30"; "if you cancel later, there is no refund"), or open a relative clause
    ("a bin that wasn't out by then"). A pronoun that opens the clause asks ("whose consent was
    needed?"): it follows no noun to describe."""
    if any(normalize(t.raw) in _CONDITION for t in toks[:i]):
        return False
    before = [normalize(t.raw) for t in toks[max(0, i - 2):i]]
    if before and before[-1] in RELATIVES and i > 1:
        return _non_restrictive(toks, i - 1)
    return not (len(before) == 2 and before[0] in RELATIVES and before[1] in _AUXILIARY and i > 2) \
        or _non_restrictive(toks, i - 2)


def _non_restrictive(toks: list[Token], r: int) -> bool:
    """The relative pronoun at r opens a clause set off by punctuation ("28 days' notice, which
    doesn't have to be in writing"): it says more of a noun already fixed, a statement, where one
    with no comma picks out which ("a bin that wasn't out by then")."""
    return normalize(toks[r].raw) in _NON_RESTRICTIVE and r > 0 and toks[r].start - toks[r - 1].end > 1


_NON_RESTRICTIVE = frozenset("which who whom whose".split())


# Adverbs that stand inside a verb group ("can, however, sell", "must now be reported"): a closed
# class of sentence adverbs, read past as the auxiliaries are when looking for a verb's subject.
_INSIDE_VERB_GROUP = frozenset("however also still now only always already then just even".split())


def _subject_of(toks: list[Token], i: int) -> list[Token]:
    """The subject of the verb (or negated auxiliary) at i, as far as word order tells: back past
    the verb group (auxiliaries, negators, the adverbs inside one), the run of words before it up
    to the first function word other than a determiner ("Only the Members' Committee (MC) can
    waive" gives "Members' Committee (MC)"); a pronoun alone ("you may buy"). Empty when the verb
    opens its clause."""
    j = _verb_group(toks, i) - 1
    if j >= 0 and normalize(toks[j].raw) in PRONOUNS:
        return [toks[j]]
    return _run_before(toks, j)


def _verb_group(toks: list[Token], i: int) -> int:
    """Where the verb group that ends at i starts: back past auxiliaries, negators and the adverbs
    inside one."""
    j = i - 1
    while j >= 0 and (normalize(toks[j].raw) in _AUXILIARY or _is_negator(toks[j])
                      or normalize(toks[j].raw) in _INSIDE_VERB_GROUP):
        j -= 1
    return j + 1


def _run_before(toks: list[Token], j: int) -> list[Token]:
    """The run of words ending at j, back to the first function word other than a determiner."""
    run: list[Token] = []
    while j >= 0:
        w = normalize(toks[j].raw)
        if w in DETERMINERS:
            j -= 1
            continue
        # a coordinator that opens the clause ("though submitting an EOI is optional") bounds it too
        if (w in STOPWORDS or w in _OPENING or _is_negator(toks[j])) and not toks[j].is_acronym:
            break
        run.insert(0, toks[j])
        j -= 1
    return run


def _names(toks: list[Token], words: list[Token]) -> list[Token]:
    """The names among some words of a clause: acronyms, and capitalised words but its first."""
    first = toks[0].start if toks else -1
    return [t for t in words if t.is_acronym or (t.raw[:1].isupper() and t.start != first)]


def _other_subjects(a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """The verb at a[i] and the one at b[j] have subjects that name two others: each names
    someone, and neither shares a name with the other or spells the other's acronym ("The TO
    can't waive late fees" / "Only the Members' Committee (MC) can waive a late fee")."""
    mine, theirs = _names(a, _subject_of(a, i)), _names(b, _subject_of(b, j))
    if not mine or not theirs or {t.stem for t in mine} & {t.stem for t in theirs}:
        return False
    return not any(t.is_acronym and spells(t, other) for side, other in ((mine, theirs), (theirs, mine))
                   for t in side)


# A label's mark: one capital letter or a number ("Plan F", "Zone 2", "Tier B")
_MARK = re.compile(r"[A-Z]|[0-9]{1,3}")


def _labels(toks: list[Token]) -> dict[str, set[str]]:
    """The labels a clause names, as class word -> marks: "Plan F" and "Plan P" give plan: {F, P}."""
    found: dict[str, set[str]] = {}
    for a, b in zip(toks, toks[1:]):
        if a.raw[:1].isupper() and a.raw[1:].islower() and _MARK.fullmatch(b.raw):
            found.setdefault(_base(a.raw), set()).add(b.raw)
    return found


def _other_label(claim: list[Token], question: list[Token]) -> bool:
    """The claim's clause is about another label of the class the question names: "Plan P can't
    be transferred" says nothing of "what fee is charged to transfer Plan F?"."""
    mine, theirs = _labels(claim), _labels(question)
    return any(cls in theirs and not marks & theirs[cls] for cls, marks in mine.items())


def _shared(a: list[Token], b: list[Token]) -> frozenset[str]:
    return _content_bases(a) & _content_bases(b)


def aligned(a: list[Token], b: list[Token], least: int = 2) -> bool:
    """Two clauses are about the same thing when they share at least two content words and half of
    the shorter one's."""
    sa, sb = _content_bases(a), _content_bases(b)
    shared = len(sa & sb)
    return shared >= least and shared >= 0.5 * min(len(sa), len(sb))


# a table's cell that asks ("| Refundable? |"): its rows answer it, yes or no; it says nothing itself
_QUESTION_CELL = re.compile(r"(?<=\|)[^|\n]*\?[^\S\n]*(?=\|)")


def _without_question_cells(text: str) -> str:
    """The text with its tables' asking cells blanked, every other word where it was: a question
    states nothing, as a question clause does not (`_a_question`)."""
    return _QUESTION_CELL.sub(lambda m: " " * len(m.group()), text) if "?" in text else text


def conflicts(claim: str, evidence: str, context: str = "", presupposed: bool = False,
              answered_no: bool = False, options: tuple[frozenset[str], ...] = ()) -> list[Conflict]:
    """Polarity and direction conflicts between a claim and an evidence text (each of its clauses
    aligned with one of the evidence's). `context` (the question) counts as evidence for the
    direction words of the claim's first clause: "by how much did it fall?" answered "it rose";
    and, when the question `presupposed` what it asks about (not a yes/no question), for what a
    claim's clause denies that the evidence does not: "how early must it be cancelled for a
    refund?" answered "fees aren't refundable". When the evidence `answered_no` to the question (a
    yes/no one), a claim's denial of the question's own words restates that answer, whatever the
    evidence goes on to say of them: "No; it is scheduled for removal in 5.0" is what "it is
    deprecated, not removed" says. A question that offers `options` (the stems of each) asks which
    one its word of direction is said of: a clause that names one option with the opposite word
    says it of the other ("Act Three is the shorter one" for "which is longer, Act Two or Act
    Three?"), and the choice is read from it, not opposed to the question. A clause the evidence
    states word for word conflicts with nothing (its other clauses say other things: "No, they are
    optional there (required only on Ninja Lane)")."""
    found: list[Conflict] = []
    ev_pieces = clauses(_without_question_cells(evidence))
    ev_clauses = [_clause_tokens(c) for c in ev_pieces]
    ctx = _clause_tokens(context) if context else []
    # an evidence clause whose subject is a pronoun ("It is not refunded.", a reference) is about
    # what the question asks of: a claim's clause that says all its words and one of the
    # question's ("the unused part of the fee is refunded") is a version of it
    asked_bases = _content_bases(ctx)
    about_question = {id(e) for p, e in zip(ev_pieces, ev_clauses) if ctx and _refers(p) and _content_bases(e)}
    # what the question presupposes: its clauses less the yes/no ones ("…, and do the A100 and H100
    # meet it?" asks whether, so "neither reaches it" denies nothing it takes for granted)
    asks = clauses(context) if context else []
    open_part = " ".join(p for p in asks if not polar(p))
    assumed = _clause_tokens(open_part) if open_part else []
    # ... and a claim's clause that is a version of a yes/no one answers it ("members pay no
    # connection fee" for "…, and do members pay it?"), whatever it denies
    whether = [_clause_tokens(p) for p in asks if polar(p)] if assumed else []
    participant = _asks_participant(ctx)
    asked = {_base(t.raw) for t in content(ctx)} if answered_no else set()
    # an answer that says the question's own word of direction too compares the other way round
    # where it uses the opposite ("A sat below B, so B was higher" for "which was higher?")
    answer_words = {_base(t.raw) for t in tokens(claim)}
    whole = _clause_tokens(claim)
    stated = _word_sequences(ev_clauses)
    for n, piece in enumerate(clauses(claim)):
        c = _clause_tokens(piece)
        if _said_word_for_word(c, stated):
            continue   # the evidence says this clause word for word: nothing of it can conflict
        mine = _content_bases(c)
        partners = [e for e in ev_clauses if aligned(c, e)
                    or id(e) in about_question and _content_bases(e) <= mine and mine & asked_bases]
        for e in partners:
            found += [conflict for conflict in _polarity(c, e, whole) + _privation(c, e)
                      if not (conflict.by_claim and conflict.denied <= asked)]
        if presupposed and assumed and aligned(c, assumed) and not _other_label(c, assumed) and not _bounds_a_value(piece) \
                and not any(aligned(c, w) for w in whether):
            found += [replace(conflict, source="question") for conflict, denied, claim_negated, _ in _denials(c, assumed)
                      if claim_negated and not _governed_in(evidence, denied) and not _governed(assumed, denied)
                      and _stated_denial(c, denied) and (not participant or quantified(c, denied))]
        found += _direction(c, partners) + [x for e in partners for x in _modal(c, e)]
        # an obligation is read on the act or thing it is about, which may be the one word two
        # clauses share ("you still have to attach evidence" / "with no evidence required")
        found += [x for e in ev_clauses if not any(e is p for p in partners) for x in _obliged_against_free(c, e)]
        bounded = _bounded_values(c) if n == 0 and ctx else {}
        if n == 0 and ctx and (_shared(c, ctx) or bounded) and not _names_one(c, options):
            # the question's direction, unless the evidence says the claim's too: "why does the
            # range fall?" answered "torque was raised" where the evidence says "torque rises"; a
            # first clause that bounds a value answers the question ("At least 1,200 pixels" for
            # "what is the maximum size?") with no word of it, and the evidence says its bound too
            # only of that value ("at least 7 players" is not "at least 15")
            shared = bool(_shared(c, ctx))
            found += [x for x in _direction(c, [ctx], asked=True)
                      if (shared or _base(x.said) in bounded) and not _offers(ctx, x.said)
                      and not _pole(x.evidence) & answer_words
                      and not (bounded[_base(x.said)] & _bounded_values_of(ev_clauses, _base(x.said))
                               if _base(x.said) in bounded else _pole(x.said) & _evidence_poles(ev_clauses))]
    return _unique(found)


def _names_one(toks: list[Token], options: tuple[frozenset[str], ...]) -> bool:
    """The clause names exactly one of two options, by the stems that option does not share with
    the other ("Act Three" of "Act Two or Act Three")."""
    if len(options) != 2:
        return False
    said = {t.stem for t in toks}
    own = [o - other for o, other in (options, options[::-1])]
    return sum(bool(o) and o <= said for o in own) == 1


@lru_cache(maxsize=65536)
def _bounds_a_value(clause: str) -> bool:
    """The clause puts a comparator on a number ("after 10 days", "more than 3"): a denial there
    says what lies past the limit, the limit itself. Memoised: the evidence's clauses recur."""
    return any(bound_of(clause, a) is not None for a in extract_atoms(clause) if a.value is not None)


def polar(clause: str) -> bool:
    """A yes/no question, or a yes/no clause of one: it opens (after "and", "or", "but", or after a
    leading phrase set off by a comma: "From 1 September 2027, is smoking allowed on balconies?")
    with an auxiliary. The leading phrase opens with a preposition or a word of condition or time
    ("If it is cancelled, is …"), and no question word follows it ("…, is a singer of which band?"),
    a relative pronoun aside ("…, can the leader be the adult who holds it?")."""
    lead, comma, rest = clause.partition(",")
    if comma and _opens_with_auxiliary(rest) and _leading_phrase(lead) and not _asks(tokens(rest)):
        return not _request(rest)
    return _opens_with_auxiliary(clause) and not _request(clause)


# A request in the form of a question ("Can you provide more details about X?", "Could you tell
# me who chairs it?", "Do you know when it opens?"): the addressee is asked to tell, not whether
# something is so. Verbs only of telling or knowing make a request; verbs that also name an act
# ("Can you give notice by email?", "Can you provide your own helmet?") make one only when the
# asker receives ("give me") or the object is information ("provide more details"). Closed classes,
# both. What a request asks is open unless it is itself a yes/no ("tell me whether pets are allowed").
_TELLING = frozenset("tell explain describe summarise summarize outline clarify elaborate know remember recall".split())
_GIVING = frozenset("give provide share show list name specify state mention say confirm identify define detail "
                    "walk help break go".split())
_INFORMATION = re.compile(r"^\s+(?:me|us)\b|^\s+(?:(?:a|an|the|some|any|more|further|a\s+few)\s+)*(?:more\s+)?"
                          r"(?:details?|information|info|overview|summary|explanation|description|breakdown|rundown|"
                          r"examples?|background|context|insights?|specifics|particulars)\b", re.IGNORECASE)
_REQUEST = re.compile(r"^\s*(?:(?:and|or|but)\s+)?(?:can|could|would|will|do)\s+you\s+(?:please\s+|kindly\s+)?"
                      r"(?P<verb>[^\W\d_]+)\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_EMBEDDED_YES_NO = re.compile(r"^(?:\s+(?:me|us))?\s+(?:whether|if)\b", re.IGNORECASE)


def _request(clause: str) -> bool:
    """The clause asks the addressee to tell something (see `_TELLING`), not a yes/no of its own."""
    m = _REQUEST.match(clause)
    if not m or _EMBEDDED_YES_NO.match(m.group("rest")):
        return False
    verb = normalize(m.group("verb"))
    return verb in _TELLING or verb in _GIVING and bool(_INFORMATION.match(m.group("rest")))


def _asks(toks: list[Token]) -> bool:
    """A question word that asks: not "who" or "whom" after the noun it describes ("the adult who
    holds it"), a relative pronoun ("which" may ask of a noun there: "the singer who left which
    band?")."""
    return any(normalize(t.raw) in _WH
               and not (normalize(t.raw) in _RELATIVE_PERSON and i > 0 and content([toks[i - 1]]))
               for i, t in enumerate(toks))


_RELATIVE_PERSON = frozenset({"who", "whom"})


# Words of condition and time that open a leading phrase ("If …,", "Once …,"): a closed class.
_LEADS = _CONDITION | frozenset("once when after before since until while during".split())


def _leading_phrase(lead: str) -> bool:
    """A phrase that sets the question's time, place or case: it opens with a preposition or a word
    of condition or time, and asks nothing."""
    words = [normalize(t.raw) for t in tokens(lead)]
    if not words or any(w in _WH for w in words[1:]):
        return False
    first = words[0]
    return first in _LEADS or stem(first) in PREPOSITIONS or first in _STOP_PREPOSITIONS


def condition_end(clause: str) -> int:
    """Where a clause's statement starts after a leading condition ("If you are not satisfied, you
    can refer it within 6 months"): a negation in the condition sets a case, it denies nothing the
    statement says. 0 when the clause opens with no condition."""
    toks = tokens(clause)
    if not toks or normalize(toks[0].raw) not in _CONDITION:
        return 0
    comma = clause.find(",", toks[0].end)
    return comma + 1 if comma > 0 else 0


# the prepositions among the stopwords (a closed class)
_STOP_PREPOSITIONS = frozenset("at by for from in into of on over to with about".split())


def _opens_with_auxiliary(text: str) -> bool:
    words = [normalize(w) for w in text.split()[:2]]
    if words and words[0] in ("and", "or", "but"):
        words = words[1:]
    return bool(words) and words[0] in AUXILIARIES


@lru_cache(maxsize=65536)
def _clause_tokens(text: str) -> list[Token]:
    """The clause's words, less a leading yes/no (the answer to a question, not a negation).
    Memoised: evidence sentences recur for every claim and answer of an item."""
    m = _ANSWER_WORD.match(text)
    return _one_negation(tokens(text[m.end():] if m else text), text[m.end():] if m else text)


def _one_negation(toks: list[Token], text: str) -> list[Token]:
    """The ways English writes "without X" read as that one negation of X: "X-free" ("penalty-free",
    "a fee-free account": the suffix "-free" is a closed form meaning "without") and "with no X"
    ("with no application needed" says "without an application", not "with" one)."""
    out: list[Token] = []
    for i, t in enumerate(toks):
        word = normalize(t.raw)
        if word == "free" and out and i > 0 and text[toks[i - 1].end:t.start] == "-":
            x = out.pop()
            out += [Token("without", _WITHOUT, x.start, x.start), Token(x.raw, x.stem, x.start, t.end)]
            continue
        if word in _QUANTIFIERS and out and normalize(out[-1].raw) == "with" and out[-1].end + 1 == t.start:
            out[-1] = Token("without", _WITHOUT, out[-1].start, t.end)
            continue
        out.append(t)
    return out


_WITHOUT = stem("without")


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def _sentence_clauses(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    # what a clause is about: its content words less numbers and the words of direction, which are
    # what two aligned clauses are compared on, not what aligns them; a clause whose subject is a
    # pronoun ("…must be replaced; it is never repaired") is also about what the clause before
    # names as its subject (`_referent`)
    pieces = [_reported(c) for c in clauses(text)]
    return tuple((c, _about(_clause_tokens(c)) | (_about(_referent_before(pieces[:n])) if n and _refers(c) else frozenset()))
                 for n, c in enumerate(pieces))


# Verbs that report what a text or a person says (a closed class): "The email says they will no
# longer be housed apart" states what the reported clause states; the frame is no part of it.
_REPORTING = re.compile(r"^(?P<lead>\s*(?:(?:and|but|so)\s+)?)(?P<frame>(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:"
                        + "|".join(f for v in "say state note conclude confirm report explain add".split()
                                   for f in verb_forms(v)[1:3]) + r")\s+(?:that\s+)?)(?=\S)", re.IGNORECASE)


def _reported(clause: str) -> str:
    """The clause a frame of reporting opens, less the frame ("The email says that X" is read as
    X), where what follows is a clause of its own (a verb group) and the frame denies nothing
    ("the letter never says ...", "it says nothing of ..." stay whole: what they deny is the text's
    silence, `abstention`'s to read)."""
    m = _REPORTING.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    toks = tokens(rest)
    if any(_is_negator_form(t) for t in tokens(m.group("frame"))) or not toks or _is_negator_form(toks[0]) \
            or not any(normalize(t.raw) in AUXILIARIES for t in toks):
        return clause
    return m.group("lead") + rest


def _about(toks: list[Token]) -> frozenset[str]:
    return _about_of(tuple(toks))


@lru_cache(maxsize=65536)
def _about_of(toks: tuple[Token, ...]) -> frozenset[str]:
    return frozenset(b for t in content(toks) if not t.stem[:1].isdigit() and (b := _base(t.raw)) not in _OPPOSITE)


# Third-person pronouns that stand for a thing or person named before (a closed class), and the
# coordinators a clause may open with before one ("and it is ...").
_REFERRING = frozenset("it they he she".split())
_OPENING = frozenset("and but so although though whereas while whilst".split())


def _refers(clause: str) -> bool:
    """The clause's subject is a pronoun: it opens the clause, after a coordinator if any."""
    return _first_word(clause) in _REFERRING


def _first_word(clause: str) -> str:
    """The clause's first word after a coordinator that opens it ("but they …": they), lower case."""
    words = [normalize(t.raw) for t in _clause_tokens(clause)[:2]]
    if words and words[0] in _OPENING:
        words = words[1:]
    return words[0] if words else ""


def _referent_before(pieces: list[str]) -> list[Token]:
    """What a pronoun opening the clause after `pieces` stands for: the referent of the nearest
    clause before, passing over a clause that is only a value ("Express Reads (…) — 14 days, and
    they can be neither renewed nor reserved": a list item's value names nothing "they" can be)."""
    for piece in reversed(pieces):
        toks = _clause_tokens(piece)
        if toks and not toks[0].stem[:1].isdigit():
            return _referent(piece)
    return []


def _same_pronoun_before(clause: str, before: str) -> list[Token]:
    """The words of the clause `before`, where both open with one pronoun that names nothing in
    them ("They are removed from play, but they are refunded for the rest of the session"): the two
    say things of one unnamed thing in one situation, and what the first says of it places the
    second ("removed from play"). Empty otherwise."""
    if not _refers(before) or _first_word(before) != _first_word(clause):
        return []
    return _clause_tokens(before)


def _referent(clause: str) -> list[Token]:
    """The subject of a clause's first verb group (`_subject_of` its first auxiliary): what a
    pronoun in the clause after it stands for ("A chipped or cracked propeller must be replaced"
    gives "cracked propeller"); empty when it opens with none."""
    toks = _clause_tokens(clause)
    at = next((i for i, t in enumerate(toks) if normalize(t.raw) in _AUXILIARY), None)
    if at is None:
        # a clause with no verb group is a heading or a list item's name ("Express Reads (new
        # hardback bestsellers …)"): the words it opens with, up to the first function word
        return _opening_phrase(toks)
    return _subject_of(toks, at) if at else []


def _opening_phrase(toks: list[Token]) -> list[Token]:
    """The words a clause opens with, past determiners, up to the first function word or
    punctuation."""
    run: list[Token] = []
    end = None
    for t in toks:
        w = normalize(t.raw)
        if end is not None and t.start - end > 1:
            break
        end = t.end
        if w in DETERMINERS and not run:
            continue
        if (w in STOPWORDS or _is_negator(t)) and not t.is_acronym:
            break
        run.append(t)
    return run


def contradiction(claim: str, evidence: list[str], before: str = "") -> tuple[Conflict, str] | None:
    """The first conflict of a claim's clause with the evidence clauses it aligns with best (the
    most content words in common, numbers aside), with that evidence sentence; None when the
    best-aligned evidence agrees with it. Evidence elsewhere that merely shares a word does not
    count: "required for groups" is not denied by "not required for members". A clause aligns with
    the evidence clause or with its whole sentence, which may name what the clause calls "they"
    ("Credits are applied to invoices; they cannot be exchanged for cash"), and a claim's clause
    that says "they" is about what the claim `before` it names ("Express Reads are lent for 14
    days" / "they can be renewed")."""
    # a question states nothing to agree or conflict with ("Do Stream A applicants need an EOI?")
    candidates = [(c, words, sentence, sw, stems) for sentence in evidence
                  for c, words, sw, stems in _candidate_clauses(sentence)]
    earlier = clauses(before)
    pieces = earlier + clauses(claim)
    said = _word_sequences([_clause_tokens(c) for c, *_ in candidates])
    for n, (piece, words) in enumerate(_sentence_clauses(claim), start=len(earlier)):
        if _said_word_for_word(_clause_tokens(piece), said):
            continue   # the evidence says this clause word for word: nothing of it can conflict
        refers = bool(n) and _refers(piece)
        referent = _referent_before(pieces[:n]) if refers else []
        # "…, but they are charged" after "They are brought ashore": the clause before places it
        context = _same_pronoun_before(piece, pieces[n - 1]) if refers and not _about(referent) else []
        words = words | _about(referent)
        placed = words | _about(context)
        every = {t.stem for t in _clause_tokens(piece)}
        stated = _about(_clause_tokens(piece[:_trailing_condition(piece)])) | _about(referent)
        # most content words in common with what the clause states (a condition after it sets a
        # case: "personal data should be deposited, as long as it is under an open licence" is
        # about depositing personal data), then with the clause, then with its whole sentence,
        # then most words of any kind ("over 16" vs "under 16")
        scored = [((len(stated & w), len(words & w), len(words & sw), len(every & stems)), c, sentence)
                  for c, w, sentence, sw, stems in candidates
                  if len(words & w) >= 2 or context and words & w and len(placed & sw) >= 2]
        if not scored:
            continue
        best = max(n for n, _, _ in scored)
        tops = [(c, sentence) for n, c, sentence in scored if n == best]
        c = _clause_tokens(piece)
        # a clause that says "they" aligns as what they stand for ("…; they can be renewed")
        named = referent + context + c
        # (the two clauses read as one, where the clause before places what this one says; a conflict
        # is this clause's only where the words it finds are this clause's)
        said = _clause_tokens(f"{pieces[n - 1]}, {piece}") if context else c
        found = [([x for x in _clause_conflicts(claim, said, e, sentence, evidence)
                   if not context or x.said.casefold() in piece.casefold()], sentence) for e, sentence in tops
                 if aligned(named, _clause_tokens(e)) or aligned(named, _clause_tokens(sentence))]
        # a clause that turns the other's case round is about that case, whatever else it says
        # ("the ban applies even if a vet confirms the dog is calm" / "dogs must be kept out,
        # unless a vet confirms they are calm"): the two cases align, not the two statements
        found = found or [(case, sentence) for e, sentence in tops if (case := _case_turned(c, _clause_tokens(e)))]
        if found and all(conf for conf, _ in found):
            return found[0][0][0], found[0][1]
        if found and any(conf for conf, _ in found):
            # an obligation one aligned clause denies stands against another as close that states
            # no obligation at all ("Sign a health declaration (form HD2)." beside "Drivers aged 76 to
            # 79 must sign a health declaration": the imperative neither grants nor requires)
            denied = [(_obliged_against_free(said, _clause_tokens(e)), sentence) for e, sentence in tops]
            if any(x for x, _ in denied) and all(x or not _deontic(_clause_tokens(sentence)) for x, sentence in denied):
                return next((x[0], sentence) for x, sentence in denied if x)
    return _dropped_condition(claim, before, evidence) or reversed_change(claim, evidence) \
        or _ranked_against_change(claim, before, evidence) or _ranked_against_named(claim, before, evidence) \
        or _misordered_values(claim, before) or _ends_swapped(claim, evidence) or parties_swapped(claim, evidence)


def _word_sequences(evidence_clauses: list[list[Token]]) -> set[tuple[str, ...]]:
    """The stems of each evidence clause (`_clause_tokens`), in order: read once per claim."""
    return {tuple(t.stem for t in e) for e in evidence_clauses}


def _said_word_for_word(clause: list[Token], stated: set[tuple[str, ...]]) -> bool:
    """One of the evidence's clauses (`stated`: `_word_sequences`) has the clause's words, in its
    order (a yes or no before them aside): the evidence states it, whatever its other clauses say."""
    mine = tuple(t.stem for t in clause)
    return bool(mine) and mine in stated


@lru_cache(maxsize=65536)
def _candidate_clauses(sentence: str) -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]:
    """The clauses of an evidence sentence `contradiction` aligns a claim's clauses with (no
    question), each with what it is about, its sentence's words and its own stems. Memoised: the
    evidence sentences recur for every claim."""
    sw = _sentence_words(sentence)
    return tuple((c, words, sw, frozenset(t.stem for t in _clause_tokens(c)))
                 for c, words in _sentence_clauses(_without_question_cells(sentence)) if not _a_question(c))


# the words of _CONDITION that open a condition after a statement ("whether" opens an object
# instead; "even if" concedes a case, which the statement is about)
_TRAILING_IF = re.compile(r"(?<!\beven\s)\b(?:if|unless)\b", re.IGNORECASE)


def _trailing_condition(clause: str) -> int:
    """Where a condition after the clause's statement opens ("…, as long as it is released", "… if
    asked"); the clause's length when none does."""
    found = [m.start() for rx in (*_OPENS_CONDITION_RES, _TRAILING_IF) for m in rx.finditer(clause) if m.start() > 0]
    return min(found, default=len(clause))


def _a_question(clause: str) -> bool:
    """The clause asks: it ends with a question mark, past the emphasis marks of a heading ("**Q8. Do …?**")."""
    return clause.rstrip(" *_").endswith("?")


# --- changes of a value: "from 4 to 8", "£48 (it was £42)", "up from 4" -----------------------

# Words of change (closed classes of English): those that say which way a value went, and those
# that only say it changed ("tightens from 1:6 to 1:5"). Without a verb of change, "from X to Y"
# is a range ("open from 08:00 to 20:00") and "up to X" a bound.
_PARTICLES = frozenset(("up", "down"))
# "forward" after a verb of moving says the change went earlier ("brought forward to 15 June",
# "moved forward to Sunday"); it stands for the verb of change it follows. ("back" is left out:
# "put back" is later, "cut back" less.)
_CHANGE_UP = frozenset(_base(w) for w in _UP + ("extend", "lengthen", "double")) | {"up"}
_CHANGE_DOWN = frozenset(_base(w) for w in _DOWN + ("shorten", "halve")) | {"down", "forward"}
_CHANGE_VERBS = (_CHANGE_UP | _CHANGE_DOWN | frozenset(_base(w) for w in """change go move shift switch adjust
   update tighten loosen revise vary amend alter modify""".split())) - _PARTICLES
# "Y (it was X)", "Y, up from X", "Y (previously X)", "Y instead of X": the value before, given
# after the value now, perhaps with its article ("28%, up from the 30% first reported")
_WAS = re.compile(r"(?:\(\s*|,\s*)(?:it\s+was|was|previously|formerly|(?P<way>up|down)\s+from)\s+(?:the\s+)?"
                  # "until 23:30 instead of 23:00": the value it replaces (a closed class of connectives)
                  r"|\s(?:instead\s+of|rather\s+than)\s+(?:the\s+)?", re.IGNORECASE)
# the content words of those markers ("previously", "formerly"), read from the pattern itself
_MARKERS = frozenset(stem(w) for w in re.findall(r"[a-z]{4,}", _WAS.pattern) if w not in ("from", "than"))
_CHANGE_REACH = 8   # words between a verb of change and its "from" ("reduced on 1 March 2026, from £48")


@dataclass(frozen=True)
class Change:
    before: tuple[float, ...]   # the value(s) before ("from 1:6": two), () when not given
    after: tuple[float, ...]    # the value(s) after, () when not given
    way: int                    # +1 up, -1 down, 0 not said: what its word of change says
    text: str                   # as written
    word: str = ""              # its word of change as written ("lowered")
    values: str = ""            # its values as written ("from 4 to 8")
    comparable: bool = True     # before and after in one unit ("from 2 hours to 30 minutes" is not)

    @property
    def values_way(self) -> int:
        """Which way its values went: +1, -1, or 0 when they do not say (one side, several, two
        units, or days of the week, which go round). Dates without a year go the short way round
        the year ("from 20 December to 5 January" is later)."""
        if len(self.before) != 1 or len(self.after) != 1 or self.before == self.after or not self.comparable \
                or self.before[0] >= _WEEKDAY_VALUE:
            return 0
        way = self.after[0] - self.before[0]
        if self.before[0] >= _DATE_VALUE and abs(way) > 6 * _MONTH_DAYS:
            way = -way
        return 1 if way > 0 else -1


def _number(t: Token) -> float | None:
    raw = t.raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        word = cardinal(raw)
        return float(word) if word is not None else None


def _groups(toks: list[Token], i: int, piece: str = "") -> tuple[list[tuple[float, str]], int]:
    """The values of "X to Y to …" from token i, each with its unit word ("" for none): each is a
    number with at most two words of its own after it ("one instructor to 6 juniors"); reading
    stops at punctuation, at a function word ("£76 on 1 March") or at a part with no number
    ("from 8 to 4 to reduce contention"); a number followed by another is a date or a code, no
    value ("from 1 March 2026"). A sign written onto a number is no punctuation ("from 3% to 5%":
    `piece`, the text the tokens are of). (the values, the end token)."""
    values: list[tuple[float, str]] = []
    end = i
    while i < len(toks) and (value := _number(toks[i])) is not None:
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].start - toks[j - 1].end <= 1 \
                and _number(toks[j]) is None and content([toks[j]]):
            j += 1
        if j < len(toks) and toks[j].start - toks[j - 1].end <= 1 and _number(toks[j]) is not None:
            break
        values.append((value, toks[i + 1].stem if j > i + 1 else ""))
        end = j
        if j >= len(toks) or normalize(toks[j].raw) != "to" \
                or toks[j].start - toks[j - 1].end > 1 and not _signed(piece, toks[j - 1], toks[j]):
            break
        i = j + 1
    return values, end


# signs written onto a number, after it (a closed class): "3%", "20°"
_NUMBER_SIGNS = frozenset("%°")


def _signed(piece: str, a: Token, b: Token) -> bool:
    """Between tokens a and b of `piece` there is only a sign written onto a's number and a space."""
    between = piece[a.end:b.start] if piece else ""
    return bool(between) and between[0] in _NUMBER_SIGNS and not between[1:].strip()


def _way(words: list[Token]) -> int:
    bases = {_base(t.raw) for t in words}
    return 1 if bases & _CHANGE_UP else -1 if bases & _CHANGE_DOWN else 0


def _change(before: list[tuple[float, str]], after: list[tuple[float, str]], way: int, text: str,
            word: str = "", values: str = "") -> Change:
    # one unit: no place where both sides give a unit and the two differ; and one kind of value
    # (a date is no amount: "rises from 1 March 2026 to £48" is no fall)
    comparable = all((not (u and w) or u == w) and _value_class(v) == _value_class(x)
                     for (v, u), (x, w) in zip(before, after))
    return Change(tuple(v for v, _ in before), tuple(v for v, _ in after), way, text, word, values, comparable)


def sizes_a_change(text: str, at: int) -> bool:
    """The value that starts at `at` in `text` is the size of a change: "by" right before it, after
    a verb of change or its particle ("went up by 1,600", "the total fell by £490", "cut by a third")."""
    lead = tokens(text[max(0, at - 40):at])
    return (len(lead) > 1 and normalize(lead[-1].raw) == "by"
            and any(_base(t.raw) in _CHANGE_VERBS | _PARTICLES for t in lead[-3:-1]))


# a verb of moving that with "up" or "down" is one of change ("comes down to £7.50", "came up to
# £40"), and those that are one with "down" only ("brought down to 12", "marked down to £30"; "brought
# up to 72 °C" heats a thing, "put up" may house people): closed classes
_MOVED = frozenset(_base(w) for w in "come came".split())
_MOVED_DOWN = frozenset(_base(w) for w in "bring brought mark knock".split())
# a verb's object between it and "to": a determined noun phrase with no clause of its own
_OBJECT_TO = re.compile(r"\s+(?:the|its|their|our|your|his|her|this|that|these|those)\s+"
                        r"(?:(?!(?:and|or|but|then|which|who|when|while|if|to|from|by)\b)[\w'’.-]+\s+){0,5}", re.IGNORECASE)


def _changes_here(lead: list[Token], k: int) -> bool:
    """Token k of `lead` is a verb of change, or a verb of moving with its particle of change after it."""
    base = _base(lead[k].raw)
    particle = normalize(lead[k + 1].raw) if k + 1 < len(lead) else ""
    return base in _CHANGE_VERBS or base in _MOVED and particle in _PARTICLES or base in _MOVED_DOWN and particle == "down"


def changes(text: str) -> list[Change]:
    """The changes of a value a text states: "lowered the default from 8 to 4" (a verb of change,
    then "from X to Y"), "rose to £48" (one side), "£48 (it was £42)", "8 workers, up from 4" and
    "cut to £65 from £75" (the value before after the value now)."""
    out: list[Change] = []
    for piece in clauses(text):
        toks = _whole_numbers(piece, tokens(piece))
        for i, t in enumerate(toks):
            word = normalize(t.raw)
            if word not in ("from", "to") or i == 0:
                continue
            lead = toks[max(0, i - (_CHANGE_REACH if word == "from" else 2)):i]
            verbs = [k for k in range(len(lead)) if _changes_here(lead, k)]
            if not verbs and word == "to":
                # the verb before its object: "cut the 5-litre price to £5.20", "raised its fee to £40"
                lead = toks[max(0, i - _CHANGE_REACH):i]
                verbs = [k for k in range(len(lead) - 1) if _changes_here(lead, k)
                         and _OBJECT_TO.fullmatch(piece[lead[k].end:t.start])]
            if not verbs:
                continue
            lead = lead[verbs[-1]:]   # from the nearest verb of change
            verb = i - len(lead)
            values, end = _groups(toks, i + 1, piece)
            if not values:
                continue
            # days are a period more often than a change ("covers lost shoes while Sam is away
            # from 21 December to 3 January"): a change of days only right after its verb
            # ("has moved from 30 April", "brought forward to Sunday")
            if any(_value_class(v) for v, _ in values) and content([u for u in lead[1:] if _number(u) is None]):
                continue
            span, said = piece[lead[0].start:toks[end - 1].end], piece[t.start:toks[end - 1].end]
            if word == "to" and len(values) == 1:
                out.append(_change([], values, _way(lead), span, lead[0].raw, said))
            elif word == "from" and len(values) == 1 and (now := _value_now(toks, verb, i)):
                # "cut to £65 from £75", "drops to £38, from £41": the value before given after the value now
                (to, after) = now
                if out and out[-1].after == tuple(v for v, _ in after) and not out[-1].before:
                    out.pop()   # the "to £38" read on its own
                out.append(_change(values, after, _way(lead), span, lead[0].raw, piece[toks[to].start:toks[end - 1].end]))
            elif word == "from" and (len(values) == 1 or len(values) % 2 == 0):
                half = max(1, len(values) // 2)
                out.append(_change(values[:half], values[half:], _way(lead), span, lead[0].raw, said))
        out += _was(piece, toks)
    return out


_CLOCK = re.compile(r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")
# A day of a month ("30 April", "30th April 2027", "April 30, 2027") and a day of the week
# ("Sunday"): one value each, a date as its day of the year (its year aside: "31 May" is the day
# "31 May 2027" is), a weekday as its place in the week, both apart from every amount.
_DAY_MONTH = re.compile(r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]+)\b\.?(?:,?\s+[0-9]{4}\b)?")
_MONTH_DAY = re.compile(r"(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+[0-9]{4}\b)?")
_MONTH_DAYS = 32
_DATE_VALUE, _WEEKDAY_VALUE = 1_000_000.0, 2_000_000.0


def _value_class(value: float) -> int:
    """What a value read by `changes` is: 0 an amount, 1 a date, 2 a day of the week."""
    return 2 if value >= _WEEKDAY_VALUE else 1 if value >= _DATE_VALUE else 0


def _calendar(piece: str, t: Token) -> re.Match | None:
    """The date that starts at token t, when its month is one."""
    m = _DAY_MONTH.match(piece, t.start) if t.stem.isdigit() else _MONTH_DAY.match(piece, t.start)
    return m if m and m.group("m").casefold() in MONTHS and 1 <= int(m.group("d")) <= 31 else None


# A span of days named by the date it starts on, in English's closed class of such leads ("the week
# commencing 14 June", "the week beginning 5 July", "the weekend of 3 May").
_SPANS = ("week", "weekend", "fortnight")
_SPAN_LEAD = re.compile(rf"(?:the\s+)?[*_]{{0,3}}(?:{'|'.join(_SPANS)})\s+(?:commencing|beginning|starting|of)\s+",
                        re.IGNORECASE)
# a day of the week before the date it names ("Tuesday 7 July", "Fri, 3 May")
_WEEKDAY_LEAD = re.compile(rf"(?:{'|'.join(sorted(WEEKDAY_FORMS, key=len, reverse=True))})\.?,?\s+", re.IGNORECASE)
# the words those leads open with, looked up before either pattern is tried on a token
_LEAD_WORDS = frozenset(("the", *_SPANS)) | WEEKDAY_FORMS


def _whole_numbers(piece: str, toks: list[Token]) -> list[Token]:
    """The tokens with a time of day ("20:30"), a number in groups of thousands ("2,500"), a
    date ("30 April 2027") or a day of the week, which the words split or name, read as one value
    (a time as its minutes past midnight, `_calendar` for days): "from 20:40 to 20:30", "from
    2,500 kg to 1,800 kg" and "from 30 April to 31 May 2027" are changes of two values, not of
    four."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        m = _CLOCK.match(piece, t.start) or _THOUSANDS.match(piece, t.start)
        d = _calendar(piece, t)
        lead = (_SPAN_LEAD.match(piece, t.start) or _WEEKDAY_LEAD.match(piece, t.start)) \
            if d is None and t.raw.casefold() in _LEAD_WORDS else None
        if lead and (k := next((k for k in range(i + 1, len(toks)) if toks[k].start >= lead.end()), None)) \
                and toks[k].start == lead.end() and (d := _calendar(piece, toks[k])) is not None:
            i = k   # "the week commencing 14 June" is the date it starts on, "Tuesday 7 July" its date: "from 14 June"
        if d is not None or (t.raw.isdigit() and m):
            m = d or m
            n = i
            while n + 1 < len(toks) and toks[n + 1].end <= m.end():
                n += 1
            raw = m.group().replace(",", "") if m.re is _THOUSANDS \
                else str(int(m.group("h")) * 60 + int(m.group("m"))) if m.re is _CLOCK \
                else str(_DATE_VALUE + MONTHS[m.group("m").casefold()] * _MONTH_DAYS + int(m.group("d")))
            out.append(Token(raw, raw, t.start, m.end()))
            i = n + 1
            continue
        if t.raw[:1].isupper() and t.stem in WEEK:
            raw = str(_WEEKDAY_VALUE + WEEK.index(t.stem))
            out.append(Token(raw, raw, t.start, t.end))
            i += 1
            continue
        if i + 1 < len(toks) and piece[t.end:toks[i + 1].start] == "-" \
                and (tens := _number(t)) in _TENS_VALUES and (unit := _number(toks[i + 1])) in _UNIT_VALUES \
                and not t.raw[:1].isdigit() and not toks[i + 1].raw[:1].isdigit():
            raw = str(int(tens + unit))   # "seventy-five": one number, 75, not 70 and 5
            out.append(Token(raw, raw, t.start, toks[i + 1].end))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


_TENS_VALUES = frozenset(float(n) for n in range(20, 100, 10))
_UNIT_VALUES = frozenset(float(n) for n in range(1, 10))


def _value_now(toks: list[Token], verb: int, i: int) -> tuple[int, list[tuple[float, str]]] | None:
    """The value a verb of change goes "to" right before its "from" at token i ("cut the per diem
    to £65 from £75"): (the "to" token, the value), or None."""
    for k in range(i - 1, verb, -1):
        if normalize(toks[k].raw) == "to":
            values, end = _groups(toks, k + 1)
            return (k, values) if len(values) == 1 and i - end <= 1 else None
    return None


_CURRENCY = frozenset("£$€¥")


def _value_kind(piece: str, t: Token) -> tuple[bool, bool]:
    """What a number's signs make it: money (a currency sign before it), a percentage ("%" after)."""
    return (t.start > 0 and piece[t.start - 1] in _CURRENCY, piece[t.end:t.end + 1] == "%")


def _was(piece: str, toks: list[Token]) -> list[Change]:
    """"£48 (it was £42)", "8 workers, up from 4": the value now is the nearest number before, one
    of another value ("in 4.0, up from 4": 4.0 is no change from 4)."""
    out = []
    for m in _WAS.finditer(piece):
        after_at = next((k for k, t in enumerate(toks) if t.start >= m.end()), None)
        if after_at is None:
            continue
        values, end = _groups(toks, after_at, piece)
        if len(values) != 1:
            continue
        # the value now is of the kind of the value before: its currency and its "%" ("£168,000 —
        # a 5% increase (up from £160,000)"), no year ("15,800 in 1911, up from 14,200"), and no
        # number of an aside closed before the marker ("48.6% (95% CI 12.0 to 70.0), down from 80.9%")
        kind = _value_kind(piece, toks[after_at])
        nows = [t for t in reversed([t for t in toks if t.end <= m.start()])
                if (n := _number(t)) is not None and n != values[0][0] and _value_kind(piece, t) == kind
                and (is_year_like(t.raw) == is_year_like(toks[after_at].raw))
                and not (piece.rfind("(", 0, t.start) > piece.rfind(")", 0, t.start)
                         and ")" in piece[t.end:m.start()])]
        was = read_unit(piece, toks[after_at].end, True)
        # of the values before it, the nearest in the unit of the value it replaced ("81 km, with 690 m
        # of climbing (it was 76 km)"), else the nearest; each with the unit read after it
        units = [(t, read_unit(piece, t.end, True)) for t in nows]
        now, is_ = next(((t, u) for t, u in units if was and u and u[0] == was[0]), units[0] if units else (None, None))
        if now is not None:
            way = {"up": 1, "down": -1}.get((m.group("way") or "").lower(), 0)
            start, stop = now.start, toks[end - 1].end
            start -= 1 if start and not piece[start - 1].isspace() else 0       # "£48"
            stop += 1 if piece[stop:stop + 1] == ")" else 0                      # "(it was £42)"
            # the value now with its own unit word, as the value before is read ("2 hours …, up
            # from 90 minutes" is no fall from 90 to 2)
            own = _groups(toks, toks.index(now), piece)[0]
            value, unit = _number(now), own[0][1] if own and own[0][0] == _number(now) else ""
            if was and is_ and was[0] != is_[0] and (there := convert(value, is_[0], was[0])) is not None:
                value, unit = there, values[0][1]   # in the unit of the value before: 2 hours is 120 minutes
            out.append(_change(values, [(value, unit)], way, piece[start:stop]))
    return out


def reversed_change(claim: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """A change the claim turns round: its word of change against its own values ("lowered from 4
    to 8"; "more often: every 12 months rather than every 6 months", `_how_often_turned`; "later:
    40 minutes before rather than 30", `_compared_turned`), or its
    values against the evidence's change of the same values ("from £48 to £42" where the evidence
    says "£48 (it was £42)"; "cut to £48" where it went up to £48), in an evidence sentence about
    the same thing (a content word in common). With the sentence, or with the claim itself for a
    change that contradicts its own values."""
    turned = _how_often_turned(claim) or _compared_turned(claim)
    if turned is not None:
        return turned, claim
    said = changes(claim)
    if not said:
        return None
    for c in said:
        if c.way and c.values_way and c.way != c.values_way:
            # (a change with no verb, "75, down from 50", shown whole)
            return Conflict("direction", c.word or c.text, c.values, source="claim"), claim
    words = _sentence_words(claim)
    for sentence in evidence:
        # a sentence of values alone, its marker of the value before aside ("£41.00 (up from £38.00)",
        # "77.5% (previously 80%)", a reference) is about what the question asks; its values must still be the claim's
        theirs = _sentence_words(sentence)
        if theirs - _PARTICLES - _MARKERS and not words & theirs and not _values_kept_alone(sentence):
            continue
        for e in changes(sentence):
            for c in said:
                if _turned_round(c, e):
                    return Conflict("direction", c.text, e.text), sentence
        for kept in _KEPT.finditer(sentence):
            value = _figure(kept.group("v") or kept.group("w"))
            for c in said:
                # (a claim that says "still" says it goes on as before: "the crash still goes down to 2 °C")
                if c.way and c.after == (value,) and not _STILL.search(claim):
                    return Conflict("direction", c.text, kept.group(0)), sentence
    return None


# A value the evidence says did not change (a closed class of verbs and adjectives of staying):
# "stays at £34", "remains 28 days", "£34, unchanged"; a claim that it went up or down to it turns
# no change into one.
_KEPT = re.compile(r"\b(?:stays?|stayed|remains?|remained|unchanged|kept|held)\s+(?:at\s+)?(?P<v>[£$€]?[0-9][0-9,]*(?:\.[0-9]+)?)"
                   r"(?![0-9,.]*[0-9])"
                   r"|(?P<w>[£$€]?[0-9][0-9,]*(?:\.[0-9]+)?)(?:\s+[^\W\d]+){0,2}?\s*[,(—–-]?\s*(?:is\s+|are\s+)?"
                   # ("at the same time" is when, not how much: "falls to £75 at the same time")
                   r"(?:unchanged|the\s+same\b(?!\s+(?:time|day|date|moment|week|month|year)\b))", re.IGNORECASE)


_STILL = re.compile(r"\b(?:still|as\s+before|as\s+now)\b", re.IGNORECASE)


def _values_kept_alone(sentence: str) -> bool:
    """A sentence of values and the word that keeps them alone ("£34 per night, unchanged.", a
    reference): about what the question asks, as a sentence of values alone is."""
    if _KEPT.search(sentence) is None:
        return False
    rest = _KEPT.sub(" ", sentence)
    for a in sorted(extract_atoms(rest), key=lambda a: -a.start):
        rest = rest[:a.start] + " " + rest[a.end:]
    return not _sentence_words(rest) - _PARTICLES - _MARKERS


# Words that open a clause about the value before them (a closed class): "£612, which is above …",
# "six sailings, making it more than …"
_OF_THE_VALUE = frozenset("which that making makes".split())
_FIGURE = r"[£$€]?[0-9][0-9,]*(?:\.[0-9]+)?"
# a value (a range by its first figure) and the one it replaced: "£3,800–£5,000 for the roof rather than the £3,200"
_REPLACED_BY = re.compile(rf"(?P<now>{_FIGURE})(?:\s*[–-]\s*{_FIGURE})?(?:\s+[^\W\d]+){{0,4}}?\s+"
                          rf"(?:rather\s+than|instead\s+of)(?:\s+the)?\s+(?P<was>{_FIGURE})", re.IGNORECASE)


def _figure(text: str) -> float:
    return float(text.lstrip("£$€").replace(",", ""))


def _with_its_value(claim: str, before: str) -> str:
    """A claim that opens with "which" / "making" is said of the value in the claim before it: read
    the two as one text."""
    if before and claim.split() and normalize(claim.split()[0]) in _OF_THE_VALUE:
        return f"{before}, {claim}"
    return claim


def _ranked_against_change(claim: str, before: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """A comparative said of a value against the value the evidence says it replaced: "six
    sailings, which is more than the summer timetable offers" where the evidence says "six
    sailings, down from nine in summer"; "£3,800–£5,000, which is lower than the original figure"
    where it says "£3,800–£5,000 rather than the £3,200–£4,500". The comparative ("more", "lower",
    not one of time, nor one that bounds a number) has a "than" whose phrase holds no value of its
    own, and is said in a clause that opens with "which" (or "making") after the value, in the
    claim or in the claim before it; a range is compared by its first value."""
    text = _with_its_value(claim, before)
    toks = tokens(text)
    for k, t in enumerate(toks):
        word = normalize(t.raw)
        if word not in _RANKING or word in _IN_TIME or _bounds_number(toks, k) or (k and _is_negator(toks[k - 1])):
            continue
        if k + 1 >= len(toks) or normalize(toks[k + 1].raw) != "than" \
                or any(_number(u) is not None for u in toks[k + 2:k + 2 + _SCOPE]):
            continue
        values = [(j, v) for j, u in enumerate(toks[:k]) if (v := _number(u)) is not None]
        if not values or not any(normalize(u.raw) in _OF_THE_VALUE for u in toks[values[-1][0] + 1:k]):
            continue
        figure = list(re.finditer(rf"{_FIGURE}(?:\s*[–-]\s*{_FIGURE})?", text[:toks[values[-1][0]].end]))
        value = _figure(figure[-1].group(0).split("–")[0].split("-")[0].strip()) \
            if figure and figure[-1].end() == toks[values[-1][0]].end else values[-1][1]
        way = 1 if word in _GREATER else -1
        for sentence in evidence:
            for now, was, said in _value_pairs(sentence):
                if now == value and was != value and (now > was) != (way > 0):
                    return Conflict("direction", t.raw, said), sentence
    return None


# prepositions of degree that compare a value with the phrase after them ("above the cap"): closed class
_DEGREE = {"above": 1, "below": -1}
_NAMED_REACH = 6   # words of the phrase a value is compared with ("the statutory cap on a week's pay")


def _ranked_against_named(claim: str, before: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """A value said to be greater or less than a thing the evidence gives a value for: "£612 a
    week, which is above the statutory cap on a week's pay" where it says "the cap on a week's pay
    (£719)". The comparison is said in a clause that opens with "which" after the value (as
    `_ranked_against_change`), the phrase compared with ("than …", "above …") holds no value and two
    content words or more, and one evidence sentence names most of them with one value in the
    value's unit and not the value itself."""
    text = _with_its_value(claim, before)
    toks = tokens(text)
    for k, t in enumerate(toks):
        word = normalize(t.raw)
        if word in _DEGREE_OF_VALUES:
            at, way = k, _DEGREE_OF_VALUES[word]
        elif word in _RANKING and word not in _IN_TIME and k + 1 < len(toks) and normalize(toks[k + 1].raw) == "than":
            at, way = k + 1, 1 if word in _GREATER else -1
        else:
            continue
        if _bounds_value(toks, k) or (k and _is_negator(toks[k - 1])):
            continue
        phrase, end = [], toks[at].end
        for u in toks[at + 1:at + 1 + _NAMED_REACH]:
            if u.start - end > 1:
                break
            phrase.append(u)
            end = u.end
        named = {_base(u.raw) for u in content(phrase)}
        if len(named) < 2 or any(_number(u) is not None for u in phrase):
            continue
        said = [a for a in extract_atoms(text[:t.start]) if a.kind == "quantity" and a.value is not None]
        if not said or not any(normalize(u.raw) in _OF_THE_VALUE for u in toks if said[-1].end <= u.start < t.start):
            continue
        value = said[-1]
        found = _named_values(named, value, evidence, lambda sentence: [sentence])
        # a sentence that says the value itself too may give the thing's value in a clause of its
        # own ("An initial fixed rate of 4.29% until 2032. - After that, the SVR, currently 7.49%")
        found = found or _named_values(named, value, evidence, clauses)
        if len(found) == 1:
            other, sentence = found[0]
            if other.value != value.value and (value.value > other.value) != (way > 0):
                return Conflict("direction", t.raw, other.text), sentence
    return None


def _named_values(named: set[str], value, evidence: list[str], pieces: Callable[[str], list[str]]) -> list:
    """The values of the pieces of the evidence sentences that name most of `named` and say one
    value, in the unit of `value` and not `value` itself: (that value, its sentence)."""
    found = []
    for sentence in evidence:
        for piece in pieces(sentence):
            if len(named & _sentence_words(piece)) * 3 < len(named) * 2:
                continue
            theirs = [a for a in extract_atoms(piece) if a.kind == "quantity" and a.value is not None]
            if any(a.value == value.value for a in theirs):
                continue
            own = [a for a in theirs if _unit_base(a.unit) and _unit_base(a.unit) == _unit_base(value.unit)]
            if len(own) == 1 and len(theirs) == 1 and all(own[0].value != f.value for f, _ in found):
                found.append((own[0], sentence))
    return found


# comparatives that rank a value with "than" and no other sense ("further than", not "further
# details"), as `_GREATER` / `_LESSER` do; and the prepositions of degree, "over" and "under" too
# where a value in the same unit stands either side ("31 hours, under the 26.5-hour estimate"):
# closed classes
_FURTHER = frozenset(("further", "farther"))
_DEGREE_OF_VALUES = {**_DEGREE, "over": 1, "under": -1}
# words that open what is said of the value before them ("1,240 ng/L, which is below …", "31 hours,
# so the job came in under …", "six bottles is below …"), not a phrase of its own ("a £60 fee for
# orders under £50"): a closed class
_SAID_OF_THE_VALUE = _OF_THE_VALUE | frozenset("so meaning putting leaving is are was were".split())
_OWN_REACH = 7   # words from a word of degree to its value ("below the laboratory's referral threshold of 400")


def _misordered_values(claim: str, before: str) -> tuple[Conflict, str] | None:
    """A value said to be greater or less than a value the claim gives itself, in the same unit,
    the wrong way round: "1,240 ng/L, which is below the referral threshold of 400 ng/L"; "about
    31 hours, so the job came in under the 26.5-hour estimate"; "about 40 metres — further than
    the 60 metres first reported". The word of degree (`_DEGREE_OF_VALUES`, or a comparative of
    `_RANKING` or "further" with "than"; none of time, none after a negator) is said of the value
    before it: only punctuation stands between them, or what does opens with a word of
    `_SAID_OF_THE_VALUE`; a value right before it is a difference ("25 rpm less than"), and the
    value compared with follows it within a few words, with no break of punctuation."""
    text = _with_its_value(claim, before)
    toks = tokens(text)
    values = None   # read at the first word of degree: most claims have none
    for k, t in enumerate(toks):
        word = normalize(t.raw)
        than = k + 1 < len(toks) and normalize(toks[k + 1].raw) == "than"
        if word in _DEGREE_OF_VALUES:
            way = _DEGREE_OF_VALUES[word]
        elif than and word in (_RANKING | _FURTHER) - _IN_TIME:
            way = 1 if word in _GREATER | _FURTHER else -1
        else:
            continue
        if k and _is_negator(toks[k - 1]):
            continue
        if values is None:
            values = [a for a in extract_atoms(text) if a.kind == "quantity" and a.value is not None and _unit_base(a.unit)]
        left = [a for a in values if a.end <= t.start]
        right = [a for a in values if a.start >= (toks[k + 1] if than else t).end]
        if not left or not right:
            continue
        value, other = left[-1], right[0]
        between = text[value.end:t.start]
        words = re.findall(r"[^\W\d][\w'’-]*", between)
        if not words and not re.search(r"[,—–(]", between):
            continue   # a difference: "25 rpm less than", "5 years after"
        if words and normalize(words[0]) not in _SAID_OF_THE_VALUE:
            continue
        gap = text[(toks[k + 1] if than else t).end:other.start]
        if re.search(r"[,;:—–()]", gap) or len(gap.split()) > _OWN_REACH:
            continue
        if _unit_base(value.unit) != _unit_base(other.unit) or value.value == other.value:
            continue
        if (value.value > other.value) != (way > 0):
            return Conflict("direction", t.raw, f"{value.text} against {other.text}", source="claim"), claim
    return None


# An end of a way or a window: a word, and names or figures after it ("Millbrook Hospital", "29 March")
_END = r"(?:the\s+)?[^\W_][\w:.'’]*(?:\s+[A-Z0-9][\w:.'’]*){0,2}"
# "from A to B", "to B from A" (the same way told from its end), "B rather than A" and "B instead
# of A" (B chosen over A, so the way is from A to B), and, of times only, "between A and B" (a window
# from A round to B: "between October and February" is the winter): closed classes
_WAYS = (re.compile(rf"\b(?i:from)\s+(?P<a>{_END})\s+(?:to|into)\s+(?P<b>{_END})"),
         re.compile(rf"\b(?i:to)\s+(?P<b>{_END})\s+from\s+(?P<a>{_END})"),
         re.compile(r"\b(?P<b>[^\W\d_][\w'’]*)\s+(?:rather\s+than|instead\s+of)\s+(?P<a>[^\W\d_][\w'’]*)"))
# a window of times: "between 23:00 and 07:00", or its two bounds joined ("after 23:00 and before 07:00")
_WINDOW = re.compile(rf"\b(?i:between)\s+(?P<a>{_END})\s+and\s+(?P<b>{_END})"
                     rf"|\b(?i:after|from)\s+(?P<a2>{_END})\s+(?:and|but)\s+(?i:before|until|till)\s+(?P<b2>{_END})")
_CLOCK_TIME = re.compile(r"^[0-9]{1,2}[:.][0-9]{2}$")


def _end_words(end: str) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in end.split() if w.casefold() not in DETERMINERS)


def _a_time(end: frozenset[str]) -> bool:
    return any(w in _CALENDAR or _CLOCK_TIME.match(w) for w in end)


def _ways(text: str) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """The ways and windows a text states: (the words of the end it starts from, of the end it goes
    to, the words that say it)."""
    found = [(_end_words(m["a"]), _end_words(m["b"]), m.group(0).rstrip(".")) for way in _WAYS
             for m in way.finditer(text)]
    found += [(a, b, m.group(0).rstrip(".")) for m in _WINDOW.finditer(text)
              if _a_time(a := _end_words(m["a"] or m["a2"])) and _a_time(b := _end_words(m["b"] or m["b2"]))]
    return [(a, b, said) for a, b, said in found if a and b and not a & b]


def _ends_swapped(claim: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """A way or a window told from the other end: "the last bus from Hartfield to Broughton" where
    the best-aligned evidence says "the last bus from Broughton to Hartfield"; "changed from
    fortnightly to monthly" where it says "now fortnightly rather than monthly"; "between February
    and October" where it says "between October and February". No conflict when some evidence
    sentence also goes the claim's way (a return journey). A window of times may be said by its two
    bounds ("after 07:00 and before 23:00" is the window "from 23:00 to 07:00" turned round)."""
    said = _ways(claim)
    if not said:
        return None
    theirs = [(w, sentence) for sentence in evidence for w in _ways(sentence)]
    for a, b, words in said:
        if any(a & x and b & y for (x, y, _), _ in theirs):
            continue
        for (x, y, their_words), sentence in theirs:
            # a sentence of the ends alone ("From 23:00 to 07:00.", a reference) is about what the question asks
            if a & y and b & x and (sentence in best_aligned(claim, evidence) or not _sentence_words(sentence)):
                return Conflict("direction", words, their_words), sentence
    return None


# Verbs of giving and telling, whose subject is the giver and whose other party the receiver (a
# closed class of English): "The Clockmaker shall give the PFO 48 hours' notice", "Eleri will email
# the Farrier the list", "the Farm will tell the Customer".
# (not the verbs English writes as nouns as often: "report", "text", "post", "return", "supply")
_GIVING_VERBS = "give send tell notify inform email pay hand lend owe remind warn".split()
_GIVING_FORMS = {_base(f): v for v in _GIVING_VERBS for f in (*verb_forms(v), ing_form(v)) if "(" not in f}
# the forms that are a verb without an auxiliary before them: third person, past, "-ing" ("emails",
# "sent", "by giving"); a bare "email" or "pay" may be a noun ("holiday pay", "a reminder text")
_FINITE_FORMS = frozenset(normalize(f) for v in _GIVING_VERBS
                          for f in (*verb_forms(v)[1:], ing_form(v)) if "(" not in f)
_PAST_FORMS = frozenset(normalize(f) for v in _GIVING_VERBS for f in verb_forms(v)[2:] if "(" not in f)
# words between a subject and its verb that say how or when, not who: auxiliaries, "to", "need",
# "have", adverbs of frequency or time (closed classes)
_VERB_LEAD = AUXILIARIES | frozenset("""to be need needs needed got always also still then now only
   usually normally first later already just each""".split())
_BE_FORMS = frozenset("is are was were be been being am".split())
# words after which a verb's subject is the clause's opening one: a gerund's "by" ("The Hotel may add
# shifts by giving notice") and a second verb's "and" ("must house its hens and will tell the Customer")
_SHARED_SUBJECT = frozenset(("by", "and", "then"))
_PARTY_WORDS = 4   # content words of a party's noun phrase


def _party_break(text: str, a: Token, b: Token) -> bool:
    """Punctuation between two neighbouring tokens ends a phrase."""
    return bool(re.search(r"[,;:()\[\]—–.!?]", text[a.end:b.start]))


def _np_before(text: str, toks: list[Token], i: int) -> tuple[frozenset[str], int | None]:
    """The content words of the noun phrase that ends right before toks[i] (back to punctuation, a
    word that opens a clause or an auxiliary), and where it starts (None for no phrase)."""
    words, k = [], i
    while k > 0 and len(words) < _PARTY_WORDS:
        u = toks[k - 1]
        w = normalize(u.raw)
        if _party_break(text, u, toks[k]) or w in _OPENS_CLAUSE or w in AUXILIARIES or w in _SHARED_SUBJECT \
                or w in COORDINATORS or w in PREPOSITIONS or w in _STOP_PREPOSITIONS or any(ch.isdigit() for ch in w):
            break
        words.append(u)
        k -= 1
    return frozenset(_base(u.raw) for u in content(words) if normalize(u.raw) not in PRONOUNS), \
        toks[k].start if words else None


def _giver(text: str, toks: list[Token], i: int) -> tuple[frozenset[str], int | None] | None:
    """Who the verb of giving at toks[i] says gives: the phrase before its auxiliaries (past a
    relative "that"/"who": "the café chain that must tell"), or, after "by" or "and", the subject of
    the clause's verb before it. None for a passive ("is given"), whose subject receives."""
    k = i
    while k > 0 and normalize(toks[k - 1].raw) in _VERB_LEAD and not _party_break(text, toks[k - 1], toks[k]):
        k -= 1
    lead = {normalize(t.raw) for t in toks[k:i]}
    if lead & _BE_FORMS and (participle(toks[i].raw) or normalize(toks[i].raw) in _FINITE_FORMS) \
            and not toks[i].raw.lower().endswith("ing"):
        return None   # a passive: "is given", "are paid"
    if not lead & (AUXILIARIES | {"to"}) and normalize(toks[i].raw) not in _FINITE_FORMS:
        return None   # a bare form with no auxiliary: a noun as often ("holiday pay")
    if not lead & AUXILIARIES and normalize(toks[i].raw) in _PAST_FORMS and i + 1 < len(toks) \
            and normalize(toks[i + 1].raw) in _STOP_PREPOSITIONS | PREPOSITIONS:
        return None   # a participle after its noun, no object: "This notice sent to affected customers"
    if k > 0 and normalize(toks[k - 1].raw) in ("that", "who") and not _party_break(text, toks[k - 1], toks[k]):
        k -= 1
    if k > 0 and normalize(toks[k - 1].raw) in _SHARED_SUBJECT and not _party_break(text, toks[k - 1], toks[k]):
        # the subject of the verb group before: back to its auxiliary, then the phrase before that
        j = next((j for j in range(k - 2, -1, -1) if normalize(toks[j].raw) in AUXILIARIES), None)
        return _np_before(text, toks, j) if j is not None else (frozenset(), None)
    return _np_before(text, toks, k)


def _receiver(text: str, toks: list[Token], i: int) -> frozenset[str]:
    """Whom the verb of giving at toks[i] says receives: the phrase right after it ("give the PFO 48
    hours' notice", "tell the farm"), and the object of a "to" within its clause that names one
    ("emails the list to Eleri", "to the Clerk"; not "to add a shift")."""
    out: set[str] = set()
    words, k = [], i + 1
    while k < len(toks) and len(words) < _PARTY_WORDS and not _party_break(text, toks[k - 1], toks[k]):
        w = normalize(toks[k].raw)
        if w in PREPOSITIONS or w in _STOP_PREPOSITIONS or w in COORDINATORS or w in _OPENS_CLAUSE \
                or any(ch.isdigit() for ch in w) or (words and w in DETERMINERS):
            break
        words.append(toks[k])
        k += 1
    out |= {_base(u.raw) for u in content(words) if normalize(u.raw) not in PRONOUNS}
    for k in range(i + 1, min(len(toks) - 1, i + 10)):
        if _party_break(text, toks[k - 1], toks[k]) and k > i + 1:
            break
        nxt = toks[k + 1]
        if normalize(toks[k].raw) == "to" and (normalize(nxt.raw) in DETERMINERS or nxt.raw[:1].isupper()):
            out |= _np_after(text, toks, k)
            break
    return frozenset(out)


def _np_after(text: str, toks: list[Token], k: int) -> frozenset[str]:
    words = []
    for j in range(k + 1, min(len(toks), k + 1 + _PARTY_WORDS)):
        if _party_break(text, toks[j - 1], toks[j]) and j > k + 1:
            break
        w = normalize(toks[j].raw)
        if w in PREPOSITIONS or w in _STOP_PREPOSITIONS or w in COORDINATORS or w in _OPENS_CLAUSE:
            break
        words.append(toks[j])
    return frozenset(_base(u.raw) for u in content(words) if normalize(u.raw) not in PRONOUNS)


@lru_cache(maxsize=65536)
def _givings(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str], str], ...]:
    """Each act of giving or telling a text states: (the verb, giver, receiver, the other content
    words of its clause, the words from the giver to the verb as written). Memoised by the text:
    the aligned evidence sentences are read for every claim."""
    out = []
    for start, end in clause_spans(text):
        piece = text[start:end]
        toks = tokens(piece)
        if negations(toks):
            continue   # a denied act ("the firm won't issue one") gives no party a role
        for i, t in enumerate(toks):
            verb = _GIVING_FORMS.get(_base(t.raw))
            if verb is None or (i and normalize(toks[i - 1].raw) in DETERMINERS) \
                    or piece[t.start - 1:t.start] == "-" or piece[t.end:t.end + 1] == "-" \
                    or i + 1 == len(toks) or _party_break(piece, t, toks[i + 1]):
                continue   # a noun ("the pay"), a compound ("pay-as-you-go"), or no object after it
            found = _giver(piece, toks, i)
            if found is None:
                continue
            giver, at = found
            receiver = _receiver(piece, toks, i)
            rest = frozenset(_base(u.raw) for u in content(toks)) - giver - receiver - {_base(t.raw)}
            out.append((verb, giver, receiver, rest, piece[t.start if at is None else at:t.end]))
    return tuple(out)


def parties_swapped(claim: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """An act of giving or telling with its parties turned round: "The PFO has to give the
    Clockmaker 48 hours' notice" where the evidence says "The Clockmaker shall give the PFO 48
    hours' notice"; "It's the café chain that must tell the farm" where "the Farm … will tell the
    Customer". Of the evidence's acts with the same verb, those that share the most other words with
    the claim's (what is given, when) are the ones it is a version of: each has the claim's receiver
    for its giver and no word of the claim's giver (another act of giving by the claim's giver, of
    another thing, is no version of it)."""
    mine = _givings(claim)
    if not mine:
        return None
    theirs = [(g, sentence) for sentence in evidence for g in _givings(sentence)]
    for verb, giver, receiver, rest, said in mine:
        if not giver or not receiver:
            continue
        same = [(len(rest & g[3]), g, sentence) for g, sentence in theirs if g[0] == verb and g[1]]
        most = max((n for n, _, _ in same), default=0)
        tops = [(g, sentence) for n, g, sentence in same if n == most]
        if most and all(receiver & g[1] and not giver & g[1] for g, _ in tops):
            return Conflict("role", said, tops[0][0][4]), tops[0][1]
    return None


def _unit_base(unit: str | None) -> str:
    """A unit less what it is per ("GBP/week": "gbp")."""
    return amount_unit(unit).casefold()


def _value_pairs(sentence: str) -> list[tuple[float, float, str]]:
    """The values a sentence gives with the one each replaced: (now, before) of each change of
    one value (`changes`: "six sailings, down from nine"), and of "X rather than (the) Y", "X
    instead of Y" (a range by its first value)."""
    return [(c.after[0], c.before[0], c.text) for c in changes(sentence) if len(c.after) == 1 and len(c.before) == 1] \
        + [(_figure(m.group("now")), _figure(m.group("was")), m.group(0)) for m in _REPLACED_BY.finditer(sentence)]


# "more often", "less frequently": which way how often something happens went (closed classes of
# English words), and the words that set off the period it replaced ("rather than every 6 months").
_HOW_OFTEN_WAY = re.compile(r"\b(?P<way>more|less)\s+(?:often|frequently)\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(?:rather\s+than|instead\s+of|than|from|compared\s+with)\s+$", re.IGNORECASE)


def _how_often_turned(claim: str) -> Conflict | None:
    """"More often" said of a period that is longer than the one it replaced ("inspected more often:
    every 12 months rather than every 6 months"), or "less often" of a shorter one: more often is a
    shorter time between two times."""
    way = _HOW_OFTEN_WAY.search(claim)
    found = periods_at(claim) if way else []
    for (begin, end, value, unit), (start, stop, old, old_unit) in zip(found, found[1:]):
        replaced = convert(old, old_unit, unit)
        if replaced is None or replaced == value or not _REPLACED.search(claim, end, start):
            continue
        if (way.group("way").lower() == "more") != (value < replaced):
            return Conflict("direction", way.group(0), claim[begin:stop], source="claim")
    return None


# A comparative that says which of two values is the greater, and the words that set the value it
# is compared with after the value it says ("later than usual: 40 minutes before rather than 30"):
# closed classes of English words. Prepositions of degree ("above", "below") and "faster"/"slower"
# (of a time, the lesser) are left out; "more often" is `_how_often_turned`'s. A value counted back
# from an event ("40 minutes before departure") is earlier the greater it is.
# (temperatures rank the same way: "-22 °C, which is warmer than -18 °C" is the wrong way round)
_GREATER = frozenset(w for w in _MORE if w != "above") | {"longer", "later"} | frozenset(_WARMER)
_LESSER = frozenset(w for w in _LESS if w != "below") | {"fewer", "shorter", "earlier", "sooner"} | frozenset(_COLDER)
_RANKING = _GREATER | _LESSER
_IN_TIME = frozenset(("later", "earlier", "sooner"))
_COUNTED_BACK = frozenset("before ahead prior advance earlier".split())
_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of|compared\s+(?:with|to)|as\s+opposed\s+to)\W*$", re.IGNORECASE)
_VALUE_REACH = 4   # words between a value and the words that set off the one it replaces


def _compared_turned(claim: str) -> Conflict | None:
    """A comparative against the two values the claim itself compares: "check-in closes later than
    usual: 40 minutes before departure rather than 30" (40 minutes before is the earlier), "a
    shorter course, 8 weeks instead of 6". The comparative comes before the values and bounds no
    number ("more than 5 days" is a bound, not this comparison); all the sentence's comparatives
    must say one way."""
    for piece in re.split(r"(?<=[.!?])\s+", claim):
        toks = tokens(piece)
        ways = [(k, 1 if normalize(t.raw) in _GREATER else -1) for k, t in enumerate(toks)
                if normalize(t.raw) in _RANKING and not _bounds_number(toks, k)
                and not (k and _is_negator(toks[k - 1]))
                and not (k + 1 < len(toks) and normalize(toks[k + 1].raw) in ("often", "frequently"))]
        if not ways or len({w for _, w in ways}) != 1:
            continue
        for b, t in enumerate(toks):
            found = _replaced_value(piece, toks, b)
            if found is None or found[0] < ways[0][0]:
                continue
            a, value, old, end = found
            k, way = ways[0]
            if normalize(toks[k].raw) not in _IN_TIME and ":" in piece[toks[a].start:toks[end].end]:
                continue   # times of day are earlier or later, never shorter or more (a length is)
            if normalize(toks[k].raw) in _IN_TIME and any(normalize(u.raw) in _COUNTED_BACK for u in toks[a:b]):
                way = -way
            if value != old and (value > old) != (way > 0):
                return Conflict("direction", toks[k].raw, piece[toks[a].start:toks[end].end], source="claim")
    return None


# A comparative right after a value, against a thing the claim names without a value of its own:
# "£1,200, which is less than the charge for a lost pedal bike", "20, which was higher than the
# March total", "23 beetles, fewer than the dry goods store traps" (degree adverbs: a closed class).
# (set off from the value by a comma or a relative: "£65 more than the hybrid" says a difference)
# (what is said of the value: a relative and its "be"; the comparative, "than" and the named thing)
_WHICH_IS = r"(?:which|that)\s+(?:is|was|are|were|'s)\s+"
_WAY_THAN = r"(?P<way>[a-z]+)\s+than\s+(?P<np>[^.;:,!?()\u2014\u2013]+)"
_THAN_NAMED = re.compile(rf"(?:\s*,\s*(?:{_WHICH_IS}|i\.e\.\s+)?|\s+{_WHICH_IS})"
                         r"(?:(?:slightly|much|far|a\s+little|a\s+bit|considerably|significantly|well|somewhat|"
                         rf"a\s+lot|even|still)\s+)?{_WAY_THAN}", re.IGNORECASE)
# where the named thing ends: a relative or a conjunction opens a clause of its own
_NAMED_END = re.compile(r"\s+(?:which|who|that|because|so|as|when|where|if|and|but|or|while|since)\b.*$",
                        re.IGNORECASE | re.DOTALL)
# "later"/"earlier"/"sooner" rank moments, not the values here (`_compared_turned` reads them)
_VALUE_RANKING = _RANKING - _IN_TIME


def compared_with_named(claim: str, atoms: list, sentences: list[str],
                        atoms_of: Callable[[str], list]) -> tuple[Conflict, str] | None:
    """A value of the claim said to be greater or less than a thing the claim names without a value
    ("£1,200, which is less than the charge for a lost pedal bike"), where the documents' sentences
    that write every content word of that thing give values of the value's kind all on the other
    side of it ("| Bike not returned ... | £450 (pedal bike) or £1,200 (e-bike) |": £450 is less). A
    value the sentences give on both sides, or none, says nothing; nor does a thing named with a
    value of its own (`_compared_turned` reads those). Said to differ by an amount ("£655, which is
    £112.80 less than the first estimate", "10:00, half an hour earlier than the first briefing"),
    the thing's value is the value with that amount added or taken off: the sentences giving it the
    other way round, and never this way (`_differed_from_named`), turn the comparison round."""
    differed = _differed_from_named(claim, atoms, sentences, atoms_of)
    if differed is not None:
        return differed
    for value in atoms:
        if value.kind not in ("quantity", "number") or value.value is None or value.high is not None:
            continue
        m = _THAN_NAMED.match(claim, value.end)
        if m is None or normalize(m.group("way")) not in _VALUE_RANKING:
            continue
        words = _named_thing(m.group("np"))
        if not words:
            continue
        sides, where = set(), None
        for sentence, other, theirs in _values_named(words, value, sentences, atoms_of):
            if abs(theirs - value.value) < 1e-9 * max(1.0, abs(theirs)):
                continue
            sides.add(value.value > theirs)
            where = where or (sentence, other.text)
        if len(sides) == 1 and where is not None and sides.pop() != (normalize(m.group("way")) in _GREATER):
            return Conflict("direction", m.group("way"), where[1]), where[0]
    return None


# what sets a difference off from the value it is said of: a comma, or a relative ("£655, which is
# £112.80 less than ...", "10:00, half an hour earlier than ...")
_DIFFERENCE_SET_OFF = re.compile(rf"\s*,\s*(?:{_WHICH_IS})?|\s+{_WHICH_IS}", re.IGNORECASE)
_THAN_AFTER_DIFFERENCE = re.compile(rf"\s+{_WAY_THAN}", re.IGNORECASE)


def _named_thing(np: str) -> frozenset[str]:
    """The content stems of a thing named after "than" (up to a clause it opens), where it carries no
    value of its own; empty otherwise (`compared_with_named`)."""
    named = _NAMED_END.sub("", np)
    words = frozenset(t.stem for t in _content(tokens(named)) if normalize(t.raw) not in PRONOUNS)
    return frozenset() if any(a.value is not None for a in extract_atoms(named)) else words


def _differed_from_named(claim: str, atoms: list, sentences: list[str],
                         atoms_of: Callable[[str], list]) -> tuple[Conflict, str] | None:
    """A value (an amount or a time of day) said to differ by an amount from a thing the claim names
    without a value, the way a comparative says, where the documents' sentences that write every
    content word of that thing give it the value the difference puts on the other side, and none gives
    it the value on the side said (`compared_with_named`)."""
    ordered = sorted(atoms, key=lambda a: a.start)
    for value, diff in zip(ordered, ordered[1:]):
        if value.kind not in ("quantity", "number", "time") or value.value is None or value.high is not None \
                or diff.kind not in ("quantity", "number") or diff.value is None or diff.high is not None \
                or not _DIFFERENCE_SET_OFF.fullmatch(claim, value.end, diff.start):
            continue
        m = _THAN_AFTER_DIFFERENCE.match(claim, diff.end)
        if m is None or normalize(m.group("way")) not in _RANKING:
            continue
        words = _named_thing(m.group("np"))
        if not words:
            continue
        # (a bare number differs in the value's own unit: "14 times, 5 fewer than ...")
        gap = convert(diff.value, diff.unit, "hour" if value.kind == "time" else value.unit) if diff.unit \
            else (diff.value if value.kind != "time" else None)
        if gap is None or gap <= 0:
            continue
        up = normalize(m.group("way")) in _GREATER
        said, other = (value.value - gap, value.value + gap) if up else (value.value + gap, value.value - gap)
        this_way, turned = None, None
        for sentence, theirs, x in _values_named(words, value, sentences, atoms_of):
            if abs(x - said) < 1e-6:
                this_way = sentence
            elif abs(x - other) < 1e-6:
                turned = turned or (sentence, theirs.text)
        if turned is not None and this_way is None:
            return Conflict("direction", m.group("way"), turned[1]), turned[0]
    return None


def _values_named(words: frozenset[str], value, sentences: list[str], atoms_of: Callable[[str], list]):
    """(sentence, its value, that value on `value`'s scale) for each single value of `value`'s kind
    that a sentence writing every one of `words` gives: a time of day as its hours (a time without
    am/pm once in each reading), an amount in `value`'s unit (none where the units do not convert)."""
    for sentence in sentences:
        if not words <= stems(sentence):
            continue
        for theirs in atoms_of(sentence):
            if theirs.kind != value.kind or theirs.value is None or theirs.high is not None:
                continue
            if value.kind == "time":
                scaled = clock_readings(theirs)
            else:
                converted = convert(theirs.value, theirs.unit, value.unit)
                scaled = () if converted is None else (converted,)
            for x in scaled:
                yield sentence, theirs, x


def _bounded_values(toks: list[Token]) -> dict[str, frozenset[float]]:
    """Each word of direction of the clause that bounds a value (`_bounds_value`), with the values
    it bounds: "at least 15 players" gives least: {15}."""
    out: dict[str, frozenset[float]] = {}
    for k, t in enumerate(toks):
        base = _base(t.raw)
        if base in _OPPOSITE and _bounds_value(toks, k):
            value = n if (n := _number(toks[k + 1])) is not None else _number(toks[k + 2])
            out[base] = out.get(base, frozenset()) | {value}
    return out


def _bounded_values_of(clauses_: list[list[Token]], base: str) -> frozenset[float]:
    """The values the clauses bound with `base` or a word of its pole."""
    pole = _pole(base)
    return frozenset(v for e in clauses_ for b, values in _bounded_values(e).items() if b in pole for v in values)


def _gives_the_point(head: str | None, claim: list[Token]) -> bool:
    """The question's word qualifies a noun of a point in time ("the closing date", "the opening
    time": `POINT_NOUNS`) and the claim states one (a date, a time of day, a weekday): the claim's
    word of direction is said of that point ("entries open on 30 April" for "what is the closing
    date?")."""
    if head not in _POINT_BASES:
        return False
    text = _spaced(claim)
    return any(a.kind in _POINT_KINDS for a in extract_atoms(text)) or any(
        normalize(t.raw) in WEEKDAY_FORMS for t in claim)


_POINT_BASES = frozenset(_base(w) for w in POINT_NOUNS)
_POINT_KINDS = frozenset({"date", "time"})


def _bounds_value(toks: list[Token], k: int) -> bool:
    """Word k bounds the number right after it ("at least 1,200", "minimum 15") or after its
    "than" ("no larger than 1,200") or, a noun of a limit, its "of" ("a maximum of 30 days"); "one"
    after it is a pronoun ("the higher one")."""
    return k + 1 < len(toks) and toks[k + 1].start - toks[k].end <= 1 and _number(toks[k + 1]) is not None \
        and normalize(toks[k + 1].raw) != "one" or _bounds_number(toks, k)


def _bounds_number(toks: list[Token], k: int) -> bool:
    """"more than 5 days", "fewer than 6": a comparative with "than" and a number is a bound; so is
    a noun of a limit with "of" and a number ("a maximum of 30 days", "a minimum of 6")."""
    return k + 2 < len(toks) and _number(toks[k + 2]) is not None \
        and (normalize(toks[k + 1].raw) == "than"
             or normalize(toks[k + 1].raw) == "of" and _base(toks[k].raw) in _LIMIT_NOUNS)


# the nouns of a limit (`_TOP`, `_BOTTOM`) that take "of" before the value they bound
_LIMIT_NOUNS = frozenset(_base(w) for w in ("maximum", "minimum"))


def _replaced_value(piece: str, toks: list[Token], b: int) -> tuple[int, float, float, int] | None:
    """Token b as the value another replaces ("40 minutes before departure rather than 30"): the
    nearest value before the words that set it off, in its unit or none. (that value's token, it, b,
    the last token of b's value). A value written in several tokens ("£3,710", "07:30") is read
    whole, from its first."""
    if b < 2 or _glued(piece, toks, b) or _number(toks[b]) is None:
        return None
    old, end_b = _whole_number(piece, toks, b)
    for a in range(b - 1, max(-1, b - 5 - _VALUE_REACH), -1):   # its unit, the words, a marker of two
        if _number(toks[a]) is None or _glued(piece, toks, a):
            continue
        value, end_a = _whole_number(piece, toks, a)
        unit, old_unit = _unit_after(toks, end_a), _unit_after(toks, end_b)
        if not _INSTEAD.search(piece[toks[end_a].end:toks[b].start]) or (old_unit and unit and old_unit != unit):
            return None
        first = _range_start(piece, toks, a)
        if first is not None:   # a range, by its first value ("06:00-07:30 instead of 06:30-08:00")
            a, value = first, _whole_number(piece, toks, first)[0]
        return a, value, old, end_b
    return None


def _range_start(piece: str, toks: list[Token], a: int) -> int | None:
    """The first token of the value that opens the range whose second value starts at token a ("06:00"
    of "06:00-07:30"): the two joined by a dash alone; None when a opens no range's second value."""
    if a == 0 or _number(toks[a - 1]) is None or piece[toks[a - 1].end:toks[a].start] not in ("-", "–"):
        return None
    start = a - 1
    while _glued(piece, toks, start):
        start -= 1
    return start


def _glued(piece: str, toks: list[Token], i: int) -> bool:
    """Token i goes on with the number before it, set off by a thousands comma or a time's colon
    alone ("3,710", "07:30")."""
    return i > 0 and _number(toks[i]) is not None and _number(toks[i - 1]) is not None \
        and piece[toks[i - 1].end:toks[i].start] in (",", ":") \
        and (piece[toks[i - 1].end] == ":" or len(toks[i].raw) == 3 and toks[i].raw.isdigit())


def _whole_number(piece: str, toks: list[Token], i: int) -> tuple[float, int]:
    """The value of the number that starts at token i, with the tokens it goes on into ("3,710" is
    3710; "07:30" is 450, in minutes), and the index of its last token."""
    value, j = _number(toks[i]), i
    while j + 1 < len(toks) and _glued(piece, toks, j + 1):
        more = _number(toks[j + 1])
        value = value * 60 + more if piece[toks[j].end] == ":" else value * 1000 + more
        j += 1
    return value, j


def _unit_after(toks: list[Token], i: int) -> str:
    """The word right after a value, when it is a content word ("40 minutes"), else ""."""
    return toks[i + 1].stem if i + 1 < len(toks) and _number(toks[i + 1]) is None and content([toks[i + 1]]) else ""


def _turned_round(c: Change, e: Change) -> bool:
    """Two changes of the same values that go opposite ways: the values swapped ("from 4 to 8" /
    "from 8 to 4"), or a value in the same place with the opposite way ("cut to £48" / "£48 (it
    was £42)")."""
    if c.before and c.after and c.before != c.after and (c.before, c.after) == (e.after, e.before):
        return True
    # the value it went to is the one the evidence says it left ("brought forward to Sunday" /
    # "moves from Sunday afternoon to Monday"), whichever way either says it went
    if c.after and not c.before and e.before and e.after and e.before != e.after and e.comparable \
            and c.after == e.before:
        return True
    same_place = (c.after and c.after == e.after) or (c.before and c.before == e.before)
    ours, theirs = c.values_way or c.way, e.values_way or e.way
    return bool(same_place) and ours != 0 and theirs != 0 and ours != theirs


def _clause_conflicts(claim: str, c: list[Token], clause: str, sentence: str,
                      evidence: list[str]) -> list[Conflict]:
    """Polarity and direction conflicts of a claim's clause with an evidence clause of `sentence`;
    none with an item of a list whose lead-in is negated ("We do not cover claims arising from:
    - diving without a qualified buddy"), where the item's words say the opposite of their face."""
    if _under_negated_lead_in(clause, sentence):
        return []
    e = _clause_tokens(clause)
    return [conflict for conflict in _sentence_polarity(claim, c, sentence, e)
            if not (conflict.by_claim and _denied_in(evidence, conflict.denied, c))] \
        + _privation(c, e) + _direction(c, [e]) + _modal(c, e) + _widened(c, sentence)


# --- permission and exception: "allowed" / "must not be brought", "even when" / "except where" --

# Words that grant a permission, and the modals whose negation forbids (closed classes of English):
# "are allowed on the trains" says what "must not be brought onto the trains" forbids.
_PERMISSION = frozenset(("allowed", "permitted"))
_FORBIDDING = frozenset("must may shall can".split())
_FORBIDDING_FORMS = frozenset("cannot can't mustn't shan't".split())
# What opens an exception ("except where C", "unless C") and a concession ("even when C"): closed classes.
_EXCEPT = frozenset("except unless".split())
_EVEN_WHEN = frozenset("when if where though".split())


def _modal(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """A permission against a prohibition of the same thing, an obligation against its absence
    (`_obliged_against_free`), and a case the claim concedes ("even when C") that the other side
    excepts ("except where C"), in two aligned clauses, either way."""
    out = [Conflict("polarity", said, theirs) for said, theirs in _permitted_against_forbidden(claim, ev)]
    # the evidence grants, the claim forbids: the claim is the side that negates
    out += [Conflict("polarity", said, theirs, by_claim=True) for theirs, said in _permitted_against_forbidden(ev, claim)]
    return out + _case_turned(claim, ev) + _obliged_against_free(claim, ev)


# --- obligation: "you still have to attach evidence" / "No evidence is required" -----------------

# What states an obligation (closed classes of English): a modal ("must"), a verb before "to"
# ("have to", "has got to", "need to", "ought to"), a predicate of what is obliged ("evidence is
# required", "a check is mandatory", "no evidence required"), a verb whose object is ("requires a
# permit", "still need the CCL's approval"); and what says there is none ("optional", "needn't").
# Negated, an obligation says there is none ("don't have to", "no need to", "No evidence is
# required", "no one has to authorise it"), and an absence of one says there is one ("not optional").
_BEFORE_TO = frozenset("have has had need needs needed ought".split())
_OBLIGED = frozenset("required needed mandatory compulsory obligatory necessary".split())
_REQUIRING = frozenset("require requires need needs".split())
_FREE = frozenset("optional voluntary unnecessary needn't".split())
# A recommendation is weaker than an obligation (a closed class of English predicates of advice):
# "helmets are recommended" says they are not compulsory, as "optional" does, and "required" said
# of what the evidence only recommends strengthens it. "should" is left out: rules write it for an
# obligation as often as for advice. Negated, a recommendation advises against and states nothing
# about an obligation.
_ADVISED = frozenset("recommended advised encouraged advisable".split())
_DEONTIC = _BEFORE_TO | _OBLIGED | _REQUIRING | _FREE | _ADVISED | _INSIDE_VERB_GROUP | {"must", "got"}

# The predicates of one deontic kind say the same thing of what they are about (closed classes of
# English): "no note is needed" states the "required" of "a note is not required", "prohibited" the
# "banned" of "banned for all runners". Which way the predicate is meant, polarity says (`conflicts`).
_FORBIDDEN = frozenset("banned prohibited forbidden forbid".split())
# (not "permitted": its stem is the noun "permit" too, "you need a permit" grants nothing)
_DEONTIC_KINDS = tuple(frozenset(stem(w) for w in kind) for kind in (_OBLIGED, _FORBIDDEN))


def deontic_kin(word_stem: str) -> frozenset[str]:
    """The stems of the predicates of `word_stem`'s deontic kind (obliged, forbidden);
    empty for any other word."""
    return next((kind for kind in _DEONTIC_KINDS if word_stem in kind), frozenset())


@dataclass(frozen=True)
class Obligation:
    obliged: bool               # an obligation ("have to attach"), or none ("no evidence is required")
    marker: str                 # as written, with its negator ("don't have to", "No evidence is required")
    about: frozenset[str]       # the base forms of what is (not) obliged: the act, its object, the subject of a predicate
    values: frozenset[str] = frozenset()   # the numbers among those words: the case it is said of ("the first 3 days")


def obligations(toks: list[Token]) -> list[Obligation]:
    """The obligations a clause states, and the absences of one, each with what it is about: the
    words after the modal or verb ("have to attach evidence"), or the subject of a predicate ("No
    evidence is required"). Set ones ("if a permit is required") state none."""
    out = []
    for i, t in enumerate(toks):
        found = _obligation_at(toks, i)
        if found is None or not _stated(toks, i):
            continue
        obliged, after = found
        negator = _negator_before(toks, i)
        subject = _run_before(toks, _verb_group(toks, i) - 1)
        # a predicate, or a passive act ("helmets must be worn"), is about its subject too
        passive = after is not None and after < len(toks) and normalize(toks[after].raw) in _BE
        words = toks[after:] + (subject if passive else []) if after is not None else subject + toks[i + 1:]
        about = _words_of(words)
        if about:
            start = toks[negator].start if negator is not None else t.start
            end = toks[after - 1].end if after is not None else t.end
            values = frozenset(u.stem for u in words if u.stem[:1].isdigit())
            out.append(Obligation(obliged != (negator is not None), _span(toks, start, end), about, values))
    return out


@lru_cache(maxsize=65536)
def _evidence_obligations(toks: tuple[Token, ...]) -> tuple[Obligation, ...]:
    """`obligations` of an evidence clause, memoised by its words (values come back, no tokens): it
    is read again for every claim clause it is set against."""
    return tuple(obligations(list(toks)))


def _obligation_at(toks: list[Token], i: int) -> tuple[bool, int | None] | None:
    """Whether the word at i states an obligation (True) or its absence (False), with where the act
    it is about begins (after "to"; None for a predicate, which is about its subject too)."""
    w, nxt = normalize(toks[i].raw).replace("’", "'"), [normalize(u.raw) for u in toks[i + 1:i + 3]]
    if w == "must":
        return None if nxt and _negator_word(nxt[0]) else (True, i + 1)    # "must not" forbids
    if w in _BEFORE_TO and nxt[:1] == ["to"]:
        return True, i + 2
    if w in ("have", "has") and nxt == ["got", "to"]:
        return True, i + 3
    if w in _OBLIGED:
        return (True, i + 2) if nxt[:1] == ["to"] else (True, None)       # "is required to attach"
    if w in _REQUIRING and nxt and (nxt[0] not in STOPWORDS or nxt[0] in DETERMINERS):
        return True, i + 1                                                # "requires a permit"
    if w in _ADVISED:
        if _negator_before(toks, i) is not None:
            return None
        return (False, i + 2) if nxt[:1] == ["to"] else (False, None)     # "are advised to book"
    if w == "with" and _permitted_with(toks, i):
        return True, i + 1                                                # "may travel … with a consent form"
    if w in ("with", "if") and i and normalize(toks[i - 1].raw) == "only":
        return True, i + 1                                                # "only with the GP's sign-off"
    if w in _FREE:
        if w.endswith("n't"):
            return False, i + 1
        # a predicate ("is optional", "entirely voluntary"), not a word that qualifies a noun
        # after it ("a voluntary or community organisation")
        return None if nxt and nxt[0] not in STOPWORDS | _AUXILIARY or nxt[:1] in (["or"], ["and"]) \
            and len(nxt) > 1 and nxt[1] not in STOPWORDS else (False, None)
    return None


# Modals and predicates that grant (closed classes of English): "with X" in a clause one of them
# opens sets X as what the grant needs ("may travel alone with a consent form", "may be bought
# only with the Officer's approval"), an obligation of X that "no consent form is needed" denies.
_GRANTING = frozenset("may can could allowed permitted".split())


def _permitted_with(toks: list[Token], i: int) -> bool:
    """The "with" at i qualifies an act a stated, unnegated grant (`_GRANTING`) before it in its
    clause permits: no punctuation between them, nor a negator before it."""
    for j in range(i - 1, -1, -1):
        if toks[j + 1].start - toks[j].end > 1 and j + 1 < i or _is_negator(toks[j]):
            return False
        if normalize(toks[j].raw) in _GRANTING:
            return _stated(toks, j) and not any(_is_negator(t) for t in toks[:j])
    return False


def _negator_before(toks: list[Token], i: int) -> int | None:
    """Where a negation that governs the word at i stands: a negator up to `_SCOPE` words before
    it with no punctuation between ("don't have to", "no need to", "is not required"), or a
    negative quantifier anywhere before it in the clause ("No evidence is required", "no one has to")."""
    end = toks[i].start
    for j in range(i - 1, -1, -1):
        u = toks[j]
        gap = end - u.end > 1
        end = u.start
        if not _is_negator(u):
            continue
        if normalize(u.raw) in _QUANTIFIERS or (i - j <= _SCOPE and not gap):
            return j
    return None


def _words_of(toks: list[Token]) -> frozenset[str]:
    return frozenset(_base(t.raw) for t in content(toks) if not t.stem[:1].isdigit()
                     and normalize(t.raw) not in _DEONTIC)


def _span(toks: list[Token], start: int, end: int) -> str:
    return " ".join(t.raw for t in toks if start <= t.start and t.end <= end)


def _deontic(toks: list[Token]) -> bool:
    """The clause says something is obliged, or not, or advised, or forbidden ("must", "optional",
    "recommended", "banned"): it has a say on an obligation."""
    return bool(_evidence_obligations(tuple(toks))) or any(normalize(t.raw) in _FORBIDDEN for t in toks)


def _obliged_against_free(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """An obligation one side states that the other says there is none of, about the same act or
    thing (a word in common between what the two are about: "you still have to attach evidence" /
    "No evidence is required"). As with a negation, the side that says there is none denies only
    what it names, and the other side must say all of it, its numbers too: "A booking deposit is not
    required for groups" says nothing against "A booking deposit is required", nor "isn't needed for
    the first 3 days" against "is required from the 4th day"."""
    ours, evidence = obligations(claim), _evidence_obligations(tuple(ev))
    for mine in ours:
        for theirs in evidence:
            shared = mine.about & theirs.about
            free, other = (mine, ev) if theirs.obliged else (theirs, claim)
            # (the other side says that absence too, of the same things: "required for chefs and
            # optional for front-of-house staff" on both sides)
            also = evidence if free is mine else ours
            if mine.obliged != theirs.obliged and shared and free.about <= {_base(t.raw) for t in content(other)} \
                    and free.values <= {t.stem for t in other} \
                    and not any(o.obliged == free.obliged and free.about <= o.about for o in also):
                return [Conflict("polarity", mine.marker, theirs.marker, denied=frozenset(shared),
                                 by_claim=not mine.obliged)]
    return []


def _permitted_against_forbidden(a: list[Token], b: list[Token]) -> list[tuple[str, str]]:
    """a grants a permission ("Folded e-scooters are allowed on the trains": "allowed" or
    "permitted" after "be", not the noun "permits") that b, about the same thing (two content words
    in common besides the permission), forbids with a negated modal ("E-scooters must not be
    brought onto trains"); both stated, the permission not denied."""
    forbidden = [neg for neg in _negations(b) if neg.stated and _forbids(b, b.index(neg.word))]
    if not forbidden:
        return []   # nothing forbidden: no permission of `a` is read
    negated = {w for neg in _negations(a) for w in neg.scope}
    # a negative quantifier before it denies the permission too ("no headphones of any kind are allowed")
    granted = [t for i, t in enumerate(a) if normalize(t.raw) in _PERMISSION and _passive(a, i) and _stated(a, i)
               and _base(t.raw) not in negated and _negator_before(a, i) is None]
    # a modal that grants an act in the passive ("it can also be used for a business") against
    # the same act forbidden ("it shall not be used for any business")
    # ("only tablets with a licence may be used" limits whom it grants, as the prohibition does)
    acts = {_base(t.raw): t for i, t in enumerate(a) if _granted_act(a, i) and _base(t.raw) not in negated
            and not any(normalize(u.raw) in _LIMITING for u in a)}
    # what the act is granted to is named on the other side ("cooked egg whites may be frozen" is
    # not about "raw eggs"), and the prohibition is plain ("cannot be replaced without consent"
    # grants it with consent)
    b_words = {_base(t.raw) for t in b}
    forbidden_acts = [neg for neg in forbidden if neg.scope and neg.scope[0] in _BE_OR_GET
                      and len(neg.scope) > 1 and neg.scope[1] in acts and len(_negations(b)) == 1
                      and {_base(t.raw) for t in content(_subject_of(a, a.index(acts[neg.scope[1]])))} <= b_words]
    if forbidden_acts and not granted:
        granted, forbidden = [acts[forbidden_acts[0].scope[1]]], forbidden_acts
    if not granted or not forbidden:
        return []
    about = {_base(t.raw) for t in content(a)} & {_base(t.raw) for t in content(b)}
    if len(about - {_base(t.raw) for t in granted}) < 2:
        return []
    i = b.index(forbidden[0].word)
    own_form = normalize(b[i].raw).replace("’", "'") in _FORBIDDING_FORMS
    modal = b[i].raw if own_form else f"{b[i - 1].raw} {b[i].raw}"
    return [(granted[0].raw, modal)]


def _granted_act(toks: list[Token], i: int) -> bool:
    """The word at i is an act a stated, unnegated granting modal permits in the passive: "can
    (also) be used", "may be kept"."""
    j = i - 1
    while j >= 0 and normalize(toks[j].raw) in _INSIDE_VERB_GROUP:
        j -= 1
    if j < 1 or normalize(toks[j].raw) != "be":
        return False
    j -= 1
    while j >= 0 and normalize(toks[j].raw) in _INSIDE_VERB_GROUP:
        j -= 1
    return j >= 0 and normalize(toks[j].raw) in ("can", "may", "could") and _stated(toks, j) \
        and _negator_before(toks, i) is None and content([toks[i]]) != []


def _forbids(toks: list[Token], i: int) -> bool:
    """The negator at i forbids: a modal's own ("cannot", "mustn't"), or after one ("must not")."""
    w = normalize(toks[i].raw).replace("’", "'")
    return w in _FORBIDDING_FORMS or (i > 0 and normalize(toks[i - 1].raw) in _FORBIDDING)


def _conceded_against_excepted(a: list[Token], b: list[Token]) -> list[tuple[str, str]]:
    """a concedes a case ("the fee applies even when your train was cancelled") that b excepts ("a
    fee is deducted, except where your train was cancelled"): the two cases share two content
    words and half of the conceded one's."""
    conceded = _case_after(a, lambda i: normalize(a[i].raw) == "even" and i + 1 < len(a)
                           and normalize(a[i + 1].raw) in _EVEN_WHEN)
    excepted = _case_after(b, lambda i: normalize(b[i].raw) in _EXCEPT) if conceded is not None else None
    if conceded is None or excepted is None:
        return []
    (i, mine), (j, theirs) = conceded, excepted
    shared = mine & theirs
    if len(shared) < 2 or 2 * len(shared) < len(mine):
        return []
    return [(f"{a[i].raw} {a[i + 1].raw}", b[j].raw)]


def _in_conceded_case(stated: list[Token], conditioned: list[Token], i: int) -> bool:
    """The word at i follows from a leading condition ("If the porter keeps the bag overnight, a
    receipt is issued") whose case the stated side concedes ("no receipt is issued, even if the
    porter keeps the bag overnight"): the stated side says it of that case too, so the two are
    statements of the same kind. The two cases share two content words and half of the conceded
    one's, as in `_conceded_against_excepted`."""
    conceded = _case_after(stated, lambda k: normalize(stated[k].raw) == "even" and k + 1 < len(stated)
                           and normalize(stated[k + 1].raw) in _EVEN_WHEN)
    at = next((k for k in range(i) if normalize(conditioned[k].raw) in _CONDITION), None)
    if conceded is None or at is None:
        return False
    end = next((j for j in range(at + 1, i + 1) if conditioned[j].start - conditioned[j - 1].end > 1), None)
    if end is None:
        return False   # the word is in the condition itself, not what follows from it
    shared = conceded[1] & {_base(t.raw) for t in content(conditioned[at + 1:end])}
    return len(shared) >= 2 and 2 * len(shared) >= len(conceded[1])


def _case_turned(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """A case one clause concedes ("even if C") and the other excepts ("unless C"), either way."""
    return [Conflict("polarity", said, theirs) for said, theirs in _conceded_against_excepted(claim, ev)] \
        + [Conflict("polarity", said, theirs, by_claim=True) for theirs, said in _conceded_against_excepted(ev, claim)]


def _case_after(toks: list[Token], opens: Callable[[int], bool]) -> tuple[int, frozenset[str]] | None:
    """Where the first marker `opens` tells stands, with the content words of the case after it
    (to the clause's end)."""
    at = next((i for i in range(len(toks)) if opens(i)), None)
    if at is None:
        return None
    return at, frozenset(_base(t.raw) for t in content(toks[at + 1:]))


def _denied_in(evidence: list[str], words: frozenset[str], claim: list[Token]) -> bool:
    """One of the evidence's clauses states the claim's denial: a stated negation of these words
    (of some of them, and of nothing else), in a clause that says nothing the claim does not. The
    evidence then says both ("No guest passes." of one tier, "2 guest passes per calendar month."
    of another), and polarity alone cannot tell which the claim is about; its names and numbers
    can. A denial of something else ("not significant in the oldest group") is no such statement."""
    said = {_base(t.raw) for t in content(claim)}
    for sentence in evidence:
        for piece in clauses(sentence):
            toks = _clause_tokens(piece)
            own = {_base(t.raw) for t in content(toks)}
            if own <= said and any(neg.stated and set(neg.scope) & own and set(neg.scope) & own <= words
                                   for neg in _negations(toks)):
                return True
    return False


def _under_negated_lead_in(clause: str, sentence: str) -> bool:
    colon = sentence.find(":")
    return 0 <= colon < sentence.find(clause) and bool(negations(tokens(sentence[:colon])))


def _sentence_polarity(claim: str, c: list[Token], sentence: str, e: list[Token]) -> list[Conflict]:
    """A polarity conflict of two clauses, when nothing in the plain side's sentence negates the
    same words: "TSMC has slack capacity for making the chips, but not for packaging" may well be
    what "it isn't making the chips" says."""
    return [conflict for conflict, denied, claim_negated, scope in _denials(
        c, e, lambda denied, claim_negated, scope: not (_governed_in(sentence, denied | scope, answer_word=False)
                                                        if claim_negated else _governed_in(claim, denied | scope)),
        _clause_tokens(claim))]


@lru_cache(maxsize=65536)
def _sentence_words(sentence: str) -> frozenset[str]:
    return frozenset().union(*(w for _, w in _sentence_clauses(sentence)))


def best_aligned(claim: str, evidence: list[str], least: int = 2) -> list[str]:
    """The evidence sentences sharing most content words with the claim (numbers aside; at least
    `least`): the statement the claim is a version of."""
    return list(_best_aligned(claim, tuple(evidence), least))


@lru_cache(maxsize=16384)   # several checks of one claim ask for the same alignment
def _best_aligned(claim: str, evidence: tuple[str, ...], least: int) -> tuple[str, ...]:
    words = _sentence_words(claim) if claim.strip() else frozenset()
    if least < 1:
        scored = [(len(words & _sentence_words(s)), s) for s in evidence]
        best = max((n for n, _ in scored), default=0)
        return tuple(s for n, s in scored if n == best)
    shared, _ = _overlaps(words, evidence, False)
    best = max(shared.values(), default=0)
    return tuple(evidence[i] for i in sorted(shared) if shared[i] == best) if best >= least else ()


@lru_cache(maxsize=512)
def _word_index(evidence: tuple[str, ...], numbers: bool) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which evidence sentences hold each word (`_words_and_numbers` with numbers, else
    `_sentence_words`), and each sentence's word count: alignment counts only the sentences a claim
    shares a word with, not every sentence of a document for every claim."""
    sets = [(_words_and_numbers if numbers else _sentence_words)(s) for s in evidence]
    index: dict[str, list[int]] = {}
    for i, words in enumerate(sets):
        for w in words:
            index.setdefault(w, []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}, tuple(map(len, sets))


def _overlaps(words: frozenset[str], evidence: tuple[str, ...], numbers: bool) -> tuple[dict[int, int], tuple[int, ...]]:
    """How many of `words` each evidence sentence that shares one holds, and every sentence's size."""
    index, sizes = _word_index(evidence, numbers)
    return Counter(chain.from_iterable(index.get(w, ()) for w in words)), sizes


def best_aligned_with_values(claim: str, evidence: list[str], least: int = 3) -> list[str]:
    """Like `best_aligned`, counting the claim's numbers as words too: of the sentences about the
    same thing, the one that also gives the claim's values ("Tier 2 — Anytime: £38.00" for "Tier 2
    will cost £40.50, up from £38.00", not the Tier 3 line); of equals, the one with fewest other
    words."""
    return list(_best_aligned_with_values(claim, tuple(evidence), least))


@lru_cache(maxsize=16384)
def _best_aligned_with_values(claim: str, evidence: tuple[str, ...], least: int) -> tuple[str, ...]:
    words = _words_and_numbers(claim)
    if least < 1:
        scored = [((len(words & (theirs := _words_and_numbers(s))), -len(theirs - words)), s) for s in evidence]
        best = max((n for n, _ in scored), default=(0, 0))
        return tuple(s for n, s in scored if n == best)
    # equal overlaps: the sentence that says least besides ("Swim Pass: £31.00 per month" before
    # "Family Swim Pass: £55.00 per month for 2 adults and up to 3 children")
    shared, sizes = _overlaps(words, evidence, True)
    scored = {i: (n, n - sizes[i]) for i, n in shared.items()}
    best = max(scored.values(), default=(0, 0))
    return tuple(evidence[i] for i in sorted(scored) if scored[i] == best) if best[0] >= least else ()


def clause_overlaps(claim: str, sentence: str) -> list[tuple[int, int, int]]:
    """Each clause of the sentence as (start, end, how many content words it shares with the
    claim, numbers included: the clause that gives the claim's other values too, words of
    direction aside: those are what the two are compared on)."""
    words = _words_and_numbers(claim)
    return [(start, end, len(words & _words_and_numbers(sentence[start:end]))) for start, end in clause_spans(sentence)]


@lru_cache(maxsize=65536)
def _words_and_numbers(text: str) -> frozenset[str]:
    return frozenset(b for t in content(_clause_tokens(text)) if (b := _base(t.raw)) not in _OPPOSITE)


# Quantifiers that count ("every", "each"): with a number they say how often or how many, which
# the atom rules compare (a closed class).
_COUNTING = frozenset(_base(w) for w in ("every", "each"))


def _polarity(claim: list[Token], ev: list[Token], whole: list[Token] | None = None) -> list[Conflict]:
    """One side negates what the other says, and the other does not negate it too. What a
    negation denies is the content words it governs: all of them must be said on the other side,
    so "tickets were never sold online" does not deny "tickets are sold at the gate". `whole`:
    the claim the clause is of (see `_denials`)."""
    return [conflict for conflict, denied, claim_negated, scope in _denials(
        claim, ev, lambda denied, claim_negated, scope: not _governed(ev if claim_negated else claim, denied | scope),
        whole)]


def _denials(claim: list[Token], ev: list[Token], kept: Callable[[frozenset[str], bool, frozenset[str]], bool] | None = None,
             whole: list[Token] | None = None) -> list[tuple[Conflict, frozenset[str], bool, frozenset[str]]]:
    """Each negation of one side whose words the other side says, with the words it denies,
    whether it is the claim's, and the words it governs (less determiners): the other side that
    negates any of those negates the same predicate ("doesn't own much GPU supply" and "doesn't
    actually own that much GPU supply"). The first such negation of each side, or with `kept` the
    first that `kept` keeps: a negation both sides share does not hide the next one of the same
    clause ("there is no service charge and tips are not accepted" against "there is no service
    charge, so tips are accepted"). An evidence's contrast ("fortnightly rather than monthly") is
    ranked alike by the `whole` claim the clause is of, when given: "Fortnightly — the report had
    them read monthly" names the chosen one first, in a clause before the one that says X."""
    out = []
    for negated_side, plain, claim_negated in ((claim, ev, True), (ev, claim, False)):
        plain_stems, negated_words = _content_bases(plain), _content_bases(negated_side)
        negs = _negations(negated_side)
        hidden = False
        ranker = whole if whole is not None and not claim_negated else plain
        for neg in negs:
            if _unmet_case(neg, negs, negated_side, plain) or _ranked_alike(neg, negated_side, ranker) \
                    or _the_excepted_case(negated_side, plain) or _denied_until(neg, negated_side, plain) \
                    or _denies_past_a_limit(neg, negated_side, plain):
                continue
            # "nor" goes on the negation before it ("neither taken out nor moored"): shared with it
            if hidden and normalize(neg.word.raw) == "nor":
                continue
            denied = _denied_alternative(neg.scope, negated_words, plain_stems)
            # a name or a number alone is no predicate: the atom rules compare those ("no Grade 4
            # reactions" against "graded 1 to 4", "6 months instead of 3" against "3 months", "14
            # days instead of 21 days" against "the 21 days"), nor is a number with the quantifier
            # that counts it ("every 4 days, not every three")
            if denied and set(denied) <= plain_stems and not all(w in neg.labels or w[:1].isdigit() or w in _COUNTING
                                                                 for w in denied) \
                    and _same_statement(neg, denied, plain, negated_side) and _same_subject(negated_side, neg, plain, denied) \
                    and not _said_as_replaced(neg, denied, plain):
                plain_word, negated = _raw(plain, denied[0]), f"{neg.marker} {_raw(negated_side, denied[0])}"
                said, evidence = (negated, plain_word) if claim_negated else (plain_word, negated)
                conflict = Conflict("polarity", said, evidence, denied=frozenset(denied), by_claim=claim_negated)
                scope = frozenset(neg.scope) - _DETERMINERS
                if kept is not None and not kept(frozenset(denied), claim_negated, scope):
                    hidden = True
                    continue
                out.append((conflict, frozenset(denied), claim_negated, scope))
                break
    return out


def _denies_past_a_limit(neg: Negation, toks: list[Token], other: list[Token]) -> bool:
    """A negative quantifier whose predicate bounds a value ("No walker may take more than four
    dogs", "no class has fewer than 6 pupils") states a limit, as "a walker may take up to four
    dogs" does: it denies only what lies past the limit. The other side denies it only by saying
    that value with the same comparator ("a walker may take more than four"); one that states the
    limit another way, or the value alone, agrees, and the atom rules compare the bounds. A bound
    in the subject ("No child under 8 may swim alone") sets a case: an auxiliary follows it."""
    if normalize(neg.word.raw) not in _QUANTIFIERS:
        return False
    mine = _bounded_values_after(toks, neg.word.end)
    return bool(mine) and not mine & _bounded_values_after(other, -1)


def _bounded_values_after(toks: list[Token], start: int) -> frozenset[tuple[float, str]]:
    """The values a clause bounds after `start`, with no auxiliary after them (a predicate's, not
    a subject's: "no child under 8 may ..."), each with the bound's direction."""
    return _bounded_values_after_of(tuple(toks), start)


@lru_cache(maxsize=65536)
def _bounded_values_after_of(toks: tuple[Token, ...], start: int) -> frozenset[tuple[float, str]]:
    # memoised by the clause: an evidence sentence is read against every claim that aligns with it
    text = _spaced(list(toks))
    out: dict[float, str] = {}
    for a in extract_atoms(text):
        bound = bound_of(text, a) if a.value is not None and a.start > start else None
        if bound is not None and bound.start > start and not any(
                t.start >= a.end and normalize(t.raw) in _AUXILIARY for t in toks):
            out[float(a.value)] = bound.direction
    return frozenset(out.items())


def _spaced(toks: list[Token]) -> str:
    """The clause's words at their places, punctuation and symbols blanked: what the bound reader
    reads of a clause held as tokens."""
    chars = [" "] * (toks[-1].end if toks else 0)
    for t in toks:
        chars[t.start:t.end] = t.raw
    return "".join(chars)


def _ranked_alike(neg: Negation, toks: list[Token], other: list[Token]) -> bool:
    """A contrast ("pause the rebuild rather than fail over", "Y instead of X") weighs the phrase
    before it against the one it denies; the other side that names the first before the second
    ranks them the same way ("picks Option B (pause the rebuild) over Option A (fail over)"),
    and denies nothing by naming the second."""
    if normalize(neg.word.raw) not in _CONTRAST:
        return False
    # the chosen phrase's last word, its head ("the index rebuild", "a retrial"): the words before
    # it may be the clause's subject and verb, which the other side names before anything
    run = [b for t in content(_run_before(toks, toks.index(neg.word) - 1)) if (b := _base(t.raw)) not in neg.scope]
    rejected = set(neg.scope) - _DETERMINERS
    at = [k for k, t in enumerate(other) if _base(t.raw) in rejected]
    return bool(run and at) and any(_base(t.raw) == run[-1] for t in other[:at[0]])


def _said_as_replaced(neg: Negation, denied: list[str], other: list[Token]) -> bool:
    """A contrast ("fortnightly rather than monthly", "Y instead of X") denies X as what Y
    replaced; the other side that says X as where a change starts, the phrase opened by "from"
    after a verb of change or "up"/"down" ("brought it forward from the next 50-hour check", "up
    from monthly"), or as what is replaced ("in place of the current two-week one", "it replaces the
    NHS amalgam filling": `_replaced_at`), says X was so before and agrees."""
    if normalize(neg.word.raw) not in _CONTRAST:
        return False
    j = next((k for k, t in enumerate(other) if _base(t.raw) == denied[0]), None)
    if j is None:
        return False
    if _replaced_at(other, j):
        return True
    k = j - 1   # back over the phrase X stands in (`_run_before`'s run) to the word that opens it
    while k >= 0 and (normalize(other[k].raw) in DETERMINERS or not (
            normalize(other[k].raw) in STOPWORDS or normalize(other[k].raw) in _OPENING or _is_negator(other[k]))):
        k -= 1
    if k < 1 or normalize(other[k].raw) != "from":
        return False
    return normalize(other[k - 1].raw) in _PARTICLES or any(
        _base(t.raw) in _CHANGE_VERBS for t in other[max(0, k - _CHANGE_REACH):k])


_REPLACED_REACH = 3   # words between "replaces" or "in place of" and the replaced phrase's word ("the current two-week")


def _replaced_at(other: list[Token], j: int) -> bool:
    """other[j] is a word of what the other side says is replaced: after "in place of" or a form of
    "replace" ("in place of the current two-week one", "it replaces the NHS amalgam filling"), its
    phrase's determiners and modifiers between."""
    lead = other[max(0, j - _REPLACED_REACH - 3):j]
    for i, t in enumerate(lead):
        rest = lead[i + 1:]
        if len(rest) > _REPLACED_REACH or any(_is_negator(u) or normalize(u.raw) in _OPENING for u in rest):
            continue
        if _base(t.raw) == _base("replace") and normalize(t.raw) != "replacement":
            return True
        words = [normalize(u.raw) for u in lead[max(0, i - 2):i + 1]]
        if words == ["in", "place", "of"]:
            return True
    return False


# words that open the case a statement holds in (a closed class): "provided the notice is sent …"
_IN_CASE = frozenset(("if", "provided", "providing", "when", "where", "once"))


def _denied_until(neg: Negation, toks: list[Token], plain: list[Token]) -> bool:
    """"No ride can open until the Site Liaison Officer has signed it off": a denial up to an event
    ("until", "till" and a clause of its own, with a verb, later in its clause) sets what must come
    first, as the other side's "before it may open" does, where the other side puts the denied act
    after an event too; it denies nothing after that event. A denial up to a time ("may not reduce
    it until 16:00") or against a side that says the act happens otherwise ("can work alone from
    their first shift") is a denial."""
    at = next((k for k in range(toks.index(neg.word) + 1, len(toks)) if normalize(toks[k].raw) in _UNTIL), None)
    if at is None or not any(normalize(u.raw) in AUXILIARIES for u in toks[at + 1:]):
        return False
    # the other side puts the denied act after an event: "before it may open", "once it has been checked"
    denied = set(neg.scope)
    return any(normalize(u.raw) in _LATER_BY and denied & {_base(w.raw) for w in content(plain[k + 1:k + 1 + _SCOPE])}
               for k, u in enumerate(plain))


_LATER_BY = frozenset(("before", "once", "after"))   # words that order an act by an event (a closed class)


def _the_excepted_case(negated_side: list[Token], plain: list[Token]) -> bool:
    """The plain side states its predicate with an exception ("Later cancellations are charged in
    full, unless the league has postponed the fixture and its notice is sent within 7 days") and
    the negated side denies it in that case ("Provided the league's postponement notice is passed
    on within 7 days, the club is not charged"): its condition shares two content words or more
    with the exception, numbers aside. The two agree."""
    excepted = _case_after(plain, lambda i: normalize(plain[i].raw) in _EXCEPT)
    if not excepted:
        return False
    for i, t in enumerate(negated_side):
        if normalize(t.raw) in _IN_CASE:
            words, end = set(), t.end
            for u in negated_side[i + 1:]:
                if u.start - end > 1:
                    break
                end = u.end
                words |= {_base(w.raw) for w in content([u]) if not w.raw[:1].isdigit()}
            if len(words & excepted[1]) >= 2:
                return True
    return False


def _unmet_case(neg: Negation, negs: list[Negation], toks: list[Token], other: list[Token]) -> bool:
    """The negation denies only in the case a "without X" of its clause sets (`_required_by_denial`:
    "may not enter without a permit" forbids entry without one), and the other side does not say
    that case (no negation of its own governs X): "a permit is required to enter" agrees."""
    cases = [n for n in negs if n is not neg and _required_by_denial(toks, toks.index(n.word))]
    return bool(cases) and not any(_governed(other, frozenset(n.scope)) for n in cases)


def _denied_alternative(scope: tuple[str, ...], negated_words: set[str], plain_stems: set[str]) -> list[str]:
    """The content words a negation denies that the plain side must say: all it governs, or, where
    it governs alternatives ("cannot be renewed or reserved" denies each), the first alternative
    the plain side says all of."""
    denied = [w for w in scope if w in negated_words]
    if "or" not in scope or set(denied) <= plain_stems:
        return denied
    groups: list[list[str]] = [[]]
    for w in scope:
        if w == "or":
            groups.append([])
        elif w in negated_words:
            groups[-1].append(w)
    return next((g for g in groups if g and set(g) <= plain_stems), denied)


def _same_subject(negated_side: list[Token], neg: Negation, plain: list[Token], denied: list[str]) -> bool:
    """The negation denies the plain side's statement of the same subject: not when the two name
    different subjects ("The TO can't waive late fees" / "Only the MC can waive a late fee"), nor,
    for an elliptic one ("X, not Y": "repairing them is the Co-operative's job, not the tenant's"),
    when the plain side says none of its clause's words besides X and Y, what the two are compared
    on ("Every tenant must hold a share in the Co-operative" says nothing of repairing)."""
    i = negated_side.index(neg.word)
    if neg.elliptic:
        # what X and Y are compared on: the clause's words besides the two phrases
        j = i - 1 if normalize(negated_side[i - 1].raw) != "but" else i - 2
        x = {_base(t.raw) for t in _run_before(negated_side, j)}
        rest = {_base(t.raw) for t in content(negated_side)} - x - set(denied)
        if rest and not rest & {_base(t.raw) for t in content(plain)}:
            return False
    j = next(k for k, t in enumerate(plain) if _base(t.raw) == denied[0])
    return not _other_subjects(negated_side, i, plain, j)


# the words a negation's scope may hold besides its predicate ("doesn't actually own that much")
_DETERMINERS = DETERMINERS | {"any", "some"}


# Question words (a closed class), and those that ask for a participant: "whose approval was
# needed?" presupposes that someone's was; "its approval was not needed" rules one participant out
# and leaves that standing, "no approval was needed" denies it.
_WH = frozenset("who whom whose which what when where why how".split())
_PARTICIPANT = frozenset("who whom whose which".split())


def _asks_participant(question: list[Token]) -> bool:
    wh = next((w for t in question if (w := normalize(t.raw)) in _WH), None)
    return wh in _PARTICIPANT


def quantified(toks: list[Token], words: frozenset[str]) -> bool:
    """A negative quantifier of these tokens denies the words ("no approval", "nobody")."""
    return any(normalize(neg.word.raw) in _QUANTIFIERS and words.intersection(neg.scope) for neg in _negations(toks))


def _stated_denial(toks: list[Token], words: frozenset[str]) -> bool:
    """The negations of these tokens that govern the words are stated, none set as a condition."""
    return all(neg.stated for neg in _negations(toks) if words.intersection(neg.scope))


def _governed(toks: list[Token], words: frozenset[str]) -> bool:
    """A negation of these tokens (a clause) governs one of the words (`Negation.governs`), a
    privative word denies one ("non-refundable", "unpaid": `privated_stems`), or an exception holds
    one ("a fee is deducted, except where your train was cancelled" denies the fee in that case, as
    "but not when your train was cancelled" does)."""
    excepted = _case_after(toks, lambda i: normalize(toks[i].raw) in _EXCEPT)
    return any(neg.governs(words) or neg.verbal and neg.stated and _predicate_after(toks, neg) & words
               for neg in _negations(toks)) or bool(excepted and excepted[1] & words) \
        or _exempts(toks, words) or bool(privated_stems(toks) & words) or _carried_on(toks, words) \
        or bool(_ruled_out(toks) & words)


# words that turn a clause to a contrast (a closed class): a negated verb's predicate ends before them
_TURNING = frozenset("but yet although though while whereas".split())


def _predicate_after(toks: list[Token], neg: Negation) -> frozenset[str]:
    """The base forms of the content words of a negated verb's predicate to the clause's end, past
    the commas of a series ("must not mark, re-mark or alter lines themselves"), up to a contrast.
    A denied obligation denies no act ("does not require balls to be reused"): none."""
    at = toks.index(neg.word)
    if any(normalize(u.raw) in _DEONTIC for u in toks[at + 1:at + 3]):
        return frozenset()
    words, rest = [], toks[at + 1:]
    for k, u in enumerate(rest):
        if normalize(u.raw) in _TURNING:
            break
        if words and u.start - words[-1].end > 1 and not _series_goes_on(rest[k:]):
            break   # punctuation that ends the predicate, not a series' comma ("(only a revocation …)")
        words.append(u)
    return frozenset(_base(u.raw) for u in content(words))


def _series_goes_on(toks: list[Token]) -> bool:
    """The words after a break, up to the next, hold a series' coordinator: "re-mark or alter
    lines" after "mark,"."""
    for k, u in enumerate(toks):
        if k and u.start - toks[k - 1].end > 1:
            return False
        if normalize(u.raw) in ("or", "and"):
            return True
    return False


# Verbs that deny their object (a closed class of English): "weekdays, excluding bank holidays" says
# "not on bank holidays", "the contract rules out spreading waste" that it is not spread, "avoid the
# charge" that it is not charged; "rule" only with its particle "out"
_RULING_OUT = frozenset(_base(w) for w in ("exclude", "prohibit", "forbid", "ban", "avoid", "refuse", "reject"))
_RULE, _OUT = _base("rule"), "out"


# words that float off the subject they quantify (a closed class): "are all excluded", "are both refused"
_FLOATING = frozenset("all both each also".split())


def _ruled_out(toks: list[Token]) -> frozenset[str]:
    """The base forms of what these tokens' verbs of exclusion deny: the phrase after the verb (and
    its particle), as `_phrase_after` reads it, or in the passive the subject before it, a series
    too ("sheep, horses and pigs are all excluded": `_subject_before`)."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        base = _base(t.raw)
        if base in _RULING_OUT:
            out |= _phrase_after(toks, i)
            k = i - 1
            while k > 0 and normalize(toks[k].raw) in _FLOATING:
                k -= 1
            if participle(t.raw) and k > 0 and normalize(toks[k].raw) in _BE:
                out |= _subject_before(toks, k)
        elif base == _RULE and i + 1 < len(toks) and normalize(toks[i + 1].raw) == _OUT:
            out |= _phrase_after(toks, i + 1)
    return frozenset(out)


# Words of negative polarity (a closed class): after a negator of their clause they carry its
# denial on to what they open, however far from it ("weren't recorded inside the fence in either
# season" says "not in either season"; "hasn't been used on any flight").
_POLARITY_ITEMS = frozenset("either any ever".split())


def _carried_on(toks: list[Token], words: frozenset[str]) -> bool:
    """A word of negative polarity after a negator of these tokens (a clause) opens a phrase that
    holds one of the words (up to the next punctuation): the negation governs it."""
    for j, t in enumerate(toks):
        if normalize(t.raw) not in _POLARITY_ITEMS or not any(_is_negator(u) for u in toks[:j]):
            continue
        end = t.end
        for u in toks[j:j + 1 + _SCOPE]:
            if u.start - end > 1:
                break
            if _base(u.raw) in words:
                return True
            end = u.end
    return False


# The affixes of privation (a closed class): "unlit" says "not lit", "undrawn" "not drawn",
# "helmetless" "without a helmet".
_PRIVATIVE = re.compile(r"^un(?P<un>[a-z]{3,})$|^(?P<less>[a-z]{3,})less$")


@lru_cache(maxsize=65536)
def privative(word: str) -> str | None:
    """The base form a privative word denies ("unlit": light, "undrawn": draw, "lightless": light),
    or None. The affix stripped must leave a word: it counts only where it is one the other side
    says, so "under", "unit" or "unique" deny nothing anyone says."""
    w = normalize(word)
    m = _PRIVATIVE.match(w)
    if not m or w in STOPWORDS or w in _CONDITION:   # "unless" is a condition, not "not less"
        return None
    return _base(m.group("un") or m.group("less"))


def _privation(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """One side says a privative word ("an unpaid placement", "the path is unlit") where the
    other says the word it is made from, plain ("a paid placement", "the path is lit"): a
    negation in one word. Not when a side says both, when a negation governs either word ("not
    unpaid", "it is not paid"), when one sets a case the other states, or when the two qualify
    different nouns ("unpaid leave" / "paid overtime")."""
    for privated, plain, by_claim in ((claim, ev, True), (ev, claim, False)):
        plain_bases = [_base(t.raw) for t in plain]
        for i, t in enumerate(privated):
            own = privative(t.raw)
            base = own or _after_non(privated, i)
            if base is None or base not in plain_bases \
                    or base in {_base(u.raw) for k, u in enumerate(privated) if not _after_non(privated, k - 1)} \
                    or any((privative(u.raw) or _after_non(plain, k)) == base for k, u in enumerate(plain)):
                continue
            j = plain_bases.index(base)
            non = own is None   # "non-refundable": the word after the prefix qualifies
            head, other_head = _qualified(privated, i + non), _qualified(plain, j)
            if (head and other_head and head != other_head) or _stated(privated, i) != _stated(plain, j) \
                    or _governed(plain, frozenset((base,))) or _governed(privated, frozenset((_base(t.raw),))):
                continue
            word = f"{t.raw}-{privated[i + 1].raw}" if non else t.raw
            said, evidence = (word, plain[j].raw) if by_claim else (plain[j].raw, word)
            return [Conflict("polarity", said, evidence, denied=frozenset((base,)), by_claim=by_claim)]
    return []


def _after_non(toks: list[Token], i: int) -> str | None:
    """The base of the adjective a "non-" prefix at i denies ("non-refundable": refund, "non-toxic",
    "non-urgent"): the hyphen parts the tokens, so the prefix is a token of its own. Only before an
    adjective's ending (`_ADJECTIVE_END`): before a noun it names another class of things
    ("non-members" are people, not members denied). None for any other token."""
    if i < 0 or i + 1 >= len(toks) or normalize(toks[i].raw) != "non" or toks[i + 1].start - toks[i].end > 1:
        return None
    word = normalize(toks[i + 1].raw)
    return _base(word) if _ADJECTIVE_END.search(word) else None


def privated_stems(toks: list[Token]) -> frozenset[str]:
    """The stems the privative words of `toks` deny: "unsatisfactory" denies "satisfactory", "non-urgent"
    "urgent" (`privative`, `_after_non`)."""
    return frozenset(b for i, t in enumerate(toks) if (b := privative(t.raw) or _after_non(toks, i)))


# The endings of English adjectives and participles (a closed class of suffixes)
_ADJECTIVE_END = re.compile(r"(?:able|ible|al|ive|ic|ous|ful|ent|ant|ed|ing|ary|ory)$")


def privation_stated(toks: list[Token], i: int, text: str) -> bool:
    """A privative word (toks[i]: "undrawn", "unlit", the "non-" of "non-refundable") said in other
    words: a stated negation of one of the text's clauses governs what it denies ("nothing was
    drawn", "has no lights", "not a cent had been drawn", "it isn't refunded")."""
    base = privative(toks[i].raw) or _after_non(toks, i)
    return base is not None and any(
        neg.stated and base in neg.scope + neg.reach + neg.subject
        for c in clauses(text) for neg in _negations(_clause_tokens(c)))


# Words of exemption (a closed class): "the fee is waived", "exempt from the fee", "free of charge"
# say there is none of what they are about, as "no fee" does; so does the participle of exclusion
# ("booklets are excluded from the rush service": not in it; the active "excludes" is left out, its
# subject is what holds the exclusion, not what is denied).
_EXEMPTING = frozenset("waive waives waived exempt exempted excused excluded".split())
_FREE_OF = frozenset(("of", "from"))


def _exempts(toks: list[Token], words: frozenset[str]) -> bool:
    """A word of exemption of the clause governs one of the words: what follows its "of" or "from"
    ("exempt from the audition fee", "free of charge"), or its subject ("the fee is waived")."""
    return bool(words & {_base(u.raw) for u in _exempted(toks)})


def exempted_stems(toks: list[Token]) -> frozenset[str]:
    """The stems the clause's words of exemption deny ("exempt from the joining fee" denies "joining"
    and "fee"): a yes or no said by exemption, as by a privative word (`privated_stems`)."""
    return frozenset(u.stem for u in _exempted(toks))


def _exempted(toks: list[Token]) -> list[Token]:
    """The content words the clause's words of exemption are about: what follows "of" or "from",
    or the subject of one with neither."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        w = normalize(t.raw)
        if w not in _EXEMPTING and w != "free":
            continue
        after = k + 1 if k + 1 < len(toks) and normalize(toks[k + 1].raw) in _FREE_OF else None
        if after is None and w == "free":
            continue
        out += content(toks[after + 1: after + 1 + _SCOPE] if after is not None
                       else _run_before(toks, _verb_group(toks, k) - 1))
    return out


def _governed_in(text: str, words: frozenset[str], answer_word: bool = True) -> bool:
    """A negation of one of the text's clauses governs one of the words. A clause that is a bare
    "No" governs any word (`answer_word`): in the answer, polarity alone cannot tell what it denies;
    but an evidence sentence's "No; helmets are compulsory …" answers the item's question, and the
    clauses after it state what they state (not asked of the evidence: `answer_word=False`)."""
    read = (lambda c: _one_negation(tokens(c), c)) if answer_word else _clause_tokens
    return any(_governed(read(c), words) for c in clauses(text))


def _same_statement(neg: Negation, denied: list[str], plain: list[Token], negated_side: list[Token]) -> bool:
    """The plain side says what the negation denies as a statement of the same kind: a fact where
    the negation states a fact, a condition where it sets one, a person who acts where it names one
    (`_agent`: "neither the investigator spoke to him" is not denied by "the investigating officer");
    and a negated preposition's object after the same preposition ("not before 6 pm" is not denied
    by "6 pm the evening before")."""
    at = [i for i, t in enumerate(plain) if _base(t.raw) == denied[0]]
    start = negated_side.index(neg.word)
    agent = next((_agent(negated_side, k) for k in range(start, len(negated_side))
                  if _base(negated_side[k].raw) == denied[0]), False)
    at = [i for i in at if _agent(plain, i) == agent]
    if neg.ceased:
        # "no longer supported" says it was supported: "which 3.9.2 supported" agrees
        at = [i for i in at if not _past(plain, i)]
    if neg.verbal and next((w for w in neg.scope if w not in _AUXILIARY), None) == denied[0]:
        # a negated verb (past its auxiliaries: "cannot be appealed") is denied by the verb, not by
        # a noun of the act ("did not change" / "the changes below apply"; "must not open it" /
        # "opening it ends all cover")
        at = [i for i in at if not _names_the_act(plain, i)]
    described = _in_relative(negated_side, start) and not _negations(plain)
    if not any(_stated(plain, i) == neg.stated
               or (_in_conceded_case(negated_side, plain, i) if neg.stated else _in_conceded_case(plain, negated_side, start))
               or (described and _modifier(plain, i, denied))
               for i in at):
        return False
    if denied[0] not in PREPOSITIONS:
        return True
    if len(denied) < 2:
        return False   # a preposition alone is no predicate
    return any(denied[1] in {_base(u.raw) for u in plain[i + 1: i + 1 + _SCOPE]} for i in at)


def _in_relative(toks: list[Token], i: int) -> bool:
    """The word at i stands in a relative clause ("pallets that had not been wrapped"): set, as
    `_stated` reads it, but by no condition. It describes which thing, as a modifier does."""
    return not _stated(toks, i) and not any(normalize(t.raw) in _CONDITION for t in toks[:i])


# Pronouns a participle may describe as it describes a noun ("those wearing ear defenders"): a closed class
_DESCRIBED_PRONOUNS = frozenset("those anyone everyone someone anybody everybody somebody".split())


def _modifier(toks: list[Token], i: int, words: list[str]) -> bool:
    """The words from i describe a noun as a relative clause would: a participle in "-ing"
    straight after a noun or a pronoun of `_DESCRIBED_PRONOUNS` ("staff wearing ear defenders";
    without an auxiliary it is no verb of the clause), or words between a determiner or a number
    and the noun they qualify ("six shrink-wrapped pallets": the run of `words` from i, and a word
    after it). A relative clause that denies them
    ("staff who were not wearing them", "pallets that had not been shrink-wrapped") describes
    the other things (read with no other negation on the plain side: a case and its outcome both
    turned round agree, "bins not out by 6:30 are not emptied" / "bins out by 6:30 are emptied")."""
    if i == 0 or toks[i].start - toks[i - 1].end > 1:
        return False
    before = normalize(toks[i - 1].raw)
    if normalize(toks[i].raw).endswith("ing"):
        return before in _DESCRIBED_PRONOUNS or (_content_word(toks[i - 1].raw, toks[i - 1].stem)
                                                 and normalize(toks[i - 1].raw) not in _AUXILIARY)
    if not (before in DETERMINERS or toks[i - 1].raw[:1].isdigit() or cardinal(before) is not None):
        return False
    end = i + 1
    while end < len(toks) and toks[end].start - toks[end - 1].end <= 1 and _base(toks[end].raw) in words:
        end += 1
    return end < len(toks) and toks[end].start - toks[end - 1].end <= 1 and _content_word(toks[end].raw, toks[end].stem)


def _agent(toks: list[Token], i: int) -> bool:
    """The word at i names who does an act, not the act: a noun after a determiner whose "-er" or
    "-or" lies past the stem it shares with the verb ("the investigator", "a manager"; not "the
    cover", "the order", whose ending is the stem's own)."""
    w = normalize(toks[i].raw).removesuffix("'s").removesuffix("s")
    before = normalize(toks[i - 1].raw) if i else ""
    return before in DETERMINERS and w.endswith(("er", "or")) and len(_base(toks[i].raw)) <= len(w) - 2


# Determiners of a count (a closed class): "every approved credit" names which credits, as "the
# approved credits" does; it states no approval.
_EACH = frozenset("every each any".split())


def _names_the_act(toks: list[Token], i: int) -> bool:
    """The word at i is a noun: after a determiner ("the changes") or a preposition other than
    "to", which no finite verb follows ("deals with appeals", "a charge for repairs"), or an -ing
    form opening its phrase ("opening the circuit ends all cover"), the act named, not stated as done."""
    before = normalize(toks[i - 1].raw) if i > 0 else ""
    if before in DETERMINERS or before in _EACH or (before != "to" and (before in _STOP_PREPOSITIONS or stem(before) in PREPOSITIONS)):
        return True
    opens = i == 0 or toks[i].start - toks[i - 1].end > 1
    return opens and toks[i].raw.lower().endswith("ing")


# Auxiliaries of the past and of the present (closed classes), and words after which a participle
# says how a thing is now ("remains supported", "still supported", "the supported versions").
_PAST_AUXILIARY = frozenset("was were had did used".split())
_PRESENT_BEFORE = frozenset("""is are am be been being has have will shall can may must remains remain stays stay
   still now get gets become becomes""".split()) | DETERMINERS


def _past(toks: list[Token], i: int) -> bool:
    """The word at i is said of the past: after an auxiliary of the past ("was supported", "used to
    support"), or a verb's past form with no auxiliary of the present before it ("which 3.9.2
    supported")."""
    before = [normalize(t.raw) for t in toks[max(0, i - 2):i]]
    if any(w in _PAST_AUXILIARY for w in before):
        return True
    w = normalize(toks[i].raw)
    past_form = w.endswith("ed") or irregular_past(w)
    return past_form and not (before and before[-1] in _PRESENT_BEFORE)


def _raw(toks: list[Token], base: str) -> str:
    return next((t.raw for t in toks if _base(t.raw) == base), base)


def _direction(claim: list[Token], partners: list[list[Token]], asked: bool = False) -> list[Conflict]:
    """The claim uses a word whose opposite an aligned clause uses (and not the word itself).
    Capitalised words inside a sentence are names ("My Own Worst Enemy"), not directions, and a
    negated opposite says the same ("excluding" = "not including"). When the partner is the
    question (`asked`), the noun its word qualifies is what it asks for: the claim's word that
    bounds a value ("at least 1,200 pixels" for "what is the maximum size?") is said of it."""
    out = []
    said = _directions(claim)
    opposed = [(base, found) for base, found in said.items() if _OPPOSITE.get(base)]
    claim_words = {_base(t.raw) for t in claim}
    for e in partners:
        other = _directions(e) if opposed else {}
        e_words = {_base(t.raw) for t in e} if opposed else set()
        for base, (raw, negated, head, i) in opposed:
            for opp in _OPPOSITE.get(base, ()):
                theirs = other.get(opp)
                # (a side that also says the claim's own way, in another word of its pole, "reduced"
                # for "cut", speaks of two things: "the growing waiting list" is another's growth)
                if theirs and opp not in said and base not in other and not _pole(raw) & other.keys() \
                        and negated == theirs[1] \
                        and not _of_another(head, e_words, theirs[0]) \
                        and not (_of_another(theirs[2], claim_words, raw)
                                 and not (asked and (_bounds_value(claim, i) or _gives_the_point(theirs[2], claim)))) \
                        and not _apart(claim, i, e, theirs[3]) \
                        and not _objects_apart(base, claim, i, e, theirs[3]) \
                        and not ("by" in (normalize(raw), normalize(theirs[0]))
                                 and not (_before_a_point(claim, i) and _before_a_point(e, theirs[3]))):
                    # (a deadline's "by" against an order after another event is no flip: "by 7
                    # February, which is 14 days after the notice")
                    out.append(Conflict("direction", raw, theirs[0]))
        out += _anchored(claim, e) + _bound_turned(claim, e) + _particle_turned(claim, e)
    return out


# Particles that set a verb's state one way or the other (a closed class of English): "switched
# off" is what "switched on" is not. Only right after the same verb: "on" alone is mostly a
# preposition ("on Monday").
_SWITCHED = {"on": "off", "off": "on"}


def _particle_turned(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """The claim's verb takes the particle opposite to the one the evidence gives the same verb
    ("the fence is switched off" / "is switched on"), and neither side says both."""
    # a negated verb says the other particle ("can't be switched off" is on)
    def pairs(toks: list[Token]) -> set[tuple[str, str]]:
        return {(_base(v.raw), normalize(p.raw)) for k, (v, p) in enumerate(zip(toks, toks[1:]))
                if normalize(p.raw) in _SWITCHED and p.start - v.end == 1 and content([v])
                and _negator_before(toks, k) is None}
    mine = pairs(claim)
    if not mine:
        return []
    theirs = pairs(ev)
    ev_words = {_base(t.raw) for t in ev}
    for verb, particle in mine:
        turned = (verb, _SWITCHED[particle])
        # the evidence names what the claim's verb is said of, unless its verb leaves its subject
        # to the clause before ("and is switched on"): "the pond lights are turned off" is not
        # about "the pond pump is turned on"
        at = next(i for i, t in enumerate(claim) if _base(t.raw) == verb)
        subject = {_base(t.raw) for t in content(_subject_of(claim, at))}
        theirs_at = next((j for j, t in enumerate(ev) if _base(t.raw) == verb), 0)
        if turned in theirs and turned not in mine and (verb, particle) not in theirs \
                and (subject <= ev_words or not _subject_of(ev, theirs_at)):
            return [Conflict("direction", next(p.raw for v, p in zip(claim, claim[1:]) if _base(v.raw) == verb
                                               and normalize(p.raw) == particle),
                             next(p.raw for v, p in zip(ev, ev[1:]) if _base(v.raw) == verb
                                  and normalize(p.raw) == turned[1]))]
    return []


# Prepositions that bound a time from one side (closed classes of English): "until 3 pm" ends
# where "from 3 pm" starts.
_UNTIL = frozenset(("until", "till"))
_FROM = frozenset(("from", "after", "since"))
_BOUND_KEY = 2   # words of the object that name the time ("3 pm", "1 March")
# "by" and "up to" end a time only before a date ("by Friday 13 November", "built up to
# 10 October"): before other objects they name an agent or an amount ("approved by the board",
# "cut by 5%", "up to 7 days"). The calendar's names are a closed class.
_DEADLINE = frozenset(("by", "to"))
_CALENDAR = frozenset(MONTHS) | WEEKDAYS


def _time_bounds(toks: list[Token]) -> dict[tuple[str, ...], dict[bool, str]]:
    """The times a clause bounds, by the first words of the object (content words and numbers,
    to the first punctuation) -> whether a bound ends there (True: "until") or starts (False:
    "from"), with its word as written; a negated bound ("not until 3 pm") says neither, but one
    said through its opposite side before a day (`_turned_bound`: "no earlier than Wednesday
    18 November", "on or after the 5th") says the side it names."""
    out: dict[tuple[str, ...], dict[bool, str]] = {}
    for i, t in enumerate(toks):
        w = normalize(t.raw)
        deadline = w in _DEADLINE and (w == "by" or i and normalize(toks[i - 1].raw) == "up")
        turned = _turned_bound(toks, i)
        if turned is not None:
            ends, first, said = turned
        elif w not in _UNTIL | _FROM and not deadline or any(_is_negator(u) for u in toks[max(0, i - 2):i]):
            continue
        else:
            ends, first, said = w in _UNTIL or deadline, i + 1, t.raw
        key: list[str] = []
        for k in range(first, len(toks)):
            if k > first and toks[k].start - toks[k - 1].end > 1 or len(key) == _BOUND_KEY:
                break
            if content([toks[k]]) or toks[k].stem[:1].isdigit():
                key.append(_base(toks[k].raw))
        if (deadline or turned) and not any(_a_day(toks[k])
                                            for k in range(first, min(len(toks), first + _BOUND_KEY + 1))):
            continue
        if key:
            out.setdefault(tuple(key), {})[ends] = said
    return out


_ORDINAL_DAY = re.compile(r"^[0-9]{1,2}(?:st|nd|rd|th)$")


def _a_day(t: Token) -> bool:
    """A name of the calendar or a day of the month ("the 5th")."""
    w = normalize(t.raw)
    return w in _CALENDAR or bool(_ORDINAL_DAY.match(w))


def _turned_bound(toks: list[Token], i: int) -> tuple[bool, int, str] | None:
    """A bound of time said through its opposite side, at word i: "no earlier than" and "not
    before" start a time ("from"), "no later than" and "not after" end one ("by"); "on or after"
    starts one, "on or before" ends one. (whether it ends a time, where its object starts, its
    words). A closed class."""
    w = normalize(toks[i].raw)
    if w in ("earlier", "later") and i + 1 < len(toks) and normalize(toks[i + 1].raw) == "than" \
            and i and _is_negator(toks[i - 1]):
        return w == "later", i + 2, " ".join(t.raw for t in toks[i - 1:i + 2])
    if w in ("before", "after") and i and _is_negator(toks[i - 1]):
        return w == "after", i + 1, " ".join(t.raw for t in toks[i - 1:i + 1])
    if w in ("before", "after") and i > 1 and normalize(toks[i - 1].raw) == "or" and normalize(toks[i - 2].raw) == "on":
        return w == "before", i + 1, " ".join(t.raw for t in toks[i - 2:i + 1])
    return None


def _bound_turned(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """The claim bounds a time from the side the evidence does not ("shaded until about 3 pm" /
    "shaded from about 3 pm"): the same object, one side ending there and the other starting."""
    bounds = _time_bounds(claim)
    theirs = _time_bounds(ev) if bounds else {}
    for key, mine in bounds.items():
        other = theirs.get(key, {})
        if len(mine) == 1 and len(other) == 1 and set(mine) != set(other):
            return [Conflict("direction", next(iter(mine.values())), next(iter(other.values())))]
    return []


# Prepositions whose opposition is all in their object ("with a fee" / "without a fee", "inside
# the zone" / "outside the zone", "within the limits" / "outside the limits", "during the nesting
# season" / "outside the nesting season"): opposites only when the two objects share a content word, not
# "with an exemption" against "without the monthly fee". A closed class of English.
# (base forms, as `_direction` reads words: "outside" is "outsid", "during" "dure")
_OF_OBJECT = frozenset(_base(w) for w in ("with", "without", "inside", "outside", "within", "during"))


def _objects_apart(base: str, a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """Prepositions of `_OF_OBJECT` at a[i] and b[j] with objects that share no content word: "dismissed
    without notice" says nothing against "dismissed with effect from 14 May"."""
    return base in _OF_OBJECT and not _phrase_after(a, i) & _phrase_after(b, j)


# Words that open a clause of their own after a phrase (closed classes): the object of "with" in
# "replaced with uPVC unless consent is granted" is "uPVC", not the condition's words.
_OPENS_CLAUSE = (_SUBORDINATING - {"as"}) | _CONDITION | (RELATIVES - {"that"})


def _subject_before(toks: list[Token], i: int) -> frozenset[str]:
    """The base forms of the content words of the phrase before the word at i (a verb's subject),
    a series with its commas too ("cash and cheques", "sheep, horses and pigs"), back to other
    punctuation or a word that opens a clause (`_OPENS_CLAUSE`), of its last 2 × `_SCOPE` words."""
    words, start = [], toks[i].start
    for u in reversed(toks[max(0, i - 2 * _SCOPE):i]):
        if start - u.end > 2 or normalize(u.raw) in _OPENS_CLAUSE:
            break
        start = u.start
        words.append(u)
    return frozenset(_base(u.raw) for u in content(words))


def _phrase_after(toks: list[Token], i: int) -> frozenset[str]:
    """The base forms of the content words of the phrase after the word at i (a preposition's
    object, what "than" compares with), up to punctuation or a word that opens a clause
    (`_OPENS_CLAUSE`), of its first `_SCOPE` words."""
    words, end = [], toks[i].end
    for u in toks[i + 1:i + 1 + _SCOPE]:
        if u.start - end > 1 or normalize(u.raw) in _OPENS_CLAUSE:
            break
        end = u.end
        words.append(u)
    return frozenset(_base(u.raw) for u in content(words))


def _apart(a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """The words of direction at a[i] and b[j] are no opposites here: two comparisons with other
    objects ("3 days later than Halbrook" / "5 days earlier than Dunmere"), one comparison stated
    from the other side (`_converse_comparison`), or one exchange told from each party's side
    (`_one_exchange`)."""
    mine, theirs = _than(a, i), _than(b, j)
    if mine and theirs and (not mine & theirs or _converse_comparison(a, i, mine, b, j, theirs)):
        return True
    if _orders_its_values(a, i):
        return True
    if _converse_order(a, i, b, j):
        return True
    if _bounds_value(a, i) or _or_more(a, i):
        if (_bounds_value(b, j) or _or_more(b, j)) and _cases_apart(a, i, b, j):
            return True
    pair = frozenset((_direction_base(a, i), _direction_base(b, j)))
    return pair in _CONVERSE and _one_exchange(a, i, b, j)


_MORE_BASES, _LESS_BASES = frozenset(_base(w) for w in _MORE), frozenset(_base(w) for w in _LESS)


def _orders_its_values(toks: list[Token], i: int) -> bool:
    """The word of comparison at i stands between two numbers of its clause and orders them as it
    says ("Six bottles is below the 12-bottle threshold", "74 call-outs, more than the 61"): it
    compares the claim's own values, which the atom rules check, and is no word of the evidence
    turned round ("free for 12 bottles or more"). Ordered the wrong way, it still conflicts."""
    base = _base(toks[i].raw)
    sign = 1 if base in _MORE_BASES else -1 if base in _LESS_BASES else 0
    # the value compared is the subject's, a few words before ("Six bottles is below"), not a year
    # that dates the clause ("In 2024 more than 300 ran")
    left = next((n for t in reversed(toks[max(0, i - _THAN_REACH - 1):i]) if (n := _number(t)) is not None
                 and not is_year_like(t.raw)), None)
    right = next((n for t in toks[i + 1:i + 1 + _SCOPE] if (n := _number(t)) is not None), None)
    return bool(sign) and left is not None and right is not None and sign * (left - right) > 0


# Words that open a case a main clause depends on (a closed class): "once", "when", "if" …
_OPENS_CASE = frozenset("once when whenever if unless where while until".split())


def _or_more(toks: list[Token], i: int) -> bool:
    """The word at i bounds the number before its "or" ("four or more", "6 or fewer")."""
    return i > 1 and normalize(toks[i - 1].raw) == "or" and _number(toks[i - 2]) is not None


def _case_end(toks: list[Token]) -> int:
    """Where a leading clause that sets a case ends ("When fewer than four races are sailed, …",
    "7.3 Once four or more are sailed, …"): at the first punctuation after its opening word; 0
    when the tokens open no case."""
    k = 1 if toks and _number(toks[0]) is not None else 0   # a numbered rule: "7.3 When …"
    if k >= len(toks) or normalize(toks[k].raw) not in _OPENS_CASE:
        return 0
    return next((j for j in range(k + 1, len(toks)) if toks[j].start - toks[j - 1].end > 1), len(toks))


def _cases_apart(a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """The words at a[i] and b[j] stand in leading clauses that set two cases of a rule, each with
    its own outcome ("Once four or more are sailed, the worst score is dropped" / "When fewer than
    four are sailed, the score is the total"): opposite bounds there are two cases, not one said
    two ways. One outcome under opposite bounds is a conflict."""
    ends = _case_end(a), _case_end(b)
    if not (i < ends[0] and j < ends[1]):
        return False
    mine, theirs = (frozenset(_base(t.raw) for t in content(x[end:])) for x, end in ((a, ends[0]), (b, ends[1])))
    return not (mine <= theirs or theirs <= mine)


def cases_apart(a: str, at: int, b: str, bt: int) -> bool:
    """`_cases_apart` of the clauses of two texts that hold the characters at `at` and `bt`."""
    def where(text: str, pos: int) -> tuple[list[Token], int]:
        lo, hi = next(((lo, hi) for lo, hi in clause_spans(text) if lo <= pos < hi), (0, len(text)))
        toks = tokens(text[lo:hi])
        return toks, next((k for k, t in enumerate(toks) if t.end > pos - lo), len(toks))
    (x, i), (y, j) = where(a, at), where(b, bt)
    return _cases_apart(x, i, y, j)


def _converse_comparison(a: list[Token], i: int, mine: frozenset[str], b: list[Token], j: int,
                         theirs: frozenset[str]) -> bool:
    """Opposite comparatives with their two things swapped say one thing: "the valley was warmer than
    the summit" is "the summit was colder than the valley". What each compares with (past the
    words the two "than" phrases share) is named before the other's comparative."""
    own, other = mine - theirs, theirs - mine
    return bool(own and other) and own <= {_base(t.raw) for t in content(b[:j])} \
        and other <= {_base(t.raw) for t in content(a[:i])}


_ORDER_PREPOSITIONS = frozenset(("before", "after"))


def _converse_order(a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """"Before" and "after" with their two events swapped say one order: "the trial period ended
    after the first care review" is "the first care review is held before the trial period ends".
    Each object shares words with what the other names before its preposition, and the two objects
    none: the same event on both sides is a real flip ("held after the trial period" / "held before
    the trial period")."""
    if {normalize(a[i].raw), normalize(b[j].raw)} != _ORDER_PREPOSITIONS:
        return False
    (mine, left_a), (theirs, left_b) = _ordered_events(a, i), _ordered_events(b, j)
    return bool(mine & left_b) and bool(theirs & left_a) and not (mine & theirs) - {_VALUE_SLOT}


def _ordered_events(toks: list[Token], i: int) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of the event a "before"/"after" at i takes as its object, and of the one it
    places by it. After a relative pronoun the object is what stands before ("valid for 5 years,
    after which it needs renewing" is "it needs renewing after 5 years"), and the event placed is
    the relative clause's."""
    left = _event_words(toks[:i])
    if i + 1 < len(toks) and normalize(toks[i + 1].raw) in _RELATIVE_OBJECTS:
        return left, _event_words(toks[i + 2:])
    # the object may be a clause, its content words after its function words ("before it has to be renewed")
    words, end = [], toks[i].end
    for u in toks[i + 1:]:
        if u.start - end > 1 or normalize(u.raw) in _OPENS_CLAUSE or len(content(words)) == _SCOPE:
            break
        end = u.end
        words.append(u)
    return _event_words(words), left


# relative pronouns that stand for the phrase before them after a preposition ("after which")
_RELATIVE_OBJECTS = frozenset(("which", "whom"))
# A question's words that ask for an amount or a time ("how long", "when"): the answer's value
# stands in their place, so "renewed after 5 years" places the renewal as "valid for how long
# before it is renewed?" does (closed classes of English)
_ASKS_AMOUNT = frozenset(("long", "many", "much", "soon", "often", "far", "late", "early", "old"))
_VALUE_SLOT = "\0value"


def _event_words(toks: list[Token]) -> frozenset[str]:
    """The base forms of the content words of an event's words, with `_VALUE_SLOT` where they give a
    number or ask for one."""
    words = {_base(t.raw) for t in content(toks)}
    forms = [normalize(t.raw) for t in toks]
    if any(_number(t) is not None for t in toks) or "when" in forms \
            or any(w == "how" and nxt in _ASKS_AMOUNT for w, nxt in zip(forms, forms[1:])):
        words.add(_VALUE_SLOT)
    return frozenset(words)


def _than(toks: list[Token], i: int) -> frozenset[str]:
    """What the comparative at i compares with: the content words of its "than" phrase ("later
    than Halbrook"), up to punctuation; empty when it has none."""
    end = toks[i].end
    for k in range(i + 1, min(len(toks), i + 1 + _THAN_REACH)):
        if toks[k].start - end > 1:
            return frozenset()
        end = toks[k].end
        if normalize(toks[k].raw) == "than":
            return _phrase_after(toks, k)
    return frozenset()


def _one_exchange(a: list[Token], i: int, b: list[Token], j: int) -> bool:
    """Converse verbs at a[i] and b[j] tell one exchange when the subject of one is a party named
    after the other ("A Conductor can sell you a ticket" / "you may buy a ticket from the
    Conductor"), or when one is passive: its subject may be any party ("Tenants are given notice"
    is what "Tenants receive notice" says)."""
    def party(x: list[Token], k: int, y: list[Token], m: int) -> bool:
        subject = {_base(t.raw) for t in _subject_of(x, k)}
        return bool(subject & {_base(t.raw) for t in content(y[m + 1:])})
    return _passive(a, i) or _passive(b, j) or party(a, i, b, j) or party(b, j, a, i)


def _passive(toks: list[Token], i: int) -> bool:
    """The verb at i follows a form of "be" or "get" (past the adverbs inside a verb group)."""
    j = i - 1
    while j >= 0 and normalize(toks[j].raw) in _INSIDE_VERB_GROUP:
        j -= 1
    return j >= 0 and normalize(toks[j].raw) in _BE_OR_GET


# forms of "be" and "get" before a passive participle (a closed class)
_BE_OR_GET = frozenset("is are was were be been being am get gets got gotten getting".split())


_POLES = [frozenset(_base(w) for w in pole) for pole in (_UP, _DOWN)]


# each pole of change with the particle that names it ("did it go up or down?"), and with its
# comparatives
_CHANGE_POLES = [pole | {_base(particle)} for pole, particle in zip(_POLES, ("up", "down"))]
_DEGREE_POLES = [pole | {_base(w) for w in degree} for pole, degree in zip(_CHANGE_POLES, (_MORE, _LESS))]


def change_pole(word: str, degree: bool = True) -> int | None:
    """Which way a word says an amount went: 0 up ("up", "rose", with `degree` "higher"), 1 down
    ("down", "fell", "lower"), None for any other word."""
    base = _base(word)
    return next((i for i, pole in enumerate(_DEGREE_POLES if degree else _CHANGE_POLES) if base in pole), None)


def _pole(word: str) -> frozenset[str]:
    """A word of direction with those that say the same: its pole of change ("raised": "rise",
    "increase", …), or itself."""
    base = _base(word)
    return next((pole for pole in _POLES if base in pole), frozenset((base,)))


def _evidence_poles(ev_clauses: list[list[Token]]) -> set[str]:
    """The words of direction the evidence uses, with those that say the same."""
    return {b for e in ev_clauses for t in e if _base(t.raw) in _OPPOSITE for b in _pole(t.raw)}


def same_direction(a: str, b: str) -> bool:
    """Two words of change say the same way ("drop" / "fall", "raised" / "rise")."""
    return _base(b) in _pole(a)


def direction_word(word: str) -> str | None:
    """The base form of a word of direction ("higher", "rose", "earlier"), None for any other word."""
    base = _base(word)
    return base if base in _OPPOSITE else None


def opposed(a: str, b: str) -> bool:
    """Two words of direction (`direction_word`) are opposites ("higher" / "lower")."""
    return b in _OPPOSITE.get(a, ())


def _of_another(head: str | None, other_words: set[str], other_said: str) -> bool:
    """A direction word that qualifies a noun the other side does not say is about something else:
    "the minimum term" says nothing against "the maximum is 3 months"; against an adverb with no
    object ("afterwards") the noun is what the adverb leaves unsaid ("before work starts")."""
    return head is not None and head not in other_words and normalize(other_said) not in _OBJECTLESS


def _count_before(toks: list[Token], i: int) -> str | None:
    """The number (as digits: "one" and "1" alike) counting the word at i, if one is right before it."""
    return toks[i - 1].stem if i and toks[i - 1].stem.isdigit() else None


def _counted_apart(claim: list[Token], i: int, ev: list[Token], j: int) -> bool:
    """The anchors at i and j are counted by two different numbers: "one hour before a meal" and "2
    hours after one" are two amounts, each with its own direction, not one said two ways."""
    mine, theirs = _count_before(claim, i), _count_before(ev, j)
    return mine is not None and theirs is not None and mine != theirs


def _anchored(claim: list[Token], ev: list[Token]) -> list[Conflict]:
    """Both clauses use both words of a pair, in other places: compare the direction word that
    follows the same content word ("refilled before 9 pm" against "emptied before 7 am and
    refilled after 9 pm"), unless the evidence follows that word with the claim's words of
    direction, in the claim's order ("between 3 hours before and 3 hours after" against "from 3
    hours before to 3 hours after"; not "from 3 hours after to 3 hours before")."""
    out = []
    # a negated word says what its opposite says plain ("not served without" / "served with")
    mine = theirs = None   # read at the first anchored pair
    for i, t in enumerate(claim[1:], 1):
        said = _direction_base(claim, i)
        opps = _OPPOSITE.get(said)
        if not opps or not content([claim[i - 1]]):
            continue   # "the maximum" / "the minimum term": a function word anchors nothing
        anchor = _base(claim[i - 1].raw)
        if _directions_after(claim, anchor) == _directions_after(ev, anchor):
            continue   # the same words after it, in the same order: "3 hours before to 3 hours after"
        for j, u in enumerate(ev[:-1]):
            opp = _direction_base(ev, j + 1)
            if _base(u.raw) == anchor and opp in opps and not _offered(ev, j + 1, said) \
                    and not _apart(claim, i, ev, j + 1) and not _counted_apart(claim, i - 1, ev, j) \
                    and not _objects_apart(said, claim, i, ev, j + 1):
                if mine is None:
                    mine, theirs = _directions(claim), _directions(ev)
                if mine.get(said, ("", False))[1] == theirs.get(opp, ("", False))[1]:
                    out.append(Conflict("direction", t.raw, ev[j + 1].raw))
    return out


def _directions_after(toks: list[Token], anchor: str) -> list[str]:
    """The words of direction that follow `anchor` (a base form) in the clause, in order."""
    return [d for k, u in enumerate(toks[:-1]) if _base(u.raw) == anchor
            and _OPPOSITE.get(d := _direction_base(toks, k + 1))]


def _offered(toks: list[Token], i: int, other: str) -> bool:
    """The word at i is one of two alternatives with `other` ("move earlier or later?"): a
    choice offered, not a direction stated."""
    return any(j + 2 < len(toks) and normalize(toks[j + 1].raw) == "or"
               and {_base(toks[j].raw), _base(toks[j + 2].raw)} == {_base(toks[i].raw), other}
               for j in (i - 2, i))


def _offers(toks: list[Token], word: str) -> bool:
    """The clause offers `word`, or a word that says the same, as one of two alternatives: "will
    it rise or fall?" offers "drop" (the pole of "fall"), so an answer saying "drop" chooses."""
    pole, base = _pole(word), _base(word)
    return any(normalize(toks[j + 1].raw) == "or" and ({_base(toks[j].raw), _base(toks[j + 2].raw)} & pole
                                                       or _both_ways(_base(toks[j].raw), _base(toks[j + 2].raw), base))
               for j in range(len(toks) - 2))


def _both_ways(a: str, b: str, word: str) -> bool:
    """"a or b" offers both ways of one scale and `word` goes one of them: "should the dose be
    raised or lowered?" answered "more acid" chooses (the choice is judged against the reference)."""
    return b in _OPPOSITE.get(a, ()) and word in _OPPOSITE.get(a, set()) | _OPPOSITE.get(b, set())


def _directions(toks: list[Token]) -> dict[str, tuple[str, bool, str | None, int]]:
    """Each word's base form -> (as written, whether a negation governs it, the noun it qualifies,
    where it is).
    "no earlier than" is a bound, not a denial, but it points the other way: its "earlier" counts
    as negated."""
    return dict(_directions_of(tuple(toks)))


@lru_cache(maxsize=65536)
def _directions_of(toks: tuple[Token, ...]) -> dict[str, tuple[str, bool, str | None, int]]:
    # memoised by the clause (callers get a copy): each evidence sentence is read for every claim;
    # a word after a section's number still opens the sentence ("9.2 After the first 12 months")
    toks = list(toks)
    negated = {w for _, scope in negations(toks) for w in scope}   # noqa: C416
    negated |= {_base(u.raw) for t, u in zip(toks, toks[1:]) if _is_negator(t) and _base(u.raw) in _OPPOSITE}
    # "shouldn't be higher than 5 °C": the comparative a negated verb bounds points the other way
    negated |= {_base(toks[f + 1].raw) for i, t in enumerate(toks)
                if (f := _governed_from(toks, i)) is not None and _bounds_its_verb(toks, i, f)}
    # a negation before "without" cancels it: "can't enter without a card" says "only with a card"
    negated |= {_WITHOUT for i, t in enumerate(toks)
                if _base(t.raw) == _WITHOUT and any(_is_negator(u) for u in toks[:i])}
    out = {(b := _direction_base(toks, i)): (t.raw, b in negated, _qualified(toks, i), i)
           for i, t in enumerate(toks) if not t.raw[:1].isupper() or all(is_section_number(u.raw) for u in toks[:i])}
    for i, t in enumerate(toks):
        if normalize(t.raw) == _COUNTING_IN and i + 1 < len(toks) and (not i or normalize(toks[i - 1].raw) not in AUXILIARIES):
            # "counting the adults" as a preposition says "including", and "not counting staff"
            # "excluding" (not the verb: "they are counting the votes")
            denied = _base(t.raw) in negated
            written = " ".join(u.raw for u in toks[i - 1:i + 1]) if denied and i else t.raw
            out[_base("excluding" if denied else "including")] = (written, False, _qualified(toks, i), i)
    return out


def _qualified(toks: list[Token], i: int) -> str | None:
    """The base of the noun word i qualifies: the content word right after it ("minimum term"),
    not a number or another word of direction; None when a function word or punctuation follows."""
    if i + 1 >= len(toks) or toks[i + 1].start - toks[i].end > 1:
        return None
    nxt = toks[i + 1]
    base = _base(nxt.raw)
    if not _content_word(nxt.raw, nxt.stem) or base[:1].isdigit() or base in _OPPOSITE \
            or normalize(toks[i].raw) in _ORDER_OF_POINTS and _names_a_point(toks, i + 1):
        return None   # (after a word of order a weekday or a month is the point: "by Saturday 10 June")
    return base


def _direction_base(toks: list[Token], i: int) -> str:
    """The base form of word i as a word of direction. "first" with no noun of its own says when,
    "earlier" than the others ("whichever comes first", "pay first, then claim"); after a
    determiner or before a word it qualifies it is an ordinal ("the first inspection"). "last"
    that ends its phrase says "later" so ("whichever comes last"), unless it is the verb ("how long
    it will last") or the idiom "at last"."""
    base = _base(toks[i].raw)
    word = normalize(toks[i].raw)
    before = normalize(toks[i - 1].raw) if i else ""
    after = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].start - toks[i].end <= 1 else None
    if word == "before" and after is None and i and singular(before) not in PERIODS:
        # "before" with nothing after it says "previously" ("the 30 days allowed before", "the same
        # as before"), no order of two events; after a period it still does ("the day before")
        return _base("previously")
    if word == "by" and after is not None and _names_a_point(toks, i + 1):
        return _base("before")   # "by 10 June", "by Friday": a deadline, the point it must come before
    if word not in ("first", "last"):
        return base
    if word == "last":
        verb = before in _LAST_AS_VERB or before in AUXILIARIES or before in PRONOUNS   # "it will last"
        return base if after is not None or verb or before in DETERMINERS else _base("later")
    qualifies = after is not None and (normalize(after.raw) == "of" or bool(content([after])))
    return base if before in DETERMINERS or qualifies else _base("earlier")


# the prepositions that order an event against a point in time (a closed class)
_ORDER_OF_POINTS = frozenset(("by", "before", "after", "until", "till"))


def _before_a_point(toks: Sequence[Token], i: int) -> bool:
    """Word i stands before a point in time: a date, a weekday, a month or a clock time ("after 10
    June"), or a determiner and a noun of a point ("after that date", "by the day")."""
    return i + 1 < len(toks) and (_names_a_point(toks, i + 1) or i + 2 < len(toks)
                                  and normalize(toks[i + 1].raw) in DETERMINERS
                                  and singular(normalize(toks[i + 2].raw)) in POINT_NOUNS)


def _names_a_point(toks: Sequence[Token], j: int) -> bool:
    """Word j opens a point in time: a weekday or a month ("by Friday", "by March"), a clock time
    ("by 17:00") or a day of the month before its month ("by 10 June"), not a means or an agent
    ("by email", "by the Land Agent") nor an amount ("by 5%", "by 20 mm")."""
    w = normalize(toks[j].raw)
    if w in WEEKDAY_FORMS or w in MONTHS and toks[j].raw[:1].isupper():
        return True
    if re.fullmatch(r"\d{1,2}[:.]\d{2}", w):
        return True
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w)) and j + 1 < len(toks) \
        and normalize(toks[j + 1].raw) in MONTHS and toks[j + 1].raw[:1].isupper()


# what stands before "last" as a verb or in the idiom "at last", besides an auxiliary ("will last"): closed
_LAST_AS_VERB = frozenset(("to", "at"))
# the participle that counts a thing in as "including" does ("5 people, counting the booking
# holder"; "not counting staff" leaves them out): the one other English preposition of inclusion
_COUNTING_IN = "counting"


def _is_negator(t: Token) -> bool:
    w = normalize(t.raw).replace("’", "'")
    return w in NEGATORS or w.endswith("n't")


def _unique(found: list[Conflict]) -> list[Conflict]:
    return list(dict.fromkeys(found))


# --- scope and condition: "only assistance dogs" / "all dogs"; "only if you explain why" / "no need to" --

# Words that limit a set to a kind, that open a whole set, and that say a limit is not one
# ("not just", "not only"), and what opens a condition an act depends on: closed classes of English.
_UNIVERSAL = frozenset("all any every".split())
_LIMITING = frozenset("only just solely merely".split())
_OPENS_CONDITION = ("only if", "only when", "only where", "provided", "providing", "as long as",
                    "so long as", "on condition that", "subject to")
# An answer that drops a condition says it needs none ("don't need to give a reason"), or that the
# act holds without it or whatever it is ("without", "regardless of", "no matter", "whatever").
_WAIVING = frozenset("without regardless matter whatever".split())
# A question word stands for its noun in a condition ("explain why" asks for a reason): closed class.
_QUESTION_NOUN = {"why": "reason", "when": "time", "where": "place"}


@dataclass(frozen=True)
class Restriction:
    noun: str                   # the base form of the set's noun ("dog")
    written: str                # the kind and noun as written ("Assistance dogs")
    kind: frozenset[str]        # the base forms of the kind it is limited to ("assist"), numbers aside
    act: frozenset[str]         # what only that kind does or is ("welcom")


@lru_cache(maxsize=65536)
def restrictions(sentence: str) -> tuple[Restriction, ...]:
    """The sets a sentence limits to a kind: "only assistance dogs are welcome", "in the fast lane
    only", and "assistance dogs are welcome; other dogs are not allowed" (a kind granted in one
    clause, the other members of the set denied in another) limit dogs to assistance dogs and lanes
    to the fast lane. A number is no kind ("only 3 people"). Memoised: an evidence sentence is read
    for every claim clause aligned with it."""
    out: list[Restriction] = []
    pieces = [_clause_tokens(piece) for piece in clauses(sentence)]
    for toks in pieces:
        for i, t in enumerate(toks):
            w = normalize(t.raw)
            if w == "only" and _negator_before(toks, i) is None:
                run = _run_after(toks, i + 1)
                if not run:     # "in the fast lane only"
                    run = _run_before(toks, i - 1)
                    out += _restriction(run, toks[:i - len(run)] + toks[i + 1:])
                else:
                    out += _restriction(run, toks[i + 1 + len(run):])
            elif w == "other" and i + 1 < len(toks) and any(neg.stated for neg in _negations(toks)):
                noun = _base(toks[i + 1].raw)
                out += [r for other in pieces if other is not toks and not any(neg.stated for neg in _negations(other))
                        for r in _restriction(*_granted(other), noun)]
    return tuple(out)


def _restriction(run: list[Token], rest: list[Token], noun: str = "") -> list[Restriction]:
    """The set of `noun` (by default the run's last word) limited to the kind the run's other words
    name (all of them when the set is another noun's), with what the rest of the clause says of
    it; none when no word names a kind."""
    same = not noun or (bool(run) and _base(run[-1].raw) == noun)
    kind = _words_of(run[:-1] if same else run)
    if not run or not kind:
        return []
    return [Restriction(_base(run[-1].raw) if same else noun, _written(run), kind, _words_of(rest))]


def _run_after(toks: list[Token], i: int) -> list[Token]:
    """The run of content words from i (past determiners): "the Members' Committee"."""
    while i < len(toks) and normalize(toks[i].raw) in DETERMINERS:
        i += 1
    run = []
    while i < len(toks) and toks[i] in content(toks[i:i + 1]) and not _is_negator(toks[i]):
        run.append(toks[i])
        i += 1
    return run


def _written(run: list[Token]) -> str:
    return " ".join(t.raw for t in run)


def _granted(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """The run of content words a clause opens with ("Assistance dogs", "Blue Badge holders"), the
    kind it grants to, and the clause after it."""
    run = _run_after(toks, 0)
    if not run:
        return [], []
    return run, toks[toks.index(run[-1]) + 1:]


def _widened(claim: list[Token], sentence: str) -> list[Conflict]:
    """A claim that grants to a whole set ("all dogs are welcome", "any dog", "not just assistance
    dogs") what the evidence limits to a kind of it: the claim's predicate (its first content word
    besides the set and the kind: "welcome") is among what the evidence says of the kind. A claim
    that limits the set itself ("all other dogs", "only assistance dogs", "any dog that is an
    assistance dog"), denies the act ("not all dogs") or says another thing of the whole set ("all
    dogs must be kept on a lead") keeps to the limit."""
    words = [normalize(t.raw) for t in claim]
    said = {_base(t.raw) for t in claim}
    for r in restrictions(sentence):
        if "other" in words or "except" in words or _predicate(claim, r) not in r.act:
            continue
        for i, t in enumerate(claim):
            denied_limit = words[i] in _LIMITING and i and _is_negator(claim[i - 1])
            if words[i] in _LIMITING and not denied_limit:
                break
            run = _run_after(claim, i + 1)
            if not run:
                continue
            if denied_limit and (_base(run[-1].raw) == r.noun or _words_of(run) >= r.kind):
                return [Conflict("polarity", f"{claim[i - 1].raw} {t.raw} {_written(run)}", f"only {r.written}")]
            if words[i] in _UNIVERSAL and _base(run[-1].raw) == r.noun and _negator_before(claim, i) is None \
                    and not said & r.kind:
                return [Conflict("polarity", f"{t.raw} {_written(run)}", f"only {r.written}")]
    return []


def _predicate(claim: list[Token], r: Restriction) -> str | None:
    """The claim's first content word that is neither the set, nor its kind, nor a word of
    obligation: what it says of them ("All dogs are welcome inside": "welcome")."""
    for t in content(claim):
        w = _base(t.raw)
        if w != r.noun and w not in r.kind and normalize(t.raw) not in _DEONTIC | _UNIVERSAL | _LIMITING \
                and not t.stem[:1].isdigit():
            return w
    return None


def _dropped_condition(claim: str, before: str, evidence: list[str]) -> tuple[Conflict, str] | None:
    """A claim that says an act needs no condition ("you don't need to give any reason", "without
    a reason") that an evidence sentence sets on it ("only if you explain why it was late",
    "provided", "as long as"): a word in common between what the claim waives and the condition,
    and the claim, with the claim before it ("Up to 10 working days, and you don't need to give
    any reason"), about what the sentence says outside the condition (two content words in common).
    A claim that sets a condition of its own ("without voiding it, as long as the work is
    documented") keeps one."""
    if _conditions(claim) or re.search(r"\b(?:if|unless)\b", claim, re.IGNORECASE):
        return None
    said = _words_of(_clause_tokens(f"{before} {claim}"))
    for sentence in evidence:
        for marker, condition, start in _conditions(sentence):
            if len(said & _words_of(_clause_tokens(sentence[:start]))) < 2:
                continue
            # (a condition that is itself a denial, denied by the claim too, is restated: "with no
            # visit used" for "provided no visit has been used")
            denied = _quantified_away(_clause_tokens(condition))
            for piece in clauses(claim):
                mine = _clause_tokens(piece)
                if _waived(mine) & _condition_words(condition) and not denied & _quantified_away(mine):
                    return Conflict("polarity", piece.strip(), f"{marker} {condition.strip()}", by_claim=True), sentence
    return None


_OPENS_CONDITION_RES = tuple(re.compile(r"\b" + marker.replace(" ", r"\s+") + r"\b", re.IGNORECASE)
                             for marker in _OPENS_CONDITION)


@lru_cache(maxsize=65536)
def _conditions(sentence: str) -> tuple[tuple[str, str, int], ...]:
    """The conditions a sentence sets, each with its marker as written, the condition's clause and
    where the marker begins. Memoised: every evidence sentence is read for every claim."""
    out = []
    for rx in _OPENS_CONDITION_RES:
        for at in rx.finditer(sentence):
            rest = sentence[at.end():]
            if rest.strip():
                out.append((at.group(0), clauses(rest)[0], at.start()))
    return tuple(out)


def _condition_words(condition: str) -> frozenset[str]:
    toks = _clause_tokens(condition)
    return _words_of(toks) | {_QUESTION_NOUN[w] for t in toks if (w := normalize(t.raw)) in _QUESTION_NOUN}


# negative quantifiers (a closed class): "no visit", "nobody", what a clause says there is none of
# ("with no visit used" is read as "without")
_NONE_OF = frozenset("no none nobody nothing neither without".split())


def _quantified_away(toks: list[Token]) -> set[str]:
    """The words a negative quantifier of the clause governs ("no visit has been used": visit, use);
    not a negated verb's ("you don't need to check": a waiver)."""
    return {w for n, scope in negations(toks) if normalize(n.raw) in _NONE_OF for w in scope}


def _waived(toks: list[Token]) -> set[str]:
    """What a clause says is not needed ("you don't need to give any reason") or does not matter
    ("without a reason", "regardless of the reason": the few words a negation governs)."""
    waived = set().union(*(o.about for o in obligations(toks) if not o.obliged))
    for i, t in enumerate(toks):
        if normalize(t.raw) in _WAIVING and _stated(toks, i):
            waived |= _words_of(toks[i + 1:i + 1 + _SCOPE])
    return waived
