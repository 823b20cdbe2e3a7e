"""One way to print a table of results, in four layouts: `table` (rich, fitted to the terminal),
`plain` (aligned text, one line per row, no colour: CI logs and pipes), `markdown` and `json`.

A `View` holds columns and rows of plain strings (a row may carry a style per cell). Names and ids
(the `keep` columns) are never cut: when a table is wider than the terminal, its other columns are
split into several tables, each repeating the kept columns, so every value is printed whole. Only
prose columns (`wrap`, e.g. "why") fold onto more lines.

`--format` on every command that prints results chooses the layout; by default a terminal gets
`table` and anything else (a CI log, `| cat`) gets `plain`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterable, Sequence

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..errors import visible_controls as safe   # Text and plain output: no markup to escape


class Format(str, Enum):
    table = "table"
    plain = "plain"
    markdown = "markdown"
    json = "json"


FORMAT_OPTION = typer.Option(None, "--format", "-f", case_sensitive=False,
                             help="table (a terminal's default), plain (aligned text, the default in a log or "
                                  "pipe), markdown or json.")


def resolve_format(fmt: Format | str | None, console: Console) -> Format:
    if fmt is None:
        return Format.table if console.is_terminal else Format.plain
    return Format(fmt)


@dataclass
class Col:
    header: str
    key: str = ""              # the JSON key (default: the header)
    right: bool = False
    keep: bool = False         # a name or id: never cut, repeated in every part of a split table
    wrap: bool = False         # prose that may fold onto more lines (at least `min_wrap` wide)
    min_wrap: int = 24

    @property
    def name(self) -> str:
        return self.key or self.header


@dataclass
class View:
    title: str
    columns: list[Col]
    rows: list[list[str]] = field(default_factory=list)
    styles: list[list[str | None]] = field(default_factory=list)   # per cell, rich style names
    data: list[dict[str, Any]] = field(default_factory=list)       # JSON rows (raw values); default: the cells
    notes: list[str] = field(default_factory=list)                 # legend lines under the table
    extra: dict[str, Any] = field(default_factory=dict)            # more JSON fields beside "rows"

    def add(self, cells: Sequence[str], styles: Sequence[str | None] | None = None,
            data: dict[str, Any] | None = None) -> None:
        self.rows.append([str(c) for c in cells])
        self.styles.append(list(styles) if styles else [None] * len(cells))
        if data is not None:
            self.data.append(data)

    # -- layouts ------------------------------------------------------------------------------------

    def json(self) -> str:
        rows = self.data or [dict(zip((c.name for c in self.columns), r)) for r in self.rows]
        return json.dumps({"title": self.title, **self.extra, "rows": rows}, indent=2, ensure_ascii=False,
                          default=str)

    def plain(self) -> str:
        """Aligned columns, one line per row, no width limit and no colour: reads well in a log."""
        cols = self.columns
        widths = [max([_width(c.header)] + [_width(r[i]) for r in self.rows]) for i, c in enumerate(cols)]
        lines = [self.title] if self.title else []

        def line(cells: Sequence[str]) -> str:
            out = [(c.rjust(w) if col.right else c.ljust(w)) for c, w, col in zip(cells, widths, cols)]
            return "  ".join(out).rstrip()

        lines.append(line([c.header for c in cols]))
        lines += [line([" ".join(safe(x).split()) if col.wrap else safe(x) for x, col in zip(r, cols)])
                  for r in self.rows]
        lines += self.notes
        return "\n".join(lines)

    def markdown(self) -> str:
        def cell(text: str) -> str:
            return safe(text).replace("|", "\\|").replace("\n", " ") or " "

        out = [f"**{cell(self.title)}**", ""] if self.title else []
        out.append("| " + " | ".join(cell(c.header) for c in self.columns) + " |")
        out.append("|" + "|".join("---:" if c.right else "---" for c in self.columns) + "|")
        out += ["| " + " | ".join(cell(x) for x in r) + " |" for r in self.rows]
        if self.notes:
            out += [""] + [f"{cell(n)}  " for n in self.notes]
        return "\n".join(out)

    def tables(self, width: int) -> list[Table]:
        """Rich tables that fit `width` columns: the kept columns in each, the rest split among them."""
        kept = [i for i, c in enumerate(self.columns) if c.keep]
        rest = [i for i, c in enumerate(self.columns) if not c.keep]
        need = {i: self._natural(i) for i in range(len(self.columns))}
        gap = 2   # padding (0, 1): one space each side of a cell
        base = sum(need[i] + gap for i in kept)
        groups: list[list[int]] = []
        current: list[int] = []
        used = base
        for i in rest:
            w = (min(need[i], self.columns[i].min_wrap) if self.columns[i].wrap else need[i]) + gap
            if current and used + w > width:
                groups.append(current)
                current, used = [], base
            current.append(i)
            used += w
        if current or not groups:
            groups.append(current)
        tables = []
        for n, group in enumerate(groups):
            title = self.title if n == 0 else f"{self.title} (continued)" if self.title else None
            t = Table(title=escape(safe(title)) if title else None, title_justify="left", box=box.SIMPLE_HEAD,
                      show_edge=False, pad_edge=False, padding=(0, 1), collapse_padding=True, expand=False)
            cols = sorted(kept + group)
            for i in cols:
                c = self.columns[i]
                if c.wrap:
                    t.add_column(escape(safe(c.header)), overflow="fold", min_width=min(need[i], c.min_wrap))
                else:
                    t.add_column(escape(safe(c.header)), justify="right" if c.right else "left", no_wrap=True,
                                 min_width=need[i], overflow="fold")
            for row, styles in zip(self.rows, self.styles):
                t.add_row(*(Text(safe(row[i]), style=styles[i] or "") for i in cols))
            tables.append(t)
        return tables

    def _natural(self, i: int) -> int:
        c = self.columns[i]
        return max([max(map(_width, c.header.split("\n")))] + [_width(r[i]) for r in self.rows])

    def print(self, console: Console, fmt: Format | str | None = None) -> None:
        fmt = resolve_format(fmt, console)
        if fmt is Format.table and sum(self._natural(i) + 2 for i, c in enumerate(self.columns) if c.keep) > console.width:
            fmt = Format.plain   # the names alone are wider than the terminal: soft-wrapped lines, never cut
        if fmt is Format.table:
            for n, t in enumerate(self.tables(console.width)):
                if n:
                    console.print()
                console.print(t)
            for note in self.notes:
                console.print(Text(safe(note), style="dim"))
            return
        text = {Format.plain: self.plain, Format.markdown: self.markdown, Format.json: self.json}[fmt]()
        console.out(text, highlight=False)


def _width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(safe(text))


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def names(values: Iterable[str]) -> str:
    return ", ".join(values)
