"""Captioning models on disk: which ones Danlu knows, where they are, fetching and removing them.

Models live in the standard Hugging Face cache (``~/.cache/huggingface/hub``, or ``HF_HUB_CACHE``), so
a model another tool already downloaded is reused, or in any local folder the user picks.

huggingface_hub (2.x) writes each download to a process-unique ``blobs/<etag>.<id>.incomplete`` file,
checks its length against the server's, and only then renames it into ``blobs/`` and links it from
``snapshots/``; on failure the partial file is deleted. A file that is visible in a snapshot is
therefore complete as far as the transfer goes; a connection drop mid-file is retried from the byte it
stopped at (HTTP Range) within the same call, while an interrupted process starts that file again
(hf_xet, when installed, keeps a chunk cache that makes the restart cheap). Files damaged later are
caught when the model loads (a clear error, see :class:`ModelFileError`), and :func:`verify_model`
compares each LFS blob with the SHA-256 it is named after.

Offline mode (``HF_HUB_OFFLINE=1`` or ``DANLU_OFFLINE=1``) never touches the network: a missing file
raises :class:`ModelUnavailableError` naming the model, the file and how to get it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from huggingface_hub import constants as hf_constants
from huggingface_hub import hf_hub_download, scan_cache_dir, try_to_load_from_cache
from huggingface_hub.errors import (
    CacheNotFound,
    EntryNotFoundError,
    GatedRepoError,
    LocalEntryNotFoundError,
    RepositoryNotFoundError,
)
from huggingface_hub.utils import tqdm as hf_tqdm

from dataprep.fsutil import out_of_room
from dataprep.phrases import Phrase, exception_text, names

WD_TAGGER = "wd_tagger"
BLIP = "blip"
KINDS = (WD_TAGGER, BLIP)
KIND_LABELS = {WD_TAGGER: "WD tagger", BLIP: "BLIP captioner"}

# kind -> (files a model of that kind needs, files used when present)
KIND_FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    WD_TAGGER: (("model.onnx", "selected_tags.csv"), ()),
    BLIP: (
        ("config.json", "preprocessor_config.json", "tokenizer_config.json", "vocab.txt", "model.safetensors"),
        ("special_tokens_map.json", "tokenizer.json"),
    ),
}

# What a folder the user picks must hold: one file of each group. A BLIP folder written by
# transformers 5's save_pretrained has processor_config.json and tokenizer.json instead of the
# Salesforce repos' preprocessor_config.json and vocab.txt. Weights: safetensors only (no pickles).
LOCAL_REQUIREMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    WD_TAGGER: (("model.onnx",), ("selected_tags.csv",)),
    BLIP: (
        ("config.json",),
        ("model.safetensors",),
        ("preprocessor_config.json", "processor_config.json"),
        ("vocab.txt", "tokenizer.json"),
    ),
}

OFFLINE_VARS = ("HF_HUB_OFFLINE", "DANLU_OFFLINE")

ProgressCallback = Callable[[str, int, "int | None"], None]
"""``progress(filename, bytes_done, bytes_total)`` while a file downloads."""


@dataclass(frozen=True)
class ModelSpec:
    repo_id: str
    kind: str
    label: str

    @property
    def files(self) -> tuple[str, ...]:
        return KIND_FILES[self.kind][0]

    @property
    def optional_files(self) -> tuple[str, ...]:
        return KIND_FILES[self.kind][1]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


KNOWN_MODELS: dict[str, ModelSpec] = {
    spec.repo_id: spec
    for spec in (
        ModelSpec("SmilingWolf/wd-vit-tagger-v3", WD_TAGGER, "WD ViT tagger v3"),
        ModelSpec("SmilingWolf/wd-swinv2-tagger-v3", WD_TAGGER, "WD SwinV2 tagger v3"),
        ModelSpec("SmilingWolf/wd-convnext-tagger-v3", WD_TAGGER, "WD ConvNeXt tagger v3"),
        ModelSpec("SmilingWolf/wd-eva02-large-tagger-v3", WD_TAGGER, "WD EVA02-Large tagger v3"),
        ModelSpec("SmilingWolf/wd-v1-4-moat-tagger-v2", WD_TAGGER, "WD 1.4 MOAT tagger v2"),
        ModelSpec("SmilingWolf/wd-v1-4-swinv2-tagger-v2", WD_TAGGER, "WD 1.4 SwinV2 tagger v2"),
        ModelSpec("SmilingWolf/wd-v1-4-convnext-tagger-v2", WD_TAGGER, "WD 1.4 ConvNeXt tagger v2"),
        ModelSpec("SmilingWolf/wd-v1-4-vit-tagger-v2", WD_TAGGER, "WD 1.4 ViT tagger v2"),
        ModelSpec("Salesforce/blip-image-captioning-base", BLIP, "BLIP captioning (base)"),
        ModelSpec("Salesforce/blip-image-captioning-large", BLIP, "BLIP captioning (large)"),
    )
}

DEFAULT_WD_TAGGER = "SmilingWolf/wd-vit-tagger-v3"
DEFAULT_BLIP = "Salesforce/blip-image-captioning-large"

_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ModelUnavailableError(Exception):
    """The model is not on disk and cannot be fetched now; the message says how to get it."""


class ModelFileError(Exception):
    """A model file exists but cannot be used (truncated, damaged, wrong format); names the file."""


@dataclass(frozen=True)
class ResolvedModel:
    """A model ready to load: the folder holding its files."""

    path: Path
    kind: str
    repo_id: str | None = None  # None for a folder the user picked

    @property
    def name(self) -> str:
        return self.repo_id or str(self.path)


@dataclass(frozen=True)
class CachedModel:
    """One model repository in the Hugging Face cache, as the Settings page lists it."""

    repo_id: str
    path: Path
    size_on_disk: int
    complete: bool  # every file Danlu needs is present (True for repos Danlu does not know)
    missing: tuple[str, ...]
    incomplete_bytes: int  # leftovers of interrupted downloads, never used, removed by delete_model
    spec: ModelSpec | None


def default_cache_dir() -> Path:
    """huggingface_hub's cache folder; HF_HUB_CACHE set after import (by the GUI, by tests) counts too."""
    return Path(os.environ.get("HF_HUB_CACHE") or hf_constants.HF_HUB_CACHE)


