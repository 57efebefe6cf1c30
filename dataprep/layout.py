"""The repeats-folder layout sd-scripts reads: ``img/<repeats>_<identifier> <class>/`` and
``reg/<repeats>_<class>/`` under the project's ``train/``, built from the concepts.

Files are hard links to the prepared images and captions (copies where the filesystem cannot link),
so a build costs no disk space and never writes to a source. ``train/`` is Danlu's: a manifest lists
every file a build placed, the next build removes exactly those, and anything else found there (a
file the user added or edited) is carried over or kept aside, never deleted. A build goes into a
temporary folder beside ``train/`` and is swapped in at the end, so a crash leaves the old layout.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dataprep.caption_io import caption_path_for
from dataprep.fsutil import atomic_write_text
from dataprep.imagefiles import list_images
from dataprep.masks import MASK_SUFFIX, sibling_mask, split_sibling_masks
from dataprep.project import Concept, Project

IMG_DIR = "img"
REG_DIR = "reg"
MANIFEST = ".danlu-layout.json"
MANIFEST_FORMAT = 1
FOLDER_PATTERN = "'<repeats>_<identifier> <class>' such as '10_ohwx woman'"
REG_FOLDER_PATTERN = "'<repeats>_<class>' such as '1_woman'"

_BAD_NAME_CHARS = set('/\\:*?"<>|') | {chr(c) for c in range(32)}
# folders a layout must never be built into or over (besides filesystem roots and the home folder)
_SYSTEM_DIRS = ("/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sbin", "/sys", "/usr",
                "C:/Windows", "C:/Program Files", "C:/Program Files (x86)", "/System", "/Library")


class LayoutError(ValueError):
    """A layout that cannot be built or read; the message names the folder and what to do."""


def check_name_part(text: str, what: str) -> None:
    """Refuse text that cannot be part of a folder name on Windows or Linux."""
    bad = sorted({c for c in text if c in _BAD_NAME_CHARS})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise LayoutError(f"{what} {text!r} contains {shown}, which cannot be in a folder name. Remove it.")
    if text != text.strip() or text.endswith("."):
        raise LayoutError(f"{what} {text!r} starts or ends with a space or ends with a dot; Windows cannot "
                          "store that folder name. Trim it.")


def concept_folder_name(repeats: int, identifier: str, class_token: str) -> str:
    """``10_ohwx woman``; sd-scripts uses everything after ``<repeats>_`` as the folder's class tokens."""
    tokens = " ".join(t for t in (identifier.strip(), class_token.strip()) if t)
    if not tokens:
        raise LayoutError("a concept needs an identifier or a class token to name its folder.")
    if repeats < 1:
        raise LayoutError(f"repeats for {tokens!r} must be 1 or more (got {repeats}).")
    check_name_part(tokens, "identifier and class")
    return f"{repeats}_{tokens}"


def reg_folder_name(repeats: int, class_tokens: str) -> str:
    if not class_tokens.strip():
        raise LayoutError("a regularization folder needs a class token (the concept's class or reg_class).")
    return concept_folder_name(repeats, "", class_tokens)


def parse_folder_name(name: str) -> tuple[int, str] | None:
    """(repeats, class tokens) as sd-scripts reads a subfolder name, or None when it would skip it."""
    head, sep, rest = name.partition("_")
    try:  # sd-scripts: int() of the part before the first "_", the folder skipped when that fails
        repeats = int(head) if sep else 0
    except ValueError:  # "²_x" passes str.isdigit() but not int()
        return None
    return (repeats, rest) if repeats >= 1 else None


def resolve_source(project: Project, source: str) -> Path:
    """A concept's folder: relative paths are relative to the project folder."""
    path = Path(source).expanduser()
    return path if path.is_absolute() else project.root / path


@dataclass
class PlannedFolder:
    """One subset folder of the layout and the source folders it gathers."""

    kind: str  # IMG_DIR or REG_DIR
    name: str
    repeats: int
    caption_extension: str
    sources: list[Path] = field(default_factory=list)
    concepts: list[int] = field(default_factory=list)  # indices into project.concepts

    @property
    def rel(self) -> str:
        return f"{self.kind}/{self.name}"

    @property
    def class_tokens(self) -> str:
        return self.name.partition("_")[2]

    @property
    def is_reg(self) -> bool:
        return self.kind == REG_DIR


