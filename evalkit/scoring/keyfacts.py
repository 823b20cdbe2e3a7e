"""Key facts: what an answer must state to be correct, read from the question and the reference.

Three kinds of question, told apart by their form alone:
- **choice** ("Which was founded first, X or Y?"): the key fact is the option the reference names,
  although the question contains it; an answer that prefers another option is wrong. Two words
  either side of "or" that share what follows are the options ("before or after the LM has
  approved it": "After." chooses). An option is named by its words (half of them, or all those
  the reference names it by: "The team named first." for "the team named first on the list"), by
  the words its abbreviation stands for or the abbreviation of its words ("the Members'
  Committee" for "the MC"), an acronym only as an acronym ("the TO" is not "to"), a label letter only as a label ("Tier A", not "a"),
  a value in another unit as the one option it is, to the answer's precision ("every 96 hours" for
  "every 4 days"), or in another form ("2.5 hours" for "two and a half hours", "7 pm" for "19:00",
  "seventy-two" for "72"), a word of direction by one of its pole ("sooner" for "earlier", "increased"
  for "up" of "did it go up or down?");
  what the reference says in brackets is an aside (it may name the other option: "Anytime fares
  (3.4%, against 2.9% for season tickets)"). The reference's option is the one its first clause
  names, else the one it names, else the one its first comma clause names ("To X, then Y"); its
  words name an option's acronym they spell ("The Academic Appeals Committee" names "the AAC");
  what it sets against its option names none ("X (2007), two years before Y", "X, 3 kg more than Y").
  The option an answer prefers is the one it names first outside a contrast ("unlike X", "than X",
  "compared with X" name X only to set it against the choice), unless its clauses that compare one
  option say which: "X sat below Y's 12.4%, so Y was higher" chooses Y for "Which was higher, X or Y?",
  as "so Y is the quieter one" does for "Which is quieter, X or Y?" (the question's comparative);
  "X has less: 950 m against Y's 1,120 m" chooses Y for "Which has more climbing, X or Y?" (only
  comparatives rank: a verb or noun of change, "X's margin climbed", "more climbing", does not;
  "against", "than", "below Y" name Y as the standard), and an it-cleft whose predicate shares a
  word with the question chooses its focus: "While X works in the honey room, it's Y that begins
  at the hives" (not one inside a concession, "though it's Y who ..."). "Both" or "neither" refuses
  a choice in the answer's first sentence or one that names an option, not in a later aside.
  A question that asks which of two events comes first or last ("Which came first, X or Y?") is
  answered by ordering either one: "Y ended after X had taken place" puts X first (the option
  named before "before"/"after", the other its object; "only after that" names no event).
  A question that asks for a value ("Within how many days of the deadline or the exam …?") and
  is answered by one is open: its "or" joins words of the question, not options.
- **yes/no** ("Is X required?", also after a leading phrase: "From 1 May, is X allowed?"): the
  key fact is the reference's polarity; the answer must state the same one (explicitly, also after
  a short label and in bold, "Short answer: **no**", by a short reply, "It can't.", by a negative
  quantifier that denies the question's words, "No reservation is needed", or by restating the
  question with or without a negation); an answer that hangs on a condition the reference does not
  set ("That depends on whether the property is listed") says neither, and one whose reason puts
  another of the documents' things in the reference's frame is wrong ("No, it's compulsory where
  hair would block the air movers" for "… the extraction wand", as for an open answer below).
- **open**: the key fact is the reference's key sentence (the one that answers the question; a
  one-sentence reference is itself). Its numbers, dates, names and codes (atoms) are compared by
  the atom rules elsewhere (not those of a comma part that works the value out from another,
  "05:50, half an hour earlier than the current 06:20", "42.4 dB, 0.6 dB below the 43 dB limit", nor
  the words of one after a count in words, "Four, one fewer than before"); when it has none, its content words that the question does not
  already hold ("synth-pop", "attacking midfielder", "the HR business partner") must be stated
  (a frequency in any wording: "monthly" states "once a month"; a word of obligation or
  prohibition by another of its kind, denied where the reference denies it: "no note is needed"
  states "a note is not required", "prohibited" states "banned"). A modifier of the key clause
  may be left out ("Orange." for "steady orange"), not replaced: a word of the answer's own right
  before the same head ("the sugar sacks" for "the flour sacks", "Vertical cedar boarding" for
  "Horizontal cedar boarding"; also between two words of the reference's phrase, "interlocking clay
  tiles" for "interlocking concrete tiles") names another kind of the thing, wrong however many other
  key words it states; a participle ("a broken tibia" for "a fractured tibia") restates a state. Nor
  may a key word be replaced in the key clause's own frame by a word of the documents they never
  write there ("plus a £20 valeting charge" for "plus a £20 refuelling service fee", "fermented in
  concrete at 16 °C" for "in stainless steel"), whether the words or the atoms decide. Where
  the atoms decide, a rank beside them may still not be replaced ("£7,892, on the last day" for "on
  the first day"; "final" is "last"), nor what the value is per ("£6 per bed" for "£6 per guest",
  where the documents count by beds too), nor what it runs from or is a share of ("within 30 days
  of first using it" for "of purchase", "10% of the total award" for "10% of direct costs", in
  words the documents use), nor the unit of a key rate replaced by a thing counted ("€38 per page"
  for "€38 per hour"), nor the noun of a key count by another the documents count ("21,150 pages"
  for "21,150 words"). A question that asks for a value and for something else ("What is the
  counterclaim for, and how much is it?", "When, and to which animals, …?"; not "who", "why" or an
  act, "what would it have done …?", each worded freely) is answered by both: the atoms answer one
  ask, and half of the reference's words outside its values the other ("In April, to the heifers
  only." states neither word of "In April, to the whole herd"), unless a name or code the question
  does not give answers it ("Room G4 on the ground floor").
  "How many X?" is answered by the part of it that counts X, or by a count the reference gives
  alone before the members it counts ("Three, from A, B and C"). For "who" questions the answer must
  also put the key name in the asked role (as the subject of the question's verb or its agent
  after "by"; as its object for "Who should an owner ask?"; "Who has to fit X?" asks about
  "fit", "Who has been head chef?" about a role, as "Who was …?" does; a title of the verb's
  stem, "Station Manager", is no verb), and not reverse the order the reference gives ("the CFO,
  after the FBP has reviewed it"); of names in apposition ("The Property Manager, Dana Whitlow")
  any one names the one asked about. A name that only says whose the key fact is may be left out
  ("Her knee operation." for "Mrs Varga's knee operation"; not for "Who/Whose …?", nor with
  another possessor or a name before it), and a subject the question names by a pronoun may be
  resumed by one ("She has lost 2.1 kg" for "Mrs Carrow has lost 2.1 kg" of "… her mother …?"). "Whom should X tell?" and "To whom …?" ask for the verb's
  object too, and an answer that opens with the question's preposition ("To Y, …") gives Y; "Who
  is informed …?" asks about the participle, no role. An answer that opens with the key name doing
  something else ("X approves the changes, and Y is informed") opens with more than the key fact: a
  later clause that gives the question's verb to another, with nothing of its own after it (not "Y
  becomes club secretary", another act of that verb), names Y in the role. The act asked about is
  the question's other words as well as its verb: "Refunds are handled by Y; X only deals with the
  deposits" gives Y the act "Who deals with refunds?" asks about; a clause that opens with its verb
  ("did the pick-up check") has its doer in the noun phrases before its commas ("Y, the Returns
  Agent, did …"). A name that shares only a title or one word of the key fact, with a word of its
  own after it, is another ("Cllr Sandhu" for "Cllr Faraday",
  "Programme Officer" for "Director of Programmes"). An answer that opens with
  "Nothing." or "No one." denies what the reference names. One that makes the key name (or the
  chosen option) the subject of "only" with an act holding no word of the question confines it to
  another act ("The EC Panel only advises; the module leader decides", "Judith Barnes is only copied
  in"), whatever the question asks.

Words are compared by stem (Snowball, from nltk, which rouge-score already brings), with number
words and ordinals read as digits; a name written another way (an acronym for its words, "BLE" =
"Bluetooth Low Energy"; an alias a document defines, "Arm A" = "the oxalenib arm") is the same
name by `aliases`. What the documents define is added by the caller (`Vocabulary`).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Literal

from .alternatives import exclusive, has_value, same_value_words
from .aliases import HONORIFICS, Vocabulary, acronym_stems, described_as, named_in_part, title_written_short, whole_name, with_aliases
from .atoms import Atom, extract_atoms, same_fact
from .atoms.bounds import Bound, bound_of, has_comparator
from .atoms.compare import DATE_KINDS, NAME_KINDS, NUMERIC_KINDS, counted_noun, pounds_in_words, same_value
from .atoms.units import amount_unit, denominator, dimension, per_unit, read_rate, read_unit
from .atoms.lexicon import is_count_word
from .atoms.numbers import QUALIFIER_WORDS, recurrences, same_rate, shares_of
from .claims import split_claims
from .content import CONCESSIVE, adverb_of_time, frame_preposition, in_sequence, same_rank
from .rates import ONE_PERSON, PER_NEXT, SEVERAL_PEOPLE, Per, pers, rate_unit, said_later
from .hallucination import POINT_STEMS, covered, is_label, key_atoms, states_another_case, turned_round
from .meaning import (NEGATORS, PREPOSITIONS, asks_what_is_denied, change_pole, clauses, conflicts, deontic_kin,
                      denies_an_act, direction_word, exempted_stems, negated_starts, negations, opens_bound, opposed, polar, privated_stems,
                      privation_stated, quantified, same_direction)
from .text import (AUXILIARIES, COORDINATED_START, COORDINATORS, DETERMINERS, INTERJECTIONS, PRONOUNS, RELATIVES,
                   STOPWORDS, normalize, squash)
from .wordforms import Token, cardinal, irregular_past, participle, stem, stems, tokens, verb_of
from .wordforms import content as _content

QuestionKind = Literal["choice", "yesno", "open"]
AtomsOf = Callable[[str], list[Atom]]

_YES = frozenset("yes yeah yep correct true indeed absolutely certainly".split())
_NO = frozenset("no nope never false incorrect".split())
_EXCLUSIVE = frozenset("both neither".split())
# Words that carry no fact of their own in a question or an answer: kept out of key words.
# Function words beyond the scorers' stopwords (particles, degree words, honorifics, "every" with
# the stopwords' "each" and "all"): a reference's "up to", "at least", "about", "Dr." carry no fact
# an answer must repeat.
_FILLER = frozenset("""called known named name also one ones thing things kind type way whose whom
   answer question according document documents text up down out off least about around approximately
   roughly nearly almost around per via within without upon onto toward towards among amongst
   because since due therefore thus hence however although though whereas
   every
   dr mr mrs ms mx prof sir dame st""".split())

def content(toks: list[Token]) -> list[Token]:
    """Words that can carry a key fact: no stopwords, fillers or negators."""
    return _content(toks, _FILLER | NEGATORS)


# --- the question and the reference -----------------------------------------------------------

@dataclass
class KeyFacts:
    kind: QuestionKind
    question: set[str] = field(default_factory=set)           # the question's word stems
    question_text: str = ""
    chosen: list[Token] = field(default_factory=list)       # choice: the option the reference names
    others: list[list[Token]] = field(default_factory=list)  # choice: the options it does not
    stated: set[str] = field(default_factory=set)             # choice: the chosen option's stems the reference says
    polarity: bool | None = None                              # yes/no: True for yes
    clause: str = ""                                          # open: the reference's key clause
    words: list[Token] = field(default_factory=list)         # key content words of that clause
    elsewhere: set[str] = field(default_factory=set)         # stems only the reference's other clauses hold
    atoms: list[Atom] = field(default_factory=list)          # numbers, dates, names, codes of the key clause
    echoed: bool = False                                      # the key words are all in the question
    other_ask: str = ""                                       # open: the question's other ask, for no value
    other_words: list[Token] = field(default_factory=list)   # the reference's words outside its values
    other_text: str = ""                                      # the reference they are read from, asides blanked
    other_bounds: list[tuple[Atom, Bound]] = field(default_factory=list)   # its values' bounds ("capped at £10")
    frees: bool = False                                       # open: the reference leaves something free ("need not rebook")


_OR = re.compile(r"\s(?:or|vs\.?|versus)\s", re.IGNORECASE)
_AND = re.compile(r"\s(?:and|or|&)\s|,\s", re.IGNORECASE)
# a colon between digits is a time's ("at 19:00 or at 19:30?"), no break
_BREAK = re.compile(r"[,;?!()\"“”]|(?<!\d):|:(?!\d)|\s[-–—]\s")
_CLAUSE = re.compile(r";\s+|\s[-–—]\s|:\s+")


def key_facts(question: str, reference: str, sentences: list[str] | None = None,
              atoms_of: AtomsOf = extract_atoms) -> KeyFacts:
    """The key facts of a reference. `sentences`: the reference in sentences (split here when
    None); `atoms_of`: the atom extractor (a memoised one from the scoring context)."""
    q_toks = tokens(question)
    q_stems = {t.stem for t in q_toks}
    told = _without_asides(reference)   # "X (3.4%, against 2.9% for Y)": the aside names the other option
    ref_content = _option_words(_unopposed(told))
    lead = next((c for c in _CLAUSE.split(told) if c.strip()), told)
    # a yes/no question whose "or" joins words of one thing it asks about, which the reference answers
    # "No; …" or "Yes, …" ("Is the holder allowed to run the engine or a generator at a stop?")
    answered_polar = polar(question) and _explicit_polarity(reference) is not None
    choice = None if answered_polar or _answered_by_a_value(question, told, atoms_of) \
        and not _values_offered(question, atoms_of) else \
        _choice(question, ref_content, q_stems, set(stems(told)),
                [_option_words(_unopposed(lead)), ref_content, _first_step(told)])
    if choice is not None:
        chosen, others = choice
        return KeyFacts("choice", q_stems, question, chosen=chosen, others=others,
                        stated={t.stem for t in chosen} & stems(told))
    if polar(question):
        polarity = _explicit_polarity(reference)
        rest = _after_polarity_word(reference) if polarity is not None else reference
        if polarity is None:
            polarity = not _negated(tokens(reference)) and not _un_said(reference, q_stems)
        facts = _open_facts(q_stems, question, rest, None, atoms_of)
        facts.kind, facts.polarity = "yesno", polarity
        return facts
    return _open_facts(q_stems, question, reference, sentences, atoms_of)


def _answered_by_a_value(question: str, reference: str, atoms_of: AtomsOf) -> bool:
    """A question that asks for a value ("Within how many days of the deadline or the exam ...?",
    "Up to what date can members close or switch ...?") answered by one: its "or" joins words of
    the question, not options to choose from. ("When is it changed, before or after X?" answered
    "After X" still chooses: that reference gives no value.)"""
    return (_asks_for_a_number(_LIMIT_LEAD.sub("", question, count=1))
            and any(a.kind in NUMERIC_KINDS for a in atoms_of(reference)))


def _values_offered(question: str, atoms_of: AtomsOf) -> bool:
    """The question's last "or" joins two values to choose from, each a phrase of its own that gives
    one ("By when must it be in: 6 pm on the Wednesday before, or 6 pm on the Thursday?"), not words
    of a question that asks for one ("Within how many days of the deadline or the exam ...?")."""
    m = next(reversed(list(_OR.finditer(question))), None)
    if m is None:
        return False
    left = [s for s in _BREAK.split(question[:m.start()]) if s.strip()]
    right = [s for s in _BREAK.split(question[m.end():]) if s.strip()]
    return bool(left and right) and all(any(a.kind in NUMERIC_KINDS for a in atoms_of(s)) for s in (left[-1], right[0]))


# a preposition that asks for a limit or a point of it before the question words: "Within how many
# days", "Up to what date", "By when" (prepositions, a closed class)
_LIMIT_LEAD = re.compile(r"^\s*(?:up\s+to|within|by|until|till|for|after|before|from|in|at|under|over)\s+",
                         re.IGNORECASE)


def _unopposed(reference: str) -> list[Token]:
    """The reference's words less a noun phrase it names only to set its option against: "X (2007),
    two years before Y opened", "X, 3 kg heavier than Y", "X, against 17 kg for Y" choose X. A word
    of order counts only after the option ("After the board meeting." names its option by it)."""
    toks = tokens(reference)
    set_against = _contrasted(reference, _CONTRASTING | _ORDER_WORDS, after_content=True)
    return [t for t in toks if t.start not in set_against]


def _first_step(reference: str) -> list[Token]:
    """The option words of the reference's first comma clause when it denies nothing: "To the card
    provider (within 24 hours), then the FBP" gives the card provider first; "Not the FBP, …" gives nothing."""
    first = tokens(answer_clauses(reference)[0])
    return [] if negations(first) else _option_words(first)


def _named_in(said: list[Token], options: list[list[Token]]) -> set[str]:
    """The stems of what the reference says, with each option's acronym its words spell: "The
    Academic Appeals Committee" names "the AAC"."""
    return {t.stem for t in said} | {a.stem for o in options for a in o
                                     if a.is_acronym and acronym_stems(said, [a])}


def _choice(question: str, ref_content: list[Token], q_stems: set[str], ref_all: set[str],
            leads: list[list[Token]]) -> tuple[list[Token], list[list[Token]]] | None:
    """(the option the reference names, the other options) when the question offers alternatives:
    "X or Y" (the left option is the whole phrase a break sets off from the question's words, when
    it holds none of them: "Which came first, Saltgrass's first star or …"), or names the answer among others ("Between X and Y, who is older?"). The option is
    the one the reference's first clause names ("The TSC chair; the release manager is informed":
    its later clauses tell what becomes of the other), else the one the reference names, else the
    one its first comma clause names ("To X, then Y"): `leads`, in that order."""
    ref_stems = {t.stem for t in ref_content}
    m = next(reversed(list(_OR.finditer(question))), None)   # the last "or": the options end the question
    # (two words of relation may be all the reference says: "Up.")
    cores = _cores(question, m) if m is not None else None
    if cores:
        # (a way of change named in any of its words: "It fell" names "fall", "Down" names "down")
        ways = {change_pole(w, degree=False) for w in ref_all} - {None}
        hits = [c.stem in ref_all or change_pole(c.raw, degree=False) in ways for c in cores]
        if hits.count(True) == 1:
            return [cores[hits.index(True)]], [[cores[hits.index(False)]]]
    if not ref_stems:
        return None
    if m is not None:
        left = [seg for seg in _BREAK.split(question[: m.start()]) if _option_words(tokens(seg))]
        right = [seg for seg in _BREAK.split(question[m.end():]) if _option_words(tokens(seg))]
        if left and right:
            right_toks = _option_words(tokens(right[0]))
            left_toks = _option_words(tokens(left[-1]))
            right_toks = _shared_head_left_out(left_toks, right_toks)
            left_toks = _shared_head_after(left_toks, right_toks, ref_content)
            opener = _parallel_opener(question, m)
            opened = _option_words(tokens(question[opener.start: m.start()])) if opener is not None else []
            if opener is not None and (_relation_word(opener) or normalize(opener.raw) not in STOPWORDS
                                       and {t.stem for t in opened} - {t.stem for t in right_toks}
                                       and not _BREAK.search(question, opener.start, m.start())
                                       and " " in question[opener.start:m.start()].strip()):
                # "the occupier of No. 12 or of No. 16", "cone 6 or cone 04": the left option opens
                # where the right's first word, a word of relation or a content word, is repeated (not
                # an article: "the team named first on the fixture list or the team named second"; a
                # content word only where the option so opened is words of its own, not "best-of-one" or
                # "upward-only", and no break inside it)
                left_toks = opened or left_toks
            elif len(left) == 1 or _asks(left[-1]):
                left_toks = _option_tail(left_toks, len(right_toks))
            options = [left_toks, right_toks]
            for stems in (_named_in(lead, options) for lead in leads):
                # the share of each option's words the reference holds, then how many
                hits = [(len(o_stems & stems) / len(o_stems), len(o_stems & stems))
                        for o_stems in ({t.stem for t in o} for o in options)]
                if max(hits)[1] > 0 and hits.count(max(hits)) == 1:
                    best = hits.index(max(hits))
                    return options[best], [options[1 - best]]
            # (content words that do not decide: the options may differ in small words)
            parted = _parted_by_small_words(left[-1], right[0], ref_all)
            if parted is not None:
                return parted
    if ref_stems <= q_stems:
        others = _coordinated(question, ref_stems)
        if others:
            return ref_content, others
    return None


def _shared_head_after(left: list[Token], right: list[Token], ref_content: list[Token]) -> list[Token]:
    """The left option with the head noun the right one ends on, where the question writes it once
    after both ("morning or afternoon appointments") and the reference writes the left option with it
    ("Morning appointments, because his wife works in the afternoons"): the options are each a kind
    of that head, and the head decides neither."""
    if not left or len(right) < 2 or left[-1].stem in {t.stem for t in right}:
        return left   # ("loose chalk or chalk balls": "chalk" opens the right option, no head of the left)
    head = right[-1]
    said = any(a.stem == left[-1].stem and b.stem == head.stem for a, b in zip(ref_content, ref_content[1:]))
    return [*left, head] if said else left


def _shared_head_left_out(left: list[Token], right: list[Token]) -> list[Token]:
    """The right option without the head noun both options share, written once after it ("the
    standard-season or the peak-season rate": the options are "standard-season" and "peak-season",
    each a rate): the words after the right's word that ends the left option."""
    if not left:
        return right
    at = next((i for i, t in enumerate(right) if t.stem == left[-1].stem), None)
    return right[:at + 1] if at is not None and 0 < at < len(right) - 1 else right


def _parted_by_small_words(left: str, right: str, said: set[str]) -> tuple[list[Token], list[list[Token]]] | None:
    """Options that share their content words and differ in small ones ("best-of-one or
    best-of-three", "upward-only or upwards and downwards", "a one-year or a three-year term"): each option as all its words but
    determiners (the left one as many words as the right, ending at "or"), and the one whose own
    word the reference says (`said`: all its stems) where it says no word of the other's own."""
    # (a head noun both share, written once after the right: "a one-year or a three-year term")
    left_all = [t for t in tokens(left) if normalize(t.raw) not in DETERMINERS]
    right_toks = _shared_head_left_out(left_all, [t for t in tokens(right) if normalize(t.raw) not in DETERMINERS])
    left_toks = left_all[-len(right_toks):]
    if not left_toks or not right_toks:
        return None
    own = [{t.stem for t in left_toks} - {t.stem for t in right_toks},
           {t.stem for t in right_toks} - {t.stem for t in left_toks}]
    hits = [bool(o & said) for o in own]
    if hits.count(True) != 1:
        return None
    best = hits.index(True)
    options = [left_toks, right_toks]
    return options[best], [options[1 - best]]


def _option_words(toks: list[Token]) -> list[Token]:
    """The words that can name an option: the content words, and acronyms and label letters that
    are written like a function word ("the TO or the MC": the Tenancy Officer; "Tier A or Tier B")."""
    kept = {id(t) for t in content(toks)}
    return [t for i, t in enumerate(toks) if id(t) in kept or t.is_acronym or _is_label(toks, i)]


def _is_label(toks: list[Token], i: int) -> bool:
    """A capital letter that marks the name before it ("Tier A", "Plan B", "Phase I"): part of the
    name, never the article or pronoun it is spelled like."""
    return _letter(toks[i]) and i > 0 and toks[i].start - toks[i - 1].end == 1 and is_label(toks[i - 1].raw, toks[i].raw)


def _letter(t: Token) -> bool:
    return len(t.raw) == 1 and t.raw.isupper()


def _without_asides(text: str) -> str:
    """The text less what it says in brackets, unless nothing else is left."""
    rest = _BRACKETED.sub(" ", text)
    return rest if content(tokens(rest)) else text


def _blank_asides(text: str) -> str:
    """The text with what it says in brackets blanked, every other word where it was."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


_OPTION_REACH = 5   # words before "or" within which a repeated opening word marks parallel phrases


def _parallel_opener(question: str, m: re.Match) -> Token | None:
    """Where the left option of "X or Y" opens when the right one repeats a word just before "or"
    ("on the organ or on the piano", "the occupier of No. 12 or of No. 16"): that word nearest
    "or", else None."""
    before, after = tokens(question[: m.start()]), tokens(question[m.end():])
    if not before or not after:
        return None
    return next((t for t in reversed(before[:-1][-_OPTION_REACH:]) if t.stem == after[0].stem), None)


def _relation_word(t: Token) -> bool:
    """A function word that is no article or other determiner ("of", "on", "with")."""
    return normalize(t.raw) in STOPWORDS and normalize(t.raw) not in DETERMINERS


# the prepositions that open a phrase (a closed class)
_PHRASE_PREPOSITIONS = frozenset("""in on at by of for from with to into onto via under over near behind inside
   outside within""".split())


def _cores(question: str, m: re.Match) -> list[Token] | None:
    """"with or without food", "before or after the LM has approved it", "larger or smaller than
    X": the two words either side of "or" are the options when they are words of relation, which
    the content-word options would drop, or share what follows them (a function word opens it:
    "after the", "smaller than"; in "dental care or vision care" a noun follows, and the options
    are the phrases)."""
    before, after = tokens(question[: m.start()]), tokens(question[m.end():])
    if not before or not after:
        return None
    left, right = before[-1], after[0]
    # the two ways an amount may go ("did the price go up or down?", "did it rise or fall between
    # 2025 and 2026?")
    if None is not change_pole(left.raw, degree=False) != change_pole(right.raw, degree=False) is not None:
        return [left, right]
    if left.raw[:1].isupper() or right.raw[:1].isupper():
        return None
    # not two words but two phrases or clauses: a comma closes the left one ("by email only, or by
    # post"), an auxiliary opens a question of its own ("still in place, or has it been removed?"),
    # the right one repeats the word that opens the left ("on the organ or on the piano", "from a
    # grant or from a legacy")
    if question[left.end: m.start()].strip() or normalize(right.raw) in AUXILIARIES \
            or _parallel_opener(question, m) is not None:
        return None
    # a determiner starts the option's noun phrase ("the black box or the grey bin"): no relation word
    if normalize(left.raw) in DETERMINERS or normalize(right.raw) in DETERMINERS:
        return None
    # two phrases each opened by a preposition ("in person or by telephone", "kept in the fridge or at
    # room temperature", "the approver of the plan or only an informed party"): a function word
    # after "or" opens the right phrase, and the left word is the end of a phrase of its own
    if normalize(right.raw) in STOPWORDS and normalize(left.raw) not in STOPWORDS \
            and any(normalize(t.raw) in _PHRASE_PREPOSITIONS for t in before[-3:-1]):
        return None
    if normalize(left.raw) in STOPWORDS or normalize(right.raw) in STOPWORDS:
        return [left, right]
    if len(after) > 1 and after[1].start - right.end <= 1 and normalize(after[1].raw) in STOPWORDS:
        return [left, right]
    return None


def _coordinated(question: str, chosen: set[str]) -> list[list[Token]]:
    """The names coordinated with the chosen one in the question ("X and Y", "X, Y or Z")."""
    runs = _name_runs(tokens(question))
    # the reference must name a whole one of them: "magazine" is no choice of "Summit Magazine"
    at = next((i for i, r in enumerate(runs) if r and {t.stem for t in r} <= chosen), None)
    if at is None:
        return []
    out = []
    for j in (at - 1, at + 1):
        if 0 <= j < len(runs):
            lo, hi = sorted((runs[j], runs[at]), key=lambda r: r[0].start)
            if _AND.fullmatch(question[lo[-1].end:hi[0].start]):
                out.append([t for t in runs[j] if t.stem not in chosen])
    return [o for o in out if o]


def _name_runs(toks: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words (names), the question's first word aside."""
    runs, cur = [], []
    for i, t in enumerate(toks):
        if i > 0 and (t.raw[:1].isupper() or t.raw[:1].isdigit()):
            if cur and t.start - cur[-1].end > 1:
                runs.append(cur)
                cur = []
            cur.append(t)
        elif cur and normalize(t.raw) in ("of", "the", "for", "de", "and") and i + 1 < len(toks) \
                and toks[i + 1].raw[:1].isupper() and normalize(t.raw) != "and":
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [[t for t in r if normalize(t.raw) not in STOPWORDS] for r in runs]


