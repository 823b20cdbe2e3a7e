"""The model-free drafter: sentences chosen by information content, a question form for each kind
of fact, and a short reference built from the sentence itself (its clause that holds the fact).

- fact: a number with its unit, a date, a quarter or year, a product code or a name, asked with
  the wh-phrase its kind takes ("how many GB", "what percentage", "how much", "which quarter",
  "who") in its place: "Nvidia is aiming to ship how many H100 GPUs per quarter?"
- definition: "What does LLM stand for?" from "large language models (LLMs)"; "What is X?" /
  "Who is X?" from "X is a/the ...".
- comparison: "Which is faster, A or B?" from "A is faster than B".
- cause: "Why is it that E?" from "E because / due to / as a result of C".
"""
from __future__ import annotations

import re

from ..scoring.atoms import QUALIFIER_WORDS, Atom, extract_atoms, is_common_word
from ..scoring.claims import split_claims
from .candidate import Candidate
from . import wording
from .paraphrase import paraphrases_for
from .wording import lower_first
from .sentences import Sentence

SKIP_FLAGS = {"pronoun-start", "question", "short", "fragment", "byline", "colloquial"}
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|our|you|your|you're)\b")
_PRONOUN = re.compile(r"(?:it|this|that|these|those|they|he|she|we|i|you|there|here)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|do|did|"
                     r"[a-z]{3,}ed|[a-z]{3,}(?:es|s))\b")
_NOT_AN_EFFECT = re.compile(r"(?:while|although|though|well|yeah|so|and|but|if|when|as|since|because|whereas|"
                            r"mentioned|discussed|noted|described|cited)\b", re.IGNORECASE)
_DISCOURSE = re.compile(
    r"^(?:for (?:instance|example)|however|furthermore|moreover|additionally|in addition|notably|also|"
    r"as a result|in fact|meanwhile|overall|finally|indeed|similarly|in contrast|in particular|"
    r"specifically|importantly|consequently|therefore|thus|still|yet|and|but|so|or|then|now|"
    r"according to [^,]{2,60}|in \d{4}|today|currently|recently)\s*,?\s+", re.IGNORECASE)
# the words that qualify a number (atoms' one list), and "only", kept with the number quoted
_QUALIFIER = re.compile(rf"(?<![^\W_])(?:{QUALIFIER_WORDS}|only)\s*$", re.IGNORECASE)
_NUMBERISH = re.compile(r"^(?:a|an|the|[~$€£¥]|[\d.,]+[kKmMbB]?|[\d.,]+[-–][\d.,]+|thousand|million|billion|trillion|"
                        r"hundred|dozen|dozens|tens|hundreds|thousands|millions|billions|one|two|three|four|five|"
                        r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|"
                        r"eighty|ninety|of)$", re.IGNORECASE)
