#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each (default 60), seeded with the
# bundled fixtures, and prints how many inputs each ran and whether any crashed.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Targets: typed_parse, validate, validate_file, timestamp, ids (see fuzz/fuzz_targets/).
# Needs cargo-fuzz (installed here when missing) and a nightly toolchain, or the stable one with
# RUSTC_BOOTSTRAP=1. The corpus grows in fuzz/corpus/TARGET; a crashing input is written to
# fuzz/artifacts/TARGET/ and reproduced with `cargo fuzz run TARGET fuzz/artifacts/TARGET/FILE`.
# Environment: FUZZ_SANITIZER (default none: the crates forbid unsafe code, and without
# AddressSanitizer each target runs several times more inputs; set `address` to add it).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(typed_parse validate validate_file timestamp ids)
fi
sanitizer=${FUZZ_SANITIZER:-none}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  echo "(no nightly toolchain: using the stable one with RUSTC_BOOTSTRAP=1)"
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi

echo "== seeds from the fixtures"
rm -rf seeds-built
python3 - "$root/tests/fixtures" seeds-built <<'PY'
import hashlib, json, pathlib, re, sys

fixtures, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
targets = ["typed_parse", "validate", "validate_file", "timestamp", "ids"]
for target in targets:
    (out / target).mkdir(parents=True, exist_ok=True)

def seed(target, data):
    name = hashlib.sha1(data).hexdigest()
    (out / target / name).write_bytes(data)

keys, strings, keys_objects, numbers = set(), set(), [], set()
def walk(value):
    if isinstance(value, dict):
        keys.update(value)
        if "remote" in value:
            keys_objects.append(value)
        for child in value.values():
            walk(child)
    elif isinstance(value, list):
        for child in value:
            walk(child)
    elif isinstance(value, str):
        strings.add(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        numbers.add(value)

ndjson = []
for path in sorted(fixtures.rglob("*.json")):
    data = path.read_bytes()
    seed("typed_parse", data)
    seed("validate", data)
    seed("validate_file", data)
    value = json.loads(data)
    ndjson.append(json.dumps(value))
    walk(value)
# A few NDJSON files mixing kinds, with a blank line and a bad line.
for i in range(0, len(ndjson), 8):
    seed("validate_file", ("\n".join(ndjson[i:i + 8]) + "\n\n{\"chat_id\": 1}\n").encode())
stamp = re.compile(r"^\d{4}-\d\d-\d\d[T ]")
for text in strings:
    if stamp.match(text):
        seed("timestamp", text.encode())
        seed("timestamp", json.dumps(text).encode())
    if len(text) < 200:
        seed("ids", text.encode())
        seed("ids", json.dumps(text).encode())
for n in numbers:
    seed("timestamp", json.dumps(n).encode())
for key in keys_objects:
    seed("ids", json.dumps(key).encode())
with open(out / "json.dict", "w") as dictionary:
    for token in sorted(keys) + ["true", "false", "null", "{", "}", "[", "]", ":", ",", "\\u0000", "1e999", "-0", "\"\""]:
        text = token if token in ("true", "false", "null") or not token.isidentifier() else json.dumps(token)
        dictionary.write(json.dumps(text) + "\n")
print(f"{sum(1 for _ in out.rglob('*')) - len(targets) - 1} seeds, {len(keys)} dictionary keys")
PY

mkdir -p logs
status=0
summary=()
for target in "${targets[@]}"; do
  echo "== $target for ${seconds}s"
  mkdir -p "corpus/$target"
  log="logs/$target.log"
  set +e
  cargo "${toolchain[@]}" fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" "seeds-built/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict=seeds-built/json.dict -print_final_stats=1 >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  corpus=$(find "corpus/$target" -type f | wc -l)
  if [ "$code" -eq 0 ]; then
    line="$target: ${runs:-?} inputs in ${seconds}s, coverage ${cov:-?} edges, corpus $corpus, no crash"
  else
    line="$target: FAILED (exit $code); see fuzz/$log and fuzz/artifacts/$target/"
    tail -40 "$log"
    status=1
  fi
  echo "$line"
  summary+=("$line")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
