"""Abstention: does the answer say the documents do not hold the answer?

Recognised by sentence structure, clause by clause, not by a list of whole phrases:

* a **text** (any noun for a written source: document, guide, manual, handbook, policy, report,
  summary, sources, FAQ, datasheet, ... or "it"/"they" standing for one) or the **speaker**
  ("I", "we") as subject, with a **negated verb of saying or holding** (say, state, mention,
  specify, list, cover, contain, give, provide, include, have, ...; also "never", "nowhere",
  "fails to") - "the handbook doesn't cover whether ...", "I couldn't find ..."; verbs of extent
  and record count as holding ("my sources don't extend to that", "doesn't go as far as naming
  the goalkeeper", "the transcript doesn't capture what ..."), and an informational text with
  any negated verb whose object is an indirect question declines;
* such a verb with **"nothing" / "no <information noun>"** as its object - "the handbook has
  nothing on X", "the report gives no figure", "the sources make no mention of it" ("make" with
  a noun of saying - mention, statement, reference - with any subject); from an informational
  text, or given, also with nouns before it ("the torque table has no seatpost clamp value");
  a clause without a subject after "but"/"and" shares the one before ("the spec sheet lists the
  weight but provides no battery-life figure", "the report focuses on revenue and doesn't go as
  far as giving the store count", "... but nowhere gives how long it lasts");
* **"no X is given/listed/mentioned"**, "X is not specified/stated (in the report)", "no boiling
  point is given for the solvent in the safety sheet", "It isn't stated who won" (an anticipatory
  "it" with an indirect question), "there is no information about", "nothing in the guide says", "none of the sources mention"; passives of
  phrasal verbs of saying ("is never brought up"), "is not answered / was never recorded in" any
  text, "was never written down" after a text was named, "no opening hours are given for ...";
* "is silent / mute on", "isn't clear on", "can't tell/say/determine from", "not enough
  information", "not enough in the documents to work out ...", "isn't something I can confirm
  (from it)", "unknown from the material", "I don't know", "outside the scope of the documents";
* a clause that says only that the answer is absent ("Unknown.", "Information not available.",
  "The answer is not given in the documents."); any determined subject with a purely textual
  negated verb and an indirect question ("the recipe doesn't indicate whether ..."), so a text
  noun nobody listed still counts; "neither the FAQ nor the manual lists ...";
* "That isn't covered." (a pronoun or no subject, a negated cover/include/contain/record/...) as
  the whole answer (or placed in named texts: "... by the terms and conditions I have access to"),
  or followed by what the texts only give ("The terms only give the normal
  hours"), unless the item's question asks yes/no or about that verb: the pronoun then stands
  for the asked information, which only a text covers; so with "That's not in the notice" (any
  text);
* **any subject** with a negated verb only ever about saying (say, state, mention, specify,
  describe, discuss, explain, ...): "the care card doesn't say so", "neither the ticket nor the
  email says"; the passive of such a verb with any subject, placed in any container ("whether
  pets are allowed was not addressed in the listing"); "gives no sowing depth" (a measure after
  a verb of giving); "the kick-off time is missing from the fixture list";
* where the information is not or how far the text goes: "nothing (here) on X", "Nothing about
  pets.", "isn't in it" / "isn't part of it" / "isn't among the topics (the things they cover)"
  after a text was named, "doesn't appear to be in the material", "is left out", "skips over",
  "the notes you pasted stop before ...", "stops short of giving ...", "the excerpt only goes up
  to ...", "the leaflet only describes (covers only) the adult dose";
* the asked fact as the subject (an information noun, a pronoun or indirect question for it, or a
  noun phrase sharing a content word with the question, or with a question the answer restates:
  "You're asking how many ...") with a negated predicate of not being seen ("isn't visible to
  me", "isn't showing on my side", "isn't printed anywhere in it"), not being where it was
  sought ("isn't there", "isn't among its figures") or never coming up; the idioms of not knowing
  ("beats me", "search me", "your guess is as good as mine", "is anyone's guess") and "I'd be
  pulling a number out of thin air"; a verbless trace noun placed in a text ("No trace of a
  Sunday sailing anywhere in this timetable", "Not a whisper of the date in these pages");
* the speaker's search: "... and came up empty", "I didn't come across any reference to",
  "I don't see a delivery window anywhere"; in any tense or aspect ("I'm not seeing", "we
  haven't found", "I never spotted") and searched in any determined noun phrase ("... in the
  fixtures list you shared", "... in any of the material you gave me"), or for an indirect
  question ("I can't see whether the refund went through");
* a negative adverbial fronted with inversion: "Nowhere in the rulebook is the length given",
  "At no point does the letter say who signed it" (any place with a verb of saying or "given";
  "nowhere in the park are dogs allowed" is content);
* an indirect question as the subject of a negated passive ("whether overtime is paid isn't
  covered in the agreement", "how many seats it has isn't given in the venue description"); a
  plain wh-word only when placed in a text ("what you bring isn't covered by the policy" is content);
  "covers A but not whether / how much ..." after any text; a hedge over a saying: "I don't think the lease
  mentions who fixes the boiler"; "neither one lists" after the texts were named; "I'd only be
  guessing" (an answer would be a guess);
* "there's no date given for ..." (the existential with a reduced passive, read as "no date is
  given"), "there's no record of it in the notes"; "leaves <any noun phrase> unstated" (un- + a
  participle of saying); an object closed by "either way" / "one way or the other" asks whether
  ("doesn't cover pre-existing conditions one way or the other");
* "the form lists the fee but not the deadline" (a written source with a verb of saying, an
  informational one with a verb of holding); a markdown table whose column asks whether each
  thing is in the texts ("Found in docs?") with "No" in it;
* "nothing" restricted to what was given ("nothing in here / provided / I was given / you sent")
  with a verb of saying, holding or determining (settle, pin down, determine, establish,
  resolve), and a text with a negated verb of determining and the asked information ("the rules
  don't settle whether a tie goes to penalties"); "is blank on", "draws a blank on"; "leaves
  that out" (an informational text); "is left unsaid"; "leave X unstated" sharing the subject
  before "but"/"and"; "outside / beyond what I was given" as a whole clause; "dunno", "no idea";
  "I'd be making it up / inventing a number"; "isn't available to me"; "a mystery as far as
  these notes go"; information (or a pronoun for it) that does not appear / never comes up in a
  text; after a text was named, "there's no check-in time in it", "the visitor guide doesn't."
  (an elided verb of saying or holding), "they don't include a gluten content figure";
* a text with an adjective of no use or thinness on the point ("the leaflet is unhelpful / thin /
  sketchy / of no help on ..."); "that's not answerable from the minutes"; a bare "Nowhere in the
  spec." (a place that is a text); the speaker's verbs of bringing to light, judged like "find"
  ("can't turn up / dig up / track down anything on ..."), reading a value off a source ("can't
  read the tolerance off it"), and the speaker as a causative's object ("the notes leave me unable
  to say"); what the speaker does not see headed by an information noun ("a budget figure");
  "only X, not <indirect question>" as "X but not ..." ("the documents only give the car capacity,
  not how many passengers she carries"; a content "only covers fire, not flood" stays content);
  an informational text with any verb whose object is an indefinite information noun phrase
  ("neither document puts a figure on the loss"; "the memo doesn't change the deadline" is
  content) or a reader and an indirect question ("never tells you how many it serves"); after
  "that isn't covered", what the texts only / just / merely give; an inverted "it" for a named
  text ("..., but nowhere does it say what the peak power is").

* an object fronted by a cleft is judged as the plain clause: "the weekly amount isn't something the
  leaflet covers" as "the leaflet never covers the weekly amount", "how many seats there are is
  something the page never broaches"; the asked fact as subject of the noun "a blank" placed in a
  text ("the fare is a blank in this notice"; the adjective, "box 4 is blank on the form", is content).

* "one" closing the object of a verb of giving, or of the speaker's "state/specify", stands for the
  asked value ("the booking terms don't give one", "I am therefore unable to state one"; "doesn't
  have one" may say there is none); "nothing in <text or place>" with any verb whose object is an
  indirect question ("nothing in the deed identifies who signed"); record nouns (details,
  particulars) as texts; the speaker's verbs of getting out (extract, pull, squeeze, wring, glean,
  draw, derive) with a text as the source ("can't extract the terminal from it").

* partial refusals: a stranded auxiliary after "but" takes the participle before it ("the kiln's
  length is given, but the depth isn't" as "the depth isn't given"; "breakfast is included, but
  dinner isn't" stays content); a text that lists or holds some things "but no / not <Y>" where Y's
  words are all the question's ("Who chairs it?" - "the handbook lists a treasurer, but no chair";
  not when the question selects among or counts Y, or asks yes or no); "left off" with a text (or
  "it" for information) as object ("the frame's weight is left off the spec sheet"); a fronted
  indirect question keeps its comma before an adverb between commas ("Where the key is kept,
  though, the guide doesn't say").

* round 15: an irrealis condition on a text with the speaker's relaying consequence, either order, no
  negation needed ("If the label gave a use-by date I'd read it out", "Were the rota to list a start
  time, I'd pass it on", "I could answer this if the log showed who locked up"; an open condition or a
  consequence of acting is content); "without" negating a second verb of saying after a text's saying
  ("the notice refers to the agreed limit without ever stating it"); being in texts a negative or
  exhaustive quantifier ranges over ("appears on none of the letters", "in neither the guide nor the
  list", "is absent from both the P60 and the covering letter"); a verbless clause of absence ("Interval:
  not stated", "None in the consultation pack", "Blank on the order form"); "it isn't recorded who",
  "it has not been possible to establish" (any tense), "no reference was made to"; a learner's "no
  have"; a text's verb of showing with "no" and a measure. Not refusals: the speaker's litotes ("I can't
  say enough good things about it", "I can't say I've seen ..."), and a refusal followed by "but" and
  a value another text (or a numbered part of one: "rule 14(c)") gives, shows or records. An en dash
  between digits ("2023\u201324") is a range, not a clause break.

* where a text ends or what it leaves: "that sits / lies / falls outside what I was handed", "beyond
  (off) the edge of what I've been shown" (verbs of lying somewhere, nouns of bounds); a text that "runs
  out / leaves off before ...", "this is where the guide runs dry" (a cleft of its end); "goes quiet
  on", "falls silent after" (verbs of becoming as the copula), "is tight-lipped about"; "there's a gap
  in these notes where X should be", "the notes have a hole where ..." (nouns of a gap); "none of the
  excerpts so much as mentions it" (the emphatic negative, any verb); "doesn't break out how much",
  "never lets on", "never tells you how many", "doesn't put a figure / a date on" (not "a limit on");
  "does not allow / permit a conclusion", "doesn't let me work out" (verbs of permitting), "no inference
  ... can be drawn from the text"; "gives neither a date nor a time"; an informational text with any
  verb and "no <information> on/about" (not verbs of asking for: "requires no details about"); "that
  information isn't in the pack", "not in what you sent"; "isn't one the report discloses" (a cleft as
  with "something"); "... and found no installation date for it" (the speaker shared from the clause
  before); "nothing in <any noun phrase> records / mentions ..."; a learner's "in the document is not
  written ...", "the manual is not saying ...", "the manual not explain ...".

* round 12: the asked thing "nowhere" in a text ("where the waste goes is nowhere in the guide", "a
  room count appears nowhere in it", "the tariff is specified nowhere in the notice"); "un-" + any
  participle of saying as the whole answer ("Unaddressed by the charter."); the perfect ("hasn't
  spelled out"); passives of all phrasal verbs of saying ("isn't dealt with / broken out anywhere");
  "goes near" as a verb of extent; "there's no <information noun> on the form / anywhere on the
  certificate"; a cleft on "the (one) detail / piece" ("the per diem is the one detail that doesn't
  appear", "... is the piece it leaves out"); "no basis on which to state"; "to answer whether ...
  I'd need ..."; a counterfactual on a text's saying ("if the rota gave a start time I'd pass it on,
  but it doesn't"); "none is shown" after a text was named; "not on the press kit I've got"; "but
  not / but no Y" with Y marked as asked ("..., which is what you asked about"); and, as content, the
  text's statement after ";" or as a pseudo-cleft ("doesn't specify a brand; what it requires is
  ..."), a report's "conclusion is that ...", a reason "because none runs" or a negated one the text
  states ("because the builder isn't VAT-registered, as it says at the bottom"), "no record of any X"
  followed by the record's own words quoted or a figure it shows ("- the mate wrote 'cargo secure'",
  "- it shows £0.00 owing"), and what a contract or a policy does itself after an indefinite object
  ("doesn't set a fixed end date; it runs until either party gives notice").

* round 36: verbs of failing besides "fail" ("the certificate neglects to note the reading"); a copula
  of remaining or becoming with no subject of its own after "but"/"and" takes the text before it ("the
  pattern gives the yarn weight but stays quiet on the needle size"); "leaves <the figure> out" with a
  determined information or measure noun ("leaves the turnout figure out"; "leaves the salt out" is a
  recipe's); an adjective of absence fronted with its text as a heading ("Missing from the venue
  contract: the corkage fee, ..."; "Missing from the box: one hinge" is content); the asked thing (a
  subject sharing a content word with the question) not covered, placed in texts or followed by what
  they only give as information ("Undergraduate tutoring isn't covered - the terms only list primary
  and GCSE rates"; after "the policy only lists fire and theft" it may be the policy's cover); "that"
  after a lead-in adverb is the subject when a verb follows ("Unfortunately that's not stated").

A clause asked as a question ("Not stated in the summary? It is, actually: ...") declines nothing.

Before the rules run, markdown marks (emphasis, headings, quotes, bullets, table pipes),
contractions typed without their apostrophe ("dont", "isnt", "theres"), a conjunctive adverb set
between commas mid-clause ("it does not, however, say") and any short phrase between commas after a
negated auxiliary ("does not, on its face, specify") are undone; the phrase returned is still the
one written.

What keeps it from firing on answers that *report* content:

* a verb of saying that is **not negated** reports content ("the guide says no price rise is
  planned"); "nothing"/"no X" count only as the object of the saying ("says nothing about"), not
  as the subject of a reported clause ("says nothing has changed", "says no data were lost");
* content verbs (require, recommend, allow, use, ...) are not verbs of saying ("the policy does
  not require a doctor's note"); verbs that also have a content sense (cover, include, contain,
  provide, give, have, show, offer, set) count only when their object is the asked information
  (about/on/whether/what/..., anything, "any figure", "that", or no object) - "the policy does
  not cover water damage" is content - unless the subject is a purely informational text
  (guide, manual, FAQ, ...: "the manual doesn't cover the X300");
* a passive with a content sense ("no refund is given for late returns", "no side effects were
  reported") counts only when its noun is information (figure, date, price, details, ...) or
  the clause names the text ("... in the report"); "not listed as", "not indicated for" are content;
* "that isn't covered" answers a question about coverage ("Is flood damage covered?", "What
  does the plan cover?", "Can I claim a taxi?") or says more than that ("it isn't covered: the
  policy excludes wear"): neither is a refusal; "the warranty doesn't extend to water damage",
  "makes no claim that", "found no evidence of damp" (a search's verdict), "never says no to
  dogs", "the notice covers only routes 4 and 7" (a text that also does things) are content;
* "no <noun> <noun> <information noun>" from a text that also does things is content ("the
  policy has no excess amount for glass", "the contract has no end date");
* a clause that is a condition ("if the manual doesn't say, ask HR") is not a refusal, nor one
  framed as the text's report ("According to the minutes, the meeting was not recorded"), nor a
  declined detail of a value just stated ("The handbook gives 25 days; it doesn't mention whether
  that includes public holidays", "The deadline is 5 May. It doesn't say what time of day,
  though"), nor "not just / not only" ("the guide doesn't cover just cars");
* a negated saying followed by what the text does say is content ("the manual doesn't say to
  unplug it - it says to switch it off", "doesn't give a single figure but a range: ..."), unless
  it is the same information for another subject ("doesn't give opening hours for desk A - it
  gives desk B's hours" still declines for desk A); so is one followed by a reason about the
  world, not the texts ("doesn't list a fan because the unit is fanless", "can't give one number
  because the fare depends on the zone", "because there isn't one", also when the text is cited for
  it: "because, as it states, there isn't one", "because it was cancelled, according to the
  notice"; "they do answer this: ..." and "they give X" contrast too), and one with an indefinite
  object followed by the text's statement ("doesn't specify a fixed term. It states that it runs
  indefinitely"); what a text reports ("the docs say the size cannot be determined in advance")
  and a doubt about a stated clause ("I'm not sure there's a simpler way to put it: ...") are
  content; so is a negated saying of a whole clause (a denied proposition: "doesn't say he
  resigned") followed by what the text does ("it says he was dismissed", "it rates it 'fair'"),
  an indefinite object followed by the text's statement attributed after it ("any mild detergent
  will do, it says") or shared by "and" ("and says explicitly that ..."), a reason the text is
  cited for ("because the rent, it says, covers maintenance"), and a refusal followed by the
  asked thing after all ("but the cap you asked about is £5,000"); "No information about your
  card is kept" has a verb of its own and is a statement, not the elliptic "No mention of X";
* the subject of a negated verb must start its clause, so "patients in the study did not mention
  pain" is not the study declining;
* a subject that names no text declines only with a verb only ever about saying, unless the
  question names that verb ("Did the board discuss pay?" - "The board didn't discuss pay") or is
  about that subject ("Did the patient have chest pain?" - "The patient did not describe any
  chest pain"; then only "doesn't say (whether / so / either way)" declines), or the answer opens
  with yes or no; verbs that also report a finding or an act (indicate, identify, address: "the
  tests didn't indicate an infection") and verbs of holding ("the kit doesn't include a
  charger") decline only with the asked information as object;
* judgement nouns after the speaker's search are a verdict ("I couldn't find any reason to doubt
  it", "I didn't notice any difference"); "stops short of blaming" refrains; "there's no repeat
  in the second section" (a part of a text is also a part of what it describes) is content;
* an answer stated beside a clause about something not given (`_answer_beside`): a sentence (or a
  part after "but"/"though"/"because", a colon or a dash) stating a value - a figure or a cardinal
  word - with no negation, whose subject is neither a text, the speaker nor a pronoun and whose main
  verb is not one of saying or holding ("The notice period is two months; the lease doesn't say
  whether notice can be given by email", "I can't find a second reading, but the first reading in
  the record is 1.8 bar"), or a "Yes,"/"No," opening with a clause of its own ("Yes, dogs can travel
  on deck, though the leaflet doesn't say whether they must be muzzled"), or a value after a hedge
  ("I'm not certain, but the timetable seems to give 14:25"). What a text holds is context around a
  refusal, not an answer: a value attributed to a text ("according to / per the page", "is listed as
  212"), or after a clause whose subject is a text or whose verb is of saying or holding ("The log
  records the departure at 06:40. There is no entry for ..."), or in a markdown list; and the answer
  still declines when the asked thing is fronted as the refusal's subject ("Whether old gear scales
  up isn't mentioned"), when the refusal concludes ("..., so I can't tell you how long"), or when a
  second clause declines.

* round 13: "un-" + a participle of saying or holding with the copula or a verb of becoming or staying
  as a negated passive ("which pieces they sing goes unrecorded in the minutes"); enter and transcribe
  among the verbs of putting in writing ("his date of birth is not entered"); a noun phrase the answer
  marks as asked ("the 14:00 reading you asked for isn't there") and the head before a preposition as
  the asked fact ("the royalty fee for the autumn season is not among them"); "leaves blank" as a verb
  of omission (in a cleft too); "neither <saying> nor <verb>" as a negated saying; "none" as the
  object of an informational text ("the listing has none"); "puts no figure on it"; "no sign / hint
  of whether"; the speaker's "can offer no date", "can't make out"; "can't be read on the image";
  "nothing (is) given on that"; "neither it nor the report" (a pronoun for a text named before); "Only
  X is given - ... - not <indirect question>"; an emphatic "do" with any verb of saying after a
  negated one ("doesn't list everyone present, but they do confirm that ...") is the text's content.

* round 14: a fact stated with no value in a sentence or before a semicolon of its own, ahead of a gap
  about something else, is the answer (`_states_a_fact`: a finite auxiliary, copula or modal of rule, or
  an inflected verb in a clause without negation; a subject that is no text, speaker, pronoun or
  "there"; not a redirection by a modal of possibility; no gap itself): "Practice night is Wednesday;
  the leaflet doesn't give a finish time", "Guests may not stay more than three nights; the contract
  doesn't say how many ...", "No, you're not locked in; ..."; "per" attributes only before a
  determiner ("15p per kWh" is a rate). Counterfactuals on a text: "had"/"were" inverted, "if ... were
  in <text>", "<text> would have to list X for me to answer", the negation resumed after "but", "and"
  or ";" with its participle ("but it hasn't been included") or what the text only gives; any verb
  with the speaker's relaying consequence ("I'd quote it", "I could tell you"). The passive of a verb
  of showing or putting in writing (show, display, mark, write, print, enter, record, note, log,
  identify, indicate) placed in a text, or in "it" after one was named ("no next-due date has been
  written on it"). "omits / leaves out" and "had not specified" sharing the subject before "but"/"and"
  (a value with any subject). Information that "doesn't feature" or "no X appears / comes up" after a
  text was named. An object the answer marks as asked ("doesn't cover the minimum age you asked
  about"). What was handed over as a text ("a blank in everything you've given me"). "There's no
  telling / knowing whether". A topic fronted before the clause ("On the question of the insurance
  value, the agreement draws a blank", "but on the hoard's value it offers nothing"), read with the
  topic put back after it. The parts of a text after "there's no" ("there's no clause on keeping
  hens"); "affords / furnishes / yields no <information>" (formal verbs of giving).

* round 16: texts as a class (a reply, a blurb, a ticket); the perfect passive negated in full ("has not
  been specified", "have never been given"); conjunctive adverbs of contrast between commas ("by contrast",
  "on the other hand") as no clause break; "furnish", "communicate" as verbs of giving and saying, "let on"
  of saying; an object fronted before a pronoun subject ("the cost per firing, though, it doesn't spell
  out") and the object of a pseudo-cleft on a negated verb ("what it doesn't detail is the medical form")
  read as the plain clause (`_topic_refusal`); a verbless "no <noun> <participle>" as "there's no ..."
  ("Full service: no price listed"); "not apparent / evident / obvious from <text>". Not refusals: the
  speaker's "can't say" denying a clause about their own feeling ("Can't say I'm surprised", not "I can't
  say I know ...").

* round 18: texts as a class by their role: a determined noun phrase that is the subject of an affirmative
  verb of listing, showing or putting in writing is read as a text noun in the whole answer ("The
  prescription gives the sphere ..., but the pupillary distance has not been entered"; `_role_texts`),
  "the quote" after a definite determiner or a possessive, any determined noun phrase with a relative of
  handing over ("the price board you photographed", "the part you pasted"); phrasal verbs of putting in
  writing ("noted down", "put down", "filled in" of a value); "has got" before a quantifier as "has",
  "therein" as "in it"; "one" after a verb of showing; "None given in <text>"; "made clear" as a verb of
  saying; the idioms of keeping silent ("wholly silent", "on which ... are silent", "a closed book on",
  "keeps its counsel", "draws a veil over", once a text is named) and of evading ("steers clear of",
  "dodges", "sidesteps"), "leaves X to the imagination"; a cleft on a noun of a point at issue ("is a
  question the quote leaves unanswered"); "isn't anywhere among those details", "isn't part of what it
  covers", "go through" as saying; "I don't have a way to tell"; "go so far as to say"; "since" before a
  noun phrase is a time, not a reason; "that isn't covered in" an informational text or two texts after
  a yes/no question. Answers beside a gap: a time word as a value (noon, a weekday, a month), a plural
  subject's present or an irregular past stating a fact ("Requests close at midnight; ...", "Best in
  Show went to a Pekin bantam; ..."), "it" with a modal of future or rule before any text ("It'll be held
  for 7 days; ..."), ", and" before the speaker or a text as a clause break, and a content participle
  ("is included in the £52 rent") attributing nothing unless placed in a text; "I don't know about you"
  is a turn of talk; a text's statement that itself ends in a gap ("gives the canal's cost, but nothing
  for High Mill") does not answer a refusal before it.

* round 19: texts by their role also as the subject of a verb of listing in a condition ("If the waiver
  listed a weight limit I'd quote it") and beside a text in "neither ... nor" / "either ... or"; "nowhere"
  inverted with any determined subject, a verb of saying and an indirect question ("Nowhere does the
  estimate indicate whether ..."); "nowhere" as a passive's negator ("is nowhere recorded in"); a text's
  "would need to / have to" list it for the speaker to do any verb of relaying; the speaker's unwillingness
  (reluctant, hesitant, unwilling, loath, "would rather not") to guess or to give the asked information, and
  "I have no <information noun>" with its phrase closed ("so I have no price for that"); a consequence
  adverb before "unable"; adjectives of lacking before "of" ("devoid of any reference to"); the nouns of a
  gap as "a blank" placed in a text; a noun of a point at issue before an indirect question as the asked
  fact ("the question of who holds the key never comes up"); a part of a form named by its value and left
  empty after a text was named ("the time box is empty", "the cost cell was never filled in"; not "box 4",
  nor after a yes/no question); "beyond what <any determined noun phrase> tells me"; a text fronted as the
  place of a clause with a subject of its own, read as the plain clause. Answers beside a gap: "and" before
  the existential opens a clause of its own, comma or not ("Children's cuts are £12 and there's no
  under-5s price listed"); the asker sent elsewhere by "you'll have to / you'd need to" is a redirection,
  not a fact stated.

An answer that declines and then guesses ("The document doesn't say, but it is probably 5 kg")
is a refusal followed by a guess: `find_abstention` returns the refusal phrase; the hallucination
scorer judges the guess's claims on their own.

Extra phrasings (regexes, case-insensitive) come from `scoring.abstention_phrases` in the run
config and are searched in the whole answer.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .atoms.lexicon import MONTHS, SMALL_NUMBERS, TENS, WEEK
from .text import INTERJECTIONS, content_words
from .wordforms import ing_form, irregular_past, stem, verb_forms

# ----------------------------------------------------------------------------------------------
# word classes

# Nouns for a written source. Informational texts only ever *hold* information; the others
# (policy, report, study, contract, ...) also *do* things (cover a risk, include children), so a
# content-sense verb counts with them only when its object is information: a notice of changes
# "covers only routes 12 and 14"; a syllabus, agenda, schedule or list sets out what it plans or
# holds ("the syllabus doesn't include statistics"). "lists" is left out: it is also a verb.
_INFO_TEXTS = """document documents doc docs documentation guide guides guidebook manual manuals handbook
handbooks summary summaries source sources passage passages text texts article articles faq faqs
datasheet datasheets sheet sheets material materials context page pages webpage website
section sections appendix appendices annex brochure brochures leaflet leaflets pamphlet pamphlets
booklet booklets flyer spec specs specification specifications excerpt excerpts extract extracts
snippet snippets transcript transcripts chapter chapters paragraph paragraphs file files readme
wiki catalog catalogue catalogues table tables chart memo memos email emails letter letters
literature reference references content contents information info entry entries label labels
instructions guidelines glossary factsheet newsletter bulletin post notes note slides deck
presentation abstract menu documents excerpted knowledge addendum addenda handout handouts overview overviews
synopsis writeup write-up changelog errata erratum footnote footnotes q&a listing listings advert adverts
advertisement advertisements copy copies drawing drawings blueprint blueprints schematic schematics diagram diagrams
checklist checklists timetable timetables itinerary itineraries prospectus sds msds outline outlines
log logs logbook logbooks register registers annotation annotations pdf pdfs guidance
spreadsheet spreadsheets footer footers header headers caption captions wording correspondence""".split()
_OTHER_TEXTS = """policy policies report reports paper papers study studies contract contracts agreement
agreements terms conditions plan rules regulation regulations code statute law standard record
records filing filings statement statements minutes proposal review survey audit protocol charter
bylaws licence license notice form forms brief briefs card cards data announcement release supplement supplements
amendment amendments update updates circular rider pack packs lease leases confirmation confirmations annexe annexes attachment
attachments enclosure enclosures syllabus syllabi curriculum
agenda agendas schedule schedules programme programmes list
recipe recipes certificate certificates scorecard scorecards scorebook scorebooks
rulebook rulebooks diary diaries magazine magazines calendar calendars rule
clause clauses reply replies blurb blurbs ticket tickets deed deeds paperwork poster posters quotation quotations
constitution constitutions t&c t&cs ts&cs
details particulars""".split()   # record nouns: "the account details don't show when ..." (content verbs need the asked fact)
# (not an invoice or a receipt: a record of a charge, where "no fee appears on the invoice" says none was charged)
_TEXT = "|".join(sorted(set(_INFO_TEXTS + _OTHER_TEXTS), key=len, reverse=True))
_INFO_TEXT = "|".join(sorted(set(_INFO_TEXTS), key=len, reverse=True))
_INFO_TEXT_WORD = re.compile(rf"\b(?:{_INFO_TEXT})\b", re.IGNORECASE)


def _names_info_text(text: str) -> bool:
    """`text` names a purely informational text (guide, manual, brochure), which only ever holds
    information: whatever it "gives" or "covers" is information."""
    return _INFO_TEXT_WORD.search(text) is not None

# What was asked for: the object that turns "doesn't give/cover/include" into a refusal.
_INFO_NOUN = (r"(?:information|info|details?|data|figures?|numbers?|dates?|times?|answers?|mention|specifics|"
              r"indication|breakdown|estimates?|values?|amounts?|guidance|statistics|stats|facts?|word|"
              r"references?|explanation|clarification|particulars|section|entry|timeline|timeframe|"
              r"deadline|prices?|pricing|costs?|totals?|counts?|percentage|specifications?|specs|"
              r"description|list|instructions|clue|insight|confirmation|measurements?|dimensions|"
              r"sizes?|results?|rates?|name|names|source|evidence|record|reasons?|rationale|justification)")
_INFO_MOD = (r"(?:(?:any|the|a|an|that|this|such|enough|much|more|further|specific|exact|precise|detailed|"
             r"clear|relevant|particular|actual|official|concrete|real|explicit|direct|definitive|definite|"
             r"useful|additional|those|these|its|their|your|single|one|numerical|numeric|firm|current|"
             r"up-to-date|complete|full|reliable|similar|separate|other)\s+){0,3}")
_INFO_OBJ = rf"{_INFO_MOD}{_INFO_NOUN}\b"
# Nouns for a quantity whose value is asked (a closed class: measures). "gives no sowing depth"
# withholds a value as "gives no figure" does; with a verb of containing they are content ("the
# plan has no time limit"), so they count as information only after a verb of giving or from an
# informational text ("the datasheet provides no breakthrough time").
_MEASURE_NOUN = (r"(?:times?|duration|period|depth|height|width|length|weight|capacity|volume|temperature|speed|"
                 r"distance|doses?|dosage|limits?|maximum|minimum|threshold|spacing|interval|frequency|"
                 r"concentration|quantity|area|range|tolerance|pressure|voltage|torque|ratio|age|hours|altitude|"
                 r"elevation|"
                 # amounts of money: "gives no standing charge", "no renewal fee is given"
                 r"fees?|charges?|fares?|rent)")

# Nouns that name an act of saying (a closed class): "make no mention/statement of" says nothing,
# whatever its subject ("the care card makes no mention of frost"); "makes no claim" is left out
# (a maker's claim is content).
_SAY_NOUN = r"(?:mentions?|statements?|references?|comments?|remarks?)"

# the object words that make any verb of holding a refusal: about ..., whether ..., anything
_ABOUT = (r"(?:about|on|regarding|concerning|re|as to|with regard to|in regard to|in terms of|whether|if|"
          r"what|how|when|where|who|whom|which|why|whose|anything|any of (?:this|that|these|those|it)|"
          r"that(?: topic| question| point| issue| case| scenario| matter| part| detail)?|"
          r"this(?: topic| question| point| issue| case| scenario| matter| part| detail)?|"
          r"it|them|so|either|specifics|much|enough|the (?:topic|question|matter|issue|subject)|"
          r"your (?:question|case|situation))")

def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


def _first_words(forms: Iterable[str]) -> frozenset[str]:
    """The words that can open one of `forms` (verb forms as verb_forms writes them, "(?:spelled|spelt)
    out" included): a pattern built on an alternation of the forms can match only in a text that has
    one of them as a word (see _LETTERS), a set test far cheaper than the pattern's failing search."""
    out: set[str] = set()
    for form in forms:
        head = form.split()[0]
        out.update(head[3:-1].split("|") if head.startswith("(?:") else (head,))
    return frozenset(w.lower() for w in out)


# the words of a text for _first_words' test: letters only, so "doesn't" gives "doesn" and "t" and a
# form followed by an apostrophe ("says'") is still a word of its own
_LETTERS = re.compile(r"[a-z]+")


# verbs of saying: the text's content is whatever they take, so any object makes a refusal
_SAY_VERBS = """say state mention specify tell indicate discuss address describe detail explain clarify
disclose reveal note name identify define quote cite report list answer confirm elaborate record
document itemise itemize enumerate price log quantify stipulate""".split() + [
    "go into", "get into", "touch on", "refer to", "talk about", "speak to", "speak about", "comment on",
    "spell out", "set out", "break down", "break out", "lay out", "go over", "go through", "run through",
    "deal with", "get to",
    "get round to", "get around to", "let on"]
# verbs of holding/giving: also have a content sense, so the object must be the asked information
_HOLD_VERBS = ("cover include contain provide give have show offer hold carry supply present feature share set "
               "display").split()
# Verbs of extent, counted as holding when negated: how far a text goes ("my sources don't extend
# to that", "doesn't go as far as naming him") or what it keeps a record of ("the transcript doesn't
# capture what was said"); a warranty that "doesn't extend to water damage" is content, as with any
# verb of holding. Not reporting verbs: "the altitude the drone can reach" reports nothing.
_EXTENT_VERBS = ["extend to", "go back", "reach", "stretch to", "go as far as", "go so far as", "reach as far as",
                 "stretch as far as", "extend as far as", "capture",
                 "reproduce", "go near"]
# Verbs (of _SAY_VERBS) only ever about what something says: negated, they decline whatever their
# subject ("the care card doesn't say so"), a written source nobody listed included - unless the
# question asks what that subject said (see _object_ok).
_CORE_SAY_VERBS = """say state mention specify stipulate detail describe discuss explain clarify itemise itemize""".split() + [
    "spell out", "set out", "go into", "get into", "touch on", "elaborate on"]
# verbs of saying that also report a finding or an act ("the tests didn't indicate an infection",
# "the survey didn't identify asbestos", "the council did not address the complaints"), and verbs of
# putting a value on a record ("the menu doesn't price the specials", "the diary doesn't log the
# times"; "the shop doesn't price match" is the shop's act): with a subject that names no text, only
# the asked information as object declines ("either way"). ("date" is one only where `_DATE_VERB`
# reads it, after a negated auxiliary: as a noun it heads the asked value itself, "the start date
# itself is nowhere in …".)
_FINDING_VERBS = "indicate identify address price log date".split()
# verbs of giving: a measure as their object is a withheld value ("gives no sowing depth"); not
# "show" (a thermometer shows a temperature), "provide", "set" (a router provides, a plan sets a limit)
_GIVE_VERBS = "give supply present list quote".split()
_CORE_SAY_WORDS = frozenset(f for v in _CORE_SAY_VERBS for f in verb_forms(v))
_FINDING_WORDS = frozenset(f for v in _FINDING_VERBS for f in verb_forms(v))
_CORE_SAY = _alt(f for v in _CORE_SAY_VERBS for f in verb_forms(v)[:3])
_CORE_SAY_BASE = _alt(_CORE_SAY_VERBS)
_GIVE_WORDS = frozenset(f for v in _GIVE_VERBS for f in verb_forms(v))
_SHOW_WORDS = frozenset(f for v in ("show", "display", "print", "mark") for f in verb_forms(v))
_SAYING = _alt(ing_form(v) for v in _SAY_VERBS + _GIVE_VERBS if " " not in v)   # "naming", "giving"
_MAKE_WORDS = frozenset(verb_forms("make"))

_SAY_BASE = _alt(verb_forms(v)[0] for v in _SAY_VERBS)
_HOLD_BASE = _alt(verb_forms(v)[0] for v in _HOLD_VERBS)
_SAY_FIN = _alt(f for v in _SAY_VERBS for f in verb_forms(v)[:3])
_HOLD_FIN = _alt(f for v in _HOLD_VERBS for f in verb_forms(v)[:3])
_EXTENT_BASE = _alt(verb_forms(v)[0] for v in _EXTENT_VERBS)
_EXTENT_FIN = _alt(f for v in _EXTENT_VERBS for f in verb_forms(v)[:3])
_EXTENT_WORDS = frozenset(f for v in _EXTENT_VERBS for f in verb_forms(v))
# ("puts no figure on it"; the formal verbs of giving, "affords / furnishes / yields no indication of")
_NOTHING_VERBS = _SAY_VERBS + _HOLD_VERBS + ["make", "offer", "add", "put", "afford", "furnish", "yield"]
_NOTHING_ANY = _alt(f for v in _NOTHING_VERBS for f in verb_forms(v))

# past participles: purely textual ones ("not stated") and ones with a content sense ("not given")
_TEXTUAL_PP_WORDS = ["mention", "state", "specify", "list", "name", "cite", "quote", "note", "describe",
                     "detail", "itemise", "itemize", "disclose", "define", "spell out", "set out", "discuss", "address",
                     "clarify", "say", "explain", "note down", "jot down", "make clear", "make plain",
                     "make explicit"]
# phrasal verbs of saying in the passive ("is never brought up", "isn't touched on"): textual; "bring
# up" is not placed in any container ("never brought up in the city" is a childhood)
_PHRASAL_PP_WORDS = ["touch on", "refer to", "talk about", "comment on", "elaborate on", "go into", "bring up",
                     "spell out", "set out", "deal with", "break out", "break down", "lay out", "lay down"]
_CONTENT_PP_WORDS = ["report", "provide", "include", "cover", "show", "offer", "find", "record",
                     "document", "supply", "publish", "know", "make available", "contain", "present",
                     "identify", "indicate", "answer", "confirm", "reveal", "write down", "write up", "log",
                     "minute", "catalogue", "enter", "transcribe", "furnish", "communicate",
                     "write in", "put down", "fill in"]
# participles about information, whose absence from any text declines ("is not answered in the
# survey report", "was never recorded in the minutes"); "not covered in the policy" is content
_ANSWER_PP = re.compile(
    "^" + _alt(verb_forms(v)[3] for v in ("answer", "confirm", "reveal", "record", "document", "write down",
                                         "catalogue")) + "$",
    re.IGNORECASE)
_FIELD_PP_WORDS = ("put down", "fill in")
# verbs of putting in writing (a closed class: write down/up, record, document, log, minute, note,
# catalogue, print, enter, transcribe): "the decision was never written down" declines
# after a text was named ("there's a gap in the meeting notes"); alone it may be an event's history
_RECORD_PP = re.compile(
    "^" + _alt(verb_forms(v)[3] for v in ("write down", "write up", "record", "document", "log", "minute", "note",
                                         "catalogue", "print", "enter", "transcribe", "note down", "jot down",
                                         "write in") + _FIELD_PP_WORDS) + "$",
    re.IGNORECASE)
# (verbs of putting in writing that also name an act on a thing, "the hole was filled in", "the dog was put
# down": of a value or information only, "the drying time was not put down")
_FIELD_PP = re.compile("^" + _alt(verb_forms(v)[3] for v in _FIELD_PP_WORDS) + "$", re.IGNORECASE)
# (the same verbs of putting in writing as participles, for a clause with no text named)
_WRITTEN_PP = _alt(verb_forms(v)[3] for v in ("write down", "write up", "record", "document", "log", "note",
                                              "enter", "transcribe", "note down", "jot down", "write in"))
# textual participles that place their absence in any container ("was not addressed in the
# listing", "isn't mentioned on the card"); "not listed in the ingredients" is content
_PLACED_PP = _alt(verb_forms(v)[3] for v in _TEXTUAL_PP_WORDS + _PHRASAL_PP_WORDS
                  if v not in ("list", "name", "cite", "quote", "note", "disclose", "bring up", "lay down"))
_TEXTUAL_PP = _alt([verb_forms(v)[3] for v in _TEXTUAL_PP_WORDS + _PHRASAL_PP_WORDS])
_CONTENT_PP = _alt([verb_forms(v)[3] for v in _CONTENT_PP_WORDS] + ["available"])
# "un-" + a participle of saying ("unstated", "unmentioned", "undescribed", "unaddressed"): the text says nothing of it
_UNSAID_WORDS = frozenset("un" + verb_forms(v)[3] for v in _TEXTUAL_PP_WORDS if " " not in v)
_UNSAID = _alt(_UNSAID_WORDS)
# "un-" + any participle of saying or holding: a negated passive ("goes unrecorded in the minutes")
_UN_PP_WORDS = frozenset(("un" + verb_forms(v)[3]).lower() for v in _TEXTUAL_PP_WORDS + _CONTENT_PP_WORDS
                         if " " not in v)

_NEG = (r"(?:(?:do|does|did|could|would|should|might|must|need)(?:\s+not|n't|nt)\b|can(?:not|'t|t|\s+not)\b|"
        r"won'?t\b|(?:will|may)\s+not\b)")
_NEG_AUX = (r"(?:" + _NEG + r"|"
            # (verbs of failing, a closed class: "fails to say", "neglects to note")
            r"(?:is|are|was|were)(?:\s+not|n't)\s+able\s+to\b|fails?\s+to\b|failed\s+to\b|neglects?\s+to\b|"
            r"neglected\s+to\b)")
# + a finite verb: "the guide never says"; "neither" before a verb and "nor" (where clauses split)
_NEG_FIN = r"(?:never|nowhere|not\s+once|neither(?=\s+[\w'-]+\s*(?:nor\b|$)))\b"
_ADV = (r"(?:\s+(?:actually|really|explicitly|specifically|directly|clearly|even|seem\s+to|appear\s+to|"
        r"seems\s+to|appears\s+to|anywhere|unfortunately|sadly|however|itself|themselves|in\s+fact|"
        r"precisely|exactly|further|expressly|obviously|definitively|otherwise|ever|also|currently|"
        r"appear\s+to|just|simply|,))*")

# words that cannot premodify the subject noun (so "patients in the study" is not "the study")
_BLOCK = (r"(?:in|of|on|at|by|for|from|with|about|to|into|under|over|after|before|during|who|which|whom|"
          r"than|is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|should|may|might|"
          r"must|not|no|never|i|you|he|she|we|they|it|if|unless|when|whether|and|or|but|so|says?|said|"
          r"states?|shows?|there|here|nothing|none|neither|nor|only|just)")
_PREMOD = rf"(?:(?!{_BLOCK}\b)[\w'.-]+\s+){{0,4}}?"
# (a relative clause without "that" whose subject is any noun phrase and whose verb is one of sending or
# issuing, a closed class: "the spreadsheet the leisure centre sent", "the leaflet the council issued")
_POSTMOD = (r"(?:\s+(?:(?:(?:that|which)\s+)?(?:you|i|we)(?:'ve|'d)?\s+(?:have\s+|had\s+|were\s+|was\s+)?[\w]+"
            r"(?:\s+(?:me|us|to\s+me|with\s+me|with\s+us|earlier|above|here|before|today|to))?|"
            r"(?:the|a|an|your|their|our|my)\s+(?:[\w'-]+\s+){0,2}?(?:sent|issued|posted|emailed|published|forwarded|"
            r"circulated|handed\s+out|put\s+out)(?:\s+(?:me|us|you|out|round|over))?|"
            r"(?:(?:that|which)\s+)?(?:was|were|is|are)\s+(?:provided|given|shared|attached|supplied|retrieved|"
            r"uploaded|linked|quoted|cited|included)|"
            r"provided|given|supplied|attached|shared|uploaded|linked|cited|quoted|retrieved|above|below|"
            r"as\s+(?:provided|given|supplied|written|shared|quoted|pasted)|"
            r"here|there|itself|themselves|available|in\s+question|at\s+hand|on\s+file|as\s+well|"
            r"(?:of|on|for|from|about|in|at|under|covering|regarding)\s+(?:the\s+|this\s+|that\s+|these\s+|"
            r"those\s+|your\s+|our\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)){0,3}?")

# (what was handed over stands for the texts, whatever they are called: "everything you've given me",
# "what you sent", "all that you pasted")
# (so is any determined noun phrase with such a relative, whatever its noun: "the price board you
# photographed", "the part you pasted", "the bit I was sent")
_HANDING = (r"(?:given|sent|shown|provided|supplied|handed\s+over|handed|pasted|shared|attached|uploaded|forwarded|"
            r"photographed|copied|screenshotted|scanned|quoted|read\s+out)")
_HANDED = (r"(?:(?:what|everything|anything|all)\s+(?:that\s+)?(?:you|i|we)(?:'ve|'d)?\s+(?:have\s+|had\s+)?(?:been\s+)?"
           rf"{_HANDING}|(?:the|this|that|these|those)\s+(?:(?!(?:is|are|was|were|not|no)\b)[\w'-]+\s+){{0,2}}?[\w'-]+\s+"
           rf"(?:that\s+|which\s+)?(?:you|i|we)(?:'ve|'d)?\s+(?:have\s+|had\s+|were\s+|was\s+)?{_HANDING})"
           r"(?:\s+(?:me|us|to\s+me|to\s+us|over|here))?\b")
# (several things joined, the last a text, stand for the texts: "the heads of terms or the agent's email",
# "either the permit or the email"; the first is any determined noun phrase, with one "of" phrase)
_DET = r"(?:the|this|that|these|those|your|my|our|its|their)"
_JOINED_FIRST = (rf"(?:(?:either\s+)?{_DET}\s+(?:(?!{_BLOCK}\b)[\w'-]+\s+){{0,3}}?[\w'-]+(?:\s+of\s+[\w'-]+)?"
                 rf"\s+(?:or|and)\s+(?:in\s+)?(?={_DET}\s))")
_JOINED_TEXT = rf"(?:{_JOINED_FIRST}{_DET}\s+{_PREMOD}(?:{_TEXT})(?:'s)?{_POSTMOD})"
_WHAT_GIVEN = (r"what\s+(?:i|we)(?:\s+|(?='))(?:was|were|have\s+been|'ve\s+been)\s+(?:given|sent|shown|provided|handed|"
               r"supplied)|what\s+(?:i|we)(?:\s+|(?='))(?:have|had|can\s+see|'ve\s+got)|"
               # (what a source tells the speaker, any determined noun phrase: "beyond what the tutor's profile
               # tells me")
               r"what\s+(?:the|this|that|these|those|your|my|our|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+"
               r"(?:tells|told|gives|gave|shows|showed)\s+(?:me|us)")
# (what the speaker was given or has stands for the texts too: "no date for that in what I have")
_TEXT_NP = rf"(?:{_PREMOD}(?:{_TEXT})(?:'s)?{_POSTMOD}|{_HANDED}|{_WHAT_GIVEN}|{_JOINED_TEXT})"
_HANDED_NP = re.compile(rf"\b{_HANDED}", re.IGNORECASE)
# (a place after a text: "the label on the tub"; and the verbs of showing, a closed class)
_TEXT_PLACED = (r"(?:\s+(?:on|in|from|of|for|at|inside)\s+(?:the|this|that|these|those|your|my|its|their|a|an)\s+"
                r"(?:[\w'-]+\s+){0,2}?[\w'-]+)?")
_SHOW_FIN = _alt(f for v in ("show", "display", "print", "mark", "record") for f in verb_forms(v)[:3])
# any determined noun phrase ("the care card", "the key of the piece", "the notes you pasted"): a
# run of words without a verb form that could be the clause's own (auxiliaries, negations,
# reporting verbs) or a conjunction; kept to one simple loop so that it stays cheap
_NP_BLOCK = (r"(?:is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|should|may|might|must|"
             r"not|no|never|nor|and|or|but|so|if|unless|when|whether|says?|said|states?|stated|shows?|there|"
             r"here|nothing|none|neither|only|just|he|she|they|it|[\w']+n't|cannot)")
_DET_NP = (rf"(?:(?:the|this|that|these|those|your|my|our|its|their|both|either|each|a|an)\s+"
           rf"(?:(?!{_NP_BLOCK}\b)[\w'.-]+\s+){{0,7}}?(?!{_NP_BLOCK}\b)[\w'.-]+)")
_PRONOUN = r"(?:it|they|this|that|these|those|both|each|either|neither)"

# ----------------------------------------------------------------------------------------------
# clause structure

_LEADIN = re.compile(
    # (the interjections, `text.INTERJECTIONS`: "Sorry, ...", "Well, ...")
    rf"(?:(?:{'|'.join(sorted(INTERJECTIONS))}|unfortunately|sadly|regrettably|apologies|however|no(?=\s*,)|nope|"
    r"honestly|also|again|still|but|and|yet|then|in\s+short|in\s+summary|in\s+fact|to\s+be\s+(?:honest|clear)|"
    r"as\s+far\s+as\s+i\s+can\s+(?:tell|see)|from\s+what\s+i\s+can\s+(?:tell|see)|i'?m\s+afraid|"
    r"i\s+am\s+afraid|afraid|i\s+regret(?:\s+to\s+say)?|i'?m\s+sorry|i\s+am\s+sorry|i'?m\s+sorry\s+to\s+say|(?:it\s+)?(?:seems|appears|looks\s+like)|"
    r"i\s+(?:think|believe|see|find|note|notice|checked|looked|searched)|that\s+said|just\s+so\s+you\s+know|"
    # ("that" before a clause, not the subject of one: "Unfortunately that's / that is not stated")
    r"to\s+my\s+knowledge|because|since|as|though|although|while|whereas|"
    r"that(?!['\u2019]s\b|\s+(?:is|was|isn't|wasn't)\b)|note|please\s+note|"
    r"noted|in\s+this\s+case|here|overall|anyway|in\s+any\s+case|as\s+it\s+(?:stands|happens)|"
    r"frankly|clearly|evidently|apparently|it\s+turns\s+out|"
    # (conjunctive adverbs of consequence, a closed class: "; accordingly no notice period can be stated")
    r"accordingly|therefore|thus|hence|consequently)\b[\s,:]*)+",
    re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whenever|in\s+case|even\s+if|should\s+the|when\s+the|where\s+the|"
                          r"in\s+the\s+event)\b", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(
    # (an en dash between digits is a range, "2023\u201324", not a break)
    r"[.!?;:]+(?=\s|$|[\"')\]])|[,()\[\]\u2014\n]|(?<!\d)\u2013|\u2013(?!\d)|\s-\s|"
    # ("one way or the other" is one adverbial, not two clauses)
    # ("so much as" is one emphatic adverb: "none of them so much as mentions it")
    # ("and"/"or" before a text that ends the clause joins noun phrases, not clauses: "not stated in
    # the heads of terms or the agent's email"; so does one before a text that says or holds something,
    # the second of two subjects: "something the report or the architect's letter mentions")
    r"\b(?:but|however|although|though|whereas|while|so(?!\s+much\s+as\b|\s+far\s+as\b)|yet|because|since|nor|"
    rf"(?:and|(?<!\bway\s)or)\b(?!\s+(?:in\s+)?{_DET}\s+(?:[\w'-]+\s+){{0,3}}?(?:{_TEXT})(?:'s)?"
    rf"(?:\s*(?:[.!?;:,)]|$)|{_ADV}\s+(?:{_SAY_FIN}|{_HOLD_FIN})\b)))\b",
    re.IGNORECASE)

_END = r"\s*$"


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _tail_is_info(tail: str) -> bool:
    """The rest of the clause after a verb of holding: is its object the asked information?"""
    return bool(_INFO_TAIL.match(tail)) or _EITHER_WAY.search(tail) is not None or _OBJECT_MARKED_ASKED.match(tail) is not None


# an object the answer marks as what was asked (see _MARKED_ASKED): "it doesn't cover the minimum age
# you asked about"
_OBJECT_MARKED_ASKED = re.compile(r"^\s*(?:the|that|this|a|an|any)\s+(?:[\w'-]+\s+){0,5}?(?:that\s+|which\s+)?"
                                  r"you(?:'ve|\s+have|'d|\s+had)?\s+(?:just\s+)?(?:asked|enquired|inquired)\s+(?:about|for|after)\b",
                                  re.IGNORECASE)


# an object closed by "either way" / "one way or the other" is a yes/no question about it: "doesn't
# cover pre-existing conditions one way or the other" declines to say whether they are covered
_EITHER_WAY = re.compile(r"\b(?:either\s+way|one\s+way\s+or\s+(?:the\s+other|another))\W*$", re.IGNORECASE)


# ("any" alone, as a pronoun; "any late payments" is a thing the record holds, not the asked fact)
_INFO_TAIL = _c(rf"^\s*(?:$|{_ABOUT}\b|{_INFO_OBJ}|any\b(?!\s+(?!(?:of|on|about|at|whatsoever|either|here|there)\b)[a-z])|(?:any|much|more)\s+(?:on|about)\b|"
                rf"(?:specific|detailed|exact|precise|clear|concrete|firm|numerical)\b|a\s+(?:word|mention)\b|"
                rf"(?:details|information|data|figures?|specifics)\b)")
_UNLESS = _c(r"\b(?:unless|until|till)\b")
_SAY_YES_NO = _c(r"^\s*(?:no|yes)\s+to\b")
# ("doesn't list aspirin as safe"; not the "as" inside an indirect question: "doesn't say what counts as X")
_AS_TAIL = _c(r"^\s*(?!(?:whether|what|how|when|where|who|whom|which|why)\b)(?:(?!(?:as\s+)?(?:far|much|well|so)\b)[\w'-]+\s+){0,4}?as\b(?!\s+(?:to|far|much|well)\b)")
_TO_TAIL = _c(r"^\s*to\b")

# A: <text or speaker> <negated verb> ...
# a phrasal verb of saying with its object inside: "don't break enrolment down by site",
# "doesn't spell the rules out"
_SPLIT_PHRASAL = (r"(?:break|spell|set|lay)\s+(?!(?:down|out)\b)(?:[\w'-]+\s+){1,3}?(?:down|out)"
                  r"(?=\s+(?:by|for|per|in|at\s+all|separately|anywhere)\b|\s*$)")
# "put a figure / a date / a length on" states a value: a phrase of saying ("the agreement doesn't put a
# length on it", "nowhere does the leaflet put a number on the dose"); not "put a limit / a cap on", a rule
_PUT_VALUE = (r"put\s+(?:a|an|any)\s+(?:(?:exact|precise|firm|specific|single|clear)\s+)?(?:figure|number|date|value|amount|"
              r"price|cost|total|percentage|estimate|time|duration|length|period|age)\s+(?:on|against|to)")
_PUTS_VALUE = _PUT_VALUE.replace("put", "puts", 1)
# (a learner's negation without "do": "the manual not explain how many litres it holds", read as
# "doesn't explain"; a subject must then be named; "no" only before "have", where it is never a
# determiner: "the leaflet no have the price")
# "date" as a verb of putting a value on a record: only after a negated auxiliary and before its
# object's determiner ("the press release does not date the launch", "the notes don't date it"), where
# it can be no noun (elsewhere it heads the asked value: "the start date is nowhere in …")
_DATE_VERB = r"date(?=\s+(?:the|a|an|its|their|his|her|this|that|these|those|it|them|when|either|any)\b)"
_NEG_SAY = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}|(?P<anynp>{_DET_NP})|(?P<bare>))\s*{_ADV}\s*"
              rf"(?P<neg>{_NEG_AUX}|(?<=\w\s)not\b|(?<=\w\s)no(?=\s+(?:have|has)\b)){_ADV}\s*"
              rf"(?P<verb>{_SAY_BASE}|{_HOLD_BASE}|{_EXTENT_BASE}|make\s+(?:it\s+)?clear|{_SPLIT_PHRASAL}|{_PUT_VALUE}|"
              rf"{_DATE_VERB})\b"
              rf"(?P<tail>.*)")
