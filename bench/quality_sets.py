"""Verdict quality on labelled answers nobody tuned the rules to: per set, per class.

Sets (each reported on its own):
- `quality`: bench/quality/sets/* (documents far from GPUs; labels say right / wrong and why, by
  class), split by item into a `dev` half (rules were developed on it) and a `held` half (reported
  at the end only); round 2's three sets and round 3's three (written later, by other writers,
  without reading the rules) are reported apart;
- `halueval`: ../shared/datasets/halueval-qa-dev (HaluEval QA, external; wrong answers written by
  a chat model, right answers as a sentence or with the passage sentence), when present;
- `refusals`: bench/quality/refusals.jsonl (refusals and near-misses), by half;
- `refusals2`: bench/quality/refusals2.jsonl, a second set written later by another writer, after the
  rules of the first, by half; `refusals3`, a third (round 4, all held).

The answers carry no citation, so a pass here requires `correct` and `grounded` (not `cited`):
a wrong answer is judged wrong when it does not pass, a right one when it does.

    python bench/quality_sets.py [--half dev|held|all] [--sets quality,halueval,refusals] [--no-embeddings] [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit import load_target  # noqa: E402
from evalkit.scoring import build_context, score_items  # noqa: E402
from evalkit.scoring.abstention import find_abstention  # noqa: E402

QUALITY = ROOT / "bench" / "quality"
HALUEVAL = ROOT.parent / "shared" / "datasets" / "halueval-qa-dev"
CONTENT_PASS = ("correct", "grounded")   # the answers cite nothing: attribution is not judged here


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _target(suite: Path, embeddings: bool):
    target = load_target(suite)
    scoring = target.config.scoring.model_copy(update={"pass_requires": CONTENT_PASS, "embeddings": embeddings})
    return target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})


def _score(suite: Path, answers: list[dict], embeddings: bool) -> list:
    target = _target(suite, embeddings)
    context = build_context(target)
    return score_items(context, [(target.suite.item(a["id"]), a["output"]) for a in answers])


class Tally:
    """Right/wrong verdicts against labels, overall and per class."""

    def __init__(self) -> None:
        self.classes: dict[str, Counter] = defaultdict(Counter)
        self.misses: list[tuple[str, str, str]] = []

    def add(self, cls: str, should_pass: bool, passed: bool, where: str, why: str) -> None:
        kind = "right" if should_pass else "wrong"
        ok = passed == should_pass
        self.classes[f"{kind}:{cls}"]["n"] += 1
        self.classes[f"{kind}:{cls}"]["ok"] += ok
        if not ok:
            self.misses.append((f"{kind}:{cls}", where, why))

    def totals(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = {"wrong": [0, 0], "right": [0, 0]}
        for key, c in self.classes.items():
            kind = key.split(":", 1)[0]
            out[kind][0] += c["ok"]
            out[kind][1] += c["n"]
        return {k: (v[0], v[1]) for k, v in out.items()}

    def print(self, title: str, show: int) -> dict:
        t = self.totals()
        wrong_ok, wrong_n = t["wrong"]
        right_ok, right_n = t["right"]
        print(f"\n{title}")
        print(f"  wrong answers judged wrong: {wrong_ok}/{wrong_n} = {_pct(wrong_ok, wrong_n)}")
        print(f"  right answers failed:       {right_n - right_ok}/{right_n} = {_pct(right_n - right_ok, right_n)}")
        print(f"  {'class':<34}{'n':>5}{'as labelled':>13}")
        for key in sorted(self.classes):
            c = self.classes[key]
            print(f"  {key:<34}{c['n']:>5}{c['ok']:>8} ({_pct(c['ok'], c['n'])})")
        for cls, where, why in self.misses[:show]:
            print(f"    miss {cls}: {where}: {why}")
        return {"wrong_judged_wrong": [wrong_ok, wrong_n], "right_failed": [right_n - right_ok, right_n],
                "classes": {k: dict(v) for k, v in self.classes.items()}}


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.1f}%" if n else "–"


# Each round's sets, written by other writers after the previous round's rules, reported apart so
# that each round's figures stay comparable.
ROUNDS = {"round 2": ("thermostat", "leave-policy", "trial-summary"),
          "round 3": ("recycling", "api-service", "travel-insurance"),
          # written at the end of round 3, all held: measured once with that round's final rules, then dev
          "round 4": ("ebike-manual", "expense-policy", "vaccine-trial"),
          # written at the start of round 4 by other writers, all held: measured at the start and the
          # end of round 4, then dev
          "round 5": ("tenancy", "rail-carriage", "crop-bulletin"),
          # written in round 4 by three more writers, all dev: two thirds right answers in many styles
          "round 6": ("leisure-centre", "release-notes", "vet-aftercare"),
          # written at the start of round 5 by three more writers, all held: measured at the start and
          # the end of round 5, then dev (round 6)
          "round 7": ("drone-operations", "exam-regulations", "savings-account"),
          # written in round 5 by three more writers, all dev (fresh development data)
          "round 8": ("appliance-warranty", "school-trips", "water-quality"),
          # written at the start of round 6 by three more writers, all held: measured at the start and
          # the end of round 6, then dev (round 7)
          "round 9": ("library-lending", "town-history", "marathon-entry"),
          # written at the start of round 7 by three more writers, all held: measured at the start and
          # the end of round 7, then dev (round 8)
          "round 10": ("council-minutes", "art-loan", "orchestra-audition"),
          # written at the start of round 8 by three more writers, all held: measured at the start and
          # the end of round 8, then dev (round 9)
          "round 11": ("grant-call", "ferry-terms", "incident-review"),
          # written at the start of round 9 by four more writers, all held: measured at the start and
          # the end of round 9, then dev (round 10)
          "round 12": ("medicine-leaflet", "netball-league", "espresso-review", "chef-profile"),
          # written at the start of round 10 by four more writers, all held: measured at the start and
          # the end of round 10, then dev (round 11)
          "round 13": ("beekeeping-course", "dig-report", "cycling-tour", "earnings-release"),
          # written at the start of round 11 by four more writers, all held: measured at the start and
          # the end of round 11, then dev (round 12)
          "round 14": ("theatre-programme", "home-survey", "tribunal-ruling", "sailing-regatta"),
          # written at the start of round 12 by four more writers, all held: measured at the start and
          # the end of round 12, then dev (round 13)
          "round 15": ("mountain-rescue", "wine-harvest", "bird-survey", "venue-hire"),
          # written at the start of round 13 by five more writers, all held: measured at the start and
          # the end of round 13, then dev (round 14)
          "round 16": ("planning-decision", "fishing-quota", "solar-quote", "chess-congress",
                       "hygiene-inspection"),
          # written at the start of round 14 by five more writers, all held: measured at the start and
          # the end of round 14, then dev (round 15)
          "round 17": ("university-module", "vehicle-recall", "boiler-service", "livery-yard", "choir-tour"),
          # written at the start of round 15 by five more writers, all held: measured at the start and
          # the end of round 15, then dev (round 16)
          "round 18": ("forklift-procedure", "flood-claim", "ski-school", "software-licence", "shipwreck-survey"),
          # written at the start of round 16 by five more writers, all held: measured at the start and
          # the end of round 16, then dev (round 17)
          "round 19": ("brewery-batch", "bus-service-change", "clinical-referral", "nursery-handbook",
                       "data-breach-notice"),
          # written at the start of round 17 by five more writers, all held: measured at the start and
          # the end of round 17, then dev (round 18)
          "round 20": ("aircraft-maintenance", "greenhouse-irrigation", "esports-tournament", "mortgage-offer",
                       "bridge-inspection"),
          # written at the start of round 18 by five more writers, all held: measured at the start and
          # the end of round 18, then dev (round 19)
          "round 21": ("wind-farm-noise", "school-admissions", "car-hire-agreement", "zoo-animal-transfer",
                       "harbour-berthing"),
          # written at the start of round 19 by five more writers, all held: measured at the start and
          # the end of round 19, then dev (round 20)
          "round 22": ("water-mains-works", "apprenticeship-agreement", "festival-traders", "racecourse-stewards",
                       "fire-drill-report"),
          # written at the start of round 20 by five more writers, all held: measured at the start and
          # the end of round 20, then dev (round 21)
          "round 23": ("dental-treatment-plan", "jury-summons", "pest-control-survey", "canal-stoppage",
                       "piano-restoration"),
          # written at the start of round 21 by five more writers, all held: measured at the start and
          # the end of round 21, then dev (round 22)
          "round 24": ("allotment-society", "removals-quote", "hearing-assessment", "scout-camp",
                       "pension-statement"),
          # written at the start of round 22 by five more writers, all held: measured at the start and
          # the end of round 22, then dev (round 23)
          "round 25": ("care-home-admission", "book-contract", "broadband-contract", "lift-maintenance",
                       "golf-club-membership"),
          # written at the start of round 23 by three more writers, all held: measured at the start
          # and the end of round 23, then dev (round 24)
          "round 26": ("funeral-arrangement", "translation-job", "cold-storage-audit"),
          # written at the start of round 24 by four more writers, all held: measured at the start
          # and the end of round 24, then dev (round 25)
          "round 27": ("hackathon-rules", "museum-volunteer", "kitchen-installation", "parking-permit"),
          # written at the start of round 25 by four more writers, all held: measured at the start
          # and the end of round 25, then dev (round 26)
          "round 28": ("hotel-group-booking", "wedding-photography", "driving-lessons", "lab-sample-handling"),
          # written at the start of round 26 by four more writers, all held: measured at the start
          # and the end of round 26, then dev (round 27)
          "round 29": ("yacht-charter", "warehouse-lease", "physio-programme", "film-location-permit"),
          # written at the start of round 27 by four more writers, all held: measured at the start
          # and the end of round 27, then dev (round 28)
          "round 30": ("family-mediation", "asbestos-survey", "bike-share", "conference-speaker"),
          # written at the start of round 28 by four more writers, all held: measured at the start
          # and the end of round 28, then dev (round 29)
          "round 31": ("student-halls", "tree-surgery", "coworking-membership", "blood-donation"),
          # written at the start of round 29 by four more writers, all held: measured at the start
          # and the end of round 29, then dev (round 30)
          "round 32": ("roofing-guarantee", "language-school", "freight-claim", "hospice-volunteer"),
          # written at the start of round 30 by four more writers, all held: measured at the start
          # and the end of round 30, then dev (round 31)
          "round 33": ("kennel-boarding", "bakery-wholesale", "stained-glass-conservation",
                       "soil-contamination"),
          # written at the start of round 31 by four more writers, all held: measured at the start
          # and the end of round 31, then dev (round 32)
          "round 34": ("crane-hire", "pottery-studio", "archive-research", "cemetery-regulations"),
          # written in round 32 by four more writers, all held: measured at the start and the end
          # of round 32, then dev (round 33)
          "round 35": ("balloon-flights", "water-abstraction", "tattoo-studio", "livestock-auction"),
          # written in round 33 by six more writers, all held: measured at the start and the end
          # of round 33, then dev (round 34)
          "round 36": ("climbing-wall", "tutoring-agency", "observatory-visits", "grain-store",
                       "scrap-metal-yard", "escape-room"),
          # written in round 34 by eight more writers, all held: measured at the start and the end
          # of round 34, then dev (round 35)
          "round 37": ("taxi-licensing", "self-storage", "print-shop", "repeat-prescriptions", "bowls-club",
                       "dry-cleaning", "window-cleaning", "campsite"),
          # written in round 35 by six more writers, all held: measured at the start and the end
          # of round 35, then dev (round 36)
          "round 38": ("pet-sitting", "loft-conversion", "community-radio", "music-exams",
                       "swimming-lessons", "food-bank"),
          # written in round 36 by six more writers, all held: measured at the start and the end
          # of round 36, then dev (round 37)
          "round 39": ("boat-hire", "cider-press", "skip-hire", "tennis-coaching", "locksmith-callout",
                       "bridal-alterations"),
          # written in round 37 by six more writers, all held: measured at the start and the end
          # of round 37, then dev (round 38)
          "round 40": ("chimney-sweep", "veg-box", "ice-rink", "dog-grooming", "minibus-hire",
                       "karting-track"),
          # written in round 38 by six more writers, all held: measured at the start and the end
          # of round 38, then dev (round 39)
          "round 41": ("car-valeting", "bouncy-castle-hire", "archery-club", "optician", "laundrette",
                       "wedding-cake"),
          # written in round 39 by six more writers, all held: measured at the start and the end
          # of round 39, then dev (round 40)
          "round 42": ("paintball-site", "upholstery", "hot-tub-hire", "trampoline-park",
                       "butchers-orders", "sports-massage"),
          # written in round 40 by six more writers, all held: measured at the start and the end
          # of round 40, then dev (round 41)
          "round 43": ("holiday-cottage", "rowing-club", "carpet-cleaning", "pick-your-own",
                       "guitar-lessons", "window-blinds"),
          # written in round 41 by six more writers, all held: measured at the start and the end
          # of round 41, then dev (round 42)
          "round 44": ("pilates-studio", "bike-repair", "garden-maintenance", "mobile-disco",
                       "campervan-hire", "cookery-school"),
          # written in round 42 by six more writers, all held: measured at the start and the end
          # of round 42, then dev (round 43)
          "round 45": ("axe-throwing", "mot-garage", "dance-school", "dive-centre", "childminder",
                       "riding-school"),
          # written in round 43 by six more writers, all held: measured at the start and the end
          # of round 43, then dev (round 44)
          "round 46": ("bowling-alley", "hair-salon", "soft-play", "car-boot-sale", "tyre-fitting",
                       "marquee-hire"),
          # written in round 44 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 44, then dev (round 45)
          "round 47": ("housing-repairs", "chemical-datasheet", "herd-health", "small-claims", "heat-network",
                       "furniture-returns"),
          # written in round 45 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 45, then dev (round 46)
          "round 48": ("research-ethics", "art-competition", "hardship-bursary", "hospital-visiting",
                       "lease-return", "crowdfunding"),
          # written in round 46 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 46, then dev (round 47)
          "round 49": ("bug-bounty", "property-auction", "pet-insurance", "calibration-certificate",
                       "allergen-menu", "beach-hut"),
          # written in round 47 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 47, then dev (round 48)
          "round 50": ("ev-charging", "milk-contract", "community-shares", "research-cruise",
                       "airport-lounge", "dog-show"),
          # written in round 48 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 48, then dev (round 49)
          "round 51": ("woodland-permit", "traffic-order", "payroll-service", "makerspace",
                       "student-exchange", "colocation"),
          # written in round 49 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 49, then dev (round 50)
          "round 52": ("funfair-licence", "travel-clinic", "tool-hire", "shearing-contract",
                       "bus-pass", "flying-school"),
          # written in round 50 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 50, then dev (round 51)
          "round 53": ("scaffold-licence", "instrument-loan", "mast-lease", "pitch-booking",
                       "home-care", "septic-tank"),
          # written in round 51 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 51, then dev (round 52)
          "round 54": ("street-party", "first-aid-course", "shopmobility", "photocopier-lease",
                       "grazing-licence", "caravan-storage"),
          # written in round 52 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 52, then dev (round 53)
          "round 55": ("snow-clearing", "stairlift-rental", "alarm-monitoring", "model-railway-show",
                       "vending-placement", "coach-holiday"),
          # written in round 53 by six more writers, each on another kind of document, all held: measured at the start and the end
          # of round 53, then dev (round 54)
          "round 56": ("wedding-cars", "street-trading", "bsl-interpreting", "fuel-cards",
                       "dry-stone-walling", "bell-tower"),
          # written in round 54 by six more writers, each on another kind of document, all held:
          # measured at the start and the end of round 54, then dev (round 55)
          "round 57": ("farrier-visits", "clock-maintenance", "verge-cutting", "lifeguard-cover",
                       "egg-supply", "magazine-adverts"),
          # written in round 55 by six more writers, each on another kind of document, all held;
          # the start rules of round 55 are the first to see them
          "round 58": ("organ-tuning", "bookbinding-repairs", "fleece-processing", "pipe-band-bookings",
                       "school-uniform-supply", "sheepdog-training")}


def quality(half: str, embeddings: bool, show: int, rounds: tuple[str, ...] = tuple(ROUNDS)) -> dict:
    out = {}
    for round_name in rounds:
        everything = Tally()
        names = [n for n in ROUNDS[round_name] if (QUALITY / "sets" / n / "answers.jsonl").is_file()]
        for name in names:
            set_dir = QUALITY / "sets" / name
            answers = [a for a in _lines(set_dir / "answers.jsonl") if half == "all" or a["half"] == half]
            results = _score(set_dir / "suite.yaml", answers, embeddings)
            tally = Tally()
            for a, r in zip(answers, results):
                should = a["label"]["verdict"] == "right"
                why = f"{a['output'][:90]!r} -> {'pass' if r.passed else r.first_reason()[:110]}"
                for t in (tally, everything):
                    t.add(a["class"], should, r.passed, a["answer_id"], why)
            out[name] = tally.print(f"quality/{name} ({half} half, {len(answers)} answers)", show)
        if names:
            out[round_name] = everything.print(f"quality, {round_name} sets: {', '.join(names)} ({half} half)", 0)
    return out


def halueval(embeddings: bool, show: int) -> dict | None:
    if not (HALUEVAL / "suite.yaml").is_file():
        print(f"\nhalueval: {HALUEVAL} not found, skipped")
        return None
    tally = Tally()
    for name, should in (("wrong-a", False), ("wrong-b", False), ("right-plain", True), ("right-grounded", True)):
        answers = _lines(HALUEVAL / f"{name}.jsonl")
        for a, r in zip(answers, _score(HALUEVAL / "suite.yaml", answers, embeddings)):
            tally.add(name, should, r.passed, a["id"], f"{a['output'][:90]!r} -> "
                                                       f"{'pass' if r.passed else r.first_reason()[:110]}")
    return tally.print("halueval-qa-dev (external, wrong answers by a chat model)", show)


# refusals3 and refusals4 were written in round 4 by two other writers: refusals3 held in round 4 (then
# dev), refusals4 all dev; refusals5 written at the start of round 5, held in round 5, dev since;
# refusals6 written at the start of round 6, all held
REFUSAL_FILES = ("refusals", "refusals2", "refusals3", "refusals4", "refusals5", "refusals6", "refusals7",
                 "refusals8", "refusals9", "refusals10", "refusals11", "refusals12", "refusals13",
                 "refusals14", "refusals15", "refusals16", "refusals17", "refusals18", "refusals19",
                 "refusals20", "refusals21", "refusals22", "refusals23", "refusals24", "refusals25",
                 "refusals26", "refusals27", "refusals28", "refusals29", "refusals30", "refusals31",
                 "refusals32", "refusals33", "refusals34",
                 "refusals35", "refusals36", "refusals37",
                 "refusals38", "refusals39", "refusals40",
                 "refusals41", "refusals42",
                 "refusals43", "refusals44",
                 "refusals45", "refusals46", "refusals47",
                 "refusals48", "refusals49", "refusals50", "refusals51", "refusals52", "refusals53",
                 "refusals54", "refusals55")


def refusals(half: str, show: int, name: str = "refusals") -> dict:
    rows = [r for r in _lines(QUALITY / f"{name}.jsonl") if half == "all" or r["half"] == half]
    c = Counter()
    misses = []
    for r in rows:
        said = find_abstention(r["text"]) is not None
        c[(r["refusal"], said)] += 1
        if said != r["refusal"]:
            misses.append(("missed refusal" if r["refusal"] else "false refusal", r["text"]))
    caught, refused = c[(True, True)], c[(True, True)] + c[(True, False)]
    false, plain = c[(False, True)], c[(False, True)] + c[(False, False)]
    print(f"\n{name} ({half} half): recognised {caught}/{refused} = {_pct(caught, refused)}; "
          f"false refusals {false}/{plain} = {_pct(false, plain)}")
    for kind, text in misses[:show]:
        print(f"    {kind}: {text!r}")
    return {"recognised": [caught, refused], "false_refusals": [false, plain]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=["dev", "held", "all"], default="held")
    ap.add_argument("--sets", default="quality,halueval," + ",".join(REFUSAL_FILES))
    ap.add_argument("--rounds", default=",".join(ROUNDS), help="quality sets of these rounds")
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the first N misses of each set")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    sets = set(args.sets.split(","))
    t0 = time.perf_counter()
    found: dict = {}
    if "quality" in sets:
        found["quality"] = quality(args.half, not args.no_embeddings, args.show,
                                   tuple(args.rounds.split(",")))
    if "halueval" in sets:
        found["halueval"] = halueval(not args.no_embeddings, args.show)
    for name in REFUSAL_FILES:
        if name in sets and (QUALITY / f"{name}.jsonl").is_file():
            found[name] = refusals(args.half, args.show, name)
    print(f"\n{time.perf_counter() - t0:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
