"""A Danlu project: a folder the user picks, with ``danlu.toml`` and the layout of DESIGN.md.

Originals stay where they are (``Concept.source`` points at them); everything Danlu writes goes
under the project folder.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from dataprep.phrases import Phrase
from dataprep.tomlio import ConfigFileError, load_toml, save_toml

PROJECT_FILE = "danlu.toml"
FORMAT_VERSION = 1
PROJECT_KEYS = ("format_version", "name", "sources", "concepts", "demo_models")


@dataclass
class Concept:
    """One thing to learn: ``<repeats>_<identifier> <class_token>`` in sd-scripts' folder naming."""

    identifier: str
    class_token: str
    repeats: int = 10
    source: str = "prepared"
    reg_source: str = ""
    reg_repeats: int = 1
    # class tokens of the regularization folder ``<reg_repeats>_<reg_class>``; empty means class_token
    reg_class: str = ""
    # sidecar caption files of this concept's images (and its reg images): ".txt" or ".caption"
    caption_extension: str = ".txt"

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str) -> Concept:
        if not isinstance(data, dict):
            raise ConfigFileError(Phrase(
                "{where}: a concept must be a [[concepts]] table with an identifier and a class_token, not {value}. "
                "Correct it in a text editor and open the project again.", where=where, value=_shown(data)))
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ConfigFileError(f"{where}: unknown concept field(s) {', '.join(unknown)}.")
        try:
            concept = cls(**data)
        except TypeError as exc:
            raise ConfigFileError(f"{where}: concept needs 'identifier' and 'class_token' ({exc}).") from None
        for name, value in data.items():
            _check_type(value, int if known[name].type == "int" else str, where, name)
        if concept.repeats < 1 or concept.reg_repeats < 1:
            raise ConfigFileError(f"{where}: repeats must be 1 or more.")
        ext = concept.caption_extension
        if not ext.startswith(".") or len(ext) < 2 or any(c in ext for c in "/\\ "):
            raise ConfigFileError(f"{where}: caption_extension {ext!r} must look like '.txt' or '.caption'.")
        return concept

    @property
    def reg_class_tokens(self) -> str:
        return self.reg_class or self.class_token


@dataclass
class Project:
    root: Path
    name: str = ""
    sources: list[str] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    # the bundled demo project: pages offer the tiny demo models (training.demo_models) where a model is needed
    demo_models: bool = False
    # keys Danlu does not know (a user's notes, another tool's table): written back as they were on each save
    extra: dict[str, Any] = field(default_factory=dict)

    # folders of DESIGN.md's project layout
    @property
    def file(self) -> Path:
        return self.root / PROJECT_FILE

    @property
    def prepared_dir(self) -> Path:
        return self.root / "prepared"

    @property
    def reg_dir(self) -> Path:
        return self.root / "reg"

    @property
    def train_dir(self) -> Path:
        return self.root / "train"

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @property
    def cache_dir(self) -> Path:
        return self.root / ".danlu"

    @property
    def thumbs_dir(self) -> Path:
        return self.cache_dir / "thumbs"

    def source_paths(self) -> list[Path]:
        """Source folders as absolute paths (relative ones are relative to the project)."""
        return [p if p.is_absolute() else self.root / p for p in map(Path, self.sources)]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "sources": list(self.sources),
            "concepts": [asdict(c) for c in self.concepts],
            **({"demo_models": True} if self.demo_models else {}),
        }

    def save(self) -> None:
        save_toml(self.file, self.to_dict())

    def snapshot(self) -> Project:
        """A copy to read in another thread while the pages go on editing this one."""
        return replace(self, sources=list(self.sources), concepts=[replace(c) for c in self.concepts],
                       extra=dict(self.extra))


def create_project(root: Path, name: str = "", sources: list[str] | None = None) -> Project:
    """Make a new project folder; refuses to overwrite an existing ``danlu.toml``."""
    root = Path(root).resolve()
    if (root / PROJECT_FILE).exists():
        raise FileExistsError(f"{root / PROJECT_FILE} already exists: open that project instead.")
    root.mkdir(parents=True, exist_ok=True)
    project = Project(root=root, name=name or root.name, sources=list(sources or []))
    project.save()
    return project


def load_project(root: Path) -> Project:
    root = Path(root).resolve()
    path = root / PROJECT_FILE if root.is_dir() or not root.name.endswith(".toml") else root
    data = load_toml(path)
    version = _check_type(data.get("format_version", FORMAT_VERSION), int, str(path), "format_version")
    if version > FORMAT_VERSION:
        raise ConfigFileError(f"{path}: written by a newer Danlu (format {version}). Update Danlu to open it.")
    sources = _check_type(data.get("sources", []), list, str(path), "sources")
    for source in sources:
        _check_type(source, str, str(path), "sources")
    concepts = _check_type(data.get("concepts", []), list, str(path), "concepts")
    return Project(root=path.parent, name=_check_type(data.get("name", path.parent.name), str, str(path), "name"),
                   sources=sources, concepts=[Concept.from_dict(c, f"{path} concept {i + 1}")
                                              for i, c in enumerate(concepts)],
                   demo_models=data.get("demo_models") is True,
                   extra={k: v for k, v in data.items() if k not in PROJECT_KEYS})


def _check_type(value: Any, expected: type, where: str, key: str) -> Any:
    """*value* when it has the type Danlu needs: a danlu.toml edited by hand can hold anything, and a wrong
    type must stop the opening with a message, not fail somewhere on a page later."""
    if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
        return value
    shown = _shown(value)
    if expected is int:
        raise ConfigFileError(Phrase("{where}: {key} must be a whole number, not {value}. Correct it in a text "
                                     "editor and open the project again.", where=where, key=key, value=shown))
    if expected is list:
        raise ConfigFileError(Phrase("{where}: {key} must be a list in square brackets, not {value}. Correct it in "
                                     "a text editor and open the project again.", where=where, key=key, value=shown))
    raise ConfigFileError(Phrase("{where}: {key} must be text in quotes, not {value}. Correct it in a text editor "
                                 "and open the project again.", where=where, key=key, value=shown))


def _shown(value: Any) -> str:
    """A wrong value as the message quotes it: short, whatever its size."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def write_problem(project: Project) -> Phrase | None:
    """Why Danlu cannot write in *project*'s folder (a read-only copy, a full disk), else None: every step
    saves its work there, so the project is refused at opening rather than failing at each button."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".danlu-write-check-", dir=project.root)
    except OSError as exc:
        return Phrase("{folder}: Danlu cannot write in this project folder ({error}). Every step saves its work "
                      "there: make the folder writable, or copy the project to a folder you can write to and open "
                      "the copy.", folder=str(project.root), error=exc.strerror or str(exc))
    os.close(fd)
    os.unlink(tmp)
    return None


def is_project(folder: Path) -> bool:
    return (Path(folder) / PROJECT_FILE).is_file()