_NEG_SAY_WORDS = _first_words([verb_forms(v)[0] for v in _SAY_VERBS + _HOLD_VERBS + _EXTENT_VERBS]
                             + ["make", "break", "spell", "set", "lay", "put", "date"])   # (its verbs' first words)
# the progressive: "the manual is not saying how many watts the motor has", "the notes aren't giving a
# date" (read as the simple negated verb, by its base); a text as subject only: "it isn't disclosing
# unit volumes" is a company's ongoing act
_ING_BASE = {ing_form(v): v for v in _SAY_VERBS + _HOLD_VERBS if " " not in v}
_NEG_SAYING = _c(rf"^(?P<subj>{_TEXT_NP})\s*{_ADV}\s*"
                 rf"(?:(?:is|are|was|were)(?:\s+not|n't)|'s\s+not|'re\s+not){_ADV}\s*"
                 rf"(?P<verb>{_alt(_ING_BASE)})\b(?P<tail>.*)")
# the perfect: "the rulebook hasn't spelled out the tie-break", "the minutes have never given a date" (read
# as the simple negated verb, by its base)
_PP_OF = [(verb_forms(v)[3], v) for v in _SAY_VERBS + _HOLD_VERBS if v != "have"]
_NEG_PERFECT = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}|(?P<anynp>{_DET_NP})|(?P<bare>))\s*{_ADV}\s*(?:has|have|had)(?:n't|\s+not|\s+never)"
                  rf"(?:\s+yet)?{_ADV}\s*(?P<verb>{_alt(pp for pp, _ in _PP_OF)})\b(?P<tail>.*)")


def _perfect_base(participle: str) -> str:
    return next(v for pp, v in _PP_OF if re.fullmatch(pp, re.sub(r"\s+", " ", participle), re.IGNORECASE))


# a place in a text fronted, with the negated passive inverted: "in the document is not written the
# price", "in the leaflet isn't given which size to buy" (a learner's base form for the participle too:
# "in the paper is not write how much it cost")
_GIVE_BASE_L = _alt(_GIVE_VERBS)
_IN_TEXT_NOT = _c(rf"^(?:in|on|within)\s+(?:{_TEXT_NP})\s*,?\s*(?:is|are|was|were)(?:\s+not|n't)(?:\s+(?:clearly|explicitly|"
                  rf"anywhere))?\s+(?:{_TEXTUAL_PP}|written|given|{_CONTENT_PP}|write|{_SAY_BASE}|{_GIVE_BASE_L})\b")
_FRONTED_PLACE = _c(rf"^(?:in|on|within|throughout)\s+(?:{_TEXT_NP})\s*,?\s+(?=(?:the|this|that|these|those|his|her|"
                    rf"their|its|a|an)\s)")
_NEVER_SAY = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}|(?P<anynp>{_DET_NP})){_ADV}\s+(?P<neg>{_NEG_FIN}){_ADV}\s+"
                rf"(?P<verb>{_SAY_FIN}|{_HOLD_FIN}|{_EXTENT_FIN}|{_PUTS_VALUE}|{_PUT_VALUE})\b(?P<tail>.*)")
# words that premodify a noun as nouns do ("seatpost clamp" value), not function words
_NOUN_MOD = rf"(?:(?!(?:{_BLOCK}|the|a|an|any|this|that|these|those|its|their|such)\b)[\w'-]+\s+){{1,3}}?"
# B: <text> <verb> nothing / no <information>
_NOTHING = _c(rf"^(?P<subj>{_TEXT_NP}{_ADV}\s+|{_PRONOUN}{_ADV}\s+|(?P<anynp>{_DET_NP}){_ADV}\s+|)"
              rf"(?:(?:{_NEG_AUX}){_ADV}\s+)?"
              rf"(?P<verb>{_NOTHING_ANY})\s+(?:(?:virtually|practically|almost|absolutely|really|at\s+all|"
              rf"little\s+or)\s+)?(?P<obj>(?P<nothing>nothing|not\s+(?:a\s+(?:single\s+)?)?"
              rf"(?:word|thing|anything|mention)|little|hardly\s+anything)|"
              # "makes no statement about": a noun of saying after "make" is a verb of saying
              # ("gives neither a date nor a time": the first of a "neither ... nor" pair, as "no")
              rf"no\s+{_INFO_MOD}(?P<saying>{_SAY_NOUN})\b|(?:no|neither)\s+{_INFO_OBJ}|zero\s+{_INFO_NOUN}|"
              # "no seatpost clamp value": nouns premodifying the information noun (see _clause_refusal)
              rf"no\s+(?P<compound>{_NOUN_MOD}){_INFO_NOUN}\b|"
              rf"neither\s+(?:an?\s+|any\s+)?(?P<ncompound>{_NOUN_MOD}){_INFO_NOUN}\b|"
              # "gives no sowing depth": a measure, after a verb of giving only
              rf"(?:no|neither)\s+{_INFO_MOD}(?:{_NOUN_MOD})?(?P<measure>{_MEASURE_NOUN})\b|"
              # "none" for the kind of information named before ("the listing has none"), from an
              # informational text; a trace noun before an indirect question ("gives no sign of whether")
              rf"(?P<none>none)\b|no\s+(?:traces?|hints?|signs?|whispers?)(?=\s+(?:of|about|on|as\s+to)\s+"
              rf"(?:whether|what|when|how|who|which|where)\b))(?P<tail>.*)")
_NOTHING_TAIL = _c(r"^\s*(?:$|about|on|regarding|concerning|of|re|as\s+to|relevant|specific|useful|"
                   r"whatsoever|at\s+all|to\b|in\s+terms\s+of|"
                   # (an indirect question straight after the noun: "gives no clue what the session length is")
                   r"(?:whether|what|when|where|who|which|how)\b|"
                   r"in\b|for\b|at\b|under\b|per\b|by\b|during\b|between\b|across\b|against\b|"
                   r"that\s+(?:would|could|answers|addresses|covers|helps|says|mentions)|"
                   # ("offers no data from which an answer could be derived": a relative of use)
                   r"with\s+regard|else|more|further|beyond|specifically|either|(?:from|with)\s+which)")
# verbs of finding out: what the speaker cannot do with the asked information ("I can't confirm",
# "not something I can work out")
# verbs of bringing to light (a closed class of phrasal verbs of finding): judged like "find"
_UNEARTH_VERBS = ("turn up", "dig up", "dig out", "track down", "hunt down", "pull up", "pick out")
_UNEARTH = _alt(v.replace(" ", r"\s+") for v in _UNEARTH_VERBS)
# verbs of getting something out of a source (a closed class): judged like "read", so only with the
# source named ("can't extract the terminal from it", "can't squeeze a date out of these notes")
_EXTRACT_VERBS = ("extract", "pull", "squeeze", "wring", "glean", "draw", "derive", "dig")
# ("get" only with "out of": "can't get a labour rate out of this quote"; "can't get a reply from them")
_GET_OUT = ("get",)
_EXTRACT = _alt(_EXTRACT_VERBS + _GET_OUT)
_KNOW_VERBS = (r"(?:know|find|locate|spot|tell|say|determine|answer|confirm|verify|work\s+out|figure\s+out|make\s+out|"
               r"establish|identify|pin\s+down|ascertain|infer|see|come\s+across)")
# ... and what an amount of information is enough "to" do
_FIND_OUT = rf"(?:{_KNOW_VERBS}|go\s+on|be\s+(?:sure|certain)|judge|calculate|compute|conclude|estimate|give)"
# speaker: I / we
_SPEAKER = _c(
    rf"(?:\b(?:i|we)(?:\s+(?:really|honestly|simply|just|unfortunately|still|\w+ly))?(?:\s+|(?='))|"
    rf"^(?=(?:can|could|cannot|did|was|were|have|had)(?:n't|\b)))"
    # (a learner's "am not" before a base form: "I am not find in the rules what age ...")
    rf"(?:{_NEG}|(?:am|'m|are|'re)\s+not(?=\s+(?:find|see|know|understand|locate|spot|read)\b)|"
    rf"(?:am|'m|are|'re|was|were)(?:\s+not|n't)?(?:\s+(?:therefore|thus|hence|consequently|accordingly|also))?"
    rf"\s+(?:not\s+)?(?:un)?able\s+to|wasn't\s+able\s+to|weren't\s+able\s+to|(?:have|'ve)(?:\s+not|n't)\s+been\s+"
    rf"able\s+to|(?:would|will|wo)(?:n't|\s+not)\s+be\s+able\s+to|(?:'d|would|'ll|will)\s+be\s+unable\s+to|"
    rf"(?:have|'ve)(?:\s+not|n't)\s+been\s+"
    rf"able\s+to|(?:have|'ve)\s+been\s+unable\s+to|"
    # (the speaker's position, "I'm not in a position to confirm")
    rf"(?:am|'m|are|'re)\s+not\s+in\s+a\s+position\s+to)(?:\s+(?:really|actually|honestly|definitively|"
    rf"reliably|confidently|fully|currently|readily|seem\s+to|appear\s+to))*\s+"
    rf"(?P<verb>{_KNOW_VERBS}|be\s+(?:sure|certain)|judge|give|provide|have|"
    rf"offer|share|access|help\s+with\s+that|notice|speak\s+to|comment\s+on|advise\s+on|{_UNEARTH}|read|{_EXTRACT}|state|specify)\b(?P<tail>.*)")
# Nouns of what a search or an inspection judges (a closed class): "found no evidence of damp",
# "couldn't find any reason to doubt it" are verdicts, not missing information.
_VERDICT_NOUN = (r"(?:reason|grounds|need|cause|way|problem|issue|fault|flaw|difference|harm|objection|point|risk|"
                 r"change|evidence|sign|trace|damage|defect)s?\b")
# "I couldn't find any reason to doubt it", "I can't see any problem with that", "I didn't notice any
# difference": nouns of judgement (a closed class) make the search a verdict, not a refusal
# ("the point" is a judgement, "the boiling point" a value: after "the", the noun alone)
_JUDGED = rf"(?!\s*(?:(?:any|a|an|no)\s+(?:\w+\s+)?|the\s+){_VERDICT_NOUN})"
# the asked information, nouns before it allowed ("the penalty rate", "a completion date")
_NAMED_INFO = rf"{_INFO_MOD}(?:{_NOUN_MOD})?{_INFO_NOUN}\b"
# what the speaker does not see: the asked information, or anything not seen where it would be
# written ("I don't see a delivery window anywhere", "I don't see the deadline in the letter");
# "I don't see why not" is an answer
# Where the speaker looked: the object of "in/within/from/on" after a verb of seeing or finding is
# the place searched for information, so any determined noun phrase counts as a text there ("I'm
# not seeing the kick-off time in the fixtures list", "... in any of the material you gave me");
# what was not found must then be a thing, not a judgement (_JUDGED).
_SOUGHT_IN = (rf"(?:anywhere\b|(?:anywhere\s+)?(?:in|within|from|on|among)\s+(?:any\s+of\s+|either\s+of\s+|"
              rf"all\s+of\s+)?(?:{_TEXT_NP}|{_DET_NP}|it\b|them\b|there\b))")
# ... or an indirect question ("I can't see whether the refund went through"); "why" and a bare
# "how" ask for a reason or a way, which is a judgement ("I don't see how that helps")
_SOUGHT_WH = r"(?:whether|if|what|when|where|who|which|how\s+(?:much|many|long|often|far|soon|big|old))\b"
_SEEN = (rf"(?:any|anything|{_INFO_OBJ}|{_NAMED_INFO}|{_SOUGHT_WH}|a\s+(?:mention|reference)|it\b|that\b|this\b|mention|"
         rf"reference|(?!why\b|how\b)(?:[\w'-]+\s+){{1,8}}?{_SOUGHT_IN})")
_SPEAKER_OBJ = {"see": _c(rf"^{_JUDGED}\s*{_SEEN}"),
                "notice": _c(rf"^{_JUDGED}\s*{_SEEN}"),
                "come across": _c(rf"^{_JUDGED}\s*{_SEEN}"),
                "find": _c(rf"^{_JUDGED}"),
                **{v: _c(rf"^{_JUDGED}") for v in _UNEARTH_VERBS},
                # reading a value needs a source to read it from: "can't read the tolerance off it"
                "read": _c(rf"^\s*(?:[\w'-]+\s+){{1,6}}?(?:off|from|out\s+of)\s+(?:{_TEXT_NP}|{_DET_NP}|it\b|them\b)"),
                # a source that is a text (or a pronoun for one): "can't get a refund from the shop" is content
                **{v: _c(rf"^\s*(?:[\w'-]+\s+){{1,6}}?(?:from|out\s+of)\s+(?:{_TEXT_NP}|it\b|them\b|this\b|these\b)")
                   for v in _EXTRACT_VERBS},
                **{v: _c(rf"^\s*(?:[\w'-]+\s+){{1,6}}?out\s+of\s+(?:{_TEXT_NP}|it\b|them\b|this\b|these\b)")
                   for v in _GET_OUT},
                "give": _c(rf"^\s*(?:(?:you|u)\s+)?(?:{_NAMED_INFO}|an?\s+(?:\w+\s+)?answer|a\s+figure|that|this|"
                           rf"it\b|one|specifics|$)"),
                # (the speaker's saying of the asked value: "I am unable to state one")
                # (or a definite noun phrase: "I am therefore unable to state the limit")
                **{v: _c(rf"^\s*(?:{_NAMED_INFO}|one\b|it\b|that\b|this\b|{_SOUGHT_WH}|$|(?:the|its|their)\s+(?!obvious\b)\w)")
                   for v in ("state", "specify")},
                "provide": _c(rf"^\s*(?:(?:you\s+with\s+)?{_NAMED_INFO}|an?\s+(?:\w+\s+)?answer|that|this|it\b|$)"),
                # (nouns before the information noun: "I don't have the branch manager's name")
                "have": _c(rf"^\s*(?:access\s+to\s+)?(?:{_INFO_OBJ}|{_NAMED_INFO}|that\b|this\b|it\b|an?\s+answer|$)"),
                "offer": _c(rf"^\s*(?:{_INFO_OBJ}|an?\s+(?:\w+\s+)?answer|$)"),
                "share": _c(rf"^\s*(?:{_INFO_OBJ}|$)"),
                "access": _c(r"^\s*(?:that|this|the|any)\b"),
                "say": _c(r"^\s*(?!enough\b|no\b|yes\b)")}
# The speaker's failed search in any tense or aspect other than the simple negated one read by
# _SPEAKER: "I'm not seeing", "we haven't found", "I never spotted", "I've not come across". The
# verbs of seeing and finding are a closed class; each form is read back to its base for the
# object check in _SPEAKER_OBJ.
_SEARCH_FORMS = {"seeing": "see", "seen": "see", "saw": "see", "finding": "find", "found": "find",
                 "spotting": "find", "spotted": "find", "locating": "find", "located": "find",
                 "coming across": "come across", "come across": "come across", "came across": "come across",
                 "noticing": "notice", "noticed": "notice"}
_SPEAKER_SEARCH = _c(
    rf"\b(?:i|we)(?:\s*(?:'m|am|'re|are|was|were|'ve|have|'d|had)(?:\s+not|n't)|\s+never|"
    rf"\s*(?:'ve|have|'d|had)\s+never)(?:\s+(?:yet|really|actually|so\s+far|still|ever))*\s+"
    rf"(?P<verb>{_alt(_SEARCH_FORMS)})\b(?P<tail>.*)")
# what the speaker is unwilling to do: guess, or give / state the asked information or a value (see _SPEAKER_MISC)
_UNWILLING_TO = (rf"(?:guess|speculate|hazard\s+a\s+guess|(?:give|state|quote|offer|put|name|commit\s+to)\s+"
                 rf"(?:(?:{_INFO_MOD}(?:{_NOUN_MOD})?(?:{_INFO_NOUN}|{_MEASURE_NOUN}))|one)\b)")
_SPEAKER_MISC = _c(
    r"\b(?:i|we)\s+(?:don't|do\s+not|dont|didn't|did\s+not)\s+know\b|"
    r"\b(?:leaves?|left|leaving)\s+(?:me|us)\s+(?:unable|not\s+able)\s+to\s+" + _KNOW_VERBS + r"\b|"
    # an answer would be a guess (verbs of guessing, a closed class): "I'd only be guessing"
    r"\b(?:i|we)(?:'d|\s+would|'ll|\s+will)\s+(?:only\s+|just\s+|merely\s+|simply\s+|really\s+)?be\s+"
    # (or an invention: "I'd be inventing a number", "I'd be making it up")
    r"(?:guessing|speculating|inventing|fabricating|making\s+(?:[\w'-]+\s+){0,2}?up|"
    # (or taken from nowhere: "I'd be pulling a figure out of thin air")
    r"(?:pulling|plucking)\s+(?:[\w'-]+\s+){0,3}?out\s+of\s+(?:the\s+|thin\s+)*air)\b|"
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:not|un)\s*(?:sure|certain|aware)\b|"
    r"\b(?:i|we)(?:\s+|(?='))(?:have|'ve\s+got|had|'ve)\s+no\s+(?:(?:\w+\s+)?(?:idea|information|info|data|details?|way\s+"
    r"(?:of|to)\s+(?:knowing|telling|know|tell|determine|determining|say|saying))|(?:such|specific|relevant|"
    r"reliable)\s+(?:information|data|details?))\b|"
    # (the same negated on the verb: "I don't have a way to tell from these pages what it costs")
    r"\b(?:i|we)\s+(?:don't|do\s+not|didn't|did\s+not)\s+have\s+(?:a|any)\s+(?:way|means)\s+(?:of|to)\s+(?:knowing|telling|"
    r"know|tell|determine|determining|say|saying|work\s+out|working\s+out|find\s+out|finding\s+out)\b|"
    r"\b(?:i|we)\s+(?:don't|do\s+not|didn't|did\s+not)\s+have\s+(?:access\s+to\s+)?(?:that|this|the|any|enough|"
    r"such|those|these)\s+(?:\w+\s+)?(?:information|info|data|details?|figures?|numbers?)\b|"
    # (in any mood: "I can find no exit date", "we could see nothing on it")
    r"\b(?:i|we)\s+(?:(?:can|could)\s+)?(?:found|find|see|saw)\s+(?:nothing(?!\s+(?:wrong|unusual|odd|amiss|else|new|special|"
    r"strange|suspicious|remarkable)\b)|no\s+(?:mention|reference|information|data|details?|"
    r"figures?|answer|indication)|no\s+(?!" + _VERDICT_NOUN + r")\w+\s+(?:about|on|regarding|of)\b|"
    # (a value named by nouns before it, heading its phrase: "found no installation date for it";
    # "found no phone number problems" is a verdict on problems)
    r"no\s+(?!" + _VERDICT_NOUN + r")(?:[\w'-]+\s+){1,2}?(?:dates?|figures?|numbers?|values?|prices?|names?|totals?|"
    # (or the first of two values sought: "no exit date or permitted length of stay in it")
    r"amounts?)\b(?=\s+(?:for|of|on|about|in|anywhere|or|and)\b|\s*$))|"
    # (the speaker's giving, its object negated: "I can offer no date" as "I can't offer a date")
    r"\b(?:i|we)\s+(?:can|could)\s+(?:offer|give|provide|supply|state|quote)\s+no\s+" + _NAMED_INFO + "|"
    # (the speaker's having no information, any noun before its head, the phrase closed: "so I have no
    # price for that"; "I have no price rises to report" goes on with a noun of its own)
    rf"\b(?:i|we)(?:\s+|(?='))(?:have|'ve\s+got|'ve)\s+no\s+(?:{_NOUN_MOD})?{_INFO_NOUN}"
    r"(?=\s+(?:for|on|about|regarding|as\s+to)\b|\s*[.,;:!?]|\s*$)|"
    # (the speaker's unwillingness, a closed class - reluctant, hesitant, unwilling, loath, "would rather
    # not", "prefer not to" - to guess, or to give or state the asked information: "I'd rather not guess at
    # the hourly rate", "I'm hesitant to give a figure for the call-out"; "I'm reluctant to recommend it"
    # is an opinion)
    rf"\b(?:i|we)(?:'m|'re|\s+am|\s+are|\s+feel|'d\s+be|\s+would\s+be)\s+(?:(?:a\s+(?:little|bit)|rather|somewhat|"
    rf"quite|very|a\s+little)\s+)?(?:reluctant|hesitant|unwilling|loath|loth)\s+to\s+{_UNWILLING_TO}|"
    rf"\b(?:i|we)(?:'d|\s+would)\s+(?:rather|sooner|prefer)\s+not(?:\s+to)?\s+{_UNWILLING_TO}")
