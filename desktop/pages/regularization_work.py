"""What the Regularization page reads on the thread pool: the concept's reg folder, its count suggestion,
the settings of its last generation, the base model of the newest run, the last check report, and a preview
of the prompts. Thin calls into training/ and dataprep/ that turn expected failures into messages; no
widgets."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from dataprep.imagefiles import list_images
from dataprep.job_config import jobs_dir
from dataprep.jobs import JobError
from dataprep.layout import LayoutError, resolve_source
from dataprep.phrases import exception_text
from dataprep.project import Project, load_project
from dataprep.tomlio import ConfigFileError, load_toml
from training.prompts import PromptError, caption_prompts, class_prompts, read_prompt_file
from training.reg_check import REPORT, reject_images
from training.reg_count import RegCountSuggestion, concept_reg_folder, suggest_reg_count
from training.reg_job import image_index
from training.run_folders import run_files

JOB = "reg"


@dataclass
class ConceptState:
    """One concept's reg set as the disk has it."""

    folder: Path  # <project>/reg/<reg_repeats>_<class>
    images: list[Path] = field(default_factory=list)  # reg_NNNNNN.png, by index
    suggestion: RegCountSuggestion | None = None
    suggestion_error: str = ""
    settings: dict[str, Any] = field(default_factory=dict)  # the last generate config for this concept
    clip_model: str = ""  # of the last check
    run_model: str = ""  # base model of the newest run.toml
    run_name: str = ""
    report: dict[str, Any] | None = None  # {"summary", "flagged"} as the check job's result event carries it
    reg_source: str = ""  # the concept's reg_source in danlu.toml now (the reg job sets it)


def concept_key(project: Project, index: int) -> str | int:
    """How a job config names the concept: its identifier when that is unique, else its number."""
    identifier = project.concepts[index].identifier
    unique = sum(c.identifier == identifier for c in project.concepts) == 1
    return identifier if identifier and unique else index + 1


def reg_images(folder: Path) -> list[Path]:
    """The set's images in index order (other files in the folder are not the set's)."""
    if not folder.is_dir():
        return []
    found = [(image_index(p), p) for p in folder.iterdir()]
    return [p for i, p in sorted((i, p) for i, p in found if i is not None)]


def _job_configs(project: Project) -> list[dict[str, Any]]:
    """reg job configs the page wrote, newest first (unreadable ones skipped: they are only history)."""
    folder = jobs_dir(project)
    files = sorted(folder.glob(f"{JOB}-*.toml"), key=lambda p: p.stat().st_mtime_ns, reverse=True) \
        if folder.is_dir() else []
    configs = []
    for path in files:
        try:
            configs.append(load_toml(path))
        except (ConfigFileError, OSError):
            continue
    return configs


def _run_model(project: Project) -> tuple[str, str]:
    """(model, run name) of the newest run.toml that names a base model."""
    for path in run_files(project.runs_dir):
        try:
            model = str(load_toml(path).get("model", {}).get("pretrained_model_name_or_path", "")).strip()
        except (ConfigFileError, OSError, AttributeError):
            continue
        if model:
            local = Path(model).expanduser()
            if not local.is_absolute() and (path.parent / local).exists():
                model = str((path.parent / local).resolve())  # the job config lives elsewhere
            return model, path.parent.name
    return "", ""


def _checked(image: Path, report_time: int) -> bool:
    """Whether the image the report scored is still the one on disk (not rejected, not rendered anew since)."""
    try:
        return image.stat().st_mtime_ns <= report_time
    except OSError:
        return False


def read_report(folder: Path) -> dict[str, Any] | None:
    """The folder's last check report, in the shape of the check job's result event (its flags only for images
    that have not changed since); None if there is none."""
    path = folder / REPORT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        made = path.stat().st_mtime_ns
        flagged = [s for s in data["images"] if s["flags"] and _checked(folder / Path(s["image"]).name, made)]
        return {"report": str(path), "summary": data["summary"], "flagged": flagged}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_concept_state(project: Project, index: int) -> ConceptState:
    """Everything the page shows for concept *index* (a pool thread)."""
    try:
        folder = project.reg_dir / concept_reg_folder(project, index)
    except LayoutError as exc:
        return ConceptState(project.reg_dir, suggestion_error=str(exc))
    state = ConceptState(folder, reg_images(folder))
    try:
        state.suggestion = suggest_reg_count(project, index)
    except (ValueError, LayoutError, OSError) as exc:
        state.suggestion_error = str(exc)
    key = concept_key(project, index)
    for config in _job_configs(project):
        if config.get("concept") != key:
            continue
        if config.get("mode", "generate") == "check":
            state.clip_model = state.clip_model or str(config.get("clip_model", ""))
        elif not state.settings:
            state.settings = config
    state.run_model, state.run_name = _run_model(project)
    try:
        saved = load_project(project.root).concepts
        state.reg_source = saved[index].reg_source if index < len(saved) else ""
    except (ConfigFileError, OSError):
        pass  # the page keeps what it has
    state.report = read_report(folder)
    return state


def preview_prompts(project: Project, index: int, source: str, remove_tags: list[str], prompt_file: str,
                    limit: int = 2) -> tuple[list[str], int] | str:
    """The first *limit* reg prompts the job will use and how many there are, or why there are none (a prompt
    file's error as its Phrase: the page words it on the GUI thread)."""
    concept = project.concepts[index]
    try:
        if source == "class":
            specs = class_prompts(concept.reg_class_tokens)
        elif source == "captions":
            images = list_images(resolve_source(project, concept.source))
            specs = caption_prompts(images, concept.caption_extension, concept.identifier, concept.reg_class_tokens,
                                    remove_tags)
        else:
            if not prompt_file:
                return QCoreApplication.translate(
                    "RegPreview", "Choose a prompt file (one prompt per line, sd-scripts' options allowed).")
            specs = read_prompt_file(Path(prompt_file)).prompts
    except (PromptError, FileNotFoundError, OSError) as exc:
        return exception_text(exc)
    return [s.prompt for s in specs[:limit]], len(specs)


def reject(folder: Path, images: list[Path], caption_extension: str) -> list[int] | str:
    """Move *images* to the folder's .rejected/ (training.reg_check), or say why not."""
    try:
        return reject_images(folder, images, caption_extension)
    except JobError as exc:  # an unreadable manifest, an image that moved, a folder it cannot write in
        return exc.text()
