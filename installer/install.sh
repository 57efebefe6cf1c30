#!/usr/bin/env bash
# Danlu installer for Linux: a venv in the repository, the PyTorch build that fits the GPU, the app
# (editable), the system libraries Qt needs, and the `.venv/bin/danlu` launcher.
# Safe to run again: finished steps are skipped. It never asks a question (works without stdin).
# docs/install.md explains every step.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bash installer/install.sh [--dev] [--cpu] [--python PY] [--no-system-packages]

  --dev                  also install the test tools (pytest, pytest-qt, ruff)
  --cpu                  install the CPU build of PyTorch even when an NVIDIA GPU is present
  --python PY            the Python (3.10 or newer) to create .venv with (default: python3)
  --no-system-packages   do not install Debian/Ubuntu packages, only print what is missing

Environment: DANLU_TORCH_INDEX=URL forces a PyTorch wheel index (a mirror, say);
DANLU_TORCH_INDEX_BASE=URL replaces https://download.pytorch.org/whl as the base of the CUDA indexes.
EOF
}

DEV=0
CPU=0
PYTHON=""
SYSTEM_PACKAGES=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dev) DEV=1 ;;
        --cpu) CPU=1 ;;
        --python)
            [ $# -ge 2 ] || { echo "error: --python needs a value" >&2; exit 2; }
            PYTHON="$2"
            shift
            ;;
        --python=*) PYTHON="${1#--python=}" ;;
        --no-system-packages) SYSTEM_PACKAGES=0 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "error: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
VPY="$VENV/bin/python"
cd "$REPO"

# Libraries the Qt xcb platform plugin loads, and a CJK font for the Chinese interface.
QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk)

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
has_apt() { have apt-get && have dpkg-query; }

missing_debs() {
    local pkg
    for pkg in "$@"; do
        [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" = installed ] || echo "$pkg"
    done
}

APT_UPDATED=0
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    if [ "$APT_UPDATED" -eq 0 ]; then
        apt-get update -qq || return 1
        APT_UPDATED=1
    fi
    apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}

install_qt_libs() {
    step "System libraries for the GUI"
    if ! has_apt; then
        note "not a Debian/Ubuntu system: make sure Qt's xcb libraries and a CJK font are installed (docs/install.md)."
        return 0
    fi
    local missing
    missing="$(missing_debs "${QT_DEBS[@]}" | tr '\n' ' ')"
    missing="${missing% }"
    if [ -z "$missing" ]; then
        note "all present"
        return 0
    fi
    if ! is_root || [ "$SYSTEM_PACKAGES" -eq 0 ]; then
        warn "the GUI needs these packages, which are missing: $missing"
        note "install them with:  sudo apt-get install -y $missing"
        return 0
    fi
    note "installing: $missing"
    # shellcheck disable=SC2086  # one word per package
    if ! apt_install $missing; then
        # an older release may lack a name (libxcb-cursor0 is new in Ubuntu 22.04): take the ones it has
        local known=() pkg
        for pkg in $missing; do
            apt-cache show "$pkg" >/dev/null 2>&1 && known+=("$pkg")
        done
        if [ "${#known[@]}" -eq 0 ] || ! apt_install "${known[@]}"; then
            warn "could not install the GUI libraries; the GUI may not start. Run: apt-get install -y $missing"
        fi
    fi
}

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1; }

pick_python() {
    if [ -n "$PYTHON" ]; then
        have "$PYTHON" || die "--python $PYTHON: no such program"
        python_ok "$PYTHON" || die "--python $PYTHON: Danlu needs Python 3.10 or newer"
        echo "$PYTHON"
        return 0
    fi
    local candidate attempt
    for attempt in 1 2; do
        for candidate in python3 python3.12 python3.11 python3.10 python3.13 python; do
            if have "$candidate" && python_ok "$candidate"; then
                echo "$candidate"
                return 0
            fi
        done
        # a minimal Debian/Ubuntu (a container, a server) comes without Python: install the system's
        if [ "$attempt" -eq 2 ] || ! is_root || ! has_apt || [ "$SYSTEM_PACKAGES" -eq 0 ]; then
            break
        fi
        note "no Python 3.10 or newer found: installing python3 and python3-venv" >&2
        apt_install python3 python3-venv >&2 || break
    done
    die "no Python 3.10 or newer found. Install one (Debian/Ubuntu: apt-get install python3 python3-venv) or pass --python /path/to/python3.X"
}