_IMPERSONAL = _c(
    r"\b(?:(?:you|one|anyone)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|can\s*not)\s+"
    r"(?:tell|say|know|determine|work\s+out|judge|infer|conclude|confirm|establish)\s+"
    r"(?=from|based\s+on|whether|if|what|which|how|who|when|where|why|for\s+(?:sure|certain)|with\s+(?:any\s+)?"
    r"certainty|$)|"
    r"there(?:'?s|\s+is|\s+was)\s+no\s+way\s+(?:to|of)\s+(?:tell|know|say|determine|telling|knowing|saying|determining|confirm|"
    r"confirming|work|working)|"
    # (with no verb, opening the clause, of knowing from something: "No way of knowing from this text.")
    r"^\W*no\s+way\s+(?:to|of)\s+(?:tell|know|say|determine|telling|knowing|saying|determining)\s*"
    r"(?=from|based\s+on|whether|if|what|which|how|who|when|where|why|[.!;:]|$)|"
    # (the gerund of a verb of knowing: "there's no telling from the log who signed")
    r"there(?:'?s|\s+is)\s+no\s+(?:telling|knowing|saying)\s+(?=from|based\s+on|whether|if|what|which|how|who|when|"
    r"where|why|$)|"
    # (in any tense: "it has not been possible to establish", "it wasn't possible to tell")
    r"(?:(?:it|that)(?:'s|\s+is|\s+was|\s+has\s+been|\s+had\s+been|\s+will\s+be|'ll\s+be)\s+(?:not\s+possible|impossible)|"
    r"(?:it|that)\s+(?:isn't|wasn't|hasn't\s+been|hadn't\s+been|won't\s+be|(?:has|had)\s+not\s+been|will\s+not\s+be)"
    r"\s+possible)\s+to\s+(?:tell|say|know|determine|judge|work\s+out|confirm|establish|answer|infer|conclude|ascertain)|"
    # the passive of making a mention or reference: "no reference was made to the deposit", "mention
    # was never made of the fee" (not "reference was made to the 2019 rules")
    r"\bno\s+(?:\w+\s+)?(?:mention|reference)s?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+made\s+"
    r"(?:to|of|about)\b|\b(?:mention|reference)\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:not|never)|isn't|wasn't|"
    r"hasn't\s+been|hadn't\s+been)\s+made\s+(?:to|of|about)\b|"
    r"(?:it'?s|it\s+is|that'?s)\s+(?:hard|difficult)\s+to\s+(?:tell|say|know|determine|judge)\s+"
    r"(?=from|based\s+on|without|with\s+(?:only|just)|given)|"
    r"(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+be\s+(?:answered|determined|found|confirmed|"
    r"established|inferred|verified|ascertained|known|said|told|worked\s+out|deduced|stated|identified|"
    # (read off a source: "his birthplace can't be read on the image")
    r"read(?=\s+(?:on|from|off|in)\s))"
    r"(?!\s+(?:with|by|using)\s+(?!the\s+(?:\w+\s+)?(?:" + _TEXT + r")))|"
    # ... "to" a verb of finding out; "insufficient evidence to recommend it" is a finding
    r"(?:not\s+enough|insufficient|too\s+little|not\s+sufficient|inadequate|no\s+(?:sufficient|adequate))"
    r"\s+(?:information|info|context|detail|details|data|evidence)\b(?!\s+to\s+(?!" + _FIND_OUT + r"\b))|"
    # "there isn't enough in the documents to work out the cost": what is lacking is unnamed
    r"(?:not|\w+n't)\s+enough\s+(?:[\w'-]+\s+){0,5}?to\s+" + _FIND_OUT + r"\b|"
    r"\bunanswerable\b|"
    r"\b(?:is|are|was|were|remains?)\s+(?:unknown|unclear|not\s+known|not\s+clear|uncertain|undetermined|"
    r"not\s+determinable)\s+(?:from|in|based\s+on|given|according\s+to)\b|"
    r"\b(?:unknown|unclear|not\s+clear|not\s+known)\s+from\s+(?:the|these|this|your|my|what)\b|"
    # (the other adjectives of being plain to see, apparent, evident, obvious: from a text only - "the
    # damage wasn't obvious from the road" is content)
    # (and the adjectives of what can be found out, in -able: "the sum is not ascertainable from the document")
    r"\bnot\s+(?:\w+ly\s+)?(?:apparent|evident|obvious|ascertainable|determinable|discernible|deducible|derivable|"
    r"inferable|knowable)\s+(?:from|in|on\s+the\s+face\s+of)\s+(?:" + _TEXT_NP + r"|what\b)|"
    # the passive of saying with "nothing" as its subject, placed in a text: "nothing is said in the rulebook
    # about bearing reins" ("nothing was said about refunds at the meeting" is the meeting's content)
    r"\bnothing\s+(?:at\s+all\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:said|stated|mentioned|written|given|"
    r"specified|recorded|noted)\s+(?:anywhere\s+)?(?:in|on|within|by)\s+(?:" + _TEXT_NP + r")\s*"
    r"(?:$|about|on|regarding|concerning|as\s+to|of|whether|what|when|where|who|how)\b|"
    r"\b(?:outside|beyond)\s+(?:the\s+scope\s+of\s+|what\s+)(?:the\s+|these\s+|this\s+|my\s+|your\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:" + _TEXT + r")\b|"
    r"\bnot\s+(?:publicly\s+)?disclosed\b(?!\s+to\b)|"
    # what the speaker has no access to: "the judgment isn't available to me"
    r"(?:not|\w+n't)\s+(?:\w+ly\s+)?available\s+to\s+(?:me|us)\b|\bunavailable\s+to\s+(?:me|us)\b|"
    # unknown within what a text holds: "a mystery as far as these notes go"
    r"\b(?:unknown|unclear|not\s+clear|a\s+mystery|an\s+open\s+question)\s+as\s+far\s+as\s+(?:the|these|this|"
    r"those|your|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:go|goes|went|are\s+concerned|is\s+concerned)\b|"
    r"\b(?:is|are|was|were|remains?)\s+(?:unspecified|unstated|unmentioned|undisclosed|unlisted|"
    # (a text that gives no date: "the notice is undated")
    r"not\s+documented|undocumented|undated)\b(?!\s+(?:to|as)\b)"
    r")")
# there is no information about / no mention of / nothing in the guide about
_THERE_NO = _c(
    rf"\bthere(?:(?:'s|\s+is|\s+are|\s+was|\s+were|\s+seems\s+to\s+be|\s+appears\s+to\s+be)\s+(?:(?:simply|really|"
    rf"just|unfortunately|actually)\s+)?(?:no|not(?:\s+(?:any|enough))?)|"
    rf"\s+(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+not|(?:(?:does|do|did)\s+not|doesn't|don't|didn't)\s+"
    rf"(?:appear|seem)\s+to\s+be)(?:\s+(?:really\s+)?(?:any|enough))?)\s+{_INFO_MOD}"
    rf"(?:information|info|details?|data|mention|figures?|numbers?|answer|specifics|references?|records?|word|breakdown|"
    rf"guidance|indication|statistics|clarification|explanation|"
    # (the parts of a text, a closed class: "there's no clause on keeping hens")
    rf"(?:sections?|clauses?|paragraphs?|chapters?)(?=\s+(?:on|about|regarding|concerning|covering|dealing\s+with)\b))"
    rf"\b(?!\s+(?:that|to\s+suggest|of\s+(?:harm|risk)))"
    rf"(?P<tail>.*)|"
    # ("not anything" is "nothing": "there isn't anything in the lease about pets")
    rf"\bthere(?:(?:'s|\s+is|\s+was)\s+(?:nothing|not\s+anything)|\s+(?:isn't|wasn't)\s+anything)\s+"
    rf"(?:(?:here|there|in\s+(?:it|them|there))\s+(?=about|on|regarding|"
    rf"concerning))?(?:(?:in|within|on)\s+(?:the|these|this|your|my|any|either|both|each)\b|about|on|"
    rf"regarding|concerning|specific|relevant|to\s+(?:go\s+on|indicate|say|suggest)|that\s+(?:says|mentions|"
    rf"answers|covers|addresses|specifies|indicates))")
_THERE_NO_BAD_TAIL = _c(r"^\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)\b")
# "no mention of X." as an elliptic clause
_BARE_NO = _c(rf"^(?:(?:absolutely|simply|just|unfortunately|sadly)\s+)?(?:no|zero)\s+(?:{_INFO_MOD})"
              rf"(?:mention|reference|word|information|info|details?|data|figures?|specifics|indication|"
              rf"answer|guidance|clarification)\b(?P<tail>.*)")
_BARE_NO_TAIL = _c(r"^\s*(?:$|of|about|on|regarding|concerning|re|as\s+to|for|anywhere|in\s+(?:the|these|this|"
                   r"your|my|any)\b|(?:(?:is|are)\s+)?(?:given|provided|available)\b|is\s+made)")
# Nouns of a trace or sign (a closed class) with no verb, placed in a text: "No trace of a ferry time
# anywhere in this timetable.", "Not a whisper of the venue in these pages." ("no sign of damage",
# "no trace of lead in the sample", not placed in a text, are findings)
# (also as an existential: "there's no trace of a cancellation fee in the terms you pasted")
_NO_TRACE = _c(rf"^(?:there(?:'s|\s+is|\s+was)\s+)?(?:not\s+(?:a|one|the\s+slightest|the\s+faintest)|no|zero)\s+(?:single\s+)?"
               rf"(?:traces?|hints?|whispers?|signs?|coverage|word)\s+(?:of|about|on|regarding)\s+"
               rf"(?P<what>(?:[\w'-]+\s+){{0,8}}?)(?:anywhere\s+)?(?:in|within|on|across)\s+(?:any\s+of\s+)?"
               rf"(?:{_TEXT_NP})\s*$")
# ("No information about your card is kept": a verb of its own makes it a statement, unless it is
# the passive of giving that _BARE_NO_TAIL allows: "no figure is given")
_OWN_VERB = _c(r"(?<![\w'])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|"
               r"did)\b")
_WH_CUT = _c(r"\b(?:whether|if|what|how|when|where|who|whom|which|why)\b")
_GIVEN_LATER = _c(rf"(?<![\w'])(?:is|are|was|were|been)\s+(?:not\s+)?(?:{_TEXTUAL_PP}|given|provided|available|included)\b")
_GIVEN_TAIL = _c(r"^\s*(?:(?:is|are)\s+)?(?:given|provided|available)\b|^\s*is\s+made\b")


def _elliptic(tail: str) -> bool:
    """"No mention of X." has no verb of its own, or only the passive of giving."""
    tail = _WH_CUT.split(tail, maxsplit=1)[0]      # ("no word on whether the bridge will reopen")
    return _GIVEN_TAIL.match(tail) is not None or _OWN_VERB.search(tail) is None or _GIVEN_LATER.search(tail) is not None


# Verbs of showing on a surface or of putting in writing (a closed class): negated in the passive and placed
# in a text they decline ("the camera location is not identified on it" after a text was named, "no
# next-due date has been written on the label", "the height isn't marked anywhere on the chart"); not
# placed, or placed in a thing, they may be content ("the path isn't marked", "not printed on the carton")
_SHOWN_ONLY = ("write", "mark", "display")
_SHOWN_PP = re.compile("^" + _alt(verb_forms(v)[3] for v in _SHOWN_ONLY + (
    "show", "print", "enter", "record", "note", "log", "identify", "indicate")) + "$", re.IGNORECASE)
_PLACED_IN_IT = _c(r"^\s*(?:anywhere\s+)?(?:in|on|within)\s+(?:it|them)\s*$")

# no X is given / the price is not stated (or "is nowhere stated", "nowhere" the negator as "never" is)
_PASSIVE = _c(
    rf"(?:\b(?P<no>no)\s+|^)(?P<np>(?:[\w'-]+\s+){{0,12}}?)(?P<head>[\w'-]+)\s+(?P<cop>is|are|was|were|has\s+been|"
    rf"have\s+been|gets|get|got|seems\s+to\s+be|appears\s+to\s+be|'s|'re|isn't|aren't|wasn't|weren't|hasn't\s+been|"
    # (the perfect negated in full: "has not been specified", "have never been given")
    rf"haven't\s+been|hadn't\s+been|(?:has|have|had)\s(?:not|never)\sbeen|remains?|remained|(?=\S+\s+un)(?:goes|go|went|gone|stays?|stayed))"
    rf"(?P<neg>\s+not|(?<=n't)|(?<=n't\sbeen)|(?<=not\sbeen)|(?<=never\sbeen)|\s+never|\s+nowhere)?(?:\s+(?:explicitly|specifically|actually|clearly|directly|"
    rf"really|precisely|exactly|even|expressly|currently|anywhere|ever))*\s+(?P<un>un)?(?:(?P<tpp>{_TEXTUAL_PP})|(?P<gpp>given)|"
    rf"(?P<cpp>{_CONTENT_PP})|(?P<rpp>printed|{_alt(verb_forms(v)[3] for v in _SHOWN_ONLY)}))\b(?P<tail>.*)")
# ("printed" is only of putting in writing, judged by _RECORD_PP alone: "the expiry date isn't printed on
# the carton" says where it is not, "... isn't printed anywhere in it" declines after a text was named)
# the existential with a reduced passive, "there's no date given for ...", "there is no fee listed":
# the same clause as "no date is given for ...", read by the same checks (no copula, no negation)
_THERE_PASSIVE = _c(
    rf"\bthere(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?P<no>no)\s+(?P<np>(?:[\w'-]+\s+){{0,12}}?)(?P<head>[\w'-]+)"
    rf"(?P<cop>)(?P<neg>)\s+(?:(?P<tpp>{_TEXTUAL_PP})|(?P<gpp>given)|(?P<cpp>{_CONTENT_PP}))\b(?P<tail>.*)")
# ... and the same with the existential left out, a verbless clause: "Full service: no price listed", "No
# date given." (read as "there's no price listed"; a finite verb after it is a clause of its own: "no
# price listed here is final" is not one)
_VERBLESS_PASSIVE = _c(
    rf"^(?P<no>no)\s+(?P<np>(?:[\w'-]+\s+){{0,6}}?)(?!(?:is|are|was|were)\b)(?P<head>[\w'-]+)"
    rf"(?P<cop>)(?P<neg>)\s+(?:(?P<tpp>{_TEXTUAL_PP})|(?P<gpp>given)|(?P<cpp>{_CONTENT_PP}))\b"
    rf"(?P<tail>(?:(?!\b(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|do|does|did)\b)"
    rf"[^.;!?])*)$")
# (a tail may open with the second of two joined texts when the first was a citation, taken out
# of the answer, perhaps leaving its preposition: "Not specified [in the release notes] or the FAQ")
def _joined_after_cut(texts: str) -> str:
    return rf"(?:(?:in|within|on|from)\s+(?:{_DET}\s+)?)?(?:or|and|nor)\s+(?:in\s+)?{_DET}\s+{_PREMOD}(?:{texts})\b"


_OR_TEXT = _joined_after_cut(_TEXT)
_PP_TAIL_OK = _c(rf"^\s*(?:$|anywhere\b|at\s+all\b|either\b|here\b|there\b|explicitly\b|specifically\b|for\b|"
                 rf"whatsoever\b|{_OR_TEXT}|(?:in|by|within|on|from|inside|among|throughout|anywhere\s+in)\s+"
                 rf"(?:{_TEXT_NP}|it\b|them\b|any\s+of\s+(?:the\s+)?(?:{_TEXT})))")
_PP_TAIL_TEXT = _c(rf"^\s*(?:anywhere\b|{_OR_TEXT}|(?:in|by|within|on|from|inside|among|throughout|anywhere\s+in)\s+"
                   rf"(?:{_TEXT_NP}|any\s+of\s+(?:the\s+)?(?:{_TEXT})))")
_SHOWN_TAIL = _c(rf"^\s*(?:anywhere\s+)?(?:in|within|on|inside|among|throughout)\s+"
                 rf"(?:{_TEXT_NP}|any\s+of\s+(?:the\s+)?(?:{_TEXT}))")
_PP_TAIL_INFO_TEXT = _c(rf"^\s*(?:anywhere\b|{_joined_after_cut(_INFO_TEXT)}|(?:in|within|on|from|inside|among|throughout|anywhere\s+in)\s+"
                        rf"(?:{_JOINED_FIRST}?{_PREMOD}(?:{_INFO_TEXT})\b|any\s+of\s+(?:the\s+)?(?:{_INFO_TEXT})))")
# a phrase of what the value is for, then the text: "no boiling point is given for the solvent in the safety sheet"
_PP_THEN_TEXT = _c(rf"^\s*(?:for|of|on|about)\s+[^,;:]*?\s(?:in|within|anywhere\s+in)\s+{_TEXT_NP}\s*$")
_PLACED_TAIL = _c(r"^\s*(?:anywhere\s+)?(?:in|on|within|inside)\s+(?:the|this|that|these|those|your|my|our|its|their|"
                  r"any|either)\s")
# (a word after a determiner is a noun: "the name of the caterer", "a list of", "the record"; so is one
# after a possessive: "the sweep's name", "their record")
# ("that" after a preposition is a determiner or a pronoun: "the amount for that age", "how much of that")
_REPORTING = _c(rf"\b(?<!the\s)(?<!\ba\s)(?<!\ban\s)(?<!its\s)(?<!\bno\s)(?<!'s\s)(?<!\btheir\s)(?<!\byour\s)"
                rf"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)(?:{_SAY_FIN}|{_HOLD_FIN}|"
                rf"(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bto\s)(?<!\bby\s)(?<!\bwith\s)"
                rf"(?<!\bfrom\s)(?<!\babout\s)that|according|finds|found|"
                rf"shows|confirms|notes)\b")
# a negated copula with a pronoun or no subject: "it isn't", "that's not", "not" ("That" itself may
# have gone with the lead-in words, leaving "isn't ...")
_PRONOUN_NOT = (r"(?:(?:(?:it|this|that|these|those|they)\s*)?(?:'s|'re|is|are|was|were)\s+not|"
                r"(?:(?:it|this|that|these|those|they)\s+)?(?:isn't|aren't|wasn't|weren't)|not)")
_SUBJECT_BEFORE = _c(r"\b(?:it|this|that|these|those|they)\s*$")
_BARE_NOT = _c(rf"^{_PRONOUN_NOT}\s+(?:(?:explicitly|specifically|actually|"
                rf"clearly|even)\s+)?(?:{_TEXTUAL_PP}|given|(?P<cpp>{_CONTENT_PP}))\b(?P<tail>.*)")
# The same with a verb of holding that has a content sense ("that isn't covered"), as the whole
# answer: the pronoun stands for what was asked, so this declines unless the question asks
# whether something is covered (see _unheld).
_SCOPE_VERBS = ("cover", "include", "contain", "document", "record", "report", "show", "publish")
_SCOPE_PP = _alt(verb_forms(v)[3] for v in _SCOPE_VERBS)
# one text or several joined ("the terms and conditions I have access to", "the FAQ or the manual")
_TEXTS_NP = (rf"(?:(?:the|this|these|those|your|my|our|its|their|either|any\s+of\s+the)\s+(?:[\w'-]+\s+){{0,2}}?"
             rf"(?:{_TEXT})(?:\s+(?:and|or)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT}))?{_POSTMOD})")
# the negated participle and where the clause places the gap, after its subject: "... isn't (explicitly)
# covered (anywhere) (in the FAQ or the manual)"
_UNHELD_PREDICATE = (rf"(?:\s+(?:explicitly|specifically|actually|really|even|currently))*\s+"
                     rf"(?P<verb>{_SCOPE_PP})(?:\s+(?:anywhere|at\s+all|here|there|either|whatsoever))*"
                     rf"(?:\s+(?P<prep>by|in|within|under)\s+(?P<texts>{_TEXTS_NP})(?=[\s.!]*$|\s*[.;:\u2014\u2013-]))?")
_BARE_UNHELD = _c(rf"^(?P<core>{_PRONOUN_NOT}{_UNHELD_PREDICATE})"
                  rf"[\s.!,]*(?:(?:sorry|i'?m\s+afraid|unfortunately)[\s.!]*)?(?:[\u2014\u2013:;-]\s*)?(?P<rest>[\s\S]*)$")
# ... followed only by what the texts do give, as their scope: "That isn't covered. The terms only
# give the normal hours", "... - memory is only reported for read_csv" (not "the policy only
# covers parts", a rule of the policy: verbs of saying and giving only)
_GIVE_FIN = _alt(f for v in _GIVE_VERBS for f in verb_forms(v)[:3])
_ONLY = r"(?:only|just|merely|simply)"     # restrictive focus adverbs, a closed class
# (or what is listed, named or given, "only" or not, the texts' content: "That isn't covered: the
# creative team and stage management are listed, but no wardrobe supervisor"; "wear is listed as an
# exclusion" is a rule)
_SCOPE_AFTER = _c(rf"^(?:(?:{_TEXT_NP}|it|they)\s+{_ONLY}\s+(?:{_SAY_FIN}|{_GIVE_FIN})\b|"
                  rf"(?:[\w'-]+\s+){{0,4}}?[\w'-]+\s+(?:is|are|was|were)\s+only\s+(?:{_TEXTUAL_PP}|given|shown|reported|"
                  rf"documented|published|provided)\b|"
                  rf"(?:[\w'-]+\s+){{0,8}}?[\w'-]+\s+(?:is|are|was|were)\s+(?:{_TEXTUAL_PP}|given|shown)\b(?!\s+as\b)|"
                  # (or the only ones given: "That isn't covered: the only prices given are for standard lessons")
                  rf"the\s+only\s+(?:[\w'-]+\s+){{0,3}}?(?:{_TEXTUAL_PP}|given|shown|provided)\s+(?:is|are|was|were)\b)")
_INFO_HEAD = _c(rf"^{_INFO_NOUN}$")
_MEASURE_HEAD = _c(rf"^{_MEASURE_NOUN}$")
# The whole clause says only that the answer is absent: "Unknown.", "Information not available.",
# "The answer is unknown.", "Not provided in the context." (a clause with more in it is content:
# "Unknown callers are blocked", "it is not available in blue").
_ABSENT_ONLY = _c(
    # ("on" a text with a participle of saying: "Unspecified on the care sheet"; "not available on the
    # website" is not sold there)
    rf"^(?!.*\bavailable\s+on\b)(?:(?:the\s+|an?\s+|this\s+|that\s+)?(?:answer|information|info|data|details?|figures?|numbers?|values?|"
    rf"amounts?|dates?|this|that|it)(?:\s*(?:'s|is|are|was|were|remains?|seems|appears)(?:\s+to\s+be)?)?\s+)?"
    rf"(?:unknown|unavailable|n/?a|{_UNSAID}|undocumented|unreported|"
    rf"not\s+(?:(?:explicitly|specifically|currently)\s+)?(?:available|known|provided|given|answerable|"
    rf"{_TEXTUAL_PP}|included|disclosed|documented|found|determinable))"
    rf"(?:\s+(?:in|on|from|within|by|based\s+on)\s+(?:{_TEXT_NP}|what\b.*|the\s+information\b.*))?\s*$"
    # an adjective of absence fronted with the text it is missing from, a heading for what is missing
    # ("Missing from the venue contract: the corkage fee, ..."); alone, "Absent." may answer who was there
    rf"|^(?:missing|absent|omitted|left\s+out)\s+(?:from|in)\s+{_TEXT_NP}\s*$")
# ... or of place, the place a text: "Nowhere in the spec.", "Not anywhere in the notes you sent."
# ("Nowhere." alone, or "nowhere in the building", may answer where)
_NOWHERE_IN = _c(rf"^(?:(?:it'?s|it\s+is|that'?s|that\s+is)\s+)?(?:nowhere|not\s+anywhere)\s+(?:to\s+be\s+found\s+)?"
                 rf"(?:in|within)\s+(?:any\s+of\s+)?{_TEXT_NP}\s*$")
# Any named subject with a negated verb that is only ever textual, whose object is an indirect
# question: "the recipe doesn't indicate whether the dough can be frozen" (a text noun nobody listed).
_NEG_SAY_WHETHER = _c(
    rf"^(?P<subj>(?:the|this|that|these|those|your|my|our|its|their|both|either)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+)"
    rf"\s*{_ADV}\s*(?:{_NEG_AUX}|never\b){_ADV}\s*"
    rf"(?P<verb>(?:say|says|state|states|mention|mentions|specify|specifies|indicate|indicates|clarify|clarifies|"
    rf"spell\s+out|spells\s+out|let\s+on|lets\s+on|"
    # (telling a reader: "the recipe never tells you how many it serves")
    rf"tell\s+(?:you|me|us|the\s+reader|readers)|tells\s+(?:you|me|us|the\s+reader|readers)))\s+"
    rf"(?P<tail>(?:whether|if|what|how|when|where|who|whom|which|why)\b.*)")
# An informational text (which only ever holds information) with any negated verb whose object is
# an indirect question: "the transcript doesn't capture what the witness said", "the guide doesn't
# get across how often to water"; "if", "when", "where" may open an adverbial clause instead
# ("the manual doesn't apply when the unit is off").
# So is an indefinite noun phrase headed by an information noun ("the brochure doesn't put a figure
# on the fee"; "the memo doesn't change the deadline", with a definite object, is content), and a
# reader as indirect object ("the recipe never tells you how many it serves"). The nouns are those
# of _INFO_NOUN that name a value or a statement, not a thing a site or a log keeps ("the website
# doesn't keep a record / a name / a count of visits" is content).
_VALUE_NOUN = (r"(?:figures?|numbers?|dates?|values?|amounts?|prices?|costs?|totals?|percentage|estimates?|"
               r"breakdown|timeline|timeframe|rates?|measurements?|dimensions|sizes?|specifics|indication|"
               r"explanation|answer)")
_A_NAMED_INFO = rf"(?:a|an)\s+(?:{_NOUN_MOD})?{_VALUE_NOUN}\b"
_INFO_TEXT_WH = _c(
    rf"^(?P<subj>{_TEXT_NP})\s*{_ADV}\s*(?:{_NEG_AUX}|never\b){_ADV}\s*"
    rf"(?P<verb>[a-z]+(?:\s+(?:across|down|up|out|on))?)\s+(?:(?:you|us|me|readers|the\s+reader)\s+)?"
    rf"(?P<tail>(?:whether|what|how|who|whom|which|why)\b.*|{_A_NAMED_INFO}.*)")
# ... and an informational text with any verb whose object is "no" + an information noun about the
# asked point: "the tender documentation furnishes no detail on how the bids are weighted"
# ("the form requires no details about your employer": verbs of asking for what the reader gives, a
# closed class, are content)
_INFO_TEXT_NO = _c(rf"^(?P<subj>{_TEXT_NP})\s*{_ADV}\s+(?!(?:requires?|needs?|asks?|requests?|demands?|expects?|collects?|"
                   rf"wants?|stores?|keeps?|accepts?|seeks?|records?)\b)(?P<verb>[a-z]+)\s+no\s+{_INFO_MOD}(?:{_NOUN_MOD})?"
                   rf"{_INFO_NOUN}\s+(?:on|about|regarding|concerning|as\s+to|whether)\b")
# ... any noun lacking as a ground for saying or finding out (a relative infinitive): "the tender documents
# offer no basis on which to state the value", "the notes give nothing from which to work out the date"
_GIVES_NO = _c(rf"^(?P<subj>{_TEXT_NP}{_ADV}\s+|(?P<bare>))(?:{_GIVE_FIN})\s+no\b(?P<tail>.*)")
_FOUND_OUT_PP = _alt(verb_forms(v)[3].replace(" ", r"\s+") for v in ("determine", "work out", "figure out", "establish", "ascertain",
                                                                 "infer", "deduce", "calculate", "know", "tell", "judge"))
