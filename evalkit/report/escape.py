"""The one escaping helper for HTML text and attributes, and JSON safe inside <script>."""
from __future__ import annotations

import html
import json
from typing import Any

from ..errors import visible_controls

_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029",
                # C1 controls and bidi overrides as JSON escapes: the same data, no raw control in the page
                **{c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}}


def esc(value: Any) -> str:
    """Text and attribute values (quotes included): model outputs and documents are untrusted.
    Control characters and bidi overrides are shown as their escapes (`\\x1b`, `\\u202e`) first, so
    an answer cannot reorder what is displayed into a fake "Verdict: PASS"."""
    return html.escape(visible_controls(value), quote=True)


def script_json(data: Any) -> str:
    """JSON for a <script type="application/json"> block: no `</script>` or `<!--` can survive."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    # a lone surrogate cannot be written as UTF-8: its JSON escape is the same value
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if any(
        "\ud800" <= ch <= "\udfff" for ch in text) else text