# the question words (a closed class): a segment that holds one is the question's, not an option
_WH = re.compile(r"\b(?:which|what|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)


def _asks(segment: str) -> bool:
    """The segment holds the question's own words: a question word or an auxiliary ("are the
    readings expected to rise"), which no option of a choice needs."""
    return bool(_WH.search(segment)) or any(normalize(t.raw) in AUXILIARIES for t in tokens(segment))


def _option_tail(toks: list[Token], right_len: int) -> list[Token]:
    """The left option of "… first X or Y": a run of names ending at "or" when there is one
    (the question's own words stand before it), else as many words as the right option has."""
    caps = []
    for t in reversed(toks):
        if not t.raw[:1].isupper() and not t.raw[:1].isdigit():
            break
        caps.append(t)
    if caps and len(caps) < len(toks):
        return list(reversed(caps))
    return toks[-max(1, right_len):]


def _open_facts(q_stems: set[str], question: str, reference: str, sentences: list[str] | None,
                atoms_of: AtomsOf) -> KeyFacts:
    clauses = _clauses(sentences or [c.text for c in split_claims(reference)] or [reference])
    if _asks_for_a_number(question):
        # "How many ...?" is answered by the clause that gives a number, not the one that
        # restates the question best
        numeric = [c for c in clauses if any(a.value is not None for a in atoms_of(c))]
        clauses_for_key = numeric or clauses
    else:
        clauses_for_key = clauses
    whole = key_clause(q_stems, clauses_for_key, question) if clauses else ""
    clause = _counted(_head(whole, question), question)
    atoms = _not_asides(key_atoms(clause, question, atoms_of) if clause else [], clause)
    if not atoms and clause and _HOW_MANY_OR_MUCH.search(question):
        # the count asked is one the question gives in another role ("If fewer than 6 delegates
        # attend, how many does the customer pay for?" – "6 delegates"): still the answer's to state
        atoms = _not_asides([a for a in atoms_of(clause) if a.value is not None and a.kind not in DATE_KINDS], clause)
    working = _working_at(atoms, clause, question)
    if working is not None:
        atoms = [a for a in atoms if a.end <= working]
    atoms = _current_values(atoms, clause, question)
    # the atoms' words are judged as atoms ("24 months" = "2 years"), not again as words
    spans = [(m.start(), m.end()) for a in atoms for m in re.finditer(re.escape(a.text), clause)]
    words = [t for t in content(tokens(clause)) if t.stem not in q_stems
             and not any(lo <= t.start < hi for lo, hi in spans) and (working is None or t.start < working)]
    key_stems = {t.stem for t in content(tokens(clause))}
    # the head's own apposition ("a workshop certified by Corvane") describes it: no other role
    elsewhere = {t.stem for c in clauses if c != whole for t in content(tokens(c))} - key_stems - q_stems
    echoed = False
    if not words and not atoms:
        # every word of the answer is in the question ("Sojourners and KO Magazine share what
        # format?" - "magazine"): the words still are the key fact, but a copy of the question's
        # own phrase ("KO Magazine") does not state it
        words = [t for t in content(tokens(clause)) if not any(lo <= t.start < hi for lo, hi in spans)]
        echoed = bool(words)
    facts = KeyFacts("open", q_stems, question, clause=clause, words=_dedupe(words), elsewhere=elsewhere,
                     atoms=atoms, echoed=echoed, frees=bool(_LEFT_FREE.search(reference)))
    if atoms:
        _read_other_ask(facts, question, reference, atoms_of)
    return facts


# a question that asks for a count or an amount, wherever in it ("If …, how many …?")
_HOW_MANY_OR_MUCH = re.compile(r"\bhow\s+(?:many|much)\b", re.IGNORECASE)


def _read_other_ask(facts: KeyFacts, question: str, reference: str, atoms_of: AtomsOf) -> None:
    """Where the question also asks for no value (`_wordy_ask`), the reference's words that answer
    it: all its content words outside its values and the question's, less prepositions ("through
    salary exchange" is "by salary exchange") and words of a value ("at half fee": 50% is the atoms'
    to judge); none where a name or code the question does not give answers it ("Room G4 on the
    ground floor")."""
    other = _wordy_ask(question)
    if not other:
        return
    told = _blank_asides(reference)
    found = atoms_of(told)
    if not _ASKS_WHO.search(question) and any(a.kind in NAME_KINDS and normalize(a.text) not in normalize(question)
                                               and not _POSSESSIVE_END.match(told, a.end) for a in found):
        return   # (a possessor answers nothing: "in the sitting room of Mrs Marlow's home")
    values = [(a.start, a.end) for a in found]
    facts.other_ask, facts.other_text = other, told
    facts.other_bounds = [(a, b) for a in extract_atoms(told) if (b := bound_of(told, a)) is not None]

    # a part of the reference that gives a value answers the value's ask with all its words ("White
    # LED lamps, spaced no more than 3 m apart"), where another part gives none
    parts = [(m.start(), m.end()) for m in _REFERENCE_PART.finditer(told)]
    valued = [(lo, hi) for lo, hi in parts if any(lo <= a < hi for a, _ in values)]
    if len(valued) < len(parts):
        values += valued
    # (a word of a closed attribute answers the ask too: "White LED lamps", "By text message and email")
    facts.other_words = _dedupe([t for t in content(tokens(told)) if t.stem not in facts.question
                                 and not any(lo <= t.start < hi for lo, hi in values)
                                 and not _bare_word(t) and not _is_count(t.raw)
                                 and (not has_value(t.raw) or len(valued) < len(parts))])


_REFERENCE_PART = re.compile(r"[^,;]+")   # a part of a reference between commas and semicolons
# an ask about the one the other ask names ("…, and what is his job?"): its words are said with the name
_OF_THE_ONE = re.compile(r"\b(?:he|she|they|him|her|his|hers|them|their)\b", re.IGNORECASE)


# the measures "how" asks for and the nouns "what" asks a number by, closed classes (`_NUMBER_QUESTION`;
# `_VALUE_ASK` reads more of each)
_HOW_MEASURES = r"many|much|long|far|old|often|large|big|high|fast|soon"
_NUMBER_NOUNS = r"percentage|share|proportion|year|date"


# a question that asks two things, one a value and one not ("What is the counterclaim for, and how
# much is it?", "When, and to which animals, is the booster given?", "When and where …?"): its
# asks, at "and" before a wh-word (a closed class); a value is asked by "how" with a measure,
# "when", "what" with a noun of measure or time, a verb of price (not with "what method"), or "what
# is it" (the value the other ask named), perhaps after a phrase set off by a comma ("After the
# first review, how often …")
_ASKS_SPLIT = re.compile(r"(?:,\s+|\s+)and\s+(?=(?:(?:to|in|at|on|from|by|with|for|within|under|after|until|between|"
                         r"during|before)\s+)?"
                         r"(?:what|which|who|whom|whose|where|when|why|how)\b)", re.IGNORECASE)
_MEASURE_NOUNS = (_NUMBER_NOUNS + r"|time|day|age|month|temperature|size|length|price|fee|charge|cost|amount|"
                  r"rate|speed|weight|height|depth|distance|deadline|notice|period|level|limit|score|number|sum|"
                  r"discount|deposit|penalty|surcharge|refund|target|total|maximum|minimum|allowance|budget|capacity")
_VALUE_ASK = re.compile(r"^\W*(?:[^,?]*,\s*(?=how|when|what))?(?:(?:within|by|for|after|up\s+to|until|at|in|from|on|to|"
                        r"between)\s+)?"
                        r"(?:how\s+(?:" + _HOW_MEASURES + r"|heavy|thick|wide|deep|late|early|quickly|warm|cold|hot|"
                        r"tall|short)|when|what\s+(?:(?:is|was|are|were|will|would|does|do|did|has|have|had)\s+)?"
                        r"(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:" + _MEASURE_NOUNS + r")s?"
                        r"|what\s+(?:is|was|are|were)\s+(?:it|that|this|they)\b)\b"
                        r"|^(?!.*\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:method|means|way|form)s?\b).*"
                        r"\b(?:cost|costs|charged|paid|priced)\b", re.IGNORECASE)
# asks answered by a name (an atom), a reason or an act, each worded freely ("what would it have done
# to the excess?" - "cut it to £150" for "reduced it to £150")
_ASK_WORDED_FREELY = re.compile(r"\b(?:who|whom|whose|why|done|doing)\b"
                                r"|\b(?:do|does|did)\s+(?:to|with|about|if|when|after|next)\b"
                                r"|\b(?:do|does|did)\W*$", re.IGNORECASE)


def _wordy_ask(question: str) -> str:
    """The ask of a two-part question that is for no value, where its other ask is for one and
    neither asks why (a reason is worded freely); or where the other asks who (a name answers it,
    an atom) and it asks for a description; "" otherwise."""
    asks = _ASKS_SPLIT.split(question)
    if (pair := _beside_who(question)) is not None:
        other = pair[1]
        # a name answers who as a value answers its ask ("What are the goalposts made of, and who
        # puts them up?"): the other ask, for a description, is for no value
        if _ASK_WORDED_FREELY.search(other) or _VALUE_ASK.search(other) or _OF_THE_ONE.search(other):
            return ""
        return other.strip(" ?")
    if len(asks) != 2 or any(_ASK_WORDED_FREELY.search(a) for a in asks):
        return ""
    valued = [bool(_VALUE_ASK.search(a)) for a in asks]
    if valued.count(True) != 1:
        return ""
    return asks[valued.index(False)].strip(" ?")


_NUMBER_QUESTION = re.compile(r"^\s*(?:how\s+(?:" + _HOW_MEASURES + r")|what\s+(?:" + _NUMBER_NOUNS + r")|when|"
                              r"in\s+what\s+year)\b", re.IGNORECASE)


def _asks_for_a_number(question: str) -> bool:
    """A question whose answer is a number, a quantity or a date (by its question words)."""
    return bool(_NUMBER_QUESTION.match(question))


_APPOSITION = re.compile(r"^(?P<head>[^,;]+?),\s+(?:the|a|an|who|which|whose|our|its|his|her|their)\s", re.IGNORECASE)


# a question that asks who and nothing else: "who" first (after a time or place set off by a comma:
# "From February 2028, who …?"), no second question word after it
_ONLY_WHO = re.compile(r"^\s*(?:[^,?]*,\s*)?(?:who|whom)\b(?!.*\b(?:which|what|who|whom|whose|when|where|why|how)\b)",
                       re.IGNORECASE | re.DOTALL)


def _head(clause: str, question: str = "") -> str:
    """The head of a short answer followed by an apposition: "Marta Okafor, the Head of People"
    answers with Marta Okafor; what follows the comma describes her. Of any length where the
    question asks only who: the one named answers it, and what follows the comma (her post, whom
    she took over from: "Dr Sian Pelloe, who replaced Dr Nikhil Varga as DEC from 1 January 2028")
    describes her."""
    m = _APPOSITION.match(clause)
    if m and content(tokens(m.group("head"))) and (len(tokens(clause)) <= 12 or _ONLY_WHO.match(question)):
        return m.group("head")
    # the post the one named acts in, after "as", describes them where the question asks only who
    # ("Cllr Martin Abbs, as Chair of the Open Spaces Committee"); not where a clause follows that
    # says what another does ("Gareth Loy, as Head of Compliance (Dr Stanek is informed)")
    m = _AS_APPOSITION.match(clause)
    if m and content(tokens(m.group("head"))) and _ONLY_WHO.match(question) \
            and not any(normalize(t.raw) in AUXILIARIES for t in tokens(clause[m.end():])):
        return m.group("head")
    return clause


_AS_APPOSITION = re.compile(r"^(?P<head>[^,;]+?),\s+as\s", re.IGNORECASE)


_HOW_MANY = re.compile(r"^\s*how\s+many\s+(?P<noun>[^\W\d_][\w'’-]*)", re.IGNORECASE)


def _counted(clause: str, question: str) -> str:
    """"How many doses …?" - "A single dose, at the Month 24 visit": the part of the clause that
    counts the asked noun answers; the other comma-parts tell when or where (an answer need not)."""
    m = _HOW_MANY.match(question)
    if m is None:
        return clause
    noun = stem(normalize(m.group("noun")))
    parts = [p for p in clause.split(", ") if p.strip()]
    counting = [p for p in parts if any(t.stem == noun for t in tokens(p))]
    if len(parts) > 1 and len(counting) == 1:
        return counting[0]
    # a count on its own before the members it counts ("Three, from 12 and 16 Orchard Rise and 5
    # Pelham Lane", "Two: the Treasurer and the Chair"): the count answers, the members are detail;
    # not before a count of a part of them ("Six, two of them from the north trench"), a fact too
    lead = _COUNT_LEAD.match(clause)
    if lead and _is_count(lead.group("count")) and not _is_count(lead.group("next")):
        return lead.group("count")
    return clause


_COUNT_LEAD = re.compile(r"^\s*(?P<count>[\w-]+)(?:,|:|\s[—–-])\s+(?P<next>[\w-]+)")   # "8,420" is one number


def _is_count(word: str) -> bool:
    return word.isdigit() or cardinal(word) is not None


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _not_asides(atoms: list[Atom], clause: str) -> list[Atom]:
    """Atoms in brackets are asides ("Hopper (2022) uses TSMC 4nm"): an answer need not repeat
    them, unless the brackets hold every atom there is."""
    outside = [a for a in atoms if not in_aside(a, clause)]
    return outside or atoms


# a comma part that names some of what the words before it cover ("The southern field, including
# the cricket square"): an aside, as a bracket is (words of inclusion, a closed class); not one with
# a value of its own, a key fact ("6 hours, including a 45-minute break")
_INCLUDED = re.compile(r",\s+(?:including|such\s+as)\s[^,;()\d]*(?=[,;().]|$)", re.IGNORECASE)


def in_aside(part: Atom | Token, text: str) -> bool:
    """`part` (an atom or a word, its offsets into `text`) is in brackets there, or in a comma part
    of inclusion: an aside ("£205 (£180 plus £25)", "the southern field, including the cricket
    square")."""
    return any(m.start() <= part.start < m.end() for rx in (_BRACKETED, _INCLUDED) for m in rx.finditer(text))


# A comma part that works the value before it out from another, after the value it gives: a
# length or amount set against another point or value by a comparative, a preposition of degree or
# a word of order ("05:50, half an hour earlier than the current 06:20", "At 19:00, 30 minutes
# before the 19:30 start", "£45, £5 more than last year", "42.4 dB, 0.6 dB below the 43 dB limit",
# "Four, one fewer than before"), or a share or multiple of another ("£35, half of the full £70
# charge", "£10, half the usual £20 fee", "£90, twice the day rate"). Comparatives, prepositions,
# words of order, fractions and multiples are closed classes.
# (Not a restatement, "i.e. by 14 May 2027": either side of it may be the one the question asks for.)
_SHARE_OF = (r"(?:half|(?:a|one)\s+(?:third|quarter|fifth|tenth)|twice|double|treble|triple|[\w.]+\s+times|"
             r"[\d.]+\s?%|[\w.]+\s+per\s?cent)\s+(?:of\s+)?(?:the|an?|its|their|his|her|your|our)\s")
_WORKING = re.compile(
    r",\s+(?:(?:which|that)\s+(?:is|was|'s|’s)\s+)?(?=(?:[\w£$€.,½-]+\s+){1,4}(?:earlier|later|sooner|"
    r"before|after|more|less|fewer|longer|shorter|higher|lower|up|down|over|under|above|below)\b|"
    + _SHARE_OF + ")", re.IGNORECASE)
_SHARE_OPENS = re.compile(_SHARE_OF, re.IGNORECASE)


# the words that bound or hedge a value before it ("at least 21 days before build-up"): the working
# still opens with its value (`numbers.QUALIFIER_WORDS`, a closed class)
_QUALIFIED = re.compile(rf"\s*(?:{QUALIFIER_WORDS})\s*$", re.IGNORECASE)


def _working_at(atoms: list[Atom], clause: str, question: str = "") -> int | None:
    """Where a part that works the clause's value out starts (`_WORKING`), None when none does:
    "05:50, half an hour earlier than the current 06:20" is answered by "05:50." (or "ten to six");
    the length and the point it is set against are the working, as a choice's reference sets its
    option against another, and so are its words ("Four, one fewer than before" is answered by "four
    floors"). Only where a value (an atom, or a count in words) stands before the working part and
    the part opens with a value of its own, or a share of one ("half the usual £20 fee"); where the
    question asks when, one bounded too: "By 13 March 2028, at least 21 days before build-up" is
    answered by the date."""
    toks = tokens(clause)
    when = bool(_ASKS_WHEN.search(question))
    for m in _WORKING.finditer(clause):
        before = [a for a in atoms if a.end <= m.start()] or [t for t in toks if t.end <= m.start() and _is_count(t.raw)]
        part = [a for a in atoms if a.start >= m.end()]
        first = min((a.start for a in part), default=None)
        if first is None or clause[m.end():first].strip() and not (when and _QUALIFIED.match(clause[m.end():first])):
            # the part opens with a count in words, not an atom ("one fewer than before")
            after = [t for t in toks if t.start >= m.end()]
            first = after[0].start if after and (_is_count(after[0].raw) or _SHARE_OPENS.match(clause, after[0].start)) \
                else None
        if not before or first is None:
            continue   # the part opens with words, not the value it sets against another
        return m.start()
    return None


# A value the reference says another replaced: after a verb of change and "from", or a word that
# marks the earlier one ("6 months, shortened from the original 12 months", "£25,000, raised from
# £20,000", "£40 (previously £35)", "now Thursday instead of Friday", "Priya Lindqvist, taking over
# from Alan Whitcombe"). Verbs of change, the words of an earlier value and those of replacing are
# closed classes.
_REPLACED_BEFORE = re.compile(
    r"(?:\b(?:raised|increased|cut|reduced|lowered|shortened|lengthened|extended|moved|changed|brought\s+forward|"
    r"put\s+back|up|down|rose|fell|risen|fallen|rising|falling|going\s+up|going\s+down)\s+from|"
    r"\b(?:previously|formerly|instead\s+of|rather\s+than|replacing|in\s+place\s+of)|"
    # one holder after another: "taking over from", "who took this over from", "who replaced",
    # "succeeding", "in succession to" (verbs of succession: a closed class)
    r"\b(?:(?:take|takes|taking|took|taken)\s+(?:(?:this|it|that|them|(?:the|her|his|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:role|post|duty|duties|job|task|work|position))\s+)?over\s+from|replaced|replaces|succeed(?:s|ed|ing)|"
    r"in\s+succession\s+to))"
    r"\s+(?:(?:the|an?|its|their)\s+)?(?:(?:original|old|previous|former|earlier|current|printed)\s+)?$", re.IGNORECASE)


def replaced_in(text: str, atom: Atom | Token) -> bool:
    """`atom` (a span of `text`: a value, or a word of one) is a value `text` says another replaced
    (`_REPLACED_BEFORE`: "up from £7.50", "previously 05:30", "moved from Tuesday")."""
    return bool(_REPLACED_BEFORE.search(text, 0, atom.start))


# The question asks for a point in time: "when", "since", "effective", or "what/which … date/day"
# with the date or day the thing asked, the question's verb or a preposition after it ("On what date
# does it end?", "What day of the week …?"), not a word that only qualifies another noun ("the fee for
# a Day Permit", "What day rate …?"). Question words, auxiliaries and prepositions are closed classes.
_ASKS_WHEN = re.compile(
    r"\b(?:when|since|effective|from\s+what)\b|\b(?:what|which)\s+(?:[\w'’-]+\s+){0,3}?(?:date|day)s?"
    r"(?=\s*(?:[?,.;:]|$)|\s+(?:is|are|was|were|does|do|did|will|would|must|can|could|should|shall|may|has|have|"
    r"had|of|for|on|from|by|in|at|that)\b)", re.IGNORECASE)


def _current_values(atoms: list[Atom], clause: str, question: str) -> list[Atom]:
    """The key atoms less each value the reference says was replaced (`_REPLACED_BEFORE`) by one of
    its own kind stated before it, and the date after it that the change took effect, unless the
    question asks when: the earlier value is a detail of the answer, as an aside is ("Six months."
    answers "6 months, shortened from the original 12 months"; "£25,000." answers "£25,000, raised
    from £20,000 from 1 December 2027" to "What is the current limit?")."""
    # (of its own kind: the same unit, or a rate's amount with its period left to the value it
    # replaced: "£8.50 a month, up from £7.50"; or a bare number that leaves its unit to the value
    # before it: "50 Trays per delivery, up from 40")
    replaced = [a for a in atoms if replaced_in(clause, a)
                and any(b.end <= a.start and (b.kind == a.kind and amount_unit(b.unit) == amount_unit(a.unit)
                                              and (b.unit == a.unit or not denominator(a.unit))
                                              or a.kind == "number" and not a.unit and b.kind == "quantity")
                        for b in atoms if b is not a)]
    if replaced and not _ASKS_WHEN.search(question):
        replaced += [a for a in atoms if a.kind in DATE_KINDS and a.start > replaced[0].end and a not in replaced]
    if not _ASKS_WHEN.search(question):
        replaced += [a for a in _took_effect(atoms, clause) + _dated_detail(atoms, clause, question)
                     if a not in replaced]
    kept = [a for a in atoms if a not in replaced]
    return kept or atoms


def _dated_detail(atoms: list[Atom], clause: str, question: str) -> list[Atom]:
    """The dates after the clause's first comma where the question asks for an amount, and one
    comes before the comma: the date a value falls on ("At least 10 weeks, with a final date of
    Friday 24 March 2028") details the amount asked, unless the question asks when (checked by
    the caller) or asks two things. Days of the calendar only: a time of day is a value of its own
    ("Every 15 minutes, 07:00 to 19:00"), and so is a deadline or a span's end."""
    cut = clause.find(", ")
    if cut <= 0 or not (_asks_for_a_number(question) or _VALUE_ASK.match(question)) or _TWO_ASKS.search(question) \
            or not any(a.end <= cut and a.kind not in DATE_KINDS and a.value is not None for a in atoms):
        return []
    return [a for a in atoms if a.start > cut and a.kind == "date" and not _DEADLINE_BEFORE.search(clause, 0, a.start)
            and not _SPAN_END_AFTER.match(clause, a.end) and not _SPAN_START_BEFORE.search(clause, 0, a.start)]


# A date that sets a deadline ("returnable if brought back by 31 December") or ends a span ("from 1
# April 2026 to 31 March 2029") is part of a condition or a length of its own, no date a value falls
# on (prepositions of a deadline and of a span's end: closed classes)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SPAN_START_BEFORE = re.compile(r"(?:\b(?:to|until|till|through)\s+|[-–—]\s*)(?:\w+\s+)?$", re.IGNORECASE)


# The date a value took effect, set off after it: ", since 1 May 2028", ", from 1 June 2028", ", with
# effect from …", ", as of …", ", effective …" (prepositions and words of taking effect: a closed class)
_TOOK_EFFECT_BEFORE = re.compile(
    r"[,;]\s*(?:(?:(?:with\s+effect|effective|starting|commencing|beginning)\s+)?(?:from|since|as\s+(?:of|from))|"
    r"effective|starting|commencing|beginning)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# … and not the start of a span, whose end goes with it ("from 1 April to 31 October")
_SPAN_END_AFTER = re.compile(r"\s*(?:(?:to|until|till|through|and)\b|[-–—])", re.IGNORECASE)


def _took_effect(atoms: list[Atom], clause: str) -> list[Atom]:
    """The dates of `atoms` that say when the value before them took effect (`_TOOK_EFFECT_BEFORE`):
    a detail of the current value unless the question asks when ("Declan Hurst." answers "Who is
    the Account Manager now?" with "Declan Hurst, since 1 May 2028"), as the date after a replaced
    value is. Only after another value (a time of day too): the date is no detail of a clause that
    states nothing else."""
    return [a for a in atoms if a.kind == "date" and _TOOK_EFFECT_BEFORE.search(clause, 0, a.start)
            and not _SPAN_END_AFTER.match(clause, a.end)
            and any(b.end <= a.start and b.kind not in ("date", "year") for b in atoms)]


def _clauses(sentences: list[str]) -> list[str]:
    return [c.strip() for s in sentences for c in _CLAUSE.split(s) if c.strip()]


def key_clause(q_stems: set[str], clauses: list[str], question: str = "") -> str:
    """The clause of the reference that answers the question: the one sharing most content words
    with it (the first of equals). Later clauses of a long reference elaborate or name other
    roles ("The department head; the line manager is informed"); an answer need not repeat them.
    A reference that opens with a bare phrase answers by it, not by a later clause that denies an
    act of another ("The Member Farm; CBS staff do not gather sheep" answers "Who gathers the
    sheep?" by its first), unless the question asks what is denied."""
    # a clause that only restates the question ("…; that is its biggest bottleneck") answers nothing
    stems = [{t.stem for t in content(tokens(c))} for c in clauses]
    clauses = [c for c, own in zip(clauses, stems) if not own or own - q_stems] or clauses
    overlap = [len(q_stems & {t.stem for t in content(tokens(c))}) for c in clauses]
    best = clauses[max(range(len(clauses)), key=lambda i: (overlap[i], -i))]
    if best is not clauses[0] and _bare_phrase(clauses[0]) and denies_an_act(tokens(best)) \
            and not asks_what_is_denied(question) and not negations(tokens(question)):
        return clauses[0]
    return best


def _bare_phrase(clause: str) -> bool:
    """A clause that only names something: a few words, no auxiliary and no negation ("The Member
    Farm", "The department head")."""
    toks = tokens(clause)
    return 0 < len(toks) <= _APPOSITION_WORDS and not any(normalize(t.raw) in AUXILIARIES for t in toks) \
        and not negations(toks)


def _dedupe(toks: list[Token]) -> list[Token]:
    seen, out = set(), []
    for t in toks:
        if t.stem not in seen:
            seen.add(t.stem)
            out.append(t)
    return out


# the yes or no word, bold or italic or not ("**No**."), then punctuation or the end
_POLAR = re.compile(r"\s*[*_]{0,3}(?P<w>[^\W\d_]+)[*_]{0,3}\s*(?P<p>[,.;:!—–(-]|$)?\s*[*_]{0,3}[,.;:!—–-]*\s*")
# a short label before it, ending in a colon: "Short answer: no", "In short: yes", "Answer: No."
_LEAD_IN = re.compile(r"\s*[*_]{0,3}(?:[^\W\d_]+\s+){0,2}[^\W\d_]+[*_]{0,3}\s*:[*_]{0,3}\s*")
# an adverb in -ly before it, with or without a comma: "Normally no", "Generally, yes"; or an
# interjection or discourse marker, a closed class ("Sorry, no", "Well, yes", "Ah no")
_HEDGE_LEAD = re.compile(rf"\s*[*_]{{0,3}}(?:[^\W\d_]{{2,}}ly|{'|'.join(sorted(INTERJECTIONS))})[*_]{{0,3}},?\s+"
                         r"(?=[*_]{0,3}(?:yes|no)\b)",
                         re.IGNORECASE)


def _polar_lead(text: str) -> tuple[bool | None, int]:
    """The yes or no a text opens with, and where what follows it starts: "Yes, …" / "Yes it is" /
    "No." / "No; …" / "Short answer: **no**." / "Normally no, …" (an adverb of manner hedges it,
    the answer stays no) — but not "No employee may …" (a determiner)."""
    lead = _LEAD_IN.match(text) or _HEDGE_LEAD.match(text)
    for start in (0, lead.end()) if lead else (0,):
        m = _POLAR.match(text, start)
        if not m:
            continue
        first = normalize(m.group("w"))
        if first in _YES:
            return True, m.end()
        if first in _NO and m.group("p") is not None:
            return False, m.end()
    return None, 0


def _un_said(text: str, q_stems: set[str]) -> bool:
    """The text denies a word of the question by its "un-" form: "the post left it unchanged" for
    "did the post change it?", "it went unpaid" for "was it paid?"."""
    return any(t.stem.startswith("un") and t.stem[2:] in q_stems for t in tokens(text))


def _explicit_polarity(text: str) -> bool | None:
    return _polar_lead(text)[0]


def _after_polarity_word(text: str) -> str:
    """What follows the yes or no a text opens with (the whole text when it opens with neither)."""
    return text[_polar_lead(text)[1]:]


def _negated(toks: list[Token]) -> bool:
    return bool(negations(toks))


# --- the answer -------------------------------------------------------------------------------

@dataclass
class Judgement:
    correct: bool
    missing: list[str] = field(default_factory=list)   # key words or options not stated
    reason: str | None = None                           # why not correct, one line


def judge(facts: KeyFacts, answer: str, vocab: Vocabulary | None = None,
          answer_atoms: list[Atom] | None = None) -> Judgement:
    """Whether `answer` states the key facts. The key clause's atoms decide when it has any (each
    stated by an atom of the answer that is the same fact); its words otherwise."""
    vocab = vocab or Vocabulary()
    if facts.atoms and answer_atoms is None:
        answer_atoms = extract_atoms(answer)
    squashed, toks = squash(answer), tokens(answer)
    missing = [k.text for k in facts.atoms
               if not covered(k, answer_atoms or [], squashed, toks, vocab, facts.question,
                              source=facts.clause, answer=answer, keys=facts.atoms)
               and not _possessor_left_out(k, facts, answer, toks) and not _glossed(k, facts, toks)
               and not _post_nominal(k, facts)]
    if any(all(a.text not in missing for a in names) for names in _apposed(facts)):
        missing = []   # "who": one of the names in apposition names the one asked about
    key_texts = [a.text for a in facts.atoms]
    found = _judge(facts, answer, vocab, missing, key_texts)
    if found.correct and facts.kind == "open":
        role = _other_role(facts, answer, key_texts, vocab) or _reversed_order(facts, answer) \
            or _denied(facts, answer) or _other_value(facts, answer)
        if role:
            return Judgement(False, [], role)
        if unneeded := _need_denied(facts, answer):
            return Judgement(False, [unneeded], f"says '{unneeded}' is not needed where the reference requires it")
    if found.correct and facts.kind in ("open", "choice"):
        keys = [facts.chosen] if facts.kind == "choice" else \
            [content(tokens(a.text)) for a in facts.atoms if a.kind in NAME_KINDS]
        confined = _confined_to_another_act(keys, answer, facts.question)
        if confined:
            return Judgement(False, [], confined)
    return found


# letters after a person's name (a first and a last name), right after it: "Gareth Oakes MRICS", "Marcus Obi RN"
_AFTER_A_NAME = re.compile(r"\b(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z]+(?:[-'’][A-Za-z]+)?),?\s$")


def _post_nominal(key: Atom, facts: KeyFacts) -> bool:
    """The key atom is letters after a person's name (a qualification or an honour: "Gareth Oakes
    MRICS"): they say what the person holds, not who; an answer that names the person may leave
    them out, as it may a title."""
    at = facts.clause.find(key.text)
    m = _AFTER_A_NAME.search(facts.clause, max(0, at - 40), at) \
        if key.kind == "entity" and re.fullmatch(r"[A-Z]{2,6}", key.text) and at > 0 else None
    return m is not None and not {m.group("first").casefold(), m.group("last").casefold()} & STOPWORDS


# a gloss in brackets right after a name, a noun phrase with an article: "WCMS (the music
# service)", "Mrs Pryce's (the Landlord's)"
_GLOSS = re.compile(r"(?:['’]s?)?\s*\(\s*(?P<gloss>(?:the|a|an)\s[^()]{1,60}?)\s*\)", re.IGNORECASE)


def _glossed(key: Atom, facts: KeyFacts, toks: list[Token]) -> bool:
    """The key clause glosses the name in brackets ("WCMS (the music service) pays") and the answer
    names it by every content word of the gloss ("The music service covers it"): the reference's
    own words say the two name one."""
    at = facts.clause.find(key.text)
    m = _GLOSS.match(facts.clause, at + len(key.text)) if key.kind in NAME_KINDS and at >= 0 else None
    if not m:
        return False
    gloss = {t.stem for t in content(tokens(_POSSESSIVE_END.sub("", m.group("gloss"))))}
    return bool(gloss) and gloss <= {t.stem for t in toks}


# a possessive's ending after a name ("Mrs Varga's", "the Trustees'"), then the words it qualifies
_POSSESSIVE_END = re.compile(r"['’]s?(?=\s)")
_WHOSE = re.compile(r"\bwhose\b|^\s*(?:who|whom)\b", re.IGNORECASE)


def _possessor_left_out(key: Atom, facts: KeyFacts, answer: str, toks: list[Token]) -> bool:
    """A name that the key clause writes as the possessor of a noun phrase ("Mrs Varga's knee
    operation", "Dev's forced diacetyl test"), where the answer states that noun phrase's every
    content word, with no possessor or with a pronoun's ("Her knee operation.", "The forced diacetyl
    test must pass"): whose it is qualifies the fact, as a detail after a comma does
    (`_detail_left_out`). Not for a question that asks for a person ("Who …?", "Whose …?"), and not
    where the answer gives the phrase another possessor ("Susan's knee operation"), which names
    another."""
    if key.kind not in NAME_KINDS or facts.kind != "open" or _WHOSE.search(facts.question_text):
        return False
    end = facts.clause.find(key.text)
    if end < 0:
        return False
    end += len(key.text)
    mark = _POSSESSIVE_END.match(facts.clause, end)
    if not mark:
        return _subject_resumed(key, facts, end, answer, toks)
    after = tokens(facts.clause[mark.end():])
    run = []
    for t in after:   # the phrase's words up to its first break or function word after a content word
        if content([t]) and (not run or t.start - run[-1].end <= 1):
            run.append(t)
        elif run:
            break
        elif normalize(t.raw) != "own":
            break
    if not run:
        return False
    said = {t.stem for t in toks}
    if not all(t.stem in said for t in run):
        return False
    return any(_unqualified(answer, toks, i) for i, t in enumerate(toks) if t.stem == run[0].stem)


def _unqualified(answer: str, toks: list[Token], first: int) -> bool:
    """The noun phrase opening at toks[first] has no possessor of its own: an article, a third
    person's possessive pronoun or a preposition before it (past "own"), or nothing in its sentence;
    and no name earlier in its sentence, who may be the possessor ("Gordon Pettifer, the Chair, is
    having a knee operation")."""
    j = first - 1 - (first > 0 and normalize(toks[first - 1].raw) == "own")
    if j >= 0 and not re.search(r"[.!?;:\n]", answer[toks[j].end:toks[j + 1].start]):
        word = normalize(toks[j].raw)
        if word not in _PHRASE_OPENERS and not frame_preposition(toks[j]):
            return False   # another word qualifies it: "her husband's knee operation", "the garden room"
    start = max((m.end() for m in re.finditer(r"[.!?;:\n]\s*", answer[:toks[first].start])), default=0)
    return not any(t.raw[:1].isupper() for t in tokens(answer[start:toks[first].start])[1:])


# words that may open the noun phrase the possessor is left out of: articles and a third person's
# possessive pronouns (closed classes)
_PHRASE_OPENERS = frozenset("the a an her his their its".split())
# a third person's pronouns, by the person they resume (a closed class)
_PERSONS = ({"she", "her", "hers", "herself"}, {"he", "him", "his", "himself"},
            {"they", "them", "their", "theirs", "themselves"})


def _subject_resumed(key: Atom, facts: KeyFacts, end: int, answer: str, toks: list[Token]) -> bool:
    """A name that opens the key clause as its subject ("Mrs Carrow has lost 2.1 kg …"), where the
    answer opens a sentence with a pronoun and the clause's next word ("She has lost 2,100 g …") and
    the question holds a pronoun of that person ("… join her mother …"): the answer's subject is the
    one the question names. Not for a question that asks for a person (`_possessor_left_out`)."""
    lead = facts.clause[:end - len(key.text)].strip(" *")
    if lead and lead.lower().rstrip(".") not in HONORIFICS | {"the"}:
        return False
    rest = tokens(facts.clause[end:])
    if not rest:
        return False
    q_words = {normalize(t.raw) for t in tokens(facts.question_text)}
    for i, t in enumerate(toks[:-1]):
        person = next((p for p in _PERSONS if normalize(t.raw) in p), None)
        if person is None or not person & q_words or toks[i + 1].stem != rest[0].stem:
            continue
        if i == 0 or re.search(r"[.!?;:\n]", answer[toks[i - 1].end:t.start]):
            return True
    return False


# "X only signs the notice", "X is only copied in": a word of scope after the subject (a closed class)
_ONLY = frozenset(("only", "merely", "just"))
# where the act ends: a break, a coordinator, or a subordinator that opens a condition of it ("X only
# gets involved if it is not resolved": the condition is no part of the act) (closed classes)
_ACT_END = re.compile(r"[.;:!?,()]|\s[-–—]\s|\s(?:and|but|while|whereas|so|if|unless|when|whenever|once|after|"
                      r"before|until|because|since)\s", re.IGNORECASE)


def _confined_to_another_act(keys: list[list[Token]], answer: str, asked: set[str]) -> str | None:
    """The answer names the key fact as the subject of "only" and an act that holds none of the
    question's words ("The EC Panel only advises; the module leader makes the decision", "Judith
    Barnes is only copied in on his emails" for "Who deals with payments?"): it confines the one
    the reference names to another act, and so denies it the one asked about. An act with a word
    of the question ("X only deals with refunds") still gives X that act. `keys`: the names of the
    key fact (names in apposition each a name of its own)."""
    keys = [k for k in keys if k]
    stems = {t.stem for k in keys for t in k}
    if not stems:
        return None
    toks = tokens(answer)
    for i, t in enumerate(toks):
        if normalize(t.raw) not in _ONLY:
            continue
        j = i - 1
        while j >= 0 and normalize(toks[j].raw) in AUXILIARIES \
                and not _ACT_END.search(answer, toks[j].end, toks[j + 1].start):
            j -= 1   # "X is only copied in": the auxiliary after the subject
        if j < 0 or toks[j].stem not in stems or normalize(toks[j].raw).endswith(("'s", "’s")):
            continue   # "Tidewrack's only dinner menu": "only" of a noun, no act
        # the subject: a key name's words right before, at least half of them; set off by commas, an
        # apposition ("the DSL, Anwen Price, only has to be informed")
        key = next((k for k in keys if toks[j].stem in {u.stem for u in k}), [])
        run = [u for u in toks[max(0, j - len(key) - 1):j + 1] if u.stem in {v.stem for v in key}]
        if 2 * len({u.stem for u in run}) < len({v.stem for v in key}):
            continue
        gap = answer[toks[j].end:toks[j + 1].start].strip()
        if gap and not (gap == "," and answer[:run[0].start].rstrip().endswith(",")) \
                or _ACT_END.search(answer, toks[j + 1].start, t.start):
            continue
        end = _ACT_END.search(answer, t.end)
        act = content(tokens(answer[t.end:end.start() if end else len(answer)]))
        if act and not {u.stem for u in act} & asked:
            said = answer[t.start:end.start() if end else len(answer)].strip()
            return f"confines the one the reference names to another act ('{said}')"
    return None


_APPOSED = re.compile(r",\s+|\s*[()]\s*")
_APPOSITION_WORDS = 6   # words of one part of an apposition ("The Client Care Coordinator")


def _apposed(facts: KeyFacts) -> list[list[Atom]]:
    """For "who" questions, the key atoms by the parts of a key clause that only names someone, in
    apposition: "The Property Manager, Dana Whitlow", "The TSC chair (Ines Valdermoor)". Each part
    names the same one, so an answer may give any; a part with a verb ("the Centre Manager is
    informed") speaks of someone else. Empty for other questions and clauses."""
    if not re.match(r"\s*who\b", facts.question_text, re.IGNORECASE) or not facts.atoms:
        return []
    groups, at = [], 0
    for part in _APPOSED.split(facts.clause):
        start = facts.clause.find(part, at)
        at = start + len(part)
        words = tokens(part)
        if not content(words):
            continue
        if len(words) > _APPOSITION_WORDS or any(normalize(t.raw) in AUXILIARIES for t in words):
            return []
        groups.append([a for a in facts.atoms if start <= a.start < at])
    named = [g for g in groups if g]
    return named if len(named) >= 2 and sum(map(len, named)) == len(facts.atoms) else []


def _other_value(facts: KeyFacts, answer: str) -> str | None:
    """A word of the key clause that names one value of a closed attribute (`alternatives`:
    "North-east, towards the Millbrook") that the answer leaves out, naming another value of it
    instead, in its first sentence, the answer proper ("South-west, away from the Millbrook";
    later sentences may add what holds of another value: "On Saturdays the window is shorter"):
    another fact, whatever atoms it shares. A value the key clause names too is none
    ("Friday 12 March (replacing Thursday 4 March)")."""
    forms = {normalize(t.raw) for t in tokens(answer)}
    theirs = {normalize(t.raw) for t in tokens(facts.clause)}
    sentences = split_claims(answer, clauses=False)
    first = tokens(sentences[0].text) if sentences else []
    for w in facts.words:
        if not has_value(w.raw) or {normalize(w.raw), *same_value_words(w.raw)} & forms:
            continue
        if replaced_in(facts.clause, w):
            continue   # a value the reference says was replaced ("Friday (moved from Tuesday)"): no key fact
        other = next((t for t in first if exclusive(t.raw, w.raw) and normalize(t.raw) not in theirs), None)
        if other is not None:
            return f"says '{other.raw}' where the reference says '{w.raw}'"
    return None


def _denied(facts: KeyFacts, answer: str) -> str | None:
    """The answer names the key fact only to deny it: "it is not accessible by US 60", "the
    answer is not Kato". Every mention of the key fact stands in a negation's scope. A value is
    mentioned by its number: its unit alone names another value ("annually instead of every six
    months" does not deny "12 months")."""
    keys = {t.stem for k in facts.atoms for t in content(tokens(k.text))
            if k.kind in NAME_KINDS or t.raw[:1].isdigit() or cardinal(t.raw)} | {t.stem for t in facts.words}
    clause = tokens(facts.clause)
    if not keys or negations(clause) or privated_stems(clause) or asks_what_is_denied(facts.question_text):
        # the key fact is itself a denial ("a doctor's note is not required", "fees are
        # non-refundable"), or the question asks one
        return None
    nothing = _NOTHING.match(answer)
    if nothing and not _asks_for_a_number(facts.question_text):
        # "Nothing: they don't need one": what the question asks for is denied outright, whatever follows
        return f"answers '{nothing.group('q')}' where the reference names '{facts.clause.strip()}'"
    toks = tokens(_after_polarity_word(answer) if _explicit_polarity(answer) is not None else answer)
    mentions = [i for i, t in enumerate(toks) if t.stem in keys]
    if not mentions:
        return None
    denied = set()
    for neg, _ in negations(toks):
        at = next(i for i, t in enumerate(toks) if t == neg)
        reach = range(at + 1, _denial_end(answer, toks, at))
        first = next((i for i in reach if i in mentions), None)
        if first is not None and has_comparator(answer[neg.end:toks[first].start]):
            continue   # "can't exceed three months": a bound on the key fact, not a denial of it
        if _insufficient(facts.clause) and _SUFFICIENT.match(answer, neg.end):
            continue   # "there wasn't enough collagen" says the "too little collagen" of the reference
        denied.update(reach)
    if all(i in denied for i in mentions):
        return "names the reference's key fact only to deny it"
    return None


# a need denied: "you don't need a receipt", "doesn't have to be on a lead", "no need to book",
# what is needed said after it; "a receipt isn't required", said before it; "no receipt is needed"
_NEED_DENIED_BEFORE = re.compile(r"\b(?:(?:do|does|did|will|would)(?:n't|\s+not)|never|no\s+longer)\s+(?:need|have\s+to|require)\b"
                                 r"|\bno\s+need\b|\bneedn't\b", re.IGNORECASE)
_NEED_DENIED_AFTER = re.compile(r"\b(?:is|are|was|were|be)(?:n't|\s+not|\s+never)\s+(?:needed|required|necessary|compulsory|mandatory)\b",
                                re.IGNORECASE)
_NO_NEEDED = re.compile(r"\bno\s+((?:[\w'’-]+\s+){1,3}?)(?:is|are|was|were|will\s+be)\s+(?:needed|required|necessary)\b",
                        re.IGNORECASE)
# a degree, not a denial: "crews don't have to go out as often"
_AS_OFTEN = re.compile(r"\b(?:as|so)\s+(?:often|much|many|long|far|early|soon|frequently)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:,—–]|\s-\s|\b(?:but|and|although|though|because|so|as\s+long\s+as|unless|if)\b", re.IGNORECASE)


def _need_denied(facts: KeyFacts, answer: str) -> str | None:
    """A word of the reference's own (none of the question's) that the answer says only is not
    needed: "Up to £6 a day, and you don't need a receipt" for "Up to £6 a day, with a receipt",
    "Biscuit doesn't need to be on a lead" for "(on a lead)". Not a word the reference exempts or
    makes privative ("the call-out fee is waived"), nor where it denies anything itself ("a doctor's
    note is not required"), nor a need of degree ("don't have to go out as often"). Returns the word
    or None."""
    clause = tokens(facts.clause)
    if facts.kind == "yesno" or negations(clause):
        return None
    own = {t.stem for t in content(clause)} - facts.question - exempted_stems(clause) - privated_stems(clause)
    if not own:
        return None
    scopes = []
    for m in _NEED_DENIED_BEFORE.finditer(answer):
        end = _CLAUSE_END.search(answer, m.end())
        stop = end.start() if end else len(answer)
        if not _AS_OFTEN.search(answer, m.end(), stop):
            scopes.append((m.end(), stop))
    for m in _NEED_DENIED_AFTER.finditer(answer):
        starts = [e.end() for e in _CLAUSE_END.finditer(answer, 0, m.start())]
        scopes.append((starts[-1] if starts else 0, m.start()))
    scopes += [m.span(1) for m in _NO_NEEDED.finditer(answer)]
    if not scopes:
        return None
    said = tokens(answer)
    for t in content(said):
        if t.stem in own and all(any(a <= u.start < b for a, b in scopes) for u in said if u.stem == t.stem):
            return t.raw
    return None


# Insufficiency (closed classes of English): "too little X", "too few X", "insufficient X" say what
# "not enough X" says; a negation of sufficiency denies the amount, not X.
_INSUFFICIENT = re.compile(r"\btoo\s+(?:little|few)\b|\b(?:insufficient|inadequate)(?:ly)?\b", re.IGNORECASE)
_SUFFICIENT = re.compile(r"\W*(?:\w+\s+)?(?:enough|sufficient(?:ly)?|adequate(?:ly)?)\b", re.IGNORECASE)


def _insufficient(clause: str) -> bool:
    return bool(_INSUFFICIENT.search(clause))


_DENIAL_REACH = 6   # words after a negator that it can deny ("is not accessible by US 60")
# where a negator's scope ends: a sentence, a semicolon clause, a dash or colon ("Nothing — it's free")
_DENIAL_STOP = re.compile(r"[.;!?](?:\s|$)|[—–:]|\s-\s")


def _denial_end(answer: str, toks: list[Token], at: int) -> int:
    """The end of the words the negator at `at` can deny: at most _DENIAL_REACH words, and none
    past the end of its clause ("There's no charge. Reservations are free" denies no freedom)."""
    end = min(len(toks), at + 1 + _DENIAL_REACH)
    return next((i for i in range(at + 1, end) if _DENIAL_STOP.search(answer, toks[i - 1].end, toks[i].start)), end)
# an answer that opens with a negative pronoun standing alone (a closed class): "Nothing.", "None —", "No one:"
_NOTHING = re.compile(r"\s*[*_]{0,3}(?P<q>nothing|none|nobody|no[\s-]one)[*_]{0,3}\s*(?:[.:;,!—–]|\s-\s|$)",
                      re.IGNORECASE)


# an answer that hangs on something else ("it depends on", "that will depend on", "it varies with"),
# and a reference that sets a condition itself ("only if", "unless", "provided") (closed classes)
_DEPENDS = re.compile(r"\b(?:depends?|depending|varies|vary)\s+(?:on|upon|with|whether|which|how|what|when|where)\b",
                      re.IGNORECASE)
_CONDITIONED = re.compile(r"\b(?:if|unless|provided|providing|as\s+long\s+as|depends?|depending|except|only|varies)\b",
                          re.IGNORECASE)


# what a question asks as required, by a modal of obligation ("What must the track be surfaced
# with?", "What does an applicant need to send?"), and the words that leave a thing free of it ("is
# optional", "only recommended", "not required", "doesn't need"): closed classes of English
_OBLIGED_ASK = re.compile(r"\b(?:must|(?:needs?|needed|have|has)\s+to|required|compulsory|mandatory|obliged)\b",
                          re.IGNORECASE)
_LEFT_FREE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|remains?|stays?)\s+(?:only\s+|entirely\s+|purely\s+)?(?:optional|voluntary)|"
    r"(?:not|[a-z]+n['’]t)\s+(?:required|compulsory|mandatory|needed|necessary|obligatory)|"
    r"(?:only|merely)\s+(?:recommended|advised|suggested|encouraged)|no\s+need|need\s+not|needn['’]t|"
    r"(?:do|does|did)(?:n['’]t|\s+not)\s+(?:need|have\s+to)|"
    r"no\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:required|compulsory|mandatory|needed|necessary))\b", re.IGNORECASE)