_NO_GROUND_TO_SAY = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}){_ADV}\s+[a-z]+\s+(?:no|little|nothing)\s+(?:[\w'-]+\s+){{0,2}}?"
                       rf"(?:[\w'-]+\s+)?(?:on|from|with|by|upon)\s+which\s+(?:to\s+(?:{_FIND_OUT}|{_SAY_BASE}|quote)\b|"
                       # (the passive: "contains no provision from which the governing law may be determined")
                       rf"[^.;!?]*?\b(?:can|could|may|might|is\s+to|are\s+to)\s+be\s+{_FOUND_OUT_PP}\b)")
# "It isn't stated who won the final": an anticipatory "it" whose subject is the indirect question
# after a textual participle (not "it is not known why": what the world does not know is content)
_IT_UNSAID = _c(rf"^it(?:\s*'s|\s+is|\s+was|\s+has\s+been)(?P<neg>\s+not|\s+never|n't)?"
                rf"(?:(?<=n't)|(?<=isn't)|(?<=wasn't))?(?:\s+(?:explicitly|specifically|actually|clearly|really|ever))*"
                rf"\s+(?P<pp>{_TEXTUAL_PP}|{_WRITTEN_PP}|given)"
                rf"(?:\s+(?:anywhere|here|there|(?:in|within|on)\s+(?:{_TEXT_NP}|it|them)))*\s+"
                rf"(?P<tail>(?:whether|if|what|how|when|where|who|whom|which|why)\b.*)")
# a bare "never says ..." after a text was named: "The handbook refers to X but never spells out what it is"
# (or a verb of holding with the asked information, sharing a text subject: "The glossary defines
# 'probation' but nowhere gives how long it lasts")
_BARE_NEVER = _c(rf"^(?:never|nowhere){_ADV}\s+(?:(?P<say>{_SAY_FIN}|{_PUTS_VALUE}|{_PUT_VALUE})|(?P<verb>{_HOLD_FIN}))\b(?P<tail>.*)")
# "neither the summary nor the report states ..."
_NEITHER_NOR = _c(
    # (a pronoun for a text named before as either one: "neither it nor the vintage report gives ...")
    rf"\bneither\s+(?:(?P<pron>it|they)|(?:the\s+|this\s+|that\s+|your\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_TEXT})(?:'s)?)\s+nor\s+"
    rf"(?:the\s+|this\s+|that\s+|your\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_TEXT})(?:'s)?{_POSTMOD}{_ADV}\s+"
    rf"(?:(?P<say>{_SAY_FIN}|{_SAY_BASE}|{_PUTS_VALUE}|{_PUT_VALUE})|(?P<hold>{_HOLD_FIN}|{_HOLD_BASE}))\b(?P<tail>[^.;!?]*)")
# (any two subjects: a verb only ever of saying, or one of holding with the asked information:
# "neither the invoice nor the receipt shows the VAT number")
_NEITHER_NOR_ANY = _c(
    rf"\bneither\s+{_DET_NP}\s+nor\s+{_DET_NP}{_ADV}\s+(?:(?P<say>{_CORE_SAY})|(?P<hold>{_HOLD_FIN}|{_GIVE_FIN}))\b"
    rf"(?P<tail>[^.;!?]*)")
# What follows a negated saying and makes it content, not a refusal: the text's positive
# statement in contrast ("doesn't say to unplug it - it says to switch it off") or an elliptic
# contrasting object ("doesn't give a single figure but a range: ..."). What the text "only" says
# is context around a refusal ("no figure is given; it only says ...") and does not count.
# the text's positive verb in any agreement ("it gives", "they give") or with an emphatic "do"
# ("but they do answer this: ...")
_CONTRAST_VERB = _alt(f for v in ("say", "state", "recommend", "list", "give", "tell", "specify", "mention",
                                  "advise", "instruct", "ask", "require", "answer") for f in verb_forms(v)[:3])
_VALUE_VERB = _alt(f for v in ("show", "record", "give", "list", "note", "print", "state", "put", "mark", "read")
                   for f in verb_forms(v)[:3])
_CONTRAST_AFTER = _c(
    rf"^\s*(?:[\u2014\u2013:;,-]|\s-\s)?\s*(?:but\s+|instead\s*,?\s*|rather\s*,?\s*|in\s+fact\s*,?\s*|actually\s*,?\s*)?"
    # ("they say only that ...", with "only" after the verb, is context as "they only say" is)
    # (a numbered part of a text is one: "but rule 14(c) says ...", "but section 3.2 gives ...")
    rf"(?:(?:it|they|{_TEXT_NP}|(?:{_TEXT})\s+[\w().-]*\d[\w().-]*)\s+(?:instead\s+|rather\s+)?(?:(?:do|does|did)\s+)?{_CONTRAST_VERB}\b(?!\s+(?:nothing|only)\b)|"
    # (with an emphatic "do", any verb of saying: "but they do confirm that the motion passed")
    rf"(?:it|they|{_TEXT_NP})\s+(?:do|does|did)\s+(?:{_SAY_BASE})\b(?!\s+(?:nothing|only)\b)|"
    rf"(?<=but\s)(?:a|an|only|rather|instead)\b|but\s+(?:a|an|only|rather|instead)\b|"
    # (a value that another text or any named thing shows, records or gives after "but": "I couldn't
    # find a closing date in the body, but the footer gives 14 June", "the daily table has no figure,
    # but the monthly notes record 14 mm"; the value must follow the verb closely)
    rf"but\s+(?:it|they|{_TEXT_NP}|{_DET_NP}|[\w'-]+(?:\s*,[^,;.!?]{{1,40}},)?)\s+(?:{_VALUE_VERB})\s+(?=[^.;!?\d]{{0,25}}\d))")
# the object of a negated saying bound to one subject: "(opening) hours for the Travel Risk Desk"
_BOUND_OBJECT = _c(r"^\s*(?:[\w'-]+\s+){0,4}?(?P<head>[\w'-]+?)s?\s+(?:for|of|on|at)\s+"
                   r"(?P<who>[^,;:.!?()\u2014\u2013]+)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


# "because there isn't one": the thing itself does not exist (so the text has nothing to say)
# ("because none runs": "none" as the subject of a verb that is no saying, holding or passive of giving;
# "because none is listed", "because none of the guides mention it" are about the texts)
_NONE_EXISTS = (r"there(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:none|no\s+such)\b|"
                rf"none\s+(?!of\b|(?:is|are|was|were|has|have|had|been|gets?|got)\b|{_SAY_FIN}\b|{_HOLD_FIN}\b)[a-z]+s\b|"
                r"there\s+(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+not)\s+(?:one|any)\b")
# A reason after a negated saying that is about the world, not the texts: "the spec sheet doesn't
# list a fan because the unit is fanless", "I can't give a single number because the fare depends
# on the zone" answer (there is no fan; the fare varies). A reason that names a text or the speaker,
# or negates ("because the report does not disclose it", "because I wasn't given it"), is the refusal's.
# ("since" only before a clause, a finite verb in it: "time since overhaul", "since its last service" are
# times, not reasons)
_SINCE_CLAUSE = (r"since\s+(?=[^.;:!?]*?\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|hasn't|haven't|"
                 r"does|do|did|doesn't|don't|didn't|can|can't|cannot|could|will|won't|would|may|might|must|should)\b|"
                 r"(?:[\w'-]+\s+){1,4}?(?!(?:its|his|this|hers|ours|yours|theirs|us|as|was|is|has|does)\b)[a-z]+(?:s|ed)\b)")
_REASON_AFTER = _c(rf"^\s*,?\s*(?:because|{_SINCE_CLAUSE})\s*(?:(?P<none>{_NONE_EXISTS})|"
                   rf"(?:(?P<pronoun>it|they|this)(?=\W)|(?!of\b)[\w'-]+)[^.;:!?\u2014\u2013]*)")
# After a text that declines, "because it ..." may be about that text ("because it is written for
# adults"); it is about the asked value when it says the value is not single (verbs of variation,
# a closed class: "because it varies: 9 am in summer ...", "because it depends on the zone").
# A parenthetic attribution to a text inside a reason ("because, as the notice explains, ...",
# "because the event was cancelled, according to the notice"): the text states the reason, so the
# reason is still about the world, not a gap in the texts.
_ATTRIBUTING = _alt(f for v in ("say", "state", "explain", "note", "put it", "make clear", "confirm")
                    for f in verb_forms(v)[:3])
_ATTRIBUTION = _c(rf"(?:,\s*|\s+)(?:according\s+to\s+(?:{_TEXT_NP}|{_DET_NP}|it|them)|as\s+(?:{_TEXT_NP}|{_DET_NP}|it|they)(?:\s+\w+ly)?\s+"
                  # (a place in the text after the verb: "as it says at the bottom", "as the notice states on page 2")
                  rf"{_ATTRIBUTING}(?:\s+\w+ly)?(?:\s+(?:at|on|in|under|near)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?[\w'-]+)?)"
                  rf"(?:\s*,|\s*(?=[.;!?]|$))|"
                  # a parenthetic "..., it says, ...": the same attribution without "as"
                  rf",\s*(?:it|they|{_TEXT_NP})\s+{_ATTRIBUTING}\s*,")
_VARIES = _c(r"\b(?:depends?|depended|vary|varies|varied|differs?|differed|changes?|changed|fluctuates?)\b")
_REASON_NEGATED = _c(r"\b(?:not|no|never|nothing|none|[\w]+n't|cannot)\b")
# The text's positive statement in the next sentence, after an indefinite object ("the contract
# doesn't specify a fixed term. It states that it runs indefinitely"): what kind of thing the text
# has instead. "It says to contact the dealer" redirects, and what it "only" says is context.
_INDEFINITE_TAIL = _c(r"^\s*(?:a|an)\s+")
# (or after ";", ":" or a dash; or as a pseudo-cleft, with a verb of stipulating too: "the SOP doesn't
# specify a brand of pipette; what it requires is that the pipette has been calibrated" - what the
# text "gives" or "lists" instead is still context around a refusal)
_NEXT_STATEMENT = _c(rf"^\s*(?:[.;:\u2014\u2013]|\s-\s)\s*(?:(?:it|they|{_TEXT_NP})\s+(?:says|said|states|stated|specifies|"
                     rf"specified|provides|provided|sets\s+out)\s+(?:that\b|(?!to\b|only\b)(?={_DET_NP}\s))|"
                     rf"what\s+(?:it|they|{_TEXT_NP})\s+(?:does\s+|do\s+)?(?:says?|states?|specif(?:ies|y)|requires?|"
                     rf"stipulates?|sets?\s+out|recommends?|asks?\s+for)\s+(?:is|are|was|were)\s+(?!only\b))")


# "nothing beyond what the leaflet says: one tablet a day" goes on to give what the text says
_BEYOND_WHAT = _c(r"^(?:outside|beyond)\s+what\b")
_SAYS_THEN = _c(rf"^\s+(?:{_SAY_FIN}|{_GIVE_FIN}|recommends|recommended|advises|advised)\s*$")
_COLON_CONTENT = _c(r"^\s*:\s*\w")


# A negated saying whose object is a whole clause denies a proposition ("the passage doesn't say he
# resigned", "doesn't say that the bridge is unsafe"): followed by what the text does do, with any
# positive verb of its own ("it rates it 'fair'", "it says he was dismissed"), it is the text's
# content. An object clause: "that ...", a subject pronoun, or a noun phrase with an auxiliary.
_PROPOSITION_TAIL = _c(r"^\s*(?:that\s+(?:he|she|they|it|there|we|you|i|the|a|an|its|his|her|their|all|no|any|every|"
                       r"some)\b|"
                       # (not a reader as indirect object before an indirect question: "tell you who ...")
                       r"(?:he|she|they|we|you|i)\s+(?!(?:whether|if|what|who|whom|which|when|where|why|how)\b)\w|"
                       r"(?:it|there)\s+(?:is|are|was|were|will|has|had)\b|"
                       r"(?:the|a|an|this|its|his|her|their|any|all)\s+(?:[\w'-]+\s+){0,3}?"
                       r"(?:is|are|was|were|has|have|had|will|would|can|must|should|may)\b)")
_AUX_FIRST = r"(?:is|are|was|were|be|been|has|have|had|can|could|will|would|should|may|might|must|only|also)"
_TEXT_DOES_AFTER = _c(rf"^\s*(?:[.;:\u2014\u2013-]|\s-\s)?\s*(?:but\s+|instead\s*,?\s*|rather\s*,?\s*)?"
                      rf"(?:it|they|{_TEXT_NP})\s+(?:instead\s+|rather\s+)?(?!{_AUX_FIRST}\b|not\b|never\b|\w+n't\b)"
                      rf"[a-z]+s\b")
# The text's statement with its attribution after it ("; any mild detergent will do, it says",
# "... according to the guide"), or a statement after "and" sharing the text as subject (", and
# says explicitly that the first visit is free"): after an indefinite object, what the text has instead.
_POSTPOSED_STATEMENT = _c(rf"^\s*[.;:\u2014\u2013,-]\s*(?!(?:but|and|so)\b)[^.;!?]*?,\s*(?:(?:it|they|{_TEXT_NP})\s+"
                          rf"{_ATTRIBUTING}|according\s+to\s+(?:it|them|{_TEXT_NP}))\s*(?:[.!;]|$)|"
                          rf"^\s*,?\s*(?:and|but)\s+(?:\w+ly\s+)?(?:says|states|said|stated)(?:\s+\w+ly)?\s+that\b")
# "..., but the per-project cap you asked about is £5,000": the asked thing is stated after all
_ASKED_STATED = _c(r"\byou(?:'ve|\s+have)?\s+asked\s+(?:about|for)\s+(?:is|are|was|were|comes\s+to|stands\s+at)\s+"
                   r"(?!not\b|never\b|unknown\b|unclear\b)")


def _answered_after(phrase: str, tail: str, after: str) -> bool:
    """Whether what follows a clause that declines (`phrase`: its refusal phrase; `tail`: the rest
    of that clause; `after`: the answer after it) makes it content: a contrast by the text, a
    reason about the world, the text's own statement after an indefinite object or a denied
    proposition, or the asked thing stated after all."""
    # (a statement of the text that itself ends in a gap is context: "The history gives the canal's cost,
    # but nothing for High Mill")
    # (nor where it restricts what the text gives, "only", leaving the asked thing out: "Unknown from
    # these documents: they give hours only for the airframe and the engine")
    if _CONTRAST_AFTER.match(after) and not _for_another(tail, after) \
            and not _GAP_CLOSES.search(first := _first_sentence(after)) and not _RESTRICTED.search(first):
        return True
    if _PROPOSITION_TAIL.match(tail) and _TEXT_DOES_AFTER.match(after):
        return True
    if _ASKED_STATED.search(after):
        return True
    reason = _ATTRIBUTION.sub(" ", after)   # "because, as it states, there isn't one": the text's own reason
    # (a reason the text states: "because it sets a salary that, it says, covers all hours")
    # (a negated one too, when it is about neither the texts, the speaker nor information: "because
    # the contractor isn't VAT-registered, as it says at the bottom"; not "because, as it notes, the
    # figures weren't published")
    attributed = reason != after and (m := _REASON_AFTER.match(reason)) is not None \
        and not (_REASON_NEGATED.search(m.group(0)) and (
            m.group("pronoun") or _ABOUT_TEXTS.search(m.group(0)) or _ABOUT_INFO.search(m.group(0))
            or _SPEAKER_WORD.search(m.group(0))))
    if attributed:
        return True
    if (m := _REASON_AFTER.match(reason)) and (m.group("none") or not (
            _ABOUT_TEXTS.search(m.group(0)) or _REASON_NEGATED.search(m.group(0))
            or _SPEAKER_WORD.search(m.group(0))
            or (m.group("pronoun") and _HAS_TEXT.search(phrase) and not _VARIES.search(m.group(0))
                and _agrees_with_text(m.group("pronoun"), phrase)))):
        return True
    if _excepted(phrase + tail + after) or _another_text_gives(phrase, after):
        return True
    if _BEYOND_WHAT.match(phrase) and _SAYS_THEN.match(tail) and _COLON_CONTENT.match(after):
        return True
    if _ANY_TAIL.match(tail) and _QUOTED_AFTER.match(after):
        return True
    return _INDEFINITE_TAIL.match(tail) is not None and (
        _NEXT_STATEMENT.match(after) is not None or _POSTPOSED_STATEMENT.match(after) is not None
        or (_ITS_OWN_ACT.match(after) is not None and _HAS_TEXT.search(phrase) is not None
            and not _names_info_text(phrase)))


_SPEAKER_WORD = _c(r"\b(?:i|we|me|us|my|our)\b")


def _agrees_with_text(pronoun: str, phrase: str) -> bool:
    """Whether `pronoun` ("it"/"they"/"this") can stand for the last text `phrase` names: a pronoun of
    the other number is about something else ("the leaflet doesn't list a price because they're free":
    the nights, not the leaflet, are free)."""
    texts = _HAS_TEXT.findall(phrase)
    if not texts or pronoun.lower() == "this":
        return True
    plural = texts[-1].lower().endswith("s") and not texts[-1].lower().endswith("ss")
    return plural == (pronoun.lower() == "they")


# Another text that shows or gives something after "but", in the refusal's sentence, gives the answer
# whatever its object ("the handbook doesn't say so, but the course outline shows a written test on day
# two"; with a value, any subject: see _CONTRAST_AFTER); the text that declined (its noun again: "the
# guide doesn't list prices, but the guide gives the times") or "it"/"they" is still the refusal's.
_BUT_TEXT_GIVES = _c(rf"^[^.;!?]*?\bbut\s+(?P<subj>{_TEXT_NP})\s+(?:(?:also|does|do)\s+)?(?:{_VALUE_VERB})\s+"
                     rf"(?!(?:nothing|only|no|none|just|merely)\b)\w")


def _another_text_gives(phrase: str, after: str) -> bool:
    m = _BUT_TEXT_GIVES.match(after)
    if m is None:
        return False
    declined = {w.lower() for w in _HAS_TEXT.findall(phrase)}
    return not declined & {w.lower() for w in _HAS_TEXT.findall(m.group("subj"))}


# An exception after a negated saying, in its sentence, that carries what the text does give - a
# figure, quoted words, a name set off by a colon or a dash, or a relative "which is ..." - answers
# with that ("nothing on the bag gives the roast date except a week number: week 32", "doesn't give
# an exact date, only 'in six months'", "gives no postcode, only the car park name - Beacon Hill car
# park"): exceptive words are a closed class. An exception with no value ("only the adult dose") or
# the asked thing as the exception ("except the one you asked about") stays a refusal, and so does an
# adverb "only"/"just" in a clause of its own ("- the policy just refers to 'the designated person'"), and
# an exception that is a clause about another fact ("neither gives the time of the fall, only when the
# 999 call came in") or another attribute of the same thing ("no information on the bead's weight, only
# its 8 mm diameter").
_EXCEPTION = _c(r"(?:,\s*|\s)(?:except(?:\s+for)?|other\s+than|apart\s+from|besides|save\s+for)\s+|,\s*(?:but\s+)?(?:only|just)\s+"
                r"(?!(?:the\s+ones?|those|that|this)\s+(?:that\s+|which\s+)?(?:you|i)\b|"
                r"(?:when|where|what|how|whether|who|which|why|that|its|their|his|her)\b)")
_NEGATION = _c(r"\b(?:no|not|nothing|none|never|nowhere|neither|cannot)\b|n't\b")
_EXCEPTED_VALUE = _c(r"\d|(?<!\w)['\"\u2018\u201c]\w|[\u2014\u2013:]\s*\w|\s-\s\w|,\s*which\s+(?:is|are|was|were)\b")


def _excepted(rest: str) -> bool:
    """Whether the sentence `rest` (from a refusal's phrase on) holds an exception with a value (_EXCEPTION)."""
    end = _SENTENCE_END.search(rest)
    sentence = rest[:end.start()] if end else rest
    neg = _NEGATION.search(sentence)
    m = neg and _EXCEPTION.search(sentence, neg.end())
    return m is not None and m is not False and _EXCEPTED_VALUE.search(sentence, m.end()) is not None
# Whether anything of a kind happened or exists ("doesn't record any allergies", "has no record of any
# cargo shifting"), then the text's own words quoted after a verb of writing or saying ("- under
# 'Allergies' they say 'none known'", "- the mate wrote 'cargo secure' at every watch"): the record
# answers. What it "only" / "just" says is context around a refusal.
# (or a figure it shows: "I can't see any outstanding balance on your account - it shows £0.00 owing")
_ANY_TAIL = _c(r"^\s*(?:of\s+)?any\s+\w")
_QUOTED_AFTER = _c(r"^\s*(?:[;:\u2014\u2013]|\s-\s)[^.;!?]*?\b(?<!only\s)(?<!just\s)(?<!merely\s)"
                   r"(?:says?|said|wrote|writes|written|reads?|records?|recorded|notes?|noted|logged|entered|states?|"
                   r"stated|shows?|showed|shown)\s+(?:[\w'-]+\s+){0,3}?(?:['\"\u201c]\w|[£$€]?\d)")
# After an indefinite object, what a text that also does things (a contract, a policy) does itself, with a
# verb that is neither of saying nor of holding: "the contract doesn't set a fixed end date; it runs until
# either party gives notice" (what an informational text does instead, "it focuses on history", and what
# any text gives or lists instead stay context around a refusal)
_ITS_OWN_ACT = _c(rf"^\s*(?:[;:\u2014\u2013]|\s-\s)\s*(?:it|they)\s+(?!(?:{_SAY_FIN}|{_HOLD_FIN}|{_GIVE_FIN}|is|has|does|"
                  rf"was|only|just|also|merely|simply|seems|appears)\b)[a-z]+s\b")
# A value stated before (a figure: "25 days", "5 May", "£25") and a refusal marked as about a detail
# of it: its indirect question's subject points back to the stated fact ("doesn't mention whether
# that includes public holidays"), or a trailing "though" concedes it ("doesn't say what time of
# day, though": an elliptic wh-phrase, without a verb of its own, takes its content from the stated
# fact; "Express timings aren't given, though" names another thing, and still declines). The
# answer is given; the detail is not what was asked.
_STATED_VALUE = re.compile(r"\d")
_POINTS_BACK = _c(r"^\s*(?:whether|if|what|how|when|where|which|who)\s+(?:that|this|these|those)\b")
# (or the refusal's consequence does: "the quote doesn't mention fabric, so I'm not sure whether that's
# included" - a doubt about the stated price, not a declined price)
_POINTS_BACK_AFTER = _c(r"^\s*,?\s*(?:so|and)\s+[^.;!?]*?\b(?:whether|if)\s+(?:that|this|these|those)\b")
_CONCEDED = _c(r"^\s*,?\s*though\s*[.!]?\s*$")
# (a word ending in -s or -ed, or an auxiliary, may be the clause's verb: then it is no ellipsis)
_ELLIPTIC_WH = _c(r"^\s*(?:what|which|how)(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|"
                  r"can|could|should|must|may|might)\b)[a-z]+(?<!s)(?<!ed)){1,4}\s*$")
# "According to the minutes, the meeting was not recorded": what follows reports the text, unless
# it is about the text's information itself ("according to the materials, there's no information on X")
_REPORT_FRAME = _c(r"(?:^|[.!?;]\s)\W*(?:according\s+to|as\s+per)\b[^.;!?]*,\s*$")
_ABOUT_INFO = _c(rf"\b(?:{_INFO_NOUN}|nothing|mention)\b")


def _detail_of_answer(before: str, tail: str, after: str) -> bool:
    return _STATED_VALUE.search(before) is not None and (
        _POINTS_BACK.match(tail) is not None or _POINTS_BACK_AFTER.match(after) is not None
        or (_CONCEDED.match(after) is not None and _ELLIPTIC_WH.match(tail) is not None))


# The rest of the sentence says the declined detail lies outside the question: the writer answered and
# notes a gap beside it ("The flyer doesn't mention a child rate, but you only asked about adults";
# "... no figure for the hygienist visit, which wasn't part of your question"). A closed set of shapes
# of the asking relation: a contrast with what was asked, or the asking denied of the declined detail;
# "..., which is what you asked" and "and that was your question" say the opposite and are left alone.
_ASKED = r"(?:asked|asking|wanted|wanting|were\s+after|are\s+after|'re\s+after|inquired|enquired|queried)"
_BACK = r"(?:it|that|this|them|those|these|which|what)\b"
_OUTSIDE_QUESTION = _c(
    rf"^[^.;!?]*?(?:"
    # a contrast with what was asked: "but you (only) asked about adults", "and you only asked about the minimum"
    rf"\b(?:but|though|although|yet|whereas|while)\s+(?:you|they)\s+(?:(?:had|have|'ve|were|are|'re)\s+)?(?:only\s+|just\s+)?"
    rf"{_ASKED}\b(?!\s+(?:about\s+|for\s+)?{_BACK})|"
    rf"\band\s+(?:you|they)\s+(?:only|just)\s+{_ASKED}\b(?!\s+(?:about\s+|for\s+)?{_BACK})|"
    # "though your question was about a single day", "but the question was only about the fence"
    rf"\b(?:but|though|although|yet|whereas|while)\s+(?:your|the|their)\s+(?:question|query|enquiry|inquiry)\s+"
    rf"(?:was|is)\s+(?:only\s+|just\s+)?(?:about|on|for|over|regarding)\b(?!\s+{_BACK})|"
    # "but freezing was the question", "but one week answers your question"
    rf"\b(?:but|though|although|yet)\s+(?!{_BACK})[\w'-]+(?:\s+[\w'-]+){{0,3}}?\s+(?:was|is)\s+(?:the|your)\s+"
    rf"(?:question|query)\b|"
    rf"\b(?:but|though|although|yet)\s+(?!{_BACK})[\w'-]+(?:\s+[\w'-]+){{0,3}}?\s+(?:answers|settles|covers)\s+(?:the|your)\s+"
    rf"(?:question|query)\b|"
    # the asking denied: "which wasn't part of your question", "not that you asked", "that wasn't what you asked"
    rf"\b(?:which|that|this|it)(?:\s+(?:was|is)n't|\s+(?:was|is)\s+not|'s\s+not)\s+(?:part\s+of\s+|in\s+)?"
    rf"(?:(?:your|the)\s+(?:question|query)|what\s+you\s+(?:were\s+|are\s+|'re\s+)?{_ASKED})\b|"
    rf"\bnot\s+that\s+you\s+{_ASKED}\b|\b(?:which|that)\s+you\s+(?:did\s+not|didn't|never)\s+(?:ask|want|need)\b)")


def _outside_question(rest: str) -> bool:
    return _OUTSIDE_QUESTION.match(rest) is not None


def _reported_fact(before: str, phrase: str) -> bool:
    return _REPORT_FRAME.search(before) is not None and _ABOUT_INFO.search(phrase) is None


_GAP_CLOSES = _c(r"\bbut\s+(?:nothing|none|not|no)\b")
_RESTRICTED = _c(rf"\b{_ONLY}\b")


def _first_sentence(after: str) -> str:
    after = after.lstrip(" ,;:.!-\u2014\u2013")
    return after[:end.start()] if (end := _SENTENCE_END.search(after)) else after


def _for_another(tail: str, after: str) -> bool:
    """What the text does give, after a negated saying whose object is bound to one subject, is
    the same information for another subject ("doesn't give opening hours for the Travel Risk
    Desk - it gives the Central Travel Desk's hours"): the asked one is still declined. If the
    asked subject is named again ("it says children take the adult dose"), that is the answer."""
    m = _BOUND_OBJECT.match(tail)
    if m is None:
        return False
    after = after.lstrip(" ,;:-\u2014\u2013")
    sentence = after[:end.start()] if (end := _SENTENCE_END.search(after)) else after
    if not re.search(rf"\b{re.escape(m.group('head'))}s?\b", sentence, re.IGNORECASE):
        return False            # not the same kind of information
    return not _stems(m.group("who")) <= _stems(sentence)


def _stems(text: str) -> set[str]:
    """Content words, a plural -s aside ("bolt" and "bolts" are one word here)."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in content_words(text)}


# "that's not in the handbook", "the answer isn't anywhere in the sources"
# ("doesn't appear to be in the material": being in a text, raised or not; "didn't make it into")
_NOT_IN = _c(rf"(?:\bnot|n't|\bnever)\s+(?:(?:appear|seem)\s+to\s+be\s+|be\s+)?(?:(?:included|found|contained|present|"
             rf"mentioned|anywhere|to\s+be\s+found|covered|available)\s+)*(?:(?:or|and|nor)\s+)?(?:in|within|part\s+of|among|"
             rf"anywhere\s+in|on|(?:(?:make|makes|made)\s+it|get|gets|got|(?:find|finds|found)\s+its\s+way)\s+into)\s+"
             rf"{_JOINED_FIRST}?(?:the\s+|these\s+|this\s+|your\s+|my\s+|any\s+(?:of\s+the\s+)?)?(?:[\w'-]+\s+){{0,2}}?"
             rf"(?:{_INFO_TEXT})\b|"
             # "that isn't something the FAQ covers"; "... something I can confirm (from it)": the
             # relative clause's gap is the asked information, which the text or speaker lacks
             rf"(?:\bnot|n't)\s+(?:something|anything|a\s+(?:topic|question|point|detail|thing))\s+(?:that\s+)?"
             rf"(?:{_TEXT_NP}\s+(?:{_SAY_FIN}|{_HOLD_FIN}|goes\s+into|gets\s+into)\b|(?:it|they)\s+{_SAY_FIN}\b|"
             rf"(?:i|we)\s+(?:can|could|(?:am|'m|are|'re)\s+able\s+to)\s+(?:really\s+|reliably\s+)?(?:{_KNOW_VERBS}\b"
             rf"(?!\s+{_VERDICT_NOUN})|"
             # "... something I can get the sugar content from": what is taken from a source
             rf"[\w'-]+(?:\s+[\w'-]+){{0,5}}?\s+from\s*$|"
             # (or a verb of getting out with the source named: "... something I can pull from the pack")
             rf"{_EXTRACT}\s+(?:[\w'-]+\s+){{0,3}}?(?:from|out\s+of)\s+(?:{_TEXT_NP}|{_DET_NP}|it|them)\s*$))")
# "That's not in the notice.": the pronoun (or no subject) stands for the asked information, so not
# being in any text declines it, unless the question asks whether something is in it ("Is flood
# damage covered?" - "That's not in the policy.")
# (an information noun as the subject is the same: "that information isn't in the pack I have", "this
# information, it is not inside the papers you sent"; the place may be what was sent: "that's not in
# what you sent me", "u" as typed)
# (or any noun of asked information after a determiner: "The closing date isn't in the notice", "the
# exact prices are not in the brochure", "the price of the upgrade isn't in the quote")
_INFO_SUBJ_NOT = (r"(?:(?:(?:that|this|the|such)\s+(?:[\w'-]+\s+){0,2}?)?(?:information|info|details?|data|figures?|numbers?|"
                  r"answer|specifics)\s+(?:is|are|was|were)(?:\s+not|n't)|"
                  rf"(?:that|this|the|such)\s+(?:[\w'-]+\s+){{0,2}}?{_INFO_NOUN}"
                  # with a short complement naming what it is of ("the closing date for objections")
                  rf"(?:\s+(?:of|for|on)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:[\w'-]+\s+){{0,2}}?[\w'-]+)?"
                  rf"\s+(?:is|are|was|were)(?:\s+not|n't))")
_PRONOUN_NOT_IN = _c(rf"^(?:{_PRONOUN_NOT}|{_INFO_SUBJ_NOT})\s+(?:(?:anywhere|included|mentioned|listed|to\s+be\s+found)\s+)?"
                     rf"(?:in|within|on|inside)\s+(?:(?:the|these|this|that|your|my|either|any\s+of\s+the)\s+"
                     rf"(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT})\b|what\s+(?:you|u)\s+(?:sent|gave|shared|provided|pasted|"
                     rf"attached|uploaded)\b|{_WHAT_GIVEN}|"
                     # (any noun phrase that a relative clause makes what the speaker was given: "Not on the
                     # press kit I've got", "not in the bundle you sent")
                     rf"(?:the|these|this|that|your|my)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+\s+(?:that\s+)?"
                     rf"(?:(?:i|we)(?:'ve|\s+have)\s+(?:got|been\s+(?:given|sent))|(?:you|u)\s+(?:sent|gave|shared|"
                     rf"provided|pasted|attached|uploaded))\b)")
# ... and with any verb whose object is an indefinite information noun phrase, from informational
# texts: "neither document puts a figure on the loss"
_NONE_OF_ANY = _c(rf"^(?:none|neither|not\s+one)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|your\s+|my\s+|"
                  rf"their\s+|our\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_INFO_TEXT})(?:'s)?{_POSTMOD}{_ADV}\s+"
                  rf"[a-z]+\s+(?P<tail>{_A_NAMED_INFO}.*)")
# "none of the sources mention", "neither document says", "nothing in the guide says"
# (or a part of a text: "no term of the hire agreement addresses ...", "no clause in the lease says")
_NONE_OF = _c(rf"^(?:none|neither|not\s+one|not\s+a\s+single|no)\s+(?:of\s+|(?<=no\s)[\w'-]+\s+(?:of|in)\s+)?(?:the\s+|these\s+|those\s+|your\s+|"
              rf"my\s+|its\s+|their\s+|our\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT})(?:'s)?{_POSTMOD}{_ADV}\s+"
              rf"(?:(?P<say>{_SAY_FIN}|{_SAY_BASE}|{_PUTS_VALUE}|{_PUT_VALUE})|(?P<hold>{_HOLD_FIN}|{_HOLD_BASE}|{_EXTENT_FIN}))\b(?P<tail>.*)")
# A text that does not permit a conclusion (verbs of permitting, a closed class; nouns of a conclusion
# drawn): "the source material does not allow a conclusion to be drawn on whether ...", "the notes don't
# let me work out when ..." (the reader, then a verb of finding out). "The policy doesn't allow you to
# claim" is content: no conclusion, no finding out.
_CONCLUSION = r"(?:conclusions?|inferences?|determination|answer|judge?ments?|verdict)"
_FIND_OUT_NOT_SAY = r"(?:determine|work\s+out|figure\s+out|establish|ascertain|infer|conclude|know|judge|calculate|deduce)"
_PERMITS_WORDS = frozenset(f"{v}{s}" for v in ("allow", "permit", "support", "enable", "let", "warrant") for s in ("", "s"))
_PERMITS_NO = _c(rf"^(?P<subj>{_TEXT_NP})\s*{_ADV}\s*(?:{_NEG_AUX}|never\b){_ADV}\s*"
                 rf"(?:allow|permit|support|enable|let|warrant)s?\s+(?:(?:any|a|an|the)\s+)?(?:(?:firm|clear|definite|reliable|"
                 rf"safe|confident|definitive)\s+)?(?:{_CONCLUSION}\b|(?:me|us|one|you|anyone|the\s+reader)\s+(?:to\s+)?"
                 rf"{_FIND_OUT_NOT_SAY}\b)")
# ... and no conclusion drawn from a text: "no inference regarding the funding can be drawn from the
# supplied text" (from a text only: "no conclusion could be drawn" may be a study's finding)
_NO_CONCLUSION_FROM = _c(rf"^no\s+(?:(?:firm|clear|definite|reliable|safe)\s+)?{_CONCLUSION}\b.*?\b(?:can|could|may|is\s+to)"
                         rf"\s+be\s+(?:drawn|reached|made|given)\s+(?:from|on\s+the\s+basis\s+of|based\s+on)\s+"
                         rf"(?:{_TEXT_NP}|what\b)")
# "so much as" before the verb (the emphatic negative: not even the least of acts) with a text as
# subject: "none of the excerpts so much as brushes against the kickoff time", "the leaflet doesn't so
# much as hint at a date" - whatever the verb, the text does not touch the point
_SO_MUCH_AS = _c(rf"^(?:(?:none|neither|not\s+one)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|your\s+|my\s+|their\s+|"
                 rf"our\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT})(?:'s)?{_POSTMOD}|(?:{_TEXT_NP})\s*(?:{_NEG_AUX}|never\b))"
                 rf"\s*so\s+much\s+as\s+[a-z]+")
# Verbs of determining (a closed class): what a text does not settle it leaves open ("nothing I was
# given settles who owns the copyright", "the rules don't settle whether a tie goes to penalties")
# (a phrasal one may hold a pronoun object: "nothing in the minutes nails that down")
_DETERMINE_VERBS = ("settle", "pin down", "nail down", "determine", "establish", "resolve")
_PARTICLE_GAP = r"\s+(?:(?:it|that|this|them)\s+)?"
_DETERMINE = _alt(f.replace(" ", _PARTICLE_GAP) for v in _DETERMINE_VERBS for f in verb_forms(v)[:3])
_DETERMINE_BASE = _alt(v.replace(" ", _PARTICLE_GAP) for v in _DETERMINE_VERBS)   # after a negated auxiliary
# "nothing" restricted to what was given: in a text, "in here", "here", "provided", "I was given", "you sent"
_GIVEN_NOTHING = (rf"(?:(?:in|within|on)\s+{_TEXT_NP}|in\s+(?:here|there|it|them)|here|provided|given|supplied|shared|"
                  rf"(?:that\s+)?(?:i|we)(?:\s+|(?='))(?:was|were|have\s+been|'ve\s+been)\s+(?:given|sent|shown|provided)|"
                  rf"(?:that\s+)?(?:i|we)(?:\s+|(?='))(?:have|'ve\s+got|had)|"
                  rf"(?:that\s+)?you\s+(?:sent|gave|shared|provided|pasted|attached|uploaded)(?:\s+(?:me|us))?)")
_NOTHING_IN = _c(rf"^nothing\s+(?:(?:in|within|on)\s+{_TEXT_NP}\s*(?:(?:{_SAY_FIN}|{_HOLD_FIN}|answers|addresses|{_DETERMINE})\b|"
                 rf"about|on|regarding|concerning|to\s+(?:indicate|suggest|say)|$)|"
                 rf"{_GIVEN_NOTHING}{_ADV}\s+(?:{_SAY_FIN}|{_HOLD_FIN}|answers|addresses|{_DETERMINE})\b)|"
                 # any verb whose object is an indirect question ("nothing in the deed identifies who
                 # signed", "nothing in these notes nails down when ..."): what nothing in the text does
                 # to the asked fact, it leaves unsaid; "nothing in the lease stops you subletting" is content
                 # in any noun phrase, a verb only ever of saying or of putting in writing: "nothing in the
                 # scorer's book records the umpire's ruling" ("nothing in the data suggests a fault" is content)
                 rf"^nothing\s+(?:in|within|on)\s+{_DET_NP}{_ADV}\s+(?:{_CORE_SAY}|records|recorded|notes|noted)\b|"
                 rf"^nothing\s+(?:(?:in|within|on)\s+(?:{_TEXT_NP}|{_DET_NP})|{_GIVEN_NOTHING}){_ADV}\s+[a-z]+(?:s|ed)"
                 rf"(?:\s+(?:down|out|up))?\s+(?=(?:exactly\s+|precisely\s+)?{_SOUGHT_WH})|"
                 # with no place named, a verb of saying whose object is an indirect question ("nothing
                 # says what higher limit is possible"): the asked fact is unsaid; "nothing says you
                 # can't park there" (a reported clause) is content
                 rf"^nothing{_ADV}\s+(?:{_SAY_FIN})\s+(?=(?:exactly\s+|precisely\s+)?{_SOUGHT_WH})")
_TEXT_SETTLES = _c(rf"^(?P<subj>{_TEXT_NP})\s*{_ADV}\s*(?:{_NEG_AUX}|never\b){_ADV}\s*"
                   rf"{_DETERMINE_BASE}\b(?P<tail>.*)")
# A negative adverbial of place or time first, then the inverted auxiliary ("Nowhere in the rulebook
# is the length of extra time given", "At no point does the letter say who signed it"). With a
# text named, a verb of holding counts; with any other place only a verb of saying or "given"
# (what is given somewhere is information; "nowhere in the park are dogs allowed" is content).
_NEG_FRONT = r"(?:nowhere|at\s+no\s+(?:point|stage|time)|in\s+no\s+(?:part|place|section)(?=\s+(?:of|in)\b))"
_INVERTED = r"(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)"
_NOWHERE = _c(rf"^{_NEG_FRONT}\s+(?:(?:in|within|on|throughout|of)\s+(?:any\s+of\s+)?(?:(?P<text>{_TEXT_NP})|{_DET_NP})"
              rf"\s*,?\s+(?={_INVERTED}\b)|(?={_INVERTED}\s+(?:the\s+)?(?:(?P<subj>{_TEXT_NP})|(?P<pron>it|they)\b))|"
              # (any determined subject with a verb of saying and an indirect question, as uninverted: "Nowhere
              # does the estimate indicate whether the case is included")
              rf"(?={_INVERTED}\s+{_DET_NP}\s+(?:{_SAY_BASE})\s+(?:whether|if|what|when|where|who|whom|which|how|why)\b))"
              rf".*?\b(?:(?P<say>{_SAY_FIN}|{_SAY_BASE}|{_TEXTUAL_PP}|given|{_PUT_VALUE})|{_HOLD_BASE}|{_CONTENT_PP})\b")
# "the report is silent on", "the guide is unclear about", "the handbook lacks any figure"
# (verbs of becoming, a closed class, as the copula: "the maintenance card goes quiet on that", "the
# recipe card falls silent after the dough is shaped")
# (no subject: the one before "but"/"and", which must name a text - "the pattern gives the yarn weight
# but stays quiet on the needle size")
_SILENT = _c(rf"^(?:(?:{_TEXT_NP}|{_PRONOUN})(?:\s+|(?='(?:s|re)\s))|(?P<bare>))(?:(?:is|are|was|were|seems|seem|appears|appear|remains?|'s|'re|"
             rf"stays?|goes|go|went|gone|falls?|fell|fallen|becomes?|became|turns?|turned)(?:\s+to\s+be)?\s+"
             # (a floating quantifier after coordinated texts: "the text and the page are both silent on")
             rf"(?:(?:both|all|each)\s+)?(?:completely\s+|entirely\s+|totally\s+|largely\s+|rather\s+|quite\s+)?"
             rf"(?:silent|unclear|vague|not\s+clear|not\s+explicit|not\s+specific|quiet|mute|mum|tight-lipped|"
             rf"not\s+forthcoming|"
             rf"ambiguous|not\s+precise|insufficient|not\s+sufficient|inadequate|too\s+(?:limited|vague|sparse|"
             rf"brief|general)|"
             # adjectives of emptiness or no use (a small class read by meaning): "the leaflet is
             # unhelpful on this point", "the notes are thin / sketchy on the refund" ("incomplete" and "empty"
             # also say a form or a register lacks what its user must add)
             rf"unhelpful|(?:of\s+)?(?:no|little)\s+(?:help|use)|thin|sketchy)|"
             # the negation on the copula: "isn't clear on", "doesn't seem to be explicit about"
             rf"(?:isn't|aren't|wasn't|weren't|(?:does|do|did)(?:n't|\s+not)\s+(?:seem|appear)\s+to\s+be)\s+"
             rf"(?:entirely\s+|really\s+|very\s+)?(?:clear|explicit|specific|precise|forthcoming))\s*"
             rf"(?:$|on\b|about\b|regarding\b|as\s+to\b|whether\b|if\b|what\b|how\b|when\b|"
             rf"where\b|which\b|who\b|why\b|concerning\b|with\s+regard\b|here\b|there\b|after\b|beyond\b|past\b)")
# "the manual is blank on that point", "the leaflet draws a blank on whether ...": empty of it
_BLANK = _c(rf"^(?:{_TEXT_NP}|{_PRONOUN})(?:\s+|(?='(?:s|re)\s))(?:(?:is|are|was|were|'s|'re|remains?)\s+(?:(?:both|all|each)\s+)?(?:completely\s+|entirely\s+)?blank|"
            rf"(?:draws?|drew)\s+a\s+(?:complete\s+)?blank)\s+(?:on|about|regarding|as\s+to|concerning|whether|"
            rf"when|what|how|who|where|which|here|there)\b")
# the asked fact as subject, "a blank" (the noun: an unknown) placed in a text: "the fare is a blank
# in this notice"; the adjective ("box 3 is blank on the form") is a field left empty, content
# (so are the nouns of a gap, a closed class: "the catch limit is a gap in the permit")
_A_BLANK_IN = _c(rf"^(?:[\w'-]+\s+){{1,12}}?(?:is|are|was|were|remains?)\s+(?:a\s+|an?\s+(?:complete|total|real|clear)\s+)"
                 rf"(?:blank|gap|hole|lacuna)\s+(?:in|on|within)\s+{_TEXT_NP}\s*$")
# A part of a form or table that holds one value (a closed class: box, field, cell, column, ...) named by the
# value it is for and left empty, after a text was named: "The form has the date, but the time box is empty",
# "the cost cell for the move on 4 June was never filled in" (the slot stands for its value); "box 4 is blank"
# names no value, and a yes/no question makes the emptiness the answer
_SLOT_NOUN = r"(?:box|boxes|field|fields|cell|cells|column|columns|space|slot|entry|line)"
_SLOT_EMPTY = _c(rf"^(?:the|its|their|this|that)\s+(?:(?!{_NP_BLOCK}\b)[\w'-]+\s+){{1,3}}?{_SLOT_NOUN}"
                 rf"(?:\s+(?:for|on|in|of|against|under)\s+(?:[\w'\u00a3$.-]+\s+){{0,6}}?[\w'\u00a3$.-]+)?\s+"
                 rf"(?:(?:is|are|was|were|remains?|remained|stays?|stayed|has\s+been|had\s+been|have\s+been)\s+"
                 rf"(?:(?:still|left|completely|entirely)\s+)*(?:empty|blank|unfilled)|"
                 rf"(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:never|not)\s+(?:filled\s+(?:in|out)|completed)|"
                 rf"(?:isn't|aren't|wasn't|weren't|hasn't\s+been|hadn't\s+been|haven't\s+been)\s+(?:filled\s+(?:in|out)|completed))\b")
# a gap in a text (nouns of a gap, a closed class: gap, hole, lacuna): "there's a gap in these notes
# where the dosing interval should be", "that's a gap in the quotation notes", "the scorer's notes have a
# hole where the half-time score should be"; a gap in a fence or a hole in the bag is content
_GAP_WORDS = frozenset("gap gaps hole holes lacuna lacunae".split())
_GAP_NOUN = _alt(_GAP_WORDS)
_GAP = _c(rf"^(?:(?:there|that|this|it)(?:'s|\s+is|\s+was)\s+(?:a|an)\s+(?:(?:big|clear|real|obvious)\s+)?{_GAP_NOUN}\s+"
          rf"(?:in|within)\s+(?:{_TEXT_NP})|"
          rf"(?P<subj>{_TEXT_NP}|{_PRONOUN})\s+(?:(?:has|have|had)(?:\s+got)?|got|leaves?|left)\s+(?:a|an)\s+(?:(?:big|clear|real|obvious)\s+)?"
          rf"{_GAP_NOUN})"
          # (what the gap is for: the asked thing, "where X should be"; "a gap in the timetable
          # between 2 and 3" is a time without service)
          rf"(?=\s*$|\s+(?:on|about|regarding|concerning|as\s+to)\b|\s+where\b.*\b(?:should|would|ought|might)\b)")
# (the adverbs of degree, a closed class; the topic as a relative's preposition: "a matter on which the
# conditions of sale are wholly silent")
_SILENT_ANY = _c(r"(?:\b(?:is|are|was|were|remains?|stays?|stayed|keeps?|kept)|(?<=\w)'(?:s|re))\s+"
                 r"(?:(?:completely|entirely|totally|wholly|utterly|quite|altogether|largely)\s+)?"
                 r"(?:silent|mute|mum|a\s+closed\s+book)\s+"
                 r"(?:on|about|regarding|as\s+to|concerning|whether)\b|"
                 # (the idioms of keeping silent, a closed class: "keeps its counsel on", "draws a veil over")
                 r"\b(?:keeps?|kept)\s+(?:its|their)\s+(?:own\s+)?counsel\s+(?:on|about|regarding|as\s+to|concerning|whether)\b|"
                 r"\b(?:draws?|drew|drawn)\s+a\s+veil\s+over\b|"
                 r"\b(?:on|about|regarding|concerning)\s+which\s+(?:[\w'-]+\s+){1,6}?(?:is|are|was|were|remains?)\s+"
                 r"(?:(?:completely|entirely|totally|wholly|utterly|quite|altogether|largely)\s+)?(?:silent|mute|mum)\b")
# (verbs of omission, a closed class: lack, omit, leave out, skip / pass / gloss over)
_LACKS = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}|(?P<anynp>{_DET_NP})|(?P<bare>)){_ADV}\s*(?:lacks?|lacked|"
            rf"(?P<omit>omits?|omitted|leaves?\s+out|left\s+out|skips?(?:\s+over)?|skipped(?:\s+over)?|"
            # "the itinerary leaves that out": the pronoun is the asked information; so is a
            # determined information or measure noun ("leaves the turnout figure out entirely")
            rf"(?P<pout>(?:leaves?|left)\s+(?:it|that|this|them|those|these)\s+out)|"
            rf"(?P<nout>(?:leaves?|left)\s+(?:the|any|its|their)\s+(?:[\w'-]+\s+){{0,3}}?"
            rf"(?:{_INFO_NOUN}|{_MEASURE_NOUN})s?\s+out)|"
            rf"(?:pass(?:es|ed)?|gloss(?:es|ed)?)\s+over|"
            # (verbs of evading, a closed class: "the FAQ dodges it", "steers clear of whether ...")
            rf"(?:steers?|steered)\s+clear\s+of|dodge[sd]?|sidestep(?:s|ped)?|"
            rf"(?:skirts?|skirted|tiptoes?|tiptoed)\s+(?:a?round|past))|"
            rf"(?:is|are)\s+missing|(?:does|do|did)\s+not\s+have|"
            # (the adjectives of lacking before "of", a closed class: "the conditions are devoid of any reference to")
            rf"(?:is|are|was|were)\s+(?:(?:completely|entirely|wholly|totally|quite)\s+)?(?:devoid|bereft|void)\s+of)\b(?P<tail>.*)")
# the passive: "whether photography is allowed is left unsaid (in the guide)"; "left open /
# unanswered" only placed in a text ("the door was left open" is content)
_LEFT_UNSAID = _c(rf"^(?:[\w'-]+\s+){{1,12}}?(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+left\s+"
                  rf"(?:{_UNSAID}\b|(?:open|unanswered|unaddressed|unclear)\s+(?:in|by)\s+{_TEXT_NP})")
# the object may be a whole noun phrase ("leaves the collection day for the new estate unstated")
# ("leaves the oven temperature to the imagination": to the reader's guessing, a closed class)
# (a text may also leave it unrecorded or empty: "the minutes leave the vote count unrecorded", "the
# certificate leaves the scheme reference field empty": un- + any participle of saying or holding)
_LEAVES = _c(rf"^(?:{_TEXT_NP}|{_PRONOUN}|(?P<bare>)){_ADV}\s*(?:leaves?|left)\s+(?:[\w'-]+\s+){{0,8}}?(?:open|unanswered|"
             rf"unclear|{_UNSAID}|{_alt(_UN_PP_WORDS)}|unaddressed|undefined|ambiguous|blank|empty|"
             rf"to\s+(?:the\s+)?(?:imagination|guesswork|reader's\s+imagination))\b")   # ("leaves blank whether ...")

# words without which no clause is a refusal: a cheap first test (most answers have none)
_TRIGGER_WORDS = frozenset("""idk undated empty without off out dry lipped gap gaps hole holes lacuna lacunae guessing speculating inventing fabricating making pulling plucking beats search guess dunno mystery available blank not no nothing never nowhere none neither silent unable unknown unclear unspecified
unstated unmentioned undisclosed unlisted undocumented insufficient inadequate little lack lacks lacked omit omits
omitted leave leaves left missing unanswerable scope beyond impossible cannot cant dont doesnt didnt wont couldnt
fail fails failed neglect neglects neglected vague quiet unhelpful thin sketchy ambiguous undetermined zero uncertain hard difficult outside unavailable isnt arent
wasnt werent hasnt havent hadnt wouldnt shouldnt only empty blank stop stops stopped end ends ended absent cut cuts
break breaks finishes finished mum mute skip skips skipped gloss glosses glossed passes passed therein herein
thereon closed counsel veil imagination guesswork devoid bereft void reluctant hesitant unwilling loath loth steer steers steered dodge dodges dodged sidestep sidesteps sidestepped skirt skirts skirted tiptoe tiptoes tiptoed""".split()) | _UNSAID_WORDS \
    | _UN_PP_WORDS


def _object_ok(verb: str, tail: str, subj: str | None, has_text: bool, anynp: bool = False,
               question: str | None = None, yes_no: bool = False) -> bool:
    """Whether `tail`, the rest of the clause after a negated verb, makes the clause a refusal.
    `anynp`: the subject is a noun phrase that names no written source; `yes_no`: the answer
    opens with yes or no ("No, the seller didn't mention any defects": what a person did not say
    is the evidence for the verdict)."""
    # go into, make it clear, break the figures down: all of saying (not "extend to": extent)
    full = re.sub(r"\s+", " ", verb.strip().lower())
    phrasal = " " in verb.strip() and full not in _EXTENT_WORDS
    verb = verb.lower().split()[0]
    if _AS_TAIL.match(tail) or _SAY_YES_NO.match(tail):  # "does not list aspirin as safe", "never says no to dogs"
        return False
    if _NOT_ONLY.match(tail):           # "doesn't cover just cars": it covers more
        return False
    # a refusal is unconditional: "doesn't record whether you attended unless you check in",
    # "doesn't mention the warranty until the last page" (it does, later)
    if _UNLESS.search(tail):
        return False
    if verb in ("report", "speak", "answer") and _TO_TAIL.match(tail):
        return False
    if anynp:
        # "the care card doesn't say so"; but "the board didn't discuss pay" answers "Did the
        # board discuss pay?" (the question names the verb), and "the patient did not describe
        # any chest pain" answers "Did the patient have chest pain?" (a subject the question is
        # about is its topic, not a source: only "doesn't say (whether / so / either way)"
        # declines). Other verbs hold things too ("the kit doesn't include a charger"): only the
        # asked information declines.
        if yes_no:
            return False
        if full in _EXTENT_WORDS and _CORE_SAYING_TAIL.match(tail):   # "doesn't go as far as saying how long"
            return True
        # (a phrasal one by its whole form: "the rulebook doesn't spell out the tie-break")
        if verb in _CORE_SAY_WORDS or full in _CORE_SAY_WORDS:
            if question is None:
                return True
            if _names_verb(question, verb):
                return False
            return not (_stems(subj or "") & _stems(question)) or _ASKED_TAIL.match(tail) is not None
        if verb in _FINDING_WORDS:
            return _ASKED_TAIL.match(tail) is not None
        return _strict_info(tail, verb)
    pronoun = subj is not None and re.fullmatch(_PRONOUN, subj.strip(), re.IGNORECASE) is not None
    is_say = phrasal or re.fullmatch(f"{_SAY_BASE}|{_SAY_FIN}|date", verb, re.IGNORECASE) is not None
    informational = subj is not None and _names_info_text(subj)
    if subj is None or subj.strip() == "" or pronoun:
        # "doesn't say." / "it doesn't mention whether": with no text subject, the object must
        # be the asked information unless a text was named earlier in the answer
        if is_say and (has_text or _tail_is_info(tail)):
            return True
        # ("they don't include a gluten content figure", after the documents were named)
        return _tail_is_info(tail) or (verb in _GIVE_WORDS and (_given_value(tail) or (
            has_text and _asked_object(tail, question) and not _names_verb(question, verb)))) or (
            pronoun and bool(has_text) and verb not in _HAVE_WORDS and _STRICT_INFO.match(tail) is not None)
    if is_say:
        return True
    if _SAYING_TAIL.match(tail) and not phrasal:   # "doesn't go as far as naming the new chief"
        return True
    # (a text that "doesn't include a vote count" withholds it, as any subject's would: _strict_info)
    # ("one" after a verb of showing is the asked value too: "the ticket doesn't show one")
    return informational or _tail_is_info(tail) or (verb in _GIVE_WORDS and (
        _given_value(tail) or (_asked_object(tail, question) and not _names_verb(question, verb)))) or (
        verb not in _HAVE_WORDS and _STRICT_INFO.match(tail) is not None) or (
        verb in _SHOW_WORDS and _ONE_ALONE.match(tail) is not None)


_HAVE_WORDS = frozenset(verb_forms("have"))
# the object noun phrase of a clause's tail: up to a clause boundary, a preposition or a relative word
_OBJECT_NP = _c(rf"^\s*(?:(?:a|an|the|any|its|their|his|her|this|that|no)\s+)?(?P<np>(?:(?!(?:{_BLOCK})\b)[\w'-]+\s*){{1,5}})")


# the noun phrase a wh-question asks for: "What was the mash pH on HL-0417?", "Which interest rate applies?"
_WH_FOCUS = _c(r"^\W*(?:what|which)\s+(?:(?:is|are|was|were|will\s+be)\s+)?(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?"
               r"[^?]+?)(?:\s+(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should|must|may)\b|\s*\?|$)")


def _asked_head(np: str, question: str | None) -> bool:
    """Whether the noun phrase `np` (up to its head) holds the head of the noun phrase a what/which question
    asks for: "the mash pH" for "What was the mash pH on HL-0417?", "an oxygen saturation reading" for
    "What was his oxygen saturation?"; not "labour" for "What is the labour charge?"."""
    m = _WH_FOCUS.match(question) if question else None
    if m is None:
        return False
    asked = _stems(_np_head(m.group("np")))
    cut = _POSTHEAD.search(np)
    return bool(asked) and asked <= _stems(np[:cut.start()] if cut else np)


def _asked_object(tail: str, question: str | None) -> bool:
    """Whether the object at the start of `tail` is what a known what/which question asks (see _asked_head):
    "doesn't give the heating element rating" for "What is the power rating of the heating elements?". A
    verb of giving has no content sense for information, so withholding the asked thing declines ("the terms
    don't give refunds" for "What is the refund policy?" gives no refund: not the asked noun)."""
    m = _OBJECT_NP.match(tail)
    return m is not None and _asked_head(m.group("np"), question)


# (or the infinitive after "go so far as": "doesn't go so far as to tell you whether ...")
_SAYING_TAIL = _c(rf"^\s*(?:{_SAYING}|to\s+{_SAY_BASE})\b")
_CORE_SAYING_TAIL = _c(rf"^\s*(?:{_alt(ing_form(v) for v in _CORE_SAY_VERBS if ' ' not in v)}|to\s+{_SAY_BASE})\b")
# "not just / not only": a negated restriction, which says the text does more (a closed class)
_NOT_ONLY = _c(r"^\s*(?:just|only|merely|solely|simply|exclusively)\b")


def _given_value(tail: str) -> bool:
    """After a verb of giving: a measure or the named information ("doesn't give a completion date"),
    or "one" as the whole object ("the terms don't give one"): a pronoun for the asked value, since
    a verb of giving has no content sense ("doesn't have one" may say there is none, and stays)."""
    return (_MEASURE_TAIL.match(tail) is not None or _STRICT_INFO.match(tail) is not None
            or _ONE_ALONE.match(tail) is not None)


# "one" closing the clause (an adverb or "either" may follow): "doesn't give one", "doesn't list one either"
_ONE_ALONE = _c(r"^\s*one(?:\s+(?:either|anywhere|at\s+all|here|there|though))?\s*(?:[.,;:!]|$)")


# the asked information as an object, nouns before it allowed ("a completion date"); a measure
# only after a verb of giving ("doesn't give an exposure limit")
_STRICT_INFO = _c(rf"^\s*(?:(?:about|regarding|concerning|as\s+to|whether|how|what|when|where|which|why|who|whom|"
                  rf"whose)\b|"
                  rf"(?:any|much|more)\s+(?:info\w*\s+|details?\s+)?(?:on|about)\b|"
                  rf"{_NAMED_INFO})")
_MEASURE_TAIL = _c(rf"^\s*{_INFO_MOD}(?:{_NOUN_MOD})?{_MEASURE_NOUN}\b")


# the object of a saying that stands for the asked information itself: "doesn't say (so / whether
# ... / either way / anything about it)"; "any chest pain" is a thing not reported
_ASKED_TAIL = _c(rf"^\s*(?:$|whether\b|if\b|so\b|either\b|about\b|on\b|regarding\b|concerning\b|as\s+to\b|"
                 rf"anything\b|it\b|that\b|this\b|(?:how|what|when|where|who|which|why)\b|{_INFO_OBJ}|"
                 # (nouns before the information noun: "the ticket doesn't indicate the seat number")
                 rf"{_NAMED_INFO})")


def _strict_info(tail: str, verb: str) -> bool:
    return (_STRICT_INFO.match(tail) is not None or _EITHER_WAY.search(tail) is not None
            or (verb in _GIVE_WORDS and _MEASURE_TAIL.match(tail) is not None))


def _names_verb(question: str, verb: str) -> bool:
    """Whether the question names the verb (any form: "Did the board discuss pay?", "What does the
    plan cover?"; -de verbs' -s- nouns: include, inclusion)."""
    base = _BASE_OF.get(verb.lower(), verb.lower())
    stem = base[:-1] if base.endswith("e") else base
    stems = [stem] + ([stem[:-1] + "s"] if stem.endswith("d") else [])
    # (an -ing form names the verb only after an auxiliary, "is the plan covering it?": "the felt
    # covering on the roof" is a thing; the nouns "cover", "inclusion" ask about coverage)
    for m in re.finditer(rf"\b(?:{'|'.join(stems)})\w*", question, re.IGNORECASE):
        before = question[:m.start()].split()[-1:] or [""]
        if not m.group(0).lower().endswith("ing") or _AUX_BEFORE.fullmatch(before[0]):
            return True
    return False


_AUX_BEFORE = _c(r"(?:is|are|was|were|be|been|am|isn't|aren't|wasn't|weren't)")


_BASE_OF = {f: v.split()[0] for v in _SAY_VERBS + _HOLD_VERBS for f in verb_forms(v.split()[0])}


# a clause opened by "no" and a bare noun or two: an "and"/"or" after it joins a second noun to the
# same "no", not a clause ("No brand or product is named", "no date and time are given")
_NO_NOUNS = _c(r"^\s*no\s+(?:[\w'-]+\s+){0,2}$")
_JOINER = _c(r"^\s*(?:and|or)\s*$")


def _clauses(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if _JOINER.match(m.group()) and _NO_NOUNS.match(text[start:m.start()]):
            continue
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


_WORD = re.compile(r"[a-z']+")
_NEG_WORDS = frozenset("not cannot cant dont doesnt didnt wont couldnt never nowhere fail fails failed neglect neglects "
                        "neglected dunno idk".split())
_NO_WORDS = frozenset("no nothing none neither little hardly zero".split())
_IMPERSONAL_WORDS = frozenset("""available unavailable mystery cannot can't cant can couldn't could no possible impossible hard difficult enough
apparent evident obvious ascertainable discernible deducible derivable inferable knowable nothing
insufficient little sufficient inadequate unanswerable unknown unclear known clear uncertain undetermined
determinable unable outside beyond off disclosed unspecified unstated unmentioned undisclosed unlisted undocumented undated""".split()) \
    | _UNSAID_WORDS
_GUESS_WORDS = frozenset(("guessing", "speculating", "inventing", "fabricating", "making", "pulling", "plucking",
                          "beats", "search", "guess"))
_SILENT_WORDS = frozenset("""silent unclear vague clear explicit specific quiet mute mum tight-lipped lipped forthcoming ambiguous precise
insufficient sufficient inadequate too unhelpful help use thin sketchy closed counsel veil""".split())
_EVADE_WORDS = frozenset("""steer steers steered dodge dodges dodged sidestep sidesteps sidestepped skirt skirts skirted
tiptoe tiptoes tiptoed""".split())
_LACK_WORDS = frozenset("""lack lacks lacked omit omits omitted leave leaves left missing have over skip skips
skipped devoid bereft void""".split()) | _EVADE_WORDS
_LEADIN_FIRST = frozenset("""afraid sorry unfortunately sadly regrettably apologies however well no nope hmm ok okay alas
honestly actually also again still so but and yet then in to as from i i'm it seems appears looks that just because
since though although while whereas note please noted here overall anyway frankly clearly evidently apparently
accordingly therefore thus hence consequently
""".split())
_NOTHING_WORDS = frozenset("nothing no not little hardly zero neither none".split())
_SPEAKER_WORDS = frozenset("i we i'm we're i've we've i'd we'd i'll we'll me us".split())
_UNWILLING_WORDS = frozenset("reluctant hesitant unwilling loath loth".split())


# an indirect question that cannot be a free relative: "whether ...", "how much/long ..."
_ASKED_CLAUSE = _c(r"^(?:whether|how\s+(?:much|many|long|often|far|soon|old|big))\b")


_IN_NAMED = _c(r"^\s*(?:anywhere\s*)?(?:(?:in|on|within)\s+(?:it|them))?\s*$")


def _passive_refusal(body: str, guarded, named_before, question: str | None = None) -> re.Match | None:
    """"No X is given", "X is not stated (in the report)"; `named_before`: whether a text was named
    before the clause (then "X was never written down" is about that text); `question`: a known
    wh-question, whose content words make its subject the asked information (see _asked_object)."""
    verbless = _VERBLESS_PASSIVE.match(body) if body[:3].lower() == "no " else None
    for m in [*_PASSIVE.finditer(body), *_THERE_PASSIVE.finditer(body), *([verbless] if verbless else [])]:
        # ("goes / remains / is unrecorded in the minutes": "un-" negates the participle, with the
        # copula or a verb of becoming or staying, as "is not recorded")
        neg = m.group("neg") if m.groupdict().get("un") is None else "un"
        # ("the tariff is specified nowhere in the notice": the negation after the participle, read as
        # "is not specified anywhere in the notice")
        nowhere = m.group("no") is None and neg is None and m.start() == 0 \
            and re.match(r"^\s*nowhere\b", m.group("tail"), re.IGNORECASE) is not None
        if m.group("no") is None and (neg is None or m.start() != 0) and not nowhere:
            continue
        # "the document says parking is not available"; an indirect question as the subject
        # ("whether the hostel has lockers is never touched on") reports nothing
        # (read in place, so that "no" before it shows a participle as a modifier: "no named trophy")
        if _REPORTING.search(body, m.start("np"), m.end("np")) and not _WH_START.match(m.group("np") or m.group("head")):
            continue
        tail = re.sub(r"^(\s*)nowhere\b", r"\1anywhere", m.group("tail"), flags=re.IGNORECASE) if nowhere \
            else m.group("tail")
        if _AS_TAIL.match(tail) or re.match(r"^\s*(?:to|with)\b", tail, re.IGNORECASE):
            continue
        # the noun phrase's head: the word before a preposition ("no breakdown by region")
        head = re.split(r"\s+(?:by|of|for|on|about|in|from|to|with|regarding)\s+",
                        f"{m.group('np')}{m.group('head')}".strip(), maxsplit=1, flags=re.I)[0].split()[-1]
        # an indirect question as the subject is the asked information itself ("whether overtime is
        # paid isn't covered in the agreement"); a free relative ("what you bring isn't covered by
        # the policy") is a thing, so a plain wh-word counts only when the clause places it in a text
        np = f"{m.group('np')}{m.group('head')}"
        participle = m.group("cpp") or m.group("tpp") or m.groupdict().get("rpp") or m.group("gpp") or ""
        # ("the mash pH isn't recorded" for "What was the mash pH?"; not when the question names the act,
        # "Was the meeting recorded?", "When was the meeting recorded?")
        asked = m.group("no") is None and _asked_head(np, question) and not _names_verb(question, participle.split()[0] if participle else "")
        info = bool(_INFO_HEAD.match(head)) or asked or (m.group("no") is None and (
            _ASKED_CLAUSE.match(np) is not None
            or (_WH_START.match(np) is not None and _PLACED_TAIL.match(tail) is not None
                and _HAS_TEXT.search(tail) is not None)))
        if m.group("tpp"):        # mentioned, stated, specified, listed, ...
            ok = bool(_PP_TAIL_OK.match(tail)) or (info and not tail.strip()) or (
                re.fullmatch(_PLACED_PP, m.group("tpp"), re.IGNORECASE) is not None
                and _PLACED_TAIL.match(tail) is not None)
        elif m.group("gpp"):      # given: "no refund is given for late returns" is content
            # (a measure given is a value: "no opening hours are given for the office")
            # (information given "in" any determined noun phrase: that is where it was sought -
            # "how many seats the theatre has isn't given in the venue description")
            # (the asked thing "given for" what the question asks of, where the question speaks of no
            # giving or getting: "No pass mark is given for the progress test" for "What is the pass
            # mark for the week 5 test?"; not "No refund is given for ..." for "What refund do you get?")
            asked_given = m.group("no") is not None and question is not None and _asked_head(np, question) \
                and not _GIVING_ASKED.search(question)
            # (a thing one party gives another is given in the world: "…, and no refund is given")
            ok = (not tail.strip() or bool(_PP_TAIL_TEXT.match(tail))) \
                and not (_GIVEN_THING.match(head) and re.fullmatch(r"[\s.!?;,]*", tail)) \
                or bool(_PP_THEN_TEXT.match(tail)) or (
                (info or asked_given or _MEASURE_HEAD.match(head) is not None)
                and bool(re.match(r"^\s*(?:for|about|on|regarding)\b", tail, re.I))) or (
                info and _PLACED_TAIL.match(tail) is not None)
        elif m.groupdict().get("rpp"):
            ok = False
        else:                     # provided, included, available, reported, ...: content unless information
            ok = (info and (not tail.strip() or bool(_PP_TAIL_OK.match(tail))
                            or bool(re.match(r"^\s*(?:about|on|regarding|for)\b", tail, re.I)))) \
                or bool(_PP_TAIL_INFO_TEXT.match(tail)) or (
                _ANSWER_PP.match(m.group("cpp")) is not None and bool(_PP_TAIL_TEXT.match(tail)))
        participle = m.group("cpp") or m.group("tpp") or m.groupdict().get("rpp") or ""
        if not ok and (neg is not None or m.group("no")) and _SHOWN_PP.match(participle):
            ok = bool(_SHOWN_TAIL.match(tail)) or (bool(_PLACED_IN_IT.match(tail)) and bool(named_before))
        # (a contracted negation leaves "neg" empty: "wasn't recorded" is negated too)
        if not ok and (neg is not None or nowhere) and _RECORD_PP.match(participle) and (
                not _FIELD_PP.match(participle) or info or _VALUE_HEAD.match(head) or _MEASURE_HEAD.match(head)):
            # (or placed in "it"/"them", the text named: "isn't printed anywhere in it")
            ok = bool(_IN_NAMED.match(tail)) and bool(named_before)
        # (a clause before it in which a text gives or lists what it does hold - an informational text with a
        # verb of saying or holding, any text with one of saying - frames the bare negated passive as that
        # text's: "The meetup page gives the café and the time; which languages are practised isn't
        # included", "The installer's quote includes the panel count; the annual output isn't included")
        # (a participle with a content sense - included, provided - only for a value or an indirect question:
        # "breakfast isn't included", "so the broken shelf isn't covered" are what the booking or the policy does)
        if not ok and neg is not None and m.group("no") is None and not tail.strip() \
                and _INFO_HEAD.match(head) is None and head.lower() not in _SUBJECT_PRONOUNS \
                and (m.group("tpp") or (m.group("cpp") and _FRAMED_CPP.match(m.group("cpp")) and (
                    _VALUE_HEAD.match(head) or _MEASURE_HEAD.match(head) or _WH_START.match(np.strip())))) \
                and _framed_by_text(named_before.text):
            ok = True
        if ok and guarded(m):
            return m
    return None


_FRAMED_CPP = _c(r"^(?:included|provided|supplied|shown|featured)$")
# things one party gives another, a benefit or a consent (a closed class): given, they are content
_GIVEN_THING = _c(r"^(?:refunds?|discounts?|credits?|rebates?|compensation|reductions?|concessions?|exemptions?|"
                  r"extensions?|bonus(?:es)?|allowances?|reimbursements?|warnings?|permission|priority|gifts?)$")
# a question that speaks of giving or getting a thing (a closed class of verbs of transfer, and the
# refund, a thing given back): "given" in the answer may be that giving ("What refund is given?",
# "What discount do members get?")
_GIVING_ASKED = _c(r"\b(?:give|gives|given|giving|gave|get|gets|getting|got|receive|receives|received|offer|offers|"
                   r"offered|grant|grants|granted|award|awards|awarded|allow|allows|allowed|entitled|refund|refunded)\b")
_VALUE_HEAD = _c(rf"^{_VALUE_NOUN}$")
_FRAME = _c(rf"(?:^|[.;:!?]\s+|\bbut\s+)\W*(?P<np>{_TEXT_NP}){_TEXT_PLACED}\s+(?:also\s+|only\s+)?"
            rf"(?:(?P<say>{_SAY_FIN}|{_SHOW_FIN})|{_HOLD_FIN})\b")


def _framed_by_text(before: str) -> bool:
    """Whether `before` (the answer before a clause) has a clause whose subject is a text giving or listing
    what it holds (see _passive_refusal)."""
    if not before.strip() or not _HAS_TEXT.search(before):
        return False
    return any(m.group("say") or _names_info_text(m.group("np")) for m in _FRAME.finditer(before))


def _nothing_ok(m: re.Match, elided: str = "") -> bool:
    """Whether "<subject> <verb> nothing / no <information>" declines, by its subject and verb.
    `elided`: the subject a clause without one shares with the clause before it ("the spec sheet
    lists the weight but provides no battery-life figure")."""
    verb = m.group("verb").lower()
    if m.group("saying") is not None and verb in _MAKE_WORDS:
        return True
    subj = m.group("subj") or elided
    if m.group("none") is not None and not (_names_info_text(subj) and verb in _HOLD_GIVE_WORDS
                                            and _NONE_TAIL.match(m.group("tail"))):
        # "the policy has none" may say there is none; "the report says none (of them) left" reports
        return False
    # (a text's verb of showing gives a measure too: "the fixture list shows no kick-off times")
    giving = verb in _GIVE_WORDS or verb in _CORE_SAY_WORDS or (verb in _SHOW_WORDS and _HAS_TEXT.search(subj) is not None)
    if m.group("measure") is not None and not (giving or _names_info_text(subj)):
        return False             # "the plan has no time limit" is content
    # "no <compound> value" from an informational text, which holds nothing but information
    # ("the torque table has no seatpost clamp value"), or given by anything ("gives no phone
    # number"); a contract that "has no end date" runs on, a bike that "has no serial number" lacks one
    if (m.group("compound") or m.group("ncompound")) is not None and not (_names_info_text(subj) or giving):
        return False
    # a subject that names no text: only what is only ever said ("the care card says nothing
    # about frost"), or information given ("the seed packet gives no sowing depth"); "the kit
    # contains nothing for children", "the hotel gives nothing for free" are content
    if m.group("anynp") is not None or (elided and not _HAS_TEXT.search(elided)):
        # ("the procedure offers no guidance on cure time": information about something, given)
        return verb in _CORE_SAY_WORDS or (m.group("nothing") is None and verb in _GIVE_WORDS) or (
            m.group("nothing") is None and (m.group("compound") or m.group("ncompound")) is None
            and m.group("measure") is None and verb in _OFFER_WORDS and _ABOUT_START.match(m.group("tail")) is not None)
    return True


_HOLD_GIVE_WORDS = frozenset(f for v in _HOLD_VERBS + _GIVE_VERBS for f in verb_forms(v))
_NONE_TAIL = _c(r"^\s*(?:$|(?:for|on|about|regarding|in|at|anywhere|either|here|there)\b)")
_OFFER_WORDS = frozenset(f for v in ("give", "offer", "provide", "supply") for f in verb_forms(v))
_ABOUT_START = _c(r"^\s*(?:about|on|regarding|concerning|as\s+to)\b")
_COORDINATED = _c(r"\b(?:but|and|yet)\s*$")
_SENTENCE_START = re.compile(r"[.!?;:](?=\s)|\n")
_SUBJECT = _c(rf"^(?:{_TEXT_NP}|{_DET_NP})(?=\s)")


_SPEAKER_FIRST = _c(r"^(?:i|we)(?:'ve|'d|\s+have|\s+had)?\s")
_FOUND_FORMS = frozenset("found saw spotted noticed".split())


def _speaker_elided(text: str, a: int) -> bool:
    """Whether a clause at `a` continues, after "and"/"but", a sentence whose subject is the speaker
    ("I've gone through the register twice and found no installation date")."""
    if not _COORDINATED.search(text, 0, a):
        return False
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, a)), default=0)
    sentence = text[start:a].lstrip()
    lead = _LEADIN.match(sentence)
    return _SPEAKER_FIRST.match(sentence[lead.end():] if lead else sentence) is not None


def _elided_subject(text: str, a: int) -> str:
    """The subject of the sentence a clause at `a` continues after "but"/"and" without a subject of
    its own ("the spec sheet lists the weight but provides no ..."), or ""."""
    if not _COORDINATED.search(text, 0, a):
        return ""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, a)), default=0)
    sentence = text[start:a].lstrip()
    lead = _LEADIN.match(sentence)
    m = _SUBJECT.match(sentence[lead.end():] if lead else sentence)
    return m.group(0) if m else ""


