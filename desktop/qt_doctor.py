"""The Qt half of ``danlu doctor``: can the GUI open a window here, and can it draw Chinese text?

"Could not load the Qt platform plugin xcb" is the most common way a Linux install of a Qt app
fails, and Qt aborts the whole process when it happens; so the real start is tried in a child
process, and the plugin's missing libraries are found with ldd, display or not.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

PROBE_TIMEOUT_S = 60.0
_PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication(sys.argv[:1])
cjk = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
print(json.dumps({"platform": app.platformName(), "cjk_fonts": list(cjk)}))
"""


def _pyside_version() -> str | None:
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_xcb_libraries() -> list[str]:
    """Shared libraries Qt's xcb (X11) plugin needs and cannot find; empty where that plugin is absent."""
    plugin = _xcb_plugin() if sys.platform.startswith("linux") else None
    if plugin is None:
        return []
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(re.findall(r"^\s*(\S+) => not found", out, re.M)))


# libraries whose package is not named after the soname (the ones Qt needs from GLib)
_PACKAGE_OF = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}


def debian_package(soname: str) -> str:
    """Debian's package name for a library soname: libxcb-icccm.so.4 -> libxcb-icccm4 (policy 8.1)."""
    if soname in _PACKAGE_OF:
        return _PACKAGE_OF[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def display_problem() -> str:
    """Why no window can open here ('' when one can): Linux with neither X11 nor Wayland nor a chosen plugin."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no window can open here."


def _probe(env: dict[str, str]) -> tuple[dict[str, Any] | None, str]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE],
            capture_output=True,
            text=True,
            env=env,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, f"Qt did not start within {PROBE_TIMEOUT_S:.0f} s"
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        try:
            return json.loads(lines[-1]), ""
        except json.JSONDecodeError:
            pass
    errors = [line for line in done.stderr.strip().splitlines() if line.strip()]
    return None, " ".join(errors[-3:]) or f"exit code {done.returncode}"


def _problem(level: str, message: str, advice: str) -> dict[str, str]:
    return {"level": level, "message": message, "advice": advice}


def qt_info() -> dict[str, Any]:
    """Qt's side of the doctor report: versions, platform plugin, Chinese fonts, and problems."""
    requested = os.environ.get("QT_QPA_PLATFORM", "")
    info: dict[str, Any] = {
        "pyside6": _pyside_version(),
        "requested_platform": requested,
        "platform": None,
        "error": "",
        "missing_libraries": missing_xcb_libraries(),
        "cjk_fonts": [],
        "problems": [],
    }
    problems: list[dict[str, str]] = info["problems"]
    if info["pyside6"] is None:
        problems.append(
            _problem(
                "error",
                "PySide6 is not installed: the GUI cannot start.",
                "Run the installer again (bash installer/install.sh).",
            )
        )
        info["summary"] = "PySide6 not installed"
        return info
    if info["missing_libraries"]:
        packages = " ".join(sorted({debian_package(lib) for lib in info["missing_libraries"]}))
        problems.append(
            _problem(
                "error",
                f"Qt's X11 (xcb) plugin cannot load; missing: {', '.join(info['missing_libraries'])}.",
                f"Debian/Ubuntu: sudo apt-get install -y {packages}",
            )
        )
    no_display = display_problem()
    if no_display:
        problems.append(
            _problem(
                "warning",
                no_display,
                "Start Danlu from a desktop session (or ssh -X); for a virtual screen: xvfb-run -a .venv/bin/danlu",
            )
        )
        found, _ = _probe({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    else:
        found, error = _probe(dict(os.environ))
        if found is None:
            info["error"] = error
            problems.append(
                _problem("error", f"the GUI cannot start: {error}", "See docs/install.md, 'The window does not open'.")
            )
            found, _ = _probe({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        else:
            info["platform"] = found["platform"]
    if found is not None:
        info["cjk_fonts"] = found["cjk_fonts"]
        if not found["cjk_fonts"]:
            problems.append(
                _problem(
                    "warning",
                    "no Chinese font: the Chinese interface would show empty boxes.",
                    "Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk",
                )
            )
    where = f"platform {info['platform']}" if info["platform"] else "no window possible here"
    if requested:
        where += f" (QT_QPA_PLATFORM={requested})"
    fonts = f"{len(info['cjk_fonts'])} Chinese fonts" if found is not None else "fonts unknown"
    info["summary"] = f"PySide6 {info['pyside6']}, {where}, {fonts}"
    return info
