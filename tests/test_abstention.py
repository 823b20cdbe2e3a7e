"""Abstention by structure: refusals in many shapes, and near-misses that report content."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit.scoring.abstention import find_abstention, is_abstention

REFUSALS = [
    # round 13: "one" for the asked value after a verb of giving or the speaker's "state"
    "On the weight limit for cabin bags: the airline's conditions don't list one.",
    "The tenancy agreement names no break date, so we are therefore unable to state one.",
    # "nothing in <text or place>" with any verb whose object is an indirect question
    "Nothing in the match programme reveals who scored the opening try.",
    "Nothing in the recipe card pins down how long the dough should rest.",
    # record nouns as the subject
    "The payroll particulars I was sent don't show when the bonus was paid.",
    # verbs of getting out of a text, with the text named
    "I couldn't glean the kiln temperature from the pottery notes.",
    "Can't pull a warranty length out of this leaflet.",
    # a refusal followed by what the text "only" says is still a refusal
    "There's no information about a deposit in the lease; it only says rent is due on the 1st.",
    "Neither brochure gives the ferry's capacity; they only list the crossing times.",
    "There's no phone number for the clinic in the documents; only its email address is given.",
    # shapes added in round three: absence as the whole answer, any text noun with an
    # indirect question, neither ... nor, a bare "never says" after a text was named
    'Not known.',
    "The syllabus doesn't specify when the exam is held.",
    'Answer: unknown',
    'The lease never says who pays for the boiler repair.',
    'Neither the FAQ nor the manual lists a replacement part number.',
    "There isn't any information on the refund window in the terms.",
    'The answer is not given in the documents.',
    'Sadly the leaflet never mentions what it costs.',
    'Nowhere in the handbook is a probation period given.',
    'That falls outside what these documents cover.',
    'The report never states the sample size for the control group.',
    'The handbook refers to a relocation package but never spells out what it includes.',
    # a text noun + negated verb of saying
    "The documents do not say.",
    "The handbook doesn't say how many days of parental leave you get.",
    "The guide does not state the opening hours.",
    "The manual doesn't mention a warranty period.",
    "The policy does not specify a deadline for expense claims.",
    "The report doesn't indicate who approved the budget.",
    "The summary does not discuss the second trial.",
    "The FAQ doesn't address refunds for digital purchases.",
    "The datasheet does not list the operating temperature.",
    "The article didn't name the supplier.",
    "The brochure does not give a price.",
    "The passage doesn't tell us when the bridge was built.",
    "The sources don't specify how many were shipped to Japan.",
    "The transcript does not reveal what was agreed.",
    "The specification doesn't define the maximum load.",
    "The notes don't explain why the launch slipped.",
    "The study does not report the sample size.",
    "The paper doesn't describe how participants were recruited.",
    "The context does not clarify whether the offer applies abroad.",
    "The provided text doesn't mention the price.",
    "The employee handbook you shared doesn't cover remote work allowances.",
    "The 2023 annual report does not disclose executive bonuses.",
    "The section on returns doesn't say whether opened items qualify.",
    "The appendix does not include any figures for Q4.",
    "The website doesn't provide details on shipping to Canada.",
    "The contract does not contain any information about termination fees.",
    "The documents I was given do not cover this question.",
    "The user manual for the X200 does not actually say.",
    "The policy doesn't seem to mention pets.",
    "The report does not appear to give a figure for that.",
    "The leaflet doesn't go into the side effects.",
    "The guide never says what the fee is.",
    "The manual nowhere mentions the battery capacity.",
    "The text fails to specify the dosage for children.",
    "The handbook doesn’t say.",
    "The documents don’t provide that information.",
    "The brochure doesnt list prices.",
    # "it" / "they" for a text named earlier, or with an information object
    "I checked the handbook and it doesn't say.",
    "I read the summary; it does not mention the vote count.",
    "The sources were reviewed, but they don't give a figure.",
    "It doesn't say.",
    "It does not specify whether the discount stacks.",
    # nothing / no <information> as the object
    "The handbook has nothing on parental leave.",
    "The report gives no figure.",
    "The report gives no figure for 2023 revenue.",
    "The guide says nothing about weekend opening hours.",
    "The sources make no mention of a recall.",
    "The policy offers no guidance on hybrid work.",
    "The FAQ has no information about international orders.",
    "The document provides no details regarding the merger.",
    "The manual contains nothing relevant to that model.",
    "The article gives no indication of when the project ends.",
    "The brochure includes no pricing whatsoever.",
    "The summary has no data on customer churn.",
    "The documents say nothing of the sort about costs.",
    "The handbook doesn't have anything on sabbaticals.",
    # no X is given / X is not stated
    "No figure is given in the report.",
    "No price is listed.",
    "No date is mentioned for the launch.",
    "No deadline is specified in the policy.",
    "No breakdown by region is provided.",
    "No information is available on that in the documents.",
    "No details about the supplier are given.",
    "The exact figure is not stated in the report.",
    "The launch date isn't specified.",
    "The dosage is not mentioned anywhere in the leaflet.",
    "The price is not listed on the website.",
    "That information is not provided.",
    "The author is not named.",
    "Side effects are not mentioned in the study.",
    "This is not covered in the provided sources.",
    "That detail is not mentioned in the documents.",
    "The cost remains unspecified.",
    # there is no information / nothing in the text
    "There is no information about the launch price in the documents.",
    "There's no mention of overtime pay.",
    "There is no data on how many users upgraded.",
    "There's nothing in the handbook about jury duty.",
    "Nothing in the policy says whether contractors are eligible.",
    "There are no details on the warranty.",
    "None of the documents give a figure for that.",
    "None of the sources mention the CEO's salary.",
    "Neither document says when the store opens.",
    "No source specifies the exact weight.",
    "Nowhere does the manual say how to reset the device.",
    # silent, unclear, lacks, leaves open, scope, not in
    "The report is silent on executive pay.",
    "The guide is unclear about whether pets are allowed.",
    "The policy is not clear on this.",
    "The summary lacks any figures on attendance.",
    "The manual omits the torque setting.",
    "The handbook leaves the notice period unspecified.",
    "That question is outside the scope of the provided documents.",
    "That's not in the handbook.",
    "The answer isn't anywhere in the sources.",
    # the speaker
    "I don't know.",
    "I do not know the answer to that.",
    "I couldn't find that in the documents.",
    "I could not find any mention of a loyalty scheme.",
    "I can't tell from the summary.",
    "I cannot determine the release date from the materials.",
    "We were unable to confirm the figure.",
    "I'm not able to answer this from the available material.",
    "I cannot answer this from the available material.",
    "I don't see any mention of refunds.",
    "I don't have that information.",
    "I have no information about the CEO's age.",
    "I'm not sure; the articles do not discuss it.",
    "I'm afraid I can't say.",
    "We didn't find anything about shipping costs.",
    "I found no reference to a second plant.",
    # impersonal
    "You can't tell from the context whether the offer is still valid.",
    "It's impossible to say from these notes.",
    "There's no way to know from the passage.",
    "This cannot be determined from the context.",
    "That can't be answered with the documents provided.",
    "There is not enough information to answer.",
    "The information provided is insufficient.",
    "Insufficient information to say.",
    "The figure is unknown from the material.",
    "It is unclear from the text whether he resigned.",
    # elliptic
    "Doesn't say.",
    "Not stated.",
    "Not specified in the guide.",
    "No mention of pricing.",
    "No information on that.",
    # wrappers, mid-sentence, refusal then a guess
    "Sorry, the handbook doesn't cover that.",
    "Unfortunately, the report gives no figure for Japan.",
    "I'm afraid the policy does not say whether you can carry over leave.",
    "Based on the documents, it is impossible to tell.",
    "The guide covers installation in detail, but it doesn't say how long the warranty lasts.",
    "Thanks for asking! Sadly the FAQ is silent on this. Please contact support.",
    "The document doesn't say, but it is probably around 5 kg.",
    "The sources list the MI300X by name but say nothing about its memory capacity.",
    "Looking at the guide, no opening hours are given.",
    "As far as I can tell, the manual does not specify the voltage.",
    "The handbook, sadly, doesn't mention jury duty.",
    "Hmm — the policy makes no reference to contractors.",
    # round four: an informational text with "no <compound noun> <information noun>", alone or
    # after a bare refusal; written sources missed before (addendum, handout, synopsis, ...);
    # "that isn't listed" with "that" taken as a lead-in word
    "The dosage chart has no paediatric syrup value.",
    "The tariff table lists no weekend peak figure.",
    "The spec sheet gives no idle power number.",
    "The appendix has no monthly rainfall total.",
    "The product brochure gives no shipping weight figure.",
    "That isn't covered — the fee schedule table has no late payment rate.",
    "Not in there: the conversion chart gives no ounce measurement.",
    "The addendum doesn't say when the new rates apply.",
    "The handout doesn't give a room number for the seminar. Only the lecture hall is named.",
    "The synopsis does not mention how the story ends.",
    "The changelog doesn't list a release date for version 3.",
    "The Q&A doesn't give a figure for the refund.",
    "The overview doesn't provide opening hours for the east wing. Only the main building's hours are given.",
    "The footnotes don't give the source of the survey numbers.",
    "The writeup has no final attendance count.",
    "The update doesn't say whether the login bug is fixed.",
    "The amendment does not specify a new deadline.",
    "That isn't listed.",
    "Sorry, that isn't mentioned.",
    "That wasn't stated.",
    # what the text does give, for another subject than the asked one
    "The addendum doesn't give opening hours for the ferry office — it gives the ticket desk's hours (8 to 18).",
    "The leaflet doesn't list a dose for children; it lists the adult dose of 500 mg.",
    "The guide doesn't give departure times for Sundays; it gives the Saturday times.",
    "The brochure doesn't give a price for the family room, but it lists the double room's price as €120.",
]

NEAR_MISSES = [
    # round 13 near-misses: content, not refusals
    "The records don't show any missed appointments.",
    "The bank statement doesn't show any overdraft charges.",
    "The lease doesn't have one; the flat is let unfurnished.",
    "Nothing in the club rules stops you bringing a guest.",
    "Nothing in the inspection report suggests that the boiler is unsafe.",
    "I can't get a refund from the airline after 24 hours.",
    "You can draw water from the well in the courtyard.",
    # a negated saying followed by what the text does say is an answer
    'Not available in blue; only black and white.',
    "The manual doesn't say to remove the battery; it says to leave it in place.",
    "The policy doesn't give a fixed amount but a percentage: 15% of the fare.",
    'The data is unavailable to third parties under the policy.',
    'Unknown callers go straight to voicemail.',
    'The lease never allows subletting.',
    'Neither plan covers cosmetic dentistry.',
    # a verb of saying, not negated, with content
    "The guide says no price rise is planned.",
    "The report says there was no significant difference between the groups.",
    "The policy states that nothing has changed since 2021.",
    "The handbook says no data were lost in the migration.",
    "The FAQ says no refunds are given after 30 days.",
    "The manual says you should not use bleach.",
    "The summary mentions that the plant will not close.",
    "According to the report, no one was injured.",
    "The document states the device is not waterproof.",
    "The article notes that the CEO did not attend.",
    "The study found no link between coffee and insomnia.",
    "The guide says nothing should be stored above 30 degrees.",
    # negated content verbs
    "The policy does not require a doctor's note.",
    "The manual doesn't recommend bleach; use mild soap.",
    "The policy does not allow pets in the office.",
    "The guide does not permit refunds on sale items.",
    "The contract doesn't prohibit subletting.",
    "The handbook does not forbid remote work.",
    "The policy does not apply to contractors.",
    "The warranty does not extend to accidental damage.",
    "The policy does not cover water damage.",
    "The plan does not include dental care.",
    "The study did not include children under 12.",
    "The policy does not provide paid leave for interns.",
    "The agreement doesn't give employees stock options.",
    "The data do not show a significant effect.",
    # no / none / not as content
    "No, the device cannot be used outdoors.",
    "No, it is not waterproof.",
    "None of the patients withdrew.",
    "No refund is given for late returns.",
    "No side effects were reported.",
    "No incidents were recorded last year.",
    "No discount is offered on bundles.",
    "Refunds are not given after 30 days.",
    "Dogs are not listed as approved service animals.",
    "Water damage is not covered by the policy.",
    "Salaries are not disclosed to other employees.",
    "The drug is not indicated for children under six.",
    "There is no evidence that the vaccine causes autism.",
    "There is no fee for the first withdrawal.",
    "There's nothing to worry about.",
    "Nothing in the policy prevents you from working remotely.",
    "Nvidia does not sell the H100 in Japan.",
    "It is not clear that demand will fall, but supply is growing.",
    "Employees do not report to HR directly.",
    "Patients in the study did not mention pain after surgery.",
    "Items listed in the guide do not include batteries.",
    "The kit doesn't contain batteries.",
    "I don't recommend using the old charger.",
    "We do not offer refunds on gift cards.",
    "We don't ship to Alaska.",
    "You can't tell the difference between the two models.",
    "I don't see why not; the policy allows it.",
    "The cause of the outage is not yet known to engineers, who are investigating.",
    # conditions and advice
    "If the manual doesn't say, ask your dealer.",
    "If there is no information on your model, contact support.",
    "Ask HR if the handbook doesn't cover your case.",
    # plain answers
    "The H100 launched in Japan at 4.7 million yen.",
    "The documents describe CoWoS capacity constraints at TSMC.",
    "The handbook gives employees 25 days of leave.",
    "The report lists three causes: demand, supply and price.",
    "The guide covers installation, maintenance and disposal.",
    "The passage explains that the bridge opened in 1932.",
    "",
    # round four: "no <compound> <information noun>" from a text that also does things (policy,
    # contract) or from no text; written sources that are also objects (annexe, attachment,
    # enclosure, supplement, update)
    "The policy has no excess amount for glass claims.",
    "The contract has no end date.",
    "The plan has no monthly data limit.",
    "The bike has no frame serial number.",
    "The station has no ticket office phone number.",
    "The annexe has no lift.",
    "The annexe doesn't have a lift.",
    "The attachment doesn't include a blade.",
    "The supplement doesn't contain iron.",
    "The enclosure doesn't have a cooling fan.",
    "The update doesn't include the battery fix; that ships in version 4.2.",
    "The handout doesn't say to bring a calculator — it says calculators are provided.",
    "The overview lists no restriction on the date of travel.",
    "The synopsis says no ending was filmed.",
    "It isn't covered by the warranty once the seal is broken.",
    # ... and for the asked subject itself (named again, or the contrast is the value)
    "The leaflet doesn't give a separate dose for children; it says children take the adult dose.",
    "The leaflet doesn't give a dose for children; it gives the same dose for children as for adults.",
    "The manual doesn't give a torque for the M8 bolt — it gives 12 Nm for the M8 bolts on the stem.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_are_recognised(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_refusals(text):
    assert find_abstention(text) is None, (text, find_abstention(text))


# A bare "That isn't covered." answers a question about coverage (a yes/no question, or one that
# names the verb) and declines any other: the pronoun then stands for the asked information.
QUESTION_REFUSALS = [
    ("What is the boiling point of the solvent?", "That isn't covered."),
    ("How many seats does the ferry have?", "It's not covered, I'm afraid."),
    ("When was the bridge last inspected?", "Sorry, that isn't recorded."),
    ("Who designed the festival logo?", "That's not documented."),
    ("What is the half-life of the tracer?", "Not reported."),
    ("Which firmware version added Bluetooth support?", "That isn't included."),
    ("How long is the warranty on the heat pump?", "Unfortunately that is not covered anywhere."),
    ("What was the dropout rate in the placebo arm?", "Those aren't shown."),
    ("What is the maximum load of the shelf bracket?", "That is not covered at all."),
    ("To which address should appeals be sent?", "That isn't covered."),
    ("In which year was the school founded?", "This isn't documented."),
    ("What's the tuition fee for part-time students?", "Not covered, sorry."),
    ("How much sugar goes into the glaze?", "That wasn't included here."),
    ("What torque does the crank bolt need?", "That isn't covered — the torque table has no crank bolt value."),
]
QUESTION_ANSWERS = [
    ("Is flood damage covered?", "No, flood damage isn't covered."),
    ("Is flood damage covered?", "That isn't covered."),
    ("Does the warranty cover the battery?", "It's not covered."),
    ("Can I claim the taxi fare home after the client dinner?", "That isn't covered."),
    ("Which dental treatments does the basic plan cover?", "Those aren't covered."),
    ("Is breakfast included in the room rate?", "No, it isn't included."),
    ("What is included in the starter kit?", "That isn't included."),
    ("Tell me whether contact lenses are covered.", "They aren't covered."),
    ("What are the inclusion criteria for the trial?", "That isn't included."),
    ("How much does the insurer pay for wear and tear?",
     "It isn't covered: the policy excludes damage caused by wear and tear."),
    ("What is the reimbursement for a motorcycle?", "That isn't covered, so you pay the costs yourself."),
    ("What does a screen repair cost?", "It isn't covered by the warranty once the seal is broken."),
    ("What is the price of the charger?", "The charger isn't included."),
    ("Are pets allowed in the cabins?", "Pets are not covered by the cabin rules; only assistance dogs are."),
]


@pytest.mark.parametrize("question, text", QUESTION_REFUSALS)
def test_bare_not_covered_declines_a_question_about_something_else(question, text):
    assert is_abstention(text, question=question), (question, text)


@pytest.mark.parametrize("question, text", QUESTION_ANSWERS)
def test_not_covered_answers_a_question_about_coverage(question, text):
    assert find_abstention(text, question=question) is None, (question, text)


@pytest.mark.parametrize("question, text, phrase", [
    ("What is the boiling point of the solvent?", "That isn't covered.", "That isn't covered"),
    ("Who designed the logo?", "Sorry, that's not documented.", "that's not documented"),
    ("How many seats?", "Not covered, I'm afraid.", "Not covered"),
    (None, "Sorry, that isn't listed.", "that isn't listed"),
    (None, "That isn't covered — the torque table has no crank bolt value.",
     "the torque table has no crank bolt value"),
])
def test_bare_not_covered_phrase(question, text, phrase):
    assert find_abstention(text, question=question) == phrase


def test_scorer_passes_the_question():
    from pathlib import Path

    from evalkit import load_target
    from evalkit.scoring import build_context, score_answer

    target = load_target(Path(__file__).resolve().parents[1] / "golden" / "gpu-supply" / "suite.yaml")
    scoring = target.config.scoring.model_copy(update={"embeddings": False})
    target = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    # u1 asks the H100's launch price in Japan: "that isn't covered" declines it
    assert score_answer(target, "u1", "That isn't covered.", build_context(target)).abstained


def test_counts():
    assert len(REFUSALS) >= 100 and len(NEAR_MISSES) >= 50
    assert len(set(REFUSALS)) == len(REFUSALS) and len(set(NEAR_MISSES)) == len(NEAR_MISSES)


@pytest.mark.parametrize("text, phrase", [
    ("The handbook has nothing on parental leave.", "The handbook has nothing"),
    ("No figure is given in the report.", "No figure is given"),
    ("Sorry, the handbook doesn't cover that.", "the handbook doesn't cover"),
    ("The document doesn't say, but it is probably around 5 kg.", "The document doesn't say"),
    ("I couldn't find that in the documents.", "I couldn't find"),
    ("The handbook doesn’t say.", "The handbook doesn’t say"),   # the phrase as written, curly apostrophe
    ("The report is silent on executive pay.", "The report is silent on"),
    ("There is no information about the launch price.", "There is no information"),
])
def test_phrase_is_the_refusal(text, phrase):
    assert find_abstention(text) == phrase


def test_extra_phrasings():
    text = "That is above my pay grade."
    assert find_abstention(text) is None
    assert find_abstention(text, [r"above my pay grade"]) == "above my pay grade"
    assert is_abstention("NO COMMENT.", [r"\bno comment\b"])


_NOUNS = ["document", "guide", "manual", "handbook", "policy", "report", "summary", "FAQ", "datasheet",
          "brochure", "article", "passage", "study", "contract", "specification", "website", "leaflet"]
_VERBS = ["say", "state", "mention", "specify", "list", "indicate", "discuss", "address", "describe", "explain"]
_FACTS = ["no price rise is planned", "the device is not waterproof", "nothing has changed since 2021",
          "there was no significant difference", "no refunds are given after 30 days", "none of the staff left",
          "the office is closed on Sundays", "you should not use bleach", "no data were lost",
          "the fee is not refundable", "no one was injured", "the plant will not close"]
_WRAP_BEFORE = ["", "Sorry, ", "Unfortunately, ", "I'm afraid ", "Thanks for the question. ", "Hmm, "]
_WRAP_AFTER = ["", " Please check with HR.", " You may want to contact support.", " Sorry about that.",
               " I hope that helps."]
_OBJECTS = ["", " whether refunds are possible", " how long it takes", " the exact figure", " anything about pricing",
            " the deadline", " when it opens"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NOUNS), st.sampled_from(_VERBS), st.sampled_from(_OBJECTS),
       st.sampled_from(["doesn't", "does not", "doesn’t", "did not"]),
       st.sampled_from(_WRAP_BEFORE), st.sampled_from(_WRAP_AFTER))
def test_wrapped_refusal_stays_a_refusal(noun, verb, obj, neg, before, after):
    core = f"the {noun} {neg} {verb}{obj}."
    core = core[0].upper() + core[1:] if not before or before.endswith(". ") else core
    assert is_abstention(before + core + after), before + core + after


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NOUNS), st.sampled_from(["says", "states", "notes", "mentions", "explains", "reports"]),
       st.sampled_from(["", "that "]), st.sampled_from(_FACTS), st.sampled_from(_WRAP_AFTER[:3]))
def test_content_sentence_is_never_a_refusal(noun, verb, that, fact, after):
    text = f"The {noun} {verb} {that}{fact}.{after}"
    assert find_abstention(text) is None, text


@given(st.text(max_size=300))
def test_never_raises_and_phrase_is_in_text(text):
    phrase = find_abstention(text)
    assert phrase is None or phrase in text


def test_pattern_compiles_once():
    # the extra phrasings are compiled once per distinct list
    from evalkit.scoring import abstention
    abstention._extra.cache_clear()
    for _ in range(5):
        find_abstention("x", (r"foo",))
    assert abstention._extra.cache_info().misses == 1
    assert re.compile(r"foo")


# -- the run config's extra phrasings --------------------------------------------------------------

def test_config_rejects_an_invalid_phrase_with_its_line(tmp_path):
    from evalkit import InputError
    from evalkit.config import load_config

    path = tmp_path / "run.yaml"
    path.write_text("golden: suite.yaml\nscoring:\n  abstention_phrases:\n    - 'above my pay grade'\n"
                    "    - 'no (comment'\n")
    with pytest.raises(InputError) as info:
        load_config(path)
    (problem,) = info.value.problems
    assert problem.line == 5
    assert "scoring.abstention_phrases.1" in str(problem) and "not a valid regular expression" in str(problem)


def test_scorer_uses_the_configured_phrases():
    from pathlib import Path

    from evalkit import load_target
    from evalkit.scoring import build_context, score_answer

    target = load_target(Path(__file__).resolve().parents[1] / "golden" / "gpu-supply" / "suite.yaml")
    answer = "That is above my pay grade."
    scoring = target.config.scoring.model_copy(update={"embeddings": False})
    plain = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    assert not score_answer(plain, "u1", answer, build_context(plain)).abstained
    scoring = scoring.model_copy(update={"abstention_phrases": (r"above my pay grade",)})
    extra = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    assert score_answer(extra, "u1", answer, build_context(extra)).abstained


# Round five, written after the rules for: any subject with a verb only ever about saying, the
# passive with any subject and a container, measures given, "nothing (here) on", missing from /
# not in it / stops before / only covers, the speaker's search, hedges, markup and apostrophes,
# "but not", and tables. Other domains and shapes than the dev file the rules were measured on.
REFUSALS_5 = [
    # any subject with a verb of saying
    "The kiln log doesn't state the firing temperature for the glaze batch.",
    "The ferry timetable never mentions a winter service.",
    "The club constitution does not specify how many members form a quorum.",
    "Your pension statement doesn't indicate whether the transfer value is guaranteed.",
    "The recipe card doesn't explain what to substitute for buttermilk.",
    "The beekeeping course outline doesn't describe how to treat varroa.",
    "The match programme does not identify who the referee was.",
    # the passive, any subject, a container
    "The maximum altitude the drone can reach under the new firmware isn't stated anywhere.",
    "Whether the observatory is open on cloudy nights is never explained in the visitor notes.",
    "The interest rate applied to overdue balances was not mentioned in the letter from the bank.",
    "The number of lanes at the new pool hasn't been specified in the planning summary.",
    # giving an information noun or a measure
    "The packaging gives no recommended storage temperature.",
    "The spec sheet for the pump provides no flow rate at 3 bar.",
    "The course catalogue lists no start date for the evening class.",
    "The assembly instructions give no torque value for the pedal bolts.",
    # nothing / no word on
    "Nothing in there about what happens if the flight is cancelled.",
    "There's nothing here about the parking arrangements for coaches.",
    "No word on whether the bridge will reopen before summer.",
    "Nothing on the refund process for cancelled lessons, I'm afraid.",
    # missing from, not in, stops before, leaves out
    "The kick-off time is missing from the fixture list.",
    "The vaccination dates aren't in the pet passport copy you uploaded.",
    "The brochure stops before the section on group discounts.",
    "Your extract ends partway through the clause about notice periods.",
    # the speaker's search
    "I went through the whole handbook twice and came up empty on the dress code.",
    "I looked through every page of the manual and didn't see a reset procedure anywhere.",
    "I scanned both leaflets but couldn't spot a closing time.",
    "We checked the minutes and didn't come across any mention of the budget vote.",
    "I searched the release notes and drew a blank on the memory leak fix.",
    # hedges and wrappers
    "As far as I can see, the tenancy pack doesn't say who maintains the garden.",
    "I don't believe the syllabus mentions a resit policy.",
    "Honestly, I might be wrong, but the itinerary doesn't list a return flight time.",
    "You'd have to ring the surgery — the leaflet doesn't give their weekend hours.",
    "It would be worth asking the coach, since the club rules don't mention a minimum age.",
    # markup and typing
    "**Not stated** in the documents.",
    "- Battery life: _not specified_\n- Charging time: _not specified_",
    "> I couldn't find the answer in the provided manual.",
    "the timetable doesnt show sunday trains",
    "i cant see anything about parking in the venue info",
    "## Answer\nThe documents don't cover the visa requirements.",
    # but not / only
    "The notes cover the first three movements but not the finale.",
    "The guide only describes the summer route, so it doesn't help with winter access.",
    "The errata sheet gives the corrected figures for Table 2 but doesn't give any for Table 3.",
    "The leaflet lists the ingredients, but the allergen information isn't there.",
    # a table
    "| Detail | Stated in the brochure? |\n|---|---|\n| Departure time | No |",
    # more shapes
    "There isn't a figure for that in the annual report.",
    "Neither the ticket nor the confirmation email says which platform to use.",
    "The dosage for cats is not in the leaflet, which only covers dogs.",
    "Can't see a deadline for the essay anywhere in the course handbook.",
]

NEAR_MISSES_5 = [
    "The insurance doesn't cover hearing aids.",
    "The membership doesn't include towel hire.",
    "The recipe doesn't use any eggs.",
    "The ferry doesn't run on Christmas Day.",
    "There's no charge for children under five.",
    "No booking is required for the guided walk.",
    "The museum says photography is not permitted in the east gallery.",
    "The letter states that no further payment is due.",
    "Nothing is due until the end of the month.",
    "Nothing about the schedule has changed since March.",
    "The report found nothing unusual in the samples.",
    "I checked the timetable: the last train leaves at 23:40.",
    "I can't see any reason not to; the rules allow two guests per member.",
    "The lease doesn't permit pets.",
    "The spa doesn't open until 10:00.",
    "The vest isn't listed as protective equipment; it's listed as clothing.",
    "The pool only allows lane swimming before 9 am.",
    "The guide only recommends the northern route in winter.",
    "The warranty only covers the motor, not the battery.",
    "The schedule doesn't list Sunday as a working day.",
    "The score doesn't mark a repeat here; it goes straight to the coda.",
    "The form is missing a signature, so it will be returned to you.",
    "The bolt is missing from the kit; the supplier will post one.",
    "The article stops short of blaming the council.",
    "The report ends with a list of recommendations.",
    "The tour only goes as far as the old mill, then returns by the river.",
    "No, the manual says the filter never needs replacing.",
    "The brochure says nothing has changed in the pricing.",
    "The statement shows no interest charged this month.",
    "There's nothing to pay at the door.",
    "The ticket doesn't include a seat reservation.",
    "The kit doesn't provide any batteries.",
    "The hotel gives no discount for stays under three nights.",
    "The trail has no maximum group size.",
    "Not mentioned as a risk — the leaflet calls it a common, mild side effect.",
    "The leaflet doesn't say to stop taking it; it says to reduce the dose.",
    "I don't think the bus stops there any more; the timetable shows it skipping Elm Street.",
    "We don't see patients without an appointment.",
    "I didn't notice any difference in taste.",
    "Sadly the café has no vegan options.",
    "Nothing: entry to the gallery is free.",
    "The handbook says no one may work more than 48 hours a week.",
    "- Parking: free\n- Lockers: none\n- Towels: £2",
    "| Room | Wheelchair access? |\n|---|---|\n| Studio 2 | No |",
    "dont worry, the shop isnt charging for delivery",
]

# found by probing the rules after the lists above: a wh-object after "list", truncation verbs in
# other forms, "mum on", "not a word", a phrasal verb of saying around its object
REFUSALS_5_PROBED = [
    "The rota doesn't list who's on call at weekends.",
    "Your notes cut off before the results section.",
    "The press release is mum on the launch date.",
    "There's not a word in the contract about pets.",
    "The report doesn't break the figures down by region.",
]

# found by probing the rules after the lists above: verbs that also report a finding or an act,
# measures shown by instruments or set by plans, adjuncts after "but not"
NEAR_MISSES_5_PROBED = [
    "The tests didn't indicate an infection.",
    "The inspection did not identify structural defects.",
    "The council did not address the complaints until June.",
    "The thermometer doesn't show a temperature above 40 degrees.",
    "The router provides no speed limit for guests.",
    "The plan doesn't set a limit on claims.",
    "The contract doesn't set a minimum term.",
    "The summary lists revenue and profit, but not in euros.",
    "The report mentions the merger but not as a risk.",
    "No, the seller didn't mention any defects, and the survey found none.",
    "The battery isn't in it; it ships separately, the listing says.",
    "There's not much difference between the two plans.",
    "The film cut off before the ending because the power failed.",
]

# the question decides: a subject that names no text, negated with a verb of saying, declines
# unless the question asks what that subject said; a bare "that isn't covered" followed by what
# the texts only give declines a question about something else
QUESTION_REFUSALS_5 = [
    ("When is the next board meeting?", "The chair didn't say."),
    ("How long does the glue take to cure?", "The tube doesn't specify a curing time."),
    ("What is the weight limit for cabin bags?", "That isn't covered — the conditions only list the bag dimensions."),
    ("Which bus goes to the stadium?", "That's not documented. The guide only gives the tram routes."),
    # found by probing: a subject the question is not about is a source
    ("Why was the budget cut?", "The minister did not explain why the budget was cut."),
    ("Does the plant tolerate frost?", "The care card doesn't mention frost."),
    ("When will the chair announce the results?", "The chair didn't say."),
]
QUESTION_ANSWERS_5 = [
    ("Did the chair address the noise complaints?", "The chair didn't address the noise complaints."),
    ("What did the inspector mention about the wiring?", "The inspector didn't mention the wiring."),
    ("What does the guide describe at the castle?", "The guide only describes the towers and the moat."),
    ("Is the minibar included?", "It isn't included — the rate only covers the room."),
    ("How much does the plan pay for glasses?", "That isn't covered: the plan only covers eye tests."),
    # found by probing: a subject the question is about is its topic, not a source
    ("Did the patient have chest pain?", "The patient did not describe any chest pain."),
    ("What did the patient complain of?", "The patient did not describe any pain."),
]


@pytest.mark.parametrize("text", REFUSALS_5)
def test_round_five_refusals(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", NEAR_MISSES_5)
def test_round_five_near_misses(text):
    assert find_abstention(text) is None, (text, find_abstention(text))


@pytest.mark.parametrize("text", REFUSALS_5_PROBED)
def test_round_five_probed_refusals(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", NEAR_MISSES_5_PROBED)
def test_round_five_probed_near_misses(text):
    assert find_abstention(text) is None, (text, find_abstention(text))


@pytest.mark.parametrize("text, phrase", [
    # the phrase is the one written, whatever was undone to read it
    ("i dont see the deadline in the tax letter", "i dont see"),
    ("theres no info on what the boss drops, sorry", "theres no info"),
    ("**Answer:** The source doesn\u2019t specify this.", "The source doesn\u2019t specify"),
    ("* Germination time \u2014 _not mentioned_", "not mentioned"),
    ("| Question | Found in docs? |\n|---|---|\n| Max dose for under-12s | No |", "No"),
])
def test_round_five_phrase_as_written(text, phrase):
    assert find_abstention(text) == phrase


@pytest.mark.parametrize("question, text", QUESTION_REFUSALS_5)
def test_round_five_refusals_with_the_question(question, text):
    assert is_abstention(text, question=question), (question, text)


@pytest.mark.parametrize("question, text", QUESTION_ANSWERS_5)
def test_round_five_answers_with_the_question(question, text):
    assert find_abstention(text, question=question) is None, (question, text, find_abstention(text, question=question))


# Round six, written after the rules for: a text lacking the asked thing by structure (verbs of
# extent and record, "make no statement", "is mute on", "not something I can confirm from it",
# "not enough in X to work out", "doesn't appear to be in", "covers only", a subject shared with
# the clause before, passives of phrasal verbs of saying, a pronoun not in any text), and for the
# answers that open with a negated saying (a reason about the world, the text's statement after an
# indefinite object, a doubt about a stated clause, "but not" inside what the text says). Other
# domains and wordings than the dev files.
REFUSALS_6 = [
    # verbs of extent and record with a text
    "The boarding pass doesn't capture which gate the flight leaves from.",
    "The match report doesn't capture who took the corner.",
    "The booklet doesn't capture how the prize draw is judged.",
    "My documents don't extend to the 2026 season.",
    "The sources I was given don't stretch to that.",
    "The materials you shared don't reach as far as the 2019 figures.",
    "The transcript doesn't go as far as giving the final score.",
    "The press release doesn't go as far as naming the new chief executive.",
    "The guide stops short of giving a recommended tyre pressure.",
    "The notes end before the Q&A section.",
    # saying nouns after "make"; "mute"/"mum" with any subject
    "The club bylaws make no reference to guest passes.",
    "The risk assessment makes no statement on lone working.",
    "The label makes no mention of allergens.",
    "The warranty card is mute about accidental damage to the screen.",
    "The delivery note is mum about the installation date.",
    "The course outline doesn't seem to be clear on whether the final essay is compulsory.",
    # the speaker, and what is not enough
    "It's not something I can determine from the syllabus.",
    "The ingredients list isn't something I can get the sugar content from.",
    "The seed packet covers only spring sowing, so autumn timing isn't something I can confirm.",
    "Sorry, there's not enough in the safety leaflet to work out a safe dose for a child.",
    "There isn't enough in the tender documents to calculate the total contract value.",
    "Without the second page of the lease I can't give you the notice period.",
    "I went through the rota and found no names for the Sunday shift.",
    "I searched the handbook for 'overtime' and found no figures.",
    # not in it, only covers, a subject shared with the clause before
    "The exhibitor guide shows the hall layout, but the stand number for our company isn't on it.",
    "The pricing for bulk orders doesn't seem to be in the catalogue.",
    "That's not in the tenancy pack, I'm afraid.",
    "That's not in the prospectus.",
    "The library guide I have covers only weekday opening, so I'd suggest phoning the front desk about Sundays.",
    "The product page lists the capacity (2 litres) but provides no wattage figure.",
    "The plan lists the phases but doesn't give a completion date.",
    "The documents focus on installation and maintenance; troubleshooting error E7 isn't among the things they cover.",
    # passives: phrasal verbs of saying, answered / recorded in a text, a value given
    "Whether the hostel has lockers is never touched on in the booking confirmation.",
    "The question of who owns the boundary fence is not answered in the survey report.",
    "The name of the caterer was never recorded in the event notes.",
    "We have the meeting notes, but the venue for the next meeting was never written down.",
    "No renewal fee is given for the permit.",
    "No closing date is given for the scholarship application.",
    "No details available from the sources.",
    "Not answered in the FAQ.",
    "Not stated in the lease.",
    # any verb with an indirect question from an informational text; omission; neither ... nor
    "The itinerary doesn't capture whether meals are included on day three.",
    "The FAQ skips over the question of refunds for partial months.",
    "Neither the invoice nor the receipt shows the VAT number.",
    "The tariff sheet gives no standing charge.",
    # a reason or a statement that is itself about the texts keeps the refusal
    "The report doesn't list the budget because the appendix with the figures wasn't included.",
    "I can't tell you the rent because the agreement only covers bands A to C.",
    "The handbook doesn't state how many days of leave carry over. It says leave must be approved by a manager.",
    "The guide doesn't give a price. It says to contact the dealer.",
    "The guide doesn't give the dose for children because it is written for adults.",
    # found by probing after the lists above: a text stopping mid-way, "speaks to" after a
    # relative with "you've", omitting a value, "didn't make it into", "can't speak to"
    "The excerpt stops mid-sentence, so the final rule isn't visible to me.",
    "Sadly, nothing in the materials you've provided speaks to the cancellation policy.",
    "The newsletter skips the results of the vote entirely.",
    "The lab report omits the sample temperature.",
    "That detail didn't make it into the summary.",
    "I can only see information about the 2023 season, so I can't speak to the 2024 prices.",
    # "reach" inside the subject is no verb of extent
    "The altitude the glider can reach is not stated anywhere.",
]

NEAR_MISSES_6 = [
    # a reason about the world: there is no such thing, or it varies
    "The boarding pass doesn't list a gate because gates are assigned two hours before departure.",
    "The kettle doesn't have a filter because the spout is open; you descale it with vinegar instead.",
    "The hob doesn't list a timer because it has no electronics; it is a gas hob with manual knobs.",
    "I can't give one price because it depends on the size: £12 for small and £18 for large.",
    "I can't give a single figure because the toll depends on the vehicle: £3 for cars and £8 for lorries.",
    "The contract doesn't list a penalty because late payment is handled by the bank: it charges 2% a month.",
    "The fee isn't mentioned because there isn't one: entry is free.",
    "The handbook doesn't list a dress code because there isn't one; staff wear what they like.",
    "The handbook doesn't name a deputy because the role was abolished in 2022.",
    "The guide doesn't give a single opening time because it varies: 9 am in summer and 10 am in winter.",
    # the text's statement after an indefinite object
    "The lease doesn't specify a fixed rent. It states that the rent rises each April with inflation.",
    "The membership doesn't specify an end date. It states that it rolls over each month until cancelled.",
    "The spec doesn't state a minimum age. It says that anyone with a valid licence may rent the van.",
    # "but not" inside what the text says; a text reporting what cannot be known
    "The manual explains eco mode: it lowers the temperature but not the fan speed.",
    "The guide describes night mode: it dims the screen but not the keyboard.",
    "The guideline says there is not enough evidence to support taping the ankle, so it advises against it.",
    "The review says there is insufficient evidence to recommend fish oil for joint pain.",
    "The FAQ says the exact delivery date cannot be confirmed at checkout; it is emailed once the order ships.",
    "The manual says the final weight cannot be determined until the tank is filled.",
    # doubt about a stated clause, then the answer
    "I'm not sure there's a better way to say it: the deposit is non-refundable.",
    "I'm not sure there's an easier way to explain it: the fine is £60, halved if paid in 14 days.",
    "I'm not sure it matters, but the meeting starts at 9:30.",
    # extent, record and saying nouns with content
    "The visa doesn't extend to working in the country.",
    "The warranty doesn't extend to water damage.",
    "The bus doesn't go as far as the harbour; it terminates at the station.",
    "The plan doesn't reach net zero until 2040.",
    "The song was never recorded.",
    "The menu makes no claim that the dishes are gluten-free.",
    "The ferry makes no stops between Oban and Craignure.",
    "We found no evidence of mould when we inspected the flat.",
    "I found no fault with the wiring.",
    "It's not something I can find fault with: the guide is clear that the fee is £30.",
    "The loan isn't something I can recommend for a first-time buyer.",
    "The guide never says no to dogs: they are welcome on a lead.",
    "The notice covers only routes 4 and 7; route 9 is unaffected.",
    "There isn't enough room in the van to take all the chairs.",
    "That isn't in the kit.",
    "The battery isn't in the kit; order it separately.",
    "No fee is charged for the first visit.",
    # found by probing: a refusal is unconditional; a value left out of a contract is none
    "The clinic doesn't record whether you attended unless you check in at the desk.",
    "The manual doesn't mention the warranty until the last page, where it gives two years.",
    "The contract lacks a minimum term.",
    "The manual doesn't give a torque because the bolts are hand-tightened only.",
    "The timetable doesn't list Sunday trains because there are none on this line.",
    "The bus skips the stop at Elm Street on Sundays.",
]


@pytest.mark.parametrize("text", REFUSALS_6)
def test_round_six_refusals(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", NEAR_MISSES_6)
def test_round_six_near_misses(text):
    assert find_abstention(text) is None, (text, find_abstention(text))


@pytest.mark.parametrize("text, phrase", [
    ("The transcript doesn't capture what the witness said.", "The transcript doesn't capture"),
    ("That's not in the notice. Try the council.", "That's not in the notice"),
    ("The timetable shows weekday buses but provides no Sunday times.", "provides no Sunday times"),
    ("Not covered.", "Not covered"),
    ("The manual makes no statement about 240 V supplies.", "The manual makes no statement"),
])
def test_round_six_phrase_as_written(text, phrase):
    assert find_abstention(text) == phrase


# Without the question, a bare "That isn't covered." declines (an answer about coverage names
# what is covered or says more); a question about coverage still makes it an answer, as does one
# asking whether something is in a text for "That's not in the policy."
@pytest.mark.parametrize("question, text, refusal", [
    (None, "Not covered.", True),
    (None, "That isn't covered.", True),
    (None, "It's not included.", True),
    (None, "It isn't covered: the policy excludes damage caused by wear and tear.", False),
    ("Is flood damage covered?", "Not covered.", False),
    ("What is the excess for glass claims?", "That's not in the policy.", True),
    ("Is flood damage covered?", "That's not in the policy.", False),
    ("Are dogs allowed on the ferry?", "That's not in the notice.", False),
    ("When does the ferry leave?", "That's not in the notice.", True),
])
def test_round_six_bare_answers_and_the_question(question, text, refusal):
    assert (find_abstention(text, question=question) is not None) is refusal, (question, text)


# Round seven: written before the rules below were coded, in domains unlike the dev files
# (astronomy, beekeeping, chess, veterinary, music, tax, brewing, archaeology, sailing, ...).
# Shapes: the anticipatory "it" with an indirect question ("It isn't said which telescope ..."), a
# clause without a subject after "and"/"but" sharing a text subject ("... and don't go as far as
# explaining"; "but nowhere gives the collection date"), "neither (one) gives <a value>" after the
# texts were named, how far back a text goes, "not answerable", a compound information noun after
# "include", "gives A but not <a value>", a value given "for X in the safety sheet".
REFUSALS_7 = [
    "It isn't said which telescope took the image.",
    "It's not specified how often the hives should be inspected in spring.",
    'It is never explained why the referee disallowed the goal.',
    'It was not mentioned what grade of diesel the generator needs.',
    'The logbook has no entry for the engine hours on that flight.',
    "There is no record of the ship's tonnage in the registers you sent.",
    "The chess annotations cover the opening in depth and don't go as far as explaining the endgame plan.",
    "The vet's notes describe the vaccinations and never give the dog's weight.",
    "The tax guide explains allowances but doesn't go as far as giving the filing deadline.",
    "The itinerary doesn't include a departure time for the return ferry.",
    "The brewing notes don't include a mash temperature for the stout.",
    "The archive catalogue doesn't go back that far; it starts in 1850.",
    'Not answerable from the excerpt.',
    'Not answerable based on the documents.',
    'I read both the rulebook and the FAQ; neither gives the minimum age for juniors.',
    'I checked the manual and the datasheet, and neither one gives the fuse rating.',
    'The sailing guide mentions the harbour but nowhere says what the mooring fee is.',
    'The herbarium entry names the species but nowhere gives the collection date.',
    'The club rules do not detail what counts as a late entry.',
    'The planning application does not spell out how tall the extension will be.',
    "The museum leaflet doesn't say when the east wing reopens.",
    'Nothing in the programme notes says who conducted the premiere.',
    'The recipe card is silent on whether the flour should be sifted.',
    "I couldn't find the venue's capacity anywhere in the material.",
    'The dig report gives the trench depth but not the date of the coin hoard.',
    "There's no mention of a resting time for the dough.",
    'No boiling point is given for the solvent in the safety sheet.',
    'The excavation summary makes no mention of the pottery count.',
    'Whether the fossil was dated by radiocarbon is not stated in the paper.',
    "The timetable doesn't show what time the last bus leaves on Sundays.",
    'Neither the syllabus nor the handbook specifies the pass mark for the viva.',
    "The insurance schedule doesn't state the excess for windscreen claims.",
    "The provided bulletin doesn't give the storm's wind speed.",
    "I'm afraid the text gives no indication of who painted the mural.",
    "The engineering drawing doesn't indicate what tolerance applies to the bore.",
    "That isn't something the beekeeping guide goes into.",
    'The release notes skip over which versions of the driver are supported.',
    "The minutes record the motion and don't include who seconded it.",
    "The orchestra's website stops short of naming the new principal cellist.",
]
# still missed: a value noun outside the closed classes ("tempo marking", "sample temperature" after
# "include" from a text that also does things), "don't go back to <a point>"
REFUSALS_7_MISSED = [
    'The score lists the instrumentation but nowhere gives the tempo marking.',
    "The lab report doesn't include a sample temperature for batch 3.",
    "The match records don't go back to the club's founding.",
]
# answers: a stated value and a declined detail of it ("whether that includes ...", "what time of
# day, though"), a report frame ("According to the register, ..."), "doesn't cover just X", a
# contrast opened by "in fact"/"actually", a reason about the world ended by a dash
NEAR_MISSES_7 = [
    "The logbook shows 1,240 engine hours; it doesn't say whether that includes ground runs, though.",
    "The filing deadline is 31 January. The guide doesn't say what time of day, though.",
    "The dose is 5 ml twice a day; the leaflet doesn't mention whether that applies to children under six.",
    "The mooring fee is £25 a night, though the guide doesn't say if that covers electricity.",
    'According to the match report, the second half was not televised.',
    'According to the register, the ship was not insured.',
    "The rulebook doesn't cover just seniors: it applies to juniors as well.",
    "The warranty doesn't only cover the motor; the battery is included too.",
    "The leaflet doesn't just list the times - it gives the platform for each train.",
    "It isn't stated anywhere that you must book — actually the guide says walk-ins are welcome.",
    "It's not mentioned that a deposit is needed; in fact the terms say no deposit is taken.",
    'The recipe gives no resting time because the dough is baked straight away at 220C.',
    'The manual gives no fuse rating because the unit has no fuse; it uses a resettable breaker.',
    'The tax office does not accept paper returns after October.',
    'The referee did not disallow the goal.',
    'The telescope was not used after 1998.',
    'No samples were lost during transport.',
    'The hive was not inspected in March because of frost.',
    'The vet did not give the dog any antibiotics.',
    'The guide says the summit is not accessible in winter.',
    'The syllabus says the viva is not assessed.',
    'Juniors are not charged a fee; the rulebook waives it for under-16s.',
    'The museum is not open on Mondays.',
    'The pass mark is 40%, and resits are not capped.',
    'Nothing was found in the trench below 2 metres.',
    'The generator needs ultra-low-sulphur diesel; nowhere else is a grade given as an alternative, so use that.',
    'The conductor of the premiere was not Mahler but Bruno Walter.',
    'The timetable shows the last Sunday bus leaves at 22:40.',
    'The painting is not signed, but the catalogue attributes it to Vermeer.',
    'The itinerary includes a 09:15 departure for the return ferry.',
    'The club does not record late entries separately; they count as normal entries with a £5 fee.',
]


@pytest.mark.parametrize("text", REFUSALS_7)
def test_round_seven_refusals(text):
    assert is_abstention(text), text


@pytest.mark.xfail(strict=True, reason="value nouns outside the closed classes; 'go back to <a point>'")
@pytest.mark.parametrize("text", REFUSALS_7_MISSED)
def test_round_seven_still_missed(text):
    assert is_abstention(text), text


@pytest.mark.parametrize("text", NEAR_MISSES_7)
def test_round_seven_near_misses(text):
    assert not is_abstention(text), text


# written after the rules, to probe their edges
@pytest.mark.parametrize("text, refusal", [
    ("The manual gives 3 sizes; it doesn't say which suits a child.", True),        # nothing points back
    ("Standard delivery takes 3 days; the page doesn't say how long express takes, though.", True),
    ("According to the notes, the price isn't stated.", True),     # the frame's clause is about information
    ("According to the leaflet, no booking is required.", False),
    ("The fare is 4 euros; the timetable doesn't say whether that is per zone.", False),
    ("It was not explained whether the ferry runs in winter.", True),
    ("It is not known why the bridge collapsed.", False),           # what the world does not know
    ("The kit doesn't include just the tent; poles and pegs come too.", False),
    ("The contract gives the start date but not the notice period.", True),
    ("The lease gives the rent but not in euros.", False),
    ("According to the FAQ:\n\n- **Never** give two doses to catch up.", False),   # a command
])
def test_round_seven_edges(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, phrase", [
    ("It isn't stated who won the 1998 final.", "It isn't stated"),
    ("The report focuses on revenue and margin and doesn't go as far as giving the number of stores.",
     "doesn't go as far as"),
])
def test_round_seven_phrase_as_written(text, phrase):
    assert find_abstention(text) == phrase


# round 10: classes of the refusals6 dev misses, probed with examples written after the rules
@pytest.mark.parametrize("text, refusal", [
    # a reason the text itself gives ("according to ...", "as it explains") is about the world
    ("The rules don't set a minimum age because the race is open to everyone, according to the entry form.",
     False),
    ("The minutes don't record a vote because, as they make clear, the motion was withdrawn.", False),
    ("No closing time is listed because the reading room has been shut since March, as the website notes.",
     False),
    ("The guide doesn't give opening hours because it was written before the museum opened.", True),
    ("The minutes don't record a vote, as the chair says.", True),          # no reason: still declines
    # the text's own statement after it, in any agreement or with an emphatic "do"
    ("The leaflets don't say Monday; they give the collection day as Thursday.", False),
    ("The brochures don't say much, but they do state the ferry leaves at 7.", False),
    ("The leaflets don't say which bin takes glass.", True),
    # "there is no X <participle>": a reduced passive of saying
    ("There is no closing date listed for the scholarship.", True),
    ("There was no boiling point given in the safety sheet.", True),
    ("There is no refund given for late returns.", False),                  # content: no refund
    ("There were no side effects reported.", False),
    ("There is no record of the vote in the minutes.", True),
    ("There is no record that anyone objected.", False),
    # "leaves X un-<said>" with a long object; un- + a participle of saying
    ("The manual leaves the torque setting for the rear wheel bolts unmentioned.", True),
    ("The brochure left the hotel star rating unstated.", True),
    ("The will left the house to her brother unconditionally.", False),
    # an object closed by "either way" / "one way or the other" asks whether
    ("The lease doesn't cover subletting one way or the other.", True),
    ("The handbook does not cover overseas placements one way or another.", True),
    ("The policy does not cover flood damage.", False),
    ("The plan covers dental care one way or another.", False),
    # an answer would be a guess
    ("I would just be guessing if I named a kick-off time.", True),
    ("We'd be speculating about the vintage.", True),
    ("I'm guessing it is about 5 kg.", False),
    ("I'd guess it is about 5 kg.", False),
])
def test_round_ten_classes(text, refusal):
    assert is_abstention(text) is refusal, text


# Round 11 (written after the rules; first run 40/42): the speaker's failed search in any tense or
# aspect, searched in any determined noun phrase; a negative adverbial fronted with inversion; an
# indirect question as the subject of a negated passive; "isn't covered by <texts>"; "but not
# whether / how much" after any text's verb of holding - with near-misses that use the same verbs.
@pytest.mark.parametrize("text,refusal", [
    ("I'm not finding the dosage for children in the package insert.", True),
    ("We haven't spotted a closing date anywhere in the grant call.", True),
    ('I never came across the hull length in the boat listing.', True),
    ("I haven't seen the caterer's name in the wedding pack you forwarded.", True),
    ("I'm not seeing anything about pets in the tenancy paperwork.", True),
    ("I couldn't see whether the appeal was upheld in the tribunal summary.", True),
    ("I can't see how much the membership costs from the club newsletter.", True),
    ("I wasn't finding the route number in the timetable extract.", True),
    ("I've not located the serial number in any of the scans you sent.", True),
    ('Nowhere in the recipe card is the oven temperature mentioned.', True),
    ('At no point does the court transcript say who called the police.', True),
    ('Nowhere in the programme notes is the conductor named.', True),
    ('At no stage does the climbing guide state the grade of the north face.', True),
    ('In no section of the rule sheet is the penalty for a false start specified.', True),
    ("Whether the hotel offers airport transfers isn't mentioned in the booking confirmation.", True),
    ('How long the glue takes to cure is not stated on the tube.', True),
    ('Whether dogs are allowed on the ferry is not covered in the travel pack.', True),
    ("How many seats the theatre has isn't given in the venue description.", True),
    ("That isn't covered in the staff handbook and the code of conduct you sent.", True),
    ("That isn't included in the guide I was given.", True),
    ('The lab report includes the pH but not whether the sample was filtered.', True),
    ('The brochure covers the cabins and meals but not how much the excursions cost.', True),
    ("I'm not seeing any problem with the wiring diagram.", False),
    ("I couldn't find any reason to doubt the invoice.", False),
    ("I don't see the point in the new parking rule.", False),
    ('I never noticed a difference in taste between the two brands.', False),
    ("I haven't seen any damage in the photos of the roof.", False),
    ("I don't see why the claim would be refused.", False),
    ("I can't see how that would help the tomatoes.", False),
    ('Nowhere in the park are dogs allowed off the lead.', False),
    ('At no point did the referee stop the match.', False),
    ('Nowhere in the kit is a spare battery included.', False),
    ('At no time is the pool left unsupervised.', False),
    ('Whether you qualify depends on your income, the leaflet says.', False),
    ("What you bring isn't covered by the policy.", False),
    ('The policy covers fire and theft but not flood.', False),
    ('The warranty covers the screen but not when it is dropped.', False),
    ('The insurance does not cover flood damage.', False),
    ('The menu says nothing has changed since spring.', False),
    ("I can't recommend more than what the label says: two drops a day.", False),
    ('The contract is not covered by the union agreement; it is a private arrangement.', False),
    ('The tour covers the castle and the gardens but not the museum.', False),
])
def test_round_eleven_structures(text, refusal):
    assert is_abstention(text) is refusal, text


# Round twelve: structures generalised from the refusals7 misses and false refusals, tested on
# examples written after the rules, in other domains and wordings.
@pytest.mark.parametrize("text, refusal", [
    # "nothing" restricted to what was given, with a verb of saying, holding or determining
    ("Nothing I was given settles who owns the patent for the valve design.", True),
    ("Nothing you sent me mentions the ferry's last sailing.", True),
    ("Nothing provided addresses the parking permit question.", True),
    ("Nothing in the lease prevents you from subletting.", False),
    # a text with a negated verb of determining and the asked information
    ("The bylaws don't determine whether the treasurer may serve two terms.", True),
    ("The court did not determine whether the defendant was negligent.", False),
    # predicates of emptiness on a text
    ("The museum leaflet is blank on whether tripods are allowed.", True),
    ("The seed catalogue draws a blank on when to sow the chard.", True),
    ("The signature box on the form is blank.", False),
    # omission with a pronoun object, and the passive of un- + a participle of saying
    ("The timetable leaves that out.", True),
    ("The recipe leaves it out, so there is no garlic in the sauce.", False),
    ("How the votes were counted is left unsaid in the minutes.", True),
    ("The back door was left open overnight.", False),
    ("The safety notes list the hazards but leave the evacuation point unstated.", True),
    # outside what was given, as a whole clause
    ("That's beyond what I was given.", True),
    ("That is outside the scope of these notes, I'm afraid.", True),
    ("Beyond the brochure, the venue's website lists a late bar.", False),
    ("The shop is outside the town centre.", False),
    # the speaker's not knowing or inventing
    ("dunno, the leaflet doesnt say", True),
    ("No idea from the syllabus, sorry.", True),
    ("No idea is too small for the suggestion box.", False),
    ("I'd be making it up if I gave you a launch date.", True),
    ("We'd be making a loss on every ticket.", False),
    ("The bus timetable for Sundays isn't available to me.", True),
    ("The discount isn't available to members under 18.", False),
    ("The winner's name is a mystery as far as these minutes go.", True),
    ("The cause of the fire remains a mystery.", False),
    # information that does not appear in a text (not a thing absent from a register)
    ("The penalty amount never appears in the rulebook.", True),
    ("That figure doesn't come up anywhere in the handout.", True),
    ("The company doesn't appear in the register of approved suppliers.", False),
    # after a text was named: information not in it, an elided verb, a pronoun's compound object
    ("The FAQ mentions refunds. There's no processing time in it anywhere.", True),
    ("The recipe lists the spices. There's no sugar in it.", False),
    ("Is there another leaflet that covers parking? The visitor guide doesn't.", True),
    ("The datasheet describes the pins. They don't include a current rating figure.", True),
    # a negated extent with a saying; information about something offered by anything
    ("The contract wording doesn't go as far as stating who pays the stamp duty.", True),
    ("The warranty card offers no information on battery replacement.", True),
    ("The app provides no guidance on exporting data.", True),
    ("The hotel offers no discount on weekend stays.", False),
    # "the point" is a judgement, "the boiling point" a value
    ("I'm not finding the melting point of the alloy in these tables.", True),
    ("I couldn't see the point in continuing.", False),
    # an elliptic "No X about Y" has no verb of its own
    ("No details about the venue are given in the invitation.", True),
    ("No personal data about visitors is stored after the visit, per the policy.", False),
    # a denied proposition followed by what the text does; the text's statement attributed after
    # it; the asked thing stated after all; a reason the text states
    ("The referee's report doesn't say the goal was offside; it awards the goal and books the defender.", False),
    ("The study doesn't say that the drug failed. It reports a modest benefit in older patients.", False),
    ("The notice doesn't say the pool is closed; it lists reduced hours.", False),
    ("The label doesn't specify a dose; take one tablet every four hours, it says.", False),
    ("The invoice doesn't list a delivery charge, and says explicitly that shipping is included.", False),
    ("The fee isn't given, but the deposit you asked about is £200.", False),
    ("The lease doesn't mention a service charge because the rent, it says, covers all maintenance.", False),
    ("The report doesn't say whether the bridge is unsafe; it only gives the inspection date.", True),
])
def test_round_twelve_structures(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a text with an adjective of no use or thinness on the asked point; any other subject is content
    ("The tenancy pack is unhelpful on whether pets are allowed.", True),
    ("The programme notes are sketchy about who conducted the premiere.", True),
    ("The club handbook is of no help on junior membership fees.", True),
    ("The pizza crust is thin on the edges.", False),
    ("The coach was unhelpful about the injury.", False),
    # a verdict of knowability with a contracted copula; a bare verdict of place in a text
    ("That's not answerable from the fixture list.", True),
    ("That's not available from the club shop.", False),
    ("Nowhere in the syllabus.", True),
    ("Nowhere in the building.", False),
    # the speaker's finding verbs and reading a value off a source; the speaker as a causative's object
    ("I went through the club handbook but couldn't turn up anything about junior fees.", True),
    ("We couldn't turn up any sign of a leak.", False),
    ("I can't read the torque setting off this diagram.", True),
    ("I can't read the handwriting on the delivery note.", False),
    ("The committee minutes leave me unable to tell who voted against.", True),
    ("The knee injury left me unable to play for a month.", False),
    # what is not seen: any noun phrase headed by an information noun; a judgement is a verdict
    ("I can't see a refund amount in the bank statement.", True),
    ("I can't see a good reason to wait.", False),
    # "only X, not <indirect question>" as "X but not ..."; a content "only ..., not ..." stays content
    ("The seminar handout only covers the morning session, not when the afternoon one starts.", True),
    ("The gardening guide only says to water weekly, not how much.", True),
    ("The insurance policy only covers theft, not what happens if you lose the bike.", False),
    ("The guide only says to unplug it, not to switch it off at the wall.", False),
    # an informational text with any verb and an indefinite information noun phrase as object
    ("Neither leaflet puts a number on the parking charge.", True),
    ("The menu doesn't put a price on the specials.", True),
    ("Neither team put a player on the bench.", False),
    ("The memo doesn't change the deadline.", False),
    ("The website doesn't keep a record of your visits.", False),
    ("I didn't read what the report says about fees.", False),
    ("The recipe booklet never tells you how many it serves.", True),
    # after "that isn't covered", what the texts only (just, merely) give; a rule of the text is content
    ("That isn't covered — the club rules just say 'appropriate footwear'.", True),
    ("It isn't covered: the policy simply excludes wear and tear.", False),
    # an adverb between "there's" and "no", after a text was named
    ("The programme leaflet lists the teams. There's simply no kick-off time in it.", True),
    ("The soup is bland. There's simply no salt in it.", False),
    # an inverted pronoun for a text named before, with a verb of saying; a place is content
    ("The league handbook gives the pitch length, but nowhere does it say how wide the goal is.", True),
    ("The town has two car parks, but nowhere does it allow overnight camping.", False),
    # verbs of appearing: information that does not surface in a text
    ("The referee's name doesn't surface anywhere in the match report.", True),
    ("The submarine didn't surface in the harbour.", False),
    # a refusal asked back as a question, then answered, is no refusal
    ("Not given in the brochure? It is: page 4 lists the ferry at 40 minutes.", False),
    ("The brochure doesn't give the crossing time. Could you check the timetable?", True),
])
def test_round_thirteen_structures(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a conjunctive adverb between commas inside a clause is no clause boundary
    ("The tide table gives high water at 07:12. It does not, however, list the evening low.", True),
    ("The lease names the landlord. It does not, in fact, say who pays for repairs.", True),
    ("The recipe, however, says to rest the dough overnight.", False),
    ("The club did not, however, require members to wear helmets.", False),
    # the noun "a blank" (an unknown) placed in a text, with the asked fact as subject
    ("The referee's name is a blank in this match report.", True),
    ("Whether dogs are allowed on the ferry is a complete blank in the timetable.", True),
    ("Box 4 is blank on the form.", False),
    ("The second page is blank in my copy of the contract, so nothing was signed.", False),
    # the subject of "silent on" may be contracted
    ("The bylaws set the quorum. They're silent on proxy votes, though.", True),
    ("It's silent on the question of parking.", True),
    ("It's quiet in the library on Sundays.", False),
    # an object fronted by a cleft is judged as the plain clause
    ("The cookbook lists the ingredients. How long the stew simmers is something the cookbook never mentions.",
     True),
    ("The kick-off time isn't something the fixture list covers.", True),
    ("Goal-line technology is something the rulebook describes in detail.", False),
    ("Fresh herbs are something the recipe calls for.", False),
    ("Late arrival isn't something the venue allows.", False),
])
def test_linking_adverbs_clefts_and_a_blank_in_a_text(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a stranded auxiliary after "but" takes the participle before it (verb-phrase ellipsis)
    ("The ferry's departure time is listed, but its arrival time isn't.", True),
    ("The pastry's oven temperature is stated in the recipe, but the baking time is not.", True),
    ("The plaintiff's name is given (Ms Okafor), but the date of the hearing wasn't.", True),
    # near-misses: a content participle without information, or no ellipsis
    ("Breakfast is included, but dinner isn't.", False),
    ("Goalkeeping gloves are provided, but boots aren't.", False),
    ("The fee is listed, but the deadline isn't until May.", False),
])
def test_stranded_auxiliary_takes_the_participle_before(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question,text,refusal", [
    # a text that lists some things "but no <the asked thing>"
    ("Who referees the final?", "The match programme names both captains and the coaches, but no referee.", True),
    ("What is the sous-chef's salary?", "The staffing sheet lists the head chef's pay and the porters' wages, "
                                        "but not the sous-chef's salary.", True),
    ("When was the vestry built?", "I couldn't find it. The church guide describes the nave and the tower, "
                                   "but no vestry.", True),
    # near-misses: a question that selects among or counts what is absent, a yes/no question, what
    # is absent is not the asked thing, a text that also does things with a verb of holding
    ("Which trains stop at Elm Park?", "The timetable lists the 8:10 and the 9:10, but no trains.", False),
    ("How many penalties were awarded?", "The match report lists two yellow cards but no penalties.", False),
    ("Is there a vestry?", "The church guide describes the nave and the tower, but no vestry.", False),
    ("Who referees the final?", "The programme names the referee, Ms Hale, but no assistants.", False),
    ("What flood damage is covered?", "The policy covers storm damage but not flood damage.", False),
])
def test_asked_thing_left_out_of_a_list(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


# Written after the rule (round 39), in a domain no rule was written on: a craft fair's stallholder
# notice. A text's giving is its saying: "gives X but no <the asked thing>" declines as "lists X but
# no …" does; the near-misses of the test above still answer.
@pytest.mark.parametrize("question,text,refusal", [
    ("What is the electricity charge for a stall?", "The stallholder notice gives the pitch size and the "
                                                    "set-up time but no electricity charge.", True),
    ("What is the gazebo weight limit?", "The craft fair pack supplies a site map and parking details, "
                                         "but no gazebo weight limit.", True),
    ("Is there an electricity charge?", "The stallholder notice gives the pitch size but no electricity charge.", False),
    ("How many stalls sell candles?", "The stallholder notice gives two jewellery stalls but no candle stalls.", False),
])
def test_a_text_that_gives_some_things_but_not_the_asked_one_at_a_craft_fair(question, text, refusal):
    assert (find_abstention(text, question=question) is not None) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # "left off" with the text (or "it" for information) as its object
    ("The tide table gives high water, but the evening low-water time is left off it.", True),
    ("The kick-off time is left off the fixture list.", True),
    ("The guide lists the ferry routes. The crossing time is left off it.", True),
    ("The porch light is left off overnight.", False),
    ("The recipe says to cool the jam. The lid is left off it.", False),
    # a fronted indirect question keeps its comma before "though" / "however" between commas
    ("Where the spare key is kept, though, the tenancy pack doesn't say.", True),
    ("How often the filters need changing, however, the manual simply doesn't cover.", True),
    ("When the gates open, however, the crowd rushes in.", False),
    ("The recipe, however, says to rest the dough overnight.", False),
])
def test_left_off_a_text_and_fronted_questions_before_an_adverb(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question,text,refusal", [
    # the asked fact as the subject, negated, with a predicate of not being perceivable, not being
    # where the answer was sought, or never coming up
    ("What is the boiler's serial number?", "The service sheet is a poor scan, and the boiler's serial number "
                                            "isn't legible to me.", True),
    ("What was the winning time?", "I've opened the results file, but the winning time isn't showing on my end.", True),
    ("How much did the lab charge?", "The invoice lists the tests run. The lab's charge isn't printed anywhere "
                                     "in it, though.", True),
    ("What vintage is the wine?", "The shop's listing gives the grape and the region; the vintage "
                                  "isn't among its details.", True),
    ("When does the pool open?", "The leisure centre timetable covers the gym classes. The pool's opening hours "
                                 "just aren't there.", True),
    ("Is parking included?", "The hotel confirmation sets out the room rate. Whether parking is included never "
                             "comes up.", True),
    # near-misses: a yes/no question, a subject that is not the asked fact, a place that is not a
    # text or the speaker's side, more said after the predicate
    ("Is the summit visible from the car park?", "No, the summit isn't visible from the car park.", False),
    ("Where is the expiry date?", "The expiry date isn't printed on the carton; it is stamped on the lid.", False),
    ("What can walkers see from the ridge?", "The trail guide says the lake isn't visible from the ridge in fog.",
     False),
    ("What happened to the pier?", "The town history says the pier was lost in a storm. The old pier "
                                   "isn't there any more.", False),
    ("Who attended the hearing?", "The court record lists the judge and both counsel; the defendant wasn't "
                                  "present.", False),
])
def test_asked_fact_unseen_or_absent(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text,refusal", [
    # idioms of not knowing (a closed class), and an answer that would be taken from nowhere
    ("Beats me, the tenancy pack never mentions a bin day.", True),
    ("Search me.", True),
    ("Your guess is as good as mine on the kick-off time.", True),
    ("I'd be plucking a price out of thin air.", True),
    # a trace noun with no verb, placed in a text
    ("No trace of a refund deadline anywhere in the booking terms.", True),
    ("Not a hint of the dress code in these notes.", True),
    # a contracted negation of a verb of putting in writing, after a text was named
    ("The match report gives the score. Who took the final penalty wasn't recorded.", True),
    # near-misses: an idiom with more said, a finding about a sample or a place
    ("It beats me how the team came back: the report says they trailed 3-0.", False),
    ("Search me first, the guard said, according to the transcript.", False),
    ("No trace of lead in the water sample.", False),
    ("No sign of damp in the cellar.", False),
    ("The survey found no trace of asbestos in the school.", False),
])
def test_idioms_of_not_knowing_and_trace_nouns(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question,text,refusal", [
    ("How long is the next service interval?", "Going by these pages, the service interval is anyone's guess.", True),
    ("Who wins the derby?", "The pundit in the preview says the derby is anyone's guess.", False),
])
def test_asked_fact_is_anyones_guess(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text,refusal", [
    # a restated question stands for the item's question when none is given
    ("You're asking how many beds the children's ward has. The hospital leaflet gives visiting hours, "
     "but the number of beds on the ward isn't among its figures.", True),
    ("If I read you right, you want the ferry's departure time. The harbour notice lists the bus times; "
     "the ferry's departure time isn't among them.", True),
    # near-misses: an answer after the restatement, a subject that is not the restated fact
    ("You're asking about the hall's capacity. The hall holds 200 people.", False),
    ("You're asking how long the tour lasts. The brochure says two hours; the lunch stop isn't among "
     "its highlights.", False),
])
def test_restated_question_stands_for_the_question(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # cataloguing is a verb of putting in writing; printed information placed in a text (see
    # _FACT_UNSEEN)
    ("The shade names aren't catalogued in the paint brochure.", True),
    ("The tasting menu lists five courses. The price isn't printed in the menu.", True),
    # near-misses: printing as production, not placed in a text
    ("The label isn't printed in colour.", False),
    ("The leaflet is printed on recycled paper.", False),
])
def test_printed_and_catalogued_in_a_text(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # what was given, or a text, as the bounds something lies outside of (verbs of lying somewhere)
    ("The caretaker's phone number lies outside what I've been shown.", True),
    ("That falls beyond the limits of what I was handed.", True),
    ("That's off the edge of what we were supplied.", True),
    ("That sits outside the scope of the tenancy brief.", True),
    # near-misses: a place, a thing lying outside a thing
    ("The car sits outside the garage.", False),
    ("The ball fell off the edge of the table.", False),
    ("The chapel lies outside the village.", False),
])
def test_outside_what_was_given(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a text running out before the point, or a cleft placing where it ends
    ("The timetable runs out before it gets to the bank holiday services.", True),
    ("The transcript leaves off just before naming the witness.", True),
    ("This is where the field notes run dry.", True),
    # a text going quiet (verbs of becoming as the copula); silence adjectives
    ("The tour leaflet goes quiet on the closing time.", True),
    ("The score sheet falls silent after the interval.", True),
    ("The prospectus is tight-lipped about tuition fees.", True),
    # near-misses: things that run out or go quiet
    ("The battery runs out before noon.", False),
    ("The shop ran out of leaflets before noon.", False),
    ("The crowd fell silent after the goal.", False),
    ("That's where the river runs dry.", False),
])
def test_text_runs_out_or_goes_quiet(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a gap in a text where the asked thing would be
    ("There's a gap in the lab notes where the incubation time should be.", True),
    ("The planning file has a hole where the architect's name ought to be.", True),
    ("You want the warranty length. That's a gap in the sales brochure.", True),
    # near-misses: a gap in a thing, a time without service
    ("There's a hole in the fence where the fox got in.", False),
    ("There's a gap in the timetable between two and three.", False),
])
def test_gap_in_a_text(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # "so much as" (the emphatic negative) with a text as subject
    ("Neither of the memos so much as alludes to a budget.", True),
    ("The catalogue doesn't so much as hint at a delivery charge.", True),
    # a phrasal verb of saying: break out (split or not)
    ("The annual accounts give total sales; they don't break out how much came from exports.", True),
    ("The club statement doesn't break the gate receipts out by match.", True),
    ("The newsletter never lets on who won the raffle.", True),
    ("The phrasebook never tells you how to ask for the bill.", True),
    # "put a figure / a date on" states a value
    ("The lease doesn't put a date on the rent review.", True),
    ("Nowhere does the pamphlet put a figure on the entry fee.", True),
    # near-misses
    ("None of the players so much as touched the ball.", False),
    ("The fire didn't break out until midnight.", False),
    ("The council doesn't put a limit on parking.", False),
])
def test_emphatic_negative_and_phrases_of_saying(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a learner's word order and negation
    ("In the booklet is not written the opening time.", True),
    ("The timetable is not saying when the last bus leaves.", True),
    ("The card not explain how long the oven must heat.", True),
    # an indirect question as subject before a parenthetical adverb
    ("The minutes list the attendees. Who seconded the motion, however, isn't recorded.", True),
    # near-misses
    ("In the garden is not allowed any dog.", False),
    ("The policy is not covering water damage.", False),
    ("Where the spare key is kept, though, the note says it's under the mat.", False),
])
def test_learner_forms_and_fronted_question(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # a text that does not permit a conclusion; no inference drawn from a text
    ("The survey notes do not allow a firm conclusion on whether the roof leaks.", True),
    ("The logbook doesn't let me work out when the pump was last serviced.", True),
    ("No conclusion about the cause of the flood can be drawn from the incident report.", True),
    # a report's finding, a rule of permission
    ("No conclusion could be drawn about the cause.", False),
    ("The inquiry concluded that the cause of the fire could not be determined.", False),
    ("The lease doesn't allow you to sublet the flat.", False),
])
def test_no_conclusion_permitted(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # "neither X nor Y" as the object, as "no X"
    ("The fixture list confirms the match will go ahead but gives neither a venue name nor a start time.", True),
    # "no <information> on" from an informational text, whatever the verb
    ("Sadly the user guide yields no details on how to reset the router.", True),
    ("The handbook requires no details about your previous employer.", False),
    # information (or a pronoun) not inside a text, or what was sent
    ("That information isn't in the welcome pack, I'm afraid.", True),
    ("it's not inside the file you sent me", True),
    ("thats not in what u sent me", True),
    ("That information isn't included in the price.", False),
    # the speaker's search with the subject shared; the cleft "isn't one"
    ("I've checked the invoice twice and found no account number for it.", True),
    ("We inspected the roof and found no faults.", False),
    ("That figure isn't one the annual review discloses.", True),
    ("Flood damage isn't one the policy covers.", False),
    # an information noun before which other nouns stand, what the speaker lacks
    ("I don't have the site manager's name.", True),
    ("I don't have a car.", False),
    # nothing in any noun phrase that records it; a determining verb around its object
    ("Nothing in the ship's log records the wind speed.", True),
    ("Nothing in the data suggests a fault.", False),
    ("Nothing in the club minutes nails that down.", True),
    # a record verb placed in the text named before
    ("The seed packet covers sowing. The germination rate isn't printed anywhere on it.", True),
    ("The receipt wasn't printed.", False),
])
def test_objects_and_places_of_absence(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    ("The brochure isn't giving a price for the family ticket.", True),
    # an agent's ongoing act, not a text
    ("The club won't name the new coach yet, and it isn't disclosing the fee either.", False),
])
def test_progressive_saying_needs_a_text(text, refusal):
    assert is_abstention(text) is refusal, text


# round 12: classes of the refusals11 dev misses and false refusals, probed with examples written after
# the rules, in other domains
@pytest.mark.parametrize("text,refusal", [
    # the text's own statement after an indefinite object: after ";" or a dash, or as a pseudo-cleft
    ("The lease doesn't specify a cleaning firm; what it requires is that the carpets are cleaned "
     "professionally at the end of the tenancy.", False),
    ("The race rules don't name a brand of helmet - they state that any helmet must meet EN 1078.", False),
    ("The brochure doesn't give a parking charge; what it gives is the entry fee.", True),
    # a reason the text states may be negated when it is about the world
    ("The invoice doesn't mention VAT because the plumber isn't VAT-registered, as it says at the foot.", False),
    ("The minutes don't give the vote count because, as they note, the figures weren't recorded.", True),
    # "none" as the subject of a reason about the world
    ("The ferry timetable doesn't list a winter sailing because none operates after October.", False),
    ("The timetable doesn't list a winter sailing because none is listed in the source it copies.", True),
    # a noun of a conclusion reached, with "is that": the report's finding
    ("The inspector's finding is that the cause of the leak could not be determined.", False),
    ("The tribunal's ruling was that the claim cannot be answered on the evidence.", False),
    # "any" thing recorded, then the record's own words quoted
    ("The kennel log has no record of any fights - the night warden wrote 'all quiet' on each round.", False),
    ("The dental notes don't list any medication; under 'Current meds' they say 'none'.", False),
    ("The dental notes don't list any medication; they just say 'see GP letter'.", True),
    # ... or a figure the record shows, after "any"
    ("I can't see any refund on the statement - it shows £40 charged on 3 May.", False),
    ("The brochure doesn't give any price - it just says 'from £££'.", True),
    # what a contract or a policy does itself after an indefinite object (not what a guide does instead)
    ("The policy doesn't give a fixed excess; it varies with each claim.", False),
    ("The rental agreement doesn't set an end date; it rolls on monthly until either side gives notice.", False),
    ("The guide doesn't give a price; it focuses on the history.", True),
    # a reason with a phrasal verb in its physical sense is about the world
    ("The recipe doesn't say to grease the tin because the batter goes into a lined tray.", False),
])
def test_round_twelve_answers_that_look_like_refusals(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text,refusal", [
    # the asked thing "nowhere" in a text (being or appearing), or on "it" after a text was named
    ("Where the spare key is kept is nowhere in the welcome guide.", True),
    ("The ferry timetable names both ports; the crossing time appears nowhere in it.", True),
    ("The invoice gives parts and labour. The VAT number is nowhere on it.", True),
    ("The key is nowhere in the house.", False),
    ("The cat is nowhere to be seen.", False),
    # "un-" + any participle of saying, as the whole answer
    ("Unaddressed by the tenancy agreement.", True),
    ("Undefined in the glossary.", True),
    # putting a value on it after "neither ... nor" and a bare "never"
    ("Neither the brochure nor the price list puts a price on a late checkout.", True),
    ("The recipe card lists the flour and the sugar but never puts a time on the proving.", True),
    ("Neither the treaty nor the protocol puts a limit on fishing.", False),
    # passives of phrasal verbs of saying
    ("The policy gives the premium; the excess isn't dealt with anywhere in it.", True),
    ("The statement gives the total, but how much of that was interest isn't broken out anywhere.", True),
    # "that" after a preposition is no complementiser
    ("The foster handbook mentions a clothing grant, but the amount for that age isn't set out in it.", True),
    # going near a point (extent): "doesn't go near", "never goes near the question of"
    ("The trustees' minutes never go near the question of who signed the cheque.", True),
    ("The bus doesn't go near the station; it stops at the market.", False),
    # the speaker's getting out of a source ("get" only with "out of"), an adverb before the auxiliary
    ("Couldn't dig the flight number out of the itinerary.", True),
    ("Can't get a closing date out of this advert.", True),
    ("I couldn't get a reply from them.", False),
    ("I genuinely can't tell from the minutes who seconded the motion.", True),
    # a verb of remaining as the copula of silence; "'s got a gap"
    ("The museum leaflet keeps mum about bank holiday opening.", True),
    ("The shift notes have got a hole where the handover time should be.", True),
    # a pronoun subject taken with the lead-in words
    ("The meeting summary covers the budget and the venue, and that doesn't appear in it.", True),
    # a "when" clause as subject, not a condition
    ("When the next delivery is due isn't recorded in the log.", True),
    ("When the alarm sounds, staff are not given time to collect belongings.", False),
    # an information noun placed in a text, or anywhere on a determined noun phrase
    ("There's no booking reference on the confirmation email.", True),
    ("There's no expiry date for the voucher anywhere on the gift card.", True),
    ("There's no sugar in the recipe.", False),
    ("There's no evidence of damp in the survey report.", False),
    # a decimal point inside "gives X but not Y"; Y marked as the asked thing
    ("The tariff sheet gives a day rate of 24.5p but not the night rate.", True),
    ("The course handbook gives the pass mark for exams but no pass mark for the thesis, which is what "
     "you asked about.", True),
    ("The factsheet lists the annual fee but not the exit charge you asked about.", True),
    # "no" before a participle makes it a modifier ("no named trophy")
    ("No named sponsor for the under-12 league is given in the programme.", True),
    # a reader before an indirect question is no denied proposition
    ("I'm not able to tell you who refereed the final - the fixture list names grounds only.", True),
    # what the texts "only" say after the verb is context
    ("The parish records don't give when the chapel was built; they say only that it was enlarged in 1840.", True),
    # a cleft on "the (one) detail / piece": subjectless relative or a verb of omission
    ("The kit list covers boots and tents. The hire deposit amount is the one detail that doesn't appear.", True),
    ("The goalkeeper is the one player who doesn't appear.", False),
    ("The rulebook gives match length and breaks. How many timeouts are allowed is the piece it leaves out.", True),
    ("Safety is the one thing the manual doesn't skip.", False),
    # no ground for saying; what the speaker would need to answer
    ("The survey notes offer no basis on which to estimate the repair cost.", True),
    ("To say whether the 9:40 bus stops at the hospital I'd need the full route, and the leaflet only covers "
     "the town centre.", True),
    ("The handbook gives no leeway: reports are due at 9 a.m. sharp on Monday.", False),
])
def test_round_twelve_refusal_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question,text,refusal", [
    # an -ing form names the verb only after an auxiliary ("the felt covering" is a thing)
    ("How thick is the lead covering on the chapel roof?", "That isn't covered.", True),
    ("Is the policy covering storm damage?", "That isn't covered.", False),
    # followed by what the texts list, "only" or not
    ("Who is the ship's cook?", "That isn't covered: the captain and the mate are listed, but no cook.", True),
    ("Is a cracked screen covered?", "That isn't covered: screen damage is listed as an exclusion.", False),
])
def test_round_twelve_not_covered(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text,refusal", [
    # the perfect, read as the simple negated verb
    ("The club rulebook hasn't spelled out the tie-break procedure.", True),
    ("The timesheet has never stated the overtime rate.", True),
    ("The company hasn't given a dividend this year.", False),
    ("The council hasn't named a new chair.", False),
    # a phrasal verb only ever of saying, any subject
    ("The kennel agreement doesn't spell out the collection time.", True),
    # the negation after the participle
    ("The resit fee is specified nowhere in the exam regulations.", True),
    # nouns before the information noun after a verb that also reports a finding
    ("The boarding card doesn't indicate the gate number.", True),
    ("The X-ray didn't indicate a fracture.", False),
    # getting the asked thing out of a named source, as a cleft's relative
    ("The permit fee isn't something I can pull from the application pack.", True),
    ("That isn't something I can buy from the shop.", False),
    # "none" given or shown, after a text was named
    ("The price list would show a cleaning charge if there were one, but none is shown.", True),
    ("The shop offers refunds, but none is given after 30 days.", False),
    # a counterfactual on a text's saying, then its negated auxiliary
    ("If the rota gave a start time I would pass it on, but it doesn't.", True),
    ("Had the minutes mentioned the vote, I'd tell you the count, but they don't.", True),
    ("If the menu listed a vegan dish I'd order it, but it doesn't.", False),
    ("If the policy covered floods I'd claim, but it doesn't.", False),
    # information absent from "it", a text named before ("the battery is missing from it" is a box's)
    ("The dive log notes each dive's depth; the water temperature is absent from it.", True),
    ("The listing says the charger is included. The battery is missing from it.", False),
    # "not on / in" what the speaker was given
    ("Running order? Not on the set list I've got.", True),
    ("Not in the bundle you sent, sorry.", True),
])
def test_round_twelve_tenses_and_conditions(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # a value stated beside a clause about something not given: the answer is given
    ("The entry fee is £12; the poster doesn't say whether programmes are sold.", False),
    ("The crossing takes forty minutes, though the timetable doesn't mention the return times.", False),
    ("I couldn't find a weekend rate, but the weekday rate in the price list is £9 an hour.", False),
    ("Membership costs 30 euros a year; I found nothing on student discounts.", False),
    ("Departure gate: B14 at 09:20. The boarding pass doesn't show a seat yet.", False),
    ("Yes, bikes are allowed on the upper deck, though the leaflet doesn't say whether they must be folded.",
     False),
    ("I'm not sure, but the rota seems to give 7 pm for the second shift.", False),
    ("The club notice doesn't give the waiting list, but it does name the secretary: Ann Price.", False),
    # ... but a value the text holds is context around a refusal
    ("The leaflet gives the adult fare of £6 and the family fare of £15. There is no information on the "
     "student fare.", True),
    ("The junior fee is listed as £20, but no figure is given for adults.", True),
    ("According to the poster, doors open at 7 pm. The finishing time isn't given.", True),
    ("The pool opens at 6 am. Whether lanes can be booked isn't mentioned.", True),
    ("The kit weighs 3 kg, but the manual never states its size, so I can't tell you whether it fits.", True),
    ("- Venue: Town Hall\n- Start: 19:30\n\nThe flyer doesn't give the ticket price.", True),
    ("The documents don't give a figure for 1990; the nearest counts are 410 in 1985 and 560 in 1995.", True),
    ("I'm not sure; the leaflet doesn't say.", True),
])
def test_round_thirteen_answer_beside_a_gap(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # "un-" + a participle of saying or recording, with the copula or a verb of becoming or staying
    ("Whether refunds are paid in cash goes unmentioned in the terms.", True),
    ("Which players were substituted remains unrecorded in the match report.", True),
    ("The problem went unreported for weeks.", False),
    # verbs of putting in writing: enter, transcribe
    ("The ledger lists the deposits for May. The date of the final payment is not entered.", True),
    ("The horse was not entered in the race.", False),
    ("The register covers 1850 to 1860; the baptism dates are not transcribed.", True),
    # a noun phrase the answer marks as the asked one
    ("The sheet gives the scores up to round 3 — the round 5 score you asked for isn't there.", True),
    ("The sheet gives the scores up to round 3 — the trophy isn't there.", False),
    # the asked fact's head before a preposition
    ("The brochure lists the hotels and the flights. The fare for the coach transfer is not among them.", True),
    # a cleft on a verb of leaving blank
    ("Whether the parcel was signed for is something the courier log leaves blank.", True),
    # "neither <saying> nor ..." as a negated saying
    ("Whether pets are allowed, the house rules neither say nor rule out.", True),
    ("The policy neither covers nor excludes storm damage.", False),
    # "none" standing for the information named before, from an informational text
    ("I won't guess at the deposit; the brochure has none.", True),
    ("The insurance policy has none.", False),
    # the speaker's giving, its object negated; a verb of making out; reading a source passively
    ("With nothing in the rules on the appeal window, I can offer no date.", True),
    ("Whether the stamp is a 1d or a 2d isn't something I can make out from the scan.", True),
    ("The ship's name can't be read on the photograph.", True),
    # "nothing (is) given / stated on that"; "puts no figure on it"; a trace noun before an indirect question
    ("Nothing stated on that, I'm afraid.", True),
    ("The review praises the battery but puts no figure on it.", True),
    ("The programme gives no hint of whether there is an interval.", True),
    # a pronoun for a text named before, in "neither ... nor"
    ("The flyer mentions the venue, but neither it nor the website gives a start time.", True),
    # the text searched as the subject of "comes up empty / dry on"
    ("The parts catalogue comes up dry on wiper blades.", True),
    ("The well came up dry on the farm.", False),
    # "Only X is given, not <indirect question>"
    ("Only the deposit is given — £200 — not what the full fee is.", True),
    ("Only members are allowed, not whoever turns up.", False),
])
def test_round_thirteen_refusal_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 14: a fact stated with no value, in a clause of its own before a gap about something else
    ("Boarding closes at the gate; the airline's leaflet doesn't say whether pets travel in the cabin.", False),
    ("Members may not bring more than two guests; the club rules don't say how often they can come.", False),
    ("Parking isn't allowed on the verge; the council notice doesn't mention the lay-by.", False),
    ("The kiln should be vented after every firing; the manual doesn't say for how long.", False),
    ("No, the gym doesn't close on bank holidays; the timetable doesn't give the opening hours though.", False),
    ("No, you don't need a permit; the guide doesn't say whether drones count.", False),
    # ... but not a redirection, a hedge, the speaker, a text, or a gap itself before the gap
    ("The box office would know; the programme doesn't list it.", True),
    ("You could ask the clinic; the leaflet doesn't say.", True),
    ("The bulletin is thin on this. It has nothing about the road closures.", True),
    ("I've read it twice; the handbook doesn't say.", True),
    ("The menu is no help here; it doesn't say whether the soup is vegan.", True),
    # "per" attributes only before a determiner: "£4 per hour" is a rate stated
    ("Hire costs £4 per hour; the leaflet doesn't say whether helmets are included.", False),
    ("Per the leaflet, hire costs £4; it doesn't say whether helmets are included.", True),
])
def test_round_fourteen_fact_beside_a_gap(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 14: counterfactual conditions on a text, the negation resumed after "but", "and" or a semicolon
    ("Had the ferry timetable listed a winter sailing, I'd give you the time; it doesn't.", True),
    ("Were the closing dates in the grant guidance, I could tell you the deadline, but they aren't.", True),
    ("If the invoice had included the VAT number I'd quote it for you, but it hasn't been included.", True),
    ("The form would have to show the tax code for me to answer, and it doesn't.", True),
    ("Had the syllabus named the set texts, I'd pass them on, but it only lists the exam dates.", True),
    # ... a content verb with a consequence that relays nothing, or no text, stays content
    ("If the menu listed a vegan dish I'd order it, but it doesn't.", False),
    ("Were the spare keys in the drawer, I could tell you, but they aren't.", False),
    ("Had the hotel included breakfast, I'd tell you; it didn't.", False),
    ("If the bill had included service I'd add a tip, but it hasn't been included.", False),
])
def test_round_fourteen_counterfactual(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 14: the passive of a verb of showing or of putting in writing, placed in a text
    ("The bus timetable gives the weekday times. Sunday times are not shown on it.", True),
    ("The parcel label gives the sender, but no tracking number has been written on it.", True),
    ("The rainfall for March isn't marked anywhere on the chart.", True),
    ("The voucher lists the venue. The expiry date is not identified on it.", True),
    # ... not placed, or placed in a thing, it is content
    ("The footpath isn't marked.", False),
    ("The bridge isn't shown on the map.", False),
    ("The dog was not shown at the county show.", False),
    # "omits" / "leaves out" without a subject of its own, the subject before "but"/"and"
    ("The care card gives the watering and the light, but leaves out how often to feed it.", True),
    ("The permit shows the river and the price but omits the size limit.", True),
    ("The band plays the hits but omits the encores.", False),
    ("The recipe omits the salt.", False),
    # information that does not appear, after a text was named: no place needed
    ("The race report shows his finishing position, but no split time appears against his name.", True),
    ("The concert programme lists the works. The soloists' names, though, don't feature.", True),
    ("The guide covers the walk. No injuries appear to have been reported on it.", False),
    # a phrase between commas after a negated auxiliary
    ("The parking notice does not, on its face, state the hours of the restriction.", True),
    ("It is not, in my view, worth the money.", False),
])
def test_round_fourteen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 14: an object the answer marks as asked, after a pronoun for a text
    ("Here is what the flyer covers:\n- Fee: £8\n- Length: 2 hours\n\nIt doesn't cover the parking you asked about.",
     True),
    ("The kit doesn't include the charger you asked about.", False),
    # what was handed over stands for the texts
    ("The referee's name is a blank in everything you've sent me.", True),
    ("Nothing in what you've given me names the architect.", True),
    ("Everything you've sent me is about the spring fair.", False),
    # the gerund of a verb of knowing after "there's no"
    ("There's no telling from the receipt who served the table.", True),
    # a topic fronted before the clause, put back after it
    ("On the question of the service charge, the lease draws a blank.", True),
    ("The survey is detailed on the roof, but on the boiler's age it offers nothing.", True),
    ("On Sundays, the museum doesn't open.", False),
    # the perfect sharing the subject before "but"
    ("The order form specified the colour but had not specified the delivery date.", True),
    ("The order form had the colour but had not been signed.", False),
    # the parts of a text in "there's no <part> on X"; the formal verbs of giving with "no <information>"
    ("The club constitution sets the fees, but there's no clause on guest passes.", True),
    ("There are no sections of the canal open to boats.", False),
    ("The survey report affords no indication of the roof's age.", True),
    ("The garden affords no shade.", False),
])
def test_round_fourteen_objects_and_topics(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 15: an irrealis condition on a text with the speaker's relaying consequence, in either order,
    # no negation resumed
    ("If the timetable showed a last departure, I'd pass it on.", True),
    ("Were the warranty card to state the term, I could confirm it.", True),
    ("I could tell you the room number if the booking email listed one.", True),
    ("Only if the minutes recorded the vote could I give you the count.", True),
    # ... an open condition, or a consequence of acting, is content
    ("If the timetable shows a late train, I'll tell you.", False),
    ("If the menu listed a vegan dish I'd order it.", False),
    ("If the brochure had mentioned a pool, we'd have booked it.", False),
    # "without" negating a second verb of saying after a text's saying
    ("The lease mentions a service charge without saying how much it is.", True),
    ("The flyer refers to a late-entry fee without ever stating it.", True),
    ("The form lets you cancel without giving a reason.", False),
    ("The chef left without saying whether he would return.", False),
    ("The guide explains the route without mentioning it twice.", False),
    # litotes of praise: the speaker "can't" do it "enough"
    ("I can't say enough good things about the guides: they met us at 7 and carried the kit.", False),
    ("We cannot thank the crew enough.", False),
    ("I can't say I've seen a busier harbour: 40 boats were moored on Sunday.", False),
    ("I can't find enough detail in the brochure to say.", True),
])
def test_round_fifteen_conditions_and_litotes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 15: a value that another text or a numbered part of one gives after "but" answers
    ("The summary has no total for May, but the appendix gives 412 visits.", False),
    ("I couldn't see a price on the front page, but the back page shows £35.", False),
    ("The handbook has no separate chapter on night shifts, but section 4.2 says they are paid at time and a half.",
     False),
    # a verbless clause that only says the information is absent
    ("Start time: not stated.", True),
    ("Blank on the entry form.", True),
    ("None in the inventory list.", True),
    ("Not shown on the booking confirmation.", True),
    ("None in stock.", False),
    # being in texts a negative or exhaustive quantifier ranges over
    ("The caterer's phone number appears in none of the emails you forwarded.", True),
    ("The bride's maiden name appears in neither the register nor the certificate.", True),
    ("The VAT number is absent from both the order confirmation and the covering letter.", True),
    ("Smoking is allowed in none of the rooms.", False),
    ("The heron appears in none of the photos.", False),
    # an en dash between digits is a range, not a clause break
    ("Your reference number for 2022\u201323 is absent from both the statement and the covering letter.", True),
    # a learner's "no have"
    ("The leaflet no have the price.", True),
    ("The hotel has no pool.", False),
    # "it isn't recorded who"; "it has not been possible to"; the passive of making a mention
    ("It isn't recorded who locked the gate.", True),
    ("It was recorded who attended.", False),
    ("It has not been possible to establish the rent from the statement.", True),
    ("It wasn't possible to book online, so we phoned.", False),
    ("No mention was made of the deposit in the letting agreement.", True),
    ("Reference was made to the 2019 rules.", False),
    # a text's verb of showing with "no" and a measure; a device's is content
    ("The fixture card shows no start time for the final.", True),
    ("The thermostat shows no temperature.", False),
    # the parts of a form as the pivot of a cleft
    ("The donor's blood group is the one field the form leaves blank.", True),
    # texts as a class: a spreadsheet, a scorecard (an invoice stays a record of a charge: "No fee appears on
    # the first invoice" is content, in test_verdict_rules)
    ("The spreadsheet doesn't give a total for the spring term.", True),
    ("The scorecard doesn't say who bowled the last over.", True),
])
def test_round_fifteen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 16: texts as a class - a reply, a blurb, a ticket
    ("The club's reply doesn't say when the pitch reopens.", True),
    ("The concert ticket doesn't mention a dress code.", True),
    # the perfect passive negated in full ("has not been", "have never been"), as "hasn't been"
    ("The boiler's flue size has not been specified.", True),
    ("The seed rate for the lower field has never been stated.", True),
    ("The patient has not been given antibiotics.", False),
    ("Breakfast has not been included since May.", False),
    # a conjunctive adverb of contrast between commas is no clause break
    ("The menu lists the starters. Dessert prices, by contrast, have not been specified.", True),
    ("The form names the referee. The fee, on the other hand, was not listed in it.", True),
    # "furnish" and "communicate" as verbs of giving and saying
    ("An estimate for the roof repair has not been furnished.", True),
    ("The flat has not been furnished.", False),
    ("The closing date hasn't been communicated in anything you forwarded.", True),
    # an object fronted before a pronoun subject, read as the plain clause
    ("The glaze recipe sets out the oxides. The firing time, though, it doesn't spell out.", True),
    ("The tenancy terms name the deposit; the pet rent it does not specify.", True),
    ("Dogs they do not allow.", False),
    ("Every Monday it does not open.", False),
    # ... and the object of a pseudo-cleft on the negated verb
    ("The pamphlet covers the route. What it doesn't give is a start time.", True),
    ("What the policy doesn't cover is flood damage.", False),
    # a verbless reduced passive after "no", as "there's no price listed"
    ("- Gutter clean: £40\n- Roof moss removal: no price listed", True),
    ("No closing date given.", True),
    ("No refunds given after 30 days.", False),
    ("No side effects reported.", False),
    # "let on", a verb only of saying
    ("Kit colours: the club newsletter doesn't let on.", True),
    ("He didn't let on.", False),
    # apparent / evident / obvious from a text (from anything else, content)
    ("It is not apparent from the tenancy file whether the deposit was protected.", True),
    ("The crack was not obvious from the pavement.", False),
    # the speaker's "can't say" denying a clause about their own feeling is litotes
    ("Can't say I blame them: the bridge is shut for repairs.", False),
    ("I can't say I'm surprised, the last bus left at ten.", False),
    ("I can't say I know when it opens.", True),
])
def test_round_sixteen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 17, false refusals: an exception after the negated saying that carries a value answers with it
    ("The ferry notice gives no exact sailing time, only 'mid-morning', so around ten.", False),
    ("Nothing on the jar gives the bottling date except a batch code: B-0412.", False),
    ("The programme lists no venue address, only the hall's name - Castle Rooms - which is where it's held.",
     False),
    # ... not an exception without a value, one about another fact, or an adverb in a clause of its own
    ("The programme gives no start time, only the date.", True),
    ("Neither log gives the time of the outage, only when the 112 call was logged.", True),
    ("I don't have the caretaker's name - the lease just refers to 'the agent'.", True),
    # a reason whose pronoun cannot stand for the text (the other number) is about the world
    ("The brochure doesn't list a price for the tours because they're free.", False),
    ("The brochure doesn't list a price because it is out of date.", True),
    # another text that shows the thing after "but" answers; the same text does not
    ("The syllabus doesn't say so in as many words, but the timetable shows a lab session on Fridays.", False),
    ("The handbook doesn't say whether there is a test, but the handbook shows the timetable.", True),
    ("The handbook doesn't say whether there is a test, but the course outline shows nothing either.", True),
    # a doubt about a stated value, pointing back with "that"/"this", is a detail of the answer
    ("The service is priced at £85. The invoice doesn't mention parts, so I can't say whether that covers them.",
     False),
    # "No, not <quantifier / frequency / time>": an elliptic answer; "No, not in <text>" declines
    ("No, not every weekend - the rota sets alternate Saturdays and says nothing about Sundays.", False),
    ("No, not in the rota - it says nothing about Sundays.", True),
    # "it"/"they" with an event's own verb after a gap about something else is the answer
    ("There's no closing time in the flyer, but it opens at 6 pm.", False),
    ("The flyer doesn't give a closing time, but it's probably about 11.", True),
    # ... not when "it" can be the text that was the refusal's subject
    ("The parish register doesn't go back that far; it starts in 1790.", True),
    # the asker as subject of a verb of having or a modal of rule, with a value, states the rule
    ("You have 14 days to return the jacket. The returns leaflet doesn't say whether post counts.", False),
    ("You're asking about the 2019 edition. The catalogue doesn't list it.", True),
    # an exception naming another attribute of the same thing stays a refusal
    ("There's no information about the kettle's wattage in the manual, only its 1.7 litre capacity.", True),
])
def test_round_seventeen_answers_beside(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # round 17: irrealis conditions on a text with any relaying or answering consequence
    ("Were the parking charges part of the venue pack, they'd be my answer - they aren't.", True),
    ("I'd gladly tell you the pitch fee if the club rules spelled it out, but they don't.", True),
    ("Supposing the care label gave a washing temperature, that would settle it; as it is, the label stops at "
     "drying.", True),
    ("Had the timetable included Sunday buses, I'd list them here, but it ends with Saturday.", True),
    ("Had the hotel included breakfast, we'd have stayed longer.", False),
    ("If the forecast gives rain, I'll bring a coat.", False),
    # verbs of showing and listing: display and itemise, a list that shows X "only, not" Y
    ("The site diagram does not display the ceiling height for room 3.", True),
    ("The plumber's bill does not itemise the call-out charge.", True),
    ("The shop displays bikes in the window.", False),
    ("The label on the box shows the model but not the serial number.", True),
    ("The start list showed bib numbers and clubs only, not the runners' ages.", True),
    ("The menu shows starters only, not as a set.", False),
    # a text with a reduced relative clause of sending or issuing
    ("The newsletter the parish council issued doesn't include the fete's start time.", True),
    # impersonal and formal shapes: "nothing is said in <text>", "-able" adjectives of finding out from a text,
    # a consequence adverb as lead-in, the speaker unable to state a definite object
    ("Nothing is said in the lease about subletting the garage.", True),
    ("The fee is not ascertainable from the tenancy file.", True),
    ("The deed names no buyer; accordingly no completion date can be stated.", True),
    ("We are therefore unable to state the rent.", True),
    # "'s" as the copula before an adjective of silence; texts coordinated with "both"
    ("The club handbook's silent.", True),
    ("The waiver and the booking page are both blank on age limits.", True),
    ("The canvas is blank.", False),
    # a verbless "un-" participle placed on a text
    ("Unstated on the menu card.", True),
    # a learner's base form for the participle after a fronted place, and "am not" before a base verb
    ("In the letter is not write when the lesson start.", True),
    ("I am not find in the brochure the price for the children.", True),
    # a text named in the relative clause after "among"
    ("The wind speed isn't among the readings the logbook gives.", True),
    # a hedge over the speaker's being able to answer
    ("I don't think I can answer that from the club rules.", True),
    ("I don't think I can make it on Friday.", False),
    # an informational text that covers its object "only"
    ("The front desk should be able to help; this leaflet covers weekday classes only.", True),
    # "without ever / once" and a verb only of saying, after any verb of a text's
    ("The pamphlet runs to six pages without once mentioning parking.", True),
    ("The walk runs for six miles without once crossing a road.", False),
    # the same place said of two texts, and "nowhere on" after a text was named
    ("The pitch fee appears neither in the club rules nor in the welcome letter.", True),
    ("The rabbit's weight is nowhere on the vet's receipt or the care sheet.", True),
    # a bare negated passive framed by a text listing what it does hold
    ("The course page gives the tutor and the room; the fee isn't included.", True),
    ("The course page gives the tutor and the room; which books are needed isn't listed.", True),
    ("The booking email lists the room and dinner; breakfast isn't included.", False),
    ("The policy wording lists the exclusions. So your cracked screen isn't covered.", False),
])
def test_round_seventeen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # a noun that is the subject of a verb of listing or showing holds information as a text does
    ("The boarding pass gives the gate and the seat, but the departure time has not been entered.", True),
    ("The invoice lists the parts and the labour, but the van hire isn't included.", False),
    ("The coach names the starting five; the bench players were not picked.", False),
    # phrasal verbs of putting in writing ("put down" / "fill in" of a value only)
    ("The referee's card records both bookings, but the kick-off time was not put down.", True),
    ("The tide table lists the high waters; the low-water heights were never noted down.", True),
    ("The builder's report lists the cracks, but the trench was never filled in.", False),
    # an answer beside a gap about something else: a time word as a value, a plural subject's present,
    # an irregular past, a content participle that attributes nothing, "it" + a modal before any text,
    # ", and" before the speaker
    ("Boarding closes at noon; the notice doesn't say whether hand luggage is weighed.", False),
    ("Doors open at the side entrance; the flyer doesn't say whether there's a cloakroom.", False),
    ("Gold went to the Kenyan runner; the results sheet doesn't name her club.", False),
    ("Parking is included in the £20 entry fee; the venue page doesn't mention whether coaches can park.", False),
    ("It'll be kept at the sorting office for 18 days; the slip doesn't mention whether a neighbour can collect.",
     False),
    ("Adult entry is £9, and I couldn't find any mention of a family ticket.", False),
    ("The fee is shown at £40 on the poster, but the poster doesn't give a date.", True),
    # not knowing about the addressee is a turn of talk
    ("I don't know about you, but I'd call a two-hour wait long — that's what the clinic's page gives.", False),
    ("I don't know about the parking charges; the leaflet doesn't cover them.", True),
    # "has got" before a quantifier, "therein", "one" after a verb of showing, "none given in", "made clear"
    ("Kick-off time? The fixture card's got nothing on that.", True),
    ("The booking conditions cover deposits; refunds for late cancellation are not addressed therein.", True),
    ("Gate number: the boarding card doesn't show one.", True),
    ("Any dress code? None given in the brochure.", True),
    ("It isn't made clear anywhere in the lease whether pets are allowed.", True),
    ("It was made clear at the meeting that pets are allowed.", False),
    # a noun for a text that is also a verb, after a definite determiner or a possessive
    ("The plumber's quote doesn't give a start date.", True),
    ("The plumber can quote a start date once he has seen the boiler.", False),
    # idioms of keeping silent, of evading, of leaving to guesswork; a cleft on a noun of a point at issue
    ("Whether day passes are sold is a matter on which the club's bylaws are wholly silent.", True),
    ("The tenancy pack draws a veil over who pays for the gutters.", True),
    ("The senator drew a veil over his past.", False),
    ("On parking, the wedding brochure is a closed book.", True),
    ("The museum is closed on Mondays.", False),
    ("The care sheet leaves the feeding amounts to the imagination.", True),
    ("The FAQ sidesteps whether refunds are given.", True),
    ("Whether helmets are compulsory is the one thing the race notes steer clear of.", True),
    ("Whether a deposit is needed is a question the tenancy pack leaves unanswered.", True),
    ("The club's tax status is a matter the auditors left open.", False),
    # what a text holds named again: "among those details", "part of what it covers", "go through"
    ("The menu lists the mains and desserts. The corkage charge isn't anywhere among those details.", True),
    ("The instruction sheet covers assembly; the wall fixing isn't part of what it covers.", True),
    ("The safety card goes through the exits; the number of lifejackets isn't one of the points it goes through.",
     True),
    ("The price list names three packages but puts no figure against any of them.", True),
    # the speaker without a way to find out; "go so far as to" a verb of saying
    ("I don't have a way to tell from the receipt what the VAT was.", True),
    ("I don't have a way to get to the station.", False),
    ("The recall notice doesn't go so far as to say which batches are affected.", True),
    ("The manager didn't go so far as to blame the supplier.", False),
    # any determined noun phrase with a relative of handing over is a text
    ("Opening hours: not shown on the shop sign you photographed.", True),
    ("The page you pasted stops before it gets to the fees.", True),
    ("The car you photographed is not red.", False),
    # "since" before a noun phrase is a time, not a reason about the world
    ("The service log doesn't give the boiler's running hours since commissioning.", True),
    ("The spec sheet doesn't list a fan since the unit runs on batteries.", False),
])
def test_round_eighteen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question, text, refusal", [
    # "that isn't covered" placed in an informational text or in two texts declines after a yes/no question
    ("Will the museum refund my ticket if the tour is cancelled?",
     "That isn't covered in the visitor guide or the booking email.", True),
    ("Can the hotel store my bike?", "That's not covered in the welcome pack or the FAQ; it only gives check-in times.",
     True),
    # ... not in a text that also does things, nor when the question names the verb
    ("Can I claim for a taxi?", "That isn't covered in the policy.", False),
    ("Is flood damage covered?", "That isn't covered in the policy or the schedule.", False),
    # a text's statement that itself ends in a gap is context, not the answer
    ("How tall is the north tower?",
     "Neither survey says how tall the north tower is. The guidebook gives the south tower's height (41 m), "
     "but nothing for the north tower.", True),
    ("How tall is the north tower?",
     "The survey doesn't give the height in feet; it gives 41 m.", False),
])
def test_round_eighteen_with_question(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text, refusal", [
    # round 19: a text's "would need to / have to" list it for the speaker to relay it (the verbs of relaying)
    ("The timetable would need to give a last departure for me to pass it on, and it doesn't.", True),
    ("The syllabus would have to list the set texts for me to name them, and it doesn't.", True),
    ("The museum would need to hire more staff for me to visit on Mondays, and it doesn't.", False),
    # the speaker's unwillingness to guess or to give the asked information
    ("I'm reluctant to quote a deposit amount; the letting pack is silent on it.", True),
    ("I'd rather not speculate about the opening date.", True),
    ("We're hesitant to state a figure for the refund.", True),
    ("I'm reluctant to recommend the blue paint for bathrooms.", False),
    ("I'd rather not walk there after dark.", False),
    # the speaker having no information, the phrase closed
    ("The café menu stops at sandwiches, so I have no price for the soup.", True),
    ("We have no price rises planned this year.", False),
    ("I have no reason to doubt the survey.", False),
    # a consequence adverb before "unable"
    ("The deed names no surveyor, and I am accordingly unable to state one.", True),
    # adjectives of lacking before "of"
    ("The tenancy pack is devoid of any information about bin collection.", True),
    ("The minutes are wholly bereft of any reference to the car park.", True),
    ("The flat is devoid of furniture.", False),
    # the nouns of a gap as "a blank" placed in a text
    ("The landing fee is a gap in the airfield's information sheet.", True),
    ("The broken panel is a gap in the fence.", False),
    # a noun set beside a text by neither/nor or either/or is a text too
    ("Neither the receipt nor the confirmation email puts a date on the delivery.", True),
    ("Neither the landlord nor the letting agent covers the boiler repairs.", False),
    # the subject of a verb of listing in a condition is a text
    ("If the scorecard listed the extras I'd give them to you, but it only has the batters' runs.", True),
    ("If the chef listed the ingredients I'd cook it.", False),
    # "nowhere" inverted with any determined subject, a verb of saying and an indirect question
    ("Nowhere does the invoice indicate whether delivery was charged.", True),
    ("Nowhere does the committee decide whether the fee rises.", False),
    ("Nowhere in the park are dogs allowed.", False),
    # a noun of a point at issue before an indirect question never coming up
    ("I read the lease through and the question of who maintains the hedge never comes up.", True),
    ("The matter of whether pets are allowed doesn't come up in the house rules.", True),
    ("The landlord never comes up in the minutes.", False),
    # a part of a form named by its value, left empty, after a text was named
    ("The delivery note lists the items, but the signature date field is blank.", True),
    ("The registration form has my name, but the postcode box was never filled in.", True),
    ("The lunch box is empty.", False),
    ("The delivery note is signed, but box 4 is empty.", False),
    # what a source tells the speaker as the bounds of what was given
    ("That's beyond what the club's noticeboard tells me.", True),
    # a text fronted as the place of a clause with its own subject
    ("In the meeting notes the treasurer never specified the amount of the grant.", True),
    ("In the report the company did not cover flood losses.", False),
    # an answer beside the gap when "and" opens an existential clause, comma or not
    ("Adult swims are £5 and there's no separate price listed for teenagers, so £5 applies to them too.", False),
    # "nowhere" as the negator of a passive of saying or recording
    ("Whether the fare includes luggage is nowhere stated in the booking email.", True),
    ("The boiler's serial number is nowhere recorded in the service sheet.", True),
    ("Smoking is nowhere allowed on the campus.", False),
    # the asker sent elsewhere by a modal of necessity is a redirection, not a fact beside the gap
    ("For the repair cost you'll have to ring the garage; the inspection report doesn't give one.", True),
    ("Members have to book by Friday; the newsletter doesn't say where to park.", False),
    # (a value the text holds is context: the refusal stands)
    ("The route map shows 12 stops and there's no information on fares in it.", True),
])
def test_round_nineteen_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question, text, refusal", [
    ("When should the parcel be collected?", "The label gives the depot, but the collection time box is empty.", True),
    ("Did the customer fill in the time box?", "The label gives the depot, but the collection time box is empty.",
     False),
])
def test_round_nineteen_with_question(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text, refusal", [
    # a word after a possessive is a noun, not a verb of reporting ("the sweep's name")
    ("The invoice lists the parts and the labour. The mechanic's name is nowhere on it.", True),
    ("The form records the pupil's class. The teacher's name is nowhere on it.", True),
    ("The stadium's name is nowhere to be seen on the new signs, the paper says.", False),
    # the head of a noun phrase before its prepositional phrase or relative clause
    ("The tenancy pack covers the rent and the inventory, but the date by which repairs must be done is absent from it.", True),
    ("The hotel list has the rooms; the price for a family of five isn't there.", True),
    ("The kit has the tent and pegs, but the bag for the poles is missing from it.", False),
    # an indirect question as the subject is no condition
    ("The seed catalogue gives the sowing depth. Where the seeds were grown isn't on the label.", True),
    ("When the ferry will sail isn't on the timetable.", True),
    ("Where the road floods, the signs are not on the map.", False),
    # a participle that places its absence in any container, or "given", on a definite noun phrase
    ("Not stated on the parking permit.", True),
    ("Service charge? Not mentioned on the bill, sorry.", True),
    ("Not given on the display board.", True),
    ("Not on Sundays.", False),
    ("Given on the day of surgery.", False),
    # a participle of saying or holding before "in it" once a text was named
    ("The ledger gives the income for March. Expenses aren't recorded in it.", True),
    ("The newsletter covers the fete; the raffle results aren't mentioned in it.", True),
    # a time of day's colon stays inside the sentence
    ("The booking email gives the check-in time (15:00) and the room number, but not whether parking is free.", True),
    # "itemised" is a participle of saying
    ("The receipt shows the total. What the delivery charge was isn't itemised.", True),
    ("The costs aren't itemised on the quote.", True),
    # an indirect question straight after "no clue" / "no indication"
    ("The flyer gives no indication when the doors open.", True),
    ("The notes give no clue who signed the lease.", True),
    # an "as" + participle aside, and "which is what you asked about", read through
    ("The lease, as signed, contains no clause from which the break date can be worked out.", True),
    ("The flyer lists the bands. The ticket price, which is what you asked about, isn't given.", True),
    ("The cake, as baked, is not gluten-free.", False),
    # "I regret (to say)" as a lead-in
    ("I regret that the minutes do not record who seconded the motion.", True),
    ("I regret that we missed the meeting.", False),
    # a part of a text as "none of": "no clause of the lease says"
    ("No clause of the lease says who pays for the boiler.", True),
    ("No section in the handbook mentions the dress code.", True),
    ("No part of the garden gets sun after 4 pm.", False),
    # no <noun> from which the fact can be determined
    ("The register contains no entry from which the date of the baptism can be established.", True),
    ("The contract makes no provision from which the notice period could be calculated.", True),
])
def test_round_twenty_shapes(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("question, text, refusal", [
    # a text's verb of giving whose object is what a wh-question asks
    ("What is the boiling point of the solvent?", "The data sheet doesn't give the solvent's boiling point.", True),
    ("What is the seating capacity of the new hall?", "The brochure doesn't give the hall's seating capacity.", True),
    ("Does the lease give tenants a parking space?", "The lease doesn't give tenants a parking space.", False),
    ("What is the refund policy for the course?", "The course terms don't give refunds after the first week.", False),
    ("What is the opening date of the pool?", "The newsletter doesn't give the pool's opening date.", True),
    # ... after "neither ... nor"
    ("What is the shelf life of the jam?", "Neither the label nor the leaflet gives a shelf life for the jam.", True),
    ("Who installed the meter?", "Neither the bill nor the letter gives an installer's name for the meter.", True),
    ("Is there a refund?", "Neither the receipt nor the terms give a refund.", False),
    # ... "gives no <asked thing>"
    ("What is the serial number of the drill?", "The manual gives no serial number for the drill.", True),
    ("What is the blood type of the donor?", "The card gives the donor's name but gives no blood type.", True),
    ("Does the school give homework?", "The school gives no homework.", False),
    # a negated passive whose subject's head is the asked noun's head (what/which questions)
    ("What was the water temperature at the start?", "The water temperature isn't recorded.", True),
    ("Which caterer was booked for the gala?", "The caterer isn't named in the minutes; they only cover the budget.", True),
    ("What is the labour charge per visit?", "Labour isn't included; each visit is charged at £85.", False),
    ("Was the meeting recorded?", "The meeting wasn't recorded.", False),
    ("When was the meeting recorded?", "The meeting wasn't recorded.", False),
])
def test_round_twenty_with_question(question, text, refusal):
    assert is_abstention(text, question=question) is refusal, (question, text)


@pytest.mark.parametrize("text, refusal", [
    # a regular plural of an information or measure noun as the head ("appointment lengths don't feature")
    ("The club leaflet shows the courts and the coaches; session lengths don't feature.", True),
    ("The menu lists the dishes; cooking times don't appear in it.", True),
    ("The menu lists the dishes; the chefs don't feature.", False),
    # what the speaker has "been given" as the text
    ("The opening hours don't appear in anything I've been sent.", True),
    ("The closing date doesn't figure in anything I've been given.", True),
])
def test_round_twenty_plural_heads(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # "lay down" (a rule) is a verb of saying; placed in a text or with the asked value, not in any container
    ("No age limit is laid down in the wall's rulebook.", True),
    ("No curfew is laid down in the hostel rules.", True),
    ("A dress code isn't laid down in the handbook.", True),
    ("A new carpet was not laid down in the hall.", False),
    ("No carpet was laid down in the hall.", False),
    ("The cables were laid down in the trench.", False),
])
def test_round_twenty_lay_down(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # the speaker unable to advise, or not in a position to (a verb of telling; the speaker's position)
    ("I'm unable to advise on the notice period from the lease you sent.", True),
    ("We cannot advise on the parking charge from this letter.", True),
    ("I'm not in a position to say when the pool reopens.", True),
    ("I'm not in a position to confirm from the brochure whether dogs are allowed.", True),
    ("I'm not in a position to lend you the car.", False),
    ("The pharmacist will advise on dosage.", False),
])
def test_round_twenty_speaker(text, refusal):
    assert is_abstention(text) is refusal, text


# round 21, wt-refusal21b: the asked fact as the subject of a negated verb of appearing in a text
@pytest.mark.parametrize("text, question, refusal", [
    ("The observing log lists the targets, but the seeing conditions never come up.",
     "What were the seeing conditions that night?", True),
    ("The match report covers both goals and the red card in the 78th minute, but the attendance never comes up.",
     "What was the attendance at the match?", True),
    ("The attendance doesn't appear in the report.", "What was the attendance at the match?", True),
    ("Jupiter doesn't appear in the evening sky until October.", "When can I see Jupiter in the evening?", False),
    ("The comet never showed up, so the session ended early.", "Why did the session end early?", False),
    ("The Andromeda galaxy doesn't appear on the chart.", "Is the Andromeda galaxy on the chart?", False),
    ("The company doesn't appear in the register.", "Is the company registered?", False),
    ("The defendant did not appear in court.", "Why was the case adjourned?", False),
])
def test_round_twentyone_asked_fact_not_appearing(text, question, refusal):
    assert is_abstention(text, question=question) is refusal, text


# round 22: a gap noted beside an answer and placed outside the question by the asking relation (a
# contrast with what was asked, or the asking denied of the gap) is no decline; the same relation
# pointing back at the gap ("which is what you asked", "but you asked about it") still declines
@pytest.mark.parametrize("text, refusal", [
    ("The gym opens at 6 am on weekdays. The leaflet doesn't give weekend hours, though you only asked about "
     "weekdays.", False),
    ("Parking costs £4 a day. The sign says nothing about overnight stays, but your question was about daytime "
     "parking.", False),
    ("The first payment is due on 1 May; the schedule doesn't state the second, which isn't what you asked.", False),
    ("The kit list includes a sleeping bag and a torch; it doesn't mention a pillow, not that you asked.", False),
    ("The minutes don't record the treasurer's report, which you didn't ask about; the vote was 7 to 2.", False),
    ("The contract doesn't state the notice period, which is what you asked about.", True),
    ("The contract doesn't state the notice period, and that was your question.", True),
    ("The contract doesn't state the notice period, but you asked about it, so I can't answer.", True),
    ("The brochure doesn't list the deposit, but that is exactly what you wanted.", True),
    ("The terms don't say what happens on a tie, but that's the question you asked.", True),
])
def test_round_twentytwo_gap_outside_the_question(text, refusal):
    assert is_abstention(text) is refusal, text


@pytest.mark.parametrize("text, refusal", [
    # verbs of putting a price or a log entry on a record, negated with a text as subject: a refusal
    ("The menu doesn't price the specials.", True),
    ("The brochure doesn't price the guided tour, so I can't say what it costs.", True),
    ("The site diary doesn't log the delivery times.", True),
    ("The logbook lists the flights, but it doesn't log the engine hours.", True),
    # another subject's act, or the noun: no refusal
    ("The shop doesn't price match.", False),
    ("The landlord doesn't price repairs separately.", False),
    ("The engineer didn't log a fault.", False),
    ("The engineer didn't log the fault until Tuesday.", False),
    ("The council doesn't price parking on Sundays: it is free.", False),
    ("We don't price the delivery separately; it's included in the total.", False),
    ("The app doesn't log you out after a timeout.", False),
    ("The price doesn't include VAT.", False),
])
def test_round_twentytwo_price_and_log_as_verbs_of_recording(text, refusal):
    assert (find_abstention(text) is not None) is refusal


@pytest.mark.parametrize("text, refusal", [
    # a noun of asked information, determined, that is not in or on a text
    ("The opening time isn't in the flyer.", True),
    ("The exact prices are not on the booking form.", True),
    ("The deadline wasn't in the circular.", True),
    # ... with a short complement saying what it is of or for
    ("The closing date for entries isn't in the club newsletter.", True),
    ("The cost of the call-out is not in the boiler contract.", True),
    # not a noun of information, or not a text: a fact about the thing
    ("The date of the hearing is not in doubt.", False),
    ("The cost of parking isn't in the city centre.", False),
    ("The garage isn't in the lease.", False),
    ("The deposit is not in the price.", False),
    ("The total is not in dispute.", False),
])
def test_an_information_noun_not_in_a_text(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # a time of day is information a text holds or lacks, as a date is; "T&Cs" is the terms and conditions
    ("The parking notice gives no times for the Sunday restriction.", True),
    ("There's no finish time on the swimming-club flyer.", True),
    ("The fixtures card has no times on it.", True),
    ("The hire terms and the T&Cs fail to mention the late-return fee.", True),
    ("The T&Cs don't say whether the voucher can be split.", True),
    # not a refusal: the time or the text holds the answer, or the noun is no information
    ("The T&Cs say the voucher cannot be split.", False),
    ("The notice gives the times as 08:00 to 18:30.", False),
    ("It took the crew no time at all to clear the site.", False),
])
def test_a_time_of_day_is_information_and_tcs_a_text(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # a negated existential with an article or "any" before its noun is the one with "no"
    ("There isn't a closing date in the grant guidance.", True),
    ("There's not a single price anywhere in the catalogue.", True),
    ("There aren't any opening hours in the leaflet.", True),
    ("There wasn't an exact figure in the survey report.", True),
    # ... and says no more than that one does: content, not a gap in a text
    ("There isn't a charge for the second visit.", False),
    ("There isn't a lift in the building.", False),
    ("There isn't any in the guide, but the shop sells it.", False),
    ("There isn't a penalty in the contract for paying early; the fee is £40.", False),
])
def test_a_negated_existential_with_an_article_reads_as_one_with_no(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # "no way of knowing" in any tense, or with no verb opening the answer, of knowing from something
    ("There is no way of telling from the minutes who seconded it.", True),
    ("There was no way to tell from the invoice.", True),
    ("No way of knowing from the brochure, I'm afraid.", True),
    ("No way to say whether it was insured.", True),
    # a way to do something else is content
    ("No way to book online; you have to phone the office.", False),
    ("There is no way to reset the alarm without the code.", False),
])
def test_no_way_of_knowing_in_any_tense_or_with_no_verb(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # texts joined by "or"/"and" stand for the texts when the last is one, whatever the first is called
    ("The start time isn't given in the invitation or the clarification letter.", True),
    ("That isn't set out in either the deed of variation or the solicitor's letter.", True),
    ("Sorry, the parking rules aren't covered in the booking form or the welcome email.", True),
    ("The referee's name isn't in the fixture card or in the league bulletin.", True),
    # joined things that are not texts, and a clause after "and", are content
    ("A carry case isn't included in the box or the bundle.", False),
    ("Towels aren't provided in the cabin or the shower block.", False),
    ("The deposit isn't returned and the tenancy agreement ends.", False),
])
def test_joined_texts_with_a_text_last(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # "date" after a negated auxiliary and before its object is a verb of putting a value on a record
    ("The architect's letter doesn't date the site visit.", True),
    ("The parish magazine did not date the bell restoration.", True),
    ("The rota lists the volunteers but doesn't date them.", True),
    # a style that "doesn't date", and a noun after a negated verb, are content
    ("Shaker kitchens don't date.", False),
    ("The valuer doesn't date antiques on Saturdays, the shop says.", False),
    ("The brochure doesn't give the date the pool opens.", True),
])
def test_date_as_a_verb_of_recording_after_a_negated_auxiliary(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # "no" before two nouns joined by "or"/"and": one noun phrase, not two clauses
    ("No make or model is stated for the replacement boiler.", True),
    ("The flyer has the venue; no start or finish time is listed.", True),
    ("No author and no publisher are named.", True),
    # joined things that are no information stay content, as one noun does
    ("No dogs or bicycles are allowed on the ferry.", False),
    ("No cash or cheques are accepted at the kiosk.", False),
])
def test_no_before_two_joined_nouns(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # what the texts give, restricted by "only", after a colon: the asked thing is still not given
    ("Not known from the papers: they give mileages only for the 2019 trip.", True),
    ("The handbook is silent: it just lists the fire exits.", True),
    # what the text says instead, unrestricted, answers
    ("The manual doesn't say to descale it: it says to rinse it weekly.", False),
])
def test_restricted_statement_after_a_colon_is_context(text, refusal):
    assert is_abstention(text) is refusal


@pytest.mark.parametrize("text, refusal", [
    # a text that gives no date, or leaves the asked thing unrecorded or empty
    ("The tide table is undated.", True),
    ("The site diary leaves the delivery time unrecorded.", True),
    ("The booking form leaves the dietary requirements box empty.", True),
    # people leaving things empty or open, and an empty thing, are content
    ("The cleaners left the bins empty.", False),
    ("The warden leaves the gate unlocked until dusk.", False),
    ("The water butt is empty by August.", False),
])
def test_a_text_undated_or_leaving_a_field_empty(text, refusal):
    assert is_abstention(text) is refusal


# Written after the rule (round 30): "nothing here" with a verb of saying or giving places the
# absence in what was given, as "nothing in here" does; "nothing here" with any other verb is a
# statement about the things ("nothing here is refundable").
@pytest.mark.parametrize("text, refusal", [
    ("Nothing here tells us what the landlord charged.", True),
    ("Sorry, nothing here says when the pool reopens.", True),
    ("Nothing here gives the tank's capacity.", True),
    ("Nothing here is refundable once the course has started.", False),
    ("Nothing here costs more than £5.", False),
])
def test_nothing_here_with_a_verb_of_saying(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rules (round 31). Two texts joined before a verb of saying are one subject, not
# two clauses, in a cleft too ("something the minutes or the agenda records"); "and" before a text
# that says something after a statement still starts a clause of its own.
@pytest.mark.parametrize("text, refusal", [
    ("That isn't something the minutes or the agenda records.", True),
    ("The closing time isn't something the flyer or the website gives, sorry.", True),
    ("It's not something the invoice and the delivery note mention.", True),
    ("The hall isn't heated and the booking form says so.", False),
    ("Dogs aren't allowed, and the notice states that clearly.", False),
])
def test_two_texts_joined_before_a_verb_of_saying(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# "That isn't covered" followed by the only ones the texts give is the texts' scope, as "... only
# give ..." is; the only one of a rule, with no participle of giving, is content.
@pytest.mark.parametrize("text, refusal", [
    ("That isn't covered: the only sizes listed are small, medium and large.", True),
    ("That isn't covered. The only times given are for weekday sessions.", True),
    ("That isn't covered; the only exclusion is wear and tear.", False),
])
def test_the_only_ones_given_after_that_isnt_covered(text, refusal):
    assert (find_abstention(text, question="What does a child's ticket cost?") is not None) is refusal


# Written after the rules (round 35): "nothing" with a verb of saying and an indirect question for
# object declines, with no text named; with a reported clause ("nothing says you can't") it is content.
@pytest.mark.parametrize("text, refusal", [
    ("Only the standard limit is mentioned; nothing says what higher limit is possible.", True),
    ("Nothing says whether the hall has a hearing loop.", True),
    ("Nothing states how long the warranty on the frame lasts.", True),
    ("Nothing says you can't bring your own chain oil.", False),
    ("Nothing says otherwise, so the 10% discount applies.", False),
])
def test_nothing_says_with_an_indirect_question(text, refusal):
    assert (find_abstention(text, question="What does the upgrade cost?") is not None) is refusal


# Written after the rules (round 36): verbs of failing ("neglects to"), a copula of remaining shared
# from the clause before "but", "leaves <the figure> out", and an adjective of absence fronted with
# its text as a heading; near misses keep a person, a thing that is no information, or no text.
@pytest.mark.parametrize("text, refusal", [
    ("The ferry timetable neglects to give the Sunday departure times.", True),
    ("The site plan neglected to mention whether the car park is lit.", True),
    ("The caretaker neglects to lock the side gate on Fridays.", False),
    ("The allotment rules list the plot sizes but stay quiet on water charges.", True),
    ("The warden checks the plots but stays quiet at weekends.", False),
    ("The minutes record the vote but leave the final total out.", True),
    pytest.param("The minutes record the vote but leave the final tally out.", True,
                 marks=pytest.mark.xfail(strict=True, reason="value nouns outside the closed classes")),
    ("The recipe leaves the salt out.", False),
    ("Absent from the inspection report: any date for the follow-up visit.", True),
    ("Missing from the delivery note: the driver's name and the time of arrival.", True),
    ("Missing from the box: one hinge and two screws.", False),
])
def test_failing_remaining_quiet_and_fronted_absence(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rule (round 36): "that" after a lead-in adverb is the subject when a verb
# follows it ("Unfortunately that's not stated"), not a complementizer to skip.
@pytest.mark.parametrize("text, refusal", [
    ("Unfortunately that's not stated in what I have.", True),
    ("Unfortunately that is not mentioned in the papers you sent.", True),
    ("Unfortunately that's not free: bicycles cost £5.", False),
])
def test_that_after_a_lead_in_adverb(text, refusal):
    assert (find_abstention(text, question="How much does the ferry charge for a bicycle?") is not None) is refusal


# Written after the rule (round 36): the asked thing named as the subject of "isn't covered" declines
# when placed in texts or followed by what they only give as information; alone, after a yes/no
# question, or followed by what a policy lists, it may be the rule's content.
@pytest.mark.parametrize("text, question, refusal", [
    ("Motorbikes aren't covered — the fare table only lists cars, vans and foot passengers.",
     "What is the fare for a motorbike on the evening crossing?", True),
    ("Motorbike fares aren't covered: the leaflet only gives car prices.",
     "What is the fare for a motorbike on the evening crossing?", True),
    ("Evening motorbike fares aren't included in the timetable or the fares leaflet.",
     "What is the fare for a motorbike on the evening crossing?", True),
    ("Motorbikes aren't covered by the insurance.", "What is the fare for a motorbike on the evening crossing?", False),
    ("Damage to motorbikes isn't covered: the policy only lists cars and vans.",
     "What does the operator pay for damage to a motorbike?", False),
    ("Motorbikes aren't covered — the fare table only lists cars.", "Can motorbikes use the evening crossing?", False),
])
def test_the_asked_thing_not_covered_with_the_texts_scope(text, question, refusal):
    assert (find_abstention(text, question=question) is not None) is refusal


# Written after the rule (round 38), on a garden centre's delivery terms: what the speaker has or was
# given stands for the texts after "there is no X in", as it does after "not in"; what the speaker
# ordered is no text.
@pytest.mark.parametrize("text, refusal", [
    ("There's no date for the next compost delivery in what I have.", True),
    ("There's no rate for delivering compost in what we were sent.", True),
    ("There's no delivery charge for anything in what I have ordered.", False),
    ("There's no delivery charge for compost over 20 bags.", False),
])
def test_no_such_thing_in_what_the_speaker_has(text, refusal):
    assert (find_abstention(text, question="What is the delivery charge for compost?") is not None) is refusal


# Written after the rule (round 41), on a sailing school's course terms: "nothing in" a text quantified
# as the two or each ("either document", "both letters") places the absence in the texts, as "the
# documents" does; "No X is given for Y", X the thing the question asks for, declines where the
# question speaks of no giving or getting ("given" is then the texts' giving); where it does, "no X is
# given" may be the rule ("No refund is given for ...").
@pytest.mark.parametrize("text, question, refusal", [
    ("There's nothing in either document about the instructor's qualifications.",
     "What qualification does the instructor hold?", True),
    ("There is nothing in both letters about where to park.", "Where do students park?", True),
    ("No instructor is given for the dinghy course; only the keelboat course names one.",
     "Which instructor is assigned to the dinghy course?", True),
    ("No launch slipway is given for the evening session.", "What is the launch slipway for the evening session?", True),
    ("No refund is given for lessons missed through illness.",
     "What refund do students get for lessons missed through illness?", False),
    ("No discount is given for a second course.", "What discount is offered on a second course?", False),
    ("There's nothing in each dinghy but a bailer.", "What is kept in each dinghy?", False),
])
def test_nothing_in_either_text_and_no_asked_thing_given(text, question, refusal):
    assert (find_abstention(text, question=question) is not None) is refusal


# Written after the rule (round 43), on a music festival's camping terms: "not anything" in a text
# is "nothing" in it ("There isn't anything in the camping terms about gazebos"); what is not anything
# wrong, or not anything to pay, is no text's silence.
@pytest.mark.parametrize("text, refusal", [
    ("There isn't anything in the camping terms about gazebos.", True),
    ("There's not anything in the festival guide on campervan pitches.", True),
    ("There wasn't anything on the wristband letter about early entry.", True),
    ("There isn't anything to pay for the shuttle bus.", False),
    ("There isn't anything wrong with bringing a gas stove.", False),
])
def test_not_anything_in_a_text_is_nothing_in_it(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rules (round 47), on a county archive's search-room answers: the speaker's search
# in any mood ("I can find no ..."), with two values sought ("no X or Y in it"); a text's part named by
# its number is a text ("Neither clause 4 nor the appendix ...", "Section 3.2 gives no ..."), as a
# subject, not where it is a place ("as stated on page 1"), and the pronoun "I" is no part's letter.
@pytest.mark.parametrize("text, refusal", [
    ("I can find no opening date for the new strongroom.", True),
    ("We could find no mention of a reader's ticket fee in the leaflet.", True),
    ("The deposit receipt gives the box number, but I can find no accession date or donor name in it.", True),
    ("I can find no fault with the way the maps were catalogued.", False),
    ("Neither clause 4 nor the appendix sets out a loan period.", True),
    ("Section 3.2 gives no charge for copying.", True),
    ("Appendix B doesn't list the reading-room hours.", True),
    ("Clause 4 does not allow pens in the search room.", False),
    ("The archive doesn't copy bound volumes because they are fragile, as stated on page 1.", False),
    ("If the rules cover tracing, it's not in any section I could find.", True),
])
def test_the_speakers_search_and_a_texts_numbered_parts(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rule (round 48), on a photography club's competition answers: a thing one party
# gives another ("no refund is given", "no discount is given") is given in the world, not in a text;
# information given or not ("no closing date is given", "No entry fee given.") is the text's silence.
@pytest.mark.parametrize("text, refusal", [
    ("No refund is given.", False),
    ("Entries can be withdrawn before judging, but no refund is given.", False),
    ("No discount is given.", False),
    ("No closing date is given.", True),
    ("No judge's name is given.", True),
    ("No prize list is given for the junior section.", True),
    ("No entry fee given.", True),
    ("No prize amount is given in the rules.", True),
])
def test_a_thing_given_in_the_world_and_information_given(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rule (round 52), on a model railway club's answers: a preposition that opens an
# indirect question after "but not" leaves out the asked thing as the bare question word does ("but
# not on what date"); an adjunct after it states content ("but not in euros"); a text that does not
# quantify a thing is silent on it, as one that does not state it is.
@pytest.mark.parametrize("text, refusal", [
    ("The newsletter says the layout was sold, but not on what date.", True),
    ("The minutes record the vote, but not by how many members it passed.", True),
    ("The rules say fees are paid at the door, but not in cash.", False),
    ("The exhibition report doesn't quantify how many visitors came.", True),
    ("The treasurer's report never quantifies the loss on the raffle.", True),
])
def test_indirect_questions_after_a_preposition_and_texts_that_quantify(text, refusal):
    assert (find_abstention(text) is not None) is refusal


# Written after the rule (round 53), on a sailing school's answers: what a text says may set one
# predicate against another ("recommended but not required", "optional but not compulsory"): a
# participle or an adjective of obligation that ends its clause after "but not" is said, nothing is
# left out; an object after it still is.
@pytest.mark.parametrize("text, refusal", [
    ("The handbook says buoyancy aids are recommended but not required on the pontoon.", False),
    ("The joining notes say a wetsuit is advised but not compulsory, and the school hires them out.", False),
    ("The booking form says lunch is included but not refunded if you miss the day.", False),
    ("The handbook says lessons run on Saturdays but not the start time.", True),
    ("The joining notes give the course fee but not the deposit.", True),
    ("The logbook says the hull was repainted but not when.", True),
])
def test_a_predicate_set_against_another_after_but_not(text, refusal):
    assert (find_abstention(text) is not None) is refusal


@pytest.mark.parametrize("text, refusal", [
    # "stipulate" is a verb of saying as "specify" is: negated, it declines whatever its object
    ("The hire agreement doesn't stipulate a cleaning fee for the marquee.", True),
    ("Nothing in the booking form stipulates an arrival time.", True),
    ("The club rules do not stipulate a minimum age; that is left to the coach.", True),
    ("The contract stipulates that the deposit is not refundable.", False),
    ("No, the terms stipulate weekly payment, not monthly.", False),
])
def test_stipulating_is_saying(text, refusal):
    assert (find_abstention(text) is not None) is refusal
