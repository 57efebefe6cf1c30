"""Auto-captioning: run a WD tagger or BLIP over images and write sidecar caption files.

``python -m dataprep caption caption.toml``; the GUI runs the same job and streams its ``result``
events into the Captions page, and calls :func:`preview_changes` for a dry run on a selection.

Writing modes: ``overwrite`` replaces the caption; ``append`` keeps the existing caption and adds the
generated tags it lacks (compared as :func:`~dataprep.wd_tags.tag_match_key` does, so ``long_hair``
and ``long hair`` are the same tag); ``skip`` leaves images that already have a non-empty caption file
alone (and does not spend model time on them). A trigger word, when given, becomes the first tag.
Files keep their BOM / line-ending conventions and are replaced atomically (``caption_io``); a file
changed on disk while the job ran is not overwritten.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from dataprep.blip_captioner import BlipCaptioner, BlipOptions
from dataprep.caption_io import (
    CAPTION_EXTENSIONS,
    CaptionConflictError,
    CaptionEncodingError,
    FileSnapshot,
    caption_path_for,
    read_caption,
    unreadable_caption,
    write_caption,
)
from dataprep.fsutil import out_of_room
from dataprep.image_import import ImageReadError
from dataprep.imagefiles import FolderReadError
from dataprep.jobs import JobContext, JobError
from dataprep.masks import list_training_images
from dataprep.model_registry import (
    BLIP,
    DEFAULT_WD_TAGGER,
    KINDS,
    WD_TAGGER,
    ModelFileError,
    ModelUnavailableError,
    ProgressCallback,
    resolve_model,
)
from dataprep.phrases import Phrase, exception_text
from dataprep.wd_tagger import PROVIDERS, WDTagger
from dataprep.wd_tags import TagOptions, tag_match_key

MODES = ("overwrite", "append", "skip")


class Captioner(Protocol):
    device_warning: str | None

    def caption_paths(self, paths: Iterable[Path]) -> Iterator[tuple[Path, list[str] | Exception]]: ...


@dataclass(frozen=True)
class CaptionOptions:
    """Everything the caption job reads from its config (TOML keys have the same names)."""

    model: str = DEFAULT_WD_TAGGER  # a known repo id, another repo id with `kind`, or a local folder
    kind: str | None = None  # "wd_tagger" or "blip"; needed only for repos Danlu does not know
    extension: str = ".txt"
    mode: str = "skip"
    trigger: str = ""
    separator: str = ", "
    batch_size: int = 8
    workers: int = 0  # decode threads; 0: one per core (at most 8)
    device: str = "auto"  # "auto", "cuda" or "cpu"
    # WD tagger, faster and approximate: an int8 copy of the model on the CPU, JPEGs decoded at reduced
    # size. Off by default: it changes the scores (so tags near a threshold), see docs/captioning.md.
    wd_fast: bool = False
    wd: TagOptions = field(default_factory=TagOptions)
    blip: BlipOptions = field(default_factory=BlipOptions)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        if self.extension not in CAPTION_EXTENSIONS:
            raise ValueError(f"extension must be one of {', '.join(CAPTION_EXTENSIONS)}, got {self.extension!r}")
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.device not in PROVIDERS:
            raise ValueError(f"device must be one of {', '.join(PROVIDERS)}, got {self.device!r}")
        if not self.separator.strip():
            raise ValueError("separator must contain a visible character, such as ', '")
        if self.batch_size < 1 or self.workers < 0:
            raise ValueError("batch_size must be 1 or more and workers 0 or more")

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> CaptionOptions:
        """Options from a caption config; raises ValueError naming the key that is wrong."""
        top = {k: v for k, v in config.items() if k not in JOB_KEYS}
        wd = _build(TagOptions, top.pop("wd", {}), "wd")
        blip = _build(BlipOptions, top.pop("blip", {}), "blip")
        if "extension" in top and not str(top["extension"]).startswith("."):
            top["extension"] = "." + str(top["extension"])
        options = _build(cls, top, "")
        return dataclasses.replace(options, wd=wd, blip=blip)


JOB_KEYS = ("images", "files", "recursive", "run_dir")  # read by the job, not by CaptionOptions


def _build(cls: type, table: Any, section: str) -> Any:
    """A dataclass from a TOML table, each value checked against the type of the field's default."""
    where = f"[{section}] " if section else ""
    if not isinstance(table, dict):
        raise ValueError(f"{where or section}: expected a table of options, got {table!r}")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in ("wd", "blip")}
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise ValueError(f"{where}unknown option(s) {', '.join(unknown)}; known: {', '.join(fields)}")
    defaults = cls()
    values = {}
    for key, value in table.items():
        default = getattr(defaults, key)
        try:
            values[key] = _coerce(key, value, default)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{where}{key}: {exc}") from None
    try:
        return cls(**values)
    except ValueError as exc:
        raise ValueError(f"{where}{exc}") from None