_CURRENCY = {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD"}
_PREPOSITIONS = {"from", "by", "with", "to", "for", "at", "of", "between", "against", "like", "than"}
_PRIORITY = {"quantity": 0, "date": 1, "quarter": 1, "year": 2, "number": 4, "code": 3, "entity": 5}


def atoms_in(text: str, known: frozenset[str]) -> list[Atom]:
    return extract_atoms(text, known)


def draft_extractive(sentences: list[Sentence], known: frozenset[str], kinds: set[str],
                     lowercase: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every candidate the sentences give. `known`: words the documents use as names;
    `lowercase`: words the documents write in lower case (only those are lower-cased when a
    question moves them from the start of a sentence: "Companies" -> "companies", not "Patel")."""
    wording.use(known, lowercase)
    out: list[Candidate] = []
    for s in sentences:
        if s.flags & SKIP_FLAGS:
            continue
        if "fact" in kinds:
            out += _facts(s, known) + _rows(s, known)
        if _FIRST_PERSON.search(s.text) or s.words > 45:
            continue
        if "definition" in kinds:
            out += _definitions(s, known)
        if "comparison" in kinds:
            out += _comparisons(s)
        if "cause" in kinds:
            out += _causes(s)
    for c in out:
        c.paraphrases = paraphrases_for(c)
    return out


# --- text helpers --------------------------------------------------------------------------------

def clean_clause(text: str) -> str:
    """A clause as a standalone statement: discourse openers dropped, Markdown emphasis removed,
    capitalised, ending in one period."""
    text = re.sub(r"[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}", "", text)
    text = " ".join(text.split()).strip()
    for _ in range(3):
        m = _DISCOURSE.match(text)
        if not m or len(text) - m.end() < 20:
            break
        text = text[m.end():]
    text = text.rstrip(" ,;:–—-")
    if text and text[-1] not in ".!?":
        text += "."
    return _capitalise(text)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_lower_first = lower_first
_ARTICLES = frozenset("the a an".split())


def _question(text: str) -> str:
    text = " ".join(text.split()).rstrip(" ,;:.!–—-")
    return _capitalise(text) + "?"


# --- facts ---------------------------------------------------------------------------------------

def _facts(s: Sentence, known: frozenset[str]) -> list[Candidate]:
    """At most two fact questions per sentence, each asking another atom."""
    out: list[Candidate] = []
    claims = split_claims(" ".join(s.text.split()))  # a hard-wrapped sentence is one sentence
    options = []
    for claim in claims:
        text = claim.text
        if re.match(r"(?:which|while|whereas|who|where|although|though|including)\b", text, re.IGNORECASE):
            continue  # not a statement of its own
        clause = clean_clause(text)
        if not 6 <= len(clause.split()) <= 45 or _PRONOUN.match(clause) or not statement(clause) \
                or _FIRST_PERSON.search(clause):
            continue
        atoms = [a for a in atoms_in(clause, known) if _askable(a, clause)]
        options += [(clause, a, atoms) for a in atoms]
    options.sort(key=lambda o: (_PRIORITY.get(o[1].kind, 9), o[1].start))
    asked: set[str] = set()
    for clause, atom, atoms in options:
        if len(out) == 2:
            break
        if atom.key in asked:
            continue
        question = _fact_question(clause, atom, atoms)
        if not question:
            continue
        asked.add(atom.key)
        tag = {"quantity": "numbers", "number": "numbers", "date": "dates", "quarter": "dates", "year": "dates",
               "time": "dates", "code": "names", "entity": "names"}[atom.kind]
        out.append(Candidate("fact", question, clause, s.doc_id, s.text, tags=["fact", tag], asked=atom.text,
                             info=s.info + 1.0))
    return out


_ROW = re.compile(r"^(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) \((?P<year>(?:19|20)\d\d) ?\??\): (?P<spec>.+)$")


def _rows(s: Sentence, known: frozenset[str]) -> list[Candidate]:
    """A list row "Name (2016): TSMC 16nm, NVLink 1.0": its year and its first measure."""
    text = " ".join(s.text.split()).rstrip(".")
    m = _ROW.match(text)
    if not m:
        return []
    name, year = m.group("name"), m.group("year")
    out = [Candidate("fact", f"What year does the source give for {name}?", f"{name}: {year}.", s.doc_id, s.text,
                     tags=["fact", "dates"], asked=year, info=s.info)]
    measures = [a for a in atoms_in(m.group("spec"), known) if a.kind == "quantity" and a.unit]
    if measures:
        a = measures[0]
        tail = _unit_tail(a.text) or a.unit
        out.append(Candidate("fact", f"How many {tail} does the source list for {name}?", f"{name}: {a.text}.",
                             s.doc_id, s.text, tags=["fact", "numbers"], asked=a.text, info=s.info))
    return out


def statement(clause: str) -> bool:
    """A clause that states something on its own: a finite verb, no list or table row ("X: 4nm;
    Y: 3nm"), not a noun phrase or participle fragment ("A version of X discussed in Y")."""
    first = clause.split()[0].lower() if clause.split() else ""
    return (":" not in clause and ";" not in clause and bool(_FINITE.search(clause[len(first):]))
            and not first.endswith("ed") and first not in ("a", "an", "summary", "conference", "slides"))


_ENTITY_NEXT = re.compile(r"(?:$|[,.;:)?!]|\s+(?:in|to|for|with|on|at|as|has|have|had|is|are|was|were|will|would|"
                          r"can|could|may|might|says|said|announced|reported|plans|expects|uses|offers|makes|"
                          r"sells|ships|builds|designs|owns|acquired|launched|released|introduced)\b)")
_LIST_NEAR = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?[A-Z]|\s+(?:and|or|&)\s+[A-Z])")


def _askable(a: Atom, clause: str) -> bool:
    if a.kind in ("entity", "code"):
        after, before = clause[a.end:], clause[:a.start]
        prev = before.split()[-1].lower() if before.split() else ""
        subject = a.start == 0 or (a.start <= 4 and prev in _ARTICLES)
        if subject and re.match(r"\s+(?:[a-z]{3,}(?:s|ed)|is|are|was|were|has|have|had|will|can|may|might|could|would)\b",
                                after) and not _LIST_NEAR.match(after):
            pass  # the subject of a verb: "OpenAI faces ...", "Microsoft may face ..."
        elif not _ENTITY_NEXT.match(after) or _LIST_NEAR.match(after) or before.rstrip().endswith(","):
            return False  # a modifier ("TPU v5 offerings", "OpenAI's"), or one of a list
        if a.start and prev not in _PREPOSITIONS and not (a.start <= 4 and prev in ("the", "a", "an")):
            return False  # mid-phrase ("achieving high MBW"): the question would not read
        # one capitalised word at the start of a sentence may be an ordinary word ("Companies")
        return not (a.start == 0 and " " not in a.text and is_common_word(a.text.lower()) and a.kind == "entity"
                    and a.text.lower() not in wording.KNOWN)
    if a.kind == "number":
        return False  # a bare number ("8k versus 32k") reads badly as "what number"
    if a.kind == "quantity" and re.match(r"[\d.,]+\s*[KMBT]\s+[a-z]+(?<!s)\b", a.text):
        return False  # a size used as a name: "the 70B model"
    return True


def _fact_question(clause: str, atom: Atom, atoms: list[Atom]) -> str | None:
    start, end = atom.start, atom.end
    q = _QUALIFIER.search(clause[:start])
    if q:
        start = q.start()
    wh = _wh_phrase(clause, atom, start)
    if wh == "when":  # "rose by 6% in January 2023" -> "rose by 6% when"
        start = clause.rstrip()[:start].rstrip().rfind(" ") + 1
    body = clause[end:].rstrip(".")
    if start == 0 or (start <= 4 and clause[:start].strip().lower() in ("the", "a", "an")):
        if body.startswith(","):  # an appositive: "Bytedance, the company behind TikTok, has ..."
            m = re.match(r",[^,]{2,80},\s*", body)
            body = " " + body[m.end():] if m else body
        if not statement("x" + body) or re.match(r",?\s*[a-z]+ed\b", body):
            return None  # "Who, mentioned for its fabs ...?"
        if atom.kind == "entity":
            wh = "Who"
        elif atom.kind == "code":
            wh = "What"
        text = wh + body
    else:
        text = clause[:start] + wh + body
    question = _question(text)
    # the answer must not still be in the question (a repeated name, the same number twice)
    if atom.text.lower() in question.lower() or len(question.split()) < 4:
        return None
    return question


def _wh_phrase(clause: str, atom: Atom, start: int) -> str:
    before = clause[:start].split()
    prev = before[-1].lower().strip(",") if before else ""
    if atom.kind == "quantity":
        if atom.unit == "%" or atom.text.endswith("%"):
            return "what percentage"
        if atom.unit in _CURRENCY or atom.text[:1] in "$€£¥":
            return "how much"
        if atom.unit == "x":
            return "how many times"
        tail = _unit_tail(atom.text)
        return f"how many {tail}" if tail else "how much"
    if atom.kind == "number":
        return "what number"  # (rarely asked: see _askable)
    if atom.kind == "year":
        return "what year"
    if atom.kind == "date":
        return "when" if prev in ("in", "on") else "what date"
    if atom.kind == "quarter":
        return "which quarter"
    if atom.kind == "time":
        return "what time"
    if atom.kind == "entity" and prev in _PREPOSITIONS:
        return "whom"
    return "what"


def _unit_tail(text: str) -> str:
    """The unit or counted noun of a quantity's surface form: "400,000 H100 GPUs" -> "H100 GPUs"."""
    m = re.match(r"^[~$€£¥]?\s*[\d.,]+(?:[-–][\d.,]+)?", text)
    rest = text[m.end():] if m else text
    words = rest.split()
    while words and (_NUMBERISH.match(words[0]) or words[0] in ("K", "M", "B", "T", "bn")):
        words.pop(0)
    if not words and m:  # glued unit: "16GB", "814mm²"
        glued = re.sub(r"^[~$€£¥]?\s*[\d.,]+(?:[-–][\d.,]+)?", "", text).strip()
        return glued.lstrip("-–")
    return " ".join(words).lstrip("-–")


# --- definitions ---------------------------------------------------------------------------------

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,9}?)(s?)\)")
_SMALL = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"}
_IS_A = re.compile(r"^(?P<x>[A-Z][\w'’.&/-]*(?:\s+[\w'’.&/-]+){0,5}?)\s+(?P<verb>is|are|refers to|means|stands for)\s+"
                   r"(?P<y>(?:(?:a|an|the|one of)\s|[A-Z])[^;]{8,})$")


