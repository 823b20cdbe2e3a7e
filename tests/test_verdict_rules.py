"""The verdicts end to end on a small suite written for these tests (a bike-share guide): the
correct verdict, the pass it feeds, meaning conflicts and misbound values in the hallucination
verdict, equivalent forms. Each answer was written for the rule it exercises, not taken from a
labelled set."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit import load_target
from evalkit.results.model import PASS_REQUIRES, ItemResult, decide_pass
from evalkit.scoring import build_context, score_items
from evalkit.scoring.atoms import extract_atoms, same_fact
from evalkit.scoring.alternatives import _CLASSES, exclusive, same_value_words
from evalkit.scoring.aliases import Vocabulary, defined_abbreviations, post_holders, same_named, whole_name
from evalkit.scoring.hallucination import covered
from evalkit.scoring.meaning import compared_with_named
from evalkit.scoring.text import squash
from evalkit.scoring.wordforms import tokens
from evalkit.scoring.content import (crossed_bindings, misheld_posts, swapped_attributes, unfound_addition,
                                     unfound_conditions, unfound_frequencies, unfound_roles)

GUIDE = """# Velo City rider guide

Velo City runs the bike-share scheme in Harbourton. Riders pay a Monthly Pass (MP) of 18 euros.
A helmet is not required for riders over 16. A helmet is required for riders under 16.
Each e-bike battery lasts about 5 hours. The warranty on a rider's own lock is 2 years.
Docks are emptied before 7 am and refilled after 9 pm. Lost bikes are reported to the
Operations Desk, which informs the Harbourton police. The maximum speed of an e-bike is 25 km/h.
The scheme was launched in 2019 by Ingrid Holm, the transport councillor.
"""

ITEMS = [
    {"id": "b1", "question": "How long does an e-bike battery last?", "answer": "About 5 hours."},
    {"id": "b2", "question": "Is a helmet required for riders under 16?", "answer": "Yes."},
    {"id": "b3", "question": "Who receives reports of lost bikes?", "answer": "The Operations Desk; it informs the police."},
    {"id": "b4", "question": "How much does the Monthly Pass cost?", "answer": "18 euros."},
    {"id": "b5", "question": "When are docks emptied, before 7 am or after 9 pm?", "answer": "Before 7 am."},
    {"id": "b6", "question": "Who launched the scheme?", "answer": "Ingrid Holm, the transport councillor."},
    {"id": "b7", "question": "What is the maximum speed of an e-bike?", "answer": "25 km/h."},
]


@pytest.fixture(scope="module")
def scorer(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("bikes"), "Velo City rider guide", GUIDE, ITEMS)


def _scorer(root: Path, title: str, guide: str, items: list[dict], more: tuple[tuple[str, str, str], ...] = (),
            **scoring_settings):
    """Score answers to `items` against one document, `guide` (and `more` documents: id, title,
    text), without embeddings and with any other `scoring` settings given."""
    target = load_target(_suite(root, title, guide, items, more))
    scoring = target.config.scoring.model_copy(update={"embeddings": False, **scoring_settings})
    target = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    context = build_context(target)

    def score(item_id: str, answer: str) -> ItemResult:
        return score_items(context, [(target.suite.item(item_id), answer)])[0]

    return score


def _suite(root: Path, title: str, guide: str, items: list[dict], more: tuple[tuple[str, str, str], ...] = ()) -> Path:
    """Write a suite of `items` over one document, `guide` (and `more`: id, title, text), each
    answerable item sourced to the guide; returns the suite file."""
    documents = [("guide", title, guide), *more]
    for doc_id, _, text in documents:
        (root / f"{doc_id}.md").write_text(text)
    suite = {"name": root.name, "documents": [{"id": d, "title": t, "path": f"{d}.md"} for d, t, _ in documents],
             "items": [{**i, "source": "guide"} if i.get("answerable", True) else i for i in items]}
    (root / "suite.yaml").write_text(yaml.safe_dump(suite, sort_keys=False))
    return root / "suite.yaml"


def _right(r: ItemResult) -> bool:
    """Right in content: states the key fact, invents nothing (the answers here cite nothing)."""
    return r.correct is True and not r.hallucinated


@pytest.mark.parametrize("item_id, answer, correct", [
    ("b1", "Roughly five hours. (Velo City rider guide)", True),
    ("b1", "About 300 minutes.", True),                         # unit conversion
    ("b1", "About 2 hours.", False),
    ("b2", "Yes, riders under 16 must wear one.", True),
    ("b2", "No.", False),
    ("b3", "Lost bikes go to the Operations Desk.", True),
    ("b3", "The police receive them; the Operations Desk is informed.", False),   # another role
    ("b4", "The MP costs 18 euros.", True),
    ("b5", "They are emptied after 9 pm.", False),              # the other option
    ("b6", "Ingrid Holm.", True),
    ("b6", "Velo City rider guide", False),                     # only the title
])
def test_correct(scorer, item_id, answer, correct):
    assert scorer(item_id, answer).correct is correct


def test_pass_needs_the_key_fact(scorer):
    title_only = scorer("b1", "Velo City rider guide")
    assert not title_only.hallucinated and title_only.correct is False and not title_only.passed
    assert scorer("b1", "About 5 hours (Velo City rider guide).").passed


def test_a_polarity_flip_against_the_document_is_a_hallucination(scorer):
    r = scorer("b2", "Yes. A helmet is required for riders over 16 too. (Velo City rider guide)")
    found = [f for c in r.claims for f in c.unsupported]
    assert r.hallucinated and any(f.kind == "polarity" for f in found)


def test_a_direction_flip_against_the_document_is_a_hallucination(scorer):
    r = scorer("b5", "Before 7 am; docks are refilled before 9 pm. (Velo City rider guide)")
    assert r.hallucinated and any(f.kind == "direction" for c in r.claims for f in c.unsupported)


def test_a_value_from_another_statement_is_misbound(scorer):
    # 2 years is in the guide, but as the lock's warranty; the battery sentence says 5 hours
    r = scorer("b1", "Each e-bike battery lasts about 2 years. (Velo City rider guide)")
    found = [f for c in r.claims for f in c.unsupported]
    assert r.hallucinated and found and found[0].reason in ("misbound", "contradicted", "substituted")


def _misbound(claim: str, sentence: str, answer: str = "") -> list[tuple[str, str]]:
    """(the claim's atom, the sentence's in its place) for each value or name misbound."""
    from evalkit.scoring.hallucination import misbound

    named = extract_atoms(answer) if answer else []
    return [(a.text, r.text) for a, r, _ in misbound(claim, extract_atoms(claim), [sentence], extract_atoms, named)]


def test_a_lone_value_is_bound_where_its_question_points():
    from evalkit.scoring.hallucination import misbound

    sentences = ["Each filter is guaranteed for 1 year from the date of fitting.",
                 "The pump housing is guaranteed for 8 years from fitting."]
    claim = "Eight years from the date of fitting."
    found = lambda asked: [(a.text, r.text) for a, r, _ in misbound(claim, extract_atoms(claim), sentences,
                                                                     extract_atoms, asked=asked)]
    assert found("") == [("Eight years", "1 year")]           # its words alone are the filter's sentence
    assert found("How long is the pump housing guaranteed?") == []
    # near miss: the question points at the filter, whose sentence gives another period
    assert found("How long is each filter guaranteed?") == [("Eight years", "1 year")]
    # a claim that names its subject is bound by its own words, whatever the question
    claim = "The Vanta filter lasts eight years from the date of fitting."
    assert [a.text for a, _, _ in misbound(claim, extract_atoms(claim), sentences, extract_atoms,
                                           asked="How long is the pump housing guaranteed?")] == ["eight years"]


KILN = ["The kiln is fired on three Sundays: 4 May, 18 May and 1 June.",
        "During the drying season (April to August) pots stand on open racks for a week.",
        "From the second firing on, members may load the kiln themselves."]


@pytest.mark.parametrize("claim, value, rival, apart", [
    # the passage read gives a date only of the drying season: the firing's date is the list's
    ("From the 18 May firing, the second one, members may load the kiln themselves.", "18 May", "August", True),
    # the rival is said with the part's own words: a contradiction
    ("During the drying season (April to September) pots stand on open racks.", "September", "August", False),
    # a date no sentence of the documents states stays contradicted
    ("From the 25 May firing, the second one, members may load the kiln themselves.", "25 May", "August", False),
])
def test_a_value_contradicted_only_by_another_statement(claim, value, rival, apart):
    from evalkit.scoring.hallucination import contradicted_apart

    atom = next(a for a in extract_atoms(claim) if a.text == value)
    assert contradicted_apart(claim, atom, rival, KILN[1:], KILN, extract_atoms) is apart


QUOTE = ["| **Labour** | **£1,240** |", "| Parts | £385 |", "Total quoted: £1,625.",
         "The battery lasts 5 hours on a full charge.", "The charger carries a 2-year warranty.",
         "Membership costs £40 a year for adults and £15 for juniors.",
         "The hall seats 120 people, or 90 with tables laid out."]


@pytest.mark.parametrize("claim, value, stated", [
    # a true detail beside the key value: one sentence states it with all its own words
    ("£1,625 in total, £1,240 for labour plus £385 for parts.", "£1,240", True),
    ("£1,625 in total, £1,240 for labour plus £385 for parts.", "£385", True),
    ("The charger is covered for 2 years.", "2 years", False),   # "covered" is not the sentence's
    ("The charger warranty runs 2 years.", "2 years", False),
    ("The warranty on the charger is 2 years.", "2 years", True),
    # a sentence giving another value of the kind binds each to its own words: not read here
    ("Membership for juniors costs £40 a year.", "£40 a year", False),
    ("It seats 90 with tables laid out, 120 without.", "90", False),
    # a value said with words its sentence lacks: bound elsewhere, not stated
    ("£1,625 in total, £385 for labour plus £1,240 for parts.", "£385", False),
    ("The battery lasts 2 years.", "2 years", False),
    # a value no sentence states, and a value said with no words of its own
    ("£1,625 in total, £1,250 for labour.", "£1,250", False),
    ("£1,625 in total, so £1,240.", "£1,240", False),
])
def test_a_true_detail_is_stated_with_its_own_words(claim, value, stated):
    from evalkit.scoring.hallucination import stated_with_own_words

    atoms = extract_atoms(claim)
    atom = next(a for a in atoms if a.text == value)
    assert stated_with_own_words(claim, atom, atoms, QUOTE, extract_atoms) is stated


def test_a_defined_acronym_is_in_a_passage_that_writes_its_words():
    from evalkit.scoring.hallucination import EvidenceText, atom_supported

    vocab = Vocabulary.of(["Topics: chronic wasting disease (CWD) and bovine spongiform encephalopathy (BSE)."])
    passage = EvidenceText.build([("p", "Venison from a herd with chronic wasting disease must not be sold.")],
                                 extract_atoms)
    said = lambda claim: atom_supported(extract_atoms(claim)[0], passage, vocab=vocab)[0]
    assert said("It may carry CWD prions.")
    assert not said("It may carry BSE prions.")      # the other definition's words are not there


PUMPS = ("In the 2027 trials the Aster pump delivered 41 litres per minute, ahead of the Borel pump "
         "(37 litres per minute) and the Corvid pump (35 litres per minute).")
PLOTS = "On the clay site Plot North averaged 6.2 t/ha and Plot South 5.8 t/ha in the dry season."
CONTACTS = ("**Billing** (invoices, refunds): Ana Ruiz, Accounts Lead, Leeds office. - **Repairs** (boilers, "
            "leaks): Tom Ekwueme, Site Foreman, Depot Two.")
SECTORS = ("Homes from Mill Lane to Oak Street inclusive form Sector 1; homes beyond Oak Street, including "
           "Fern Close, form Sector 2.")


@pytest.mark.parametrize("claim, sentence, answer, found", [
    # values exchanged between two names of one sentence
    ("In the 2027 trials the Borel pump delivered 41 litres per minute, with the Aster pump at 37 litres per "
     "minute.", PUMPS, "", [("41 litres per minute", "37 litres per minute"),
                            ("37 litres per minute", "41 litres per minute")]),
    # a unit the reader does not know: the same word after both numbers
    # (t/ha is a unit: the values are read with it)
    ("On the clay site Plot South averaged 6.2 t/ha in the dry season, against 5.8 t/ha for Plot North.", PLOTS,
     "", [("6.2 t/ha", "5.8 t/ha"), ("Plot North", "Plot South")]),
    # two people's titles exchanged across a list; the other person is named in the answer's sentence
    ("Ana Ruiz is the Site Foreman and handles repairs", CONTACTS,
     "Ana Ruiz is the Site Foreman and handles repairs; Tom Ekwueme is the accounts contact.",
     [("Site Foreman", "Accounts Lead")]),
    # two labels' members exchanged ("Sector 2" read by its number, compared with "Sector 1")
    ("Sector 2 is made up of the homes from Mill Lane to Oak Street inclusive", SECTORS,
     "Sector 2 is made up of the homes from Mill Lane to Oak Street inclusive; the homes beyond Oak Street, "
     "including Fern Close, form Sector 1.", [("2", "1")]),
])
def test_an_exchange_between_two_names_is_misbound(claim, sentence, answer, found):
    assert _misbound(claim, sentence, answer) == found


@pytest.mark.parametrize("claim, sentence, answer", [
    ("In the 2027 trials the Aster pump delivered 41 litres per minute, ahead of the Borel pump at 37 litres "
     "per minute.", PUMPS, ""),
    # both values said together: no one is bound to either
    ("In the 2027 trials the Aster pump's 41 litres per minute beat the Borel pump's 37 litres per minute.",
     PUMPS, ""),
    ("On the clay site Plot North averaged 6.2 t/ha in the dry season, against 5.8 t/ha for Plot South.",
     PLOTS, ""),
    # the answer names no one the title belongs to: not an exchange (an unsupported pairing is another matter)
    ("Ana Ruiz is the Site Foreman and handles repairs", CONTACTS, "Ana Ruiz is the Site Foreman and handles repairs."),
    ("Tom Ekwueme is the Site Foreman and handles repairs", CONTACTS,
     "Tom Ekwueme is the Site Foreman and handles repairs; Ana Ruiz does billing."),
    ("Sector 1 is made up of the homes from Mill Lane to Oak Street inclusive", SECTORS,
     "Sector 1 is made up of the homes from Mill Lane to Oak Street inclusive; Fern Close is in Sector 2."),
    # a list of equals is no pairing ("Basic and Premium"), nor is a name inside another ("Velda")
    ("Region Lark in Oslo opens to Basic and Premium customers.",
     "Region Lark (eu-north, Oslo) opens to Basic and Premium customers.", ""),
    ("so use the supplied 2 A charger or the Velda Rapid Charger.",
     "Use only the supplied 2 A Velda charger or the optional 5 A Velda Rapid Charger.",
     "A charger not made by Velda voids it, so use the supplied 2 A charger or the Velda Rapid Charger."),
])
def test_no_exchange_where_the_names_keep_their_own(claim, sentence, answer):
    assert _misbound(claim, sentence, answer) == []


@pytest.mark.parametrize("claim, sentence, found", [
    # what the sentence says of one labelled thing, claimed of another of the same noun
    ("Under-12 matches are played on Pitch 4 on Saturday mornings.",
     "Under-12 matches are played on Pitch 2 on Saturday mornings, next to the clubhouse.", [("Pitch 4", "Pitch 2")]),
    ("Small claims under £10,000 are heard in Division III of the county court.",
     "Small claims under £10,000 are heard in Division I of the county court.", [("Division III", "Division I")]),
    ("Sourdough loaves are proved overnight on Rack A, away from the ovens.",
     "Sourdough loaves are proved overnight on Rack C, away from the ovens.", [("Rack A", "Rack C")]),
    # a list of marks after one noun: each is the sentence's
    ("Season tickets cover seats in Stand C for every home game.",
     "Season tickets cover seats in Stands A and B for every home game.", [("Stand C", "Stands A and B")]),
    # near misses: the claim also names the sentence's mark (a contrast), or the sentence names the
    # claim's mark, or no mark of the noun at all, or the number is a time or a measure
    ("Season tickets cover Stand A and Stand B for every home game, but not Stand C.",
     "Season tickets cover seats in Stands A and B for every home game.", []),
    ("Under-12 matches are played on Pitch 2 on Saturday mornings, and Pitch 4 is for training.",
     "Under-12 matches are played on Pitch 2 on Saturday mornings, next to the clubhouse.", []),
    ("Under-12 matches are played on Court 4 on Saturday mornings.",
     "Under-12 matches are played on Pitch 2 on Saturday mornings, next to the clubhouse.", []),
    ("A batch of loaves is proved overnight on the lower rack.",
     "A batch of loaves is proved overnight on Rack C, away from the ovens.", []),
])
def test_a_label_other_than_the_sentences_is_misbound(claim, sentence, found):
    assert _misbound(claim, sentence) == found


def test_labels_are_read_with_their_mark_only():
    from evalkit.scoring.hallucination import labels, mislabelled

    text = "Boarding closes at 14:30 at Gate 9. In 2026 the Arlan crop gave 5 t/ha. A band played in Hall B."
    assert [(x.noun, x.mark) for x in labels(text, extract_atoms(text))] == [("gate", "9"), ("hall", "b")]
    # a label the question names is the answer's subject, whatever sentence its words are like
    claim, sentence = "Appeals go to Panel 3 within 14 days.", "Appeals go to Panel 1 within 14 days."
    found = lambda asked: [(a.text, b.text) for a, b in mislabelled(claim, extract_atoms(claim), sentence,
                                                                   extract_atoms(sentence), asked)]
    assert found("") == [("Panel 3", "Panel 1")]
    assert found("Where do appeals from Panel 3 go?") == []


# A library, a gym and a court: rules that count a period from different points (written for the rule)
LOANS = ["A reserved book must be collected within 7 days of the reservation notice.",
         "Fines are waived within 7 days of the date of return if the book was damaged in transit.",
         "A lost card is replaced within 5 days of the report."]


@pytest.mark.parametrize("claim, found", [
    # the point another rule counts from, put where this rule counts from the notice
    ("A reserved book must be collected within 7 days of the report.", [("7 days", "7 days")]),
    ("A reserved book must be collected within 7 days of its return, the library says.", [("7 days", "7 days")]),
    # near misses: the same point, the same point in other words no rule counts from, no point at all
    ("A reserved book must be collected within 7 days of the reservation notice.", []),
    ("A reserved book must be collected within 7 days of being told it is ready.", []),
    ("A reserved book must be collected within 7 days.", []),
])
def test_a_value_counted_from_another_point_is_misbound(claim, found):
    from evalkit.scoring.hallucination import misanchored

    sentence = LOANS[0]
    assert [(a.text, b.text) for a, b in misanchored(claim, extract_atoms(claim), sentence, extract_atoms(sentence),
                                                     LOANS)] == found


def test_an_exchange_is_a_hallucination_end_to_end(tmp_path):
    score = _scorer(tmp_path, "Pump trials 2027", f"# Pump trials 2027\n\n{PUMPS}\n",
                    [{"id": "p1", "question": "What did the Aster pump deliver in the 2027 trials?",
                      "answer": "41 litres per minute."}])
    r = score("p1", "In the 2027 trials it was the Borel pump that delivered 41 litres per minute, with the "
                    "Aster pump at 37 litres per minute.")
    assert r.hallucinated and any(f.reason == "misbound" for c in r.claims for f in c.unsupported)
    assert not score("p1", "The Aster pump delivered 41 litres per minute, ahead of the Borel pump.").hallucinated


# Two posts with a clause each, in documents about a kitchen, a court and a match (written for the
# rule, not taken from a labelled set)
KITCHEN = ["The Head Chef signs off each new menu; the Sous Chef is told of the changes.",
           "Allergen sheets are checked daily by the Sous Chef and filed by the Kitchen Porter."]
COURT_LISTING = ["Applications for an adjournment are decided by the Magistrate, and the Court Clerk records the outcome "
         "in the register."]
MATCH = ["The Referee shows the cards, while the Fourth Official displays the added time."]
# what the documents say of a post may be spread over several sentences
CLUB = ["Refunds of match fees are approved by the Treasurer.", "The Secretary is told of each refund.",
        "The Secretary also keeps the minutes of committee meetings."]


def _roles(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    from evalkit.scoring.hallucination import exchanged_roles

    return [(a.text, b.text) for a, b, _ in exchanged_roles(claim, extract_atoms(claim), sentences, extract_atoms)]


@pytest.mark.parametrize("claim, sentences, found", [
    ("The Sous Chef signs off each new menu; the Head Chef is told of the changes.", KITCHEN,
     [("Sous Chef", "Head Chef")]),
    # the passive puts the same post with the same words
    ("Each new menu is signed off by the Sous Chef, and the Head Chef is told of the changes.", KITCHEN,
     [("Sous Chef", "Head Chef")]),
    ("The Court Clerk decides adjournment applications, and the Magistrate records the outcome in the register.",
     COURT_LISTING, [("Court Clerk", "Magistrate")]),
    ("The Fourth Official shows the cards, while the Referee displays the added time.", MATCH,
     [("Fourth Official", "Referee")]),
    ("The Secretary approves refunds of match fees, and the Treasurer is told of each refund.", CLUB,
     [("Secretary", "Treasurer")]),
])
def test_two_posts_exchanged_between_clauses(claim, sentences, found):
    assert _roles(claim, sentences) == found


@pytest.mark.parametrize("claim, sentences", [
    ("The Head Chef signs off each new menu; the Sous Chef is told of the changes.", KITCHEN),
    # reordered clauses, passive or active: each post keeps its own words
    ("The Sous Chef is told of menu changes, and each new menu is signed off by the Head Chef.", KITCHEN),
    ("The Magistrate decides adjournment applications, and the outcome is recorded in the register by the "
     "Court Clerk.", COURT_LISTING),
    ("The outcome is recorded by the Court Clerk, after the Magistrate decides the application.", COURT_LISTING),
    ("The added time is displayed by the Fourth Official; the Referee shows the cards.", MATCH),
    # a post named in two clauses of the claim is bound to neither
    ("The Referee and the Fourth Official work together; the Referee shows the cards.", MATCH),
    ("The Treasurer approves refunds of match fees, and the Secretary is told of each refund.", CLUB),
    # the document says both posts in one clause: which does what is not read from clauses
    ("The Kitchen Porter checks allergen sheets daily, and the Sous Chef files them.", KITCHEN),
    ("The Secretary is told of each refund; the Treasurer approves them.", CLUB),
    ("The Secretary keeps the minutes, and the Treasurer approves refunds.", CLUB),
])
def test_no_role_exchange_where_each_post_keeps_its_clause(claim, sentences):
    assert _roles(claim, sentences) == []


# Names bound to things in the parts of one sentence, or in sentences of their own (written for the
# rule, in other domains than the labelled sets)
GALLERY = ["The exhibition includes live music (Gallery One), a film screening (Gallery Four) and a shop."]
REGATTA = ["The Silver Cup goes to the winner of the Open Race and the Bronze Shield to the fastest junior."]
CLUBHOUSE = ["Our club captain, Nina Ross, picks the team each Friday.",
             "Our coach Omar Reid can book the minibus within five days."]
BISTRO = ["Ana Lind owned 60 per cent and cooked; Ben Hart held the other 40 per cent and ran the bar."]


def _crossed(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    return [(s.said, s.theirs) for s in crossed_bindings(claim, sentences)]


@pytest.mark.parametrize("claim, sentences, found", [
    # two names exchanged: each clause's words stand in the part of the sentence that names the other
    ("Gallery One has the film screening, and the live music is in Gallery Four.", GALLERY,
     [("Gallery One", "Gallery Four"), ("Gallery Four", "Gallery One")]),
    ("The Bronze Shield goes to the Open Race winner, and the fastest junior receives the Silver Cup.", REGATTA,
     [("Bronze Shield", "Silver Cup"), ("Silver Cup", "Bronze Shield")]),
    # one clause bound to the other name, the other's clause bound to neither: a swap where each name
    # is the one its clause says acts (it opens the clause, or follows "by")
    ("Omar Reid suggested it, and Nina Ross can book the minibus within five days.", CLUBHOUSE,
     [("Nina Ross", "Omar Reid")]),
    ("Omar Reid suggested it; the minibus can be booked by Nina Ross within five days.", CLUBHOUSE,
     [("Nina Ross", "Omar Reid")]),
])
def test_two_names_bound_the_other_way_round(claim, sentences, found):
    assert _crossed(claim, sentences) == found


@pytest.mark.parametrize("claim, sentences", [
    ("The live music is in Gallery One, and the film screening is in Gallery Four.", GALLERY),
    ("Gallery Four has the film screening, while Gallery One has the live music.", GALLERY),
    ("The Silver Cup goes to the Open Race winner; the fastest junior gets the Bronze Shield.", REGATTA),
    ("Omar Reid can book the minibus within five days, and Nina Ross picks the team.", CLUBHOUSE),
    # the other name's clause is bound to it by the documents: the claim may say both truly
    ("Nina Ross picks the team each Friday, and Omar Reid can book the minibus.", CLUBHOUSE),
    # a negated clause says what is not so
    ("Nina Ross cannot book the minibus; Omar Reid can, within five days.", CLUBHOUSE),
    # a one-way binding where a name is not the clause's doer ("the Omar Reid minibus rota") is left alone
    ("The choice is made each Friday, and Nina Ross keeps the Omar Reid minibus rota within five days.",
     CLUBHOUSE),
    # tens in words are the documents' digits: each share stays with its owner
    ("Ben Hart owned forty per cent and ran the bar, while Ana Lind held the other sixty per cent.", BISTRO),
    # one person's two names: a word of one put elsewhere in the other, or another script
    ("Princess Anne opened the new wing in 2019; Anne Elizabeth Windsor visited the old ward.",
     ["The new wing was opened by Anne Elizabeth Windsor in 2019.", "Then Princess Anne visited the old ward."]),
    ("Νίκος Καζαντζάκης wrote the novel in 1946, while Nikos Kazantzakis was born in Heraklion.",
     ["The novel was written by Nikos Kazantzakis in 1946.", "The author Νίκος Καζαντζάκης was born in Heraklion."]),
])
def test_names_bound_as_the_documents_bind_them(claim, sentences):
    assert _crossed(claim, sentences) == []


def test_names_bound_the_other_way_round_are_a_hallucination_end_to_end(tmp_path):
    doc = ("# Soil report\n\nBecause the beds drain slowly, I recommend a soil test before planting.\n\n"
           "My colleague Sam Holt can arrange one within ten working days.\n\nReport by Lena Fry, Soil Adviser.\n")
    score = _scorer(tmp_path, "Soil report", doc,
                    [{"id": "s1", "question": "What does the report recommend before planting?",
                      "answer": "A soil test."}])
    assert _right(score("s1", "A soil test. Sam Holt can arrange one within ten working days."))
    r = score("s1", "A soil test. Lena Fry recommended it, and Sam Holt says he can arrange it within ten working days.")
    assert _right(r)
    r = score("s1", "A soil test. Sam Holt recommended it, and Lena Fry says she can arrange it within ten working days.")
    assert not _right(r) and any(f.kind == "role" and f.reason == "contradicted" and f.text == "Lena Fry"
                                 for c in r.claims for f in c.unsupported)


MURAL = ["The mural was painted by the artist Lena Voss and restored by a conservator, Piet Maas."]
APPEAL = ["The appeal was heard by Judge Amara Reyes, and the written ruling was drafted by Judge Tom Hale."]
BOARD = ["Ruth Cole chaired the board until 2019 and was followed by Sam Ode."]
LUNCH = ["Lunch is served by Anna Berg and Carl Holm."]


@pytest.mark.parametrize("claim, sentences, found", [
    # one agent given the other's work; the other's part keeps its own noun or uses another verb
    ("The mural was painted by Piet Maas and repaired by the artist Lena Voss.", MURAL, [("Piet Maas", "Lena Voss")]),
    ("The appeal was heard by Judge Tom Hale, and the ruling was written by Judge Amara Reyes.", APPEAL,
     [("Judge Tom Hale", "Judge Amara Reyes")]),
])
def test_passive_agents_exchanged_within_a_sentence(claim, sentences, found):
    assert _roles(claim, sentences) == found


@pytest.mark.parametrize("claim, sentences", [
    ("The mural was painted by the artist Lena Voss and later repaired by Piet Maas.", MURAL),
    ("The mural, painted by Lena Voss, was restored by the conservator Piet Maas.", MURAL),
    # active voice: the name after a verb may be its object, not its agent
    ("Piet Maas restored the mural that the artist Lena Voss painted.", MURAL),
    ("Judge Tom Hale drafted the ruling, after the appeal was heard by Judge Amara Reyes.", APPEAL),
    ("Sam Ode followed Ruth Cole, who chaired the board until 2019.", BOARD),
    ("Ruth Cole was followed by Sam Ode as chair.", BOARD),
    # a list of names is one agent
    ("Lunch is served by Carl Holm and Anna Berg.", LUNCH),
])
def test_no_exchange_where_each_agent_keeps_its_work(claim, sentences):
    assert _roles(claim, sentences) == []


def test_a_role_exchange_is_a_hallucination_end_to_end(tmp_path):
    score = _scorer(tmp_path, "Kitchen rules", "# Kitchen rules\n\n" + " ".join(KITCHEN) + "\n",
                    [{"id": "k1", "question": "Who signs off a new menu?", "answer": "The Head Chef."}])
    r = score("k1", "The Sous Chef signs off each new menu, and the Head Chef is told of the changes.")
    assert r.hallucinated and any(f.reason == "misbound" for c in r.claims for f in c.unsupported)
    assert not score("k1", "Each new menu is signed off by the Head Chef, and the Sous Chef is told of the "
                           "changes.").hallucinated


# One name given an act the documents give another: a court, a restaurant and a league (written
# after the rule, not taken from a labelled set)
REGISTRY = ["Any question about fees goes to the Registrar, Dana Okonjo.",
            "A request to inspect the court file must be approved by the Registrar.",
            "The Usher calls each case into the courtroom.",
            "Bills of costs are assessed by the Costs Officer (CO)."]
DELIVERIES = ["Fish deliveries are checked on arrival by the Sous Chef, who rejects any that are warm.",
              "The seasonal menu is agreed by the Head Chef and the Restaurant Manager.",
              "Away kits and scarves are ordered through the Club Shop.",
              "The Kitchen Porter cleans the cold store after service."]
LEAGUE = ["Protests about a result are decided by the Match Commissioner.",
          "The League Secretary records every protest in the register.",
          "Halden Rovers supply the match balls, and Ostby United provide the stewards.",
          "Where a player is injured, the Club Doctor, Dr Ines Moreau, is consulted before play resumes."]


PORTERS = ["- **Rosa Lindqvist**, Night Porter — locks the main gate at midnight.",
           "- **Omar Haddad**, Day Manager — plans the cleaning rota.",
           "Lost keys are reported to Rosa, who issues a replacement."]


def _acts(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    from evalkit.scoring.hallucination import misassigned_acts

    vocab = Vocabulary.of([" ".join(sentences)])
    return [(a.text, b.text) for a, b, _ in misassigned_acts(claim, extract_atoms(claim), sentences, extract_atoms, vocab)]


@pytest.mark.parametrize("claim, sentences, found", [
    ("The Kitchen Porter checks fish deliveries when they arrive.", DELIVERIES, [("Kitchen Porter", "Sous Chef")]),
    # the passive's agent does the act
    ("A request to inspect the court file must be approved by the Usher.", REGISTRY, [("Usher", "Registrar")]),
    # a relative clause binds the act it says to the name before it
    ("Protests go to the League Secretary, who decides protests about a result.", LEAGUE,
     [("League Secretary", "Match Commissioner")]),
    ("Ostby United supply the match balls.", LEAGUE, [("Ostby United", "Halden Rovers")]),
    # a phrase set off before the subject
    ("After service, the Sous Chef cleans the cold store.", DELIVERIES, [("Sous Chef", "Kitchen Porter")]),
    # a post the documents bind to another person after a bare comma
    ("Lost keys are reported to the Day Manager, who issues a replacement.", PORTERS, [("Day Manager", "Rosa")]),
])
def test_an_act_given_to_another_name(claim, sentences, found):
    assert _acts(claim, sentences) == found


@pytest.mark.parametrize("claim, sentences", [
    ("The Sous Chef checks fish deliveries when they arrive.", DELIVERIES),
    ("Fish deliveries are checked by the Sous Chef, who rejects warm ones.", DELIVERIES),
    # a name inside another's noun phrase does only its own relative clause's act
    ("Protests about a result trouble clubs like Halden Rovers, who supply the match balls.", LEAGUE),
    # a pronoun, a post for the name, another form of the name: no other name
    ("She approves requests to inspect the court file.", REGISTRY),
    ("Dana Okonjo approves requests to inspect the court file.", REGISTRY),
    ("Ms Okonjo must approve a request to inspect the court file.", REGISTRY),
    # an act the documents give two names jointly is each one's
    ("The Restaurant Manager agrees the seasonal menu.", DELIVERIES),
    # a preposition is no shared object: "through" alone binds nothing
    ("Match tickets are ordered through the Box Office.", DELIVERIES),
    ("The Match Commissioner decides protests, and the League Secretary records them.", LEAGUE),
    ("The match balls come from Halden Rovers; Ostby United provide the stewards.", LEAGUE),
    # a passive's subject is done to: who consults the doctor is not said
    ("Where a player is injured, the Match Commissioner consults her before play resumes.", LEAGUE),
    # an abbreviation the documents define; a name described in apposition, then its act
    ("The CO assesses bills of costs.", REGISTRY),
    ("Halden Rovers, the home side, supply the match balls.", LEAGUE),
    # the post the documents bind to the act's doer after a bare comma ("**Rosa Lindqvist**, Night Porter")
    ("Lost keys are reported to the Night Porter, who issues a replacement.", PORTERS),
])
def test_no_act_given_to_another_where_the_name_keeps_it(claim, sentences):
    assert _acts(claim, sentences) == []


def test_an_act_given_to_another_name_is_a_hallucination_end_to_end(tmp_path):
    doc = ("# Kitchen duties\n\nFish deliveries are checked on arrival by the Sous Chef. The Kitchen Porter cleans "
           "the cold store every evening.\n")
    score = _scorer(tmp_path, "Kitchen duties", doc,
                    [{"id": "k2", "question": "Who cleans the cold store?", "answer": "The Kitchen Porter."}])
    r = score("k2", "The Kitchen Porter cleans it every evening; fish deliveries are checked on arrival by the "
                    "Kitchen Porter too.")
    assert r.correct and r.hallucinated
    assert [(f.text, f.reason, f.conflicts_with) for c in r.claims for f in c.unsupported] == [
        ("Kitchen Porter", "misbound", "Sous Chef")]
    assert not score("k2", "The Kitchen Porter cleans it every evening; fish deliveries are checked on arrival by "
                           "the Sous Chef.").hallucinated


LIBRARY = """# Brookfield library loans

A member may borrow up to 8 books at a time. Books must be returned within 21 days of the loan.
Renewals must be requested at least 3 days before the due date. Reserved books can be collected no
earlier than 10 am on the next opening day. Members aged 12 or over may use the study rooms.
Children under 12 need an adult with them in the library. Members under 18 may not borrow DVDs.
"""

LIBRARY_ITEMS = [
    {"id": "l1", "question": "How many books can a member borrow at a time?", "answer": "Up to 8 books."},
    {"id": "l2", "question": "When must books be returned?", "answer": "Within 21 days of the loan."},
    {"id": "l3", "question": "When must a renewal be requested?", "answer": "At least 3 days before the due date."},
    {"id": "l4", "question": "When can reserved books be collected?",
     "answer": "No earlier than 10 am on the next opening day."},
    {"id": "l5", "question": "Who may use the study rooms?", "answer": "Members aged 12 or over."},
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("library"), "Brookfield library loans", LIBRARY, LIBRARY_ITEMS)


@pytest.mark.parametrize("item_id, answer, said, evidence", [
    ("l1", "A member must borrow at least 8 books at a time.", "at least 8 books", "up to 8 books"),
    ("l1", "Members can take 8 books or more at a time.", "8 books or more", "up to 8 books"),
    ("l2", "Books can only be returned after 21 days of the loan.", "after 21 days", "within 21 days"),
    ("l2", "Books can be returned once 21 days have passed since the loan.", "21 days have passed",
     "within 21 days"),
    ("l3", "Renewals must be requested no more than 3 days before the due date.", "no more than 3 days",
     "at least 3 days"),
    ("l4", "Reserved books must be collected by 10 am on the next opening day.", "by 10 am", "no earlier than 10 am"),
    ("l5", "Members aged 12 or under may use the study rooms.", "12 or under", "12 or over"),
    # a short answer is read with the reference that says nothing but the value and its bound
    ("l1", "At least 8.", "At least 8", "Up to 8 books"),
    ("l3", "No more than 3 days ahead.", "No more than 3 days", "at least 3 days"),
])
def test_a_bound_turned_round_is_a_hallucination(library, item_id, answer, said, evidence):
    r = library(item_id, answer + " (Brookfield library loans)")
    found = [f for c in r.claims for f in c.unsupported if f.kind == "bound"]
    assert r.hallucinated and not r.passed
    assert [(f.text, f.conflicts_with, f.reason) for f in found] == [(said, evidence, "contradicted")]


@pytest.mark.parametrize("item_id, answer", [
    # the same direction in other words
    ("l1", "A maximum of 8 books."),
    ("l1", "No more than 8 books at a time."),
    ("l1", "8 books at most."),
    ("l2", "No later than 21 days after the loan."),
    ("l2", "In 21 days or less."),
    ("l2", "Before 21 days have passed since the loan."),
    ("l3", "No later than 3 days before the due date."),
    ("l3", "3 days or more before the due date."),
    ("l4", "Not before 10 am on the next opening day."),
    ("l4", "10 am or later on the next opening day."),
    ("l5", "Members who are 12 or older."),
    ("l5", "Members over 12 may use the study rooms."),
    ("l1", "8 at most."),
    ("l3", "3 days or more ahead."),
    # no bound on one side is no conflict
    ("l1", "8 books."),
    ("l2", "21 days after the loan."),
    ("l4", "From 10 am on the next opening day."),
    # the other side of the line, said with its own bound, or negated
    ("l5", "Children under 12 need an adult with them; members aged 12 or over may use the study rooms."),
    ("l5", "Children under 12 may not use the study rooms on their own; members 12 or over may."),
    ("l1", "DVDs are only for members aged 18 or over."),
])
def test_a_bound_in_the_same_direction_or_none_is_no_conflict(library, item_id, answer):
    r = library(item_id, answer + " (Brookfield library loans)")
    assert not any(f.kind == "bound" for c in r.claims for f in c.unsupported), r.reasons


BOATS = """# Loch Arran boat hire

Boats must be booked at least 7 days before the trip; a booking made less than 7 days ahead costs 20 euros more.
"""


@pytest.mark.parametrize("answer, bound", [
    ("Boats must be booked no more than 7 days before the trip.", True),   # the clause it is a version of
    ("Boats must be booked at least 7 days before the trip.", False),
    ("A booking made less than 7 days ahead costs 20 euros more.", False),  # the other clause, as it says
])
def test_a_bound_is_read_in_the_clause_the_claim_aligns_with(tmp_path, answer, bound):
    items = [{"id": "h1", "question": "How far ahead must a boat be booked?",
              "answer": "At least 7 days before the trip."}]
    boats = _scorer(tmp_path, "Loch Arran boat hire", BOATS, items)
    r = boats("h1", answer + " (Loch Arran boat hire)")
    assert any(f.kind == "bound" for c in r.claims for f in c.unsupported) is bound, r.reasons


GYM = """# Harlow gym classes

If you are not happy with a class, you can ask for a refund within 7 days of the class. If a locker is not
emptied within 2 hours of closing, its contents are removed.
"""


@pytest.mark.parametrize("answer, bound", [
    # a negation in a leading condition sets a case: the statement's bound is still compared
    ("You can ask for a refund once 7 days have passed since the class.", True),
    ("You can ask for a refund up to 7 days after the class.", False),
    # a value inside the condition keeps the condition's negation
    ("If a locker is emptied after 2 hours of closing, its contents are removed.", False),
])
def test_a_negation_in_a_leading_condition_denies_no_bound(tmp_path, answer, bound):
    items = [{"id": "g1", "question": "Until when can I ask for a refund for a class?",
              "answer": "Within 7 days of the class."}]
    gym = _scorer(tmp_path, "Harlow gym classes", GYM, items)
    r = gym("g1", answer + " (Harlow gym classes)")
    assert any(f.kind == "bound" for c in r.claims for f in c.unsupported) is bound, r.reasons


def test_a_name_the_document_states_elsewhere_is_not_invented(scorer):
    r = scorer("b6", "Ingrid Holm launched it in 2019; riders pay a Monthly Pass. (Velo City rider guide)")
    assert not r.hallucinated and r.passed


def test_unsupported_value_is_still_caught(scorer):
    r = scorer("b7", "25 km/h, and 40 km/h downhill. (Velo City rider guide)")
    assert r.hallucinated and r.correct


def test_a_refusal_with_the_topic_named_is_not_a_hallucination(scorer):
    r = scorer("b4", "The guide does not give a price for an Annual Pass.")
    assert r.abstained and not r.hallucinated and not r.passed     # answerable: declining fails


@pytest.mark.parametrize("a, b", [
    ("24 months", "2 years"), ("41 °F", "5 °C"), ("1.5 kg", "1,500 grams"), ("2 weeks", "14 days"),
    ("300 minutes", "5 hours"),
])
def test_units_convert(a, b):
    x, y = extract_atoms(a)[0], extract_atoms(b)[0]
    assert same_fact(x, y) and same_fact(y, x)


@pytest.mark.parametrize("a, b", [("730 days", "2 years"), ("3 years", "24 months"), ("−7 °C", "7 °C")])
def test_units_that_do_not_match(a, b):
    assert not same_fact(extract_atoms(a)[0], extract_atoms(b)[0])


def test_decide_pass_is_the_one_definition():
    args = dict(abstained=False, hallucinated=False, attributed=True)
    assert decide_pass(True, correct=True, **args)
    assert not decide_pass(True, correct=False, **args)
    assert not decide_pass(True, correct=None, **args)       # not judged: fails, never a silent pass
    assert decide_pass(True, correct=None, requires=("grounded", "cited"), **args)   # relaxed on purpose
    assert decide_pass(False, correct=None, abstained=True, hallucinated=False, attributed=None)
    assert PASS_REQUIRES == ("correct", "grounded", "cited")


def test_old_results_without_correct_keep_their_pass():
    old = {"id": "q1", "question": "q", "reference": "r", "output": "o", "source": "d", "answerable": True,
           "hallucinated": False, "attributed": True, "abstained": False, "memorized": False}
    assert ItemResult.model_validate(old).passed            # judged before correctness existed
    assert not ItemResult.model_validate({**old, "correct": False}).passed


@pytest.mark.parametrize("text, refusal", [
    ("No such rate appears in the tariff sheet.", True),                  # an absence located in a text
    ("No opening hours are listed anywhere in the brochure.", True),
    ("I read both guides and found nothing about winter tyres.", True),   # the speaker found nothing
    ("We found no mention of it.", True),
    ("The handbook lists the holidays but not the carry-over rule.", True),  # says one thing, not the asked one
    ("I found nothing wrong with the battery.", False),                   # a finding, not a refusal
    ("No fee appears on the first invoice.", False),                      # no text named
    ("The policy covers theft but not accidental damage.", False),        # covers: content
    ("We found no difference between the two groups.", False),
])
def test_more_refusal_shapes(text, refusal):
    from evalkit.scoring.abstention import find_abstention

    assert (find_abstention(text) is not None) is refusal


# --------------------------------------------------------------------------------------------
# Equivalent forms of atoms, end to end, on a second small suite (a ferry operator's notes)
# --------------------------------------------------------------------------------------------

FERRY = """# Harbour ferry notes

The last weekday ferry leaves the pier at 22:15. Tickets for the night service go on sale from
5 April 2029. Each passenger may bring 25 litres of luggage free of charge. The crossing takes
45 minutes. Groups of eight or more passengers must book ahead. On Sundays the ferry also calls at
Pier 3. To claim a refund, fill in the refund form, attach the original ticket and post both to
the Harbour Board within 14 days.
"""

FERRY_ITEMS = [
    {"id": "f1", "question": "When does the last weekday ferry leave?", "answer": "At 22:15."},
    {"id": "f2", "question": "From when are night-service tickets on sale?", "answer": "From 5 April 2029."},
    {"id": "f3", "question": "How much luggage may a passenger bring free of charge?", "answer": "25 litres."},
    {"id": "f4", "question": "How long does the crossing take?", "answer": "45 minutes."},
    {"id": "f5", "question": "Which groups must book ahead?", "answer": "Groups of 8 or more passengers."},
    {"id": "f6", "question": "Where else does the ferry call on Sundays?", "answer": "At Pier 3."},
    {"id": "f7", "question": "How do you claim a refund?",
     "answer": "Fill in the refund form, attach the original ticket and post both to the Harbour Board within 14 days."},
]


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("ferry"), "Harbour ferry notes", FERRY, FERRY_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "It leaves at 10:15 pm.", True),                 # 12-hour clock
    ("f1", "At 10.15pm.", True),
    ("f1", "At 10:15.", True),                              # no am/pm: either reading
    ("f1", "At 10:15 am.", False),                          # the other half of the day
    ("f1", "At 22:45.", False),
    ("f2", "From the fifth of April, 2029.", True),         # ordinal words
    ("f2", "From April the 5th, 2029.", True),
    ("f2", "From 5 April 2029; the night service runs all through 2029.", True),   # a coarser date
    ("f2", "From the fifteenth of April, 2029.", False),
    ("f2", "From April 2029.", False),                      # the day is not stated
    ("f2", "From 5 April 2029; the night service runs all through 2030.", False),
    ("f3", "25,000 millilitres.", True),                    # volumes convert
    ("f3", "0.025 cubic metres, that is 25 litres.", True),
    ("f3", "0.25 cubic metres.", False),
    ("f3", "25 kg.", False),
    ("f4", "Three quarters of an hour.", True),             # a share of a unit
    ("f4", "A quarter of an hour.", False),
    ("f4", "Half an hour.", False),
    ("f5", "Groups of eight or more passengers.", True),    # a number word before "or more"
    ("f5", "Parties of eight or more.", True),
    ("f5", "Groups of six or more passengers.", False),
    ("f6", "Pier Three.", True),                            # a number word as a label
    ("f6", "Pier Four.", False),
])
def test_equivalent_forms_of_atoms(ferry, item_id, answer, right):
    r = ferry(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


STEPS = "- fill in the refund form\n- attach the original ticket\n- post both to the Harbour Board within 14 days"


def test_the_count_of_the_answers_own_list_is_not_checked(ferry):
    r = ferry("f7", "There are three steps:\n\n" + STEPS)
    assert r.correct and not r.hallucinated
    wrong = ferry("f7", "There are four steps:\n\n" + STEPS)   # the count does not match the list
    assert wrong.hallucinated and any(f.text == "four steps" for c in wrong.claims for f in c.unsupported)


# --- names written another way, end to end (a research station's handbook) ---------------------

STATION = """# Skerry Point research station handbook

The station is run by Marine and Coastal Survey (MCS). Diving plans are approved by the Chief
Diving Officer, Rhona Gillespie, after consulting the boat skipper. Samples are logged in the
LIMS on the day they are taken. Every visitor needs a Site Access Number (SAN).

Cold samples go to Store Four, next to the wet lab. Dry samples go to Store 2.
The moorings are inspected on Wednesdays. Visitors sleep in Hut Gannet; staff sleep in Hut Fulmar.
"""

STATION_ITEMS = [
    {"id": "s1", "question": "Who approves diving plans?",
     "answer": "The Chief Diving Officer, Rhona Gillespie, after consulting the boat skipper."},
    {"id": "s2", "question": "Who runs the station?", "answer": "MCS."},
    {"id": "s3", "question": "Where are samples logged?", "answer": "In the LIMS."},
    {"id": "s4", "question": "What does SAN stand for?", "answer": "Site Access Number."},
    {"id": "s5", "question": "Where do cold samples go?", "answer": "Store Four."},
    {"id": "s6", "question": "Where do dry samples go?", "answer": "Store 2."},
    {"id": "s7", "question": "When are the moorings inspected?", "answer": "On Wednesdays."},
    {"id": "s8", "question": "In which hut do visitors sleep?", "answer": "Hut Gannet."},
]


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("station"), "Skerry Point handbook", STATION, STATION_ITEMS)


def _findings(result: ItemResult) -> list[tuple[str, str]]:
    return [(f.reason, f.text) for c in result.claims for f in c.unsupported]


@pytest.mark.parametrize("item_id, answer, correct, findings", [
    # an acronym for the name the evidence spells out, and the reverse
    ("s1", "The CDO, Rhona Gillespie, after consulting the boat skipper.", True, []),
    ("s2", "Marine and Coastal Survey.", True, []),
    ("s2", "The Marine Survey.", False, [("substituted", "Marine Survey")]),
    # a name the answer spells out for an acronym the evidence leaves undefined
    ("s3", "They are logged in the Laboratory Information Management System on the same day.", True, []),
    ("s3", "They are logged in the Sample Register on the same day.", False, [("substituted", "Sample Register")]),
    # an acronym the document defines stands for its definition only
    ("s4", "Site Access Number.", True, []),
    ("s4", "It stands for Safety Approval Notice.", False, [("substituted", "Safety Approval Notice")]),
    # number words in a name, either way round
    ("s5", "Store 4, next to the wet lab.", True, []),
    ("s5", "Store 5, next to the wet lab.", False, [("absent", "5")]),
    ("s6", "Store Two.", True, []),
    ("s6", "Store Three.", False, [("absent", "Three")]),          # the label read as the number 3
    # a weekday's plural
    ("s7", "Every Wednesday.", True, []),
    ("s7", "Every Thursday.", False, []),
    # a label's distinctive word, where the question asks for its class
    ("s8", "Gannet.", True, []),
    ("s8", "Fulmar.", False, [("substituted", "Fulmar")]),
    ("s8", "The Gannet and Fulmar huts.", False, [("substituted", "Fulmar")]),
])
def test_names_written_another_way(station, item_id, answer, correct, findings):
    r = station(item_id, answer)
    assert (r.correct, _findings(r)) == (correct, findings)


def test_a_reference_that_spells_out_the_questions_abbreviation_gives_no_key_name():
    from evalkit.scoring.aliases import glossed_abbreviations
    from evalkit.scoring.hallucination import key_atoms

    keys = lambda reference, question: [a.text for a in key_atoms(reference, question, extract_atoms)]
    asked = "Which test did the coach fail at the Brockley depot, the MOT or the PSV?"
    # the bracket glosses the question's option: no name of its own to state
    assert "Public Service Vehicle" not in keys("The PSV (Public Service Vehicle) test.", asked)
    # the same words where the question has no such abbreviation are a key
    assert "Public Service Vehicle" in keys("The PSV (Public Service Vehicle) test.",
                                            "Which test did the coach fail at the Brockley depot?")
    # a bracket whose words do not spell the abbreviation glosses nothing
    assert glossed_abbreviations("The PSV (Brockley depot) test.") == {}
    assert glossed_abbreviations("The PSV (Public Service Vehicle) test.") == {"psv": ("public", "servic", "vehicl")}


def test_a_role_swap_with_the_reference_name_is_caught(station):
    r = station("s1", "The boat skipper approves them, after consulting the Chief Diving Officer, Rhona Gillespie.")
    assert r.correct is False


def test_an_answer_that_opens_by_repeating_the_question():
    from evalkit.scoring.context import restated_question

    q = "Is a helmet required for riders under 16?"
    answer = "Is a helmet required for riders under 16? Yes, it is."
    assert answer[restated_question(answer, q):] == "Yes, it is."
    assert restated_question("Why ask? Yes.", q) == 0                  # a question of its own
    assert restated_question("Is a helmet required for riders under 16?", q) == 0   # nothing after it


def test_the_repeated_question_is_not_the_answer(scorer):
    assert scorer("b2", "Is a helmet required for riders under 16? Yes, it is.").correct is True
    assert scorer("b2", "Is a helmet required for riders under 16? No.").correct is False


# --- scoring.evidence: aligned (the default) and related (an addendum's facts) ---------------

BRANCH = """# Greyfield Library members' guide

A standard loan at Greyfield Library lasts 21 days. Members may renew a loan twice with their
Greyfield Card. The late fee is 20 pence per day. The head librarian, Odile Marchetti, approves room
bookings at the Harlow Street branch.
"""
BRANCH_2027 = """# Greyfield Library: changes from March 2027

From 1 March 2027 the late fee rises to 30 pence per day. Renewals can be made online with a
Greyfield Card. Odile Marchetti, the head librarian, now also approves exhibition requests at the
Harlow Street branch.
"""


def _library(root: Path, evidence: str):
    items = [{"id": "l1", "question": "How much is the late fee under the members' guide?", "answer": "20 pence per day."},
             {"id": "l2", "question": "How long does a standard loan last?", "answer": "21 days."}]
    return _scorer(root, "Greyfield Library members' guide", BRANCH, items,
                   more=(("changes", "Greyfield Library: changes from March 2027", BRANCH_2027),),
                   evidence=evidence, pass_requires=("correct", "grounded"))


ADDENDUM_DETAIL = "20 pence per day; from 1 March 2027 the late fee rises to 30 pence per day."


def test_an_addendum_detail_is_unsupported_with_source_evidence_only(tmp_path):
    r = _library(tmp_path, "source")("l1", ADDENDUM_DETAIL)
    assert r.hallucinated and not r.passed


def test_the_default_evidence_is_the_source_and_the_aligned_sentence_of_a_related_document():
    from evalkit.config import ScoringConfig

    assert ScoringConfig().evidence == "aligned"


POOL = """# Ashby Lido members' terms

- **Swim Pass:** £31.00 per month. Lane swimming at any session. Minimum term of 3 months.
- **Family Swim Pass:** £55.00 per month for 2 adults and up to 3 children.
A lost Ashby Lido card is replaced for £6.00. The Lido Manager, Tomas Reyes, approves swim lessons.
"""
POOL_2027 = """# Ashby Lido: changes from May 2027

From 1 May 2027 the Swim Pass costs £33.50 per month. The Family Swim Pass price is unchanged.
Lane swimming at the Ashby Lido opens at 06:30 instead of 07:00. Tomas Reyes remains Lido Manager.
"""


@pytest.fixture(scope="module")
def lido(tmp_path_factory):
    items = [{"id": "p1", "question": "What will the Swim Pass cost from 1 May 2027?", "answer": "£33.50 per month."},
             {"id": "p2", "question": "When does lane swimming open from May 2027?", "answer": "06:30."}]
    root = tmp_path_factory.mktemp("lido")
    return _scorer(root, "Ashby Lido: changes from May 2027", POOL_2027, items,
                   more=(("terms", "Ashby Lido members' terms", POOL),), pass_requires=("correct", "grounded"))


@pytest.mark.parametrize("item_id, answer, hallucinated", [
    ("p1", "£33.50 a month from 1 May 2027, up from £31.00.", False),        # the old price, from the terms
    ("p1", "It rises to £33.50 per month; the Family Swim Pass stays at £55.00 per month.", False),
    ("p1", "£33.50 per month, up from £29.00.", True),                       # nowhere
    ("p1", "£33.50 per month, up from £6.00.", True),                        # the card's fee, another role
    ("p2", "At 06:30 instead of 07:00; the minimum term is 3 months.", False),
    ("p2", "At 06:30; the minimum term is 6 months.", True),
])
def test_a_true_detail_from_a_related_document_is_supported_by_the_sentence_it_restates(lido, item_id, answer,
                                                                                        hallucinated):
    r = lido(item_id, answer)
    assert r.hallucinated is hallucinated, r.reasons


HARBOURSIDE = """# Harbourside Rowing Club handbook

Junior rowers at Harbourside Rowing Club train on Saturday mornings. Boats are booked through the
club Captain, Maeve Tallis, and kept at the Quay Shed. A junior session lasts 90 minutes on the water.
"""
HARBOURSIDE_FAQ = """# Harbourside Rowing Club: questions for the 2027 season

These answers come from the committee of Harbourside Rowing Club.

**Can a junior take a single scull out alone?**
Only with the approval of Maeve Tallis, which must be asked for in writing at least 3 days before.

**What has changed for juniors this season?**
Junior sessions at the Quay Shed now last 90 minutes instead of seventy-five, with eight rowers to a crew.
"""


@pytest.fixture(scope="module")
def club_faq(tmp_path_factory):
    items = [{"id": "r1", "question": "Who books the boats at Harbourside Rowing Club?", "answer": "The Captain, Maeve Tallis."},
             {"id": "r2", "question": "How long does a junior session last?", "answer": "90 minutes."}]
    root = tmp_path_factory.mktemp("club_faq")
    return _scorer(root, "Harbourside Rowing Club handbook", HARBOURSIDE, items,
                   more=(("faq", "Harbourside Rowing Club: questions for the 2027 season", HARBOURSIDE_FAQ),),
                   pass_requires=("correct", "grounded"))


@pytest.mark.parametrize("item_id, answer, hallucinated", [
    # an FAQ's answer read with the question heading it answers
    ("r1", "Maeve Tallis, the Captain. A junior taking a single scull out alone must ask her in writing at least "
           "3 days before.", False),
    ("r1", "Maeve Tallis, the Captain. A junior taking a single scull out alone must ask her in writing at least "
           "10 days before.", True),
    # a count whose unit the sentence leaves to the quantity before it
    ("r2", "90 minutes, up from 75 minutes last season.", False),
    ("r2", "90 minutes, up from seventy-five minutes last season.", False),
    ("r2", "90 minutes, up from 60 minutes last season.", True),        # nowhere
    ("r2", "90 minutes, up from 75 seconds last season.", True),       # the count, in another unit
    ("r2", "90 minutes, up from eight minutes last season.", True),    # eight counts rowers, not minutes
    ("r2", "90 minutes, with 8 rowers to a crew.", False),
    ("r2", "90 minutes, with eight to a crew.", False),                 # the count without its noun
])
def test_a_related_documents_answer_and_elided_unit_support_a_true_detail(club_faq, item_id, answer, hallucinated):
    r = club_faq(item_id, answer)
    assert r.hallucinated is hallucinated, r.reasons


BAKERY = """# Millbrook Bakery school: scone class

The scone class runs on Thursday evenings. Each pupil bakes 12 scones, which go in the oven for 15
minutes at 220 °C. The class fee is £30, and up to 9 pupils take part.
"""


@pytest.fixture(scope="module")
def bakery(tmp_path_factory):
    items = [{"id": "b1", "question": "How long do the scones bake?", "answer": "15 minutes."},
             {"id": "b2", "question": "What is the class fee?", "answer": "£30."}]
    return _scorer(tmp_path_factory.mktemp("bakery"), "Millbrook Bakery school: scone class", BAKERY, items)


@pytest.mark.parametrize("item_id, answer, hallucinated", [
    ("b1", "15 minutes at 220 °C.", False),
    ("b1", "15 min, and each pupil bakes twelve scones.", False),
    ("b1", "15 minutes; the dough first rests for 12 hours.", True),   # 12 counts scones, not hours
    ("b1", "12 minutes at 220 °C.", True),
    ("b2", "The fee is 30.", False),                                  # the unit dropped
    ("b2", "It costs 30 pounds.", False),
    ("b2", "£30, for up to nine pupils.", False),
    ("b2", "£30, refundable up to 9 days before the class.", True),   # 9 counts pupils, not days
    ("b2", "£30, or £9 for each extra tray.", True),                  # 9 counts pupils, not pounds
])
def test_a_count_of_another_noun_does_not_support_a_measure(bakery, item_id, answer, hallucinated):
    r = bakery(item_id, answer)
    assert r.hallucinated is hallucinated, r.reasons


def test_related_evidence_supports_an_addendum_detail_and_still_catches_wrong_values(tmp_path):
    score = _library(tmp_path, "related")
    r = score("l1", ADDENDUM_DETAIL)
    assert not r.hallucinated and r.passed
    assert not score("l1", "The late fee is 30 pence per day under the members' guide.").passed
    r = score("l2", "A standard loan lasts 30 days.")
    assert r.hallucinated and not r.passed


def test_documents_are_related_when_they_share_names(tmp_path):
    def context(root: Path, docs: dict[str, str]):
        root.mkdir()
        for doc_id, text in docs.items():
            (root / f"{doc_id}.md").write_text(text)
        suite = {"name": root.name, "documents": [{"id": d, "title": d.title(), "path": f"{d}.md"} for d in docs],
                 "items": [{"id": "x", "question": "What?", "answer": "This.", "source": next(iter(docs))}]}
        (root / "suite.yaml").write_text(yaml.safe_dump(suite, sort_keys=False))
        return build_context(load_target(root / "suite.yaml"))

    assert context(tmp_path / "library", {"guide": BRANCH, "changes": BRANCH_2027}).related_documents("guide") == ["changes"]
    unrelated = context(tmp_path / "two", {
        "a": "Ada Lovelace wrote notes on the Analytical Engine for Charles Babbage in London.",
        "b": "The Tay Bridge in Dundee collapsed in 1879 during a storm off the Firth of Tay."})
    assert unrelated.related_documents("a") == []


# --- a user's own suite: names and versions written another way (issue: "Bluetooth LE", "HBM3") ---

KIT = """# Nimbus Aero sensor kit guide
The Nimbus Aero kit ships with six Aero sensors and one hub. The hub talks to the sensors over Bluetooth Low Energy.
The standard warranty lasts 2 years from purchase. Store spare sensors at 5 °C or below.
The hub's processor has Tensor Core 4.0 units and uses HBM 3.0 memory.
"""
KIT_ITEMS = [{"id": "w", "question": "How long does the standard warranty last?", "answer": "2 years"},
             {"id": "s", "question": "How many sensors ship with the kit?", "answer": "six Aero sensors"},
             {"id": "b", "question": "How does the hub talk to the sensors?", "answer": "over Bluetooth Low Energy"},
             {"id": "t", "question": "What does the hub's processor have?", "answer": "Tensor Core 4.0 and HBM 3.0"}]


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("kit"), "Nimbus Aero sensor kit guide", KIT, KIT_ITEMS)


@pytest.mark.parametrize("item_id, answer, correct, hallucinated", [
    ("b", "Over Bluetooth LE.", True, False),                      # part of a name as its acronym
    ("b", "Over BLE.", True, False),
    ("b", "Over Bluetooth HE.", False, True),                      # HE spells nothing the guide says
    ("t", "Fourth-generation Tensor Cores and HBM3 memory.", True, False),   # versions, a plural name
    ("t", "Tensor Cores 4.0 and HBM 3.0.", True, False),
    ("t", "Third-generation Tensor Cores and HBM2 memory.", False, True),
    ("s", "Six Aero sensors.", True, False),
    ("w", "According to the Nimbus Aero manual, 2 years.", True, False),   # a partial title cited
    ("w", "The standard warranty lasts 5 years.", False, True),    # 5 is the storage temperature's
])
def test_a_users_names_and_versions(kit, item_id, answer, correct, hallucinated):
    r = kit(item_id, answer)
    assert (r.correct, r.hallucinated) == (correct, hallucinated), r.first_reason()


def test_a_plural_name_is_the_singular_only_for_names_of_several_words():
    from evalkit.scoring.aliases import name_forms

    assert "tensorcore" in name_forms("Tensor Cores")
    assert name_forms("Producers") == ["producers"]

# --- a value written in another form, end to end (a community centre's guide) -------------------

CENTRE = """# Millbrook community centre guide

Each member may bring no more than 3 guests per visit. A locker costs $0.45 per day.
Off-peak sessions cost 50% of the peak price. Up to 20% of hall bookings are kept for local
charities. Each vitamin drink sold at the café contains 400 µg of folic acid.
A full charge of a hire scooter takes 2 hours; a 30-minute charge takes it from 0–60%.
Of 940 members, 610 are adults and 330 are juniors. Three quarters of the membership fee is
refunded to members who cancel within 14 days.
"""

CENTRE_ITEMS = [
    {"id": "m1", "question": "How many guests may a member bring per visit?", "answer": "No more than 3."},
    {"id": "m2", "question": "How much does a locker cost per day?", "answer": "$0.45 per day."},
    {"id": "m3", "question": "What do off-peak sessions cost?", "answer": "50% of the peak price."},
    {"id": "m4", "question": "What share of hall bookings is kept for local charities?", "answer": "Up to 20%."},
    {"id": "m5", "question": "How much folic acid does a vitamin drink contain?", "answer": "400 µg."},
    {"id": "m6", "question": "How long does a full charge of a hire scooter take?", "answer": "2 hours."},
    {"id": "m7", "question": "How many adult members are there?", "answer": "610."},
    {"id": "m8", "question": "How much of the membership fee is refunded on cancelling within 14 days?",
     "answer": "75% of the fee."},
]


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("centre"), "Millbrook community centre guide", CENTRE, CENTRE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "No more than three.", True),                    # a number word after a comparator
    ("m1", "Three.", True),                                 # a number word as the whole answer
    ("m1", "At most four.", False),
    ("m1", "Four.", False),
    ("m2", "45 cents a day.", True),                        # a currency's minor unit
    ("m2", "45¢ per day.", True),
    ("m2", "Under section 7 of the guide, 45 cents a day.", True),   # a label of a text part: no fact
    ("m2", "50 cents a day.", False),
    ("m2", "45 pence a day.", False),                       # pence are no part of a dollar
    ("m3", "Half the peak price.", True),                   # a fraction for a percentage
    ("m3", "A third of the peak price.", False),
    ("m3", "Two thirds of the peak price.", False),
    ("m4", "Up to one fifth of them.", True),
    ("m4", "Up to a quarter of them.", False),
    ("m5", "0.4 mg.", True),                                # prefixes of one unit
    ("m5", "400 mcg.", True),
    ("m5", "4 mg.", False),
    ("m5", "400 mg.", False),
    ("m6", "2 hours; 30 minutes takes it to 60%.", True),   # the end a range from zero reaches
    ("m6", "2 hours; 30 minutes takes it to 70%.", False),
    ("m7", "610; juniors number 330 — 940 members in all.", True),   # a spaced em dash is no range
    ("m8", "Three quarters of it.", True),
    ("m8", "Two thirds of it.", False),
    ("m8", "70% of the fee.", False),
])
def test_a_value_written_in_another_form(centre, item_id, answer, right):
    r = centre(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# --- values an answer writes another way, end to end (an allotment society's rules and a notice) ---

ALLOTMENT = """# Riverside Allotment Society rules

Adopted at the general meeting on 14 March 2026.

## Rent and fees

From 1 May 2027 the annual rent for a full plot rises from £58 to £64. A half plot costs £36 a year.
A bag of manure from the society store costs £2.50. Members may reply to a warning notice within
10 working days.

## Water and compost

Shared water troughs serve plots at a ratio of one trough to 4 plots. Compost is collected twice a
month. The polytunnel may be used from week 2 of the growing season. The waiting list for a plot is
currently 18 months. Members may hire the society rotavator for £15 gross per week, for up to
3 days at a time.
"""
ALLOTMENT_NOTICE = ("notice", "Riverside Allotments: notice of changes (effective 1 May 2027)",
                    "# Riverside Allotments: notice of changes (effective 1 May 2027)\n\n"
                    "Rents change as set out in the rules. Bonfires are no longer allowed on any plot.\n")
ALLOTMENT_ITEMS = [
    {"id": "r1", "question": "What is the annual rent for a full plot from 1 May 2027?", "answer": "£64."},
    {"id": "r2", "question": "How many plots does one water trough serve?", "answer": "One trough to 4 plots."},
    {"id": "r3", "question": "From which week of the season may the polytunnel be used?", "answer": "From week 2."},
    {"id": "r4", "question": "How often is compost collected?", "answer": "Twice a month."},
    {"id": "r5", "question": "How much does a half plot cost a year?", "answer": "£36."},
    {"id": "r6", "question": "How long is the waiting list for a plot?", "answer": "18 months."},
    {"id": "r7", "question": "How much is a bag of manure?", "answer": "£2.50."},
    {"id": "r8", "question": "Within how long may a member reply to a warning notice?", "answer": "10 working days."},
    {"id": "r9", "question": "What does it cost a week to hire the rotavator?", "answer": "£15."},
]


@pytest.fixture(scope="module")
def allotment(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("allotment"), "Riverside Allotment Society rules", ALLOTMENT,
                   ALLOTMENT_ITEMS, more=(ALLOTMENT_NOTICE,))


@pytest.mark.parametrize("item_id, answer, right", [
    ("r1", "£64, up from £58.", True),                                   # where a rise starts is given
    ("r1", "£64 from 1 May 2027, as the May 2027 notice says.", True),   # a date that dates a document
    ("r1", "£64; the June 2027 notice confirms it.", False),             # a date that dates none
    ("r1", "It was lowered from £64 to £58.", False),                    # the key only as where a fall starts
    ("r1", "£70, up from £64.", False),
    ("r2", "1:4.", True),                                                # a ratio the rules write in words
    ("r2", "1:5.", False),
    ("r3", "From the second week.", True),                               # the label's number as an ordinal
    ("r3", "From the third week.", False),
    ("r4", "Two times a month.", True),                                  # a frequency the rules write in words
    ("r4", "Three times a month.", False),
    ("r5", "£36 a year, £28 less than the £64 rent.", True),             # a difference of two stated values
    ("r5", "£36 a year, £30 less than the £64 rent.", False),
    ("r6", "A year and a half.", True),
    ("r6", "A year and three months.", False),
    ("r7", "250p.", True),                                               # pence glued to the number
    ("r7", "25p.", False),
    ("r8", "Within ten working days.", True),
    ("r8", "Within 14 working days.", False),
    # a rate an adverb of period gives, taken over a period the answer's own working names
    ("r9", "£15 gross weekly, which works out at £780 a year over 52 weeks.", True),
    ("r9", "£15 gross weekly, which works out at £800 a year over 52 weeks.", False),
    ("r9", "£18 gross weekly, which works out at £936 a year over 52 weeks.", False),
])
def test_values_written_another_way(allotment, item_id, answer, right):
    r = allotment(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


SAILING = """# Harbour Sailing Club — Membership Rules (2026–27)

The annual subscription for a full member is £180. A junior member pays £60 a year.
Dinghy storage costs £45 a season.
"""
SAILING_ITEMS = [
    {"id": "s1", "question": "What is the annual subscription for a full member?", "answer": "£180."},
]


@pytest.fixture(scope="module")
def sailing(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("sailing"), "Harbour Sailing Club membership rules", SAILING, SAILING_ITEMS)


@pytest.mark.parametrize("answer, right", [
    ("£180 under the 2026–27 rules.", True),       # the academic or financial year a document covers
    ("£180 under the 2026/27 rules.", True),
    ("£180 under the 2024–25 rules.", False),      # a year span that dates no document
    ("£180 since 2026.", False),                   # a bare year is no period of a document
])
def test_a_year_span_that_dates_a_document(sailing, answer, right):
    r = sailing("s1", answer)
    assert _right(r) is right, (r.correct, r.reasons)


FERNSIDE = """# Fernside Allotment Society handbook

## Plot types

- **Half plot:** £40 per year. No shed. No water butt.
- **Full plot:** £70 per year. 1 shed per plot. 2 water butts per plot.

## Changes from 1 March 2027

From 1 March 2027 the yearly fee for a full plot is £76 (it was £70). The waiting-list deposit is
lowered from £15 to £10. The supervision ratio for children's sessions tightens from one adult to
8 children to one adult to 6 children. Bonfires, which the 2019 rules permitted, are no longer
permitted. With the committee's consent a plot may lie fallow for up to 2 seasons instead of 1.

## Settings of the plot booking app

The `auto_renew` setting now defaults to False (it was True in 2026).
"""

FERNSIDE_ITEMS = [
    {"id": "f1", "question": "How much does a full plot cost per year from 1 March 2027?", "answer": "£76."},
    {"id": "f2", "question": "What is the waiting-list deposit from 1 March 2027?", "answer": "£10."},
    {"id": "f3", "question": "What supervision ratio applies to children's sessions from 1 March 2027?",
     "answer": "One adult to 6 children."},
    {"id": "f5", "question": "Are bonfires permitted on the allotments?", "answer": "No."},
    {"id": "f6", "question": "For how many seasons may a plot lie fallow without the committee's consent?",
     "answer": "1 season."},
    {"id": "f7", "question": "What is the default of auto_renew in the booking app?", "answer": "False."},
]


@pytest.fixture(scope="module")
def fernside(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("allotments"), "Fernside Allotment Society handbook", FERNSIDE,
                   FERNSIDE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a change "from X to Y" against the document's, or a word of change against its own values
    ("f1", "It rose to £76 (it was £70) on 1 March 2027.", True),
    ("f1", "It went up to £76 (it was £70).", True),
    ("f1", "£76 a year, up from £70.", True),
    ("f1", "The full plot fee was reduced on 1 March 2027, from £76 to £70, so it is £70 now.", False),
    ("f1", "The full plot fee was cut to £76 on 1 March 2027.", False),
    ("f2", "It is £10; the deposit was lowered from £15 to £10.", True),
    ("f2", "It is £10; the deposit was raised from £15 to £10.", False),
    ("f3", "One adult to 6 children: the ratio tightens from one adult to 8 children to one adult to 6 children.",
     True),
    ("f3", "The ratio loosens from one adult to 6 children to one adult to 8 children.", False),
    # "no longer permitted" says they were: the past agrees
    ("f5", "No. Bonfires, which the 2019 rules permitted, are banned now.", True),
    ("f5", "Yes, bonfires are still permitted.", False),
    # "2 seasons instead of 1" does not deny 1 season
    ("f6", "1 season; 2 if the committee consents.", True),
    ("f6", "Two seasons.", False),
    # a setting's value as a switch's state
    ("f7", "Automatic renewal is switched off by default.", True),
    ("f7", "It is not enabled by default.", True),
    ("f7", "It is enabled by default.", False),
    ("f7", "It is on by default.", False),
])
def test_changes_settings_and_denials_of_round_6(fernside, item_id, answer, right):
    r = fernside(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# --- what an answer says in words alone: swapped attributes and unfound additions (a museum guide) ---

MUSEUM = """# Harlow Museum visitor guide

The museum has two galleries: the east gallery shows ceramics and the west gallery shows textiles.
Flash photography is allowed in the west gallery only. Large bags must be left in the ground-floor
lockers; small bags may be carried. Members get free entry to the temporary exhibitions.
Guided tours start from the main entrance at 11 am, and the second tour of the day starts at 2 pm.
School groups must book at least 3 weeks ahead. The café on the top floor closes at 4 pm.
Audio guides are lent at the information desk in exchange for a photo ID.
"""

MUSEUM_ITEMS = [
    {"id": "u1", "question": "Where is flash photography allowed?", "answer": "In the west gallery only."},
    {"id": "u2", "question": "When does the second guided tour start?", "answer": "At 2 pm."},
    {"id": "u3", "question": "When does the café close?", "answer": "At 4 pm."},
    {"id": "u4", "question": "Where must large bags be left?", "answer": "In the ground-floor lockers."},
    {"id": "u5", "question": "What do members get?", "answer": "Free entry to the temporary exhibitions."},
]


@pytest.fixture(scope="module")
def museum(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("museum"), "Harlow Museum visitor guide", MUSEUM, MUSEUM_ITEMS)


@pytest.mark.parametrize("item_id, answer, finding", [
    # a modifier of another kind the guide names ("east gallery"), where the sentence says "west"
    ("u1", "Flash photography is allowed in the east gallery only.", ("attribute", "east gallery")),
    ("u2", "The first tour of the day starts at 2 pm.", ("attribute", "first tour")),   # ordinals
    ("u3", "At 4 pm, and it also hosts live jazz on weekend evenings.", ("addition", None)),
    ("u5", "Free entry to the temporary exhibitions; members also get a discount in the gift shop.",
     ("addition", None)),
    # must keep passing: the sentence's own modifier said too, a negated one, a synonym the guide
    # never writes, a true addition, additions in the guide's words or the question's, the
    # answerer offering help, a question
    ("u1", "Only in the west gallery, not in the east gallery.", None),
    ("u1", "Only in the gallery that shows textiles.", None),
    ("u1", "It's allowed in the west gallery, never the east gallery.", None),
    ("u4", "Big bags must be left in the lockers on the ground floor.", None),
    ("u4", "In the ground-floor lockers; small bags may also be carried.", None),
    ("u3", "At 4 pm; the café is on the top floor, too.", None),
    ("u5", "Free entry to the temporary exhibitions, as well as to the east gallery.", None),
    ("u2", "At 2 pm. I can also tell you when the first tour starts.", None),
    ("u2", "At 2 pm. Would you also like the school group rules?", None),
    ("u2", "The second tour starts at 2 pm, and the first one at 11 am from the main entrance.", None),
])
def test_what_an_answer_says_in_words_alone(museum, item_id, answer, finding):
    r = museum(item_id, answer)
    found = [(f.kind, f.text) for c in r.claims for f in c.unsupported if f.kind in ("attribute", "addition")]
    if finding is None:
        assert not r.hallucinated, r.reasons
    else:
        kind, text = finding
        assert r.hallucinated and any(k == kind and (text is None or t == text) for k, t in found), r.reasons


def test_a_swapped_attribute_is_shown_against_the_sentences_phrase():
    sentences = ["Seedlings go on the upper shelf of the greenhouse.", "Tools are kept on the lower shelf.",
                 "Repot ferns in the third week of spring."]
    swap, = swapped_attributes("Seedlings go on the lower shelf of the greenhouse.", "Where do seedlings go?",
                               sentences)
    assert (swap.said, swap.theirs, swap.sentence) == ("lower shelf", "upper shelf", sentences[0])
    assert swapped_attributes("Repot ferns in the first week of spring.", "When?", sentences)[0].said == "first week"
    # the phrase the claim is about: a synonym never written with that head, the sentence that
    # writes the claim's own phrase, the sentence's modifier said as well
    for claim in ("Seedlings go on the top shelf of the greenhouse.", "Tools go on the lower shelf.",
                  "Seedlings go on the upper shelf, and tools on the lower shelf of the greenhouse."):
        assert swapped_attributes(claim, "Where do seedlings go?", sentences) == [], claim
    # the question breaks a tie in favour of the lanes, but the claim's own words are as much a
    # version of the sentence that writes "prior notice": no swap
    sentences = ["Prior notice applies to the sauna.", "Pool lanes need a written notice."]
    assert swapped_attributes("They need prior notice.", "What do pool lanes need?", sentences) == []
    assert swapped_attributes("Pool lanes need prior notice.", "What do pool lanes need?", sentences)[0].said \
        == "prior notice"


def test_a_word_the_sentence_gives_another_thing_put_in_the_slot_of_its_own_is_a_swap():
    # the sentence binds the claim's word to another thing ("a green stripe" of the contractor
    # badges): the claim put it in the slot of the sentence's own word, at a clause's end or
    # between words of the frame on both sides
    sentences = ["Visitor badges are printed orange and contractor badges carry a green stripe.",
                 "Take the tablets with water at breakfast and the capsules with milk at bedtime."]
    swap, = swapped_attributes("Visitor badges are printed green.", "What colour are visitor badges?", sentences)
    assert (swap.said, swap.theirs, swap.sentence) == ("green", "orange", sentences[0])
    swap, = swapped_attributes("Take the tablets with milk at breakfast.", "How are the tablets taken?", sentences)
    assert (swap.said, swap.theirs) == ("milk", "water")
    # the sentence's own word, its other part restated, both parts, a word the sentence never gives
    for claim in ("Visitor badges are printed orange.", "Contractor badges carry a green stripe.",
                  "Visitor badges are printed orange, and contractor badges carry a green stripe.",
                  "Take the capsules with milk at bedtime.", "Visitor badges are printed locally.",
                  "Take the tablets with water, not milk, at breakfast."):
        assert swapped_attributes(claim, "What colour are visitor badges?", sentences) == [], claim
    # ... but another colour the sentence never gives is still another value of the slot's attribute
    assert [w.said for w in swapped_attributes("Visitor badges are printed purple.", "What colour?", sentences)] \
        == ["purple"]
    # a frame of one content word is a phrase two statements share by chance ("of the ___ year")
    sentences = ["Seats can be added at the current price until the end of the membership year."]
    assert swapped_attributes("It is £40 more than the fee of the current year.", "How much is the renewal?",
                              sentences) == []
    # a parallel sentence whose other part the claim restates: the claim's word is written beside
    # its frame ("the blue bin"), no swap
    sentences = ["The red bin is for glass and the blue bin for paper."]
    assert swapped_attributes("The blue bin is for paper.", "Which bin is for paper?", sentences) == []
    # the sentence's word in another form speaks of things at large ("changes of up to two days"),
    # a word a paraphrase may take; numbers are no words of a frame ("7 for, 2 against")
    sentences = ["The warden approved the extension under the site rules, which allow changes of up to two days.",
                 "The vote itself (7 for, 2 against) stands."]
    assert swapped_attributes("The warden approved the change under the site rules.", "Who approved it?",
                              sentences) == []
    assert swapped_attributes("And the 7-2 vote stands.", "Did the vote change?", sentences) == []


def test_a_noun_moved_into_another_place_after_a_preposition_is_a_swap():
    # "beside", "near", "behind": prepositions outside the stopwords bind a noun to its frame as
    # "to" or "in" do; the claim's noun is one the sentence gives of another thing
    sentences = ["Lifejackets hang on the hooks near the office door, and the first-aid kit sits in a "
                 "cupboard beside the slipway.", "The office is open from 9 am."]
    q = "Where is the first-aid kit kept?"
    swap, = swapped_attributes("The first-aid kit sits in a cupboard beside the office.", q, sentences)
    assert (swap.said, swap.theirs) == ("cupboard beside the office", "cupboard beside the slipway")
    for claim in ("The first-aid kit sits in a cupboard beside the slipway.",      # the sentence's noun
                  "It sits in a cupboard beside the slipway, not the office.",     # both named
                  "The first-aid kit sits in a cupboard beside the ramp."):        # no noun of theirs
        assert swapped_attributes(claim, q, sentences) == [], claim
    # a preposition that may open a clause frames no noun ("before the sailing leaves" for "before departure")
    sentences = ["A Flexi fare can be cancelled free of charge until 2 hours before departure."]
    assert swapped_attributes("You can cancel a Flexi fare for free up to two hours before the sailing leaves.",
                              "Until when can a Flexi fare be cancelled?", sentences) == []
    # a sentence that writes the claim's preposition before its noun too ("not in the main hall") says it
    sentences = ["Candidates with extra time sit in the Quiet Room (Room G4) of the Old Library, not in the main hall."]
    assert swapped_attributes("Students with extra time don't sit in the main hall; they take their exams in the "
                              "Quiet Room.", "Where do candidates with extra time sit?", sentences) == []
    # the frame's own governing word is no noun moved from elsewhere ("30 days before moving day")
    sentences = ["Each new dog needs a kennel-cough vaccine given no more than 30 days before arrival."]
    assert swapped_attributes("The vaccine can be given no more than 30 days before moving day.",
                              "How recent must the vaccine be?", sentences) == []


def test_a_word_for_the_last_place_is_a_rank_as_an_ordinal_is():
    # "final" and "last" place a thing at the end of its sequence: the "first boarding call" is not
    # the sentence's "final boarding call", though no text writes "first" before that head
    sentences = ["Passengers must reach the gate before the final boarding call.",
                 "Seats are allocated at check-in."]
    swap, = swapped_attributes("Before the first boarding call.", "When must passengers reach the gate?", sentences)
    assert (swap.said, swap.theirs) == ("first boarding", "final boarding")
    assert swapped_attributes("Before the second boarding call.", "When?", sentences)[0].said == "second boarding"
    # near misses: "last" and "final" are one place; a rank the sentence gives as well; a word that
    # is no rank ("early") is left to the other rules
    for claim in ("Before the last boarding call.", "Before the final boarding call.",
                  "After the first call, and before the final boarding call.",
                  "Before the early boarding call."):
        assert swapped_attributes(claim, "When must passengers reach the gate?", sentences) == [], claim
    # a rank the claim gives before another head ("the last lap") is no rank of the swapped head
    laps = ["Times are taken when the last runner completes the last lap."]
    assert swapped_attributes("When the first runner completes the last lap.", "When are times taken?",
                              laps)[0].said == "first runner"
    for claim in ("When the last runner completes the last lap.", "When the final runner completes the final lap.",
                  "When the first runner and then the last runner complete the last lap."):
        assert swapped_attributes(claim, "When are times taken?", laps) == [], claim
    ranked = ["The second rehearsal is on Friday, and the last rehearsal on Sunday."]
    assert swapped_attributes("The final rehearsal is on Sunday.", "When?", ranked) == []
    assert swapped_attributes("The first rehearsal is on Sunday.", "When?", ranked)[0].said == "first rehearsal"


def test_a_modifier_one_text_writes_with_the_sentences_before_another_head_is_a_swap():
    # "garden" and "party" before one other head ("gable"): the author's two kinds of wall, so
    # the "garden wall" is not the sentence's "party wall" in other words
    sentences = ["Water has seeped through the party wall of the cellar.",
                 "The party gable and the garden gable were repointed in 2019."]
    swap, = swapped_attributes("Water has seeped through the garden wall of the cellar.", "Where?", sentences)
    assert (swap.said, swap.theirs) == ("garden wall", "party wall")
    assert swapped_attributes("Water has seeped through the party wall of the cellar.", "Where?", sentences) == []
    # near-misses: the two modifiers never before one head (a synonym may be), or a possessive
    apart = ["Water has seeped through the party wall of the cellar.", "The garden path was relaid in 2019."]
    assert swapped_attributes("Water has seeped through the garden wall of the cellar.", "Where?", apart) == []
    owned = ["Water has seeped through the party wall of the cellar.", "The party gable and the owner's gable "
             "were repointed in 2019."]
    assert swapped_attributes("Water has seeped through the owner's wall of the cellar.", "Where?", owned) == []
    # two texts, each writing one of the modifiers before that head, may name one thing two ways
    report, notes = [sentences[0], "The party gable was repointed in 2019."], ["The garden gable leans a little."]
    assert swapped_attributes("Water has seeped through the garden wall of the cellar.", "Where?", report + notes,
                              documents=[report, notes]) == []


def test_two_values_of_a_closed_attribute_are_a_swap_whatever_the_documents_write():
    # sides, seasons, colours, modes of a message: a word of one value is no synonym of another's,
    # so no document need write the claim's phrase or its modifier before another head
    cellar = ["Water has seeped through the north wall of the cellar.", "The garden path was relaid in 2019."]
    swap, = swapped_attributes("Water has seeped through the south wall of the cellar.", "Where?", cellar)
    assert (swap.said, swap.theirs) == ("south wall", "north wall")
    lease = ["Either party may end the tenancy on two months' written notice.", "Rent is due on the 1st."]
    swap, = swapped_attributes("Either party may end it on two months' verbal notice.", "How?", lease)
    assert (swap.said, swap.theirs) == ("verbal notice", "written notice")
    # a table cell writes its head with no determiner: the attribute's value still names a kind
    prizes = ["| Runner-up | £400 and a week of Orrin autumn placements |", "Judging closes at noon."]
    swap, = swapped_attributes("£400 and a week of Orrin spring placements.", "What does the runner-up get?", prizes)
    assert (swap.said, swap.theirs) == ("spring placements", "Orrin autumn placements")
    clinic = ["Bring the blue referral form to the afternoon clinic.", "Parking is free."]
    assert [w.said for w in swapped_attributes("Bring the pink referral form to the afternoon clinic.", "What?",
                                               clinic)] == ["pink referral form"]
    assert [w.said for w in swapped_attributes("Bring the blue referral form to the morning clinic.", "What?",
                                               clinic)] == ["morning clinic"]
    # near-misses: one value in two words ("rear" / "back", "grey" / "gray", "top" / "upper"), a
    # word of no closed class (a synonym may be), and the sentence's own value said as well
    garage = ["Leave the key in the grey box by the back door.", "The side gate is locked at night."]
    for claim in ("Leave the key in the gray box by the rear door.", "Leave the key in the metal box by the back door.",
                  "Leave the key in the grey box by the back door, not the front door."):
        assert swapped_attributes(claim, "Where?", garage) == [], claim
    # a sentence that writes the claim's word before a noun of the aligned one (a correction moving
    # the thing), and an aligned sentence that gives the claim's word in a way no phrase shows
    meter = ["The meter is fitted on the east side wall of the garage.", "Correction: it is on the west wall."]
    assert swapped_attributes("The meter is fitted on the west side wall of the garage.", "Where?", meter,
                              documents=[meter[:1], meter[1:]]) == []
    bibs = ["Stewards wear **yellow** bibs; marshals wear red bibs.", "Bibs are returned at the finish."]
    assert swapped_attributes("Stewards wear yellow bibs.", "What do stewards wear?", bibs) == []


def test_a_value_of_a_closed_attribute_in_the_slot_of_another_is_a_swap():
    # the sentence's own frame around one slot, filled with another value of the slot's attribute
    # that the sentence never gives ("open in the evening" where it says "open in the morning")
    shop = ["The farm shop is open in the morning on Saturdays.", "Eggs are sold at the gate."]
    swap, = swapped_attributes("The farm shop is open in the evening on Saturdays.", "When?", shop)
    assert (swap.said, swap.theirs) == ("evening", "morning")
    depot = ["Pedestrian walkways are painted green across the depot floor.", "Forklifts reverse slowly."]
    assert [(w.said, w.theirs) for w in swapped_attributes(
        "Pedestrian walkways are painted yellow across the depot floor.", "What colour?", depot)] == [("yellow", "green")]
    # near-misses: the sentence's own value, another frame, a word of no closed class, one value's synonym
    for claim in ("The farm shop is open in the morning on Saturdays.", "Eggs are sold at the gate in the evening.",
                  "The farm shop is open in the holidays on Saturdays."):
        assert swapped_attributes(claim, "When?", shop) == [], claim
    gate = ["Visitors use the back gate beside the barn.", "Dogs stay on leads."]
    assert swapped_attributes("Visitors use the rear gate beside the barn.", "Which gate?", gate) == []


@pytest.mark.parametrize("claim, swap", [
    # a word the documents write elsewhere, in the slot right after a value of the aligned sentence's frame
    ("Refunds are paid 10 working days after collection.", ("collection", "return")),
    ("Members may bring 2 adult guests per visit.", ("adult", "junior")),
    ("The overdue fine is £5 per magazine.", ("magazine", "item")),
    # no swap: the sentence's own word, a synonym the documents never write, a word after no value,
    # a unit, and a word some sentence binds to the frame's own words
    ("Refunds are paid 10 working days after return.", None),
    ("Refunds are paid 10 working days after drop-off.", None),
    ("Refunds are paid promptly after collection.", None),
    ("Members may bring 2 junior guests per visit.", None),
    ("The overdue fine is £5 per week.", None),
    ("Members may bring 2 family guests per visit.", None),
])
def test_a_word_the_documents_write_elsewhere_after_a_value_is_a_swap(claim, swap):
    sentences = ["Refunds are paid 10 working days after return.",
                 "Collection is free for orders over £50.",
                 "Members may bring 2 junior guests per visit.", "Adult tickets cost £12.",
                 "On open days members may bring family guests free of charge.",
                 "The overdue fine is £5 per item, up to the price of the book.", "Magazines cannot be reserved."]
    found = [(w.said, w.theirs) for w in swapped_attributes(claim, "What are the terms?", sentences)]
    assert found == ([swap] if swap else []), claim


def test_a_preposition_or_an_adverb_after_a_length_of_time_is_no_noun_of_a_swap():
    # "a season earlier" / "a season ago", "before kick-off" / "per kick-off", "the pitch until":
    # words that are never nouns nor a noun's modifiers there
    sentences = ["The club sold 41,000 season tickets, against 38,500 a season ago.",
                 "Gates open 90 minutes before kick-off, and each supporter may bring one bag per match.",
                 "Nobody may walk on the pitch at Holloway Park until the groundsman allows it."]
    for claim in ("It sold 41,000 season tickets, up from 38,500 a season earlier.",
                  "Gates open an hour and a half before kick-off.",
                  "Nobody may walk on the home pitch until the groundsman allows it."):
        assert swapped_attributes(claim, "How did sales go?", sentences) == [], claim
    # near misses: a real modifier or an ordinal said otherwise is still a swap
    sentences = ["Gates open 90 minutes before kick-off at the north stand.", "Families use the south stand."]
    assert swapped_attributes("Gates open 90 minutes before kick-off at the south stand.", "When do gates open?",
                              sentences)[0].said == "south stand"


def test_a_value_in_a_relative_clause_or_parenthesis_is_bound_to_the_noun_before_it():
    from evalkit.scoring.hallucination import stated_where_phrased

    sentences = ["Qualifying heats are swum on Saturdays at the city pool, from 14 June to 5 July.",
                 "Entries close seven days before the first qualifying heat.", "The final is on 12 July."]
    for claim, value, bound in [
        # the date is said of the first qualifying heat, which the documents date so
        ("Entries close a week before the first qualifying heat, which is on 14 June.", "14 June", True),
        ("Entries close a week before the first qualifying heat (on 14 June).", "14 June", True),
        # near misses: the date said of what the question asks, or of the heat but wrong
        ("Entries close on 14 June, a week before the first qualifying heat.", "14 June", False),
        ("Entries close a week before the first qualifying heat, which is on 12 July.", "12 July", False),
        ("The final (on 14 June) is at the city pool.", "14 June", False),
    ]:
        atom = next(a for a in extract_atoms(claim) if a.text.rstrip(".") == value)
        assert stated_where_phrased(claim, atom, sentences, extract_atoms, dates=True) is bound, claim


def test_a_swapped_attribute_is_one_authors_two_things_not_two_authors_wordings():
    # two texts name one thing two ways: the club rules say "the main pitch", the coach's notes
    # "the first-team pitch" elsewhere; a claim in the notes' words is no swap of the rules' sentence
    rules = ["Home fixtures are played on the main pitch.", "Juniors train on Tuesday evenings."]
    notes = ["Warm-ups on the first-team pitch start at 6 pm.", "Bring studs and a water bottle."]
    question = "Where are home fixtures played?"
    claim = "Home fixtures are played on the first-team pitch."
    assert swapped_attributes(claim, question, rules + notes, documents=[rules, notes]) == []
    # one text writing both names two things: "the blue bin" and "the green bin" in one leaflet
    leaflet = ["Glass bottles and jars go in the blue bin.", "Garden waste is collected fortnightly from the green bin."]
    swap, = swapped_attributes("Glass bottles and jars go in the green bin.", "Where does glass go?", leaflet,
                               documents=[leaflet])
    assert (swap.said, swap.theirs) == ("green bin", "blue bin")
    # the other phrase in a second text that also writes the sentence's: one author of both again
    faq = ["Which bins are there?", "The blue bin is for cans and tins, the green bin for garden waste."]
    notice = ["From May, glass goes in the blue bin."]
    swap, = swapped_attributes("From May, glass goes in the green bin.", "Where does glass go from May?",
                               notice + faq, documents=[notice, faq])
    assert swap.said == "green bin"
    # a menu says "the tasting menu", a review "the chef's set menu"; the claim takes the review's words
    menu = ["The tasting menu costs £85 and runs to nine courses."]
    review = ["I chose the set menu, which was excellent."]
    assert swapped_attributes("The set menu costs £85 and runs to nine courses.", "What does the tasting menu cost?",
                              menu + review, documents=[menu, review]) == []
    # ordinals are values, not wordings: a swap whoever writes them
    court = ["The appeal must be lodged before the second hearing."]
    other = ["The first hearing sets the timetable."]
    assert swapped_attributes("The appeal must be lodged before the first hearing.", "When?", court + other,
                              documents=[court, other])[0].said == "first hearing"


def test_an_unfound_addition_counts_the_words_besides_its_values_names_and_question():
    sentences = ["Invoices are paid within 30 days.", "Late invoices are charged interest at 2% a month."]
    question = "When are invoices paid?"
    found = unfound_addition("Within 30 days, and suppliers also get a loyalty bonus.", [], question, sentences)
    assert found is not None and found.share == 0 and found.sentence == ""
    assert unfound_addition("Within 30 days; late ones are also charged interest.", [], question, sentences) is None
    assert unfound_addition("Within 30 days, as the policy says.", [], question, sentences) is None   # no addition
    assert unfound_addition("Also 30 days.", [], question, sentences) is None   # too few words to judge


@pytest.mark.parametrize("claim, found", [
    # the noun a count counts is a word of the addition: the number alone is matched elsewhere
    ("it can also be posted in two parcels.", True),
    ("it also comes with two scarves.", True),
    # ... and one the documents give is found like any other word
    ("it can also be paid in two instalments.", False),
    ("the club also runs three coaches to the ground.", False),
])
def test_the_noun_a_count_counts_is_a_word_of_an_addition(claim, found):
    sentences = ["Season tickets cost £240 and can be paid in two instalments.",
                 "On match days the club runs three coaches to the ground from the town centre."]
    question = "How much is a season ticket?"
    result = unfound_addition(claim, extract_atoms(claim), question, sentences, "It costs £240.")
    assert (result is not None) is found


def test_a_swap_among_coordinated_modifiers_and_in_a_defined_name():
    sentences = ["Lettuce must not be planted in last season's tomato or potato beds; plant beans or a legume first.",
                 "The beds are dug over in March.",
                 "Herds are tested for bovine viral diarrhoea (BVD) each spring.",
                 "Faults go to the Network Operations Centre (NOC)."]
    # the sentence names the claim's modifier as a thing of its own, in another clause
    swap, = swapped_attributes("Lettuce must not be planted in last season's bean or legume beds.",
                               "Where must lettuce not be planted?", sentences)
    assert (swap.said, swap.theirs) == ("legume beds", "potato beds")
    # a name the documents define by its acronym, with a word of its own in one place
    swap, = swapped_attributes("BVD stands for bovine vesicular diarrhoea.", "What does BVD stand for?", sentences,
                               defined_abbreviations(" ".join(sentences)))
    assert (swap.said, swap.theirs) == ("bovine vesicular diarrhoea", "bovine viral diarrhoea")
    # near misses: the sentence's own phrase, a modifier only added to it, the defined name as
    # written or spelt another way, another name that does not spell the acronym
    for claim in ("Lettuce must not be planted in last season's tomato or potato beds.",
                  "Lettuce must not go into the old potato beds; a legume should come first.",
                  "BVD stands for bovine viral diarrhoea.", "BVD is Bovine Viral Diarrhoea.",
                  "Herds are tested for bovine tuberculosis too.", "Faults go to the Network Operations Center."):
        defined = defined_abbreviations(" ".join(sentences))
        assert swapped_attributes(claim, "What?", sentences, defined) == [], claim
def test_a_defined_name_with_a_word_of_its_own_in_a_compound_or_in_capitals():
    sentences = ["Timetables are set by the North-West Rail Authority (NWRA) each spring.",
                 "Clinics stock a short-acting bronchodilator inhaler (SABI) for attacks.",
                 "The board meets monthly."]
    defined = defined_abbreviations(" ".join(sentences))
    # a hyphenated compound is one word of the definition, as the definition reads it; a name
    # written out in capitals has no synonyms either
    swap, = swapped_attributes("The NWRA is the North-East Rail Authority.", "What is the NWRA?", sentences, defined)
    assert (swap.said, swap.theirs) == ("North-East Rail Authority", "North-West Rail Authority")
    swap, = swapped_attributes("SABI stands for short-lasting bronchodilator inhaler.", "What is SABI?", sentences,
                               defined)
    assert (swap.said, swap.theirs) == ("short-lasting bronchodilator inhaler", "short-acting bronchodilator inhaler")
    # near misses: the name as defined, or spelt another way (a compound closed up, a plural), a
    # name of another body the documents write, one capital among lower-case words
    for claim in ("The NWRA is the North-West Rail Authority.", "The NWRA is the Northwest Rail Authority.",
                  "SABI is a short-acting bronchodilator inhaler.", "SABI: short-acting bronchodilator inhalers.",
                  "NWRA is the north-west Rail authority."):
        assert swapped_attributes(claim, "What?", sentences, defined) == [], claim
    # the documents name the claim's body too: another body, not the defined one renamed
    sentences.append("The North-East Rail Authority sends an observer.")
    assert swapped_attributes("The North-East Rail Authority sends an observer to the NWRA.", "Who?", sentences,
                              defined) == []


def test_a_name_in_the_place_of_the_sentences_name():
    sentences = ["Tomas can unlock the boathouse before the early session.",
                 "The novice crews are coached by Mirela on Saturdays.",
                 "Dr Tomas Brandt chairs the safety committee.",
                 "The Club can lend oars to visiting crews."]
    question = "Who can open the boathouse early?"
    # the claim reads as the sentence but for the name, one the documents give another person
    swap, = swapped_attributes("Mirela can unlock the boathouse before the early session.", question, sentences)
    assert (swap.said, swap.theirs, swap.sentence) == ("Mirela", "Tomas", sentences[0])
    # near misses: the sentence's own name, one of its other names, a name the documents never
    # write, a claim that gives both, a sentence-opening word, a name after a determiner
    for claim in ("Tomas can unlock the boathouse before the early session.",
                  "Brandt can unlock the boathouse before the early session.",
                  "Katya can unlock the boathouse before the early session.",
                  "Mirela or Tomas can unlock the boathouse before the early session.",
                  "Members can unlock the boathouse before the early session.",
                  "The Club can unlock the boathouse before the early session."):
        assert swapped_attributes(claim, question, sentences) == [], claim
    # a name the question holds is the question's to ask about
    assert swapped_attributes("Mirela can unlock the boathouse before the early session.",
                              "Can Mirela open the boathouse early?", sentences) == []


def test_two_names_changing_places_in_the_sentences_frame():
    sentences = ["In March Ms Okonkwo chaired the panel, which upheld Mr Lindqvist's ruling on the boundary fence.",
                 "In the second act Rosa nurses Marta through the fever Marta caught at the fair.",
                 "Mr Lindqvist retired in May.",
                 "Ms Okonkwo and Mr Lindqvist both sat on the earlier panel."]
    # the claim gives both names the sentence gives, each where the sentence has the other
    swaps = swapped_attributes("In March Mr Lindqvist chaired the panel, which upheld Ms Okonkwo's ruling on the "
                               "boundary fence.", "Whose ruling did the panel uphold?", sentences)
    assert [(s.said, s.theirs, s.sentence) for s in swaps] == [("Mr Lindqvist", "Ms Okonkwo", sentences[0]),
                                                               ("Ms Okonkwo's", "Mr Lindqvist's", sentences[0])]
    swap, = swapped_attributes("Marta nurses Rosa through the fever Rosa caught at the fair.",
                               "What happens in the second act?", sentences)
    assert (swap.said, swap.theirs) == ("Rosa", "Marta")
    # near misses: the names where the sentence has them, in another order of the claim's own
    # words, a list the answer orders its own way
    for claim in ("The panel upheld Mr Lindqvist's ruling on the boundary fence; Ms Okonkwo chaired it.",
                  "Rosa nurses Marta through the fever Marta caught at the fair.",
                  "Mr Lindqvist's ruling on the fence was upheld by the panel Ms Okonkwo chaired.",
                  "Mr Lindqvist and Ms Okonkwo both sat on the earlier panel."):
        assert swapped_attributes(claim, "What happened?", sentences) == [], claim
    # the documents say it of the claim's name too: both may hold it
    sentences.append("An appeal then upheld Ms Okonkwo's ruling on the boundary fence.")
    assert swapped_attributes("Mr Lindqvist chaired the panel, which upheld Ms Okonkwo's ruling on the boundary fence.",
                              "Whose ruling?", sentences) == []


def test_a_noun_swapped_in_its_frame_for_another_the_documents_name():
    # after a preposition: a noun the documents use elsewhere, where the sentence has another
    sentences = ["A tenant must send the notice to the landlord by recorded post.",
                 "Disputes about the deposit are heard by the tribunal.",
                 "The landlord keeps the deposit in a protected scheme."]
    question = "Who does a tenant send the notice to?"
    swap, = swapped_attributes("A tenant must send the notice to the tribunal by recorded post.", question, sentences)
    assert (swap.said, swap.theirs, swap.sentence) == ("notice to the tribunal", "notice to the landlord", sentences[0])
    # near misses: a noun the documents never use (a synonym), a shorter phrase of the sentence's
    # own words, the sentence's noun said too, a negated noun, the question's noun
    for claim in ("A tenant must send the notice to the property owner by recorded post.",
                  "A tenant must send the notice to the landlord by post.",
                  "The notice goes to the landlord by recorded post, then to the tribunal only in a dispute.",
                  "A tenant sends the notice to the landlord, never the notice to the tribunal."):
        assert swapped_attributes(claim, question, sentences) == [], claim
    assert swapped_attributes("A tenant must send the notice to the tribunal by recorded post.",
                              "Is the notice sent to the landlord or the tribunal?", sentences) == []
    # the sentence's noun an acronym the claim spells out, or a verb read as its noun
    sentences = ["Disputed tries are referred to the TMO for review.", "The captain may speak to the referee.",
                 "A walkover report continues to the league secretary.", "The official signs the card."]
    swap, = swapped_attributes("Disputed tries are referred to the captain for review.", "Where?", sentences)
    assert (swap.said, swap.theirs) == ("referred to the captain", "referred to the TMO")
    for claim in ("Disputed tries are referred to the television match official for review.",
                  "A walkover report card goes to the league secretary."):
        assert swapped_attributes(claim, "Where?", sentences) == [], claim
    # after a modifier: a kind the documents write elsewhere, in a sentence less like the claim
    sentences = ["Leave the dough in the proving drawer for an hour.",
                 "Rolls rise best in a proving basket lined with rice flour."]
    swap, = swapped_attributes("Leave the dough in the proving basket for an hour.", "Where does the dough rise?",
                               sentences)
    assert (swap.said, swap.theirs) == ("proving basket", "proving drawer")
    for claim in ("Leave the dough in the proving tray for an hour.",    # a kind never written
                  "Leave the dough in the drawer for an hour.",          # the sentence's noun, its modifier dropped
                  "Rolls rise best in a proving basket lined with flour."):
        assert swapped_attributes(claim, "Where does the dough rise?", sentences) == [], claim
    # the phrase a claim opens with is its topic, named as the documents name it anywhere
    sentences = ["Senior members may book courts 7 days ahead.", "Senior players pay £5 per session."]
    assert swapped_attributes("Senior players may book courts 7 days ahead.", "How far ahead can seniors book?",
                              sentences) == []


MARINA = """# Kittiwake Marina berthing rules

These rules are issued as Harbour Circular No. 14.

## Fees

A resident berth costs £410 a month, payable in advance. A visitor berth costs £32 a night and a
day berth costs £20. Members pay 50% of the resident berth fee; day visitors pay 40% of the visitor
berth fee. Diesel is sold at £1.90 per litre. Dry-stack storage costs £85 per tonne of boat weight.

## Safety

Berth holders must report a fuel spill within 24 hours. Visiting yachts may stay for up to 21
nights in any 2-month period. From 1 April 2027 the pontoon lights are checked every 3 months
instead of every 12 months. Lifejackets must be worn from sea state SS4 upwards.

## Gate and hulls

From 1 April 2027 the harbour gate closes at 22:00 instead of 22:30. Apply 2 coats of antifouling
at launch and 1 coat at mid-season.
"""

MARINA_ITEMS = [
    {"id": "k1", "question": "How much does a resident berth cost?", "answer": "£410 a month."},
    {"id": "k2", "question": "How soon must a fuel spill be reported?", "answer": "Within 24 hours."},
    {"id": "k3", "question": "How long may a visiting yacht stay in any 2-month period?", "answer": "Up to 21 nights."},
    {"id": "k4", "question": "How often are the pontoon lights checked from 1 April 2027?",
     "answer": "Every 3 months."},
    {"id": "k5", "question": "What do members pay for a berth?", "answer": "50% of the resident berth fee."},
    {"id": "k6", "question": "What does diesel cost?", "answer": "£1.90 per litre."},
    {"id": "k7", "question": "When does the harbour gate close from 1 April 2027?", "answer": "At 22:00."},
    {"id": "k8", "question": "How many coats of antifouling are applied at launch?", "answer": "2 coats."},
    {"id": "k9", "question": "From which sea state must lifejackets be worn?", "answer": "From SS4 upwards."},
    {"id": "k10", "question": "How much does a visitor berth cost?", "answer": "£32 a night."},
    {"id": "k11", "question": "What does dry-stack storage cost?", "answer": "£85 per tonne of boat weight."},
]


@pytest.fixture(scope="module")
def marina(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("marina"), "Kittiwake Marina berthing rules", MARINA, MARINA_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a rate over a period the answer takes it over
    ("k1", "£410 a month, which comes to £4,920 over twelve months.", True),
    ("k1", "£410 a month, which comes to £4,290 over twelve months.", False),
    # the total alone, over a length the answer gives: that rate's, or another rate's (misbound)
    ("k1", "£4,920 over the twelve-month lease.", True),
    ("k1", "£4,800 over the twelve-month lease.", False),
    ("k1", "£384 over twelve nights.", False),
    # "a day" after a comparator, nights of a stay, a period said in words
    ("k2", "Within a day.", True),
    ("k2", "Within a week.", False),
    ("k3", "Up to three weeks.", True),
    ("k3", "Up to two weeks.", False),
    ("k4", "Quarterly, instead of once a year.", True),
    ("k4", "Once a month.", False),
    ("k4", "Less often than before: every 3 months rather than every 12 months.", False),
    # a share of the thing the documents name, or of another they name
    ("k5", "Half the resident berth fee.", True),
    ("k5", "50% of the visitor berth fee.", False),
    ("k5", "The full resident berth fee.", False),
    # a rate per a measure
    ("k6", "190p a litre.", True),
    ("k6", "£1.90 per millilitre.", False),
    ("k11", "£85 a tonne.", True),
    ("k11", "£85 per kilogram.", False),
    # the size of a change whose two ends the rules give
    ("k7", "At 10 pm, half an hour earlier than before.", True),
    ("k7", "At 10 pm, 40 minutes earlier than before.", False),
    # two values swapped against the sentence that gives both
    ("k8", "Apply 2 coats at launch and 1 coat at mid-season.", True),
    ("k8", "Apply 1 coat at launch and 2 coats at mid-season.", False),
    # a code written as the words its letters abbreviate
    ("k9", "Lifejackets go on from sea state 4.", True),
    ("k9", "Lifejackets go on from sea state 5.", False),
    # the share by which one value differs from another; an identifier after "No."
    ("k10", "£32 a night, 60% more than a £20 day berth.", True),
    ("k10", "£32 a night, 70% more than a £20 day berth.", False),
    ("k10", "Circular No. 14 sets it at £32 a night.", True),
])
def test_quantities_equivalent_forms_and_working(marina, item_id, answer, right):
    r = marina(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


def test_an_addition_with_a_pronoun_for_its_subject_is_found_only_with_what_it_stands_for():
    sentences = ["Compost bays are turned monthly by the volunteers.", "Owen Pike, the treasurer, collects the rent.",
                 "Owen Pike also runs the seed swap in March."]
    question = "Who collects the rent?"
    # the words stand in a sentence about the volunteers, not about the treasurer
    found = unfound_addition("He also turns the compost bays.", [], question, sentences, before="Owen Pike.")
    assert found is not None and found.sentence == ""
    assert unfound_addition("He also runs the seed swap.", [], question, sentences, before="Owen Pike.") is None
    # a subject of its own is read as it stands
    assert unfound_addition("The compost bays are also turned.", [], question, sentences, before="Owen Pike.") is None


def test_a_frequency_the_documents_never_give():
    sentences = ["Plot rent is £60 a year.", "The troughs are refilled twice a week.", "Work days are held monthly."]
    question = "How much is the plot rent?"
    said, = unfound_frequencies("It is paid in two halves every six months.", question, sentences)
    assert (said.said, said.start) == ("every six months", 25)
    # the same frequency in other words, about four weeks for a month, a denied one, the question's own
    for claim in ("It is due annually.", "Troughs: two times per week.", "A work day every four weeks.",
                  "It is not paid every week."):
        assert unfound_frequencies(claim, question, sentences) == [], claim
    assert unfound_frequencies("Every quarter.", "Is it paid every quarter?", sentences) == []
    # a span the documents give ("in any three-month period") says how often as well
    assert unfound_frequencies("Two weeks every three months.", "How long may guests stay?",
                               ["Guests may stay up to two weeks in any three-month period."]) == []


def test_a_post_in_words_the_documents_never_use():
    sentences = ["The site secretary is Nadia Ferris, who keeps the waiting list.", "The rent is collected in April."]
    question = "Who keeps the waiting list?"
    claim = "Nadia Ferris; she is the council's liaison officer."
    said, = unfound_roles(claim, extract_atoms(claim), question, sentences)
    assert said.said == "the council's liaison officer"
    assert unfound_roles("She was previously a liaison officer.", [], question, sentences)[0].said \
        == "a liaison officer"
    # the documents' post, a denied one, no copula and noun phrase, a thing rather than a person
    for claim in ("Nadia Ferris, who is the site secretary.", "She is not a liaison officer.",
                  "She is keeping the list for now.", "It is the council's liaison form.",
                  "She is the person to contact about it.", "She is the secretary who liaises with the council.",
                  # what follows a comma describes the post's last noun, not the person
                  "She is the site secretary, a volunteer post unchanged since the club was founded."):
        assert unfound_roles(claim, extract_atoms(claim), question, sentences) == [], claim


# --- details the documents never give: a frequency, a person's post, an addition about "he" (a rowing club) ---

ROWING = """# Harbour Rowing Club members' handbook

The subscription is £60 a year. The boats are checked twice a week from May to September.
The club secretary, Nadia Ferris, keeps the waiting list. The oars are varnished monthly by the
volunteers. The treasurer, Owen Pike, collects the subscriptions. Owen Pike also runs the novice
course in March.
"""

ROWING_ITEMS = [
    {"id": "w1", "question": "How much is the subscription?", "answer": "£60 a year."},
    {"id": "w2", "question": "How often are the boats checked?", "answer": "Twice a week."},
    {"id": "w3", "question": "Who keeps the waiting list?", "answer": "Nadia Ferris, the club secretary."},
    {"id": "w4", "question": "Who collects the subscriptions?", "answer": "Owen Pike, the treasurer."},
]


@pytest.fixture(scope="module")
def rowing(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("rowing"), "Harbour Rowing Club members' handbook", ROWING, ROWING_ITEMS)


@pytest.mark.parametrize("item_id, answer, finding", [
    ("w1", "£60 a year, paid in two halves every six months.", ("frequency", "every six months")),
    ("w2", "Twice a week; the slipway is swept every fortnight.", ("frequency", "every fortnight")),
    ("w3", "Nadia Ferris; she is the council's liaison officer.", ("role", "the council's liaison officer")),
    ("w4", "Owen Pike, the treasurer. He also varnishes the oars.", ("addition", None)),
    # must keep passing: the documents' frequency in other words, a rate's period, the documents'
    # post, a denied post, a true addition about him, an addition with its own subject
    ("w1", "Sixty pounds per annum.", None),
    ("w1", "It's £60, due once a year.", None),
    ("w2", "Two times a week, in summer.", None),
    ("w3", "Nadia Ferris, who is the club secretary.", None),
    ("w3", "Nadia Ferris — she is not a council officer.", None),
    ("w4", "Owen Pike, the treasurer. He also runs the novice course in March.", None),
    ("w4", "Owen Pike; the oars are also varnished monthly, by the volunteers.", None),
])
def test_details_the_documents_never_give(rowing, item_id, answer, finding):
    r = rowing(item_id, answer)
    found = [(f.kind, f.text) for c in r.claims for f in c.unsupported if f.kind in ("frequency", "role", "addition")]
    if finding is None:
        assert _right(r), (r.correct, r.reasons)
    else:
        kind, text = finding
        assert r.correct and r.hallucinated and any(k == kind and (text is None or t == text) for k, t in found), \
            r.reasons


@pytest.mark.parametrize("claim, supported", [
    ("From May the ratio becomes 1:8.", True),      # "1:8" is no time of day here: the ratio in words
    ("From May the ratio becomes 1:9.", False),     # another ratio
    ("From May it opens at 1:08 pm.", False),       # a time of day, written as one
])
def test_a_ratio_written_like_a_time_is_given_by_the_ratio_in_words(claim, supported):
    from evalkit.scoring.hallucination import EvidenceText, check_claim

    evidence = EvidenceText.build([("rules", "From May, dives need 1 instructor for every 8 divers.")], extract_atoms)
    check = check_claim(claim, extract_atoms(claim), evidence, [], "")
    assert check.result.supported is supported


def test_a_condition_the_documents_never_set():
    sentences = ["Books may be renewed online up to three times.", "A reservation is held for 7 days at the desk.",
                 "Overdue books are charged 20p a day, up to a maximum of £5."]
    question = "How long is a reservation held?"
    claim = "7 days; if nobody collects it, the book goes automatically to the next borrower."
    said, = unfound_conditions(claim, extract_atoms(claim), question, sentences)
    assert said.said == "if nobody collects it, the book goes automatically to the next borrower"
    assert unfound_conditions("Up to three times, although members of staff get unlimited extensions.", [],
                              "How often can books be renewed?", sentences)[0].said \
        == "although members of staff get unlimited extensions"
    # a condition the documents give in other words, one with two new words only, the answerer
    # offering help, no condition at all
    for claim in ("Overdue books cost 20p a day, unless the charges already reached the £5 maximum.",
                  "7 days, if nobody collects it sooner.",
                  "If you like, I can explain how renewals work online.",
                  "A reservation is kept for 7 days at the desk."):
        assert unfound_conditions(claim, extract_atoms(claim), question, sentences) == [], claim


# --- a condition or an exception the documents never set (a community library) ---

LENDING = """# Ashgrove Community Library lending rules

Adult members may borrow up to 12 items at a time. Books are lent for 3 weeks and may be renewed
online up to three times. A reservation is held for 7 days at the front desk. Overdue books are
charged 20p a day, up to a maximum of £5 per book. Children's books carry no overdue charges.
A lost library card is replaced for £2.
"""

LENDING_ITEMS = [
    {"id": "l1", "question": "How long is a reservation held?", "answer": "7 days."},
    {"id": "l2", "question": "How many items may an adult member borrow?", "answer": "Up to 12 at a time."},
    {"id": "l3", "question": "How much does a replacement library card cost?", "answer": "£2."},
]


@pytest.fixture(scope="module")
def lending(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("lending"), "Ashgrove Community Library lending rules", LENDING,
                   LENDING_ITEMS)


@pytest.mark.parametrize("item_id, answer, invented", [
    ("l1", "7 days; if nobody collects it, the book goes automatically to the next borrower.", True),
    ("l2", "Up to 12 items, although pensioners get a doubled allowance during winter.", True),
    ("l3", "£2, unless the card was stolen and a police crime number is supplied.", True),
    # must keep passing: the documents' own condition in other words, a condition of the answer's
    # own words that adds too little to judge, an offer of help
    ("l1", "It's held for 7 days at the front desk.", False),
    ("l2", "Up to 12 items, although children's books have no overdue charges.", False),
    ("l2", "12 items, if they are an adult member.", False),
    ("l3", "£2. If you'd like, I can tell you how to report a lost card.", False),
])
def test_conditions_the_documents_never_set(lending, item_id, answer, invented):
    r = lending(item_id, answer)
    found = [f.text for c in r.claims for f in c.unsupported if f.kind == "condition"]
    if invented:
        assert r.correct and r.hallucinated and found, r.reasons
    else:
        assert _right(r) and not found, (r.correct, r.reasons)


def test_a_code_written_as_the_words_its_letters_abbreviate():
    from evalkit.scoring.hallucination import EvidenceText, atom_supported
    evidence = EvidenceText.build([("doc", "Pupils in Years 10 and 11 (Key Stage 4) need 1:10.")], extract_atoms)
    code = next(a for a in extract_atoms("KS4 trips need 1:10.") if a.kind == "code")
    assert atom_supported(code, evidence)[0]
    other = next(a for a in extract_atoms("KS3 trips need 1:10.") if a.kind == "code")
    assert not atom_supported(other, evidence)[0]      # another number
    lettered = next(a for a in extract_atoms("GS4 trips need 1:10.") if a.kind == "code")
    assert not atom_supported(lettered, evidence)[0]   # other letters


@pytest.mark.parametrize("answer, stated", [
    # a count in words that closes its phrase with a colon or a dash, or opens the answer before a comma
    ("There are still four: Mill Lane, the Quay, Bridge Street and the Park.", True),
    ("Four — one more than last year.", True),
    ("Four, spaced roughly 20 m apart.", True),
    ("There are still five: Mill Lane, the Quay, Bridge Street, the Park and Elm Row.", False),
    ("Spaced roughly 20 m apart, four of them, beside the towpath.", False),
])
def test_a_count_in_words_standing_alone_states_the_key(answer, stated):
    from evalkit.scoring.hallucination import covered
    from evalkit.scoring.text import squash
    question, reference = "How many drop-off points are there?", "Four."
    key = extract_atoms(reference)[0]
    asked = {t.stem for t in tokens(question)}
    assert covered(key, extract_atoms(answer), squash(answer), tokens(answer), asked=asked, source=reference,
                   answer=answer) is stated


@pytest.mark.parametrize("claim, evidence, supported", [
    # a bare number gives a value in any unit ("45" in a price column for "£45") ...
    ("Each stretch lasts 20 seconds.", "Hamstring stretch: 3 x 20", True),
    # ... unless the evidence says which unit that value is in, and it is another
    ("Each stretch lasts 20 minutes.", "Hamstring stretch: 3 x 20, holding each for 20 seconds.", False),
    ("Each stretch lasts 20 seconds.", "Hamstring stretch: 3 x 20, holding each for 20 seconds.", True),
    ("The strip is 20 cm wide.", "Use 3 x 20 staples on a strip 20 mm wide.", False),
    # a value in another measure says nothing of this one's unit
    ("Each stretch lasts 20 seconds.", "Hamstring stretch: 3 x 20 on a 20 cm block.", True),
])
def test_a_bare_number_gives_no_unit_the_evidence_gives_that_value_otherwise(claim, evidence, supported):
    from evalkit.scoring.hallucination import EvidenceText, atom_supported
    atom = next(a for a in extract_atoms(claim) if a.kind == "quantity")
    assert atom_supported(atom, EvidenceText.build([("doc", evidence)], extract_atoms))[0] is supported


@pytest.mark.parametrize("answer, stated", [
    ("4 sets of 20, holding each for 20 seconds.", True),
    ("4 sets of 20.", True),                                   # a bare number may drop the unit
    ("4 sets of 20, holding each for 20 minutes.", False),     # ... not where the answer gives another
])
def test_a_bare_number_states_no_key_in_a_unit_the_answer_gives_that_value_otherwise(answer, stated):
    from evalkit.scoring.hallucination import covered
    from evalkit.scoring.text import squash
    key = next(a for a in extract_atoms("Hold each for 20 seconds.") if a.kind == "quantity")
    assert covered(key, extract_atoms(answer), squash(answer)) is stated



FIVE_A_SIDE = """# Harbour Five-a-Side League handbook

## R4 Substitutions

A team may make five substitutions in a match. Substitutes enter from the halfway line.

## R5 Timekeeping

A match lasts 40 minutes, in two halves of 20 minutes.
"""


@pytest.mark.parametrize("answer, invented", [
    ("Under Clause R4, a team may make five substitutions.", False),     # "Clause" says what R4 is
    ("According to Section R4, five substitutions are allowed.", False),
    ("Under Kestrel R4, a team may make five substitutions.", True),     # a name is still checked
    ("Under Clause R9, a team may make five substitutions.", True),        # the code itself is absent
])
def test_an_everyday_word_that_labels_a_code_the_document_gives(tmp_path, answer, invented):
    items = [{"id": "f1", "question": "How many substitutions may a team make in a match?", "answer": "Five."}]
    league = _scorer(tmp_path, "Harbour league handbook", FIVE_A_SIDE, items)
    r = league("f1", answer)
    assert r.hallucinated is invented, r.reasons


@pytest.mark.parametrize("claim, absent", [
    # the answer spells out an abbreviation the evidence uses: one name written twice
    ("Each kitchen keeps a Hazard Analysis Plan (HAPs) on the wall.", []),
    ("Bids go to the Tender Review Board (TRB) by Friday.", []),
    # near misses: an abbreviation the evidence lacks leaves its words to be checked, and words
    # the brackets do not spell are checked as ever
    ("Bids go to the Contract Scrutiny Panel (CSP) by Friday.", ["Contract Scrutiny Panel", "CSP"]),
    ("Bids go to the Finance Office (TRB) by Friday.", ["Finance Office"]),
])
def test_an_abbreviation_the_answer_spells_out_itself(claim, absent):
    from evalkit.scoring.hallucination import EvidenceText, check_claim
    evidence = EvidenceText.build([("doc", "Bids go to the TRB by Friday. Each kitchen keeps its HAPs on the wall.")],
                                  extract_atoms)
    found = check_claim(claim, extract_atoms(claim), evidence, [], "").result.unsupported
    assert [f.text for f in found] == absent


SQUADS = ["A league match lasts 90 minutes plus stoppage time.", "Each squad may name 7 substitutes on the bench.",
          "From next season a squad may name 9 substitutes, up from 7."]
APPEALS = ["An appeal must be lodged within 28 days of the decision.", "The court fee for an appeal is £120.",
           "Since April the fee for a hearing is £95."]


@pytest.mark.parametrize("claim, value, sentences, bound", [
    # a claim joining two statements: each value's own part reads like the sentence that states it
    ("A league match lasts 90 minutes, and from next season a squad may name 9 substitutes.", "9 substitutes",
     SQUADS, True),
    ("Lodge the appeal within 28 days and pay the £95 hearing fee.", "£95", APPEALS, True),
    # near misses: the value's part reads like another role's sentence, which gives another value
    ("A league match lasts 90 minutes, and each squad may name 9 substitutes on the bench.", "9 substitutes",
     SQUADS, False),
    ("Lodge the appeal within 28 days and pay the £95 appeal fee.", "£95", APPEALS, False),
    ("Lodge the appeal within 95 days of the decision.", "95 days", APPEALS, False),
    # a year a heading gives dates an edition: no history of the claim is bound there
    ("The rule was newly added in the 2024 edition of the rulebook.", "2024",
     ["Club Rulebook (edition 2024)", "A match lasts 90 minutes."], False),
])
def test_a_value_is_bound_where_its_own_words_are(claim, value, sentences, bound):
    from evalkit.scoring.hallucination import stated_where_phrased

    atom = next(a for a in extract_atoms(claim) if a.text == value)
    assert stated_where_phrased(claim, atom, sentences, extract_atoms) is bound


BORROWING = ["Books may be borrowed for 21 days at a time.", "A book that another member has reserved must come back within 7 days."]
FOUNDING = ["The club was founded in 1921 by the Ashby brothers.", "Its ground opened in 1926, and the club turned professional the next year."]


@pytest.mark.parametrize("claim, sentences, found", [
    # a claim joining two statements: the aligned sentence's value is the claim's other, unit left out
    ("A loan normally runs for 21 days, or 7 if another member has reserved the book.", BORROWING, []),
    # a value whose own part reads like the sentence that states it, a year included
    ("The Ashby brothers founded the club in 1921, five years before its ground opened and it turned professional.",
     FOUNDING, []),
    # near misses: the value is said in the other statement's words, and the claim gives no second value
    ("A book another member has reserved must come back within 21 days.", BORROWING,
     [("21 days", "7 days")]),
    ("Books may be borrowed for 7 days at a time.", BORROWING, [("7 days", "21 days")]),
    ("The club's ground opened in 1921, and it turned professional the next year.", FOUNDING, [("1921", "1926")]),
])
def test_a_value_bound_in_its_own_part_is_not_misbound(claim, sentences, found):
    from evalkit.scoring.hallucination import misbound

    assert [(a.text, r.text) for a, r, _ in misbound(claim, extract_atoms(claim), sentences, extract_atoms)] == found


def test_a_ratio_term_the_aligned_sentence_gives_is_not_misbound():
    sentences = ["Minimum staffing on school trips: day trips 1:20; residential trips in the UK 1:10; overseas 1:8."]
    assert _misbound("There must be one adult for every ten pupils on a residential trip in the UK.",
                     sentences[0]) == []
    # a value the trip sentence gives in no form is still misbound
    sentence = "Day trips need 1 adult per 20 pupils, and residential trips in the UK 1:10."
    assert _misbound("There must be one adult for every 10 pupils on a residential trip.", sentence) == []
    assert _misbound("There must be one adult for every 15 pupils on a residential trip.", sentence) \
        == [("15 pupils", "20 pupils")]


BAIL_COURT = ["Bail applications are heard by the Duty Judge, Mrs Helen Marsh.",
         "Listing is managed by Owen Tredwell, the Chief Clerk.",
         "Dr Amara Singh, the Court Psychologist, prepares fitness reports.",
         "Helen Marsh is the Family Liaison Judge as well.",
         "When she sits elsewhere, Jonah Ferreira-Lutz takes her bail list.",
         "Appeals are filed with the Registrar."]


@pytest.mark.parametrize("claim, said", [
    ("Owen Tredwell, the Duty Judge, hears bail applications.", "Owen Tredwell, the Duty Judge"),
    ("Bail is heard by the Duty Judge, Owen Tredwell.", "the Duty Judge, Owen Tredwell"),
    ("Helen Marsh, as Chief Clerk, manages listing.", "Helen Marsh, as Chief Clerk"),
    ("Dr Singh is the Chief Clerk.", "Dr Singh is the Chief Clerk"),
    ("Tomasz Ferenc, the Duty Judge, hears bail.", "Tomasz Ferenc, the Duty Judge"),   # a person they never name
])
def test_a_person_put_with_another_holders_post_is_misheld(claim, said):
    found = misheld_posts(claim, BAIL_COURT, {})
    assert [f.said for f in found] == [said]
    assert found[0].sentence in BAIL_COURT


@pytest.mark.parametrize("claim", [
    "Helen Marsh, the Duty Judge, hears bail applications.",        # as the documents bind them
    "Owen Tredwell, the Chief Clerk, manages listing.",
    "Helen Marsh, the Family Liaison Judge, sees the families.",    # a second post the documents give her
    "Jonah Ferreira-Lutz, the Duty Judge, hears bail.",            # a person they name but give no post (acting)
    "Owen Tredwell, the Registrar, takes appeals.",                 # a post they give no holder
    "Owen Tredwell, the Acting Duty Judge, hears bail.",            # a qualified post: left alone
    "The Duty Judge hears bail; Owen Tredwell manages listing.",    # no binding in the claim
])
def test_a_binding_the_documents_allow_or_do_not_decide_is_not_misheld(claim):
    assert misheld_posts(claim, BAIL_COURT, {}) == []


def test_a_misheld_post_written_by_its_defined_abbreviation():
    docs = ["Discharge is signed off by the Consultant Physician (CP), Dr Lena Vos.",
            "Beds are allocated by the Ward Manager, Mr Sam Reid.",
            "While he is on leave, Nadia Petrov-Hale, the Acting Ward Manager, allocates them."]
    defined = defined_abbreviations(docs[0])
    assert [f.said for f in misheld_posts("Sam Reid, the CP, signs the discharge.", docs, defined)] == [
        "Sam Reid, the CP"]
    assert misheld_posts("Dr Vos, the CP, signs the discharge.", docs, defined) == []
    # an acting holder called by the post itself is not put with another holder's post
    assert misheld_posts("Nadia Petrov-Hale, the Ward Manager, allocates beds.", docs, defined) == []
    assert [f.said for f in misheld_posts("Nadia Petrov-Hale, the CP, signs it.", docs, defined)] == [
        "Nadia Petrov-Hale, the CP"]


# posts written after their holders without an article, as a list of staff or a signature does
FOOTBALL_CLUB = ["Present: Marcus Eriksen, Head Coach; Lotte Brandt, Club Secretary; Femi Adeyinka, Team Doctor.",
                 "- **Grace Obi**, Kit Manager — washes and issues the kit before each match.",
                 "Training starts at 7 pm, said Marcus Eriksen, Head Coach.",
                 "Ravi Desai, who joined in May, helps with the under-12s."]


@pytest.mark.parametrize("claim, said", [
    ("Lotte Brandt is the Head Coach.", "Lotte Brandt is the Head Coach"),
    ("Femi Adeyinka, the Kit Manager, issues the kit.", "Femi Adeyinka, the Kit Manager"),
    ("Registrations go to the Club Secretary, Grace Obi.", "the Club Secretary, Grace Obi"),
])
def test_a_post_the_documents_write_after_its_holder_without_an_article_is_theirs(claim, said):
    assert [f.said for f in misheld_posts(claim, FOOTBALL_CLUB, {})] == [said]


@pytest.mark.parametrize("claim", [
    "Marcus Eriksen is the Head Coach.",                 # as the documents bind them
    "Grace Obi, the Kit Manager, issues the kit.",
    "Ravi Desai, the Physio, treats injuries.",          # named without a post: may be acting, left alone
    "Femi Adeyinka, the Groundsman, cuts the pitch.",    # a post the documents give no one
])
def test_a_bare_post_the_documents_allow_or_do_not_decide_is_not_misheld(claim):
    assert misheld_posts(claim, FOOTBALL_CLUB, {}) == []


def test_a_list_of_names_or_places_holds_no_bare_post():
    # a comma before another name, or before a word that goes on, binds no post
    assert post_holders("Partners: Ines Marlow, Okonkwo Achterberg.", bare=True) == []
    assert post_holders("Anna Berg, Head of Year, teaches maths.", bare=True) == []
    assert [(h.post, h.person) for h in post_holders("Signed: Dr Lena Vos, Ward Sister.", bare=True)] == [
        (("Ward", "Sister"), ("Lena", "Vos"))]
    # read only on request: an answer's words and the aliases keep the article patterns alone
    assert post_holders("Signed: Dr Lena Vos, Ward Sister.") == []


def test_a_misheld_post_is_a_hallucination_end_to_end(tmp_path):
    doc = ("# Rowing club handbook\n\nCrews are picked by the Head Coach, Priya Lindqvist. The boats "
           "are kept by Tom Okoro, the Boatman. New members are welcomed by the Membership Secretary.\n")
    score = _scorer(tmp_path, "Rowing club handbook", doc,
                    [{"id": "c1", "question": "Who picks the crews?", "answer": "The Head Coach, Priya Lindqvist."},
                     {"id": "c2", "question": "Who keeps the boats?", "answer": "Tom Okoro."}])
    answers = ("Lindqvist picks them.", "The Head Coach does.", "Tom Okoro, the Head Coach, picks them.",
               "Priya Lindqvist is the Boatman and picks them.")
    assert [_right(score("c1", a)) for a in answers] == [True, True, False, False]
    assert _right(score("c2", "The Boatman keeps them."))   # the post the documents give the holder
    r = score("c2", "Priya Lindqvist, as Boatman, keeps them.")
    assert r.hallucinated and any(f.kind == "role" and f.reason == "contradicted"
                                  for c in r.claims for f in c.unsupported)


def _misdirected(claim: str, sentence: str) -> list[str]:
    from evalkit.scoring.hallucination import misdirected
    return [claim[s.start:s.end] for s, _, _ in misdirected(claim, extract_atoms(claim), [sentence], extract_atoms)]


@pytest.mark.parametrize("claim, sentence, found", [
    # an until-clause says where the state ends: its bound is the state's complement
    ("The pool stays closed until the water temperature rises above 18 °C.",
     "The pool is closed while the water temperature is 18 °C or below.", []),
    ("Players are suspended until their penalty points fall below 12.",
     "A player with 12 or more penalty points is suspended; the suspension lifts once the total drops.", []),
    # near-misses: the same bound outside an until-clause, or the until-clause turned round
    ("Players are suspended when their penalty points fall below 12.",
     "A player with 12 or more penalty points is suspended; the suspension lifts once the total drops.",
     ["below 12"]),
    ("The pool stays closed until the water temperature is 18 °C or below.",
     "The pool is closed while the water temperature is 18 °C or below.", ["18 °C or below"]),
    # "until" bounding another value first leaves this one's bound as it reads
    ("Until 30 June, refunds of up to £50 are paid.", "Refunds of at least £50 are paid.", ["up to £50"]),
])
def test_a_bound_in_an_until_clause_is_the_states_end(claim, sentence, found):
    assert _misdirected(claim, sentence) == found


def test_until_as_the_bounds_own_comparator_is_no_until_clause():
    assert _misdirected("Spring fixtures run until 12 May 2027.", "Spring fixtures run until 12 May 2027.") == []
    # both until-clauses: read the same way round
    assert _misdirected("The bar stays shut until the queue is under 20 people.",
                        "The bar stays shut until the queue falls below 20 people.") == []


def _misdirected_in(claim: str, evidence: list[str], documents: list[str]) -> list[str]:
    from evalkit.scoring.hallucination import misdirected
    return [claim[s.start:s.end] for s, _, _ in misdirected(claim, extract_atoms(claim), evidence, extract_atoms,
                                                            documents=documents)]


_SQUAD = ["A club may name at least 5 substitutes on the team sheet.",
          "From next season a club may make up to 5 substitutions in a match."]
_KITCHEN = ["The dough must rest for at least 2 hours before shaping.",
            "Once shaped, the loaf may wait in the fridge for up to 2 hours before baking."]
_LEASE = ["The tenant must give no less than 3 months' notice.",
          "The deposit is repaid within 3 weeks of the tenancy ending, or at most 3 months if disputed."]


@pytest.mark.parametrize("claim, evidence, documents, found", [
    # a second statement's bound, true where its own words are: its part aligns with the document
    # sentence that bounds it the claim's way, though the first sentence bounds the value otherwise
    ("At least 5 substitutes are named, and from next season clubs may make up to 5 substitutions.",
     _SQUAD[:1], _SQUAD, []),
    ("The dough rests at least 2 hours; once shaped, the loaf can wait in the fridge for up to 2 hours.",
     _KITCHEN[:1], _KITCHEN, []),
    # near-misses: the bound turned round where its own words are, and no documents to read it in
    ("Once shaped, the loaf can wait in the fridge for at least 2 hours.", _KITCHEN, _KITCHEN,
     ["at least 2 hours"]),
    ("A club may name up to 5 substitutes on the team sheet.", _SQUAD[:1], _SQUAD, ["up to 5 substitutes"]),
    ("The dough rests at least 2 hours; once shaped, the loaf can wait in the fridge for up to 2 hours.",
     _KITCHEN[:1], [], ["up to 2 hours"]),
    # one aligned sentence bounds it the other way: the conflict stays
    ("The tenant must give up to 3 months' notice.", _LEASE[:1], _LEASE, ["up to 3 months"]),
])
def test_a_bound_is_read_in_the_sentence_its_own_part_is_a_version_of(claim, evidence, documents, found):
    assert _misdirected_in(claim, evidence, documents) == found


# Written after the rule: a bound in another unit ("shorter than two hours" for "120 minutes") is
# read in the sentence its own part is a version of among those that state the value; a sentence
# about the same things that does not state it says nothing of its bound. And the value with its
# unit is set aside when aligning ("within a year" does not align with "its last trading year").
_KAYAK = ["4.1 On a trip shorter than 120 minutes a single kayak may be hired without a guide.",
          "As an exception to 4.1, club members may hire a single kayak without a guide on any lake trip."]
_KAYAK_TURNED = ["4.1 On a trip longer than 120 minutes a single kayak may be hired without a guide.", _KAYAK[1]]
_KAYAK_ANSWER = ["No; the 150-minute lake trip is over 120 minutes, so a guide must go with the kayak."]
_LOAN = ["2.1 The borrower must have held an account for no less than 12 months, and must file accounts "
         "for its last trading year."]


@pytest.mark.parametrize("claim, evidence, documents, question, found", [
    ("and a single kayak may be hired without a guide only on lake trips shorter than two hours",
     _KAYAK_ANSWER, _KAYAK, "", []),
    ("which must be repaid within a year.", _LOAN, _LOAN, "How long may a bridging loan last?", []),
    # near-misses: the rule bounds it the other way where the claim's words are; the claim says
    # what the sentence with the value says, its bound turned round
    ("and a single kayak may be hired without a guide only on lake trips shorter than two hours",
     _KAYAK_TURNED, _KAYAK_TURNED, "", ["shorter than two hours"]),
    ("The borrower must have held an account for up to a year.", _LOAN, _LOAN,
     "How long may a bridging loan last?", ["up to a year"]),
])
def test_a_bound_in_another_unit_is_read_where_the_value_is_stated(claim, evidence, documents, question, found):
    from evalkit.scoring.hallucination import misdirected
    assert [claim[s.start:s.end] for s, _, _ in misdirected(claim, extract_atoms(claim), evidence, extract_atoms,
                                                            question, documents)] == found


# --- one name written fuller or shorter (aliases.same_named), examples written after the rule ----

_WARD = Vocabulary.of(["Ward rounds are led by Dr Helen Achebe (Consultant). Sister Joan Pike runs the night shift. "
                       "Dr Samuel Osei and Dr Grace Osei share the clinic."])
_CLUB = Vocabulary.of(["The squad: Marco Bellini (captain), Jonny Ferris, Coach Tariq Mensah."])
_FIRM = Vocabulary.of(["Partners: Ms. R. Calloway and Mr Ian Prentice. Ian Prentice Jr joined in May."])


@pytest.mark.parametrize("key, said, vocab, same", [
    ("Dr Achebe", "Dr Helen Achebe", _WARD, True),           # a given name added
    ("Dr Helen Achebe", "Dr Achebe", _WARD, True),           # dropped
    ("Dr Achebe", "Helen Achebe", _WARD, True),              # title dropped, given name added: one written name holds both
    ("Sister Pike", "Joan Pike", _WARD, True),
    ("Coach Mensah", "Tariq Mensah", _CLUB, True),
    ("Jonny Ferris", "Ferris", _CLUB, False),                # a bare surname is no form here
    ("Dr Osei", "Dr Samuel Osei", _WARD, False),             # two Dr Oseis: the short form names neither
    ("Dr Grace Osei", "Dr Samuel Osei", _WARD, False),       # another person
    ("Dr Achebe", "Dr Ruth Achebe", _WARD, False),           # a fuller form the documents never write
    ("Marco Bellini", "Marco Ferris", _CLUB, False),         # another surname
    ("Ms Calloway", "Ms. R. Calloway", _FIRM, True),         # an initial and a full stop
    ("Mr Prentice", "Ian Prentice", _FIRM, True),
])
def test_same_named(key, said, vocab, same):
    assert same_named(whole_name(key), whole_name(said), vocab) is same


def test_whole_name_is_one_name():
    assert whole_name("Cllr Tom Haverley") == ("cllr", "tom", "haverley")
    assert whole_name("the Chair, Cllr Oduya") == ()
    assert whole_name("Oduya") == ()


def test_key_name_covered_by_fuller_form():
    key = extract_atoms("The referee spoke to Coach Mensah.")
    key = [a for a in key if a.kind == "entity" and "Mensah" in a.text]
    assert key
    answer = "It was Coach Tariq Mensah."
    assert covered(key[0], extract_atoms(answer), "itwascoachtariqmensah", None, _CLUB, answer=answer)
    wrong = "It was Coach Jonny Ferris."
    assert not covered(key[0], extract_atoms(wrong), "itwascoachjonnyferris", None, _CLUB, answer=wrong)


_BENCH = ["The appeal was heard by Judge Miriam Okonjo and Judge Alan Pryce. Counsel for the club was Mr Daniel "
          "Ferreira and for the league Mr Joseph Walsh; the Tribunal Listing Office received the papers on 3 May."]


@pytest.mark.parametrize("said, supported", [
    ("Judge Okonjo heard the appeal.", True),        # title and surname: a word of names only
    ("Mr Ferreira acted for the club.", True),
    ("Judge Okafor heard the appeal.", False),       # another surname
    ("Judge Miriam Okafor heard the appeal.", False),
    ("The Tribunal Office received the papers.", False),   # "Tribunal" opens one name only: no title
    ("Miriam Okonjo heard the appeal.", True),       # a given name and surname: a form within the full name
])
def test_a_person_named_by_title_and_surname(said, supported):
    """A person is named by title and surname though the documents write only the full name (a
    title: a first word the documents write before several names); a body's name less a middle word
    may be another body."""
    from evalkit.scoring.hallucination import EvidenceText, atom_supported

    vocab = Vocabulary.of(_BENCH)
    evidence = EvidenceText.build([("doc", _BENCH[0])], extract_atoms)
    name = next(a for a in extract_atoms(said) if a.kind == "entity")
    assert atom_supported(name, evidence, vocab=vocab)[0] is supported


def test_a_name_the_documents_write_in_full_where_the_evidence_has_title_and_surname():
    from evalkit.scoring.hallucination import EvidenceText, atom_supported

    vocab = Vocabulary.of(_BENCH + ["Judge Pryce dissented on costs."])
    evidence = EvidenceText.build([("doc", "Judge Pryce dissented on costs.")], extract_atoms)
    def supported(text):
        return atom_supported(next(a for a in extract_atoms(text) if a.kind == "entity"), evidence, vocab=vocab)[0]
    assert supported("Judge Alan Pryce dissented.")
    assert not supported("Judge Miriam Pryce dissented.")     # a fuller form the documents never write
    assert not supported("Judge Alan Okonjo dissented.")


def test_key_name_covered_by_title_and_surname():
    vocab = Vocabulary.of(_BENCH)
    key = next(a for a in extract_atoms("The appeal was heard by Judge Miriam Okonjo.") if a.kind == "entity")
    answer = "Judge Okonjo."
    assert covered(key, extract_atoms(answer), "judgeokonjo", None, vocab, answer=answer)
    wrong = "Judge Ferreira."
    assert not covered(key, extract_atoms(wrong), "judgeferreira", None, vocab, answer=wrong)


def test_each_end_of_a_range_may_be_stated_in_another_form():
    """"195 to 240 minutes" against a table's "3:15 to 4:00": each end is one of its values."""
    from evalkit.scoring.atoms import extract_atoms
    from evalkit.scoring.hallucination import EvidenceText, atom_supported
    evidence = EvidenceText.build([("doc", "Category B: a match of 1:30 to 2:00.")], extract_atoms)
    assert atom_supported(extract_atoms("Matches of 90 to 120 minutes")[0], evidence)[0]
    assert not atom_supported(extract_atoms("Matches of 90 to 150 minutes")[0], evidence)[0]
    assert not atom_supported(extract_atoms("Matches of 60 to 120 minutes")[0], evidence)[0]


REFEREES = ["The match officials are listed below: Ann Cole for the first half, Joe Park for the second half, "
            "or Lee Shaw as the reserve official.",
            "The head chef, Marta Ruiz, signs off every menu."]


@pytest.mark.parametrize("claim, name, bound", [
    # a post one sentence gives the name, each of its words nearest that name
    ("Kick-off is at 3pm and the reserve official, Lee Shaw, stands by.", "Lee Shaw", True),
    ("Menus are approved by Marta Ruiz, the head chef.", "Marta Ruiz", True),
    # near misses: the post's words sit nearer another name of the list, or the sentence lacks one
    ("Kick-off is at 3pm and the reserve official, Joe Park, stands by.", "Joe Park", False),
    ("Menus are approved by the pastry chef, Marta Ruiz.", "Marta Ruiz", False),
    # no apposition: a name named alone is left to the evidence
    ("Kick-off is at 3pm and Lee Shaw stands by.", "Lee Shaw", False),
])
def test_a_name_in_apposition_is_bound_where_the_documents_give_its_post(claim, name, bound):
    from evalkit.scoring.hallucination import named_in_apposition

    atom = next(a for a in extract_atoms(claim) if a.text == name)
    assert named_in_apposition(claim, atom, REFEREES, extract_atoms) is bound


# --- a concession no one sentence (or two adjacent) of the documents states ---

@pytest.mark.parametrize("sentences, question, claim, invented", [
    # a club handbook: the concession's words are the documents' own ("pitch"), but no sentence gives it
    (["Junior members must be under 18 on 1 September.", "The annual fee for junior members is £40.",
      "The ground is closed in August for pitch maintenance."],
     "How much is the junior fee?", "£40, although juniors may not use the floodlit pitches.",
     "although juniors may not use the floodlit pitches"),
    # ... and the contrast one sentence does draw, in other words: found
    (["Junior members must be under 18 on 1 September.", "Training is on Tuesday evenings.",
      "The ground is closed in August for pitch maintenance."],
     "Is there training in August?", "No, though the ground is only closed then for pitch maintenance.", None),
    # a tenancy: an exception built from words two different sentences use
    (["A tenant may end the tenancy by giving two months' notice in writing.",
      "Notice given by email is valid if the landlord has agreed to receive notices by email.",
      "The deposit is returned within ten days of the tenancy ending."],
     "How much notice must a tenant give?",
     "Two months, although notice given by text message is never valid.",
     "although notice given by text message is never valid"),
    # ... and the concession the second sentence makes: found
    (["A tenant may end the tenancy by giving two months' notice in writing.",
      "Notice given by email is valid if the landlord has agreed to receive notices by email."],
     "How much notice must a tenant give?",
     "Two months in writing, although email counts if the landlord has agreed to receive notices that way.", None),
    # a recipe: a true contrast in other words, most of one sentence's words
    (["Rest the dough in the fridge for at least 2 hours.",
      "Chilled dough is easier to roll and shrinks less in the oven."],
     "How long should the dough rest?", "At least 2 hours, whereas warm dough is harder to roll and shrinks in the oven.",
     None),
    # a contrast the next sentence draws: two adjacent sentences read as one
    (["Lorries may not cross the Mill Lane bridge.", "Its deck was found to be cracked in March.",
      "Cars may still use it."],
     "Can lorries use the Mill Lane bridge?", "No, though cars still may, since only its deck is cracked.", None),
    # a concession of two words says too little to judge; a reason is left to the rule for unused words
    (["The museum shuts at 5 pm.", "The café shuts at 4 pm."],
     "When does the café shut?", "4 pm, though staffing varies.", None),
    (["Junior members must be under 18 on 1 September.", "The annual fee for junior members is £40.",
      "The ground is closed in August for pitch maintenance."],
     "How much is the junior fee?", "£40, because juniors do not use the floodlit pitches.", None),
])
def test_a_relation_no_one_sentence_states(sentences, question, claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, sentences)
    assert [d.said for d in found] == ([invented] if invented else [])


MARKET = """# Harlow Street Market: trader rules

2.1 Pitches are allocated by the Market Office, run by Ines Calloway.
2.2 Fees are reviewed each spring by the Traders' Panel.

Fresh fish on the market comes from the Tressick Smokehouse, which is based in Scotland. Stalls open at 7 am.
Rye bread comes from Ostrava Mill, a bakery in Poland.
"""

MARKET_ITEMS = [
    {"id": "m1", "question": "Where is the Tressick Smokehouse based?", "answer": "Scotland."},
    {"id": "m2", "question": "Who reviews the fees?", "answer": "The Traders' Panel."},
]


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("market"), "Harlow Street Market trader rules", MARKET, MARKET_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a sentence adverb before a name is no part of it
    ("m1", "Traditionally Tressick Smokehouse has been based in Scotland.", True),
    ("m1", "Traditionally Marwick Smokehouse has been based in Scotland.", False),     # another name
    # a place adjective as a modifier names the place
    ("m1", "In Scotland: the Scottish smokehouse supplies the market's fresh fish.", True),
    ("m1", "In Scotland: the Swedish smokehouse supplies the market's fresh fish.", False),  # another place
    ("m1", "Ireland.", False),
    # ... in apposition to a name, of that name: a sentence of the documents names both
    # (a post in apposition is read: the documents' own noun, "smokehouse", with the name's adjective)
    ("m1", "Scotland. Tressick Smokehouse, the Scottish smokehouse, brings the fresh fish.", True),
    ("m1", "Scotland. Ostrava Mill, the Polish bakery, makes the rye bread.", True),
    ("m1", "Scotland. Ostrava Mill, the Scottish bakery, makes the rye bread.", False),
    # a section's number before a capitalised word makes no name of it
    ("m2", "Fees are reviewed by the Traders' Panel each spring.", True),
    ("m2", "Fees are reviewed by the Market Office each spring.", False),             # another body
])
def test_names_misread_first_in_a_sentence_or_as_adjectives(market, item_id, answer, right):
    assert _right(market(item_id, answer)) is right


SAILING_CLUB = """# Harbour sailing club notice

The club has six instructors and five officials.
The junior course is led by Maya Okafor, with Tom Briggs assisting her on the water.
Learners are taught three bends and one hitch before their first solo sail.
The entry form is signed by Ruth Ames for the club and by Paul Kerr for the harbour board.
A club dinghy weighs 60 kg. The safety launch weighs 480 kg.
Members get 25% off the hire fee for a dinghy.
"""

CLUB_ITEMS = [
    {"id": "s1", "question": "Who leads the junior course?", "answer": "Maya Okafor, assisted by Tom Briggs."},
    {"id": "s2", "question": "Which knots are learners taught?", "answer": "Three bends and one hitch."},
    {"id": "s3", "question": "Who signs the entry form?", "answer": "Ruth Ames and Paul Kerr."},
    {"id": "s4", "question": "How heavy is the safety launch?", "answer": "480 kg."},
    {"id": "s5", "question": "What do members pay to hire a dinghy?", "answer": "25% less than the hire fee."},
]


@pytest.mark.parametrize("item_id, answer, hallucinated", [
    # a count of the list the answer gives with it: after a colon, in apposition; a count the list
    # does not bear out is checked as any value (the wrong counts here are ones the notice gives
    # nothing of)
    ("s1", "Two instructors run it: Maya Okafor, who leads, and Tom Briggs.", False),
    ("s1", "Four instructors run it: Maya Okafor and Tom Briggs.", True),
    ("s3", "The two officials, Ruth Ames for the club and Paul Kerr for the harbour board.", False),
    ("s3", "The four officials, Ruth Ames for the club and Paul Kerr for the harbour board.", True),
    # parts with counts of their own are not summed: a count with no noun is checked by no one,
    # so the total is (right or wrong)
    ("s2", "Seven knots in all — three bends and one hitch.", True),
    ("s2", "Two knots: one bend and one hitch.", True),
    # a multiple of two values the documents give, with its hedge or bound
    ("s4", "480 kg, eight times the 60 kg of a club dinghy.", False),
    ("s4", "480 kg, more than seven times the 60 kg of a club dinghy.", False),
    ("s4", "480 kg, ten times the 60 kg of a club dinghy.", True),
    ("s4", "480 kg, more than ten times the 60 kg of a club dinghy.", True),
    # what is paid is the rest of the whole a share taken off leaves
    ("s5", "Members pay three quarters of the hire fee, in other words 25% off.", False),
    ("s5", "Members pay two thirds of the hire fee, in other words 25% off.", True),
])
def test_a_count_multiple_or_rest_the_answer_bears_out(tmp_path, item_id, answer, hallucinated):
    score = _scorer(tmp_path, "Harbour sailing club notice", SAILING_CLUB, CLUB_ITEMS)
    assert score(item_id, answer).hallucinated is hallucinated


MILL_BAKERY = """# Harrow Mill bakery methods

## Baking

The Harrow loaf is baked at 230 °C for 40 minutes. The rye loaf is baked for 55 minutes. A Harrow loaf
weighs 800 g and a rye loaf weighs 1.2 kg.

## Storage

Proved dough is kept in the fridge at 2-5 degrees C for up to 3 days.
"""

MILL_BAKERY_ITEMS = [
    {"id": "h1", "question": "How long is the rye loaf baked for?", "answer": "55 minutes."},
    {"id": "h2", "question": "How much does a rye loaf weigh?", "answer": "1.2 kg."},
    {"id": "h3", "question": "Where is proved dough kept?", "answer": "In the fridge (2-5 degrees C)."},
]


@pytest.fixture(scope="module")
def mill_bakery(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("mill_bakery"), "Harrow Mill bakery methods", MILL_BAKERY, MILL_BAKERY_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a difference measured against a bare number whose unit the comparison leaves understood
    ("h1", "55 minutes, fifteen minutes longer than the 40 the Harrow loaf needs.", True),
    ("h1", "55 minutes, twenty minutes longer than the 40 the Harrow loaf needs.", False),
    ("h1", "55 minutes, fifteen minutes longer than the 45 the Harrow loaf needs.", False),
    # a conversion set beside a value the answer works out, or beside a range's ends
    ("h2", "1.2 kg, about 400 g (roughly 14 oz) more than the Harrow loaf's 800 g.", True),
    ("h2", "1.2 kg, about 400 g (roughly 20 oz) more than the Harrow loaf's 800 g.", False),
    ("h2", "1.2 kg, about 500 g (roughly 18 oz) more than the Harrow loaf's 800 g.", False),
    ("h3", "In the fridge, between 35.6 °F and 41 °F (2-5 °C).", True),
    ("h3", "In the fridge, between 35.6 °F and 50 °F (2-5 °C).", False),
])
def test_a_difference_and_a_conversion_beside_a_value(mill_bakery, item_id, answer, right):
    r = mill_bakery(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


def test_a_first_name_or_surname_alone_is_the_one_person_the_documents_name_in_full():
    sentences = ["The concerto was conducted by Tobias Lindqvist.",
                 "Lindqvist rehearsed the strings for six weeks before the premiere.",
                 "Ruth Pellow rehearsed the brass section.", "Anna Pellow wrote the programme notes."]
    # one Tobias, one Lindqvist in the documents: the same man
    assert _acts("In March, Tobias rehearsed the strings for six weeks.", sentences) == []
    # near misses: another person the documents name still takes the act
    assert _acts("In March, Ruth rehearsed the strings for six weeks.", sentences) == [("Ruth", "Lindqvist")]
    # a surname two people share ("Ruth Pellow", "Anna Pellow"): someone else's first name against it
    # is still an exchange
    sentences = ["Pellow rehearsed the brass section.", "Ruth Pellow and Anna Pellow run the choir.",
                 "Tobias Lindqvist conducted."]
    assert _acts("In March, Tobias rehearsed the brass section.", sentences) == [("Tobias", "Pellow")]


def test_an_act_done_to_the_sentences_noun_is_no_other_noun():
    sentences = ["Objections must be lodged within 14 days of the hearing.",
                 "Costs are assessed after the hearing.", "Fees are refunded within 10 days of the appeal."]
    q = "When must objections be lodged?"
    # a gerund whose object is the sentence's noun names the act on it
    assert swapped_attributes("Objections must be lodged within 14 days of attending the hearing.", q,
                              sentences) == []
    # near miss: a gerund on another thing the documents name is still a swap of the noun
    assert [s.said for s in swapped_attributes("Objections must be lodged within 14 days of the appeal.", q,
                                               sentences)] == ["days of the appeal"]


def _covers(reference: str, question: str, answer: str) -> list[bool]:
    """Whether `answer` covers each atom of `reference`, asked `question`."""
    asked = {t.stem for t in tokens(question)}
    found = extract_atoms(answer)
    return [covered(k, found, squash(answer), tokens(answer), None, asked, source=reference, answer=answer)
            for k in extract_atoms(reference)]


@pytest.mark.parametrize("reference, question, answer, stated", [
    # a count in words of the key's noun, or of the noun the question counts, or bare
    ("4 eggs.", "How many eggs go into the batter?", "Four. Beat them with the sugar.", True),
    ("1 vote.", "How many votes does each member have?", "Each member has a single vote.", True),
    ("One.", "How many bedrooms does the flat have?", "Just one bedroom, over the shop.", True),
    ("3 witnesses.", "How many witnesses must sign a will?", "Three at least, each over 18.", True),
    ("12 jurors.", "How many people sit on a jury?", "Twelve in a Crown Court trial.", False),   # "in" opens no count
    ("12 jurors.", "How many people sit on a jury?", "In a Crown Court trial, twelve.", True),
    # a digit of a value the atoms read is no count ("£2,000"); a count per a period is the count
    ("2 instalments.", "How will the grant be paid?", "£2,000 now.", False),
    ("2 claims.", "How many claims may be made per year?", "Two per year.", True),
    ("2 claims.", "How many claims may be made per year?", "Three per year.", False),
    # an ordinal of the key's noun: the count is reached
    ("2 tries.", "How many tries did the wing score?", "He scored his second try in the last minute.", True),
    # near misses: "one" as a pronoun; an ordinal of another noun; another count
    ("One.", "How many bedrooms does the flat have?", "No one has said.", False),
    ("One.", "How many bedrooms does the flat have?", "The one with the garden.", False),
    ("2 tries.", "How many tries did the wing score?", "He scored in the second half.", False),
    ("4 eggs.", "How many eggs go into the batter?", "Five. Beat them with the sugar.", False),
    # a comma before a connective that opens a clause of its own leaves the count bare
    ("3 keys.", "How many keys does each tenant receive?", "They receive three, and must return them on leaving.",
     True),
    ("16.", "From what age may a member use the gym unsupervised?", "From sixteen, provided an induction is done.",
     True),
    # near misses: another count; a list of counts
    ("3 keys.", "How many keys does each tenant receive?", "They receive four, and must return them on leaving.",
     False),
    ("3 keys.", "How many keys does each tenant receive?", "Three, four or five, by flat size.", False),
    # a relative word is no such connective: the answer may go on to say more of the count (as before)
    ("3 keys.", "How many keys does each tenant receive?", "Three, which open the front door.", False),
])
def test_a_count_in_words_states_a_key_count(reference, question, answer, stated):
    assert _covers(reference, question, answer) == [stated]


@pytest.mark.parametrize("reference, answer, stated", [
    # the start of a fall stated as the start of the answer's fall
    ("It fell from 30 km/h to 20 km/h.", "It was cut from thirty kilometres an hour to twenty.", True),
    ("Fees dropped from £90 to £60.", "They came down from ninety pounds to sixty.", True),
    # near misses: another start
    ("It fell from 30 km/h to 20 km/h.", "It was cut from forty kilometres an hour to twenty.", False),
    ("Fees dropped from £90 to £60.", "They came down from eighty pounds to sixty.", False),
])
def test_a_change_start_is_stated_by_a_change_start(reference, answer, stated):
    assert _covers(reference, "How did it change?", answer)[0] is stated


@pytest.mark.parametrize("evidence, answer, given", [
    ("Descale the kettle every two months.", "Six times a year.", True),       # a rate as its period
    ("The gutters are cleared every three months.", "Four times a year.", True),
    ("Feed the starter twice daily.", "2 times a day.", True),
    # near misses: another rate
    ("Descale the kettle every two months.", "Four times a year.", False),
    ("The gutters are cleared every three months.", "Six times a year.", False),
])
def test_a_frequency_is_given_by_its_period(evidence, answer, given):
    from evalkit.scoring.hallucination import EvidenceText, _how_often_given

    ev = EvidenceText.build([("doc", evidence)], extract_atoms)
    [atom] = [a for a in extract_atoms(answer) if (a.unit or "").startswith("x/")]
    assert _how_often_given(atom, ev) is given


# --- a name in another of its forms (aliases.class_word_dropped, named_in_part, defined abbreviations
# inside a longer name), examples written after the rule in other domains ---------------------------

_TRADE = ["Orders are fulfilled by Brackwell Tools GmbH of Kassel; spares come from Ostrand Supply Ltd. "
          "Meetings are held at the Larchfield Hotel, and the hotel's manager books the room. "
          "Trainees go to the Ferris Academy; the academy is run by Ferris Trust Ltd and Ferris Trust Holdings."]


@pytest.mark.parametrize("key, answer, stated", [
    (("brackwell", "tools", "gmbh"), "Brackwell Tools fulfils orders.", True),        # legal form dropped
    (("ostrand", "supply", "ltd"), "Spares: Ostrand Supply.", True),
    (("ostrand", "supply", "ltd"), "Spares: Brackwell Tools.", False),                # another company
    (("ferris", "trust", "ltd"), "The Ferris Trust runs it.", False),                 # "Ferris Trust Holdings" too
    (("larchfield", "hotel"), "At the Larchfield.", True),                            # "the hotel": a class noun
    (("larchfield", "hotel"), "At the Larchfield Arms.", False),                      # runs on into another name
    (("larchfield", "hotel"), "At the Ashdown.", False),                              # another hotel
    (("ferris", "academy"), "At Ferris.", False),                                     # Ferris Trust: another name opens so
])
def test_a_name_less_its_legal_form_or_class_noun(key, answer, stated):
    from evalkit.scoring.aliases import class_word_dropped

    assert class_word_dropped(key, answer, Vocabulary.of(_TRADE)) is stated


_CHOIR = ["Singers must hold a Royal Schools of Music (RSM) certificate; the RSM Grade 5 Theory is the minimum "
          "for the Chamber Choir, and the Associated Board Grade 3 will do for the Youth Choir. "
          "Fees are set by the Finance and Operations Committee, or FOC."]


@pytest.mark.parametrize("key, answer, stated", [
    ("Royal Schools of Music Grade 5 Theory", "The RSM Grade 5 Theory at least.", True),
    ("Royal Schools of Music Grade 5 Theory", "The RSM Grade 3 Theory at least.", False),    # a different grade
    ("Royal Schools of Music Grade 5 Theory", "The ABRSM Grade 5 Theory.", False),          # another board
])
def test_a_defined_abbreviation_inside_a_longer_name(key, answer, stated):
    from evalkit.scoring.aliases import name_stated
    from evalkit.scoring.wordforms import tokens

    from evalkit.scoring.atoms import Atom

    atom = Atom("entity", key, "entity:" + key.lower())
    assert name_stated(atom, tokens(answer), Vocabulary.of(_CHOIR), set()) is stated


def test_an_abbreviation_defined_by_or():
    """"the Finance and Operations Committee, or FOC" defines FOC as "(the Finance (and) Operations Committee (FOC)"."""
    from evalkit.scoring.wordforms import stem

    assert defined_abbreviations(_CHOIR[0])["foc"] == tuple(stem(w) for w in ("finance", "operations", "committee"))
    assert defined_abbreviations("Bring a tent or RV.") == {}          # initials must spell it
    assert defined_abbreviations("Pay by card or PIN.") == {}


_YARD = ["The boatyard was founded by Petra Lindqvist and Oskar Brandt in 1988. Ann Brandt keeps the books.",
         "Petra still sands every hull by hand. Brandt's nephew joined in 2004."]


@pytest.mark.parametrize("said, supported", [
    ("Petra Lindqvist sands every hull.", True),    # the evidence writes her given name alone
    ("Petra Brandt sands every hull.", False),      # a name the documents never write
    ("Oskar Brandt has a nephew.", False),          # "Brandt" alone: Ann Brandt shares the surname
])
def test_a_person_the_evidence_names_by_given_name_or_surname(said, supported):
    from evalkit.scoring.hallucination import EvidenceText, atom_supported

    evidence = EvidenceText.build([("note", _YARD[1])], extract_atoms)
    name = next(a for a in extract_atoms(said) if a.kind == "entity")
    assert atom_supported(name, evidence, vocab=Vocabulary.of(_YARD))[0] is supported


def test_a_legal_form_dropped_where_the_documents_write_the_short_form_too():
    from evalkit.scoring.aliases import class_word_dropped

    vocab = Vocabulary.of(_TRADE + ["Ostrand Supply answers queries; Ostrand Supply Ltd invoices them."])
    assert class_word_dropped(("ostrand", "supply", "ltd"), "Ostrand Supply does.", vocab)
    assert not class_word_dropped(("ostrand", "supply", "ltd"), "Ostrand Logistics does.", vocab)


_DAIRY = ["Pay queries go to Mereside Dairies Ltd; the Mereside Dairies Staff Pension Scheme is run by "
          "Mereside Dairies Pension Trustee Ltd."]


@pytest.mark.parametrize("extra, answer, stated", [
    ([], "Ask payroll at Mereside Dairies.", True),      # longer names are not written short by one word
    ([], "Ask Mereside Dairies Staff.", False),           # runs on into another name
    (["Milk is collected by Mereside Dairies Group."], "Ask Mereside Dairies.", False),   # one word more: open
])
def test_a_legal_form_dropped_beside_longer_names_the_short_form_opens(extra, answer, stated):
    from evalkit.scoring.aliases import class_word_dropped

    assert class_word_dropped(("mereside", "dairies", "ltd"), answer, Vocabulary.of(_DAIRY + extra)) is stated


# Role checks go by what each name is bound to (written after the rules, in other domains).
PELL_STREET = ["Nora Vance now calls herself owner-baker.", "Pell Street Bakery sells 300 loaves a day."]
INSPECTIONS = ["Nora Vance signs off the follow-up inspection.", "Tom Reyes orders the flour."]
LEASES = ["Ardmore leases the unit for five years; Kestrel takes the yard for seven."]


@pytest.mark.parametrize("claim, sentences, found", [
    # a hyphenated compound is one word: shared whole it counts once, in part not at all
    ("Pell Street Bakery turns 40 this year, the same age as its owner-baker.", PELL_STREET, []),
    ("Tom Reyes follows up with the flour order.", INSPECTIONS, []),
    ("Tom Reyes signs off the follow-up inspection.", INSPECTIONS, [("Tom Reyes", "Nora Vance")]),
    # a name said with the value a clause naming it states keeps its role, whatever the verb; a bare
    # count ending a clause counts in the unit of the parallel clause
    ("Kestrel rents the yard for seven years, while Ardmore leases the unit for five.", LEASES, []),
    ("Kestrel leases the yard for five years.", LEASES, [("Kestrel", "Ardmore")]),
])
def test_acts_go_by_what_each_name_is_bound_to(claim, sentences, found):
    assert _acts(claim, sentences) == found


def test_roles_exchanged_go_by_the_values_bound():
    from evalkit.scoring.hallucination import exchanged_roles

    roles = lambda c: [(a.text, b.text) for a, b, _ in exchanged_roles(c, extract_atoms(c), LEASES, extract_atoms)]
    assert roles("Kestrel rents the yard for seven years, while Ardmore leases the unit for five.") == []
    assert roles("Kestrel leases the yard for five years, while Ardmore takes the unit for seven.") == [
        ("Kestrel", "Ardmore")]


def test_a_count_bound_in_its_names_parallel_clause_is_not_misbound():
    assert _misbound("Kestrel holds the yard for seven years", LEASES[0]) == []
    assert _misbound("Ambermoor averaged 5.6 t/ha", "Dunmere averaged 5.6 t/ha, ahead of Ambermoor (5.3 t/ha).",
                     "Dunmere averaged 5.3 t/ha and Ambermoor 5.6.") == [("5.6 t/ha", "5.3 t/ha")]


def test_a_value_said_by_a_pronoun_in_its_own_part_is_no_exchange():
    sentence = ("On the Orla the RCD can be reset from the front panel; on the Brisa it is sealed inside the case, "
                "and Tarrant's manual says owners must not open it.")
    answer = "On the Brisa the RCD is sealed inside the case, and Tarrant's manual says owners must not open it."
    assert _misbound("On the Brisa the RCD is sealed inside the case", sentence, answer) == []
    # the part names another thing of the kind, no pronoun: still an exchange
    other = sentence.replace("Brisa it is", "Brisa the fuse is")
    assert _misbound("On the Brisa the RCD is sealed inside the case", other, answer) == [("Brisa", "Orla")]


@pytest.mark.parametrize("text, found", [
    ("**Kit Secretary — Zoë Quinn.** Orders the team kit.", [(("Kit", "Secretary"), ("Zoë", "Quinn"))]),
    ("## Head Chef – Tomás Reid", [(("Head", "Chef"), ("Tomás", "Reid"))]),
    ("- Treasurer - Priya Shah: bills the clubs", [(("Treasurer",), ("Priya", "Shah"))]),
    # a heading of everyday words, a dash inside a line: no one holds a post
    ("Match Report — Saturday was wet.", []),
    ("The rota is set by the Kit Secretary — Zoë Quinn.", []),
])
def test_a_heading_binds_a_post_to_its_holder(text, found):
    from evalkit.scoring.aliases import post_holders

    assert [(h.post, h.person) for h in post_holders(text)] == found


# A name set against the role's holder ("by X instead of Y", "X, not Y, ...") does not hold that role:
# the part is said of X alone, so the exchange with Y's own clause shows.
LAB_LOG = ["Samples are now signed out by the Lab Manager instead of the Safety Officer; the Safety Officer is sent "
           "a copy of the log."]
PITCH_APPEALS = ["Appeals are heard by the Referee rather than the Match Secretary, and the Match Secretary records "
                 "the outcome."]


@pytest.mark.parametrize("claim, sentences, found", [
    ("Samples are now signed out by the Safety Officer instead of the Lab Manager; the Lab Manager is sent a copy "
     "of the log.", LAB_LOG, [("Safety Officer", "Lab Manager")]),
    ("The Safety Officer, not the Lab Manager, signs samples out, and the Lab Manager gets a copy of the log.",
     LAB_LOG, [("Safety Officer", "Lab Manager")]),
    ("Appeals are heard by the Match Secretary rather than the Referee, and the Referee records the outcome.",
     PITCH_APPEALS, [("Match Secretary", "Referee")]),
    # right answers: the same two names in their own roles, paraphrased, in either voice, with a relative
    ("Samples are signed out by the Lab Manager instead of the Safety Officer; the Safety Officer is sent a copy "
     "of the log.", LAB_LOG, []),
    ("The Lab Manager, not the Safety Officer, signs samples out, and the Safety Officer gets a copy of the log.",
     LAB_LOG, []),
    ("The Lab Manager signs samples out now; the Safety Officer is sent a copy of the log.", LAB_LOG, []),
    ("The Referee hears appeals rather than the Match Secretary; the Match Secretary records the outcome.",
     PITCH_APPEALS, []),
    ("Appeals go to the Referee rather than to the Match Secretary, who records the outcome.", PITCH_APPEALS, []),
])
def test_contrasted_name_holds_no_role(claim: str, sentences: list[str], found: list[tuple[str, str]]) -> None:
    assert _roles(claim, sentences) == found


# A key of one unit ("1 litre") is stated by "per litre", "each litre", "a litre": one of the unit
# without a number. Another unit, or another count of it, is not.
@pytest.mark.parametrize("answer, stated", [
    ("Dissolve 30 g of salt per litre of stock.", True),
    ("To each litre of stock, add 30 g of salt.", True),
    ("Use 30 g of salt in a litre of stock.", True),
    ("Dissolve 30 g of salt per 1,000 ml of stock.", True),
    ("Dissolve 30 g of salt per two litres of stock.", False),
    ("Dissolve 30 g of salt per kilogram of meat.", False),
])
def test_one_unit_stated_without_a_number(answer, stated):
    key = next(a for a in extract_atoms("30 g of salt to 1 litre of stock") if a.unit == "l")
    assert covered(key, extract_atoms(answer), squash(answer), answer=answer) is stated


def test_one_unit_without_a_number_states_no_other_value():
    key = next(a for a in extract_atoms("The dose is 5 mg for a puppy of 2 kg") if a.unit == "kg")
    answer = "Give 5 mg per kilogram of body weight."
    assert not covered(key, extract_atoms(answer), squash(answer), answer=answer)


# A date with its year whose day and month the evidence gives in a sentence that gives that year
# on another date ("from 6 March to 2 May 2027"); either reading of a numeric date may be the one.
@pytest.mark.parametrize("claim, supported", [
    ("The season opened on 6 March 2027.", True),
    ("The season opened on 6/3/2027.", True),     # day first
    ("The season opened on 3/6/2027.", True),     # month first
    ("The season opened on 6 March 2026.", False),  # another year
    ("The season opened on 7/3/2027.", False),     # neither reading
])
def test_a_date_takes_its_year_from_its_evidence_sentence(claim, supported):
    from evalkit.scoring.hallucination import EvidenceText, check_claim

    evidence = EvidenceText.build([("fixtures", "The league season runs from 6 March to 2 May 2027.")], extract_atoms)
    check = check_claim(claim, extract_atoms(claim), evidence, [], "")
    assert check.result.supported is supported


@pytest.mark.parametrize("reference, answer", [
    ("Take it once every 1 day.", "Take it twice a day."),       # a frequency, not one day
    ("The hire costs £40 for 12 months.", "It costs £40 a year."),  # a year is 12 months, not "1 X"
])
def test_one_of_a_unit_states_only_a_key_of_one(reference, answer):
    key = next(a for a in extract_atoms(reference) if a.unit in ("day", "month"))
    assert not covered(key, extract_atoms(answer), squash(answer), answer=answer)


def test_a_second_predicate_or_relative_clause_the_documents_never_give():
    # a cookery school's rules, a sports club's and a court's: a clause beside the answer ("and ...",
    # "which ...", "who ...") is a claim of its own, which the documents must give
    sentences = ["The bread course runs on Saturday mornings in the main kitchen.",
                 "Aprons and knives are provided; bring a container to take your loaves home.",
                 "Juniors train on Tuesdays at 6 pm under the head coach, Dana Ruiz.",
                 "The tribunal hears appeals within 28 days of the decision.",
                 "Appellants may bring a representative to the hearing."]
    cases = [("When does the bread course run?",
              "On Saturday mornings, and every student takes home a signed certificate of completion.",
              "and every student takes home a signed certificate of completion"),
             ("Who coaches the juniors?",
              "Dana Ruiz, who also selects the county squad from their weekly fitness scores.",
              "who also selects the county squad from their weekly fitness scores"),
             ("How soon are appeals heard?",
              "Within 28 days, which the chairman may extend during a public holiday period.",
              "which the chairman may extend during a public holiday period")]
    for question, claim, said in cases:
        found, = unfound_conditions(claim, extract_atoms(claim), question, sentences)
        assert found.said == said, claim
    # true clauses in other words or other syntax, a clause with two new words only, an opener that
    # starts the claim, the answerer offering help: none is invented
    for question, claim in (
            ("When does the bread course run?",
             "On Saturday mornings, and the school provides aprons and knives."),
            ("When does the bread course run?",
             "On Saturday mornings in the main kitchen, which provides the aprons and knives."),
            ("Who coaches the juniors?", "Dana Ruiz, who trains them on Tuesday evenings at 6 pm."),
            ("How soon are appeals heard?",
             "Within 28 days, and appellants can be accompanied by a representative."),
            ("When does the bread course run?", "On Saturday mornings, and bring a sturdy container."),
            ("When does the bread course run?", "On Saturday mornings, and they're handed out wrapped in paper."),
            ("How soon are appeals heard?", "And within 28 days of the decision."),
            ("When does the bread course run?", "On Saturdays, and I can also explain what to bring if you like.")):
        assert unfound_conditions(claim, extract_atoms(claim), question, sentences) == [], claim


# --- a clause beside the answer opened by a detached "with", or with a subject of its own (a pottery
# studio; written after the rule) ---

_STUDIO = ["Clay is sold at the front desk by the bag.",
           "The studio's teapots are finished in a pale blue glaze.",
           "The pottery studio opens at 9 am on Saturdays.",
           "Members glaze their pieces in the back room, and the technician fires the kiln on Mondays."]


@pytest.mark.parametrize("question, claim, invented", [
    # a "with" phrase set off beside the answer states a thing of its own: the documents must give it
    ("What colour glaze are the studio's teapots finished in?",
     "A pale blue glaze, with a thin gold band painted round the spout.",
     "with a thin gold band painted round the spout"),
    # a subject of its own, the documents' words from sentences apart and two words of its own:
    # an event the documents never state, though most of its words are theirs
    ("What day is the kiln fired?", "On Mondays, and the front desk lends visitors the back room.",
     "and the front desk lends visitors the back room"),
    # near-misses: "with" as the verb's complement (no comma); the same words as a coordinated
    # predicate (no subject of its own), or with a subject the question names (what the answer
    # speaks of); the documents' own statement; one sentence's words with two of its own; a pronoun
    # subject; a phrase too short to judge; a "with" phrase in the documents' words
    ("What colour glaze are the studio's teapots finished in?",
     "They are finished with a thin gold band painted round the spout.", None),
    ("What day is the kiln fired?", "On Mondays, and lends visitors the back room at the front desk.", None),
    ("What day is the kiln fired?", "On Mondays, and the kiln's front desk lends visitors the back room.", None),
    ("What day is the kiln fired?", "On Mondays, and the members glaze their pieces in the back room.", None),
    ("What day is the kiln fired?", "On Mondays, and the front desk sells clay by the sack.", None),
    ("What day is the kiln fired?", "On Mondays, and they're fired overnight on a slow cycle.", None),
    ("What day is the kiln fired?", "On Mondays, with a slow cycle.", None),
    ("What colour glaze are the studio's teapots finished in?", "Pale blue, with a glaze finish.", None),
])
def test_a_clause_with_its_own_subject_or_opener_the_documents_never_give(question, claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, _STUDIO)
    assert [d.said for d in found] == ([invented] if invented else [])


_CO_OP = ["The bike co-op's repair workshop opens on Tuesday and Saturday mornings.",
          "Members pay an annual fee of £20, which is refunded only if the co-op closes.",
          "Tools may be borrowed for up to a week.",
          "The mechanic on duty checks donated bikes before they are sold.",
          "The co-op sells spare parts at cost.",
          "Volunteers sign up for shifts on the noticeboard."]


@pytest.mark.parametrize("claim, invented", [
    # a subject of its own relating things the documents name only apart: the fee and its refund in
    # one sentence, volunteers and shifts in another, the mechanic in a third; no sentence relates
    # them, though only one word ("misses") is not the documents' own
    ("On Tuesday and Saturday mornings, and every volunteer who misses a shift has the fee refunded by the mechanic.",
     "and every volunteer who misses a shift has the fee refunded by the mechanic"),
    ("On Tuesday and Saturday mornings, and anyone who misses a shift has the fee refunded by the mechanic.",
     "and anyone who misses a shift has the fee refunded by the mechanic"),
    # a condition inside the clause does not shelter the event it is set on
    ("On Tuesday and Saturday mornings, and the mechanic refunds the fee if a volunteer misses a shift.",
     "and the mechanic refunds the fee if a volunteer misses a shift"),
    # near-misses: the documents' own statements, a pronoun subject (more of what the answer speaks
    # of), no subject of its own, a clause too short to judge, a true condition
    ("On Tuesday and Saturday mornings, and donated bikes are checked by the mechanic on duty before they are sold.",
     None),
    ("On Tuesday and Saturday mornings, and every volunteer signs up for shifts on the noticeboard.", None),
    ("On Tuesday and Saturday mornings, and they refund the fee to every volunteer who misses a shift.", None),
    ("On Tuesday and Saturday mornings, and refunds the fee if a volunteer misses a shift.", None),
    ("On Tuesday and Saturday mornings, and every volunteer helps.", None),
    ("On Tuesday and Saturday mornings, and the fee is refunded only if the co-op closes.", None),
])
def test_a_clause_relating_what_the_documents_name_only_apart(claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), "When does the repair workshop open?", _CO_OP)
    assert [d.said for d in found] == ([invented] if invented else [])


def test_an_and_inside_a_value_opens_no_clause_to_relate():
    # "a year and a half after ..." goes on with the answer: the "and" is part of the value
    question = "When does the repair workshop open?"
    claim = "On Saturday mornings, a year and a half after the mechanic first refunded the annual fee to volunteers on the noticeboard."
    assert unfound_conditions(claim, extract_atoms(claim), question, _CO_OP) == []
    # the same words after an opener of a clause: related apart, invented
    claim = "On Saturday mornings, and the mechanic quietly refunded the annual fee to volunteers on the noticeboard."
    said, = unfound_conditions(claim, extract_atoms(claim), question, _CO_OP)
    assert said.said == "and the mechanic quietly refunded the annual fee to volunteers on the noticeboard"


def test_a_clause_the_documents_relate_in_one_sentence_is_found():
    # the same clause, where one sentence of the documents holds its words together
    sentences = [*_CO_OP, "Any volunteer who misses a shift has the fee refunded by the mechanic."]
    claim = "On Tuesday and Saturday mornings, and every volunteer who misses a shift has the fee refunded by the mechanic."
    assert unfound_conditions(claim, extract_atoms(claim), "When does the repair workshop open?", sentences) == []


def test_a_true_concession_in_prepositions_and_prefixed_verbs_of_its_own_is_found():
    # prepositions and a bound prefix before a hyphen say nothing the documents must hold
    bakery = ["Proof the loaves on a floured board, and bake the rolls on a tray.", "Bake at 220 °C."]
    claim = "Proof the loaves on a floured board, whereas the rolls went straight onto a tray."
    assert unfound_conditions(claim, extract_atoms(claim), "Where are the loaves proofed?", bakery) == []
    tribunal = ["The tribunal dismissed the claim in March.", "The respondent later drafted a settlement."]
    question = "When was the claim dismissed?"
    claim = "In March, although the respondent has since re-drafted the settlement."
    assert unfound_conditions(claim, extract_atoms(claim), question, tribunal) == []
    # an invented concession stays invented
    claim = "In March, although the respondent has since re-opened the whole appeal."
    said, = unfound_conditions(claim, extract_atoms(claim), question, tribunal)
    assert said.said == "although the respondent has since re-opened the whole appeal"


# --- a reason beside the answer that no one sentence of the documents gives ---

_GREENHOUSE = ["The community greenhouse opens at 8 am on weekdays.",
               "The greenhouse is kept at 18 °C in winter.",
               "Watering is done by the volunteer on duty, using the rain-water tank."]


@pytest.mark.parametrize("question, claim, invented", [
    # a reason of the answer's own, in words the documents never use: invented, whatever its subject
    ("When does the community greenhouse open on weekdays?",
     "At 8 am, because the caretaker lives next door to the allotments.",
     "because the caretaker lives next door to the allotments"),
    ("What temperature is the greenhouse kept at in winter?",
     "18 °C, since it is heated by a wood-burning stove in the potting shed.",
     "since it is heated by a wood-burning stove in the potting shed"),
    # a true reason, one sentence's words: found
    ("Who does the watering?", "The volunteer on duty, because watering is their job and uses the rain-water tank.",
     None),
    # a reason with fewer than three new words says too little to judge
    ("When does the community greenhouse open on weekdays?", "At 8 am, because volunteers start early.", None),
    # a question asking why is answered by a reason: the key facts judge it
    ("Why does the greenhouse open at 8 am?",
     "Because the caretaker lives next door to the allotments.", None),
])
def test_a_reason_no_one_sentence_gives(question, claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, _GREENHOUSE)
    assert [d.said for d in found] == ([invented] if invented else [])


# --- a doer or a means beside the answer that the documents never give ---

_MUSEUM = ["The town museum reopened on 3 May after the roof repairs.",
           "The roof was repaired by the builders over the winter.",
           "Visitors are counted at the front desk.",
           "Admission is free for children under 12."]


@pytest.mark.parametrize("question, claim, invented", [
    # a doer or a means in words the documents never use: invented, however short the phrase
    ("When did the town museum reopen?", "On 3 May, by order of the county fire officer.",
     "by order of the county fire officer"),
    ("Where are visitors counted?", "At the front desk, recorded by an electronic turnstile sensor.",
     "by an electronic turnstile sensor"),
    ("When did the town museum reopen?", "On 3 May, after the roof was mended by volunteer thatchers.",
     "by volunteer thatchers"),
    # near-misses: the documents' own doer; one word of its own says too little to judge; a phrase
    # most of whose words one sentence holds; a question asking who or how is answered by the doer
    # (the key facts judge it); a "by" that opens the answer; no doer at all
    ("When did the town museum reopen?", "On 3 May, once the roof had been repaired by the builders over the winter.",
     None),
    ("Where are visitors counted?", "At the front desk, counted by hand.", None),
    ("When did the town museum reopen?", "On 3 May, after repairs by the builders' roof gang.", None),
    ("Who repaired the roof?", "It was repaired by a family firm of local thatchers.", None),
    ("How are visitors counted?", "At the front desk, recorded by an electronic turnstile sensor.", None),
    ("When did the town museum reopen?", "By 3 May.", None),
])
def test_a_doer_or_means_no_sentence_gives(question, claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, _MUSEUM)
    assert [d.said for d in found] == ([invented] if invented else [])


# --- an event "since" dates, or a reason it gives, that no one sentence of the documents holds ---

_REHEARSALS = ["The choir rehearses on Thursday evenings in St Anne's church hall.",
          "Mr Okoro has offered to lend the choir his piano for the spring concert.",
          "The offer of the piano is not binding.",
          "Maria Lenz conducted the choir until 2021 and has since moved to Vienna."]


@pytest.mark.parametrize("question, claim, invented", [
    # a later event of the answer's own: invented with one word the documents never use
    ("Is Mr Okoro's offer of the piano binding?", "No, it isn't binding, and he has since sold the piano.",
     "since sold the piano"),
    ("When does the choir rehearse?", "On Thursday evenings, the same night since the choir was founded.",
     "since the choir was founded"),
    # the documents' own event, in the documents' words: found
    ("Who conducted the choir until 2021?", "Maria Lenz, who has since moved to Vienna.", None),
    # "since" before a date dates nothing of its own
    ("When does the choir rehearse?", "On Thursday evenings, as it has since 2019.", None),
    # a reason that asks for no event keeps the reason's bar: two new words are too few to judge
    ("When does the choir rehearse?", "On Thursday evenings, because the members prefer it.", None),
    # a question asking why is answered by a reason: the key facts judge it
    ("Why is the offer of the piano not binding?", "Since Mr Okoro has since sold the piano.", None),
])
def test_an_event_since_dates_that_no_one_sentence_gives(question, claim, invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, _REHEARSALS)
    assert [d.said for d in found] == ([invented] if invented else [])


CAFE = """# Harbourton Lido cafe guide

The Harbourton Lido cafe is run by Marta Kowal for Harbourton Council. Hot food is served until
14:30. Lockers take a 1 euro coin. Swimmers can leave bags at the kiosk.
"""
CAFE_UPDATE = ("update", "Harbourton Lido: what's new this season",
               "# What's new this season at Harbourton Lido\n\nMarta Kowal of Harbourton Council writes: the "
               "cafe now stops serving hot food at 14:30, thirty minutes later than last year.\n")
CAFE_ITEMS = [{"id": "c1", "question": "Until when is hot food served at the cafe?", "answer": "Until 14:30."}]


@pytest.mark.parametrize("answer, correct", [
    ("Until 14:30, which is thirty minutes earlier than last year.", False),
    ("Until 14:30, which is thirty minutes later than last year.", True),
    ("Until 14:30.", True),
])
def test_a_claim_no_evidence_sentence_aligns_with_is_read_against_the_documents(tmp_path, answer, correct):
    # the comparison with last year is in a related document the source does not hold
    score = _scorer(tmp_path, "Harbourton Lido cafe guide", CAFE, CAFE_ITEMS, more=(CAFE_UPDATE,))
    assert _right(score("c1", answer)) is correct


BRIGADE = ("Kitchen: Head Chef **Rosa Delgado** · Sous Chef (SC), on the pass **Imre Varga** · Pastry Chefs "
           "**Lin Wu**, **Ola Berg**")


def test_a_middle_dot_parts_a_lists_entries():
    # each entry of a list parted by middle dots is a statement of its own: the Sous Chef is not
    # said with the Pastry Chefs after the next dot
    claim = "Imre Varga is the SC, that is, the Sous Chef."
    assert _misbound(claim, BRIGADE, claim) == []
    # titles exchanged across such a list are still misbound
    assert _misbound("Ana Ruiz is the Site Foreman and handles repairs", CONTACTS.replace(" - ", " · "),
                     "Ana Ruiz is the Site Foreman and handles repairs; Tom Ekwueme is the accounts contact.") == [
        ("Site Foreman", "Accounts Lead")]


# --- a date the documents give without its year, said with the running year --------------------------

RESTORATION = """# Mill restoration log

## Planning

On 12 January the trustees met in the old granary and chose an architect for the restoration work.

## The wheel

Work on the wheel began on 3 March 2025, when the old paddles were lifted out by the volunteers.

## The shaft

On 18 April the millwright fitted the new oak shaft, and on 9 June the wheel turned again.

## The sluice

The last repair, on 4 February, was to the sluice gate, which had rusted shut over the winter.
"""
RESTORATION_ITEMS = [
    {"id": "m1", "question": "Who fitted the new shaft?", "answer": "The millwright."},
    {"id": "m2", "question": "Who chose the architect?", "answer": "The trustees."},
    {"id": "m3", "question": "What was the last repair to?", "answer": "The sluice gate."},
]


@pytest.fixture(scope="module")
def restoration(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("mill"), "Mill restoration log", RESTORATION, RESTORATION_ITEMS)


@pytest.mark.parametrize("item_id, answer, correct", [
    # the year of the last date before it that gives one: a log dates its events in a running year
    ("m1", "The millwright fitted it, on 18 April 2025.", True),
    ("m1", "The millwright fitted it, on 18 April.", True),
    ("m1", "The millwright fitted it, on 18 April 2024.", False),     # another year
    ("m1", "The millwright fitted it, on 19 April 2025.", False),     # another day
    # no date with a year before it: the year is the answer's own
    ("m2", "The trustees chose the architect, on 12 January 2025.", False),
    # an earlier month than the running date's: the next year
    ("m3", "It was to the sluice gate, on 4 February 2025.", False),
    ("m3", "It was to the sluice gate, on 4 February 2026.", True),
    ("m3", "It was to the sluice gate, on 4 February 2027.", False),
])
def test_a_date_said_with_the_running_year_of_its_document(restoration, item_id, answer, correct):
    assert _right(restoration(item_id, answer)) is correct


@pytest.mark.parametrize("reference, answer, correct", [
    ("No. 9.", "Number nine shares it.", True),
    ("No. 9.", "It is shared with No. 9, the end house.", True),
    ("No. 9.", "It is shared with number eight.", False),
    ("No. 9.", "It is shared with No. 11.", False),
])
def test_a_number_written_with_its_sign_stated_in_words(reference, answer, correct):
    from evalkit.scoring.keyfacts import judge, key_facts

    assert judge(key_facts("Which house shares the wall?", reference), answer).correct is correct


# --- values read from the others the answer gives or the question asks -----------------------------

def _supported(claim: str, evidence: str, question: str = "") -> bool:
    from evalkit.scoring.hallucination import EvidenceText, check_claim

    atoms = extract_atoms(claim)
    passage = EvidenceText.build([("doc", evidence)], extract_atoms)
    return check_claim(claim, atoms, passage, extract_atoms(question), squash(question), sentence=atoms).result.supported


@pytest.mark.parametrize("claim, supported", [
    ("Forty per cent went on staff, with the other sixty per cent on equipment.", True),
    ("Forty per cent went on staff, and the remaining 60% on equipment.", True),
    ("Forty per cent went on staff, with the other fifty per cent on equipment.", False),   # not the rest
    ("Sixty per cent went on staff, with the other forty per cent on equipment.", False),   # the shares swapped
    ("Forty per cent went on staff and sixty per cent on equipment.", False),               # not said to be the rest
    ("Forty per cent bought equipment, and the other sixty per cent went on staff.", False),  # the rest said as the share
])
def test_a_share_said_to_be_the_rest_of_one_the_evidence_gives(claim, supported):
    assert _supported(claim, "Of the grant, 40% went on staff; the rest bought equipment.") is supported


@pytest.mark.parametrize("claim, evidence, supported", [
    ("The ferry sailed 60 minutes behind schedule.", "The ferry sailed an hour later than planned.", True),
    ("Harvest began seven days ahead of last year.", "Harvest began a week earlier than last year.", True),
    ("Harvest began eight days ahead of last year.", "Harvest began a week earlier than last year.", False),
    ("The gym stays open 60 minutes longer.", "The gym is staffed for an hour a day.", False),   # a rate's period
])
def test_a_length_the_evidence_writes_as_one_unit_in_words(claim, evidence, supported):
    assert _supported(claim, evidence) is supported


@pytest.mark.parametrize("claim, question, supported", [
    ("The orchard was planted on 9 March 2024.", "When was the orchard planted in 2024?", True),
    ("The orchard was planted on 9 March 2023.", "When was the orchard planted in 2024?", False),   # another year
    ("The orchard was planted on 10 March 2024.", "When was the orchard planted in 2024?", False),  # another day
    ("The orchard was planted on 9 March 2024.", "When was the orchard planted?", False),           # the year is new
])
def test_a_date_said_with_the_year_the_question_asks_about(claim, question, supported):
    assert _supported(claim, "The new orchard was planted on 9 March, after the frosts.", question) is supported


@pytest.mark.parametrize("claim, supported", [
    ("The club had 212 members in May, which is 38 more than the 174 it had in March.", True),
    ("The club had 212 members in May, which is 40 more than the 174 it had in March.", False),
    ("The club had 212 members in May, which is 38 in all.", False),    # no comparison
])
def test_how_many_more_one_count_is_than_another_the_evidence_gives(claim, supported):
    assert _supported(claim, "Membership reached 212 in May, up from 174 in March.") is supported


# Two values each said with what a sentence of the documents says the other with (documents about a
# harbour, a dairy and a museum, written for the rule, not taken from a labelled set)
HARBOUR = ["The pilot boat attended 31 arrivals and the harbour tug 12, and the launch made 8 runs.",
           "The outer gate opens at 06:30, so deliveries should arrive by 07:15 at the latest."]
DAIRY = ["Butterfat did not differ between the herds (Ashby herd 4.2%, Thorne herd 4.0%; p = 0.31)."]
GALLERY_ROOMS = ["| | The Print Room | The Map Room |", "| Seated talk | 90 | 45 |", "| Standing reception | 150 | 70 |"]


def _values(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    from evalkit.scoring.hallucination import exchanged_values

    return [(a.text, b.text) for a, b, _ in exchanged_values(claim, extract_atoms(claim), sentences, extract_atoms)]


@pytest.mark.parametrize("claim, sentences, found", [
    # the second part leaves its verb and unit to the first, in the sentence and the claim alike
    ("The harbour tug attended 31 arrivals and the pilot boat 12.", HARBOUR, [("31 arrivals", "12")]),
    ("The gate opens at 07:15, so deliveries should arrive by 06:30.", HARBOUR, [("07:15", "06:30")]),
    # a value in a bracket is said with the words of its bracket, not the negation before it
    ("No; the Thorne herd averaged 4.2% and the Ashby herd 4.0%.", DAIRY, [("4.2%", "4.0%")]),
    # a table binds a value to its row and its column's heading
    ("The Map Room seats 90 for a talk, and the Print Room takes 45.", GALLERY_ROOMS, [("90", "45")]),
    # right: each value with its own holder, in another order or voice
    ("The pilot boat attended 31 arrivals, and the harbour tug 12.", HARBOUR, []),
    ("The harbour tug attended 12 arrivals, against 31 for the pilot boat.", HARBOUR, []),
    ("Ashby herd 4.2%, Thorne herd 4.0%, a difference that was not significant.", DAIRY, []),
    ("The Print Room seats 90 for a talk; the Map Room takes 45.", GALLERY_ROOMS, []),
    # a value set against the other ("12, not 31") is no binding
    ("The harbour tug attended 12 arrivals, not 31.", HARBOUR, []),
    # one value alone is no exchange
    ("The harbour tug attended 31 arrivals.", HARBOUR, []),
    # a value in another unit is another value: "8 crates" is not the launch's "8 runs"
    ("The launch brought 31 arrivals in, carrying 8 crates for the harbour tug.", HARBOUR, []),
    # a number that marks a name ("Berth Two", "the Berth 12 arrivals") is part of the name, no value
    ("At Berth Two the pilot boat attended 31 arrivals.", HARBOUR, []),
    # words the claim says both values with ("arrivals") tell them apart no more than the sentence's do
    ("The harbour tug's 12 arrivals came after the pilot boat's 31 arrivals.", HARBOUR, []),
    # another sentence says the two values as the claim does: the scores for taste, not for aroma
    ("The judges gave the Alder cider 8 for taste and the Birch cider 6.",
     ["The judges gave the Alder cider 8 for taste and the Birch cider 6.",
      "For aroma the judges marked the Birch cider 8 and the Alder cider 6."], []),
    # a name the claim keeps with its own value binds it as the sentence does, whatever the verbs
    ("Okafor owned thirty per cent and kept the books, while Lindqvist, the baker, held the other seventy per cent.",
     ["Lindqvist owned 70 per cent and baked; Okafor held the other 30 per cent and kept the books."], []),
    # values of two kinds are no one holder's pair: a length of time and a sum, a bare number and a measure
    ("Paid within 14 days, the £90 fee for the mooring drops to £60.",
     ["The mooring fee is £90, or £60 if paid within 14 days."], []),
    ("Version 2.1 reads files of up to 4 GB.", ["| Setting | 1.8 | 2.1 |", "| File size limit | 2 GB | 4 GB |"], []),
])
def test_two_values_exchanged_between_their_holders(claim, sentences, found):
    assert _values(claim, sentences) == found


KENNEL_INSPECTION = ["The inspection found 3 minor defects and 1 major defect in the kennel block.",
          "Two kennels were closed for repairs."]
NURSERY = ["The nursery has 24 funded places and 6 private places for the autumn term."]
FAMILY_FARES = ["A family ticket covers 2 adults and 3 children.", "Children under 5 travel free, two per paying adult."]


def _counts(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    from evalkit.scoring.hallucination import exchanged_counts

    return [(a.text, b.text) for a, b, _ in exchanged_counts(claim, extract_atoms(claim), sentences, extract_atoms)]


@pytest.mark.parametrize("claim, sentences, found", [
    # a count said with the words the sentence counts with another number, which gives the claim's number other words
    ("There were 3 major defects and 1 minor defect.", KENNEL_INSPECTION,
     [("3 major defects", "1 major defect"), ("1 minor defect", "3 minor defects")]),
    ("The nursery offers 6 funded places.", NURSERY, [("6 funded places", "24 funded places")]),
    # right: each count with its own words, in any order, or reworded
    ("There was 1 major defect and there were 3 minor ones.", KENNEL_INSPECTION, []),
    ("The nursery has 6 private places and 24 funded places.", NURSERY, []),
    ("It has 24 funded places.", NURSERY, []),
    ("It offers 30 places in all.", NURSERY, []),
    # a count's words the sentence's count of that number also has tell nothing apart
    ("The nursery has 24 places.", NURSERY, []),
    # ... nor does the counted noun, which a sentence may leave to the number ("two per paying adult")
    ("Two children under five travel free with each paying adult.", FAMILY_FARES, []),
    # (two counted nouns swapped are left to the atoms' misbinding: no modifier tells the counts apart)
    ("The family ticket covers 3 adults and 2 children.", FAMILY_FARES, []),
])
def test_a_count_exchanged_between_the_words_one_sentence_counts(claim, sentences, found):
    assert _counts(claim, sentences) == found


def test_a_value_exchange_is_a_hallucination_end_to_end(tmp_path):
    score = _scorer(tmp_path, "Harbour year 2026", "# Harbour year 2026\n\n" + " ".join(HARBOUR) + "\n",
                    [{"id": "h1", "question": "How many arrivals did the pilot boat attend?", "answer": "31."}])
    r = score("h1", "The harbour tug attended 31 arrivals and the pilot boat 12.")
    assert r.hallucinated and any(f.reason == "misbound" for c in r.claims for f in c.unsupported)
    assert not score("h1", "The pilot boat attended 31 arrivals and the harbour tug 12.").hallucinated


def _tabled(claim: str, sentences: list[str]) -> list[tuple[str, str]]:
    from evalkit.scoring.hallucination import misplaced_in_tables

    return [(a.text, b.text) for a, b, _ in misplaced_in_tables(claim, extract_atoms(claim), sentences, extract_atoms)]


@pytest.mark.parametrize("claim, found", [
    # the value of the "Standing reception" row said with the "Seated talk" row's words
    ("The Map Room can seat 70 people for a talk.", [("70 people", "45")]),
    # the value of the Print Room's column said with the Map Room's heading
    ("The Map Room holds 150 for a standing reception.", [("150", "70")]),
    # right: the value with its own row and column, or with no holder at all
    ("The Map Room holds 70 for a standing reception.", []),
    ("For a talk the Map Room seats 45.", []),
    ("70 people.", []),
    # the claim names its own row as well: it may set the two apart
    ("The Map Room takes 70 standing, though fewer for a seated talk.", []),
    # one part with two values: whose words are whose is not told
    ("The Map Room seats 45 for a talk against 150 standing in the Print Room.", []),
])
def test_a_table_value_said_with_another_rows_words(claim, found):
    assert _tabled(claim, GALLERY_ROOMS) == found


def test_a_row_is_named_by_its_first_cell():
    # "water" of another row's source names no row ("Zone A" and "Zone B" differ by a mark alone)
    zones = ["| Zone | Source | Hardness |", "| Zone A | Lake | 40 mg/l |", "| Zone B | Lake and river water | 150 mg/l |"]
    assert _tabled("Water in Zone A averages 40 mg/l.", zones) == []


@pytest.mark.parametrize("text, mark", [
    ("the Zone 3 sowing window", True),     # a counted noun after a label's number
    ("**Act Two** lasts an hour", True),
    ("and Kelby Marsh 3.6 eggs", False),    # a decimal is a value
    ("Dunmere 5 kg", False),                # so is a measure
    ("the harbour tug 12", False),          # after no capitalised word
])
def test_a_number_that_marks_a_name(text, mark):
    from evalkit.scoring.hallucination import _mark_of_a_name

    atoms = [a for a in extract_atoms(text) if a.kind in ("number", "quantity")]
    assert any(_mark_of_a_name(text, a) for a in atoms) is mark


def test_a_sentence_outside_the_table_rebinds_its_value():
    # an amendment gives Saturday the Sunday row's time: the claim says it as the amendment does
    timetable = ["| Day | First warning |", "| Saturday | 10:30 |", "| Sunday | 10:00 |",
                 "The first warning on Saturday is brought forward to 10:00."]
    assert _tabled("On Saturday the first warning is at 10:00.", timetable) == []
    assert _tabled("On Saturday the first warning is at 10:00.", timetable[:3]) == [("10:00", "10:30")]


def test_the_first_column_heads_the_rows():
    # the "Account" heading names the rows' kind: the claim's "account" names no column of values
    accounts = ["| Account | Minimum | Notice |", "| Saver, balances of £1,000 to £9,999 | £1,000 | 30 days |",
                "| Bond | £5,000 | none |"]
    assert _tabled("At least £1,000 has to stay in the account.", accounts) == []


# --- names: an accented name, a bare post's holder, initials (a lifeboat station's handbook) ---

LIFEBOAT = """# Porthwen Lifeboat Station — crew handbook

## Who's who

- **Dafydd Rees**, Station Mechanic — keeps the engines running.
- **Zoë Maddox**, Launch Authority — authorises every launch.

The Station Mechanic signs off each engine check. The Launch Authority decides whether the boat
goes out in a gale. Crew must live within 8 minutes of the boathouse.

## Training log

**Gethin Powell** and **Lowri Jenkins**

G.P. ran the winter navigation course; L.J. ran the first-aid refresher.
"""

LIFEBOAT_ITEMS = [
    {"id": "p1", "question": "Who signs off each engine check?", "answer": "The Station Mechanic."},
    {"id": "p2", "question": "Who decides whether the boat goes out in a gale?", "answer": "Zoë Maddox."},
    {"id": "p3", "question": "How close to the boathouse must crew live?", "answer": "Within 8 minutes."},
]


@pytest.fixture(scope="module")
def lifeboat(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("lifeboat"), "Porthwen Lifeboat Station — crew handbook", LIFEBOAT,
                   LIFEBOAT_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a bare post after its holder ("**Dafydd Rees**, Coxswain —") names him, and he names it
    ("p1", "Dafydd Rees signs it off.", True),
    ("p2", "The Launch Authority decides.", True),
    ("p1", "Zoë Maddox signs it off.", False),               # another post's holder
    ("p2", "The Station Mechanic decides.", False),          # another post
    # an accented name said alone and in the possessive is the one the documents write
    ("p3", "Within 8 minutes, according to Zoë's handbook.", True),
    ("p3", "Within 8 minutes, according to Renée's handbook.", False),   # a name no document writes
    # initials the documents write for a person are that person: the act stays theirs
    ("p3", "Within 8 minutes. Lowri Jenkins ran the first-aid refresher.", True),
    ("p3", "Within 8 minutes. Gethin Powell ran the first-aid refresher.", False),   # L.J.'s act
])
def test_names_in_their_other_forms(lifeboat, item_id, answer, right):
    assert _right(lifeboat(item_id, answer)) is right


def test_a_title_and_surname_the_documents_write_is_the_one_person_of_that_surname():
    doc = ("The trial was designed by Ines Kallberg and Tomas Reuter. Professor Kallberg later re-ran the "
           "analysis with the corrected data.")
    vocab = Vocabulary.of([doc])
    key = extract_atoms("Ines Kallberg.")[0]
    answer = "Professor Kallberg, the senior author, re-ran it."
    assert covered(key, extract_atoms(answer), squash(answer), tokens(answer), vocab, answer=answer)
    # two people of that surname: the title and surname name neither
    vocab2 = Vocabulary.of([doc + " Dr Anna Kallberg collected the samples."])
    assert not covered(key, extract_atoms(answer), squash(answer), tokens(answer), vocab2, answer=answer)


@pytest.mark.parametrize("answer, key_text, right", [
    ("A year's probation.", "A 12-month probation.", True),
    ("Book it a day in advance.", "Book it 24 hours in advance.", True),
    ("A week's notice.", "7 days' notice.", True),
    ("A year's probation.", "A 6-month probation.", False),          # one unit, another length
    ("It costs £5 per day.", "Book it 24 hours in advance.", False),   # a rate's period, no length
])
def test_a_length_stated_as_one_of_a_larger_unit(answer, key_text, right):
    key = next(a for a in extract_atoms(key_text) if a.kind == "quantity")
    assert covered(key, extract_atoms(answer), squash(answer), tokens(answer), Vocabulary(),
                   source=key_text, answer=answer) is right


def test_a_post_ends_where_a_second_predicate_opens():
    sentences = ["Dr Irene Salo, a consultant radiologist, joined the board in May."]
    question = "Who joined the board in May?"
    for claim in ("She is a consultant radiologist and joined the board in May.",
                  "She is a consultant radiologist and took a seat on the board in May."):
        assert unfound_roles(claim, extract_atoms(claim), question, sentences) == [], claim
    # a noun joined to the post is still the post's: a post the documents never give
    claim = "She is a consultant radiologist and retired surgeon."
    assert unfound_roles(claim, extract_atoms(claim), question, sentences)


def test_a_bare_post_names_its_holder_only_read_the_right_way_round():
    vocab = Vocabulary.of(["- **Ruth Okafor**, Head of Safety — signs every permit.",
                           "Checked by the Site Engineer, Alan Pryce. Signed by the Works Manager, Gareth Linde."])
    assert (("Head", "of", "Safety"), ("Okafor",)) in vocab.held
    # "Site Engineer, Alan Pryce" read bare would make "Alan Pryce" a post: a first name may be an
    # everyday word, and the surname is none
    assert not any(post[-1] in ("Pryce", "Linde") for post, _ in vocab.held)


def test_hyphenated_compounds_of_a_claim_and_a_sentence_are_read_apart():
    # the compounds of a claim with a sentence (each one word in `_words_shared`) are each text's
    # own, memoised per text: no compound spans the space between the two
    from evalkit.scoring.hallucination import _COMPOUND_RE, _compounds, _stems

    claim, sentence = "The chef-patron booked a follow-up", "a 52-cover room; well- run -- x-ray"
    assert _compounds(claim) == (frozenset({"chef", "patron"}), frozenset({"follow", "up"}))
    assert _compounds(sentence) == (frozenset({"52", "cover"}), frozenset({"x", "ray"}))
    for a, b in [(claim, sentence), ("a sign-", "-in sheet"), ("pick-up", "drop-off"), ("", "co-op")]:
        together = [f for m in _COMPOUND_RE.finditer(a + " " + b) if len(f := _stems(m.group())) > 1]
        assert [*_compounds(a), *_compounds(b)] == together


# --- additions about the documents themselves, attributed to one, houses by number, families -----

def test_an_addition_may_describe_a_document_by_the_words_of_its_title():
    sentences = ["Ms Ortega chairs the allotment board.", "Plot rents rise to £40 from April."]
    titles = ["Letter from the chair to plot holders: revised rents and parking permits (3 May)"]
    claim = "Ms Ortega chairs the board; she also wrote the 3 May letter about the revised rents and the parking permits."
    question = "Who chairs the allotment board?"
    assert unfound_addition(claim, [], question, sentences) is not None      # no sentence says it
    assert unfound_addition(claim, [], question, sentences, titles=titles) is None   # the title does
    invented = "Ms Ortega chairs the board; she also wrote the club's history and founded the seed swap."
    assert unfound_addition(invented, [], question, sentences, titles=titles) is not None


@pytest.mark.parametrize("claim, found", [
    ("According to the newsletter, the kiln was also repaired in spring with new shelves.", True),
    ("The newsletter also confirms that the kiln was repaired in spring with new shelves.", True),
    # a person is no document: the words stay the addition's
    ("According to the treasurer, the kiln was also repaired in spring with new shelves.", False),
    # attributed to a document, and still invented
    ("According to the newsletter, the club also bought a second kiln from a closing school.", False),
])
def test_the_words_attributing_an_addition_to_a_document_are_none_of_its_content(claim, found):
    sentences = ["The kiln was repaired in spring.", "Members fire their pots on Thursdays."]
    titles = ["Pottery club newsletter, April issue"]
    assert (unfound_addition(claim, [], "When do members fire their pots?", sentences, titles=titles) is None) is found


HOUSES = """# Allotment committee minutes, 12 June
Complaints about bonfire smoke came from 4 and 9 Mill Lane. The committee agreed that the new water
trough will be placed beside plot 11, at least 5 metres from the hedge of 9 Mill Lane.
"""
HOUSE_ITEMS = [
    {"id": "h1", "question": "Who complained about bonfire smoke?", "answer": "The occupiers of 4 and 9 Mill Lane."},
    {"id": "h2", "question": "Which house on Mill Lane must the trough be kept away from?", "answer": "9 Mill Lane."},
    {"id": "h3", "question": "How far from the hedge must the trough be?", "answer": "At least 5 metres."},
]


@pytest.fixture(scope="module")
def houses(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("houses"), "Allotment committee minutes", HOUSES, HOUSE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # "No. 9" names the house "9 Mill Lane" does
    ("h1", "The residents of Nos. 4 and 9 Mill Lane.", True),
    ("h2", "No. 9.", True),
    ("h3", "At least 5 metres, measured from the hedge of No. 9.", True),
    # another house is no house the minutes give
    ("h1", "The residents of Nos. 4 and 7 Mill Lane.", False),
    ("h2", "No. 4.", False),
    ("h3", "At least 5 metres, measured from the hedge of No. 6.", False),
])
def test_a_house_named_by_number_sign_is_the_house_its_street_number_names(houses, item_id, answer, right):
    assert _right(houses(item_id, answer)) is right


FAMILY = """# Quotation for a garden room
Customer: Mr Tom Farrow and Mrs Ana Farrow, 3 Beck Road.
A deposit of £200 is due on signing. The balance is due on completion.
"""


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("family"), "Quotation for a garden room", FAMILY,
                   [{"id": "f1", "question": "When is the deposit due?", "answer": "On signing."}])


@pytest.mark.parametrize("answer, right", [
    ("On signing; the Farrows pay £200 then.", True),     # the family the documents name
    ("On signing; the Harrows pay £200 then.", False),    # a family they never name
    ("On signing; the Farrows pay £300 then.", False),
])
def test_a_surname_in_the_plural_names_the_family_the_documents_give_it(family, answer, right):
    assert _right(family("f1", answer)) is right


# --- one name, written short, by an acronym for part of it, or spelled out by the answer ---------

LOANS_POLICY = ("# Loans policy\n\nThe loans register is kept by Dr Helen Marsh, Senior Conservation Officer.\n\n"
          "Packing follows the Art Handling Guide NMDC Annex (2019).\n\n"
          "A lender may refer a dispute to the Heritage Inspectorate within 6 weeks of the decision.\n")
LOANS_POLICY_ITEMS = [
    {"id": "m1", "question": "Who keeps the loans register?", "answer": "Dr Helen Marsh, Senior Conservation Officer."},
    {"id": "m2", "question": "Which annex does packing follow?", "answer": "The Art Handling Guide NMDC Annex."},
    {"id": "m3", "question": "Where can a lender refer a dispute?",
     "answer": "To the Heritage Inspectorate, within 6 weeks of the decision."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "Dr Helen Marsh, Snr Conservation Officer.", True),       # a contraction: first, last, in order
    ("m1", "Dr Helen Marsh, Senior Conservation Manager.", False),   # another post
    ("m2", "The Art Handling Guide National Museum Directors Council Annex.", True),
    ("m2", "The Art Handling Guide National Museum Curators Council Annex.", False),   # spells no NMDC
    # an abbreviation the answer spells out in brackets is the name its words are
    ("m3", "To HINS (the Heritage Inspectorate), within 6 wks of the decision.", True),
    ("m3", "To HINS (the Heritage Inspection Service), within 6 weeks of the decision.", False),   # words absent
])
def test_one_name_written_another_way_is_in_the_evidence(tmp_path, item_id, answer, right):
    score = _scorer(tmp_path, "Loans policy", LOANS_POLICY, LOANS_POLICY_ITEMS)
    assert _right(score(item_id, answer)) is right


# Each sentence names one of the apprentice, the charity and the cakes (none adjacent to another):
# a clause that relates them states what no sentence does.
_BAKERY = ["The apprentice starts work at 5 am.",
           "The bakery opens at 7 am from Tuesday to Saturday.",
           "A local charity runs a food bank in the church hall.",
           "Sourdough loaves cost £4.50 each.",
           "Orders for celebration cakes need three days' notice.",
           "Anything left at closing time is sold at half price."]


@pytest.mark.parametrize("claim, follows, invented", [
    # a clause cut from the answer's sentence (", and", ", which", "; "): a claim of its own, in lower
    # case, whose own subject relates things the documents name only apart
    ("and the apprentice takes the unsold cakes to the charity on his way home.", True,
     "and the apprentice takes the unsold cakes to the charity on his way home"),
    ("which the apprentice takes to the charity with the unsold cakes on his way home.", True,
     "which the apprentice takes to the charity with the unsold cakes on his way home"),
    ("the apprentice takes the unsold cakes to the charity on his way home.", True,
     "the apprentice takes the unsold cakes to the charity on his way home"),
    # near-misses: the answer's own first claim (nothing before it to cut it from); the documents'
    # statement, its words in one sentence; a pronoun subject (more of what the answer speaks of);
    # too few words to judge; two of its words in one sentence (orders of celebration cakes); a
    # pronoun for the answer's fact as its object (where the fact is written, not a fact of its own)
    ("and the apprentice takes the unsold cakes to the charity on his way home.", False, None),
    ("and the apprentice starts work at 5 am before the bakery opens.", True, None),
    ("and they're taken to the charity by the apprentice on his way home.", True, None),
    ("and the apprentice takes the cakes.", True, None),
    ("and the apprentice orders the charity's celebration cakes at closing time.", True, None),
    ("and the charity's weekly newsletter lists that among its bargains.", True, None),
])
def test_a_clause_cut_from_the_answer_relating_what_the_documents_name_apart(claim, follows, invented):
    question = "How much is a sourdough loaf?"
    found = unfound_conditions(claim, extract_atoms(claim), question, _BAKERY, follows=follows)
    assert [d.said for d in found] == ([invented] if invented else [])


_ALLOTMENTS = ["Plot holders pay an annual rent of £48.",
               "The communal shed stores the society's mower and strimmer.",
               "The treasurer, Priya Nair, collects the rent every March.",
               "Water troughs are turned off between November and February.",
               "The autumn show is judged by a visiting horticulturist.",
               "Bonfires are banned on all plots."]


@pytest.mark.parametrize("claim, follows, before, invented", [
    # a relative clause on the answer's thing (the shed) whose words stand only in sentences about
    # other things (the treasurer, the show), two of them words the documents never use: inside the
    # claim, or cut from it at ", which"
    ("In the communal shed, which Priya Nair locks with a padlock after the autumn show.", False, "",
     "which Priya Nair locks with a padlock after the autumn show"),
    ("which Priya Nair locks with a padlock after the autumn show.", True, "In the communal shed,",
     "which Priya Nair locks with a padlock after the autumn show"),
    ("In the communal shed, which the horticulturist uses for potting.", False, "",
     "which the horticulturist uses for potting"),
    # near-misses: the sentence naming the shed holds its words (new words of the answer's own
    # aside); a cut clause with no claim before it to name its thing; too few words to judge; a verb
    # of seeming, the answerer's impression
    ("In the communal shed, which also houses the society's old strimmer.", False, "", None),
    ("which also houses the society's old strimmer.", True, "In the communal shed,", None),
    ("In the communal shed, which is padlocked.", False, "", None),
    ("In the communal shed, which looks like the horticulturist's plot.", False, "", None),
])
def test_a_relative_clause_saying_of_its_thing_what_no_sentence_naming_it_holds(claim, follows, before, invented):
    question = "Where is the mower kept?"
    found = unfound_conditions(claim, extract_atoms(claim), question, _ALLOTMENTS, follows=follows, before=before)
    assert [d.said for d in found] == ([invented] if invented else [])


def test_an_answer_with_a_relative_clause_on_another_thing_s_words(tmp_path):
    # end to end: the relative clause cut at ", which" is read against the claim before it
    score = _scorer(tmp_path, "Allotment rules", "# Allotment rules\n\n" + " ".join(_ALLOTMENTS) + "\n",
                    [{"id": "a1", "question": "Where is the mower kept?", "answer": "In the communal shed."}])
    assert _right(score("a1", "In the communal shed, which also houses the society's old strimmer."))
    wrong = score("a1", "In the communal shed, which the horticulturist uses for potting.")
    assert wrong.hallucinated and not _right(wrong)


_POOL = ["The main pool is heated to 29 °C.",
         "Lane swimming runs from 6:30 am to 9 am on weekdays.",
         "The learner pool is closed on Mondays for cleaning.",
         "Lockers take a £1 coin, which is returned.",
         "The sauna is reserved for adults over 18."]
_BIKE_SHOP = ["A basic service costs £45 and takes two working days.",
              "Puncture repairs are done while you wait.",
              "The workshop is closed on Sundays.",
              "E-bike batteries are tested with a diagnostic charger."]


@pytest.mark.parametrize("claim, question, sentences, invented", [
    # a participle set off by a comma, a relative clause with "which is" left out, saying of what
    # precedes it what no sentence naming that thing holds, two or more of its words unused
    ("From 6:30 am to 9 am on weekdays, shared with two volunteer marshals from the triathlon club.",
     "When does lane swimming run?", _POOL, "shared with two volunteer marshals from the triathlon club"),
    ("The main pool is heated to 29 °C, drawing its warmth from solar panels on the roof.",
     "How warm is the main pool?", _POOL, "drawing its warmth from solar panels on the roof"),
    ("£45, charged in advance through the shop's loyalty app.", "How much is a basic service?", _BIKE_SHOP,
     "charged in advance through the shop's loyalty app"),
    ("With a diagnostic charger, calibrated each spring at the manufacturer's depot in Leeds.",
     "How are e-bike batteries tested?", _BIKE_SHOP, "calibrated each spring at the manufacturer's depot in Leeds"),
    # near-misses: the sentence naming the thing holds the participle's words (one new word); too few
    # words to judge; a participle that is a preposition ("including"); a comma closing an opening
    # prepositional phrase, whose gerund is the subject, no reduced clause
    ("A basic service costs £45, taking two working days.", "How much is a basic service?", _BIKE_SHOP, None),
    ("From 6:30 am to 9 am, leaving the learner pool closed on Mondays for cleaning.",
     "When does lane swimming run?", _POOL, None),
    ("The main pool is heated to 29 °C, measured daily.", "How warm is the main pool?", _POOL, None),
    ("From 6:30 am to 9 am, including bank holiday mornings in the summer.", "When does lane swimming run?",
     _POOL, None),
    ("Until 9 am, booking a lane with the volunteer marshals costs nothing.", "When does lane swimming run?",
     _POOL, None),
    ("By contrast, booking a lane with the volunteer marshals costs nothing.", "When does lane swimming run?",
     _POOL, None),
    # the doer or means that answers a question asking how is the answer itself (as for a by-phrase)
    ("With a diagnostic charger, supervised by the manufacturer's technician.", "How are e-bike batteries tested?",
     _BIKE_SHOP, None),
    # a participle closed by a comma ends there: the main clause after it is no part of it
    ("The main pool, heated to 29 °C, is open to volunteer marshals from the triathlon club.",
     "How warm is the main pool?", _POOL, None),
])
def test_a_detached_participle_saying_of_its_thing_what_no_sentence_naming_it_holds(claim, question, sentences,
                                                                                   invented):
    found = unfound_conditions(claim, extract_atoms(claim), question, sentences)
    assert [d.said for d in found] == ([invented] if invented else [])


def test_an_answer_with_a_detached_participle_on_another_thing_s_words(tmp_path):
    # end to end: the reduced relative clause is held to the relative clause's bar
    score = _scorer(tmp_path, "Bike shop", "# Bike shop\n\n" + " ".join(_BIKE_SHOP) + "\n",
                    [{"id": "s1", "question": "How much is a basic service?", "answer": "£45."}])
    assert _right(score("s1", "A basic service costs £45, taking two working days."))
    wrong = score("s1", "£45, charged in advance through the shop's loyalty app.")
    assert wrong.hallucinated and not _right(wrong)


def test_an_answer_with_a_clause_cut_from_it_the_documents_never_relate(tmp_path):
    # end to end: the answer's second claim, cut at ", and", is held to the cut clause's bar
    score = _scorer(tmp_path, "Bakery notes", "# Bakery notes\n\n" + " ".join(_BAKERY) + "\n",
                    [{"id": "k1", "question": "How much is a sourdough loaf?", "answer": "£4.50."}])
    assert _right(score("k1", "£4.50 each, and the bakery opens at 7 am from Tuesday to Saturday."))
    wrong = score("k1", "£4.50 each, and the apprentice takes the unsold cakes to the charity on his way home.")
    assert wrong.hallucinated and not _right(wrong)


def _misdirected_after(claim: str, previous: str, evidence: list[str], question: str = "") -> list[str]:
    from evalkit.scoring.hallucination import misdirected
    return [claim[s.start:s.end] for s, _, _ in misdirected(claim, extract_atoms(claim), evidence, extract_atoms,
                                                            question, previous=previous)]


_SEEDS = ["Each grower sends a sample of 5% of the seed lots, and never fewer than twelve.",
          "The lab tests twelve varieties each season."]


@pytest.mark.parametrize("claim, previous, found", [
    # a claim too short to align alone continues the one before it: read with it, it aligns with
    # the sentence that bounds its value, and a bound turned round there is found
    ("but never more than twelve.", "Each grower sends 5% of the seed lots,", ["never more than twelve"]),
    ("and at most twelve.", "Growers send 5% of their seed lots,", ["at most twelve"]),
    # near-misses: the bound kept, or no claim before it to read with
    ("but never fewer than twelve.", "Each grower sends 5% of the seed lots,", []),
    ("but never more than twelve.", "", []),
])
def test_a_continuing_claims_bound_is_read_with_the_claim_before(claim, previous, found):
    assert _misdirected_after(claim, previous, _SEEDS) == found


_SHOW = ["Entries must reach the secretary no later than twelve days before the show.",
         "The show has classes for fruit, vegetables and flowers."]


@pytest.mark.parametrize("claim, previous, found", [
    # a continuation (it opens with a coordinating word) is read with the claim before it
    ("and at most twelve days before the show.", "Entries must reach the secretary,", ["at most twelve days"]),
    # a claim of its own is not: its "up to 12" bounds another thing than the deadline before it
    ("From 2027 the fee can be spread over up to 12 monthly payments, but the deadline still applies.",
     "Entries must reach the secretary no later than twelve days before the show.", []),
])
def test_only_a_continuing_claim_is_read_with_the_claim_before(claim, previous, found):
    assert _misdirected_after(claim, previous, _SHOW, "When must entries arrive?") == found


@pytest.mark.parametrize("claim, found", [
    # someone named who says it: the verb of saying frames the clause, it is none of its content
    ("Dr Osei also confirmed that the kiln was repaired in spring with new shelves and lights.", True),
    ("Dr Osei also said they repaired the kiln in spring with new shelves and lights.", True),
    ("The newsletter also confirmed later that the kiln was repaired in spring with new shelves and lights.", True),
    # near-misses: what the person said is still invented; a verb of an act is no saying
    ("Dr Osei also confirmed that the club bought a second kiln from a closing school.", False),
    ("Dr Osei also added new shelves and lights to the shed and painted its door.", False),
])
def test_a_named_speakers_verb_of_saying_is_none_of_an_additions_content(claim, found):
    sentences = ["The kiln was repaired in spring.", "Members fire their pots on Thursdays.", "Dr Osei runs the club."]
    titles = ["Pottery club newsletter, April issue"]
    assert (unfound_addition(claim, [], "When do members fire their pots?", sentences, titles=titles) is None) is found


# --- forms of a right answer: a name spelled out for an acronym, a length between two clock times,
# a share coming to an amount, a name's words written short, a code for "under N" -----------------

_PORT = """# Harbour notice
Skippers must register with the MCA before sailing. Report collisions to the MAIB within 24 hours.
Logs go to the Vessel and Crew Register (VCR), kept at the office.
The harbour master is Ruth Ellery. Visitors pay £12 a night.
Pilot training runs 9:15-11:45 on Saturdays.
Of the £90,000 harbour budget, £30,000 is set aside for dredging. The trust awarded the sailing school
£6,000: it will release £4,000 now and the remaining £2,000 once receipts are received.
Mooring fees rose 18% year over year. Our Head of Information Security, Priya Nair, reviewed the booking system.
| Class | Rating band |
| Cadet | Under 1200 |
"""

_PORT_ITEMS = [
    {"id": "p1", "question": "Who must skippers register with?", "answer": "The MCA."},
    {"id": "p2", "question": "When does pilot training run?", "answer": "9:15 to 11:45 on Saturdays."},
    {"id": "p3", "question": "How much of the harbour budget is set aside for dredging?", "answer": "£30,000."},
    {"id": "p4", "question": "How will the trust's grant be paid?", "answer": "£4,000 now and £2,000 once receipts are received."},
    {"id": "p5", "question": "Who reviewed the booking system?", "answer": "Priya Nair, Head of Information Security."},
    {"id": "p6", "question": "How much did mooring fees rise?", "answer": "18% year over year."},
    {"id": "p7", "question": "Which rating band is the Cadet class for?", "answer": "Under 1200."},
    {"id": "p8", "question": "Where do logs go?", "answer": "To the VCR."},
]


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("port"), "Harbour notice", _PORT, _PORT_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a name written in full for an acronym the documents write, its parts joined by "and"
    ("p1", "The Maritime and Coastguard Agency.", True),
    ("p1", "The Marine Accident Board.", False),
    ("p8", "To the Vessel and Crew Register.", True),
    ("p8", "To the Vehicle and Cargo Register.", False),   # the acronym's letters, not its definition
    # the length between two times of day the answer gives, written without am/pm
    ("p2", "9:15-11:45 on Saturdays (2.5 hrs).", True),
    ("p2", "From 9:15 to 11:45 on Saturdays, two and a half hours.", True),
    ("p2", "9:15-11:45 on Saturdays (3.5 hrs).", False),
    # a share in words of an amount that comes to one the documents give
    ("p3", "A third of the £90,000 budget.", True),
    ("p3", "A quarter of the £90,000 budget.", False),
    ("p4", "Two-thirds now (£4,000) and the final third (£2,000) once receipts are in.", True),
    ("p4", "Three-quarters now (£4,000) and the final quarter (£2,000) once receipts are in.", False),
    # a name's words written short as one word of capitalised parts
    ("p5", "Priya Nair, the Head of InfoSec.", True),
    ("p5", "Priya Nair, the Head of CyberSec.", False),
    # an acronym of a phrase the documents write ("year over year")
    ("p6", "Up 18% YoY.", True),
    ("p6", "Up 18% QoQ.", False),
    # a code of the initial of the word before a number ("Under 1200")
    ("p7", "U1200.", True),
    ("p7", "U1400.", False),
])
def test_right_answers_in_other_forms(port, item_id, answer, right):
    assert _right(port(item_id, answer)) is right


_LETTER = """# Claim decision
Mr Owen Fox and Mrs Ada Fox reported the leak on 3 May. Harbourline will pay within 10 working days of
the offer being accepted.
"""


@pytest.mark.parametrize("answer, right", [
    ("Harbourline will pay within 10 working days of the Foxes accepting the offer.", True),   # "es" after x
    ("Harbourline will pay within 10 working days of the Hartleys accepting the offer.", False),   # no such family
])
def test_a_surname_ending_in_a_hiss_takes_es_in_the_plural(tmp_path, answer, right):
    score = _scorer(tmp_path, "Claim decision", _LETTER,
                    [{"id": "f1", "question": "When will Harbourline pay?", "answer": "Within 10 working days of acceptance."}])
    assert _right(score("f1", answer)) is right


# --- what the paraphrase test reads when a clause beside the answer is not found (a dental practice
# and a boatyard; written after the rule) ---

_SURGERY = ["A routine check-up at the Larch Road practice costs £28.",
            "Hygienist appointments last 30 minutes and are booked at reception.",
            "The boatyard lifts boats out of the water in October and relaunches them in April."]


@pytest.mark.parametrize("question, claim, follows, beside", [
    # a clause beside a value the claim states: the value would lift the whole claim's likeness to the
    # sentence that gives it, so the clause is read too
    ("How much is a check-up?", "£28, and the dentist sends a reminder card to every patient a month before.", False,
     "and the dentist sends a reminder card to every patient a month before."),
    ("When are boats relaunched?", "In April, and the yard repaints every hull with antifouling before launch.", False,
     "and the yard repaints every hull with antifouling before launch."),
    # near-misses: a relative clause or a condition says something of the answer's own statement; no
    # value or name before the clause (words alone); the clause cut from the answer as a claim of its
    # own: the claim alone is read
    ("How much is a check-up?", "£28, which the dentist waives for every patient under eighteen.", False, ""),
    ("How much is a check-up?", "£28, if the dentist sends a reminder card to every patient a month before.", False, ""),
    ("Where are hygienist appointments booked?",
     "At reception, and the dentist sends a reminder card to every patient a month before.", False, ""),
    ("How much is a check-up?", "and the dentist sends a reminder card to every patient a month before.", True, ""),
])
def test_the_paraphrase_test_reads_the_clause_beside_the_answer_s_value(question, claim, follows, beside):
    from evalkit.scoring.builtin import _beside

    atoms = extract_atoms(claim)
    clauses = unfound_conditions(claim, atoms, question, _SURGERY, follows=follows)
    assert clauses
    assert _beside(claim, atoms, clauses, addition=False) == beside
    # an addition is a finding on the whole claim: the claim alone is read
    assert _beside(claim, atoms, clauses, addition=True) == ""


LOCK = ("# Wellham lock works\n\nThe Wellham lock was drained on 3 March 2026 so that its gates could be replaced. "
        "The lock reopened to boats on 28 April 2026, 3 weeks later than planned. The new gates are made of green oak.\n")


def test_a_length_worked_out_from_two_dates_is_no_invention(tmp_path):
    # the weeks between two dates the answer gives are its working (`arithmetic.elapsed`), bound to
    # no sentence: the reopening sentence's "3 weeks" neither contradicts nor misbinds them
    score = _scorer(tmp_path, "Wellham lock works", LOCK,
                    [{"id": "l1", "question": "When did the lock reopen?", "answer": "On 28 April 2026."}])
    assert _right(score("l1", "It reopened on 28 April 2026, so it was closed to boats for eight weeks from 3 March."))
    assert _right(score("l1", "On 28 April 2026; drained on 3 March, it was closed for eight weeks."))
    assert _right(score("l1", "The lock reopened to boats on 28 April 2026, eight weeks after it was drained on 3 March."))
    assert not _right(score("l1", "It reopened on 28 April 2026, so it was closed to boats for six weeks from 3 March."))
    assert not _right(score("l1", "The lock reopened to boats on 28 April 2026, six weeks after it was drained on 3 March."))



_SURVEY = """# Bat survey
The survey was signed off by Dr Lena Cho IEng, the site engineer, on 4 June.
"""
_SURVEY_ITEMS = [
    {"id": "s1", "question": "Who signed off the bat survey?", "answer": "Dr Lena Cho IEng, the site engineer."},
]


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("survey"), "Bat survey", _SURVEY, _SURVEY_ITEMS)


@pytest.mark.parametrize("answer, right", [
    # a word of capitalised parts, one a lone initial, written out: "IEng" is "Incorporated Engineer"
    ("Dr Lena Cho, Incorporated Engineer, the site engineer.", True),
    ("Dr Lena Cho, Chartered Engineer, the site engineer.", False),
    ("Dr Lena Cho IEng.", True),
])
def test_a_post_nominal_of_capitalised_parts_written_out(survey, answer, right):
    assert _right(survey("s1", answer)) is right


@pytest.mark.parametrize("claim, found", [
    # a sentence of the value and its bound alone (a reference) is the one a short claim answers with
    ("At least 14 working days.", ["At least 14 working days"]),
    ("No more than 14 working days.", []),
    ("14 working days at most.", []),
])
def test_a_bound_turned_round_against_a_sentence_of_the_bound_alone(claim, found):
    evidence = ["Up to 14 working days.",
                "The planning team may extend a consultation by up to **14 working days** on request.",
                "| Stage | Length | |---|---| | Consultation | weeks 2–14 |"]
    assert _misdirected_after(claim, "", evidence, "What is the longest extension the planning team can grant?") == found


def test_a_sentence_with_words_of_its_own_is_not_a_bound_alone():
    # "for householders" is more than the value and its bound: the claim does not align with it alone
    from evalkit.scoring.hallucination import _bounding, _says_no_more
    alone, more = "Up to 14 working days.", "Up to 14 working days for householders."
    atom = extract_atoms(alone)[0]
    stated = _bounding(atom, [alone, more], extract_atoms)
    text = "How long can it be extended? At least 14 working days."
    assert _says_no_more(alone, stated[alone], text) and not _says_no_more(more, stated[more], text)


_TARIFF = ("# Tariff notice\n\nThe loyalty discount is reduced from 8% to 6% for the coming season, but the "
           "booking deadline moves from 1 May to 15 May. Standard pitch fees are unchanged.\n")


@pytest.mark.parametrize("answer, right", [
    ("The loyalty discount goes up from 6% to 8% for the coming season.", False),
    ("The loyalty discount is cut from 8% to 6% for the coming season.", True),
    ("The loyalty discount is 6% for the coming season.", True),
])
def test_a_full_change_against_the_documents_when_the_reference_gives_the_value_only(tmp_path, answer, right):
    # the reference states no change: a change the answer gives both values of is read against
    # the document sentence about the same thing
    score = _scorer(tmp_path, "Tariff notice", _TARIFF,
                    [{"id": "t1", "question": "What loyalty discount applies for the coming season?", "answer": "6%."}])
    assert _right(score("t1", answer)) is right


# --- a detail the reference adds outside its key clause, left out beside a true value of the answer's own

_REFUND = """# Harlow Street dental practice: refund letter

Ms Okafor cancelled her crown. The practice refunds £80 in total: the £60 crown deposit and the £20 booking fee.
She had paid £140 at her first visit on 2 May. The crown itself would have cost £395.
"""
_REFUND_ITEMS = [{"id": "d1", "question": "How much is refunded to Ms Okafor?", "answer": "£80 (£60 plus £20)."}]


@pytest.fixture(scope="module")
def refund(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("refund"), "Harlow Street dental refund", _REFUND, _REFUND_ITEMS)


@pytest.mark.parametrize("answer, right", [
    # the reference's aside (£60 plus £20) is a detail it adds: £140 and £395 are the documents' own
    # values, said of their own things, not put in its place
    ("£80 goes back to her card; she had paid £140 at her first visit.", True),
    ("£80, refunded to her card, of the £140 she paid on 2 May.", True),
    ("£80 in all. The crown itself would have cost £395.", True),
    # near-misses: a value the documents do not give is still flagged, and so is a swapped key fact
    ("£80 goes back to her card; she had paid £150 at her first visit.", False),
    ("£80: the £60 deposit and a £30 booking fee.", False),
    ("£140 goes back to her card.", False),
    ("£60 goes back to her card; she had paid £140 at her first visit.", False),
])
def test_a_detail_the_reference_adds_is_not_swapped_by_a_true_value(refund, answer, right):
    assert _right(refund("d1", answer)) is right


ORCHARD_SCHEME = """# Westvale Fruit Growers: grading rules for the 2027 harvest

Every member orchard of Westvale Fruit Growers is inspected under the Orchard Quality Scheme (OQS)
before picking starts. Fruit from an orchard that fails the OQS inspection is sold for juicing only.
Inspections are carried out by Harriet Moss, the Westvale field officer. The Pennock orchard, the
largest member, grows Cox and Bramley apples.
"""
ORCHARD_LETTER = """# Letter from Westvale Fruit Growers to the Pennock orchard

Dear Mr Pennock,

Harriet Moss inspected your orchard on 12 August. Your orchard passed, so your Cox apples may be
sold as dessert fruit this season. Please send your picking dates to Westvale Fruit Growers by 1 September.
"""


@pytest.fixture(scope="module")
def orchard(tmp_path_factory):
    items = [{"id": "o1", "question": "Can the Pennock orchard sell its Cox apples as dessert fruit?",
              "answer": "Yes; the orchard passed its inspection on 12 August."}]
    return _scorer(tmp_path_factory.mktemp("orchard"), "Letter from Westvale Fruit Growers to the Pennock orchard",
                   ORCHARD_LETTER, items,
                   more=(("rules", "Westvale Fruit Growers: grading rules for the 2027 harvest", ORCHARD_SCHEME),),
                   pass_requires=("correct", "grounded"))


@pytest.mark.parametrize("answer, hallucinated", [
    # the acronym the main document defines names the scheme in an answer to its letter
    ("Yes. The orchard passed its OQS inspection on 12 August, so the Cox apples can go as dessert fruit.", False),
    # near-misses: an acronym no document writes is still invented
    ("Yes. The orchard passed its FQA inspection on 12 August, so the Cox apples can go as dessert fruit.", True),
])
def test_an_acronym_a_related_document_writes_names_its_thing(orchard, answer, hallucinated):
    r = orchard("o1", answer)
    assert r.hallucinated is hallucinated, r.reasons


# --- a length in months or years set right beside one in days or weeks, restating it loosely ----------

@pytest.mark.parametrize("claim, supported", [
    ("The lease break falls after half a year: 26 weeks from the start date.", True),
    ("Cover ran for 13 weeks, or a quarter of a year.", True),
    ("The trial lasted 45 days — a month and a half of readings.", True),
    ("The trial lasted 45 days — roughly a month and a half of readings.", True),
    ("Cover ran for 13 weeks, or half a year.", False),            # 13 weeks is a quarter, not half
    ("The trial lasted 45 days — two months of readings.", False),   # 1.5 months rounds to 1.5, not 2
    ("Cover ran for 13 weeks, and the warranty for half a year.", False),  # not set beside: another length
])
def test_a_length_in_months_set_beside_days_or_weeks_restates_it(claim, supported):
    evidence = "Cover ran for 13 weeks. The lease break falls 26 weeks from the start date. The trial lasted 45 days."
    assert _supported(claim, evidence) is supported
# Written after the rules: a length of years set between two events whose years one sentence gives
# (`hallucination._years_in_order`), and a rate over a count and a period read as a rate over the
# period (`units._COUNT_THEN_PERIOD_RE`), in other domains.
PARISH = """# Ashcombe parish notes

The parish church was consecrated in 1842 and restored in 1905; the village school opened in 1851.

The first lifeboat station was built in 1874, and the harbour wall was finished in 1880.

The Regal cinema was demolished in 1971; the bandstand on the green was removed in 1962.

Subscriptions to the history society cost £12 per member per month for adults.

Volunteers at the archive may claim £6 per working day for travel.

The ferry slipway may be used from 2 hours before to 2 hours after high tide.

Mowing is not allowed within 5 metres either side of the old hedgerow.

The village hall is closed for repairs from 3 to 9 August 2027.
"""
PARISH_ITEMS = [
    {"id": "y1", "question": "Which came first, the church or the school?",
     "answer": "The church (consecrated in 1842; the school opened in 1851)."},
    {"id": "y2", "question": "Which was finished first, the lifeboat station or the harbour wall?",
     "answer": "The lifeboat station (built in 1874; the harbour wall was finished in 1880)."},
    {"id": "y3", "question": "Which went first, the Regal cinema or the bandstand?",
     "answer": "The bandstand (removed in 1962; the cinema was demolished in 1971)."},
    {"id": "w1", "question": "When may the ferry slipway be used?",
     "answer": "From 2 hours before to 2 hours after high tide."},
    {"id": "w2", "question": "How wide is the unmown strip along the old hedgerow?",
     "answer": "5 metres either side of it."},
    {"id": "d1", "question": "When is the village hall closed for repairs?", "answer": "From 3 to 9 August 2027."},
    {"id": "r1", "question": "How much does an adult subscription to the history society cost?",
     "answer": "£12 per member per month."},
    {"id": "r2", "question": "What can archive volunteers claim for travel?", "answer": "£6 per working day."},
]


@pytest.fixture(scope="module")
def parish(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("parish"), "Ashcombe parish notes", PARISH, PARISH_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("y1", "The church: it was consecrated nine years before the school opened.", True),
    ("y1", "The church: it was consecrated nine years after the school opened.", False),
    ("y1", "The church: it was consecrated twelve years before the school opened.", False),
    ("y2", "The lifeboat station, built six years before the harbour wall was finished.", True),
    ("y2", "The harbour wall was finished six years before the lifeboat station was built.", False),
    ("y3", "The bandstand was removed nine years before the Regal cinema was demolished.", True),
    ("y3", "The bandstand was removed nine years after the Regal cinema was demolished.", False),
    # a window twice a length measured off on both sides of a point; a span of days counted inclusive
    ("w1", "Two hours either side of high tide, which makes a four-hour window.", True),
    ("w1", "Two hours either side of high tide, which makes a five-hour window.", False),
    ("w2", "5 metres either side of the hedgerow, so a 10-metre strip.", True),
    ("w2", "5 metres either side of the hedgerow, so a 12-metre strip.", False),
    ("d1", "From 3 to 9 August 2027 inclusive, 7 days in all.", True),
    ("d1", "From 3 to 9 August 2027 inclusive, 8 days in all.", False),
    # ... or written as a span's ends, which calendar speech counts either way
    ("d1", "For seven days, from the third to the ninth of August 2027.", True),
    ("d1", "For six days, from 3 to 9 August 2027.", True),
    ("d1", "For eight days, from 3 to 9 August 2027.", False),
    ("d1", "For seven days, starting on 3 August 2027, then 9 August 2027 is the last.", False),
    ("r1", "£12 a month.", True),
    ("r1", "£12 per adult member per month.", True),
    ("r1", "£12 per member per year.", False),
    ("r2", "£6 for each working day.", True),
    ("r2", "£6 per working week.", False),
])
def test_years_between_two_events_and_rates_over_a_count_and_a_period(parish, item_id, answer, right):
    r = parish(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


@pytest.mark.parametrize("item_id, answer, invented", [
    # the length said with an adverb, counted from a year the answer gives before it
    ("y1", "The church was consecrated in 1842 and the school opened nine years later.", False),
    ("y1", "The church, in 1842; the school opened nine years later.", False),
    ("y1", "The school opened in 1851 and the church was consecrated nine years later.", True),
    ("y3", "The bandstand went in 1962, and the Regal cinema was demolished nine years later.", False),
    ("y3", "The Regal cinema was demolished in 1971, and the bandstand was removed nine years later.", True),
])
def test_years_later_than_a_year_the_answer_gives(parish, item_id, answer, invented):
    r = parish(item_id, answer)
    assert r.hallucinated is invented, r.reasons


# round 21, wt-rightA21: a true value the answer works out beside the key fact: a total it says is
# one ("in all"), the size of a change ("went up by £3, from £25 to £28"), a difference said to be
# one, the other part of a count; the working must add up (answers written before the rule was run)
KENNEL = """# Hollyfield Kennels booking confirmation

Booking for Biscuit (spaniel), 12 to 19 May 2027.

| Item | Amount |
|---|---|
| Boarding, 7 nights × £28 | £196 |
| Medication handling | £21 |
| Collection from home | £15 |
| **Total** | **£232** |

The kennels take 40 dogs; 26 were booked in for the May half-term week and 7 more were on the waiting list.

The nightly rate rose from £25 to £28 in April 2027.

Of the 40 runs, 31 are heated.
"""

KENNEL_ITEMS = [
    {"id": "k1", "question": "How much did the booking cost in total?", "answer": "£232."},
    {"id": "k2", "question": "What is the nightly boarding rate?", "answer": "£28."},
    {"id": "k3", "question": "How many dogs were booked in for the half-term week?", "answer": "26."},
    {"id": "k4", "question": "How many of the runs are heated?", "answer": "31."},
    {"id": "k5", "question": "How much was the boarding?", "answer": "£196."},
]


@pytest.fixture(scope="module")
def kennel(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("kennel"), "Hollyfield Kennels booking confirmation", KENNEL, KENNEL_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("k1", "£232 in all: £196 for boarding, £21 for medication handling and £15 for collection.", True),
    ("k1", "£232 in all: £196 for boarding, £21 for medication handling and £18 for collection.", False),
    ("k2", "£28 a night; it went up by £3, from £25 to £28, in April 2027.", True),
    ("k2", "£28 a night; it went up by £5, from £25 to £28, in April 2027.", False),
    ("k2", "£28 a night, up from £25: the difference is £3.", True),
    ("k2", "£28 a night, up from £25: the difference is £4.", False),
    ("k3", "26, and another 7 were on the waiting list, so 33 dogs in all.", True),
    ("k3", "26, and another 7 were on the waiting list, so 35 dogs in all.", False),
    ("k4", "31 of the 40 runs are heated; the other 9 are not.", True),
    ("k4", "31 of the 40 runs are heated; the other 12 are not.", False),
    ("k5", "£196, which with the £21 for medication handling makes £217.", True),
    ("k5", "£196, which with the £21 for medication handling makes £227.", False),
])
def test_a_total_a_change_size_and_a_rest_the_answer_works_out(kennel, item_id, answer, right):
    r = kennel(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# round 23: a difference said with a comparative goes the way it says from the value the claim gives
_TENDER = "The revised tender for the roof is £8,450, down from the £9,700 first quoted; the hall opens at 18:30 instead of 19:15."


@pytest.mark.parametrize("claim, supported", [
    ("The roof now costs £8,450, which is £1,250 less than the first quote.", True),
    ("The roof now costs £8,450, which is £1,250 more than the first quote.", False),     # the other way
    ("The roof now costs £8,450, £1,250 cheaper than first quoted.", True),
    ("The roof now costs £8,450, £1,250 dearer than first quoted.", False),
    ("It is £1,250 below the £9,700 first quoted.", True),                                 # the other end named after
    ("It is £1,250 above the £9,700 first quoted.", False),
    ("The hall opens at 18:30, 45 minutes earlier than before.", True),
    ("The hall opens at 18:30, 45 minutes later than before.", False),
    ("The roof tender came down by £1,250.", True),                                        # no comparative after it
])
def test_a_difference_goes_the_way_its_comparative_says(claim, supported):
    assert _supported(claim, _TENDER) is supported


# round 21, wt-rightA21: "rather than X" / "instead of X" in the answer agrees with a document that
# says X is what is replaced ("in place of X", "replaces X"); the contrast turned round, or set
# against a document that keeps X, still conflicts
_BINS_REPLACED = ["Bins will be emptied on a ten-day round in place of the current seven-day one.",
                  "A ten-day round replaces the current seven-day one for bin collections."]
_BINS_KEPT = "Bins will be emptied on a ten-day round; the current seven-day one stays for garden waste."


@pytest.mark.parametrize("claim, agrees_with_replaced, agrees_with_kept", [
    ("Bins are emptied on a ten-day round rather than the current seven-day one.", True, False),
    ("Bins are emptied on a ten-day round instead of the current seven-day one.", True, False),
    ("Bins stay on the current seven-day round rather than a ten-day one.", False, True),
    ("Bins are emptied on the current seven-day round, not a ten-day one.", False, True),
])
def test_a_contrast_agrees_with_what_a_document_says_is_replaced(claim, agrees_with_replaced, agrees_with_kept):
    from evalkit.scoring.meaning import conflicts
    assert [not conflicts(claim, e) for e in _BINS_REPLACED] == [agrees_with_replaced] * 2
    assert (not conflicts(claim, _BINS_KEPT)) is agrees_with_kept


# round 21, wt-rightA21: a value the passages miss, stated by one document sentence with its own
# words, beside the value it replaced, both restated in the sentence's order ("£60 rather than £45")
@pytest.mark.parametrize("claim, value, sentence, stated", [
    ("and the small one now costs £40 rather than £32.", "£40",
     "The small hall now costs £40 an hour instead of £32.", True),
    ("and the small one now costs £32 rather than £40.", "£32",
     "The small hall now costs £40 an hour instead of £32.", False),
    ("and the small one now costs £40 rather than £32.", "£40",
     "The small hall costs £40 an hour and the large hall £55.", False),
])
def test_a_value_stated_with_the_one_it_replaced(claim, value, sentence, stated):
    from evalkit.scoring.hallucination import stated_with_own_words
    atoms = extract_atoms(claim)
    atom = next(a for a in atoms if a.text == value)
    assert stated_with_own_words(claim, atom, atoms, [sentence], extract_atoms) is stated


# round 21, wt-fabric21: a relative clause on a person, a place or a time (", who", ", where",
# ", when") and a passive infinitive set off by a comma (", to be paid ..."), each a claim of its own
# beside the answer's fact, held to the bar of ", which"
POTTERY = """# Millbrook Clay Studio members' handbook

The studio manager is Ruth Adebayo. Ruth joined the studio in 2019 after ten years teaching ceramics at Hollins College.

Glaze firings take place in the large electric kiln in the back room, where the temperature is monitored by a digital controller.

Bisque firings are loaded on Thursday afternoons. The kiln is unloaded on Saturday morning, when members can collect their pieces from the shelves by the sink.

Beginners' wheel classes run for six weeks.

The annual membership fee is £180, payable by bank transfer before 1 September.

Dr Amal Grant teaches the Tuesday evening class in hand-building.

Members must wear a dust mask when mixing glazes, so that no one breathes in silica dust.

Clay is sold at £14 per 12.5 kg bag.

New glazes are tested by Dr Femi Okoro, the studio's chemist, before they go on the shelf.

Aprons hang on the hooks by the door.
"""

POTTERY_ITEMS = [
    {"id": "k1", "question": "Who is the studio manager?", "answer": "Ruth Adebayo."},
    {"id": "k2", "question": "Where do glaze firings take place?", "answer": "In the large electric kiln in the back room."},
    {"id": "k3", "question": "When is the kiln unloaded?", "answer": "On Saturday morning."},
    {"id": "k4", "question": "How much is the annual membership fee?", "answer": "£180."},
    {"id": "k6", "question": "Who tests new glazes?", "answer": "Dr Femi Okoro."},
]


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("pottery"), "Millbrook Clay Studio handbook", POTTERY, POTTERY_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a true clause: "before joining" against "joined ... after", the two events swapped (`meaning._converse_order`)
    ("k1", "Ruth Adebayo, who taught ceramics at Hollins College for ten years before joining in 2019.", True),
    ("k1", "Ruth Adebayo, who founded the studio with a grant from the arts council.", False),
    ("k2", "In the large electric kiln in the back room, where a digital controller monitors the temperature.", True),
    # an invented clause one of whose five words ("members") an adjacent sentence holds: at the bar, left alone
    pytest.param("k2", "In the large electric kiln in the back room, where members also store their unfinished greenware overnight.",
                 False, marks=pytest.mark.xfail(strict=True, reason="1/5 of its words beside the antecedent")),
    ("k3", "On Saturday morning, when members can collect their pieces from the shelves by the sink.", True),
    ("k3", "On Saturday morning, when a volunteer photographs every piece for the studio's online gallery.", False),
    ("k4", "£180, to be paid by bank transfer before 1 September.", True),
    ("k4", "£180, to be paid in cash to the treasurer at the autumn social evening.", False),
    # a clause on a person in words the documents use, none of them where they speak of her or him;
    # a title ("Dr") names no one
    ("k1", "Ruth Adebayo, who runs the beginners' wheel classes for six weeks.", False),
    ("k1", "Ruth Adebayo, who joined in 2019 after teaching ceramics.", True),
    ("k6", "Dr Femi Okoro, who teaches the Tuesday evening class in hand-building.", False),
    ("k6", "Dr Femi Okoro, who is the studio's chemist.", True),
])
def test_relative_and_infinitive_clauses_beside_the_answer(pottery, item_id, answer, right):
    r = pottery(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# round 21, wt-role21: an approver and the party told of it exchanged, the approval said as a noun
# ("written approval from X"), in a clause of time ("X is informed once Y has approved it"), or in
# two coordinated parts of one act a word each ("X authorises them and Y is informed")
PROCEDURES = """# Marlow House Museum: staff procedures

## Loans

Loans of objects abroad need written approval from the Head of Collections, Dr Imogen Fairweather.
The Registrar is informed of each approval.

## Filming

Requests to film in the galleries are approved by the Press Officer, and the Duty Manager is told.

## Out-of-hours access

Out-of-hours access needs a permit from the Security Manager; the Head of Visitor Services is notified of each permit issued.

## School groups

From March, school group bookings will be confirmed by the Learning Team instead of the Front Desk; the Front Desk will be informed.
"""

PROCEDURE_ITEMS = [
    {"id": "m1", "question": "When a loan abroad is approved, who is informed?", "answer": "The Registrar."},
    {"id": "m2", "question": "Who approves filming in the galleries, and who is told?",
     "answer": "The Press Officer approves it; the Duty Manager is told."},
    {"id": "m3", "question": "Who issues permits for out-of-hours access?", "answer": "The Security Manager."},
    {"id": "m4", "question": "From March, who confirms school group bookings?", "answer": "The Learning Team."},
]


@pytest.fixture(scope="module")
def procedures(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("procedures"), "Marlow House staff procedures", PROCEDURES, PROCEDURE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "The Registrar, who is informed once the Head of Collections has approved the loan.", True),
    ("m1", "The Registrar is told whenever the Head of Collections approves a loan abroad.", True),
    ("m1", "The Head of Collections is informed once the Registrar has approved the loan.", False),
    ("m2", "The Press Officer approves it and the Duty Manager is told.", True),
    ("m2", "The Duty Manager is told, but the approval comes from the Press Officer.", True),
    ("m2", "The Duty Manager approves it and the Press Officer is told.", False),
    ("m3", "The Security Manager issues the permit, and the Head of Visitor Services is notified.", True),
    ("m3", "The Head of Visitor Services issues the permit, and the Security Manager is notified.", False),
    ("m4", "The Learning Team confirms them and the Front Desk is informed.", True),
    ("m4", "The Front Desk is informed, but the bookings are confirmed by the Learning Team.", True),
    ("m4", "The Front Desk confirms them and the Learning Team is informed.", False),
    ("m4", "The Front Desk confirms the bookings and the Learning Team is informed.", False),
])
def test_approver_and_party_informed_exchanged(procedures, item_id, answer, right):
    r = procedures(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


@pytest.mark.parametrize("before, agent", [
    ("Loans abroad need written approval from the ", True),     # a noun of the act: its doer
    ("Access needs a permit from ", True),
    ("approved by the ", True),
    ("three of them have never bought from ", False),          # a verb's form: where from, not who acts
    ("the authorisation itself comes from the ", False),
    ("Dawn Ellery took over from ", False),
    ("she handed over from ", False),
])
def test_a_doer_named_after_from(before, agent):
    from evalkit.scoring.hallucination import _agent
    assert _agent(before) is agent


# round 21, wt-rightC21: customary lengths (the yard and the furlong) convert, and a length written in
# two units, the larger first ("3 miles 4 furlongs", "6 feet 2 inches"), is one length
FELL = """# Brackwater fell race notes

The senior course is 3 miles 4 furlongs over open moorland.

The first checkpoint sits 880 yards after the start, at the old sheepfold.

Runners taller than 6 feet 2 inches must use the wide stile at the wall.
"""

FELL_ITEMS = [
    {"id": "f1", "question": "How long is the senior course?", "answer": "3 miles 4 furlongs."},
    {"id": "f2", "question": "How far from the start is the first checkpoint?", "answer": "880 yards."},
    {"id": "f3", "question": "Who must use the wide stile?", "answer": "Runners taller than 6 feet 2 inches."},
]


@pytest.fixture(scope="module")
def fell(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("fell"), "Brackwater fell race notes", FELL, FELL_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "Three and a half miles.", True),
    ("f1", "It is a 28-furlong course over the moor.", True),
    ("f1", "3 miles 6 furlongs.", False),
    ("f1", "Four miles.", False),
    ("f2", "Half a mile from the start, at the old sheepfold.", True),
    ("f2", "Four furlongs after the start.", True),
    ("f2", "A quarter of a mile from the start.", False),
    ("f2", "660 yards.", False),
    ("f3", "Runners over 74 inches tall.", True),
    ("f3", "Runners taller than 6 feet 4 inches.", False),
])
def test_customary_lengths_and_lengths_in_two_units(fell, item_id, answer, right):
    r = fell(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# round 21, wt-rightC21: both counts of a bare "N of the M" are the answer's counts
CHOIR = """# Fenmoor Choral Society handbook

The society has 24 singers this season, and six of them are tenors.

The audition panel has three members: the director, the accompanist and one section leader.
"""

CHOIR_ITEMS = [
    {"id": "c1", "question": "How many of the singers are tenors?", "answer": "Six of the 24."},
    {"id": "c2", "question": "How many members does the audition panel have?", "answer": "Three."},
]


@pytest.fixture(scope="module")
def choir(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("choir"), "Fenmoor Choral Society handbook", CHOIR, CHOIR_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "Six of the twenty-four.", True),
    ("c1", "Eight of the twenty-four.", False),
    ("c1", "Six of the thirty.", False),
    ("c2", "Three.", True),
    ("c2", "Four of the five.", False),
])
def test_counts_of_n_of_the_m(choir, item_id, answer, right):
    r = choir(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# round 21, wt-rightC21: an acronym of a capitalised title whose first word is a function word
# ("HHJ" for "His Honour Judge") is found by its initials, as other acronyms are
COURT = """# Tarnbridge Family Court notes

Complaints about listing are heard by His Honour Judge Priya Malhotra, the Designated Family Judge.

The court office opens at 9.30 am on weekdays.
"""

COURT_ITEMS = [
    {"id": "j1", "question": "Who hears complaints about listing?", "answer": "His Honour Judge Priya Malhotra."},
]


@pytest.fixture(scope="module")
def court(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("court"), "Tarnbridge Family Court notes", COURT, COURT_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("j1", "HHJ Priya Malhotra, the Designated Family Judge.", True),
    ("j1", "HHJ Peter Malhotra.", False),
    ("j1", "The HCJ, Priya Malhotra.", False),
])
def test_acronym_of_a_title_with_a_function_word(court, item_id, answer, right):
    r = court(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


def test_acronym_spelled_by_a_capitalised_title():
    from evalkit.scoring.aliases import spelled_in
    from evalkit.scoring.wordforms import tokens as toks
    text = toks("Complaints are heard by His Honour Judge Priya Malhotra.")
    assert spelled_in(toks("HHJ")[0], text)
    assert not spelled_in(toks("HHJ")[0], toks("the appeal goes to his Honour Judge Priya"))   # a lower-case "his" is no part of the name


# round 21, wt-flip21: a bound read in the comma piece of the evidence clause the claim is about,
# where that clause states the value twice, once bounded and once not
_TWICE = ("Members who have volunteered for at least three years when they apply, or who joined "
          "the committee in the last three years, may stand for treasurer.")


@pytest.mark.parametrize("claim, found", [
    ("Members who have volunteered for no more than three years when they apply may stand.", ["no more than three years"]),
    ("You must have volunteered for under three years when you apply.", ["under three years"]),
    ("Members who have volunteered for at least three years when they apply may stand.", []),
    ("Members with three or more years of volunteering when they apply may stand.", []),
    ("Anyone who joined the committee in the last three years may stand for treasurer.", []),
])
def test_bound_read_in_the_comma_piece_the_claim_is_about(claim, found):
    assert _misdirected(claim, _TWICE) == found


# round 21, wt-swap21: a key modifier between a model's code and a head the answer repeats round it,
# replaced by another word of the documents, where the key clause's atoms are stated
# (`keyfacts._slot_filled(modifiers=True)`: "a Greenstar 30i system boiler" for "30i combination boiler")
_KENNEL = ("Each dog sleeps in a KX40 heated kennel. Cats are kept in outdoor runs during the day. "
           "Owners must give 48 hours' written notice of collection; a verbal agreement is not enough.")


@pytest.mark.parametrize("question, reference, answer, right", [
    ("What does each dog sleep in?", "A KX40 heated kennel.", "A KX40 heated kennel.", True),
    ("What does each dog sleep in?", "A KX40 heated kennel.", "Each dog has its own heated kennel, a KX40.", True),
    ("What does each dog sleep in?", "A KX40 heated kennel.", "In a KX40.", True),
    ("What does each dog sleep in?", "A KX40 heated kennel.", "Each dog sleeps in a KX40 outdoor kennel.", False),
    ("How much notice of collection must owners give?", "48 hours' written notice.",
     "At least 48 hours' notice, in writing.", True),
    ("How much notice of collection must owners give?", "48 hours' written notice.", "Two days' written notice.", True),
])
def test_a_modifier_after_a_stated_code_replaced_by_another_documents_word(question, reference, answer, right):
    from evalkit.scoring.keyfacts import judge, key_facts
    facts = key_facts(question, reference)
    assert judge(facts, answer, Vocabulary.of([_KENNEL])).correct is right


# round 21, wt-verbose21: a number that is part of a name ("Terrace 5 plots", "the Rivers Act 2021
# bars"), a year after a determiner ("the 1974 sheds") and "1" before a plural-marked verb ("Update 1
# says") count no noun; a number in a name is checked as the name is, in the documents
# (`atoms.numbers._not_a_count`, `hallucination._numbers_a_name`)
HILLCREST = """# Hillcrest Allotments notice

Plot holders on Terrace 3 share the new water trough. The 1974 sheds beside Gate 2 will be demolished in
May; the 2009 sheds stay. Two Terrace 5 plots are vacant.

Update 1 says the compost bays reopen on 6 April. The Rivers Act 2021 bars hosepipes on the lower
terraces. Each plot holder may keep up to 6 hens.
"""

HILLCREST_ITEMS = [
    {"id": "a1", "question": "Which sheds will be demolished?", "answer": "The 1974 sheds beside Gate 2."},
    {"id": "a2", "question": "How many Terrace 5 plots are vacant?", "answer": "Two."},
    {"id": "a3", "question": "When do the compost bays reopen?", "answer": "On 6 April."},
    {"id": "a4", "question": "What bars hosepipes on the lower terraces?", "answer": "The Rivers Act 2021."},
    {"id": "a5", "question": "How many hens may each plot holder keep?", "answer": "Up to 6."},
]


@pytest.fixture(scope="module")
def hillcrest_plots(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("hillcrest_plots"), "Hillcrest Allotments notice", HILLCREST, HILLCREST_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("a1", "The 1974 sheds beside Gate 2 are being pulled down in May; the 2009 ones stay.", True),
    ("a1", "The 2009 sheds beside Gate 2.", False),
    ("a1", "The 1974 sheds beside Gate 4.", False),
    ("a2", "Two Terrace 5 plots are empty.", True),
    ("a2", "Three Terrace 5 plots are vacant.", False),
    ("a3", "Update 1 says they reopen on 6 April.", True),
    ("a3", "Update 1 says they reopen on 16 April.", False),
    ("a4", "The Rivers Act 2021 bars them there.", True),
    ("a4", "The Rivers Act 2012 bars them.", False),
    ("a5", "Six hens at most, and Terrace 3 plot holders share the new water trough.", True),
])
def test_a_number_in_a_name_or_a_year_counts_no_noun(hillcrest_plots, item_id, answer, right):
    r = hillcrest_plots(item_id, answer)
    assert _right(r) is right, (r.correct, r.reasons)


# round 21, wt-attr21: a key modifier replaced by another word before the same head where a noun
# phrase opens after a preposition or a number, not only a determiner (`keyfacts._modifies` reads
# `_opens_noun_slot`: "rebuilt in red engineering brick" for "blue engineering brick")
@pytest.mark.parametrize("question, reference, answer, right", [
    ("What are the glazes mixed with?", "Distilled water.", "They are mixed with distilled water.", True),
    ("What are the glazes mixed with?", "Distilled water.", "Using distilled water.", True),
    ("What are the glazes mixed with?", "Distilled water.", "Glazes are mixed with tap water.", False),
    ("What must studio aprons be made of?", "Heavy cotton canvas.", "They must be made of heavy cotton canvas.", True),
    ("What must studio aprons be made of?", "Heavy cotton canvas.", "Heavy canvas made from cotton.", True),
    ("What must studio aprons be made of?", "Heavy cotton canvas.", "They must be made of thin cotton canvas.", False),
    ("Where do members store their work?", "On the top shelf of the drying rack.",
     "In the drying rack, on its top shelf.", True),
    ("Where do members store their work?", "On the top shelf of the drying rack.",
     "On the bottom shelf of the drying rack.", False),
])
def test_a_modifier_replaced_after_a_preposition(question, reference, answer, right):
    from evalkit.scoring.keyfacts import judge, key_facts
    assert judge(key_facts(question, reference), answer).correct is right


PRINT_SHOP = """# Inkwell Print Co. — price list 2027

Design work is charged at £45 per hour; a business-card design takes about 2 hours.
Plain printing costs 12p per page, and binding is £3.50 per copy.
The spring order for the Dunmore choir ran to 1,240 pages in 62 copies of the concert programme.
Notice of a cancelled order must be given in writing, and 48 hours' written notice is needed for a refund.
Rush jobs cost £20 per order on top of the usual charges.
"""
PRINT_SHOP_ITEMS = [
    {"id": "p1", "question": "What does design work cost?", "answer": "£45 per hour."},
    {"id": "p2", "question": "How long was the choir's spring order?", "answer": "1,240 pages."},
    {"id": "p3", "question": "How much notice is needed for a refund on a cancelled order?",
     "answer": "48 hours' written notice."},
]


@pytest.fixture(scope="module")
def print_shop(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("print"), "Inkwell price list", PRINT_SHOP, PRINT_SHOP_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a rate's unit replaced by a thing counted, which no wording of a unit of time can be
    ("p1", "Design is billed at £45 per hour.", True),
    ("p1", "It's £45 an hour; a card design takes about two hours.", True),
    ("p1", "Design work is charged at £45 per page.", False),
    ("p1", "£45 for each copy.", False),
    ("p1", "£45 per hour for each design job.", True),           # the unit said, and what it is for
    # a key count given as a count of another noun the documents count
    ("p2", "It came to 1,240 pages.", True),
    ("p2", "1,240 pages, across 62 copies of the programme.", True),
    ("p2", "It ran to 1,240 copies.", False),
    # a two-word modal of necessity, negated, governs what follows it; a relative clause after a
    # comma states what it says
    ("p3", "48 hours' notice, which must be in writing.", True),
    ("p3", "48 hours' notice, which doesn't have to be in writing.", False),
    ("p3", "48 hours; the notice does not need to be in writing.", False),
])
def test_a_unit_or_counted_noun_replaced_and_a_need_denied(print_shop, item_id, answer, right):
    r = print_shop(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


WYESIDE = """# Wyeside Community Orchard — volunteer notes

Volunteers work in the Apple Walk or the Pear Corner on Saturday mornings; each area keeps its own tools.
Pruning is led by Hana Ito; the Pear Corner is closed in March for grafting.
The orchard keeps 40 trees and 6 beehives.
"""
WYESIDE_ITEMS = [
    {"id": "o1", "question": "Who leads the pruning?", "answer": "Hana Ito."},
    {"id": "o2", "question": "When is the Pear Corner closed?", "answer": "In March, for grafting."},
]


@pytest.fixture(scope="module")
def wyeside(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("wyeside"), "Wyeside orchard notes", WYESIDE, WYESIDE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a small count of a noun the documents write but never count: a tally of what they list
    ("o1", "Hana Ito, who leads volunteers in both of the two areas on Saturday mornings.", True),
    ("o1", "Hana Ito leads it; volunteers work in two areas, the Apple Walk and the Pear Corner.", True),
    # a count the documents give otherwise, or too long to read at a glance, is still checked
    ("o1", "Hana Ito, who looks after the orchard's 9 beehives.", False),
    ("o1", "Hana Ito leads it, with twelve volunteers on Saturday mornings.", False),
    ("o1", "Hana Ito, who drives one of the orchard's two tractors.", False),   # a noun they never write
])
def test_a_small_count_of_a_noun_the_documents_list(wyeside, item_id, answer, right):
    r = wyeside(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


_CLASS_WORDS = sorted({w for values in _CLASSES for value in values for w in value}) + ["notice", "oak", "extra"]


@given(st.sampled_from(_CLASS_WORDS), st.sampled_from(_CLASS_WORDS))
@settings(max_examples=200, deadline=None)
def test_exclusive_values_are_symmetric_and_never_one_value(a, b):
    assert exclusive(a, b) == exclusive(b, a)
    assert not exclusive(a, a)
    assert exclusive(a.upper(), b) == exclusive(a, b)   # compared as words, in any case


def test_each_closed_attribute_has_one_value_per_synonym_set():
    # one value's words are never exclusive of each other; two values of one class always are
    for values in _CLASSES:
        for value in values:
            assert not any(exclusive(x, y) for x in value for y in value)
        assert all(exclusive(values[0][0], other[0]) for other in values[1:])
    # a word of no class, or words of two classes, are never exclusive ("white" / "winter")
    assert not exclusive("oak", "walnut") and not exclusive("white", "winter")


def test_a_post_in_apposition_to_a_name_in_words_the_documents_never_use():
    sentences = ["Repairs are signed off by Ines Vautrin, our site technician, before handover.",
                 "The skip is collected on Fridays."]
    question = "Who signs off the repairs?"
    claim = "Ines Vautrin, the firm's plasterer, signs them off."
    said, = unfound_roles(claim, extract_atoms(claim), question, sentences)
    assert said.said == "the firm's plasterer"
    # the documents' post, a comma before no determiner, a relative clause, a description after the post
    for claim in ("Ines Vautrin, the site technician, signs them off.", "Ines Vautrin, before handover.",
                  "Ines Vautrin, who is the site technician.",
                  "Ines Vautrin, the technician, signs them off before handover.",
                  # a clipped word of the documents' and an acronym are theirs; a clause after a name is no post
                  "Ines Vautrin, the site tech, signs them off.", "Ines Vautrin, the ST, signs them off.",
                  # a general noun for a person or a body, and a reflexive, name no post
                  "Ines Vautrin, the woman on site, signs them off.", "Ines Vautrin herself, the technician, signs.",
                  "Repairs are signed off by Ines Vautrin, the plasterer does not sign anything."):
        assert unfound_roles(claim, extract_atoms(claim), question, sentences) == [], claim


def test_days_of_the_week_are_values_of_one_closed_attribute():
    assert exclusive("Friday", "Saturday") and exclusive("tuesdays", "Thursdays")
    assert not exclusive("Monday", "Mondays") and not exclusive("Sunday", "weekend")
    sentence = "Deliveries to the loading bay are accepted from 07:30 to 16:00 Tuesday to Saturday only."
    swap, = swapped_attributes("Deliveries to the loading bay are accepted from 07:30 to 16:00 Tuesday to Friday only.",
                               "When are deliveries accepted?", [sentence])
    assert (swap.said, swap.theirs) == ("Friday", "Saturday")
    assert swapped_attributes("Deliveries are accepted from 07:30 to 16:00 Tuesday to Saturday only.",
                              "When are deliveries accepted?", [sentence]) == []


def test_same_value_words_are_the_other_words_of_one_value():
    assert same_value_words("Rear") == ("back", "hind")
    # a word of two classes has the words of its value in each: "phone" is a spoken message and a call
    assert same_value_words("phone") == ("verbal", "verbally", "oral", "orally", "spoken", "telephone")
    assert same_value_words("oak") == () and "fall" in same_value_words("autumn")


_BRACKEN = """# Brackenhurst Kennels boarding terms
Brackenhurst Kennels, Fell Lane, Otterby. Each dog has a run of its own. A large run measures 12 square metres.
The kennels close for the annual deep clean, which runs from 3 to 9 February.
The kennel webcam streams at 8 Mbps. The evening walk sets off from the yard at 6:15.
"""
_BRACKEN_LETTER = """# Letter to Mrs Ayodele
Brackenhurst Kennels, Fell Lane, Otterby. Your dog Pip will have a medium run, which measures 9 square metres, because the large runs are booked.
Pip's vaccination check is on 11 February. Pip's run camera streams at 5 Mbps. Pip's tea is served at 18:40.
"""
_BRACKEN_ITEMS = [
    {"id": "k1", "question": "How big is a large run?", "answer": "12 square metres."},
    {"id": "k2", "question": "When is Pip's vaccination check?", "answer": "11 February."},
    {"id": "k3", "question": "How fast does the kennel webcam stream?", "answer": "8 Mbps."},
    {"id": "k4", "question": "When is Pip's tea served?", "answer": "At 18:40."},
]


@pytest.fixture(scope="module")
def bracken(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("bracken"), "Brackenhurst Kennels boarding terms", _BRACKEN, _BRACKEN_ITEMS,
                   more=(("letter", "Letter to Mrs Ayodele", _BRACKEN_LETTER),))


@pytest.mark.parametrize("item_id, answer, right", [
    # a difference worked out from the reference's value and one another document states with the
    # answer's own words (the letter's medium run): the working binds it, not the reference
    ("k1", "12 square metres, 3 square metres more than the 9 square metres of Pip's medium run.", True),
    ("k1", "12 square metres, 4 square metres more than the 9 square metres of Pip's medium run.", False),
    # ... in any unit the tables read, one that converts to no other dimension too (a data rate)
    ("k3", "8 Mbps, 3 Mbps more than the 5 Mbps of Pip's run camera.", True),
    ("k3", "8 Mbps, 2 Mbps more than the 5 Mbps of Pip's run camera.", False),
    # a length counted from a moment the answer names by its noun, dated in another sentence
    ("k2", "On 11 February, eight days into the deep clean.", True),
    ("k2", "On 11 February, two days after the deep clean.", True),
    ("k2", "On 11 February, five days into the deep clean.", False),
    ("k2", "On 11 February, two days before the deep clean.", False),    # the other way
    ("k2", "On 11 February, eight days into the summer show.", False),
    # ... a time of day too, one written without am/pm read either way
    ("k4", "At 18:40, twenty-five minutes after the evening walk sets off.", True),
    ("k4", "At 18:40, 35 minutes after the evening walk sets off.", False),
    ("k4", "At 18:40, twenty-five minutes before the evening walk sets off.", False),
])
def test_values_worked_out_from_what_other_sentences_give(bracken, item_id, answer, right):
    assert _right(bracken(item_id, answer)) is right


_FINES = ["| Item | Daily fine |\n|---|---|\n| Adult book | 25p |\n| DVD | 60p |",
          "The replacement charge for a lost DVD is £18 and for a lost audiobook £35.",
          "In the spring term the reading group met 9 times; the chess club met 14 times.",
          "The chess club meets at 19:00."]


@pytest.mark.parametrize("claim, conflict", [
    # a value said to be more or less than a thing the documents give one value of, the other way round
    ("The DVD fine is 60p, which is less than the adult book fine.", "less"),
    ("The reading group met 9 times, more than the chess club.", "more"),
    # ... the right way round, or against a thing the documents give no value of, or values on both sides
    ("The DVD fine is 60p, which is more than the adult book fine.", None),
    ("The reading group met 9 times, fewer than the chess club.", None),
    ("The DVD fine is 60p, less than the fine for a lost toy.", None),
    ("A lost DVD costs £20, more than the replacement charge.", None),
    # a value right before the comparative is a difference, not the value compared
    ("The DVD fine is 35p more than the adult book fine.", None),
    ("The chess club met 5 times more than the reading group.", None),
    # said to differ by an amount: the thing's value is the value less or plus it
    ("A lost audiobook costs £35, which is £17 less than the replacement charge for a lost DVD.", "less"),
    ("A lost audiobook costs £35, which is £17 more than the replacement charge for a lost DVD.", None),
    ("A lost audiobook costs £35, which is £10 less than the replacement charge for a lost DVD.", None),
    ("The chess club met 14 times, 5 fewer than the reading group.", "fewer"),
    ("The chess club met 14 times, 5 more than the reading group.", None),
    ("The reading group met at 18:30, half an hour later than the chess club.", "later"),
    ("The reading group met at 18:30, half an hour earlier than the chess club.", None),
])
def test_a_value_compared_with_a_thing_the_documents_give_a_value_of(claim, conflict):
    found = compared_with_named(claim, extract_atoms(claim), _FINES, extract_atoms)
    assert (found[0].said if found else None) == conflict



# Written after the rules (round 30), in domains of their own: a pallet's gross and net weight, a
# hearing test's two ears, a clinic's weekday and weekend hours.
PALLETS = """# Pallet dispatch note

Each pallet of floor tiles has a gross weight of 820 kg, pallet and wrapping included.
The tiles on it weigh 790 kg. Deliveries run on weekday mornings.
At the hearing check the left ear scored 30 dB and the right ear scored 45 dB.
"""
PALLET_ITEMS = [
    {"id": "p1", "question": "What is the gross weight of a pallet?", "answer": "820 kg."},
    {"id": "p2", "question": "What did the left ear score?", "answer": "30 dB."},
    {"id": "p3", "question": "When do weekday deliveries run?", "answer": "In the morning."},
]


@pytest.fixture(scope="module")
def pallets(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("pallets"), "Pallet dispatch note", PALLETS, PALLET_ITEMS)


@pytest.mark.parametrize("item_id, answer, swapped", [
    # the question's thing given the other value of a closed attribute, which no sentence writes with it
    ("p1", "820 kg net weight.", "net weight"),
    ("p1", "It is 820 kg of net weight per pallet.", "net weight"),
    ("p3", "They run on weekend mornings.", "weekend mornings"),
    # ... not where the documents write the claim's value (a true extra detail of the other thing) ...
    ("p2", "30 dB; the right ear scored 45 dB.", None),
    ("p2", "30 dB, against 45 dB for the right one.", None),
    # ... nor where the answer names the question's value too, or the claim denies the phrase
    ("p3", "In the morning; weekday mornings are the only delivery slots, weekend mornings are closed.", None),
    ("p3", "Never on weekend mornings.", None),
    ("p1", "820 kg in all.", None),
])
def test_the_asked_things_other_value(pallets, item_id, answer, swapped):
    r = pallets(item_id, answer)
    found = [f.text for c in r.claims for f in c.unsupported if f.kind == "attribute"]
    assert found == ([swapped] if swapped else [])


# A contrast in the evidence ("fortnightly rather than monthly") is ranked alike by a claim that
# names the chosen one first, in an earlier clause of the same claim.
@pytest.mark.parametrize("claim, evidence, conflict", [
    ("Weekly — the old rota had them cleaned monthly.", "Filters are now cleaned weekly rather than monthly.", False),
    ("Weekly; the handbook used to say monthly.", "Filters are now cleaned weekly rather than monthly.", False),
    ("The filters are cleaned monthly now; weekly was the old rota.", "Filters are now cleaned weekly rather than monthly.",
     True),
    ("The filters are cleaned monthly.", "Filters are now cleaned weekly rather than monthly.", True),
])
def test_a_contrast_ranked_by_an_earlier_clause(claim, evidence, conflict):
    from evalkit.scoring.meaning import contradiction
    assert (contradiction(claim, [evidence]) is not None) is conflict


CHOICE_DOC = """# Ward escalation card

A patient scored amber needs a review by the nurse in charge within an hour.
A patient scored red needs the outreach team called at once.
"""


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("ward"), "Ward escalation card", CHOICE_DOC, [
        {"id": "w1", "question": "Which score needs a review by the nurse in charge, amber or red?", "answer": "Amber."}])


@pytest.mark.parametrize("answer, right", [
    # denying the option the reference does not choose is the choice, whatever the card says of red
    ("Amber, not red.", True),
    ("It's amber rather than red; red means calling the outreach team.", True),
    ("The amber score, not the red one: red means calling the outreach team at once.", True),
    # the other choice, with or without denying the reference's
    ("Red, not amber.", False),
    ("Red.", False),
])
def test_denying_the_other_option_is_the_choice(ward, answer, right):
    assert _right(ward("w1", answer)) is right


# Written after the rule (round 30): a length of time said to count some days only, or every day,
# where the documents never count days so, is another length than theirs.
@pytest.mark.parametrize("claim, sentences, found", [
    ("Refunds are paid within 5 working days.", ["Refunds are paid within 5 days of the return."], ["5 working days"]),
    ("Book at least 14 calendar days ahead.", ["Bookings close 14 days before the trip."], ["14 calendar days"]),
    ("Refunds take 5 business days.", ["Refunds are paid within 5 days of the return."], ["5 business days"]),
    # round 38: the documents count another length in working days, not this one
    ("Refunds are paid within 5 working days.",
     ["Refunds are paid within 5 days of the return.", "Exchanges take 3 working days."], ["5 working days"]),
    # round 42: the documents count that many days that way only for another thing, and the claim
    # is a version of the sentence that gives them plain; a claim that is a version of the other
    # sentence, or of none, counts them as the documents do somewhere
    ("Refunds are paid within 5 working days.",
     ["Refunds are paid within 5 days of the return.", "Exchanges take 5 working days."], ["5 working days"]),
    ("Exchanges take 5 working days.",
     ["Refunds are paid within 5 days of the return.", "Exchanges take 5 working days."], []),
    ("It takes 5 working days.",
     ["Refunds are paid within 5 days of the return.", "Exchanges take 5 working days."], []),
    # the documents say nothing of that many days
    ("Refunds are paid within 5 days.", ["Refunds are paid within 5 days of the return."], []),
    ("Refunds take 8 working days.", ["Refunds are paid within 5 days of the return."], []),
])
def test_days_counted_a_way_the_documents_never_use(claim, sentences, found):
    assert [s.said for s in swapped_attributes(claim, "When are refunds paid?", sentences)] == found


# Written after the rule (round 30): a name the documents also write by its first word alone is
# stated by that word ("Brightwater" for "Brightwater Cleaning Services Ltd").
CLEANING = """# Office services schedule

The offices are cleaned every evening by Brightwater Cleaning Services Ltd. Brightwater will invoice
the landlord monthly. Windows are cleaned each quarter by Kestrel Glazing Ltd.
"""


@pytest.fixture(scope="module")
def cleaning(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("cleaning"), "Office services schedule", CLEANING, [
        {"id": "c1", "question": "Who cleans the offices?", "answer": "Brightwater Cleaning Services Ltd."},
        {"id": "c2", "question": "Who cleans the windows?", "answer": "Kestrel Glazing Ltd."}])


@pytest.mark.parametrize("item_id, answer, correct", [
    ("c1", "Brightwater.", True),
    ("c1", "It's Brightwater, every evening.", True),
    ("c1", "Brightwater Facilities.", False),     # another name of its own
    ("c1", "Kestrel.", False),
    ("c2", "Kestrel.", False),                     # the documents never write Kestrel alone
    ("c2", "Kestrel Glazing.", True),
    ("c1", "It was Lena Brightwater.", False),     # a person's surname, not the firm
    ("c1", "Brightwater Deposit Services.", False),   # another body's name
])
def test_a_name_by_the_first_word_the_documents_use_alone(cleaning, item_id, answer, correct):
    assert cleaning(item_id, answer).correct is correct


# Written after the rule (round 30): an aligned sentence that states the value with no bound says
# nothing of its bound (a table's row beside the sentence that bounds it), and a contrast after the
# value ("limited to 2 m, not the 3 m") denies only what follows it.
@pytest.mark.parametrize("claim, found", [
    ("The permit allows a hedge height of at least 1.8 m.", ["at least 1.8 m"]),
    ("The permit allows a hedge height of up to 1.8 m.", []),
    ("The hedge height is 1.8 m.", []),
])
def test_a_bound_turned_round_beside_an_unbounded_statement(claim, found):
    from evalkit.scoring.hallucination import misdirected
    sentences = ["Under the permit the hedge height is limited to 1.8 m, not the 2.4 m the owner asked for.",
                 "| Item | Asked | Allowed | |---|---|---| | Hedge height | 2.4 m | 1.8 m |"]
    assert [claim[s.start:s.end] for s, _, _ in misdirected(claim, extract_atoms(claim), sentences,
                                                             extract_atoms)] == found


# Written after the rule (round 30): a bound on how often ("at least once every 12 months") bounds
# the period it is counted in the other way round, so turning it round is a conflict.
@pytest.mark.parametrize("claim, found", [
    ("Chimneys must be swept no more than once every 12 months.", ["no more than once every 12 months"]),
    ("Chimneys must be swept at most once every 12 months.", ["at most once every 12 months"]),
    ("Chimneys must be swept at least once every 12 months.", []),
    ("Chimneys must be swept once every 12 months.", []),
])
def test_a_bound_on_how_often_turned_round(claim, found):
    assert _misdirected(claim, "The owner must have the chimneys swept at least once every **12 months**.") == found


def test_a_bound_on_how_often_bounds_its_period():
    from evalkit.scoring.atoms.bounds import bound_of
    text = "Visitors may call up to twice in any 6 weeks, and stay at least 3 days."
    weeks, days = [a for a in extract_atoms(text) if a.text in ("6 weeks", "3 days")]
    assert (bound_of(text, weeks).direction, bound_of(text, days).direction) == ("min", "min")


# Written after the rules (round 31), in domains of their own: a climbing wall's session table and
# its booking table, a hall's refurbishment dates.
CLIMBING = """# Climbing wall rules

Every climber signs the wall's waiver before the first session.

| Session | Minimum age | Max. group size |
|---|---|---|
| Bouldering | 8 years | 12 climbers |
| Top rope | 10 years | 6 climbers |

Parties are for up to 10 guests.

| Booking | Must be made at least |
|---|---|
| Birthday party | 21 days before the party |
| School group | 6 weeks before the visit |

The refurbishment of the main hall moves from the week commencing 3 May to the **week beginning 7 June**.
"""
CLIMBING_ITEMS = [
    {"id": "c1", "question": "How old must a climber be for top rope?", "answer": "10 years."},
    {"id": "c2", "question": "How many climbers can a top rope group have?", "answer": "6 climbers."},
    {"id": "c3", "question": "How far ahead must a birthday party be booked?", "answer": "At least 21 days before."},
    {"id": "c4", "question": "When does the main hall's refurbishment start now?", "answer": "The week beginning 7 June."},
]


@pytest.fixture(scope="module")
def climbing(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("climbing"), "Climbing wall rules", CLIMBING, CLIMBING_ITEMS)


@pytest.mark.parametrize("item_id, answer, turned", [
    # a table's heading bounds the values under it: the claim's bound turned round conflicts
    ("c1", "Top rope climbers can be no more than 10 years old.", True),
    ("c1", "You must be at least 10 years old.", False),
    ("c1", "Ten years.", False),
    ("c2", "A top rope group is at least 6 climbers.", True),
    ("c2", "Up to six climbers.", False),
    # ... a comparator in the heading over a length counted back from an event, either way of writing it
    ("c3", "It must be booked no more than 21 days before the party.", True),
    ("c3", "21 days before the party at the latest.", False),
])
def test_a_table_headings_bound(climbing, item_id, answer, turned):
    r = climbing(item_id, answer)
    assert any(f.kind == "bound" for c in r.claims for f in c.unsupported) is turned


def test_a_table_headings_bound_in_a_joined_table():
    # a passage may join a table's lines: the header, the separator, then rows of as many cells
    from evalkit.scoring.hallucination import _table_bounds
    row = ("| Booking | Must be made at least | |---|---| | Birthday party | 21 days before the party | "
           "| School group | 6 weeks before the visit |")
    for value, direction in (("21 days", "min"), ("6 weeks", "min")):
        atom = extract_atoms(value)[0]
        assert [b.direction for b in _table_bounds(atom, row, [row], extract_atoms)] == [direction]


@pytest.mark.parametrize("answer, flagged", [
    # a span of days named by the date it starts on is that date in a change's values
    ("It was brought forward from 7 June to the week commencing 3 May.", True),
    ("It moved from 3 May to the week beginning 7 June.", False),
    ("It was put back from the week commencing 3 May to 7 June.", False),
    # ... and a day of the week before the date it names is that date
    ("It was brought forward from Monday 7 June to Monday 3 May.", True),
    ("It was put back to Monday 7 June.", False),
])
def test_a_change_of_a_week_named_by_its_first_day(climbing, answer, flagged):
    r = climbing("c4", answer)
    assert any(f.kind == "direction" for c in r.claims for f in c.unsupported) is flagged


# Written after the rules (round 31): the grades of size and of severity are closed attributes; the
# documents give the claim's grade to the thing only in a sentence (or two adjacent ones) that also
# states a value the claim states ("£33 for a large locker" does not give "£21 for large lockers").
LOCKERS = """# Gym locker hire

| Locker | Monthly fee |
|---|---|
| Small locker | £12 |
| Large locker | £33 |

Lockers are emptied on the last Sunday of each month.
From June the medium locker costs £21 a month, up from £18.
A mild sprain is treated on site; a severe sprain is referred to the minor injuries unit.
"""


@pytest.fixture(scope="module")
def lockers(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("lockers"), "Gym locker hire", LOCKERS, [
        {"id": "k1", "question": "What will a medium locker cost from June?", "answer": "£21 a month."},
        {"id": "k2", "question": "Where is a mild sprain treated?", "answer": "On site."}])


@pytest.mark.parametrize("item_id, answer, wrong", [
    ("k1", "£21 a month, for large lockers only.", True),
    ("k1", "£21 a month; a large locker stays at £33.", False),      # the large one's own value
    ("k1", "£21 a month for a medium-sized locker.", False),
    ("k2", "A severe sprain is treated on site.", True),
    ("k2", "On site; a severe sprain goes to the minor injuries unit.", False),
])
def test_grades_of_size_and_severity(lockers, item_id, answer, wrong):
    assert lockers(item_id, answer).hallucinated is wrong


# Written after the rule (round 31): a rate's unit said later in the same sentence, after a comma,
# is said ("£45 for each design job, per hour"); in another sentence it is not.
@pytest.mark.parametrize("answer, right", [
    ("£45 per client, per hour.", True),
    ("Forty-five pounds per client — billed per hour.", True),
    ("£45 per client. Printing is 12p per page.", False),
])
def test_a_rates_unit_said_later_in_its_sentence(print_shop, answer, right):
    r = print_shop("p1", answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 31): a value the evidence says did not change ("stays at", "remains",
# "unchanged") is no value a change went up or down to.
@pytest.mark.parametrize("claim, evidence, turned", [
    ("Membership went up to £48 in January.", "Membership stays at £48 for 2027; the joining fee rises to £15.", True),
    ("The notice period was cut to 28 days.", "The notice period remains 28 days.", True),
    ("It rose to 6 hours.", "6 hours, unchanged.", True),
    ("The joining fee rises to £15.", "Membership stays at £48 for 2027; the joining fee rises to £15.", False),
    ("Membership is still £48.", "Membership stays at £48 for 2027.", False),
    ("It rose to £52.", "Membership stays at £48 for 2027.", False),
    ("The kiln still climbs to 1,240 °C; only the hold is shorter.", "The top temperature stays at 1,240 °C.", False),
])
def test_a_change_to_a_value_that_stayed(claim, evidence, turned):
    from evalkit.scoring.meaning import reversed_change
    assert (reversed_change(claim, [evidence]) is not None) is turned


# Written after the rule (round 31): a key clause's word that names one value of a closed attribute,
# left out where the answer names another value of it, is another fact, whatever names it shares.
@pytest.mark.parametrize("question, reference, answer, right", [
    ("Which way does the river flow past the mill?", "South, towards Ashby Weir.", "North, away from Ashby Weir.", False),
    ("Which way does the river flow past the mill?", "South, towards Ashby Weir.", "Towards Ashby Weir.", True),
    ("Which way does the river flow past the mill?", "South, towards Ashby Weir.", "Southwards to Ashby Weir.", True),
    ("Which door of Hollin Hall do deliveries use?", "The rear door of Hollin Hall.", "The front door of Hollin Hall.", False),
    ("Which door of Hollin Hall do deliveries use?", "The rear door of Hollin Hall.", "The back door at Hollin Hall.", True),
    # a value the reference names too, or one a later sentence gives of something else, is none
    ("When is the fitting now?", "Monday 9 May (moved from Friday 6 May).", "Monday 9 May, not Friday.", True),
    ("When is the pool open to clubs?", "Weekday evenings, 19:00 to 21:00.",
     "Weekday evenings from 19:00 to 21:00. On weekend mornings it is open to the public.", True),
    ("When is the pool open to clubs?", "Weekday evenings, 19:00 to 21:00.", "Weekend evenings, 19:00 to 21:00.", False),
])
def test_another_value_of_a_key_words_attribute(question, reference, answer, right):
    from evalkit.scoring.keyfacts import judge, key_facts
    assert judge(key_facts(question, reference), answer).correct is right


# Written after the rules (round 32), in a domain of their own: a marquee hire company's terms. A
# length said with the dimension it measures is bound to that dimension; a sum or a difference of two
# written values is exact unless hedged.
MARQUEE = """# Marquee hire terms

Each marquee panel is 3 m wide and 2.4 m high. Ground pegs are 60 cm long and 2 cm thick.
A refundable damage deposit of £150 is paid on booking.
The hire rate is £95 per day, and the cleaning charge is £40.
From May the dance floor is extended in length to 8 m.
"""
MARQUEE_ITEMS = [
    {"id": "m1", "question": "How wide is a marquee panel?", "answer": "3 m."},
    {"id": "m2", "question": "How much is the damage deposit?", "answer": "£150, refundable."},
    {"id": "m3", "question": "What is the weekly cleaning charge?", "answer": "£40."},
    {"id": "m4", "question": "How long are the ground pegs?", "answer": "60 cm."},
    {"id": "m5", "question": "How long will the dance floor be from May?", "answer": "8 m."},
    {"id": "m6", "question": "What does the marquee cost to hire?", "answer": "£95 per day."},
]


@pytest.fixture(scope="module")
def marquee(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("marquee"), "Marquee hire terms", MARQUEE, MARQUEE_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a length given as one dimension, claimed as another
    ("m1", "Each panel is 3 m high.", False),
    ("m1", "Each panel is 3 m wide.", True),
    ("m1", "3 m wide and 2.4 m tall.", True),          # "tall" is "high" in another word
    ("m4", "The pegs are 60 cm thick.", False),
    ("m4", "60 cm long and 2 cm thick.", True),
    ("m5", "It is extended in width to 8 m.", False),  # the dimension named by its noun
    ("m5", "It is extended in length to 8 m.", True),
    ("m5", "8 m long.", True),
    # a value only a rounded difference of two written ones would give, unhedged
    ("m1", "3 m wide and 2.4 m high, with a 1 m doorway.", False),
    ("m1", "3 m wide, 0.6 m more than its height.", True),
])
def test_dimensions_periods_and_exact_sums(marquee, item_id, answer, right):
    assert _right(marquee(item_id, answer)) is right


# Written after the rules (round 33), in a domain of their own: a kayak hire centre's terms. A bare
# number the documents write as its word ("down from ten in summer") is stated there; a value
# restated in brackets after a bounded one bears its bound; a bound after a length's possessive noun
# ("48 hours' notice or more") and "at the earliest" before a number are bounds; a point named as
# "the date of X" is X, and a value of a table's rows is read against the row that states it.
KAYAK = """# Kayak hire terms

| Pass | Price | Valid for |
|---|---|---|
| Ten-trip pass | £90 | 12 months from the date of purchase |
| Season pass | £160 | 6 months from the date of purchase |

Complaints must be made within 14 days of the hire.
Groups on the lake are capped at eight in spring, down from ten in summer.
On weekdays there are six guided trips, and four on Saturdays.
Paddlers over 100 kg (220 lb) must use a touring kayak.
A full refund is given with 48 hours' notice or more; with less notice, half the fee is kept.
The £40 deposit is returned within 7 days of the hire ending.
"""
KAYAK_ITEMS = [
    {"id": "y1", "question": "How large can a group on the lake be in spring?", "answer": "Eight paddlers."},
    {"id": "y6", "question": "How many guided trips are there on weekdays?", "answer": "Six."},
    {"id": "y2", "question": "Which paddlers must use a touring kayak?", "answer": "Those over 100 kg."},
    {"id": "y3", "question": "How much notice is needed for a full refund?", "answer": "48 hours or more."},
    {"id": "y4", "question": "When is the deposit returned?", "answer": "Within 7 days of the hire ending."},
    {"id": "y5", "question": "How long is a ten-trip pass valid?", "answer": "12 months from the date of purchase."},
]


@pytest.fixture(scope="module")
def kayak(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("kayak"), "Kayak hire terms", KAYAK, KAYAK_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("y1", "Capped at 8 in spring (10 in summer).", True),
    ("y1", "Capped at 8 in spring (11 in summer).", False),
    ("y6", "6 guided trips on weekdays and 4 on Saturdays.", True),
    ("y6", "6 on weekdays, and 4 on Saturdays.", True),
    ("y6", "6 guided trips on weekdays and 5 on Saturdays.", False),
    ("y2", "Paddlers under 220 lb.", False),                       # the bracketed value's bound is its own
    ("y2", "Paddlers under 100 kg (220 lb) must use one.", False),
    ("y2", "Anyone over 100 kg, about 220 lb.", True),
    ("y3", "A full refund needs up to 48 hours' notice.", False),
    ("y3", "At least 48 hours' notice.", True),
    ("y4", "The deposit is returned at the earliest 7 days after the hire ends.", False),
    ("y4", "Within a week of the hire ending.", True),
    ("y5", "12 months from the date of your first hire.", False),  # counted from another point
    ("y5", "12 months from the day you buy it.", True),
    ("y5", "12 months from the purchase date.", True),
])
def test_number_words_bracketed_bounds_and_points(kayak, item_id, answer, right):
    r = kayak(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 34), in a domain of their own: an ice rink's terms. What a value is
# given per is part of it (a unit of time or measure is no wording of another, nor of a thing
# counted; a noun the documents count by is another thing, one they never count by may be a
# synonym), and a denominator with a count is a rate ("per 1,000 litres"); a count of a noun the
# documents count is no length of time; "one pound fifty" is money; a dimension word after an
# emphasised value is still its dimension; a ratio's first term is part of it.
ICE_RINK = """# Ice rink terms

Public skating costs £9 per skater per session. Skate hire is £3 per pair.
Ice time for clubs is charged at £140 per hour, invoiced monthly.
A coaching block of 8 lessons is valid for 10 weeks from the first lesson.
Sharpening costs £5 per pair, or one pound fifty per blade for hockey skates.
The ice is made with 30,000 litres of water, which costs £2.20 per 1,000 litres.
The barriers around the rink are **1.1 m** high; the rink is 60 m long and 30 m wide.
On the learner ice there must be one coach for every 8 skaters under 10. Rink marshals patrol the
public sessions.
"""
ICE_RINK_ITEMS = [
    {"id": "k1", "question": "What does public skating cost?", "answer": "£9 per skater per session."},
    {"id": "k2", "question": "How is club ice time charged?", "answer": "£140 per hour."},
    {"id": "k3", "question": "How long is a coaching block valid?", "answer": "10 weeks from the first lesson."},
    {"id": "k4", "question": "What does the water for the ice cost?", "answer": "£2.20 per 1,000 litres."},
    {"id": "k5", "question": "How much is sharpening for hockey skates?", "answer": "£1.50 per blade."},
    {"id": "k6", "question": "How high are the barriers?", "answer": "1.1 m."},
    {"id": "k7", "question": "What supervision do skaters under 10 need on the learner ice?",
     "answer": "One coach for every 8 skaters."},
]


@pytest.fixture(scope="module")
def ice_rink(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("ice_rink"), "Ice rink terms", ICE_RINK, ICE_RINK_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("k1", "£9 a session.", True),
    ("k1", "£9 per person per session.", True),            # never counted by persons: a synonym
    ("k1", "£9 per hour.", False),                          # a unit of time for a thing counted
    ("k1", "£9 per pair.", False),                          # another thing the documents count by
    ("k1", "£9 per skater per week.", False),
    ("k1", "£9 for each skater, each session.", True),
    ("k2", "£140 an hour, invoiced monthly.", True),
    ("k2", "£140 per month.", False),
    ("k2", "£140 per session.", False),
    ("k3", "Ten weeks from the first lesson.", True),
    ("k3", "For 10 lessons after the first one.", False),   # a count of lessons, no length of time
    ("k4", "£2.20 per cubic metre.", True),
    ("k4", "£2.20 for every 1,000 litres.", True),
    ("k4", "£2.20 per litre.", False),
    ("k5", "One pound fifty a blade.", True),
    ("k5", "One pound five per blade.", False),
    ("k6", "1.1 metres tall.", True),
    ("k6", "The barriers are 1.1 m wide.", False),
    ("k7", "1 coach per 8 skaters.", True),
    ("k7", "One instructor for every eight skaters.", True),   # a word the documents never write
    ("k7", "One marshal for every 8 skaters.", False),         # another role they name
])
def test_what_a_value_is_per_counts_and_spoken_money(ice_rink, item_id, answer, right):
    r = ice_rink(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 35), in a domain none of them was written against: a cycle
# workshop's terms, in markdown as users' documents are (bold values, bold run-in headings, a
# numbered list). Emphasis is formatting: what a value is counted from reads past it; a bound the
# reference puts on the key value, turned round, is another range; a list's number names its item.
CYCLE_WORKSHOP = """# Cycle workshop terms

Repairs are paid for on collection. Trade accounts are due **21 days** from the invoice date, and a
fault in our work must be reported within **10 days** of collection.

1. **Storage.** Bikes left more than 30 days after we call are charged storage at £2 a day.
2. **Loan bikes.** Hybrid loan bikes are lent free of charge while a repair is in the workshop.

The workshop manager may approve a discount of **up to £40** on any repair. A discount above £40
needs the owner's approval, and the workshop manager is told of it. Wheel builds must be booked **by 10:00** for same-day collection.
Rim tape weighs 60 gsm. The express service costs 1.5 times the standard labour rate.
"""
CYCLE_WORKSHOP_ITEMS = [
    {"id": "w1", "question": "When are trade accounts due?", "answer": "21 days from the invoice date."},
    {"id": "w2", "question": "What is charged for a bike left more than 30 days after the call?",
     "answer": "Storage at £2 a day."},
    {"id": "w3", "question": "Up to what discount can the workshop manager approve?", "answer": "Up to £40."},
    {"id": "w4", "question": "By what time must a wheel build be booked for same-day collection?",
     "answer": "By 10:00."},
    {"id": "w5", "question": "What does the express service cost?", "answer": "1.5 times the standard labour rate."},
    {"id": "w6", "question": "How heavy is the rim tape?", "answer": "60 gsm."},
    {"id": "w7", "question": "How long do trade accounts have to pay?", "answer": "21 days."},
    {"id": "w8", "question": "What does storage cost per day?", "answer": "£2."},
]


@pytest.fixture(scope="module")
def cycle_workshop(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("cycle_workshop"), "Cycle workshop terms", CYCLE_WORKSHOP,
                   CYCLE_WORKSHOP_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("w1", "They're due 21 days from the invoice date.", True),
    ("w1", "Three weeks from the invoice date.", True),
    ("w1", "Trade accounts are due 21 days from the collection date.", False),   # another point
    ("w2", "Term 1 sets storage at £2 a day.", True),              # the list's number names the term
    ("w2", "Storage at £2 a week.", False),
    ("w3", "Anything up to £40.", True),
    ("w3", "No more than £40 per repair.", True),
    ("w3", "The manager can approve discounts of over £40.", False),   # the other side of the bound
    ("w3", "Discounts above £40.", False),
    ("w3", "The workshop manager can approve discounts above £40.", False),   # another sentence's bound
    ("w3", "If it is more than £40, the owner has to approve it; up to £40 the manager can.", True),
    ("w3", "A discount of more than £40 goes to the owner, so £40 is the manager's limit.", True),
    ("w4", "No later than 10:00.", True),
    ("w4", "The build has to be booked after 10:00.", False),
    ("w4", "Book it after 10:00, once the workshop opens.", False),
    ("w5", "150% of the standard labour rate.", True),            # a multiple is a share of its base
    ("w5", "15% of the standard labour rate.", False),
    ("w6", "60 g/m².", True),                                     # paper and tape weight's abbreviation
    ("w6", "60 grams per square metre.", True),
    ("w6", "80 g/m².", False),
    ("w7", "21 days from the invoice date.", True),
    ("w7", "21 days from collection.", False),                    # read past "**21 days**"
    ("w8", "£2 a day.", True),
    ("w8", "Two pounds.", True),
    ("w8", "£2 per week.", False),               # the reference's value is per what the question asks
])
def test_markdown_emphasis_bounds_and_listed_items(cycle_workshop, item_id, answer, right):
    r = cycle_workshop(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


def test_a_bold_run_in_heading_stays_with_its_sentence(tmp_path):
    """The documents as the rules read them: no emphasis marks, and a bold run-in heading ("**Loan
    bikes.**") the label of the sentence it opens, not a sentence of its own."""
    suite = _suite(tmp_path, "Terms", CYCLE_WORKSHOP, CYCLE_WORKSHOP_ITEMS[:1])
    text = build_context(load_target(suite)).documents[0].text
    assert "due 21 days from the invoice date" in text and "*" not in text.replace("\n", " ")
    assert "2. Loan bikes: Hybrid loan bikes are lent free" in text


RAILWAY_CLUB = """# Harbury Model Railway Club: rules for members

The club meets on Tuesday evenings. No member may run more than three locomotives on the main
layout at once, and no train may have fewer than 4 coaches on the express line. Junior members are
exempt from the layout fee. Battery-powered locomotives cannot use the main layout.

Daniel Oyelaran, the layout manager, signs off every new locomotive; Priya Hale keeps the
membership list. A member may book up to 2 running sessions per month. A member who leaves before
the AGM gets the full deposit less a £5 handling charge. The annual competition is judged out of
50, and a locomotive needs 35 out of 50 for a gold award. A locker costs £60 a year, including VAT.
All controllers must run firmware 4.2 or later before 1 March. The deadline for spring exhibition
applications is 14 February.
"""
RAILWAY_CLUB_ITEMS = [
    {"id": "r1", "question": "How many locomotives may a member run on the main layout at once?",
     "answer": "Up to three."},
    {"id": "r2", "question": "Do junior members pay the layout fee?", "answer": "No."},
    {"id": "r3", "question": "Can battery-powered locomotives use the main layout?", "answer": "No."},
    {"id": "r4", "question": "Who signs off a new locomotive, Priya Hale or Daniel Oyelaran?", "answer": "Daniel Oyelaran."},
    {"id": "r5", "question": "How many running sessions may a member book per month?", "answer": "Up to 2."},
    {"id": "r6", "question": "What does a member who leaves before the AGM get back?",
     "answer": "The full deposit less a £5 handling charge."},
    {"id": "r7", "question": "What score does a locomotive need for a gold award?", "answer": "35 out of 50."},
    {"id": "r8", "question": "What does a locker cost?", "answer": "£60 a year, including VAT."},
    {"id": "r9", "question": "Which firmware must controllers run before 1 March?", "answer": "Version 4.2 or later."},
    {"id": "r10", "question": "How many coaches must a train on the express line have?", "answer": "At least 4."},
    {"id": "r11", "question": "What is the maximum number of locomotives a member may run at once?", "answer": "Three."},
    {"id": "r12", "question": "What is the lowest score that earns a gold award?", "answer": "35."},
    {"id": "r13", "question": "What is the closing date for spring exhibition applications?", "answer": "14 February."},
]


@pytest.fixture(scope="module")
def railway_club(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("railway_club"), "Club rules", RAILWAY_CLUB, RAILWAY_CLUB_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a negative quantifier over a bound in its predicate states the limit, as "up to" does
    ("r1", "No member can run more than three at a time.", True),
    ("r1", "A member may run up to three locomotives at once.", True),
    ("r1", "A member may run more than three locomotives at once.", False),
    ("r10", "No express train may run with fewer than four coaches.", True),
    ("r10", "Express trains can have fewer than 4 coaches.", False),
    # an exemption from what the question names answers it no; one from another thing does not
    ("r2", "Junior members are exempt from the layout fee.", True),
    ("r2", "Juniors are exempt from the annual fee but pay the layout fee.", False),
    ("r3", "Battery-powered locomotives are excluded from the main layout.", True),
    ("r3", "Battery-powered locomotives are included on the main layout.", False),
    # an interjection before the answer word
    ("r3", "Sorry, no: battery locomotives can't use it.", True),
    ("r3", "Well, yes, they can use it.", False),
    # "not X but Y" chooses Y
    ("r4", "Not Priya Hale but Daniel Oyelaran.", True),
    ("r4", "Not Daniel Oyelaran but Priya Hale.", False),
    # a count per a period, in words
    ("r5", "Two per month.", True),
    ("r5", "Three per month.", False),
    # "minus" after a noun takes an amount off it; after a comparator it is a sign
    ("r6", "The full deposit minus £5.", True),
    ("r6", "The full deposit minus £15.", False),
    # the total of "N out of M" is the scale, not the key fact
    ("r7", "35 points.", True),
    ("r7", "35 out of 70.", False),
    ("r7", "40 points.", False),
    # what a price includes is a term of it, not the key fact
    ("r8", "Sixty pounds a year.", True),
    ("r8", "£50 a year.", False),
    # a version "or later before" a date is bounded from below, as the reference has it
    ("r9", "Firmware 4.2 or later.", True),
    ("r9", "Any firmware up to 4.2 before 1 March.", False),
    # a value the reference gives alone is bounded as the question asks for it
    ("r11", "Up to three at a time.", True),
    ("r11", "At least three at a time.", False),
    ("r12", "35 or more.", True),
    ("r12", "A gold award goes to scores of up to 35.", False),
    # the question's word qualifies a point in time the answer gives ("the closing date")
    ("r13", "Applications close on 14 February.", True),
    ("r13", "Applications for the spring exhibition open on 14 February.", False),
])
def test_bounds_exemptions_choices_and_counts_in_a_club_rulebook(railway_club, item_id, answer, right):
    r = railway_club(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


@pytest.mark.parametrize("answer, abstained", [
    # the text a refusal places the gap in is read with it, though it also cites the document
    ("That isn't covered in the members' handbook.", True),
    ("Unfortunately that's not stated in the members' handbook.", True),
    ("Unfortunately that's not something the club pays for.", False),
    ("No, that isn't covered: members pay their own travel.", False),
])
def test_a_refusal_placed_in_the_cited_document(tmp_path, answer, abstained):
    items = [{"id": "u1", "question": "Does the club pay for members' travel to exhibitions?", "answerable": False}]
    r = _scorer(tmp_path, "Members' handbook", RAILWAY_CLUB, items)("u1", answer)
    assert r.abstained is abstained, r.reasons


# Written after the rules (round 37), in a domain no rule was written on: a bicycle workshop's
# price list. What a sum is given per: the reference's thing against the answer's, and a thing the
# documents never give the sum per.
BIKE_WORKSHOP = """# Spokeworks — workshop price list 2027

## Jobs

| Job | Price |
|---|---|
| Puncture repair | £8 |
| Full service | £65 |
| Wheel truing | £15 |

Jobs not on the list are charged at £30 and £45 per hour for standard bikes and e-bikes.
Indoor track sessions cost £12 per rider per hour, and each rider may bring one guest.
Club rides cost £5 per person; a family ticket is £12.
Changing a booking costs £4 per change.
Storage for bikes left after collection day rises to £2 per day, from £1.50.
Workshop membership costs £40 a year and includes one free puncture repair.
Cable fitting is charged at £1 for each further 10 cm over a metre.
Home repairs cost £25 per call-out plus parts.
The AGM set the club ride pass at £60, not the £55 per season printed in the spring leaflet.

Workshop lockers are let for 12 months at a time.

| Locker | Price |
|---|---|
| Small | £30 |
| Large | £50 |
"""
BIKE_WORKSHOP_ITEMS = [
    {"id": "w1", "question": "How much is a full service?", "answer": "£65."},
    {"id": "w2", "question": "What is the hourly rate for jobs on e-bikes that are not on the list?",
     "answer": "£45 per hour."},
    {"id": "w3", "question": "How much is an indoor track session?", "answer": "£12 per rider per hour."},
    {"id": "w4", "question": "What does a club ride cost?", "answer": "£5 per person."},
    {"id": "w5", "question": "What does it cost to change a booking?", "answer": "£4 per change."},
    {"id": "w6", "question": "What is the storage charge now?", "answer": "£2 per day."},
    {"id": "w7", "question": "How much is workshop membership?", "answer": "£40 a year."},
    {"id": "w8", "question": "How is cable fitting over a metre charged?", "answer": "£1 for each further 10 cm."},
    {"id": "w9", "question": "How much does one wheel truing cost?", "answer": "£15."},
    {"id": "w10", "question": "How much does one home repair visit cost?", "answer": "£25 per call-out."},
    {"id": "w11", "question": "How much is a large locker?", "answer": "£50."},
    {"id": "w12", "question": "What does the club ride pass cost?", "answer": "£60."},
]


@pytest.fixture(scope="module")
def bike_workshop(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("bikes"), "Spokeworks price list", BIKE_WORKSHOP, BIKE_WORKSHOP_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    # a sum said per a thing the documents never give it per: a period, or a noun
    ("w1", "A full service is £65.", True),
    ("w1", "£65 per hour.", False),
    ("w1", "It's £65 a month.", False),
    ("w1", "£65 per wheel.", False),
    ("w2", "£45 an hour.", True),
    ("w2", "£30 per hour.", False),
    ("w3", "£12 per rider, per hour.", True),
    # a denominator shared by two sums coordinated with it, or carried from the sum a sum replaced
    ("w6", "Storage is now £2 a day, up from £1.50.", True),
    ("w6", "£2 per week.", False),
    # a period by another word for it; one occasion of any kind
    ("w7", "£40 per year.", True),
    ("w7", "£40 annually.", True),
    ("w7", "£40 per month.", False),
    ("w5", "£4 each time you change it.", True),
    # the reference's thing against another: two particular things, or several people for one
    ("w3", "£12 per guest per hour.", False),
    ("w3", "£12 per lane per hour.", False),
    ("w5", "£4 each per booking.", False),
    ("w4", "£5 a head.", True),
    ("w4", "£5 per family.", False),
    ("w4", "£5 per couple.", False),
    # per a measure ("each further 10 cm") names no thing; the question's one thing is its own
    ("w8", "£1 for every extra 10 cm.", True),
    ("w9", "£15 per wheel truing.", True),
    ("w10", "£25 per visit, plus parts.", True),
    # a table's lead-in gives its values a length of one period; a sum takes the denominator of the
    # sum it replaced
    ("w11", "£50 a year.", True),
    ("w11", "£50 a week.", False),
    ("w12", "£60 per season.", True),
    ("w12", "£60 per month.", False),
])
def test_what_a_sum_is_given_per_in_a_bike_workshop(bike_workshop, item_id, answer, right):
    r = bike_workshop(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 37), in a domain no rule was written on: a farmers' market's stall
# rules. The day of its event a time of day falls on.
FARMERS_MARKET = """# Harrowgate Farmers' Market — stallholder rules

Pitch requests close at 17:00 the day before each market.
Stalls must be set up by 07:30 on market day, and the opening bell rings at 08:00.
If a market is cancelled for bad weather, stall fees are refunded by 12:00 the following day.
Stallholders must clear their pitch by 15:00 on the day of the market.
"""
FARMERS_MARKET_ITEMS = [
    {"id": "m1", "question": "By what time must stalls be set up?", "answer": "By 07:30 on market day."},
    {"id": "m2", "question": "When do pitch requests close?", "answer": "At 17:00 the day before the market."},
    {"id": "m3", "question": "By when are stall fees refunded after a cancelled market?",
     "answer": "By 12:00 the following day."},
    {"id": "m4", "question": "At what time does the opening bell ring on market day?", "answer": "08:00."},
]


@pytest.fixture(scope="module")
def farmers_market(tmp_path_factory):
    return _scorer(tmp_path_factory.mktemp("market"), "Stallholder rules", FARMERS_MARKET, FARMERS_MARKET_ITEMS)


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "By 07:30 on the day of the market.", True),
    ("m1", "By 7:30 am.", True),
    ("m1", "By 07:30 the day before the market.", False),
    ("m2", "17:00 the previous day.", True),
    ("m2", "At 5 pm on the eve of the market.", True),
    ("m2", "At 17:00 on the day of the market.", False),
    ("m3", "By 12:00 the next day.", True),
    ("m3", "By 12:00 the same day.", False),
    # the question's day where the reference names none
    ("m4", "At 08:00 on the day.", True),
    ("m4", "At 08:00.", True),
    ("m4", "At 08:00 the day after the market.", False),
])
def test_the_day_a_time_falls_on_at_a_farmers_market(farmers_market, item_id, answer, right):
    r = farmers_market(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 37), in a domain no rule was written on: a ski hire shop's price
# table, where one price stands in two cells.
SKI_HIRE = """# Piste Bleue ski hire — prices for winter 2027

| Package | Weekend | Full week | Season |
|---|---|---|---|
| Junior skis | £45 | £70 | £160 |
| Adult skis | £70 | £120 | £260 |
| Snowboard | £80 | £135 | £290 |

Helmets are free with every package.
"""
SKI_HIRE_ITEMS = [
    {"id": "s1", "question": "How much is a full week of junior skis?", "answer": "£70."},
    {"id": "s2", "question": "How much is a weekend of adult skis?", "answer": "£70."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    # said with the words of the cell that holds it, though another cell holds it too
    ("s1", "Junior skis for the full week cost £70.", True),
    ("s2", "A weekend of adult skis comes to £70.", True),
    # said with another cell's words
    ("s1", "Junior skis for a weekend cost £70.", False),
    ("s2", "Adult skis for the full week cost £70.", False),
])
def test_a_price_a_table_gives_twice(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Ski hire prices", SKI_HIRE, SKI_HIRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 37), in a domain no rule was written on: a youth hostel's check-in
# rules. A term of the reference that the answer says is not needed.
YOUTH_HOSTEL = """# Fellside Youth Hostel — check-in and house rules

At check-in every guest shows a photo ID and the booking email.
Towels can be hired for £2, with a £5 deposit returned at check-out.
Members of the hostel association pay no late arrival fee: for them it is waived.
Rooms are cleaned every morning by the housekeeping team.
A deposit is not needed for dorm beds.
"""
YOUTH_HOSTEL_ITEMS = [
    {"id": "h1", "question": "What does a guest show at check-in?", "answer": "A photo ID and the booking email."},
    {"id": "h2", "question": "How much does it cost to hire a towel?", "answer": "£2, with a £5 deposit."},
    {"id": "h3", "question": "What do members pay if they arrive after 22:00?",
     "answer": "The late arrival fee is waived for them."},
    {"id": "h4", "question": "How often are rooms cleaned?", "answer": "Every morning, by the housekeeping team."},
    {"id": "h5", "question": "Is a deposit needed for a dorm bed?", "answer": "No."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("h1", "A photo ID and the booking email.", True),
    ("h1", "Just the booking email; you don't need a photo ID.", False),
    ("h1", "A photo ID. The booking email isn't required.", False),
    ("h2", "£2, plus a £5 deposit.", True),
    ("h2", "£2, and no deposit is needed.", False),
    # a word the reference itself exempts, a need of degree, a yes or no
    ("h3", "The fee is waived for members, so they don't have to pay the late arrival fee.", True),
    ("h4", "Every morning, by the housekeeping team; the team doesn't have to come as often at weekends.", True),
    ("h5", "No, you don't need a deposit for a dorm bed.", True),
])
def test_a_term_said_not_to_be_needed_at_a_youth_hostel(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Hostel rules", YOUTH_HOSTEL, YOUTH_HOSTEL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 38), in a domain no rule was written on: a carpet cleaning firm's
# terms, which count one length in working days and others in plain days.
CARPET_CLEANING = """# Brightpile Carpet Care — booking terms

Cleans must be booked at least 10 days ahead.
If a stain comes back, a technician returns within 3 working days at no charge.
The £40 deposit is refunded within 14 days of the clean.
A written quote stays valid for five working days.
"""
CARPET_CLEANING_ITEMS = [
    {"id": "c1", "question": "How far ahead must a clean be booked?", "answer": "At least 10 days ahead."},
    {"id": "c2", "question": "How soon does a technician come back if a stain returns?",
     "answer": "Within 3 working days."},
    {"id": "c3", "question": "When is the deposit refunded?", "answer": "Within 14 days of the clean."},
    {"id": "c4", "question": "How long is a written quote valid?", "answer": "Five working days."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "At least ten days before the clean.", True),
    ("c1", "At least 10 working days ahead.", False),
    ("c1", "You need to book 10 business days in advance.", False),
    ("c2", "Within 3 working days, free of charge.", True),
    ("c2", "Within 3 days.", True),
    ("c3", "Within 14 days of the clean.", True),
    ("c3", "It comes back within 14 working days of the clean.", False),
    ("c4", "It's valid for 5 working days.", True),
])
def test_working_days_where_the_documents_count_plain_days_at_a_carpet_cleaner(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Carpet cleaning terms", CARPET_CLEANING, CARPET_CLEANING_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 38), in a domain no rule was written on: a botanic garden's ticket
# terms. A yes/no answer that restates the question negated names a name of several words by one of
# them ("the ticket" for "the Family Season Ticket"): the name counts once among the words restated.
BOTANIC_GARDEN = """# Kelderwick Botanic Garden — tickets

The Family Season Ticket admits two adults and up to three children on any day the garden is open.
It is not valid at the Winter Lantern Festival, which is ticketed separately.
Members may bring one guest free of charge on Tuesdays.
"""
BOTANIC_GARDEN_ITEMS = [
    {"id": "b1", "question": "Can the Family Season Ticket be used for the Winter Lantern Festival?", "answer": "No."},
    {"id": "b2", "question": "Can members bring a guest free of charge on Tuesdays?", "answer": "Yes, one guest."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("b1", "The season ticket isn't accepted at the Winter Lantern Festival.", True),
    ("b1", "The ticket is not valid for the Winter Lantern Festival.", True),
    ("b1", "The season ticket is accepted at the Winter Lantern Festival.", False),
    ("b1", "Never; the festival is ticketed separately.", True),     # "never" as the reply is a no
    ("b2", "Never.", False),
    ("b2", "Members can bring one guest free of charge on Tuesdays.", True),
    ("b2", "Members can't bring a guest free of charge on Tuesdays.", False),
])
def test_a_name_restated_in_part_in_a_yes_no_answer_at_a_botanic_garden(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Garden tickets", BOTANIC_GARDEN, BOTANIC_GARDEN_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 38), in a domain no rule was written on: a scaffold hire firm's
# excess. A name before a denominator ("for the Ladderline, per claim") is given per nothing: the
# denominator is the sums'.
SCAFFOLD_HIRE = """# Towerline Access — hire terms

Loss excess: the customer pays the first £400 of any loss to a Towerline or a Hoistline, and the first £200 for a Ladderline, per claim.
Towers are hired at £95 per week.
"""
SCAFFOLD_HIRE_ITEMS = [
    {"id": "s1", "question": "What is the excess on a Towerline?", "answer": "£400."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "£400 per claim.", True),
    ("s1", "The first £400 of any loss, per claim.", True),
    ("s1", "£400 per week.", False),
])
def test_a_denominator_after_a_name_at_a_scaffold_hire_firm(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Scaffold hire terms", SCAFFOLD_HIRE, SCAFFOLD_HIRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a community orchard's
# volunteer roles. A person put with a role in lower-case words that the documents give someone
# else, while they give the person another, is a role swapped; the person's own role, or a role the
# documents give no one, is not.
COMMUNITY_ORCHARD = """# Hollins Lane Community Orchard — volunteer guide

The orchard is run by a committee. The site coordinator, Marta Ilves, keeps the work rota and opens the gates.
Pruning days are led by our head pruner, Joel Amadi, who also checks every ladder before use.
Harvest fruit is weighed by the produce steward, Carys Bell, before it goes to the shop.
Ladders taller than 3 m may only be used by volunteers trained by Joel Amadi.
"""
COMMUNITY_ORCHARD_ITEMS = [
    {"id": "o1", "question": "Who checks the ladders before use?", "answer": "Joel Amadi, the head pruner."},
    {"id": "o2", "question": "Who weighs the harvest fruit?", "answer": "Carys Bell, the produce steward."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("o1", "Joel Amadi, the head pruner.", True),
    ("o1", "Joel Amadi.", True),
    ("o1", "Joel Amadi, the site coordinator.", False),
    ("o1", "Joel Amadi, who is the site coordinator.", False),
    ("o1", "Joel Amadi, Hollins Lane's site coordinator.", False),
    ("o2", "Carys Bell, the produce steward, weighs it.", True),
    ("o2", "The head pruner, Carys Bell.", False),
])
def test_a_person_put_with_a_role_the_documents_give_someone_else_at_a_community_orchard(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Volunteer guide", COMMUNITY_ORCHARD, COMMUNITY_ORCHARD_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a youth theatre's crew. A
# post named by the noun of the question's verb ("the rehearsal lead" for "Who leads …?", "the
# board's chair" for "Who chairs …?") is a noun phrase, not someone else doing the act.
YOUTH_THEATRE = """# Brackenford Youth Theatre — company handbook

Rehearsals are led by the rehearsal lead, Ana Ruiz, on Tuesday and Thursday evenings.
The board is chaired by Tom Hale; the treasurer, Priya Dunn, keeps the accounts.
Set building is done by parents on the Saturday before each show.
"""
YOUTH_THEATRE_ITEMS = [
    {"id": "y1", "question": "Who leads rehearsals?", "answer": "Ana Ruiz."},
    {"id": "y2", "question": "Who chairs the board?", "answer": "Tom Hale."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("y1", "Ana Ruiz, the rehearsal lead.", True),
    ("y1", "Ana Ruiz, the rehearsal lead, on Tuesday and Thursday evenings.", True),
    ("y1", "Priya Dunn leads them.", False),
    ("y2", "The board's chair is Tom Hale.", True),
    ("y2", "Tom Hale, the board chair.", True),
    ("y2", "The treasurer chairs it.", False),
])
def test_a_post_named_by_the_noun_of_the_asked_act_at_a_youth_theatre(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Company handbook", YOUTH_THEATRE, YOUTH_THEATRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a garden building
# supplier's sizes. The length the question asks for, said as another dimension than the one it
# names ("1.8 m wide" for "How deep …?"), is the wrong measure; said with the question's, with none,
# or beside another dimension's value, it is not.
GARDEN_BUILDINGS = """# Fernside Garden Buildings — price list

| Model | Size (width × depth) | Price |
|---|---|---|
| Kestrel shed | 2.4 m × 1.8 m | £640 |
| Merlin cabin | 3.6 m × 3.0 m | £2,150 |

The base must be level to within 10 mm. The Merlin cabin needs a door clearance of 0.9 m.
"""
GARDEN_BUILDINGS_ITEMS = [
    {"id": "g1", "question": "How deep is the Kestrel shed?", "answer": "1.8 m."},
    {"id": "g2", "question": "What width is the Merlin cabin?", "answer": "3.6 m."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("g1", "1.8 m deep.", True),
    ("g1", "It's 1.8 metres from front to back.", True),
    ("g1", "1.8 m deep and 2.4 m wide.", True),
    ("g1", "It is 1.8 m wide.", False),
    ("g2", "3.6 m wide.", True),
    ("g2", "The Merlin is 3.6 m long.", False),
])
def test_the_asked_length_said_as_another_dimension_at_a_garden_building_supplier(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Price list", GARDEN_BUILDINGS, GARDEN_BUILDINGS_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a piano tuner's charges. An
# amount said to leave out what the documents say it includes ("£28 plus travel" for "£28 including
# travel"), or against their rule for all prices ("plus VAT" where "All prices include VAT"), is a
# term turned round; the same term, or none, is not.
PIANO_TUNER = """# Kelso Piano Services — charges

All prices include VAT.
A standard tuning costs £85. A pitch raise is £40 extra, done on the same visit.
Within the city the call-out is £28 including travel; beyond it we charge 60p per mile.
"""
PIANO_TUNER_ITEMS = [
    {"id": "p1", "question": "How much is a standard tuning?", "answer": "£85."},
    {"id": "p2", "question": "What is the call-out charge within the city?", "answer": "£28, including travel."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("p1", "£85, VAT included.", True),
    ("p1", "£85 including VAT.", True),
    ("p1", "A standard tuning is £85 plus VAT.", False),
    ("p2", "£28 including travel.", True),
    ("p2", "£28.", True),
    ("p2", "It's £28 plus travel.", False),
    ("p2", "£28, excluding travel.", False),
])
def test_a_price_said_to_leave_out_what_it_includes_at_a_piano_tuner(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Charges", PIANO_TUNER, PIANO_TUNER_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a sewing machine repair
# shop's labour charge. A price per a counted period ("£12 per 30 minutes") is given per that length however it is
# counted ("per half hour", "for each half-hour"); per another length it is not.
SEWING_REPAIR = """# Stitchright Repairs — workshop charges

Labour is charged at £12 per 30 minutes, with a minimum of 30 minutes.
Machines left more than 14 days after we call you are charged storage at £2 per day.
"""
SEWING_REPAIR_ITEMS = [
    {"id": "k1", "question": "How much is labour?", "answer": "£12 per 30 minutes."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("k1", "£12 per half hour.", True),
    ("k1", "£12 for each half-hour, with a half-hour minimum.", True),
    ("k1", "It's £12 every half hour.", True),
    ("k1", "£12 per hour.", False),
    ("k1", "£12 per day.", False),
])
def test_a_price_per_a_counted_period_at_a_sewing_machine_repair_shop(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Workshop charges", SEWING_REPAIR, SEWING_REPAIR_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a library's renewals. A
# value the answer restates in the question's own words ("for books borrowed on or after 1 March
# 2027") is the asker's premise: no document sentence that binds it otherwise makes it the answer's
# error; a value the question does not say is still read.
LIBRARY_RENEWALS = """# Ashworth Libraries — loans

Books borrowed before 1 March 2027 keep the old renewal limit of 3 renewals.
From 1 March 2027 the renewal limit is 5, online or at any branch.
Children under 12 pay no overdue charges.
"""
LIBRARY_RENEWALS_ITEMS = [
    {"id": "l1", "question": "For books borrowed on or after 1 March 2027, how many renewals are allowed?",
     "answer": "Up to 5."},
    {"id": "l2", "question": "Does a 10-year-old pay overdue charges?", "answer": "No; children under 12 pay none."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("l1", "For books borrowed on or after 1 March 2027, the renewal limit is 5.", True),
    ("l1", "Up to 5, online or at any branch.", True),
    ("l1", "For books borrowed on or after 1 March 2027, the renewal limit is 3.", False),
    ("l1", "Books borrowed before 1 March 2027 may be renewed up to 5 times.", False),
    ("l2", "No, a 10-year-old pays no overdue charges.", True),
    ("l2", "Yes, a 10-year-old pays overdue charges.", False),
])
def test_a_value_restated_from_the_question_at_a_library(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Loans", LIBRARY_RENEWALS, LIBRARY_RENEWALS_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 39), in a domain no rule was written on: a mountain hut's kit list.
# The words of a reference's bracket are an aside ("Walking boots (crampons are provided at the
# hut)"): an answer that states every key word outside it is right without them; one that states
# the aside alone, or negates, is not.
MOUNTAIN_HUT = """# Corrie Dubh Hut — guided winter walks

Every walker needs walking boots with a stiff sole. Crampons and ice axes are provided at the hut.
Guides meet walkers at the car park at 8 am.
"""
MOUNTAIN_HUT_ITEMS = [
    {"id": "m1", "question": "What footwear must walkers bring?", "answer": "Walking boots (crampons are provided at the hut)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "Walking boots.", True),
    ("m1", "They must bring walking boots.", True),
    ("m1", "Crampons.", False),
    ("m1", "Not walking boots; crampons are provided at the hut.", False),
])
def test_a_bracket_of_the_reference_is_an_aside_at_a_mountain_hut(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Guided winter walks", MOUNTAIN_HUT, MOUNTAIN_HUT_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 40), in a domain no rule was written on: a bell tower's ringers. A
# post the documents give by a verb of taking it up or keeping it ("becomes our Tower Captain",
# "remains Steeple Keeper", "has been promoted to Ringing Master", "is the tower's Treasurer")
# binds it as "the Tower Captain, X" does: a person put with another's post is a role swapped.
BELL_TOWER = """# St Aldhelm's Tower — ringers' handbook

The Ringing Master, Gwen Talbot, runs Sunday service ringing and the Thursday practice.
From 1 March, Idris Penhale becomes our Tower Captain and keeps the tower keys.
Nadia Sorensen remains Steeple Keeper and oils the bells each quarter.
Oliver Quayle is the tower's Treasurer and collects the annual subscription of £15.
Visiting bands must book with the Tower Captain at least 14 days ahead.
"""
BELL_TOWER_ITEMS = [
    {"id": "b1", "question": "Who keeps the tower keys from 1 March?", "answer": "Idris Penhale, the Tower Captain."},
    {"id": "b2", "question": "Who oils the bells?", "answer": "Nadia Sorensen, the Steeple Keeper."},
    {"id": "b3", "question": "Who collects the subscription?", "answer": "Oliver Quayle, the Treasurer."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("b1", "Idris Penhale, the Tower Captain.", True),
    ("b1", "Idris Penhale.", True),
    ("b1", "Idris Penhale, the Steeple Keeper.", False),
    ("b2", "Nadia Sorensen, who remains Steeple Keeper.", True),
    ("b2", "Nadia Sorensen, the Treasurer.", False),
    ("b3", "Oliver Quayle, the tower's Treasurer.", True),
    ("b3", "Oliver Quayle, the Tower Captain.", False),
    ("b3", "Oliver Quayle, in his role as Ringing Master.", False),
])
def test_a_post_given_by_a_verb_of_taking_it_up_at_a_bell_tower(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Ringers' handbook", BELL_TOWER, BELL_TOWER_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 40), in a domain no rule was written on: a spice shop's blends. A
# reference that lists things and nothing else ("Cumin, coriander and fenugreek") states each as a
# fact of its own: an answer that leaves one out or names another thing in its place does not state
# it, however many of the list's words it says; one that words an item otherwise, or says them all
# in another order, does.
SPICE_SHOP = """# Kessler & Daughter Spices — blend notes

The house curry blend is cumin, coriander and fenugreek, toasted and ground to order.
Our chai blend contains cardamom, cinnamon, ginger and black pepper.
Blends are sold in 50 g and 100 g tins; a 50 g tin of the house curry blend costs £4.20.
"""
SPICE_SHOP_ITEMS = [
    {"id": "s1", "question": "Which spices are in the house curry blend?", "answer": "Cumin, coriander and fenugreek."},
    {"id": "s2", "question": "What does the chai blend contain?", "answer": "Cardamom, cinnamon, ginger and black pepper."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "Cumin, coriander and fenugreek.", True),
    ("s1", "Fenugreek, cumin and coriander, toasted and ground to order.", True),
    ("s1", "It's cumin, coriander and turmeric.", False),
    ("s1", "Cumin and coriander.", False),
    ("s2", "Cardamom, cinnamon, ginger and black pepper.", True),
    ("s2", "Cardamom, cinnamon, ginger and pepper.", True),
    ("s2", "Cardamom, cinnamon, nutmeg and black pepper.", False),
])
def test_each_thing_a_listed_reference_names_at_a_spice_shop(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Blend notes", SPICE_SHOP, SPICE_SHOP_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 40), in a domain no rule was written on: a canoe hire's safety
# rules. A clause that says "they" of the same unnamed thing as the clause before ("They are brought
# ashore …, but they are charged …") is about what that clause places them in, and is checked
# against what the documents say of it there.
CANOE_HIRE = """# Wyebank Canoe Hire — safety rules

Hirers who capsize are brought ashore by the safety boat without charge.
Canoes must be back at the landing stage by 18:00; a late return costs £10 per half hour.
Buoyancy aids must be worn at all times on the water.
"""
CANOE_HIRE_ITEMS = [
    {"id": "c1", "question": "What happens to hirers who capsize?",
     "answer": "They are brought ashore by the safety boat without charge."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "They are brought ashore by the safety boat, and they aren't charged for it.", True),
    ("c1", "They're brought ashore by the safety boat, free of charge.", True),
    ("c1", "They are brought ashore by the safety boat, but they are charged for it.", False),
    ("c1", "They are brought ashore by the safety boat, though they are charged for the time it takes.", False),
])
def test_a_clause_that_says_they_of_the_thing_the_clause_before_does_at_a_canoe_hire(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Safety rules", CANOE_HIRE, CANOE_HIRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 40), in a domain no rule was written on: a car ferry's vehicle rules. A
# comparative of size ("no wider than", "taller than", "2.5 m or narrower") bounds a value as "no
# more than" and "more than" do: an answer that turns the bound round contradicts the rule.
FERRY_VEHICLES = """# Sound of Ardmore Ferry — vehicle rules

Caravans no wider than 2.5 m are accepted on every sailing.
Vehicles taller than 2.1 m must queue in lane 3 and are loaded last.
Motorcycles are loaded first and must be strapped down by the crew.
"""
FERRY_VEHICLES_ITEMS = [
    {"id": "f1", "question": "What is the widest caravan the ferry accepts?", "answer": "2.5 m."},
    {"id": "f2", "question": "Which vehicles must queue in lane 3?", "answer": "Vehicles taller than 2.1 m."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "Caravans up to 2.5 m wide are accepted.", True),
    ("f1", "2.5 m or narrower.", True),
    ("f1", "Caravans at least 2.5 m wide are accepted on every sailing.", False),
    ("f1", "Only caravans wider than 2.5 m are accepted.", False),
    ("f2", "Those over 2.1 m tall.", True),
    ("f2", "Vehicles no taller than 2.1 m.", False),
    ("f2", "Vehicles up to 2.1 m tall must queue in lane 3.", False),
])
def test_a_comparative_of_size_bounds_a_value_at_a_ferry(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Vehicle rules", FERRY_VEHICLES, FERRY_VEHICLES_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 40), in a domain no rule was written on: a dance school's fees. How
# much of an amount is a closed attribute: "the whole fee" and "the entire fee" are "the full fee",
# and "half the fee" is not.
DANCE_SCHOOL = """# Larkspur School of Dance — fees and refunds

If the school cancels a term, the full term fee is refunded within 14 days.
Pupils who leave mid-term get half of the remaining fee back.
No refund is given for classes a pupil misses.
"""
DANCE_SCHOOL_ITEMS = [
    {"id": "d1", "question": "What is refunded if the school cancels a term?", "answer": "The full term fee."},
    {"id": "d2", "question": "What do pupils who leave mid-term get back?", "answer": "Half of the remaining fee."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("d1", "The whole term fee.", True),
    ("d1", "You get the entire term fee back.", True),
    ("d1", "Half of the term fee.", False),
    ("d2", "Half the remaining fee.", True),
    ("d2", "The whole remaining fee.", False),
])
def test_how_much_of_an_amount_at_a_dance_school(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Fees and refunds", DANCE_SCHOOL, DANCE_SCHOOL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 41), in a domain no rule was written on: a bowling alley's lane hire. A
# value said with one value of a closed attribute (a day, a part of the day, a side) that the
# documents give only with another is misbound, whatever the question asks; a clause that names two
# values of the attribute ("on Saturdays, against £28 on Sundays") says each with its own.
BOWLING_ALLEY = """# Strikers Bowl — lane hire

Saturday lane hire costs £32 an hour.
Sunday lane hire costs £28 an hour.
The family package runs from 12:00 to 15:00 in the afternoon.
The left-hand lanes have bumpers up to 8 kg balls.
"""
BOWLING_ALLEY_ITEMS = [
    {"id": "b1", "question": "What does lane hire cost on a Saturday?", "answer": "£32 an hour."},
    {"id": "b2", "question": "When does the family package run?", "answer": "12:00 to 15:00."},
    {"id": "b3", "question": "Which lanes have bumpers?", "answer": "The left-hand lanes."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("b1", "£32 an hour on Saturdays.", True),
    ("b1", "Saturday hire is £32 per hour, against £28 on Sundays.", True),
    ("b1", "It's £32 an hour on Sundays.", False),
    ("b1", "Sunday lane hire costs £32 an hour.", False),
    ("b2", "From 12:00 until 15:00, in the afternoon.", True),
    ("b2", "It's an evening session, 12:00 to 15:00.", False),
    ("b2", "It runs 12:00 to 15:00 on weekdays.", True),        # a day the documents do not give: no other value of its attribute
])
def test_a_value_said_with_another_value_of_its_attribute_at_a_bowling_alley(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Lane hire", BOWLING_ALLEY, BOWLING_ALLEY_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 41), in a domain no rule was written on: a community orchestra's fees.
# A sum the documents give as the end of a change ("rises from £60 to £75") is theirs, and said per
# a thing they never give it per it is misbound; a question that asks "per" one thing does not say
# the answer's other denominator.
ORCHESTRA_FEES = """# Millbrook Community Orchestra — fees

The annual subscription rises from £60 to £75 from September.
A visiting player pays £6 for each rehearsal attended.
A member's concert ticket goes up from £8 to £10 in September.
"""
ORCHESTRA_FEES_ITEMS = [
    {"id": "o1", "question": "What is the annual subscription from September?", "answer": "£75."},
    {"id": "o2", "question": "What does a visiting player pay per rehearsal?", "answer": "£6."},
    {"id": "o3", "question": "What does a member pay per concert ticket from September?", "answer": "£10."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("o1", "£75, up from £60.", True),
    ("o1", "£75 per concert.", False),
    ("o1", "It goes up to £75 for each rehearsal.", False),
    ("o2", "£6 each rehearsal.", True),
    ("o2", "£6 per month.", False),
    ("o2", "A visiting player pays £6 a week.", False),
    ("o3", "£10 per ticket, up from £8.", True),
    ("o3", "£10 a week.", False),
    ("o3", "Members pay £10 per season.", False),
])
def test_a_sum_said_per_a_thing_the_documents_never_give_it_per_in_an_orchestra(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Fees", ORCHESTRA_FEES, ORCHESTRA_FEES_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 41), in a domain no rule was written on: a village hall's hire
# charges. A verb of change read across its object ("cut the evening rate to £22") and a verb of
# moving with "up" or "down" ("comes down to £75") state a change, turned round where the documents'
# change of that value went the other way; "twenty-two" is one value of a change, not 20 and 2.
VILLAGE_HALL = """# Ashby Parva Village Hall — hire charges

The evening rate rises from £18 to £22 an hour from April.
The damage deposit falls from £100 to £75 at the same time.
"""
VILLAGE_HALL_ITEMS = [
    {"id": "v1", "question": "What is the evening rate from April?", "answer": "£22 an hour."},
    {"id": "v2", "question": "What is the damage deposit from April?", "answer": "£75."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("v1", "It goes up to £22 an hour.", True),
    ("v1", "The evening rate was put up to £22 an hour from £18.", True),
    ("v1", "The hall cut the evening rate to £22 an hour.", False),
    ("v1", "The evening rate comes down to £22 an hour.", False),
    ("v2", "It came down to £75 from £100.", True),
    ("v2", "The deposit has been brought down to £75.", True),
    ("v2", "They raised the damage deposit to £75.", False),
    ("v2", "The deposit came up to £75.", False),
    ("v1", "Twenty-two pounds an hour, up from eighteen.", True),     # a number in words with a hyphen is one number
    ("v1", "Twenty-two pounds an hour, down from eighteen.", False),
])
def test_a_change_read_across_its_object_or_particle_at_a_village_hall(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Hire charges", VILLAGE_HALL, VILLAGE_HALL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 41), in a domain no rule was written on: a marina's mooring terms. A
# value in other units than the documents write it ("28 days" for "4 weeks") is read, for where it is
# bound, as the sentence that states it writes it: alignment reads a value by its words.
MARINA_MOORING = """# Kestrel Quay Marina — mooring terms

The mooring fee is due no later than 4 weeks before the season starts.
The launch crew radios your berth number 48 hours before the season starts, but only once the
mooring fee has been paid.
"""
MARINA_MOORING_ITEMS = [
    {"id": "m1", "question": "When is the mooring fee due?", "answer": "No later than 4 weeks before the season starts."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "The mooring fee has to be paid at least 28 days before the season starts.", True),
    ("m1", "The mooring fee must be paid a month before the season starts.", False),
    ("m1", "The fee has to be paid 48 hours before the season starts.", False),
])
def test_a_value_in_other_units_is_bound_where_it_is_written_at_a_marina(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Mooring terms", MARINA_MOORING, MARINA_MOORING_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 42), in domains no rule was written on.

# A council's bulky-waste collections. Working days and calendar days are two values of one closed
# attribute ("10 calendar days" is not "10 working days"), and a length the documents give as plain
# days ("5 days to put the items out") is calendar days: said in working days it is another length,
# even where they count another thing in that many working days ("repairs take 5 working days");
# "until 2 days before" is a deadline, no later than 2 days before.
BULKY_WASTE = """# Dunmore Council — bulky waste collections

A collection takes place within 10 working days of booking.
You have 5 days after booking to put the items out at the kerb.
A missed collection is put right within 5 working days.
A refund for a cancelled collection is paid within 14 days.
A booking can be changed free of charge until 2 days before the collection.
"""
BULKY_WASTE_ITEMS = [
    {"id": "w1", "question": "How soon after booking does a collection take place?", "answer": "Within 10 working days."},
    {"id": "w2", "question": "How long do you have to put the items out?", "answer": "5 days after booking."},
    {"id": "w3", "question": "How soon is a refund paid for a cancelled collection?", "answer": "Within 14 days."},
    {"id": "w4", "question": "How late can a booking be changed free of charge?", "answer": "Until 2 days before the collection."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("w1", "Within ten working days of the booking.", True),
    ("w1", "Within 10 calendar days of booking.", False),
    ("w2", "Five days from booking, at the kerb.", True),
    ("w2", "You have 5 working days after booking to put them out.", False),
    ("w3", "It's paid within 14 days.", True),
    ("w3", "Within 14 working days.", False),
    # "until" a length before an event is a deadline, as "no later than" is; "up to" may say either
    ("w4", "No later than 2 days before the collection.", True),
    ("w4", "Up to two days before the collection.", True),
    ("w4", "Within 2 days before the collection.", False),
])
def test_days_counted_as_the_documents_count_them_for_bulky_waste(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Bulky waste", BULKY_WASTE, BULKY_WASTE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A dental practice's messages. How a message is sent is a closed attribute with two levels: in
# writing (by letter, email or text) or by word of mouth (a call), and which channel carries it; one
# channel is not another ("by email" is not "by text"), and a written channel is writing.
DENTAL_PRACTICE = """# Castlegate Dental Practice — appointments and complaints

Appointment reminders are sent by text 48 hours before the appointment.
Cancellations must be made by phone at least 24 hours before the appointment.
Complaints must be made in writing to the practice manager within 30 days.
"""
DENTAL_PRACTICE_ITEMS = [
    {"id": "d1", "question": "How and when are appointment reminders sent?", "answer": "By text, 48 hours before."},
    {"id": "d2", "question": "How must a cancellation be made?", "answer": "By phone, at least 24 hours before."},
    {"id": "d3", "question": "How must a complaint be made?", "answer": "In writing to the practice manager within 30 days."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("d1", "A text message goes out 48 hours ahead.", True),
    ("d1", "By email, 48 hours before the appointment.", False),
    ("d1", "By post, 48 hours before the appointment.", False),
    ("d2", "By telephone, at least 24 hours before.", True),
    ("d2", "By email, at least 24 hours before.", False),
    ("d3", "In writing to the practice manager, within 30 days.", True),
    ("d3", "By email to the practice manager within 30 days.", True),     # an email is writing
    ("d3", "By phone to the practice manager within 30 days.", False),
    ("d3", "Verbally, to the practice manager, within 30 days.", False),
])
def test_how_a_message_is_sent_at_a_dental_practice(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Appointments", DENTAL_PRACTICE, DENTAL_PRACTICE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A climbing centre's rules. "Only with X" and "only if X" make X required; a clause as close to
# the claim that says nothing of obligation ("Sign the consent form.") neither grants nor requires,
# so "signing it is optional" still conflicts with "must sign".
CLIMBING_CENTRE = """# Redstone Climbing Centre — rules

Climbers may use the lead wall only with a lead-climbing certificate.
Climbers aged 16 or 17 must sign the consent form at registration.
Members receive the belay card only if they pass the belay test in person.
Climbers receive the bronze badge only if they complete 10 routes and pass the knot check.
"""
CLIMBING_CENTRE_ITEMS = [
    {"id": "c1", "question": "What do climbers need to use the lead wall?", "answer": "A lead-climbing certificate."},
    {"id": "c2", "question": "What must climbers aged 16 or 17 do at registration?", "answer": "Sign the consent form."},
    {"id": "c3", "question": "How do members get the belay card?", "answer": "By passing the belay test in person."},
    {"id": "c4", "question": "How many routes must a climber complete for the bronze badge?", "answer": "10 routes."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "They need a lead-climbing certificate.", True),
    ("c1", "Anyone may use the lead wall; a lead-climbing certificate is not required.", False),
    ("c2", "They must sign the consent form when they register.", True),
    ("c2", "Signing the consent form at registration is optional.", False),
    ("c2", "Nothing is needed; the consent form is optional.", False),
    ("c3", "They pass the belay test in person.", True),
    ("c3", "Passing the belay test in person is not necessary for the belay card.", False),
    ("c4", "Ten routes, and they must also pass the knot check.", True),
    ("c4", "10 routes; the knot check is optional.", False),
    ("c4", "Ten routes, and no knot check is needed.", False),
])
def test_what_only_with_or_only_if_requires_at_a_climbing_centre(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Rules", CLIMBING_CENTRE, CLIMBING_CENTRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A city museum's visitor guide. An option may be named by a word of its name that the other option
# lacks ("Penrose." for "Penrose Quay"), and a conclusion that ends its sentence by saying which one
# it is ("…, so it's the tram.") chooses it.
MUSEUM_VISIT = """# Calderbrook Museum — getting here

The Penrose Quay tram stop is 200 m from the museum entrance.
Harlow Street Interchange is 900 m from the museum entrance.
A day ticket costs £6 on the tram and £4.50 on the bus.
"""
MUSEUM_VISIT_ITEMS = [
    {"id": "m1", "question": "Which is nearer the museum, Harlow Street Interchange or the Penrose Quay tram stop?",
     "answer": "The Penrose Quay tram stop (200 m, against 900 m)."},
    {"id": "m2", "question": "Which day ticket costs more, the tram or the bus?", "answer": "The tram (£6 against £4.50)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "Penrose.", True),
    ("m1", "Penrose, about 200 m away, against 900 m from Harlow Street.", True),
    ("m1", "Harlow.", False),
    ("m1", "Harlow Street is 900 m away and Penrose Quay 200 m, so it's Penrose Quay.", True),
    ("m1", "Penrose Quay is 200 m away and Harlow Street 900 m, so it's Harlow Street.", False),
    ("m2", "The bus is £4.50 and the tram £6, so it's the tram.", True),
    ("m2", "The tram is £6 and the bus £4.50, so it's the bus.", False),
])
def test_an_option_named_by_its_own_name_word_or_by_a_conclusion_at_a_museum(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Getting here", MUSEUM_VISIT, MUSEUM_VISIT_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A ferry terminal's notice. A value now and the value it replaces in other units ("2 hours, up from
# 45 minutes") are compared in one unit, the value now being the nearest in the unit of the one
# replaced; "the Terminal Manager is Ana Sousa" binds the post to her as "Ana Sousa, the Terminal
# Manager" does, and so does a line's label ("Harbour Safety Officer (HSO): Mr Tom Reid").
FERRY_TERMINAL = """# Westhaven Ferry Terminal — changes from 1 May

Check-in for vehicles closes 45 minutes before departure.
Freight bookings are handled by the Deputy Manager, Ana Sousa.
- **Harbour Safety Officer (HSO):** Mr Tom Reid, Berth Supervisor.
The longest crossing is now 42 km, with 900 m of it in the harbour (it was 38 km).

From 1 May, check-in for vehicles closes 2 hours before departure.
From 1 May the Terminal Manager is Ana Sousa. Rui Costa, the Terminal Manager until then, becomes Fleet Coordinator.
"""
FERRY_TERMINAL_ITEMS = [
    {"id": "f1", "question": "From 1 May, when does vehicle check-in close?", "answer": "2 hours before departure (previously 45 minutes)."},
    {"id": "f2", "question": "Who is the Terminal Manager from 1 May?", "answer": "Ana Sousa."},
    {"id": "f3", "question": "Who is the Harbour Safety Officer?", "answer": "Mr Tom Reid."},
    {"id": "f4", "question": "How long is the longest crossing now?", "answer": "42 km (it was 38 km)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "2 hours before departure, up from 45 minutes.", True),
    ("f1", "Two hours before departure, down from 45 minutes.", False),
    ("f2", "Ana Sousa becomes Terminal Manager from 1 May.", True),
    ("f2", "Ana Sousa is the Terminal Manager from 1 May.", True),
    ("f2", "Ana Sousa, the Terminal Manager from 1 May.", True),
    ("f2", "From 1 May the Terminal Manager is Tom Reid.", False),
    ("f3", "The HSO is Mr Tom Reid, the Berth Supervisor.", True),
    ("f3", "The current HSO is Tom Reid.", True),
    ("f4", "42 km, up from 38 km.", True),
    ("f4", "It is 42 km now, down from 38 km.", False),
])
def test_a_change_in_two_units_and_a_post_given_as_the_subject_of_be_at_a_ferry_terminal(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Terminal notice", FERRY_TERMINAL, FERRY_TERMINAL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 42), in a domain no rule was written on: a boatyard's lift-out terms.
# A role written as a title before a name, with no article or comma ("approved by yard manager Petra
# Kovac"), binds the post to her as an apposition does, in the documents and in an answer.
BOATYARD = """# Saltmarsh Boatyard — lift-out terms

Every lift-out must be approved by yard manager Petra Kovac.
On the day, dock supervisor Sam Ellery checks the cradle and the slings.
Storage ashore costs £9 per metre per week.
"""
BOATYARD_ITEMS = [
    {"id": "y1", "question": "Who approves a lift-out?", "answer": "Petra Kovac, the yard manager."},
    {"id": "y2", "question": "Who checks the cradle on the day?", "answer": "Sam Ellery, the dock supervisor."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("y1", "Yard manager Petra Kovac approves it.", True),
    ("y1", "Petra Kovac, the yard manager.", True),
    ("y2", "Dock supervisor Sam Ellery checks it.", True),
    ("y2", "Sam Ellery, the yard manager, checks the cradle.", False),
    ("y2", "Yard manager Sam Ellery checks the cradle on the day.", False),
])
def test_a_role_written_as_a_title_before_a_name_at_a_boatyard(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Lift-out terms", BOATYARD, BOATYARD_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 43), in a domain no rule was written on: an office printer lease.
# "last" that ends its phrase says "later", as "first" says "earlier" ("whichever comes last" for the
# lease's "whichever comes first"); the verb "last" and "at last" say no order.
PRINTER_LEASE = """# Inkwell Office Leasing — printer lease terms

Each printer is serviced every 50,000 pages or 12 months, whichever comes first.
The toner drum is replaced after 120,000 pages or 3 years, whichever comes first.
A drum is expected to last about three years.
"""
PRINTER_LEASE_ITEMS = [
    {"id": "p1", "question": "How often is a printer serviced?",
     "answer": "Every 50,000 pages or 12 months, whichever comes first."},
    {"id": "p2", "question": "When is the toner drum replaced?",
     "answer": "After 120,000 pages or 3 years, whichever comes first."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("p1", "Every 50,000 pages or 12 months, whichever comes last.", False),
    ("p1", "Every 50,000 pages or 12 months, whichever is sooner.", True),
    ("p2", "After 120,000 pages or 3 years, whichever happens last.", False),
    ("p2", "After 120,000 pages or 3 years, whichever comes first, which is about as long as a drum should last.", True),
])
def test_whichever_comes_last_for_a_printer_lease(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Printer lease", PRINTER_LEASE, PRINTER_LEASE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 43), in a domain no rule was written on: a theme park's ride rules.
# A weight in stones and pounds, or a height in feet and inches, is one value however it is written
# ("18 st 13 lb", "12 stone 13 pounds", "3 ft 11 in of clearance"); "1st" stays an ordinal.
THEME_PARK = """# Grimsdyke Adventure Park — ride rules

Riders on the Thunder Flume must be at least 1.2 m tall.
The maximum rider weight on the Sky Swing is 120 kg.
The queue for the 1st ride of the day opens at 09:30.
"""
THEME_PARK_ITEMS = [
    {"id": "t1", "question": "What is the maximum rider weight on the Sky Swing?", "answer": "120 kg."},
    {"id": "t2", "question": "How tall must riders on the Thunder Flume be?", "answer": "At least 1.2 m."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("t1", "120 kg, which is about 18 st 13 lb.", True),
    ("t1", "120 kg, which is about 18 stone 13 pounds.", True),
    ("t1", "120 kg, which is about 20 st 13 lb.", False),
    ("t2", "At least 1.2 m, roughly 3 ft 11 in of height.", True),
    ("t2", "At least 1.2 m, roughly 4 ft 11 in of height.", False),
])
def test_a_weight_in_stones_and_pounds_and_a_height_in_feet_and_inches_at_a_theme_park(tmp_path, item_id, answer,
                                                                                        right):
    r = _scorer(tmp_path, "Ride rules", THEME_PARK, THEME_PARK_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 43), in a domain no rule was written on: a wild swimming lake. The
# days of a season are counted from its first-written date on, with or without both ends ("from 1 May
# to 30 September, which is 153 days", not the 213 days from September round to May); the hours
# between two times of day are as many hours a day; "a full day" is one day; the number a noun is
# given in words states it ("a rating of seven, on a scale"); in or out of doors is a closed attribute.
SWIMMING_LAKE = """# Hollowmere Lake — swimmer information

The open-water season runs from 1 May to 30 September.
The lake is staffed every day from 07:00 to 19:00.
After a blue-green algae warning is lifted, swimmers must wait 24 hours before swimming.
In the 2027 survey the lake's clarity was rated 7 on a scale from 1 to 10, and 3 visitors complained.
Lockers are in the outdoor changing area by the jetty; a second changing room is indoors.
"""
SWIMMING_LAKE_ITEMS = [
    {"id": "s1", "question": "When does the open-water season run?", "answer": "From 1 May to 30 September."},
    {"id": "s2", "question": "When is the lake staffed?", "answer": "Every day, 07:00 to 19:00."},
    {"id": "s3", "question": "How long must swimmers wait after an algae warning is lifted?", "answer": "24 hours."},
    {"id": "s4", "question": "What clarity rating did the lake get in 2027?", "answer": "7."},
    {"id": "s5", "question": "Where are the lockers?", "answer": "In the outdoor changing area by the jetty."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "From 1 May to 30 September, which is 153 days.", True),
    ("s1", "From 1 May to 30 September, 152 days.", True),
    ("s1", "From 1 May to 30 September, which is 120 days.", False),
    ("s2", "Every day from 07:00 until 19:00, which is twelve hours a day.", True),
    ("s2", "Every day from 07:00 until 19:00, which is eleven hours a day.", False),
    ("s3", "A full day.", True),
    ("s3", "A full week.", False),
    ("s4", "A rating of seven, on a scale of one to ten.", True),
    ("s4", "A rating of eight, on a scale of one to ten.", False),
    ("s5", "In the outside changing area by the jetty.", True),
    ("s5", "In the indoor changing area by the jetty.", False),
])
def test_spans_a_full_day_a_number_in_words_and_indoors_at_a_swimming_lake(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Swimmer information", SWIMMING_LAKE, SWIMMING_LAKE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 43), in a domain no rule was written on: a tool library's volunteer
# rota. A verb of ceasing denies the act its gerund names ("stops leading the repair evenings" is "no
# longer leads them"), and an answer to a question that asks what is denied or ceases ("What will
# she stop doing?") may deny the reference's act: the denial is the question's own.
TOOL_LIBRARY = """# Eastgate Tool Library — volunteer rota notice

From 1 March Joan Whitby no longer leads the Thursday repair evenings; Colin Ashe leads them instead.
Joan will still run the Saturday lending desk.
Colin will no longer keep the library's accounts.
"""
TOOL_LIBRARY_ITEMS = [
    {"id": "l1", "question": "What will Joan Whitby stop doing from 1 March?",
     "answer": "Leading the Thursday repair evenings."},
    {"id": "l2", "question": "Who leads the Thursday repair evenings from 1 March?", "answer": "Colin Ashe."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("l1", "She stops leading the Thursday repair evenings.", True),
    ("l1", "She will no longer lead the Thursday repair evenings.", True),
    ("l1", "Leading the Thursday repair evenings.", True),
    ("l1", "She stops running the Saturday lending desk.", False),
    ("l2", "Colin Ashe, who stops keeping the library's accounts.", True),
    ("l2", "Colin Ashe, who keeps doing the library's accounts.", False),
])
def test_a_verb_of_ceasing_and_a_question_that_asks_what_ceases_at_a_tool_library(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Volunteer rota notice", TOOL_LIBRARY, TOOL_LIBRARY_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 43), in a domain no rule was written on: a village cricket club's
# rules. A passive predicate coordinated with the one before it shares its subject ("Pitch bookings
# are drawn up by A and approved by B": B approves the pitch bookings), so an answer that gives B
# that act is bound where the documents bind it.
CRICKET_CLUB = """# Ashwell Green Cricket Club — ground rules

Pitch bookings are drawn up by Ravi Patel and approved by Megan Shaw.
Damage to the sight screens is logged by Ravi Patel.
"""
CRICKET_CLUB_ITEMS = [
    {"id": "c1", "question": "Who approves pitch bookings?", "answer": "Megan Shaw."},
    {"id": "c2", "question": "Who draws up pitch bookings?", "answer": "Ravi Patel."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "Pitch bookings are approved by Megan Shaw.", True),
    ("c1", "Pitch bookings are approved by Ravi Patel.", False),
    ("c2", "Pitch bookings are drawn up by Ravi Patel.", True),
    ("c2", "Pitch bookings are drawn up by Megan Shaw.", False),
])
def test_a_coordinated_passive_shares_its_subject_at_a_cricket_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Ground rules", CRICKET_CLUB, CRICKET_CLUB_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 43), in a domain no rule was written on: a food co-op's rules. A
# thing that rests, lies or sits with someone is theirs: the "with" of those verbs names the one who
# holds it ("That approval rests with the buying lead"), no subordinate part.
FOOD_COOP = """# Ferrybridge Food Co-op — members' rules

New suppliers are approved by Lily Okafor, the buying lead.
Sam Hart, the treasurer, is told of every new supplier.
"""
FOOD_COOP_ITEMS = [
    {"id": "f1", "question": "Who approves a new supplier for the co-op's shelves?", "answer": "The buying lead (Lily Okafor)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "That approval rests with the buying lead, Lily Okafor.", True),
    ("f1", "Approval of new suppliers lies with Lily Okafor, the buying lead.", True),
    ("f1", "That approval rests with the treasurer, Sam Hart.", False),
])
def test_an_approval_that_rests_with_someone_at_a_food_coop(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Members' rules", FOOD_COOP, FOOD_COOP_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 43), in a domain no rule was written on: a darts league's appeal
# decision. A verb that says only that a value changed ("varied", "amended", "altered", "modified")
# takes its direction from the two values, so "increased from 3 matches to 6" turns round "varied
# from 6 matches to 3".
DARTS_LEAGUE = """# Wexcombe Darts League — appeal decision

The appeal is allowed in part: the ban is varied from 6 matches to 3 matches.
The £40 appeal fee is returned.
"""
DARTS_LEAGUE_ITEMS = [
    {"id": "d1", "question": "How long is the ban after the appeal?", "answer": "3 matches, varied from 6."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("d1", "3 matches, down from 6.", True),
    ("d1", "The panel increased it from 3 matches to 6.", False),
    ("d1", "It went up from 3 matches to 6.", False),
])
def test_a_change_said_by_a_verb_of_no_direction_at_a_darts_league(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Appeal decision", DARTS_LEAGUE, DARTS_LEAGUE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 44), in a domain no rule was written on: a snooker hall's
# membership terms. A range is stated by its two ends bounded as the range bounds them, in either
# order ("at most 17, and at least 12" for "12 to 17"); a number in words is a value where a bound
# follows it ("eighteen or older"); a suspended hyphen leaves the first number's unit to the second
# ("twelve- to seventeen-year-olds"); and an answer's value that is an end of a range the documents
# give ("from 12 up to 17"), or an age in years at an end of a range of ages ("a 12-year-old" of
# "aged 12 to 17"), is theirs.
SNOOKER_HALL = """# Cueball Rooms — membership terms

Junior membership is for players aged 12 to 17. Juniors may book a table until 19:00.
Players must be 18 or over to enter the lounge bar.
"""
SNOOKER_HALL_ITEMS = [
    {"id": "s1", "question": "What ages can join as junior members?", "answer": "12 to 17."},
    {"id": "s2", "question": "How old must a player be to enter the lounge bar?", "answer": "18 or over."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "At most 17, and at least 12.", True),
    ("s1", "Juniors must be no younger than 12 and no older than 17.", True),
    ("s1", "At most 17, and at least 14.", False),
    ("s1", "Twelve- to seventeen-year-olds.", True),
    ("s1", "Fourteen- to seventeen-year-olds.", False),
    ("s1", "From 12 up to 17.", True),
    ("s1", "A 12-year-old can join as a junior, and so can a 17-year-old.", True),
    ("s2", "Players need to be eighteen or older.", True),
    ("s2", "Players need to be sixteen or older.", False),
])
def test_a_range_by_its_bounded_ends_and_ages_in_words_at_a_snooker_hall(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Membership terms", SNOOKER_HALL, SNOOKER_HALL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 44), in a domain no rule was written on: a glamping site's voucher
# terms. What a length of time runs from is its event, not the noun that makes the event a point:
# "the day of purchase" is "the date of purchase", and "the date of your first stay" another event.
GLAMPING_SITE = """# Bramblecombe Glamping — gift vouchers

Gift vouchers are valid for 12 months from the date of purchase and can be used for any bell tent or yurt.
Vouchers cannot be exchanged for cash.
"""
GLAMPING_SITE_ITEMS = [
    {"id": "g1", "question": "How long is a gift voucher valid?", "answer": "12 months from the date of purchase."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("g1", "For 12 months from the day of purchase.", True),
    ("g1", "A year from the date of purchase.", True),
    ("g1", "For 12 months from the date of your first stay.", False),
    ("g1", "12 months from the date of arrival.", False),
])
def test_a_length_of_time_runs_from_an_event_not_a_point_noun_at_a_glamping_site(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Gift vouchers", GLAMPING_SITE, GLAMPING_SITE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 44), in a domain no rule was written on: a falconry centre's
# visitor notes. A person's given name written as its initial ("M. Ellery") names the person whose
# given name it begins; another initial names someone else.
FALCONRY_CENTRE = """# Harrowdene Falconry Centre — visitor notes

Flying displays are led by Marcus Ellery, the head falconer.
Group bookings are handled by Tessa Ellery in the office.
"""
FALCONRY_CENTRE_ITEMS = [
    {"id": "f1", "question": "Who leads the flying displays?", "answer": "Marcus Ellery, the head falconer."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "M. Ellery.", True),
    ("f1", "M Ellery leads them.", True),
    ("f1", "T. Ellery.", False),
])
def test_a_given_name_written_as_its_initial_at_a_falconry_centre(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Visitor notes", FALCONRY_CENTRE, FALCONRY_CENTRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 44), in a domain no rule was written on: a council's beach hut
# licence. "Counting" before what it counts in says "including", so "not counting the hirer"
# leaves out whom the documents count in.
BEACH_HUT = """# Saltmarsh Bay beach huts — licence terms

Each beach hut may be used by up to 6 people at a time, including the hirer.
Barbecues are not allowed on the promenade.
"""
BEACH_HUT_ITEMS = [
    {"id": "b1", "question": "How many people may use a beach hut at a time?", "answer": "Up to 6, including the hirer."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("b1", "Up to 6 people, counting the hirer.", True),
    ("b1", "Six at most, the hirer included.", True),
    ("b1", "Up to 6 people, not counting the hirer.", False),
    ("b1", "No more than 6, not including the hirer.", False),
])
def test_counting_someone_in_says_including_them_at_a_beach_hut(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Licence terms", BEACH_HUT, BEACH_HUT_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 44), in a domain no rule was written on: a summer school's fees.
# A reason that applies the documents' rule to the case the question asks of ("since 20 April
# falls early") is the answer's own working, held to the bar of any reason (an event "since" dates,
# told in the past, is still held to one new word: `test_an_event_since_dates_that_no_one_sentence_gives`).
SUMMER_SCHOOL = """# Linthorpe Summer School — fees

Students who book before 1 May pay £480. Bookings made from 1 May onwards pay £540.
"""
SUMMER_SCHOOL_ITEMS = [
    {"id": "u1", "question": "How much does a student who books on 20 April pay?", "answer": "£480."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("u1", "£480, since 20 April falls early.", True),
    ("u1", "£480, since 20 April falls before 1 May.", True),
    ("u1", "£540, since 20 April falls after 1 May.", False),
])
def test_a_reason_that_applies_the_rule_to_the_case_asked_at_a_summer_school(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Fees", SUMMER_SCHOOL, SUMMER_SCHOOL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 44), in domains no rule was written on: a paddleboard hire's
# terms, a stairlift's service schedule and a bicycle workshop's booking note. A number in words
# that opens the answer set off by a dash is the answer ("Twelve — nobody younger ..."); "every"
# before two measures joined by "or" says the second as often ("every 5,000 journeys or 12 months");
# and an everyday word that opens a sentence before a person's name is no part of it
# ("Email Jonah Pritchard").
PADDLEBOARD_HIRE = """# Tidewater Paddle — hire terms

The minimum age to hire a board is 12 years. Under-16s must wear a buoyancy aid.
"""
PADDLEBOARD_HIRE_ITEMS = [
    {"id": "p1", "question": "What is the minimum age to hire a paddleboard?", "answer": "12 years."},
]
STAIRLIFT_SERVICE = """# Ascend 300 stairlift — service schedule

Have the stairlift serviced every 5,000 journeys or 12 months, whichever comes first.
Wipe the rail clean every week.
"""
STAIRLIFT_SERVICE_ITEMS = [
    {"id": "m1", "question": "How often should the stairlift be serviced?",
     "answer": "Every 5,000 journeys or 12 months, whichever comes first."},
]
SPOKES_WORKSHOP = """# Spokes Community Workshop — booking a repair slot

To book a repair slot, contact Jonah Pritchard, the workshop coordinator.
Slots last 45 minutes.
"""
SPOKES_WORKSHOP_ITEMS = [
    {"id": "w1", "question": "Who should I contact to book a repair slot?", "answer": "Jonah Pritchard."},
]


@pytest.mark.parametrize("title, document, items, item_id, answer, right", [
    ("Hire terms", PADDLEBOARD_HIRE, PADDLEBOARD_HIRE_ITEMS, "p1", "Twelve — nobody younger can hire a board.", True),
    ("Hire terms", PADDLEBOARD_HIRE, PADDLEBOARD_HIRE_ITEMS, "p1", "Ten — nobody younger can hire a board.", False),
    ("Service schedule", STAIRLIFT_SERVICE, STAIRLIFT_SERVICE_ITEMS, "m1",
     "Every 12 months or 5,000 journeys, whichever is sooner.", True),
    ("Service schedule", STAIRLIFT_SERVICE, STAIRLIFT_SERVICE_ITEMS, "m1",
     "Every 6 months or 5,000 journeys, whichever is sooner.", False),
    ("Booking note", SPOKES_WORKSHOP, SPOKES_WORKSHOP_ITEMS, "w1", "Email Jonah Pritchard to book one.", True),
    ("Booking note", SPOKES_WORKSHOP, SPOKES_WORKSHOP_ITEMS, "w1", "Phone Jonah Pritchard, the coordinator.", True),
    ("Booking note", SPOKES_WORKSHOP, SPOKES_WORKSHOP_ITEMS, "w1", "Email Jonah Pritchett to book one.", False),
])
def test_a_count_set_off_every_before_two_measures_and_a_verb_before_a_name(tmp_path, title, document, items,
                                                                              item_id, answer, right):
    r = _scorer(tmp_path, title, document, items)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 45), in a domain no rule was written on: a fencing club's kit and
# lessons. A question that asks two things, one a value and one not ("How long …, and what …?"),
# is answered by both: the values answer one ask, and the reference's words (half of them, as a
# long clause's may be reworded) the other; an answer that gives the right value with another
# thing the documents name is wrong.
FENCING_CLUB = """# Tallis Fencing Club — kit and lessons

A beginners' course runs for 6 weeks. Each beginner borrows a club jacket and a foil for the
course; masks are hired separately at the front desk for £2 a session.

Lessons with the head coach last 20 minutes and are booked through the club app. The small hall
is booked at the front desk.

Competition entry fees are paid to the organiser by bank transfer within 7 days of entering.
"""
FENCING_CLUB_ITEMS = [
    {"id": "f1", "question": "How long is a beginners' course, and what does a beginner borrow?",
     "answer": "6 weeks; a club jacket and a foil."},
    {"id": "f2", "question": "How long do lessons with the head coach last, and where are they booked?",
     "answer": "20 minutes, booked through the club app."},
    {"id": "f3", "question": "Within how many days must competition entry fees be paid, and how?",
     "answer": "Within 7 days of entering, by bank transfer to the organiser."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "Six weeks, and they borrow a club jacket and a foil.", True),
    ("f1", "6 weeks, with a jacket and a foil lent by the club.", True),
    ("f1", "6 weeks, and they borrow a club mask.", False),
    ("f2", "They last 20 minutes and are booked on the club app.", True),
    ("f2", "20 minutes; you book them in the app.", True),
    ("f2", "20 minutes, booked at the front desk.", False),
    ("f2", "Twenty minutes each, and you book them at the front desk.", False),
    ("f3", "Within 7 days, by bank transfer.", True),
    ("f3", "Within a week of entering, paid by bank transfer to the organiser.", True),
    ("f3", "Within 7 days of entering, at the front desk.", False),
    ("f3", "Within 7 days, in cash to the organiser.", False),
])
def test_both_asks_of_a_two_part_question_are_answered_at_a_fencing_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Club handbook", FENCING_CLUB, FENCING_CLUB_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 45), in a domain no rule was written on: a puppet theatre's shows.
# A period in minutes recurs as one in hours does ("every 30 minutes" is "twice an hour", "every
# half hour", a price "per 30 minutes" is one "for every half hour"), and a day of the week said of
# every week, or of every other ("every other Saturday" is fortnightly, not weekly, and "every two
# weeks" states it); a period's adverb opening a sentence is no name ("Fortnightly, on Saturdays").
PUPPET_THEATRE = """# Marlowe Puppet Theatre — visitor notes

Short shows start every 30 minutes from 10:00 until 16:00. The puppet-making workshop meets every
other Saturday in the studio.

Extra puppets for the workshop are hired at £3 per 30 minutes.
"""
PUPPET_THEATRE_ITEMS = [
    {"id": "t1", "question": "How often do the short shows start?", "answer": "Every 30 minutes."},
    {"id": "t2", "question": "How often does the puppet-making workshop meet?", "answer": "Every other Saturday."},
    {"id": "t3", "question": "What does it cost to hire an extra puppet?", "answer": "£3 per 30 minutes."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("t1", "Twice an hour, from 10:00.", True),
    ("t1", "Every half hour.", True),
    ("t1", "Once an hour.", False),
    ("t1", "Every 20 minutes.", False),
    ("t2", "Fortnightly, on a Saturday.", True),
    ("t2", "Once every two weeks, on Saturdays.", True),
    ("t2", "Every Saturday.", False),
    ("t2", "Weekly, on Saturdays.", False),
    ("t3", "£3 for every half hour.", True),
    ("t3", "£3 every hour.", False),
])
def test_periods_in_minutes_and_days_of_alternate_weeks_at_a_puppet_theatre(tmp_path, item_id,
                                                                                             answer, right):
    r = _scorer(tmp_path, "Visitor notes", PUPPET_THEATRE, PUPPET_THEATRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 45), in a domain no rule was written on: a quilting guild's show
# rules. A yes or no that the reference gives with a reason or condition is still wrong where the
# answer's reason puts another of the documents' things in the reference's frame ("on the raffle
# quilt" for "on the entry form", "the show secretary has ticked" for "the maker has ticked"), as an
# open answer's words would be
# (`keyfacts._slot_filled`); the same reason in other words, or no reason, is right.
QUILTING_GUILD = """# Ashcombe Quilting Guild — rules for the spring show

Quilts are hung from the display stand. Members' raffle quilts are pinned to the top rail of the
hall's back wall. Photographs of the quilts are allowed only where the maker has ticked the consent
box on the entry form; the show secretary keeps the entry forms.

Hand-quilted entries are judged separately from machine-quilted ones.
"""
QUILTING_GUILD_ITEMS = [
    {"id": "q1", "question": "Can visitors photograph any quilt in the show?",
     "answer": "No; only where the maker has ticked the consent box on the entry form."},
    {"id": "q2", "question": "Are members' raffle quilts hung from the display stand?",
     "answer": "No; they are pinned to the top rail of the back wall."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("q1", "No, only quilts whose makers ticked the consent box on their entry form.", True),
    ("q1", "No.", True),
    ("q1", "No, only where the maker has ticked the consent box on the raffle quilt.", False),
    ("q2", "No, they're pinned to the top rail of the hall's back wall.", True),
    ("q1", "No, only where the show secretary has ticked the consent box on the entry form.", False),
])
def test_a_yes_or_no_with_another_thing_in_its_reasons_frame_at_a_quilting_guild(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Show rules", QUILTING_GUILD, QUILTING_GUILD_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 45), in a domain no rule was written on: a smokehouse's curing
# schedule. A sentence that gives values of two kinds in turn, each with its own ("cold-smoked at
# 25 °C for 12 hours and hot-smoked at 80 °C for 2 hours"), binds each to its partner: a claim that
# says one value of a pair with one of the other pair is misbound, whichever comes first.
SMOKEHOUSE = """# Brackwater Smokehouse — curing schedule

Salmon sides are smoked at 25 °C for 12 hours, or at 80 °C for 2 hours for the hot-smoked range.
Every batch is labelled with the smoking date.
"""
SMOKEHOUSE_ITEMS = [
    {"id": "s1", "question": "How long are salmon sides smoked at 25 °C?", "answer": "12 hours."},
    {"id": "s2", "question": "At what temperature are hot-smoked salmon sides smoked?", "answer": "80 °C."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "12 hours at 25 °C.", True),
    ("s1", "Half a day, at 25 °C.", True),
    ("s1", "They're smoked at 80 °C for 12 hours.", False),
    ("s2", "80 °C, for 2 hours.", True),
    ("s2", "80 °C; they're smoked for 12 hours.", False),
])
def test_values_given_in_pairs_stay_with_their_partners_at_a_smokehouse(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Curing schedule", SMOKEHOUSE, SMOKEHOUSE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rule (round 45), in a domain no rule was written on: a curling club's
# beginners. The two asks of a question need no comma between them ("When and where …?", "What is
# the fee and what does it cover?"): the values answer one, the reference's words the other.
CURLING_CLUB = """# Glenrothy Curling Club — new members

Taster sessions start at 19:00 and meet at the rink's west door. Members who join after a taster
pay £45 for the season, which covers ice time and the loan of a broom; the club's own stones are
used on every sheet. Lost property is kept at the bar until the end of the month.
"""
CURLING_CLUB_ITEMS = [
    {"id": "c1", "question": "When and where do taster sessions meet?", "answer": "At 19:00, at the rink's west door."},
    {"id": "c2", "question": "How much is the season fee and what does it cover?",
     "answer": "£45, covering ice time and the loan of a broom."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "7 pm, by the west door of the rink.", True),
    ("c1", "19:00, at the club bar.", False),
    ("c2", "£45; it covers the ice time and a loaned broom.", True),
    ("c2", "£45, which covers the club's own stones.", False),
])
def test_two_asks_without_a_comma_are_both_answered_at_a_curling_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "New members", CURLING_CLUB, CURLING_CLUB_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# Written after the rules (round 46), in domains no rule was written on. A lighthouse museum: a
# sentence that states one value twice, in two roles, counts it from each of its points.
LIGHTHOUSE_MUSEUM = """# Penmor Lighthouse Museum — exhibit rules

The audio cable reaches 15 metres from the ticket desk, so from March the new display must stand
within 15 metres of the power board rather than 9 metres. Until then every display stood within
9 metres of the power board. Visitors may not touch the lens.
"""
LIGHTHOUSE_MUSEUM_ITEMS = [
    {"id": "m1", "question": "From March, how close to the power board must the new display stand?",
     "answer": "Within 15 metres of the power board."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("m1", "Within 15 metres of the power board.", True),
    ("m1", "It has to be no more than about 49 feet from the power board.", True),
    ("m1", "Within 9 metres of the power board.", False),
    ("m1", "Within 12 metres of the power board.", False),
])
def test_a_value_a_sentence_states_twice_at_a_lighthouse_museum(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Exhibit rules", LIGHTHOUSE_MUSEUM, LIGHTHOUSE_MUSEUM_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A mushroom farm's packing rules: "pounds" in words weighs against a mass, and a unit written
# another way states a reference's unit word.
MUSHROOM_FARM = """# Coldharbour Mushrooms — packing rules

A harvest crate holds up to 20 kg of mushrooms. Loose chestnut mushrooms sell at £6 a tray. The
heaviest bag a child under 8 may carry is 8 lb.
"""
MUSHROOM_FARM_ITEMS = [
    {"id": "f1", "question": "How much can a harvest crate hold?", "answer": "Up to 20 kg."},
    {"id": "f2", "question": "What is the heaviest bag a child under 8 may carry?", "answer": "8 lb."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("f1", "Roughly 44 pounds of mushrooms.", True),
    ("f1", "About 60 pounds.", False),
    ("f1", "Up to 20 lb.", False),
    ("f2", "8 pounds.", True),
    ("f2", "Eight pounds.", True),
    ("f2", "8 kilograms.", False),
])
def test_pounds_in_words_weigh_against_a_mass_at_a_mushroom_farm(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Packing rules", MUSHROOM_FARM, MUSHROOM_FARM_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A community woodland's path survey, with a surveyor's letter whose title opens with the firm's
# name: the name said in the answer's sentence ("of Brackwater Surveys"), or as the whole answer,
# is what the answer says, no citation of the letter.
WOODLAND = """# Hollins Wood — path survey

The path survey was carried out by Dr Nell Ashby of Brackwater Surveys in April. Three bridges
need new handrails, and the lower car park will close for two weeks in June.
"""
WOODLAND_LETTER = ("letter", "Brackwater Surveys - letter of 3 May on the bridge handrails",
                   "Brackwater Surveys confirms that the handrails on all three bridges will be oak.\n")
WOODLAND_ITEMS = [
    {"id": "w1", "question": "Who carried out the path survey?", "answer": "Dr Nell Ashby of Brackwater Surveys."},
    {"id": "w2", "question": "Which firm carried out the path survey?", "answer": "Brackwater Surveys."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("w1", "Dr Nell Ashby of Brackwater Surveys.", True),
    ("w1", "It was done by Dr Nell Ashby, at Brackwater Surveys.", True),
    ("w1", "Dr Tom Ashby of Brackwater Surveys.", False),
    ("w2", "Brackwater Surveys.", True),
    ("w2", "Hollins Wood.", False),
])
def test_a_firm_named_in_a_letters_title_is_said_not_cited_at_a_community_woodland(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Path survey", WOODLAND, WOODLAND_ITEMS, (WOODLAND_LETTER,))(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A harp school: a noun for the one who does the act asked about, in apposition to the name
# ("Tomas Reyes, a freelance copy-editor"), describes the one named; a choice between two options
# that share their head noun, written once ("the group-lesson or the private-lesson rate"), is read
# option by option; and a clause the documents write word for word conflicts with nothing.
HARP_SCHOOL = """# Lindmoor Harp School — guidebook notes

The new guidebook will be copy-edited by Tomas Reyes, a freelance copy-editor; Ana Pell, the
school's administrator, will print it. Pupils who book in July pay the group-lesson rate, not the
private-lesson rate. Finger guards are optional in group lessons (required only in the
orchestra).

| Section | Marks |
|---|---|
| Scales | 21 |
| Three pieces (30 marks each) | 90 |
"""
HARP_SCHOOL_ITEMS = [
    {"id": "h1", "question": "Who will copy-edit the new guidebook?", "answer": "Tomas Reyes, a freelance copy-editor."},
    {"id": "h2", "question": "Is a July booking charged at the group-lesson or the private-lesson rate?",
     "answer": "The group-lesson rate."},
    {"id": "h3", "question": "Are finger guards required in group lessons?",
     "answer": "No, they are optional in group lessons (required only in the orchestra)."},
    {"id": "h4", "question": "How many marks are the scales worth?", "answer": "21 marks."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("h1", "Tomas Reyes, a freelance copy-editor.", True),
    ("h1", "Ana Pell, a freelance copy-editor.", False),
    ("h2", "The group-lesson rate.", True),
    ("h2", "The private-lesson rate.", False),
    ("h3", "No, they are optional in group lessons (required only in the orchestra).", True),
    ("h3", "Yes, they are required in group lessons.", False),
    ("h4", "21 marks.", True),
    ("h4", "30 marks.", False),
])
def test_appositions_shared_heads_and_clauses_written_word_for_word_at_a_harp_school(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Guidebook notes", HARP_SCHOOL, HARP_SCHOOL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# An oyster hatchery's tank works: a value another replaces is read whole ("£3,710", "07:30"), and a
# range by its first value ("06:00-07:30 instead of 06:30-08:00" starts earlier), and times of day
# are earlier or later, never shorter; words of direction the evidence writes after the same word,
# in the same order, are no opposites ("2 hours before ... 2 hours after").
OYSTER_HATCHERY = """# Marram Oyster Hatchery — tank works

The revised quote for the new seawater pump is £3,710 instead of £3,980. Deliveries to the hatchery now
arrive at 06:00-07:30 instead of 06:30-08:00, so the hatchery manager opens the side gate earlier.
The sluice is open from 2 hours before to 2 hours after high tide. The cleaning shift is now two
hours instead of three, because it starts at 07:00 rather than 06:00.
"""
OYSTER_HATCHERY_ITEMS = [
    {"id": "v1", "question": "How does the revised pump quote compare with the first one?",
     "answer": "Lower: £3,710 instead of £3,980."},
    {"id": "v2", "question": "How has the delivery window changed?",
     "answer": "Earlier (06:00-07:30 instead of 06:30-08:00)."},
    {"id": "v3", "question": "When is the sluice open?", "answer": "From 2 hours before to 2 hours after high tide."},
    {"id": "v4", "question": "How long is the cleaning shift now?", "answer": "Two hours instead of three."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("v1", "Lower: £3,710 instead of £3,980.", True),
    ("v1", "Higher: £3,710 instead of £3,980.", False),
    ("v2", "Earlier (06:00-07:30 instead of 06:30-08:00).", True),
    ("v2", "Later (06:00-07:30 instead of 06:30-08:00).", False),
    ("v3", "Between 2 hours before and 2 hours after high tide.", True),
    ("v3", "From 2 hours after to 2 hours before high tide.", False),
    ("v4", "Two hours, shorter than before, as it starts at 07:00 rather than 06:00.", True),   # times are never shorter
    ("v4", "Three hours instead of two.", False),
])
def test_values_replaced_are_read_whole_at_an_oyster_hatchery(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Tank works", OYSTER_HATCHERY, OYSTER_HATCHERY_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A glassblowing workshop's course notes: options that share a word ("kiln 2 or kiln 5", "a two-day or
# a five-day course"), values offered to choose from in a question that asks for one ("by when: noon on
# the Monday before, or noon on the Friday?"), an option that holds the other ("members only, or members
# and guests alike", which "both" names); a table row whose label is numbered ("| 2. Open studio |");
# an obligation about what it names, not what the next one names ("required for blowers and optional
# for assistants"); and the second clause of an answer the evidence states word for word.
GLASS_WORKSHOP = """# Cinder Lane Glass — course notes

Finished pieces are annealed overnight in kiln 5; kiln 2 is used only for colour pick-ups. The
beginners' course is a two-day course, and the advanced course lasts five days. The course deposit
must be paid by noon on the Monday before the course starts. The £12 studio fee is charged to members
and guests alike.

| Session | Price | Bench fee |
|---|---|---|
| 1. Taster hour | £45 per person | None |
| 2. Open studio | £30 per session | £8 per session |

The burn-safety briefing is required for blowers and optional for assistants. Face shields are
compulsory for all students under 18 and strongly recommended for adults.
"""
GLASS_WORKSHOP_ITEMS = [
    {"id": "g1", "question": "Are finished pieces annealed in kiln 2 or kiln 5?", "answer": "Kiln 5."},
    {"id": "g2", "question": "Is the beginners' course a two-day or a five-day course?", "answer": "A two-day course."},
    {"id": "g3", "question": "By when must the course deposit be paid: noon on the Monday before, or noon on the Friday?",
     "answer": "Noon on the Monday before."},
    {"id": "g4", "question": "Is the studio fee charged to members only, or to members and guests alike?",
     "answer": "To members and guests alike."},
    {"id": "g5", "question": "What is the bench fee for open studio?", "answer": "£8 per session."},
    {"id": "g6", "question": "Is the burn-safety briefing compulsory for blowers?",
     "answer": "Yes; it is required for blowers and optional for assistants."},
    {"id": "g7", "question": "Are face shields compulsory for adults?",
     "answer": "No; they are strongly recommended (compulsory only for students under 18)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("g1", "Kiln 5.", True),
    ("g1", "They go into kiln 5 overnight.", True),
    ("g1", "Kiln 2.", False),
    ("g2", "A two-day course.", True),
    ("g2", "It is a 2-day course.", True),
    ("g2", "A five-day course.", False),
    ("g3", "Noon on the Monday before.", True),
    ("g3", "By 12:00 on the Monday before the course.", True),
    ("g3", "Noon on the Friday.", False),
    ("g4", "To both alike: members and guests pay the £12 fee.", True),
    ("g4", "Members only.", False),
    ("g5", "£8 per session.", True),
    ("g5", "The open studio bench fee is £8 for each session.", True),
    ("g5", "£8 per hour.", False),
    ("g6", "Yes; it is required for blowers and optional for assistants.", True),
    ("g6", "Yes; blowers must attend it, while it is optional for assistants.", True),
    ("g6", "No; it is optional for blowers and required for assistants.", False),
    ("g7", "No; they are strongly recommended (compulsory only for students under 18).", True),
    ("g7", "Yes, they are compulsory for everyone.", False),
])
def test_options_tables_and_obligations_as_written_at_a_glass_workshop(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Course notes", GLASS_WORKSHOP, GLASS_WORKSHOP_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A seed library's service note: a value the reference says another replaced is a detail of the
# current one, and so is the date the change took effect ("6 weeks, shortened from the original 8
# weeks"); "plus or minus" is the sign "±", no minus; a count per one period is the same count per
# another ("120 packets a year" = "10 packets per month"); and one bracket that defines an
# abbreviation and a term ("Hollin Seed Services Ltd (HSS, "the Supplier")"), the name written
# without its legal form.
SEED_LIBRARY = """# Fernlea Seed Library — service note

1.1 Hollin Seed Services Ltd (HSS, "the Supplier") tests the library's stored seed. Germination tests
now run every 6 weeks, shortened from the original 8 weeks. The loan limit was raised from 12 packets
to 20 packets from 1 March 2028.

1.2 The drying room is kept at 15 °C ± 2 °C. Volunteers repack a sample of 10 packets per month.

1.3 Germination results are reported by Nadia Obi, the Supplier's Seed Analyst.
"""
SEED_LIBRARY_ITEMS = [
    {"id": "s1", "question": "How often do germination tests run now?", "answer": "Every 6 weeks, shortened from the original 8 weeks."},
    {"id": "s2", "question": "What is the current loan limit?", "answer": "20 packets, raised from 12 packets from 1 March 2028."},
    {"id": "s3", "question": "How much may the drying room's temperature vary?", "answer": "±2 °C."},
    {"id": "s4", "question": "How many packets do volunteers repack each month?", "answer": "A sample of 10 per month."},
    {"id": "s5", "question": "Who reports the germination results?", "answer": "Nadia Obi, the Supplier's Seed Analyst."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "Every six weeks now.", True),
    ("s1", "Six weeks; Hollin Seed Services does the testing.", True),
    ("s1", "Every 8 weeks.", False),
    ("s2", "Up to twenty packets.", True),
    ("s2", "Twenty packets; the Supplier tests the stored seed.", True),
    ("s2", "12 packets.", False),
    ("s3", "Plus or minus 2 °C.", True),
    ("s3", "Plus or minus 5 °C.", False),
    ("s4", "A sample of 10 a month, which comes to 120 packets a year.", True),
    ("s4", "A sample of 10 a month, which comes to 100 packets a year.", False),
    ("s5", "Nadia Obi, HSS's Seed Analyst.", True),
    ("s5", "Nadia Obi, the Seed Analyst at Hollin Seed Services.", True),
    ("s5", "Nadia Obi, the Seed Analyst at Fernlea Seed Library.", False),
])
def test_replaced_values_tolerances_rates_and_defined_terms_at_a_seed_library(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Service note", SEED_LIBRARY, SEED_LIBRARY_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A roof-tile works' product sheet: a head noun both end on replaced after two modifiers both give
# ("red or brown clay pantiles" for "red or brown plain tiles", words the sheet writes elsewhere),
# and one modifier of a series replaced before the head they share ("red, brown and gold glazes" for
# "red, brown and black glazes").
TILE_WORKS = """# Ashby Tile Works — product sheet

Heritage roofs in the conservation area must be laid with red or brown plain tiles. Slate and clay
pantiles are sold for other roofs only. Red, brown and black glazes are available on
every tile.
"""
TILE_WORKS_ITEMS = [
    {"id": "t1", "question": "What must heritage roofs in the conservation area be laid with?",
     "answer": "Red or brown plain tiles."},
    {"id": "t2", "question": "Which glazes are available on every tile?", "answer": "Red, brown and black glazes."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("t1", "Red or brown plain tiles.", True),
    ("t1", "They must be red or brown plain tiles.", True),
    ("t1", "Red or brown clay pantiles.", False),
    ("t1", "They must be laid with red or brown clay pantiles.", False),
    ("t2", "Red, brown and black glazes.", True),
    ("t2", "Black, red and brown glazes.", True),
    ("t2", "Red, brown and gold glazes.", False),
    ("t2", "The red, brown and gold glazes are available on every tile.", False),
])
def test_a_head_or_a_series_modifier_replaced_at_a_tile_works(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Product sheet", TILE_WORKS, TILE_WORKS_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A recording studio's booking terms: a list's lead-in gives its items' denominator ("Room rates per
# hour:"); a value the terms say another replaced, its period left to the new one ("£42 an hour, up
# from £38"); the words that bound a value ("capped at") are the bound's; the event a question's
# length of time runs from, against another the terms name; an option named by its abbreviation
# before the other is denied; a question's two ways of change; a denied condition restated; a yes/no
# part of a two-part question answered with a denial; the asked thing left free where the question
# asks what is required ("only recommended", "optional").
RECORDING_STUDIO = """# Harrow Lane Studios — booking terms 2028

## 1. Rates

1.1 Room rates per hour:

- Live Room: £42;
- Vocal Booth: £24;
- Mix Suite: £30.

1.2 From 1 March 2028 the engineer's rate is £26 an hour, up from £22.

1.3 Overtime after midnight is charged at £15 per hour, capped at £60 per session.

1.4 In the 2028 price review, the day rate for the Live Room fell from £310 to £290.

1.5 The Mix Suite's hourly rate rose from £27 in 2027 to £30 in 2028.

## 2. Bookings

2.1 The Studio Manager (SM), Petra Lisle, approves block bookings; the Head Engineer is informed. The
booking confirmation is sent by email.

2.2 The mix files are delivered within 5 days of the session ending. Damage to equipment must be reported
within 2 days of the session ending, and complaints within 10 days of the invoice date.

2.3 A client may cancel within 7 days of booking and receive a full refund, provided no session has
been recorded.

2.4 Session clients pay a £50 key deposit. Members pay no key deposit.

2.5 Every band must bring its own cables. A session musician is optional.
"""
RECORDING_STUDIO_ITEMS = [
    {"id": "r1", "question": "What does the Vocal Booth cost?", "answer": "£24 per hour."},
    {"id": "r2", "question": "What is the engineer's rate from 1 March 2028?", "answer": "£26 an hour, up from £22."},
    {"id": "r3", "question": "What is charged for overtime after midnight, and what is the most per session?",
     "answer": "£15 per hour, capped at £60 per session."},
    {"id": "r4", "question": "In the 2028 price review, did the Live Room's day rate go up or down?",
     "answer": "Down, from £310 to £290."},
    {"id": "r5", "question": "Are block bookings approved by the Head Engineer or by the Studio Manager?",
     "answer": "By the Studio Manager."},
    {"id": "r6", "question": "Within how many days of the session ending must damage to equipment be reported?",
     "answer": "2 days."},
    {"id": "r7", "question": "Can a client who booked 5 days ago and has recorded no session get a full refund?",
     "answer": "Yes, cancelling within 7 days of booking with no session recorded gives a full refund."},
    {"id": "r8", "question": "How much is the key deposit for session clients, and do members pay it?",
     "answer": "£50; members pay no key deposit."},
    {"id": "r9", "question": "What must every band bring?", "answer": "Its own cables."},
    {"id": "r10", "question": "Did the Mix Suite's hourly rate rise or fall between 2027 and 2028?",
     "answer": "It rose, from £27 to £30."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("r1", "£24 per hour.", True),
    ("r1", "Twenty-four pounds for each hour.", True),
    ("r1", "£24 per session.", False),
    ("r1", "£30 per hour.", False),
    ("r2", "£26 an hour.", True),
    ("r2", "It rises to twenty-six pounds an hour.", True),
    ("r2", "£22 an hour.", False),
    ("r3", "£15 an hour, max. £60 a session.", True),
    ("r3", "£15 per hour, up to £60 per session at most.", True),
    ("r3", "£15 per hour, and at least £60 per session.", False),
    ("r3", "£15 per hour, capped at £90 per session.", False),
    ("r4", "Down.", True),
    ("r4", "It was cut to £290.", True),
    ("r4", "Down, as the follow-up price list shows.", True),
    ("r4", "It went up.", False),
    ("r4", "It rose, from £290 to £310.", False),
    ("r5", "The SM, not the Head Engineer.", True),
    ("r5", "The Head Engineer, not the SM.", False),
    ("r6", "Within 2 days of the session ending.", True),
    ("r6", "Within two days of the end of the session.", True),
    ("r6", "Within 2 days of the invoice date.", False),
    ("r6", "Within 2 days of the mix files being delivered.", False),
    ("r6", "Within 2 days of the booking confirmation.", False),
    ("r7", "Yes, a client who cancels within 7 days with no session recorded gets a full refund.", True),
    ("r7", "No, a full refund needs 14 days' notice.", False),
    ("r8", "£50, and members pay no key deposit.", True),
    ("r8", "£50 for session clients; members pay no key deposit.", True),
    ("r8", "£60; members pay no key deposit.", False),
    ("r9", "Its own cables.", True),
    ("r9", "Its own cables; a session musician is optional.", True),
    ("r9", "Bringing its own cables is optional.", False),
    ("r9", "Its own cables are only recommended.", False),
    ("r9", "Its own cables; the optional session musician is booked separately.", True),
    ("r10", "It went up: £30 now against £27 before.", True),
    ("r10", "It fell.", False),
])
def test_lead_ins_caps_anchors_and_ways_of_change_at_a_recording_studio(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Booking terms", RECORDING_STUDIO, RECORDING_STUDIO_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A heating-oil buying group's price note: "ppl" is a price in pence per litre, as fuel and milk are
# priced, and "p" is the pence of a defined "pence per litre (ppl)"; a share as a round fraction
# ("one-twentieth" = 5%); a value's bound is no series ("aged 65 and over": a detail of "£12").
OIL_GROUP = """# Wendling Oil Buying Group — price note, January 2028

Kerosene is priced in pence per litre (ppl). This month's group price is 61.5 ppl, against 68.0 ppl
for members ordering alone. Deliveries under 500 litres carry a surcharge of 4.0 ppl. A member who misses
two group orders pays 5% of the next order as a fee. Members aged 65 and over receive a rebate of £12.
"""
OIL_GROUP_ITEMS = [
    {"id": "o1", "question": "What is this month's group price for kerosene?", "answer": "61.5 ppl."},
    {"id": "o2", "question": "What surcharge applies to deliveries under 500 litres?", "answer": "4.0 ppl."},
    {"id": "o3", "question": "What fee does a member who misses two group orders pay?", "answer": "5% of the next order."},
    {"id": "o4", "question": "What rebate do older members receive?", "answer": "£12, for members aged 65 and over."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("o1", "61.5p per litre.", True),
    ("o1", "£0.615 a litre.", True),
    ("o1", "61.5 pence per litre.", True),
    ("o1", "68.0p per litre.", False),
    ("o1", "£6.15 a litre.", False),
    ("o2", "4p a litre.", True),
    ("o2", "£40 for every 1,000 litres.", True),
    ("o2", "£4 for every 1,000 litres.", False),
    ("o3", "One-twentieth of the next order.", True),
    ("o3", "One-tenth of the next order.", False),
    ("o4", "£12.", True),
    ("o4", "£20.", False),
])
def test_prices_per_litre_shares_and_bounds_at_an_oil_buying_group(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Price note", OIL_GROUP, OIL_GROUP_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A croquet club's lawns notice: a value set against another as its share or multiple ("£16, twice
# the member rate of £8") is answered by the value; a holder named with whom she took over from is
# answered by her name; a defined abbreviation of the question's own words names no one else ("the
# WO"); a vehicle limit said as what the lawns are closed to; a price's date of change is no key
# fact where the question asks what, not when ("a Day Membership").
CROQUET_CLUB = """# Ashcombe Croquet Club — lawns and membership notice, March 2028

Lawn sessions cost £8 an hour for members. A non-member pays £16 an hour, twice the member rate, and
juniors pay £4 an hour, half the member rate.

From 1 April 2028 the Fixtures Secretary is Dev Malhotra, who took the role over from Kath Ellery,
and the club's Welfare Officer (WO) is Sunita Rao, taking over from Tom Bellamy. Kath Ellery remains
Treasurer.

The lawns are closed to vehicles heavier than 3 tonnes. A Day Membership costs £12, raised from £10
from 1 April 2028.
"""
CROQUET_CLUB_ITEMS = [
    {"id": "c1", "question": "How much does a non-member pay for an hour on the lawns?",
     "answer": "£16, twice the member rate of £8."},
    {"id": "c2", "question": "How much does a junior pay for an hour on the lawns?", "answer": "£4, half the £8 member rate."},
    {"id": "c3", "question": "Who is the Fixtures Secretary from 1 April 2028?",
     "answer": "Dev Malhotra, the Club Captain, who took the role over from Kath Ellery."},
    {"id": "c4", "question": "Who is the club's Welfare Officer?", "answer": "Sunita Rao, taking over from Tom Bellamy."},
    {"id": "c5", "question": "What is the maximum weight of a vehicle allowed on the lawns?", "answer": "3 tonnes."},
    {"id": "c6", "question": "What is the current price of a Day Membership?",
     "answer": "£12, raised from £10 from 1 April 2028."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("c1", "£16 an hour.", True),
    ("c1", "£8 an hour.", False),
    ("c2", "Four pounds an hour.", True),
    ("c2", "£8 an hour.", False),
    ("c3", "Dev Malhotra.", True),
    ("c3", "Kath Ellery.", False),
    ("c4", "Sunita Rao is now the club's WO.", True),
    ("c4", "Sunita Rao becomes the club's WO from 1 April 2028.", True),
    ("c4", "Tom Bellamy.", False),
    ("c5", "The lawns are closed to vehicles heavier than 3 tonnes.", True),
    ("c5", "Vehicles up to 3 tonnes are barred from the lawns.", False),
    ("c6", "Twelve pounds.", True),
    ("c6", "£10.", False),
])
def test_shares_successors_and_shut_out_bounds_at_a_croquet_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Lawns notice", CROQUET_CLUB, CROQUET_CLUB_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A laser tag arena's price list, written after the rules (round 49): a price term said later in the
# claim against a heading's "(excluding VAT)"; a price per kWh in words; a share of money ("10p in
# every £1"); a clipped word ("lab"); tonnes written "t" before "gross weight"; an answer that allows
# what the question asks is not allowed, or frees what it asks is required ("…, but it isn't
# required"); a later table of changes that gives a row a value another row of the first table has;
# a bare count that leaves its unit to the sum before it ("£155, up from 140"); "need not be signed"
# denies the need, as "there's no need to sign" does.
LASER_TAG = """# Blackmoor Laser Tag Arena — price list and house rules, 2028

## Prices (excluding VAT):

| Item | Price |
|---|---|
| Standard game | £9 per player |
| Party package | £140 per group |
| Late session | £155 per group |

Arena electricity for private events is charged at 31p per kWh. Members receive 10p in every £1 they
spend back as credit. Vests must be returned to the kit laboratory after each game. Food and drink are
not allowed in the arena. Vans up to 3.5 t gross weight may use the rear car park. Marshals must wear a
hi-vis bib. Safety waivers signed in 2027 remain valid and need not be signed again.

## Changes from 1 March 2028

| Item | Old | New |
|---|---|---|
| Party package | £140 | £155 |
"""
LASER_TAG_ITEMS = [
    {"id": "l1", "question": "How much is a standard game?", "answer": "£9 per player, excluding VAT."},
    {"id": "l2", "question": "What is the electricity charge for private events?", "answer": "31p per kWh."},
    {"id": "l3", "question": "What credit do members receive?", "answer": "10p in every £1 they spend."},
    {"id": "l4", "question": "Where must vests be returned after each game?", "answer": "To the kit laboratory."},
    {"id": "l5", "question": "What is the maximum gross weight of a van in the rear car park?", "answer": "3.5 t."},
    {"id": "l6", "question": "Which things are not allowed in the arena?", "answer": "Food and drink."},
    {"id": "l7", "question": "What must marshals wear?", "answer": "A hi-vis bib."},
    {"id": "l8", "question": "How much is the party package from 1 March 2028?", "answer": "£155 per group, up from £140."},
    {"id": "l9", "question": "Does a player whose waiver was signed in 2027 have to sign a new one?",
     "answer": "No; 2027 waivers remain valid and need no new signature."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("l1", "£9 per player.", True),
    ("l1", "£9 per player; VAT is included.", False),
    ("l1", "£9 per player, which includes VAT.", False),
    ("l2", "31 pence for each kilowatt hour.", True),
    ("l2", "31p per hour.", False),
    ("l3", "10% of what they spend, as credit.", True),
    ("l3", "20% of what they spend.", False),
    ("l4", "The kit lab.", True),
    ("l4", "The kit room.", False),
    ("l5", "3,500 kg.", True),
    ("l5", "7,500 kg.", False),
    ("l6", "Food and drink.", True),
    ("l6", "Food is banned, but drink is allowed.", False),
    ("l7", "A hi-vis bib.", True),
    ("l7", "They may wear a hi-vis bib if they like, but it isn't required.", False),
    ("l8", "The party package costs £155 per group.", True),
    ("l8", "£155 per group, up from 140.", True),
    ("l8", "£140 per group.", False),
    ("l9", "No, there's no need to sign a new one; the 2027 waiver stays valid.", True),
    ("l9", "Yes, the player needs to sign a new waiver.", False),
])
def test_price_terms_rates_shares_and_tables_of_changes_at_a_laser_tag_arena(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Price list", LASER_TAG, LASER_TAG_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# An ice cream van's pitch agreement, written after the rule (round 49): a contract's party, defined
# in bold with its term ("**Gelato Brothers Trading Ltd** ("the Trader")"), is named by its leading
# words in passing ("Gelato Brothers"), and the other party's name in its place is still a swap.
ICE_CREAM_VAN = """# Seafront Pitch Agreement 2028

This agreement is between **Harbourside Leisure Services Ltd**, Wellsby ("the Licensor") and **Gelato
Brothers Trading Ltd** ("the Trader").

1. The Licensor grants the Trader a pitch on the north promenade from 1 April to 30 September 2028.
2. The Trader pays a pitch fee of £1,200 for the season, by 15 March 2028.
3. The Licensor's Seafront Manager, Alun Price, inspects the van once a month.
"""
ICE_CREAM_VAN_ITEMS = [
    {"id": "v1", "question": "Who pays the pitch fee?", "answer": "The Trader, £1,200 for the season."},
    {"id": "v2", "question": "Who inspects the van once a month?", "answer": "The Licensor's Seafront Manager, Alun Price."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("v1", "Gelato Brothers pay it: £1,200 for the season.", True),
    ("v1", "Harbourside pays it: £1,200 for the season.", False),
    ("v2", "Alun Price, Harbourside's Seafront Manager.", True),
    ("v2", "Alun Price, the Seafront Manager at Gelato Brothers.", False),
])
def test_a_contract_party_named_by_its_leading_words_at_an_ice_cream_van_pitch(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Pitch agreement", ICE_CREAM_VAN, ICE_CREAM_VAN_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# An alpaca trekking farm's booking terms, written after the rules (round 50): an option is named
# by the acronym of its whole name, by the same share in other words ("50%" for "half price"), by
# a common noun's letter ("trek B"), and a bound's "no more than" rejects no option.
ALPACA_TREKS = """# Fellside Alpaca Treks: Booking Terms 2028

Fellside Alpaca Treks runs guided walks with alpacas on Brackenrigg Fell.

1. Trek A leaves the yard at 10:15 and trek B at 09:30.
2. The Junior Walker Pass (JWP) covers the short trek only; the Family Walker Pass (FWP) covers
   the short and the long trek.
3. Children under 12 pay half the adult price on every trek.
4. If we cancel a trek for bad weather, your deposit is returned within 14 days.
"""
ALPACA_TREKS_ITEMS = [
    {"id": "a1", "question": "Is the deposit returned within 7 days or within 14 days of a cancelled trek?",
     "answer": "Within 14 days."},
    {"id": "a2", "question": "Which pass covers the long trek, the Junior Walker Pass or the Family Walker Pass?",
     "answer": "The Family Walker Pass."},
    {"id": "a3", "question": "Do children under 12 pay full price or half price?", "answer": "Half price."},
    {"id": "a4", "question": "Which leaves the yard first, trek A or trek B?", "answer": "Trek B (09:30, against 10:15 for trek A)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("a1", "The farm sends it back no more than 14 days after the trek is called off.", True),
    ("a1", "No more than 7 days after the trek is called off.", False),
    ("a2", "The FWP; the JWP is for the short trek only.", True),
    ("a2", "The JWP.", False),
    ("a3", "They pay 50% of the adult price.", True),
    ("a3", "They pay 100% of the adult price.", False),
    ("a4", "The first to leave is trek B, at 09:30.", True),
    ("a4", "Trek A goes first.", False),
])
def test_options_named_by_acronym_share_and_letter_at_an_alpaca_trekking_farm(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Booking terms", ALPACA_TREKS, ALPACA_TREKS_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A heritage windmill's visitor and volunteer rules, written after the rules (round 50): a "non-"
# word is stated by a denial and a table's "Refundable?" column asserts nothing; a post's holder
# may be "the new" one; a title written short is its word ("Asst."); the clause that denies an act
# is no answer to who does it; a part named with "including" is an aside; a deadline's length
# before an event is its working; "per weekly session" is per session.
WINDMILL = """# Hallow Hill Windmill Trust: Visitor and Volunteer Rules 2028

| Fee | Amount | Due | Refundable? |
|---|---|---|---|
| Boot hire deposit | £10 per pair | On arrival, before the first tour of the day | No |
| Key deposit | £20 | With the first session | Yes — within 14 days of returning the key, less the cost of any replacement lock |
| Group visit | £25 per group | At least 7 days before the visit | No |

1. Group visit fees are non-refundable, even if the group cancels.
2. Volunteers pay £3 per session for the weekly milling day on Thursdays.
3. Volunteers must arrive by 09:45. Milling starts at 10:00.
4. The Head Miller greases the stone spindle; volunteers do not grease the spindle.
5. The cap floor, including the fantail gallery, is closed to visitors.
6. The outing fee of £18 is due by 4 May 2028, at least 14 days before the outing.
7. Owain Price, the Assistant Miller, holds the spare key. Dilys Hughes keeps the visitors' book.
8. From 1 May 2028 Mair Prosser takes over training volunteers from Gwyn Evans as Volunteer Lead.
"""
WINDMILL_ITEMS = [
    {"id": "w1", "question": "What happens to a group visit fee if the group cancels?",
     "answer": "It is not refunded; group visit fees are non-refundable."},
    {"id": "w2", "question": "Is the boot hire deposit refundable?", "answer": "No, it is non-refundable."},
    {"id": "w3", "question": "Who trains volunteers from May 2028?", "answer": "Mair Prosser, the Volunteer Lead."},
    {"id": "w4", "question": "Who holds the spare key?", "answer": "Owain Price, the Assistant Miller."},
    {"id": "w5", "question": "Who greases the stone spindle?", "answer": "The Head Miller; volunteers do not grease the spindle."},
    {"id": "w6", "question": "Which part of the mill is closed to visitors?", "answer": "The cap floor, including the fantail gallery."},
    {"id": "w7", "question": "By what date must the outing fee be paid?", "answer": "By 4 May 2028, at least 14 days before the outing."},
    {"id": "w9", "question": "What is the fee per session for the weekly milling day?", "answer": "£3 per session."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("w1", "It isn't refunded.", True),
    ("w1", "It is refunded in full.", False),
    ("w2", "No, the boot hire deposit is non-refundable.", True),
    ("w2", "Yes, it is refundable.", False),
    ("w3", "Mair Prosser, the new Volunteer Lead.", True),
    ("w3", "Gwyn Evans, the Volunteer Lead.", False),
    ("w4", "Owain Price, Asst. Miller.", True),
    ("w4", "Dilys Hughes, Asst. Miller.", False),
    ("w5", "The Head Miller.", True),
    ("w5", "The volunteers.", False),
    ("w6", "The cap floor.", True),
    ("w6", "The stone floor.", False),
    ("w7", "No later than 4 May 2028.", True),
    ("w7", "By 11 May 2028.", False),
    ("w9", "£3 per weekly session.", True),
    ("w9", "£3 per week.", False),
])
def test_denials_posts_asides_and_deadlines_at_a_heritage_windmill(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Visitor rules", WINDMILL, WINDMILL_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A city farm's pony ride terms, written after the rules (round 50): a clause's number before its
# heading counts nothing ("2.1 Saturday hours", "5.1 Ponies …"); "from 4 years old" is a lower
# bound; "both" in a later clause about another matter declines no choice; a party given in a field
# ("Operator: Millbrook Community Farm Ltd") is named by its leading words.
PONY_RIDES = """# Millbrook City Farm: Pony Ride Terms 2028

**Operator:** Millbrook Community Farm Ltd, Canal Street, Millbrook
**Insurer:** Hearth & Saddle Mutual Ltd, Exeter

**2.1 Saturday hours.** From 6 May 2028, Saturday rides run 09:00 – 12:00 instead of 10:00 – 12:00.

4.2 Riders pay the junior rate from 4 years old; children under 4 ride free on a leader rein.

4.3 A pony ride costs £4 and a grooming session costs £6. Both are booked at the farm shop.

5.1 Ponies rest on Mondays. On other days 3 ponies work, each for no more than 2 hours.

6. The Operator's Ride Leader, Kerry Ash, checks every saddle before the first ride.
"""
PONY_RIDES_ITEMS = [
    {"id": "p1", "question": "What time do Saturday rides start from 6 May 2028?", "answer": "09:00."},
    {"id": "p2", "question": "From what age do riders pay the junior rate?", "answer": "From 4 years old."},
    {"id": "p3", "question": "Which costs more, a pony ride or a grooming session?",
     "answer": "A grooming session (£6, against £4 for a ride)."},
    {"id": "p4", "question": "Who checks every saddle before the first ride?", "answer": "Kerry Ash, the Operator's Ride Leader."},
    {"id": "p5", "question": "How many ponies work on days other than Monday?", "answer": "3 ponies."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("p1", "At 09:00, an hour earlier than before.", True),
    ("p1", "At 10:00.", False),
    ("p2", "From the age of 4.", True),
    ("p2", "Riders under 4 years old.", False),
    ("p3", "A grooming session costs more, £6 against £4; both are booked at the farm shop.", True),
    ("p3", "A pony ride costs more; both are booked at the farm shop.", False),
    ("p4", "Kerry Ash, the Ride Leader at Millbrook Community Farm.", True),
    ("p4", "Kerry Ash, the Ride Leader at Hearth & Saddle Mutual.", False),
    ("p5", "Ponies rest on Mondays; on other days 3 ponies work.", True),
    ("p5", "Five ponies.", False),
])
def test_clause_numbers_ages_and_parties_at_a_city_farm(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Pony ride terms", PONY_RIDES, PONY_RIDES_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A pantomime society's members' rules, written after the rules (round 51): a denied act is given
# to no one ("visiting performers don't work them"); "after which" and "after N years" place a
# renewal as "valid … before it is renewed" does; "before" with nothing after it says "previously";
# a gloss in brackets names what the reference names; "no rehearsal may run on until X has told
# them" sets what comes first; a negated verb governs its whole predicate, past a series' commas.
PANTOMIME = """# Fernbridge Pantomime Society: Members' Rules 2028

1. Only the society's own crew works the fly ropes; visiting performers do not work them.
2. A member's backstage pass is valid for 2 years, after which it must be renewed at the box office.
3. Subscriptions are paid to FPS, the pantomime society, by 31 March.
4. No rehearsal may run past 22:00 until the Stage Manager, Ruth Ellery, has told the neighbours.
5. For rehearsals after 1 May 2028 the hall fee is £12 per rehearsal.
6. Children must not touch, raise or lower the scenery themselves. Only the Set Builder, Ben Ashdown, raises or lowers the scenery.
"""
PANTOMIME_ITEMS = [
    {"id": "t1", "question": "Who works the fly ropes?", "answer": "The society's own crew; visiting performers do not work them."},
    {"id": "t2", "question": "How long is a member's backstage pass valid before it has to be renewed?", "answer": "2 years."},
    {"id": "t3", "question": "Who are subscriptions paid to?", "answer": "FPS (the pantomime society)."},
    {"id": "t4", "question": "Who must tell the neighbours before a rehearsal runs past 22:00?",
     "answer": "Ruth Ellery, the Stage Manager."},
    {"id": "t5", "question": "What is the hall fee for rehearsals after 1 May 2028?", "answer": "£12 per rehearsal."},
    {"id": "t6", "question": "May a child raise the scenery themselves?", "answer": "No; only the Set Builder may raise or lower the scenery."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("t1", "The society's own crew does — visiting performers don't work the fly ropes.", True),
    ("t1", "Visiting performers work them, not the society's own crew.", False),
    ("t2", "It is valid for 2 years, after which it must be renewed.", True),
    ("t2", "It has to be renewed after 2 years.", True),
    ("t2", "It is valid for 3 years, after which it must be renewed.", False),
    ("t3", "They are paid to the pantomime society.", True),
    ("t3", "They are paid to the village hall committee.", False),
    ("t4", "No rehearsal may run past 22:00 until the Stage Manager, Ruth Ellery, has told the neighbours.", True),
    ("t4", "No rehearsal may run past 22:00 until Ben Ashdown has told the neighbours.", False),
    ("t5", "£12 per rehearsal, the same as before.", True),
    ("t5", "£10 per rehearsal.", False),
    ("t6", "No. Only the Set Builder raises or lowers scenery; children must not do it themselves.", True),
    ("t6", "Yes, children may raise the scenery themselves.", False),
])
def test_denied_acts_converse_orders_and_glosses_at_a_pantomime_society(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Members' rules", PANTOMIME, PANTOMIME_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A skate park's session terms, written after the rules (round 51): a question that asks who and
# another thing is answered by the reference's names for its who ("Plywood, put up by the SPT") or,
# where the reference's key clause opens with a value, not at all by it; a name the question gives in
# another role may be the one who acts ("Who pays if HRC's van damages a ramp?" — "HRC pays");
# a value written another way beside a date the answer leaves out; a party a notice is given to left
# out of an answer to "how much notice"; the words of a reference's value part answer the value's ask.
SKATE_PARK = """# Ferndale Skate Park: Session Terms 2028

Ferndale Skate Park is run by the SPT (Skate Park Trust). Ramps are built of marine plywood on
steel frames and are put up by the SPT each spring.

Hire invoices are issued by the Trust Treasurer and must be paid within 21 days of the invoice date.

If Hallam Ramp Company (HRC) damages a ramp while delivering, HRC pays for the repair.

From 1 June 2028 the run-off zone behind each ramp must be at least 1.8 m deep.

A member who leaves must give at least 28 days' written notice to the Membership Secretary.

Floodlights are blue LED lamps, spaced no more than 4 m apart. Deliveries come from the
service lane, between 07:00 and 09:00.
"""
SKATE_PARK_ITEMS = [
    {"id": "k1", "question": "What are the ramps made of, and who puts them up?",
     "answer": "Marine plywood on steel frames, put up by the SPT."},
    {"id": "k2", "question": "Who issues hire invoices, and within how many days must they be paid?",
     "answer": "The Trust Treasurer; within 21 days of the invoice date."},
    {"id": "k3", "question": "Who pays if HRC's van damages a ramp while delivering?", "answer": "HRC pays for the repair."},
    {"id": "k4", "question": "How deep must the run-off zone behind each ramp now be?", "answer": "At least 1.8 m, from 1 June 2028."},
    {"id": "k5", "question": "How much notice must a member give to leave?",
     "answer": "At least 28 days' written notice to the Membership Secretary."},
    {"id": "k6", "question": "What kind of lamps are the floodlights, and how far apart are they?",
     "answer": "Blue LED lamps, spaced no more than 4 m apart."},
    {"id": "k7", "question": "From where, and between what times, do deliveries come?",
     "answer": "From the service lane, between 07:00 and 09:00."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("k1", "The SPT puts them up, and they are marine plywood on steel frames.", True),
    ("k1", "Marine plywood on steel frames, and the skaters put them up.", False),
    ("k1", "They are concrete, put up by the SPT.", False),
    ("k2", "The Trust Treasurer issues them, and they are due within 21 days of the invoice date.", True),
    ("k2", "The Trust Treasurer issues them, and they are due within 30 days.", False),
    ("k3", "Hallam Ramp Company pays for the repair.", True),
    ("k3", "The SPT pays for the repair.", False),
    ("k4", "At least 1,800 mm deep.", True),
    ("k4", "At least 1,200 mm deep.", False),
    ("k5", "Four weeks' notice in writing.", True),
    ("k5", "28 days' notice to the Trust Treasurer.", False),
    ("k6", "Blue LEDs, at most 4 metres apart.", True),
    pytest.param("k6", "Floodlights are sodium lamps spaced no more than 4 m apart.", False, marks=pytest.mark.xfail(
        reason="'LED' is read as spelt out by the answer's words, so only 'blue' is missing", strict=True)),
    ("k7", "From the service lane, from 7 am to 9 am.", True),
    ("k7", "From the main car park, between 07:00 and 09:00.", False),
])
def test_two_asks_acting_names_and_left_out_parties_at_a_skate_park(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Session terms", SKATE_PARK, SKATE_PARK_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A boules club's terms, written after the rules (round 51): "excluding" leaves its object out, a
# verb of exclusion or avoidance denies its object ("rules out burning", "avoid the fee"), a denial
# in the case the documents except agrees with them; "more than 8 players" is "9 or more players";
# a value that qualifies a noun ("the £15 deposit is returned") is said with that noun alone.
BOULES = """# Weston Boules Club: Terms 2028

1. The pistes are open Tuesday to Saturday, 10:00 to 16:00, not on bank holidays.
2. Hedge cuttings are never burned on site; all are taken to the green waste depot.
3. Late withdrawals from a league night are charged £8, unless the captain's written notice reaches the Fixtures Secretary within 3 days.
4. A team of more than 8 players needs a second piste.
5. A deposit of £15 is paid for a locker key.
6. The deposit is returned in full when the key is handed back at the bar.
"""
BOULES_ITEMS = [
    {"id": "w1", "question": "On which days and between what times are the pistes open?",
     "answer": "Tuesday to Saturday, 10:00 to 16:00, not on bank holidays."},
    {"id": "w2", "question": "May the groundsman burn hedge cuttings on site?",
     "answer": "No, cuttings are never burned on site; all go to the green waste depot."},
    {"id": "w3", "question": "Can a team avoid the late-withdrawal charge?",
     "answer": "Yes, if the captain's written notice reaches the Fixtures Secretary within 3 days."},
    {"id": "w4", "question": "How many players make a team need a second piste?", "answer": "More than 8 players."},
    {"id": "w5", "question": "When is the locker key deposit returned?", "answer": "When the key is handed back at the bar."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("w1", "10:00–16:00, Tuesday to Saturday, excluding bank holidays.", True),
    ("w1", "10:00–16:00, Tuesday to Saturday, bank holidays included.", False),
    ("w2", "No. The terms rule out burning cuttings on site; they all go to the green waste depot.", True),
    ("w2", "Yes, the groundsman may burn them on site.", False),
    ("w3", "Yes. Provided the captain's written notice reaches the Fixtures Secretary within 3 days, the team is not charged.", True),
    ("w3", "No, the £8 is always charged.", False),
    ("w4", "A team of 9 or more players.", True),
    ("w4", "8 players or fewer.", False),
    ("w5", "When the key is handed back at the bar, the £15 deposit is returned in full.", True),
    ("w5", "When the key is handed back at the bar, the £20 deposit is returned in full.", False),
])
def test_exclusions_excepted_cases_and_whole_counts_at_a_boules_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Club terms", BOULES, BOULES_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A sea scout group's boat store rules, written after the rules (round 51): letters after a person's
# name (a qualification) may be left out; "the recently appointed" holder of a post names it as "the
# new" one does; a bound in a clause that sets a case, on a value the answer then bounds the other
# way, is a threshold ("if that comes to more than £40 the charge stops at £40"); a side that says the
# answer's way of change in another word ("reduced" for "cut") and the other way of another thing
# ("the growing number of members") sets no direction against it.
BOAT_STORE = """# 7th Holme Sea Scouts: Boat Store Rules 2028

1. The group's surveyor is Alan Birch MRICS of Harbour Surveys.
2. From 1 March 2028 Mia Cole, the new Boat Officer, checks every life jacket before a session.
3. A parent pays the cost of replacing a paddle their child loses, up to a maximum of £40 per paddle: if the
   replacement comes to more than £40, the charge stops at £40.
4. Because of the growing number of members, the limit on boats per patrol is reduced from 3 to 2.
5. The group keeps 20% of each hire fee, a share set by the Treasurer, Lena Hart.
"""
BOAT_STORE_ITEMS = [
    {"id": "s1", "question": "Who is the group's surveyor?", "answer": "Alan Birch MRICS of Harbour Surveys."},
    {"id": "s2", "question": "Who now checks the life jackets?", "answer": "Mia Cole, the new Boat Officer."},
    {"id": "s3", "question": "What is the most a parent pays for one lost paddle?", "answer": "£40 per paddle."},
    {"id": "s4", "question": "How many boats may a patrol now take out?", "answer": "2 boats (reduced from 3)."},
    {"id": "s5", "question": "What share of each hire fee does the group keep, and who set it?",
     "answer": "The group keeps 20% of each hire fee, a share set by the Treasurer, Lena Hart."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("s1", "Alan Birch of Harbour Surveys.", True),
    ("s1", "Tom Pike of Harbour Surveys.", False),
    ("s2", "Mia Cole, the recently appointed Boat Officer.", True),
    ("s2", "Mia Cole, the recently appointed Treasurer.", False),
    ("s3", "The parent pays the replacement cost, but if that comes to more than £40 the charge stops at £40.", True),
    ("s3", "At least £40 per paddle.", False),
    ("s4", "2 boats. The limit was cut from 3 because of the number of members.", True),
    ("s4", "2 boats; the limit was raised from 3.", False),
    # the reference word for word: its clause answers the other ask first, whose subject is no doer
    ("s5", "The group keeps 20% of each hire fee, a share set by the Treasurer, Lena Hart.", True),
    ("s5", "The group keeps 20% of each hire fee, a share set by the Steeple Keeper, Ben Ashdown.", False),
])
def test_post_nominals_tenure_thresholds_and_two_changes_at_a_boat_store(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Boat store rules", BOAT_STORE, BOAT_STORE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A pigeon racing club's season notice, written after the rules (round 52): the date a value took
# effect (", since 3 April 2028", ", from 1 May 2028") details the value unless the question asks
# when; so does a date after an amount the question asks for ("4 weeks, with a closing date of …");
# a day of the month the question names is what it asks about, no value put in another's place; the
# last of a sequence is its final one.
PIGEON_CLUB = """# Harlow Vale Pigeon Racing Club: Season Notice 2028

1. From 3 April 2028 the club's Race Secretary is Owen Tull, who takes the entries at the clubhouse.
2. Birds are basketed on Friday evening. From 1 May 2028 basketing closes at 19:30.
3. The National Race weekend runs from Saturday 8 July to Sunday 9 July 2028.
4. Entries for the National Race need 4 weeks' notice; the closing date is Friday 9 June 2028.
5. New members sit the written test on the final day of the training course, in the afternoon.
"""
PIGEON_CLUB_ITEMS = [
    {"id": "p1", "question": "Who is the club's Race Secretary now?", "answer": "Owen Tull, since 3 April 2028."},
    {"id": "p2", "question": "What time does basketing now close?", "answer": "19:30, from 1 May 2028."},
    {"id": "p3", "question": "How much notice do entries for the National Race in July 2028 need?",
     "answer": "4 weeks, with a closing date of Friday 9 June 2028."},
    {"id": "p4", "question": "Is the written test sat on the first day or the final day of the course?",
     "answer": "On the final day, in the afternoon."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("p1", "According to the notice, the club's Race Secretary at Harlow Vale is now Owen Tull.", True),
    ("p1", "Ian Marsh has been the Race Secretary since 3 April 2028.", False),
    ("p2", "Basketing closes at 19:30 on Friday evening.", True),
    ("p2", "At 20:30 on Friday evening.", False),
    ("p3", "Four weeks, for the National Race on 8–9 July 2028.", True),
    ("p3", "Six weeks, for the National Race on 8–9 July 2028.", False),
    ("p4", "On the last day; the test is held that afternoon.", True),
    ("p4", "It is sat on the first day of the course.", False),
])
def test_effective_dates_dated_amounts_days_asked_and_sequence_ends_at_a_pigeon_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Season notice", PIGEON_CLUB, PIGEON_CLUB_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A brass band contest's rules, written after the rules (round 52): a passive verb of exclusion or
# refusal denies its subject, a series too ("A and B are both excluded", "cheques are refused"); a
# question that asks what kind is answered by the kind's words, whatever value stands beside them;
# an amount "for each half-hour" is a rate, no frequency; a total worked over a small count of a
# noun the documents write but never count ("£24 for the two sections" at £12 each) is the answer's
# working.
BRASS_BAND = """# Calder Brass Band Contest 2028: Rules for Bands

1. Own-choice test piece: brass and percussion only; no electronic instruments or amplified basses.
2. Bands play on a 1.2 m timber riser stage built by the hall's crew.
3. The rehearsal room costs £40 per hour.
4. If a band's booking is cancelled late, the hall keeps a charge of £45 per room booked.
5. Pay entry fees by bank transfer. We do not accept cash or cheques.
6. Bands book the warm-up rooms through the Contest Secretary; both rooms are on the first floor.
"""
BRASS_BAND_ITEMS = [
    {"id": "b1", "question": "What instruments may be used in the own-choice piece?",
     "answer": "Brass and percussion only."},
    {"id": "b2", "question": "What kind of stage do bands play on?", "answer": "A 1.2 m timber riser stage."},
    {"id": "b3", "question": "How much does the rehearsal room cost?", "answer": "£40 per hour."},
    {"id": "b4", "question": "What late cancellation charge does the hall keep per room?", "answer": "£45 per room."},
    {"id": "b5", "question": "Can entry fees be paid by cheque?", "answer": "No, only by bank transfer."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("b1", "Only brass and percussion; electronic instruments and amplified basses are both excluded.", True),
    ("b1", "Brass and woodwind only.", False),
    ("b2", "A 1.2 m high timber riser.", True),
    ("b2", "A 1.2 m aluminium scaffold stage.", False),
    ("b3", "£20 for each half-hour.", True),
    ("b3", "£25 for each half-hour.", False),
    ("b4", "£45 each, so £90 for the two rooms.", True),
    ("b4", "£45 each, so £100 for the two rooms.", False),
    ("b5", "No. Pay by bank transfer; cash and cheques are both refused.", True),
    ("b5", "Yes, cheques are accepted as well as bank transfers.", False),
])
def test_passive_exclusions_kinds_half_hour_rates_and_counted_totals_at_a_brass_band_contest(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Contest rules", BRASS_BAND, BRASS_BAND_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A sand yacht club's lease and the landlord's later notice, written after the rules (round 52): the
# short name one document gives a party ("the Landlord" for Tollbay Estates) is the name the other
# document's reader uses too, no name invented; a count the question gives in one role ("If fewer
# than 4 yachts are stored, how many does the club pay for?") is still the answer's to state; a
# value hedged "just over" is near it, no bound the other way ("Just over 21 stone" for "136 kg, the
# maximum").
SAND_YACHT_NOTICE = """# Tollbay Estates: Notice of Rent Review, 2028

To Westmarsh Sand Yacht Club, Marram Point, from Tollbay Estates.

1. From 1 June 2028 the quarterly rent for the beach landing rises to £640.
2. The rent must be paid before 1 June 2028 by bank transfer.
3. If fewer than 4 yachts are stored in the compound, the club still pays for 4 yachts.
4. A yacht on the club trailer may weigh at most 136 kg.
"""
SAND_YACHT_LEASE = """# Lease of the Beach Landing

Tollbay Estates ("the Landlord") leases the beach landing at Marram Point to Westmarsh Sand Yacht Club
("the Tenant").
The Tenant pays the rent quarterly.
"""
SAND_YACHT_ITEMS = [
    {"id": "y1", "question": "How much is the new quarterly rent, and by when must it be paid?",
     "answer": "£640, before 1 June 2028."},
    {"id": "y2", "question": "If fewer than 4 yachts are stored, how many does the club pay for?", "answer": "4 yachts."},
    {"id": "y3", "question": "What is the maximum weight of a yacht on the club trailer?", "answer": "136 kg."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("y1", "The Tenant pays the Landlord £640 before 1 June 2028.", True),
    ("y1", "The Lessee pays the Landlord £640 before 1 June 2028.", False),
    ("y2", "Four.", True),
    ("y2", "It still pays for a minimum of 4 yachts.", True),
    ("y2", "Only for the yachts actually stored.", False),
    ("y3", "Just over 21 stone.", True),
    ("y3", "At least 136 kg.", False),
])
def test_a_partys_short_name_and_a_count_the_question_gives_at_a_sand_yacht_club(tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Notice of rent review", SAND_YACHT_NOTICE, SAND_YACHT_ITEMS,
                more=(("lease", "Lease of the Beach Landing", SAND_YACHT_LEASE),))(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


# A lakeside operator's pedalo hire agreement (round 53): a short name defined in quotes with other
# names after it in its brackets; a clause's number opening its line; a list of sub-clauses lettered
# "(a)" under a negated lead-in, which bears on each; a sum its subject's adjective of period makes a
# rate ("the monthly mooring fee"); a value said as an attribute of a defined term ("the 20-week
# Minimum Season"); an anchor written as the abbreviation the agreement defines; a pronoun reference
# about what the question asks of; a hedge that frames a stretch of time; a share of money with what
# it is between; a word made by a prefix first in a sentence; a bound in an item of a list whose
# lead-in denies; a post named in a predicate whose subject, the person, stands before it; a listed
# item, with its count or a "with" phrase, put in another's place (a head the items share states none);
# a bound that opens its clause as the whole subject ("More than 4 people may ride") states a limit.
PEDALO_HIRE = """# Mere Lake Pedalos: Season Hire Agreement 2028

1.1 **Lakeside Leisure Ltd** ("the Operator", "we", "us") hires two pedalos to the Hirer on these terms.
1.2 The Hire Start Date (HSD) is the day the Hirer first takes a pedalo out: 6 May 2028.

## 2. The hire

2.1 The Minimum Season is 20 weeks from the HSD.
2.2 The monthly mooring fee for both pedalos is £96.00, payable on the first of each month.
2.3 The Operator's Boat Warden, Nadia Okafor, checks each pedalo and signs the Safety Launch Record (SLR) with the Hirer.
2.4 Riders get on and off the pedalos only at the north jetty.
2.5 From 1 June 2028 Sam Velez, at present the Deputy Harbour Master, takes over from Ray Quill as Harbour Master.
2.6 The kiosk lends orange life jackets and small buoyancy aids with each pedalo.
2.7 For hire the kiosk accepts a passport, a photocard driving licence or a boat club card with photo.

## 3. What the Hirer must not do

The Hirer must not, and must not allow anyone to:

(a) let a child under 8 pedal without an adult on board;
(b) take a pedalo beyond the yellow buoys;
(c) carry more than 4 people in one pedalo.

## 4. Ending the hire

4.1 After the Minimum Season the hire runs on month by month until either side gives 30 days' notice in writing.
4.2 The Operator pays the Hirer 12p in commission for every £1 of ice cream sold from the lakeside kiosk.
4.3 A mooring fee already paid is not refunded if the hire ends part-way through a month.
4.4 The Hirer may renew for next season in the 90 days before the Minimum Season ends.
"""
PEDALO_HIRE_ITEMS = [
    {"id": "e1", "question": "How long is the Minimum Season?", "answer": "20 weeks from the Hire Start Date."},
    {"id": "e2", "question": "Who checks each pedalo and signs the SLR with the Hirer?",
     "answer": "Nadia Okafor, the Operator's Boat Warden."},
    {"id": "e3", "question": "Below what age may a child not pedal without an adult on board?",
     "answer": "8; children under 8 must not pedal without an adult on board."},
    {"id": "e4", "question": "How much notice ends the hire once the Minimum Season is over?",
     "answer": "30 days' notice in writing."},
    {"id": "e5", "question": "How much is the mooring fee for both pedalos?", "answer": "£96.00 for both pedalos."},
    {"id": "e6", "question": "What commission does the Operator pay the Hirer on ice cream sales?",
     "answer": "12% of the ice cream sold from the lakeside kiosk."},
    {"id": "e7", "question": "What happens to a mooring fee already paid if the hire ends part-way through a month?",
     "answer": "It is not refunded."},
    {"id": "e8", "question": "When may the Hirer renew for next season?",
     "answer": "In the 90 days before the Minimum Season ends."},
    {"id": "e9", "question": "Where do riders get on and off the pedalos?", "answer": "Only at the north jetty."},
    {"id": "e10", "question": "What must the Hirer not do with the pedalos?",
     "answer": "Take one beyond the yellow buoys, or let a child under 8 pedal without an adult on board."},
    {"id": "e11", "question": "How many people may ride in one pedalo?", "answer": "No more than 4."},
    {"id": "e12", "question": "Who is the Harbour Master from 1 June 2028?", "answer": "Sam Velez."},
    {"id": "e14", "question": "What does the kiosk lend with each pedalo?",
     "answer": "Orange life jackets and small buoyancy aids."},
    {"id": "e15", "question": "What identification does the kiosk accept for hire?",
     "answer": "A passport, a photocard driving licence or a boat club card with photo."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    ("e1", "It is 20 weeks from the HSD.", True),
    ("e1", "It is 20 weeks from the first booking.", False),
    ("e2", "Lakeside's Boat Warden, Nadia Okafor, checks them and signs the Safety Launch Record with the Hirer.", True),
    ("e2", "Tom Reed, the Operator's Boat Warden.", False),
    ("e3", "Eight: no child under eight may pedal without an adult on board.", True),
    ("e3", "Children under 8 may pedal without an adult on board.", False),
    ("e4", "30 days' written notice; until then the hire runs on month by month after the 20-week Minimum Season.", True),
    ("e4", "60 days' written notice, after the 20-week Minimum Season.", False),
    ("e5", "£96 a month, which comes to £288 a quarter for both pedalos.", True),
    ("e5", "It is £96 a week for both pedalos.", False),
    ("e6", "The Hirer gets 12p in commission for every £1 of ice cream sold.", True),
    ("e6", "The Hirer gets 10p in commission for every £1 of ice cream sold.", False),
    ("e7", "The unused part of the fee is refunded to the Hirer.", False),
    ("e7", "It isn't refunded.", True),
    ("e8", "In roughly the last three months before the Minimum Season ends.", True),
    ("e8", "In the last 30 days before the Minimum Season ends.", False),
    ("e9", "Disembarking, like boarding, is done only at the north jetty.", True),
    ("e9", "Only at the south jetty.", False),
    ("e10", "Take a pedalo past the yellow buoys or let an under-8 pedal with no adult aboard; no pedalo may carry "
            "more than 4 people either.", True),
    ("e11", "Four at most: each pedalo must not carry more than 4 people.", True),
    ("e11", "Five.", False),
    ("e11", "More than 4 people may ride in one pedalo.", False),
    ("e12", "Sam Velez, at present the Deputy Harbour Master, takes over from Ray Quill as Harbour Master.", True),
    ("e12", "Ray Quill stays on as Harbour Master after 1 June 2028.", False),
    ("e14", "It lends small buoyancy aids and orange life jackets.", True),
    ("e14", "Orange life jackets and waterproof ponchos.", False),
    ("e15", "A boat club card with a photo, a photocard driving licence or a passport.", True),
    ("e15", "A passport, a photocard driving licence or a utility bill.", False),
])
def test_lettered_lists_under_a_denial_rates_of_a_periodic_subject_and_defined_terms_at_a_pedalo_hire(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Pedalo hire agreement", PEDALO_HIRE, PEDALO_HIRE_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


GROTTO_BOOKING = """# Holly Lane Garden Centre: Christmas Grotto Booking Terms 2028

1. The grotto is open from 1 November to 31 December 2028, 10:00 to 16:00 each day.
2. A family slot costs £18 and lasts 20 minutes. Each child receives a wrapped gift from Father Christmas.
3. The balance for a school group must be paid by Friday 1 December 2028. A deposit of £40 secures the date.
4. Prams and pushchairs may not be taken into the grotto; they are left in the buggy park by the entrance,
   which a steward, Maria Tenby, looks after.
5. Season locker hire for stallholders costs £4 per locker per month, invoiced by email.
6. Photographs may be taken by parents. The elf team is led by Owen Marsh.
7. A family slot may include no more than 4 children.
8. Gifts are for children aged 10 or younger.
9. A school group that cancels gets 50% of its deposit back.
"""

GROTTO_BOOKING_ITEMS = [
    {"id": "g1", "question": "May a steward or an elf take pushchairs into the grotto for a family?",
     "answer": "No; pushchairs stay in the buggy park by the entrance, which a steward looks after."},
    {"id": "g2", "question": "By what date must a school group pay its balance?", "answer": "By Friday 1 December 2028."},
    {"id": "g3", "question": "When is the grotto open?", "answer": "From 1 November to 31 December 2028."},
    {"id": "g4", "question": "What does season locker hire cost a stallholder?", "answer": "£4 per locker per month."},
    {"id": "g5", "question": "What is the largest number of children a family slot may include?", "answer": "No more than 4 children."},
    {"id": "g6", "question": "Up to what age does a child get a gift?", "answer": "Aged 10 or younger."},
    {"id": "g7", "question": "Does a school group that cancels get 50% or 100% of its deposit back?",
     "answer": "50% of its deposit."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    # a yes/no question whose "or" joins two things it asks about, answered "No; ..." by the reference
    ("g1", "No.", True),
    ("g1", "No, pushchairs are not taken in by anyone; they stay in the buggy park.", True),
    ("g1", "Yes, a steward can take them in.", False),
    # "by" before a date or a weekday is a deadline: "after" the date is the other direction
    ("g2", "After Friday 1 December 2028.", False),
    ("g2", "It has to be paid after 1 December 2028.", False),
    ("g2", "No later than Friday 1 December 2028.", True),
    ("g2", "By 1 December 2028.", True),
    ("g2", "By Friday 1 December 2028, after the deposit has secured the date.", True),
    # a span named by months runs from the first day of the first to the last day of the last
    ("g3", "November through December 2028.", True),
    ("g3", "November to December.", True),
    ("g3", "October through December 2028.", False),
    ("g3", "November to December 2029.", False),
    # a rate converted to another period by the atoms is no other thing it is per
    ("g4", "£48 per locker per year.", True),
    ("g4", "It works out at £48 a year for each locker.", True),
    ("g4", "£48 per locker per month.", False),
    ("g4", "£4 per locker per week.", False),
    # a negated verb with a comparative and its "than" right after it states a limit, no denial
    ("g5", "The limit is 4; a slot cannot include more children than that.", True),
    ("g5", "A family slot must not have more than 4 children.", True),
    ("g5", "A family slot cannot include more than 2 children.", False),
    ("g5", "A family slot may include more than 4 children.", False),
    ("g5", "A family slot may not include children.", False),
    ("g6", "A child shouldn't be older than 10.", True),
    ("g6", "A child should be older than 10.", False),
    # a share in words names the option the question gives with its sign ("50%")
    ("g7", "Half of it.", True),
    ("g7", "It gets half its deposit back.", True),
    ("g7", "All of it.", False),
])
def test_yes_no_questions_with_or_deadlines_month_spans_rates_over_periods_negated_limits_and_shares_at_a_christmas_grotto(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Christmas grotto booking terms", GROTTO_BOOKING, GROTTO_BOOKING_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


FLYING_FIELD = """# Kestrel Field Model Flying Club: Field Rules 2028

1. The field is open to members from 09:00 to 19:00.
2. Before a pilot flies, their BMFA insurance certificate (cover of at least £25 million) is checked at the gate.
3. Transmitters are switched on only at the frequency board.
4. The Safety Officer is Councillor Dafydd Rees, who also chairs the field committee.
5. Juniors fly only under the supervision of an instructor.
6. No more than 5 models may be in the air at once.
7. Club trophies are presented at the winter meeting, as the summer field days are too busy.
8. The clubhouse sells prop savers but not spare props.
9. Field bookings go to Cllr Ann Pryce.
10. A pilot who holds the BMFA A certificate need not fly with an instructor.
"""

FLYING_FIELD_ITEMS = [
    {"id": "m1", "question": "What must every pilot hold before flying?", "answer": "BMFA insurance."},
    {"id": "m2", "question": "Who is the Safety Officer?", "answer": "Councillor Dafydd Rees."},
    {"id": "m3", "question": "How many models may be in the air at once?", "answer": "No more than 5 models."},
    {"id": "m4", "question": "How much cover must each pilot's insurance give?", "answer": "At least £25 million."},
    {"id": "m5", "question": "Are club trophies presented at the winter or summer meeting?",
     "answer": "The winter meeting, as the summer field days are too busy."},
    {"id": "m6", "question": "Which does the clubhouse sell, spare props or prop savers?", "answer": "Prop savers."},
    {"id": "m7", "question": "Who takes field bookings?", "answer": "Cllr Ann Pryce."},
    {"id": "m8", "question": "A pilot gained the A certificate last year. Must they fly with an instructor again because "
                             "the club has a new instructor?",
     "answer": "No; the A certificate still counts, whoever the instructor is."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    # a clause that names what the question asks about and leaves it free answers "what must ...?" wrongly
    ("m1", "Holding cover before flying is optional for a pilot; BMFA insurance is what the club suggests.", False),
    ("m4", "Insurance is optional for a pilot, though cover of £25 million is suggested.", False),
    ("m4", "At least £25 million; insurance is compulsory for every pilot.", True),
    ("m1", "BMFA insurance; holding it before flying is compulsory.", True),
    ("m1", "BMFA insurance. Juniors also need an instructor.", True),
    # a title written short before the name ("Cllr") names the title the documents write in full
    ("m2", "Cllr Rees.", True),
    ("m2", "Councillor Rees.", True),
    ("m2", "Cllr Dafydd Rees, who chairs the field committee.", True),
    ("m2", "Cllr Morgan.", False),
    # a list's number, where the passage's lines are joined, supports no count of the answer's
    ("m3", "5, and each model needs 3 spotters.", False),
    ("m3", "At most 5; each pilot brings 2 helpers.", False),
    ("m3", "Five models at the most.", True),
    ("m3", "Rule 6 says no more than 5 models may be in the air at once.", True),
    # a head noun written once after both options ("winter or summer meeting") is each option's
    ("m5", "Winter.", True),
    ("m5", "At the winter one.", True),
    ("m5", "At the summer meeting.", False),
    ("m6", "Prop savers.", True),
    ("m6", "Spare props only.", False),
    ("m7", "Councillor Ann Pryce.", True),
    ("m7", "Councillor Pryce takes them.", True),
    ("m7", "Councillor Ann Price.", False),
    # ... but where the question asks whether it must, "they don't need to" answers it
    ("m8", "No, they don't need to fly with an instructor again. The A certificate still counts.", True),
])
def test_what_the_asked_thing_is_left_titles_written_short_list_numbers_and_shared_heads_at_a_model_flying_field(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Model flying field rules", FLYING_FIELD, FLYING_FIELD_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)


SIGNWRITER = """# Terms for signwriting narrowboats — Tallis Boat Lettering and Ashby Marina, 3 April 2028

1.1 **"Cabin Side Panel"** (CSP) means one painted panel on the side of a boat's cabin.
1.2 The Signwriter is Owen Tallis. The Marina Manager is Mrs Gwen Tallis.
2.1 The Signwriter shall give the Owner 7 days' notice of each visit.
2.2 The Owner will email the Signwriter the lettering proof by the Monday before work starts.
2.3 If a panel is damaged in the yard, the Marina must tell the Owner within 48 hours.
2.4 The Owner may book an extra CSP by giving at least 10 days' notice.
3.1 Lettering costs £18 per letter. A full CSP costs £240.
3.2 Touching up all four corners of a boat costs £60.
3.3 Members of the Canal Society get 25% off the total.
3.4 Each boat now takes 12 litres of varnish a season, up from 9.
4.1 Each finished job is signed off by Mrs Gwen Tallis, as Marina Manager.
4.2 From May, visits are on Wednesday (moved from Monday) from 09:00; when Wednesday is a bank holiday the visit is on the Thursday.
4.3 Owen Tallis finished his apprenticeship in June and from 1 September 2028 letters boats on his own.
"""

SIGNWRITER_ITEMS = [
    {"id": "s1", "question": "What notice is given before a visit, and by whom?",
     "answer": "The Signwriter gives the Owner 7 days' notice."},
    {"id": "s2", "question": "How does the lettering proof reach the Signwriter?",
     "answer": "The Owner emails it to the Signwriter by the Monday before work starts."},
    {"id": "s3", "question": "What happens if a panel is damaged in the yard?",
     "answer": "The Marina must tell the Owner within 48 hours."},
    {"id": "s4", "question": "How much notice is needed to book an extra CSP?", "answer": "At least 10 days."},
    {"id": "s5", "question": "What does a touch-up cost?", "answer": "£60."},
    {"id": "s6", "question": "What does lettering cost?", "answer": "£18 per letter."},
    {"id": "s7", "question": "What discount do Canal Society members get?", "answer": "25% off the total."},
    {"id": "s8", "question": "How much varnish does a boat take each season?", "answer": "12 litres, up from 9."},
    {"id": "s9", "question": "Who signs off each finished job?", "answer": "Mrs Gwen Tallis, as Marina Manager."},
    {"id": "s10", "question": "What does a full Cabin Side Panel cost?", "answer": "£240."},
    {"id": "s11", "question": "On which day, and from what time, are visits made from May?",
     "answer": "On Wednesday (moved from Monday), from 09:00."},
    {"id": "s12", "question": "When did Owen Tallis finish his apprenticeship?", "answer": "In June."},
    {"id": "s13", "question": "Which is dearer, a full CSP or a corner touch-up?", "answer": "A full CSP (£240, against £60)."},
]


@pytest.mark.parametrize("item_id, answer, right", [
    # an act of giving or telling with its parties turned round
    ("s1", "The Owner has to give the Signwriter 7 days' notice.", False),
    ("s1", "The Signwriter gives the Owner 7 days' notice of each visit.", True),
    ("s1", "Seven days' notice, which the Signwriter gives to the Owner.", True),
    ("s2", "The Signwriter emails the proof to the Owner by the Monday before work starts.", False),
    ("s2", "The Owner emails it to Owen Tallis by the Monday before work starts.", True),
    ("s3", "It's the Owner who must tell the Marina within 48 hours.", False),
    ("s3", "The Owner is told by the Marina within 48 hours.", True),
    ("s4", "The Signwriter must give the Owner at least 10 days' notice.", False),
    ("s4", "Ten days at least.", True),
    # a sum said "a" thing right after it, and a sum for several of a thing said per one of them
    ("s6", "£18 a letter.", True),
    ("s10", "£240 a letter.", False),
    ("s5", "£60 a corner.", False),
    ("s5", "£60 per corner.", False),
    ("s5", "£60 for the four corners together.", True),
    # a share in digits before "of" or "off"
    ("s7", "1/4 off the total.", True),
    ("s7", "They get 1/3 off the total.", False),
    # a bare number after "up from" leaves its unit to the value before it, which it was
    ("s8", "12 litres.", True),
    ("s8", "Twelve litres a season.", True),
    ("s8", "9 litres.", False),
    # a term defined in quotes and emphasis before its abbreviation
    ("s4", "At least 10 days' notice for an extra CSP.", True),
    ("s10", "A full CSP is £240.", True),
    # the post one named acts in, after "as", describes them where the question asks only who
    ("s9", "Mrs Gwen Tallis.", True),
    ("s9", "Owen Tallis, as Signwriter.", False),
    # a value the reference says was replaced is no key fact another value could contradict
    ("s11", "Wednesday, 09:00; on the Thursday when Wednesday is a bank holiday.", True),
    ("s11", "Thursday, from 09:00.", False),
    ("s11", "Monday at 09:00.", False),
    # a month written without a year takes the year of a date in its passage
    ("s12", "In June 2028.", True),
    ("s12", "He finished it in June 2027.", False),
    # a price's comparatives rank as "higher" and "lower" do
    ("s13", "The corner touch-up is the lower of the two, so a full CSP costs more.", True),
    ("s13", "A full CSP is dearer; the touch-up is cheaper.", True),
    ("s13", "The full CSP is the cheaper one.", False),
])
def test_parties_of_giving_sums_per_a_thing_digit_shares_and_defined_terms_at_a_narrowboat_signwriter(
        tmp_path, item_id, answer, right):
    r = _scorer(tmp_path, "Narrowboat signwriting terms", SIGNWRITER, SIGNWRITER_ITEMS)(item_id, answer)
    assert _right(r) is right, (r.correct, r.hallucinated, r.reasons)
