#!/usr/bin/env bash
# The release steps that run anywhere, called by .github/workflows/release.yml and by the tests.
#
#   pypi/dist.sh wheel OUT [MATURIN_ARGS...]
#       Builds the wheel of the command for this machine into OUT with maturin from
#       pypi/pyproject.toml, in release mode at the lock file's versions (it reuses the
#       workspace's release build when that is there).
#   pypi/dist.sh manylinux OUT [TARGET]
#       The Linux release wheel: manylinux2014 (glibc 2.17 or newer), linked by zig
#       (`maturin build --zig`, zig from the ziglang package on PyPI), for the Rust target TARGET
#       (default: this machine's).
#   pypi/dist.sh binary OUT TARGET WHEEL
#       Takes the bare command out of WHEEL (built for the Rust target TARGET) as
#       OUT/periskope-schema-TARGET, with .exe on Windows: the file attached to a GitHub release,
#       which `cargo binstall periskope-validate` downloads.
#   pypi/dist.sh checksums DIR
#       Writes DIR/SHA256SUMS for every periskope-schema-* file in DIR, as `sha256sum -c` reads it.
#   pypi/dist.sh version
#       Prints the workspace's version ([workspace.package] in the root Cargo.toml), the one the
#       wheel, the pre-commit placeholder and the Action install.
#
# Environment: MATURIN (default maturin), PYTHON (default python3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
maturin=${MATURIN:-maturin}
python=${PYTHON:-python3}

usage() {
  echo "usage: pypi/dist.sh wheel OUT [MATURIN_ARGS...] | manylinux OUT [TARGET]" \
    "| binary OUT TARGET WHEEL | checksums DIR | version" >&2
  exit 2
}

if [ "${1:-}" = version ] && [ $# -eq 1 ]; then
  version=$(sed -n '/^\[workspace\.package\]/,/^\[/s/^version = "\(.*\)"$/\1/p' "$here/../Cargo.toml")
  if [ -z "$version" ]; then
    echo "no [workspace.package] version in $here/../Cargo.toml" >&2
    exit 2
  fi
  echo "$version"
  exit 0
fi

[ $# -ge 2 ] || usage
command=$1
out=$2
shift 2
mkdir -p "$out"
out=$(cd "$out" && pwd)

case "$command" in
  wheel)
    (cd "$here" && "$maturin" build --release --locked --out "$out" "$@")
    ;;
  manylinux)
    [ $# -le 1 ] || usage
    target=()
    if [ $# -eq 1 ]; then target=(--target "$1"); fi
    (cd "$here" && "$maturin" build --release --locked --out "$out" \
      --zig --compatibility manylinux2014 "${target[@]}")
    ;;
  binary)
    [ $# -eq 2 ] || usage
    "$python" - "$out" "$1" "$2" <<'PY'
import pathlib, sys, zipfile

out, target, wheel = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
with zipfile.ZipFile(wheel) as archive:
    # A bin wheel holds the command in its .data/scripts folder.
    scripts = [
        entry for entry in archive.namelist()
        if ".data/scripts/periskope-schema" in entry
    ]
    if len(scripts) != 1:
        sys.exit(f"{wheel}: expected one periskope-schema among its scripts, found {scripts}")
    extension = ".exe" if "windows" in target else ""
    binary = out / f"periskope-schema-{target}{extension}"
    binary.write_bytes(archive.read(scripts[0]))
    binary.chmod(0o755)
    print(binary)
PY
    ;;
  checksums)
    [ $# -eq 0 ] || usage
    (cd "$out" && find . -maxdepth 1 -type f -name 'periskope-schema-*' -printf '%f\n' | LC_ALL=C sort \
      | xargs --no-run-if-empty sha256sum > SHA256SUMS)
    [ -s "$out/SHA256SUMS" ] || { echo "no periskope-schema-* file in $out" >&2; exit 1; }
    cat "$out/SHA256SUMS"
    ;;
  *) usage ;;
esac
