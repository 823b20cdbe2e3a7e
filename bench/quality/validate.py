"""Sanity checks for bench/quality (data only; does not import evalkit).

Run: python3 bench/quality/validate.py   (needs PyYAML)
"""
import collections
import json
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SETS = ["thermostat", "leave-policy", "trial-summary", "recycling", "api-service", "travel-insurance",
        "ebike-manual", "expense-policy", "vaccine-trial", "tenancy", "rail-carriage", "crop-bulletin",
        "leisure-centre", "release-notes", "vet-aftercare", "drone-operations", "exam-regulations",
        "savings-account", "appliance-warranty", "school-trips", "water-quality", "library-lending",
        "town-history", "marathon-entry", "council-minutes", "art-loan",
        "orchestra-audition", "grant-call", "ferry-terms", "incident-review",
        "medicine-leaflet", "netball-league", "espresso-review", "chef-profile",
        "beekeeping-course", "dig-report", "cycling-tour", "earnings-release",
        "theatre-programme", "home-survey", "tribunal-ruling", "sailing-regatta",
        "mountain-rescue", "wine-harvest", "bird-survey", "venue-hire",
        "planning-decision", "fishing-quota", "solar-quote", "chess-congress", "hygiene-inspection",
        "university-module", "vehicle-recall", "boiler-service", "livery-yard", "choir-tour",
        "forklift-procedure", "flood-claim", "ski-school", "software-licence", "shipwreck-survey",
        "brewery-batch", "bus-service-change", "clinical-referral", "nursery-handbook", "data-breach-notice",
        "aircraft-maintenance", "greenhouse-irrigation", "esports-tournament", "mortgage-offer", "bridge-inspection",
        "wind-farm-noise", "school-admissions", "car-hire-agreement", "zoo-animal-transfer", "harbour-berthing",
        "water-mains-works", "apprenticeship-agreement", "festival-traders", "racecourse-stewards",
        "fire-drill-report",
        "dental-treatment-plan", "jury-summons", "pest-control-survey", "canal-stoppage", "piano-restoration",
        "allotment-society", "removals-quote", "hearing-assessment", "scout-camp", "pension-statement",
        "care-home-admission", "book-contract", "broadband-contract", "lift-maintenance", "golf-club-membership",
        "funeral-arrangement", "translation-job", "cold-storage-audit",
        "hackathon-rules", "museum-volunteer", "kitchen-installation", "parking-permit",
        "hotel-group-booking", "wedding-photography", "driving-lessons", "lab-sample-handling",
        "yacht-charter", "warehouse-lease", "physio-programme", "film-location-permit",
        "family-mediation", "asbestos-survey", "bike-share", "conference-speaker",
        "student-halls", "tree-surgery", "coworking-membership", "blood-donation",
        "roofing-guarantee", "language-school", "freight-claim", "hospice-volunteer",
        "kennel-boarding", "bakery-wholesale", "stained-glass-conservation", "soil-contamination",
        "crane-hire", "pottery-studio", "archive-research", "cemetery-regulations",
        "balloon-flights", "water-abstraction", "tattoo-studio", "livestock-auction",
        "climbing-wall", "tutoring-agency", "observatory-visits", "grain-store", "scrap-metal-yard",
        "escape-room",
        # round 37 (held)
        "taxi-licensing", "self-storage", "print-shop", "repeat-prescriptions", "bowls-club", "dry-cleaning",
        "window-cleaning", "campsite", "pet-sitting", "loft-conversion", "community-radio", "music-exams", "swimming-lessons", "food-bank",
        "boat-hire", "cider-press", "skip-hire", "tennis-coaching", "locksmith-callout", "bridal-alterations",
        "chimney-sweep", "veg-box", "ice-rink", "dog-grooming", "minibus-hire", "karting-track",
        "car-valeting", "bouncy-castle-hire", "archery-club", "optician", "laundrette", "wedding-cake",
        "paintball-site", "upholstery", "hot-tub-hire", "trampoline-park", "butchers-orders",
        "sports-massage", "holiday-cottage", "rowing-club", "carpet-cleaning", "pick-your-own",
        "guitar-lessons", "window-blinds",
        "pilates-studio", "bike-repair", "garden-maintenance", "mobile-disco", "campervan-hire",
        "cookery-school",
        "axe-throwing", "mot-garage", "dance-school", "dive-centre", "childminder", "riding-school",
        "bowling-alley", "hair-salon", "soft-play", "car-boot-sale", "tyre-fitting", "marquee-hire",
        "housing-repairs", "chemical-datasheet", "herd-health", "small-claims", "heat-network",
        "furniture-returns",
        "research-ethics", "art-competition", "hardship-bursary", "hospital-visiting", "lease-return",
        "crowdfunding",
        "bug-bounty", "property-auction", "pet-insurance", "calibration-certificate", "allergen-menu",
        "beach-hut",
        "ev-charging", "milk-contract", "community-shares", "research-cruise", "airport-lounge", "dog-show",
        "woodland-permit", "traffic-order", "payroll-service", "makerspace", "student-exchange", "colocation",
        "funfair-licence", "travel-clinic", "tool-hire", "shearing-contract", "bus-pass", "flying-school",
        "scaffold-licence", "instrument-loan", "mast-lease", "pitch-booking", "home-care", "septic-tank",
        "street-party", "first-aid-course", "shopmobility", "photocopier-lease", "grazing-licence", "caravan-storage",
        "snow-clearing", "stairlift-rental", "alarm-monitoring", "model-railway-show", "vending-placement", "coach-holiday",
        "wedding-cars", "street-trading", "bsl-interpreting", "fuel-cards", "dry-stone-walling", "bell-tower",
        "farrier-visits", "clock-maintenance", "verge-cutting", "lifeguard-cover", "egg-supply", "magazine-adverts",
        "organ-tuning", "bookbinding-repairs", "fleece-processing", "pipe-band-bookings", "school-uniform-supply",
        "sheepdog-training"]
