"""The one escaping helper for HTML text and attributes, and JSON safe inside <script>."""
from __future__ import annotations

import html
import json
from typing import Any

_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def esc(value: Any) -> str:
    """Text and attribute values (quotes included): model outputs and documents are untrusted."""
    return html.escape("" if value is None else str(value), quote=True)


def script_json(data: Any) -> str:
    """JSON for a <script type="application/json"> block: no `</script>` or `<!--` can survive."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
