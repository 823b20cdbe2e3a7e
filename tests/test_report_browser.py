"""The HTML report in a real browser: headless Chromium (Debian's) driven by Playwright.

Opens the report of a run scored from the golden replays, checks the overview, filters, search,
hover and expand, printing, and that hostile model output runs nothing. Screenshots are saved
next to the test's output and copied to $EVALKIT_SCREENSHOT_DIR when it is set.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from evalkit.report import load_run, render_html
from evalkit.report.verdicts import verdict_tags
from tests.browser.support import (PAYLOADS, REPLAY_RUN, SEED_RUN, _scored, browser_missing, keep_screenshot,
                                   launch, make_analysed_run, make_run, poison)

pytestmark = pytest.mark.skipif(browser_missing() is not None, reason=browser_missing() or "")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, java_script_enabled=True)
    pg = context.new_page()
    pg.errors, pg.dialogs = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    # the report must not reach the network: any request other than the file itself fails the test
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = make_run(tmp_path_factory.mktemp("browser") / "run", REPLAY_RUN, extras=True)
    path = root / "report.html"
    path.write_text(render_html(load_run(root)), encoding="utf-8")
    return path


def _visible(pg) -> int:
    return pg.locator("article.item:not([hidden])").count()


def _shown(pg) -> int:
    return int(re.match(r"(\d+) of", pg.inner_text("#shown")).group(1))


def _only_the_file(pg, path) -> None:
    assert [u for u in pg.requests if not u.startswith(("file://", "data:"))] == []
    assert pg.errors == [] and pg.dialogs == []


def test_overview_renders_gate_best_plots_and_table(page, report, tmp_path):
    page.goto(report.as_uri())
    assert page.inner_text("#gate .big") == "FAILED"
    assert "w4, w7" in page.inner_text("#gate")
    assert page.inner_text("#best .big") == "epoch-10"
    rows = page.locator("#summary-table tbody tr")
    assert rows.count() == 2 and rows.nth(0).locator("td").first.inner_text().startswith("epoch-2")
    assert page.locator("#drift-table tbody tr").count() == 2
    img = page.locator("#plots img")
    assert img.count() == 1 and img.evaluate("i => i.complete && i.naturalWidth > 0")
    n = len(load_run(report.parent).item_ids())
    assert page.locator("article.item").count() == n and _shown(page) == n
    keep_screenshot(_shot(page, tmp_path / "report-overview.png"))
    _only_the_file(page, report)


def _shot(pg, path, **kw):
    pg.screenshot(path=str(path), **kw)
    return path


def test_filters_and_search_change_the_visible_items(page, report):
    data = load_run(report.parent)  # expected counts come from the results, not from memory
    first, last = data.checkpoints
    items = [data.first(i) for i in data.item_ids()]

    def count(at, verdict):
        return sum(1 for i in data.item_ids() if any(
            verdict in verdict_tags(c.item(i)) for c in at))

    page.goto(report.as_uri())
    total = _visible(page)
    assert total == len(items)
    page.select_option("select[name=verdict]", "hallucinated")
    anywhere = _visible(page)
    assert 0 < anywhere < total and _shown(page) == anywhere == count(data.checkpoints, "hallucinated")
    page.select_option("select[name=checkpoint]", label=last.label)
    assert _visible(page) == count([last], "hallucinated") < anywhere  # the cited paraphrases invent less
    page.select_option("select[name=checkpoint]", label=first.label)
    assert _visible(page) == count([first], "hallucinated")
    page.select_option("select[name=verdict]", "pass")
    assert _visible(page) == count([first], "pass")
    page.select_option("select[name=verdict]", "")
    page.select_option("select[name=checkpoint]", "")
    page.select_option("select[name=tag]", "dates")
    assert 0 < _visible(page) == sum("dates" in i.tags for i in items) < total
    page.select_option("select[name=tag]", "")
    page.select_option("select[name=split]", "heldout")
    assert 0 < _visible(page) == sum(i.split == "heldout" for i in items) < total
    page.select_option("select[name=split]", "")
    page.fill("input[name=q]", "8,424")  # text of an answer
    assert _visible(page) == 1 and page.locator("article.item:not([hidden])").get_attribute("data-id") == "w1"
    page.fill("input[name=q]", "U1")  # an id, any case: u1 and u10
    assert {page.locator("article.item:not([hidden])").nth(i).get_attribute("data-id")
            for i in range(_visible(page))} == {"u1", "u10"}
    page.fill("input[name=q]", "")
    assert _visible(page) == total


def test_hover_and_expand_show_the_evidence(page, report, tmp_path):
    page.goto(report.as_uri())
    item = page.locator('article[data-id="w1"]')
    item.evaluate("e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -70); }")
    mark = item.locator('mark.atom[data-reason="contradicted"]').first
    tip = mark.locator(".tip")
    assert not tip.is_visible()
    mark.hover()
    assert tip.is_visible()
    w1 = load_run(report.parent).checkpoints[0].item("w1")
    claim, finding = next((c, f) for c in w1.claims for f in c.unsupported if f.reason == "contradicted")
    assert f"the evidence has “{finding.conflicts_with}”" in tip.inner_text()
    assert claim.evidence[:60] in tip.inner_text()
    keep_screenshot(_shot(page, tmp_path / "report-item-hover.png"))
    details = item.locator("details.why").first
    evidence = details.locator("blockquote.evidence").first
    assert not evidence.is_visible()
    details.locator("summary").click()
    assert evidence.is_visible() and finding.conflicts_with in evidence.locator("mark").all_inner_texts()
    assert f"contradicted {finding.kind}" in details.inner_text() and claim.evidence[-40:] in evidence.inner_text()
    assert "attributed yes" in item.locator(".cite-line").first.inner_text()
    page.mouse.move(0, 0)
    item.evaluate("e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -70); }")
    keep_screenshot(_shot(page, tmp_path / "report-item-expanded.png"))


def test_print_expands_details_and_hides_filters(page, report):
    page.goto(report.as_uri())
    page.emulate_media(media="print")
    assert not page.locator("form.filters").is_visible()
    assert page.locator('article[data-id="w1"] blockquote.evidence').first.is_visible()
    page.emulate_media(media="screen")
    assert page.locator("form.filters").is_visible()
    # the print dialog's own event opens every <details> too (for browsers without ::details-content)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details[open]").count() == 0


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_outputs_run_nothing(page, tmp_path, csp):
    root = tmp_path / "run"
    poison(_scored("wrong-facts.jsonl", "x")).save(root / "epoch-1" / "results.json")
    data = load_run(root)
    html = render_html(data)
    if not csp:  # prove the escaping holds on its own, without the Content-Security-Policy behind it
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())
    n = len(data.checkpoints[0].result.items)
    for el in page.locator("mark.atom").all()[:12]:  # hover and focus the payloads
        el.scroll_into_view_if_needed()
        el.hover()
        el.focus()
    page.locator("details").first.evaluate("d => d.open = true")
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == [] and page.errors == []
    assert page.locator("article.item").count() == n and page.locator("script").count() == 2
    assert page.title().startswith(PAYLOADS[0])
    # payloads show as text, and search finds them like any other text
    assert PAYLOADS[0] in page.locator("article.item").first.locator("h3").inner_text()
    page.fill("input[name=q]", "<script>window.__pwned")
    assert 0 < _visible(page) < n
    assert page.evaluate("window.__pwned") is None
    _only_the_file(page, path)


def test_seed_run_screenshot(page, tmp_path):
    """The seed case side by side: invented facts at epoch 5, verbatim references at epoch 50."""
    root = make_run(tmp_path / "run", SEED_RUN)
    path = root / "report.html"
    path.write_text(render_html(load_run(root)), encoding="utf-8")
    page.goto(path.as_uri())
    assert page.locator("svg.chart").count() == 1  # no drift plots: our own chart of the rates
    item = page.locator('article[data-id="q9"]')
    assert item.locator(".answer").count() == 2
    assert item.locator(".badge").all_inner_texts() == ["HALLUCINATED", "MEMORIZED"]
    item.locator("details.why").first.evaluate("d => d.open = true")
    item.evaluate("e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -70); }")
    item.locator("mark.atom").first.hover()
    keep_screenshot(_shot(page, tmp_path / "report-seed-item.png"))
    shutil.copy(path, tmp_path / "seed-report.html")


# screenshots a person looks at: kept in the repository's gitignored tests/artifacts/
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.mark.parametrize("width", [1400, 760, 400])
def test_tables_scroll_inside_their_container_at_any_width(browser, report, width):
    """The drift table (many metric columns) scrolls sideways inside its own box; the page never
    does, and nothing sticks out past the viewport's right edge."""
    context = browser.new_context(viewport={"width": width, "height": 1000})
    pg = context.new_page()
    try:
        pg.goto(report.as_uri())
        view = pg.evaluate("() => window.innerWidth")
        page_width = pg.evaluate("() => document.documentElement.scrollWidth")
        assert page_width <= view, f"the page scrolls sideways at {width}px ({page_width} > {view})"
        assert pg.locator("#drift-table").count() == 1
        for table in ("#drift-table", "#summary-table", "#transitions-table"):
            if not pg.locator(table).count():
                continue
            box = pg.evaluate("""sel => { const t = document.querySelector(sel); const w = t.parentElement;
                const r = w.getBoundingClientRect(); const s = getComputedStyle(w);
                return {cls: w.className, left: r.left, right: r.right, overflow: s.overflowX,
                        scroll: w.scrollWidth, client: w.clientWidth, table: t.getBoundingClientRect().width}; }""",
                              table)
            assert box["cls"] == "table-wrap" and box["overflow"] in ("auto", "scroll"), (table, box)
            assert 0 <= box["left"] and box["right"] <= view, (table, box)
            if box["table"] > box["client"] + 1:   # wider than its box: every column reachable by scrolling it
                assert box["scroll"] > box["client"], (table, box)
                edge = pg.evaluate("""sel => { const t = document.querySelector(sel); const w = t.parentElement;
                    w.scrollLeft = w.scrollWidth; const th = t.querySelectorAll('thead th');
                    const last = th[th.length - 1].getBoundingClientRect();
                    const first = th[0].getBoundingClientRect(), r = w.getBoundingClientRect();
                    return {last: last.right, first: first.left, left: r.left, right: r.right}; }""", table)
                assert edge["last"] <= edge["right"] + 1, (table, edge)
                assert abs(edge["first"] - edge["left"]) <= 2, (table, edge)   # the label column stays put
        ARTIFACTS.mkdir(exist_ok=True)
        pg.evaluate("() => document.getElementById('drift').scrollIntoView()")
        keep_screenshot(_shot(pg, ARTIFACTS / f"report-drift-scrolled-{width}.png"))   # scrolled to the right
        pg.evaluate("() => document.querySelectorAll('.table-wrap').forEach(w => { w.scrollLeft = 0; })")
        keep_screenshot(_shot(pg, ARTIFACTS / f"report-drift-{width}.png"))
        pg.evaluate("() => window.scrollTo(0, 0)")
        keep_screenshot(_shot(pg, ARTIFACTS / f"report-overview-{width}.png"))
        keep_screenshot(_shot(pg, ARTIFACTS / f"report-full-{width}.png", full_page=True))
    finally:
        context.close()