def offline_reason() -> str | None:
    """Which environment variable makes Danlu offline, or None when it may download."""
    for var in OFFLINE_VARS:
        if os.environ.get(var, "").strip().lower() in ("1", "true", "yes", "on"):
            return f"{var}={os.environ[var]}"
    return None


def spec_for(repo_id: str, kind: str | None = None) -> ModelSpec:
    """The known model *repo_id*, or an ad-hoc spec for another repository of a given *kind*."""
    if repo_id in KNOWN_MODELS:
        spec = KNOWN_MODELS[repo_id]
        if kind is not None and kind != spec.kind:
            raise ValueError(Phrase("{repo} is a {kind}, not a {wanted}.", repo=repo_id, kind=spec.kind_label,
                                    wanted=KIND_LABELS.get(kind, kind)))
        return spec
    if kind not in KINDS:
        known = ", ".join(KNOWN_MODELS)
        raise ValueError(Phrase(
            "'{repo}' is not a model Danlu knows ({known}). For another Hugging Face repository also say which kind "
            "it is ({kinds}), or pick a local folder.", repo=repo_id, known=known, kinds=" / ".join(KINDS)
        ))
    return ModelSpec(repo_id, kind, repo_id)


def download_command(spec: ModelSpec) -> str:
    return f"hf download {spec.repo_id} {' '.join(spec.files + spec.optional_files)}"


def detect_kind(folder: Path) -> str | None:
    """The kind of model a local folder holds, judged by its files (a Hugging Face cache repository folder:
    by its snapshot's)."""
    folder = _cached_snapshot(Path(folder)) or Path(folder)
    if (folder / "model.onnx").is_file() or (folder / "selected_tags.csv").is_file():
        return WD_TAGGER
    config = folder / "config.json"
    if config.is_file():
        try:
            model_type = json.loads(config.read_text(encoding="utf-8")).get("model_type", "")
        except (OSError, ValueError):
            return None
        if model_type == "blip":
            return BLIP
    return None


def local_model(path: Path, kind: str | None = None) -> ResolvedModel:
    """A model in a folder the user picked (or its ``model.onnx``); checks the files are there."""
    path = Path(path).expanduser()
    folder = path.parent if path.is_file() else path
    if not folder.is_dir():
        raise ModelUnavailableError(
            Phrase("{path}: no such folder. Pick the folder that holds the model's files.", path=str(path))
        )
    folder = _cached_snapshot(folder) or folder
    found = detect_kind(folder)
    if found is None:
        raise ModelUnavailableError(Phrase(
            "{path}: no captioning model here. A WD tagger folder holds model.onnx and selected_tags.csv; a BLIP "
            "folder holds config.json (model_type \"blip\") and its weights.", path=str(folder)
        ))
    if kind is not None and kind != found:
        raise ModelUnavailableError(Phrase("{path}: holds a {kind}, not a {wanted}.", path=str(folder),
                                           kind=KIND_LABELS[found], wanted=KIND_LABELS[kind]))
    groups = LOCAL_REQUIREMENTS[found]
    missing = [" or ".join(group) for group in groups if not any((folder / f).is_file() for f in group)]
    if missing:
        raise ModelUnavailableError(Phrase("{path}: missing {files}. Copy the model's complete folder there.",
                                           path=str(folder), files=names(missing)))
    return ResolvedModel(folder, found)


