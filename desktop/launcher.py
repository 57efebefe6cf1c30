"""The ``danlu`` command: the workbench, ``danlu doctor``, and the jobs from the command line.

Heavy imports (Qt, torch) happen inside the subcommand that needs them, so ``danlu --help`` and
the job commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

USAGE = """\
usage: danlu [gui [PROJECT]]          open the workbench (on PROJECT, a project folder)
       danlu doctor [--json]          check Python, PyTorch, GPU, libraries and Qt, with advice
       danlu demo [--dest DIR] [--keep] [--models DIR]
                                      the whole path headless on the demo project with tiny models
       danlu dataprep JOB [CONFIG]    run a data-preparation job (same as python -m dataprep)
       danlu training JOB [CONFIG]    run a training job (same as python -m training)
       danlu --version"""


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="danlu gui", description="Open the Danlu workbench.")
    parser.add_argument("project", nargs="?", type=Path, help="project folder to open")
    args = parser.parse_args(argv)
    from desktop.qt_doctor import display_problem

    problem = display_problem()
    if problem:
        print(f"danlu: {problem}\nStart it from a desktop session, or run `danlu doctor` for details.", file=sys.stderr)
        return 1
    from desktop.app import run_app

    project = args.project.expanduser().resolve() if args.project else None
    return run_app(project)


def _doctor(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="danlu doctor", description="Check this machine's setup for Danlu.")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--project", type=Path, help="project folder whose disk to check (default: current folder)")
    args = parser.parse_args(argv)
    from desktop.qt_doctor import qt_info
    from training.doctor import collect, format_report, sort_problems

    info = collect(args.project)
    qt = qt_info()
    info["problems"] = sort_problems(info["problems"] + qt.pop("problems"))
    info["qt"] = qt
    print(json.dumps(info, indent=2, ensure_ascii=False) if args.json else format_report(info))
    return 1 if any(p["level"] == "error" for p in info["problems"]) else 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("danlu")
    except PackageNotFoundError:
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``danlu`` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    command, rest = (args[0], args[1:]) if args else ("gui", [])
    if command in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    if command == "--version":
        print(f"danlu {_version()}")
        return 0
    if command == "gui":
        return _gui(rest)
    if command == "doctor":
        return _doctor(rest)
    if command == "demo":
        from training.demo_run import main as demo_main

        return demo_main(rest)
    if command == "dataprep":
        from dataprep.cli import main as dataprep_main

        return dataprep_main(rest)
    if command == "training":
        from training.cli import main as training_main

        return training_main(rest)
    print(f"danlu: unknown command {command!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