# "I'm not sure there's a simpler way to put it": doubt about a stated clause, not about the
# asked information (unlike "not sure whether/about/of ...", or a clause about the texts: "I'm not
# sure the documents cover this", "... it's mentioned")
_STATED_CLAUSE = _c(r"^\s+(?:that\s+)?(?:there|it|this|they|he|she|you|the|a|an|its|their|our|your)\b")
# (one-word verbs only: "the loaf goes into a cold oven" is no text going into anything)
_ABOUT_TEXTS = _c(rf"\b(?:{_TEXT}|{_TEXTUAL_PP}|{_CONTENT_PP}|"
                  rf"{_alt(f for v in _SAY_VERBS + _HOLD_VERBS if ' ' not in v for f in verb_forms(v)[1:3])})\b"
                  r"(?!\s+been\b)")   # "has been cancelled" is an auxiliary, not a text holding something


# An answer stated beside the refusal: a sentence (or a part of one after "but"/"though"/"because", a colon or a
# dash) that states a value - a figure or a cardinal word - with no negation and with a subject that
# is neither a text nor the speaker nor a pronoun, and whose main verb is not one of saying or holding
# ("The notice period is two months; the lease doesn't say whether ...", "... but the first reading
# in the service record is 1.8 bar", "Return flight: BA 287 on 22 May. The ticket doesn't show a seat
# number"), or a "Yes,"/"No," opening the answer before a clause of its own ("Yes, dogs can travel on
# deck, though the leaflet doesn't say ..."): the answer is given, the refusal is about something
# else; so is a value after a hedge of the speaker ("I'm not certain, but the timetable seems to give
# 14:25"). Not an answer but what a text holds, around a refusal: a value attributed to a text
# ("according to / per the page", "is listed as 212", a passive of saying), or after a clause whose
# subject is a text ("The log records the departure at 06:40. There is no entry for ..."), or in a
# markdown list; a question or its restatement; and the answer still declines when the asked thing
# is fronted as the refusal's subject ("Whether old gear scales up isn't mentioned") or a second
# clause declines ("..., so I can't tell you how long").
# (an en dash between spaces only: "3\u20135" is a range)
# (", and" before a new subject - the speaker, "there" or a text - opens a clause of its own: "Full
# membership is £120, and I couldn't find any mention of a joining fee")
# ("and" before the existential opens a clause of its own, comma or not: "Children's cuts are £12 and there's no
# separate under-5s price listed")
_ANSWER_SPLIT = _c(r"[.!?;:]+(?=\s|$)|\n|\u2014|\s[\u2013-]\s|\b(?:but|though|although|whereas|because)\b|"
                   r"\s+and\s+(?=there(?:'s|\s+is|\s+are|\s+was|\s+were)\s)|"
                   rf",\s+and\s+(?=(?:i|we|there)\b|(?:the|this|that|your|these|those)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT})\b)")
_CARDINAL_WORD = _alt([w for w in SMALL_NUMBERS if SMALL_NUMBERS[w] > 1] + list(TENS)
                      + ["hundred", "thousand", "million", "billion"])
# (a time named by a word is a value too, a closed class: the days of the week, the months written in full,
# midnight, noon - "Requests close at midnight; the listing doesn't say whether the bar stays open later")
_TIME_WORD = _alt(list(WEEK) + [m for m in MONTHS if len(m) > 3 and m != "may"] + ["midnight", "noon", "midday"])
_VALUE_STATED = _c(rf"\d|\b{_CARDINAL_WORD}\b|\b{_TIME_WORD}s?\b")
_YES_NO_OPENING = _c(r"^\W*(?:yes|no)\s*[,.!]\s*(?=\w)")
_NOT_STATED = frozenset(_NEG_WORDS | _NO_WORDS | {"nor", "without", "unknown", "unclear", "missing", "blank",
                                                 "empty", "absent", "only", "question", "asked", "asking", "asks"})
_AUX_WORDS = r"(?:is|are|was|were|be|been|has|have|had|will|would|can|could|must|may|might|should|do|does|did)"
_TEXT_SUBJECT = _c(rf"^\W*(?:(?:and|so|then|yet)\s+)?(?:(?:i|we|you|it|they|this|that|these|those)\b|"
                   rf"(?:(?:(?!(?:{_BLOCK})\b)[\w'-]+|[\w'-]+(?=\s+(?:{_TEXT})\b))\s+){{0,3}}?(?:{_TEXT})(?:'s)?\b"
                   rf"(?!\s+(?:[\w-]+\s+)?(?:is|are|was|were)\b))")   # ("the notice period is": a compound)
# (any word directly before the text's noun modifies it: "the show programme", "the state guide")
# (a base form of a verb that is also a noun only after a text or a pronoun: "the terms give ...", "the
# distances they mention"; "public liability cover" is a noun, "the reasons say" a verb)
_SAY_HOLD_INFLECTED = _alt(f for v in _SAY_VERBS + _HOLD_VERBS for f in verb_forms(v)[1:3])
_REPORTING_MAIN = _c(rf"^\W*(?:(?!{_AUX_WORDS}\b)[\w'\u00a3$\u20ac.,-]+\s+){{0,6}}?"
                     rf"(?:{_SAY_HOLD_INFLECTED}|{_CORE_SAY_BASE}|"
                     rf"(?<![\w'-])(?:{_TEXT}|they|it|you|we|i|that|which)\s+(?:{_SAY_BASE}|{_HOLD_BASE}))\b")
_REPORTING_WORDS = _first_words([f for v in _SAY_VERBS + _HOLD_VERBS for f in verb_forms(v)[:3]] + _CORE_SAY_VERBS)


def _reporting_main(segment: str) -> bool:
    """Whether `segment` opens with a clause whose main verb is one of saying or holding (_REPORTING_MAIN)."""
    return not _REPORTING_WORDS.isdisjoint(_LETTERS.findall(segment.lower())) \
        and _REPORTING_MAIN.match(segment) is not None
# ("per" only before a determiner: "15p per kWh" is a rate)
# (a participle with a content sense attributes only as a value's label or placed in a text, the text's
# noun heading its phrase: "is listed as 212", "is included in the price list"; "Water is included in the
# £52 rent", "... in the £20 entry fee" is what the rent or the fee does)
_ATTRIBUTED = _c(rf"\b(?:according\s+to|as\s+per|going\s+by)\s|\bper\s+(?:the|this|that|these|those|your|my|our|its|their)\s|"
                 rf"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:{_TEXTUAL_PP}|given|shown|quoted)\b|"
                 rf"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:{_CONTENT_PP})\b(?=\s+(?:as|at)\b|\s+(?:in|on|by|within)\s+"
                 rf"(?:the|this|that|your|its|their)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT})\b(?!\s+(?!(?:of|for|on|in|from|and)\b)[a-z]))|"
                 rf"^\W*(?:in|on|from)\s+(?:{_TEXT_NP})")
_MARKDOWN_LINE = _c(r"(?:^|\n)\s*(?:[-*+#>|]|\d+[.)])")
_FRONTED_ASKED = _c(r"(?:^|[.!?:;\u2014\u2013]\s*)\W*(?:whether|what|which|where|when|who|how|why)\b[^.!?;]*$")
_CONCLUDED = _c(r"\bso\W*$")
_HEDGED = _c(r"\b(?:sure|certain)\W*$")


# "it"/"they" with an inflected verb that is neither an auxiliary, a verb of seeming nor a hedge is the
# asked event, not a text, after a refusal whose subject is no text ("there's no fixed finishing time in
# the email, but it starts at 8.30 am"; "the catalogue doesn't go back that far; it starts in 1850" is the
# catalogue; "it gives 8.30", "it's probably 5 kg" stay with the text or a guess; verbs of saying are ruled
# out below)
_EVENT_PRONOUN = _c(r"^\W*(?:it|they)\s+(?!(?:is|was|has|does|seems|seemed|appears|appeared|looks|looked|sounds|"
                    r"needed|used)\b)[a-z]+(?:s|ed)\b(?![^.;!?]*\b(?:probably|likely|maybe|perhaps|possibly|presumably)\b)")


# the asker as the subject of a verb of having, paying or a modal of rule states a rule with its value ("You
# have 28 days from the notice to appeal"); "You're asking about the 2023 model" restates the question
_YOU_RULE = _c(r"^\W*you\s+(?:have|get|need|must|may|can|will|pay|receive|(?:are|'re)\s+(?:allowed|entitled|"
               r"required|charged|given))\b(?!\s+(?:asked|been\s+asking|to\s+(?:ask|check|contact|call)))")


# ... and with a modal of future or rule before any text was named: "It'll be held at the depot for 7 days;
# the card doesn't mention ..." (a text's "it" says or holds: "it gives 7 days" stays the text's)
_EVENT_MODAL = _c(r"^\W*(?:it|they)(?:'ll|\s+will|\s+must|\s+should|\s+can)\s+(?:only\s+|also\s+|still\s+)?"
                  r"(?!(?:not|never|say|tell|show|list|give|mention|state|include|cover|have|only)\b)[a-z]+")


def _states_a_value(segment: str, event_it: bool = False) -> bool:
    """Whether `segment` states a value as an answer; `event_it`: "it"/"they" may be the asked event (no
    text was the refusal's subject for it to stand for: see _EVENT_PRONOUN)."""
    words = _WORD.findall(segment.lower())
    return bool(words) and _VALUE_STATED.search(segment) is not None and _WH_START.match(segment.strip()) is None \
        and _NOT_STATED.isdisjoint(words) and not any(w.endswith("n't") for w in words) \
        and _ATTRIBUTED.search(segment) is None \
        and (_TEXT_SUBJECT.match(segment) is None or (event_it and (_EVENT_PRONOUN.match(segment) is not None
                                                                    or _EVENT_MODAL.match(segment) is not None))
             or _YOU_RULE.match(segment) is not None) \
        and (not _reporting_main(segment) or _YOU_RULE.match(segment) is not None)