def _cached_snapshot(folder: Path) -> Path | None:
    """The files of a Hugging Face cache repository folder (``models--owner--name``, what a user browsing the
    cache picks): the snapshot its ``refs/main`` names, or its only snapshot."""
    if not folder.name.startswith("models--") or not (folder / "snapshots").is_dir():
        return None
    try:
        ref = (folder / "refs" / "main").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        ref = ""
    if ref and (folder / "snapshots" / ref).is_dir():
        return folder / "snapshots" / ref
    snapshots = [p for p in (folder / "snapshots").iterdir() if p.is_dir()]
    return snapshots[0] if len(snapshots) == 1 else None


def _looks_like_path(model: str) -> bool:
    """A repo id is exactly ``owner/name``; anything else the user typed is a path."""
    return model.startswith((".", "~", "/")) or "\\" in model or not _REPO_ID.match(model)


def cached_model_path(spec: ModelSpec, cache_dir: Path | None = None) -> tuple[Path | None, list[str]]:
    """(snapshot folder, []) when every needed file of *spec* is cached, else (None, missing files)."""
    cache = str(cache_dir or default_cache_dir())
    folder: Path | None = None
    missing = []
    for name in spec.files:
        found = try_to_load_from_cache(spec.repo_id, name, cache_dir=cache)
        if isinstance(found, str) and os.path.isfile(found):
            folder = Path(found).parent
        else:
            missing.append(name)
    return (folder if not missing else None), missing


def _unavailable(spec: ModelSpec, missing: list[str], cache_dir: Path, reason: str) -> ModelUnavailableError:
    var = reason.split("=")[0]
    return ModelUnavailableError(Phrase(
        "{kind} {repo} is not downloaded: the Hugging Face cache ({cache}) lacks {files}, and Danlu is offline "
        "({reason}), so it does not download. To get it: unset {var} and run again (Danlu downloads it), or run "
        "`{command}` on a connected machine and copy its Hugging Face cache here, or pick a local folder that holds "
        "{needed}.", kind=spec.kind_label, repo=spec.repo_id, cache=str(cache_dir), files=names(missing),
        reason=reason, var=var, command=download_command(spec), needed=names(list(spec.files)),
    ))


def _progress_class(callback: ProgressCallback, filename: str) -> type[hf_tqdm]:
    """A silent tqdm that reports bytes to *callback* (huggingface_hub takes a tqdm class)."""

    class _Report(hf_tqdm):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)
            self._done = int(kwargs.get("initial") or 0)  # type: ignore[call-overload]
            callback(filename, self._done, self.total)

        def update(self, n: float | None = 1) -> bool | None:
            self._done += int(n or 0)
            callback(filename, self._done, self.total)
            return None

    return _Report


def download_model(
    spec: ModelSpec, cache_dir: Path | None = None, progress: ProgressCallback | None = None
) -> Path:
    """Fetch the files of *spec* into the cache (files already there are not fetched again)."""
    reason = offline_reason()
    cache = cache_dir or default_cache_dir()
    if reason is not None:
        folder, missing = cached_model_path(spec, cache)
        if folder is None:
            raise _unavailable(spec, missing, cache, reason)
        return folder
    folder = None
    for name in spec.files + spec.optional_files:
        tqdm_class = _progress_class(progress, name) if progress is not None else None
        try:
            local = hf_hub_download(spec.repo_id, name, cache_dir=str(cache), tqdm_class=tqdm_class)
        except LocalEntryNotFoundError:  # (a subclass of EntryNotFoundError: test it first)
            raise ModelUnavailableError(Phrase(
                "Could not download {file} of {repo}: the Hugging Face Hub cannot be reached and the file is not in "
                "the cache ({cache}). Check the connection and try again, or pick a local folder that holds "
                "{needed}.", file=name, repo=spec.repo_id, cache=str(cache), needed=names(list(spec.files))
            )) from None
        except EntryNotFoundError:
            if name in spec.optional_files:
                continue
            raise ModelUnavailableError(Phrase("{repo} has no {file}; it is not a {kind} Danlu can use.",
                                               repo=spec.repo_id, file=name, kind=spec.kind_label)) from None
        except GatedRepoError:  # (a subclass of RepositoryNotFoundError: test it first)
            raise ModelUnavailableError(Phrase(
                "{repo} is gated on the Hugging Face Hub: open its page, accept its terms, log in with "
                "`hf auth login`, then download again; or pick a local folder that holds {needed}.", repo=spec.repo_id,
                needed=names(list(spec.files)),
            )) from None
        except RepositoryNotFoundError:
            raise ModelUnavailableError(Phrase(
                "{repo} is not on the Hugging Face Hub (or it is private). Check the name: owner/name, as in the "
                "address of its page.", repo=spec.repo_id,
            )) from None
        except OSError as exc:
            if out_of_room(exc) or isinstance(exc, PermissionError):  # the cache, not the connection
                raise ModelUnavailableError(Phrase(
                    "Could not download {file} of {repo}: cannot write to the Hugging Face cache ({cache}): {error}. "
                    "Free some space on that disk or make the folder writable (or set HF_HUB_CACHE to another folder), "
                    "then download again; the files already downloaded are kept.", file=name, repo=spec.repo_id,
                    cache=str(cache), error=str(exc.strerror or exc),
                )) from None
            # HTTP errors (server errors, a dropped connection) are OSErrors too
            raise ModelUnavailableError(Phrase(
                "Could not download {file} of {repo}: {error}. Check the name and the connection and try again, or "
                "pick a local folder that holds {needed}.", file=name, repo=spec.repo_id, error=str(exc),
                needed=names(list(spec.files)),
            )) from None
        folder = Path(local).parent
    assert folder is not None
    return folder


