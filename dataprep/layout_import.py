"""Read an existing kohya layout back into concepts, so a folder made for kohya_ss opens in Danlu.

Accepted: a folder with ``img/`` (and optionally ``reg/``) holding ``<repeats>_<identifier> <class>``
folders, or a folder of such folders directly. In a training folder name the first word after
``<repeats>_`` is the identifier and the rest the class (``10_ohwx woman``); a one-word name is taken
as the identifier alone. A reg folder ``<repeats>_<class>`` is attached to the concept with that class,
or else to one whose class contains all its words (``1_portrait`` → ``girl portrait``), or else, in a
layout of one concept, to that concept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.imagefiles import is_image_file
from dataprep.layout import FOLDER_PATTERN, IMG_DIR, REG_DIR, REG_FOLDER_PATTERN, LayoutError, parse_folder_name
from dataprep.layout_check import Issue
from dataprep.project import Concept


@dataclass
class ImportedLayout:
    concepts: list[Concept] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _caption_extension(folder: Path) -> str:
    """The caption extension the folder's files use (.txt when none or a tie)."""
    counts = {ext: sum(1 for _ in folder.glob(f"*{ext}")) for ext in CAPTION_EXTENSIONS}
    return ".caption" if counts[".caption"] > counts[".txt"] else ".txt"


def _source(path: Path, project_root: Path | None) -> str:
    if project_root is not None:
        try:
            return path.resolve().relative_to(project_root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path.resolve())


def _stray_images(folder: Path, issues: list[Issue], where: str) -> None:
    stray = [p for p in folder.iterdir() if p.is_file() and is_image_file(p)]
    if stray:
        issues.append(Issue("warning", f"{len(stray)} image(s) lie directly in {folder}; sd-scripts only reads "
                                       f"images inside {where} folders, so they are not imported.", str(folder)))


def _attach_reg(concepts: list[Concept], reg_class: str) -> Concept | None:
    free = [c for c in concepts if not c.reg_source]
    exact = [c for c in free if c.class_token == reg_class]
    if exact:
        return exact[0]
    words = set(reg_class.split())
    partial = [c for c in free if words and words <= set(c.class_token.split())]
    if partial:
        return partial[0]
    return free[0] if len(concepts) == 1 and free else None  # a single concept takes its reg folder


def import_layout(folder: Path, project_root: Path | None = None) -> ImportedLayout:
    """Concepts for the kohya layout in *folder*; sources are relative to *project_root* when inside it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise LayoutError(f"{folder}: not a folder. Pick the folder that holds img/ and reg/, or the "
                          "'10_name class' folders themselves.")
    result = ImportedLayout()
    img_dir = folder / IMG_DIR if (folder / IMG_DIR).is_dir() else folder
    reg_dir = folder / REG_DIR if img_dir != folder and (folder / REG_DIR).is_dir() else None
    _stray_images(img_dir, result.issues, FOLDER_PATTERN)
    for sub in _subfolders(img_dir):
        if sub == reg_dir:
            continue
        parsed = parse_folder_name(sub.name)
        if parsed is None or not parsed[1].strip():
            result.issues.append(Issue("warning", f"Folder '{sub.name}' in {img_dir} is not named "
                                                  f"{FOLDER_PATTERN}; sd-scripts skips it, and so does the import. "
                                                  "Rename it to import it.", str(sub)))
            continue
        repeats, tokens = parsed
        identifier, _, class_token = tokens.strip().partition(" ")
        result.concepts.append(Concept(identifier, class_token.strip(), repeats, _source(sub, project_root),
                                       caption_extension=_caption_extension(sub)))
    if not result.concepts:
        result.issues.append(Issue("error", f"No folder named {FOLDER_PATTERN} found in {img_dir}.", str(img_dir)))
    if reg_dir is None:
        return result
    _stray_images(reg_dir, result.issues, REG_FOLDER_PATTERN)
    for sub in _subfolders(reg_dir):
        parsed = parse_folder_name(sub.name)
        if parsed is None or not parsed[1].strip():
            result.issues.append(Issue("warning", f"Folder '{sub.name}' in {reg_dir} is not named "
                                                  f"{REG_FOLDER_PATTERN}; it is not imported.", str(sub)))
            continue
        repeats, reg_class = parsed[0], parsed[1].strip()
        concept = _attach_reg(result.concepts, reg_class)
        if concept is None:
            classes = ", ".join(f"'{c.class_token}'" for c in result.concepts) or "none"
            result.issues.append(Issue("warning", f"Regularization folder '{sub.name}' matches no concept without "
                                                  f"reg images (classes: {classes}); attach it to a concept by "
                                                  "hand.", str(sub)))
            continue
        concept.reg_source = _source(sub, project_root)
        concept.reg_repeats = repeats
        if reg_class != concept.class_token:
            concept.reg_class = reg_class
    return result