def _freed_of_obligation(facts: KeyFacts, answer: str) -> str | None:
    """The answer's words that leave the asked thing free where the question asks what is required
    and the reference frees nothing ("Concrete or tarmac is only recommended" for "What
    must the track be surfaced with?"): in a clause of the answer that states a key word or value,
    so that another thing left free beside it ("… no clip may be longer than 5 minutes. Videos are
    optional.") is no answer's, or in a clause whose pronoun subject speaks of such a clause ("…,
    but it isn't required"). The words, or None."""
    if not _OBLIGED_ASK.search(facts.question_text) or facts.frees:
        return None
    return _said_of_a_key(facts, answer, _LEFT_FREE)


def _said_of_a_key(facts: KeyFacts, answer: str, said: re.Pattern, unnegated: bool = False) -> str | None:
    """The words `said` finds in a clause of the answer that states a key word or value, or whose
    pronoun subject speaks of the clause before it that does ("They may send a copy of their
    certificate, but it isn't required"), and, where `unnegated`, denies nothing; None where no such
    clause has them."""
    keys = {t.stem for t in facts.words}
    pieces = clauses(answer)
    atoms: dict[int, list[Atom]] = {}   # each clause's atoms, read once

    def atoms_in(i: int) -> list[Atom]:
        if i not in atoms:
            atoms[i] = extract_atoms(pieces[i])
        return atoms[i]

    def states_key(i: int) -> bool:
        return bool({t.stem for t in tokens(pieces[i])} & keys
                    or any(same_fact(k, a) for k in facts.atoms for a in atoms_in(i)))

    # (not where the question's last sentence asks whether: "... Must they attend again?" answered
    # "they don't need to")
    asked_sentences = split_claims(facts.question_text, clauses=False)
    asks_whether = bool(asked_sentences) and polar(asked_sentences[-1].text)

    def of_the_asked(piece: str, m: re.Match) -> bool:
        # the clause names the thing the question asks about, in its words ("Closing a gap
        # overnight is optional" for "What must a gap left open overnight be closed with?")
        if asks_whether:
            return False
        words = {t.stem for t in content(tokens(piece[:m.start()] + " " + piece[m.end():]))}
        asked = words & facts.question
        return len(asked) >= 2 and 2 * len(asked) >= len(words)

    for i, piece in enumerate(pieces):
        m = said.search(piece)
        if m and (states_key(i) or i and _PRONOUN_SUBJECT.match(piece) and states_key(i - 1) or of_the_asked(piece, m)) \
                and not (unnegated and negations(tokens(piece))) \
                and not any(a.kind in NUMERIC_KINDS and not any(same_fact(k, a) for k in facts.atoms)
                            for a in atoms_in(i)):
            # (a clause with a value of its own says it of one case: "a note isn't needed for the
            # first 3 days; it becomes required from day 4")
            return m.group(0)
    return None