REFUSAL_FILES = ["refusals.jsonl", "refusals2.jsonl", "refusals3.jsonl", "refusals4.jsonl",
                 "refusals5.jsonl", "refusals6.jsonl", "refusals7.jsonl",
                 "refusals8.jsonl", "refusals9.jsonl",
                 "refusals10.jsonl", "refusals11.jsonl", "refusals12.jsonl",
                 "refusals13.jsonl", "refusals14.jsonl", "refusals15.jsonl", "refusals16.jsonl",
                 "refusals17.jsonl", "refusals18.jsonl", "refusals19.jsonl", "refusals20.jsonl",
                 "refusals21.jsonl", "refusals22.jsonl", "refusals23.jsonl", "refusals24.jsonl",
                 "refusals25.jsonl", "refusals26.jsonl", "refusals27.jsonl", "refusals28.jsonl",
                 "refusals29.jsonl", "refusals30.jsonl", "refusals31.jsonl", "refusals32.jsonl",
                 "refusals33.jsonl", "refusals34.jsonl",
                 "refusals35.jsonl", "refusals36.jsonl", "refusals37.jsonl",
                 "refusals38.jsonl", "refusals39.jsonl", "refusals40.jsonl",
                 "refusals41.jsonl", "refusals42.jsonl",
                 "refusals43.jsonl", "refusals44.jsonl",
                 "refusals45.jsonl", "refusals46.jsonl", "refusals47.jsonl",
                 "refusals48.jsonl", "refusals49.jsonl", "refusals50.jsonl", "refusals51.jsonl", "refusals52.jsonl", "refusals53.jsonl",
                 "refusals54.jsonl", "refusals55.jsonl"]
RIGHT = {"paraphrase", "reordered", "abbreviation", "expanded", "number_words", "unit_conversion",
         "extra_true_detail", "verbose", "short", "refusal"}
WRONG = {"wrong_number", "misbound_number", "wrong_name", "role_swap", "polarity_flip", "direction_flip",
         "wrong_choice", "yes_no_flip", "attribute_swap", "evasive", "fabricated_detail",
         "answered_unanswerable", "refusal_on_answerable"}


