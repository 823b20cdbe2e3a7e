"""Hostile strings a user or a model can put in ids, questions, answers and labels."""
from __future__ import annotations

HOSTILE = [
    "[/bold]",
    "[bold red]fake error[/]",
    "[link=https://evil.example]click[/link]",
    "[/]",
    "\\[x]\\",
    "trailing backslash \\",
    ":warning: :smile:",
    "\x1b[2J\x1b[H cleared",
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m C1 CSI \x9d osc",
    "line\roverwritten",
    "\u202eSSAP :tcidreV\u202c",
    "\u2066isolated\u2069 \u2067rtl\u2069 \u2068fsi\u2069 \u202a\u202b\u202d",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "| col | **bold** [md](javascript:alert(1)) `code`",
    "NUL\x00byte",
    "lone \ud800 surrogate \udfff",
    "🙂 émoji ünïcode",
    "",
]

BIDI_CONTROLS = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
