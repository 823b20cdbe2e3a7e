#!/usr/bin/env bash
# Creates .venv with evalkit, its pinned ML stack and the judge plugins (NLI, LLM). Idempotent: a second run
# only checks. torch goes in first and alone: `torch==2.13.0` is the CPU build on this machine's
# disk, while a bare torch requirement with no torch installed would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock -e '.[ml,test]' -e plugins/evalkit-nli -e plugins/evalkit-judge
# The HTML report's browser test drives Debian's Chromium (never a downloaded browser build).
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing Debian's chromium for the report's browser test"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >/dev/null \
    || echo "warning: chromium could not be installed; the browser tests will be skipped"
fi
echo "evalkit installed in .venv ($(.venv/bin/python -c 'import evalkit; print(evalkit.__version__)'))"