def plan_layout(concepts: list[Concept], project: Project) -> list[PlannedFolder]:
    """The folders the concepts make, training folders first. Concepts that name the same folder (same
    repeats, identifier and class) share it; so do concepts with the same reg class and reg repeats."""
    folders: dict[str, PlannedFolder] = {}

    def add(kind: str, name: str, repeats: int, source: str, index: int, ext: str) -> None:
        folder = folders.setdefault(f"{kind}/{name}", PlannedFolder(kind, name, repeats, ext))
        if folder.caption_extension != ext:
            raise LayoutError(f"concepts sharing folder {folder.rel!r} use different caption extensions "
                              f"({folder.caption_extension} and {ext}); make them the same.")
        path = resolve_source(project, source)
        if path not in folder.sources:
            folder.sources.append(path)
        if index not in folder.concepts:
            folder.concepts.append(index)

    for i, c in enumerate(concepts):
        add(IMG_DIR, concept_folder_name(c.repeats, c.identifier, c.class_token), c.repeats, c.source, i,
            c.caption_extension)
    for i, c in enumerate(concepts):
        if c.reg_source:
            add(REG_DIR, reg_folder_name(c.reg_repeats, c.reg_class_tokens), c.reg_repeats, c.reg_source, i,
                c.caption_extension)
    return list(folders.values())


def folder_files(folder: PlannedFolder) -> list[tuple[Path, str]]:
    """(source file, name in the layout folder) for each image, its caption and its ``<stem>_mask`` loss
    mask. Two sources with the same file name get ``-2``, ``-3``... so nothing is overwritten; the caption
    and the mask follow their image's name (a mask left behind would become a training image)."""
    placed: list[tuple[Path, str]] = []
    used: set[str] = set()
    for source in folder.sources:
        try:
            listed = list_images(source)
        except FileNotFoundError:
            raise LayoutError(f"{source}: source folder of {folder.rel!r} does not exist. "
                              "Fix the concept's folder or create it.") from None
        images, masked = split_sibling_masks(listed)
        present = set(listed) if masked else set()
        for image in images:
            stem, n = image.stem, 1
            while f"{stem}{image.suffix}".lower() in used:
                n += 1
                stem = f"{image.stem}-{n}"
            used.add(f"{stem}{image.suffix}".lower())
            placed.append((image, stem + image.suffix))
            caption = caption_path_for(image, folder.caption_extension)
            if caption.is_file():
                placed.append((caption, stem + folder.caption_extension))
            mask = sibling_mask(image, present) if image in masked else None
            if mask is not None:
                placed.append((mask, stem + MASK_SUFFIX + mask.suffix))
    return placed


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(target: Path, sources: list[Path]) -> None:
    """Refuse to build into a system folder, the home folder, or anywhere overlapping a source."""
    target = target.resolve()
    home = Path.home().resolve()
    if target == Path(target.anchor) or _is_within(home, target):
        raise LayoutError(f"{target}: refusing to build the layout in a drive root, the home folder or one of "
                          "its parents. Use a folder inside a project, like my-lora/train.")
    for system in _SYSTEM_DIRS:
        system_path = Path(system)
        if system_path.is_absolute() and _is_within(target, system_path):
            raise LayoutError(f"{target}: refusing to build the layout inside the system folder {system_path}.")
    for source in sources:
        source = source.resolve()
        if _is_within(target, source):
            raise LayoutError(f"{target}: the layout folder is inside the source folder {source}; a rebuild "
                              "would mix built files into your images. Move the images to their own folder.")
        if _is_within(source, target):
            raise LayoutError(f"{source}: this source folder is inside the layout folder {target}, which every "
                              "build replaces. Move the images out, for example to prepared/.")


@dataclass
class Manifest:
    """What a build placed: relative path → (source, size, mtime_ns) to recognise untouched files."""

    files: dict[str, dict[str, object]] = field(default_factory=dict)

    def add(self, rel: str, source: Path, dest: Path) -> None:
        st = dest.stat()
        self.files[rel] = {"source": str(source), "size": st.st_size, "mtime_ns": st.st_mtime_ns}

    def owns(self, rel: str, path: Path) -> bool:
        """True when *path* is the file the build placed, unchanged since (edits make it the user's)."""
        entry = self.files.get(rel)
        if entry is None:
            return False
        try:
            st = path.stat()
        except OSError:  # a dangling link put there by someone else
            return False
        if st.st_size == entry["size"] and st.st_mtime_ns == entry["mtime_ns"]:
            return True
        try:  # a hard link whose source was edited in place is still the build's file
            return os.path.samefile(path, str(entry["source"]))
        except OSError:
            return False

    def save(self, folder: Path) -> None:
        atomic_write_text(folder / MANIFEST, json.dumps({"format": MANIFEST_FORMAT, "files": self.files},
                                                        ensure_ascii=False, indent=1))

    @classmethod
    def load(cls, folder: Path) -> Manifest | None:
        path = folder / MANIFEST
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = data["files"]
            if not isinstance(files, dict):
                raise TypeError("files is not a table")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LayoutError(f"{path}: unreadable layout manifest ({exc}). Move {folder} away and build "
                              "again.") from None
        # a manifest entry may only name a file inside the folder
        safe = {rel: entry for rel, entry in files.items()
                if isinstance(entry, dict) and not Path(rel).is_absolute() and ".." not in Path(rel).parts}
        return cls(safe)