# A question that asks what is not allowed, and an answer's clause that allows it (closed classes
# of English): "Which items are not permitted in the data halls?" - "…, but food and drink are allowed"
_BANNED_ASK = re.compile(r"\b(?:not\s+(?:permitted|allowed)|(?:may|must)\s+not|cannot|can['’]t|mustn['’]t|banned|"
                         r"prohibited|forbidden)\b", re.IGNORECASE)
_ALLOWED = re.compile(r"\b(?:is|are|was|were|be|remains?|stays?)\s+(?:still\s+|also\s+)?(?:allowed|permitted|fine)\b",
                      re.IGNORECASE)


def _allowed_where_banned(facts: KeyFacts, answer: str) -> str | None:
    """The answer's words that allow a key thing where the question asks what is not allowed and the
    reference allows nothing: in a clause with no negation that states a key word or value (as
    `_said_of_a_key` reads it). The words, or None."""
    if not _BANNED_ASK.search(facts.question_text) or _ALLOWED.search(facts.clause):
        return None
    return _said_of_a_key(facts, answer, _ALLOWED, unnegated=True)


# a clause opening with a pronoun subject, after a conjunction or none (closed classes)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:but|and|though|although|yet|so)\s+)?(?:it|this|that|they|these|those|which)\b"
                              r"(?!\s+(?:of|in|on|at|for)\b)", re.IGNORECASE)


def _first_sentence(text: str) -> str:
    m = re.search(r"[.!?](?:\s|$)|\n", text)
    return text[:m.end()] if m else text


def _atoms_needed(n: int) -> int:
    """Every key atom of a short answer; two in three of a clause that gives more than three
    (a long list need not be repeated whole, and a wrong one is a hallucination anyway)."""
    return n if n <= 3 else math.ceil(2 * n / 3)


def _judge(facts: KeyFacts, answer: str, vocab: Vocabulary | None, missing_atoms: list[str],
           key_atoms: list[str]) -> Judgement:
    has_key_atoms = bool(key_atoms)
    vocab = vocab or Vocabulary()
    toks = tokens(answer)
    options = tuple(frozenset(t.stem for t in o) for o in (facts.chosen, *facts.others)) if facts.kind == "choice" else ()
    clash = conflicts(answer, facts.clause, facts.question_text, presupposed=facts.kind == "open",
                      answered_no=facts.kind == "yesno" and facts.polarity is False, options=options)
    if clash and facts.kind == "open" and asks_what_is_denied(facts.question_text):
        # "She stops carrying out MOT tests" for "What will she stop doing?" ("Carrying out MOT
        # tests."): the answer's denial is the question's own
        clash = [c for c in clash if not (c.kind == "polarity" and c.by_claim)]
    if clash:
        return Judgement(False, [], clash[0].describe().replace("the evidence", "the reference"
                                                                 if facts.clause else "the question"))
    if facts.kind == "choice":
        return _judge_choice(facts, answer, toks, vocab)
    if facts.kind == "open" and (freed := _freed_of_obligation(facts, answer)):
        return Judgement(False, [], f"says '{freed}' where the question asks what is required")
    if facts.kind == "open" and (allowed := _allowed_where_banned(facts, answer)):
        return Judgement(False, [], f"says '{allowed}' where the question asks what is not allowed")
    if facts.kind == "yesno":
        said = _answer_polarity(answer, toks, facts)
        want = "yes" if facts.polarity else "no"
        if said is not None and said != facts.polarity:
            return Judgement(False, [want], f"answers {'yes' if said else 'no'} where the reference says {want}")
        if said is not None:
            # the reason or condition said with it may still put another of the documents' things in
            # the reference's frame ("No, it's compulsory where hair would block the air movers" for
            # "… would block the extraction wand"): `_slot_filled`, as for an open answer
            swap = _slot_filled(facts, _unstated_words(facts, answer, vocab)[0], answer, vocab) \
                if facts.words and not has_key_atoms else None
            if swap:
                return Judgement(False, [], f"says '{swap[0]}' where the reference says '{swap[1]}'")
            return Judgement(True)
        if not facts.words and not has_key_atoms:
            return Judgement(False, [want], f"does not answer yes or no (the reference says {want})")
        if _DEPENDS.search(_first_sentence(answer)) and not _CONDITIONED.search(facts.clause):
            # "Whether a deposit is needed depends on how the placement is funded": the answer hangs
            # on a condition the reference does not set, and says neither
            return Judgement(False, [want], f"makes the answer depend on a condition (the reference says {want})")
    if has_key_atoms:
        if len(key_atoms) - len(missing_atoms) >= _atoms_needed(len(key_atoms)):
            # the atoms decide, but a rank beside them may still be replaced ("£7,892, on the last day
            # of installation" for "on the first day"): the other end of one sequence, no wording of
            # the same place (the other key words of a value's clause are left to it: "an additional
            # lift" may say "an extra lift"), but for what the value is per or runs from
            unstated, bound, stems = _unstated_words(facts, answer, vocab) if facts.words else ([], [], set())
            swap = _swapped_modifier(facts, _omitted_modifiers(facts, unstated, bound, stems), bound, stems,
                                     ranked=True) if facts.words else None
            if swap:
                return Judgement(False, missing_atoms, f"says '{swap[0]}' where the reference says '{swap[1]}'")
            per = _other_denominator(facts, answer, vocab) \
                or _other_count_noun(facts, answer, vocab) or _other_ratio_term(facts, answer, vocab) \
                or _other_anchor(facts, answer, vocab) or _other_day(facts, answer) or _other_bound(facts, answer) \
                or (_slot_filled(facts, unstated, answer, vocab, modifiers=True) if facts.words else None)
            if per:
                return Judgement(False, missing_atoms, f"says '{per[0]}' where the reference says '{per[1]}'")
            if facts.other_words and (left := _other_ask_unstated(facts, answer, vocab)):
                return Judgement(False, [t.raw for t in left], f"does not state what the reference gives for "
                                 f"'{facts.other_ask}': " + ", ".join(f"'{t.raw}'" for t in left[:4]))
            if facts.words and (left := _kind_unstated(facts, answer, vocab)):
                return Judgement(False, [t.raw for t in left], "does not state the reference's key words: "
                                 + ", ".join(f"'{t.raw}'" for t in left[:4]))
            if facts.words and (item := _list_item_left_out(facts, _omitted_modifiers(facts, unstated, bound, stems))):
                return Judgement(False, [t.raw for t in unstated],
                                 f"leaves out '{item}', one of the things the reference lists")
            return Judgement(True, missing_atoms)
        if facts.kind == "open" and (_aside_left_out(facts, missing_atoms, answer, vocab)
                                     or _detail_left_out(facts, missing_atoms, answer, vocab)
                                     or _party_left_out(facts, missing_atoms, answer)):
            return Judgement(True, missing_atoms)
        return Judgement(False, missing_atoms, "does not state the reference's key fact"
                         + ("s " if len(missing_atoms) > 1 else " ") + ", ".join(f"'{k}'" for k in missing_atoms))
    if not facts.words:
        return Judgement(True)
    unstated, bound, stems = _unstated_words(facts, answer, vocab)
    missing = _omitted_modifiers(facts, unstated, bound, stems)
    swap = _swapped_modifier(facts, missing, bound, stems) or _slot_filled(facts, unstated, answer, vocab)
    if swap:
        return Judgement(False, [t.raw for t in missing], f"says '{swap[0]}' where the reference says '{swap[1]}'")
    name = _first_name(facts.words)
    name_missing = [t for t in name if t in missing]
    if name_missing and _referred_to(name, answer, vocab, facts.question):
        missing, name_missing = [t for t in missing if t not in name], []
    if name and len(name_missing) > (1 if len(name) >= 3 else 0):
        return Judgement(False, [t.raw for t in missing],
                         f"does not name '{' '.join(t.raw for t in name)}', as the reference does")
    outside = [t for t in facts.words if not in_aside(t, facts.clause)]
    if outside and len(outside) < len(facts.words) and not any(t in missing for t in outside) \
            and {t.stem for t in content(tokens(answer))} <= {t.stem for t in facts.words} | facts.question \
            and not _negates_unnegated(answer, facts.clause) and not _negates_unnegated(facts.clause, answer):
        # "Clear ones." for "Clear sacks (black ones are for general waste)": the bracket is an
        # aside, as a short answer is no less right for leaving it out (`_aside_left_out`); only an
        # answer that says nothing else ("… the project manager, Callum Tate" for "… the project
        # manager (Marcus Ilford)" puts another in the aside's place) and negates as the clause does
        return Judgement(True, [t.raw for t in missing])
    if (item := _list_item_left_out(facts, missing)) is not None:
        return Judgement(False, [t.raw for t in missing], f"leaves out '{item}', one of the things the reference lists")
    if len(facts.words) - len(missing) >= _needed(len(facts.words)):
        return Judgement(True, [t.raw for t in missing])
    shown = ", ".join(f"'{t.raw}'" for t in missing[:4]) + (" …" if len(missing) > 4 else "")
    return Judgement(False, [t.raw for t in missing], f"does not state the reference's key words: {shown}")


# A question that asks what kind, which material or method, or how a thing is done: its answer is
# words ("steel palisade fencing", "by text message"), whatever value stands beside them ("2.4 m").
# Question words and the nouns of a kind are closed classes.
_ASKS_KIND = re.compile(
    r"^\W*(?:(?:what|which)\s+(?:kinds?|types?|sorts?|forms?|methods?|materials?|colou?rs?|means)\s+of\b"
    r"|(?:what|which)\s+(?:methods?|materials?|colou?rs?)\b"
    r"|by\s+what\s+(?:means|method|route)\b|in\s+what\s+(?:way|form)\b"
    r"|how\s+(?:is|are|was|were|must|should|do|does|did|can|will|may|shall)\b)", re.IGNORECASE)


# a comparison asked ("How are wages set compared with the average?"): answered by a direction and
# an amount, which other rules read, not by a kind (closed class)
_ASKS_COMPARISON = re.compile(r"\b(?:compared|than|relative\s+to|against)\b", re.IGNORECASE)


def _kind_unstated(facts: KeyFacts, answer: str, vocab: Vocabulary) -> list[Token]:
    """The key words the answer leaves out, where the question asks for a kind or a manner
    (`_ASKS_KIND`) and nothing else, and more than half are left out: the value beside them is a
    detail of that kind ("2.4 m chain-link mesh fencing" for "What kind of fencing …?" – "2.4 m
    steel palisade fencing"). The modifiers too, which elsewhere an answer may leave out: here
    they are the kind. Half, as of a second ask's words (`_other_ask_unstated`), and of two words
    or more: a kind is often said in fewer ("texts it" for "by text message"). Only where the answer
    says words of its own, which may have replaced them: "With a 100 mm stripe." leaves the colours out."""
    if not _ASKS_KIND.match(facts.question_text) or _TWO_ASKS.search(facts.question_text) \
            or _ASKS_COMPARISON.search(facts.question_text):
        return []
    # the kind is the head's: what follows its first comma, or stands in brackets, adds to it ("12 mm
    # marine plywood, with a steel-mesh front panel"; "adjusted by CPI (it is fixed for 2 years)")
    cut = facts.clause.find(", ")
    words = [t for t in facts.words if not in_aside(t, facts.clause) and (cut < 0 or t.start < cut)]
    n = len(words)
    if n < 2:
        return []
    missing, _, _ = _unstated_words(replace(facts, words=words), answer, vocab)
    if n - len(missing) >= math.ceil(n / 2):
        return []
    return missing if _words_of_its_own(facts, answer, extract_atoms(answer)) else []


def _other_ask_unstated(facts: KeyFacts, answer: str, vocab: Vocabulary) -> list[Token]:
    """The reference's words the answer does not state, for a question whose other ask is for no
    value (`KeyFacts.other_ask`), where they are too many for a rewording: the values answer one ask,
    the words the other ("In April, to the heifers only." for "In April, to the whole herd")."""
    # (the words that bound a value the answer bounds the same way are said: "capped at £10" is
    # "max. £10", "up to £10 at most"; not "a minimum charge of £10")
    said = extract_atoms(answer) if facts.other_bounds else []
    bounds = [b for a, b in facts.other_bounds
              if any(same_fact(a, x) and (y := bound_of(answer, x)) is not None and y.direction == b.direction
                     for x in said)]
    words = [t for t in facts.other_words if not any(b.start <= t.start < b.end for b in bounds)]
    if not words:
        return []
    part = replace(facts, clause=facts.other_text, words=words, atoms=[])
    missing, _, _ = _missing_words(part, answer, vocab)
    n = len(words)
    # half of them, as of a long clause (`_needed`): the words of a second ask are often reworded
    # ("Invoices settled within 10 days" for "on invoices paid within 10 days")
    return missing if n - len(missing) < math.ceil(n / 2) else []


def _negates_unnegated(answer: str, clause: str) -> bool:
    """The answer negates where the key clause does not ("not yet licensed" for "A licensed booster
    (Td)"): it states no word of the clause by leaving the rest out."""
    return any(normalize(t.raw) in NEGATORS for t in tokens(answer)) \
        and not any(normalize(t.raw) in NEGATORS for t in tokens(clause))


def _aside_left_out(facts: KeyFacts, missing: list[str], answer: str, vocab: Vocabulary) -> bool:
    """The reference's key clause answers before a bracket that holds every key atom the answer
    leaves out ("White (letters at least 10 cm high)", "A dent (10 mm)", "Four (Zones A to D)"),
    and the answer states every key word outside the brackets: the bracket is an aside, as a
    short answer is no less right for leaving it out. The words outside must answer by
    themselves: some not the question's own (not "the fee (£45)" for "What is the fee?"), and, for
    a question that asks for a number, a count among them ("Four"); and an answer that negates what
    the clause does not ("not yet licensed" for "A licensed booster (Td)") states no word of it. A
    value the answer gives in the bracket's place is still judged against the documents."""
    if _negates_unnegated(answer, facts.clause):
        return False
    inside = [a for a in facts.atoms if in_aside(a, facts.clause)]
    if not missing or not all(any(a.text == m for a in inside) for m in missing):
        return False   # (no brackets: nothing inside, and something is missing)
    outside = [t for t in facts.words if not in_aside(t, facts.clause)]
    if not outside or any(a not in inside for a in facts.atoms if a.text in missing):
        return False
    if _asks_for_a_number(facts.question_text) and not any(_is_count(t.raw) for t in outside) \
            and not any(a not in inside and a.value is not None for a in facts.atoms):
        return False
    # every word outside, a modifier too: "the audio-described performance" is no "relaxed performance (…)"
    left, _, stems = _missing_words(replace(facts, words=outside), answer, vocab)
    return not left and all(t.stem in stems for t in outside)


# a question that asks two things ("Where can players park, and how far is it?"): the second is
# no detail of the first (wh-words, a closed class)
_TWO_ASKS = re.compile(r"(?:,|\band)\s+(?:what|when|where|who|whom|which|why|how)\b", re.IGNORECASE)


_SERIES_END = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)   # the coordinator before a series' last item


def _party_left_out(facts: KeyFacts, missing: list[str], answer: str) -> bool:
    """A question that asks for a number ("How much notice must a parent give?") answered with every
    value of the key clause, leaving out only the names that stand after them, who the value is
    given to or whose act it runs from ("21 days' written notice to the Loans Coordinator", "within 4
    hours of the Duty Controller authorising it"): a detail of the value, as long as the answer
    says nothing in their place, no name and no word of its own (then it may have replaced them)."""
    asks = facts.question_text
    if not (_asks_for_a_number(asks) or _VALUE_ASK.match(asks)) or _TWO_ASKS.search(asks):
        return False
    gone = [a for a in facts.atoms if a.text in missing]
    values = [a for a in facts.atoms if a.kind not in NAME_KINDS]
    if not gone or not values or any(a.kind not in NAME_KINDS or a.start < max(v.end for v in values) for a in gone):
        return False
    said = extract_atoms(answer)
    if any(a.kind in NAME_KINDS for a in said):
        return False
    # nothing said in their place: every word is the reference's, the question's or a value's
    # ("within 240 minutes of the call-out being authorised", not "… of the customer's first call")
    return not _words_of_its_own(facts, answer, said)


def _words_of_its_own(facts: KeyFacts, answer: str, said: list[Atom]) -> list[Token]:
    """The answer's content words that are neither the key clause's, the question's, nor within one
    of its values (`said`, its atoms): what it says in place of a part it leaves out."""
    own = {t.stem for t in content(tokens(facts.clause))} | facts.question
    values = [(a.start, a.end) for a in said]
    return [t for t in content(tokens(answer)) if t.stem not in own and not any(lo <= t.start < hi for lo, hi in values)]


def _detail_left_out(facts: KeyFacts, missing: list[str], answer: str, vocab: Vocabulary) -> bool:
    """A short answer that gives the key clause's head and nothing else, where every key atom it
    leaves out stands after the head's first comma: a detail of the answer, as a bracket is an
    aside (`_aside_left_out`): "The south lawn." for "On the south lawn only, at least 10 metres from
    the house", "Joanna Reid." for "Joanna Reid, the claims handler at Harbourline". Only an answer
    whose every content word is the head's or the question's: one that goes on to say something
    else ("… 24 hours a day") is judged by the atoms it leaves out, which may be what it replaced.
    Not in a clause that coordinates ("A and B, C": a series, whose next items are no detail), not
    for a question that asks two
    things, and, as for an aside, a question that asks for a
    number needs one in the head; an answer with a negation is no bare head."""
    clause = facts.clause
    cut = clause.find(", ")
    if cut <= 0 or _TWO_ASKS.search(facts.question_text) \
            or any(normalize(t.raw) in NEGATORS for t in tokens(answer)):
        return False
    # (a value's bound is no series: "aged 18 and over")
    unbound = clause
    for a in facts.atoms:
        if (b := bound_of(clause, a)) is not None:
            unbound = unbound[:b.start] + " " * (b.end - b.start) + unbound[b.end:]
    if _SERIES_END.search(_BRACKETED.sub(" ", unbound)):
        return False   # a list's next items, not a detail: "Hetfield and Ulrich, Kirk Hammett, and Robert Trujillo"
    detail = [a for a in facts.atoms if a.start >= cut]
    if not missing or not all(any(a.text == m for a in detail) for m in missing):
        return False
    head_words = [t for t in facts.words if t.start < cut]
    if not head_words and len(detail) == len(facts.atoms):
        return False   # the head states nothing of its own
    if _asks_for_a_number(facts.question_text) and not any(_is_count(t.raw) for t in head_words) \
            and not any(a not in detail and a.value is not None for a in facts.atoms):
        return False
    left, _, stems = _missing_words(replace(facts, words=head_words), answer, vocab)
    if left or not all(t.stem in stems for t in head_words):
        return False
    head = {t.stem for t in content(tokens(clause[:cut]))} | facts.question
    # the head's values may be written another way ("1,500 mm" for "1.5 m"): their words are the head's
    stated = [(a.start, a.end) for a in extract_atoms(answer)
              if any(k not in detail and same_fact(k, a) for k in facts.atoms)]
    # ("It's the south lawn.": a function word's contraction says nothing of its own)
    return all(t.stem in head or re.split(r"['’]", normalize(t.raw))[0] in STOPWORDS
               or any(lo <= t.start < hi for lo, hi in stated) for t in content(tokens(answer)))


