"""The ``fit`` job: ``python -m training fit run.toml [--vram GB]``: will this run fit in the GPU's memory?

Nothing is loaded: the base model's family (and a diffusers folder's own sizes) come from its configs or
key names (training.models.model_family), the peak from a meta-device dry run (training.fit_estimate).
It is compared with the first CUDA GPU's free memory, or with ``--vram`` GB (a card of the user's choice,
less what the desktop keeps of it, as the bundled VRAM presets are sized; it wins over a present GPU).
Events: ``log`` lines a person reads, then one ``result`` ``{"fit": {...}}``, sizes in bytes:

- ``family``; ``compared_with``: ``"gpu"``, ``"vram"`` or None (no GPU and no ``--vram``); ``free_bytes``
- ``estimate``: ``parts`` (name → bytes), ``caching``, ``peak``, ``needed`` (peak with fragmentation and
  the CUDA context: what must be free)
- ``fits``: True / False, None without anything to compare with
- ``proposal``: None when it fits as is (or nothing to compare with); else ``switches`` (the ladder's, in
  order), ``changes`` (``[section.key, value]`` pairs to set) and ``estimate``, both None when even the
  last rung does not fit.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dataprep.events import Emitter
from dataprep.jobs import JobContext, JobError
from dataprep.phrases import Phrase, exception_text, names
from dataprep.tomlio import ConfigFileError
from training.config import TrainConfig, all_fields, config_from_dict, validate
from training.fit_estimate import DESKTOP_BYTES, GIB, MetaModel, estimate, free_vram, meta_model, meta_model_at
from training.fit_ladder import Proposal, faster, propose
from training.models import model_family


def fit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vram", type=float, metavar="GB",
                        help="compare with a card of this many GB instead of this machine's GPU (e.g. 8)")


def changed_settings(before: TrainConfig, after: TrainConfig) -> list[list[Any]]:
    """``[section.key, value]`` for every setting *after* has changed, in the form's order."""
    return [[info.key, after.get(info.key)] for info in all_fields() if after.get(info.key) != before.get(info.key)]


def _model(cfg: TrainConfig, ctx: JobContext) -> tuple[str, MetaModel]:
    found = model_family(cfg.model, ctx.resolve)
    if found.config_dir is None:
        return found.family, meta_model(found.family)
    try:
        return found.family, meta_model_at(found.config_dir, str(found.config_dir))
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:  # a config edited by hand
        raise JobError("model", Phrase("{path}: the model's configs cannot be read ({error}).",
                                       path=str(found.config_dir), error=f"{type(exc).__name__}: {exc}"),
                       Phrase("Download the model again with the model manager, or correct the config.json "
                              "files in its unet, vae and text_encoder folders.")) from exc


def _compare_with(vram_gb: float | None) -> tuple[str | None, int | None]:
    if vram_gb is not None:
        if not 0 < vram_gb <= 1024:
            raise JobError("config", Phrase("--vram {size}: not a card size in GB.", size=f"{vram_gb:g}"),
                           Phrase("Give the card's memory in GB, e.g. --vram 8."))
        return "vram", max(0, int(vram_gb * GIB) - DESKTOP_BYTES)
    free = free_vram()
    return ("gpu", free) if free is not None else (None, None)


def _gb(n_bytes: int) -> str:
    return f"{n_bytes / GIB:.2f} GB"


def fit_job(ctx: JobContext) -> list[str]:
    where = str(ctx.config_path or "config")
    try:
        cfg = config_from_dict(ctx.config, where)
        validate(cfg, where)
    except ConfigFileError as exc:
        raise JobError("config", exception_text(exc), Phrase("Fix the setting named above.")) from exc
    family, model = _model(cfg, ctx)
    compared_with, free = _compare_with(ctx.options.get("vram"))
    log = ctx.emitter
    log.emit("log", message=Phrase("Estimating the peak VRAM of {model} ({family}) with a dry run on the meta "
                                   "device…", model=Path(cfg.model.pretrained_model_name_or_path).name,
                                   family=family))
    proposal = propose(cfg, model, free) if free is not None else None
    current = proposal.current if proposal is not None else estimate(cfg, model)
    for line in current.lines():
        log.emit("log", message=line)
    fit: dict[str, Any] = {"family": family, "compared_with": compared_with, "free_bytes": free,
                           "estimate": current.to_dict(), "fits": None, "proposal": None, "faster": None}
    if proposal is None:
        log.emit("log", message=Phrase("No CUDA GPU: the estimate is for a GPU of your choice; add --vram GB to "
                                       "compare it with a card's memory."))
    else:
        what = (Phrase("free on this GPU") if compared_with == "gpu"
                else Phrase("a {size} GB card less {kept} the desktop keeps", size=f"{ctx.options['vram']:g}",
                            kept=_gb(DESKTOP_BYTES)))
        fit["fits"] = proposal.fits_as_is
        room = {"free": _gb(free), "what": what}
        log.emit("log", message=Phrase("It fits in {free} ({what}).", **room) if proposal.fits_as_is
                 else Phrase("It does not fit in {free} ({what}).", **room))
        if not proposal.fits_as_is:
            fit["proposal"] = _proposal(cfg, proposal, log)
        elif (quicker := faster(cfg, model, free, current=proposal.current)) is not None:
            log.emit("log", message=Phrase("Faster and still fits: {switches}.", switches=names(quicker.switches)))
            fit["faster"] = _changes(cfg, quicker, log)
    log.emit("result", data={"fit": fit})
    return []


def _proposal(cfg: TrainConfig, proposal: Proposal, log: Emitter) -> dict[str, Any]:
    if proposal.config is None or proposal.estimate is None:
        log.emit("log", message=Phrase("Nothing on the memory ladder makes it fit (tried: {switches}). Lower the "
                                       "resolution or the network rank, or use a card with more memory.",
                                       switches=names(proposal.switches) or Phrase("nothing applies")))
        return {"switches": proposal.switches, "changes": None, "estimate": None}
    log.emit("log", message=Phrase("It fits with: {switches}.", switches=names(proposal.switches)))
    return _changes(cfg, proposal, log)


def _changes(cfg: TrainConfig, proposal: Proposal, log: Emitter) -> dict[str, Any]:
    """A proposal's settings and peak, logged and as the result carries them."""
    assert proposal.config is not None and proposal.estimate is not None
    changes = changed_settings(cfg, proposal.config)
    for key, value in changes:
        log.emit("log", message=f"  {key} = {value!r}")
    log.emit("log", message=Phrase("New peak {peak} (needs {needed} free).", peak=_gb(proposal.estimate.total),
                                   needed=_gb(proposal.estimate.needed)))
    return {"switches": proposal.switches, "changes": changes, "estimate": proposal.estimate.to_dict()}
