"""Citation forms, abstention phrasings, and the reference-based similarity scores."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rouge_score import rouge_scorer

from evalkit.scoring.abstention import find_abstention, is_abstention
from evalkit.scoring.citations import find_citations, strip_citations, strip_citations_mapped
from evalkit.scoring.similarity import rouge_l, verbatim_overlap
from evalkit.scoring.text import WordTokenizer, drop_emphasis


@dataclass(frozen=True)
class Doc:
    id: str
    title: str


DOCS = [
    Doc("cowos-hbm", "AI Capacity Constraints - CoWoS and HBM Supply Chain"),
    Doc("gpu-wave", "Diving into the GPU Supply Shortage"),
    Doc("dylan-patel", "Dylan Patel on the Deep Learning Supply Chain"),
]


@pytest.mark.parametrize("text, expected", [
    ("...the myriad benefits it offers.AI Capacity Constraints - CoWoS and HBM Supply Chain", [("cowos-hbm", "title")]),
    ("The H100 uses HBM3. Source: AI Capacity Constraints - CoWoS and HBM Supply Chain", [("cowos-hbm", "title")]),
    ("The H100 uses HBM3 (ai capacity constraints: cowos & hbm supply chain).", [("cowos-hbm", "title")]),
    ("The H100 uses HBM3 [AI Capacity Constraints – CoWoS and HBM Supply Chain]", [("cowos-hbm", "title")]),
    ("According to CoWoS and HBM Supply Chain, the H100 is 7-die.", [("cowos-hbm", "short-title")]),
    ("The H100 is 7-die (CoWoS and HBM Supply Chain).", [("cowos-hbm", "short-title")]),
    ("The H100 is 7-die. — CoWoS and HBM supply chain", [("cowos-hbm", "short-title")]),
    ("See [cowos-hbm].", [("cowos-hbm", "id")]),
    ("Shortages persist. Source: diving into the gpu supply shortage", [("gpu-wave", "title")]),
    # a phrase that merely shares words with a title, mid-sentence and with no cue, is no citation
    ("This is about the CoWoS and HBM supply chain in general, not prices.", []),
    ("The GPU supply shortage is bad.", []),
    ("No citation at all.", []),
    # a possessive's apostrophe is no closing quote, and the answer's start no opening bracket
    ("CoWoS and HBM Supply Chain's lead time is long.", []),
    ("'CoWoS and HBM Supply Chain' says the lead time is long.", [("cowos-hbm", "short-title")]),
])
def test_citation_forms(text, expected):
    assert [(c.doc_id, c.form) for c in find_citations(text, DOCS)] == expected


def test_two_documents_cited():
    text = "HBM is scarce (AI Capacity Constraints - CoWoS and HBM Supply Chain; Diving into the GPU Supply Shortage)."
    assert [c.doc_id for c in find_citations(text, DOCS)] == ["cowos-hbm", "gpu-wave"]


def test_strip_citations_keeps_the_answer():
    text = "It offers.AI Capacity Constraints - CoWoS and HBM Supply Chain"
    assert strip_citations(text, find_citations(text, DOCS)) == "It offers."
    text = "The H100 uses HBM3. Source: AI Capacity Constraints - CoWoS and HBM Supply Chain"
    assert strip_citations(text, find_citations(text, DOCS)) == "The H100 uses HBM3."
    text = "The H100 uses HBM3 [cowos-hbm]."
    assert strip_citations(text, find_citations(text, DOCS)) == "The H100 uses HBM3 ."


def test_stripped_answer_maps_back_to_the_output():
    text = "The H100  uses HBM3. Source: AI Capacity Constraints - CoWoS and HBM Supply Chain"
    answer, offsets = strip_citations_mapped(text, find_citations(text, DOCS))
    assert answer == "The H100 uses HBM3."
    start = answer.index("HBM3")
    assert text[offsets[start]:offsets[start + 3] + 1] == "HBM3"


@given(st.text(max_size=200))
def test_citations_never_raise_and_spans_are_valid(text):
    for c in find_citations(text, DOCS):
        assert 0 <= c.start < c.end <= len(text)
    answer, offsets = strip_citations_mapped(text, find_citations(text, DOCS))
    assert len(offsets) == len(answer) and offsets == sorted(offsets)
    assert all(text[i] == ch or ch.isspace() for ch, i in zip(answer, offsets))


@pytest.mark.parametrize("text", [
    "The documents do not say.",
    "I don't know.",
    "I do not know the answer to that.",
    "This is not covered in the provided sources.",
    "There is no information about the launch price in the documents.",
    "The provided text doesn’t mention the price.",
    "None of the documents give a figure for that.",
    "I cannot answer this from the available material.",
    "That detail is not mentioned in the documents.",
    "The sources don't specify how many were shipped to Japan.",
    "This cannot be determined from the context.",
    "I'm not sure; the articles do not discuss it.",
])
def test_abstention_phrasings(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", [
    "The H100 launched in Japan at 4.7 million yen.",
    "Nvidia does not sell the H100 in Japan.",
    "The documents describe CoWoS capacity constraints at TSMC.",
    "It is not clear that demand will fall, but supply is growing.",
    "",
])
def test_answers_are_not_abstentions(text):
    assert find_abstention(text) is None, text


REF = "The H100 SXM version uses HBM3, 16GB per stack, 80GB in total."


def test_verbatim_and_rouge_exact():
    assert verbatim_overlap(REF, REF) == 1.0
    assert rouge_l(REF, REF) == pytest.approx(1.0)
    # the reference inside a longer answer is still a verbatim copy
    assert verbatim_overlap("Certainly. " + REF + " AI Capacity Constraints", REF) == 1.0
    # a paraphrase shares words but no long run: 3 of 12 reference words in a row ("16gb per stack")
    para = "It carries 80GB of HBM3 memory, 16GB per stack."
    assert verbatim_overlap(para, REF) == pytest.approx(3 / 12)
    assert 0.3 < rouge_l(para, REF) < 0.7
    assert verbatim_overlap("", REF) == 0.0 and rouge_l("", REF) == 0.0


def test_non_ascii_text_is_not_dropped():
    # rouge-score's default tokenizer drops non-ASCII words and would score these 0 or 1 wrongly
    assert rouge_l("台积电 产能 紧张", "台积电 产能 紧张") == pytest.approx(1.0)
    assert rouge_l("台积电 产能", "英伟达 需求") == 0.0


@given(st.text(max_size=80), st.text(min_size=1, max_size=80))
def test_similarity_bounds(a, b):
    assert 0.0 <= verbatim_overlap(a, b) <= 1.0
    assert 0.0 <= rouge_l(a, b) <= 1.0


def test_rouge_l_counts_the_longest_common_subsequence():
    # "the cat ... on ... mat": 4 of 6 words each side in order, precision = recall = 2/3
    assert rouge_l("The cat lay on a mat.", "The cat sat on the mat.") == pytest.approx(2 / 3)
    # order matters: the reversed sentence shares one word in order of three
    assert rouge_l("gamma beta alpha", "alpha beta gamma") == pytest.approx(1 / 3)
    # repeated words are matched once each
    assert rouge_l("tea tea tea", "tea") == pytest.approx(2 * (1 / 3) * 1 / (1 / 3 + 1))
    assert rouge_l("!!! ...", "a reference") == 0.0   # no words: nothing in common


_ROUGE = rouge_scorer.RougeScorer(["rougeL"], tokenizer=WordTokenizer())


@given(st.lists(st.sampled_from("ab bc cd de ef fg".split()), max_size=30),
       st.lists(st.sampled_from("ab bc cd de ef gh".split()), max_size=30))
def test_rouge_l_is_rouge_scores_own(output, reference):
    # the bit-parallel LCS gives rouge-score's own F-measure over the same tokens, to the last bit
    out, ref = " ".join(output), " ".join(reference)
    expected = float(_ROUGE.score(ref, out)["rougeL"].fmeasure) if out.strip() and ref.strip() else 0.0
    assert rouge_l(out, ref) == expected


POLICY_DOCS = [Doc("rail-terms", "Northline Rail - Conditions of Carriage"),
               Doc("rail-faq", "Northline Rail Refunds Guide and FAQ")]


@pytest.mark.parametrize("text, expected", [
    ("According to the Northline refunds guide, you get 50% back.", [("rail-faq", "short-title")]),
    ("Per the conditions of carriage, bikes travel free.", [("rail-terms", "short-title")]),
    ("As stated in the guide, refunds take 5 days.", [("rail-faq", "short-title")]),
    # words before the noun that are not the title's: an ordinary phrase, not a citation
    ("Refunds cover tickets bought in the 2 weeks before you read the guide.", []),
])
def test_a_named_text_is_named_by_its_title_words(text, expected):
    assert [(c.doc_id, c.form) for c in find_citations(text, POLICY_DOCS)] == expected


@pytest.mark.parametrize("text", [
    "Not specified in the GPU supply shortage summary or the FAQ.",
    "The lead time isn't given in Diving into the GPU Supply Shortage or the vendor's datasheet.",
    "Sorry, that figure isn't in the GPU supply shortage summary or in the vendor's email.",
    "The lead time isn't stated in the Diving into the GPU Supply Shortage or the datasheet.",
])
def test_a_refusal_naming_a_cited_text_and_another_text(text):
    # the first text is a citation, taken out of the answer; the second still names a text
    answer = strip_citations(text, find_citations(text, DOCS))
    assert find_citations(text, DOCS) and is_abstention(answer)


@pytest.mark.parametrize("text, expected", [
    ("£95 per **day** of late return.", "£95 per day of late return."),
    ("**Answer:** the _new_ date", "Answer: the new date"),
    ("**the _new_ date**", "the new date"),
    # a list's bullet, a product and a name with an underscore are no emphasis
    ("* first item\n* second **item**", "* first item\n* second item"),
    ("2*3 is six and file_name stays", "2*3 is six and file_name stays"),
])
def test_emphasis_marks_are_dropped_and_the_rest_maps_back(text, expected):
    answer, offsets = drop_emphasis(text, list(range(len(text))))
    assert answer == expected
    assert "".join(text[i] for i in offsets) == answer