def _kohya_pairs(text: str) -> list[list[str]]:
    """sd-scripts' ``--tag_replacement`` text: ``source,target;source2,target2``, ``\\,`` and ``\\;`` escaped."""
    comma, semicolon = "\0c", "\0s"
    text = text.replace("\\,", comma).replace("\\;", semicolon)
    pairs = []
    for pair in text.split(";"):
        parts = [part.replace(comma, ",").replace(semicolon, ";") for part in pair.split(",")]
        if len(parts) != 2 and pair.strip():
            raise ValueError(f"as text, write source,target pairs separated by ';' (as sd-scripts' --tag_replacement), "
                             f"got {pair.strip()!r}")
        if pair.strip():
            pairs.append(parts)
    return pairs


def _coerce(key: str, value: Any, default: Any) -> Any:
    if key == "replacements":
        pairs = value.items() if isinstance(value, dict) else _kohya_pairs(value) if isinstance(value, str) else value
        out = []
        for pair in pairs:
            if len(pair) != 2:
                raise ValueError(f"each replacement is [source, target], got {pair!r}")
            out.append((str(pair[0]), str(pair[1])))
        return tuple(out)
    if isinstance(default, tuple):  # tag lists: a TOML array or one comma-separated string
        items = value.split(",") if isinstance(value, str) else list(value)
        return tuple(str(t).strip() for t in items if str(t).strip())
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}")
        return value
    if isinstance(default, int) and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(f"expected a whole number, got {value!r}")
    if isinstance(default, float) and not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(default, float):
        return float(value)
    if (isinstance(default, str) or default is None) and not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


# ---------------------------------------------------------------- merging and planning


def merge_caption(old: str | None, generated: list[str], options: CaptionOptions) -> str:
    """The caption to write given the current one (None: no file) and the model's tags or sentence."""
    if options.mode == "skip" and old and old.strip():
        return old
    sep = options.separator.strip()
    base = [t.strip() for t in old.split(sep) if t.strip()] if options.mode == "append" and old else []
    keys = {tag_match_key(t) for t in base}
    added = []
    for tag in generated:
        if tag.strip() and tag_match_key(tag) not in keys:
            keys.add(tag_match_key(tag))
            added.append(tag.strip())
    # a trigger may be several tags ("ohwx, woman"): each is one tag of the caption, never written twice
    trigger = list(dict.fromkeys(t.strip() for t in options.trigger.split(sep) if t.strip()))
    trigger_keys = [tag_match_key(t) for t in trigger]
    trigger_in_place = [tag_match_key(t) for t in base[: len(trigger)]] == trigger_keys
    if options.mode == "append" and old is not None and not added and trigger_in_place:
        return old  # nothing to add: keep the file byte for byte
    tags = base + added
    if trigger:
        tags = trigger + [t for t in tags if tag_match_key(t) not in trigger_keys]
    return options.separator.join(tags)


