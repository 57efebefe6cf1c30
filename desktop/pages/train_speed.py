"""Training speed measured on this machine, kept in the app settings, for "how long will this take".

Every finished run adds its steady images-per-second (steps/s × batch × accumulation) under the
settings that decide speed. An estimate uses runs of the same resolution, precision and gradient
checkpointing on this machine, preferring ones on the same base model.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication, QSettings

from training.config import TrainConfig

SPEED_KEY = "train/speed_history"
MAX_RECORDS = 100


@dataclass(frozen=True)
class SpeedRecord:
    machine: str
    model: str
    resolution: str
    precision: str
    checkpointing: bool
    images_per_s: float
    when: float


@dataclass(frozen=True)
class Estimate:
    seconds: float
    images_per_s: float
    runs: int
    same_model: bool


def machine_name() -> str:
    return platform.node() or "this machine"


def images_per_step(cfg: TrainConfig) -> int:
    return cfg.dataset.train_batch_size * cfg.schedule.gradient_accumulation_steps


def _records(settings: QSettings) -> list[SpeedRecord]:
    try:
        rows = json.loads(str(settings.value(SPEED_KEY, "[]")))
        return [SpeedRecord(**row) for row in rows]
    except (ValueError, TypeError):
        return []  # unreadable history: start a new one rather than fail the page


def record_speed(settings: QSettings, cfg: TrainConfig, it_per_s: float) -> SpeedRecord:
    """Remember a finished run's steady speed (*it_per_s* optimizer steps per second)."""
    record = SpeedRecord(machine_name(), cfg.model.pretrained_model_name_or_path, cfg.dataset.resolution,
                         cfg.precision.mixed_precision, cfg.precision.gradient_checkpointing,
                         it_per_s * images_per_step(cfg), time.time())
    rows = [*_records(settings), record][-MAX_RECORDS:]
    settings.setValue(SPEED_KEY, json.dumps([asdict(r) for r in rows]))
    return record


def estimate(settings: QSettings, cfg: TrainConfig, total_steps: int) -> Estimate | None:
    """Seconds for *total_steps* of *cfg* on this machine, or None when nothing comparable ran here."""
    alike = [r for r in _records(settings)
             if (r.machine, r.resolution, r.precision, r.checkpointing)
             == (machine_name(), cfg.dataset.resolution, cfg.precision.mixed_precision,
                 cfg.precision.gradient_checkpointing) and r.images_per_s > 0]
    same_model = [r for r in alike if r.model == cfg.model.pretrained_model_name_or_path]
    chosen = same_model or alike
    if not chosen:
        return None
    speed = statistics.median(r.images_per_s for r in chosen)
    return Estimate(total_steps * images_per_step(cfg) / speed, speed, len(chosen), bool(same_model))


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        text = QCoreApplication.translate("Duration", "{hours} h {minutes} min")
    elif minutes >= 10:
        text = QCoreApplication.translate("Duration", "{m} min")
    elif minutes:
        text = QCoreApplication.translate("Duration", "{m} min {seconds} s")
    else:
        text = QCoreApplication.translate("Duration", "{s} s")
    return text.format(hours=hours, minutes=f"{minutes:02d}", m=minutes, seconds=f"{secs:02d}", s=secs)
