#!/usr/bin/env bash
# Acceptance for `pygc test`: the seed article's pytest file (../shared/seed-examples/
# test_gc_patterns.py) must give the result lines recorded in test_gc_patterns.expected.txt
# (pytest -q), and, when pytest is installed, the same default report as
# `python3 -m pytest` (timings masked; plugin lines, which pygc has none of, dropped).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="$root/../shared/seed-examples"
mask() { sed -E -e 's/ in [0-9]+\.[0-9]{2}s/ in N.NNs/' -e 's/^=+ (.* in N\.NNs) =+$/== \1 ==/' \
  -e '/^(plugins|benchmark|hypothesis profile|cachedir): /d'; }
status=0
unset CI BUILD_NUMBER
got="$(cd "$seed" && timeout 120 node "$root/bin/pygc.js" test -q test_gc_patterns.py | mask)"
want="$(mask < "$seed/test_gc_patterns.expected.txt")"
if [ "$got" == "$want" ]; then
  echo "check-pytest-seed: pygc test -q test_gc_patterns.py matches test_gc_patterns.expected.txt"
else
  echo "check-pytest-seed: pygc test -q differs from test_gc_patterns.expected.txt:"
  diff <(echo "$want") <(echo "$got") || true
  status=1
fi
if python3 -c 'import pytest' 2>/dev/null; then
  cd "$root"
  want="$(COLUMNS=80 timeout 120 python3 -m pytest -p no:cacheprovider ../shared/seed-examples/test_gc_patterns.py | mask)" || true
  got="$(COLUMNS=80 timeout 120 node bin/pygc.js test ../shared/seed-examples/test_gc_patterns.py | mask)" || true
  if [ "$got" == "$want" ]; then
    echo "check-pytest-seed: pygc test prints what python3 -m pytest prints"
  else
    echo "check-pytest-seed: pygc test differs from python3 -m pytest:"
    diff <(echo "$want") <(echo "$got") || true
    status=1
  fi
fi
exit $status
