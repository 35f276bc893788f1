#!/usr/bin/env bash
# The article's programs (../shared/seed-examples) under pygc, compared with CPython's
# recorded output by the folder's own compare.py. Extra arguments go to compare.py
# (e.g. --strict). Its last line is "N passed, M failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="$root/../shared/seed-examples"
if [ ! -d "$seed" ]; then
  echo "check:seed: $seed not found (the acceptance corpus lives beside the repository)" >&2
  exit 2
fi
exec python3 "$seed/compare.py" "$@" -- node "$root/bin/pygc.js" run
