"""Training state: what a run needs to go on exactly where it stopped (sd-scripts' save_state / resume).

A state folder (``<output_name>-<epoch:06d>-state``, ``-step<step:08d>-state`` or ``-state`` at the
end) holds the LoRA weights in full precision, the optimizer and lr-schedule states, the random
generators of Python, NumPy, torch and CUDA, the position in the data (epoch and batch; each epoch's
order follows from the seed alone), the step count, the loss-average window and the saves made so
far (for save_last_n_* rotation). Resuming from it gives the same weights, bit for bit, as a run
that never stopped. This differs from ``network_weights``, which only loads a LoRA into a new run.

A state is written into a hidden temp folder that is renamed into place when complete, so a kill
while saving leaves the previous state as it was. Test hook: ``DANLU_FAULT_KILL_IN_STATE_SAVE=k``
kills the process (SIGKILL) halfway through writing the state of step k (fault injection only).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from training.checkpoints import Saved, save_failed, stale_saves
from training.data import EpochSampler

STATE_FILE = "train_state.json"  # written last: a folder without it is not a state
NETWORK_FILE = "network.safetensors"
OPTIMIZER_FILE = "optimizer.pt"
SCHEDULER_FILE = "scheduler.pt"
RNG_FILE = "rng.safetensors"
EMA_FILE = "ema.safetensors"  # the LoRA's moving average, when optimizer.ema_decay is set
FORMAT = 1
FAULT_KILL_ENV = "DANLU_FAULT_KILL_IN_STATE_SAVE"
TEMP_MARK = ".tmp-"


# -- random generators ------------------------------------------------------------------------------
def capture_rng() -> dict[str, Any]:
    """Every generator the loop draws from: Python, NumPy, torch (CPU) and each CUDA device."""
    state: dict[str, Any] = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def restore_rng(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


@contextlib.contextmanager
def isolated_rng() -> Iterator[None]:
    """Whatever runs inside (rendering samples) leaves the generators as it found them."""
    state = capture_rng()
    try:
        yield
    finally:
        restore_rng(state)


def _rng_to_files(state: dict[str, Any]) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Tensors for a safetensors file and JSON for the rest (no pickles in a state folder)."""
    tensors = {"torch": state["torch"]}
    for i, cuda in enumerate(state.get("cuda", [])):
        tensors[f"cuda{i}"] = cuda
    version, internal, gauss = state["python"]
    name, keys, pos, has_gauss, cached = state["numpy"]
    meta = {
        "python": [version, list(internal), gauss],
        "numpy": [name, keys.tolist(), int(pos), int(has_gauss), float(cached)],
    }
    return tensors, meta