def resolve_model(
    model: str,
    kind: str | None = None,
    cache_dir: Path | None = None,
    progress: ProgressCallback | None = None,
) -> ResolvedModel:
    """Turn the user's choice (a known repo id, another repo id with *kind*, a local folder or file) into
    a folder of complete files, downloading when needed and allowed."""
    model = str(model).strip()
    if not model:
        raise ModelUnavailableError(Phrase("No model chosen. Pick a model in Settings → Models, or a local folder."))
    if Path(model).expanduser().exists() or _looks_like_path(model):
        return local_model(Path(model), kind)
    try:
        spec = spec_for(model, kind)
    except ValueError as exc:
        raise ModelUnavailableError(exception_text(exc)) from None
    # A model whose files are all cached is used as it is, without asking the Hub: huggingface_hub checks each
    # file online first, which cost a caption job (and each preview) 10 s per file where the Hub is blocked and
    # connections hang. Fetching it again is the Download button's work (download_model).
    folder, _ = cached_model_path(spec, cache_dir)
    if folder is None:
        folder = download_model(spec, cache_dir, progress)
    return ResolvedModel(folder, spec.kind, spec.repo_id)


def _incomplete_bytes(repo_path: Path) -> int:
    return sum(p.stat().st_size for p in (repo_path / "blobs").glob("*.incomplete") if p.is_file())


def list_cached_models(cache_dir: Path | None = None) -> list[CachedModel]:
    """Every model repository in the cache with its size on disk, known ones marked complete or not."""
    cache = cache_dir or default_cache_dir()
    try:
        info = scan_cache_dir(cache)
    except CacheNotFound:
        return []
    models = []
    for repo in sorted(info.repos, key=lambda r: r.repo_id.lower()):
        if repo.repo_type != "model":
            continue
        spec = KNOWN_MODELS.get(repo.repo_id)
        missing: list[str] = []
        if spec is not None:
            _, missing = cached_model_path(spec, cache)
        models.append(
            CachedModel(
                repo_id=repo.repo_id,
                path=Path(repo.repo_path),
                size_on_disk=repo.size_on_disk,
                complete=not missing,
                missing=tuple(missing),
                incomplete_bytes=_incomplete_bytes(Path(repo.repo_path)),
                spec=spec,
            )
        )
    return models


def delete_model(repo_id: str, cache_dir: Path | None = None) -> int:
    """Remove a model repository from the cache (all revisions, leftovers included); bytes freed."""
    cache = Path(cache_dir or default_cache_dir())
    for model in list_cached_models(cache):
        if model.repo_id == repo_id:
            freed = model.size_on_disk + model.incomplete_bytes
            shutil.rmtree(model.path)
            shutil.rmtree(cache / ".locks" / model.path.name, ignore_errors=True)
            return freed
    raise ModelUnavailableError(Phrase("{repo} is not in the Hugging Face cache ({cache}); nothing to delete.",
                                       repo=repo_id, cache=str(cache)))


def verify_model(folder: Path) -> list[str]:
    """Files in a cached snapshot whose content does not match the SHA-256 their blob is named after
    (Git LFS files are stored under their hash); empty when all match or nothing can be checked."""
    damaged = []
    for link in sorted(Path(folder).iterdir()):
        blob = link.resolve()
        if not _SHA256.match(blob.name) or not blob.is_file():
            continue
        digest = hashlib.sha256()
        with open(blob, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != blob.name:
            damaged.append(link.name)
    return damaged


def damaged_file_error(path: Path, what: Phrase, detail: str) -> ModelFileError:
    """The error for a model file that exists but cannot be read; says how to replace it."""
    return ModelFileError(Phrase(
        "{path}: {what} ({detail}). The file is damaged or incomplete: delete the model in Settings → Models and "
        "download it again, or pick another folder.", path=str(path), what=what, detail=detail
    ))
