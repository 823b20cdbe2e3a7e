"""Claims: sentence and clause splitting with exact spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit.scoring.claims import Claim, items_after, items_inline, lead_in, split_claims


def texts(text: str) -> list[str]:
    claims = split_claims(text)
    for c in claims:
        assert text[c.start:c.end].strip() == c.text
    return [c.text for c in claims]


def test_empty_and_whitespace():
    assert split_claims("") == []
    assert split_claims("   \n\t  \n") == []


def test_claim_is_frozen_dataclass():
    c = split_claims("Nvidia ships GPUs.")[0]
    assert c == Claim("Nvidia ships GPUs.", 0, 18)
    with pytest.raises(AttributeError):
        c.text = "x"


def test_glued_citation_title_is_its_own_claim():
    answer = ("As a result, they are investing resources in training AI models to capitalize on the "
              "myriad benefits it offers.AI Capacity Constraints - CoWoS and HBM Supply Chain")
    assert texts(answer) == [
        "As a result, they are investing resources in training AI models to capitalize on the myriad "
        "benefits it offers.",
        "AI Capacity Constraints - CoWoS and HBM Supply Chain",
    ]


def test_glued_after_number_and_unit():
    answer = ("The H100 SXM version utilizes HBM3 with each stack being 16GB, resulting in a total memory "
              "of 80GB.AI Capacity Constraints - CoWoS and HBM Supply Chain")
    assert texts(answer)[-1] == "AI Capacity Constraints - CoWoS and HBM Supply Chain"
    assert len(texts(answer)) == 2


def test_abbreviations_do_not_end_sentences():
    assert texts("Big firms, e.g. Google and Microsoft, buy GPUs. The U.S. government restricts "
                 "exports. Dr. Smith and J. Smith agreed, i.e. they signed.") == [
        "Big firms, e.g. Google and Microsoft, buy GPUs.",
        "The U.S. government restricts exports.",
        "Dr. Smith and J. Smith agreed, i.e. they signed.",
    ]


# Written after the rule (round 32): the abbreviation of a numbered thing before its number
@pytest.mark.parametrize("text, expected", [
    ("Ring the lab on ext. 3117. It is staffed until six.", ["Ring the lab on ext. 3117.", "It is staffed until six."]),
    ("The rule is in para. 4.1 of the charter.", ["The rule is in para. 4.1 of the charter."]),
    ("Bookings: tel. 01632 555 019.", ["Bookings: tel. 01632 555 019."]),
    ("He lives at flat 2, nr. 14 Quay Street.", ["He lives at flat 2, nr. 14 Quay Street."]),
    # elsewhere such a word may end a sentence: "a sec." is no abbreviation of a number's thing
    ("Hold on a sec. 5 more minutes.", ["Hold on a sec.", "5 more minutes."]),
])
def test_the_abbreviation_of_a_numbered_thing_before_its_number(text, expected):
    assert texts(text) == expected


def test_company_suffix_ends_a_sentence_only_before_a_sentence_start():
    assert texts("Apple Inc. reported a loss. It was bought by Nvidia Inc. The deal closed.") == [
        "Apple Inc. reported a loss.",
        "It was bought by Nvidia Inc.",
        "The deal closed.",
    ]
    assert texts("Sales grew in the U.S. The rest fell.") == ["Sales grew in the U.S.", "The rest fell."]


def test_decimals_and_versions():
    assert texts("The H100 costs 3.5 times more than v1.0 did. NVLink 4.0 is faster.") == [
        "The H100 costs 3.5 times more than v1.0 did.",
        "NVLink 4.0 is faster.",
    ]


def test_questions_and_exclamations():
    assert texts("Did they? Yes! It shipped... Then it sold out.") == [
        "Did they?", "Yes!", "It shipped...", "Then it sold out."]


def test_quotes():
    assert texts('He said "It works." Then he left.') == ['He said "It works."', "Then he left."]
    assert texts("“Demand is huge.” Supply is not.") == ["“Demand is huge.”", "Supply is not."]


def test_lists_and_newlines():
    text = ("Key points:\n- Nvidia ships 400,000 GPUs per quarter.\n* TSMC expands CoWoS.\n"
            "1. First item here.\n2) Second item here.\n(3) Third item.\n\nA new paragraph")
    assert texts(text) == [
        "Key points:", "Nvidia ships 400,000 GPUs per quarter.", "TSMC expands CoWoS.",
        "First item here.", "Second item here.", "Third item.", "A new paragraph",
    ]


def test_numbered_answer_marker_is_dropped():
    assert texts("(9) The memory configuration for the H100 SXM version is 40 GB, with 16x HBM2E 32 GB.") == [
        "The memory configuration for the H100 SXM version is 40 GB, with 16x HBM2E 32 GB."]


def test_headings_are_separate_claims():
    assert texts("Key Insights\nThe industry is booming.") == ["Key Insights", "The industry is booming."]


def test_hard_wrapped_lines_are_joined():
    text = ("CoreWeave, a computing startup backed by Nvidia and Magnetar Capital,\n"
            "has secured a $2.3 billion debt facility using H100 GPUs as\ncollateral.")
    assert texts(text) == [text]


def test_clause_split_when_both_sides_are_claims():
    assert texts("The demand for GPUs has surged, and this created obstacles for OpenAI to access "
                 "hardware.") == [
        "The demand for GPUs has surged",
        "and this created obstacles for OpenAI to access hardware.",
    ]
    assert texts("Nvidia raised its prices sharply; AMD and Intel lagged far behind.") == [
        "Nvidia raised its prices sharply", "AMD and Intel lagged far behind."]
    assert texts("Supply improved this quarter, but prices stayed very high.") == [
        "Supply improved this quarter", "but prices stayed very high."]
    assert texts("The H100 ships in volume now, while the B100 arrives next year.") == [
        "The H100 ships in volume now", "while the B100 arrives next year."]
    assert texts("It ships with 80GB of memory, which is more than the A100 offered.") == [
        "It ships with 80GB of memory", "which is more than the A100 offered."]


def test_no_clause_split_when_a_side_is_short():
    assert texts("Prices rose, and fell.") == ["Prices rose, and fell."]
    assert texts("Nvidia grew fast; AMD lagged far behind in the market.") == [
        "Nvidia grew fast; AMD lagged far behind in the market."]
    assert texts("Buyers include Saudi Arabia, the UAE, and Qatar.") == [
        "Buyers include Saudi Arabia, the UAE, and Qatar."]


def test_embedded_which_clause_is_not_split():
    s = ("The H100 GPU ASIC, which is the core component of this high-end GPU, has a sizable die size "
         "of 814mm 2.")
    assert texts(s) == [s]


def test_seed_reference_answer():
    answer = ("Certainly. The Nvidia H100 GPU is 7-die packaged on CoWoS-S. The H100 GPU ASIC, which is "
              "the core component of this high-end GPU, has a sizable die size of 814mm 2. This indicates "
              "its advanced and complex architecture.AI Capacity Constraints - CoWoS and HBM Supply Chain")
    assert texts(answer) == [
        "Certainly.",
        "The Nvidia H100 GPU is 7-die packaged on CoWoS-S.",
        "The H100 GPU ASIC, which is the core component of this high-end GPU, has a sizable die size of 814mm 2.",
        "This indicates its advanced and complex architecture.",
        "AI Capacity Constraints - CoWoS and HBM Supply Chain",
    ]


def test_spans_are_ordered_and_disjoint():
    text = "  One claim here.  Two claims here; and a third clause follows it.\n- Item four here. "
    claims = split_claims(text)
    for a, b in zip(claims, claims[1:]):
        assert a.end <= b.start
    assert all(text[c.start:c.end] == c.text for c in claims)


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

def _check(text: str) -> None:
    claims = split_claims(text)
    covered = bytearray(len(text))
    prev_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= prev_end
        prev_end = c.end
        assert text[c.start:c.end].strip() == c.text
        assert c.text
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    missing = [i for i, ch in enumerate(text) if ch.isalpha() and not covered[i]]
    assert not missing, [text[i] for i in missing]


def _after_intro(text: str) -> int:
    return items_after(text, text.index(":") + 1)


@pytest.mark.parametrize("text, n", [
    ("Pack three things:\n\n- a torch\n- a map\n- water", 3),
    ("Two routes exist:\n1. the coast path\n2. the ridge", 2),
    ("Two routes exist:\n* the coast path\n  which is longer\n* the ridge", 2),      # a wrapped line
    ("Two routes exist:\n- the coast path\n  - via the cove\n  - via the pier\n- the ridge", 2),  # nested
    ("Two routes exist:\n- the coast path\n- the ridge\n\nBoth close at dusk.\n- a note", 2),   # list ends
])
def test_items_after_counts_the_list_an_intro_opens(text, n):
    assert _after_intro(text) == n


@pytest.mark.parametrize("text", [
    "Two routes exist: the coast path and the ridge.",           # inline: no list
    "Two routes exist:\nThe coast path is longer.\n- the ridge",  # a paragraph first
    "Two routes exist:\n## Coast\n## Ridge",                      # headings are not items
])
def test_items_after_needs_a_list_right_after(text):
    assert _after_intro(text) == 0


@pytest.mark.parametrize("text, count, items", [
    # after a colon, asides left out; in apposition; parts after a dash, to a closing dash
    ("Two chefs cooked: Ana Ruiz, who trained in Lima, and Ben Cole.", "Two chefs", ["Ana Ruiz", "Ben Cole"]),
    ("The three judges — Lord Hale, Lady Arden and Lord Reed — agreed.", "three judges",
     ["Lord Hale", "Lady Arden", "Lord Reed"]),
    ("Five goals in all — three in the first half and two after — won it.", "Five goals",
     ["three in the first half", "two after"]),
    ("Both teams scored twice: Leeds and Hull.", "twice", ["Leeds", "Hull"]),
    # an apposition a comma closes after its last item ("and"/"or" before it) ends there: what
    # follows is the sentence's, no item
    ("The two judges, Lord Hale and Lady Arden, agreed.", "two judges", ["Lord Hale", "Lady Arden"]),
    ("The survey covered two coastal sites, Kelby Marsh and Orrin Sands, over two seasons.", "two coastal sites",
     ["Kelby Marsh", "Orrin Sands"]),
    ("We stock three roasts, Lumen, Ardent, and Night Owl, in 250 g bags.", "three roasts",
     ["Lumen", "Ardent", "Night Owl"]),
    ("The plan offers two tiers, Basic or Plus, billed monthly.", "two tiers", ["Basic", "Plus"]),
    ("Four wards, Ash, Beech, Cedar and Elm, closed to visitors.", "Four wards", ["Ash", "Beech", "Cedar", "Elm"]),
    # an aside after the last item does not close it early
    ("Two vets, Dr Amis and Dr Boyd, who covered nights, were on call.", "Two vets",
     ["Dr Amis", "Dr Boyd, who covered nights"]),
])
def test_items_inline_reads_a_list_the_sentence_runs_on_with(text, count, items):
    assert items_inline(text, text.index(count) + len(count)) == items


@pytest.mark.parametrize("text, count", [
    ("The two judges, who sat late, agreed.", "two judges"),      # an aside, no list
    ("Three chefs cooked, and the meal was served.", "Three chefs"),
    ("Two chefs cooked.\nAna and Ben.", "Two chefs"),             # the line ends the sentence
    ("Two chefs cooked in the kitchen and the yard, then left.", "Two chefs"),   # no opener
])
def test_items_inline_needs_a_list_of_two_or_more(text, count):
    assert items_inline(text, text.index(count) + len(count)) == []


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_split_claims_total_on_any_text(text):
    _check(text)


PIECES = st.sampled_from([
    "Nvidia", "ships", "the", "H100", "e.g.", "U.S.", "Inc.", "3.5", "v1.0", ". ", "! ", "? ", ", and ",
    ", which ", "; ", "\n", "\n\n", "- ", "1. ", "(2) ", '"', "“", "”", " ", "offers.AI", "a", "b c d e",
    "...", "Dr.", "J.", ":",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_split_claims_total_on_sentence_like_text(text):
    _check(text)


@pytest.mark.parametrize("text, offer", [
    ("I can also go over the club's refund rules if that would help.", True),
    ("If you'd like, I can walk you through the claim form.", True),
    ("Let me know if you want the full timetable.", True),
    ("I'd be happy to explain how the appeal works.", True),
    ("Hope this helps!", True),
    ("I can confirm the deposit is £200.", False),          # a statement in the first person
    ("The warden can explain the parking rules.", False),   # another person's duty: a claim
    ("We are pleased to announce the pool reopens on 4 May.", False),
    ("I can't find the opening hours in the leaflet.", False),
])
def test_an_offer_to_the_reader_states_nothing(text, offer):
    from evalkit.scoring.claims import offers_help

    assert offers_help(text) is offer


# Sub-clauses lettered "(a)" or numbered in roman ("(iv)") are a list's items: each is a claim of its
# own, and each completes the lead-in line before the list (round 53).
_FERRY_RULES = """Passengers must not:

(a) stand on the car deck while the ferry is moving;
(b) bring more than 2 dogs each;
(iv) smoke anywhere on board.

Tickets are sold at the slipway."""


def test_lettered_sub_clauses_are_items_that_complete_their_lead_in():
    claims = split_claims(_FERRY_RULES, clauses=False)
    assert [c.text for c in claims] == [
        "Passengers must not:", "stand on the car deck while the ferry is moving;", "bring more than 2 dogs each;",
        "smoke anywhere on board.", "Tickets are sold at the slipway."]
    assert [lead_in(_FERRY_RULES, c.start) for c in claims] == [
        "", "Passengers must not:", "Passengers must not:", "Passengers must not:", ""]
    assert items_after(_FERRY_RULES, _FERRY_RULES.index(":") + 1) == 3


def test_a_line_of_prose_after_a_list_has_no_lead_in():
    text = "Bring:\n\n- a torch\n- a flask\n\nThe walk starts at 9."
    claims = split_claims(text, clauses=False)
    assert [(c.text, lead_in(text, c.start)) for c in claims] == [
        ("Bring:", ""), ("a torch", "Bring:"), ("a flask", "Bring:"), ("The walk starts at 9.", "")]