def _rng_from_files(tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> dict[str, Any]:
    version, internal, gauss = meta["python"]
    name, keys, pos, has_gauss, cached = meta["numpy"]
    state: dict[str, Any] = {
        "python": (version, tuple(internal), gauss),
        "numpy": (name, np.array(keys, dtype=np.uint32), pos, has_gauss, cached),
        "torch": tensors["torch"],
    }
    cuda = [tensors[k] for k in sorted((k for k in tensors if k.startswith("cuda")), key=lambda k: int(k[4:]))]
    if cuda:
        state["cuda"] = cuda
    return state


# -- where the loop is -----------------------------------------------------------------------------
@dataclass
class ResumePoint:
    """The loop right after an optimizer step: nothing half-done (no accumulated gradients)."""

    epoch: int  # the epoch in progress, 1-based
    batch: int  # batches of that epoch already trained (== its length: the epoch's end is still to do)
    step: int  # optimizer steps done
    loss_window: list[float]
    rng: dict[str, Any]


@dataclass
class LoadedState:
    path: Path
    seed: int
    point: ResumePoint
    network: dict[str, torch.Tensor]
    optimizer: dict[str, Any]
    scheduler: dict[str, Any]
    checkpoints: list[Saved]
    states: list[Saved]
    settings: dict[str, Any] = field(default_factory=dict)  # the run's config when saved
    ema: dict[str, torch.Tensor] | None = None  # training.ema.LoRAEma.state_tensors()


class SkippingSampler(EpochSampler):
    """The epoch sampler, starting the resumed epoch at the batch the state was saved after."""

    start = 0

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter((self.epoch, i) for i in range(self.start, len(self)))


def _saves_to_json(saves: list[Saved]) -> list[dict[str, Any]]:
    return [{**asdict(s), "path": str(s.path)} for s in saves]


def _saves_from_json(items: list[dict[str, Any]]) -> list[Saved]:
    return [Saved(Path(s["path"]), int(s["epoch"]), int(s["step"]), str(s["kind"])) for s in items]


def state_folder(out_dir: Path, name: str, kind: str, epoch: int, step: int) -> Path:
    """sd-scripts' state folder names."""
    if kind == "epoch":
        return out_dir / f"{name}-{epoch:06d}-state"
    if kind == "step":
        return out_dir / f"{name}-step{step:08d}-state"
    return out_dir / f"{name}-state"


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its renames are durable enough
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fault_kill(step: int) -> None:
    if os.environ.get(FAULT_KILL_ENV, "") == str(step):
        os.kill(os.getpid(), signal.SIGKILL)


@contextlib.contextmanager
def _fresh_folder(folder: Path) -> Iterator[Path]:
    """A new temp folder beside *folder* to write a state into. A write that fails there (a full disk) removes
    it and names *folder*: the previous state stays as it was."""
    tmp = folder.parent / f".{folder.name}{TEMP_MARK}{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir(parents=True)
        yield tmp
    except (OSError, SafetensorError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise save_failed(folder, exc) from exc


def write_state(
    folder: Path,
    *,
    seed: int,
    point: ResumePoint,
    network: dict[str, torch.Tensor],
    optimizer: dict[str, Any],
    scheduler: dict[str, Any],
    checkpoints: list[Saved],
    states: list[Saved],
    settings: dict[str, Any],
    ema: dict[str, torch.Tensor] | None = None,
) -> None:
    """Write a complete state into a temp folder beside *folder* (every file flushed to disk, train_state.json
    last), then rename it into place."""
    with _fresh_folder(folder) as tmp:
        save_file({k: v.detach().to("cpu", torch.float32).contiguous() for k, v in network.items()},
                  tmp / NETWORK_FILE)
        torch.save(optimizer, tmp / OPTIMIZER_FILE)
        _fault_kill(point.step)
        torch.save(scheduler, tmp / SCHEDULER_FILE)
        rng_tensors, rng_meta = _rng_to_files(point.rng)
        save_file({k: v.contiguous() for k, v in rng_tensors.items()}, tmp / RNG_FILE)
        if ema is not None:
            save_file(ema, tmp / EMA_FILE)
        info = {
            "format": FORMAT,
            "seed": seed,
            "epoch": point.epoch,
            "batch": point.batch,
            "step": point.step,
            "loss_window": point.loss_window,
            "rng": rng_meta,
            "checkpoints": _saves_to_json(checkpoints),
            "states": _saves_to_json(states),
            "settings": settings,
        }
        (tmp / STATE_FILE).write_text(json.dumps(info, indent=1), encoding="utf-8")
        for child in tmp.iterdir():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
    old = folder.parent / f".{folder.name}.old-{os.getpid()}"
    if folder.exists():  # the same step saved again: swap, then drop the older copy
        folder.rename(old)
    tmp.rename(folder)
    _fsync_dir(folder.parent)
    shutil.rmtree(old, ignore_errors=True)


def load_state(folder: Path) -> LoadedState:
    """A state folder written by :func:`write_state`; every problem is a JobError saying what to pick."""
    folder = Path(folder)
    hint = Phrase("Pick a '<name>-...-state' folder that a run with save_state = true wrote.")
    if folder.is_file() and folder.suffix == ".safetensors":
        raise JobError(
            "config",
            Phrase("{path}: saving.resume needs a training state folder, not a LoRA file.", path=str(folder)),
            Phrase("To start a new training from this LoRA's weights, set network.network_weights instead."),
        )
    if not folder.is_dir():
        raise JobError("config", Phrase("{path}: training state folder not found.", path=str(folder)), hint)
    if not (folder / STATE_FILE).is_file():
        raise JobError("config", Phrase("{path}: not a complete training state (it has no {file}).", path=str(folder),
                                        file=STATE_FILE), hint)
    try:
        info = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        if not isinstance(info, dict):
            raise ValueError(f"{STATE_FILE} holds no JSON object")
        if info.get("format") != FORMAT:
            raise ValueError(f"state format {info.get('format')!r}, this Danlu reads {FORMAT}")
        rng = _rng_from_files(load_file(str(folder / RNG_FILE)), info["rng"])
        point = ResumePoint(int(info["epoch"]), int(info["batch"]), int(info["step"]), list(info["loss_window"]), rng)
        return LoadedState(
            path=folder,
            seed=int(info["seed"]),
            point=point,
            network=load_file(str(folder / NETWORK_FILE)),
            optimizer=torch.load(folder / OPTIMIZER_FILE, weights_only=True),
            scheduler=torch.load(folder / SCHEDULER_FILE, weights_only=True),
            checkpoints=_saves_from_json(info["checkpoints"]),
            states=_saves_from_json(info["states"]),
            settings=dict(info.get("settings", {})),
            ema=load_file(str(folder / EMA_FILE)) if (folder / EMA_FILE).is_file() else None,
        )
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, SafetensorError) as exc:
        raise JobError(
            "io", Phrase("{path}: the training state cannot be read ({error}).", path=str(folder),
                         error=f"{type(exc).__name__}: {exc}"), hint
        ) from exc


def changed_settings(saved: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """``section.key`` of the settings that differ from the state's run (saving and sampling may change)."""
    changed = []
    for section in sorted(set(saved) | set(now)):
        if section in ("saving", "sample", "logging") or not isinstance(now.get(section, {}), dict):
            continue
        old, new = saved.get(section, {}), now.get(section, {})
        changed += [f"{section}.{k}" for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
    return changed


@dataclass
class StateKeeper:
    """When the loop saves its state, where, and which older states it deletes."""

    out_dir: Path
    name: str
    seed: int
    settings: dict[str, Any]
    keep_last_epochs: int | None = None
    keep_last_steps: int | None = None
    states: list[Saved] = field(default_factory=list)
    point: ResumePoint | None = None

    def __post_init__(self) -> None:
        # temp folders of saves that were killed halfway
        if self.out_dir.is_dir():
            for tmp in self.out_dir.glob(f".{self.name}-*state{TEMP_MARK}*"):
                shutil.rmtree(tmp, ignore_errors=True)

    def mark(self, epoch: int, batch: int, step: int, window: Any) -> None:
        """Remember the loop's position after an optimizer step (with the generators as they are now)."""
        self.point = ResumePoint(epoch, batch, step, list(window), capture_rng())

    def save(
        self,
        kind: str,
        network: torch.nn.Module,
        optimizer: Any,
        scheduler: Any,
        checkpoints: list[Saved],
        grad_scaler: Any = None,
        ema: dict[str, torch.Tensor] | None = None,
    ) -> Path:
        """The state at the last mark, as a *kind* ("epoch", "step" or "final") save."""
        assert self.point is not None, "mark() the loop's position before saving its state"
        point = self.point
        epoch = point.epoch - (point.batch == 0)  # at batch 0 the previous epoch has just ended
        folder = state_folder(self.out_dir, self.name, kind, epoch, point.step)
        states = [s for s in self.states if s.path != folder] + [Saved(folder, epoch, point.step, kind)]
        write_state(
            folder,
            seed=self.seed,
            point=point,
            network=network.state_dict(),
            optimizer={
                "optimizer": optimizer.state_dict(),
                "grad_scaler": grad_scaler.state_dict() if grad_scaler is not None else None,
            },
            scheduler=scheduler.state_dict(),
            checkpoints=checkpoints,
            states=states,
            settings=self.settings,
            ema=ema,
        )
        self.states = states
        for old in stale_saves(self.states, kind, point.step, self.keep_last_epochs, self.keep_last_steps):
            shutil.rmtree(old.path, ignore_errors=True)
            self.states.remove(old)
        return folder


def check_same_optimizer(state: LoadedState, optimizer_type: str) -> None:
    """Saved optimizer moments fit only the optimizer that made them: another one loads them without a word and
    fails at its first step."""
    saved = state.settings.get("optimizer", {}).get("optimizer_type")
    if saved is not None and str(saved).lower() != optimizer_type.lower():
        raise JobError(
            "config",
            Phrase("{path}: the state was saved by the {saved} optimizer; this run uses {now}.", path=str(state.path),
                   saved=str(saved), now=optimizer_type),
            Phrase("Resume with the optimizer of the run that saved the state."),
        )


def apply_state(
    state: LoadedState, network: torch.nn.Module, optimizer: Any, scheduler: Any, grad_scaler: Any = None
) -> None:
    """Put the saved weights, optimizer and schedule back (the generators follow at the loop's start)."""
    try:
        network.load_state_dict(state.network, strict=True)
    except RuntimeError as exc:
        raise JobError(
            "config",
            Phrase("{path}: the saved LoRA does not fit this network ({error}).", path=str(state.path),
                   error=str(exc).splitlines()[0]),
            Phrase("Resume with the network settings (rank, alpha, trained parts) of the run that saved the state."),
        ) from exc
    try:
        optimizer.load_state_dict(state.optimizer["optimizer"])
    except (ValueError, KeyError) as exc:
        raise JobError(
            "config",
            Phrase("{path}: the saved optimizer state does not fit ({error}).", path=str(state.path), error=str(exc)),
            Phrase("Resume with the optimizer of the run that saved the state."),
        ) from exc
    scheduler.load_state_dict(state.scheduler)
    if grad_scaler is not None and state.optimizer.get("grad_scaler") is not None:
        grad_scaler.load_state_dict(state.optimizer["grad_scaler"])