def _definitions(s: Sentence, known: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[str] = set()
    for m in _ACRONYM.finditer(s.text):
        acro = m.group(1)
        expansion = _expansion(s.text[:m.start()], acro)
        if not expansion or acro in seen or acro.lower() == expansion.lower():
            continue
        seen.add(acro)
        answer = f"{acro} stands for {expansion}."
        out.append(Candidate("definition", f"What does {acro} stand for?", answer, s.doc_id, s.text,
                             tags=["definition", "names"], asked=expansion, info=s.info))
    flat = " ".join(s.text.split())
    claims = split_claims(flat)
    clause = clean_clause(claims[0].text if claims else flat)
    m = _IS_A.match(clause)
    if m and len(clause.split()) <= 40:
        x = m.group("x")
        first = x.split()[0].lower()
        if first not in ("it", "this", "that", "these", "those", "there", "here", "what", "which") and \
                not re.search(r"\b(?:is|are|was|were|has|have)\b", x):
            person = bool(re.match(r"[A-Z][a-z]+ [A-Z][a-z]+$", x)) and not any(w.lower() in wording.LOWER for w in x.split())
            verb = m.group("verb")
            subject = _lower_first(x)
            if verb in ("is", "are"):
                question = f"{'Who' if person else 'What'} {verb} {subject}?"
            elif verb == "refers to":
                question = f"What does {subject} refer to?"
            else:
                question = f"What does {subject} mean?"
            out.append(Candidate("definition", question, clause, s.doc_id, s.text, tags=["definition"],
                                 asked=x, info=s.info))
    return out


def _expansion(before: str, acro: str) -> str | None:
    """The words before "(ACRO)" whose initials spell it: "large language models (LLMs)"."""
    words = re.findall(r"[\w'’-]+", " ".join(before.split()))[-10:]
    letters = acro.lower()
    for n in range(1, len(words) + 1):
        cand = words[-n:]
        if cand[0].lower() in _SMALL:
            continue
        plain = "".join(w[0].lower() for w in cand if w.lower() not in _SMALL)
        hyphens = "".join(p[0].lower() for w in cand if w.lower() not in _SMALL for p in w.split("-") if p)
        if letters in (plain, hyphens):  # "large language models", "Non-revenue water"
            phrase = " ".join(cand)
            return phrase if phrase in " ".join(before.split()) else None
        if min(len(plain), len(hyphens)) > len(letters):
            break
    return None


# --- comparisons ---------------------------------------------------------------------------------

_COMPARATIVES = ("more|less|fewer|greater|higher|lower|larger|smaller|faster|slower|better|worse|cheaper|"
                 "bigger|longer|shorter|stronger|weaker|easier|harder|earlier|later|newer|older|wider|denser|"
                 "costlier|pricier")
_THAN = re.compile(
    rf"^(?P<a>[A-Z][^,;:()]{{1,60}}?)\s+(?P<verb>is|are|was|were|has|have|had|offers|offer|provides|provide|"
    rf"uses|use|costs|cost|runs|run|performs|perform|delivers|deliver|needs|need|requires|require)\s+"
    rf"(?P<cmp>(?:(?:a|an)\s+)?(?:much\s+|far\s+|significantly\s+|slightly\s+|considerably\s+)?"
    rf"(?:{_COMPARATIVES})(?:\s+[a-z][\w-]*)?)\s+than\s+(?P<b>[^,.;:()]{{2,60}})", re.IGNORECASE)
_NOT_AN_OPTION = re.compile(r"^(?:before|ever|expected|usual|anticipated|previously|it|they|them|that|those|this|"
                            r"last|in the past|\d)", re.IGNORECASE)


def _comparisons(s: Sentence) -> list[Candidate]:
    clause = clean_clause(" ".join(s.text.split()))
    m = _THAN.match(clause)
    if not m:
        return []
    a = m.group("a").strip()
    b = re.split(r"\s+(?:and|but|while|which|who|because|as|with|in|at|on)\s", m.group("b"))[0].strip()
    if len(a.split()) > 7 or _NOT_AN_OPTION.match(b) or re.match(r"(?:it|this|that|these|they)\b", a, re.I):
        return []
    question = f"Which {m.group('verb').lower()} {m.group('cmp')}, {_lower_first(a)} or {b}?"
    return [Candidate("comparison", question, clause, s.doc_id, s.text, tags=["comparison"], asked=a, info=s.info)]


# --- causes --------------------------------------------------------------------------------------

_CAUSE = re.compile(r"^(?P<e>[A-Z][^;]{15,}?),?\s+(?P<link>because of|because|due to|as a result of|owing to|"
                    r"thanks to|caused by|driven by)\s+(?P<c>[^;]{5,})$")
_AUX = re.compile(r"^(?P<subj>[^,;]{2,60}?)\s+(?P<aux>is|are|was|were|has|have|had|can|could|will|would|may|might|"
                  r"should|must)\s+(?P<rest>.+)$")


def _causes(s: Sentence) -> list[Candidate]:
    clause = clean_clause(" ".join(s.text.split()))
    m = _CAUSE.match(clause.rstrip("."))
    if not m or len(m.group("c").split()) < 2 or re.search(r",\s+(?:is|are|was|were|has|have|had)\b", m.group("c")):
        return []  # "X, driven by Y, is ...": the cause is an aside, not what the sentence states
    effect = m.group("e").strip().rstrip(",")
    if _PRONOUN.match(effect) or _NOT_AN_EFFECT.match(effect) or not statement(effect) or "," in effect[-3:]:
        return []
    inv = _AUX.match(effect)
    if inv and len(inv.group("subj").split()) <= 6 and not re.search(r"\b(?:that|which|who)\b", inv.group("subj")):
        question = f"Why {inv.group('aux')} {_lower_first(inv.group('subj'))} {inv.group('rest')}?"
    else:
        question = f"Why is it that {_lower_first(effect)}?"
    return [Candidate("cause", question, clause, s.doc_id, s.text, tags=["cause", "explanation"],
                      asked=m.group("c"), info=s.info)]
