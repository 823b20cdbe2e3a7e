#!/usr/bin/env bash
# Creates .venv with evalkit and its pinned ML stack. Idempotent: a second run only checks.
# torch goes in first and alone: `torch==2.13.0` is the CPU build on this machine's disk, while a
# bare torch requirement with no torch installed would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock -e '.[ml,test]' -e plugins/evalkit-nli
echo "evalkit installed in .venv ($(.venv/bin/python -c 'import evalkit; print(evalkit.__version__)'))"
