"""Checks on the concepts and their folders before a build, in plain language.

Each finding is an Issue: "error" (sd-scripts would stop, or a concept would silently train nothing),
"warning" (it trains, but probably not as meant) or "info" (a check that could not run, and why).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dataprep.caption_io import CaptionEncodingError, caption_path_for, read_caption, unreadable_caption
from dataprep.imagefiles import IMAGE_EXTENSIONS, PREPARE_ONLY_EXTENSIONS, FolderReadError
from dataprep.layout import LayoutError, PlannedFolder, plan_layout
from dataprep.masks import list_training_images
from dataprep.phrases import Phrase, exception_text, phrase_fields
from dataprep.project import Concept, Project
from dataprep.steps import balance_reg_repeats
from resources import resource_path

LEVELS = ("error", "warning", "info")
CLIP_TOKENIZER_DIR = resource_path("tokenizers", "clip-vit-large-patch14")
COMMON_WORDS_FILE = resource_path("wordlists", "common_english.txt")
MAX_IDENTIFIER_TOKENS = 3  # "a rare word of 3 tokens or fewer" (seed 003, after the DreamBooth paper)
_SHOWN = 3  # file names quoted in one message


@dataclass(frozen=True)
class Issue:
    level: str
    message: str
    path: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"level": self.level, "message": self.message, "path": self.path}
        phrases = phrase_fields({"message": self.message})
        if phrases:  # the message as template and values, for the interface's language
            data["phrases"] = phrases
        return data


def _names(paths: list[Path]) -> str:
    shown = ", ".join(p.name for p in paths[:_SHOWN])
    return shown + (f", … (+{len(paths) - _SHOWN})" if len(paths) > _SHOWN else "")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=2)
def _tokenizer(folder: str) -> Any:
    from transformers import CLIPTokenizer  # slow import: only when a check needs it

    return CLIPTokenizer.from_pretrained(folder)


def identifier_token_count(identifier: str, tokenizer_dir: Path = CLIP_TOKENIZER_DIR) -> int | None:
    """CLIP tokens of *identifier* (without start/end tokens); None when the tokenizer files are missing."""
    if not (Path(tokenizer_dir) / "vocab.json").is_file() or not (Path(tokenizer_dir) / "merges.txt").is_file():
        return None
    return len(_tokenizer(str(tokenizer_dir)).tokenize(identifier))


def check_identifier(concept: Concept, tokenizer_dir: Path = CLIP_TOKENIZER_DIR) -> list[Issue]:
    ident = concept.identifier.strip()
    if not ident:
        return []
    issues = []
    if ident.lower() in common_words():
        issues.append(Issue("warning", Phrase("Identifier '{ident}' is a common English word: the model already "
                                              "knows it, so the concept mixes with its meaning. Use a rare token "
                                              "such as 'ohwx' or 'sks'.", ident=ident)))
    count = identifier_token_count(ident, tokenizer_dir)
    if count is None:
        issues.append(Issue("info", Phrase("CLIP tokenizer files not found in {folder}; the token length of "
                                           "identifier '{ident}' was not checked.", folder=str(tokenizer_dir),
                                           ident=ident)))
    elif count > MAX_IDENTIFIER_TOKENS:
        issues.append(Issue("warning", Phrase("Identifier '{ident}' is {count} CLIP tokens long; rare identifiers "
                                              "of {most} tokens or fewer learn best. Pick a shorter one.", ident=ident,
                                              count=count, most=MAX_IDENTIFIER_TOKENS)))
    if not concept.class_token.strip():
        issues.append(Issue("warning", Phrase("Concept '{ident}' has no class token (like 'woman' or 'dog'): images "
                                              "without captions get only the identifier as caption, and it cannot "
                                              "have regularization images.", ident=ident)))
    return issues


def _check_captions(folder: PlannedFolder, source: Path, images: list[Path]) -> list[Issue]:
    ext = folder.caption_extension
    issues = []
    missing = [p for p in images if not caption_path_for(p, ext).is_file()]
    if missing and not folder.is_reg:
        other = ".caption" if ext == ".txt" else ".txt"
        if all(caption_path_for(p, other).is_file() for p in missing):
            issues.append(Issue("warning", Phrase("{n} image(s) in {folder} have {other} captions but this concept "
                                                  "reads {ext} files. Set its caption extension to {other}.",
                                                  n=len(missing), folder=str(source), other=other, ext=ext),
                                str(source)))
        else:
            issues.append(Issue("warning", Phrase("{n} of {total} images in {folder} have no {ext} caption ({files}); "
                                                  "sd-scripts then uses the folder's class tokens '{tokens}' as their "
                                                  "caption.", n=len(missing), total=len(images), folder=str(source),
                                                  ext=ext, files=_names(missing), tokens=folder.class_tokens),
                                str(source)))
    stems = {p.stem for p in images}
    orphans = sorted(p for p in source.glob(f"*{ext}") if p.stem not in stems)
    if orphans:
        issues.append(Issue("warning", Phrase("{n} caption file(s) in {folder} have no image ({files}); they are not "
                                              "used.", n=len(orphans), folder=str(source), files=_names(orphans)),
                            str(source)))
    for image in images:
        caption = caption_path_for(image, ext)
        if not caption.is_file():
            continue
        try:
            read = read_caption(caption)
        except CaptionEncodingError as exc:
            issues.append(Issue("error", Phrase("{error} sd-scripts stops on it.", error=exception_text(exc)),
                                str(caption)))
            continue
        except OSError as exc:  # no permission; sd-scripts would stop on it too
            issues.append(Issue("error", unreadable_caption(caption, exc), str(caption)))
            continue
        text = read.text
        if read.format.bom:
            issues.append(Issue("warning", Phrase("{file} starts with a UTF-8 byte-order mark, which sd-scripts keeps "
                                                  "as part of the first tag. Re-save it without the BOM.",
                                                  file=str(caption)), str(caption)))
        if caption.stat().st_size == 0:
            issues.append(Issue("error", Phrase("{file} is empty; sd-scripts stops on an empty caption file. Write a "
                                                "caption or delete the file.", file=str(caption)), str(caption)))
        elif not text.strip():
            issues.append(Issue("warning", Phrase("{file} holds only blank space: the image trains with an empty "
                                                  "caption.", file=str(caption)), str(caption)))
        elif len([line for line in text.splitlines() if line.strip()]) > 1:
            issues.append(Issue("warning", Phrase("{file} has several lines; sd-scripts reads only the first. Join "
                                                  "them with commas.", file=str(caption)), str(caption)))
    return issues


def check_folder(folder: PlannedFolder) -> tuple[list[Issue], list[Path]]:
    """Issues of one layout folder's sources, and the images it will hold."""
    issues: list[Issue] = []
    images: list[Path] = []
    for source in folder.sources:
        try:
            listed = list_training_images(source, extensions=(*IMAGE_EXTENSIONS, *PREPARE_ONLY_EXTENSIONS))
        except FileNotFoundError:
            issues.append(Issue("error", Phrase("{folder} does not exist (source of {rel}). Fix the concept's "
                                                "folder.", folder=str(source), rel=folder.rel), str(source)))
            continue
        except FolderReadError as exc:
            issues.append(Issue("error", exception_text(exc), str(source)))
            continue
        found = [p for p in listed if p.suffix.lower() in IMAGE_EXTENSIONS]  # one listing serves both
        unread = [p for p in listed if p.suffix.lower() not in IMAGE_EXTENSIONS]
        if unread:
            issues.append(Issue("warning", Phrase(
                "{n} image(s) in {folder} are in a format sd-scripts does not read ({files}), so they are not "
                "trained. Prepare this folder on the Images page (it writes PNG, WebP or JPEG) and train on the "
                "prepared set, or convert them.", n=len(unread), folder=str(source), files=_names(unread)),
                str(source)))
        if not found:
            if folder.is_reg:
                message = Phrase("{folder} holds no images, so it adds no regularization images (sd-scripts skips "
                                 "empty folders: '{rel}').", folder=str(source), rel=folder.rel)
            else:
                message = Phrase("{folder} holds no images, so this concept trains nothing (sd-scripts skips empty "
                                 "folders: '{rel}').", folder=str(source), rel=folder.rel)
            issues.append(Issue("warning" if folder.is_reg else "error", message, str(source)))
            continue
        issues += _check_captions(folder, source, found)
        images += found
    return issues, images