def _missing_words(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[list[Token], list[Token], set[str]]:
    """The key words the answer does not state, less the modifiers it may leave out, the answer's
    tokens they were sought in, and the stems those state."""
    unstated, bound, stems = _unstated_words(facts, answer, vocab)
    return _omitted_modifiers(facts, unstated, bound, stems), bound, stems


def _unstated_words(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[list[Token], list[Token], set[str]]:
    """The key words the answer does not state, modifiers it may leave out among them (read once for
    `_swapped_modifier`, which takes them out, and `_slot_filled`, which keeps them), the answer's
    tokens they were sought in, and the stems those state."""
    bound = _bound_tokens(facts, answer)
    if facts.echoed:
        bound = _without_question_phrases(bound, facts.question_text)
    bound = with_aliases(bound, vocab, facts.question)
    stems = _stems_with_expansions(bound, vocab) | acronym_stems(facts.words, bound, facts.question)
    often = _often_stated(facts.clause, answer)
    forms = {normalize(t.raw) for t in bound}
    clause = tokens(facts.clause)
    at = {t.start: i for i, t in enumerate(clause)}
    missing = [t for t in facts.words if not _covered(t, stems, bound, vocab)
               and not set(same_value_words(t.raw)) & forms   # one value, another word: "back" for "rear"
               and not _kin_stated(t, facts.clause, answer)
               and not _denied_object_stated(t, facts.clause, answer)
               and not (t.start in at and privation_stated(clause, at[t.start], answer))
               and not any(lo <= t.start < hi for lo, hi in often)]
    return missing, bound, stems


def _often_stated(clause: str, answer: str) -> list[tuple[int, int]]:
    """Where the clause gives a frequency the answer states, in any wording ("Once a month" /
    "monthly", "four times a year" / "quarterly": `recurrences` at the same rate): those words are
    stated."""
    said = [r.per_day for r in recurrences(answer)]
    return [(r.start, r.end) for r in recurrences(clause) if any(same_rate(r.per_day, s) for s in said)]


def _modifies(answer: list[Token], i: int, words: set[str], asked: set[str], before: str | None = None) -> bool:
    """answer[i] is a content word modifying the next one: it opens the answer or a sentence, or
    follows a determiner or a preposition ("Narrow gauge.", "a constant orange", "in red
    brick") or `before`, the stem of the word
    the key clause writes before its own modifier (the slot between two words of the clause's
    phrase: "interlocking clay tiles" for "interlocking concrete tiles"); not a verb ("shows
    amber"), as far as position tells, nor a word of the question."""
    w = answer[i]
    if w.stem not in words or w.stem in asked:
        return False
    if i == 0 or w.start - answer[i - 1].end > 1:
        return True
    if normalize(answer[i - 1].raw) in DETERMINERS or frame_preposition(answer[i - 1]):
        return True   # a noun phrase opens there: "rebuilt in red brick" (not after a number: "15-year")
    # after the clause's own word, no verb's form ("the pump gets hotter" for "runs hotter"); in a
    # series of modifiers, after a coordinator that follows it ("black, fluorescent and gloss finishes"
    # for "black, fluorescent and metallic finishes")
    after_own = answer[i - 1].stem == before or (
        i >= 2 and normalize(answer[i - 1].raw) in COORDINATORS and answer[i - 2].stem == before)
    return after_own and verb_of(normalize(w.raw)) == normalize(w.raw) and not irregular_past(normalize(w.raw))


def _omitted_modifiers(facts: KeyFacts, missing: list[Token], answer: list[Token], stems: set[str]) -> list[Token]:
    """The missing key words, less modifiers the answer leaves out while it states their head:
    "Orange." for "steady orange", "day 4" for "the 4th calendar day". Still missing: a modifier
    that is the whole fact (nothing else of the key fact is stated), a number, a part of a hyphenated
    word ("synth-pop"), and one the answer replaces with another word before the same head
    ("narrow gauge" for "standard gauge")."""
    if not missing or len(facts.words) + len(facts.atoms) < 2:
        return missing
    clause = content(tokens(facts.clause))
    at = {t.start: i for i, t in enumerate(clause)}
    gone = {t.start for t in missing}
    words = {t.stem for t in content(answer)}
    keep = []
    for m in missing:
        i = at.get(m.start)
        head = clause[i + 1] if i is not None and i + 1 < len(clause) and clause[i + 1].start - m.end <= 1 else None
        compound = facts.clause[m.end:m.end + 1] in "-‐–"   # "synth-pop" is one word, one fact
        if head is None or head.start in gone or head.stem not in stems or any(c.isdigit() for c in m.raw) \
                or compound:
            keep.append(m)
            continue
        if _replacing(answer, head, words, facts.question, _word_before(clause, i, facts.clause)):
            keep.append(m)
    return keep


def _word_before(clause: list[Token], i: int, text: str) -> str | None:
    """The stem of the clause's word right before clause[i] in one phrase (a space or a hyphen
    between), or, in `text`, before the coordinator that ends a series of three or more ("black,
    fluorescent and metallic finishes": a series of modifiers of one head), or None."""
    if i and clause[i].start - clause[i - 1].end <= 1:
        return clause[i - 1].stem
    if i >= 2 and _SERIES_END_GAP.fullmatch(text[clause[i - 1].end:clause[i].start]) \
            and _SERIES_GAP.fullmatch(text[clause[i - 2].end:clause[i - 1].start]):
        return clause[i - 1].stem
    return None


_SERIES_END_GAP = re.compile(r",?\s+(?:and|or)\s+")
_SERIES_GAP = re.compile(r",\s+")


def _replacing(answer: list[Token], head: Token, words: set[str], asked: set[str],
               before: str | None = None) -> list[tuple[Token, Token]]:
    """The answer's modifiers right before `head` (`_modifies`), each with the answer's word for the
    head: the words it says of that thing."""
    return [(answer[j - 1], t) for j, t in enumerate(answer)
            if t.stem == head.stem and j > 0 and t.start - answer[j - 1].end <= 1
            and _modifies(answer, j - 1, words, asked, before)]


def _swapped_modifier(facts: KeyFacts, missing: list[Token], answer: list[Token], stems: set[str],
                      ranked: bool = False) -> tuple[str, str] | None:
    """A key modifier the answer replaces with a word of its own before the same head ("the sugar
    sacks" for "the flour sacks", "split along the handle side" for "the hinge side", "a green board"
    for "a red board"): the answer names another kind of the thing the key fact is about, which is
    wrong, not a key word left out. Not a participle on either side ("a broken tibia" for "a fractured
    tibia" restates a state: `wordforms.participle`), a preposition ("under supervision"), a number,
    or a word the reference or the question holds elsewhere (it may name both kinds); the head is
    the same word in both (a verb of its stem, "a tutor supervises", is no head); no negator ("don't
    slip" for "non-slip"). `ranked`: only a rank for another rank (`content.in_sequence`: "the last
    day" for "the first day"). Returns (the answer's phrase, the reference's) or None."""
    clause = content(tokens(facts.clause))
    at = {t.start: i for i, t in enumerate(clause)}
    gone = {t.start for t in missing}
    said = {t.stem for t in clause} | facts.elsewhere | facts.question
    words = {t.stem for t in content(answer)}
    for m in missing:
        i = at.get(m.start)
        if i is None or i + 1 >= len(clause) or not _kind_word(m) or m.stem in PREPOSITIONS:
            continue
        head = clause[i + 1]
        if head.start - m.end > 1 or head.start in gone or head.stem not in stems or head.stem in PREPOSITIONS:
            continue
        for w, h in _replacing(answer, head, words, facts.question, _word_before(clause, i, facts.clause)):
            # lower case, or capitalised as the answer's first word ("Vertical cedar boarding."): no name
            cased = w.raw.islower() or (w is answer[0] and w.raw[1:].islower())
            if ranked and not (in_sequence(w) and in_sequence(m)) or same_rank(w, m):
                continue   # "the final dose" is "the last dose"
            if normalize(m.raw).endswith(normalize(w.raw)) or normalize(w.raw).endswith(normalize(m.raw)):
                continue   # "a lack of adequate parking" for "inadequate parking": polarity, `meaning`'s
            if w.stem not in said and cased and _kind_word(w) and not negations([w]) \
                    and _same_word(h.raw, head.raw):
                return f"{w.raw} {h.raw}", f"{m.raw} {head.raw}"
    return None


# words of the answer that may fill the slot of a key word: one to three, a content word at each end
_SLOT_MOST = 3


def _slot_filled(facts: KeyFacts, missing: list[Token], answer: str, vocab: Vocabulary,
                 modifiers: bool = False) -> tuple[str, str] | None:
    """A key word the answer leaves out while it repeats the words round it in the key clause, with
    a word of the documents in its place ("plus a £20 valeting charge" for "plus a £20 refuelling
    service fee", "fermented in concrete at 16 °C" for "in stainless steel at 16 °C"): the
    reference's frame said of another thing the documents name, an attribute swapped, not a key word
    left out. `missing`: the key words not stated, modifiers the answer may drop among them.
    The frame: the clause's words right before the missing run and right after it read alike in the
    answer (by stem), on both sides, or on one side with the other the end of both (or the start,
    after function words alone), a content word among them (not "on the ___" alone: a phrase two
    statements share by chance); a noun's slot, after a determiner, a preposition or a number. Both
    words are the documents' (`Vocabulary.lower`: a paraphrase's word of its own is no attribute of
    theirs), no preposition, unit or number (values are the atoms'), and the answer's is none of the
    clause's, the question's or the reference's other words (it may name both things). Left alone:
    an answer's word the documents write beside the frame's nearest content word on either side
    (they say it so too: "ordinary daily limit" where they also write "normal daily limit"), and a
    slot before a relative clause ("the contractor that answers …" describes the thing again), and a
    modifier before a head both give ("the previous calibration" for "the last calibration"), which
    `_swapped_modifier` judges where the answer names another kind; but where the key atoms decide
    (`modifiers`, for which `_swapped_modifier` reads ranks alone), a modifier slot between a content
    word and a head both give is this frame's too ("a Greenstar 30i system boiler" for "30i
    combination boiler")."""
    if not missing or not vocab.lower:
        return None
    clause, mine = tokens(facts.clause), tokens(answer)
    gone = {t.start for t in missing}
    known = {t.stem for t in clause} | facts.question | facts.elsewhere
    i = 0
    while i < len(clause):
        if clause[i].start not in gone:
            i += 1
            continue
        j = i + 1   # the missing run: missing words, with function words between them
        while j < len(clause) and (clause[j].start in gone or not content([clause[j]])
                                   and j + 1 < len(clause) and clause[j + 1].start in gone):
            j += 1
        if any(_bare_word(t) for t in clause[i:j]) or i and _measured(facts.clause, clause[i - 1]) \
                or any(squash(t.raw) not in vocab.lower for t in content(clause[i:j])):
            i = j
            continue
        for k in range(len(mine)):
            if k and _measured(answer, mine[k - 1]):
                continue
            for n in range(1, _SLOT_MOST + 1):
                slot = mine[k:k + n]
                if len(slot) < n or not content(slot[:1]) or not content(slot[-1:]) \
                        or any(answer[a.end:b.start].strip(" -") for a, b in zip(slot, slot[1:])):
                    continue   # one phrase: no break inside ("record — too thin")
                own = [t for t in content(slot) if t.stem not in known]
                if not own or any(_bare_word(t) or not t.raw.isalpha() or squash(t.raw) not in vocab.lower
                                  for t in own) or any(t.stem in {c.stem for c in clause[i:j]} for t in content(slot)):
                    continue
                if all(t.stem in POINT_STEMS for t in content(slot) + content(clause[i:j])):
                    continue   # "the day of issue" for "the date of issue": a noun that only makes an event a point
                before = _frame_run(clause[i - 1::-1] if i else [], mine[k - 1::-1] if k else [])
                ends = j == len(clause) and k + n == len(mine)
                # (a head noun both end on, after two or more modifiers both give: "green or grey
                # corrugated metal" for "green or grey mineral felt")
                if before and not _opens_noun_slot(clause[i - 1]) \
                        and not (ends and len(content(clause[i - before:i])) >= 2 and content(clause[i - 1:i])):
                    continue   # "whichever arrives first" for "whichever comes first": a verb's slot
                after = _frame_run(clause[j:], mine[k + n:])
                if after and normalize(clause[j].raw) in RELATIVES:
                    continue   # the relative clause says what the thing is
                if after and content(clause[j:j + 1]) and not (modifiers and before and content(clause[i - 1:i])):
                    continue   # a modifier before a head both give: `_swapped_modifier`'s ("the next day")
                frame = clause[i - before:i] + clause[j:j + after]
                opens = not i and not content(mine[:k])   # "On Saturday 20 August" for "Friday 20 August"
                if not ((before and (after or ends) or after and opens) and content(frame)):
                    continue
                # the documents write the answer's words beside the frame's nearest content word: theirs too
                lo = next((m for m in range(k - 1, k - before - 1, -1) if content(mine[m:m + 1])), None)
                hi = next((m for m in range(k + n, k + n + after) if content(mine[m:m + 1])), None)
                if not any(vocab.writes([t.stem for t in run]) for run in
                           ([mine[lo:k + n]] if lo is not None else []) + ([mine[k:hi + 1]] if hi is not None else [])):
                    return (answer[slot[0].start:slot[-1].end], facts.clause[clause[i].start:clause[j - 1].end])
        i = j
    return None


def _bare_word(t: Token) -> bool:
    """A preposition ("under" for "beneath" relates the same things): no attribute."""
    return t.stem in PREPOSITIONS or frame_preposition(t)


def _measured(text: str, t: Token) -> bool:
    """`t` is a number a unit follows ("7.6 m" for "7.6 metres" is the value's unit, the atoms')."""
    return any(c.isdigit() for c in t.raw) and read_unit(text, t.end, False) is not None


def _opens_noun_slot(t: Token) -> bool:
    """A word a noun phrase follows: a determiner, a preposition that binds a noun to the word before
    it ("painted in ___") or a number ("a £20 ___"); not a subject's, whose slot holds a verb (said
    otherwise in a paraphrase), nor a coordinator's ("3.11 or later" for "3.11 or newer")."""
    return normalize(t.raw) in DETERMINERS or frame_preposition(t) or any(c.isdigit() for c in t.raw)


def _frame_run(a: list[Token], b: list[Token]) -> int:
    """How many tokens of `a` and `b` agree from their first on, by stem."""
    n = 0
    while n < len(a) and n < len(b) and a[n].stem == b[n].stem:
        n += 1
    return n


# what a question prices or counts one of: "How much does one group walk cost?", "one home repair
# visit" (up to three words, any of which may be the noun)
_ONE_OF = re.compile(r"\b(?:one|a\s+single)\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})", re.IGNORECASE)


def _distributed(question: str) -> set[str]:
    """The stems of the nouns a question gives things per or asks of each ("how much does each
    player pay", "the price per child"), or prices or counts one of ("one group walk")."""
    return {stem(normalize(m.group(1).split()[0])) for m in PER_NEXT.finditer(" " + question)} \
        | {stem(normalize(w)) for m in _ONE_OF.finditer(question) for w in m.group(1).split()}


# what a question asks a value per: "per visit", "in one season", "in a single session"
_ASKED_PER = re.compile(r"\b(?:per|each|every|in\s+(?:one|a|an|each|a\s+single|any\s+one))\s+"
                        r"([^\W\d_][\w'’-]*)\s*(?=[?,.;]|$)", re.IGNORECASE)


def _asked_per(question: str) -> list[Per]:
    """What the question asks the value per when it ends on it ("How much extra does a home pay
    per visit?", "How many times may a visitor play in one season?"), for a reference that gives
    the value alone: the reference answers per that."""
    found = list(_ASKED_PER.finditer(question))
    if len(found) != 1:
        return []
    word = found[0].group(1)
    return [Per(found[0].group(0).strip(), rate_unit(word), frozenset({stem(normalize(word))}))]


def _other_thing(mine: Per, theirs: Per, counted: frozenset[str]) -> bool:
    """The answer counts by another thing than the reference: a thing the documents give values per
    (one person where they give values per head or per person), two particular things that share
    no word ("per player" for "per court"), or several people for one person ("per couple" for "per
    head"). One person of any kind may be a particular one ("per person" for "per player")."""
    if not mine.stems or not theirs.stems or mine.matches(theirs) or mine.one_occasion or theirs.one_occasion:
        return False
    if mine.stems & counted or mine.one_person and ONE_PERSON & counted:
        return True
    if mine.one_person or theirs.one_person:
        return bool((mine.stems | theirs.stems) & SEVERAL_PEOPLE)
    return True


def _other_denominator(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A key value given per one thing ("£30 per team", "£2.35 per tonne per month", "£6 per
    lesson") that the answer gives per another thing instead ("per week", "per mile", "per group"),
    and not per the reference's: the value of another unit, not the key fact in other words. A unit
    of time or measure is no wording of another, nor of a thing counted (`read_rate`); two things
    counted are two only where the documents count by the answer's (`Vocabulary.counted`: "per
    person" for "per head" in documents that never count by persons is a synonym), and not where the
    question asks of it (an answer may say what the question asks each of pays). An answer that
    leaves the unit out is left to the atoms, and so is one that states each of the reference's.
    Returns (the answer's phrase, the reference's) or None."""
    if not facts.atoms:
        return None
    keyed = [a for a in extract_atoms(facts.clause) if any(same_fact(k, a) for k in facts.atoms)]
    if not keyed:
        return None
    asked = _distributed(facts.question_text)
    for claim in split_claims(answer):
        for a in extract_atoms(claim.text):
            same = [k for k in keyed if same_fact(k, a)]
            if not same:
                continue
            # the units of two rates are the atoms' to compare ("£1.60 per 1,000 kg" is "£1.60 per
            # tonne"); a rate's against an amount is one more thing it is per
            theirs = [p for k in same for p in pers(facts.clause, k, own=not per_unit(a.unit))] \
                or (_asked_per(facts.question_text) if all(k.kind in ("quantity", "number") for k in same) else [])
            mine = pers(claim.text, a, own=not any(per_unit(k.unit) for k in same))
            lost = [t for t in theirs if not any(t.matches(m) for m in mine)
                    and not said_later(claim.text, mine[-1].end if mine else a.end, t)]
            if not mine or not lost:
                continue
            # (where both atoms carry the periods their sums are per, the atoms compared the rates
            # across periods: "£30 per card per year" is "£2.50 per card per month")
            carried = {per_unit(a.unit)} | {per_unit(k.unit) for k in same}
            lost = [t for t in lost if not (t.unit and t.unit in carried and None not in carried)]
            for m in mine if lost else ():
                if any(m.matches(t) for t in theirs) or m.unit and m.unit in carried and None not in carried:
                    continue
                if m.unit or lost[0].unit or _other_thing(m, lost[0], vocab.counted) and not m.stems & asked:
                    return m.phrase, lost[0].phrase
    return None


# a ratio of two counts: "one adult for every 3 children", "1 adult to 3 children", "two staff per
# ten pupils"; each term a number (digits, a number word, "a"/"an"/"one") and up to three words
_TERM = r"(\d+|[a-z]+)\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
_RATIO = re.compile(rf"(?=\b({_TERM}\s+(?:to|for\s+(?:every|each)|per)\s+{_TERM}))", re.IGNORECASE)   # overlapping


def _ratios(text: str) -> list[tuple[str, str, str, frozenset[str], str, frozenset[str]]]:
    """The ratios `text` states: (as written, first number, its noun's phrase, its stems, second
    number, its stems)."""
    out = []
    for m in _RATIO.finditer(text):
        a, b = (x if x.isdigit() else "1" if normalize(x) in ("a", "an") else cardinal(x) for x in (m.group(2), m.group(4)))
        if a and b:
            out.append((m.group(1), a, m.group(3), frozenset(t.stem for t in content(tokens(m.group(3)))), b,
                        frozenset(t.stem for t in content(tokens(m.group(5))))))
    return out


def _other_ratio_term(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A key ratio ("one adult for every 3 children") that the answer gives with the same numbers and
    the same second thing, but with another first one ("one volunteer guide for every 3 children"):
    the ratio of other people, not the key fact in other words, when the documents write the
    answer's term (one they never write may be a synonym: "one grown-up") and it is none of the
    question's words. Returns (the answer's ratio, the reference's) or None."""
    theirs = _ratios(facts.clause)
    if not theirs:
        return None
    for said, a, noun, stems, b, per in _ratios(answer):
        for text, x, _, their_stems, y, their_per in theirs:
            if (a, b) != (x, y) or not per & their_per or not stems or stems & their_stems:
                continue
            if not stems <= facts.question and vocab.writes([t.stem for t in tokens(noun)]):
                return said, text
    return None


def _other_count_noun(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A key count ("21,150 words") that the answer gives as a count of another noun the documents
    count with a number ("21,150 pages" where they count pages elsewhere): the number of other things,
    not the key fact in other words. A noun the documents never count may be the answer's wording
    of the reference's ("12 employees" for "12 staff"), and one of the question's is what it asks.
    Returns (the answer's count, the key's) or None."""
    keyed = [(k, noun) for k in facts.atoms if (noun := counted_noun(k))]
    mine = [(a, noun) for a in extract_atoms(answer) if (noun := counted_noun(a))] if keyed else []
    # a key count the answer states with its own noun is stated, whatever else it counts
    keyed = [(k, noun) for k, noun in keyed if not any(same_fact(k, a) and theirs == noun for a, theirs in mine)]
    if not keyed:
        return None
    reference = {stem(t.raw) for t in tokens(facts.clause)}
    for a, unit in mine:
        if unit not in vocab.counts or stem(unit) in facts.question or stem(unit) in reference:
            continue
        for k, noun in keyed:
            if same_fact(k, a) and unit != noun:
                return a.text, k.text
    return None


# what a length of time runs from, or a share is of: "within 7 days of delivery", "48 hours from
# the purchase", "10% of direct costs", up to a break; not "before" or "after" a time, which an
# answer says as often by a clause of its own ("the seven days before you leave" for "before
# departure"), nor a phrase with a subject pronoun ("of you leaving": a clause, an event in other words)
_ANCHOR = re.compile(r"[*_]*\s+(of|from)\s+([^,;.()\[\]]+)", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(?:i|you|we|they|he|she)\b", re.IGNORECASE)
# ... and a phrase that names its thing by a pronoun ("of spotting it", "from the date it's bought")
_OBJECT_PRONOUN = re.compile(r"\b(?:it|its|it['’]s|them|him|her)\b", re.IGNORECASE)


def _anchored(text: str, atom: Atom, anchor: re.Pattern = _ANCHOR) -> tuple[str, list[Token]] | None:
    """The phrase right after `atom` that says what it runs from or is a share of, and its content
    words but a noun that only makes its event a point ("12 months from the date of issue": issue,
    so "the date of first use" is another); None when there is none or it has no such word."""
    if atom.kind != "quantity" or not (dimension(atom.unit) in ("clock", "calendar") or atom.unit == "%"):
        return None
    m = anchor.match(text, atom.end)
    return _anchor_words(m.group(0), m.group(2)) if m else None


def _anchor_words(phrase: str, anchor: str) -> tuple[str, list[Token]] | None:
    """(the phrase, the content words of the event `anchor` names), or None for an event told by a
    clause with a subject pronoun, a value, or no word of its own."""
    if _SUBJECT_PRONOUN.search(anchor) or any(c.isdigit() for c in anchor):
        return None   # a date or a value it runs from is the atoms' to compare
    words = [t for t in content(tokens(anchor)) if t.stem not in POINT_STEMS]
    return (phrase.strip(), words) if words else None


# the event a question's length of time runs from or up to ("Within how many days of receiving a
# test result must …", "At least how many days before the show must …", "How early before a
# flight's scheduled departure can …"): its phrase ends where the question's verb comes (a closed
# class of auxiliaries and modals)
_ASKED_ANCHOR = re.compile(
    r"\bhow\s+(?:many|much|long|soon|early|late)\b(?:\s+\w+)?\s+(of|from|before|after)\s+"
    r"((?:(?!\b(?:must|should|shall|can|could|may|might|will|would|is|are|was|were|do|does|did|has|have)\b)[^,;.?()\[\]])+)",
    re.IGNORECASE)
# ... and the same relation in an answer: the time is counted up to the event ("before"), or on
# from it ("of", "from", "after": "within 28 days of the show" is "within 28 days after the show")
_ANCHOR_BEFORE = re.compile(r"[*_]*\s+(before|prior\s+to|ahead\s+of)\s+([^,;.()\[\]]+)", re.IGNORECASE)
_ANCHOR_ON = re.compile(r"[*_]*\s+(of|from|after|following)\s+([^,;.()\[\]]+)", re.IGNORECASE)


def _asked_anchor(question: str) -> tuple[re.Pattern, tuple[str, list[Token]]] | None:
    """The event the question's asked length of time runs from or up to, with the pattern an
    answer's own is read by; None when it names none."""
    m = _ASKED_ANCHOR.search(question)
    if m is None or (said := _anchor_words(f"{m.group(1)} {m.group(2)}", m.group(2))) is None:
        return None
    return (_ANCHOR_BEFORE if m.group(1).lower() == "before" else _ANCHOR_ON), said


# a length of time counted from or up to an event, in the documents' stems ("14 day of the statement
# date"): the number before it, the event's first words after it
_COUNTED_FROM = re.compile(r" (\S+) (?:(?:work|busi|calendar|clear) )?(?:day|week|month|year|hour|hr|minut|min|"
                           r"fortnight|night)s? (?:befor|after|of|from|follow|prior to|ahead of) (?=((?:\S+ ){1,6}))")
# where the event's words end in the stems (punctuation gone): a conjunction, a preposition of time,
# a word of length (closed classes)
_EVENT_ENDS = frozenset("and or but within by until befor after day week month year hour minut".split())


@lru_cache(maxsize=256)
def _counted_from(texts: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(the number, the event's content stems) of each length the texts count from or up to an event."""
    out = []
    for text in texts:
        for m in _COUNTED_FROM.finditer(text):
            words = []
            for w in m.group(2).split():
                if w in _EVENT_ENDS or w[:1].isdigit() or len(words) == 3:
                    break
                if w not in STOPWORDS:
                    words.append(w)
            out.append((cardinal(m.group(1)) or m.group(1), frozenset(words)))
    return tuple(out)


def _digits(atom: Atom) -> str:
    """A value's number as the documents' stems write it ("2", "21")."""
    return f"{atom.value:g}" if atom.value is not None else ""


def _akin(a: set[str], b: set[str]) -> bool:
    """Two sets of stems share a word, or a word of one family ("delivery", "delivered": their
    first five letters)."""
    return bool(a & b) or any(len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5] for x in a for y in b)


def _other_anchor(facts: KeyFacts, answer: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A key length of time or share, stated, that the answer runs from or takes of another thing
    than the reference does, not a word of it in common ("within 7 days of first noticing it" for
    "within 7 days of delivery", "10% of the total award" for "10% of direct costs", "within 48
    hours of placing the order" for "of the delivery day"): another value, as the clock or the base
    is another. The answer's phrase names another thing when it names one outright (no pronoun),
    whatever its words, or when the documents write each lower-case word of it; a phrase with a
    pronoun in words they never write ("of buying it" for "of purchase", "within two days of
    spotting it" for "of detection") tells the same event in other words. A phrase of the
    question's words only is the question's own (an answer may restate it). Returns (the answer's
    phrase, the reference's) or None."""
    said = extract_atoms(answer)
    asked = _asked_anchor(facts.question_text)
    for key in facts.atoms:
        theirs = _anchored(facts.clause, key)
        anchor, written = _ANCHOR, False
        if theirs is None and asked is not None and key.kind == "quantity" and dimension(key.unit) in ("clock", "calendar"):
            # a reference that gives the length only ("7 days.") runs it from the question's event;
            # an answer's other event must be one the documents count another length from (the
            # question's event may be said otherwise: "before take-off" for "before a flight's
            # scheduled departure")
            (anchor, theirs), written = asked, True
        if theirs is None:
            continue
        for a in said:
            mine = _anchored(answer, a, anchor) if same_fact(key, a) else None
            if mine is None:
                continue
            # an abbreviation the documents define is the words it stands for ("from the RSD" for
            # "from the Rental Start Date")
            own = _stems_with_expansions(mine[1], vocab)
            if _akin(own, _stems_with_expansions(theirs[1], vocab)) or own <= facts.question | facts.elsewhere:
                continue
            if written:
                # an event the documents count another length from ("14 days of the statement
                # date"), never the key one: not the asked event in other words ("before sailing"
                # for "before departure", "ahead of the move"), nor the documents' own wording of it
                # ("2 months after your last dose" for "after finishing the course")
                counted = [n for n, event in _counted_from(vocab.stems) if _akin(own, event)]
                if counted and not any(n == _digits(key) for n in counted):
                    return mine[0], theirs[0]
            elif not _OBJECT_PRONOUN.search(mine[0]) or all(squash(t.raw) in vocab.lower for t in mine[1] if t.raw.islower()):
                return mine[0], theirs[0]
    return None


# the day a time of day falls on, relative to the event it belongs to: the day before it (-1),
# the day itself (0: "on the day", "on the day of the sale", "on sale day", "the same day"), the
# day after it (+1)
_KIND_OF_DAY = r"(?:(?:working|business|calendar|school)\s+)?"
_DAY_BEFORE = rf"the\s+{_KIND_OF_DAY}day\s+(?:before|prior\s+to)\b|the\s+previous\s+{_KIND_OF_DAY}day\b|the\s+eve\s+of\b"
_DAY_AFTER = rf"the\s+{_KIND_OF_DAY}day\s+(?:after|following)\b|the\s+(?:following|next)\s+{_KIND_OF_DAY}day\b"
_SAME_DAY = (r"on\s+the\s+day\b(?!\s+(?:before|after|following|prior)\b)|the\s+same\s+day\b|"
             r"on\s+(?!(?:the\s+)?(?:following|next|previous|working|business|calendar|school|same|first|last|"
             r"any|every|each|one|a|an|that|this|which|what|some)\b)"
             r"(?:the\s+)?[a-z]+\s+day\b(?!\s+(?:before|after|following|prior)\b)")
_DAY_OF_EVENT = re.compile(rf"(?P<before>{_DAY_BEFORE})|(?P<after>{_DAY_AFTER})|(?P<same>{_SAME_DAY})", re.IGNORECASE)


def _day_of(text: str, start: int = 0, end: int | None = None) -> tuple[int, str] | None:
    """The one day relative to its event that `text[start:end]` puts a time on (-1, 0, +1), and
    the phrase; None when it names none, or days that disagree."""
    found = [(-1 if m.group("before") else 1 if m.group("after") else 0, m.group(0))
             for m in _DAY_OF_EVENT.finditer(text, start, len(text) if end is None else end)]
    return found[0] if found and len({d for d, _ in found}) == 1 else None


def _other_day(facts: KeyFacts, answer: str) -> tuple[str, str] | None:
    """A key time of day the answer puts on another day of its event than the reference does, or
    than the question does where the reference names no day: "by 11:00 on the day of the event" for
    "by 11:00 the following day", "from 14:00 on the day before departure" where the question asks
    of the day of departure. The answer's day is said after the time, in its clause. Returns (the
    answer's phrase, the reference's or the question's) or None."""
    times = [k for k in facts.atoms if k.kind == "time"]
    if len(times) != 1:
        return None
    theirs = _day_of(facts.clause)
    if theirs is None and (asked := _day_of(facts.question_text)) is not None:
        theirs = asked[0], f"{asked[1]}' in the question, '{asked[1]}"
    if theirs is None:
        return None
    for claim in split_claims(answer):
        said = extract_atoms(claim.text)
        for a in said:
            if a.kind != "time" or not same_fact(times[0], a):
                continue
            nxt = next((b.start for b in said if b.start > a.end), None)
            mine = _day_of(claim.text, a.end, nxt)
            if mine is not None and mine[0] != theirs[0]:
                return mine[1], theirs[1]
    return None


def _other_bound(facts: KeyFacts, answer: str) -> tuple[str, str] | None:
    """A key value the reference bounds that the answer bounds only the other way ("refunds of over
    £150" for "Up to £150 per order", "signed off after 11:00" for "By 11:00"): another range, not the
    key fact, though another sentence of the documents may bound the value so for another case. A
    statement of the value with no bound leaves it as the reference has it (answers leave bounds
    out), and one bounded the reference's way states it; a bound read as `hallucination.turned_round`
    reads it (a denied one, "cannot approve refunds over £150", turns back). Returns (the answer's
    bound, the reference's) or None."""
    if facts.kind != "open" or _polar_lead(answer)[0] is not None:
        return None   # "No: dogs stay in the car only on crossings shorter than an hour" answers by the other case
    said = extract_atoms(answer)
    stated = extract_atoms(facts.clause)
    asked = _asked_bound(facts.question_text)
    for key in facts.atoms:
        theirs = bound_of(facts.clause, key) if key.kind in NUMERIC_KINDS else None
        # a value the reference gives alone is bounded as the question asks for it ("What is the
        # lowest mark that earns a Distinction?" - "130": 130 or more, not "marks of up to 130"); not
        # a point in time ("On what date does her minimum term end?": the term is the minimum)
        by_question = theirs is None and asked is not None and key.kind in NUMERIC_KINDS and key.kind not in DATE_KINDS
        where, text = (facts.question_text, extract_atoms(facts.question_text)) if by_question else (facts.clause, stated)
        theirs = asked if by_question else theirs
        # (a value hedged "just over" is near the value, no range: "Just over 21 stone" for "136 kg")
        mine = [(a, bound_of(answer, a)) for a in said if same_fact(key, a) and a.hedge is None] if theirs else []
        if mine and all(b is not None and not states_another_case(answer, b.start, b.end)
                        and turned_round(answer, a, b, said, where, theirs, text) for a, b in mine):
            b = mine[0][1]
            reference = where[theirs.start:theirs.end] if where is facts.clause \
                else f"{facts.clause[key.start:key.end]}, the {where[theirs.start:theirs.end]}"
            return answer[b.start:b.end], reference
    return None


# the superlatives and comparators a question asks a bound with (closed classes): "What is the
# minimum share ...?", "the lowest mark that earns ...", "How many at most ...?"
_ASKED_MIN = re.compile(r"\b(?:minimum|min|lowest|fewest|smallest|shortest|at\s+least|the\s+least)\b", re.IGNORECASE)
_ASKED_MAX = re.compile(r"\b(?:maximum|max|highest|largest|biggest|greatest|longest|at\s+most|the\s+most|up\s+to\s+(?:how|what))\b",
                        re.IGNORECASE)


def _asked_bound(question: str) -> Bound | None:
    """The bound a question asks a value as, where it names one way only: a minimum ("the lowest
    mark", "at least how many") or a maximum ("the maximum fee", "up to how many")."""
    low, high = _ASKED_MIN.search(question), _ASKED_MAX.search(question)
    if (low is None) == (high is None):
        return None
    m = low or high
    return Bound("min" if low else "max", m.start(), m.end())


def _kind_word(t: Token) -> bool:
    """A word that may name a kind before a head: no participle, no number."""
    return not participle(t.raw) and not any(c.isdigit() for c in t.raw)


def _same_word(a: str, b: str) -> bool:
    """One noun, in the singular or the plural ("sack", "sacks")."""
    a, b = normalize(a), normalize(b)
    return a == b or a.rstrip("s") == b.rstrip("s")


_BE = frozenset("is are was were be been being".split())
# verbs that link a subject to a state as "be" does ("is kept informed", "gets notified")
_LINKING = frozenset("get gets got gotten getting keep keeps kept stay stays stayed remain remains remained "
                     "become becomes became".split())
_SUBORDINATORS = r"after|before|once|when|whenever|while|following|unless|if|who|which|whose|with|without|upon|" \
                 r"on\s+the\s+advice"
# where a reference's subordinate part starts: brackets, or a comma-less or comma-led clause word
# (not the "with" of a thing that rests with someone, "the decision rests with the Harbour Master":
# a closed class of verbs of lying with, whose "with" names the holder)
_RESTING = ("rest", "rests", "rested", "lie", "lies", "lay", "sit", "sits", "sat", "remain", "remains", "remained",
            "stay", "stays", "stayed")
_NOT_RESTING = "".join(r"(?<!\b" + v + ")" for v in _RESTING)
_SUBORDINATE = re.compile(rf"[(\[;]|{_NOT_RESTING},?\s+(?:{_SUBORDINATORS})\b", re.IGNORECASE)
# an answer's clause that opens with one is subordinate ("…, after the CFO has reviewed it"), not an apposition
_SUBORDINATE_START = re.compile(rf"\s*(?:{_SUBORDINATORS})\b", re.IGNORECASE)
# a cleft: "Priya Nandakumar is the one who approves" puts the subject before "is"
_CLEFT = re.compile(r"(?:is|are|was|were)\s+(?:the\s+)?(?:one|ones|person|people|party|individual|body)?\s*(?:who|that|which)")
_DO = frozenset("do does did".split())


def _other_role(facts: KeyFacts, answer: str, key_atoms: list[str], vocab: Vocabulary) -> str | None:
    """For "who" questions: the answer must give the key fact the role the question asks about.
    "Who approves X?" answered "The line manager approves X and informs the department head"
    names the department head, but as the one informed. The asker is the subject of the
    question's verb (before it, or after "by" with its apposition, not a clause joined by "and");
    for "Who should an owner ask?" the verb's object; for "who was the X?" the clause that speaks
    of the X must hold the key fact (or its subject before it, or the answer's opening sentence,
    the key fact alone). The key fact may be written another way ("the Chief Financial Officer"
    for "the CFO", `_role_stems`)."""
    asked, named = _who_ask(facts)
    if asked is None:
        return None   # the key clause answers the question's other ask ("…, and within how many days?")
    q, through = _whom(tokens(asked))
    verb = _who_verb(q)
    if verb is None and through is None:
        return None
    asks_object = verb is not None and _asks_object(q)
    key_toks = named or _role_keys(facts, key_atoms)
    keys = {t.stem for t in key_toks}
    if not keys:
        return None
    split = _sentence_clauses(answer)
    pieces, sentence_of = [tokens(p) for _, p in split], [n for n, _ in split]
    person = _first_name(key_toks)   # a person the words may also name by part or role (`_referred_to`)

    def names(toks: list[Token], doer: bool = False) -> bool:
        """The words name whom the reference names: at least half its words ("the harbour master"
        does not name the Harbour Pilot Office), written any way (`_role_stems`), and not with
        another word where its others would stand ("the Centre Manager" for "the Duty Manager");
        or the person it names, by a part of the name or a role. The one who does the act asked
        about (`doer`: the subject or the agent of the question's verb) is named by the person's
        whole name too: the long post after it ("Joanna Pike, Head of Planning and Building
        Control") may be left out there, never where only a name is given with another act."""
        hit = keys & _role_stems(toks, key_toks, vocab, facts.question)
        return 2 * len(hit) >= len(keys) and (hit == keys or not _replaced(toks, hit, keys)) \
            or bool(person) and (doer and {t.stem for t in person} <= {t.stem for t in toks}
                                 or _referred_to(person, " ".join(t.raw for t in toks), vocab, facts.question))

    def apposed(n: int) -> bool:
        """Piece n is a noun phrase in apposition to the key fact the piece before it ends with, in
        one sentence ("Dr Helen Oduya, Senior Agronomist at the TGRI")."""
        return n > 0 and sentence_of[n - 1] == sentence_of[n] and bool(pieces[n - 1]) \
            and pieces[n - 1][-1].stem in keys and names(pieces[n - 1]) and _opens_noun_phrase(pieces[n])

    def sentence_toks(n: int, earlier: bool) -> list[Token]:
        """The words of the clauses of piece n's sentence before it, or of its appositions after it."""
        if earlier:
            return [t for i, p in enumerate(pieces[:n]) if sentence_of[i] == sentence_of[n] for t in p]
        out: list[Token] = []
        for i in range(n + 1, len(pieces)):
            if sentence_of[i] != sentence_of[n] or _SUBORDINATE_START.match(split[i][1]) \
                    or COORDINATED_START.match(split[i][1]):
                break
            out += pieces[i]
        return out

    if through is not None and split and _opens_with(split[0][1], through):
        # "To whom can an employee appeal?" answered "To X, …": the phrase the answer opens with,
        # its apposition after it, names whom the answer gives
        if names(pieces[0] + sentence_toks(0, earlier=False)):
            return None
        whom = " ".join(t.raw for t in content(pieces[0][1:])[:4]) or "someone else"
        return f"says {through.raw.lower()} {whom}, not the one the reference names"
    if verb is None:
        return None
    if _copular(q):
        role, q_content = _asked_role(q) - keys, {t.stem for t in content(q)} - keys
        # the clause that speaks of the role asked about ("site principal investigator"), then of
        # the question's other words ("at Clínica Sant Roc"); the first of equals
        hits = [(len(role & {t.stem for t in p}), len(q_content & {t.stem for t in p})) for p in pieces]
        at = max(range(len(pieces)), key=lambda i: (hits[i], -i))
        if len(pieces) < 2 or hits[at][1] == 0 or names(pieces[at]):
            return None
        if any(names(p) for p, k in zip(pieces, sentence_of) if k == 0) \
                and not any(role & {t.stem for t in p} for p, k in zip(pieces, sentence_of) if k == 0):
            return None   # the answer opens with the key fact alone ("Halvard Senn."), then adds more
        lead = next((i for i, t in enumerate(pieces[at]) if t.stem in role | q_content), 0)
        if (not content(pieces[at][:lead]) or _predicate_alone(pieces[at])) and names(sentence_toks(at, earlier=True)):
            # the clause's subject stands before it: "Rhys Calloway, RVN, has been Head Nurse", "Daniel
            # Okoro, at present the Deputy Manager, takes over … as Monitoring Centre Manager"
            return None
        if apposed(at):
            return None   # an apposition of the key fact: "… go to Dr Helen Oduya, Senior Agronomist at the TGRI"
        return "names the key fact in another role than the one asked about"
    # whether the question asks for a partner in the act ("investigated it with the manager"; not
    # "won the prize and is associated with X", another predicate's "with")
    partner = _with_at(q[next((i for i, t in enumerate(q) if t is verb), len(q)):]) is not None
    if not asks_object:
        doer = _act_given_to_another(q, verb, keys, split, pieces, names, sentence_toks)
        if doer:
            return f"says {doer} does what the question asks about, not the one the reference names"
    asked_words = {t.stem for t in content(q)} - keys - {verb.stem}
    for n, piece in enumerate(pieces):
        at = next((i for i, t in enumerate(piece) if _the_verb(piece, i, verb)), None)
        if at is None:
            main = tokens(_main_part(split[n][1]))
            if sentence_of[n] == 0 and names(main) and (_without_act(main, keys) or not any(
                    _bare_act(p, i, asked_words) for p, k in zip(pieces, sentence_of) if k
                    for i in range(len(p)) if _the_verb(p, i, verb))) and not any(
                    _the_verb(p, i, verb) for p, k in zip(pieces, sentence_of) if k == 0 for i in range(len(p))):
                return None   # the answer opens with the key fact alone ("Dr. Rafael Montoya, from X."), then adds more
            if (doer := _agent_noun_holder(piece, verb)) and not names(piece):
                return f"says {doer} is the one who {verb.raw}, not the one the reference names"
            continue
        if apposed(n):
            # an apposition of the key fact describes the one named, the act's word in it a noun's
            # ("Lotte Brennan, a freelance copy-editor"; "Maria Osei, the funeral director conducting")
            continue
        if denies_an_act(piece[:at + 1]):
            continue   # a denied act is given to no one: "The Member Farm does — CBS staff don't gather sheep"
        if asks_object:
            # "Who should an owner ask?": the one the answer gives as the verb's object ("ask X"),
            # or as its subject in the passive ("X should be asked")
            passive = at > 0 and normalize(piece[at - 1].raw) in _BE
            if names(piece[at + 1:] + sentence_toks(n, earlier=False)) or passive and names(piece[:at]):
                return None
            whom = " ".join(t.raw for t in content(piece[at + 1:])[:4]) or "someone else"
            return f"says to {verb.raw.lower()} {whom}, not the one the reference names"
        before = piece[:at]
        if any(normalize(t.raw) in _FREE_RELATIVES for t in piece):
            continue   # a rule for anyone ("signed by whoever did the work") gives the act to no one
        subject = [t for t in before if normalize(t.raw) not in AUXILIARIES and not adverb_of_time(t)]
        lead = " ".join(normalize(t.raw) for t in before)
        if subject and normalize(subject[-1].raw) in _PERSONAL:
            # "he still decides": a pronoun for someone the answer named before
            before = [t for p in pieces[:n] for t in p] + before
        elif not [t for t in before if normalize(t.raw) not in STOPWORDS | _LINKING and not adverb_of_time(t)] \
                or _CLEFT.fullmatch(lead):
            # the subject stands in the clauses before, set off by commas ("The Recycling
            # Services Manager, Priya Nandakumar, approves them", "…, Hendrik Visser, is kept
            # informed"), or before a relative pronoun ("X, who now leads it"): back to the
            # sentence's start
            before = sentence_toks(n, earlier=True) + before
        by = next((i for i, t in enumerate(piece[at:], at) if normalize(t.raw) == "by"), None)
        # "approved by the Recycling Services Manager, Priya Nandakumar": the agent's apposition,
        # but not a subordinate clause after it ("approved by the FBP, after the CFO has reviewed it")
        agent = piece[by:] + sentence_toks(n, earlier=False) if by is not None else []
        # "Who audited it with the CFO?" asks for a partner in the act, whom "with" names ("X
        # audited it with Y, the Controller", X being the CFO)
        with_ = _with_at(piece[at:]) if partner else None
        if with_ is not None:
            agent = agent + piece[at + with_:] + sentence_toks(n, earlier=False)
        # a colon after the act opens a noun phrase that says who it was ("A senior manager heard
        # it: the Regional Director, Mr Tarrant"): the general word before it, no name, is named
        # there (not by a clause of its own: "The deputy signed it: Maria Lopez was away")
        colon = split[n][1].find(":", piece[at].end)
        told = [t for t in piece if t.start > colon] + sentence_toks(n, earlier=False) if colon >= 0 else []
        if told and normalize(told[0].raw) in DETERMINERS and not any(t.raw[:1].isupper() for t in piece[1:at]) \
                and not any(normalize(t.raw) in AUXILIARIES | RELATIVES for t in told):
            agent = agent + told
        if not names(before, doer=True) and not names(agent, doer=True):
            doer = piece[by + 1:] if by is not None else piece[:at]   # the agent of a passive
            who = " ".join(t.raw for t in doer if normalize(t.raw) not in STOPWORDS
                           and not _CLEFT.fullmatch(f"is {normalize(t.raw)} who")) or "someone else"
            return f"says {who} {verb.raw}, not the one the reference names"
        return None
    return _only_subordinate(keys, [p for _, p in split])


def _without_act(toks: list[Token], keys: set[str]) -> bool:
    """The clause names the key fact with no act of its own after it ("Dr. Rafael Montoya", "The
    irrigation technician."): no lower-case content word follows its last key word. "Hendrik Visser
    approves recipe changes" gives the key fact another act, so an answer that opens with it and
    then gives the act asked about to someone else ("…, and the Head Grower is informed" for "Who is
    informed?") does not open with the key fact alone. A clause naming it otherwise (a part of a
    name, a role) is read as alone."""
    last = max((i for i, t in enumerate(toks) if t.stem in keys), default=None)
    return last is None or not any(t.raw.islower() and content([t]) for t in toks[last + 1:])


def _bare_act(piece: list[Token], at: int, asked: set[str]) -> bool:
    """The question's verb at piece[at] says the act asked about: nothing of its own after it ("the
    Head Grower is informed"), or a word of the question's ("removes the tag"); not a verb with an
    object of its own ("removes the key", "becomes Deputy Headteacher": another act of that verb),
    nor a denied one ("can't remove the tag"). An adverb of time is nothing of its own ("is informed
    afterwards")."""
    if negations(piece[:at + 1]):
        return False
    after = {t.stem for t in content(piece[at + 1:]) if not adverb_of_time(t)}
    return not after or bool(after & asked)


def _with_at(toks: list[Token]) -> int | None:
    """Where "with" stands in the predicate the words open with (a verb), before a coordinator
    opens another one: "restored it with Y", not "won it and is associated with Y"."""
    for i, t in enumerate(toks):
        word = normalize(t.raw)
        if word in COORDINATORS:
            return None
        if word == "with":
            return i
    return None


# "Who approved it, and who told the staff?": a question asking two whos, parted before the second
_SECOND_WHO = re.compile(r",?\s+(?:and|or)\s+(?=who\b)", re.IGNORECASE)


# a question's word that asks who
_ASKS_WHO = re.compile(r"\b(?:who|whom|whose)\b", re.IGNORECASE)
_SHORT_ASK = 3   # words of an ask coordinated with another inside one clause ("Within how long, and by whom, …")


def _who_ask(facts: KeyFacts) -> tuple[str | None, list[Token]]:
    """The part of the question whose "who" the key clause answers, and the words that name whom
    it gives there. A question that asks who and another thing (`_beside_who`), for a value or a
    description ("What are the goalposts made of, and who puts them up?"), is answered by the
    clause's names (none of its other words: "Steel …, put up by the POSD"); a key clause that opens
    with a value, or shares more words with the other ask (`_asked_part`), answers the other ask
    ("Who issues the invoices, and within how many days must they be paid?" – "within 30 days"),
    and no part then. Otherwise the part the clause shares most words with."""
    part = _asked_part(facts.question_text, facts.clause)
    if (pair := _beside_who(facts.question_text)) is None:
        return part, []
    opening = tokens(facts.clause)[:_VALUE_OPENS]
    if any(a.kind not in NAME_KINDS and opening and a.start <= opening[-1].start for a in facts.atoms) \
            or not _ASKS_WHO.search(part):
        # "within 30 days of the invoice date", "Nvidia is estimated to make nearly 1,000% …": the
        # clause answers the other ask, by a value or by the words it shares with it
        return None, []
    return pair[0], [t for a in facts.atoms if a.kind in NAME_KINDS for t in content(tokens(a.text))]


def _beside_who(question: str) -> tuple[str, str] | None:
    """The who ask and the other ask of a question that asks who and one thing more, an ask of its
    own ("What are the goalposts made of, and who puts them up?"); None for two whos, a "which" ask
    (it asks for a name too) or a short ask coordinated inside the who's clause ("Within how long,
    and by whom, …")."""
    asks = _ASKS_SPLIT.split(question)
    other = [a for a in asks if not _ASKS_WHO.search(a)]
    if len(asks) != 2 or len(other) != 1 or re.match(r"\W*which\b", other[0], re.IGNORECASE) \
            or len(tokens(other[0])) <= _SHORT_ASK:
        return None
    return next(a for a in asks if _ASKS_WHO.search(a)), other[0]


_VALUE_OPENS = 3   # words a clause opens with before its value when it answers a value ("within 30 days")


def _asked_part(question: str, clause: str) -> str:
    """The part of a question asking two whos that the key clause answers, the one sharing most
    content words with it (the first of equals): its verb, not the other part's, is the role the
    key fact must be given ("…; Marcus's team informed merchants" answers "who informed merchants")."""
    parts = _SECOND_WHO.split(question)
    if len(parts) < 2:
        return question
    said = {t.stem for t in content(tokens(clause))}
    overlap = [len(said & {t.stem for t in content(tokens(p))}) for p in parts]
    return parts[max(range(len(parts)), key=lambda i: (overlap[i], -i))]


# The prepositions a question may put before "whom" ("To whom …?", "Through whom …?"): a closed class
_WHOM_PREPOSITIONS = frozenset("to through from with by for of".split())


def _whom(q: list[Token]) -> tuple[list[Token], Token | None]:
    """A question asking whom, read as one asking who: "Whom should a student tell?" and "To whom
    must a crew report it?" ask for the verb's object, which `_asks_object` reads after "who";
    with the preposition that opens it ("To"), which an answer may open with in turn ("To X.")."""
    if q and normalize(q[0].raw) == "whom":
        return q, None
    if len(q) > 2 and normalize(q[0].raw) in _WHOM_PREPOSITIONS and normalize(q[1].raw) == "whom":
        return q[1:], q[0]
    return q, None


def _opens_with(piece: str, word: Token) -> bool:
    """The answer's clause opens with the question's preposition ("To Daniel Reyes")."""
    toks = tokens(piece)
    return bool(toks) and toks[0].stem == word.stem


def _agent_noun_holder(piece: list[Token], verb: Token) -> str | None:
    """A clause that says who holds the noun for the question's doer with a form of "be" ("The
    town's founder was X" for "Who founded …?", `_AGENT`; not a title, "Depot Manager"): X does the
    act asked about. Its capitalised words after the opening one, or None."""
    noun = next((i for i, t in enumerate(piece) if i > 0 and t.raw.islower() and t.stem != verb.stem
                 and t.stem.startswith(verb.stem)
                 and _AGENT.search(normalize(t.raw)) and len(normalize(t.raw)) <= len(verb.stem) + 3), None)
    if noun is None or not any(normalize(t.raw) in _BE for t in piece):
        return None
    capitals = [t.raw for t in piece[1:] if t.raw[:1].isupper() and content([t])]
    return " ".join(capitals[:4]) or None


# A clause that gives a reason or a concession ("since she chairs the panel") says no act of its own
_DEPENDENT_START = re.compile(r"\s*(?:since|because|as|so|although|though)\b", re.IGNORECASE)


def _act_given_to_another(q: list[Token], verb: Token, keys: set[str], split: list[tuple[int, str]],
                          pieces: list[list[Token]], names: Callable[[list[Token]], bool],
                          sentence_toks: Callable[[int, bool], list[Token]]) -> str | None:
    """"Who deals with refunds?" answered "Refunds are handled by X; Y only deals with the deposits":
    the act asked about is the question's other words ("refunds") as much as its verb, which the
    answer may say another way ("handled", "taken", "keeps"). The one main clause that says most of
    those words, without the question's verb, gives the act to its doer (the agent after "by", else
    the subject before those words); a doer with a capitalised word that does not name the key fact,
    while another clause names it and no clause with the question's verb says those words (the
    key fact is given another act: "Y only deals with the deposits"), is someone else in the role;
    not in an answer that opens with the key fact ("Y; the forms are kept by X"). The doer, or None."""
    # the question's first part: "Who approves it, and who is informed?" asks two things
    end = next((i for i, t in enumerate(q[1:], 1) if _WH.fullmatch(normalize(t.raw))), len(q))
    asked = {t.stem for t in content(q[1:end])} - {verb.stem} - keys - PREPOSITIONS   # "after" in "looks after"
    if not asked:
        return None
    shared = [0 if _SUBORDINATE_START.match(text) or _DEPENDENT_START.match(text)
              else len(asked & {t.stem for t in p}) for (_, text), p in zip(split, pieces)]
    best = max(shared, default=0)
    if best == 0 or shared.count(best) > 1:
        return None
    at = shared.index(best)
    piece = pieces[at]
    verbs = [(i, next(j for j in range(len(p)) if _the_verb(p, j, verb))) for i, p in enumerate(pieces)
             if any(_the_verb(p, j, verb) for j in range(len(p)))]
    # a clause with the question's verb says the act asked about unless it gives the verb an object
    # of its own ("deals with the equipment deposits", not "deals with them")
    if any(i == at or asked & {t.stem for t in pieces[i]} or not content(pieces[i][j + 1:]) for i, j in verbs) \
            or names(pieces[0]) or not any(names(p) for i, p in enumerate(pieces) if i != at):
        return None
    first = next(i for i, t in enumerate(piece) if t.stem in asked)
    by = next((i for i, t in enumerate(piece[first:], first) if normalize(t.raw) == "by"), None)
    # the subject: the words before the first lower-case word that says something (its verb:
    # "Bernadette Kerr keeps the record"); a phrase with none names no doer ("Oak Road's Depot Manager")
    verb_at = next((i for i, t in enumerate(piece[:first]) if t.raw[:1].islower() and content([t])), None)
    own = [t for t in piece[:first if verb_at is None else verb_at]
           if normalize(t.raw) not in STOPWORDS | _LINKING and not adverb_of_time(t)]
    if by is None and not own:
        # a clause that opens with its verb ("did the pick-up check", "ran the test") has its subject
        # in the clauses before, set off by commas ("Jordan Hale, the Returns Agent, did the pick-up
        # check"); not one that opens with the asked words ("UK visits fall …") or another word
        # ("even though …"); two words of the key fact there name it, however else it is worded
        # ("Their own plumber, Keith Farrow from Farrow Plumbing, found …")
        doer = sentence_toks(at, True)
        noun_phrases = all(p and (normalize(p[0].raw) in DETERMINERS or p[0].raw[:1].isupper())
                           for i, p in enumerate(pieces[:at]) if split[i][0] == split[at][0])
        if not first or not (verb_at == 0 or normalize(piece[0].raw) in AUXILIARIES) or not doer \
                or not noun_phrases or len({t.stem for t in doer} & keys) >= 2:
            return None
    elif by is None and verb_at is None:
        return None
    else:
        doer = piece[by + 1:] + sentence_toks(at, False) if by is not None else piece[:verb_at]
    capitals = [t for i, t in enumerate(doer) if t.raw[:1].isupper() and content([t])
                and (i > 0 or by is not None or len(doer) > 1 and doer[1].raw[:1].isupper())]
    if not capitals or names(doer):
        return None
    return " ".join(t.raw for t in capitals[:4])


def _predicate_alone(toks: list[Token]) -> bool:
    """The words open with a lower-case word that opens no subject of their own (no determiner,
    pronoun, preposition or coordinator: "takes over from her as manager"), a predicate whose subject
    stands before them."""
    first = normalize(toks[0].raw) if toks else ""
    return bool(first) and toks[0].raw[:1].islower() and first.isalpha() and not (
        first in DETERMINERS or first in PRONOUNS or first in PREPOSITIONS or first in COORDINATORS
        or first in RELATIVES)


def _opens_noun_phrase(toks: list[Token]) -> bool:
    """The words open with a determiner or a capital (a title: "Senior Agronomist at …"), as a
    phrase in apposition does."""
    return bool(toks) and (normalize(toks[0].raw) in DETERMINERS or toks[0].raw[:1].isupper())


# The free relative pronouns (a closed class): "whoever does the work" names nobody
_FREE_RELATIVES = frozenset("whoever whomever whichever whatever".split())
# The personal pronouns that stand for a person as a subject (a closed class)
_PERSONAL = frozenset("he she they".split())
# The prepositions among the stopwords (a closed class): a word right after one is a noun ("acts as
# witness", "comes up for approval"), never the verb of its clause; "to" may open an infinitive
_NOUN_AFTER = frozenset("as at by for from in into of on with about over".split())
# The endings of a noun for who does a verb ("manager", "inspector"): a closed class of English suffixes
_AGENT = re.compile(r"(?:er|or)s?$")
# the endings of a noun for the act itself ("approval" for "approve", "payment" for "pay"): a closed
# class of English suffixes; "Approval must come from X" says who approves, it does not approve
_ACT_NOUN = re.compile(r"(?:al|ment|ion)s?$")


def _the_verb(toks: list[Token], i: int, verb: Token) -> bool:
    """toks[i] is the question's verb: its stem, and not a noun of the same stem, as the word of a
    name or a title ("Brindle Road's Station Manager" manages nothing: a capital inside the clause),
    after a determiner ("the approval") or a preposition ("acts as witness": only "to" opens a verb),
    or a noun for who does it ("manager" for "manages") or for the act ("Approval must come from …")."""
    t = toks[i]
    if t.stem != verb.stem or i > 0 and (normalize(toks[i - 1].raw) in DETERMINERS | _NOUN_AFTER
                                         or t.raw[:1].isupper()) or _phrase_head(toks, i):
        return False
    return not any(rx.search(normalize(t.raw)) and not rx.search(normalize(verb.raw)) for rx in (_AGENT, _ACT_NOUN))


def _phrase_head(toks: list[Token], i: int) -> bool:
    """toks[i] ends a noun phrase: in its bare form, closing the clause (punctuation, the end, or a
    verb or preposition after it), and after a possessive ("the Committee's chair is Kwame
    Dunmore") or a determiner and one or two words with no plural among them ("the delivery lead;",
    "the original chair, Dr Tobias Fenn"). A present-tense verb there would agree with a singular
    subject ("the delivery leads"); a past or a participle ("the deputy signed it"), or a bare form
    with an object after it ("the police receive them"), is a verb."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    if i == 0 or re.search(r"(?:s|ed|ing)$", normalize(t.raw)):
        return False
    if nxt is not None and nxt.start - t.end <= 1 \
            and normalize(nxt.raw) not in AUXILIARIES | _NOUN_AFTER | {"to"}:
        return False
    if t.start - toks[i - 1].end > 1:
        return False
    if re.search(r"['’]s$|s['’]$", toks[i - 1].raw):
        return True
    for j in range(i - 1, max(i - 3, -1), -1):
        w = normalize(toks[j].raw)
        if toks[j + 1].start - toks[j].end > 1:
            return False
        if w in DETERMINERS:
            return j < i - 1
        if w in AUXILIARIES or w in _PERSONAL or w.endswith("s") or not w.isalpha():
            return False
    return False


def _replaced(toks: list[Token], hit: set[str], keys: set[str]) -> bool:
    """A word of a name stated with another content word right before it in place of the name's
    own ("Centre Manager" where the name is "Duty Manager"), or with another capitalised word
    right after it, the rest of another name ("Cllr Sandhu" where the name is "Cllr Faraday",
    "Programme Officer" where it is "Director of Programmes")."""
    return any(t.stem in hit and i > 0 and t.start - toks[i - 1].end <= 1 and content([toks[i - 1]])
               and toks[i - 1].stem not in keys for i, t in enumerate(toks)) \
        or any(t.stem in hit and t.raw[:1].isupper() and n.start - t.end <= 1 and n.raw[:1].isupper()
               and content([n]) and n.stem not in keys for t, n in zip(toks, toks[1:]))


def _main_part(piece: str) -> str:
    """A clause less its subordinate part; nothing of one that opens with it."""
    return "" if _SUBORDINATE_START.match(piece) else _SUBORDINATE.split(piece, maxsplit=1)[0]


def _main_stems(piece: str) -> set[str]:
    """The content stems of a clause less its subordinate part; none of one that opens with it."""
    return {t.stem for t in content(tokens(_main_part(piece)))}


def _only_subordinate(keys: set[str], pieces: list[str]) -> str | None:
    """Without the question's verb: the answer names the key fact only in a subordinate part, which
    sets a time or a condition ("The ASP approves it after Corvane Customer Care has inspected
    it"), while its main clauses speak of someone else: the key fact in another role."""
    main = {s for piece in pieces for s in _main_stems(piece)}
    said = {t.stem for piece in pieces for t in tokens(piece)}
    if main and keys & said and not keys & main:
        return "names the key fact only in a subordinate clause, in another role than the one asked about"
    return None


_ORDER = re.compile(r"\b(after|before)\b", re.IGNORECASE)   # the two words of order (a closed class)


def _reversed_order(facts: KeyFacts, answer: str) -> str | None:
    """For "who" questions whose reference orders the asked act against another role's ("The CFO,
    after the FBP has reviewed the claim"): an answer that puts the other act on the same side of
    the asked one ("the FBP reviews the claim after the approval") reverses the order."""
    q = tokens(facts.question_text)
    verb = _who_verb(q)
    m = _ORDER.search(facts.clause)
    if verb is None or _asks_object(q) or _copular(q) or m is None \
            or not content(tokens(facts.clause[: m.start()])):
        return None
    other = {t.stem for t in content(tokens(facts.clause[m.end():]))} - facts.question
    if not other:
        return None
    for piece in answer_clauses(answer):
        toks = tokens(piece)
        for i, t in enumerate(toks):
            if normalize(t.raw) != m.group(1).lower():
                continue
            left, right = {x.stem for x in toks[:i]}, {x.stem for x in toks[i + 1:]}
            if verb.stem in right and verb.stem not in left and 2 * len(left & other) >= len(other):
                return f"reverses the order of events the reference gives ('{facts.clause.strip()}')"
    return None


def _who_verb(q: list[Token]) -> Token | None:
    """The verb of a question asking who does something ("Who approves …?", "Who was the …?"), or
    whom someone does it to ("Who should an owner ask about …?": `_asks_object`); None for other
    questions and for "Who did X defeat?" """
    if len(q) < 2 or normalize(q[0].raw) not in ("who", "whom") or normalize(q[1].raw) in _DO:
        return None
    if normalize(q[0].raw) == "whom" and not _asks_object(q):
        return None   # "Through whom is the extractor booked?": no verb of its own to read
    if _asks_object(q):
        # the subject's words run up to the verb, the last word before a function word
        rest = q[_subject_at(q) + 1:]
        end = next((i for i, t in enumerate(rest) if normalize(t.raw) in STOPWORDS), len(rest))
        return rest[end - 1] if end > 0 else None
    # "Who has to fit …?", "Who needs to sign …?": the infinitive's "to" is no verb, the word after it is;
    # nor is an adverb of time ("Who now deals with …?"); "has" before a determiner is the verb
    # itself ("Who has the final say?")
    return next((t for i, t in enumerate(q[1:], 1)
                 if normalize(t.raw) in _HAVE and i + 1 < len(q) and normalize(q[i + 1].raw) in DETERMINERS
                 or normalize(t.raw) not in AUXILIARIES and not adverb_of_time(t)
                 and not (normalize(t.raw) == "to" and i + 1 < len(q))), None)


_MODALS = frozenset("can could should must may might will would shall".split())
_HAVE = frozenset("has have had".split())


def _subject_at(q: list[Token]) -> int:
    """Where the word after "who" and its auxiliaries stands."""
    return next((i for i, t in enumerate(q[1:], 1) if normalize(t.raw) not in AUXILIARIES), len(q))


def _asks_object(q: list[Token]) -> bool:
    """"Who should an owner ask?", "Who can you contact?": after "who" and an auxiliary, a subject
    of its own (a determiner, a pronoun or a name opens it), so "who" is the verb's object."""
    at = _subject_at(q)
    if normalize(q[1].raw) not in _MODALS or at >= len(q):
        return False
    word = normalize(q[at].raw)
    return word in DETERMINERS or word in PRONOUNS or q[at].raw[:1].isupper()


def _role_keys(facts: KeyFacts, key_atoms: list[str]) -> list[Token]:
    """The words that name whom the reference says: its names before any subordinate part of it,
    else that part's words the question does not hold (less its numbers: "The owner, for up to 7
    days"), else any of its names, else its key facts. The subordinate part may name another role
    ("The CFO, after the FBP has reviewed the claim")."""
    head = _SUBORDINATE.split(facts.clause, maxsplit=1)[0] if facts.clause else ""
    names = [a for a in facts.atoms if a.kind in NAME_KINDS]
    values = [(a.start, a.end) for a in facts.atoms if a.kind not in NAME_KINDS]
    for found in ([t for a in names if a.start < len(head) for t in content(tokens(a.text))],
                  _subject_named(head),
                  [t for t in content(tokens(head)) if t.stem not in facts.question
                   and not any(lo <= t.start < hi for lo, hi in values)],
                  [t for a in names for t in content(tokens(a.text))]):
        if found:
            return found
    return facts.words + [t for k in key_atoms for t in content(tokens(k))]


# a clause's subject that is a name, before its verb: "NMI pays …", "The POSD marks …"
_SUBJECT_NAME = re.compile(r"^\W*(?:the\s+)?(?P<name>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)(?=\s+[a-z])")


def _subject_named(head: str) -> list[Token]:
    """The words of a name that opens the clause as its subject ("NMI pays the recovery costs"), a
    name the question may give in another role ("Who pays if NMI's contractor left a gate open?"):
    the reference names it as the one who acts. Not a possessor ("NMI's contractor pays")."""
    m = _SUBJECT_NAME.match(head)
    if not m:
        return []
    name = m.group("name")
    if not any(a.kind in NAME_KINDS and a.text == name for a in extract_atoms(name)):
        return []
    return content(tokens(name))


def _role_stems(toks: list[Token], keys: list[Token], vocab: Vocabulary, asked: set[str]) -> set[str]:
    """The stems of an answer's words, with what its abbreviations stand for and the key acronyms
    its words spell out: "the Chief Financial Officer" names "the CFO", "the TRD" the Travel Risk Desk;
    and the other name the documents give a name (a post for its holder: `with_aliases`)."""
    return _stems_with_expansions(with_aliases(toks, vocab), vocab) | acronym_stems(keys, toks, asked)


def _copular_at(q: list[Token]) -> int | None:
    """Where the form of "be" of a question "who" + "be" stands: "Who was the X?", also after
    auxiliaries ("Who has been head chef of X?", "Who will be the chair?"); None for other verbs."""
    at = next((i for i, t in enumerate(q[1:], 1) if normalize(t.raw) not in AUXILIARIES - _BE), None)
    if at is None or normalize(q[at].raw) not in _BE:
        return None
    # "Who is informed …?" is a passive: its participle is the verb asked about, no role
    nxt = normalize(q[at + 1].raw) if at + 1 < len(q) else ""
    return None if len(nxt) > 3 and (nxt.endswith("ed") or irregular_past(nxt)) else at


def _copular(q: list[Token]) -> bool:
    return _copular_at(q) is not None


def _asked_role(q: list[Token]) -> set[str]:
    """"Who was the site principal investigator at X?": the role's words, after the verb and up to
    the first function word."""
    out: set[str] = set()
    for t in q[(_copular_at(q) or 1) + 1:]:
        word = normalize(t.raw)
        if word in STOPWORDS and (out or word not in DETERMINERS):
            break
        if word not in STOPWORDS:
            out.add(t.stem)
    return out


def _first_name(words: list[Token]) -> list[Token]:
    """The first run of capitalised key words, a name ("Marta Okafor" in "Marta Okafor, the Head
    of People"): the answer must give it (all of a short one, all but one word of a long one, so
    "Richard Nixon" gives "President Richard Nixon"); the words describing it may be reworded."""
    run: list[Token] = []
    for t in words:
        # next to the one before in one text (the key words may come from several atoms' texts,
        # each counted from 0: "Joanna Pike" and then "Head" of "Joanna Pike, Head of Planning")
        if t.raw[:1].isupper() and (not run or 0 <= t.start - run[-1].end <= 1):
            run.append(t)
        elif run:
            break
    # a capital that only starts a sentence ("Engineers replaced it") is not a name
    return run if len(run) > 1 or (run and run[0].start > 0) else []


def _referred_to(name: list[Token], answer: str, vocab: Vocabulary, asked: set[str]) -> bool:
    """The answer refers to the person `name` other than by the name in full: by a part of it or a
    role the documents give that person alone (`aliases.named_in_part`, `aliases.described_as`)."""
    said = whole_name(" ".join(t.raw for t in name))
    return bool(said) and (named_in_part(said, [answer], vocab) or described_as(said, answer, vocab, asked))


def _without_question_phrases(toks: list[Token], question: str) -> list[Token]:
    """The answer's words less those in a run of two or more words copied from the question."""
    q = [t.stem for t in tokens(question)]
    pairs = {(a, b) for a, b in zip(q, q[1:])}
    copied = set()
    for i, (a, b) in enumerate(zip(toks, toks[1:])):
        if (a.stem, b.stem) in pairs and b.start - a.end <= 1:
            copied.update((i, i + 1))
    return [t for i, t in enumerate(toks) if i not in copied]


# A reference that is a list of things and nothing else ("Turkey, duck and chicken", "Heating, water,
# electricity, wi-fi and contents insurance", "No; only cash and cards"), a bracketed aside set
# apart: two or more items of one to three words, none a number, a function word or a clause's mark
# after an item's first word (an item with "the" inside, "Replacing the greens", is a clause), nor a
# name of several words (a person and their posts, "Ruth Calloway, the Principal and senior
# instructor", is an apposition, which the name rules read).
_LIST_LEAD = re.compile(r"\s*(?:(?:yes|no)\b[,;:.]?\s*)?(?:only\s+)?", re.IGNORECASE)
_LIST_TAIL = re.compile(r"(?:\s+only)?[.!]?\s*$", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_ITEM_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LIST_ITEM_WORDS = 3
# the prepositions of the one phrase an item may end with
_ITEM_TAIL = frozenset(("with", "of"))


def _list_items(clause: str) -> list[tuple[int, int]] | None:
    """The items of a reference that lists things and says nothing else, as (start, end) in the
    clause; None when it is no such list."""
    masked = _blank_asides(clause)
    start = _LIST_LEAD.match(masked).end()
    end = _LIST_TAIL.search(masked, start).start()
    body = masked[start:end]
    cuts = list(_LIST_SEPARATOR.finditer(body))
    if not cuts or not re.search(r"\b(?:and|or)\s+[^,]+$", body, re.IGNORECASE):
        return None
    spans, at = [], 0
    for m in [*cuts, None]:
        lo, hi = at, (m.start() if m else len(body))
        words = body[lo:hi].split()
        # (an item may open with its count, "6 black refuse sacks", and end with one phrase of
        # "with" or "of": "a bus pass with photo")
        if len(words) > 1 and (words[0].isdigit() or words[0].isalpha() and is_count_word(normalize(words[0]))):
            words = words[1:]
        tail = next((i for i, w in enumerate(words[1:], 1) if normalize(w) in _ITEM_TAIL), len(words))
        if not 1 <= tail <= _LIST_ITEM_WORDS + (normalize(words[0]) in DETERMINERS) \
                or len(words) - tail == 1 or len(words) - tail > 3 \
                or not all(_ITEM_WORD.fullmatch(w) for w in words) \
                or any(normalize(w) in STOPWORDS for w in words[1:tail] + words[tail + 1:]) \
                or normalize(words[0]) in STOPWORDS and normalize(words[0]) not in DETERMINERS \
                or len(words) > 1 and all(w[0].isupper() for w in words):
            return None   # (a name of several words opens an apposition, "Ruth Calloway, the Principal …")
        spans.append((start + lo, start + hi))
        at = m.end() if m else at
    return spans


def _list_item_left_out(facts: KeyFacts, missing: list[Token]) -> str | None:
    """An item of a listed reference (`_list_items`) none of whose key words the answer states:
    the list is a set of facts, each its own, which the other items' words cannot make up for ("a
    turkey, a goose and a chicken" for "Turkey, duck and chicken" states two of three words, and
    leaves the duck out). An item with some of its words stated is reworded, not left out ("in
    charge of solvent and machine safety" for "Solvent and machine safety lead", where the items
    share a head); items the question names carry no key word and are not judged. A head the items
    share states none of them ("4 green garden-waste sacks" leaves out "4 clear recycling sacks").
    The item, or None."""
    if facts.kind != "open" or not missing or (items := _list_items(facts.clause)) is None:
        return None
    gone = {t.start for t in missing}
    # (what an item's brackets add, "Juniper (private lessons only)", is no word of the item)
    per_item = [[t for t in facts.words if lo <= t.start < hi and not in_aside(t, facts.clause)] for lo, hi in items]
    for n, ((lo, hi), keys) in enumerate(zip(items, per_item)):
        # (a head the items share, "6 black refuse sacks and 4 clear recycling sacks", states none)
        others = {t.stem for m, ks in enumerate(per_item) if m != n for t in ks}
        own = [t for t in keys if t.stem not in others] or keys
        if own and all(t.start in gone for t in own):
            return facts.clause[lo:hi].strip()
    return None


def _needed(n: int) -> int:
    """How many of n key words an answer must state: every one of a short phrase ("attacking
    midfielder"), at least half of a long clause, whose other words an answer may reword."""
    if n <= 2:
        return n
    return max(2, math.ceil(n / 2))


# a dash set off by spaces cuts as a comma does ("Kestrel's Chief Pilot — that's Imogen Ashcroft")
_ANSWER_CLAUSE = re.compile(r"[;,]\s+|\s[—–]\s+|\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|his|her|their|its)\b)")


def answer_clauses(answer: str) -> list[str]:
    """Sentences (abbreviations kept whole), cut at commas, semicolons, spaced dashes and
    clause-joining "and"."""
    return [p for _, p in _sentence_clauses(answer)]


def _sentence_clauses(answer: str) -> list[tuple[int, str]]:
    """`answer_clauses`, each with the number of the sentence it stands in (a semicolon ends one
    too: "Contact the landlord; Dana Whitlow, the manager, then …" gives the landlord no apposition)."""
    parts = [part for c in split_claims(answer) for part in _SEMICOLON.split(c.text) if part.strip()]
    return [(n, p) for n, part in enumerate(parts) for p in _ANSWER_CLAUSE.split(part) if p.strip()] or [(0, answer)]


_SEMICOLON = re.compile(r";\s+")


_COORDINATOR = re.compile(r"\s+(?:and|but|so|then)\s+", re.IGNORECASE)   # (a closed class)


def _bound_tokens(facts: KeyFacts, answer: str) -> list[Token]:
    """The answer's words, less those of clauses about another role the reference names: in
    "The line manager approves it, and the department head is informed", the department head is
    bound to "informed", which the reference says of someone else."""
    if not facts.elsewhere:
        return tokens(answer)
    key = {t.stem for t in facts.words}
    own = facts.question | {t.stem for t in content(tokens(facts.clause))}
    kept: list[Token] = []
    # cut at least where the reference's clauses are cut ("Uncommon - it may affect up to 1 in 100
    # people": "It is uncommon: up to 1 in 100" states the key word in a clause of its own), and at
    # each coordinator: what the answer adds after "and" / "so" is judged apart, so the key words
    # stated before it are not lost because the answer goes on to the reference's other clause too
    # ("The bar jammed and it stayed shut until …", "a broken wrist and mild concussion"); a swap
    # stays a swap ("the area director approves and the branch manager is told": the manager is
    # still bound to "told")
    for piece in (q for c in answer_clauses(answer) for p in _CLAUSE.split(c) for q in _COORDINATOR.split(p)
                  if q.strip()):
        toks = tokens(piece)
        ctx = {t.stem for t in content(toks)} - key
        if len(ctx & facts.elsewhere) <= len(ctx & own):
            kept += toks
    return kept


_CLAUSE_REACH = 8   # a negation rejects an option anywhere in its clause ("don't belong in the black box")


def _judge_choice(facts: KeyFacts, answer: str, toks: list[Token], vocab: Vocabulary) -> Judgement:
    toks = with_aliases(toks, vocab, in_place=True)   # "Arm A" names the oxalenib arm where a document says so
    # a hyphened compound's particle is no way of change: "the follow-up" goes neither up nor down
    toks = [t for i, t in enumerate(toks) if not (i and answer[toks[i - 1].end:t.start] == "-"
                                                  and change_pole(t.raw, degree=False) is not None)]
    # a value of a closed attribute names its option in any of its words: "over the phone" for "by telephone"
    offered = [t for o in (facts.chosen, *facts.others) for t in o]
    offered_stems = {t.stem for t in offered}
    synonyms = [Token(w, stem(w), t.start, t.end) for t in toks for w in same_value_words(t.raw)
                if stem(w) in offered_stems]
    # ... and a word of its place in a sequence: "the last day" for "the final day" (`same_rank`)
    synonyms += [Token(o.raw, o.stem, t.start, t.end) for t in toks for o in offered
                 if o.stem != t.stem and same_rank(t, o)]
    # ... and an option that is a way of change ("up", "fall"; not a comparative: "larger or
    # smaller than after the first?") in any of its words: "it rose" for "up", "it was cut" for "down"
    synonyms += [Token(o.raw, o.stem, t.start, t.end) for t in toks if (way := change_pole(t.raw)) is not None
                 for o in offered if o.stem != t.stem and change_pole(o.raw, degree=False) == way]
    if synonyms:   # (in the answer's order: what negates a word reads words by their place)
        toks = sorted(toks + synonyms, key=lambda t: t.start)
    toks = _as_offered(toks, offered)
    toks = _values_as_offered(answer, toks, [facts.chosen, *facts.others], facts.question_text)
    other_stems = {t.stem for o in facts.others for t in o}
    distinct = [t for t in facts.chosen if t.stem not in other_stems] or facts.chosen
    name = " ".join(t.raw for t in facts.chosen)
    stems = _stems_with_expansions(toks, vocab)
    hit = [t for t in distinct if _covered(t, stems, toks, vocab)]
    # named as the reference names it: "The team named first." for "the team named first on the fixture list"
    as_told = {t.stem for t in distinct if t.stem in facts.stated}
    if not hit or len(hit) * 2 < len(distinct) and not (as_told and as_told <= {t.stem for t in hit}) \
            and not _named_by_name_word(hit, toks, facts.question_text):
        return Judgement(False, [name], f"does not name the option the reference gives ('{name}')")
    own = _own_forms([facts.chosen, *facts.others], tokens(facts.question_text), vocab)
    # (an option that holds the others' words is both of them: "to residents and non-residents alike"
    # for "to residents only, or to residents and non-residents alike?", which "both" names)
    both = all({t.stem for t in o} <= {t.stem for t in facts.chosen} for o in facts.others)
    if not both and _declines_to_choose(answer, own):
        return Judgement(False, [name], f"does not choose one option (the reference gives '{name}')")
    # "not the black box", "they don't belong in the black box": a rejected option is no choice of it
    denied = negated_starts(toks, reach=_CLAUSE_REACH) | _contrasted(answer)
    chosen = _option_forms(distinct, vocab)
    # (an acronym names the whole option, though its own words are only some of the option's: "the
    # DPP" for "the Disabled Person's Pass or the Older Person's Pass?"; not one the others share)
    acronyms = _option_forms(facts.chosen, vocab)[1].difference(*(_option_forms(o, vocab)[1] for o in facts.others))
    chosen = (chosen[0] | {_adverb(t.stem) for t in distinct}, chosen[1] | acronyms)
    concluded = _concluded(facts, answer, own)
    if concluded is not None:
        # "Ambermoor's sat below Halbrook's 12.4%, so Halbrook was higher": the clause that says
        # the question's comparison of one option gives the choice, wherever the options stand
        # (also one named only in a contrast: "Day 4 has less, 950 m against Day 6's 1,120 m")
        if concluded is facts.chosen:
            return Judgement(True)
        preferred = " ".join(t.raw for t in concluded)
        return Judgement(False, [name], f"prefers '{preferred}' to the option the reference gives ('{name}')")
    first_chosen = min((t.start for t in _naming(toks, chosen) if t.start not in denied), default=math.inf)
    if first_chosen == math.inf:
        return Judgement(False, [name], f"rejects the option the reference gives ('{name}')")
    given = _option_forms(facts.chosen, vocab)
    for other in facts.others:
        words, acronyms = _option_forms(other, vocab)
        own = (words - given[0], acronyms - given[1])
        first_other = min((t.start for t in _naming(toks, own) if t.start not in denied), default=math.inf)
        if first_other < first_chosen:
            return Judgement(False, [name], f"prefers '{' '.join(t.raw for t in other)}' to the option the "
                                            f"reference gives ('{name}')")
    return Judgement(True)


def _named_by_name_word(hit: list[Token], toks: list[Token], question: str) -> bool:
    """An option named by a word of its name that no other option has, capitalised where the
    question writes it (not as its first word) and in the answer: "Hexley." for "Hexley Green Waste
    Depot", "Foundations" for "the Reformer Foundations course", as people shorten a name. Not a word
    the question writes outside the option too ("Otter" of "Why is the Otter deposit rising: X, or
    damage to Otter boats?")."""
    q_toks = tokens(question)
    once = {s for s, n in Counter(t.stem for t in q_toks).items() if n == 1}
    named = {t.stem for t in q_toks[1:] if t.raw[:1].isupper() and not t.is_acronym and t.stem in once} \
        & {t.stem for t in toks if t.raw[:1].isupper()}
    return any(t.stem in named for t in hit)


# Words that put the noun phrase after them up against the one the clause is about (a closed class):
# "unlike Plan F, Plan P covers labour", "50 m, against 30 m for the Harrier H6", "more than Tier A"
_CONTRASTING = frozenset("unlike than versus vs against".split())
# in a clause that compares, a preposition of degree names the standard of comparison as "than"
# does: "Vatna's rate sat below Lang's" ranks Vatna against Lang (a closed class)
_STANDARD_OF_COMPARISON = _CONTRASTING | {"above", "below"}
_COMPARED = frozenset({"compared", "comparison"})   # "compared with X", "in comparison to X"
# the side of time an order word puts its subject on, against its object (a closed class): "X, two
# years before Y": Y is the point X is set against
_ORDER_SIDE = {"before": "earlier", "after": "later"}
_ORDER_WORDS = frozenset(_ORDER_SIDE)
_PHRASE_REACH = 5    # words of the contrasted noun phrase ("the Academic Appeals Committee's")
_PHRASE_END = re.compile(r"[,;:.!?()—–]")


def _contrasted(answer: str, words: frozenset[str] = _CONTRASTING, after_content: bool = False) -> set[int]:
    """The starts of the words of a noun phrase the answer names only to contrast it with another:
    what follows "unlike", "than", "against", "compared with" (or other `words`) up to the next
    punctuation. An option named there is not the one the answer chooses, wherever it stands. Read
    on the answer's own words (an alias added at a place shares its start). `after_content`: only
    where a content word stands before the contrasting word."""
    toks = tokens(answer)
    out: set[int] = set()
    for i, t in enumerate(toks):
        w = normalize(t.raw)
        if after_content and not content(toks[:i]):
            continue
        if w in _COMPARED and i + 1 < len(toks) and normalize(toks[i + 1].raw) in ("with", "to"):
            i += 1
        elif w not in words or i >= 2 and opens_bound(toks, i - 2):
            continue   # (the "than" of a bound sets no other thing against it: "no more than 28 days")
        for j in range(i + 1, min(i + 1 + _PHRASE_REACH, len(toks))):
            if _PHRASE_END.search(answer[toks[j - 1].end:toks[j].start]):
                break
            out.add(toks[j].start)
    return out


def _as_offered(toks: list[Token], offered: list[Token]) -> list[Token]:
    """The answer's words of change written as the option that says the same way: "drop" chooses
    "fall" of "will it rise or fall?", "increased" (or "an increase") chooses "up" of "did it go up or
    down?" (the particles of a verb of change name its poles: `_PARTICLE_POLES`), "sooner" chooses
    "earlier"."""
    return [next((Token(o.raw, o.stem, t.start, t.end) for o in offered
                  if o.stem != t.stem and (way := _option_way(o.raw)) and same_direction(way, t.raw)), t)
            for t in toks]


# "go up or down?": the particle of a verb of change offers that verb's pole (a closed class)
_PARTICLE_POLES = {"up": "rise", "down": "fall"}


def _option_way(word: str) -> str | None:
    """The word of direction an option's word offers: itself, or the verb of change its particle
    stands for ("up": "rise"); None for any other word."""
    w = normalize(word)
    return _PARTICLE_POLES.get(w) or (word if direction_word(word) else None)


def _values_as_offered(answer: str, toks: list[Token], options: list[list[Token]], question: str = "") -> list[Token]:
    """The answer's value written otherwise than the one option it is the same as, read as that
    option's words where it stands: "once every 96 hours" names "every 4 days" of "every 3 days or
    every 4 days?" (`same_fact`, converting), "2.5 hours" names "two and a half hours", "7 pm" names
    "19:00" (a time of day by its 24-hour reading), "seventy-two" names "72". An option's value is read from the question's
    own words for it (`_option_text`), its function words and signs included."""
    read = [(o, text, extract_atoms(text)) for o in options for text in (_option_text(o, question),)]
    answer_atoms = extract_atoms(answer)
    # a share names the option that gives it otherwise: "50%" names "half weight" ("at full weight or
    # at half weight?"), "a quarter" names "25%"
    shares = [(value, o) for o, text, atoms in read for _, _, value in shares_of(text, atoms)]
    for start, end, value in shares_of(answer, answer_atoms):
        toks = _named_as(toks, start, end, [o for v, o in shares if same_value(v, value)])
    offered = [(b, o) for o, _, atoms in read for b in atoms if _is_value(b)]
    for a in answer_atoms:
        if _is_value(a):   # (the same fact to the answer's precision)
            toks = _named_as(toks, a.start, a.end,
                             [o for b, o in offered if b.kind == a.kind and b.text != a.text and same_fact(b, a)])
    return toks


def _named_as(toks: list[Token], start: int, end: int, matches: list[list[Token]]) -> list[Token]:
    """The answer's words between `start` and `end` read as the option's words there, where exactly
    one option (`matches`) is the same value; the tokens as they are otherwise."""
    inside = [i for i, t in enumerate(toks) if start <= t.start and t.end <= end]
    if len(matches) != 1 or not inside:
        return toks
    return toks[:inside[0]] + [Token(t.raw, t.stem, start, end) for t in matches[0]] + toks[inside[-1] + 1:]


def _is_value(a: Atom) -> bool:
    """A quantity with its unit, a bare number or a time of day: a value an option can be written
    as otherwise ("seventy-two" for "72")."""
    return a.value is not None and (a.kind == "quantity" and bool(a.unit) or a.kind in ("time", "number"))


def _option_text(option: list[Token], question: str) -> str:
    """The question's words for an option, from its first word to its last ("two and a half hours"
    for the option words "two half hours", "19:00" for "19 00"); its words alone where the question
    does not hold them in order."""
    raws = [t.raw for t in option]
    if not raws:
        return ""
    # the function words and signs the option words leave out, never the "or" between two options
    gap = r"[^\w]*(?:(?!(?:or|vs|versus)\b)\w+[^\w]+){0,3}?"
    # (with a sign that ends a value: "50%" of "charged at 50% or at 100%?" is a share)
    rx = re.compile(r"(?<!\w)" + gap.join(re.escape(r) for r in raws) + r"(?:\s?%)?(?!\w)")
    found = [m.group(0) for m in (rx.match(question, i) for i in range(len(question))) if m]
    return min(found, key=len) if found else " ".join(raws)


def _declines_to_choose(answer: str, forms: list[tuple[set[str], set[str]]]) -> bool:
    """The answer says "both" or "neither" in its first clause or one that names an option (by
    its `forms`, `_own_forms`): "both groups spend that session at the hives" said later of another
    occasion is no refusal, nor is "Crutching costs more …; both are optional extras"."""
    for n, clause in enumerate(answer_clauses(answer)):
        toks = tokens(clause)
        if any(normalize(t.raw) in _EXCLUSIVE for t in toks) and (n == 0 or any(_naming(toks, f) for f in forms)):
            return True
    return False


def _concluded(facts: KeyFacts, answer: str, own: list[tuple[set[str], set[str]]]) -> list[Token] | None:
    """The option the answer's clauses that compare one option give, when the question asks for a
    comparison ("Which had the higher grain protein, X or Y?"): the option a clause says the
    question's word of direction of ("so Y was higher"), or, of two options, the other one when it
    says its opposite ("X was lower"); or the option a cleft puts in focus before the question's
    predicate ("it's Y that begins at the hives", `_cleft_focus`). None when none does, or two
    disagree; a negated clause decides nothing. The question's word must stand before its options
    and be none of them ("Does it take place before or after …?" offers directions; "… or at the
    start of the month?" names one). An option is named by its forms (`_option_forms`: "Industrial
    Sensing" for "IS"), not where the clause only sets it against another ("against Day 6's 1,120 m");
    of the answer's words only comparatives compare: a verb or noun of change ("SM's margin climbed",
    "the hardest climb") says how one option moved, not which is ahead. `own`: each option's forms
    (`_own_forms`)."""
    options = [facts.chosen, *facts.others]
    q_toks = tokens(facts.question_text)
    focused = _cleft_focus(options, own, q_toks, answer)
    m = next(reversed(list(_OR.finditer(facts.question_text))), None)
    offered = {t.stem for o in options for t in o}
    asked_toks = [t for t in tokens(facts.question_text[:m.start()] if m else "")
                  if t.stem not in offered and direction_word(t.raw)]
    # the question's comparative ranks the options; a noun or verb of change beside it is what is
    # ranked ("more climbing"): read alone only where the question has no comparative
    asked = {b for t in ([t for t in asked_toks if _compares(t.raw)] or asked_toks) if (b := direction_word(t.raw))}
    # the question's comparative after its "be" ("Which machine is quieter, …?"): a clause that says
    # it of one option ("so the Corsa is the quieter one") chooses that option
    compared = {t.stem for i, t in enumerate(q_toks) if i > 0 and (m is None or t.end <= m.start())
                and normalize(q_toks[i - 1].raw) in _BE and _COMPARATIVE.search(normalize(t.raw))
                and t.stem not in offered and not direction_word(t.raw)}
    order = _order_asked(facts.question_text, q_toks, m.start()) if m else None
    if not (asked or compared or order) or len(options) != 2:
        return focused
    found = [focused] if focused is not None else []
    if order:
        # "Which came first, X or Y?": "Y ended after X had taken place" puts X first, read on the
        # whole sentence (its order word's object is the event set against)
        for sentence in re.split(r"(?<=[.!?;])\s+", answer):
            sentence = _REASON.split(sentence, maxsplit=1)[0]   # not the reason given for the order
            toks = tokens(sentence)
            at = next((k for k, t in enumerate(toks) if normalize(t.raw) in _ORDER_SIDE), None)
            if at is None or at + 1 >= len(toks) or normalize(toks[at + 1].raw) in _BACK_REFERENCES:
                continue   # "only after that": the order is told from what came before
            set_against = _contrasted(sentence, _STANDARD_OF_COMPARISON)
            # the event ordered: an option named before the order word, the other its object
            named = [o for o, forms in zip(options, own)
                     if any(t.start < toks[at].start and t.start not in set_against for t in _naming(toks, forms))]
            if len(named) == 1 and not negations(toks):
                side = _ORDER_SIDE[normalize(toks[at].raw)]
                found.append(named[0] if side == order else options[1 - options.index(named[0])])
        return found[0] if found and all(o is found[0] for o in found) else None
    for piece in clauses(answer):
        toks = tokens(piece)
        set_against = _contrasted(piece, _STANDARD_OF_COMPARISON)
        named = [o for o, forms in zip(options, own)
                 if any(t.start not in set_against for t in _naming(toks, forms))]
        if len(named) != 1 or negations(toks):
            continue
        words = {b for t in toks if (b := direction_word(t.raw)) and (b in asked or _compares(t.raw))}
        if words & asked or compared & {t.stem for t in toks}:
            found.append(named[0])
        elif any(opposed(w, a) for w in words for a in asked):
            found.append(options[1 - options.index(named[0])])
    return found[0] if found and all(o is found[0] for o in found) else None


# where a sentence goes on to a reason or a contrast of its own (closed class of conjunctions)
_REASON = re.compile(r",?\s+(?:because|since|so\s+that|although|though|but|whereas)\b", re.IGNORECASE)
# words that point back rather than name an event ("only after that") (a closed class)
_BACK_REFERENCES = frozenset("that this it them which then these those".split())
# what a question asks to put first or last: "Which came first, X or Y?", "Which happens earlier …?"
# (adverbs of order, and "first"/"last" with no noun of their own)
_ORDER_ASKED = {"first": "earlier", "earlier": "earlier", "sooner": "earlier", "last": "later", "later": "later"}


def _order_asked(question: str, q_toks: list[Token], before: int) -> str | None:
    """The side of time a choice question asks for before its options ("Which came first, …?":
    earlier), where its word has no noun after it ("the first review" names a thing)."""
    for i, t in enumerate(q_toks):
        side = _ORDER_ASKED.get(normalize(t.raw))
        if side is None or t.start >= before:
            continue
        after = q_toks[i + 1] if i + 1 < len(q_toks) else None
        if after is None or question[t.end:after.start].strip() or not content([after]) and normalize(after.raw) != "of":
            return side
    return None


# comparatives and superlatives without an -er/-est ending, and prepositions of degree (a closed class)
_DEGREE_WORDS = frozenset("more less fewer most least fewest above below".split())


def _compares(word: str) -> bool:
    """A comparative or superlative ("higher", "less", "below"), not a verb of change ("climbed")."""
    w = normalize(word)
    return w in _DEGREE_WORDS or bool(_COMPARATIVE.search(w))


def _own_forms(options: list[list[Token]], q_toks: list[Token],
               vocab: Vocabulary) -> list[tuple[set[str], set[str]]]:
    """What names each option and no other (`_option_forms`, with the words the question writes
    right before it, `_modifiers`), less the question's own words outside the options: "appeal" of
    "the Academic Appeals Committee (AAC)" names no option of "who decides an appeal, X or the AAC?"."""
    topic = {t.stem for t in q_toks} - {t.stem for o in options for t in o}
    forms = [_option_forms(o, vocab) for o in options]
    forms = [(words - topic, acronyms) for words, acronyms in forms]
    forms = [(words | _modifiers(q_toks, o), acronyms) for (words, acronyms), o in zip(forms, options)]
    out = []
    for mine in forms:
        rest = [f for f in forms if f is not mine]
        out.append((mine[0] - {w for f in rest for w in f[0]}, mine[1] - {a for f in rest for a in f[1]}))
    return out


# an it-cleft: "it's X that/who …", "it was X, at 36.2%, which …" (the forms of "be" a closed class)
_IT_CLEFT = re.compile(r"\bit(?:'s|’s|\s+(?:is|was|will\s+be|would\s+be))\s+(?P<focus>(?:[^\s,;:.]+\s+){0,5}?[^\s,;:.]+)"
                       r"\s*(?:,(?:[^,;:.]|\.\d)*,\s*)?\b(?:that|who|which)\s+(?P<rest>(?:[^;:.]|\.\d)+)", re.IGNORECASE)


# a conclusion that ends its sentence by saying which one it is: "…, so it's the Summit 5." (the
# connectives of a conclusion and the forms of "be", closed classes)
_CONCLUDED_IT = re.compile(r"\b(?:so|therefore|thus|hence)\s+(?:it|that)(?:'s|’s|\s+(?:is|was))\s+"
                           r"(?P<focus>(?:[^\s,;:.!?]+\s+){0,5}?[^\s,;:.!?]+)\s*(?:[.!?;]|$)", re.IGNORECASE)


_CLAUSE_START = re.compile(r"[.!?;:,—–]")


def _conceded(answer: str, at: int) -> bool:
    """The words before `at`, back to the start of its clause, hold a concessive subordinator."""
    start = max((m.end() for m in _CLAUSE_START.finditer(answer, 0, at)), default=0)
    return any(normalize(t.raw) in CONCESSIVE for t in tokens(answer[start:at]))


def _cleft_focus(options: list[list[Token]], own: list[tuple[set[str], set[str]]], q_toks: list[Token],
                 answer: str) -> list[Token] | None:
    """The option an it-cleft puts in focus ("it's the Heather Group that begins at the hives")
    when what it says of it shares a content word with the question beyond the options (else the
    cleft may be of another predicate: "it's Clover that works in the honey room"); None when no
    cleft names exactly one option, or two disagree; a negated focus ("it isn't X that …") names none,
    nor does a cleft inside a concession ("Olivier carries it, though it's Hannah who holds the
    first-aid qualification": what is conceded is set against the answer). `own`: each option's
    forms (`_own_forms`)."""
    offered = {s for words, acronyms in own for s in words | acronyms} | {t.stem for o in options for t in o}
    asked = {t.stem for t in content(q_toks)} - offered
    found = []
    for m in _IT_CLEFT.finditer(answer):
        named = _focused(m.group("focus"), options, own)
        if named is not None and not _conceded(answer, m.start()) \
                and {t.stem for t in content(tokens(m.group("rest")))} & asked:
            found.append(named)
    for m in _CONCLUDED_IT.finditer(answer):
        # "Barre needs 12 hours and Clinical Pilates 24, so it's Clinical.": the conclusion says which
        if (named := _focused(m.group("focus"), options, own)) is not None:
            found.append(named)
    return found[0] if found and all(o is found[0] for o in found) else None


def _focused(focus: str, options: list[list[Token]], own: list[tuple[set[str], set[str]]]) -> list[Token] | None:
    """The one option a cleft's or a conclusion's focus names, unnegated; None for none or two."""
    toks = tokens(focus)
    named = [o for o, forms in zip(options, own) if _naming(toks, forms)]
    return named[0] if len(named) == 1 and not negations(toks) else None


_COMPARATIVE = re.compile(r"[a-z]{2,}(?:er|est)$")   # the endings of English comparatives and superlatives


def _modifiers(question: list[Token], option: list[Token]) -> set[str]:
    """The stems of the content words the question writes right before an option's first word, in
    one phrase with it: "coliform" of "coliform bacteria or lead" ("so coliforms had more"). A
    word of direction ("larger or smaller") is no noun: what stands before it is the question's."""
    if not option or direction_word(option[0].raw):
        return set()
    # the option's last mention: the options end the question
    at = next((i for i in reversed(range(len(question))) if option and question[i].stem == option[0].stem), None)
    out: set[str] = set()
    while at:
        before, t = question[at - 1], question[at]
        if t.start - before.end > 1 or normalize(before.raw) in STOPWORDS or direction_word(before.raw):
            break
        out.add(before.stem)
        at -= 1
    return out


def _option_forms(option: list[Token], vocab: Vocabulary) -> tuple[set[str], set[str]]:
    """What names an option in an answer, as (word stems, acronym stems): its words, an acronym
    only as an acronym ("TO" is not "to"), the words its acronyms stand for ("Members' Committee"
    for "MC") and the acronyms that stand for its words ("CRT" for "Customer Relations Team")."""
    words = {t.stem for t in option if not t.is_acronym and not _letter(t)}
    acronyms = {t.stem for t in option if t.is_acronym or _letter(t)}   # label letters too
    for t in option:
        if t.is_acronym:
            words.update(vocab.defined.get(t.stem, ()))
    stems = {t.stem for t in option}
    acronyms.update(abbr for abbr, spelled in vocab.defined.items() if spelled and set(spelled) <= stems)
    return words, acronyms


def _naming(toks: list[Token], forms: tuple[set[str], set[str]]) -> list[Token]:
    """The answer's words that name an option (`_option_forms`); a label letter only as a label
    ("Tier A", not the article of "a higher rate")."""
    words, acronyms = forms
    return [t for i, t in enumerate(toks)
            if (t.is_acronym or _is_label(toks, i)) and t.stem in acronyms or t.stem in words and not t.is_acronym]


def _answer_polarity(answer: str, toks: list[Token], facts: KeyFacts) -> bool | None:
    """Yes or no, said outright or by restating the question's terms with or without a negation."""
    explicit = _explicit_polarity(answer)
    if explicit is not None:
        return explicit
    short = _short_reply(answer)
    if short is not None:
        return short
    q = {s for s in facts.question if s not in NEGATORS} - {stem(w) for w in AUXILIARIES}
    q_content = {t.stem for t in content([Token(w, w, 0, 0) for w in q])} or q
    first = clauses(answer)[0] if answer.strip() else ""
    if quantified(tokens(first), frozenset(q_content)):
        return False   # "No reservation is needed": a negative quantifier denies the question's words
    # a privative word restates a question's word denied ("Was it satisfactory?" - "It was found
    # unsatisfactory", "Is it urgent?" - "It is marked non-urgent")
    first_toks = tokens(first)
    # (in the clause that answers, not of other things later); and an exemption from what the
    # question names, in its words only: "Junior members are exempt from the joining fee" for "Do
    # junior members pay the joining fee?" (not "exempt from the annual fee but pay the joining fee")
    exempted = exempted_stems(first_toks)
    denied = (privated_stems(first_toks) | (exempted if exempted <= q_content else frozenset())) & q_content
    # (the question's own privative or exemption is restated, not denied: "free of charge" asked of
    # "Can members bring a guest free of charge?")
    asked = tokens(facts.question_text)
    denied -= privated_stems(asked) | exempted_stems(asked)
    said = {t.stem for t in toks} | denied
    units = _question_units(asked, q_content)
    if units and sum(1 for u in units if u & said) >= 0.6 * len(units):
        return _negated(toks) == bool(denied)
    return None


def _question_units(question: list[Token], q_content: set[str]) -> list[frozenset[str]]:
    """The question's content words as the answer may restate them: each word alone, but a name of
    several words (a run of capitalised words or numbers after the first word: "the 10-Session Pass",
    "Friday Disco Night") as one, said when any of its words is ("the pass" for "the 10-Session
    Pass"): a name counts once, however many words spell it."""
    units: list[frozenset[str]] = []
    run: set[str] = set()
    for i, t in enumerate(question):
        if i and (t.raw[:1].isupper() or t.raw[:1].isdigit()):
            run.add(t.stem)
            continue
        if run & q_content:
            units.append(frozenset(run & q_content))
        run = set()
        if t.stem in q_content:
            units.append(frozenset({t.stem}))
    if run & q_content:
        units.append(frozenset(run & q_content))
    return list(dict.fromkeys(units))


# a reply that is only a pronoun and an auxiliary, maybe negated, as its own sentence: "It can't.",
# "They do." (the auxiliary stands for the question's verb phrase; "cannot" is one word of "can not")
_SHORT_REPLY = re.compile(rf"\s*(?:{'|'.join(sorted(PRONOUNS))})\s+(?P<aux>{'|'.join(sorted(AUXILIARIES | {'cannot'}))})"
                          r"(?P<neg>\s+not)?\s*[.!;]", re.IGNORECASE)


# "so" and "not" standing for the question's clause after a verb of belief the answer opens with:
# "I'm afraid not.", "I think so.", "I don't believe so." (a closed class of pro-forms)
_PRO_FORM_REPLY = re.compile(r"\s*[*_]{0,3}I(?:'m|\s+am)?\s+(?P<neg>(?:do\s+not|don't)\s+)?"
                             r"(?:afraid|think|believe|fear|suppose)\s+(?P<w>so|not)\b", re.IGNORECASE)


def _short_reply(answer: str) -> bool | None:
    """Yes or no given by a short reply the answer opens with ("It can't." is no, "She does." yes,
    "I'm afraid not." no): its negation decides, whatever the sentences after it restate."""
    pro = _PRO_FORM_REPLY.match(answer)
    if pro is not None:
        return (pro.group("w").lower() == "so") != bool(pro.group("neg"))
    m = _SHORT_REPLY.match(answer)
    if m is None:
        return None
    return not (m.group("neg") or negations(tokens(m.group("aux"))))


def _stems_with_expansions(toks: list[Token], vocab: Vocabulary) -> set[str]:
    """The answer's stems, with what its abbreviations stand for, and the abbreviations of what it
    spells out."""
    stems = {t.stem for t in toks}
    for t, after in zip(toks, toks[1:]):
        if after.raw[:1].isupper() and (title := title_written_short(t.raw)):
            stems.add(stem(title))   # "Cllr Bethan Sowerby" writes "Councillor"
    for t in toks:
        stems.update(vocab.defined.get(t.stem, ()))
    for abbr, words in vocab.defined.items():
        if words and all(w in stems for w in words):
            stems.add(abbr)
    return stems


def _adverb(stem_: str) -> str:
    """The stem of the direction adverb made from a word: "afterwards" of "after", "upward" of "up"."""
    return stem_ + "ward"


def _kin_stated(word: Token, clause: str, answer: str) -> bool:
    """A deontic key word of `clause` stated by another of its kind ("needed" for "required",
    "prohibited" for "banned"), denied in the answer where the clause denies it and only there: "a
    note is needed" does not state the "required" of "a note is not required"."""
    kin = deontic_kin(word.stem)
    if not kin:
        return False
    denied = word.start in negated_starts(tokens(clause))
    toks = tokens(answer)
    negated = negated_starts(toks)
    return any(t.stem in kin and (t.start in negated) == denied for t in toks)


# How far after the verb's "no" its object's noun may stand ("raised no formal objection").
_DENIED_OBJECT_REACH = 3


def _denied_object_stated(word: Token, clause: str, answer: str) -> bool:
    """A key verb whose object `clause` denies with "no" ("raised no objection", "made no
    complaint") says no more than that denial: the answer states it where it denies the object's
    word in any form ("didn't object", "there was no objection"). An answer that does not deny it
    ("it objected") states nothing of the verb."""
    toks = tokens(clause)
    at = next((i for i, t in enumerate(toks) if t.start == word.start), None)
    if at is None or at + 1 >= len(toks) or normalize(toks[at + 1].raw) != "no":
        return False
    denied = {t.stem for t in _content(toks[at + 2: at + 2 + _DENIED_OBJECT_REACH])}
    said = tokens(answer)
    negated = negated_starts(said)
    return any(t.stem in denied and t.start in negated for t in said)


def _covered(word: Token, stems: set[str], toks: list[Token], vocab: Vocabulary) -> bool:
    if word.stem in stems or _adverb(word.stem) in stems:
        return True
    if word.stem.isdigit():
        return False
    # a compound written apart or together ("healthcare" / "health care", "e-mail" / "email")
    pairs = zip(toks, toks[1:])
    if any(word.stem in (a.stem + b.stem, stem(normalize(a.raw + b.raw))) for a, b in pairs):
        return True
    # a unit written another way ("8 pounds" for "8 lb", "mins" for "minutes")
    units = _unit_readings(word.raw)
    return bool(units) and any(units & _unit_readings(t.raw) for t in toks)


def _unit_readings(word: str) -> frozenset[str]:
    """The units a whole word names: "kg" and "kilograms" kg; "pounds", money or mass, both."""
    read = read_unit(f" {word}", 0, money=False)
    if read is None or read[2] != len(word) + 1:
        return frozenset()
    return frozenset({read[0], "lb"}) if read[0] == "GBP" and pounds_in_words(word) else frozenset({read[0]})
