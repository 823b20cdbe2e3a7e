"""The report page's stylesheet and script, inlined into every HTML report (no network, no CDN).

The script only reads the page and the JSON data block and toggles `hidden`/`open`; it never
builds markup from strings (no innerHTML), so untrusted text can never become markup here.
"""

CSS = r"""
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--accent:#0969da;
--pass:#1a7f37;--pass-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;--warn:#bc4c00;--warn-bg:#fff1e5;
--mem:#8250df;--mem-bg:#fbefff;--none:#818b98;--none-bg:#eff2f5}
*{box-sizing:border-box}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
header.top{background:#0d1117;color:#f0f6fc;padding:18px 28px}
header.top h1{margin:0;font-size:22px;font-weight:600}
header.top h1 .tool{color:#9198a1;font-weight:400}
header.top .meta{margin:4px 0 0;color:#9198a1;font-size:13px;overflow-wrap:anywhere}
main{max-width:1320px;margin:0 auto;padding:20px 28px 60px}
h2{font-size:18px;margin:28px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(280px,100%),1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;border-left-width:6px}
.card h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600}
.card .big{font-size:22px;font-weight:700;margin:2px 0 6px}
.card p{margin:4px 0;font-size:13.5px}
.card ul{margin:6px 0 0;padding-left:0;list-style:none;font-size:13.5px}
.card li{margin:3px 0}
.card .gates-applied{margin-top:10px;padding-top:6px;border-top:1px solid var(--line);color:var(--muted);overflow-wrap:anywhere}
.card .gates-applied p,.card ul.gates{font-size:12.5px}
.card ul.gates{list-style:disc;padding-left:18px;margin-top:2px}
.card.ok{border-left-color:var(--pass)} .card.ok .big{color:var(--pass)}
.card.bad{border-left-color:var(--bad)} .card.bad .big{color:var(--bad)}
.card.info{border-left-color:var(--accent)}
.card.warn{border-left-color:var(--mem)} .card.warn .big{color:var(--mem)}
.card.neutral{border-left-color:var(--none)} .card.neutral .big{color:var(--muted)}
.tick-ok{color:var(--pass);font-weight:700} .tick-bad{color:var(--bad);font-weight:700}
.tick-warn{color:var(--mem);font-weight:700} .tick-skip{opacity:.6}
.notes{background:var(--warn-bg);border:1px solid #f5c08a;border-radius:6px;padding:8px 12px;font-size:13px;margin:12px 0}
.notes summary{cursor:pointer;font-weight:600}
.plots{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:14px}
figure.plot{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px}
figure.plot img{max-width:100%;height:auto;display:block;margin:0 auto}
figure.plot figcaption{font-size:12.5px;color:var(--muted);text-align:center;margin-top:4px}
svg.chart{width:100%;height:auto;display:block}
svg.chart .grid{stroke:#e4e8ec;stroke-width:1} svg.chart .tick{font-size:11px;fill:#59636e}
svg.chart .mark{stroke:#59636e;stroke-dasharray:4 3} svg.chart .mark-label{font-size:11px;fill:#1f2328;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.key{display:inline-flex;align-items:center;gap:5px;margin:0 9px}
.swatch{display:inline-block;width:14px;height:3px;border-radius:2px}
.sw-0{background:#1a7f37}.sw-1{background:#cf222e}.sw-2{background:#0969da}.sw-3{background:#8250df}.sw-4{background:#9a6700}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px;margin-top:14px;max-width:100%;
  background:linear-gradient(to left,var(--card) 30%,rgba(255,255,255,0)) 100% 0/40px 100% no-repeat local,
    radial-gradient(farthest-side at 100% 50%,rgba(31,35,40,.22),rgba(31,35,40,0)) 100% 0/14px 100% no-repeat scroll,
    var(--card)}
.table-wrap th:first-child,.table-wrap td:first-child{position:sticky;left:0;z-index:1;background:var(--card);box-shadow:inset -1px 0 var(--line)}
.table-wrap th:first-child{z-index:2;background:#f6f8fa}
.table-wrap tr.focus td:first-child{background:#f0f7ff} .table-wrap tr:hover td:first-child{background:#f6f8fa}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{padding:6px 10px;text-align:right;border-bottom:1px solid #eef1f4;white-space:nowrap}
th{background:#f6f8fa;font-weight:600;color:var(--muted);font-size:12px;position:sticky;top:0;white-space:normal;vertical-align:bottom;min-width:4.5em}
th:first-child,td:first-child{text-align:left} th .nw{white-space:nowrap}
tr.focus td{background:rgba(9,105,218,.06)} tr:hover td{background:rgba(31,35,40,.04)}
td .bar{vertical-align:middle;margin-left:6px}
.tag{display:inline-block;font-size:11.5px;line-height:18px;padding:0 7px;border-radius:9px;background:var(--none-bg);color:var(--muted);margin-right:4px;font-weight:500;white-space:nowrap}
.tag.best{background:var(--pass-bg);color:var(--pass)} .tag.memo{background:var(--mem-bg);color:var(--mem)}
.badge{display:inline-block;font-size:11.5px;font-weight:700;line-height:18px;padding:0 7px;border-radius:4px;text-transform:uppercase;letter-spacing:.03em}
.b-pass{background:var(--pass-bg);color:var(--pass)} .b-memorized{background:var(--mem-bg);color:var(--mem)}
.b-hallucinated{background:var(--bad-bg);color:var(--bad)} .b-missing{background:var(--none-bg);color:var(--none)}
.b-fail{background:var(--warn-bg);color:var(--warn)}
.verdicts{list-style:none;padding:0;margin:10px 0;font-size:13.5px}
.verdicts li{margin:4px 0;padding:6px 10px;background:var(--card);border:1px solid var(--line);border-radius:6px}
form.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:10px;align-items:center;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);margin-bottom:12px}
form.filters label{font-size:12.5px;color:var(--muted);display:flex;align-items:center;gap:5px}
form.filters select,form.filters input{font:inherit;font-size:13.5px;padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--fg)}
form.filters input[type=search]{width:240px}
form.filters button{font:inherit;font-size:13px;padding:4px 10px;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
#shown{font-size:13px;color:var(--muted);margin-left:auto;font-weight:600}
article.item{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 14px;padding:14px 16px}
article.item[hidden]{display:none}
.item-head{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:baseline;justify-content:space-between}
.item-head h3{font-weight:600;flex:1 1 480px}
.item-id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;color:var(--accent);margin-right:8px;background:#ddf4ff;border-radius:4px;padding:1px 6px}
.strip{display:flex;gap:2px;flex-wrap:wrap;max-width:100%}
.strip i{display:inline-block;width:11px;height:16px;border-radius:2px;background:var(--none-bg)}
.strip i.s-pass{background:#4ac26b} .strip i.s-memorized{background:#a475f9} .strip i.s-hallucinated{background:#e5534b}
.strip i.s-fail{background:#f0883e} .strip i.s-missing{background:#d1d9e0}
.item-meta{margin:6px 0 8px}
.reference{font-size:14px;background:#f6f8fa;border-radius:6px;padding:8px 12px;margin:0 0 10px}
.lbl{font-size:11.5px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:700;margin-right:8px}
.answers{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(300px,100%),1fr));gap:10px;align-items:start}
.answer{border:1px solid var(--line);border-radius:6px;padding:8px 10px;border-top-width:4px;min-width:0}
.answer.a-pass{border-top-color:var(--pass)} .answer.a-memorized{border-top-color:var(--mem)} .answer.a-hallucinated{border-top-color:var(--bad)}
.answer.a-fail{border-top-color:var(--warn)} .answer.a-missing{border-top-color:var(--none);color:var(--muted)}
.answer-head{display:flex;justify-content:space-between;gap:6px;align-items:center;font-size:12.5px;margin-bottom:4px}
.ckpt{font-weight:700;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.span-note{color:var(--muted);font-weight:400;font-family:inherit}
.answer-text{margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
.claim-bad{text-decoration:underline dotted #bc4c0099;text-decoration-thickness:2px;text-underline-offset:3px}
mark.atom{position:relative;background:#ffd8d3;color:#82071e;border-radius:3px;padding:0 2px;cursor:help;outline:none}
mark.atom.r-absent{background:#fff0b3;color:#7d4e00}
mark.atom.r-substituted{background:#ffd8d3}
mark.atom .tip{display:none;position:absolute;left:0;top:100%;margin-top:4px;z-index:20;width:min(420px,80vw);background:#0d1117;color:#f0f6fc;border-radius:6px;padding:8px 10px;font-size:12.5px;line-height:1.45;white-space:normal;box-shadow:0 8px 24px rgba(0,0,0,.25);font-weight:400;cursor:auto}
mark.atom:hover .tip,mark.atom:focus .tip,mark.atom:focus-within .tip{display:block}
.tip b{color:#ffa198} .tip q{display:block;margin-top:4px;color:#d1d9e0;font-style:italic} .tip cite{display:block;color:#9198a1;margin-top:3px;font-style:normal}
.cite-line{font-size:12.5px;color:var(--muted);margin:4px 0}
.cite-line .yes{color:var(--pass);font-weight:600} .cite-line .no{color:var(--bad);font-weight:600}
.scores{font-size:12px;color:var(--muted);font-variant-numeric:tabular-nums}
details.why{margin-top:6px;font-size:13px}
details.why>summary{cursor:pointer;color:var(--accent);font-weight:600}
ol.claims{padding-left:20px;margin:6px 0}
ol.claims>li{margin:0 0 10px}
.claim-text{font-style:italic}
.finding{margin:3px 0}
.finding mark{background:#ffd8d3;color:#82071e;border-radius:3px;padding:0 2px}
.finding mark.r-absent{background:#fff0b3;color:#7d4e00}
blockquote.evidence{margin:4px 0 0;padding:6px 10px;border-left:3px solid var(--line);background:#f6f8fa;color:#3d444d;white-space:pre-wrap;overflow-wrap:anywhere}
blockquote.evidence mark{background:#ddf4ff;color:#0550ae;border-radius:2px}
.src{font-size:11.5px;color:var(--muted)}
ul.reasons{margin:4px 0;padding-left:18px;color:#3d444d}
.more-answers>summary{cursor:pointer;font-size:13px;color:var(--accent);font-weight:600;margin:8px 0 4px}
footer{color:var(--muted);font-size:12px;text-align:center;margin:30px 0}
@media print{
  html{background:#fff;font-size:11px}
  header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:8px 0}
  header.top .meta,header.top h1 .tool{color:#444}
  main{max-width:none;padding:0}
  form.filters,.tip,footer .screen{display:none!important}
  #shown{display:block}
  details>summary{list-style:none}
  details::details-content{content-visibility:visible;display:block}
  article.item,.answer,.card,figure.plot,tr{break-inside:avoid}
  .table-wrap{overflow:visible}
  th{position:static}
  a{color:inherit;text-decoration:none}
}
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("evalkit-data").textContent);
  var items = Array.prototype.slice.call(document.querySelectorAll("article.item"));
  var form = document.getElementById("filters");
  var shown = document.getElementById("shown");
  function val(name) { return form.elements[name].value; }
  function apply() {
    var verdict = val("verdict"), ckpt = val("checkpoint"), tag = val("tag"), split = val("split");
    var q = val("q").trim().toLowerCase(), n = 0;
    items.forEach(function (el) {
      var d = data.items[Number(el.getAttribute("data-index"))];
      var ok = true;
      if (verdict) {
        var cols = ckpt === "" ? d.v : [d.v[Number(ckpt)]];
        ok = cols.some(function (tags) { return tags.indexOf(verdict) >= 0; });
      }
      if (ok && tag) ok = d.tags.indexOf(tag) >= 0;
      if (ok && split) ok = d.split === split;
      if (ok && q) ok = d.id.toLowerCase().indexOf(q) >= 0 || d.text.indexOf(q) >= 0;
      el.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + " of " + items.length + " items shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  function setAll(open) {
    document.querySelectorAll("details").forEach(function (d) { d.open = open; });
  }
  document.getElementById("expand-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("collapse-all").addEventListener("click", function () { setAll(false); });
  // printing shows every detail; the reader's own open/closed state comes back afterwards
  var before = null;
  window.addEventListener("beforeprint", function () {
    before = Array.prototype.map.call(document.querySelectorAll("details"), function (d) { return d.open; });
    setAll(true);
  });
  window.addEventListener("afterprint", function () {
    if (!before) return;
    document.querySelectorAll("details").forEach(function (d, i) { d.open = before[i]; });
    before = null;
  });
  apply();
})();
"""
