"""What the Folders page runs on the thread pool (the checks, the image sizes, the step count, the repeats
suggestion) and how: thin calls into dataprep that turn expected failures into messages and never touch a
widget, run through LatestTasks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from dataprep.dataset_export import DatasetOptions
from dataprep.layout import LayoutError, PlannedFolder, plan_layout
from dataprep.layout_check import check_project
from dataprep.project import Project
from dataprep.steps import Subset, compute_steps, folder_subsets, suggest_repeats
from desktop.background import run_in_background


@dataclass
class Analysis:
    """What the thread pool found for one state of the concepts."""

    issues: list[dict[str, Any]]
    folders: list[PlannedFolder] = field(default_factory=list)
    subsets: list[Subset] = field(default_factory=list)
    error: str = ""  # why there is no step count (a missing folder, an unreadable image...)


def analyse(project: Project) -> Analysis:
    """Check the project and read the image sizes of its layout folders (a pool thread; no widgets)."""
    try:
        issues = [i.to_dict() for i in check_project(project)]
    except OSError as exc:
        message = QCoreApplication.translate("FoldersPage", "Checking the folders failed: {error}").format(error=exc)
        issues = [{"level": "error", "message": message, "path": ""}]
    try:
        folders = plan_layout(project.concepts, project)
        return Analysis(issues, folders, folder_subsets(folders))
    except (LayoutError, OSError) as exc:
        return Analysis(issues, error=str(exc))


def count_steps(subsets: list[Subset], config: dict[str, Any]) -> dict[str, Any] | str:
    """The breakdown as a dict, or the message saying why there is none."""
    try:
        options = DatasetOptions.from_config(config, "Training length")
        return compute_steps(subsets, options.schedule, options.buckets).to_dict()
    except ValueError as exc:
        return str(exc)


def suggest(folders: list[PlannedFolder], subsets: list[Subset], config: dict[str, Any], target: int,
            balance: bool) -> tuple[list[tuple[list[int], int]], int] | str:
    """([(concept indices, repeats)], total steps) for the training folders with images, or why not."""
    train = [(f, s) for f, s in zip(folders, subsets, strict=True) if not s.is_reg and s.image_sizes]
    try:
        options = DatasetOptions.from_config(config, "Training length")
        result = suggest_repeats([s for _, s in train], target, options.schedule,
                                 [s for s in subsets if s.is_reg], options.buckets, balance)
    except ValueError as exc:
        return str(exc)
    return [(f.concepts, r) for (f, _), r in zip(train, result.repeats, strict=True)], result.breakdown.total_steps


class LatestTasks:
    """Pool work by kind, one run of a kind at a time, only the latest request's result delivered.

    Runs of one kind never overlap (two checks importing transformers at once on two threads break its
    lazy import), and a request made while one runs waits for it and replaces any request waiting before.
    A failure the work did not turn into a message arrives as the exception, so nothing stays busy."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._token: dict[str, int] = {}
        self._waiting: dict[str, tuple[int, Callable[[], Any], Callable[[Any], None]]] = {}
        self._running: set[str] = set()

    def start(self, kind: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        token = self._token[kind] = self._token.get(kind, 0) + 1
        self._waiting[kind] = (token, work, done)
        if kind not in self._running:
            self._launch(kind)

    def cancel(self, kind: str) -> None:
        """Forget the waiting request and the result of the running one."""
        self._token[kind] = self._token.get(kind, 0) + 1
        self._waiting.pop(kind, None)

    def busy(self, kind: str | None = None) -> bool:
        kinds = [kind] if kind else list(self._token)
        return any(k in self._running or k in self._waiting for k in kinds)

    def _launch(self, kind: str) -> None:
        token, work, done = self._waiting.pop(kind)
        self._running.add(kind)

        def safely() -> Any:
            try:
                return work()
            except Exception as exc:
                return exc

        run_in_background(safely, lambda result: self._finished(kind, token, done, result), self._owner)

    def _finished(self, kind: str, token: int, done: Callable[[Any], None], result: Any) -> None:
        self._running.discard(kind)
        if kind in self._waiting:
            self._launch(kind)  # a newer request came meanwhile: this result is already stale
        elif token == self._token[kind]:
            done(result)
