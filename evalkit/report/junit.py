"""JUnit XML: one testsuite per checkpoint, one testcase per item; the gate as its own testsuite.

CI systems show a failed testcase's message, so it carries the item's reasons; scores go in
properties. XML 1.0 cannot hold most control characters, which model outputs may contain.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..errors import visible_controls
from .data import ReportData
from ..suite import is_paraphrase_id
from ..results.wording import first_reason
from .verdicts import headline, verdict_tags

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: object) -> str:
    """Text XML 1.0 can hold, shown as it is: control characters and bidi overrides as their escapes
    (`\\x1b`, `\\u202e`), lone surrogates as `\\udc80`, and the rest XML forbids (U+FFFE) replaced."""
    return _XML_BAD.sub("\ufffd", visible_controls(text))


def render_junit(data: ReportData) -> str:
    root = ET.Element("testsuites", name=_x(f"evalkit {data.suite}"))
    total = failures = skipped = 0
    groups = []
    for c in data.checkpoints:
        # originals and paraphrased questions in testsuites of their own, counted apart as everywhere
        para = [i for i in c.result.items if is_paraphrase_id(i.id)]
        groups.append((c, c.label, [i for i in c.result.items if not is_paraphrase_id(i.id)], c.result.missing))
        if para:
            groups.append((c, f"{c.label} (paraphrased)", para, []))
    for c, name, items, missing in groups:
        suite = ET.SubElement(root, "testsuite", name=_x(name))
        n = f = s = 0
        for item in items:
            case = ET.SubElement(suite, "testcase", classname=_x(f"{c.result.suite}.{c.label}"), name=_x(item.id))
            props = ET.SubElement(case, "properties")
            for k, v in item.scores.items():
                ET.SubElement(props, "property", name=_x(k), value=f"{v:.4g}")
            ET.SubElement(props, "property", name="verdicts", value=" ".join(verdict_tags(item)))
            n += 1
            if not item.passed:
                f += 1
                failure = ET.SubElement(case, "failure", message=_x(f"{headline(item)}: {first_reason(item)}"),
                                        type=_x(headline(item)))
                failure.text = _x("\n".join(item.reasons) or headline(item))
            ET.SubElement(case, "system-out").text = _x(f"question: {item.question}\nanswer: {item.output}")
        for item_id in missing:
            case = ET.SubElement(suite, "testcase", classname=_x(f"{c.result.suite}.{c.label}"), name=_x(item_id))
            ET.SubElement(case, "skipped", message="no output for this item")
            n += 1
            s += 1
        suite.set("tests", str(n))
        suite.set("failures", str(f))
        suite.set("errors", "0")
        suite.set("skipped", str(s))
        total, failures, skipped = total + n, failures + f, skipped + s
    if data.gate is not None:
        checks = data.gate.checks
        failed = sum(c.status == "fail" for c in checks)
        suite = ET.SubElement(root, "testsuite", name="gate", tests=str(len(checks)), failures=str(failed),
                              errors="0", skipped=str(sum(c.status == "skip" for c in checks)))
        for check in checks:
            case = ET.SubElement(suite, "testcase", classname="gate", name=_x(check.name))
            if check.status == "fail":
                ET.SubElement(case, "failure", message=_x(check.detail or "gate check failed"))
            elif check.status == "skip":
                ET.SubElement(case, "skipped", message=_x(check.detail or "skipped"))
            elif check.status == "warn":   # a warning never fails a merge, but CI should show it
                ET.SubElement(case, "system-out").text = _x(f"warning: {check.detail}")
        total += len(checks)
        failures += failed
        skipped += sum(c.status == "skip" for c in checks)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
