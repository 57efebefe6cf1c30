"""Prompts for every image Danlu renders: sd-scripts prompt files, and the sources of reg prompts.

A prompt file is what sd-scripts' ``--sample_prompts`` reads: one prompt per line, options after
``--`` (``--n`` negative prompt, ``--w``/``--h`` size, ``--d`` seed, ``--l`` CFG scale, ``--s`` steps,
``--ss`` sampler), ``#`` comment lines; sd-scripts' ``.toml`` and ``.json`` prompt files work too.
Reg prompts come from the class word alone, from the training captions with the identifier (and the
identity tags the user lists) taken out, or from such a prompt file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataprep.caption_io import CaptionEncodingError, caption_path_for, read_caption
from dataprep.phrases import Phrase, exception_text
from dataprep.tags import join_tags, normalize_tag, split_tags, tag_key
from dataprep.tomlio import ConfigFileError, load_toml
from training.samplers import UnknownSamplerError, get_sampler

MAX_STEPS = 1000  # sd-scripts clamps --s to 1..1000


class PromptError(ValueError):
    """A prompt file that cannot be used; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class PromptSpec:
    """One prompt and the settings it overrides; None means "use the job's setting"."""

    prompt: str
    negative_prompt: str | None = None
    width: int | None = None
    height: int | None = None
    seed: int | None = None
    scale: float | None = None  # CFG scale
    steps: int | None = None
    sampler: str | None = None


@dataclass
class PromptFile:
    prompts: list[PromptSpec]
    warnings: list[str] = field(default_factory=list)