# A fact stated with no value in a clause of its own before the refusal: "Practice night is Wednesday;
# the leaflet doesn't give a finish time", "Guests may not stay more than three nights in a row; the
# contract doesn't say how many can stay at once" - a finite auxiliary, copula or modal of rule (a
# closed class), a subject that is neither a text, the speaker, a pronoun nor "there", and a clause that
# is no refusal itself; a negation in it is the fact ("Sight-reading isn't tested at the audition;
# the notice doesn't say ..."). Not a fact: a modal of possibility ("the box office would know", "you
# could ask the clinic": a redirection), or an imperative (no finite verb: "Check with the vet").
_FACT_VERB = _c(r"(?<![\w'])(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|hasn't|haven't|hadn't|"
                r"will|won't|must|mustn't|may|shall|should|shouldn't|can|cannot|can't|does|do|did|doesn't|don't|"
                r"didn't)\b|'re\b|'s\s+(?:not|never|on|in|at|for|by|from|a|an|the|\w+ed)\b")
# (or, in a clause with no negation, an inflected verb after a short noun phrase: "boarding closes at the gate")
_FACT_INFLECTED = _c(r"^\W*(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?P<verb>[a-z]+(?:es|ed))\b")
# (the same with an irregular past, a closed class, as the second to fourth word: "Best in Show went to a
# Pekin bantam" (_TOKEN_WORD); or a plural
# subject's present before a preposition: "Requests close at midnight", "Doors open from 7")
_TOKEN_WORD = re.compile(r"[A-Za-z][\w'-]*")
_FACT_PLURAL = _c(r"^\W*(?:(?:the|all|most)\s+)?(?:[\w'-]+\s+){0,2}?[a-z]+[^s'\W]s\s+(?P<verb>[a-z]+)\s+"
                  r"(?:at|on|from|until|till|before|after|every|each|by)\b")
# (or the asker sent elsewhere by a modal of necessity: "For the sale dates you'll have to ring the shop")
_POSSIBLE = _c(r"(?<![\w'])(?:would|wouldn't|could|couldn't|might|able|ask|check|contact|call)\b|'d\b|\bneeds?\s+to\b|'ll\s+need\b|"
               r"\byou(?:'ll|\s+will|'d|\s+would)\s+(?:have|need)\s+to\b")
_NOT_A_FACT = frozenset({"unknown", "unclear", "missing", "blank", "empty", "absent", "only", "question", "asked",
                         "asking", "asks", "nothing", "none", "neither", "nor", "dunno", "idk"})
_SUBJECT_PRONOUNS = frozenset("i we you it they this that these those he she".split())
_TEXT_WORD = _c(rf"\b(?:{_TEXT})\b")
_NOT_FACT_SUBJECT = _c(r"^\W*(?:(?:and|so|then|yet)\s+)?(?:not|there|here|sadly|unfortunately|sorry)\b")


def _states_a_fact(segment: str, yes_no: bool = False) -> bool:
    """Whether `segment`, a clause before a refusal, states a fact with no value (see _FACT_VERB);
    `yes_no`: the clause follows a "Yes,"/"No," opening, where "you" is a subject too ("No, you're
    not locked in; the terms don't mention ...")."""
    words = _WORD.findall(segment.lower())
    verb = _FACT_VERB.search(segment)
    if verb is None and _NOT_STATED.isdisjoint(words) and "n't" not in segment:
        m = _FACT_INFLECTED.match(segment) or _FACT_PLURAL.match(segment)
        verb = m and re.compile(re.escape(m.group("verb"))).search(segment, m.start("verb"))
        if not verb:             # the second to fourth word (after an article)
            tokens = _TOKEN_WORD.findall(segment, 0, 80)
            tokens = tokens[1:] if tokens and tokens[0].lower() in ("the", "a", "an") else tokens
            verb = next((re.compile(rf"\b{re.escape(w)}\b").search(segment) for w in tokens[1:4]
                         if irregular_past(w.lower())), None)
    if len(words) < 3 or not _NOT_A_FACT.isdisjoint(words) or not verb \
            or _POSSIBLE.search(segment) or _NOT_FACT_SUBJECT.match(segment) or _WH_START.match(segment.strip()):
        return False
    if (_TEXT_SUBJECT.match(segment) and not (yes_no and re.match(r"^\W*you\b", segment, re.I))) \
            or _SPEAKER_FIRST.match(segment.lstrip()) or _reporting_main(segment) \
            or _ATTRIBUTED.search(segment) or not _CORE_SAY_WORDS.isdisjoint(words):
        return False
    # the words before the verb: no text ("the bulletin is thin on this") and no pronoun ("In other
    # words, you're after ...")
    subject = _WORD.findall(segment[:verb.start()].lower())
    if _SUBJECT_PRONOUNS & set(subject) and not (yes_no and subject == ["you"]) or \
            _TEXT_WORD.search(" ".join(subject)):
        return False
    return find_abstention(segment) is None


# "No, not every month - ...": a reply that negates the question's own predicate by a quantifier, a
# frequency or a time (a closed class) answers; "No, not in the leaflet", "No, not that I can see"
# place the answer in a text or the speaker's search, and stay refusals.
_ELLIPTIC_NOT = _c(r"^\s*not\s+(?:every|all|always|each|quite|exactly|usually|often|yet|any\s*more|both|before|after|"
                   r"until|till|during|since|more|less|over|under|every\w*)\b")


def _elliptic_denial(clause: str) -> bool:
    return _ELLIPTIC_NOT.match(clause) is not None and _TEXT_WORD.search(clause) is None \
        and _SPEAKER_WORD.search(clause) is None and _ABOUT_INFO.search(clause) is None


def _answer_beside(text: str, s: int, e: int) -> bool:
    """Whether `text` states an answer outside the refusal text[s:e] (see _ANSWER_SPLIT)."""
    if _FRONTED_ASKED.search(text[:e]) or _CONCLUDED.search(text[:s]):
        return False
    if (m := _YES_NO_OPENING.match(text)) and m.end() < s:
        first = _ANSWER_SPLIT.search(text, m.end())
        clause = text[m.end():first.start() if first else len(text)].split(",")[0]
        if clause.strip() and (first is None or first.start() <= s) and (
                (_NOT_STATED.isdisjoint(_WORD.findall(clause.lower())) and "n't" not in clause)
                or _states_a_fact(clause, yes_no=True) or _elliptic_denial(clause)):
            return True
    start, hedged, reported = 0, _HEDGED.search(text[s:e]) is not None, False
    event_it = _TEXT_SUBJECT.match(text[s:e]) is None      # ("the catalogue doesn't go back that far; it starts in 1850")
    whole = True                 # whether the segment starts a sentence or follows a semicolon
    for m in [*_ANSWER_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        segment = text[start:end]
        if (end <= s or start >= e) and not reported and not (m and m.group(0).startswith("?")) \
                and _states_a_value(segment, (event_it and start >= e) or start == 0):
            return True
        if end <= s and not reported and whole and m is not None and m.group(0).strip() in (";", ".") \
                and _states_a_fact(segment):
            return True          # "Practice night is Wednesday; the leaflet doesn't give a finish time"
        whole = m is not None and m.group(0).strip() in (";", ".")
        if start >= e and hedged and _VALUE_STATED.search(segment) and _NOT_STATED.isdisjoint(
                _WORD.findall(segment.lower())):
            return True          # "I'm not certain, but the timetable seems to give 14:25"
        # what a text holds (the refusal's own clause included): what follows is context
        if _ATTRIBUTED.search(segment) or (_TEXT_SUBJECT.match(segment) and _VALUE_STATED.search(segment)) \
                or (_reporting_main(segment) and not _SPEAKER_FIRST.match(segment.lstrip())):
            reported = True
        start = m.end() if m else start
    return False


def _doubts_a_statement(phrase: str, rest: str) -> bool:
    return (re.search(r"(?:sure|certain)$", phrase, re.IGNORECASE) is not None
            and _STATED_CLAUSE.match(rest) is not None and not _ABOUT_TEXTS.search(rest))


# A clause that places the asked thing outside what was given: "That's outside what I was given",
# "Beyond my documents, I'm afraid" (a fronted "beyond the documents, ..." introduces more, so the
# clause must end the sentence or be followed only by courtesy words).
# (the copula or a verb of lying somewhere, a closed class: "that sits / lies / falls outside what I
# was handed"; the bounds of what was given may be named: "beyond the edge / limits / scope of what I
# have", "off the edge of"; with what was given as object, any subject: "the CEO's pay falls outside
# what I've been shown")
_LOCATIVE = r"(?:'s|is|was|are|'re|sits?|sat|lies|lie|lay|falls?|fell)"
_BOUNDS = r"(?:the\s+(?:scope|edges?|limits?|bounds|boundaries|reach|remit)\s+of\s+)"
_OUTSIDE = _c(rf"^(?:(?:it|that|this)(?:\s+one)?\s*|(?P<np>(?:[\w'-]+\s+){{1,6}}?))?{_LOCATIVE}?\s*"
              rf"(?:well\s+|rather\s+|a\s+bit\s+|just\s+)?"
              rf"(?:(?:outside|beyond)\s+{_BOUNDS}?|off\s+{_BOUNDS})(?:(?:the|these|this|my|your|our)\s+"
              rf"(?:[\w'-]+\s+){{0,2}}?(?:{_TEXT}){_POSTMOD}|{_WHAT_GIVEN})\s*$")
_WHAT_GIVEN_END = _c(rf"{_WHAT_GIVEN}\s*$")
_COURTESY_END = _c(r"^\s*(?:[,;:\u2014\u2013-]\s*(?:i'?m\s+afraid|i\s+fear|sorry|unfortunately)\s*)?(?:[.!]|$)")
# "dunno", "no idea (from the docs)", "no clue": the speaker's not knowing, in one word or two
# ... or the idioms of not knowing that put the question to someone else ("beats me", "search me",
# "your guess is as good as mine"), a closed class, as the whole clause or before a dash or comma
_NO_IDEA = _c(r"^(?:i\s+)?(?:dunno|idk|no\s+(?:idea|clue))\b(?!\s+(?:is|was|are|were|that|of\s+(?:it|this)\s+(?:is|was))\b)|"
              r"^(?:(?:it|that|this)\s+)?(?:beats|search)\s+me\s*(?:[,.!\u2014\u2013:;-]|$)|"
              r"^your\s+guess\s+is\s+as\s+good\s+as\s+mine\b")
# "<the asked fact> is anyone's guess (from these pages)": the fact as the subject (see _asked_fact)
_ANYONES_GUESS = _c(rf"^(?P<np>(?:[\w'-]+\s+){{0,10}}?[\w'-]+)\s+(?:is|'s|remains|was)\s+anyone's\s+guess\b"
                    rf"(?:\s+(?:from|in|on|going\s+by)\s+(?:it|them|{_TEXT_NP}|{_DET_NP}))?\s*$")
# Information that does not appear in a text: "that detail never comes up in the recipe card", "the
# figure does not appear in the annual report" (verbs of appearing, a closed class). The subject
# is information or a pronoun for it ("the company doesn't appear in the register" is content),
# or has gone with an earlier clause ("The figure you asked for (...) does not appear in ...").
_APPEAR = _alt(f for v in ("appear", "come up", "show up", "turn up", "crop up", "feature", "figure", "surface")
               for f in verb_forms(v)[:3])
# (a noun of a point at issue before an indirect question stands for the asked fact, a closed class: "the
# question of who holds the shed key never comes up")
_POINT_AT_ISSUE = r"(?:the\s+)?(?:question|matter|issue|subject)\s+(?:of|as\s+to)\s+(?:whether|what|which|who|whom|when|where|how|why)\b"
# the subject of a negated verb of appearing: the point at issue, or a noun phrase and its head
_APPEARING_ISSUE = rf"(?P<issue>{_POINT_AT_ISSUE}[^,;]*?\s+)"
_APPEARING_NP = r"(?:[\w'-]+\s+){0,6}?(?P<head>[\w'-]+)\s+"
_NOT_APPEARING = rf"(?:{_NEG_AUX}|never\b){_ADV}\s*{_APPEAR}\b"
_NOT_APPEAR = _c(rf"^(?:{_APPEARING_ISSUE}|(?P<np>{_APPEARING_NP}|)){_NOT_APPEARING}"
                 rf"(?:\s+anywhere)?\s+(?:in|on|within)\s+(?:(?P<text>{_TEXT_NP})|it\b|them\b|{_DET_NP})")
# After a text was named, with no place: "The programme lists the birds. The handlers' names don't feature"
# (information, a measure or a pronoun for it), and "no" with the verb of appearing ("the results record
# shows her chip time, but no gun time appears against her name"; "no injuries appear to have ..." raises)
_NOT_APPEAR_BARE = _c(rf"^(?:{_APPEARING_ISSUE}|(?P<np>{_APPEARING_NP})){_NOT_APPEARING}"
                      rf"(?:\s+(?:anywhere|at\s+all|either))?\s*$")
_NO_APPEAR = _c(rf"^no\s+(?P<np>(?:[\w'-]+\s+){{0,6}}?)(?P<head>[\w'-]+)\s+(?:ever\s+)?{_APPEAR}\b(?!\s+to\b)")
# After a text was named: "there's no hotel check-in time in it (anywhere)" (information, or a
# measure from an informational text; "there's no sugar in it" is a recipe's content)
_NONE_IN_IT = _c(r"^there(?:'s|\s+is|\s+are|\s+was|\s+were)(?:\s+(?:simply|just|really|actually|absolutely))?\s+no\s+(?:[\w'-]+\s+){0,4}?(?P<head>[\w'-]+)\s+"
                 r"(?:anywhere\s+)?in\s+(?:it|them)(?:\s+anywhere)?\s*$")
# "none" as the subject of a passive of saying or giving, after a text was named, as the whole clause or
# placed in a text: "the schedule would show a fee if one applied, but none is shown" ("none is given for
# late returns" is a rule)
_NONE_GIVEN = _c(rf"^none\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:{_TEXTUAL_PP}|given|shown|quoted)"
                 rf"(?:\s+(?:anywhere|at\s+all|either|here|there))*(?:\s+(?:in|on|within)\s+(?:{_TEXT_NP}|it|them))?\s*$")
# VP ellipsis after a saying: "Is there a document that covers the warranty? The quick-start
# guide I was given doesn't." (an informational text: "the policy doesn't" may answer)
_TEXT_DOESNT = _c(rf"^(?P<subj>{_TEXT_NP})\s+(?:does|do|did)(?:n't|\s+not)(?:\s+either)?\s*$")


# "When the follow-up check should be isn't written down", "where the key is kept is nowhere in the
# guide": "when"/"where" opening an indirect question that is the subject of a negated copula (a verb
# of its own before the copula), not a condition
_WH_SUBJECT = _c(r"^(?:when|where)\s+[^,]*?\b(?:should|would|will|can|could|must|may|might|is|are|was|were|do|does|"
                 r"did)\b[^,]*?\s(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+(?:not|never|nowhere))\s")


# the second verb of "neither <verb> nor <verb>" (with a particle: "nor rules out")
_NOR_VERB = _c(r"^\s*nor\s+[\w'-]+(?:\s+(?:out|up|down|on|off|in|over|to))?")


# A verbless clause that says only that the information is absent, read as "<it> is not <participle>"
# (a label's value, a heading, a line after a lead-in): "Not recorded.", "Interval length: not stated",
# "not shown on the bill", "None in the consultation pack", "Blank on the order form". A participle only
# of saying or putting in writing needs no place; one of holding or showing ("not included", "not shown")
# is content without a text as its place ("Batteries: not included"), as are "none"/"blank" ("none in
# stock"); a yes/no question makes the bare participle its answer ("Is it listed? Not listed").
_VERBLESS_ABSENT = _c(
    rf"^(?:(?:not|never)\s+(?:(?:explicitly|specifically|clearly|actually|even)\s+)?(?:"
    rf"(?P<pp>{_TEXTUAL_PP}|{_WRITTEN_PP})(?:\s+(?:anywhere\s+)?(?:in|on|within|by)\s+(?:{_TEXT_NP}))?|"
    # (a participle that places its absence in any container, or "given", on any definite noun phrase:
    # "not stated on the invoice", "not given on the visitor map")
    rf"(?P<placed>{_PLACED_PP}|given)\s+(?:anywhere\s+)?(?:in|on|within)\s+(?:the|this|that|your|my)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?[\w'-]+|"
    rf"(?:{_CONTENT_PP}|given|shown|printed|marked|written|displayed)\s+(?:anywhere\s+)?(?:in|on|within)\s+(?:{_TEXT_NP}))|"
    rf"(?:none|nothing|blank)(?:\s+(?:{_TEXTUAL_PP}|given|shown|printed|marked|written|displayed))?"
    rf"\s+(?:anywhere\s+)?(?:in|on|within)\s+(?:{_TEXT_NP}))\s*$")


def _clause_refusal(text: str, a: int, b: int, has_text, question: str | None = None,
                    yes_no: bool = False) -> tuple[int, int] | None:
    """The span (in `text`) of the refusal in the clause text[a:b], or None."""
    clause = text[a:b]
    words = _WORD.findall(clause.lower())
    if not words:
        return None
    wordset = set(words)
    neg = bool(wordset & _NEG_WORDS) or any(w.endswith("n't") for w in words)
    no = bool(wordset & _NO_WORDS)
    if not (neg or no or wordset & _IMPERSONAL_WORDS or wordset & _SILENT_WORDS or wordset & _LACK_WORDS
            or wordset & _UN_PP_WORDS
            or wordset & _SCOPE_WORDS or wordset & _GUESS_WORDS or wordset & _GAP_WORDS or wordset & _UNWILLING_WORDS):
        return None
    lead = _LEADIN.match(clause.lstrip()) if words[0] in _LEADIN_FIRST else None
    offset = a + (len(clause) - len(clause.lstrip())) + (lead.end() if lead else 0)
    body = text[offset:b].rstrip()
    if not body or (_CONDITIONAL.match(body) and not _WH_SUBJECT.match(body)):
        return None
    lower = body.lower()      # (some patterns below need a word of their own in it: "-ing", "has", "allow")
    first = _WORD.match(lower)
    first = first.group(0) if first else ""

    def span(m: re.Match, end: str | None = None) -> tuple[int, int]:
        return offset + m.start(), offset + (m.start(end) if end is not None else m.end())

    if first in ("not", "never", "none", "nothing", "blank") and (m := _VERBLESS_ABSENT.match(body)) \
            and not ((m.group("pp") or m.group("placed")) and (yes_no or (question is not None and _POLAR.search(question)))):
        return span(m)

    def guarded(m: re.Match | None) -> re.Match | None:
        # a refusal inside a condition ("ask HR if there is no information") does not count, nor
        # one a text reports ("the docs say the pool size cannot be determined in advance")
        # (an indirect question as the subject is no condition: "where the lamb was reared isn't on the label")
        if m is None or (_CONDITIONAL.search(body[:m.start()]) and not _WH_SUBJECT.match(body)) \
                or _REPORTED.match(body[:m.start()]):
            return None
        return m

    letters = set(_LETTERS.findall(clause.lower()))
    if neg or "neither" in wordset or (no and not wordset.isdisjoint(("have", "has"))):   # (learner's "no have")
        for pattern in (_NEG_SAY, _NEVER_SAY):
            if pattern is _NEVER_SAY and not wordset & {"never", "nowhere", "not", "neither"}:
                continue
            if pattern is _NEG_SAY and letters.isdisjoint(_NEG_SAY_WORDS):
                continue
            m = pattern.match(body)
            if m is None:
                continue
            subj, anynp = m.group("subj"), m.group("anynp") is not None
            tail = m.group("tail")
            if pattern is _NEVER_SAY and m.group("neg").lower().startswith("neither"):
                # "neither says nor rules out whether ...": a verb of saying only ("the policy neither
                # covers nor excludes floods" is content)
                if not re.fullmatch(_SAY_FIN, m.group("verb"), re.IGNORECASE):
                    continue
                tail = _NOR_VERB.sub("", tail, count=1)
            if pattern is _NEG_SAY and m.group("bare") is not None and (elided := _elided_subject(text, a)):
                # "the report focuses on revenue and doesn't go as far as giving ...": the subject
                # of the clause before
                subj, anynp = elided, _HAS_TEXT.search(elided) is None
            if _object_ok(m.group("verb"), tail, subj, has_text, anynp, question, yes_no):
                return span(m, "tail")
    if neg and "ing" in lower and (m := _NEG_SAYING.match(body)) and _object_ok(
            _ING_BASE[m.group("verb").lower()], m.group("tail"), m.group("subj"), has_text, False, question, yes_no):
        return span(m, "tail")
    # (no subject: the one before "but"/"and", as with _NEG_SAY - "the certificate specified the class
    # but had not specified the next date"; none there, no clause)
    if neg and ("has" in lower or "have" in lower or "had" in lower) and (m := _NEG_PERFECT.match(body)) \
            and (m.group("bare") is None or _elided_subject(text, a)):
        subj = m.group("subj") if m.group("bare") is None else _elided_subject(text, a)
        anynp = m.group("anynp") is not None if m.group("bare") is None else _HAS_TEXT.search(subj) is None
        if _object_ok(_perfect_base(m.group("verb")), m.group("tail"), subj, has_text, anynp, question, yes_no):
            return span(m, "tail")
    if neg and first in ("in", "on", "within") and (m := guarded(_IN_TEXT_NOT.match(body))):
        return span(m)
    # (a text fronted as the place of a clause with a subject of its own is read as the plain clause: "In the
    # call transcript the agent never specified the date" as "the agent never specified the date")
    if neg and first in ("in", "on", "within", "throughout") and (m := _FRONTED_PLACE.match(body)) \
            and (found := _clause_refusal(text, offset + m.end(), b, has_text, question, yes_no)):
        return found
    if wordset & _NOTHING_WORDS:
        m = _NOTHING.match(body)
        if m and _NOTHING_TAIL.match(m.group("tail")) and _nothing_ok(m, "" if m.group("subj") else
                                                                      _elided_subject(text, a)):
            return span(m, "tail")
    # a text that gives no <the asked thing>: "the leaflet gives no postcode for the Cork site" for "What is
    # the postcode of the Cork site?" (the subject may be the text before "but": "... but gives no year")
    if no and question and (m := _GIVES_NO.match(body)) and _asked_object(m.group("tail"), question) and (
            m.group("bare") is None or _HAS_TEXT.search(_elided_subject(text, a))):
        return span(m, "tail")
    if first in ("none", "neither", "not", "no"):
        m = _NONE_OF.match(body)
        # an informational text (guide, brochure) only ever holds information: "neither brochure
        # gives the ferry's capacity"; a policy that "gives" may give a benefit
        informational = m is not None and _names_info_text(body[:m.start("tail")])
        if m and (m.group("say") or informational or _tail_is_info(m.group("tail"))) \
                and not _AS_TAIL.match(m.group("tail")):
            return span(m, "tail")
        if first != "no" and (m := _NONE_OF_ANY.match(body)) and not _AS_TAIL.match(m.group("tail")):
            return span(m, "tail")
    if neg and not letters.isdisjoint(_PERMITS_WORDS) and (m := guarded(_PERMITS_NO.match(body))):
        return span(m)
    if first == "no" and (m := guarded(_NO_CONCLUSION_FROM.match(body))):
        return span(m)
    if "much" in wordset and (m := guarded(_SO_MUCH_AS.match(body))):
        return span(m)
    if first == "nothing" and (m := _NOTHING_IN.match(body)):
        return span(m)
    # (an inverted "it"/"they" stands for a text named before: "..., but nowhere does it say what
    # the peak power is"; with a verb of saying only)
    if first in ("nowhere", "at", "in") and (m := _NOWHERE.match(body)) and (
            (m.group("say") and (not m.group("pron") or has_text)) or (
            not m.group("pron") and (m.group("text") or m.group("subj")))
            # ("it" for a text named before, with a verb of holding and the asked value as object:
            # "Nowhere does it set a minimum age for grooms")
            or (m.group("pron") and has_text and _given_value(body[m.end():]))):
        return span(m)
    if wordset & _SILENT_WORDS and (m := _SILENT.match(body)) \
            and (m.group("bare") is None or _HAS_TEXT.search(_elided_subject(text, a))):
        return span(m)
    if wordset & _LACK_WORDS and (neg or not wordset.isdisjoint(_LACK_WORDS - {"have"})):
        m = _LEAVES.match(body) if wordset & {"leave", "leaves", "left"} else None
        # (no subject: the one before "but"/"and", "... describe the fixes but leave the date unstated")
        if m and (m.group("bare") is None or _HAS_TEXT.search(_elided_subject(text, a))):
            return span(m)
        m = _LEFT_UNSAID.match(body) if "left" in wordset else None
        if m:
            return span(m)
        m = _LACKS.match(body)
        # (no subject: the one before "but"/"and", which must name a text - "the recipe card gives the
        # weights but leaves out how long it proves"; any determined subject omits only a value - "the
        # day ticket shows the price but omits the catch limit", "the recipe omits the salt" is content)
        subj = m and (m.group("subj") if m.group("bare") is None else _elided_subject(text, a))
        texty = bool(subj) and m.group("anynp") is None and (m.group("bare") is None or _HAS_TEXT.search(subj))
        if m and subj and ((texty and (_names_info_text(subj) or m.group("nout")
                                       or (_tail_is_info(m.group("tail")) and not m.group("pout"))))
                           or (m.group("omit") and _given_value(m.group("tail")))):
            return span(m, "tail")
    if no or neg or not wordset.isdisjoint(_UN_PP_WORDS):
        m = _passive_refusal(body, guarded, _Lazy(text[:a]), question)
        if m:
            return span(m, "tail")
    if no and (m := _BARE_NO.match(body)) and _BARE_NO_TAIL.match(m.group("tail")) and _elliptic(m.group("tail")):
        return span(m, "tail")
    if (no or neg) and (m := _NO_TRACE.match(body)) and not _VERB_WORD.search(m.group("what")):
        return span(m)
    if (m := _ABSENT_ONLY.match(body)) and not _CONDITIONAL.search(body):
        return span(m)
    if first in ("nowhere", "not", "it", "it's", "that", "that's") and (m := _NOWHERE_IN.match(body)):
        return span(m)
    if neg or "never" in wordset:
        m = _NEG_SAY_WHETHER.match(body)
        if m and guarded(m):
            return span(m, "tail")
        m = _INFO_TEXT_WH.match(body)
        if m and _names_info_text(m.group("subj")) and guarded(m):
            return span(m, "tail")
        m = _TEXT_SETTLES.match(body)
        if m and _strict_info(m.group("tail"), "") and guarded(m):
            return span(m, "tail")
        m = _IT_UNSAID.match(body)
        if m and (m.group("neg") or "n't" in m.group(0)[:12]) and guarded(m):
            return span(m, "tail")
    if no and (m := _INFO_TEXT_NO.match(body)) and _names_info_text(m.group("subj")) and guarded(m):
        return span(m)
    if no and (m := guarded(_NO_GROUND_TO_SAY.match(body))):
        return span(m)
    if first in ("never", "nowhere") and has_text and (m := _BARE_NEVER.match(body)):
        # (a verb of holding only after "but"/"and" with a text subject: "Never give two doses" commands)
        if m.group("say") or (_strict_info(m.group("tail"), m.group("verb").lower())
                              and _HAS_TEXT.search(_elided_subject(text, a))):
            return span(m, "tail")
    if wordset & {"outside", "beyond", "off"} and (m := _OUTSIDE.match(body)) and (
            _COURTESY_END.match(text[b:b + 40]) or m.group("np") is not None) and (
            m.group("np") is None or _WHAT_GIVEN_END.search(body)):
        return span(m)
    if first in ("dunno", "idk", "no", "i", "beats", "search", "it", "that", "this", "your") and (m := _NO_IDEA.match(body)):
        return span(m)
    if "anyone's" in wordset and (m := guarded(_ANYONES_GUESS.match(body))) and _asked_fact(m.group("np"), question):
        return span(m)
    if (neg or "never" in wordset) and (m := guarded(_NOT_APPEAR.match(body))):
        head = (m.group("head") or "").lower()
        # (the pronoun may have gone with the lead-in words: "..., and that doesn't appear in it")
        # (or the asked fact as the subject, placed in a text: "the attendance never comes up in the report"
        # to "How many attended?"; "doesn't appear in the register" to "Is it registered?" and "Jupiter
        # doesn't appear in the evening sky until October" stay content)
        if (m.group("text") and not head) or _INFO_OR_MEASURE.match(head) or head in ("that", "this", "it") or m.group("issue") or (
                not head and _SUBJECT_BEFORE.search(text, a, offset)) or (
                head and m.group("text") and _asked_fact(m.group("np"), question)):
            return span(m)
    if (neg or "never" in wordset) and (m := guarded(_NOT_APPEAR_BARE.match(body))) and has_text \
            and _HAS_TEXT.search(text, 0, a) and (m.group("issue") or _INFO_OR_MEASURE.match(m.group("head") or "")
                                                  or (m.group("head") or "").lower() in ("that", "this", "it", "they")
                                                  or (m.group("head") and _asked_fact(m.group("np"), question))):
        return span(m)
    if no and first == "no" and (m := guarded(_NO_APPEAR.match(body))) and has_text and _HAS_TEXT.search(text, 0, a):
        return span(m)
    if no and "there" in wordset or "there's" in wordset:
        if (m := _NONE_IN_IT.match(body)) and (_INFO_HEAD.match(m.group("head")) or (
                _MEASURE_HEAD.match(m.group("head")) and _names_info_text(text[:a]))):
            return span(m)
    if first == "none" and has_text and (m := guarded(_NONE_GIVEN.match(body))):
        return span(m)
    if neg and (m := _TEXT_DOESNT.match(body)) and _names_info_text(m.group("subj")) \
            and re.search(rf"\b(?:{_SAY_FIN}|{_HOLD_FIN})\b", text[:a], re.IGNORECASE):
        return span(m)
    if neg:
        m = _BARE_NOT.match(body)
        # (a participle with a content sense only placed in an informational text: "Not answered
        # in the FAQ"; "not included in the price" is content)
        if m and (_PP_TAIL_INFO_TEXT if m.group("cpp") else _PP_TAIL_OK).match(m.group("tail")) \
                and not _AS_TAIL.match(m.group("tail")):
            start, end = span(m, "tail")
            subject = _SUBJECT_BEFORE.search(text, a, start)    # a "that" taken as a lead-in word
            return (subject.start() if subject else start), end
    if wordset & _SPEAKER_WORDS or neg:
        if neg or "unable" in wordset or "able" in wordset:
            for m in [*_SPEAKER.finditer(body), *_SPEAKER_SEARCH.finditer(body)]:
                verb = re.sub(r"\s+", " ", m.group("verb").lower())
                check = _SPEAKER_OBJ.get(_SEARCH_FORMS.get(verb, verb))
                if (check is None or check.match(m.group("tail"))) and guarded(m):
                    return span(m, "tail")
        if wordset & _SPEAKER_WORDS and (m := guarded(_SPEAKER_MISC.search(body))) \
                and not _doubts_a_statement(m.group(0), body[m.end():]):
            return span(m)
    # the speaker's search with the subject shared from the clause before: "... and found no date for it"
    if first in _FOUND_FORMS and (no or "nothing" in wordset) and _speaker_elided(text, a) and (
            m := _SPEAKER_MISC.match("i " + body)):
        return offset, offset + m.end() - 2
    if (wordset & _IMPERSONAL_WORDS or ("made" in wordset and not wordset.isdisjoint(("mention", "reference")))) \
            and (m := guarded(_IMPERSONAL.search(body))):
        return span(m)
    if (no or neg) and ("there" in wordset or "there's" in wordset) and (m := guarded(_THERE_NO.search(body))):
        if m.group("tail") is None:
            return span(m)
        if not _THERE_NO_BAD_TAIL.match(m.group("tail")):
            return span(m, "tail")
    if "blank" in wordset and (m := guarded(_BLANK.match(body) or _A_BLANK_IN.match(body))):
        return span(m)
    if wordset & _GAP_WORDS and (m := guarded(_A_BLANK_IN.match(body))):
        return span(m)
    if not wordset.isdisjoint(("empty", "blank", "unfilled", "filled", "completed")) \
            and (m := guarded(_SLOT_EMPTY.match(body))) and has_text and _HAS_TEXT.search(text, 0, a) \
            and not (yes_no or (question is not None and _POLAR.search(question))):
        return span(m)
    if wordset & _GAP_WORDS and (m := guarded(_GAP.match(body))) and (
            m.group("subj") is None or not re.fullmatch(_PRONOUN, m.group("subj"), re.IGNORECASE) or has_text):
        return span(m)
    if wordset & {"silent", "mute", "mum", "closed", "counsel", "veil"} and (m := guarded(_SILENT_ANY.search(body))) \
            and (not {"silent", "mute", "mum"}.isdisjoint(m.group(0).lower().split()) or has_text):
        return span(m)           # (the idioms only once a text was named: "the minister drew a veil over it")
    if neg and (m := guarded(_NOT_IN.search(body))):
        return span(m)
    if neg and (m := _PRONOUN_NOT_IN.match(body)) and not (question and _POLAR.search(question)):
        start, end = span(m)
        subject = _SUBJECT_BEFORE.search(text, a, start)    # a "that" taken as a lead-in word
        return (subject.start() if subject else start), end
    if m := guarded(_scope_refusal(body, wordset, neg, _Lazy(text[:a]), question)):
        return span(m)
    if wordset & _CLEFT_WORDS and (m := _CLEFT.match(body)):
        # judged as the plain clause it fronts the object of, with what came before kept as context
        if m.group("own"):
            plain = f"{m.group('fact')} {m.group('own')}"
        else:
            plain = f"{m.group('subj')} {'' if m.group('vp_neg') or m.group('omit') else 'never '}{m.group('vp')} " \
                    f"{m.group('fact')}"
        if _clause_refusal(text[:offset] + plain, offset, offset + len(plain), has_text, question, yes_no):
            return offset, b
    return None


# an object fronted by a cleft: "the weekly amount isn't something (one) it covers" is "it never covers the
# weekly amount"; "how many places there are is something the page never broaches" is "the page never
# broaches how many places there are" (one negation: the copula's or the relative clause's)
# (the pivot may be "the (one / only) thing / detail / piece ..." (nouns of a part of what is said, a closed
# class): "the per diem is the one detail that doesn't appear" as "the per diem doesn't appear", the
# relative's own subject gone; a verb of omission carries the negation itself: "how many substitutions
# are allowed is the piece it leaves out" as "it leaves out how many substitutions are allowed")
# (or the parts of a form or table that hold one value, a closed class: "the one field the record leaves empty")
# (and the nouns of a point at issue, a closed class, also after "a": "whether a permit was needed is a
# question the quote leaves unanswered", "is a matter it never touches"; verbs of evading carry the
# negation as verbs of omission do: "is the one thing the booking form steers clear of"; so does
# "leave" with an "un-" participle or "open")
_CLEFT_PIVOT = r"(?:thing|detail|piece|part|point|item|bit|fact|field|box|entry|cell|column|line|question|matter|issue|topic)s?"
_CLEFT_WORDS = frozenset("something one anything thing things detail details piece pieces part parts point points "
                         "item items bit bits fact facts field fields box boxes entry entries cell cells column "
                         "columns line lines question questions matter matters issue issues topic topics".split())
_OMIT_VP = (r"(?:leaves?\s+(?:out|blank|open|un[a-z]+ed)|left\s+(?:out|blank|open|un[a-z]+ed)|omits?|omitted|skips?|skipped|"
            r"(?:steers?|steered)\s+clear\s+of|dodge[sd]?|sidestep(?:s|ped)?)\b")
_CLEFT = _c(rf"^(?P<fact>(?:[\w'-]+\s+){{0,12}}?[\w'-]+)\s+(?:is|are|was|were)(?:(?P<cop_neg>\s+not|n't)|\s+(?=\S))\s*"
            rf"(?:something|one|anything|the\s+(?:one\s+|only\s+|single\s+)?{_CLEFT_PIVOT}|an?\s+{_CLEFT_PIVOT})\s+(?:(?:that|which)\s+)?"
            # (two texts joined before one: else the first alone is the subject, "or the letter" its verb)
            rf"(?:(?P<subj>{_JOINED_TEXT}|{_TEXT_NP}|{_DET_NP}|it|they)\s+"
            rf"(?(cop_neg)(?!(?:{_NEG_AUX}|{_NEG_FIN}))|(?=(?:{_NEG_AUX}|{_NEG_FIN}|(?P<omit>{_OMIT_VP}))))"
            rf"(?P<vp>(?P<vp_neg>(?:{_NEG_AUX}|{_NEG_FIN})\s*)?[^,;]+?)|"
            rf"(?(cop_neg)(?!)|(?<=(?:that|hich)\s))(?P<own>(?:{_NEG_AUX}|{_NEG_FIN})\s*[^,;]+?))\s*$")


_HAS_TEXT = _c(rf"\b(?:{_TEXT})\b")
# a clause that opens with what a subject says: what follows is reported content
# (a "verb" followed by an auxiliary is a noun: "the ingredients list is")
# (verbs of finding, a closed class, report too: "the review concluded that the cause could not be
# determined" is the review's finding)
# (so does a noun of a conclusion reached, a closed class, with "is that": "the report's conclusion is
# that the cause could not be identified"; not the speaker's: "my conclusion is that the notes don't say")
_REPORTED = _c(rf"^(?:(?:{_TEXT_NP}|{_PRONOUN}|{_DET_NP}){_ADV}\s+(?:{_SAY_FIN}|conclude[sd]?|finds|found|establish(?:es|ed)|"
               rf"determined|determines)\b(?!\s+(?:nothing|no)\b)"
               rf"(?!\s+(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|should|may|might|must)\b"
               rf"|\s*$)|"
               rf"(?!(?:my|our)\b)(?:[\w'-]+\s+){{1,6}}?(?:conclusions?|findings?|verdict|opinion|assessment|"
               rf"determination|ruling)\s+(?:is|are|was|were)\s+that\b)")

# Shapes that say where the asked information is not, or how far the text goes:
# - a hedge over a saying: "I don't think the lease mentions who fixes the boiler";
_NOT_THINK = _c(r"^(?:i|we)\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:think|believe|suppose|reckon)\s+(?:that\s+)?")
# (or over the speaker's being able to answer: "I don't think I can answer that (from the agreement)",
# "we don't believe we could say", the hedge's negation on the ability)
_HEDGED_CAN = _c(r"(?:i|we)\s+(?:can|could|would\s+be\s+able\s+to)\s+(?:\w+ly\s+)?(?:answer|tell|say|confirm|know|"
                 r"determine|work\s+out|find|give\s+(?:you\s+)?(?:an?\s+)?answer)\b(?!\s+(?:enough|no|yes)\b)")
_HEDGED_SAY = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}|(?P<anynp>{_DET_NP}))\s*{_ADV}\s+"
                 rf"(?P<verb>{_SAY_FIN}|{_HOLD_FIN})\b(?P<tail>.*)")