ensure_venv_module() {
    local py="$1" minor
    "$py" -c 'import venv, ensurepip' >/dev/null 2>&1 && return 0
    minor="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if is_root && has_apt && [ "$SYSTEM_PACKAGES" -eq 1 ]; then
        note "Python's venv module is missing: installing python3-venv"
        apt_install python3-venv || apt_install "python$minor-venv" || true
        "$py" -c 'import venv, ensurepip' >/dev/null 2>&1 && return 0
    fi
    die "$py cannot create virtual environments (no venv/ensurepip module). Install it: sudo apt-get install python$minor-venv (or python3-venv), then run this again."
}

make_venv() {
    step "Python environment (.venv)"
    if [ -x "$VPY" ] && "$VPY" -c 'import sys' >/dev/null 2>&1; then
        local have_version want_version
        have_version="$("$VPY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        if [ -n "$PYTHON" ]; then
            want_version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
            [ "$have_version" = "$want_version" ] ||
                die ".venv uses Python $have_version, not $want_version ($PYTHON). Remove it (rm -rf .venv) to rebuild it with $PYTHON."
        fi
        python_ok "$VPY" || die ".venv uses Python $have_version; Danlu needs 3.10 or newer. Remove it (rm -rf .venv) and run this again."
        note "using the existing .venv (Python $have_version)"
        return 0
    fi
    local py
    py="$(pick_python)"
    if [ -e "$VENV" ]; then
        warn ".venv exists but its Python does not run (moved or removed?): rebuilding it"
        rm -rf "$VENV"
    fi
    ensure_venv_module "$py"
    note "creating .venv with $py ($("$py" --version 2>&1))"
    "$py" -m venv "$VENV"
    pip install -q --upgrade pip || warn "could not upgrade pip (offline?); going on with $(pip --version | cut -d' ' -f2)"
}

pip() { "$VPY" -m pip --disable-pip-version-check "$@"; }

install_torch() {
    step "PyTorch"
    local args=()
    [ "$CPU" -eq 1 ] && args+=(--cpu)
    if "$VPY" installer/torch_index.py --check-installed ${args[@]+"${args[@]}"}; then
        note "already installed and fits this machine: keeping it"
        return 0
    fi
    local index rc=0
    index="$("$VPY" installer/torch_index.py ${args[@]+"${args[@]}"})" || rc=$?
    [ "$rc" -eq 3 ] && die "update the NVIDIA driver first (see the message above)"
    [ "$rc" -eq 0 ] || die "could not choose a PyTorch build (installer/torch_index.py exited with $rc)"
    if pip show -q torch >/dev/null 2>&1; then
        note "replacing the installed torch build"
        pip uninstall -y torch torchvision
    fi
    if [ "$index" = default ]; then
        pip install torch torchvision
    else
        pip install torch torchvision --index-url "$index"
    fi
    "$VPY" -c 'import torch, torchvision' || die "PyTorch was installed but does not load (see above)"
    "$VPY" installer/torch_index.py --check-installed ${args[@]+"${args[@]}"} ||
        warn "this torch build cannot use the GPU; .venv/bin/danlu doctor tells more"
}

install_app() {
    step "Danlu and its libraries"
    # pin the torch build just chosen, so that no dependency swaps it for another build
    local pins="$VENV/danlu-torch-pins.txt" stamp="$VENV/danlu-install.stamp" target="." wanted
    "$VPY" -c 'import importlib.metadata as m
for name in ("torch", "torchvision"):
    print(f"{name}=={m.version(name)}")' >"$pins"
    [ "$DEV" -eq 1 ] && target=".[dev]"
    # what the last successful install was made from: unchanged, and pip finds nothing broken -> done
    wanted="$(cat pyproject.toml "$pins" | sha256sum | cut -d' ' -f1) $target"
    if [ -x "$VENV/bin/danlu" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ] && pip check >/dev/null 2>&1; then
        note "up to date (pyproject.toml and torch unchanged since the last install)"
        return 0
    fi
    pip install -c "$pins" -e "$target"
    [ -x "$VENV/bin/danlu" ] || die "the launcher .venv/bin/danlu was not created"
    echo "$wanted" >"$stamp"
}

compile_translations() {
    step "Interface translations"
    # resources/i18n/*.ts -> resources/i18n/compiled/danlu_<locale>.qm (the app also recompiles stale ones)
    "$VPY" -m desktop.i18n compile | sed 's/^/    /' ||
        warn "could not compile the translations: the interface will be in English (see above)"
}

install_qt_libs
make_venv
install_torch
install_app
compile_translations

step "Done"
note "Start Danlu:         .venv/bin/danlu            (or .venv/bin/danlu gui /path/to/project)"
note "Check the setup:     .venv/bin/danlu doctor"
[ "$DEV" -eq 1 ] && note "Run the tests:       .venv/bin/python -m pytest"
exit 0