def _int_option(value: str, option: str, where: str, low: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise PromptError(Phrase("{where}: --{option} needs a whole number (got '{value}').", where=where,
                                 option=option, value=value)) from None
    if number < low:
        raise PromptError(Phrase("{where}: --{option} must be {low} or more (got {number}).", where=where,
                                 option=option, low=low, number=number))
    return number


def _scale_option(value: Any, option: str, where: str) -> float:
    """The CFG scale: a finite number (float() also reads 'nan' and 'inf', which turn the samples into NaN)."""
    try:
        scale = float(value)
    except (TypeError, ValueError):
        scale = math.nan
    if not math.isfinite(scale):
        raise PromptError(Phrase("{where}: {option} needs a number, the CFG scale (got '{value}').", where=where,
                                 option=option, value=str(value)))
    return scale


def _sampler_option(value: str, where: str) -> str:
    try:
        return get_sampler(value).name
    except UnknownSamplerError as exc:
        raise PromptError(Phrase("{where}: {error}", where=where, error=exception_text(exc))) from None


def parse_prompt_line(line: str, where: str = "prompt") -> tuple[PromptSpec, list[str]]:
    """A prompt-file line as sd-scripts splits it (on ``" --"``), plus warnings for ignored options."""
    parts = (" " + line.strip()).split(" --")  # the leading space: a line that starts with an option has no prompt
    fields: dict[str, Any] = {"prompt": parts[0].strip()}
    warnings = []
    for part in parts[1:]:
        option, _, value = part.strip().partition(" ")
        option, value = option.lower(), value.strip()
        if option == "n":
            fields["negative_prompt"] = value
        elif option in ("w", "h"):
            fields["width" if option == "w" else "height"] = _int_option(value, option, where, 8)
        elif option == "d":
            fields["seed"] = _int_option(value, option, where, 0)
        elif option == "s":
            fields["steps"] = min(MAX_STEPS, _int_option(value, option, where, 1))
        elif option == "l":
            fields["scale"] = _scale_option(value, "--l", where)
        elif option == "ss":
            fields["sampler"] = _sampler_option(value, where)
        else:
            warnings.append(Phrase("{where}: option --{option} is not supported here and is ignored.", where=where,
                                   option=option))
    if not fields["prompt"]:
        raise PromptError(Phrase("{where}: the line has options but no prompt before them.", where=where))
    return PromptSpec(**fields), warnings


def format_prompt_line(spec: PromptSpec) -> str:
    """The prompt-file line of *spec* (the inverse of :func:`parse_prompt_line`)."""
    options = [("n", spec.negative_prompt), ("w", spec.width), ("h", spec.height), ("d", spec.seed),
               ("l", spec.scale), ("s", spec.steps), ("ss", spec.sampler)]
    return " ".join([spec.prompt, *(f"--{o} {v:g}" if isinstance(v, float) else f"--{o} {v}"
                                    for o, v in options if v is not None)])


# sd-scripts' keys in .toml / .json prompt files
_DICT_KEYS = {"prompt": "prompt", "negative_prompt": "negative_prompt", "width": "width", "height": "height",
              "seed": "seed", "scale": "scale", "sample_steps": "steps", "sample_sampler": "sampler"}


def _spec_from_dict(entry: dict[str, Any], where: str) -> PromptSpec:
    if not isinstance(entry, dict) or not str(entry.get("prompt", "")).strip():
        raise PromptError(Phrase("{where}: each entry needs a 'prompt'.", where=where))
    fields: dict[str, Any] = {}
    try:
        for key, name in _DICT_KEYS.items():
            value = entry.get(key)
            if value is None:
                continue
            if name in ("width", "height", "seed", "steps"):
                value = int(value)
            elif name == "scale":
                value = _scale_option(value, key, where)
            elif name == "sampler":
                value = _sampler_option(str(value), where)
            else:
                value = str(value).strip()
            fields[name] = value
    except (TypeError, ValueError) as exc:
        raise PromptError(Phrase("{where}: {error}", where=where, error=exception_text(exc))) from None
    if "steps" in fields:
        fields["steps"] = max(1, min(MAX_STEPS, fields["steps"]))
    return PromptSpec(**fields)


def _read_text(path: Path) -> str:
    """A prompt file's text; a byte-order mark (Windows Notepad) is dropped."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PromptError(Phrase("{path}: not UTF-8 text. Re-save it as UTF-8.", path=str(path))) from None
    except OSError as exc:  # no permission, or it went away since the check
        raise PromptError(Phrase("{path}: cannot be read ({error}). Check that it is a file you may read, then "
                                 "try again.", path=str(path), error=exc.strerror or str(exc))) from None


def _dict_entries(path: Path) -> list[Any]:
    if path.suffix.lower() == ".json":
        text = _read_text(path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PromptError(Phrase("{path}: not a valid JSON prompt file ({error}).", path=str(path),
                                     error=str(exc))) from None
        if not isinstance(data, list):
            raise PromptError(Phrase("{path}: a JSON prompt file holds a list of {entry} entries.", path=str(path),
                                     entry='{"prompt": ...}'))
        return data
    try:
        data = load_toml(path)
    except ConfigFileError as exc:
        raise PromptError(exception_text(exc)) from None
    table = data.get("prompt")
    if not isinstance(table, dict) or not isinstance(table.get("subset"), list):
        raise PromptError(Phrase("{path}: a TOML prompt file needs a [prompt] table with [[prompt.subset]] entries.",
                                 path=str(path)))
    defaults = {k: v for k, v in table.items() if k != "subset"}
    return [{**defaults, **subset} if isinstance(subset, dict) else subset for subset in table["subset"]]


def read_prompt_file(path: Path) -> PromptFile:
    """All prompts of an sd-scripts prompt file (``.txt``, ``.toml`` or ``.json``)."""
    path = Path(path)
    if not path.is_file():
        raise PromptError(Phrase("{path}: prompt file not found. Pick an existing file.", path=str(path)))
    if path.suffix.lower() in (".toml", ".json"):
        entries = _dict_entries(path)
        result = PromptFile([_spec_from_dict(e, Phrase("{path} entry {n}", path=str(path), n=i))
                             for i, e in enumerate(entries, 1)])
    else:
        lines = _read_text(path).splitlines()
        result = PromptFile([])
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.strip().startswith("#"):
                continue
            spec, warnings = parse_prompt_line(line, Phrase("{path} line {line}", path=str(path), line=number))
            result.prompts.append(spec)
            result.warnings.extend(warnings)
    if not result.prompts:
        raise PromptError(Phrase("{path}: holds no prompts (only empty or # comment lines). Add one prompt per line.",
                                 path=str(path)))
    return result


def _phrase(words: str) -> re.Pattern[str]:
    """*words* as a whole phrase: not part of a longer word (``ohwx`` does not match ``ohwxy``)."""
    return re.compile(r"(?<![\w-])" + re.escape(normalize_tag(words)) + r"(?![\w-])", re.IGNORECASE)


def strip_identity(caption: str, identifier: str, class_tokens: str = "", remove_tags: Iterable[str] = ()) -> str:
    """A training caption made into a reg prompt: the same scene, any person of the class.

    The identifier goes (``ohwx woman, smiling`` → ``woman, smiling``); where the caption names the
    subject only by the identifier, the class takes its place (``a photo of ohwx`` → ``a photo of
    woman``); tags in *remove_tags* (identity-specific: a mole, eye colour) are dropped, compared as
    filters compare tags (case and ``_`` vs space ignored). If the class is still missing it is put
    first, so every reg prompt asks for the class.
    """
    drop = {tag_key(t) for t in remove_tags if t.strip()}
    ident = _phrase(identifier) if identifier.strip() else None
    cls = normalize_tag(class_tokens)
    cls_pattern = _phrase(cls) if cls else None
    substitute = cls if cls_pattern is not None and not cls_pattern.search(caption) else ""
    tags: list[str] = []
    for tag in split_tags(caption):
        if ident is not None and ident.search(tag):
            tag = normalize_tag(ident.sub(substitute, tag, count=1) if substitute else tag)
            tag = normalize_tag(ident.sub("", tag))
            substitute = "" if cls_pattern is not None and cls_pattern.search(tag) else substitute
        if tag and tag_key(tag) not in drop:
            tags.append(tag)
    if cls_pattern is not None and not any(cls_pattern.search(t) for t in tags):
        tags.insert(0, cls)
    return join_tags(dict.fromkeys(tags))


def class_prompts(class_tokens: str) -> list[PromptSpec]:
    """The class word alone (``woman``, ``1girl``): the classic Dreambooth prior."""
    cls = normalize_tag(class_tokens)
    if not cls:
        raise PromptError(Phrase("the class prompt is empty: set the concept's class (or reg class), e.g. 'woman'."))
    return [PromptSpec(cls)]


def caption_prompts(images: list[Path], caption_extension: str, identifier: str, class_tokens: str,
                    remove_tags: Iterable[str] = ()) -> list[PromptSpec]:
    """One reg prompt per training image, from its caption (an image without one gives the class)."""
    remove_tags = list(remove_tags)
    specs = []
    for image in images:
        path = caption_path_for(image, caption_extension)
        try:
            text = read_caption(path).text if path.is_file() else ""
        except CaptionEncodingError as exc:
            raise PromptError(exception_text(exc)) from None
        specs.append(PromptSpec(strip_identity(text, identifier, class_tokens, remove_tags)))
    if not specs:
        raise PromptError(Phrase("there are no training images to take captions from; pick the concept's image "
                                 "folder."))
    return specs