# - "neither one lists a dose", "none of them say", after the texts were named;
_NONE_OF_THEM = _c(rf"^(?:neither|none)(?:\s+(?:one|of\s+(?:them|those|these|the\s+two)))?{_ADV}\s+"
                   rf"(?:(?P<say>{_SAY_FIN}|{_SAY_BASE})|(?P<hold>{_HOLD_FIN}|{_HOLD_BASE}))\b(?P<tail>.*)")
# - "the surcharge isn't in it", "the landing checklist isn't part of it", after a text was named
#   (the clause ends there: "the battery isn't in it yet" may be about a box);
_IN_IT = _c(rf"(?:\bnot|n't)\s+(?:(?:{_TEXTUAL_PP}|{_CONTENT_PP}|given|anywhere)\s+)*(?:in|part\s+of|on)\s+"
            r"(?:it|them|there)\s*$")
# - "compassionate leave isn't among the topics": the parts of a text's content (a closed class);
#   ... or among what they say or hold: "isn't among the things they cover";
# (a demonstrative for the things a text was said to hold, "among those details"; and "part of what it
# covers", a free relative for them)
_NOT_AMONG = _c(rf"(?:\bnot|n't)\s+(?:anywhere\s+)?(?:among|one\s+of|part\s+of)\s+(?:the|those|these)\s+(?:(?:[\w'-]+\s+){{0,2}}?(?:topics|subjects|"
                rf"headings|sections|entries|details|particulars|items\s+(?:covered|listed|included))\b|"
                rf"[\w'-]+\s+(?:that\s+|which\s+)?(?:it|they|{_TEXT_NP})\s+(?:{_SAY_FIN}|{_HOLD_FIN})\b)|"
                rf"(?:\bnot|n't)\s+(?:among|one\s+of|part\s+of)\s+what\s+(?:it|they|{_TEXT_NP})\s+(?:{_SAY_FIN}|{_HOLD_FIN})\b")
# - "the floor area is missing from the listing", "what soil mix to use is left out" (after a text
#   was named, or with the text named: "garlic is left out" alone may be the recipe's content), and
#   information missing from anything ("the kick-off time is missing from the fixture list"; "the
#   bolt is missing from the kit" is content); "the allergen information isn't there";
_MISSING = _c(rf"^(?P<np>(?:[\w'-]+\s+){{0,8}}?[\w'-]+)\s+(?:is|are|was|were|'s|'re|has\s+been|have\s+been|seems\s+to\s+be|"
              rf"appears\s+to\s+be)\s+(?:simply\s+|just\s+|entirely\s+|completely\s+)?"
              rf"(?:(?:left\s+out|omitted|missing|absent)\b(?P<tail>\s*(?:(?:of|from)\s+(?:(?P<text>{_TEXT_NP})|"
              rf"(?P<place>{_DET_NP})|(?P<pron>it|them)))?)|"
              # "left off" takes the text as its object ("the weight is left off it / the spec sheet");
              # without one it is content ("the lights are left off")
              rf"left\s+off\s+(?:(?P<offtext>{_TEXT_NP})|it|them))\s*$")
_NOT_THERE = _c(r"^(?P<np>(?:[\w'-]+\s+){0,6}?(?P<head>[\w'-]+))\s+(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+not)\s+"
                r"(?:(?:included|given|listed|anywhere)\s+)?(?:(?:in|on)\s+)?there\s*$")
_INFO_OR_MEASURE = _c(rf"^(?:{_INFO_NOUN}|{_MEASURE_NOUN})s?$")     # (a regular plural: "appointment lengths")
_POSTHEAD = _c(rf"\s(?:{_BLOCK})\b")


def _np_head(np: str) -> str:
    """The head noun of a noun phrase: its last word before a preposition or relative pronoun ("the
    price for a party of ten" -> "price", "the date by which it is due" -> "date")."""
    cut = _POSTHEAD.search(np)
    words = (np[:cut.start()] if cut else np).split()
    return words[-1] if words else ""
# The asked fact as the subject, negated, with a predicate from a closed set of meanings: not being
# perceivable (visible, showing, shown, displayed, legible, readable, printed), not being where the
# answer was sought (there, here, among them / among its figures), or never coming up.
# "the signatory's name isn't visible to me", "the order date isn't showing on my side", "the
# aperture isn't printed anywhere in it", "whether overheads can be claimed never comes up". What
# comes after may only place it with the speaker or in a text; "the mill isn't there any more" or
# "the lighthouse isn't visible from the pier" say more and are content.
_FACT_NEG = (r"(?:isn't|aren't|wasn't|weren't|hasn't\s+been|haven't\s+been|"
             r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:not|never))")
_FACT_PLACE = (rf"(?:to\s+(?:me|us)|on\s+(?:my|our)\s+(?:side|end|screen|copy|system)|"
               rf"(?:anywhere\s+)?(?:in|on|within|inside)\s+(?:it|them|there|{_TEXT_NP}))")
_FACT_UNSEEN = _c(   # (a time or a decimal in the subject: "the 14:00 reading")
    rf"^(?P<np>(?:[\w'-]+(?:[:.]\d+)?\s+){{0,10}}?[\w'-]+)\s+(?:(?:just|simply|really|actually)\s+)?(?:{_FACT_NEG}(?:\s+(?:just|simply|actually|really|anywhere))*\s+"
    rf"(?:(?P<seen>visible|showing|shown|displayed|legible|readable|printed)|(?P<there>there|here)|"
    rf"among\s+(?:them|(?:its|their)\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+))|"
    rf"(?:{_NEG_AUX}|never\b){_ADV}\s*(?P<appear>{_APPEAR}))"
    rf"(?P<tail>(?:\s+(?:anywhere|at\s+all|either|here))*(?:\s+{_FACT_PLACE})?)\s*(?:,?\s*(?:though|either))?\s*$")


# The asked fact as subject with "nowhere" as its place, the place a text ("where the waste goes is
# nowhere in the guide", "a room count appears nowhere in it", "the gross weight is nowhere on it" after
# a text was named; "the key is nowhere in the house" is content): being or appearing (verbs of appearing)
_NOWHERE_PLACED = _c(rf"^(?P<np>(?:[\w'-]+\s+){{0,10}}?[\w'-]+)\s+(?:(?:is|are|was|were|'s|'re)\s+nowhere"
                     rf"(?:\s+to\s+be\s+(?:found|seen))?|{_APPEAR}\s+nowhere)\s+"
                     rf"(?:(?:in|on|within|inside)\s+(?:any\s+of\s+)?(?:(?P<text>{_TEXT_NP})|it|them|there|{_DET_NP})|there)\s*$")


# a noun phrase the answer itself marks as what was asked, by a relative clause of asking with the
# asker as subject ("the 14:00 reading you asked for", "the figure you're after")
_MARKED_ASKED = _c(r"\byou(?:'ve|\s+have|'d|\s+had)?\s+"
                   r"(?:(?:just\s+)?(?:asked|enquired|inquired)\s+(?:about|for|after)|"
                   r"(?:'re|\s+are|\s+were)\s+(?:after|asking\s+(?:about|for))|wanted|want|need|needed)\s*$")


def _asked_fact(np: str, question: str | None) -> bool:
    """Whether a clause's subject stands for the asked information: a pronoun for it, an
    information noun, an indirect question, or (when a question that is not yes/no is known) a
    noun phrase sharing a content word with it ("the parcel's weight" for "How heavy is the parcel?"
    shares "parcel")."""
    np = np.strip()
    # (the head is the word before a preposition: "the royalty fee for the autumn season")
    head = _np_head(np)
    if np.lower() in ("it", "that", "this") or _INFO_OR_MEASURE.match(np.split()[-1]) or _ASKED_CLAUSE.match(np) \
            or _MARKED_ASKED.search(np) or _INFO_OR_MEASURE.match(head):
        return True
    if _REPORTING.search(np) or _WH_START.match(np):
        return False
    return bool(question) and not _POLAR.search(question) and bool(_stems(np) & _stems(question))


# - "Nothing about pets.", "nothing on how the shipping was worked out": no verb of its own, or
#   an indirect question ("nothing about the design has changed" is content);
# ("nothing (is) given / stated on that": the passive of saying or giving, its copula dropped or not)
_BARE_NOTHING = _c(rf"^nothing\s+(?:(?:is\s+|was\s+)?(?:{_TEXTUAL_PP}|given|shown|provided)\s+)?"
                   r"(?:(?:here|there|in\s+(?:it|them|there))\s+)?(?:at\s+all\s+)?(?:about|on|regarding|"
                   r"concerning|as\s+to)\s+(?P<tail>.+)$")
_VERB_WORD = _c(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|does|do|did|"
                r"'s|'re|'ve|'ll|'d)\b")
_WH_START = _c(r"^(?:how|what|when|where|who|whom|which|why|whether|if)\b")
# - the speaker's search came to nothing: "... and came up empty", "drew a blank";
_EMPTY_SEARCH = _c(r"^(?:(?:i|we|(?:my|our|the)\s+search)\s+)?(?:came|come|coming)\s+up\s+(?:empty(?:-handed)?|blank|"
                   r"with\s+nothing)\b|\b(?:i|we)\s+drew\s+a\s+blank\b|^drew\s+a\s+blank\b|"
                   # (the text searched as the subject, on the asked thing: "the inspection sheet comes up
                   # dry on the boiler's age")
                   rf"^{_TEXT_NP}\s+(?:comes|came|come)\s+up\s+(?:empty|dry|blank)\s+(?:on|about|regarding|as\s+to|"
                   rf"concerning|when\s+it\s+comes\s+to)\b")
# - the text stops short of it: "the notes you pasted stop before the part about closing costs",
#   "the excerpt only goes up to chapter 3";
_STOPS = _c(rf"^(?P<subj>{_TEXT_NP}|{_PRONOUN}){_ADV}\s+(?:(?:only|just)\s+)?(?:(?:stops?|stopped|ends?|ended|cuts?\s+off|"
            rf"breaks?\s+off|finishes|finished|"
            # (phrasal verbs of running out, a closed class: "the brochure runs out before it gets to
            # parking", "the source leaves off just before saying who signed")
            rf"runs?\s+(?:out|dry)|ran\s+(?:out|dry)|leaves?\s+off|left\s+off|gives?\s+out|gave\s+out|"
            rf"peters?\s+out|petered\s+out)\s+(?:just\s+|right\s+)?(?:before|partway|halfway|"
            # "stops short of giving a figure" (saying or giving); "stops short of blaming" refrains
            rf"short\s+of(?:(?!\s+\w+ing\b)|\s+{_SAYING}\b)|"
            rf"mid-?way|mid-\w+)|"
            rf"(?:only|just)\s+(?:goes|went|runs|ran|gets|got)\s+(?:up\s+to|as\s+far\s+as|until|through))\b")
# - a cleft placing where the text ends ("this is where the guide runs dry", "that's where the notes stop"):
#   what was asked lies past it
_WHERE_ENDS = _c(rf"^(?:this|that|here)(?:'s|\s+is)\s+where\s+(?P<subj>{_TEXT_NP}|it|they)\s+(?:runs?\s+(?:out|dry)|"
                 rf"ran\s+(?:out|dry)|stops?|stopped|ends?|ended|goes\s+quiet|went\s+quiet|falls\s+silent|fell\s+silent|"
                 rf"gives\s+out|gave\s+out|leaves\s+off|left\s+off|peters\s+out|petered\s+out)\s*$")
# - an informational text that only covers something ("the leaflet only describes the adult
#   dosage", "the programme notes only cover the first half"): what it covers is its scope, so
#   what was asked is outside it; "the policy only covers items bought this year" is the policy's
#   rule, and a question naming the verb ("What does the guide describe?") is answered.
#   ("covers only term time", "covers term time only": "only" after the verb or its object as well)
_ONLY_SCOPE = _c(rf"^(?P<subj>{_TEXT_NP}){_ADV}\s+(?P<only>only\s+)?(?P<verb>covers?|covered|describes?|described|"
                 rf"discuss(?:es|ed)?|deals?\s+with|dealt\s+with|address(?:es|ed)?|goes\s+into|went\s+into|"
                 rf"talks?\s+about|concerns?|relates?\s+to)(?(only)|(?:\s+only|(?=\s+(?:[\w'-]+\s+){{1,4}}only\s*$)))\b")
_SCOPE_WORDS = frozenset("""only empty blank stop stops stopped ends ended end cut cuts break breaks finishes
finished missing omitted left absent out off dry quiet silent""".split())


def _scope_refusal(body: str, wordset: set[str], neg: bool, named_before, question: str | None) -> re.Match | None:
    """The refusal among the shapes above in a clause's body (lead-in words removed), or None.
    `named_before`: whether a text was named before the clause ("it", "there", "neither one" then
    stand for it; "the battery isn't in it; it ships separately, the listing says" is a box)."""
    has_text = named_before
    if neg and (hedge := _NOT_THINK.match(body)):
        m = _HEDGED_SAY.match(body[hedge.end():])
        if m and _object_ok(m.group("verb"), m.group("tail"), m.group("subj"), has_text,
                            m.group("anynp") is not None, question):
            return hedge
        if _HEDGED_CAN.match(body, hedge.end()):
            return hedge         # "I don't think I can answer that reliably from the agreement"
    if wordset & {"neither", "none"} and has_text and (m := _NONE_OF_THEM.match(body)):
        # (informational texts named before hold only information: "neither one gives the fuse rating")
        if (m.group("say") or _tail_is_info(m.group("tail")) or _strict_info(m.group("tail"), m.group("hold").lower())
                or _names_info_text(named_before.text)) and not _AS_TAIL.match(m.group("tail")):
            return m
    if neg and has_text and (m := _IN_IT.search(body)):
        return m
    # (the text named in the relative clause itself: "isn't among the details the schedule gives")
    if neg and wordset & {"among", "one", "part"} and (m := _NOT_AMONG.search(body)) \
            and (has_text or _HAS_TEXT.search(m.group(0))):
        return m
    if wordset & {"missing", "omitted", "left", "absent"} and (m := _MISSING.match(body)):
        info = _INFO_OR_MEASURE.match(_np_head(m.group("np"))) is not None
        # ("from the kit": a place; "left off it" is a lid's too, so information only)
        # ("absent from it" after a text was named: information only, "the battery is missing from it" is a box's)
        placed = m.group("text") or m.group("offtext") or (
            info if m.group("place") or "off" in m.group(0).lower().split() else
            (info and has_text) if m.group("pron") else has_text)
        if placed and not _REPORTING.search(m.group("np")):
            return m
    if neg and "there" in wordset and has_text and (m := _NOT_THERE.match(body)):
        if _INFO_OR_MEASURE.match(_np_head(m.group("np"))):
            return m
    if (neg or "never" in wordset) and (m := _FACT_UNSEEN.match(body)) and _asked_fact(m.group("np"), question):
        # (being there, or coming up, is about a text only after one was named; being seen with
        # the speaker's side or a text named in the clause, or after one was)
        placed = m.group("tail").strip() not in ("", "anywhere", "at all", "either", "here")
        # (an indirect question as the subject is only ever said or not: "whether pets are
        # allowed never comes up")
        asked = _ASKED_CLAUSE.match(m.group("np")) is not None
        if (has_text or (asked and m.group("appear"))) if (m.group("there") or m.group("appear")) \
                else (placed or has_text):
            return m
    if "nowhere" in wordset and (m := _NOWHERE_PLACED.match(body)) and (
            m.group("text") or has_text or _asked_fact(m.group("np"), question)) \
            and not _REPORTING.search(m.group("np")):
        return m
    if wordset & {"nothing"} and (m := _BARE_NOTHING.match(body)):
        if _WH_START.match(m.group("tail")) or not _VERB_WORD.search(m.group("tail")):
            return m
    if wordset & {"empty", "blank", "nothing", "dry"} and (m := _EMPTY_SEARCH.search(body)):
        return m
    if wordset & {"only", "just", "stop", "stops", "stopped", "end", "ends", "ended", "cut", "cuts", "break", "breaks",
                  "finish", "finishes", "finished", "out", "off"} and (m := _STOPS.match(body)):
        if not re.fullmatch(_PRONOUN, m.group("subj"), re.IGNORECASE) or has_text:
            return m
    if "where" in wordset and (m := _WHERE_ENDS.match(body)) and (
            not re.fullmatch(r"it|they", m.group("subj"), re.IGNORECASE) or has_text):
        return m
    if "only" in wordset and (m := _ONLY_SCOPE.match(body)) and _names_info_text(m.group("subj")):
        if question is None or not _names_verb(question, m.group("verb").split()[0]):
            return m
    return None

# a character within one sentence: a decimal point is none of its ends ("the charge of 0.22% but not ...")
_IN_SENTENCE = r"(?:[^.;:!?\u2014]|(?<=\d)[.:](?=\d))"     # (nor a colon in a time of day, "18:00")

# Three more shapes of "the texts do not hold it", each a structure rather than a phrase:
# - an absence located in a text: "no such figure appears in the datasheet", "no price is to be
#   found anywhere in the brochure";
# - the speaker found nothing: "I looked through both documents and found nothing about it";
# - a text says one thing but not the asked one: "the manual lists the dimensions but not the
#   screen resolution" (verbs of saying only: "the policy covers A but not B" is an answer).
# The parts of a text (a closed class) are also parts of what a text describes: "there's no repeat
# in the second section" describes a piece of music, "no X in the documents" declines.
_PART_NOUNS = frozenset("section sections chapter chapters paragraph paragraphs page pages part parts".split())
_SOURCE_TEXT = "|".join(sorted(set(_INFO_TEXTS) - _PART_NOUNS, key=len, reverse=True))
_LOCATED_ABSENCE = _c(
    # "there's no email address for the helpline in the documents"
    rf"\bthere(?:'s|\s+is|\s+are|\s+was|\s+were)\s+no\s+(?:[\w'-]+\s+){{1,6}}?(?:in|within|anywhere\s+in)\s+"
    rf"(?:the\s+|these\s+|this\s+|either\s+|both\s+|any\s+(?:of\s+the\s+)?)?(?:[\w'-]+\s+){{0,2}}?(?:{_SOURCE_TEXT})\b|"
    rf"\bno\s+(?:such\s+)?(?:[\w'-]+\s+){{0,4}}?(?:appears?|is|are|was|were|shows?\s+up|turns?\s+up|exists?|"
    rf"(?:is|are|was|were|can\s+be)\s+(?:found|given|listed|mentioned|stated|included|provided))\s+"
    rf"(?:anywhere\s+)?(?:in|within|on|inside)\s+(?:the\s+|these\s+|this\s+|either\s+|both\s+|any\s+(?:of\s+the\s+)?)?"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{_TEXT})\b|"
    # an information noun placed in any text, or anywhere in any determined noun phrase: "there's no hourly
    # rate on the form", "there's no due date for the next calibration anywhere on the certificate"
    # ("there's no sugar in the recipe" is content; "no evidence of damp in the report" a verdict)
    rf"\bthere(?:'s|\s+is|\s+are|\s+was|\s+were)\s+no\s+(?!(?:[\w'-]+\s+){{0,3}}?{_VERDICT_NOUN})"
    rf"(?:[\w'-]+\s+){{0,3}}?{_INFO_NOUN}\b(?:\s+(?:for|of|on|about)\s+[^.;:!?,\u2014\u2013]{{1,60}}?)?\s+"
    rf"(?:(?:anywhere\s+)?(?:in|on|within)\s+(?:either\s+|both\s+|any\s+of\s+)?{_TEXT_NP}|"
    rf"anywhere\s+(?:in|on|within)\s+{_DET_NP})(?=\s*(?:[,.;:!?\u2014\u2013]|$)|\s+(?:or|and|nor|either|though)\b)")
# (any information noun found missing; "found no evidence", "no reason" are a search's verdict)
_FOUND_NOTHING = _c(
    rf"\b(?:i|we)\b[^.;!?]{{0,60}}?\b(?:found|find|see|saw|came\s+across)\s+(?:nothing|no\s+"
    rf"(?!(?:[\w'-]+\s+)?(?:{_VERDICT_NOUN}|rationale|justification|results?\b))(?:{_INFO_OBJ}|trace\b))"
    rf"(?=\s+(?:about|on|regarding|concerning|relevant|useful|specific|for|in\s+(?:the|either|both|these|any))\b|"
    rf"\s*[.;!?]|\s*$)")
# (the text may carry a place after it: "the label on the tub shows ..."; verbs of showing count as saying:
# "the entry list showed names only, not the height"; a restrictive "only" after the object with ", not"
# is "but not")
# adjectives of obligation and permission (a closed class of English): "compulsory", "refundable"
_MODAL_ADJECTIVES = (r"compulsory|mandatory|obligatory|optional|essential|necessary|needed|free|possible|"
                     r"refundable|transferable|payable|chargeable|permissible|allowable|eligible")
_BUT_NOT = _c(rf"\b(?:(?:{_TEXT})(?:'s)?{_TEXT_PLACED}\s+(?:only\s+)?(?:{_SAY_FIN}|{_SHOW_FIN})|"
              rf"(?:{_INFO_TEXT}){_TEXT_PLACED}\s+(?:only\s+)?(?:{_HOLD_FIN})|"
              # (within the saying's clause: "describes silent mode: it mutes X but not Y" is content)
              rf"^{_DET_NP}\s+(?:only\s+)?{_CORE_SAY}|"
              # any text with a verb of holding, when what it leaves out is an indirect question that
              # cannot be a free relative or an adverbial ("the release covers the venue but not how much
              # tickets cost"; "covers fire but not what floods destroy / when the house is empty" is content)
              rf"(?:{_TEXT})(?:'s)?\s+(?:only\s+)?(?:{_HOLD_FIN})(?=\b{_IN_SENTENCE}{{1,80}}?,?\s+but\s+not\s+"
              rf"(?:whether|how\s+(?:much|many|long|often|far|soon|old|big))\b))"
              rf"\b{_IN_SENTENCE}{{1,80}}?(?:,?\s+but|\s+only\s*,)\s+not\s+"
              # "but not in euros", "but not as a risk": an adjunct, not the object left unsaid; a
              # preposition that opens an indirect question is none ("but not on what date")
              rf"(?!(?:as|in|on|at|by|for|with|from|to|after|before|during|until|because|yet|always|"
              rf"necessarily|quite)\b(?!\s+(?:what|which|whose|whom|how)\b))"
              # a predicate set against another in what the text says ("says it is recommended but
              # not required", "… optional but not compulsory"): a participle or an adjective of
              # obligation ending its clause is said, no object left out
              rf"(?!(?:[a-z]{{3,}}(?:ed|en)|{_MODAL_ADJECTIVES})\s*(?:[,.;:!?)]|$|\s+(?:and|or|but|if|unless|when|for|by|to|on|in|"
              rf"at|from|with|during|before|after|until)\b))"
              rf"(?:the\s+|its\s+|their\s+|any\s+|a\s+)?[\w'-]+")

# ... with a verb of giving, from any text, when what is not given is a value ("the dig report gives
# the trench depth but not the date of the hoard"; "the policy gives cover for fire but not flood"
# is content)
_BUT_NOT_GIVEN = _c(rf"\b(?:{_TEXT})(?:'s)?\s+(?:only\s+)?(?:{_GIVE_FIN})\b{_IN_SENTENCE}{{1,80}}?,?\s+but\s+not\s+"
                    rf"(?P<obj>[^.;:!?]*)")


# "The documents only give the car capacity, not how many passengers she carries": a restrictive
# "only" with ", not" leaves out what follows as "but not" does; the part left out must be an
# indirect question ("the policy only covers fire, not flood" is content)
# (or the passive, with the text unnamed: "Only the approval limit is given - up to £1,800 - not what it
# actually cost"; after a comma or a dash)
_ONLY_NOT = _c(rf"(?:\b(?:(?:{_TEXT})(?:'s)?\s+{_ONLY}\s+(?:{_SAY_FIN}|{_GIVE_FIN})|(?:{_INFO_TEXT})\s+{_ONLY}\s+"
               rf"(?:{_HOLD_FIN}))|(?:^|[.;!?]\s+)\W*{_ONLY}\s+(?:[\w'-]+\s+){{1,6}}?(?:is|are|was|were)\s+"
               rf"(?:{_TEXTUAL_PP}|given|shown|quoted))\b{_IN_SENTENCE}{{0,80}}?"
               rf"(?:,|\s*[\u2014\u2013](?:[^\u2014\u2013.;!?]{{1,40}}[\u2014\u2013])?|\s-)\s*(?:but\s+)?"
               rf"not\s+(?:{_SOUGHT_WH}|how\b(?!\s+to\b))")
_COMMA_NOT = _c(r"(?:,|[\u2014\u2013]|\s-)\s*(?:but\s+)?not\b")
_ONLY_COMMA_NOT = _c(r"\bonly\s*,\s*not\b")


# A stranded auxiliary after "but" takes the participle of the clause before (verb-phrase
# ellipsis): "the kiln's length is given, but the depth of its chamber isn't" is judged as "the
# depth of its chamber isn't given" ("breakfast is included, but dinner isn't" stays content, as
# "dinner isn't included" does).
_STRANDED = _c(rf"\b(?:is|are|was|were)\s+(?:(?:also|clearly|explicitly)\s+)?(?P<pp>{_TEXTUAL_PP}|{_CONTENT_PP}|given)\b"
               rf"{_IN_SENTENCE}{{0,80}}?,?\s+but\s+(?P<np>(?:[\w'-]+\s+){{0,8}}?[\w'-]+)\s+"
               rf"(?P<aux>isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+not)\s*(?=[.;!?]|$)")


def _stranded_refusal(text: str, has_text, question: str | None) -> tuple[int, int] | None:
    m = _STRANDED.search(text) if " but " in text.lower() else None
    if m is None:
        return None
    plain = f"{m.group('np')} {m.group('aux')} {m.group('pp')}"
    return (m.start("np"), m.end("aux")) if _clause_refusal(plain, 0, len(plain), has_text, question) else None


# A text that lists or holds some things "but no / but not <Y>", where Y is what the question asks
# for (its words all the question's: "Who chairs the club?" - "the handbook lists a treasurer and a
# secretary, but no chair"): the asked thing is absent from the text. A question that selects among
# Y or counts them ("Which trains stop here?", "How many trains ...?") is answered by "no trains";
# a yes/no question is answered by it too. A text that also does things (a policy) counts only with
# a verb of saying or giving ("the policy covers fire but not flood" is content; "the notices give
# the address but no telephone number" declines).
_BUT_NO_ASKED = _c(rf"\b(?P<subj>{_TEXT})(?:'s)?\s+(?:only\s+|also\s+)?(?P<verb>{_SAY_FIN}|{_HOLD_FIN})\b"
                   rf"{_IN_SENTENCE}{{1,120}}?,?\s+but\s+(?:no|not)\s+(?:(?:a|an|the|any|its|their)\s+)?"
                   rf"(?P<obj>(?:[\w'-]+\s+){{0,4}}?[\w'-]+)"
                   # (or Y marked as the asked thing: "but no pass mark for the thesis, which is what you asked
                   # about", "but not the entry fee you asked about": then whatever the question)
                   rf"(?P<asked>\s+(?:that\s+|which\s+)?you(?:'ve|\s+have)?\s+asked\s+(?:about|for)|"
                   rf",\s*which\s+is\s+what\s+you(?:'ve|\s+have)?\s+asked(?:\s+about|\s+for)?)?\s*(?=[.;:!?]|$)")
# (the wh-word as the noun's determiner, modifiers between: "which late trains", not "what does the")
_SELECTS = (r"(?:which|what|how\s+many)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|"
            r"the|a|an|this|that|its|their)\b)[\w'-]+\s+){0,2}?")


def _asked_left_out(text: str, question: str | None) -> tuple[int, int] | None:
    if " but no" not in text.lower():
        return None
    for m in _BUT_NO_ASKED.finditer(text):
        obj, verb = _stems(m.group("obj")), m.group("verb").lower()
        if not (_names_info_text(m.group("subj")) or re.fullmatch(_SAY_FIN, verb, re.IGNORECASE)
                or re.fullmatch(_GIVE_FIN, verb, re.IGNORECASE)):
            continue   # (a text's giving is its saying: "the notices give the address but no phone number")
        if m.group("asked"):
            return m.start("subj"), m.end("obj")
        if question is None or _POLAR.search(question) or not obj or not obj <= _stems(question):
            continue
        head = m.group("obj").split()[-1]
        head = head[:-1] if head.lower().endswith("s") and len(head) > 3 else head
        if re.search(rf"\b{_SELECTS}{re.escape(head)}", question, re.IGNORECASE):
            continue
        return m.start("subj"), m.end("obj")
    return None


# The speaker's need for more to find the answer out: "To answer whether the 7:05 stops at Millbrook I'd
# need the full stopping pattern" (a purpose clause of finding out, then what the speaker would need)
_NEED_TO_ANSWER = _c(rf"(?:^|[.!?]\s+)\W*to\s+(?:answer|{_KNOW_VERBS})\s+(?:(?:you|that|this)\s+)?{_SOUGHT_WH}[^.;!?]*?"
                     rf"\b(?:i|we)(?:'d|\s+would)\s+(?:first\s+)?need\b")


# A counterfactual condition on a text's saying, then the text's negated auxiliary: "If the rota gave a
# start time I would pass it on, but it doesn't", "Had the minutes mentioned the vote, I'd give the count,
# but they don't" (a verb only ever of saying; any other verb of saying, giving or showing with the asked
# information as object: "if the menu listed a vegan dish I'd order it, but it doesn't" and "if the policy
# covered floods I'd claim, but it doesn't" are content). The condition's forms, a closed class: "if" or
# "had" inverted ("had the brochure included ..."), "were" inverted or "if ... were" with the thing
# placed in a text ("Were the opening hours in the notice, I could tell you ..."), and a text's "would
# have to / need to <say or hold>" with the speaker's purpose ("It would have to list the running time
# for me to answer"). With any verb the speaker's consequence of relaying (a closed class: tell, quote,
# give, pass on, share, add, confirm, ...: "If the catalogue had included the premium I'd add it for you")
# shows the object to be information. The negation resumes after "but", "and" or a semicolon, the
# participle may be repeated ("but it hasn't been included", "; it didn't", "but they aren't"), or what
# the text only gives follows ("..., but it only lists the movements").
_NEG_RESUMED = (r"(?:doesn't|don't|didn't|hasn't|haven't|hadn't|isn't|aren't|wasn't|weren't|"
                r"(?:does|do|did|has|have|had|is|are|was|were)\s+not)(?:\s+been\s+[\w'-]+)?")
_RELAY = _c(r"\b(?:i|we)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)\s+(?:be\s+able\s+to\s+|happily\s+|gladly\s+)?"
          r"(?:tell|say|quote|give|pass\s+(?:it|that|this|them)\s+on|share|add|confirm|state|answer|let\s+you\s+know|"
          r"relay|repeat|report|work\s+out|calculate)\b")
# (the verbs of relaying, a closed class: what the speaker would do with the text's information)
_RELAY_BY = (r"(?:tell|say|quote|give|pass\s+(?:it|that|this|them)\s+on|share|confirm|state|answer|let\s+you\s+know|"
             r"relay|repeat|report|read\s+(?:it|that|this|them)\s+out|read\s+out|work\s+out|calculate|list|mention|"
             r"name|cite|include\s+(?:it|them))\b")
_COUNTERFACTUAL = _c(rf"(?:^|[.!?]\s+)\W*(?:"
                     rf"(?:if|had)\s+(?:(?:{_TEXT_NP}|{_DET_NP}|it|they)\s+(?:(?:did|had)\s+)?)"
                     rf"(?:(?P<say>{_CORE_SAY}|{_CORE_SAY_BASE})\b|(?:{_SAY_FIN}|{_SAY_BASE}|gave|give|showed|show|included|include|had)"
                     rf"(?P<obj>\s[^,;.!?]*))"
                     rf"|(?:were|if\s+[^,;.!?]*?\s(?:were|was))\s+(?P<placed>[^,;.!?]*?\s(?:in|on)\s+(?:{_TEXT_NP}))"
                     rf"|(?P<need>(?:it|they|{_TEXT_NP})\s+would\s+(?:have|need)\s+to\s+(?:{_SAY_BASE}|{_HOLD_BASE})\b"
                     rf"[^.;!?]*?\bfor\s+(?:me|us)\s+to\s+(?:answer\b|know\b|{_RELAY_BY})))"
                     rf"(?P<then>\b[^.;!?]*?)(?:,?\s+(?:but|and)\s+|\s*;\s*)"
                     rf"(?P<neg>(?:it|they|{_TEXT_NP})\s+(?:{_NEG_RESUMED}|(?P<only>only\s+(?:{_SAY_FIN}|{_GIVE_FIN}|{_HOLD_FIN})\b[^.;!?]*)))"
                     rf"\s*(?:[.!]|$)")

# The same irrealis condition on a text with the speaker's relaying consequence, in either order and
# with no negation resumed: the past tense (or "were <text> to", "had <text> <participle>") puts the
# condition out of reach, and relaying (_RELAY's verbs, "read it out", "confirm") makes its object
# information. "If the label gave a use-by date I'd read it out", "Were the rota to list a start time,
# I would pass it on", "I could answer this if the log showed who locked up", "Only if the minutes
# recorded the vote could I give the count". An open condition (present tense: "if the label gives a
# date I'll read it out") or a consequence of acting ("I'd order it") is not one.
_IRREALIS_VERBS = _SAY_VERBS + _HOLD_VERBS + ["print", "mark", "spell out"]
_IRREALIS_VERB = _alt(f for v in _IRREALIS_VERBS for f in verb_forms(v)[2:3])
_IRREALIS_PP = _alt(f for v in _IRREALIS_VERBS for f in verb_forms(v)[3:4])
_IRREALIS_BASE = _alt(verb_forms(v)[0] for v in _IRREALIS_VERBS)
# (the subordinators of supposition are a closed class: "if", "supposing", "assuming", "say"; a phrasal
# verb of saying may take its object inside: "if the contract spelled it out"; the asked information as
# the subject of "were" placed in a text: "were the hours part of the leaflet", "were a fee in the terms")
_SUPPOSE = r"(?:(?:only\s+)?if|supposing|suppose|assuming|say)"
_SPLIT_PAST = r"(?:spelled|spelt|set|laid|broke|wrote|wrote)\s+(?:it|them|this|that)\s+(?:out|down)"
_IRREALIS_IF = (rf"(?:{_SUPPOSE}\s+(?:{_TEXT_NP})\s+(?:had\s+(?:{_IRREALIS_PP})|{_IRREALIS_VERB}|{_SPLIT_PAST})|"
                rf"were\s+(?:{_TEXT_NP})\s+to\s+(?:{_IRREALIS_BASE})|had\s+(?:{_TEXT_NP})\s+(?:{_IRREALIS_PP})|"
                rf"(?:were|{_SUPPOSE}\s+[^,;.!?]*?\s+were)\s+[^,;.!?]*?\s(?:part\s+of|in|on|among)\s+(?:{_TEXT_NP}))\b")
# (or the information itself as the consequence's subject, answering: "..., they'd be my answer", "that
# would settle it")
_WOULD_ANSWER = (r"(?:it|they|that|this|those|these)(?:'d|\s+would|\s+could)\s+(?:be\s+(?:my|the|your)\s+answer|"
                 r"settle\s+(?:it|that|this|the\s+(?:matter|question))|answer\s+(?:it|that|this|the\s+question|your\s+question))\b")
_IRREALIS_RELAY = _c(rf"(?:^|[.!?;]\s+)\W*(?:{_IRREALIS_IF}[^.;!?]*?(?:(?:\b(?:i|we)(?:'d|\s+would|\s+could|\s+might)|"
                     rf"\b(?:could|would)\s+(?:i|we))\s+(?:(?:be\s+able\s+to|happily|gladly|then)\s+)?{_RELAY_BY}|"
                     rf"\b{_WOULD_ANSWER})|"
                     rf"(?:i|we)(?:'d|\s+would|\s+could)\s+(?:(?:be\s+able\s+to|happily|gladly)\s+)?{_RELAY_BY}"
                     rf"[^.;!?]*?\b{_IRREALIS_IF})")


# A text's saying that stops short, with "without" as the negator of a second verb of saying: "the notice
# refers to the agreed limit without ever stating it", "the schedule mentions a fee without saying whether
# it applies to juniors" (the object: an indirect question, a pronoun for what was mentioned, or
# information; "the form lets you cancel without giving a reason" is content: no verb of saying first)
_CORE_SAYING = _alt(" ".join([ing_form(v.split()[0])] + v.split()[1:]) for v in _CORE_SAY_VERBS)
_WITHOUT_SAYING = _c(rf"(?:^|[.!?;:,]\s+|\bbut\s+)\W*(?:{_TEXT_NP}|it|they)\s+(?:{_ADV}\s+)?(?:{_SAY_FIN})\b[^.;!?]*?"
                     rf"\bwithout\s+(?:(?:ever|actually|once|really|even)\s+)?(?:{_SAYING})\s+"
                     rf"(?:(?:whether|if|what|when|where|who|which|how)\b|(?:it|them|one)\s*(?:[.;!?]|$)|"
                     rf"{_INFO_OBJ}|{_A_NAMED_INFO})|"
                     # (with an emphatic "ever"/"once" and a verb only ever of saying, after any verb of the
                     # text's: "the hire leaflet runs to four pages without once touching on disabled access")
                     rf"(?:^|[.!?;:,]\s+|\bbut\s+)\W*(?:{_TEXT_NP}|it|they)\s+[^.;!?]*?\bwithout\s+(?:ever|once|even\s+once|"
                     rf"so\s+much\s+as)\s+(?:{_CORE_SAYING})\b")


