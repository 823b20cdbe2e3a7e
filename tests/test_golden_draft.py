"""`evalkit golden draft` and `review`: drafting from documents, verification, located errors on bad
documents, atomic writing that keeps reviewed items, and a review driven without a terminal."""
from __future__ import annotations

import json
import os
import stat
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from evalkit.cli import app
from evalkit.golden.candidate import Candidate
from evalkit.golden.draft import DraftOptions, draft_suite, load_documents
from evalkit.golden.verify import verify
from evalkit.suite import load_suite

ROOT = Path(__file__).resolve().parents[1]
GPU_DOCS = ROOT / "golden" / "gpu-supply" / "docs"
runner = CliRunner()

# a document that is not about GPUs: a (fictional) town's water utility
WATER = textwrap.dedent("""\
    # Riverton Water Utility Annual Report

    ## Supply

    The Riverton Water Utility serves 48,000 households across three districts. The main reservoir, Lake Ashford,
    holds 12 million cubic metres of water when full. In 2022 the utility delivered 9.4 million cubic metres,
    a drop of 3% compared with 2021.

    The North Treatment Plant was opened in 1987 and processes 60,000 cubic metres per day. The South Treatment
    Plant is smaller than the North Treatment Plant and processes 25,000 cubic metres per day.

    ## Definitions

    Non-revenue water (NRW) is water that is treated but lost before it reaches a customer. Riverton's NRW
    stood at 14% in 2022. A district metered area (DMA) is a section of the network whose inflow is measured.

    ## Costs and prices

    Prices rose by 6% in January 2023 due to higher electricity costs at the pumping stations. The utility
    spent $4.2 million on pipe replacement in 2022, renewing 18 kilometres of mains. The Eastside pumping
    station uses 2.1 GWh of electricity a year. The Westside pumping station uses 1.3 GWh of electricity a year.

    ## Quality

    Water from the R200 filter line meets the national standard for turbidity. The R300 filter line was
    installed in 2019 and handles 40% of the North plant's flow. Lead pipes remain in 1,200 homes because
    replacement requires access to private property.
    """)


def test_gpu_supply_extractive_meets_the_bar():
    docs = load_documents([GPU_DOCS])
    data, report = draft_suite(docs, DraftOptions(name="gpu-draft"))
    answerable = [i for i in data["items"] if i.get("answerable", True)]
    decoys = [i for i in data["items"] if i.get("answerable") is False]
    assert len(answerable) >= 60 and len(decoys) >= 8, report.lines()
    assert all(i["status"] == "draft" and i["quote"] for i in data["items"])
    # every kept reference passes verification again, from scratch: none unsupported by its source
    kept = [c for c in report.candidates if not c.rejected]
    again = [Candidate(c.kind, c.question, c.answer, c.doc_id, c.quote, asked=c.asked, attribute=c.attribute)
             for c in kept if c.answerable]
    verify(again, docs, frozenset())
    assert sum(c.rejected in (None, "duplicate") for c in again) >= 0.9 * len(again)
    assert not [c for c in again if c.rejected == "unsupported"]
    kinds = {i["tags"][0] for i in answerable}
    assert {"fact", "definition", "cause"} <= kinds
    assert any(i["split"] == "heldout" for i in answerable) and any(i.get("paraphrases") for i in answerable)


def test_cli_draft_writes_a_valid_suite_and_validate_counts_drafts(tmp_path):
    out = tmp_path / "gpu" / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(GPU_DOCS), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "drafted" in res.output and "kept" in res.output
    assert (tmp_path / "gpu" / "docs" / "cowos-hbm.md").is_file()  # documents copied next to the suite
    res = runner.invoke(app, ["validate", str(out)])
    assert res.exit_code == 0, res.output
    assert "drafts to review" in res.output