@pytest.fixture(scope="module")
def analysed_report(tmp_path_factory):
    """The replay run as evalkit leaves it: drift analysed (P(best)) and a gate under the default gates."""
    root = make_analysed_run(tmp_path_factory.mktemp("analysed") / "run")
    path = root / "report.html"
    path.write_text(render_html(load_run(root)), encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1400, 760, 400])
def test_gate_card_shows_the_gates_and_the_best_is_named_once(browser, analysed_report, width):
    """What a person sees: the gate card says which gates applied and why, inside the card at any
    width; the best checkpoint and its P(best) are said once (the card), not again in the drift
    list; the chart's "best" note on the last checkpoint is whole."""
    context = browser.new_context(viewport={"width": width, "height": 1000})
    pg = context.new_page()
    try:
        pg.goto(analysed_report.as_uri())
        assert pg.evaluate("() => document.documentElement.scrollWidth") <= width
        applied = pg.locator("#gate .gates-applied")
        assert applied.is_visible()
        assert applied.locator("p").inner_text() == ("Gates from defaults: a bare golden suite has no gates "
                                                     "(`evalkit init SUITE` writes a run config with them, to edit):")
        assert applied.locator("li").all_inner_texts() == [
            "regression: no significant drop of the pass rate against the baseline (beyond 5 pts and McNemar p < 0.05, "
            "at any suite size)",
            "regression: no significant rise of the hallucination rate against the baseline (beyond 5 pts and McNemar "
            "p < 0.05, at any suite size)"]
        card, block = (pg.locator(sel).bounding_box() for sel in ("#gate", "#gate .gates-applied"))
        assert card["x"] <= block["x"] and block["x"] + block["width"] <= card["x"] + card["width"]
        text = pg.inner_text("body")
        assert text.lower().count("best checkpoint") == 1 and text.count("P(best) 1.00") == 1
        drift = pg.evaluate("""() => { let t = '', e = document.getElementById('drift');
            while ((e = e.nextElementSibling)) t += e.innerText + '\\n'; return t; }""")
        assert "P(best)" in drift and "best checkpoint" not in drift.lower()   # the column stays; no repeat
        assert pg.locator("ul.verdicts").count() == 0
        note = pg.locator("svg.chart text.mark-label")
        assert note.text_content() == "best"
        svg, box = pg.locator("svg.chart").bounding_box(), note.bounding_box()
        assert svg["x"] <= box["x"] and box["x"] + box["width"] <= svg["x"] + svg["width"]
        ARTIFACTS.mkdir(exist_ok=True)
        keep_screenshot(_shot(pg, ARTIFACTS / f"report-analysed-overview-{width}.png"))
        pg.locator("#gate").screenshot(path=str(ARTIFACTS / f"report-gate-card-{width}.png"))
        keep_screenshot(ARTIFACTS / f"report-gate-card-{width}.png")
        pg.locator("#plots").screenshot(path=str(ARTIFACTS / f"report-chart-{width}.png"))
        keep_screenshot(ARTIFACTS / f"report-chart-{width}.png")
    finally:
        context.close()