@dataclass(frozen=True)
class CaptionChange:
    """What captioning does to one image: the GUI's preview row and the job's ``result`` event."""

    image: Path
    caption_path: Path
    old: str | None  # None: no caption file yet
    new: str
    action: str  # "write", "unchanged", "skip" or "error"
    error: str = ""
    snapshot: FileSnapshot | None = field(default=None, repr=False, compare=False)

    def as_event(self) -> dict[str, Any]:
        data = {"image": str(self.image), "caption_file": str(self.caption_path), "old": self.old,
                "new": self.new, "action": self.action}  # fmt: skip
        if self.error:
            data["error"] = self.error
        return data


def has_caption(image: Path, options: CaptionOptions) -> bool:
    """Whether *image* has a caption file with text in it (an empty file does not count)."""
    path = caption_path_for(image, options.extension)
    try:
        return bool(path.read_bytes().replace(b"\xef\xbb\xbf", b"").strip())
    except OSError:  # none, or one that cannot be read (a folder of that name): plan_change says why
        return False


def skipped(image: Path, options: CaptionOptions) -> CaptionChange:
    path = caption_path_for(image, options.extension)
    old = path.read_text(encoding="utf-8-sig", errors="replace").strip()
    return CaptionChange(image, path, old, old, "skip")


def plan_change(image: Path, generated: list[str] | Exception, options: CaptionOptions) -> CaptionChange:
    """Read the current caption of *image* and decide what to write (nothing is written here)."""
    path = caption_path_for(image, options.extension)
    if isinstance(generated, ImageReadError):  # its message names the file and says what to do
        return CaptionChange(image, path, None, "", "error", generated.message)
    if isinstance(generated, Exception):
        return CaptionChange(image, path, None, "", "error",
                             Phrase("{path}: cannot read this image ({error}).", path=str(image), error=str(generated)))
    try:
        current = read_caption(path)
    except FileNotFoundError:
        old, snapshot = None, None
    except CaptionEncodingError as exc:
        return CaptionChange(image, path, None, "", "error", exception_text(exc))
    except OSError as exc:  # a folder with the caption's name, a file that may not be read
        return CaptionChange(image, path, None, "", "error", unreadable_caption(path, exc))
    else:
        old, snapshot = current.text, current.snapshot
    if options.mode == "skip" and old and old.strip():
        return CaptionChange(image, path, old, old, "skip", snapshot=snapshot)
    new = merge_caption(old, generated, options)
    return CaptionChange(image, path, old, new, "unchanged" if new == old else "write", snapshot=snapshot)


def apply_change(change: CaptionChange) -> CaptionChange:
    """Write a planned change atomically, refusing when the file changed since it was read. A full or read-only
    disk raises its OSError (fsutil.out_of_room): every later write would fail too."""
    if change.action != "write":
        return change
    try:
        write_caption(change.caption_path, change.new, expected=change.snapshot)
    except CaptionConflictError as exc:
        return dataclasses.replace(change, action="error", error=exception_text(exc))
    except OSError as exc:
        if out_of_room(exc):
            raise
        return dataclasses.replace(change, action="error", error=Phrase(
            "{path}: cannot write the caption ({error}). Check that its folder is writable.",
            path=str(change.caption_path), error=str(exc.strerror or exc)))
    return change


# ---------------------------------------------------------------- captioners


def load_captioner(
    options: CaptionOptions,
    cache_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    log: Callable[[str], None] | None = None,
) -> Captioner:
    """Find (download if allowed) and load the model of *options*. Raises ModelUnavailableError or
    ModelFileError with a message for the user; *log* hears about one-time work (the int8 copy)."""
    model = resolve_model(options.model, options.kind, cache_dir, progress)
    if model.kind == WD_TAGGER:
        return WDTagger(
            model.path, options.wd, options.device, options.batch_size, options.workers, options.wd_fast, log
        )
    assert model.kind == BLIP
    return BlipCaptioner(model.path, options.blip, options.device, options.batch_size, options.workers)


