"""What the Captions page reads off the GUI thread: the folder and its captions, import-scan flags, the
CLIP token counter and the tagger's vocabulary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.caption_store import CaptionStore
from dataprep.caption_tokens import TokenCounter, TokenizerMissingError, clip_token_counter
from dataprep.project import Project
from dataprep.tomlio import ConfigFileError

Flags = dict[Path, list[str]]


def caption_folders(project: Project) -> list[Path]:
    """Folders worth captioning: the prepared set first (what is trained on), then the sources."""
    folders = [project.prepared_dir] if project.prepared_dir.is_dir() else []
    return folders + [p for p in project.source_paths() if p.is_dir() and p not in folders]


def image_flags(project: Project, store: CaptionStore) -> Flags:
    """Quality flags (blurry, duplicate, …) from the project's import scan, for ``flag:`` filters."""
    from dataprep.import_scan import load_report, report_path_for

    try:
        report = load_report(report_path_for(project.root))
    except (ConfigFileError, OSError):
        return {}
    by_path = {Path(r.path).resolve(): r.flags for r in report.images if r.flags}
    if not by_path:
        return {}
    return {row.image: by_path[key] for row in store.rows if (key := row.image.resolve()) in by_path}


def open_first(folders: list[Path], project: Project) -> tuple[Path, CaptionStore, Flags] | str | None:
    """The first of *folders* that holds images, read with its captions (runs on the thread pool:
    listing and reading 10,000 files takes seconds); an error message, or None if none has images."""
    extension = project.concepts[0].caption_extension if project.concepts else CAPTION_EXTENSIONS[0]
    for folder in folders:
        try:
            store = CaptionStore.open(folder, default_extension=extension)
        except FileNotFoundError:
            continue
        except OSError as exc:
            return QCoreApplication.translate("CaptionsPage", "{folder}: cannot be read ({reason}).").format(
                folder=folder, reason=exc.strerror or exc)
        if len(store):
            return folder, store, image_flags(project, store)
    return None


def load_counter() -> TokenCounter | str:
    try:
        return clip_token_counter()
    except (TokenizerMissingError, OSError, ValueError) as exc:
        return str(exc)


def tagger_vocabulary() -> list[str]:
    """The WD tagger's tags (general, then characters; most common first) when the model is on disk."""
    from dataprep.model_registry import DEFAULT_WD_TAGGER, ModelFileError, cached_model_path, spec_for
    from dataprep.wd_tags import Labels, display_name

    try:
        folder, _missing = cached_model_path(spec_for(DEFAULT_WD_TAGGER))
        if folder is None:
            return []
        labels = Labels.load(folder / "selected_tags.csv")
    except (ModelFileError, OSError, ValueError):
        return []  # completion then offers the dataset's own tags only
    return [display_name(labels.names[i]) for i in [*labels.general, *labels.character]]