def test_a_new_document_gives_a_usable_draft(tmp_path):
    doc = tmp_path / "water" / "report.md"
    doc.parent.mkdir()
    doc.write_text(WATER)
    out = tmp_path / "water" / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--heldout", "0"])
    assert res.exit_code == 0, res.output
    suite = load_suite(out)
    assert suite.documents[0].path == "report.md"  # a Markdown file inside the folder is named in place
    qa = {i.question: i.answer for i in suite.items if i.answerable}
    assert len(qa) >= 10, qa
    assert "What does NRW stand for?" in qa
    assert any("how many households" in q for q in qa)
    assert any(q.startswith("Why") for q in qa)
    assert any(not i.answerable for i in suite.items)  # a decoy: R200 <-> R300


def test_html_and_pdf_documents(tmp_path):
    pytest.importorskip("pypdf")  # pinned in requirements.lock; setup.sh installs it
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>Riverton water</title><style>p{}</style></head><body><h1>Supply</h1>"
                    "<p>The Riverton Water Utility serves 48,000 households across three districts.</p>"
                    "<script>var x = 1;</script><p>The North Treatment Plant was opened in 1987 and processes "
                    "60,000 cubic metres per day.</p></body></html>")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(_pdf("The Riverton Water Utility serves 48,000 households across three districts. "
                         "The North Treatment Plant was opened in 1987 and processes 60,000 cubic metres per day."))
    docs = load_documents([html, pdf])
    assert docs[0].title == "Riverton water" and "var x" not in docs[0].text and "# Supply" in docs[0].text
    assert "48,000 households" in docs[1].text
    out = tmp_path / "s" / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(html), str(pdf), "--out", str(out)])
    assert res.exit_code == 0, res.output
    suite = load_suite(out)
    assert {d.path for d in suite.documents} == {"docs/page.md", "docs/report.md"}


@pytest.mark.parametrize("name,content,message", [
    ("empty.md", b"", "has no text to draft from"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "is a binary file"),
    ("broken.pdf", b"%PDF-1.4\n garbage \x00\x01 not a pdf", "unreadable PDF"),
    ("scan.pdf", None, "no extractable text"),
    ("latin1.md", "caf\xe9 au lait ".encode("latin-1") * 20, "not UTF-8"),
    ("image.png", b"\x89PNG\r\n", "unsupported document type"),
])
def test_bad_documents_are_located_errors(tmp_path, name, content, message):
    if name.endswith(".pdf"):
        pytest.importorskip("pypdf")
    path = tmp_path / name
    path.write_bytes(_pdf("") if content is None else content)
    res = runner.invoke(app, ["golden", "draft", str(path), "--out", str(tmp_path / "o" / "suite.yaml")])
    assert res.exit_code == 2, res.output
    assert str(path) in res.output and message in res.output
    assert not (tmp_path / "o" / "suite.yaml").exists()


def test_huge_document_is_refused(tmp_path, monkeypatch):
    from evalkit.golden import documents

    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.md"
    path.write_text("Words of a long document go on here. " * 100)
    res = runner.invoke(app, ["golden", "draft", str(path), "--out", str(tmp_path / "suite.yaml")])
    assert res.exit_code == 2 and "larger than" in res.output and str(path) in res.output


def test_never_overwrites_reviewed_items_without_force(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    assert runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out)]).exit_code == 0
    # a second draft over drafts only is fine
    assert runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out)]).exit_code == 0
    data = yaml.safe_load(out.read_text())
    data["items"][0]["status"] = "accepted"
    out.write_text(yaml.safe_dump(data, sort_keys=False))
    before = out.read_text()
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out)])
    assert res.exit_code == 2 and "reviewed or hand-written" in res.output and "--force" in res.output
    assert out.read_text() == before
    assert runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--force"]).exit_code == 0
    assert "status: accepted" not in out.read_text()