def _file_hash(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_duplicates(images: dict[str, list[Path]], reg_folders: set[str]) -> list[Issue]:
    """Identical image files (by content) across or within folders; one message per folder pair."""
    by_size: dict[int, list[tuple[str, Path]]] = defaultdict(list)
    for rel, paths in images.items():
        for path in paths:
            with contextlib.suppress(OSError):  # gone since it was listed: nothing to compare
                by_size[path.stat().st_size].append((rel, path))
    by_hash: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for group in by_size.values():
        if len(group) > 1:  # only files of equal size can be equal
            for rel, path in group:
                try:
                    by_hash[_file_hash(path)].append((rel, path))
                except OSError:  # an image that may not be read cannot be compared
                    continue
    pairs: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for group in by_hash.values():
        for i, (rel_a, path_a) in enumerate(group):
            for rel_b, _ in group[i + 1:]:
                pairs[tuple(sorted((rel_a, rel_b)))].append(path_a)
    issues = []
    for (a, b), paths in sorted(pairs.items()):
        values = {"n": len(paths), "files": _names(paths), "a": a, "b": b}
        if (a in reg_folders) != (b in reg_folders):
            msg = Phrase("{n} image(s) ({files}) appear in both training folder and regularization folder ('{a}', "
                         "'{b}'). Reg images should be the same class but not the same subject; remove them from the "
                         "reg set.", **values)
        elif a == b:
            msg = Phrase("{n} image(s) ({files}) are in '{a}' twice, so they train twice as often. Remove the copies.",
                         **values)
        else:
            msg = Phrase("{n} image(s) ({files}) are in both '{a}' and '{b}'. Keep each image in one concept.",
                         **values)
        issues.append(Issue("warning", msg, str(paths[0])))
    return issues


def check_reg_balance(folders: list[PlannedFolder], counts: dict[str, int]) -> list[Issue]:
    """sd-scripts balances reg samples to the training samples over the whole dataset: say what that does."""
    train = sum(counts[f.rel] * f.repeats for f in folders if not f.is_reg)
    reg_folders = [f for f in folders if f.is_reg and counts[f.rel]]
    if not reg_folders or train == 0:
        return []
    repeats = [f.repeats for f in reg_folders for _ in range(counts[f.rel])]
    reg = sum(repeats)
    if reg < train:
        return [Issue("warning", Phrase("The regularization set has {reg} images × repeats for {train} training "
                                        "images × repeats: sd-scripts repeats reg images until the two match, so each "
                                        "reg image is used about {times}× as often. Add reg images to vary them.",
                                        reg=reg, train=train, times=f"{train / reg:.1f}"))]
    used = sum(1 for r in balance_reg_repeats(train, repeats) if r > 0)
    if used < len(repeats):
        return [Issue("info", Phrase("Only {used} of {total} regularization images are used per epoch: sd-scripts "
                                     "takes reg images in order until they match the {train} training images × "
                                     "repeats, and never shows the other {unused}.", used=used, total=len(repeats),
                                     train=train, unused=len(repeats) - used))]
    return []


def check_project(project: Project, tokenizer_dir: Path = CLIP_TOKENIZER_DIR,
                  duplicates: bool = True) -> list[Issue]:
    """All checks on the project's concepts, errors first."""
    if not project.concepts:
        return [Issue("error", Phrase("The project has no concepts yet. Add one: an identifier, a class and a "
                                      "folder."), str(project.file))]
    try:
        folders = plan_layout(project.concepts, project)
    except LayoutError as exc:
        return [Issue("error", exception_text(exc), str(project.file))]
    issues: list[Issue] = []
    seen: set[str] = set()
    for concept in project.concepts:
        if concept.identifier.strip().lower() not in seen:
            seen.add(concept.identifier.strip().lower())
            issues += check_identifier(concept, tokenizer_dir)
    images: dict[str, list[Path]] = {}
    for folder in folders:
        found, images[folder.rel] = check_folder(folder)
        issues += found
    issues += check_reg_balance(folders, {rel: len(paths) for rel, paths in images.items()})
    if duplicates:
        issues += check_duplicates(images, {f.rel for f in folders if f.is_reg})
    return sorted(issues, key=lambda i: LEVELS.index(i.level))