# Being (appearing, featuring) in texts that a negative or exhaustive quantifier ranges over: "the
# consultant's name appears on none of the letters you uploaded", "the tenor's weight appears in
# neither the tower guide nor the diocesan list", "your tax code is absent from both the P60 and the
# covering letter" (the place must hold a text; "smoking is allowed in none of the rooms" is content: no
# verb of being there)
_BE_THERE = (r"(?:appears?|appeared|features?|featured|figures?|figured|is|are|was|were|comes?\s+up|came\s+up|"
             r"turns?\s+up|turned\s+up|shows?\s+up|showed\s+up)")
_IN_NO_TEXT = _c(rf"(?:^|[.!?;:]\s+)\W*(?P<np>(?:[\w'\u2013-]+\s+){{1,10}}?){_BE_THERE}\s+(?:anywhere\s+)?(?:(?:in|on|within)\s+"
                 rf"(?:none\s+of\s+(?:{_TEXT_NP})|neither\s+(?:of\s+)?(?:{_TEXT_NP}|{_DET_NP})\s+nor\s+"
                 rf"(?:{_TEXT_NP}|{_DET_NP}))|"
                 # (the negator before the repeated preposition: "appears neither in the terms nor in the email")
                 rf"neither\s+(?:in|on|within)\s+(?:{_TEXT_NP}|{_DET_NP})\s+nor\s+(?:in|on|within)\s+(?:{_TEXT_NP}|{_DET_NP}))|(?:^|[.!?;:]\s+)\W*(?P<np2>(?:[\w'\u2013-]+\s+){{1,10}}?)"
                 rf"(?:is|are|was|were)\s+(?:absent|missing)\s+from\s+(?:both|all|each|any|every\s+one)\s+(?:of\s+)?"
                 rf"(?:{_TEXT_NP}|{_DET_NP})\s+(?:and|or)\s+(?:{_TEXT_NP}|{_DET_NP})")



def _given(m: re.Match, question: str | None) -> bool:
    """Whether a "neither ... nor" match's verb is one of giving whose object is a measure or the asked
    thing (see _given_value, _asked_object): "neither the notice nor the update gives a depth"."""
    verb = m.group("hold")
    return verb is not None and verb.lower() in _GIVE_WORDS and (
        _given_value(m.group("tail")) or _asked_object(m.group("tail"), question))


def _other_shapes(text: str, question: str | None = None) -> tuple[int, int] | None:
    # (the relaying consequence with a text as the condition's subject: "had the hotel included breakfast")
    lower = text.lower()
    # (each of its conditions has "if", "had", "were" or "would")
    m = _COUNTERFACTUAL.search(text) if ("if" in lower or "had" in lower or "were" in lower or "would" in lower) else None
    relay = m and m.group("obj") is not None \
        and _TEXT_WORD.search(text, m.start(), m.start("obj")) is not None \
        and _RELAY.search(text, m.start(), m.start("neg")) is not None
    if m and (m.group("say") or m.group("placed") or m.group("need")
              or (m.group("obj") and (_given_value(m.group("obj")) or relay)
                  and not (m.group("only") and not relay))):
        return m.start("neg"), m.end("neg")
    if ("if " in lower or "were " in lower or "had " in lower or "suppos" in lower or "assuming " in lower
            or "say " in lower) and (m := _IRREALIS_RELAY.search(text)):
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip(" .!?;")), m.end()
    if ("none" in lower or "neither" in lower or "from both" in lower) and (m := _IN_NO_TEXT.search(text)) \
            and not _REPORTED.match(m.group("np") or m.group("np2") or ""):
        return m.start("np" if m.group("np") else "np2"), m.end()
    if "without" in lower and (m := _WITHOUT_SAYING.search(text)):
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip(" .!?;:,")), m.end()
    if "need" in text.lower() and (m := _NEED_TO_ANSWER.search(text)):
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip(" .!?")), m.end()
    m = _NEITHER_NOR.search(text)
    # (a pronoun for a text named before: "The letter says ..., but neither it nor the report gives ...")
    if m and (m.group("say") or _names_info_text(text[m.start():m.start("tail")])
              or (m.group("pron") and _names_info_text(text[:m.start()]))
              or _tail_is_info(m.group("tail")) or _given(m, question)) and not _AS_TAIL.match(m.group("tail")):
        return m.start(), m.end()
    m = _NEITHER_NOR_ANY.search(text) if "neither" in text.lower() else None
    if m and not _AS_TAIL.match(m.group("tail")) and (m.group("say") or _STRICT_INFO.match(m.group("tail"))
                                                      or (_TEXT_WORD.search(m.group(0)) and _given(m, question))):
        return m.start(), m.end()
    for pattern in (_LOCATED_ABSENCE, _FOUND_NOTHING, _BUT_NOT, _BUT_NOT_GIVEN, _ONLY_NOT):
        if pattern is _BUT_NOT_GIVEN and "but not" not in text.lower() \
                or pattern is _BUT_NOT and "but not" not in text.lower() and not _ONLY_COMMA_NOT.search(text):
            continue
        if pattern is _ONLY_NOT and not _COMMA_NOT.search(text):
            continue
        m = pattern.search(text)
        if m and pattern is _BUT_NOT_GIVEN and not _given_value(m.group("obj")):
            continue
        if m and not _CONDITIONAL.search(text[max(0, m.start() - 30):m.start()]):
            return m.start(), m.end()
    return None


# A markdown table with a column that asks whether each thing is in the texts ("Found in docs?",
# "Stated in the leaflet"): a "No" there declines that row's thing; a "No" under "Allowed in hand
# luggage?" is an answer.
_TABLE_LINE = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_SOURCE_HEADER = _c(rf"\b(?:found|mentioned|stated|given|listed|specified|covered|documented|(?:{_TEXT}))\b")
_NO_CELL = _c(r"^\s*(?:no|none|not\s+(?:found|stated|mentioned|given|listed|specified|covered)|n/?a|unknown|"
              r"[-\u2014\u2013\u2717\u274c])\s*\.?\s*$")


def _table_refusal(text: str) -> tuple[int, int] | None:
    rows = [(m.start(1), m.group(1)) for m in _TABLE_LINE.finditer(text)]
    if len(rows) < 2:
        return None
    sources = {i for i, cell in enumerate(rows[0][1].split("|")) if _SOURCE_HEADER.search(cell)}
    for start, row in rows[1:] if sources else ():
        pos = start
        for i, cell in enumerate(row.split("|")):
            if i in sources and _NO_CELL.match(cell):
                s = pos + len(cell) - len(cell.lstrip())
                return s, s + len(cell.strip())
            pos += len(cell) + 1
    return None


# A yes/no question (or one embedding "whether"): "it isn't covered" can be its answer.
_POLAR = _c(r"^\W*(?:(?:and|so|but|also|then|ok|okay|well|now)\W+)?(?:is|are|was|were|am|do|does|did|can|could|"
            r"will|would|shall|should|may|might|must|has|have|had|isn't|aren't|wasn't|weren't|don't|doesn't|"
            r"didn't|can't|won't|wouldn't|shouldn't|hasn't|haven't)\b|\bwhether\b")
_YES_NO = _c(r"^\W*(?:yes|no|nope|yep)\b")


def _asks_about(question: str, participle: str) -> bool:
    """Whether the question asks if something is covered/included/...: a yes/no question ("Can I
    claim a taxi?" - "That isn't covered" says no), or one that names the verb ("What does the
    plan cover?")."""
    if _POLAR.search(question):
        return True
    return _names_verb(question, next(v for v in _SCOPE_VERBS if verb_forms(v)[3] == participle.lower()))


def _unheld(text: str, question: str | None) -> tuple[int, int] | None:
    """"That isn't covered." as the whole answer (lead-in and courtesy words aside, or followed by
    what the texts only give) to a question that does not ask whether something is covered: the
    pronoun stands for the asked information, which only a text can cover. Without the question it
    declines too: an answer about coverage names what is or isn't covered, or says more. With more
    said it may be content ("It isn't covered: the policy excludes wear and tear")."""
    if _YES_NO.match(text):
        return None
    lead = _LEADIN.match(text.lstrip())
    offset = len(text) - len(text.lstrip()) + (lead.end() if lead else 0)
    m = _BARE_UNHELD.match(text[offset:].rstrip())
    if m is None and question is not None:
        return _asked_unheld(text, offset, question)
    # (placed "in" an informational text or in two texts, the pronoun is the asked information even after
    # a yes/no question: "Will the club pay for it?" - "That isn't covered in the handbook or the letter";
    # "covered by / in the policy" and a question naming the verb stay what the texts do)
    placed = m is not None and _placed_in_texts(m)
    if m is None or (question is not None and _asks_about(question, m.group("verb")) and not (
            placed and not _names_verb(question, next(v for v in _SCOPE_VERBS
                                                      if verb_forms(v)[3] == m.group("verb").lower())))):
        return None
    if m.group("rest") and not _SCOPE_AFTER.match(m.group("rest")):
        return None
    start = offset + m.start("core")
    subject = _SUBJECT_BEFORE.search(text, 0, start)   # a "that" taken as a lead-in word
    return subject.start() if subject else start, offset + m.end("core")


# The asked thing named as the subject ("Undergraduate tutoring isn't covered"), which alone may be a
# rule's content ("water damage isn't covered"): a refusal only placed in an informational text or
# two texts, or followed by what the texts only give ("— the terms only list primary and GCSE rates")
_NP_UNHELD = _c(rf"^(?P<core>(?P<np>(?:[\w'-]+\s+){{0,5}}?[\w'-]+)\s+(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were)\s+not)"
                rf"{_UNHELD_PREDICATE})[\s.!,]*(?:[\u2014\u2013:;-]\s*)?(?P<rest>[\s\S]*)$")


def _placed_in_texts(m: re.Match) -> bool:
    """An unheld clause (`_UNHELD_PREDICATE`) places the gap "in" an informational text or in two texts
    joined ("isn't covered in the handbook or the letter"): the subject is the asked information, not
    what a policy covers ("covered by / in the policy")."""
    return (m.group("prep") or "").lower() in ("in", "within") and (
        _names_info_text(m.group("texts")) or re.search(r"\b(?:or|nor|and)\b", m.group("texts"), re.I) is not None)


def _asked_unheld(text: str, offset: int, question: str) -> tuple[int, int] | None:
    """"<the asked thing> isn't covered", its subject sharing a content word with the question (not
    one asking whether something is covered), placed in texts or followed by their scope."""
    m = _NP_UNHELD.match(text[offset:].rstrip())
    if m is None or _PRONOUN_START.match(m.group("np")) or _asks_about(question, m.group("verb")):
        return None
    if not {stem(w) for w in content_words(m.group("np"))} & {stem(w) for w in content_words(question)}:
        return None
    placed = _placed_in_texts(m)
    # (the scope read as information: an informational text, or values it gives - "the terms only
    # list primary and GCSE rates"; "the policy only lists fire and theft" may be the policy's cover)
    rest = m.group("rest")
    if not placed and not (rest and _SCOPE_AFTER.match(rest) and (_names_info_text(rest) or _VALUE_WORD.search(
            _SCOPE_VERB.sub(" ", rest)))):
        return None
    return offset + m.start("core"), offset + m.end("core")


_VALUE_WORD = _c(rf"\b(?:{_INFO_NOUN}|{_MEASURE_NOUN})s?\b")
_SCOPE_VERB = _c(rf"\b(?:{_SAY_FIN}|{_GIVE_FIN})\b")   # ("lists" is a verb there, not the noun "list")


_PRONOUN_START = _c(r"^(?:it|this|that|these|those|they|that\s+one|this\s+one)$")


class _Lazy:
    """Whether the answer names a text anywhere, looked up only when a clause needs it."""

    def __init__(self, text: str):
        self.text, self.value = text, None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _HAS_TEXT.search(self.text) is not None or _HANDED_NP.search(self.text) is not None
        return self.value


@lru_cache(maxsize=64)
def _extra(phrases: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None


# Writing that hides a refusal from the clause rules, undone before they run (the answer is read
# through an index map, so the phrase returned is still the one written):
# - markdown: emphasis marks around words ("_not mentioned_", "**Answer:**"), heading, quote and
#   bullet marks at a line's start, table pipes (a cell is a clause); "read_csv" keeps its "_";
# - a contraction typed without its apostrophe ("dont", "isnt", "theres"); words that are also
#   words without one ("its", "wont", "cant", "ill", "were") are left alone except "cant", whose
#   other sense never heads a verb phrase.
_MARKUP = re.compile(r"(?<![\w*_])[*_]+(?=[^\s*_])|(?<=[^\s*_])[*_]+(?![\w*_])|^[ \t]*(?:#{1,6}|>+|[-*+](?=\s))[ \t]*|\|",
                     re.MULTILINE)
_NO_APOSTROPHE = re.compile(
    r"\b(?P<head>do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|ca|there|that|what|"
    r"who|where)(?P<tail>nt|s)\b", re.IGNORECASE)
_NO_APOSTROPHE_OK = frozenset("""dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt couldnt wouldnt
shouldnt mustnt neednt cant theres thats whats whos wheres""".split())


# conjunctive and attitude adverbs that a writer sets between commas mid-clause (a closed class);
# only where a word continues the clause after the second comma, not a conjunction starting a new one
_PARENTHETICAL = re.compile(r",\s*(?:however|though|therefore|thus|in\s+fact|of\s+course|moreover|furthermore|"
                            r"unfortunately|sadly|regrettably|alas|indeed|admittedly|as\s+it\s+happens|by\s+contrast|in\s+contrast|"
                            r"on\s+the\s+other\s+hand|even\s+so|then\s+again|all\s+the\s+same)\s*,"
                            r"(?=\s*(?!(?:and|but|so|or|nor|yet|because|since|while|whereas|although|though)\b)[a-z])",
                            re.IGNORECASE)


# an aside of "as" and a participle, or of a relative clause marking what was asked, set between commas
# after a noun phrase is no clause boundary: "The log, as supplied, contains no entry ..." reads as "The
# log contains no entry ...", "The aperture, which is what you asked about, isn't included" as "The
# aperture isn't included"
_NP_ASIDE = re.compile(r",\s*(?:as\s+(?:[\w'-]+\s+)?[a-z]+(?:ed|en|wn)|which\s+(?:is|was)\s+what\s+you(?:'re|\s+are|\s+were)?"
                       r"\s+(?:asked|asking|after|wanted|want)(?:\s+(?:about|for))?)\s*,(?=\s*[a-z])", re.IGNORECASE)


# any short phrase set between commas right after a negated auxiliary, before the verb it negates: "does
# not, on its face, specify the hours" reads as "does not specify the hours" (a phrase without a verb of
# its own: "doesn't, as far as I can see, mention it" keeps its commas)
_NEG_PARENTHETICAL = re.compile(r"(?P<aux>\b(?:do|does|did|has|have|had|is|are|was|were)\s+not|n't)"
                                r"(?P<phrase>\s*,\s*(?:(?!(?:i|you|we|it|they|he|she|and|but|or)\b)[\w'-]+\s+){0,3}"
                                r"[\w'-]+\s*,)(?=\s*[a-z])", re.IGNORECASE)


# an indirect question opening the sentence the adverb is in, with no clause boundary since
_FRONTED_WH = re.compile(r"(?:^|[.!?;:]\s+)\W*(?:whether|where|when|how|what|who|which|why)\b[^.!?;:,]*$",
                         re.IGNORECASE)


_FINITE_NEXT = re.compile(r"\s*(?:is|are|was|were|has|have|had|remains?|isn't|aren't|wasn't|weren't|hasn't|"
                          r"haven't|hadn't|isnt|arent|wasnt|werent|hasnt|havent)\b", re.IGNORECASE)


_HAVE_GOT = re.compile(r"(?P<aux>'s|'ve|(?<=\s)has|(?<=\s)have)\s+got(?=\s+(?:no|nothing|none|zero|zilch|little|only|any)\b)",
                       re.IGNORECASE)
_THEREIN = re.compile(r"\b(?:there|here)(?:in|on)\b", re.IGNORECASE)
# A negated existential with an article or "any" before its noun is the one with "no": "there isn't
# a phone number in the paperwork" reads as "there is no phone number in the paperwork" ("any" alone,
# "there isn't any in the guide", stands for a noun and stays)
_NOT_A = re.compile(r"\bthere(?:\s+(?:is|are|was|were)\s+not|\s+(?:isn't|aren't|wasn't|weren't)|'s\s+not)\s+"
                    r"(?:a|an|any)(?=\s+(?!(?:in|on|of|at|for|about|here|there|anywhere|either|whatsoever|given|"
                    r"listed|mentioned|stated|shown)\b)[a-z])", re.IGNORECASE)


def _normalise(text: str, apostrophes: bool = True) -> tuple[str, list[int]]:
    """The answer as the rules read it, and for each of its characters the index of the character
    written (an inserted apostrophe maps to the letter before it). `apostrophes`: whether the
    answer may have a contraction typed without one."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if "*" in text or "_" in text or "#" in text or ">" in text or "|" in text or "\n" in text:
        text = _MARKUP.sub(lambda m: " " * len(m.group(0)) if m.group(0) != "|" else ";", text)
    # a conjunctive adverb set off by commas inside a clause is no clause boundary: "it does not,
    # however, say when" reads as "it does not say when" (blanked, so the offsets stay)
    # (after a fronted indirect question the first comma ends it and stays: "Where the key is kept,
    # though, the guide doesn't say" reads as "Where the key is kept, the guide doesn't say")
    # (unless a verb follows the adverb: the indirect question is then the subject, "Who proposed
    # it, though, isn't recorded" reads as "Who proposed it isn't recorded")
    text = _PARENTHETICAL.sub(lambda m: ("," if _FRONTED_WH.search(text, 0, m.start())
                                         and not _FINITE_NEXT.match(text, m.end()) else " ")
                              + " " * (len(m.group(0)) - 1), text)
    if "," in text:
        text = _NP_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
        text = _NEG_PARENTHETICAL.sub(lambda m: m.group("aux") + " " * len(m.group("phrase")), text)
    # "has got" / "'s got" before a quantifier is "has": "the poster's got nothing on that"; "therein",
    # "herein", "thereon" are "in it" / "on it": "is not addressed therein" (same lengths, so the offsets stay)
    if "got" in text or "ere" in text:
        text = _HAVE_GOT.sub(lambda m: (" has" if m.group("aux") == "'s" else " have" if m.group("aux") == "'ve"
                                        else m.group("aux")).ljust(len(m.group(0))), text)
        text = _THEREIN.sub(lambda m: ("on it" if m.group(0).lower().endswith("on") else "in it").ljust(len(m.group(0))), text)
    if "there" in text.lower():
        text = _NOT_A.sub(lambda m: m.group(0)[:5] + " is no".ljust(len(m.group(0)) - 5), text)
    index = list(range(len(text)))
    if not apostrophes:
        return text, index
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in _NO_APOSTROPHE.finditer(text):
        if m.group(0).lower() not in _NO_APOSTROPHE_OK:
            continue
        cut = m.start("tail") + (1 if m.group("tail").lower() == "nt" else 0)  # doesn|'t, there|'s
        out.append(text[last:cut] + "'")
        out_index.extend(index[last:cut])
        out_index.append(cut - 1)
        last = cut
    out.append(text[last:])
    out_index.extend(index[last:])
    return "".join(out), out_index


# A text as a class: a determined noun phrase that is the subject of an affirmative verb of listing,
# showing or putting in writing (a closed class) holds information the way a text does, whatever it is
# called ("The prescription gives the sphere for both eyes, but the pupillary distance has not been
# entered", "The peal board records the date and the ringers, but not the tenor's weight"): the noun is
# read as a text noun in the whole answer. Only a sentence's (or a "but"/";" part's) first noun phrase,
# only an inflected verb with an object after it (the noun is what holds it), and not a pronoun or a
# person's title (no nouns are listed: the verb class decides). So is the subject of such a verb in a
# condition ("If the waiver listed a weight limit I'd quote it"), and a determined noun phrase set beside a
# text by "neither ... nor" or "either ... or" (the sources searched one by one: "Neither the order nor the
# welcome email puts a number on it").
_ROLE_VERB = _alt(f for v in ("list", "record", "show", "give", "state", "mention", "specify", "name", "describe",
                              "detail", "note", "itemise", "itemize", "display", "print", "quote", "set out",
                              "lay out", "spell out")
                  for f in verb_forms(v)[1:3])
_DETERMINER = r"(?:the|this|that|your|my|our|their|its)"
_ROLE_TEXT = _c(rf"(?:^|[.;!?]\s+|\b(?:but|if)\s+)\W*{_DETERMINER}\s+"
                rf"(?:(?!{_NP_BLOCK}\b)[\w'-]+\s+){{0,3}}?(?P<head>(?!{_NP_BLOCK}\b)[a-z][a-z-]+)(?:'s)?\s+"
                rf"(?:also\s+|only\s+|just\s+)?(?P<verb>{_ROLE_VERB})\s+(?!(?:that|to|for|how|whether|if|what|when|who|where|"
                rf"it|them|him|her|me|us|you|on|about|in|up|out|down|no|nothing|none|neither|not|never)\b)\w")
_PAIRED = rf"{_DETERMINER}\s+(?:(?!{_NP_BLOCK}\b)[\w'-]+\s+){{0,2}}?"
_PAIRED_TEXT = _c(rf"\b(?:neither\s+{_PAIRED}(?P<head>(?!{_NP_BLOCK}\b)[a-z][a-z-]+)\s+nor\s+{_PAIRED}(?:{_TEXT})|"
                  rf"either\s+{_PAIRED}(?P<head2>(?!{_NP_BLOCK}\b)[a-z][a-z-]+)\s+or\s+{_PAIRED}(?:{_TEXT})|"
                  rf"neither\s+{_PAIRED}(?:{_TEXT})\s+nor\s+{_PAIRED}(?P<head3>(?!{_NP_BLOCK}\b)[a-z][a-z-]+)|"
                  rf"either\s+{_PAIRED}(?:{_TEXT})\s+or\s+{_PAIRED}(?P<head4>(?!{_NP_BLOCK}\b)[a-z][a-z-]+))\b")
_ROLE_WORDS = _first_words([f for v in ("list", "record", "show", "give", "state", "mention", "specify", "name",
                                        "describe", "detail", "note", "itemise", "itemize", "display", "print",
                                        "quote", "set", "lay", "spell")
                            for f in verb_forms(v)[1:3]])
# (words that stand for a noun named elsewhere, a closed class: "the other lists the fees")
# (nor an adverb before the verb, a closed class and the "-ly" ones: "the manual nowhere mentions")
_ROLE_NOT = frozenset("""one ones other others same former latter rest first second last nowhere never also only just
still even often always usually sometimes rarely seldom again now then already therefore thus however""".split())
# A noun for a text that is also a verb ("the quote", "the builder's quote"; "I'd quote it"): a text only
# after a definite determiner or a possessive, a noun between allowed ("the removal quote"; "a quote for
# the repair" is the asked price)
_NOUN_TEXT_WORDS = frozenset("quote quotes".split())
_NOUN_TEXT = _c(r"(?:\b(?:the|this|that|your|my|our|their|his|her|its)\s+|'s\s+)(?:(?!(?:is|are|was|were|be)\b)[\w-]+\s+)?"
                r"(?P<head>quotes?)\b(?!\s+(?:the|a|an|it|them|me|us|you|him|her)\b)")
_DETERMINER_NEXT = _c(r"\s+(?:the|a|an|its|their|his|her|each|every|both|all|some|several|two|three|four|five|\d|['\"\u00a3$])")
_ROLE_STAND_IN = "paperwork"     # a text noun of _OTHER_TEXTS that is no verb


def _role_texts(norm: str, index: list[int], words: set[str]) -> tuple[str, list[int]]:
    """`norm` with each noun that heads a text's role (_ROLE_TEXT) written as a text noun; `index` kept so
    that each character of the stand-in maps into the noun written."""
    spans = [m.span("head") for m in _NOUN_TEXT.finditer(norm)] if not _NOUN_TEXT_WORDS.isdisjoint(words) else []
    if not _ROLE_WORDS.isdisjoint(words):
        # (a verb that is also a text noun may be the head itself: "the curing notes cover salt ratios")
        heads = {m.group("head").lower() for m in _ROLE_TEXT.finditer(norm)
                 if not _HAS_TEXT.fullmatch(m.group("verb")) or _DETERMINER_NEXT.match(norm, m.end("verb"))} - _ROLE_NOT
        heads = {h for h in heads if not _HAS_TEXT.fullmatch(h) and h not in _NOUN_TEXT_WORDS and not h.endswith("ly")}
        if heads:
            spans += [m.span() for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, heads))})\b", norm, re.IGNORECASE)]
    if "either" in words or "neither" in words:
        heads = {h.lower() for m in _PAIRED_TEXT.finditer(norm) for h in m.groups() if h} - _ROLE_NOT
        heads = {h for h in heads if not _HAS_TEXT.fullmatch(h) and h not in _NOUN_TEXT_WORDS}
        if heads:
            spans += [m.span() for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, heads))})\b", norm, re.IGNORECASE)]
    return _stood_in(norm, index, [(s, e, _ROLE_STAND_IN) for s, e in sorted(set(spans))])


# A part of a text named by its number or letter, with no determiner ("Clause 4", "Section 3.2",
# "Appendix B", "Page 12"): a text as a subject ("Neither clause 4 nor the appendix sets out
# a notice period"), read as "the paperwork". The nouns of a text's numbered parts are a closed class.
_NUMBERED_PART = re.compile(r"(?P<det>\b(?:the|this|that|its|their)\s+)?\b(?i:clauses?|sections?|appendix|appendices|"
                            r"annexe?s?|schedules?|parts?|paragraphs?|pages?|articles?|chapters?)\s+"
                            r"(?:\d+(?:\.\d+)*[a-z]?|(?!I\b)[A-Z]|[IVX]{2,})\b(?![-\u2013/]\d)")
# (after a preposition the part is a place in a text, "as stated on page 1", which the rules read already)
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|of|from|under|to|see|per|by|within|throughout)\s+$", re.IGNORECASE)
_NUMBERED_PART_WORDS = frozenset("""clause clauses section sections appendix appendices annex annexe annexes
schedule schedules part parts paragraph paragraphs page pages article articles chapter chapters""".split())


def _numbered_parts(norm: str, index: list[int], words: set[str]) -> tuple[str, list[int]]:
    """`norm` with each numbered part of a text (_NUMBERED_PART) written as a determined text noun."""
    if _NUMBERED_PART_WORDS.isdisjoint(words):
        return norm, index
    # (a determiner written before the part stays; one is put in where none is)
    return _stood_in(norm, index, [(m.end("det"), m.end(), _ROLE_STAND_IN) if m.group("det")
                                   else (m.start(), m.end(), "the " + _ROLE_STAND_IN)
                                   for m in _NUMBERED_PART.finditer(norm)
                                   if not _PLACE_BEFORE.search(norm, max(0, m.start() - 12), m.start())])


def _stood_in(norm: str, index: list[int], spans: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """`norm` with each span (in order, not overlapping) written as its stand-in, `index` kept so that each
    character of a stand-in maps into the words it stands for."""
    if not spans:
        return norm, index
    out, out_index, last = [], [], 0
    for s, e, stand_in in spans:
        out.append(norm[last:s] + stand_in)
        out_index.extend(index[last:s])
        out_index.extend(index[min(s + i * (e - s) // len(stand_in), e - 1)] for i in range(len(stand_in)))
        last = e
    out.append(norm[last:])
    out_index.extend(index[last:])
    return "".join(out), out_index


# An answer that restates the question first ("You're asking how many beds the ward has. ...", "If I
# read you right, you want the kick-off time."): what it restates stands for the question when the
# item's own is not given (a closed class of verbs of asking and wanting, with "you" as subject)
_RESTATED = _c(r"^\W*(?:[^.?!]{0,40}?,\s*)?(?:you(?:'re|\s+are)\s+asking(?:\s+(?:about|for))?|you(?:'ve|\s+have)?\s+asked"
               r"(?:\s+(?:about|for))?|you(?:'d\s+like|\s+would\s+like|\s+want|'re\s+after|\s+are\s+after)(?:\s+to\s+know)?|"
               r"your\s+question\s+is(?:\s+about)?|the\s+question\s+(?:asks|is)(?:\s+about)?)\s+"
               r"(?P<question>[^.?!\u2014\u2013]+?)\s*(?:[.?!\u2014\u2013]|\s-\s)")


# A topic fronted before the clause, with a comma ("On the question of the insurance value, the loan
# agreement draws a blank") or, before a pronoun, without one ("..., but on the hoard's value it offers
# nothing"): the clause is read with the topic put back after it, as "on <topic>" (the prepositions of
# topic, a closed class)
_TOPIC_PREP = r"(?:on|as\s+to|as\s+for|as\s+regards|regarding|concerning|with\s+regard\s+to)"
_TOPIC = _c(rf"\W*(?:(?:but|and|yet)\s+)?{_TOPIC_PREP}\s+(?P<topic>[^,;:.!?]+?)\s*$")
_TOPIC_INLINE = _c(rf"\W*{_TOPIC_PREP}\s+(?P<topic>(?:[\w'-]+\s+){{1,8}}?)(?P<rest>(?:it|they)\s)")
# An object fronted before a pronoun subject whose negated verb ends the clause ("The cost per firing, though,
# it doesn't spell out", "the monthly fee for part livery it does not specify"): read as the plain clause,
# the object put back after the verb ("it doesn't spell out the cost per firing"), and judged as that is
# ("Dogs they do not allow" is "they do not allow dogs": content). The object is a run of words with no
# verb form of its own (_NP_BLOCK).
# So is the object of a pseudo-cleft on the negated verb: "What it doesn't detail is the medical form
# requirement" as "it doesn't detail the medical form requirement" ("what the policy doesn't cover is
# flood damage" stays content, as "the policy doesn't cover flood damage" does)
_NEG_PSEUDO_CLEFT = _c(rf"\W*(?:(?:but|and|yet)\s+)?what\s+(?P<rest>(?:it|they|{_TEXT_NP})\s+(?:do|does|did)(?:n't|\s+not)\s+"
                       rf"[a-z]+(?:\s+(?:out|down|up|on))?)\s+(?:is|are|was|were)\s+(?P<topic>[^.;!?]+?)\s*$")
_FRONTED_OBJECT = _c(rf"\W*(?:(?:but|and|yet)\s+)?(?P<topic>(?:(?!{_NP_BLOCK}\b)[\w'.\u00a3$-]+\s+){{1,8}}?)"
                     rf"(?P<rest>(?:it|they)\s+(?:do|does|did)(?:n't|\s+not)\s+[a-z]+(?:\s+(?:out|down|up|on))?)\s*$")


def _topic_refusal(text: str, a: int, b: int, prev: tuple[int, int] | None, has_text, question: str | None,
                   yes_no: bool) -> tuple[int, int] | None:
    """The refusal in the clause text[a:b] read with a fronted topic put back (see _TOPIC), or None."""
    start, topic = a, None           # (match() at a position: the patterns have no "^")
    if prev is not None and text[prev[1]:a].strip() == "," and (m := _TOPIC.match(text, prev[0], prev[1])):
        topic = m.group("topic")
    elif (m := _TOPIC_INLINE.match(text, a, b)):
        start, topic = m.start("rest"), m.group("topic").strip()
    elif ("n't" in (clause := text[a:b].lower()) or " not" in clause) and (
            (m := _FRONTED_OBJECT.match(text, a, b)) or (m := _NEG_PSEUDO_CLEFT.match(text, a, b))):
        start, topic = m.start("rest"), m.group("topic").strip()
        moved = text[:m.end("rest")] + " " + topic
        found = _clause_refusal(moved, start, len(moved), has_text, question, yes_no)
        return (found[0], min(found[1], b)) if found and found[0] < b else None
    if not topic:
        return None
    moved = text[:b] + " on " + topic
    found = _clause_refusal(moved, start, len(moved), has_text, question, yes_no)
    return (found[0], min(found[1], b)) if found and found[0] < b else None

# Litotes of praise or stress: the speaker "can't" do something "enough" ("I can't say enough good things
# about it", "we can't thank them enough", "I cannot recommend it highly enough") declines nothing;
# "enough" before information or a purpose ("I can't find enough detail to say") still declines.
# So is "can't say" denying a clause about the speaker's own feeling or doing ("Can't say I'm surprised",
# "I can't say I blame them"): a clause with "I"/"we" as subject after it, whose predicate is no verb of
# knowing, finding or telling ("I can't say I know when it opens" declines).
_LITOTES_PHRASE = _c(r"^(?:(?:i|we)\b.*\b)?(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+[a-z]+$")
_LITOTES_TAIL = _c(rf"^\s+(?:that\s+)?(?:i|we)(?:'m|'ve|\s+am|\s+was|\s+were|\s+have)?\s+(?!(?:been\s+)?(?:know|knew|known|sure|certain|"
                   rf"aware|able|recall|remember|tell|told|say|said|find|found|see|seen|saw|spot|spotted|read|noticed?)\b)"
                   rf"[a-z]+\b(?![^.;!?]*\b(?:{_TEXT})\b)|"
                   rf"^\s+(?:(?:that\s+)?(?:i|we)(?:'ve|'m|\s+have|\s+am)\b|(?:you|it|them|him|her|this|that|highly|strongly|too)\s+){{0,2}}enough\b"
                   rf"(?!\s+(?:{_INFO_MOD})?(?:{_INFO_NOUN}|to|of|in|on|from)\b)")



# Not knowing about a person, the addressee or the others (a closed class of pronouns), is a turn of
# talk that sets the speaker's view apart ("I don't know about you, but ..."), not a missing fact
_ABOUT_PERSON = _c(r"\s+about\s+(?:you|yourself|you\s+all|anyone\s+else|everyone\s+else|everybody\s+else|others|"
                   r"the\s+others|the\s+rest\s+of\s+you)\s*$")


def _irrealis_relay(lower: str, words: set[str]) -> bool:
    """Whether `lower` holds an irrealis condition on a text with the speaker's relaying (_IRREALIS_RELAY),
    the text named by its role too ("If the waiver listed a weight limit I'd quote it")."""
    return _IRREALIS_RELAY.search(lower) is not None or (
        not _ROLE_WORDS.isdisjoint(words)
        and _IRREALIS_RELAY.search(_role_texts(lower, list(range(len(lower))), words)[0]) is not None)


def find_abstention(text: str, extra: Iterable[str] = (), question: str | None = None) -> str | None:
    """The phrase by which the answer declines, or None. Curly apostrophes count as straight ones.

    `extra`: more phrasings (regexes, case-insensitive), e.g. `scoring.abstention_phrases`.
    `question`: the item's question, when known; a bare "That isn't covered." declines only when
    the question does not ask whether something is covered (see `_unheld`)."""
    extra_re = _extra(tuple(extra))
    if extra_re is not None:
        m = extra_re.search(text.replace("\u2019", "'").replace("\u2018", "'"))
        if m:
            return text[m.start():m.end()]
    lower = text.lower()
    words = set(_WORD.findall(lower))
    if "n't" not in lower and "n\u2019t" not in lower and not _TRIGGER_WORDS & words and not (
            not words.isdisjoint(("if", "were", "had", "supposing", "suppose", "assuming"))
            and not words.isdisjoint(("i", "we", "i'd", "we'd", "i\u2019d", "we\u2019d", "they'd", "it'd",
                                      "that'd", "they\u2019d", "it\u2019d", "that\u2019d"))
            and _irrealis_relay(lower.replace("\u2019", "'"), words)):
        return None
    norm, index = _normalise(text, not _NO_APOSTROPHE_OK.isdisjoint(words))
    norm, index = _role_texts(norm, index, words)
    norm, index = _numbered_parts(norm, index, words)

    def written(s: int, e: int) -> str:
        s, e = index[s], index[e - 1] + 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        return text[s:e]

    has_text = _Lazy(norm)
    yes_no = _YES_NO.match(norm) is not None
    if question is None and (restated := _RESTATED.match(norm)):
        question = restated.group("question")
    beside, listed, prev = None, _MARKDOWN_LINE.search(text) is not None, None
    for a, b in _clauses(norm):
        if norm.startswith("?", b):
            continue                     # a question, not a statement: "Not stated in the summary? It is: ..."
        found = _clause_refusal(norm, a, b, has_text, question, yes_no) \
            or _topic_refusal(norm, a, b, prev, has_text, question, yes_no)
        prev = (a, b)
        if found and _LITOTES_TAIL.match(norm[found[1]:b]) and _LITOTES_PHRASE.match(norm[found[0]:found[1]]):
            continue                     # "I can't say enough good things about the staff"
        if found and _ABOUT_PERSON.match(norm, found[1], b) and norm[found[0]:found[1]].lower().endswith("know"):
            continue                     # "I don't know about you, but I'd call 30 minutes quick"
        if found and _answered_after(norm[found[0]:found[1]], norm[found[1]:b], norm[b:]):
            continue                     # "doesn't say to unplug it - it says to switch it off"
        if found and (_detail_of_answer(norm[:found[0]], norm[found[1]:b], norm[b:])
                      or _reported_fact(norm[:a], norm[found[0]:found[1]])):
            continue                     # "The deadline is 5 May; it doesn't say what time, though"
        if found and _outside_question(norm[found[1]:]):
            continue                     # "... doesn't mention a child rate, but you only asked about adults"
        if found and beside is None and not listed and _answer_beside(norm, a, b):
            beside = found               # "The fee is £15, though the bill doesn't say ...": unless
            continue                     # another clause declines too
        if found:
            return written(*found)
    found = _other_shapes(norm, question) or _unheld(norm, question) or _stranded_refusal(norm, has_text, question) \
        or _asked_left_out(norm, question)
    if found and not (beside or _outside_question(norm[found[1]:]) or (not listed and _answer_beside(norm, *found))):
        return written(*found)
    found = _table_refusal(text) if "|" in text else None
    return text[found[0]:found[1]] if found else None


def is_abstention(text: str, extra: Iterable[str] = (), question: str | None = None) -> bool:
    return find_abstention(text, extra, question) is not None