def test_verification_rejects_unsupported_misquoted_and_self_answering(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    docs = load_documents([doc])
    quote = "The Riverton Water Utility serves 48,000 households across three districts."
    cands = [
        Candidate("fact", "How many households does the utility serve?", "It serves 52,000 households.",
                  "report", quote, asked="52,000 households"),
        Candidate("fact", "How many households does the utility serve?", "It serves 48,000 households.",
                  "report", "The utility serves everyone in the county.", asked="48,000 households"),
        Candidate("fact", "Does the utility serve 48,000 households?", "The utility serves 48,000 households.",
                  "report", quote, asked="48,000 households"),
        Candidate("fact", "The Riverton Water Utility serves how many households across three districts?",
                  "The Riverton Water Utility serves 48,000 households across three districts.", "report", quote,
                  asked="48,000 households", info=2.0),
        Candidate("fact", "The Riverton Water Utility serves how many households across the three districts?",
                  "The Riverton Water Utility serves 48,000 households across three districts.", "report", quote,
                  asked="48,000 households", info=1.0),
        Candidate("decoy", "When was the South Treatment Plant opened?", None, "report", quote,
                  asked="South Treatment Plant", attribute="1987"),
        Candidate("decoy", "When was the North Treatment Plant opened?", None, "report", quote,
                  asked="North Treatment Plant", attribute="1987"),
    ]
    verify(cands, docs, frozenset())
    assert [c.rejected for c in cands] == ["unsupported", "quote", "contains-answer", None, "duplicate", None,
                                           "answered"]
    assert "52,000" in cands[0].detail
    assert cands[4].question in cands[3].paraphrases


def test_kinds_items_and_mix_options(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--kinds", "definition",
                              "--items", "2"])
    assert res.exit_code == 0, res.output
    suite = load_suite(out)
    assert len(suite.items) == 2 and all("definition" in i.tags for i in suite.items)
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--kinds", "fact,nonsense"])
    assert res.exit_code == 2 and "nonsense" in res.output
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--mix", "fact=x"])
    assert res.exit_code == 2


# --- review -------------------------------------------------------------------------------------

def _editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_review_accept_edit_reject_skip_and_resume(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    assert runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--items", "4", "--decoys", "0"]
                         ).exit_code == 0
    first = load_suite(out).items
    # the editor rewrites the question of the item it is given
    editor = _editor(tmp_path, "sed -i 's/^question: .*/question: Edited question?/' \"$1\"")
    res = runner.invoke(app, ["golden", "review", str(out)], input="a\ne\nr\nq\n", env={"EDITOR": editor})
    assert res.exit_code == 0, res.output
    assert "accepted 2 (1 edited), rejected 1, skipped 0; 1 drafts left" in res.output
    suite = load_suite(out)
    assert [i.status for i in suite.items] == ["accepted", "accepted", "rejected", "draft"]
    assert suite.items[1].question == "Edited question?" and suite.items[0].question == first[0].question
    # resumable: the next review starts at the draft left
    res = runner.invoke(app, ["golden", "review", str(out)], input="s\n", env={"EDITOR": editor})
    assert "draft 1 of 1" in res.output and "1 drafts left" in res.output
    # score uses the accepted items only unless --include-drafts
    outputs = tmp_path / "o.jsonl"
    outputs.write_text("".join(json.dumps({"id": i.id, "output": "no idea"}) + "\n" for i in suite.items))
    res_json = tmp_path / "r.json"
    runner.invoke(app, ["score", str(out), "-o", str(outputs), "--json", str(res_json), "-q"])
    assert [i["id"] for i in json.loads(res_json.read_text())["items"]] == [i.id for i in suite.items[:2]]


def test_review_edit_that_breaks_the_item_is_not_saved(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--items", "2", "--decoys", "0"])
    before = out.read_text()
    editor = _editor(tmp_path, "sed -i 's/^source: .*/source: nowhere/' \"$1\"")
    res = runner.invoke(app, ["golden", "review", str(out)], input="e\nq\n", env={"EDITOR": editor})
    assert res.exit_code == 0, res.output
    assert "not saved" in res.output and "unknown source 'nowhere'" in res.output
    assert out.read_text() == before


def test_review_of_a_broken_file_is_a_located_error(tmp_path):
    bad = tmp_path / "suite.yaml"
    bad.write_text("name: x\nitems: [\n")
    res = runner.invoke(app, ["golden", "review", str(bad)], input="a\n")
    assert res.exit_code == 2 and str(bad) in res.output


# --- a minimal PDF with one page of text (or none) --------------------------------------------------

def _pdf(text: str) -> bytes:
    stream = (f"BT /F1 10 Tf 20 700 Td ({text}) Tj ET" if text else "").encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2000 800] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out
