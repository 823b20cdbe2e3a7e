"""Atoms: exact keys for the documented forms, the seed answers, `same_fact`, and property tests."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from evalkit.scoring.atoms import (Atom, attested_names, comparable, extract_atoms, given_by, lowercase_words, same_fact,
                                     stated_by)
from evalkit.scoring.atoms.arithmetic import apart, elapsed, over_length, restates, rest_of, shifted, times_of, total_over, worked_out
from evalkit.scoring.atoms.bounds import bound_of, bounds_on
from evalkit.scoring.atoms.lexicon import GENERIC_ACRONYMS, is_common_word
from evalkit.scoring.atoms.numbers import (
    how_often_in,
    periods_in,
    ratio_around,
    ratios_in,
    shares_of,
    starts_a_change,
    wholes_in,
)
from evalkit.scoring.atoms.numbers import (how_often_in, ratio_around, ratios_in, recurrence_rates, recurrences,
                                           same_rate, starts_a_change, with_elided_units)
from evalkit.scoring.atoms.units import UNIT_IS_MEASURE, convert, is_measure


def keys(text: str, known_names: frozenset[str] = frozenset()) -> list[str]:
    return [a.key for a in extract_atoms(text, known_names)]


def one(text: str) -> Atom:
    atoms = extract_atoms(text)
    assert len(atoms) == 1, atoms
    return atoms[0]


# --------------------------------------------------------------------------------------------
# Documented forms, one atom each
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # money
    ("$2M", "quantity:USD:2000000"),
    ("$2 million", "quantity:USD:2000000"),
    ("2,000,000 dollars", "quantity:USD:2000000"),
    ("USD 2 million", "quantity:USD:2000000"),
    ("$2,000,000", "quantity:USD:2000000"),
    ("2 million dollars", "quantity:USD:2000000"),
    ("$2.3 billion", "quantity:USD:2300000000"),
    ("US$5.5bn", "quantity:USD:5500000000"),
    ("€3m", "quantity:EUR:3000000"),
    # bare numbers with thousands separators
    ("4,424", "number:4424"),
    ("44,240", "number:44240"),
    ("3.5", "number:3.5"),
    # area
    ("814mm 2", "quantity:mm2:814"),
    ("814 mm²", "quantity:mm2:814"),
    ("814mm^2", "quantity:mm2:814"),
    ("814 square millimeters", "quantity:mm2:814"),
    # memory, normalised to decimal GB
    ("16GB", "quantity:GB:16"),
    ("16 GB", "quantity:GB:16"),
    ("16 gigabytes", "quantity:GB:16"),
    ("1 TB", "quantity:GB:1000"),
    ("512 MB", "quantity:GB:0.512"),
    ("3.35 TB/s", "quantity:GB/s:3350"),
    ("2100 gigabytes per second", "quantity:GB/s:2100"),
    # percent
    ("80%", "quantity:%:80"),
    ("80 percent", "quantity:%:80"),
    ("80 per cent", "quantity:%:80"),
    # durations
    ("six months", "quantity:month:6"),
    ("6 months", "quantity:month:6"),
    ("6 min", "quantity:minute:6"),
    ("a couple of weeks", "quantity:week:2"),
    # lengths
    ("5nm", "quantity:nm:5"),
    ("5 nm", "quantity:nm:5"),
    ("4.9 kg", "quantity:kg:4.9"),
    ("700W", "quantity:W:700"),
    ("3.5 GHz", "quantity:GHz:3.5"),
    # counted nouns
    ("400,000 GPUs", "quantity:gpu:400000"),
    ("two packages", "quantity:package:2"),
    ("7-die", "quantity:die:7"),
    ("16-channel", "quantity:channel:16"),
    ("half a million users", "quantity:user:500000"),
    ("2048 GPUs", "quantity:gpu:2048"),
    ("2030 Trucks", "quantity:truck:2030"),    # a year-like number counts a noun marked plural
    ("16x", "quantity:x:16"),
    ("3 times", "quantity:x:3"),
    # scale suffixes on bare numbers
    ("1.5k", "number:1500"),
    ("8k", "number:8000"),
    ("70B", "number:70000000000"),
    ("a dozen", "number:12"),
    # quarters, years, dates
    ("Q1", "quarter:1"),
    ("first quarter", "quarter:1"),
    ("1Q", "quarter:1"),
    ("Q1 2024", "quarter:2024:1"),
    ("1Q24", "quarter:2024:1"),
    ("Q3'23", "quarter:2023:3"),
    ("the first quarter of 2024", "quarter:2024:1"),
    ("2023", "year:2023"),
    ("the 1990s", "year:1990s"),
    ("FY24", "year:2024"),
    ("Dec 30, 2023", "date:2023-12-30"),
    ("December 30th, 2023", "date:2023-12-30"),
    ("30 December 2023", "date:2023-12-30"),
    ("2023-12-30", "date:2023-12-30"),
    ("12/30/2023", "date:2023-12-30"),
    ("December 2023", "date:2023-12"),
    # codes
    ("CoWoS-S", "code:cowos-s"),
    ("HBM2E", "code:hbm2e"),
    ("MI250", "code:mi250"),
    ("the H100s", "code:h100"),
    ("GPT-4", "code:gpt4"),
    ("the H 100", "code:h100"),
    ("v1.0", "code:v1.0"),
])
def test_single_atom_key(text, key):
    assert keys(text) == [key]


def test_money_variants_are_one_fact():
    forms = ["$2M", "$2 million", "2,000,000 dollars", "USD 2 million"]
    assert {one(f).key for f in forms} == {"quantity:USD:2000000"}
    assert all(one(f).unit == "USD" and one(f).value == 2e6 for f in forms)


def test_different_numbers_differ():
    assert one("4,424").key != one("44,240").key
    assert one("4,424").value == 4424 and one("44,240").value == 44240


def test_nm_is_a_quantity_not_a_code():
    a = one("TSMC 4nm".split()[1])
    assert (a.kind, a.unit, a.value) == ("quantity", "nm", 4)
    assert keys("TSMC 4nm") == ["entity:tsmc", "quantity:nm:4"]


# --------------------------------------------------------------------------------------------
# Ranges, qualifiers, scale
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, value, high", [
    ("five to seven", "number:5-7", 5, 7),
    ("five to seven companies", "quantity:company:5-7", 5, 7),
    ("5-7 days", "quantity:day:5-7", 5, 7),
    ("between 2 and 3 million", "number:2000000-3000000", 2e6, 3e6),
    ("50-100%", "quantity:%:50-100", 50, 100),
    ("40–45% MFU", "quantity:%:40-45", 40, 45),
])
def test_ranges(text, key, value, high):
    a = extract_atoms(text)[0]
    assert (a.key, a.value, a.high) == (key, value, high)


@pytest.mark.parametrize("text", ["nearly 80%", "about 80%", "over 80%", "more than 80%", "around 80%", "~80%"])
def test_approximation_qualifiers_flag_but_keep_key(text):
    a = one(text)
    assert a.approx and a.key == "quantity:%:80" and a.text == "80%"


def test_exact_quantity_is_not_approx():
    assert not one("80%").approx


def test_vague_amounts_are_approximate_ranges():
    a = one("hundreds of millions of dollars")
    assert a.key == "quantity:USD:200000000-999000000"
    assert a.approx and a.value == 2e8 and a.high == 9.99e8


def test_over_a_dozen():
    a = one("over a dozen enterprises")
    assert (a.key, a.approx) == ("quantity:enterprise:12", True)


def test_rate_quantities():
    assert keys("400,000 H100 GPUs per quarter") == ["quantity:gpu/quarter:400000", "code:h100"]
    assert keys("$5 a month") == ["quantity:USD/month:5"]


@pytest.mark.parametrize("text, expected", [
    # written after the rule (round 37): "a year earlier" is a point in time back from another
    ("up from $43.4 million a year earlier", ["quantity:USD:43400000"]),
    ("it was €90 a week ago", ["quantity:EUR:90"]),
    ("£310 a month previously", ["quantity:GBP:310"]),
    ("£310 a month before the change", ["quantity:GBP/month:310"]),
    ("£5 a week on top", ["quantity:GBP/week:5"]),
])
def test_a_period_back_from_a_point_is_no_rate(text, expected):
    assert keys(text) == expected


def test_code_as_counted_noun_is_also_a_code():
    assert keys("125 thousand H100s") == ["quantity:h100:125000", "code:h100"]


def test_not_counted_nouns():
    assert keys("16 of them") == ["number:16"]
    assert keys("8k versus 32k") == ["number:8000", "number:32000"]


@pytest.mark.parametrize("text, key", [
    # after "a", a number is a noun itself (a score, a size): a plural after it is a verb
    ("A 9 scores in the top band.", "number:9"),
    ("An 11 fits most feet.", "number:11"),
    # an irregular verb's past is no counted noun
    ("Version 3.1 took it offline.", "number:3.1"),
    ("Only 40 made it to the final.", "number:40"),
    # nor is a regular past: a verb ("Condition 3 asked for"), or a modifier of the noun after it
    ("Of the 40 recorded in March, half were minor.", "number:40"),
    ("In the end 12 qualified for the final.", "number:12"),
    ("The inspectors found two failed welds.", "quantity:weld:2"),
    ("The club has 30 registered members.", "quantity:member:30"),
    ("Some 300 gathered outside the hall.", "number:300"),
    # a singular noun before a plural one modifies it: the plural is counted
    ("The park has four tennis courts.", "quantity:court:4"),
    ("The contract names two penalty clauses.", "quantity:clause:2"),
    # real counted nouns stay read
    ("There were 26 runners in the race.", "quantity:runner:26"),
    ("3 apples in the basket", "quantity:apple:3"),
    ("We found 12 cases of fraud.", "quantity:case:12"),
    ("She scored a 9 in the final.", "number:9"),
    ("They cut 5 trees.", "quantity:tree:5"),
    ("3 days notice", "quantity:day:3"),              # a plural first noun stays the counted one
    ("The 1 bus stops here.", "quantity:bus:1"),      # one of a singular noun: the verb agrees
    ("2 cost centres", "quantity:centre:2"),          # "cost" is its own past: not a verb by form
])
def test_the_noun_a_count_counts(text, key):
    assert [k for k in keys(text) if not k.startswith(("date", "year"))] == [key]


def test_a_hyphened_fraction_in_words_is_a_share():
    assert keys("Turnout was about nine-tenths.") == ["quantity:fraction:0.9"]
    assert keys("It fell by two-thirds.") == keys("It fell by two thirds of it.")
    assert keys("a one-fifth stake") == ["quantity:fraction:0.2"]


def test_bare_number_words_are_not_atoms():
    # "two" alone, "one reason": no checkable fact
    assert keys("the two of us") == []
    assert keys("one reason is cost") == []


@pytest.mark.parametrize("text, expected", [
    ("The quorum is nine, as the bylaws set it.", ["number:9"]),
    ("Her handicap was eleven; it fell later.", ["number:11"]),
    ("The answer's forty — no more.", ["number:40"]),
    ("There are three of them.", []),                      # a count of what follows, no clause's end
    ("Three, it is cheaper; four, it is faster.", []),     # a list's counts at a sentence's start
    ("The fee is ten per visit.", ["number:10"]),           # a rate's count: per visit
])
def test_a_number_word_that_is_all_a_verb_be_says(text, expected):
    assert keys(text) == expected


def test_year_vs_count():
    assert keys("the 2023 model") == ["year:2023"]
    assert keys("2019-2023") == ["year:2019", "year:2023"]
    assert keys("$2023") == ["quantity:USD:2023"]


# --------------------------------------------------------------------------------------------
# Codes and entities
# --------------------------------------------------------------------------------------------

def test_multi_product_slash():
    assert keys("over $1 billion worth of A800/H800s") == [
        "quantity:USD:1000000000", "code:a800", "code:h800"]


@pytest.mark.parametrize("text, key", [
    ("We spoke to SK hynix today.", "entity:sk hynix"),
    ("Buyers include Saudi Arabia today.", "entity:saudi arabia"),
    ("An interview with Dylan Patel today.", "entity:dylan patel"),
    ("Backed by Magnetar Capital today.", "entity:magnetar capital"),
    ("On the Latent Space podcast.", "entity:latent space"),
    ("It sells to Nvidia.", "entity:nvidia"),
    ("It sells to TSMC.", "entity:tsmc"),
    ("Owned by Bytedance.", "entity:bytedance"),
    ("The company behind TikTok.", "entity:tiktok"),
    ("Models from OpenAI.", "entity:openai"),
    ("Buyers like the UAE.", "entity:uae"),
    ("Exports from the U.S. grew.", "entity:us"),
    ("Exports from the US grew.", "entity:us"),
])
def test_entities(text, key):
    assert keys(text) == [key]


def test_sentence_initial_rules():
    # a plain capitalised first word is not a name ...
    assert keys("Certainly, that works.") == []
    assert keys("However, Additionally, This, It, In, As.") == []
    # ... unless it is an acronym, camel-cased, followed by more capitals, or a name elsewhere
    assert keys("TSMC makes chips.") == ["entity:tsmc"]
    assert keys("OpenAI trains models.") == ["entity:openai"]
    assert keys("Dylan Patel said so.") == ["entity:dylan patel"]
    assert keys("Nvidia grew. Demand for Nvidia is high.") == ["entity:nvidia", "entity:nvidia"]
    # a first word that is no everyday English word is a name ("Marvell, per the summary")
    assert keys("Nvidia grew.") == ["entity:nvidia"]
    assert keys("Marvell, per the episode summary.") == ["entity:marvell"]
    assert keys("Together, they grew. Shortages eased.") == []
    # a rare word outside the everyday list is read as a name: the price of catching "Marvell"
    assert keys("Stockpiled chips sold.") == ["entity:stockpiled"]
    # names the corpus attests count even when they are everyday words elsewhere
    assert keys("Together runs H100s.") == ["code:h100"]
    assert keys("Together runs H100s.", frozenset({"together"})) == ["entity:together", "code:h100"]


def test_sentence_initial_verbs_and_words_the_corpus_writes_in_lower_case():
    # a first word taking an article or a possessive is a verb, not a name
    assert keys("Descale the kettle every month.") == []
    assert keys("Reboot your router, then wait.") == []
    # ... a name takes none ("Corvane this year" neither: "this" is no object's article)
    assert keys("Halvorsen chaired it.") == ["entity:halvorsen"]
    assert keys("Halvorsen, the chair, signed it.") == ["entity:halvorsen"]
    assert keys("Brevik this year reported a loss.") == ["entity:brevik"]
    # a word the text or its corpus writes in lower case is no name first in a sentence
    assert keys("Stratification was by site.") == ["entity:stratification"]
    assert [a.key for a in extract_atoms("Stratification was by site.", known_words=frozenset({"stratification"}))] == []
    # ... in the singular too ("a backport" known, "Backports need …"), but not another word's stem
    assert [a.key for a in extract_atoms("Backports need approval.", known_words=frozenset({"backport"}))] == []
    assert [a.key for a in extract_atoms("Backport Ltd signs.", known_words=frozenset({"backports"}))] == [
        "entity:backport ltd"]
    assert keys("Stratification was by site; the stratification used two factors.") == ["quantity:factor:2"]
    assert [a.key for a in extract_atoms("Halvorsen chaired it.", known_words=frozenset({"chaired"}))] == [
        "entity:halvorsen"]
    # a lower-case web address is no lower-case word; a known name stays one
    assert keys("Write to help@kestrel.org. Kestrel replies within a day.") == ["entity:kestrel", "quantity:day:1"]
    assert [a.key for a in extract_atoms("Together runs H100s.", frozenset({"together"}), frozenset({"together"}))] == [
        "entity:together", "code:h100"]


def test_a_common_word_first_in_a_sentence_is_no_part_of_the_name_after_it():
    # a sentence adverb before a name that is one on its own: the name starts after it
    assert keys("Traditionally Bellamy's kitchen closes at ten.", frozenset({"bellamy"})) == ["entity:bellamy"]
    assert keys("Traditionally Quenby's kitchen closes at ten.") == ["entity:quenby"]
    assert keys("Ordinarily Tressick Chambers hears appeals.") == ["entity:tressick chambers"]
    assert keys("Happily Dunmore won the final.", frozenset({"dunmore"})) == ["entity:dunmore"]
    # ... but before a common word the two are the name ("Grants Committee", "Head Chef")
    assert keys("Grants Committee decides.") == ["entity:grants committee"]
    assert keys("Head Chef Amara Lin plans the menu.") == ["entity:head chef amara lin"]
    assert keys("National Grid owns the cables.") == ["entity:national grid"]
    # ... and a noun before a name is its class word ("Lake Quenby"), a name in -ly no adverb
    assert keys("Lake Quenby freezes in winter.") == ["entity:lake quenby"]
    assert keys("Sally Quenby plays in goal.") == ["entity:sally quenby"]
    # ... and a name the documents write whole mid-sentence keeps its first word
    assert keys("Locally Kestria won the cup.") == ["entity:kestria"]
    assert keys("Locally Kestria won the cup.", frozenset({"locally kestria"})) == ["entity:locally kestria"]
    assert "northern kestria" in attested_names("The players of Northern Kestria won.")
    assert "northern kestria" not in attested_names("Northern Kestria won.")


def test_a_section_number_opens_its_line_like_a_list_marker():
    # "4.2 Appeals ...": the word after a section's number is first on its line, no attested name
    assert "appeals" not in attested_names("4.2 Appeals of the Disciplinary Board are final.")
    assert "starters" not in attested_names("## 3.1.2 Starters are served from noon.")
    assert "disciplinary board" in attested_names("4.2 Appeals of the Disciplinary Board are final.")
    assert "appeals" in attested_names("Write to Appeals by Friday.")


def test_a_name_between_a_determiner_and_a_noun_is_a_modifier():
    def modifiers(text: str) -> list[tuple[str, bool]]:
        return [(a.key, a.modifier) for a in extract_atoms(text) if a.kind == "entity"]

    assert modifiers("The recipe uses the Sicilian lemons we import.") == [("entity:sicilian", True)]
    assert modifiers("Appeals go to a Scottish court first.") == [("entity:scottish", True)]
    # a name as subject or object is none; nor one after a relative "that"
    assert modifiers("The court that Halvorsen chairs sat.") == [("entity:halvorsen", False)]
    assert modifiers("Julian cooked; the chef is Julian.") == [("entity:julian", False), ("entity:julian", False)]


def test_a_capitalised_line_with_a_full_stop_is_a_sentence_not_a_heading():
    # capitals in a heading are style; a line of names that ends in a full stop is a sentence
    assert keys("Ines Duarte, Director of Field Operations.") == [
        "entity:ines duarte", "entity:director", "entity:field operations"]
    assert keys("Ines Duarte, Director of Field Operations") == []
    # the full stop may follow a closing bracket
    assert keys("The Harbour Pilot Office (HPO).") == ["entity:harbour pilot office", "entity:hpo"]
    assert keys("The Harbour Pilot Office (HPO)") == ["entity:hpo"]
    assert keys("Harbour Trail Opening Times And Fees") == []


def test_generic_acronyms_are_not_entities():
    assert {"AI", "GPU", "LLM"} <= GENERIC_ACRONYMS
    assert keys("the AI boom needs GPUs and LLMs built on a GPU") == []


@pytest.mark.parametrize("text, expected", [
    # written after the rule: a day named in the plural ("every Friday") opens no name
    ("On Fridays Okafor opens the surgery.", ["entity:okafor"]),
    ("Saturdays Brennan referees the juniors.", ["entity:brennan"]),
    ("The Mondays Okafor works are long.", ["entity:okafor"]),
    ("On Friday Okafor opened it.", ["entity:okafor"]),
])
def test_a_day_in_the_plural_is_no_part_of_a_name(text, expected):
    assert [k for k in keys(text) if k.startswith("entity:")] == expected


def test_month_names_are_dates_not_entities():
    assert keys("It shipped in December.") == ["date:--12"]
    assert keys("We met on Monday.") == []


def test_entity_key_normalisation():
    assert one("made by Hewlett-Packard").key == "entity:hewlett packard"
    assert one("an interview with Michaël Trazzi").key == one("an interview with Michael Trazzi").key


def test_codes_inside_entities_are_split():
    assert keys("the Nvidia H100 GPU") == ["entity:nvidia", "code:h100"]


# --------------------------------------------------------------------------------------------
# Seed answers (GPU supply chain), reference vs fine-tuned epoch 5
# --------------------------------------------------------------------------------------------

REF_Q7 = ("Certainly. The Nvidia H100 GPU is 7-die packaged on CoWoS-S. The H100 GPU ASIC, which is "
          "the core component of this high-end GPU, has a sizable die size of 814mm 2. This indicates "
          "its advanced and complex architecture, showcasing Nvidia's cutting-edge technology in the "
          "high-performance computing and graphics processing domain.")
EPOCH5_Q7 = ("The H100 GPU has a die size of 875mm², which is significantly larger than the A100's die "
             "size of 639mm². It is packaged in a very large form factor (VLF) package, which measures "
             "247.5mm x 287.5mm and weighs 4.9 kg, making it the largest GPU ever made.")
REF_Q9 = ("The H100 SXM version utilizes HBM3 with each stack being 16GB, resulting in a total memory of "
          "80GB.AI Capacity Constraints - CoWoS and HBM Supply Chain")
EPOCH5_Q9 = "The memory configuration for the H100 SXM version is 40 GB, with 16x HBM2E 32 GB."
REF_Q5 = ("Despite Nvidia's efforts to increase production, the highest-end Nvidia GPU, H100, is expected "
          "to remain sold out until Q1 of next year. Nvidia is aiming to ramp up the shipment of more "
          "than 400,000 H100 GPUs per quarter to meet the demand. The scarcity of these GPUs has led to "
          "competition among enterprises and even nation states, such as Saudi Arabia and the UAE, "
          "attempting to acquire hundreds of millions of dollars of GPUs.")


def test_reference_q7_exact_atoms():
    got = [(a.kind, a.text, a.key) for a in extract_atoms(REF_Q7)]
    assert got == [
        ("entity", "Nvidia", "entity:nvidia"),
        ("code", "H100", "code:h100"),
        ("quantity", "7-die", "quantity:die:7"),
        ("code", "CoWoS-S", "code:cowos-s"),
        ("code", "H100", "code:h100"),
        ("quantity", "814mm 2", "quantity:mm2:814"),
        ("entity", "Nvidia", "entity:nvidia"),
    ]


def test_epoch5_q7_die_size_differs_from_reference():
    ref = {a.key: a for a in extract_atoms(REF_Q7)}
    got = {a.key: a for a in extract_atoms(EPOCH5_Q7)}
    assert "quantity:mm2:875" in got and "quantity:mm2:639" in got
    assert "quantity:mm2:814" not in got
    assert list(got)[:4] == ["code:h100", "quantity:mm2:875", "code:a100", "quantity:mm2:639"]
    assert comparable(got["quantity:mm2:875"], ref["quantity:mm2:814"])
    assert not same_fact(got["quantity:mm2:875"], ref["quantity:mm2:814"])
    assert {"quantity:mm:247.5", "quantity:mm:287.5", "quantity:kg:4.9", "entity:vlf"} <= set(got)


def test_q9_reference_and_epoch5_differ():
    assert keys(REF_Q9)[:5] == ["code:h100", "entity:sxm", "code:hbm3", "quantity:GB:16", "quantity:GB:80"]
    assert keys(EPOCH5_Q9) == ["code:h100", "entity:sxm", "quantity:GB:40", "quantity:x:16",
                               "code:hbm2e", "quantity:GB:32"]
    ref_mem = [a for a in extract_atoms(REF_Q9) if a.unit == "GB"]
    got_mem = [a for a in extract_atoms(EPOCH5_Q9) if a.unit == "GB"]
    assert all(comparable(a, b) and not same_fact(a, b) for a in got_mem for b in ref_mem)
    assert "code:hbm3" not in keys(EPOCH5_Q9)


def test_reference_q5_atoms():
    assert keys(REF_Q5) == [
        "entity:nvidia", "entity:nvidia", "code:h100", "quarter:1", "entity:nvidia",
        "quantity:gpu/quarter:400000", "code:h100", "entity:saudi arabia", "entity:uae",
        "quantity:USD:200000000-999000000",
    ]
    gpus = next(a for a in extract_atoms(REF_Q5) if a.kind == "quantity")
    assert gpus.approx  # "more than"


def test_other_seed_phrases():
    assert keys("For instance, Bytedance, the company behind TikTok, has reportedly ordered over $1 billion worth "
                "of A800/H800s from Nvidia.") == [
        "entity:bytedance", "entity:tiktok", "quantity:USD:1000000000", "code:a800", "code:h800",
        "entity:nvidia"]
    assert keys("CoreWeave, a cloud computing startup backed by Nvidia and Magnetar Capital, has secured "
                "a $2.3 billion debt facility. Nvidia is raking in nearly 1,000% (about 823%) in profit.") == [
        "entity:coreweave", "entity:nvidia", "entity:magnetar capital", "quantity:USD:2300000000",
        "entity:nvidia", "quantity:%:1000", "quantity:%:823"]
    # a sentence-initial single word is a name only when the text uses it as one elsewhere
    assert keys("It raised $2.3 billion. Nvidia is raking in profit.") == ["quantity:USD:2300000000", "entity:nvidia"]
    assert keys("Pascal (2016) TSMC 16nm, NVLink 1.0, HBM 1.0") == [
        "year:2016", "entity:tsmc", "quantity:nm:16", "entity:nvlink", "number:1",
        "entity:hbm", "number:1"]
    assert keys("LAIKA AI\n6 min readDec 30, 2023") == ["entity:laika", "quantity:minute:6", "date:2023-12-30"]
    assert keys("Six Months Between The Order And The Datacenter Installation") == ["quantity:month:6"]


# --------------------------------------------------------------------------------------------
# No overlapping duplicates, spans, skipped text
# --------------------------------------------------------------------------------------------

def test_no_duplicates_inside_larger_atoms():
    assert keys("It shipped on Dec 30, 2023.") == ["date:2023-12-30"]  # the year is not repeated
    assert keys("It costs $2.3 billion.") == ["quantity:USD:2300000000"]  # no bare 2.3
    assert keys("Q1 2024") == ["quarter:2024:1"]


def test_urls_ratios_and_list_markers_give_no_atoms():
    assert keys("see https://twitter.com/x/status/1691877797487165443?s=20 now") == []
    assert keys("at 99:30 today") == []   # not a time of day: skipped, no numbers either
    assert keys("(1) first\n2. second") == []


def test_spans_index_the_text():
    text = "  Nvidia's H100 has 80GB; TSMC ships 5-7 days after Q1 2024, i.e. Dec 30, 2023."
    for a in extract_atoms(text):
        assert text[a.start:a.end] == a.text


# --------------------------------------------------------------------------------------------
# same_fact and comparable: the scorer's definition, tested directly
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("$2.3 billion", "$2,300,000,000"),
    ("1,000 GB", "1 TB"),
    ("5-7 days", "five to seven days"),
    ("400,000 GPUs", "400,000 accelerators"),  # a counted noun is often reworded
    ("2023", "2,023"),                           # a year written as a number
    ("Q1 2024", "1Q24"),
    ("TSMC", "TSMC"),
    ("45", "£45"),                               # a unit dropped or added is the same measure
    ("15 players", "15"),                        # a bare number may be any count
    ("2 litres", "2 l"),
    ("20 guests", "20 visitors"),                # two counted nouns: often reworded
])
def test_same_fact(a, b):
    assert same_fact(one(a), one(b)) and same_fact(one(b), one(a))


@pytest.mark.parametrize("a, b", [
    ("1,000 GB", "1.004 TB"),  # no tolerance: a different value is a different fact
    ("4,424", "4,440"),
    ("5-7 days", "6 days"),    # a range matches only the same range
    ("40–45%", "45%"),
    ("Q1", "Q1 2024"),         # dates, quarters and years compare by key
    ("2023", "2024"),
    ("80GB", "80%"),           # two different units of measurement
    ("HBM3", "HBM2E"),
])
def test_not_the_same_fact(a, b):
    assert not same_fact(one(a), one(b)) and not same_fact(one(b), one(a))


@pytest.mark.parametrize("value, evidence, given", [
    ("8 minutes", "eight rowers", False),   # a count of a noun gives no value in a unit
    ("25 minutes", "25 cupcakes", False),
    ("30 days", "30 clauses", False),
    ("£15", "15 players", False),
    ("40%", "40 members", False),
    ("12 km", "12 checkpoints", False),
    ("£3 a month", "3 books", False),
    ("£45", "45", True),                    # a bare number may drop the unit
    ("45", "£45", True),
    ("15 players", "15 members", True),     # a counted noun is often reworded
    ("three renewals", "3 times", True),    # times count occurrences, as a noun does
    ("3 times a day", "three doses a day", True),
    ("two volunteering days", "2 days", True),   # one way: an answer's noun may be misread
    ("429s", "429 responses", True),        # a glued "s" may be the plural of the number
    ("30 secs", "30 responses", False),
])
def test_given_by_a_count_only_as_a_count(value, evidence, given):
    assert given_by(one(value), one(evidence)) is given


def test_comparable():
    assert comparable(one("80GB"), one("16 GB"))
    assert not comparable(one("80GB"), one("80%"))
    assert not comparable(one("4,424"), one("44,240"))  # bare numbers may count different things
    assert comparable(one("2023"), one("2024"))
    assert comparable(one("HBM3"), one("HBM2E"))        # one code family
    assert not comparable(one("TSMC"), one("made by Samsung"))


def test_every_unit_says_whether_it_is_a_measure():
    from evalkit.scoring.atoms.units import CANONICAL_UNITS

    assert CANONICAL_UNITS <= set(UNIT_IS_MEASURE)
    assert is_measure("GB") and is_measure("usd") and not is_measure("gpu") and not is_measure(None)


# --------------------------------------------------------------------------------------------
# Bounds: the comparator on a number, as a direction on its value
# --------------------------------------------------------------------------------------------

def bound(text: str, number: str) -> tuple[str, str] | None:
    """(direction, comparator and number as written) of the atom whose text starts with `number`."""
    atom = next(a for a in extract_atoms(text) if a.text.startswith(number))
    found = bound_of(text, atom)
    return (found.direction, text[found.start:found.end]) if found else None


@pytest.mark.parametrize("text, number, expected", [
    # lower bounds, before and after the number, and negated upper ones
    ("Take at least 2 tablets a day.", "2", ("min", "at least 2 tablets a day")),
    ("Orders of 30 kg or more ship by freight.", "30", ("min", "30 kg or more")),
    ("Groups of 12 people or more pay the group rate.", "12", ("min", "12 people or more")),
    ("The pool is open to swimmers aged 14+ only.", "14", ("min", "14+")),
    ("A minimum of 3 referees is needed.", "3", ("min", "A minimum of 3 referees")),
    ("Rent may not be less than €400 a month.", "€400", ("min", "not be less than €400 a month")),
    ("Applicants over 21 may hire a van.", "21", ("min", "over 21")),
    ("Gates open no earlier than 5 pm.", "5 pm", ("min", "no earlier than 5 pm")),
    ("Do not call before 9 am.", "9 am", ("min", "not call before 9 am")),
    ("Seeds sprout after 10 days.", "10 days", ("min", "after 10 days")),
    ("Tickets go on sale 8 am or later.", "8 am", ("min", "8 am or later")),
    # upper bounds
    ("Carry-on bags of up to 7 kg are free.", "7 kg", ("max", "up to 7 kg")),
    ("Each patient gets 4 visits at most.", "4", ("max", "4 visits at most")),
    ("A maximum of 5 guests per member.", "5", ("max", "A maximum of 5 guests")),
    ("Refunds are paid within 30 days.", "30 days", ("max", "within 30 days")),
    ("Entry is free for children under 5.", "5", ("max", "under 5")),
    ("Loads must never weigh more than 20 kg.", "20 kg", ("max", "never weigh more than 20 kg")),
    ("You can't park for longer than 2 hours.", "2 hours", ("max", "can't park for longer than 2 hours")),
    ("Check out no later than 11 am.", "11 am", ("max", "no later than 11 am")),
    ("Submit the form by 5 pm.", "5 pm", ("max", "by 5 pm")),
    ("Patients aged 16 or under need a guardian.", "16", ("max", "16 or under")),
    # order in time on a length counted back from an event reads the other way round
    ("Book no later than 48 hours before departure.", "48 hours", ("min", "no later than 48 hours")),
    ("Book no earlier than 3 days before the match.", "3 days", ("max", "no earlier than 3 days")),
    # the value said to be the end itself
    ("40 kg is also the maximum load per shelf.", "40 kg", ("max", "40 kg is also the maximum")),
    ("16 is the minimum age for the course.", "16", ("min", "16 is the minimum")),
    ("40 kg is the most common load.", "40 kg", None),
    ("Appeal no earlier than 7 days after the ruling.", "7 days", ("min", "no earlier than 7 days")),
    # no comparator: no bound
    ("The fee is 6 euros.", "6", None),
    ("Prices rose by 12% last year.", "12%", None),                  # "by" bounds only a point in time
    ("Only 6 people came.", "6", None),
    ("The desk is staffed from 6 pm to 8 pm.", "6 pm", None),
    ("We waited 6 more days.", "6", None),
    ("It costs 6 + 2 euros.", "6", None),
])
def test_bound_of(text, number, expected):
    assert bound(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    # a length of time said to have gone by starts a window: a lower bound, where "within" ends one
    ("Players may re-sign once 30 days have passed since the transfer.", "30 days",
     ("min", "30 days have passed")),
    ("Take the cake out when 40 minutes have elapsed.", "40 minutes", ("min", "40 minutes have elapsed")),
    ("After 2 years has gone by, the lease may be renewed.", "2 years", ("min", "After 2 years")),
    # a comparator before it still decides: "until" ends the window
    ("Appeals are heard until 3 months have passed.", "3 months", ("max", "until 3 months")),
    ("Claims made before 6 weeks have elapsed are paid in full.", "6 weeks", ("max", "before 6 weeks")),
    # not a length of time: nothing is bounded
    ("By Friday 5 students had passed the theory test.", "5", None),
])
def test_a_length_of_time_gone_by_is_a_lower_bound(text, number, expected):
    assert bound(text, number) == expected


# Written after the rule (round 40): a comparative of size, weight, distance, speed or heat bounds a
# value as "more than" and "less than" do, before it or after it with "or"
@pytest.mark.parametrize("text, number, expected", [
    ("Riders must be no taller than 150 cm on the lead rein.", "150 cm", ("max", "no taller than 150 cm")),
    ("Trenches deeper than 1.2 m need shoring.", "1.2 m", ("min", "deeper than 1.2 m")),
    ("Gates narrower than 90 cm cannot take the mower.", "90 cm", ("max", "narrower than 90 cm")),
    ("Parcels heavier than 20 kg go by pallet.", "20 kg", ("min", "heavier than 20 kg")),
    ("Boards 18 mm or thicker are accepted.", "18 mm", ("min", "18 mm or thicker")),
    ("Pots 30 cm or shallower dry out in a day.", "30 cm", ("max", "30 cm or shallower")),
    ("Never park closer than 5 m to the junction.", "5 m", ("min", "Never park closer than 5 m")),
    ("The trailer is 2.1 m wide.", "2.1 m", None),
])
def test_a_comparative_of_size_bounds_its_value(text, number, expected):
    assert bound(text, number) == expected


def test_no_denies_only_the_comparator_it_stands_before():
    assert bound("There is no charge for up to 3 items.", "3") == ("max", "up to 3 items")
    assert bound("There is no more than 3 items.", "3") == ("max", "no more than 3 items")


def test_a_negation_before_up_to_or_within_denies_what_is_bounded():
    assert bound("The app may not be available for up to 2 hours.", "2") == ("max", "up to 2 hours")
    assert bound("If the fine is not paid within 14 days, it doubles.", "14") == ("max", "within 14 days")
    assert bound("Tours do not start until 10 am.", "10") == ("min", "not start until 10 am")


def test_bounds_on_the_same_value():
    text = "Riders aged 16 to 64 pay full fare; riders under 16 ride free; a ride lasts up to 16 minutes."
    atoms = extract_atoms(text)
    directions = [b.direction if b else None for b in bounds_on(one("16"), text, atoms)]
    assert directions == ["min", "max", "max"]   # the low end of a range is a lower bound
    assert bounds_on(one("64"), text, atoms)[0].direction == "max"
    assert bounds_on(one("7"), text, atoms) == []
# Equivalent forms: ordinal days, times of day, volumes, shares, bounds, labels
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Entries close on the fifteenth of March, 2031.", "date:2031-03-15"),
    ("The fair opens July the fourth.", "date:--07-04"),
    ("Payment is due on the 2nd of June 2019.", "date:2019-06-02"),
    ("Renewal falls due October twenty-first, 2015.", "date:2015-10-21"),
    ("It was signed on the Thirty-First of December 1999.", "date:1999-12-31"),
    ("Results arrive November the 3rd.", "date:--11-03"),
])
def test_ordinal_days(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, expected", [
    ("In March the first trains ran late.", ["date:--03"]),          # "the first trains": no day
    ("In March the 12 members voted.", ["date:--03", "quantity:member:12"]),
    ("You may first call the desk.", []),                           # "may": no month
    ("The second April shipment was late.", ["date:--04"]),           # a word before a month needs "of"
])
def test_ordinal_words_that_are_not_days(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("coarse, fine", [
    ("in 2031", "on 15 March 2031"),
    ("in March 2031", "on 15 March 2031"),
    ("in March", "on 15 March 2031"),
    ("in Q3", "in Q3 2025"),
    ("in 2025", "in Q3 2025"),
])
def test_a_coarser_date_is_stated_by_a_finer_one(coarse, fine):
    a, b = one(coarse), one(fine)
    assert stated_by(a, b) and not stated_by(b, a)   # the finer one adds a field
    assert not same_fact(a, b)                        # and the two are not one key


@pytest.mark.parametrize("a, b", [
    ("in March 2030", "on 15 March 2031"),   # a field both give differs
    ("in April", "on 15 March 2031"),
    ("on 15 March", "on 16 March 2031"),
    ("in FY2031", "on 15 March 2031"),       # a fiscal year is no calendar field
    ("in the 2030s", "on 15 March 2031"),
    ("in Q1", "on 15 March 2031"),            # a quarter is not read off a month
])
def test_dates_not_stated_by_another(a, b):
    assert not stated_by(one(a), one(b))


@pytest.mark.parametrize("text, key", [
    ("The gates shut at 19:45.", "time:19:45"),
    ("The gates shut at 7:45 p.m.", "time:19:45"),
    ("The gates shut at 7.45pm.", "time:19:45"),
    ("The gates shut at 7:45 PM.", "time:19:45"),
    ("Doors open at 07:45.", "time:07:45"),
    ("Doors open at 7 AM.", "time:07:00"),
    ("Lunch is served at midday.", "time:12:00"),
    ("Lunch is served at 12 noon.", "time:12:00"),
    ("The meter resets at midnight.", "time:00:00"),
    ("The meter resets at 12 am.", "time:00:00"),
    ("The meter resets at 24:00.", "time:00:00"),
    ("Doors open at 7:45.", "time:07:45?"),   # no am/pm, no leading zero: either reading
])
def test_times_of_day(text, key):
    assert keys(text) == [key]


def test_time_ranges():
    assert keys("Open 9am-5pm daily.") == ["time:09:00", "time:17:00"]
    assert keys("Quiet hours: 10:30–14:00.") == ["time:10:30?", "time:14:00"]
    assert keys("Visits from 2 to 4 pm.") == ["time:14:00", "time:16:00"]
    assert keys("Closed 11-1 pm for lunch.") == ["time:11:00", "time:13:00"]   # across noon
    assert [a.text for a in extract_atoms("Visits from 2 to 4 pm.")] == ["2", "4 pm"]


@pytest.mark.parametrize("text, expected", [
    ("The screen is 16:9.", ["number:16", "number:9"]),        # not nn:nn: a ratio, as before
    ("It measured 18.30 in total.", ["number:18.3"]),          # a dot needs am/pm to be a time
    ("Children aged 9-11.", ["number:9-11"]),                  # "9-11" without am/pm: numbers
    ("See pages 9-11.", []),                                  # a label of a part of the text: no atom
    ("The score was 99:30.", []),                             # nn:nn but no time: skipped
])
def test_not_times_of_day(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("a, b, same", [
    ("at 19:45", "at 7:45 pm", True),
    ("at 7 pm", "at 19:00", True),
    ("at 7 pm", "at 7 am", False),          # the half of the day matters
    ("at 7:45", "at 19:45", True),          # written without am/pm: either reading
    ("at 7:45", "at 07:45", True),
    ("at 7:45", "at 8:45 pm", False),
    ("at noon", "at 12:00", True),
    ("at midnight", "at noon", False),
])
def test_times_compare_on_the_24_hour_clock(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


# Written after the rule, in other domains: a part of the day is an am/pm in words, and "half four"
# is half past four (British); a bare number needs a preposition of time to be an hour.
@pytest.mark.parametrize("text, key", [
    ("The last ferry leaves at 9.15 in the evening.", "time:21:15"),
    ("Pharmacy hours end at 6:00 in the evening.", "time:18:00"),
    ("Milking starts at 5 in the morning.", "time:05:00"),
    ("The alarm went off at 3 at night.", "time:03:00"),         # the small hours
    ("The bakery opens at 11 at night for wholesale.", "time:23:00"),
    ("Kick-off is 7.45 in the evening.", "time:19:45"),
    ("Choir practice starts at half seven.", "time:07:30?"),      # no part of the day: either reading
    ("The coach leaves at half-six in the evening.", "time:18:30"),
    ("Court resumes at two o'clock in the afternoon.", "time:14:00"),
    ("The rota changes at 14:00 in the afternoon.", "time:14:00"),   # 24-hour: the part adds nothing
])
def test_times_with_a_part_of_the_day(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, expected", [
    ("She scored 3 in the afternoon session.", ["number:3"]),        # a count, not an hour
    ("Fold the pastry in half three times.", ["quantity:x:3"]),      # "in half", not half past
    ("It took one and a half four-hour shifts.", ["quantity:shift:1.5"]),
])
def test_not_times_with_a_part_of_the_day(text, expected):
    assert keys(text) == expected


# Written after the rule (round 38), on a planetarium's and a market's hours: a bare hour in words
# with a part of the day is a time told where it stands alone (the start of a text, after punctuation
# or "later than"), with nothing it could count after it
@pytest.mark.parametrize("text, expected", [
    ("The bar closes no later than eleven at night.", ["time:23:00"]),
    ("Ten in the morning until four in the afternoon.", ["time:10:00", "time:16:00"]),
    ("Doors open: seven in the evening.", ["time:19:00"]),
    ("Shows end earlier than nine in the evening on Sundays.", ["time:21:00", "entity:sundays"]),
    ("The two in the morning class passed.", []),                 # counts a class
    ("She sold 5 in the evening market.", ["number:5"]),
    ("Volunteers counted 5 in the evening.", ["number:5"]),   # a verb before it: a count
])
def test_a_time_told_where_it_stands_alone(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("a, b, same", [
    ("at half past seven", "at 7.30 in the evening", True),
    ("at half seven", "at 19:30", True),
    ("at 9.15 in the evening", "at 21:15", True),
    ("at 9.15 in the evening", "at 9:15 am", False),      # a wrong half of the day
    ("at 9.15 in the evening", "at 21:45", False),        # a wrong time
    ("at half seven", "at 18:30", False),                 # "half seven" is 7:30, not 6:30
    ("at 5 in the morning", "at 17:00", False),
])
def test_times_with_a_part_of_the_day_compare(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("text, key", [
    ("a 750 ml bottle", "quantity:ml:750"),
    ("a 750ml bottle", "quantity:ml:750"),
    ("a 330 mL can", "quantity:ml:330"),
    ("a 2 L jug", "quantity:l:2"),
    ("a 2l jug", "quantity:l:2"),
    ("a 20-litre drum", "quantity:l:20"),
    ("a tank of 1.5 cubic metres", "quantity:m3:1.5"),
    ("a tank of 1.5 m³", "quantity:m3:1.5"),
    ("a tank of 1.5 m3", "quantity:m3:1.5"),
    ("a 50 cl glass", "quantity:cl:50"),
])
def test_volumes(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("750 ml", "0.75 litres", True),
    ("1.5 cubic metres", "1,500 litres", True),
    ("2 m³", "2,000 L", True),
    ("50 cl", "500 ml", True),
    ("1.5 cubic metres", "150 litres", False),
    ("750 ml", "0.75 kg", False),           # another dimension
    ("750 ml", "750%", False),              # a measure against another measure
])
def test_volumes_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


# Written after the rule: imperial volumes and areas are their own units, not a length ("cu ft" was
# read as a count of "cu", "cubic feet" as feet) and convert to metric ones.
@pytest.mark.parametrize("text, key", [
    ("a skip holding 8 cubic yards", "quantity:yd3:8"),
    ("a 12 cu ft chest freezer", "quantity:ft3:12"),
    ("a 12 cu. ft. chest freezer", "quantity:ft3:12"),
    ("an engine of 350 cubic inches", "quantity:in3:350"),
    ("a 40 ft³ container bay", "quantity:ft3:40"),
    ("a tile of 144 square inches", "quantity:in2:144"),
    ("a 30 sq yd carpet", "quantity:yd2:30"),
    ("a 2 cu m hopper", "quantity:m3:2"),
])
def test_imperial_volumes_and_areas(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("1,000 cubic feet", "28.32 cubic metres", True),
    ("1 cubic yard", "0.76 m³", True),
    ("61 cubic inches", "1 litre", True),
    ("9 square feet", "1 sq yd", True),
    ("144 square inches", "1 square foot", True),
    ("1,000 cubic feet", "1,000 feet", False),       # a volume, not a length
    ("1,000 cubic feet", "35 cubic metres", False),
])
def test_imperial_volumes_and_areas_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


# Written after the rule: an amount of money is the same fact as no value of a measure, whether or
# not that measure's unit flags a contradiction ("ft" and "acre" do not).
@pytest.mark.parametrize("a, b", [
    ("£250", "250 cubic feet"), ("$40", "40 feet"), ("€12", "12 acres"), ("£3", "3 quarters"),
    ("£250 a month", "250 sq ft"),
])
def test_money_is_no_measure(a, b):
    assert not same_fact(one(a), one(b)) and not same_fact(one(b), one(a))


def test_a_pound_may_be_money():
    assert same_fact(one("a fifty-pound deposit"), one("£50"))


# Written after the rule: a size written as its sides gives each bare side the unit of length after
# the last one; a count of something else ("3 x 5 minutes", "2 x 500 mg") stays a bare number.
@pytest.mark.parametrize("text, expected", [
    ("a 600 x 600 mm paving slab", ["quantity:mm:600", "quantity:mm:600"]),
    ("a 1.2 × 2.4 m plasterboard sheet", ["quantity:m:1.2", "quantity:m:2.4"]),
    ("a rug 3 by 2 metres", ["quantity:m:3", "quantity:m:2"]),
    ("a crate 120 × 80 × 75 cm", ["quantity:cm:120", "quantity:cm:80", "quantity:cm:75"]),
    ("3 x 5 minutes of rest", ["number:3", "quantity:minute:5"]),
    ("2 x 500 mg tablets", ["number:2", "quantity:mg:500"]),
])
def test_the_sides_of_a_size_share_its_unit(text, expected):
    assert keys(text) == expected


def test_a_side_converts_like_any_length():
    assert same_fact(one("0.6 m"), extract_atoms("a 600 x 400 mm tray")[0])


# Written after the rule, in several families: a value in another unit is the same fact only to
# the finer precision the two are written with (a conversion keeps the precision of what it
# converts); a value in words is exact and sets no step; a rounding that loses precision is hedged.
@pytest.mark.parametrize("a, b, same", [
    # time
    ("45 minutes", "1 hour", False),            # 0.75 of an hour is not "1 hour" to the hour
    ("20 months", "2 years", False),
    ("3 weeks", "20 days", False),
    ("1 hour", "1 hour 15 minutes", False),
    ("2.5 hours", "140 minutes", False),
    ("half a minute", "24 seconds", False),     # in words: exact
    ("one hour", "85 minutes", False),
    ("2 hours", "ninety minutes", False),       # a whole number in words is exact to its unit
    ("24 months", "2 years", True),
    ("3 weeks", "21 days", True),
    ("2.5 hours", "150 minutes", True),
    ("1 hour 15 minutes", "75 minutes", True),  # to the minute its last part is written in
    ("90 minutes", "an hour and a half", True),
    ("18 months", "a year and a half", True),
    # length
    ("2 m", "180 cm", False),
    ("1.5 km", "1,450 m", False),
    ("5 miles", "7 km", False),
    ("2 m", "200 cm", True),
    ("1.5 km", "1,500 m", True),
    ("18 m", "59 ft", True),                    # 59.06 ft: equal to the foot, the finer step
    ("5 miles", "8 km", True),                  # 8.05 km to the kilometre, 4.97 miles to the mile
    # mass
    ("2 kg", "1,800 g", False),
    ("0.25 g", "200 mg", False),
    ("10 lb", "4 kg", False),
    ("1.5 kg", "1,500 g", True),
    ("0.25 g", "250 mg", True),
    ("10 lb", "4.5 kg", True),
    # money per period
    ("£0.50 a day", "£4 a week", False),        # £3.50 a week, to the penny
    ("$1,000 a year", "$100 a month", False),
    ("40 cents", "€0.38", False),
    ("£0.50 a day", "£3.50 a week", True),
    ("$1,200 a year", "$100 a month", True),
    ("38 cents", "€0.38", True),
    # shares and temperatures
    ("a quarter", "20%", False),
    ("three quarters", "70%", False),
    ("16 °C", "62 °F", False),
    ("a third", "33%", True),                   # a third cannot be written exactly in digits
    ("a fifth", "20%", True),
    ("16 °C", "61 °F", True),                   # 60.8 °F to the degree
    ("5 °C", "41 °F", True),
])
def test_a_conversion_is_the_same_fact_at_the_precision_written(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("value, evidence, given", [
    # a hedged rounding in another unit is given at the step it is written or spoken in
    ("roughly 60 ft", "18 m", True),
    ("about an hour and a half", "85 minutes", True),
    ("about 48 °F", "9 °C", True),
    ("about 1.5 hours", "85 minutes", False),   # 1.42 hours: written to the tenth, not 1.5
    ("just over 13 weeks", "90 days", False),   # the wrong side of its hedge
])
def test_a_hedged_conversion_rounds(value, evidence, given):
    assert given_by(one(value), one(evidence)) is given


def test_a_spaced_lower_case_l_is_not_a_litre():
    assert keys("grade 5 l and up") == ["number:5"]


# Written after the rule (round 32): a spaced symbol of a measure that is a letter too is the unit where
# the letter can be nothing else: at the phrase's end or a table cell's, or before a preposition.
@pytest.mark.parametrize("text, expected", [
    ("The skip holds 8 t.", ["quantity:t:8"]),
    ("| Barge | 120 t | 4 h |", ["quantity:t:120", "quantity:hour:4"]),
    ("Each pallet weighs 1.2 t with its load", ["quantity:t:1.2"]),
    ("Simmer for 3 h on a low heat", ["quantity:hour:3"]),
    ("then rinse with 2 l of clean water", ["quantity:l:2"]),
    ("rows 5 t and u", ["number:5"]),                 # a letter among letters
    ("Form 3 s are in the hall", ["number:3"]),
])
def test_a_spaced_measure_symbol_where_a_letter_can_be_nothing_else(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, key", [
    ("a quarter of an hour", "quantity:hour:0.25"),
    ("three quarters of a mile", "quantity:mi:0.75"),
    ("A quarter of a century", "quantity:century:0.25"),
    ("two and a half days", "quantity:day:2.5"),
    ("one and a half litres", "quantity:l:1.5"),
])
def test_shares_of_a_unit(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, key", [
    ("half the standard fare", "quantity:fraction:0.5"),
    ("Half of all entries were late.", "quantity:fraction:0.5"),
    ("one tenth of the harvest", "quantity:fraction:0.1"),
    ("two-fifths of the seats", "quantity:fraction:0.4"),
    ("three quarters of its budget", "quantity:fraction:0.75"),
    ("nearly half its members", "quantity:fraction:0.5"),
    ("a quarter of a page", "quantity:fraction:0.25"),   # of one thing that is no unit: 25% of it
])
def test_a_share_of_a_whole_is_a_fraction(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, expected", [
    ("It takes 1/5 off the total.", ["quantity:fraction:0.2"]),
    ("3/4 of the members voted.", ["quantity:fraction:0.75"]),
    ("A discount of 1/10 of the bill.", ["quantity:fraction:0.1"]),
    # elsewhere a slash between digits is a date or a score, its digits as before
    ("Deliveries on 1/5 and 3/5.", ["number:1", "number:5", "number:3", "number:5"]),
    ("They won 2/1 at home.", ["number:2", "number:1"]),
])
def test_a_share_in_digits_before_of_or_off(text, expected):
    assert keys(text) == expected


def test_shares_that_are_no_fraction_of_a_whole():
    assert keys("over three quarters") == ["quantity:quarter:3"]   # calendar quarters, as before
    assert keys("in the second half of the season") == []         # a part, not a share
    assert keys("the other half of the garden") == []
    assert not [k for k in keys("the third of the five songs") if "fraction" in k]   # an ordinal
    assert keys("half a day") == ["quantity:day:0.5"]              # a share of a unit, as before


@pytest.mark.parametrize("a, b, same", [
    ("half the fare", "50%", True),
    ("one tenth of the harvest", "10 per cent", True),
    ("three quarters of the seats", "75%", True),
    ("two fifths of the seats", "40%", True),
    ("a third of the staff", "33%", True),           # the percentage is the fraction rounded
    ("a third of the staff", "50%", False),
    ("half the fare", "40%", False),
    ("one tenth of the harvest", "one fifth of the crop", False),
    ("half the fare", "0.5 kg", False),              # another dimension
    ("half the fare", "5 pp", False),
])
def test_a_fraction_and_a_percentage(a, b, same):
    fraction, other = one(a), one(b)
    assert same_fact(fraction, other) is same and stated_by(fraction, other) is same
    if b != "33%":   # "33%" is not stated by the exact third, only the other way round
        assert same_fact(other, fraction) is same


def test_a_fraction_can_contradict_a_percentage():
    assert comparable(one("a third of the staff"), one("50%"))
    assert not comparable(one("a third of the staff"), one("50 kg"))


@pytest.mark.parametrize("a, b, same", [
    ("a quarter of an hour", "15 minutes", True),
    ("three quarters of a year", "9 months", True),
    ("two and a half days", "60 hours", True),
    ("a quarter of an hour", "20 minutes", False),
    ("half a year", "5 months", False),       # words are exact: not "0.5 rounded"
    ("half a year", "11 months", False),
])
def test_shares_convert_exactly(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("text, key", [
    ("a quarter of one per cent", "quantity:%:0.25"),       # "one" after "of" is "a", one unit
    ("half of one percent of the loan", "quantity:%:0.5"),
    ("three-quarters of one litre of stock", "quantity:l:0.75"),
    ("two thirds of one hour", "quantity:hour:0.6666666666666666666666666667"),
])
def test_a_share_of_one_unit(text, key):
    assert keys(text) == [key]


def test_a_share_of_one_thing_is_still_a_share_of_a_whole():
    assert keys("half of one team") == ["quantity:fraction:0.5"]           # no unit after "one": as before
    assert keys("a third of one of the pitches") == ["quantity:fraction:0.3333333333333333333333333333"]
    assert not same_fact(one("a quarter of one per cent"), one("25%"))      # a share of 1%, not 25%


@pytest.mark.parametrize("answer, evidence, given", [
    ("about 6 miles", "10 km", True),               # 6.2 miles rounded
    ("roughly 2 lb", "900 g", True),                # 1.98 lb
    ("just under 13 weeks", "90 days", True),       # 12.9 weeks, below 13
    ("nearly 2 hours", "110 minutes", True),
    ("just over 3 litres", "3,200 ml", True),
    ("about 6 miles", "12 km", False),              # 7.5 miles: another value
    ("just over 13 weeks", "90 days", False),       # 12.9 is under 13, not over
    ("nearly 2 hours", "130 minutes", False),       # 2.2 hours: over, not nearly
    ("13 weeks", "90 days", False),                 # no hedge: 91 days is not 90
    ("under 13 weeks", "90 days", False),           # a comparator bounds, it does not round
    ("about 4,400 people", "4,424 people", False),  # one unit: no tolerance
    ("about 6 kg", "6 miles", False),               # another dimension
])
def test_a_hedged_value_rounds_a_value_in_another_unit(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


def test_which_hedges_round():
    assert [a.hedge for a in extract_atoms("about 5 km, nearly 3 kg, just over 2 hours, over 4 days")] == [
        "around", "below", "above", None]
    assert extract_atoms("a handsome 40 km ride")[0].hedge is None    # "some" inside a word


@pytest.mark.parametrize("text, key", [
    ("Teams of nine or more players", "quantity:player:9"),
    ("stays of 3 or fewer nights", "quantity:night:3"),
    ("Tenants aged 65 or over", "number:65"),
])
def test_a_bound_after_the_number_keeps_its_noun(text, key):
    atom = one(text)
    assert atom.key == key and atom.approx


def test_bounds_and_ranges_with_or():
    assert keys("one or more tickets") == []                # one: too vague, as "one ticket" is
    assert keys("four or five nights") == ["quantity:night:4-5"]   # "or" between numbers: a range


@pytest.mark.parametrize("words, digits", [
    ("Boarding is at Gate Four.", "Boarding is at Gate 4."),
    ("Trains leave from Platform Eleven.", "Trains leave from Platform 11."),
])
def test_a_capitalised_number_word_after_a_name_is_a_label(words, digits):
    numbers = [[a.key for a in extract_atoms(t) if a.kind == "number"] for t in (words, digits)]
    assert numbers[0] == numbers[1] != []


def test_lower_case_number_words_stay_no_atoms():
    assert keys("the gate is four steps away") == ["quantity:step:4"]
    assert keys("we waited for four") == []


@pytest.mark.parametrize("text, key", [
    ("No more than three per household.", "number:3"),
    ("Guests may stay at most seven nights a year, at least two at a time.", None),
    ("Free for children under twelve.", "number:12"),
    ("up to twenty at once", "number:20"),
    ("Twelve.", "number:12"),
    ("**Forty-two.**", "number:42"),
    ("Answer: nine.", "number:9"),
    ("Eleven. The rest were refunded.", "number:11"),
])
def test_a_number_word_that_a_comparator_or_its_own_sentence_makes_a_fact(text, key):
    if key is None:
        assert keys(text) == ["quantity:night/year:7", "number:2"]
    else:
        assert keys(text) == [key]


@pytest.mark.parametrize("text, key", [
    # a number word that is a sentence with only a pronoun it counts
    ("Three of them.", "number:3"),
    ("**Twelve of those.**", "number:12"),
])
def test_a_number_word_with_the_pronoun_it_counts_is_a_sentence_of_its_own(text, key):
    assert keys(text)[0] == key


@pytest.mark.parametrize("text", [
    "One of them.",                   # picks one out, counts nothing
    "Three of them signed the lease.",   # a word of a sentence about them
    "Nine, it seems.",                # before a comma, as before
    "at least one of them",           # one: too vague, as before
    "after two the shop shuts",       # order in time, not a degree
    "Two of them declined.",          # a word of a sentence, not the sentence
    "We met the two of them.",
    "Fifteen, maybe.",
])
def test_a_bare_number_word_stays_no_fact(text):
    assert [k for k in keys(text) if k.startswith(("number", "quantity"))] == []


@pytest.mark.parametrize("text", [
    "as set out in section 5",
    "See Table 2 for the full list.",
    "Clause 14.3 covers deposits.",
    "described on pages 9–11",
    "under § 12 of the statute",
    "Step 3: drain the tank.",
    "Appendix 4 lists the exceptions.",
])
def test_a_label_of_a_part_of_the_text_is_no_atom(text):
    assert keys(text) == []


def test_a_subordinator_after_a_number_is_no_counted_noun():
    # "eleven because ...": a clause opens after the number, which counts nothing
    assert keys("The survey said 11 because two were empty.") == ["number:11"]
    assert keys("She counted 14 although 12 were booked.") == ["number:14", "number:12"]
    assert keys("She counted 14 lockers.") == ["quantity:locker:14"]


@pytest.mark.parametrize("text, found", [
    ("The helpline is staffed 24/7.", []),                 # a fixed phrase: at all times
    ("Cover runs 24x7, weekends included.", []),
    ("It answered within 1 hr, 24/7.", ["quantity:hour:1"]),
    ("The score was 24/70.", ["number:24", "number:70"]),   # not the phrase
])
def test_round_the_clock_is_no_number(text, found):
    assert keys(text) == found


def test_a_text_part_word_before_a_measure_keeps_the_measure():
    assert keys("a table 2 metres long") == ["quantity:m:2"]
    assert keys("Section 5 sets a fee of $40.") == ["quantity:USD:40"]
    assert keys("Plot 5 is 30 m² in size.") == ["number:5", "quantity:m2:30"]   # a plot is no part of a text
    assert keys("a table 4 guests can share") == ["quantity:guest:4"]        # after "a", a thing, not a label


@pytest.mark.parametrize("text, expected", [
    ("612 in Ward A and 388 in Ward B — 1,000 in total.", ["number:612", "number:388", "number:1000"]),
    ("Ward B will hold 388 – 400 beds.", ["quantity:bed:388-400"]),      # a spaced en dash stays a range
    ("5—7 days", ["quantity:day:5-7"]),                                  # an unspaced em dash joins a range
])
def test_a_spaced_em_dash_is_no_range(text, expected):
    assert [k for k in keys(text) if not k.startswith("entity")] == expected


@pytest.mark.parametrize("text, key", [
    ("45 cents", "quantity:cent:45"),
    ("45¢", "quantity:cent:45"),
    ("45 euro cents", "quantity:EUR:0.45"),
    ("80 pence", "quantity:GBP:0.8"),
    ("50 paise", "quantity:INR:0.5"),
])
def test_minor_units_of_currency(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("45 cents", "$0.45", True),
    ("45 cents", "€0.45", True),
    ("€1.20", "120 cents", True),
    ("80 pence", "£0.80", True),
    ("45 cents", "€0.40", False),
    ("40 cents", "€0.38", False),
    ("45 cents", "£0.45", False),        # the pound divides into pence, not cents
    ("45 cents", "45 euros", False),
])
def test_minor_units_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


def test_a_cent_amount_can_contradict_an_amount_in_dollars_or_euros():
    assert comparable(one("40 cents"), one("€0.38")) and comparable(one("$2"), one("150 cents"))
    assert not comparable(one("40 cents"), one("£0.38"))


@pytest.mark.parametrize("text, key", [
    ("250 µg", "quantity:ug:250"),
    ("250 μg", "quantity:ug:250"),
    ("250 mcg", "quantity:ug:250"),
    ("250 micrograms", "quantity:ug:250"),
    ("5 ng", "quantity:ng:5"),
    ("20 µL", "quantity:ul:20"),
    ("1.5 dL", "quantity:dl:1.5"),
])
def test_small_mass_and_volume_units(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("250 µg", "0.25 mg", True),
    ("1,500 mcg", "1.5 mg", True),
    ("0.002 g", "2,000 µg", True),
    ("500 ng", "0.5 µg", True),
    ("20 µL", "0.02 mL", True),
    ("1.5 dL", "150 ml", True),
    ("250 µg", "250 mg", False),         # the prefix is the fact
    ("250 µg", "2.5 mg", False),
    ("20 µL", "20 mL", False),
    ("250 µg", "250 µL", False),         # another dimension
])
def test_prefixes_of_one_unit_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


# Written after the rule: pressure and energy convert as the other dimensions do.
@pytest.mark.parametrize("text, key", [
    ("Inflate the tyres to 32 psi.", "quantity:psi:32"),
    ("The autoclave holds 2.1 bar.", "quantity:bar:2.1"),
    ("a burst pressure of 0.8 MPa", "quantity:MPa:0.8"),
    ("rated to 35 pounds per square inch", "quantity:psi:35"),
    ("a low of 988 hPa", "quantity:hPa:988"),
    ("each serving gives 230 kcal", "quantity:kcal:230"),
    ("an energy of 950 kilojoules", "quantity:kJ:950"),
    ("a blood pressure of 90 mmHg", "quantity:mmHg:90"),
])
def test_pressure_and_energy_units(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("2 bar", "200 kPa", True),
    ("2.1 bar", "28 psi", False),           # 28 psi is 1.93 bar
    ("2.1 bar", "30.5 psi", True),
    ("1 atm", "101.325 kPa", True),
    ("988 hPa", "988 mbar", True),
    ("0.8 MPa", "8 bar", True),
    ("2 bar", "2 kPa", False),              # the unit is the fact
    ("2 bar", "300 kPa", False),            # a wrong pressure
    ("230 kcal", "962 kJ", True),
    ("230 kcal", "230 kJ", False),
    ("2 bar", "2 kg", False),               # another dimension
])
def test_pressure_and_energy_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("value, rng, stated", [
    ("100 km/h", "0–100 km/h", True),        # what a range from zero reaches
    ("50%", "from 0 to 50%", True),
    ("50%", "between 0 and 50%", True),
    ("60%", "0–50%", False),
    ("0%", "0–50%", False),
    ("45%", "40–45%", False),                # a range between two values states neither end
    ("40%", "40–45%", False),
])
def test_a_range_from_zero_states_what_it_reaches(value, rng, stated):
    v, r = one(value), one(rng)
    assert stated_by(v, r) is stated
    assert not stated_by(r, v) and not same_fact(v, r)   # one way: the value is not the range


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

def _canonical(value: float) -> str:
    d = Decimal(repr(value))
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f")


def _commas(text: str) -> str:
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}" + ("." + frac if frac else "")


_SCALES = [(10**12, "trillion", "T"), (10**9, "billion", "B"), (10**6, "million", "M"), (10**3, "thousand", "k")]
_MONEY = {"USD": ("$", "dollars"), "EUR": ("€", "euros"), "GBP": ("£", None), "JPY": ("¥", "yen"),
          "CNY": (None, "yuan"), "INR": ("₹", "rupees")}
_SUFFIXED = {"%": ["{}%", "{} percent"], "mm2": ["{}mm 2", "{} mm²", "{} square millimeters"],
             "nm": ["{}nm", "{} nanometers"], "kg": ["{}kg", "{} kilograms"], "W": ["{}W", "{} watts"],
             "GHz": ["{} GHz", "{} gigahertz"], "TFLOPS": ["{} TFLOPS", "{} teraflops"], "x": ["{}x", "{} times"]}
_TIME = ("second", "minute", "hour", "day", "week", "month", "year")


def _scaled(d: Decimal) -> list[tuple[str, str, str]]:
    """(mantissa, scale word, suffix) for the largest scale the value reaches: "2.3", "billion", "B"."""
    for size, word, suffix in _SCALES:
        if d >= size:
            return [(_canonical(float(d / size)), word, suffix)]
    return []


def written_forms(value: float, unit: str | None) -> list[str]:
    """Ways of writing one quantity: "1,000", "1000", "1 thousand", "1k"; "$2M", "2 million dollars"."""
    d = Decimal(repr(value))
    n = _canonical(value)
    c = _commas(n)
    if unit is None:
        return [n, c] + [f(m, w, s) for m, w, s in _scaled(d) for f in (lambda m, w, s: f"{m} {w}",
                                                                        lambda m, w, s: f"{m}{s}")]
    if unit in _MONEY:
        sym, word = _MONEY[unit]
        forms = [f"{unit} {c}"] + ([f"{sym}{c}", f"{sym}{n}"] if sym else []) + ([f"{c} {word}"] if word else [])
        for m, w, s in _scaled(d):
            forms += [f"{unit} {m} {w}"] + ([f"{sym}{m}{s}", f"{sym}{m} {w}"] if sym else [])
            forms += [f"{m} {w} {word}"] if word else []
        return forms
    if unit == "GB":
        forms = [f"{n}GB", f"{c} GB", f"{n} gigabytes"]
        return forms + ([f"{_canonical(float(d / 1000))} TB"] if d >= 1000 else [])
    if unit in _SUFFIXED:
        return [f.format(x) for f in _SUFFIXED[unit] for x in (n, c)]
    # a time unit or a counted noun; English counts one in the singular ("1 gpu"), and the reader
    # takes "1" before a plural ("Update 1 says", "the 1 Series cars") as no count
    noun = unit if n == "1" else unit + "s"
    return [f"{c} {noun}", f"{n} {noun}"]


UNITS = [None, "USD", "EUR", "GBP", "JPY", "CNY", "INR", "GB", "%", "mm2", "nm", "kg", "W", "GHz", "TFLOPS", "x",
         *_TIME, "gpu", "server", "token"]
VALUES = st.one_of(
    st.integers(min_value=1, max_value=10**12).map(float),
    st.integers(min_value=1, max_value=10**9).map(lambda n: n / 100),
)


@st.composite
def two_forms(draw) -> tuple[float, str | None, str, str]:
    """A quantity and two ways of writing it."""
    value, unit = draw(VALUES), draw(st.sampled_from(UNITS))
    forms = written_forms(value, unit)
    return value, unit, draw(st.sampled_from(forms)), draw(st.sampled_from(forms))


@settings(max_examples=100, deadline=None)
@given(two_forms())
@example((1.0, "gpu", "1 gpu", "1 gpu")).via("a count of one, singular")
@example((1.0, "day", "1 day", "1 day")).via("a time of one, singular")
def test_written_forms_of_a_quantity_are_the_same_fact(case):
    value, unit, first, second = case
    a, b = one(first), one(second)
    assert a.text == first and b.text == second  # the whole string was read
    assert a.value == pytest.approx(value, rel=1e-12)
    assert same_fact(a, b) and same_fact(b, a)
    other = one(written_forms(value * 1.25 + 1, unit)[0])
    assert not same_fact(a, other)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_extract_atoms_total_and_spans_valid(text):
    atoms = extract_atoms(text)
    starts = [a.start for a in atoms]
    assert starts == sorted(starts)
    numeric = [a for a in atoms if a.kind not in ("code", "entity")]
    for a in atoms:
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start:a.end] == a.text
        assert a.key.startswith(a.kind + ":")
    for x, y in zip(numeric, numeric[1:]):
        assert x.end <= y.start  # numeric atoms never overlap


ALPHABET = st.sampled_from(list("0123456789,.$%kMB GHQxs-/abcXYZ\n'") + ["GB", "million", " and ", "Dec "])


@settings(max_examples=100, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_extract_atoms_on_number_heavy_text(text):
    for a in extract_atoms(text):
        assert text[a.start:a.end] == a.text


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_comma_grouped_integers_parse_exactly(n):
    text = f"{n:,}"
    a = one(text)
    assert a.key == f"number:{n}" and a.text == text
    embedded = extract_atoms(f"Revenue was {n:,} last period.")
    assert [x.key for x in embedded] == [f"number:{n}"]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_different_integers_never_share_a_key(a, b):
    ka, kb = one(f"{a:,}").key, one(f"{b:,}").key
    assert (ka == kb) == (a == b)


@pytest.mark.parametrize("text, direction", [
    ("Households with six or more residents qualify.", "min"),
    ("Families of five or fewer people pay less.", "max"),
    ("Groups of 12 or more visitors must book.", "min"),
])
def test_a_bound_kept_inside_the_atom(text, direction):
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert bound_of(text, atom).direction == direction


@pytest.mark.parametrize("text, direction", [
    ("Refunds are given within the first 30 days of the season.", "max"),      # the opening span of a period
    ("New players must score within their first 5 matches.", "max"),
    ("Interest is waived within the next 6 months.", "max"),
    ("Eligible after at least 12 months of membership.", "min"),               # the other side
])
def test_within_the_first_part_of_a_period_is_an_upper_bound(text, direction):
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert bound_of(text, atom).direction == direction


def test_a_first_without_within_bounds_nothing():
    text = "The first 30 days of the season are free."
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert bound_of(text, atom) is None


def test_after_or_under_only_a_plural_noun_is_counted():
    (atom,) = extract_atoms("Patients aged 16 or under need a guardian.")
    assert atom.text == "16" and atom.unit is None


@pytest.mark.parametrize("text, value, unit", [
    ("Three hundred and twelve adults enrolled.", 312.0, "adult"),
    ("A hundred and fifty pounds per claim.", 150.0, "GBP"),
    ("One hundred eighty litres.", 180.0, "l"),
    ("Two hundred and twenty-five pounds.", 225.0, "GBP"),
    ("Add 20 g of sugar.", 20.0, "g"),                 # a spaced "g" is grams
    ("Take 0.02 g once daily.", 0.02, "g"),
])
def test_compound_number_words_and_spaced_grams(text, value, unit):
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert (atom.value, atom.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Parking costs €3 for every 20 minutes.", 0.15, "EUR/min"),
    ("Dose 4 ml for each ten kilograms of body weight.", 0.4, "ml/kg"),
    ("Couriers earn $9 for every 3 km driven.", 3.0, "USD/km"),
    ("Disposal costs €12 per 1,000 litres.", 0.012, "EUR/l"),   # round 34: after "per" too
    ("Grit is £45 per 2 tonnes, delivered.", 22.5, "GBP/t"),
])
def test_a_rate_per_a_count_of_a_unit(text, value, unit):
    atom = one(text)
    assert (atom.value, atom.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, expected", [
    ("Take 250 mg every 8 hours.", ["quantity:mg:250", "quantity:hour:8"]),      # a dose that recurs
    ("One coach for every 12 players.", ["quantity:player:12"]),                  # a ratio of counts
    ("It is £9 per 25 kg bag.", ["quantity:GBP:9", "quantity:kg:25"]),            # a price per bag
    ("The pass is £30 per 28 days.", ["quantity:GBP:30", "quantity:day:28"]),     # a pass's period
])
def test_what_is_no_rate_per_a_count(text, expected):
    assert keys(text) == expected


def test_a_rate_per_a_count_is_the_rate_per_one():
    assert same_fact(one("£2 for every 50 grams"), one("£40 a kilogram"))
    assert not same_fact(one("£2 for every 50 grams"), one("£2 per gram"))


@pytest.mark.parametrize("text, value, unit", [
    ("The stadium holds forty-two thousand six hundred fans.", 42600.0, "fan"),
    ("The recipe book sold nine thousand and twelve copies.", 9012.0, "copy"),
    ("The court awarded three million two hundred thousand euros.", 3200000.0, "EUR"),
    ("Eleven hundred volunteers marshalled the course.", 1100.0, "volunteer"),
    ("Seven thousand, the organisers said.", 7000.0, None),    # a lone group's scale, as before
    ("About six thousand tickets went on sale.", 6000.0, "ticket"),
])
def test_number_words_of_any_size_are_one_number(text, value, unit):
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert (atom.value, atom.unit) == (value, unit)


def test_a_range_in_words_still_scales_both_ends():
    (atom,) = [a for a in extract_atoms("Between four and five thousand walkers took part.") if a.value is not None]
    assert (atom.value, atom.high, atom.unit) == (4000.0, 5000.0, "walker")


def test_two_numbers_in_words_apart_stay_two():
    # a scale word closes a compound only when another group follows it in the same run of words
    values = sorted(a.value for a in extract_atoms("Two thousand runners and three hundred cyclists.") if a.value)
    assert values == [300.0, 2000.0]


@pytest.mark.parametrize("a, b, same", [
    ("45 cents a day", "$0.45 per day", True),     # the amount converts
    ("$5 a day", "$35 a week", True),               # and the time it is per
    ("120 mg per day", "0.12 g a day", True),
    ("$5 a day", "$5 a week", False),
    ("45 pence a day", "$0.45 per day", False),
    ("$5 a month", "$60 a year", True),             # calendar units convert among themselves
    ("$1 a day", "$30 a month", False),             # but not with clock units
])
def test_rates_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("a, b, same", [
    ("$399", "$399 per month", True),               # the period left out
    ("2 days", "2 days a year", True),
    ("45 cents", "$0.45 per day", True),
    ("$399", "$499 per month", False),
    ("€399", "$399 per month", False),
    ("5 GB", "5 GB/s", False),                      # bandwidth is a unit of its own, not an amount per second
])
def test_a_rate_and_its_amount_alone(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("text", ["from 20 to 30 kg", "between 20 and 30 kg", "20–30 kg", "20 to 30 kg", "20-30kg"])
def test_a_range_stated_by_its_endpoints_is_one_range(text):
    assert keys(text) == ["quantity:kg:20-30"]


# --------------------------------------------------------------------------------------------
# Changes "from X to Y", units of time with a word before them, a unit and a half, pence
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, change, stated, given", [
    ("$150", "The season ticket rises from $120 to $150.", True, True),    # where the change ends
    ("$120", "The season ticket rises from $120 to $150.", False, True),   # where it starts: given, not stated
    ("$130", "The season ticket rises from $120 to $150.", False, False),
    ("50 km/h", "The limit goes from 30 to 50 km/h.", True, True),
    ("30 km/h", "The limit goes from 30 to 50 km/h.", False, True),
    ("45%", "Turnout was between 40 and 45%.", False, False),             # an interval states neither end
    ("40%", "Turnout was 40 to 45%.", False, False),
])
def test_a_change_from_x_to_y_states_its_end_and_gives_its_start(value, change, stated, given):
    (v,), (c,) = extract_atoms(value), extract_atoms(change)
    assert stated_by(v, c) is stated and given_by(v, c) is given


@pytest.mark.parametrize("text, starts", [
    ("The dose was cut from 40 mg to 20 mg.", ["40 mg"]),
    ("The council lowered the limit from 8 to 4 visits.", ["8"]),
    ("It works from 41 °F to 89.6 °F.", []),            # upwards it may be an interval: left alone
    ("The fare rises from $120 to $150.", []),          # a rise is one atom
    ("Take 40 mg, then 20 mg.", []),
])
def test_the_start_of_a_fall_is_a_value_left_behind(text, starts):
    assert [a.text for a in extract_atoms(text) if starts_a_change(text, a)] == starts


@pytest.mark.parametrize("text, key", [
    ("Reply within 10 working days.", "quantity:day:10"),
    ("Allow 3 calendar months.", "quantity:month:3"),
    ("Give 6 clear days' notice.", "quantity:day:6"),
    ("Ten school days later.", "quantity:day:10"),
    ("Up to 4 peak visits.", "quantity:visit:4"),         # no unit after the word: the plural noun is counted
])
def test_a_word_before_a_unit_of_time_says_which_count(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, key", [
    ("It takes three business weeks.", "quantity:day:15"),
    ("The audit covers 4 working weeks.", "quantity:day:20"),
    ("It lasts two calendar weeks.", "quantity:week:2"),   # every day counts
])
def test_a_week_of_working_days_is_five_of_them(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, key", [
    ("A year and a half.", "quantity:year:1.5"),
    ("It takes an hour and a half.", "quantity:hour:1.5"),
    ("Two weeks and a half.", "quantity:week:2.5"),
])
def test_a_unit_and_a_half(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, key", [
    ("The roast needs two and a quarter hours.", "quantity:hour:2.25"),
    ("Swim one and three quarters miles.", "quantity:mi:1.75"),
    ("The appeal took a year and a quarter.", "quantity:year:1.25"),
    ("A quarter mile and a half.", None),                          # no whole number before "and"
])
def test_a_whole_number_and_a_part_of_one(text, key):
    assert (keys(text) or [None])[0] == key


def test_a_part_of_one_needs_a_count_below_its_denominator():
    # "and five quarters" is no part of one: the hours are not counted as 3 and a part
    assert "quantity:hour:4.25" not in keys("Bake for three and five quarters hours.")
    assert one("Rest it for four and two thirds hours.").value == pytest.approx(14 / 3)


def test_a_quarter_hour_and_minutes_agree():
    assert same_fact(one("four and a quarter hours"), one("255 minutes"))


@pytest.mark.parametrize("text, expected", [
    ("The abbey was consecrated in eleven sixty-six.", ["year:1166"]),
    ("The treaty dates from seventeen oh seven.", ["year:1707"]),
    ("Nineteen forty-five.", ["year:1945"]),
    ("Twenty twelve, the year the games came.", ["year:2012"]),
    ("Tickets cost nineteen ninety-nine.", []),                # a price is said the same way
    ("Sixteen twenty people signed.", ["quantity:person:20"]),   # no preposition of time, no year
])
def test_a_year_in_words(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twenty to thirty guests came.", ["quantity:guest:20-30"]),  # a range, not 29:40
    ("Doors open at twenty-five to eight.", ["time:07:35?"]),
    ("The tide turns twenty to four in the morning.", ["time:03:40"]),
    ("Prices dropped from twenty to twelve.", []),                 # a fall, no time
])
def test_minutes_no_hour_can_be_before_to(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry crossing takes 1 hour 45 minutes.", ["quantity:hour:1.75"]),
    ("The lease runs four years and six months.", ["quantity:year:4.5"]),
    ("Allow 2 days 12 hours for delivery.", ["quantity:day:2.5"]),
    ("The hike is 3 hours, 20 minutes of it uphill.", ["quantity:hour:3", "quantity:minute:20"]),  # a clause
    ("Rest 2 hours 90 minutes later.", ["quantity:hour:2", "quantity:minute:90"]),   # not a part of an hour
    ("Simmer for 1 hour 200 ml at a time.", ["quantity:hour:1", "quantity:ml:200"]),   # another dimension
])
def test_a_length_of_time_in_two_units_is_one(text, expected):
    assert keys(text) == expected


def test_a_spaced_symbol_after_a_unit_of_time_is_one():
    assert keys("Each lap took 1 min 30 s on average.") == ["quantity:minute:1.5"]
    assert same_fact(one("a pace of 6 min 30 s per km"), one("a pace of 6 minutes 30 seconds per kilometre"))


@pytest.mark.parametrize("text, expected", [
    ("Bake the loaf at 200 °C–220 °C.", ["quantity:degC:200-220"]),
    ("A set lasts 1 hour 30 minutes – 2 hours.", ["quantity:hour:1.5-2"]),    # two-unit length first
    ("Appeals take 90 minutes – 2 hours to hear.", ["quantity:minute:90-120"]),  # each end its own unit
    ("Fines run £50 - £80.", ["quantity:GBP:50-80"]),
    ("The bag weighs 3 kg - 2 kg.", ["quantity:kg:3", "quantity:kg:2"]),       # not upwards: two values
    ("Ages 10 years – 12 apples.", ["quantity:year:10", "quantity:apple:12"]),  # no unit of one dimension
    ("It ran from 41 °F to 89.6 °F.", ["quantity:degF:41", "quantity:degF:89.6"]),  # "to" may be a change
    ("Keep it between 64.4 °F and 71.6 °F.", ["quantity:degF:64.4", "quantity:degF:71.6"]),
])
def test_an_interval_with_a_unit_after_each_end(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spaced dash before a smaller unit gives the value again, more exactly: two values
    ("Roughly two hours - 115 minutes.", ["quantity:hour:2", "quantity:minute:115"]),
    ("The parcel was about 3 kg - 2,850 g on the scales.", ["quantity:kg:3", "quantity:g:2850"]),
    # unspaced, or up to a larger unit, it is still an interval
    ("Checks take 45 minutes–1 hour.", ["quantity:minute:45-60"]),
    ("Checks take 40 minutes - 1 hour.", ["quantity:minute:40-60"]),
])
def test_a_spaced_dash_before_a_smaller_unit_restates(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The freezer must hold **-18 °C** or colder.", ["quantity:degC:-18"]),
    ("Store it at _-5 °C_.", ["quantity:degC:-5"]),
    ("The brine froze at *-21 °C*.", ["quantity:degC:-21"]),
])
def test_a_minus_sign_inside_emphasis_is_the_values(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three: the kettle, the toaster and the grill.", ["number:3"]),
    ("There are two: one at the gate and one by the pond.", ["number:2"]),
    ("**Five:** Ada, Ben, Cy, Di and Ed.", ["number:5"]),
    ("Note: two of them were late.", []),              # a label's colon, no count before it
])
def test_a_count_before_a_colon_that_lists_what_it_counts(text, expected):
    assert [k for k in keys(text) if k.startswith("number:")] == expected


@pytest.mark.parametrize("text, expected", [
    # "from D1 to D2 Month": a date moved within its month, whichever way
    ("The recital was moved from 20 to 13 March.", ["date:--03-20", "date:--03-13"]),
    ("Sailing was put back from 9 to 16 June 2027.", ["date:2027-06-09", "date:2027-06-16"]),
    # without "from", a backward pair is no span of one month
    ("Closed 28 to 3 March.", ["number:28", "date:--03-03"]),
    ("Open between 29 and 2 May.", ["number:29", "date:--05-02"]),
])
def test_a_date_moved_within_its_month(text, expected):
    assert keys(text) == expected


def test_an_interval_with_a_unit_after_each_end_converts():
    assert same_fact(one("Brew at 64.4 °F–71.6 °F."), one("Brew at 18–22 °C."))
    assert not same_fact(one("Brew at 60.8 °F–71.6 °F."), one("Brew at 18–22 °C."))


def test_a_length_in_two_units_matches_it_in_one():
    assert same_fact(one("1 hour 45 minutes"), one("105 minutes"))
    assert not same_fact(one("1 hour 45 minutes"), one("1 hour"))


@pytest.mark.parametrize("text, value", [
    ("The board holds a one-quarter stake in the club.", 0.25),
    ("A two-thirds majority of members must agree.", 2 / 3),
])
def test_a_hyphened_fraction_before_a_noun_is_a_share(text, value):
    atom = one(text)
    assert (atom.value, atom.unit) == (pytest.approx(value), "fraction")


def test_a_count_of_times_in_words_ending_in_x_is_read():
    # "six" ends in the letter of the sign "3x": only after digits is an "x" the sign
    assert how_often_in("The hives are inspected six times a year.") == {(6, "x/year")}
    [(value, unit)] = periods_in("Six times a year, rain or shine.")
    assert (value, unit) == (pytest.approx(1 / 6), "year")
    assert how_often_in("Stretch 3x a day.") == {(3, "x/day")}
    assert how_often_in("Stretch five times a day.") == {(5, "x/day")}


@pytest.mark.parametrize("text, value, direction", [
    ("Entry is free for under-5s.", 5.0, "max"),                # an age group: the bound number
    ("The over-70s choir sings in the hall.", 70.0, "min"),
    ("Tickets for Under-18s cost less.", 18.0, "max"),
])
def test_an_age_group_is_its_bound_number(text, value, direction):
    atom = one(text)
    assert (atom.kind, atom.value) == ("number", value)
    assert bound_of(text, atom).direction == direction


def test_a_number_hyphened_to_other_words_is_no_age_group():
    assert "number:4" not in keys("The GPT-4s are ready.")   # a code's plural, not an age
    assert keys("The under-5 minutes mark") != ["number:5"]


def test_a_fraction_alone_before_a_noun_stays_a_word():
    assert keys("Take the third turning on the left.") == []


def test_a_unit_and_a_half_converts_and_other_lengths_do_not():
    assert same_fact(one("a year and a half"), one("18 months"))
    assert same_fact(one("an hour and a half"), one("90 minutes"))
    assert not same_fact(one("a year and a half"), one("15 months"))
    assert keys("Add a cup and a half.") == []                         # no unit to count the half in
    assert same_fact(one("a year and three months"), one("15 months"))  # one length, not 18 months
    assert not same_fact(one("a year and three months"), one("18 months"))


@pytest.mark.parametrize("text, same_as, not_as", [
    ("The dough proves for an hour and twenty minutes.", "80 minutes", "20 minutes"),
    ("The appeal window is a week and three days.", "10 days", "3 days"),
    ("Rest the steak for a minute and 30 seconds.", "90 seconds", "30 seconds"),
    ("The match ran a day and six hours.", "30 hours", "6 hours"),
])
def test_a_unit_of_time_with_a_smaller_amount_after_and_is_one_length(text, same_as, not_as):
    assert same_fact(one(text), one(same_as)) and not same_fact(one(text), one(not_as))


def test_a_unit_alone_stays_a_word_and_a_larger_amount_after_is_no_part():
    assert keys("It takes a day to set.") == []
    assert keys("Simmer for an hour and then 90 minutes more.") == ["quantity:minute:90"]


@pytest.mark.parametrize("text, value, evidence, same", [
    ("The annual plan costs a fifth more than the monthly one.", 0.2, "20%", True),
    ("The annual plan costs a fifth more than the monthly one.", 0.2, "25%", False),
    ("Use a third less sugar than the original recipe.", 1 / 3, "33.3%", True),
    ("The clinic saw a quarter fewer patients this winter.", 0.25, "30%", False),
    ("Two thirds more goals came in the second half.", 2 / 3, "66.7%", True),
])
def test_a_fraction_before_a_comparative_is_the_share_it_differs_by(text, value, evidence, same):
    atom = one(text)
    assert (atom.value, atom.unit) == (pytest.approx(value), "fraction")
    assert same_fact(atom, one(evidence)) is same


def test_a_fraction_before_an_ordinary_word_stays_a_word():
    assert keys("The third more senior partner signs.") == []


@pytest.mark.parametrize("answer, evidence, given", [
    ("Nearly a quarter of the squad was injured.", "23% of the squad", True),
    ("Nearly a third of the squad was injured.", "23% of the squad", False),      # a quarter is nearer
    ("Just over half the fund is in bonds.", "55% of the fund", True),
    ("Just under half the fund is in bonds.", "55% of the fund", False),          # wrong side
    ("Roughly half of patients responded.", "48% of patients", True),
    ("Roughly half of patients responded.", "38% of patients", False),            # a third is nearer
    ("Almost three quarters of the flour is wholemeal.", "72% of the flour", True),
    ("Almost three quarters of the flour is wholemeal.", "60% of the flour", False),
    ("Roughly a tenth of the budget goes on rent.", "9.5% of the budget", True),
    ("A quarter of the squad was injured.", "23% of the squad", False),           # no hedge, no rounding
])
def test_a_hedged_share_in_words_rounds_to_the_nearest_simple_share(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


@pytest.mark.parametrize("a, b, same", [
    ("1,800p", "£18", True),                    # pence, glued to the number
    ("50p", "£0.50", True),
    ("250p", "£2.50", True),
    ("250p", "£25", False),
    ("1,800p", "£1,800", False),
])
def test_pence_glued_to_the_number(a, b, same):
    assert same_fact(one(a), one(b)) is same


def test_ratios_and_frequencies_in_words():
    assert ratios_in("One nurse to 4 patients on the ward.") == {(1, 4)}
    assert ratios_in("Seeds were mixed 3:1 with sand.") == {(3, 1)}
    assert ratios_in("a ratio of 1 teacher per 8 pupils") == {(1, 8)}
    text = "Mix 1:3 with water."
    assert [ratio_around(text, a) for a in extract_atoms(text)] == [(1, 3), (1, 3)]
    # a count that is a term of a ratio in words, and "1:25", which the atoms read as a time of day
    text = "Hire one guide per 25 walkers; the rule is 1:25 on fells."
    assert [(a.text, ratio_around(text, a)) for a in extract_atoms(text)] == [("25 walkers", (1, 25)),
                                                                              ("1:25", (1, 25))]
    text = "Hire 3 guides and 25 walkers."    # near miss: no ratio joins them
    assert [ratio_around(text, a) for a in extract_atoms(text)] == [None, None]
    assert how_often_in("Water twice daily, feed once a week.") == {(2, "x/day"), (1, "x/week")}
    assert how_often_in("It takes twice as long once you start.") == set()
    # a period's adverb alone is once in it; after a count it is that count's period
    assert how_often_in("The filters are changed quarterly.") == {(1, "x/quarter")}
    assert how_often_in("Dose the tank twice weekly.") == {(2, "x/week")}
    assert how_often_in("A bi-weekly newsletter.") == set()
    assert how_often_in("Feed 3 times a day; the tank is cleaned every 2 weeks.") == {(3, "x/day")}


@pytest.mark.parametrize("text, said, per_day", [
    ("The filters are swapped every quarter.", "every quarter", Fraction(1, 90)),
    ("Minutes are circulated every four weeks.", "every four weeks", Fraction(1, 28)),
    ("The hall is inspected every other month.", "every other month", Fraction(1, 60)),
    ("Boilers are serviced twice yearly.", "twice yearly", Fraction(1, 180)),
    ("Give it 3x daily.", "3x daily", Fraction(3)),
    ("Rotas change each week.", "each week", Fraction(1, 7)),
    ("Audits run every 24 working days.", "every 24 working days", Fraction(1, 24)),
])
def test_how_often_a_text_says_something_recurs(text, said, per_day):
    r, = recurrences(text)
    assert (text[r.start:r.end], r.per_day) == (said, per_day)


def test_what_is_no_recurrence_and_what_a_rate_says_of_how_often():
    # a share of a period, a period's length, "each" before no period, a month's name
    for text in ("A quarter of a year at most.", "It lasts four weeks.", "Each member gets two days.",
                 "Dues are paid each April.", "It takes twice as long once you start."):
        assert recurrences(text) == [], text
    # a rate's period says how often it falls due; "annual" and "per annum" once a year
    assert recurrence_rates("Rent is £845 per calendar month.") == {Fraction(1, 30)}
    assert recurrence_rates("A £40 annual fee.") == {Fraction(1, 360)}
    assert recurrence_rates("Twice a year, or every 6 months.") == {Fraction(1, 180)}
    # a span something falls in, a day of every week, biennial
    assert recurrence_rates("Up to 14 nights in any three-month period.") == {Fraction(1, 90)}
    assert recurrence_rates("Dues are paid on the 1st of the month.") == {Fraction(1, 30)}
    assert recurrence_rates("The hall is cleaned on Sundays.") == {Fraction(1, 7)}
    assert recurrence_rates("A biennial review.") == {Fraction(1, 720)}
    assert recurrence_rates("It lasts a month; a quarter of a year at most.") == set()
    # every 24 months is every 2 years; 4 weeks is about a month, 52 weeks about a year; 6 weeks is not
    assert recurrences("every 24 months")[0].per_day == recurrences("every two years")[0].per_day
    assert same_rate(Fraction(1, 28), Fraction(1, 30)) and same_rate(Fraction(1, 364), Fraction(1, 360))
    assert not same_rate(Fraction(1, 42), Fraction(1, 30)) and not same_rate(Fraction(1, 90), Fraction(1, 30))


@pytest.mark.parametrize("result, sentence, worked", [
    # a difference, a sum
    ("150 litres", "The tank holds 750 litres versus 600 litres, so 150 litres more.", True),
    ("160 litres", "The tank holds 750 litres versus 600 litres, so 160 litres more.", False),
    ("£15", "A £12 ticket plus the £3 booking fee comes to £15.", True),
    ("£16", "A £12 ticket plus the £3 booking fee comes to £16.", False),
    # a count of a measure, a share of an amount, the share one amount is of another
    ("2,400 metres", "6 laps of the 400-metre track make 2,400 metres.", True),
    ("2,000 metres", "6 laps of the 400-metre track make 2,000 metres.", False),
    ("$20", "It is 25% of the $80 fare, so $20.", True),
    ("$25", "It is 25% of the $80 fare, so $25.", False),
    ("a third", "3 g is a third of the 9 g daily limit.", True),
    ("a quarter", "3 g is a quarter of the 9 g daily limit.", False),
    ("$3.33", "A third of the $10 fee, $3.33.", True),    # to the precision it is written with
    # an amount less or plus a share of it
    ("€45", "The pass is €50, or €45 once the 10% loyalty discount is taken off.", True),
    ("€40", "The pass is €50, or €40 once the 10% loyalty discount is taken off.", False),
    ("£600", "The quote is £500, so £600 with 20% VAT.", True),
    ("£620", "The quote is £500, so £620 with 20% VAT.", False),
    ("5", "3 and 2 make 5.", False),                      # plain numbers are not added
    # the unit written once, for the other end of a difference
    ("four years", "Bramble is six years old, four years older than Pip, who is two.", True),
    ("three years", "Bramble is six years old, three years older than Pip, who is two.", False),
    ("20 minutes", "The long loop takes 50 minutes, 20 minutes more than the short one, which takes 30.", True),
    ("25 minutes", "The long loop takes 50 minutes, 25 minutes more than the short one, which takes 30.", False),
    ("80 minutes", "The long loop takes 50 minutes and the short one 30, 80 minutes in all.", False),   # no sum
    # ... and a difference written bare, the unit once with the value it is taken from (round 30)
    ("180", "The barn holds 2,400 cubic metres, 180 more than the 2,220 of the old one.", True),
    ("150", "The barn holds 2,400 cubic metres, 150 more than the 2,220 of the old one.", False),
    ("35", "Lap two took 95 seconds, 35 fewer than the 130 of lap one.", True),
    ("30", "Lap two took 95 seconds, 30 fewer than the 130 of lap one.", False),
    # the share one percentage is of another
    ("a quarter", "The tax went up 2%, a quarter of the 8% the union proposed.", True),
    ("a third", "The tax went up 2%, a third of the 8% the union proposed.", False),
    # plain "points" between two percentages are percentage points
    ("9 points", "Turnout was 61% in the north and 52% in the south, 9 points lower.", True),
    ("7 points", "Turnout was 61% in the north and 52% in the south, 7 points lower.", False),
    ("14 points", "The pass rate of 48% sat 14 points under the 62% target.", True),
])
def test_a_value_worked_out_from_two_others(result, sentence, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    assert worked_out(atom, [a for a in atoms if a is not atom]) is worked


@pytest.mark.parametrize("result, sentence, restated", [
    # a conversion set beside a value, to its written precision; an end of a range
    ("22 lb", "The tent weighs 10 kg (about 22 lb).", True),
    ("25 lb", "The tent weighs 10 kg (about 25 lb).", False),
    ("212 °F", "Bring the syrup to 100 °C (212 °F).", True),
    ("200 °F", "Bring the syrup to 100 °C (200 °F).", False),
    ("59 °F", "Store between 59 °F and 77 °F (15-25 °C).", True),
    ("77 °F", "Store between 59 °F and 77 °F (15-25 °C).", True),
    ("80 °F", "Store between 59 °F and 80 °F (15-25 °C).", False),
    ("90 minutes", "The match lasts 1.5 hours, or 90 minutes.", True),
    ("10 km", "The trail is 10 miles (10 km).", False),      # another measure, not a conversion
    ("£12", "It costs £12, not 12 kg.", False),              # another kind
])
def test_a_value_restated_in_another_unit(result, sentence, restated):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    assert restates(atom, [a for a in atoms if a is not atom]) is restated


# --------------------------------------------------------------------------------------------
# Rates per a measure, "a" unit after a comparator, nights, labels with "No.", periods, wholes
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, same", [
    ("12 t/ha", "12,000 kilograms per hectare", True),     # a rate per an area converts
    ("12 t/ha", "1,200 kg/ha", False),
    ("€4.20 per kilo", "€4.20 a kilogram", True),
    ("€4.20 per kilo", "€4.20 per tonne", False),            # per another mass
    ("300 seedlings/m²", "300 seedlings per square metre", True),
    ("2 ha", "20,000 m²", True),                             # areas convert
    ("2 ha", "8 acres", False),
    ("$85", "$85 per tonne", True),                          # what it is per left out
    ("9.5 m/s", "9.5 metres per second", True),              # "m" before a slash is a unit
])
def test_rates_per_a_measure(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


def test_a_short_symbol_after_a_space_is_a_unit_only_before_a_slash():
    assert keys("The buoy drifts 40 s out.") == ["number:40"]
    assert keys("It moves at 3 m/s.") == ["quantity:m/s:3"]
    assert keys("Harvest 4.1 t/ha.") == ["quantity:t/ha:4.1"]


@pytest.mark.parametrize("text, key", [
    ("The pole stands 5 m away.", "quantity:m:5"),          # SI style: a space before the symbol
    ("Trailers over 2.5 m wide need an escort.", "quantity:m:2.5"),
    ("the 400 m hurdles", "quantity:m:400"),
])
def test_metres_after_a_space(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("proof the dough at 27 degrees Celsius.", "27 °C", True),
    ("serve below 8 degrees C.", "8 °C", True),
    ("the pool is kept at 82 degrees Fahrenheit.", "82 °F", True),
    ("store it at 4 degrees centigrade.", "4 °C", True),
    ("store it at 4 degrees centigrade.", "40 °F", False),
    ("bake at 180 degrees Celsius.", "356 °F", True),            # the scales convert
    ("bake at 180 degrees Celsius.", "180 °F", False),
])
def test_degrees_on_a_named_scale(a, b, same):
    assert same_fact(one(a), one(b)) is same


@pytest.mark.parametrize("text, key", [
    ("They reply within a week.", "quantity:week:1"),
    ("It takes no more than an hour.", "quantity:hour:1"),
    ("Stay at least a month and a half.", "quantity:month:1.5"),
    ("Keep it under a metre tall.", "quantity:m:1"),
])
def test_a_unit_after_a_comparator_is_one_of_it(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text", [
    "Feed the fish once a week.",          # how often, not a length
    "The parcel came a day later.",
    "Water twice a day.",
    "Expect a reply within a week or two.",  # a vague range
    "It costs £5 a day.",                     # the rate keeps its period
])
def test_a_unit_after_a_or_an_is_no_length_of_its_own_otherwise(text):
    assert not [k for k in keys(text) if k in ("quantity:week:1", "quantity:day:1")]


def test_a_night_of_a_stay_is_a_day():
    assert same_fact(one("up to 21 nights"), one("three weeks"))
    assert not same_fact(one("up to 21 nights"), one("20 days"))


@pytest.mark.parametrize("text, expected", [
    ("Circular No. 12 sets the fee at £40.", ["code:no12", "quantity:GBP:40"]),   # not "12 sets"
    ("See Form no. 7b for details.", ["code:no7b"]),
    ("Is it free? No. 3 visits are charged.", ["quantity:visit:3"]),               # the word "no"
])
def test_a_number_after_an_abbreviation_of_number_is_an_identifier(text, expected):
    assert [k for k in keys(text) if not k.startswith("entity:")] == expected


@pytest.mark.parametrize("text, periods", [
    ("The filters are changed every 3 months.", {(3.0, "month")}),
    ("Gutters are cleared quarterly.", {(1.0, "quarter")}),
    ("The lawn is cut twice a week.", {(0.5, "week")}),
    ("Bins go out every other day, the recycling fortnightly.", {(2.0, "day"), (2.0, "week")}),
    ("Once every two years the roof is surveyed.", {(2.0, "year")}),
    ("It happens once in a while.", set()),
])
def test_periods_of_recurrence_in_words(text, periods):
    assert periods_in(text) == periods


@pytest.mark.parametrize("text, wholes", [
    ("Members pay 30% of the peak price.", [(0.3, "peak price")]),
    ("Carers pay half the adult fare on weekdays.", [(0.5, "adult fare on weekdays")]),
    ("Refunds cover the full booking fee.", [(1.0, "booking fee")]),
    ("Prices rose 30% in May.", []),                   # a share of nothing named
])
def test_what_a_share_is_of(text, wholes):
    assert wholes_in(text, extract_atoms(text)) == wholes


@pytest.mark.parametrize("result, sentence, worked", [
    # a rate over a period the answer takes it over, the rate given
    ("€1,300", "Parking is €25 a week, so €1,300 over 52 weeks.", True),
    ("€1,350", "Parking is €25 a week, so €1,350 over 52 weeks.", False),
    # the share by which one amount differs from another
    ("25%", "The new tank holds 500 litres, 25% more than the old 400-litre one.", True),
    ("20%", "The old tank holds 400 litres, 20% less than the new 500-litre one.", True),
    ("30%", "The new tank holds 500 litres, 30% more than the old 400-litre one.", False),
])
def test_a_rate_over_a_period_and_a_difference_as_a_share(result, sentence, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    others = [a for a in atoms if a is not atom]
    assert worked_out(atom, others, others) is worked


@pytest.mark.parametrize("total, sentence, rate, worked", [
    # a rate the evidence gives, over a length of time the sentence gives, not written beside it
    ("£1,560", "It comes to £1,560 over the 52-week season.", "£30 a week", True),
    ("£1,500", "It comes to £1,500 over the 52-week season.", "£30 a week", False),
    ("900 litres", "About 900 litres over a fortnight.", "60 litres a day", False),   # 840: near is not equal
    ("840 litres", "That is 840 litres over a fortnight.", "60 litres a day", True),
    ("£1,560", "It comes to £1,560 in total.", "£30 a week", False),                # no length given
])
def test_a_total_of_a_given_rate(total, sentence, rate, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == total]
    assert total_over(atom, extract_atoms(rate), atoms) is worked


@pytest.mark.parametrize("sentence, side, times", [
    # exactly, to its written precision; hedged, rounded at the place of its last non-zero digit
    ("The oven takes 90 minutes; the grill takes 30 minutes, so three times as long.", None, True),
    ("The oven takes 90 minutes; the grill takes 30 minutes, so four times as long.", None, False),
    ("The appeal took 40 weeks, roughly four times the 9 weeks of the hearing.", None, True),
    ("The appeal took 40 weeks, roughly five times the 9 weeks of the hearing.", None, False),
    ("The final drew 52,000 fans, nearly twenty times the 2,700 fans at the semi-final.", None, True),
    ("The final drew 52,000 fans, nearly forty times the 2,700 fans at the semi-final.", None, False),
    # bounded: beyond it on the bound's side
    ("The marathon is 42 km, more than eight times the 5 km fun run.", "min", True),
    ("The marathon is 42 km, more than nine times the 5 km fun run.", "min", False),
    ("The marathon is 42 km, less than nine times the 5 km fun run.", "max", True),
])
def test_a_multiple_of_two_values(sentence, side, times):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.unit == "x"]
    assert times_of(atom, [a for a in atoms if a is not atom], side) is times


@pytest.mark.parametrize("sentence, rest", [
    ("Students pay 70% of the price: 30% off.", True),
    ("Students pay 80% of the price: 30% off.", False),
    ("Seniors pay three quarters of the fare, 25% off.", True),
    ("Seniors pay two thirds of the fare, 25% off.", False),
])
def test_the_rest_of_a_whole_a_share_taken_off_leaves(sentence, rest):
    paid, off = [a for a in extract_atoms(sentence) if a.unit in ("%", "fraction")]
    assert rest_of(paid, off) is rest


@pytest.mark.parametrize("moved, start, by, expected", [
    ("10:15", "The coach was booked for 8:45.", "an hour and a half", True),     # 8:45 either reading
    ("22:15", "The coach was booked for 8:45.", "an hour and a half", True),
    ("10:45", "The coach was booked for 8:45.", "an hour and a half", False),
    ("7:15 am", "The coach was booked for 08:45.", "an hour and a half", True),
])
def test_a_time_moved_by_a_length_reads_a_time_without_am_pm_either_way(moved, start, by, expected):
    (atom,), (x,), (y,) = extract_atoms(moved), extract_atoms(start), extract_atoms(by)
    assert shifted(atom, x, y) is expected


def test_a_length_of_a_thing_must_be_given_a_period_need_not():
    atoms = extract_atoms("At 0.1 mg/kg a 12 kg dog gets 1.2 mg.")
    rate, weight, dose = atoms
    assert worked_out(dose, [rate, weight], atoms)
    assert not worked_out(dose, [rate], atoms)            # "12 kg" is the dog's: the evidence must give it
    fee = extract_atoms("A pass is £18 a week, which comes to £936 over 52 weeks.")
    weekly, total, weeks = fee
    assert over_length(weeks, [weekly], fee) and worked_out(total, [weekly], fee)
    assert not over_length(weeks, [weekly], extract_atoms("A pass is £18 a week, £963 over 52 weeks."))


@pytest.mark.parametrize("size, ends, far", [
    ("20 minutes", "The shop opens at 09:10 instead of 09:30.", True),
    ("half an hour", "The shop opens at 09:10 instead of 09:30.", False),
    ("£3", "The fee is £15 instead of £12.", True),
    ("£4", "The fee is £15 instead of £12.", False),
    # a time without am/pm is either reading: the morning's here, the evening's there
    ("three hours", "The tour now leaves at 13:00 rather than 10:00.", True),
    ("three hours", "Kick-off moves to 19:30 from 4:30.", True),
    ("two hours", "Kick-off moves to 19:30 from 4:30.", False),
    ("nine hours", "The tour now leaves at 13:00 rather than 10:00.", True),   # 22:00 is nine hours past 13:00
    ("four hours", "The tour now leaves at 13:00 rather than 10:00.", False),
])
def test_how_far_apart_two_values_are(size, ends, far):
    (atom,) = extract_atoms(size)
    x, y = [a for a in extract_atoms(ends) if a.kind in ("time", "quantity")][:2]
    assert apart(atom, x, y) is far


@pytest.mark.parametrize("text, names", [
    ("Approx. wt. of the unit: 4 kg. Avg. wait is short.", []),          # abbreviated words open sentences
    ("Est. delivery is Friday.", []),
    ("Corvane Ltd. said so.", ["Corvane Ltd"]),                          # a name's abbreviation stays
    ("Renewing Tier B costs £5.", []),                                     # a gerund takes the label as object
    ("Contacting Helen Marsh is the first step.", ["Helen Marsh"]),
    ("Using Bluetooth LE saves power.", ["Bluetooth LE"]),
    ("Spring Lane is closed.", ["Spring Lane"]),                           # "-ing" with no verb before it
    ("Sterling Bank pays interest.", ["Sterling Bank"]),
    ("Six Verano sensors are fitted.", ["Verano"]),                       # a number word counts the name
    ("Twenty Kestrel units were sold.", ["Kestrel"]),
])
def test_a_sentence_start_that_is_no_part_of_a_name(text, names):
    assert [a.text for a in extract_atoms(text) if a.kind == "entity"] == names


@pytest.mark.parametrize("text, known, names", [
    # a count first in a sentence before a word the documents write as a name on its own
    ("Two Committee members do each inspection.", {"committee"}, ["Committee"]),
    # ... but a name the documents write whole, a number word and all, stays whole
    ("Nine Verano units were sold.", {"verano", "nine verano"}, ["Nine Verano"]),
    ("Two Committee members do each inspection.", set(), ["Two Committee"]),
])
def test_a_number_word_first_in_a_sentence_counts_a_name_the_documents_write(text, known, names):
    assert [a.text for a in extract_atoms(text, frozenset(known)) if a.kind == "entity"] == names


@pytest.mark.parametrize("written, short", [
    ("Larchwood Kitchens Limited fitted it.", "Larchwood Kitchens Ltd fitted it."),
    ("Ostrava Instruments Incorporated replied.", "Ostrava Instruments Inc. replied."),
    ("Halden Corporation makes it.", "Halden Corp makes it."),
])
def test_a_legal_form_written_out_is_the_short_form(written, short):
    (a,), (b,) = [[x for x in extract_atoms(t) if x.kind == "entity"] for t in (written, short)]
    assert a.key == b.key
    assert extract_atoms("Limited Edition Press printed it.")[0].key == "entity:limited edition press"


@pytest.mark.parametrize("text, keys", [
    # a capital letter closing a name is its label, the letter A too ("Band A", "Rack A")
    ("Sites in Band A pay less than those in Band C.", ["entity:band a", "entity:band c"]),
    ("The loaves prove overnight on Rack A in the cold room.", ["entity:rack a"]),
    ("The Phase I results were published in May.", ["entity:phase i"]),
    # near misses: the article before its noun, and a lone capital, name nothing
    ("A band of rain reached the coast.", []),
    ("Pick option A if you travel.", []),
])
def test_a_letter_closing_a_name_is_its_label(text, keys):
    assert [a.key for a in extract_atoms(text) if a.kind == "entity"] == keys


@pytest.mark.parametrize("corpus, answer, names", [
    # a possessive opening a longer name ("the Players' Lounge") attests no one-word name: the
    # documents' lower-case "players" makes a sentence-initial "Players" the common noun
    ("Members of the Players' Lounge may bring guests. Only players on the team sheet may warm up.",
     "Players who are injured sit on the bench.", []),
    ("Tickets are sold at the Bakers' Guild Hall. Most bakers arrive early.",
     "Bakers must register by noon.", []),
    # near misses: a name used on its own mid-sentence stays a name first in a sentence, and a
    # possessive with no capitalised word after it still attests its name
    ("The pass is signed by Halvorsen. Ask Halvorsen's office, or halvorsen at the desk.",
     "Halvorsen signs the pass.", ["Halvorsen"]),
    ("Contracts are reviewed by Marchetti's team. Send drafts to Marchetti's inbox.",
     "Marchetti reviews contracts.", ["Marchetti"]),
])
def test_a_possessive_opening_a_longer_name_attests_no_name(corpus, answer, names):
    atoms = extract_atoms(answer, attested_names(corpus), lowercase_words(corpus))
    assert [a.text for a in atoms if a.kind == "entity"] == names


def _numeric(text: str) -> list[Atom]:
    return [a for a in extract_atoms(text) if a.kind not in ("entity", "code")]


def _states(answer: str, evidence: str) -> bool:
    """Every numeric atom of `answer` is stated by one of `evidence`."""
    said, known = _numeric(answer), _numeric(evidence)
    return bool(said) and all(any(stated_by(a, k) for k in known) for a in said)


@pytest.mark.parametrize("text, keys", [
    ("The dough must prove for a fortnight in the cellar.", ["quantity:week:2"]),
    ("Tenants get two fortnights of rent-free cover.", ["quantity:week:4"]),
    ("The squad trains once a fortnight.", []),                # a rate's "a", not a count
    ("Carers are paid £310 a fortnight.", ["quantity:GBP:310"]),
    ("Rates were cut by 25 basis points.", ["quantity:pp:0.25"]),
    ("a rise of one basis point", ["quantity:pp:0.01"]),
    ("Kick-off is at half past seven.", ["time:07:30?"]),
    ("The court rises at a quarter to five.", ["time:04:45?"]),
    ("Gates shut at twenty past nine in the evening.", ["time:21:20"]),
    ("Service resumes at 10 minutes to 6 am.", ["time:05:50"]),
    ("The vigil starts at eleven o'clock at night.", ["time:23:00"]),
    ("Lunch is served at one o'clock.", ["time:01:00?"]),
    ("five to seven days", ["quantity:day:5-7"]),              # a range, not 6:55
    ("The striker scored for the fourth time this season.", ["quantity:x:4"]),
    ("the 2nd time the alarm sounds", ["quantity:x:2"]),
    ("For the first time, the river froze.", []),             # an idiom as often as a count
    ("at the same time", []),
    ("the second time limit", []),
    ("Fees for 2026/27 are set.", ["year:2026/27"]),
    ("the 2024–25 season", ["year:2024/25"]),
    ("the 1999/2000 tax year", ["year:1999/00"]),
    ("from 2019-2023", ["year:2019", "year:2023"]),            # a range of two calendar years
    ("the 2025/27 plan", ["year:2025", "quantity:plan:27"]),   # not one year running into the next
])
def test_words_for_periods_times_and_counts(text, keys):
    assert [a.key for a in _numeric(text)] == keys


@pytest.mark.parametrize("answer, evidence, stated", [
    ("The appeal window is a fortnight.", "Appeals must be lodged within 14 days.", True),
    ("The appeal window is a fortnight.", "Appeals must be lodged within 10 days.", False),
    ("It cut the base rate by 0.75 percentage points.", "The bank cut its base rate by 75 basis points.", True),
    ("It cut the base rate by 50 basis points.", "The bank cut its base rate by 0.75 percentage points.", False),
    # a time in words without am/pm may be either reading: the documents' time decides
    ("Matinees start at half past two.", "Matinee performances begin at 14:30.", True),
    ("Evening shows start at half past six.", "Evening performances begin at 18:00.", False),
    ("Evening shows start at half past six in the evening.", "Doors open at 6:30 am.", False),
    ("The ferry leaves at quarter to eight.", "The last ferry departs at 19:45.", True),
    ("The ferry leaves at quarter past eight.", "The last ferry departs at 19:45.", False),
    ("The bakery opens at seven o'clock.", "The bakery opens at 7am.", True),
    ("The clause applies once the goods are returned for the third time.", "after three returns, i.e. 3 times", True),
    ("The clause applies once the goods are returned for the second time.", "applies after 3 times", False),
    ("Entry for 2025–26 closes soon.", "Entries for the 2025/26 championship close in May.", True),
    ("Entry for 2026–27 closes soon.", "Entries for the 2025/26 championship close in May.", False),
    ("Entry for 2025 closes soon.", "Entries for the 2025/26 championship close in May.", False),
])
def test_word_forms_state_the_same_fact_and_a_changed_value_does_not(answer, evidence, stated):
    assert _states(answer, evidence) is stated


@pytest.mark.parametrize("text, number, expected", [
    # the nouns of an end, before or after the number they bound
    ("Stakes on a single race carry a cap of €50.", "€50", ("max", "cap of €50")),
    ("Since the reform the ceiling is 35 hours a week.", "35 hours", ("max", "ceiling is 35 hours a week")),
    ("For every oven in the range 250 °C is the limit.", "250", ("max", "250 °C is the limit")),
    ("Wages now have a floor of $12 an hour.", "$12", ("min", "floor of $12 an hour")),
    # a number before the noun only names the end, which may be one that changed
    ("The fee rose 10% above the old £40 cap.", "£40", None),
    # the verbs of reaching an end
    ("Damages are capped at £10,000.", "£10,000", ("max", "capped at £10,000")),
    ("Each table is limited to 8 diners.", "8", ("max", "limited to 8 diners")),
    ("Interest stops at 3% however late the payment is.", "3%", ("max", "stops at 3%")),
    # near-misses: a negated end denies the end, it does not turn it round; no end word, no bound
    ("Bonuses are not capped at 20%.", "20%", ("max", "capped at 20%")),
    ("The recipe serves 4 and limits salt.", "4", None),
    ("The 3 floors of the museum open at 10.", "3", None),
])
def test_the_nouns_and_verbs_of_an_end_bound_the_number(text, number, expected):
    assert bound(text, number) == expected


def test_a_year_before_an_acronym_is_a_year():
    # an acronym's plural "s" is lower case: a capital S ends the acronym, not a plural
    assert keys("In 2011 NHS staff counted the beds.")[0] == "year:2011"
    assert keys("In 2011 RSPCA inspectors visited.")[0] == "year:2011"
    assert keys("The fleet has 2030 SUVs.")[0] == "quantity:suv:2030"


@pytest.mark.parametrize("a, b, same", [
    ("the brewery sold 12 hectolitres", "the brewery sold 1,200 litres", True),
    ("a 2.5 kL rainwater tank", "a 2,500 litre rainwater tank", True),
    ("the reservoir releases 40 Ml/d", "the reservoir releases 40 megalitres per day", True),
    ("the reservoir releases 40 Ml/d", "the reservoir releases 40 million litres a day", True),
    ("the dam holds 3GL", "the dam holds 3 gigalitres", True),
    ("the mine shipped 20 kilotonnes of ore", "the mine shipped 20,000 tonnes of ore", True),
    ("the plant emits 2 Mt/year", "the plant emits 2 megatonnes per year", True),
    ("the cable is 15 decimetres long", "the cable is 1.5 metres long", True),
    ("the reservoir releases 40 Ml/d", "the reservoir releases 40 ml/d", False),   # the prefix is the fact
    ("the reservoir releases 40 Ml/d", "the reservoir releases 4 megalitres per day", False),
    ("the dam holds 3GL", "the dam holds 3 megalitres", False),
])
def test_si_prefixes_on_a_known_unit_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("text, key", [
    ("the team has 3 ML engineers", "quantity:ml:3"),   # as before: "ML" apart from a number is not read as megalitres
    ("a gust of 5 kt", "quantity:kt:5"),                 # a knot, not a kilotonne
    ("the dam holds 3 GL", "quantity:gl:3"),             # as before: spaced capitals stay a counted noun
])
def test_prefixed_symbols_that_are_other_words_are_not_read(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("answer, evidence, same", [
    ("the recipe bakes for 1 hour 45 minutes", "the bake time is 1:45", True),      # h:mm as a length
    ("the appeal hearing lasted 150 minutes", "Hearing length | 2:30 |", True),
    ("she swam it in 2 hours 5 minutes", "her time was 2:05", True),
    ("the recipe bakes for 1 hour 45 minutes", "the bake time is 1:50", False),
    ("kick-off is after 3 hours 15 minutes", "kick-off at 3:15 pm", False),  # with am/pm only a time of day
    ("the court sat for 3 hours 15 minutes", "the court sat at 03:15", False),  # a leading zero: a clock time
    ("the match ran 60 to 90 minutes", "from 1:00", False),                     # a range is not one value
])
def test_an_hmm_without_am_pm_is_also_a_length_of_time(answer, evidence, same):
    a, b = one(answer), one(evidence)
    assert same_fact(a, b) is same and same_fact(b, a) is same


@pytest.mark.parametrize("text, kinds", [
    # a year-like number before a singular noun ending in "s" is a year, not a count
    ("The 1998 bus timetable was withdrawn.", [("1998", "year")]),
    ("By the 2011 census the parish had 420 households.", [("2011", "year"), ("420 households", "quantity")]),
    ("The 2019 analysis covered 12 farms.", [("2019", "year"), ("12 farms", "quantity")]),
    # near-misses: a plural noun is still counted, an acronym's capital S still names
    ("The firm shipped 2000 kettles.", [("2000 kettles", "quantity")]),
    ("In 2009 NHS trusts merged.", [("2009", "year"), ("NHS", "entity")]),
])
def test_a_year_before_a_singular_noun_in_s_is_a_year(text, kinds):
    assert [(a.text, a.kind) for a in extract_atoms(text)] == kinds


@pytest.mark.parametrize("text, found", [
    ("The kiln now fires for 12 hours instead of ten.", [(10.0, "hour")]),
    ("Matches last 40 minutes rather than 35, from this term.", [(35.0, "minute")]),
    ("The course runs for six weeks for four players.", []),          # the count has its own noun
    ("A match lasts 90 minutes; 2 halves are played.", []),           # another clause
    ("The fee is 12 hours of work.", []),
    # the second term after a comma, ended by a subordinate clause opening
    ("A library loan lasts 21 days, or 7 if the book is reserved.", [(7.0, "day")]),
    ("Custody may last 24 hours, or thirty-six when a superintendent extends it.", [(36.0, "hour")]),
    ("The hedge grows 30 cm, or 4 plants if you space them.", []),    # the count has its own noun
    ("Bake it for 40 minutes, if the oven is hot.", []),              # no second count
])
def test_elided_unit_values_reads_a_bare_count_that_shares_the_quantity_before_it(text, found):
    from evalkit.scoring.atoms.numbers import elided_unit_values

    assert elided_unit_values(text, extract_atoms(text)) == found


@pytest.mark.parametrize("answer, evidence, given", [
    ("just under 2,000 km", "1,962 km", True),          # the rally route: below, rounds to 2,000
    ("nearly 3.5 litres", "3.46 litres", True),          # a stock pot, to tenths
    ("just over 1,500 spectators", "1,530 spectators", True),   # a match crowd, to hundreds
    ("just over 40 minutes", "41 minutes", False),       # two figures: 40 is to units, 41 another value
    ("almost £250,000", "£247,800", True),               # a legal settlement, to thousands
    ("just under 2,000 km", "1,700 km", False),          # a genuinely different value
    ("just over 2,000 km", "1,962 km", False),           # the wrong side
    ("nearly 100 kg", "60 kg", False),                   # 60 rounds to 100 at hundreds: two figures at least
    ("almost 30 goals", "26 goals", False),              # 26 is not nearly 30
    ("about £250,000", "£247,800", False),               # "about" names no side: no tolerance in one unit
    ("under 2,000 km", "1,962 km", False),               # a comparator bounds, it does not round
])
def test_a_hedge_to_one_side_of_a_round_figure_in_one_unit(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


@pytest.mark.parametrize("text, key", [
    ("The appeal must be lodged by the end of June 2027.", "date:2027-06-30"),
    ("Fees fall due on the last day of February 2028.", "date:2028-02-29"),   # a leap year
    ("Fees fall due on the last day of February 2027.", "date:2027-02-28"),
    ("The season closes at the very end of September.", "date:--09-30"),
    ("at the end of February", "date:--02"),             # its last day needs the year
    ("Pruning starts in late March 2026.", "date:2026-03"),   # no one day
    ("the weekend of May 2025", "date:2025-05"),
])
def test_the_end_of_a_month_is_its_last_day(text, key):
    assert [a.key for a in extract_atoms(text) if a.kind == "date"] == [key]


# Written after the rule (round 38), on a hay meadow's mowing rules: "May" alone is a verb as often
# as a month, but not after the words that name a month's end or beginning ("of" takes no verb)
@pytest.mark.parametrize("text, keys", [
    ("Mowing is banned from the start of April to the end of May.", ["date:--04-01", "date:--05-31"]),
    ("Hay is cut from the beginning of May.", ["date:--05-01"]),
    ("Walkers may cross the meadow on the last day of May.", ["date:--05-31"]),
    ("Walkers may cross the meadow in May.", []),               # a bare "May" stays unread
])
def test_may_as_a_month_after_its_end_or_beginning(text, keys):
    assert [a.key for a in extract_atoms(text) if a.kind == "date"] == keys


# Written after the rule (round 38), on a rowing club's boat hire: a half or a quarter joined to
# "hour" is that part of an hour, as "half an hour" is; "quarter" alone is still the calendar's
@pytest.mark.parametrize("text, keys", [
    ("Sculls are hired by the quarter-hour.", ["quantity:hour:0.25"]),
    ("Each further half hour costs £4.", ["quantity:hour:0.5", "quantity:GBP:4"]),
    ("Coaching comes in two half-hour sessions.", ["quantity:session:2"]),
    ("Fees are reviewed every quarter.", []),
    ("Membership rose in the first quarter.", ["quarter:1"]),
])
def test_a_half_or_quarter_hour_is_a_part_of_an_hour(text, keys):
    assert [a.key for a in extract_atoms(text) if a.kind != "entity"] == keys



@pytest.mark.parametrize("text, keys", [
    ("Attendance was forty-one on Monday.", ["number:41"]),      # a compound cardinal is a value
    ("They planted one hundred and twelve in the spring.", ["number:112"]),
    ("One of the two wardens said so.", []),                     # a single word needs a reason
    ("There were twenty on the list.", []),
])
def test_a_bare_number_of_two_number_words_is_a_value(text, keys):
    assert [a.key for a in extract_atoms(text) if a.kind == "number"] == keys


@pytest.mark.parametrize("text, keys", [
    ("The walk takes 2 hours 45 minutes to 3 hours.", ["quantity:hour:2.75", "quantity:hour:3"]),
    ("The shop opens at ten minutes to 9.", ["time:08:50?"]),   # still a time told
])
def test_minutes_to_an_hour_of_length_is_no_time_of_day(text, keys):
    assert [a.key for a in extract_atoms(text)] == keys


@pytest.mark.parametrize("text, keys", [
    ("Sessions now last 90 minutes instead of seventy-five.", ["quantity:minute:90", "quantity:minute:75"]),
    ("The fare rose to £25 from 22.", ["quantity:GBP:25", "quantity:GBP:22"]),
    ("The loan runs 6 weeks for 4 players.", ["quantity:week:6", "quantity:player:4"]),   # no elision
])
def test_with_elided_units_gives_a_bare_count_the_unit_before_it(text, keys):

    assert [a.key for a in with_elided_units(text, extract_atoms(text))] == keys


def _given_in(value: str, evidence: str) -> bool:
    return any(given_by(one(value), e) for e in extract_atoms(evidence))


@pytest.mark.parametrize("value, evidence, given", [
    # a number in a name, in prose, says which one: no amount in a unit
    ("9 days", "The hearing is listed in Court 9 of the county court.", False),
    ("4 weeks", "Trainees must hold a certificate at Level 4 before they start.", False),
    ("12 minutes", "Bread for the stall is baked in Oven 12 overnight.", False),
    ("6 km", "The relay starts at Gate 6 of the stadium.", False),
    # a heading's numbering, and a day of the month coordinated with a dated one
    ("3 points", "## 3. Scoring rules\n\nA try is worth five.", False),
    ("13 hours", "Matches are played on Friday 13 and Saturday 14 June.", False),
    # near misses: the number itself; values keyed by a word in a list; a bare end of a change
    ("9", "The hearing is listed in Court 9 of the county court.", True),
    ("£6", "Tickets (£): Adult 12, Child 6", True),
    ("£8", "Entry fees: Adult 15 and Junior 8.", True),
    ("90 minutes", "Kick-off delays went from 75 minutes to 90.", True),
    ("5 points", "A try is worth 5, a conversion 2.", True),
    ("2 seeds", "Pots in Bed 2 hold the seedlings.", True),   # a counted noun may be a misread word
])
def test_a_number_in_a_name_or_date_gives_no_amount(value, evidence, given):
    assert _given_in(value, evidence) is given


def test_coordinated_days_share_the_month():
    keys = {a.key for a in extract_atoms("Matches are played on Friday 13 and Saturday 14 June.")}
    assert {"date:--06-13", "date:--06-14"} <= keys
    assert {a.key for a in extract_atoms("Viewings on 2 or 3 May 2027.")} >= {"date:2027-05-02", "date:2027-05-03"}
    # between two days of one month is a span of days, as "3-5 May" is: both ends are named days
    assert {a.key for a in extract_atoms("Any day between 3 and 5 May.")} >= {"date:--05-03", "date:--05-05"}
    # the days in words, ordinals after "the"
    assert {a.key for a in extract_atoms("The fair is on the twenty-first and twenty-second of August 2027.")} \
        >= {"date:2027-08-21", "date:2027-08-22"}
    assert {a.key for a in extract_atoms("Closed on the third or fourth of March.")} >= {"date:--03-03", "date:--03-04"}
    assert "date:--05-03" in {a.key for a in extract_atoms("Any day between the third and fifth of May.")}
    assert [a.key for a in extract_atoms("In the third and final week of May.")] == []   # a week, no day


@pytest.mark.parametrize("text, keys", [
    # written after the rule: spans of days "between" two days of one month, in several domains
    ("The clinic is closed between 22 and 29 December 2026.", {"date:2026-12-22", "date:2026-12-29"}),
    ("Bids are accepted between 2 and 9 March.", {"date:--03-02", "date:--03-09"}),
    ("Planting runs between the fifth and twelfth of April.", {"date:--04-05", "date:--04-12"}),
    ("Between 14 and 18 July the pool hosts the county gala.", {"date:--07-14", "date:--07-18"}),
])
def test_a_span_of_days_between_two_days_gives_both(text, keys):
    assert {a.key for a in extract_atoms(text)} >= keys


@pytest.mark.parametrize("text, absent", [
    # near misses: an estimate between two amounts states neither end; a larger day first runs back
    ("Delivery costs between 3 and 5 euros in May.", "date:--05-03"),
    ("The shift is between 28 and 3 March.", "date:--03-28"),
])
def test_between_names_no_day_outside_a_span_of_days(text, absent):
    assert absent not in {a.key for a in extract_atoms(text)}


def test_the_first_end_of_a_span_of_days_shares_the_month():
    keys = {a.key for a in extract_atoms("The pool is closed from Tuesday 3 to Sunday 15 March 2026.")}
    assert {"date:2026-03-03", "date:2026-03-15"} <= keys
    assert {a.key for a in extract_atoms("Auditions run 9–12 June.")} >= {"date:--06-09", "date:--06-12"}
    assert {a.key for a in extract_atoms("The fair runs from the fourth until the sixth of July.")} \
        >= {"date:--07-04", "date:--07-06"}
    # a span runs forward: a larger number before is no day of that month, nor part of an ISO date
    assert "date:--03-28" not in {a.key for a in extract_atoms("Stage 28 to 3 March.")}
    assert "date:--03-28" not in {a.key for a in extract_atoms("Stage between 28 and 3 March.")}
    assert {a.key for a in extract_atoms("From 2026-03-01 to 9 March.")} >= {"date:2026-03-01", "date:--03-09"}
    assert "date:--03-01" not in {a.key for a in extract_atoms("From 2026-03-01 to 9 March.")}


@pytest.mark.parametrize("text, share", [
    ("Nine in every 100 patients reported a rash.", 0.09),
    ("One in five recipes uses butter.", 0.2),
    ("3 in 4 home games were sold out.", 0.75),
])
def test_n_in_every_m_is_a_share(text, share):
    atom = one(text)
    assert (atom.value, atom.unit) == (pytest.approx(share), "fraction")


@pytest.mark.parametrize("answer, evidence, given", [
    ("Nine in every 100 patients reported a rash.", "9% of patients", True),
    ("Nine in every 100 patients reported a rash.", "19% of patients", False),
    ("One in four bonds defaulted.", "25% of bonds", True),
    ("One in three bonds defaulted.", "25% of bonds", False),
])
def test_a_share_in_every_compares_by_value(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


def test_in_before_a_length_of_time_or_a_year_is_no_share():
    assert keys("The team won 2 in 3 days.") == ["number:2", "quantity:day:3"]
    assert "fraction" not in str(keys("They signed 3 in 2024."))


def test_both_words_of_n_out_of_m_are_facts():
    assert [a.value for a in extract_atoms("The jury gave her nine out of ten.")] == [9, 10]
    assert [a.value for a in extract_atoms("Seven out of twelve.")] == [7, 12]
    assert keys("Pick one of the ten dishes.") == ["quantity:dish:10"]   # "of" alone: "one" stays a word


@pytest.mark.parametrize("text, key", [
    # a comma after a scale word, as cheques and deeds write amounts, joins the last group
    ("the sum of twelve thousand, three hundred and five dollars", "quantity:USD:12305"),
    ("a grant of forty thousand, five hundred euros", "quantity:EUR:40500"),
    # a currency and its minor unit are one amount
    ("a fine of sixty pounds and fifty pence", "quantity:GBP:60.5"),
    ("the toll is 4 dollars and 25 cents", "quantity:USD:4.25"),
])
def test_amounts_written_out_in_full(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, expected", [
    ("ten thousand, five hundred thousand", ["number:10000", "number:500000"]),   # a list, not one number
    ("the bid was 4 dollars and 25 euros", ["quantity:USD:4", "quantity:EUR:25"]),   # two currencies
    ("5 pounds and 300 pence", ["quantity:GBP:5", "quantity:GBP:3"]),                # no minor part
])
def test_amounts_that_stay_apart(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("result, sentence, worked", [
    ("250 m", "The climb is 1.5 km, 250 m more than the 1,250 m descent.", True),
    ("350 m", "The climb is 1.5 km, 350 m more than the 1,250 m descent.", False),
    ("45 minutes", "It takes 2 hours, 45 minutes longer than the 75 minutes by bus.", True),
    ("5 kg", "It takes 2 hours, 5 kg more than 75 minutes.", False),   # another measure
])
def test_a_difference_in_units_of_one_measure(result, sentence, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    assert worked_out(atom, [a for a in atoms if a is not atom]) is worked


@pytest.mark.parametrize("size, ends, far", [
    # a length of time between two years (a club founded, a court ruling, a cookbook)
    ("nine years", "The club was founded in 1887 and moved to Elm Park in 1896.", True),
    ("eight years", "The club was founded in 1887 and moved to Elm Park in 1896.", False),   # a wrong gap
    ("two decades", "The statute of 1998 was repealed in 2018.", True),
    ("24 months", "The statute of 2021 was repealed in 2023.", True),
    ("3 hours", "The statute of 2021 was repealed in 2023.", False),   # not a length in years
])
def test_how_far_apart_two_years_are(size, ends, far):
    (atom,) = extract_atoms(size)
    x, y = [a for a in extract_atoms(ends) if a.kind in ("year", "number")][:2]
    assert apart(atom, x, y) is far


# Found by the round-21 held sets: a bare number beside a sentence with two rates ("£5 per hour to
# £8 per hour") crashed the comparison of units; a number without a unit converts to no unit.
@pytest.mark.parametrize("size", ["3", "three", "0.5"])
def test_a_bare_number_is_no_gap_between_two_rates(size):
    (atom,) = extract_atoms(size)
    x, y = extract_atoms("The fee rose from £5 per hour to £8 per hour in May.")
    assert apart(atom, x, y) is False


@given(st.sampled_from([None, "", "kg", "GBP/h", "mg/day", "day", "degC", "cent", "USD", "%"]),
       st.sampled_from([None, "", "kg", "GBP/h", "mg/day", "day", "degC", "cent", "USD", "%"]),
       st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
@settings(max_examples=60, deadline=None)
def test_convert_never_fails_on_any_pair_of_units(unit, to, value):
    converted = convert(value, unit, to)
    assert converted is None or isinstance(converted, float)
    if unit == to:
        assert converted == value
    elif not unit or not to:
        assert converted is None


def _claim_given(claim: str, evidence: str) -> bool:
    """Whether every value of one-sentence `claim` is given by one-unit `evidence`."""
    from evalkit.scoring.hallucination import EvidenceText, check_claim

    ev = EvidenceText.build([("doc", evidence)], extract_atoms)
    atoms = extract_atoms(claim)
    return check_claim(claim, atoms, ev, [], "", sentence=atoms).result.supported


@pytest.mark.parametrize("claim, right", [
    ("The bakery opened in 1952; eleven years later, in 1963, it added a café.", True),
    ("The bakery opened in 1952; twelve years later, in 1963, it added a café.", False),   # a wrong gap
    ("The café came in 1963, eleven years after the bakery opened in 1952.", True),
    ("The café came in 1963, eleven years after the bakery opened in 1950.", False),        # a year not given
    ("The bakery opened in 1952, and eleven years.", False),                                  # no relation stated
])
def test_a_gap_between_two_years_the_sentence_gives(claim, right):
    evidence = "Hollin's Bakery opened on Mill Lane in 1952. In 1963 it added a café; in 1970 it closed."
    assert _claim_given(claim, evidence) is right


# "older", "younger", "newer" say a value is a difference, as "later" does; which side is older
# (an earlier year, a larger age) the word alone does not say, so the gap is read without a side
@pytest.mark.parametrize("evidence, claim, right", [
    ("The east pier was built in 1911 and the west pier in 1925.",
     "The east pier dates from 1911, fourteen years older than the west pier of 1925.", True),
    ("The east pier was built in 1911 and the west pier in 1925.",
     "The west pier, built in 1925, is fourteen years newer than the east pier of 1911.", True),
    ("The east pier was built in 1911 and the west pier in 1925.",
     "The east pier dates from 1911, twelve years older than the west pier of 1925.", False),   # a wrong gap
    ("Mira is 9 years old and her brother Tomas is 12 years old.",
     "Mira is 9 years old, three years younger than Tomas, who is 12.", True),
    ("Mira is 9 years old and her brother Tomas is 12 years old.",
     "Mira is 9 years old, four years younger than Tomas, who is 12.", False),
])
def test_a_gap_said_by_older_or_younger(evidence, claim, right):
    assert _claim_given(claim, evidence) is right


# "fewer" after a count compares, as "more" and "less" do: it is no noun the count counts, so
# "4 fewer" is a difference of the counts the sentence gives, not four of a thing named "fewer"
@pytest.mark.parametrize("claim, right", [
    ("The minibus now takes 12 riders, four fewer than the 16 it took before.", True),
    ("The minibus now takes 12 riders, 4 fewer than the 16 it took before.", True),
    ("The minibus now takes 12 riders, 3 fewer than the 16 it took before.", False),
])
def test_a_count_fewer_than_another(claim, right):
    evidence = "The minibus took 16 riders. From May it takes 12 riders."
    assert _claim_given(claim, evidence) is right
    assert "fewer" not in {a.unit for a in extract_atoms(claim)}


# A decimal read aloud is one exact number ("one point four" is 1.4), and a fact on its own.
@pytest.mark.parametrize("text, key", [
    ("The dose is two point five millilitres.", "quantity:ml:2.5"),
    ("Her best jump was seven point oh five metres.", "quantity:m:7.05"),
    ("Inflation hit three point two percent.", "quantity:%:3.2"),
    ("The striker ran eleven point three kilometres.", "quantity:km:11.3"),
    ("Viewing figures reached twenty-one point three million viewers.", "quantity:viewer:21300000"),
    ("The pH read six point eight.", "number:6.8"),
])
def test_a_decimal_read_aloud_is_one_number(text, key):
    assert key in keys(text)


def test_a_decimal_read_aloud_keeps_its_digits_apart_from_near_values():
    assert one("one point five litres").key != one("1.4 litres").key
    assert same_fact(one("one point four litres"), one("1.4 litres"))
    assert "quantity:rider:4" in keys("At one point four riders were off the back.")   # the idiom "at one point"
    assert keys("He scored two points.") == ["quantity:point:2"]                      # a counted noun, no decimal


# A share in words that is an answer of its own ("A quarter.", "It's a third.") is a share of a
# whole, so it states 25% or 33%; inside a sentence ("once a quarter") it is left a word.
@pytest.mark.parametrize("text, value, percent", [
    ("A quarter.", 0.25, "25%"),
    ("Two fifths.", 0.4, "40%"),
    ("The answer is three tenths.", 0.3, "30%"),
])
def test_a_share_in_words_alone_is_a_share(text, value, percent):
    atom = one(text)
    assert atom.unit == "fraction" and atom.value == value
    assert same_fact(atom, one(percent))


@pytest.mark.parametrize("text", ["The board meets once a quarter.", "She finished a third.", "Their share fell by a fifth in total"])
def test_a_share_word_inside_a_sentence_is_no_share_of_its_own(text):
    assert not [k for k in keys(text) if "fraction" in k]


def test_a_share_alone_states_only_its_own_percentage():
    assert same_fact(one("A quarter."), one("25%"))
    assert not same_fact(one("A quarter."), one("30%"))


# A numeric date whose day and month could be either way round ("6/7/2026") is either reading;
# one whose first part is over 12 has one reading; a date neither reading gives stays different.
@pytest.mark.parametrize("numeric, spelled, same", [
    ("3/4/2025", "3 April 2025", True),      # the UK reading
    ("3/4/2025", "4 March 2025", True),      # the US reading
    ("3/4/2025", "5 April 2025", False),     # neither
    ("13/4/2025", "13 April 2025", True),    # one reading only
    ("13/4/2025", "4 January 2026", False),
    ("5/5/2025", "5 May 2025", True),
])
def test_a_numeric_date_matches_either_reading(numeric, spelled, same):
    assert same_fact(one(numeric), one(spelled)) is same
    assert stated_by(one(spelled), one(numeric)) is same


def test_a_numeric_date_states_a_day_and_month_by_either_reading():
    assert stated_by(one("9 October"), one("9/10/2025"))
    assert stated_by(one("10 September"), one("9/10/2025"))
    assert not stated_by(one("11 October"), one("9/10/2025"))


# A hedged length in months against one in days or weeks: months have no fixed length, so they meet
# only under a hedge, to the step the months are spoken in.
@pytest.mark.parametrize("hedged, exact, given", [
    ("About a month and a half.", "Six weeks.", True),
    ("About a month and a half.", "45 days.", True),
    ("About a month and a half.", "Five weeks.", False),   # 1.15 months: a month, not one and a half
    ("A month and a half.", "Six weeks.", False),          # no hedge, no tolerance
    ("About two months.", "Nine weeks.", True),
    ("About two months.", "Six weeks.", False),            # 1.4 months rounds to one
    ("About three months.", "90 days.", True),
    ("Nearly three months.", "100 days.", False),          # over three months: not "nearly"
])
def test_a_hedged_length_in_months_rounds_days_and_weeks(hedged, exact, given):
    assert given_by(one(hedged), one(exact)) is given


# Percentages are added and subtracted in percentage points (basis points: hundredths of one).
@pytest.mark.parametrize("result, sentence, worked", [
    ("57.5%", "The club's win rate rose 4.5 percentage points to 62.0%, from 57.5%.", True),
    ("57.0%", "The club's win rate rose 4.5 percentage points to 62.0%, from 57.0%.", False),   # off by half a point
    ("75 basis points", "The loan rate is 5.25%, 75 basis points above the 4.5% of last year.", True),
    ("50 basis points", "The loan rate is 5.25%, 50 basis points above the 4.5% of last year.", False),
    ("120 bps", "Net margin reached 4.6%, 120 bps better than the 3.4% of 2024.", True),
    ("12 bps", "Net margin reached 4.6%, 12 bps better than the 3.4% of 2024.", False),      # points, not bps
    ("1.2%", "Net margin reached 4.6%, 1.2% better than the 3.4% of 2024.", False),           # not a point: a share
])
def test_a_difference_of_percentages_in_points(result, sentence, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    assert worked_out(atom, [a for a in atoms if a is not atom]) is worked


@pytest.mark.parametrize("moved, sentence, right", [
    # a day's date moved by days or weeks (a recipe box, a league's transfer window, a tax return)
    ("14 December", "The hamper ships 10 days before 24 December, on 14 December.", True),
    ("13 December", "The hamper ships 10 days before 24 December, on 13 December.", False),   # a day out
    ("9 February 2028", "The window shuts on 1 March 2028; three weeks earlier, on 9 February 2028, bids close.", True),
    ("8 February 2028", "The window shuts on 1 March 2028; three weeks earlier, on 8 February 2028, bids close.", False),
    ("12 January", "The return is filed on 29 December and the refund comes two weeks later, on 12 January.", True),
    # a time of day moved by a length of time (a train, round midnight)
    ("16:12", "The 14:52 train takes 80 minutes, arriving at 16:12.", True),
    ("16:22", "The 14:52 train takes 80 minutes, arriving at 16:22.", False),
    ("00:25", "The night bus leaves at 23:40 and arrives 45 minutes later, at 00:25.", True),
    ("14 December", "The hamper ships 3 months before 24 December, on 14 December.", False),  # no fixed count of days
])
def test_a_time_or_date_moved_by_a_length(moved, sentence, right):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text.rstrip(".") == moved]
    moments = [a for a in atoms if a.kind == atom.kind and a is not atom]
    lengths = [a for a in atoms if a.kind == "quantity"]
    assert any(shifted(atom, x, y) for x in moments for y in lengths) is right


@pytest.mark.parametrize("size, ends, far", [
    ("two weeks", "Entries open on 3 May and close on 17 May.", True),
    ("three weeks", "Entries open on 3 May and close on 17 May.", False),
    ("14 days", "Entries open on 3 May and close on 17 May.", True),
    ("15 days", "Entries open on 3 May and close on 17 May.", False),   # a day out
])
def test_how_far_apart_two_dates_are(size, ends, far):
    (atom,) = extract_atoms(size)
    x, y = [a for a in extract_atoms(ends) if a.kind == "date"]
    assert apart(atom, x, y) is far


@pytest.mark.parametrize("claim, evidence, right", [
    # train times: the change's size worked out from the answer's two times
    ("The train now leaves at 07:40, 25 minutes later than the usual 07:15.",
     "From Monday the 07:15 to Leeds leaves at 07:40.", True),
    ("The train now leaves at 07:40, 35 minutes later than the usual 07:15.",
     "From Monday the 07:15 to Leeds leaves at 07:40.", False),
    # accounts: points between two percentages the evidence gives
    ("Operating margin was 18.4%, 150 basis points better than in 2024.",
     "Operating margin was 18.4% in 2025, compared with 16.9% in 2024.", True),
    ("Operating margin was 18.4%, 160 basis points better than in 2024.",
     "Operating margin was 18.4% in 2025, compared with 16.9% in 2024.", False),
    ("Operating margin rose 1.5 percentage points to 18.4%, from 16.9% the year before.",
     "Operating margin was 18.4% in 2025.", False),   # 16.9% is no value the evidence gives
    # a recipe: a date moved by a length the answer and the evidence give
    ("Orders close 10 days before the 12 December market, on 2 December.",
     "Christmas cake orders close 10 days before the market on 12 December.", True),
    ("Orders close 10 days before the 12 December market, on 3 December.",
     "Christmas cake orders close 10 days before the market on 12 December.", False),
    ("Orders close 10 days before the 12 December market, on 2 December.",
     "Christmas cake orders close a week before the market on 12 December.", False),   # 10 days not given
    # sport: how long after one fixture another is, both dates in one evidence sentence
    ("The tie is on 4 March and the replay three weeks later.",
     "The tie is on 4 March and the replay on 25 March.", True),
    ("The tie is on 4 March and the replay two weeks later.",
     "The tie is on 4 March and the replay on 25 March.", False),
    ("The replay is three weeks later.",
     "The tie is on 4 March and the replay on 25 March.", False),   # neither date the answer's own
])
def test_working_with_the_answers_own_values(claim, evidence, right):
    assert _claim_given(claim, evidence) is right


@pytest.mark.parametrize("claim, right", [
    # a length between two dates of one evidence sentence: only of a date the answer's sentence gives
    ("Entries open on 3 May and close two weeks later.", True),
    ("Entries close a fortnight after they open on 3 May.", True),
    ("Late entries are refused two weeks before the race.", False),   # no date of the answer's: any gap
    ("Entries open on 3 May and close three weeks later.", False),
])
def test_a_gap_between_dates_needs_one_the_answer_gives(claim, right):
    evidence = "Entries for the Harbour 10K open on 3 May and close on 17 May; the race is on 7 June."
    assert _claim_given(claim, evidence) is right


@pytest.mark.parametrize("claim, right", [
    # which date is the later one, as the claim orders them (a dividend, a transfer deadline)
    ("The record date is 1 December; payment comes two weeks later.", True),
    ("Payment is on the record date, 1 December, two weeks after it is paid.", False),   # order turned round
    ("Payment comes two weeks after the 1 December record date.", True),
    ("Payment comes two weeks before the 1 December record date.", False),
])
def test_a_gap_between_dates_in_the_order_the_claim_gives(claim, right):
    evidence = "The dividend will be paid on 15 December to holders on the register on 1 December."
    assert _claim_given(claim, evidence) is right


# --- numbers, times and lengths as answers write them (round 14) ---------------------------------

@pytest.mark.parametrize("text, key", [
    # a scale word as large as one already closed starts a second number: the "and" joins two
    ("Fares ran between one thousand two hundred and three thousand four hundred euros.", "quantity:EUR:1200-3400"),
    ("The herd grew to between two thousand five hundred and four thousand goats.", "quantity:goat:2500-4000"),
    # one number: scales that fall, or "and" inside a group
    ("The fund holds two million five hundred and six thousand euros.", "quantity:EUR:2506000"),
    ("The fine was one thousand eight hundred and two euros.", "quantity:EUR:1802"),
    ("The hall seats one thousand and fifty people.", "quantity:person:1050"),
])
def test_two_cardinals_in_words_joined_by_and(text, key):
    assert [a.key for a in extract_atoms(text) if a.kind == "quantity"] == [key]


@pytest.mark.parametrize("text, key", [
    ("The climb took 3 h 30 min from the hut.", "quantity:hour:3.5"),
    ("Boil it for 2 h 15 mins.", "quantity:hour:2.25"),
])
def test_hours_as_a_spaced_h_before_minutes(text, key):
    assert one(text).key == key


def test_a_spaced_h_alone_is_no_unit():
    assert [a.key for a in extract_atoms("Row 4 h was empty.")] == ["number:4"]


@pytest.mark.parametrize("text, value", [
    ("There is a one-in-three chance of frost.", 1 / 3),
    ("The test gives a 1-in-20 false alarm.", 0.05),
])
def test_a_hyphened_proportion_is_a_share(text, value):
    atom = one(text)
    assert atom.unit == "fraction" and atom.value == pytest.approx(value)


@pytest.mark.parametrize("text, key", [
    ("The ferry leaves at seven in the morning.", "time:07:00"),
    ("Doors close by nine in the evening.", "time:21:00"),
    ("The bakery opens until two at night on Fridays.", "time:02:00"),
])
def test_an_hour_in_words_with_a_part_of_the_day(text, key):
    assert [a.key for a in extract_atoms(text) if a.kind == "time"] == [key]


@pytest.mark.parametrize("text", [
    "Three in the afternoon group passed.",     # no preposition of time: a count
    "The two in the morning class are twins.",
])
def test_an_hour_word_before_a_part_of_the_day_without_a_preposition_counts(text):
    assert not [a for a in extract_atoms(text) if a.kind == "time"]


@pytest.mark.parametrize("text, numbers", [
    ("No. 9.", {9}),
    ("The shed belongs to number nine, next door.", {9}),
    ("Flat no. 14 is empty.", {14}),
    ("The number of sheds is nine.", set()),
])
def test_numbers_written_with_number_or_its_sign(text, numbers):
    from evalkit.scoring.atoms.numbers import numbered

    assert numbered(text) == numbers


@pytest.mark.parametrize("answer, evidence, given", [
    # hedged, in another unit, rounded to the place it is written to
    ("about 660 feet", "200 metres", True),              # 656 ft
    ("about 600 feet", "200 metres", False),             # two significant figures at least
    ("about 700 feet", "200 metres", False),
    ("just under 660 feet", "200 metres", True),
    ("just over 660 feet", "200 metres", False),         # 656 ft is under
    # in words, to the step it is spoken in
    ("roughly two and a half hours", "2 hours 20 minutes", True),
    ("roughly two hours", "2 hours 20 minutes", True),
    ("roughly three hours", "2 hours 20 minutes", False),
    ("roughly two and a quarter hours", "2 hours 20 minutes", True),
    ("two and a half hours", "2 hours 20 minutes", False),   # no hedge: exact
    # in one unit, digits keep no tolerance
    ("about 2,300 tickets", "2,324 tickets", False),
    # a share of a whole in words keeps to the nearest simple share, not to its spoken step
    ("nearly half of the members", "a third of the members", False),
])
def test_a_hedged_value_rounds_to_its_written_place(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


@pytest.mark.parametrize("claim, right", [
    ("A pass needs at least 60%, that is 24 out of 40.", True),
    ("A pass needs at least 65%, that is 24 out of 40.", False),
])
def test_a_share_worked_out_from_two_counts(claim, right):
    assert _claim_given(claim, "A pass needs 24 marks out of 40.") is right


@pytest.mark.parametrize("claim, right", [
    # the length between two times the sentence gives, exactly or hedged to its spoken step
    ("The road was shut from 9:10 am to 11:35 am, 2 h 25 min in all.", True),
    ("The road was shut from 9:10 am to 11:35 am, roughly two and a half hours.", True),
    ("The road was shut from 9:10 am to 11:35 am, 2 h 35 min in all.", False),
    ("The road was shut from 9:10 am to 11:35 am, roughly three hours.", False),
])
def test_a_length_between_two_times_the_sentence_gives(claim, right):
    assert _claim_given(claim, "Police closed the road at 09:10 and reopened it at 11:35.") is right


@pytest.mark.parametrize("claim, right", [
    ("The nurse checks the drip three times every six hours.", True),    # every two hours
    ("The nurse checks the drip twice every six hours.", False),         # every three hours
    ("The nurse checks the drip for six hours.", False),                 # a length, no recurrence
])
def test_the_period_of_a_recurrence_said_more_than_once(claim, right):
    assert _claim_given(claim, "The nurse checks the drip every two hours.") is right


@pytest.mark.parametrize("text, key", [
    # an adverb of period after the amount is its rate, past one word that qualifies it
    ("The allowance is €85 weekly.", "quantity:EUR/week:85"),
    ("Members pay $30 net monthly.", "quantity:USD/month:30"),
    ("The dose is 2 mg daily.", "quantity:mg/day:2"),
    ("The fee, €900 annually, covers maintenance.", "quantity:EUR/year:900"),
    # a word of recurrence is read as how often, a connective ends the amount
    ("Give 5 mg twice daily.", "quantity:mg:5"),
    ("It costs €85 and weekly visits are free.", "quantity:EUR:85"),
])
def test_a_rate_given_by_an_adverb_of_period(text, key):
    assert keys(text)[0] == key


@pytest.mark.parametrize("result, sentence, worked", [
    ("€4,420", "The allowance is €85 gross weekly, so €4,420 over 52 weeks.", True),
    ("€4,520", "The allowance is €85 gross weekly, so €4,520 over 52 weeks.", False),
])
def test_a_rate_given_by_an_adverb_over_a_period(result, sentence, worked):
    atoms = extract_atoms(sentence)
    (atom,) = [a for a in atoms if a.text == result]
    others = [a for a in atoms if a is not atom]
    assert worked_out(atom, others, others) is worked


@pytest.mark.parametrize("sentence, far", [
    ("The club had 212 members in May, 38 more than the 174 in March.", True),
    ("The club had 212 members in May, 40 more than the 174 in March.", False),   # not their difference
    ("The club had 212 members, 38 more than its 174 volunteers.", False),         # counts of two things
    ("The path is 5 km long, 3 more than the 2 of the old one.", False),           # a measure, not a count
])
def test_how_many_more_one_count_is_than_another(sentence, far):
    x, size, y = [a for a in extract_atoms(sentence) if a.kind in ("quantity", "number")]
    assert apart(size, x, y) is far


@pytest.mark.parametrize("sentence, share", [
    ("The side scored 0.36 a game, a little over half the 0.62 of last season.", True),     # 0.58
    ("The side scored 0.36 a game, a little under half the 0.62 of last season.", False),  # the wrong side
    ("The side scored 0.36 a game, a little over a third of the 0.62 of last season.", False),  # half is nearer
    ("The side scored 0.36 a game, roughly two thirds of the 0.62 of last season.", False),  # half is nearer
])
def test_a_hedged_share_in_words_of_two_values(sentence, share):
    atoms = extract_atoms(sentence)
    (part,) = [a for a in atoms if a.unit == "fraction"]
    assert worked_out(part, [a for a in atoms if a is not part]) is share


@pytest.mark.parametrize("text, kinds", [
    ("Nests were counted in the 2023 and 2024 seasons.", [("2023", "year"), ("2024", "year")]),   # two years
    ("Orders rose from 1800 and 2000 parcels.", [("1800", "number"), ("2000 parcels", "quantity")]),  # no year before
    ("The depot holds 2009 pallets.", [("2009 pallets", "quantity")]),                               # a count
])
def test_a_year_like_number_after_a_year_and_a_coordinator_is_a_year(text, kinds):
    assert [(a.text, a.kind) for a in extract_atoms(text)] == kinds


# --- a time told "ten to six" after "at" with a part of the day; a month's beginning; decibels ---

@pytest.mark.parametrize("text, expected", [
    ("The first rider reached the summit at ten to six in the evening.", ["time:17:50"]),
    ("The ferry left at five to nine in the morning.", ["time:08:55"]),
    ("The shop opens ten to six.", []),                          # no "at": "ten to six" may be a range
    ("It runs from ten to six in the evening.", ["time:10:00", "time:18:00"]),   # after "from": a range of hours
    ("Meet me at ten to six.", []),                              # no part of the day: may be a range
])
def test_five_or_ten_to_an_hour_tells_the_time_after_at_with_a_part_of_the_day(text, expected):
    assert [k for k in keys(text) if k.startswith("time")] == expected


# A span of bare hours with its part of the day said once, after its end: both ends are times, the
# start in the same half of the day unless its hour comes later on the dial than the end's
@pytest.mark.parametrize("text, expected", [
    ("The office is staffed from 10 until 12 pm.", ["time:10:00", "time:12:00"]),
    ("Viewing is between two and four in the afternoon.", ["time:14:00", "time:16:00"]),
    ("The pool is open from 7 till 9 at night.", ["time:19:00", "time:21:00"]),
    ("Deliveries come from eleven to one in the afternoon.", ["time:11:00", "time:13:00"]),
    ("The car park is patrolled from 6 until 10 pm.", ["time:18:00", "time:22:00"]),
    ("Between 8 and 10 o'clock in the morning.", ["time:08:00", "time:10:00"]),
    # no part of the day after the span, or no span: no times read from bare numbers
    ("The class takes from ten to twelve pupils.", []),
    ("It lasts from two until four, depending on the tide.", []),
])
def test_a_span_of_hours_with_its_part_of_the_day_said_once(text, expected):
    assert [k for k in keys(text) if k.startswith("time")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nesting boxes stay shut from the beginning of April until the end of June.", ["date:--04-01", "date:--06-30"]),
    ("The levy is due by the start of October 2027.", ["date:2027-10-01"]),
    ("Rates rise on the first day of September.", ["date:--09-01"]),
    ("Renewals are sent at the beginning of the month.", []),     # no month named: no one day
])
def test_a_months_beginning_is_its_first_day(text, expected):
    assert keys(text) == expected


def test_a_sound_level_in_decibels():
    assert same_fact(one("capped at 85 dB"), one("capped at 85 decibels"))
    assert same_fact(one("capped at 85 dB(A)"), one("capped at 85 dB"))
    assert not same_fact(one("capped at 85 dB"), one("capped at 80 decibels"))


@pytest.mark.parametrize("text, numbers", [
    ("Complaints came from 4 and 9 Mill Lane.", {4, 9}),        # a house's number before its street's name
    ("The fence of 12 Orchard Rise, No. 14 and 3, 5 or 7 Beck Road Lane.", {12, 14, 3, 5, 7}),
    ("The fee is £12 Monthly Plan.", set()),                  # after a currency sign: no house
    ("We saw 12 swans on the lake.", set()),                    # no street's name after it
])
def test_house_numbers_by_sign_or_street(text, numbers):
    from evalkit.scoring.atoms.numbers import house_numbers

    assert house_numbers(text) == numbers


@pytest.mark.parametrize("code, numbers", [
    ("No. 16", {16}),
    ("Nos. 12 and 16", {12, 16}),
    ("Bulletin No. 47", set()),     # a bulletin's number, no house's
    ("KF-12", set()),
])
def test_signed_numbers_of_a_code(code, numbers):
    from evalkit.scoring.atoms.numbers import signed_numbers

    assert signed_numbers(code) == numbers


@pytest.mark.parametrize("text, times", [
    ("The pool is open from 7 in the morning to 9 in the evening.", ["time:07:00", "time:21:00"]),
    ("Deliveries run between 9 am and 5 in the afternoon.", ["time:09:00", "time:17:00"]),
    ("The café opens at six in the morning until ten at night.", ["time:06:00", "time:22:00"]),
    # no span told on the clock before "to": counts, not times
    ("Teams of 2 to 3 in the evening session.", []),
])
def test_the_end_of_a_span_told_on_the_clock_is_a_time(text, times):
    assert [a.key for a in extract_atoms(text) if a.kind == "time"] == times


def test_a_date_moved_by_whole_months_or_years():
    def one(text):
        return next(a for a in extract_atoms(text) if a.kind in ("date", "quantity"))
    start, end = one("on 28 September 2026"), one("on 28 September 2029")
    assert shifted(end, start, one("three years"))
    assert shifted(start, end, one("36 months"))        # back, in months
    assert not shifted(end, start, one("two years"))
    assert shifted(one("on 30 November 2026"), one("on 31 August 2026"), one("a quarter")) is False   # no 31 November
    assert shifted(one("on 14 May 2027"), one("on 14 March 2027"), one("two months"))


# an energy spelled out as power times hours, and a speed by its customary abbreviation
@pytest.mark.parametrize("text, key", [
    ("a store of 4,200 watt-hours", "quantity:Wh:4200"),
    ("3.6 kilowatt hours a day", "quantity:Wh/day:3600"),
    ("cruising at 60 mph", "quantity:mi/h:60"),
    ("a limit of 30 kph", "quantity:km/h:30"),
])
def test_energy_in_watt_hours_and_speeds_by_abbreviation(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("answer, evidence, given", [
    ("about 100 km/h", "a top speed of 62 mph", True),       # 99.8 km/h, to the tens
    ("about 110 km/h", "a top speed of 62 mph", False),
    ("62 km/h", "a top speed of 62 mph", False),              # another unit, not a rounding of it
    ("4,200 watt-hours", "a 4.2 kWh pack", True),
    ("4,300 watt-hours", "a 4.2 kWh pack", False),
])
def test_speeds_and_energies_convert(answer, evidence, given):
    assert given_by(one(answer), one(evidence)) is given


@pytest.mark.parametrize("text, key", [
    ("the reading fell to nought point seven", "number:0.7"),
    ("a gap of nought point five millimetres", "quantity:mm:0.5"),
    ("Lows of minus 4.5 °C overnight", "quantity:degC:-4.5"),
    ("minus twelve degrees Celsius", "quantity:degC:-12"),
    ("Do not fly below minus 5 °C.", "quantity:degC:-5"),     # after a comparator "minus" is a sign
    ("It recorded minus 12 °C.", "quantity:degC:-12"),        # and after a verb
    ("one patient in twenty", "quantity:fraction:0.05"),
    ("one in eight.", "quantity:fraction:0.125"),
    ("three quarters of a bucket", "quantity:fraction:0.75"),
    ("the reservoir is three quarters full", "quantity:fraction:0.75"),   # a share of its extent
    ("roughly a fortnight", "quantity:week:2"),
    ("about an hour", "quantity:hour:1"),
])
def test_spoken_signs_shares_and_hedged_single_units(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, want", [
    ("all his work came to nought", []),                      # "nought" alone is an idiom
    ("12 minus 5 is 7", ["number:12", "number:5", "number:7"]),   # subtraction, no sign
    ("Full refund minus £8.", ["quantity:GBP:8"]),            # an amount taken off a noun, no sign
    ("one patient in 2019", ["year:2019"]),                   # a year, no share
    ("a quarter of a mile", ["quantity:mi:0.25"]),            # a share of a unit stays in it
    ("once a day", []),                                       # "a" as "per", no hedge: no length
])
def test_spoken_forms_that_stay_as_they_were(text, want):
    assert keys(text) == want


def test_a_share_of_one_thing_converts_to_a_percentage():
    assert same_fact(one("three quarters of a bucket"), one("75%"))
    assert not same_fact(one("three quarters of a bucket"), one("70%"))
    assert same_fact(one("one patient in twenty"), one("5%"))


@pytest.mark.parametrize("text, number, expected", [
    # markdown emphasis is no word: it does not part a comparator from its number
    ("Loans run for up to **21 days** per title.", "21 days", ("max", "up to **21 days")),
    ("Riders must be at least **140 cm** tall.", "140 cm", ("min", "at least **140 cm")),
    ("Groups of **8 people** or more book ahead.", "8 people", ("min", "8 people** or more")),
    ("Cancel no later than *48 hours* before the class.", "48 hours", ("min", "no later than *48 hours")),
    # near-misses: emphasis with no comparator bounds nothing
    ("The fee is **£12** a night.", "£12", None),
    ("Prices rose by **4%** this spring.", "4%", None),
])
def test_emphasis_between_a_comparator_and_its_number(text, number, expected):
    assert bound(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    # a negation passes over no comparator of order: "not until" is a bound of its own, and the
    # comparator next to the number gives the direction
    ("Grants are released not until at least 6 weeks after the award.", "6 weeks",
     ("min", "not until at least 6 weeks")),
    ("Seedlings may not be planted out until after 15 May.", "15 May", ("min", "after 15 May.")),
    # near-misses: a negated verb before a comparator still turns it round; "no" before one too
    ("Loads must not go above 6 tonnes.", "6 tonnes", ("max", "not go above 6 tonnes")),
    ("Entries are accepted no later than 3 days before the race.", "3 days", ("min", "no later than 3 days")),
])
def test_a_negation_does_not_pass_over_a_comparator_of_order(text, number, expected):
    assert bound(text, number) == expected


# --- written forms: vulgar fractions, stone, numbers that label a name, "whether there is one" --

@pytest.mark.parametrize("text, key", [
    ("The dough proved for 2½ hours.", "quantity:hour:2.5"),
    ("The kitten weighs 1¼ kg.", "quantity:kg:1.25"),
    ("She swam 3¾ miles.", "quantity:mi:3.75"),
    ("He weighed 11 stone at the weigh-in.", "quantity:st:11"),
])
def test_a_whole_number_with_a_vulgar_fraction_and_stone(text, key):
    assert [a.key for a in extract_atoms(text)] == [key]


def test_stone_converts_to_kilograms():
    assert given_by(extract_atoms("about 10 stone")[0], extract_atoms("64 kg")[0])
    assert not given_by(extract_atoms("about 12 stone")[0], extract_atoms("64 kg")[0])


@pytest.mark.parametrize("text, keys", [
    ("The leaflet doesn't say whether there is one.", []),     # a pronoun for the thing asked after
    ("Ask at the desk if there's one, as stock varies.", []),
    ("There is one.", ["number:1"]),                           # a count, answering "how many?"
    ("There are two.", ["number:2"]),
])
def test_one_after_whether_there_is_counts_nothing(text, keys):
    assert [a.key for a in extract_atoms(text)] == keys


@pytest.mark.parametrize("a, b, same", [
    ("10 working days", "10 calendar days", False),
    ("5 business days", "5 consecutive days", False),
    ("3 school weeks", "15 calendar days", False),
    ("10 working days", "10 business days", True),
    ("10 working days", "10 days", True),          # the word left out: either
    ("7 calendar days", "7 days", True),
    ("2 working weeks", "10 working days", True),
    ("10 calendar days", "10 consecutive days", True),
])
def test_lengths_of_time_that_count_other_days(a, b, same):
    x, y = extract_atoms(a)[0], extract_atoms(b)[0]
    assert same_fact(x, y) is same and same_fact(y, x) is same


@pytest.mark.parametrize("size, ends, given", [
    # the length of time between two days' dates, exactly or hedged to the step it is said in
    ("56 days", "The kiln was fired on 3 March and unloaded on 28 April 2026.", True),
    ("roughly eight weeks", "The kiln was fired on 3 March and unloaded on 28 April 2026.", True),
    ("just under eight weeks", "The kiln was fired on 4 March and unloaded on 28 April 2026.", True),
    ("six weeks", "The kiln was fired on 3 March and unloaded on 28 April 2026.", False),
    # a date without a year counts across the new year from the other
    ("seventeen days", "The audit started on 22 December and closed on 8 January 2027.", True),
    ("348 days", "The audit started on 22 December and closed on 8 January 2027.", False),
])
def test_a_length_between_two_dates(size, ends, given):
    (atom,) = extract_atoms(size)
    x, y = [a for a in extract_atoms(ends) if a.kind == "date"]
    gap = elapsed(x, y)
    assert gap is not None and gap.unit == "day" and given_by(atom, gap) is given


@pytest.mark.parametrize("text, unit", [
    # Markdown emphasis round a number leaves the noun after it its unit
    ("A full crew is **eight** rowers.", "rower"),
    ("Each lane takes *four* swimmers.", "swimmer"),
    ("A full crew is **eight rowers**.", "rower"),
])
def test_emphasis_round_a_number_keeps_its_unit(text, unit):
    (atom,) = [a for a in extract_atoms(text) if a.value is not None]
    assert atom.kind == "quantity" and atom.unit == unit


def test_emphasis_opened_elsewhere_joins_nothing():
    # a closing mark with no opening one right before the number is no emphasis of it
    atoms = extract_atoms("**Crew:** 8** rowers")
    assert not any(a.unit == "rower" for a in atoms)


@pytest.mark.parametrize("text, key", [
    ("Tighten the crank bolts to 40 N·m.", "quantity:N·m:40"),
    ("the stem clamp takes 5 Nm", "quantity:N·m:5"),
    ("lug nuts at 80 ft-lb", "quantity:ft-lb:80"),
    ("lug nuts at 80 lb-ft", "quantity:ft-lb:80"),
    ("the cap screws take 45 in-lb", "quantity:in-lb:45"),
    ("torqued to 45 inch-pounds", "quantity:in-lb:45"),
    ("set to 60 newton metres", "quantity:N·m:60"),
    ("a 4 US gallon tank", "quantity:gal_us:4"),
    ("2 imperial pints of stock", "quantity:pt_imp:2"),
    ("a reef 3 nautical miles offshore", "quantity:nmi:3"),
    ("a washer 0.25 in.", "quantity:in:0.25"),
])
def test_torque_liquid_measures_and_nautical_miles(text, key):
    assert keys(text) == [key]


def test_inches_by_symbol_only_where_the_phrase_ends():
    # "in" after a number is a preposition before more words ("3 in the morning")
    assert keys("we sold 3 in the morning") == ["number:3"]
    assert keys("a bore of 1.5 in, then a shoulder") == ["quantity:in:1.5"]


@pytest.mark.parametrize("a, b, same", [
    ("120 in-lb", "10 ft-lb", True),
    ("24 ft-lb", "288 in-lb", True),
    ("10 ft-lb", "10 in-lb", False),          # the unit is the fact
    ("10 ft-lb", "10 ft", False),             # a torque is no length
    ("2 US quarts", "1 US gallon", False),    # half a gallon
    ("4 US quarts", "1 US gallon", True),
    ("8 imperial pints", "1 imperial gallon", True),
    ("5 US gallons", "5 imperial gallons", False),   # a US gallon is the smaller
    ("2 nautical miles", "3.704 km", True),
    ("2 nm", "2 nautical miles", True),       # "nm" beside nautical miles is their symbol
])
def test_torque_and_liquid_measures_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("value, evidence, given", [
    ("about 54 N·m", "40 ft-lb", True),       # 54.2
    ("about 55 N·m", "40 ft-lb", False),
    ("roughly 3.8 litres", "4 US quarts", True),
    ("roughly 4.5 litres", "4 US quarts", False),   # the imperial reading
    ("about 9.3 km", "5 nautical miles", True),
])
def test_a_hedged_conversion_of_torque_and_liquid_measures_rounds(value, evidence, given):
    assert given_by(one(value), one(evidence)) is given


@pytest.mark.parametrize("text, key", [
    ("the ferry cruises at 18 knots", "quantity:nmi/h:18"),
    ("a current of 1 knot", "quantity:nmi/h:1"),
])
def test_a_knot_is_a_nautical_mile_an_hour(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("a, b, same", [
    ("about 33 km/h", "18 knots", True),       # 33.3 km/h
    ("about 21 mph", "18 knots", True),        # 20.7 mph
    ("about 30 km/h", "18 knots", False),
    ("18 km/h", "18 knots", False),            # another unit, not a rounding of it
    ("12 knots", "18 knots", False),
    ("about 5.6 km", "3 nm", True),            # "nm" beside a distance in kilometres is the nautical mile
    ("about 6.5 km", "3 nm", False),
    ("3 nm", "3 km", False),
])
def test_knots_and_nautical_miles_convert(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


@pytest.mark.parametrize("text, key", [
    ("sales fell in Quarter 2", ["quarter:2"]),
    ("Quarter 1, 2025 was the slowest", ["quarter:2025:1"]),
    ("the Quarter 3 of 2027 accounts", ["quarter:2027:3"]),
    # near-misses: no quarter named by its number
    ("a quarter 3 times over", ["quantity:x:3"]),
    ("the Quarter 12 housing block", ["entity:quarter", "quantity:housing:12"]),
])
def test_a_quarter_named_by_its_number(text, key):
    assert keys(text) == key
    if key[0].startswith("quarter"):
        assert same_fact(one(text), one(f"Q{key[0][-1]}" + (f" {key[0].split(':')[1]}" if key[0].count(':') == 2 else "")))


# A whole number and a hyphened share as its modifier ("one and three-quarter lengths"), a share after
# a whole number and "and" with no unit ("four and a half more"), and a tens word hyphened to an ordinal.
@pytest.mark.parametrize("text, found", [
    ("The colt won by one and three-quarter lengths.", ["quantity:length:1.75"]),
    ("The pour took two and three-quarter minutes.", ["quantity:minute:2.75"]),
    ("The pour took two and three-quarters minutes.", ["quantity:minute:2.75"]),
    ("The lecture ran four and a half hours.", ["quantity:hour:4.5"]),
    ("The refit took four and a half more than planned.", []),             # the half is the four's part
    ("Prices rose by a half more than wages.", ["quantity:fraction:0.5"]),   # a share of its own
    ("The meeting moved to Friday the twenty-fifth.", []),                   # an ordinal, no count of fifths
    ("The invoice is due on the thirty-first.", []),
    ("Profile 2 is a six-second soak at 3 bar.", ["number:2", "quantity:second:6", "quantity:bar:3"]),   # a length
    ("Hold the button for a three-second count.", ["quantity:second:3"]),
    ("Twenty-five delegates came.", ["quantity:delegate:25"]),
])
def test_mixed_numbers_and_ordinals_in_words(text, found):
    assert keys(text) == found


# An amount of money in words and its hundredths spoken bare after it ("two pounds fifty"), where they
# end the clause; not a count of its own that follows ("two pounds fifty times" is no price).
@pytest.mark.parametrize("text, found", [
    ("A single now costs two pounds fifty, up from two pounds.", ["quantity:GBP:2.5", "quantity:GBP:2"]),
    ("The toll is three dollars twenty.", ["quantity:USD:3.2"]),
    ("A coffee is four euros ninety-five.", ["quantity:EUR:4.95"]),
    ("The toll is two pounds twenty pence.", ["quantity:GBP:2.2"]),
    ("It costs five pounds a week, rising to six.", ["quantity:GBP/week:5"]),
    ("It costs two pounds. Fifty people came.", ["quantity:GBP:2", "quantity:person:50"]),
    ("She paid two pounds fifty times over the year.", ["quantity:GBP:2", "quantity:x:50"]),
])
def test_hundredths_spoken_bare_after_money_in_words(text, found):
    assert keys(text) == found


# Written after the rule (round 41): hundredths spoken bare before a preposition are the amount's too
# ("three pounds fifty for each adult": no noun the number could count follows it).
@pytest.mark.parametrize("text, found", [
    ("Entry is three pounds fifty for each adult.", ["quantity:GBP:3.5"]),
    ("Tickets went from two pounds fifty to three pounds.", ["quantity:GBP:2.5", "quantity:GBP:3"]),
    ("It costs ten dollars forty at the door.", ["quantity:USD:10.4"]),
    ("The ferry is six euros twenty by card.", ["quantity:EUR:6.2"]),
    ("I paid five pounds. Twenty minutes later it rained.", ["quantity:GBP:5", "quantity:minute:20"]),
])
def test_hundredths_spoken_bare_before_a_preposition(text, found):
    assert keys(text) == found


# round 21, wt-rightC21: the yard and the furlong are lengths; a length or a mass written in two
# units, the larger first, is one amount; two separate amounts, or a second no smaller, stay two.
@pytest.mark.parametrize("text, found", [
    ("The race is 1 mile 2 furlongs.", ["quantity:mi:1.25"]),
    ("He stands 5 feet 10 inches tall.", ["quantity:ft:5.8333333333333333"]),
    ("The parcel weighed 1 pound 4 ounces.", ["quantity:lb:1.25"]),
    ("The stage is 54 km and 820 m of climbing.", ["quantity:km:54", "quantity:m:820"]),
    ("A 100-yard dash.", ["quantity:yd:100"]),
    ("It was 2 metres long and 50 cm wide.", ["quantity:m:2", "quantity:cm:50"]),
    ("Cut 3 metres 150 centimetres.", ["quantity:m:3", "quantity:cm:150"]),
])
def test_lengths_and_masses_in_two_units(text, found):
    assert keys(text) == found


def test_furlongs_and_miles_are_one_length():
    ten, quarter = extract_atoms("a ten-furlong race"), extract_atoms("a mile and a quarter")
    assert same_fact(ten[0], quarter[0])
    assert not same_fact(extract_atoms("11 furlongs")[0], quarter[0])


# round 21, wt-rightC21: both counts of "N of the M", M bare at the clause's end, are facts (not "one
# of the M", which picks one out, nor N before "the M nouns", where the count of nouns is the fact)
@pytest.mark.parametrize("text, found", [
    ("Two of the twenty.", ["number:2", "number:20"]),
    ("Nine of the thirty-two nests hatched.", ["quantity:nest:32"]),
    ("One of the three doors.", ["quantity:door:3"]),
    ("One, it's cheaper.", []),
])
def test_counts_of_n_of_the_m(text, found):
    assert keys(text) == found


# round 21: a number in digits after a capitalised word, with a verb after it, completes a name
# ("Update 1 says the ...", "Les Pierres 2026 costs €36"), it counts nothing. Function words and
# hedges before a count, and a capital with no verb after the number, leave the count.
@pytest.mark.parametrize("text, key", [
    ("From the terminal, Gate 14 opens the boarding at noon.", ["entity:gate", "number:14", "time:12:00"]),
    ("Ward 7 reports that visiting is restricted.", ["number:7"]),
    ("Stage 3 requires the signed form.", ["number:3"]),
    ("**Release 2 fixes** the login bug.", ["number:2"]),
    ("Room 4 seats 12 people.", ["number:4", "quantity:person:12"]),
    # near-misses: a count after a capital that names nothing, or no verb after the number
    ("Maximum 6 guests per room.", ["quantity:guest:6"]),
    ("About 40 boats carry the flag.", ["quantity:boat:40"]),
    ("Roughly 12 trees lines the lane.", ["quantity:tree:12"]),
    ("Ward 7 patients moved to the annexe.", ["quantity:patient:7"]),
])
def test_a_number_that_completes_a_name(text, key):
    assert keys(text) == key


@pytest.mark.parametrize("text, keys", [
    ("Three Route 21 buses an hour.", ["number:21"]),
    ("The 1988 gates at Lock 18 were older.", ["year:1988", "number:18"]),
    ("Update 1 says the bridge is shut.", ["number:1"]),
    ("The 400 runners left; we visited Paris 3 times.", ["quantity:runner:400", "quantity:x:3"]),
    # a singular after a name's number stays read with it, compared as one ("Month 12 visit" / "Month 24 visit")
    ("A single dose at their Month 12 visit.", ["quantity:visit:12"]),
])
def test_number_in_a_name_is_no_count(text, keys):
    # round 21, wt-verbose21: a number in a name, a year after a determiner, "1" before a plural verb
    assert [a.key for a in extract_atoms(text) if a.kind != "entity"] == keys


# round 21: pence spoken bare after pounds in words before a rate's "a"/"per"/"each" or a word of a
# total.
@pytest.mark.parametrize("text, key", [
    ("The taxi was eighteen pounds forty altogether.", ["quantity:GBP:18.4"]),
    ("Parking is three pounds sixty a day.", ["quantity:GBP/day:3.6"]),
    ("Lessons cost nine dollars fifty per hour.", ["quantity:USD/h:9.5"]),
    # near-misses: a count after the pounds, a comma between
    ("It was ten pounds twenty people paid.", ["quantity:GBP:10", "quantity:person:20"]),
    ("Six pounds, forty minutes away.", ["quantity:GBP:6", "quantity:minute:40"]),
])
def test_spoken_pence_before_a_rate(text, key):
    assert keys(text) == key


_HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@given(st.integers(1, 12), st.integers(1, 12), st.booleans(), st.booleans(),
       st.sampled_from(["from {a} until {b}", "from {a} to {b}", "between {a} and {b}", "from {a} till {b}"]),
       st.sampled_from([("in the morning", "a"), ("in the afternoon", "p"), ("in the evening", "p"), ("am", "a"),
                        ("pm", "p")]))
@settings(max_examples=80, deadline=None)
def test_any_span_of_hours_reads_both_ends_on_the_clock(a, b, a_word, b_word, form, part):
    """Any span of two bare hours (digits or words) with a part of the day after its end: two times,
    the end in that half of the day, the start in the same half unless it is later on the dial."""
    said, meridiem = part
    text = "The desk is staffed " + form.format(a=_HOUR_WORDS[a - 1] if a_word else a,
                                                 b=_HOUR_WORDS[b - 1] if b_word else b) + f" {said}."
    times = [k for k in keys(text) if k.startswith("time:")]
    end = b % 12 + (12 if meridiem == "p" else 0)
    start_meridiem = meridiem if a % 12 < b % 12 else ("a" if meridiem == "p" else "p")
    start = a % 12 + (12 if start_meridiem == "p" else 0)
    assert times == [f"time:{start:02d}:00", f"time:{end:02d}:00"], text


# Written after the rules (round 31), in domains of their own. A night is a rate's period ("£95 a
# night"): a rate per night is not one per week, and still compares by its amount with an amount
# alone.
@pytest.mark.parametrize("a, b, same", [
    ("£95 a night", "£95 a week", False),
    ("€60 per night", "€60 per month", False),
    ("£95 per night", "9,500p per night", True),
    ("£95 each night", "£95", True),
])
def test_a_night_is_a_rates_period(a, b, same):
    assert same_fact(one(a), one(b)) is same and same_fact(one(b), one(a)) is same


# A comparator of order written after a length of time counted back from an event turns round as
# one before it does: "30 minutes at the latest before boarding" is at least 30 minutes before.
@pytest.mark.parametrize("text, number, direction", [
    ("Check in 30 minutes at the latest before boarding.", "30 minutes", "min"),
    ("Samples go in 2 hours at the earliest before the assay.", "2 hours", "max"),
    ("Gates close at 18:00 at the latest.", "18:00", "max"),              # a point in time: no turning
])
def test_a_comparator_after_a_length_counted_back(text, number, direction):
    assert bound(text, number)[0] == direction


# A table's heading that names a bound bounds the values under it (or in its row): one that ends
# with a comparator reads as the words before the cell; one that opens with an end, or closes with
# a noun of one, names its direction; any other names none.
@pytest.mark.parametrize("heading, cell, value, direction", [
    ("Must be booked at least", "10 days before the party", "10 days", "min"),
    ("Must arrive no later than", "45 minutes before tee-off", "45 minutes", "min"),
    ("Minimum age", "8 years", "8 years", "min"),
    ("Max. group size", "12 climbers", "12", "max"),
    ("**Maximum load**", "250 kg", "250 kg", "max"),
    ("Weight limit", "3.5 tonnes", "3.5 tonnes", "max"),
    ("Session", "8 years", "8 years", None),
    ("Fee per session", "£12", "£12", None),
    ("Minimalist kit", "3 items", "3", None),            # a word that begins like an end is none
])
def test_a_headings_bound(heading, cell, value, direction):
    from evalkit.scoring.atoms.bounds import heading_bound
    atom = next(a for a in extract_atoms(cell) if a.text.startswith(value))
    assert heading_bound(heading, cell, atom) == direction


def test_a_verbs_past_form_first_in_a_sentence_is_no_name():
    # the corpus writes the verb in lower case ("must recertify"): its past form opens the sentence
    assert [a.key for a in extract_atoms("Recertified harnesses go back on the rack.",
                                         known_words=frozenset({"recertify"}))] == []
    assert [a.key for a in extract_atoms("Regraded by the coach.", known_words=frozenset({"regrade"}))] == []
    # an unknown word, or a surname's "-er" ending, is still read as a name
    assert [a.key for a in extract_atoms("Thornlowe regraded it.", known_words=frozenset({"regrade"}))] == [
        "entity:thornlowe"]
    assert [a.key for a in extract_atoms("Brasker signed it.", known_words=frozenset({"brask"}))] == ["entity:brasker"]


# Written after the rules (round 33): a comparator after a length's possessive noun bounds the length,
# as one after its noun does; "at the earliest" and "at the latest" bound a number they stand before;
# a value restated in brackets bears the bound of the value before it.
@pytest.mark.parametrize("text, value, direction", [
    ("Applicants need 3 years' experience or more.", "3 years", "min"),
    ("Give us 10 days’ notice or longer.", "10 days", "min"),
    ("Allow 2 weeks' travel or less.", "2 weeks", "max"),
    ("The refund arrives at the earliest 5 days after the return.", "5 days", "min"),
    ("Ship at the latest 48 hours before the show.", "48 hours", "min"),    # counted back: 48 hours or more before
    ("The appeal is heard at the latest 10 days after the decision.", "10 days", "max"),
])
def test_bounds_after_a_possessive_noun_and_order_before_a_number(text, value, direction):
    atom = next(a for a in extract_atoms(text) if a.text == value)
    assert bound_of(text, atom).direction == direction


@pytest.mark.parametrize("text, value, expected", [
    # (every statement of the value: the value before the brackets and the one in them)
    ("Riders over 90 kg (198 lb) take the large frame.", "198 lb", ["min", "min"]),
    ("Loads under 900 kg (1,984 lb) go by van.", "1,984 lb", ["max", "max"]),
    ("The pack weighs 12 kg (26 lb).", "26 lb", [None, None]),          # nothing bounded, nothing borne
    ("Riders over 90 kg (or 14 stone if you prefer) take it.", "14 stone", [None]),  # words between
])
def test_a_value_restated_in_brackets_bears_the_bound_before_it(text, value, expected):
    atoms = extract_atoms(text)
    atom = next(a for a in atoms if a.text == value)
    assert [b.direction if b else None for b in bounds_on(atom, text, atoms)] == expected


# Written after the rules (round 34): an end named before what it is of and a copula or a colon bounds
# the number after them ("the minimum load accepted is 10 tonnes", "Maximum occupancy: 40").
@pytest.mark.parametrize("text, value, direction", [
    ("The minimum deposit we take is £200.", "£200", "min"),
    ("The maximum number of guests per cabin is 4 guests.", "4 guests", "max"),
    ("Maximum towing weight: 750 kg.", "750 kg", "max"),
    ("Our minimum is 3 nights.", "3 nights", "min"),
    ("The maximum penalty that the panel can impose is £250.", "£250", "max"),
])
def test_a_named_end_before_a_copula_bounds_the_number(text, value, direction):
    atom = next(a for a in extract_atoms(text) if a.text == value)
    assert bound_of(text, atom).direction == direction


def test_a_named_end_bounds_only_its_own_number():
    text = "The minimum charge was waived, so she paid £40."
    atom = next(a for a in extract_atoms(text) if a.text == "£40")
    assert bound_of(text, atom) is None


# Written after the rule (round 39), in a domain no rule was written on: a golf club's guest policy
# and a school's trips. "N times in a (any, each) period", the period of a kind ("calendar month",
# "membership year", "school year"), says how often as "N times a period" does; "in a while" and a
# length of time ("in a year's time") say no rate.
@pytest.mark.parametrize("text, said, per_day", [
    ("Members may bring a guest twice in any calendar month.", "twice in any calendar month", Fraction(2, 30)),
    ("A guest may visit no more than 4 times in a membership year.", "4 times in a membership year",
     Fraction(4, 360)),
    ("Each class goes on a trip once in a school year.", "once in a school year", Fraction(1, 360)),
    ("Juniors play 3 times each school week.", "3 times each school week", Fraction(3, 7)),
])
def test_how_often_said_with_in_and_a_kind_of_period(text, said, per_day):
    r, = recurrences(text)
    assert (text[r.start:r.end], r.per_day) == (said, per_day)


@pytest.mark.parametrize("text", [
    "Guests may visit once in a while.",
    "The course reopens in a year's time.",
    "The trophy has been won 3 times in the club's history.",
])
def test_no_rate_said_by_in_without_a_period_counted(text):
    assert recurrences(text) == [], text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=720), st.sampled_from(["every", "each"]))
def test_a_period_in_minutes_recurs_at_its_rate(minutes, word):
    """Written after the rule (round 45): "every N minutes" recurs 1,440/N times a day, as a period
    in hours does (`numbers._PERIODS`, built from `lexicon.PERIODS`)."""
    r, = recurrences(f"Readings are taken {word} {minutes} minutes.")
    assert r.per_day == Fraction(1440, minutes)


@pytest.mark.parametrize("text, per_day", [
    ("every half hour", Fraction(48)),
    ("every half-hour", Fraction(48)),
    ("every other Tuesday", Fraction(1, 14)),
    ("every second Monday", Fraction(1, 14)),
    ("alternate Fridays", Fraction(1, 14)),
    ("each Sunday", Fraction(1, 7)),
])
def test_a_half_hour_and_a_day_of_the_week_recur(text, per_day):
    r, = recurrences(text)
    assert r.per_day == per_day


def test_a_price_per_some_minutes_gives_a_rate():
    assert recurrence_rates("Pet hair removal: £15 per 30 minutes.") == {Fraction(48)}
    assert recurrence_rates("£845 per calendar month") == {Fraction(1, 30)}


# Round 50 (written after the rules): a clause's number before its first word counts nothing, a
# capitalised word between a number and a unit of time is a heading's, "from N years old" bounds
# an age from below, a period's adjective after "per" qualifies the noun it is per, and a share is
# read in words or as a percentage alike.
def test_a_clause_number_before_its_heading_counts_nothing():
    assert [(a.kind, a.text) for a in extract_atoms("7.4 Lanterns are lit at dusk.")] == [("number", "7.4")]
    assert [(a.kind, a.text) for a in extract_atoms("**3.1 Monday hours.** Stalls open at 08:00.")] == \
        [("number", "3.1"), ("time", "08:00")]
    assert [(a.kind, a.text) for a in extract_atoms("Allow 3 working days.")] == [("quantity", "3 working days")]
    assert [(a.kind, a.text) for a in extract_atoms("The stall sold 40 Lanterns.")] == [("quantity", "40 Lanterns")]


@pytest.mark.parametrize("text, direction", [
    ("Entry is free from 5 years old.", "min"),
    ("Swimmers may go alone from the age of 14.", "min"),
    ("Members may join from age 16.", "min"),
    ("The term was cut from 12 months.", None),
    ("Lessons run from 9 weeks before the show.", None),
])
def test_from_an_age_is_a_lower_bound(text, direction):
    atom = next(a for a in extract_atoms(text) if a.value is not None)
    found = bound_of(text, atom)
    assert (found.direction if found else None) == direction


def test_a_period_adjective_after_per_qualifies_its_noun():
    assert one("£2.10 per weekly timesheet").unit == "GBP"
    assert one("£2.10 for every monthly invoice").unit == "GBP"
    assert one("£612 gross weekly").unit == "GBP/week"
    assert one("£5 per week").unit == "GBP/week"


def test_shares_are_read_in_words_and_as_percentages():
    text = "Members pay half the fee; guests pay 25% of it, and a quarter hour is free."
    assert [v for _, _, v in shares_of(text, extract_atoms(text))] == [0.5, 0.25]   # not the quarter hour


# A rate for each whole period (round 51): "for each" / "for every" and a word of wholeness
# before the period read as "per"; "for a week" is a length, no rate ("calendar" is no word of
# wholeness: a calendar day is not a working day).
@pytest.mark.parametrize("text, unit", [
    ("£245 for each full week", "GBP/week"),
    ("£18 for every whole day", "GBP/day"),
    ("£20 for a week", "GBP"),
])
def test_a_rate_for_each_whole_period(text, unit):
    assert extract_atoms(text)[0].unit == unit


# An end that names its noun before "of" (round 51): "a minimum charge of £10" bounds £10 as "a
# minimum of £10" does; "the minimum age of 18" too.
@pytest.mark.parametrize("text, direction", [
    ("with a minimum charge of £10 per session", "min"),
    ("a maximum stay of 3 nights", "max"),
    ("the minimum age of 18", "min"),
    ("a charge of £10", None),
])
def test_an_end_named_with_its_noun(text, direction):
    atom = extract_atoms(text)[0]
    bound = bound_of(text, atom)
    assert (bound.direction if bound else None) == direction


# A price's terms between it and its period (round 52): "£642.00 plus VAT per quarter" is a rate per
# quarter as "£642.00 per quarter" is; the tax stays a name of its own, and a price with no period
# after its terms is no rate.
@pytest.mark.parametrize("text, unit", [
    ("£642.00 plus VAT per quarter", "GBP/quarter"),
    ("£214 plus VAT a month", "GBP/month"),
    ("£30 + VAT per hour", "GBP/h"),
    ("€90 including VAT each week", "EUR/week"),
    ("£30 plus VAT", "GBP"),
    ("£30 plus VAT for the whole visit", "GBP"),
])
def test_a_rate_after_the_prices_terms(text, unit):
    assert extract_atoms(text)[0].unit == unit


# Round 53: an adjective of period on the subject a sum
# is the value of makes the sum a rate; a hedge rounds a stretch of time it frames; a share of money
# may name what it is between its two sums; a word a prefix makes of an everyday word is everyday.
@pytest.mark.parametrize("text, unit", [
    ("The quarterly rental for both machines is £642.00 plus VAT.", "GBP/quarter"),
    ("A monthly retainer of £1,450 applies in winter.", "GBP/month"),
    ("**Annual fee:** £480", "GBP/year"),
    ("The weekly rent is £18.50.", "GBP/week"),
    ("We charge a one-off fee of £395.", "GBP"),
    ("The fee is £96 monthly.", "GBP/month"),
    ("A monthly check is done and a fee of £20 is charged.", "GBP"),
])
def test_a_sum_whose_subject_has_an_adjective_of_period_is_a_rate(text, unit):
    assert next(a.unit for a in extract_atoms(text) if a.value is not None) == unit


def test_a_hedge_rounds_the_stretch_of_time_it_frames():
    assert [(a.text, a.approx, a.hedge) for a in extract_atoms("Roughly the last three months.")] == \
        [("three months", True, "around")]
    assert [(a.text, a.approx, a.hedge) for a in extract_atoms("Over the last three months.")] == \
        [("three months", False, None)]


def test_a_share_of_money_may_name_what_it_is():
    assert [(a.unit, a.value) for a in extract_atoms("She gets 14p in commission for every £1 of sales.")] == \
        [("fraction", 0.14)]


@pytest.mark.parametrize("word, common", [
    ("unloading", True), ("refreshments", True), ("foldable", True), ("disembarking", True),
    ("dismore", False), ("unsworth", False), ("retford", False),
])
def test_a_word_a_prefix_makes_of_an_everyday_word_is_everyday(word, common):
    assert is_common_word(word) is common


@pytest.mark.parametrize("text, keys", [
    ("A late item now costs 20p a day, a reduction from 25p.", ["quantity:GBP/day:0.2", "quantity:GBP/day:0.25"]),
    ("£40 a month instead of £35", ["quantity:GBP/month:40", "quantity:GBP/month:35"]),
    ("£40 a month (was £35)", ["quantity:GBP/month:40", "quantity:GBP/month:35"]),
    ("£40 a month, plus £10.", ["quantity:GBP/month:40", "quantity:GBP:10"]),
    ("£40 a month and £35 for the key.", ["quantity:GBP/month:40", "quantity:GBP:35"]),
])
def test_a_sum_after_a_rate_in_a_contrast_takes_its_period(text, keys):
    assert [a.key for a in extract_atoms(text) if a.value is not None] == keys


def test_the_tax_a_prices_terms_name_is_no_party():
    from evalkit.scoring.atoms.numbers import in_price_terms
    text = "£65 per visit plus VAT, which covers an hour; VAT is collected by HMRC."
    assert [(a.text, in_price_terms(text, a)) for a in extract_atoms(text)] == \
        [("£65", False), ("VAT", True), ("VAT", False), ("HMRC", False)]
    assert [(a.text, in_price_terms("30%, VAT included, on the sale price", a))
            for a in extract_atoms("30%, VAT included, on the sale price")] == [("30%", False), ("VAT", True)]


@pytest.mark.parametrize("text, atoms", [
    # a list's or a clause's number right after a sentence's end and before a capital, where a
    # passage's lines were joined, is no value
    ("Open 10:00 to 16:00 each day. 2. A slot costs £18.", ["10:00", "16:00", "£18"]),
    ("The term is 26 weeks. 5.2 After that the rent is £40.", ["26 weeks", "£40"]),
    ("It weighs 2.5 kg. (3) Ringers must go.", ["2.5 kg"]),
    # ... but a value that ends a sentence, or opens one before a lower-case word, is
    ("The answer is 2. A new rule applies.", ["2"]),
    ("Costs rose. 3 people left.", ["3 people"]),
    ("It rose by 0.5. Then it fell.", ["0.5"]),
])
def test_list_numbers_inside_a_joined_passage(text, atoms):
    assert [a.text for a in extract_atoms(text) if a.kind != "entity"] == atoms
