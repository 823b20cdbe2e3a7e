"""`evalkit ... --help`: typer's own rendering, no placeholder leaking, every option described."""
from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from evalkit.cli import app


def _commands(group, path=()):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, path + (name,))
        else:
            yield path + (name,), cmd


ALL = list(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize("path,cmd", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_help_is_clean_and_every_option_described(path, cmd):
    out = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "100"}).output
    for leak in ("<bool>", "<str>", "<path>", "<int", "list[", ",--"):
        assert leak not in out, (leak, out)
    usage = next(line for line in out.splitlines() if "Usage:" in line)
    assert "{" not in usage, usage   # arguments as CONFIG, not {config}
    undescribed = [p.name for p in cmd.params if p.param_type_name == "option" and not (p.help or "").strip()]
    assert not undescribed, undescribed