def main() -> int:
    errors = []
    for name in SETS:
        d = HERE / "sets" / name
        suite = yaml.safe_load((d / "suite.yaml").read_text())
        docs = {doc["id"] for doc in suite["documents"]}
        for doc in suite["documents"]:
            if not (d / doc["path"]).is_file():
                errors.append(f"{name}: missing document {doc['path']}")
        items = {it["id"]: it for it in suite["items"]}
        if len(items) != len(suite["items"]):
            errors.append(f"{name}: duplicate item ids")
        for it in suite["items"]:
            if it.get("answerable", True):
                if not it.get("answer") or it.get("source") not in docs:
                    errors.append(f"{name}/{it['id']}: answerable item needs answer and a known source")
            elif "answer" in it:
                errors.append(f"{name}/{it['id']}: unanswerable item has an answer")
        halves, seen, answered = {}, set(), set()
        for n, line in enumerate((d / "answers.jsonl").read_text().splitlines(), 1):
            row = json.loads(line)
            iid, cls, lab = row["id"], row["class"], row["label"]
            where = f"{name}:{n} {row.get('answer_id')}"
            if iid not in items:
                errors.append(f"{where}: unknown item id")
                continue
            answered.add(iid)
            if row["answer_id"] in seen:
                errors.append(f"{where}: duplicate answer_id")
            seen.add(row["answer_id"])
            if not row["answer_id"].startswith(iid + "/" + cls):
                errors.append(f"{where}: answer_id does not match id/class")
            if halves.setdefault(iid, row["half"]) != row["half"] or row["half"] not in ("dev", "held"):
                errors.append(f"{where}: half differs within the item")
            if cls not in RIGHT | WRONG:
                errors.append(f"{where}: unknown class {cls}")
            answerable = items[iid].get("answerable", True)
            expect = "right" if cls in RIGHT else "wrong"
            if lab["verdict"] != expect:
                errors.append(f"{where}: verdict {lab['verdict']} but class {cls}")
            if answerable:
                ok = lab["correct"] and not lab["hallucinated"] and not lab["abstained"]
                if ok != (lab["verdict"] == "right"):
                    errors.append(f"{where}: verdict inconsistent with flags")
            else:
                if lab["correct"] is not None:
                    errors.append(f"{where}: correct must be null on unanswerable items")
                if (lab["abstained"] and not lab["hallucinated"]) != (lab["verdict"] == "right"):
                    errors.append(f"{where}: verdict inconsistent with flags")
        for iid in items:
            if iid not in answered:
                errors.append(f"{name}/{iid}: no labelled answers")
    for file in REFUSAL_FILES:
        for n, line in enumerate((HERE / file).read_text().splitlines(), 1):
            row = json.loads(line)
            if not isinstance(row["text"], str) or not isinstance(row["refusal"], bool) or row["half"] not in ("dev", "held"):
                errors.append(f"{file}:{n}: bad row")
    for e in errors:
        print("ERROR", e)
    print("ok" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def counts() -> None:
    """Print the count tables pasted into README.md."""
    for name in SETS:
        rows = [json.loads(l) for l in (HERE / "sets" / name / "answers.jsonl").read_text().splitlines()]
        items = yaml.safe_load((HERE / "sets" / name / "suite.yaml").read_text())["items"]
        c = collections.Counter((r["class"], r["half"]) for r in rows)
        kinds = collections.Counter(("refusal" if r["label"]["abstained"] else r["label"]["verdict"], r["half"]) for r in rows)
        n_un = sum(1 for it in items if it.get("answerable") is False)
        print(f"\n### {name}: {len(items)} items ({len(items) - n_un} answerable, {n_un} unanswerable), {len(rows)} answers\n")
        print("| class | verdict | dev | held | total |\n|---|---|---:|---:|---:|")
        for cls in sorted({r["class"] for r in rows}, key=lambda k: (k in RIGHT, k)):
            v = "right" if cls in RIGHT else "wrong"
            print(f"| {cls} | {v} | {c[cls, 'dev']} | {c[cls, 'held']} | {c[cls, 'dev'] + c[cls, 'held']} |")
        for k, text in (("wrong", "all wrong, not abstained"), ("right", "all right, not abstained"),
                        ("refusal", "all abstained (refusal = right, refusal_on_answerable = wrong)")):
            print(f"| *{text}* | | {kinds[k, 'dev']} | {kinds[k, 'held']} | {kinds[k, 'dev'] + kinds[k, 'held']} |")
    for file in REFUSAL_FILES:
        rows = [json.loads(l) for l in (HERE / file).read_text().splitlines()]
        c = collections.Counter((r["refusal"], r["half"]) for r in rows)
        print(f"\n### {file}\n\n| refusal | dev | held | total |\n|---|---:|---:|---:|")
        for v in (True, False):
            print(f"| {str(v).lower()} | {c[v, 'dev']} | {c[v, 'held']} | {c[v, 'dev'] + c[v, 'held']} |")


if __name__ == "__main__":
    if sys.argv[1:] == ["--counts"]:
        counts()
        sys.exit(0)
    sys.exit(main())