@dataclass
class BuildResult:
    target: Path
    folders: list[PlannedFolder]
    placed: int = 0
    linked: int = 0
    copied: int = 0
    removed: int = 0
    carried_over: list[str] = field(default_factory=list)  # user files moved into the new layout
    kept_previous: Path | None = None  # old layout kept because it holds user edits
    warnings: list[str] = field(default_factory=list)


Progress = Callable[[int, int, str], None]


def _files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _remove_empty_dirs(folder: Path) -> None:
    for path in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(path.iterdir()):
            path.rmdir()


def _work_dirs(target: Path, kind: str) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.{kind}-*"))


def _place(src: Path, dest: Path, link: bool) -> bool:
    """Hard-link *src* at *dest*, or copy it; returns whether linking still works here."""
    if link:
        try:
            os.link(src, dest)
            return True
        except OSError:  # other filesystem, FAT/exFAT, no permission to link: copy from now on
            pass
    shutil.copy2(src, dest)
    return False


def _finish_previous(old: Path, target: Path, result: BuildResult) -> None:
    """Empty the old layout: its build files go, user files move into *target* (or stay if taken)."""
    manifest = Manifest.load(old) or Manifest()
    for rel in _files_under(old):
        path = old / rel
        if rel == MANIFEST:
            continue
        if manifest.owns(rel, path):
            path.unlink()
            result.removed += 1
            continue
        dest = target / rel
        if dest.exists():
            result.warnings.append(f"{target / rel} was changed inside the layout folder and the new build "
                                   f"places a file there; your version is kept in the previous layout.")
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, dest)
        result.carried_over.append(rel)
    remaining = [r for r in _files_under(old) if r != MANIFEST]
    if not remaining:
        (old / MANIFEST).unlink(missing_ok=True)
        _remove_empty_dirs(old)
        old.rmdir()
        return
    keep = target.parent / f"{target.name}.previous"
    n = 1
    while keep.exists():
        n += 1
        keep = target.parent / f"{target.name}.previous-{n}"
    os.replace(old, keep)
    result.kept_previous = keep
    result.warnings.append(f"{keep} keeps {len(remaining)} file(s) you edited inside the layout; copy the edits "
                           "into the source folders (edit prepared/, not train/), then delete it.")


def _recover(target: Path, result: BuildResult) -> None:
    """Finish what an interrupted build left: a half-swapped old layout, a stale temp folder."""
    for old in _work_dirs(target, "old"):
        if not target.exists():
            os.replace(old, target)  # the crash came between the two renames: put the old layout back
        else:
            _finish_previous(old, target, result)
    for tmp in _work_dirs(target, "building"):
        shutil.rmtree(tmp)  # holds only links and copies made by an interrupted build


def build_layout(project: Project, target: Path | None = None, progress: Progress | None = None,
                 check_cancelled: Callable[[], None] | None = None) -> BuildResult:
    """Build (or rebuild) the layout of *project*'s concepts in *target* (default ``train/``)."""
    target = Path(target) if target is not None else project.train_dir
    if not project.concepts:
        raise LayoutError(f"{project.file}: the project has no concepts. Add one before building folders.")
    folders = plan_layout(project.concepts, project)
    check_target(target, [s for f in folders for s in f.sources])
    result = BuildResult(target, folders)
    _recover(target, result)
    if target.exists() and Manifest.load(target) is None and any(target.iterdir()):
        raise LayoutError(f"{target}: this folder holds files Danlu did not place. Move them away (or import "
                          "them as concepts) so the build does not mix with them.")
    plan = [(folder, src, name) for folder in folders for src, name in folder_files(folder)]
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.building-{os.getpid()}"
    manifest = Manifest()
    link = True
    try:
        tmp.mkdir()
        for folder in folders:
            (tmp / folder.rel).mkdir(parents=True)
        for done, (folder, src, name) in enumerate(plan, 1):
            if check_cancelled is not None:
                check_cancelled()
            rel = f"{folder.rel}/{name}"
            link = _place(src, tmp / rel, link)
            result.linked += link
            result.copied += not link
            manifest.add(rel, src, tmp / rel)
            if progress is not None:
                progress(done, len(plan), rel)
        manifest.save(tmp)
        if target.exists():
            old = target.parent / f".{target.name}.old-{os.getpid()}"
            os.replace(target, old)
            os.replace(tmp, target)
            _finish_previous(old, target, result)
        else:
            os.replace(tmp, target)
    except BaseException:
        if tmp.exists():
            shutil.rmtree(tmp)
        raise
    result.placed = len(plan)
    return result