def preview_changes(
    images: list[Path], options: CaptionOptions, captioner: Captioner | None = None
) -> list[CaptionChange]:
    """Dry run: what captioning *images* would change, one row per image, in order; writes nothing."""
    images = [Path(p) for p in images]
    todo = [p for p in images if not (options.mode == "skip" and has_caption(p, options))]
    planned: dict[Path, CaptionChange] = {}
    if todo:
        captioner = captioner or load_captioner(options)
        for image, generated in captioner.caption_paths(todo):
            planned[image] = plan_change(image, generated, options)
    return [planned.get(p) or skipped(p, options) for p in images]


# ---------------------------------------------------------------- the job


def _job_images(ctx: JobContext) -> list[Path]:
    files = ctx.config.get("files")
    if files is not None:
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise JobError("config", Phrase("files must be a list of image paths."))
        images = [ctx.resolve(f) for f in files]
        missing = [str(p) for p in images if not p.is_file()]
        if missing:
            raise JobError("io", Phrase("{n} image(s) not found, first: {file}.", n=len(missing), file=missing[0]),
                           Phrase("Check the file list."))
        return images
    if "images" not in ctx.config:
        raise JobError("config",
                       Phrase("caption needs 'images' (a folder) or 'files' (a list of images) in its config."))
    try:
        return list_training_images(ctx.resolve(ctx.config["images"]), bool(ctx.config.get("recursive", False)))
    except (FileNotFoundError, FolderReadError) as exc:
        raise JobError("io", exception_text(exc)) from None


def _download_reporter(ctx: JobContext, every_s: float = 0.25) -> Callable[[str, int, int | None], None]:
    last = [0.0]

    def report(name: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - last[0] >= every_s or (total is not None and done >= total):
            last[0] = now
            ctx.emitter.progress(done, total or 0, "byte", stage="download", file=name)

    return report


def caption_job(ctx: JobContext) -> list[str]:
    """Config: ``images`` (folder) + ``recursive``, or ``files``; the CaptionOptions keys; [wd]/[blip]."""
    try:
        options = CaptionOptions.from_config(ctx.config)
    except ValueError as exc:
        raise JobError("config", f"caption config: {exc}") from None
    images = _job_images(ctx)
    total = len(images)
    emitter = ctx.emitter
    emitter.progress(0, total, "image")
    done = 0
    todo = []
    for image in images:
        if options.mode == "skip" and has_caption(image, options):
            emitter.emit("result", data=skipped(image, options).as_event())
            done += 1
        else:
            todo.append(image)
    if done:
        emitter.emit("log", message=Phrase("{n} image(s) already have a caption and are skipped (mode = skip).",
                                            n=done))
        emitter.progress(done, total, "image")
    written: list[str] = []
    if not todo:
        return written
    try:
        captioner = load_captioner(
            options, progress=_download_reporter(ctx), log=lambda message: emitter.emit("log", message=message)
        )
    except (ModelUnavailableError, ModelFileError) as exc:
        raise JobError("model", exception_text(exc),
                       Phrase("Pick another model or a local folder in Settings → Models.")) from None
    if captioner.device_warning:
        emitter.warning(captioner.device_warning)
    stream = captioner.caption_paths(todo)
    try:
        for image, generated in stream:
            ctx.check_cancelled()
            try:
                change = apply_change(plan_change(image, generated, options))
            except OSError as exc:  # the disk is full or read-only
                raise JobError("io", Phrase("{path}: cannot write the caption ({error}).",
                                            path=str(caption_path_for(image, options.extension)),
                                            error=str(exc.strerror or exc)),
                               Phrase("Free some space on that disk, then caption again: the captions written so "
                                      "far are kept.")) from None
            if change.action == "error":
                emitter.warning(change.error, path=str(image))
            elif change.action == "write":
                written.append(str(change.caption_path))
            emitter.emit("result", data=change.as_event())
            done += 1
            emitter.progress(done, total, "image")
    finally:
        stream.close()  # type: ignore[attr-defined]
    return written
