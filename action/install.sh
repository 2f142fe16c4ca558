#!/usr/bin/env bash
# Installs periskope-schema into $INSTALL_ROOT/bin for the GitHub Action (action.yml), the way
# CI tools are installed: the prebuilt wheel of this version with pip, binary only, into a
# virtual environment of its own ($INSTALL_ROOT/venv), which needs no Rust toolchain and takes
# seconds. Only when no wheel of this version exists for the runner (or Python is missing) is the
# command built from the action's sources with `cargo install --locked`.
#
# Environment: ACTION_PATH (the action's folder, the repository's root), INSTALL_ROOT (where to
# install, cached by the action), PYTHON (default python3). pip's own variables apply, such as
# PIP_INDEX_URL or PIP_FIND_LINKS.
set -euo pipefail
: "${ACTION_PATH:?the folder of the action}" "${INSTALL_ROOT:?the folder to install into}"
python=${PYTHON:-python3}

version=$(bash "$ACTION_PATH/pypi/dist.sh" version)

# A virtual environment keeps its programs in Scripts on Windows, in bin elsewhere.
venv_bin=bin
exe=""
if [ "${RUNNER_OS:-}" = Windows ]; then
  venv_bin=Scripts
  exe=.exe
fi

mkdir -p "$INSTALL_ROOT/bin"
if command -v "$python" >/dev/null 2>&1 \
  && "$python" -m venv "$INSTALL_ROOT/venv" \
  && "$INSTALL_ROOT/venv/$venv_bin/python" -m pip install --quiet --disable-pip-version-check \
    --only-binary :all: "periskope-schema==$version"; then
  # The wheel's command is a standalone binary: copied, it runs without the environment.
  cp "$INSTALL_ROOT/venv/$venv_bin/periskope-schema$exe" "$INSTALL_ROOT/bin/periskope-schema$exe"
  echo "Installed periskope-schema $version from its wheel"
else
  echo "No wheel of periskope-schema $version for this runner: building it from source with cargo"
  rm -rf "$INSTALL_ROOT/venv"
  cargo install --locked --path "$ACTION_PATH" --root "$INSTALL_ROOT"
fi
"$INSTALL_ROOT/bin/periskope-schema$exe" --version
