"""The whole run: the sections together, field lookup and the ``run.toml`` round trip."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataprep.buckets import parse_resolution
from dataprep.tomlio import ConfigFileError, dumps_toml, load_toml, save_toml
from training.config.loss_noise import LossSection, NoiseSection
from training.config.model_data import DatasetSection, ModelSection
from training.config.network import NetworkSection
from training.config.optimization import OptimizerSection, ScheduleSection
from training.config.precision_saving import PrecisionSection, SavingSection
from training.config.run_extras import HubSection, LaunchSection, LoggingSection, SampleSection
from training.config.validation import validate
from training.config_fields import FieldInfo, coerce, section_fields, unknown_key_message

SECTIONS: dict[str, type] = {
    "model": ModelSection,
    "dataset": DatasetSection,
    "network": NetworkSection,
    "optimizer": OptimizerSection,
    "schedule": ScheduleSection,
    "loss": LossSection,
    "noise": NoiseSection,
    "precision": PrecisionSection,
    "saving": SavingSection,
    "sample": SampleSection,
    "logging": LoggingSection,
    "launch": LaunchSection,
    "hub": HubSection,
}
# top-level keys besides the sections: read by the job shell, kept on save
TOP_LEVEL_KEYS = ("run_dir",)


@dataclass
class TrainConfig:
    model: ModelSection = field(default_factory=ModelSection)
    dataset: DatasetSection = field(default_factory=DatasetSection)
    network: NetworkSection = field(default_factory=NetworkSection)
    optimizer: OptimizerSection = field(default_factory=OptimizerSection)
    schedule: ScheduleSection = field(default_factory=ScheduleSection)
    loss: LossSection = field(default_factory=LossSection)
    noise: NoiseSection = field(default_factory=NoiseSection)
    precision: PrecisionSection = field(default_factory=PrecisionSection)
    saving: SavingSection = field(default_factory=SavingSection)
    sample: SampleSection = field(default_factory=SampleSection)
    logging: LoggingSection = field(default_factory=LoggingSection)
    launch: LaunchSection = field(default_factory=LaunchSection)
    hub: HubSection = field(default_factory=HubSection)
    run_dir: str | None = "."  # the job shell writes events.jsonl here (relative to run.toml)

    def get(self, key: str) -> Any:
        section, name = key.split(".", 1)
        return getattr(getattr(self, section), name)

    def applies(self, info: FieldInfo) -> bool:
        """Whether *info* acts under the current values (a form greys out the rest)."""
        return all(rule.holds(self.get(rule.key)) for rule in info.spec.when)

    @property
    def resolution_wh(self) -> tuple[int, int]:
        return parse_resolution(self.dataset.resolution)

    @property
    def unet_lr(self) -> float:
        return self.optimizer.unet_lr if self.optimizer.unet_lr is not None else self.optimizer.learning_rate

    @property
    def text_encoder_lr(self) -> float:
        te = self.optimizer.text_encoder_lr
        return te if te is not None else self.optimizer.learning_rate

    @property
    def text_encoder_2_lr(self) -> float:
        """SDXL's second text encoder: its own rate when set, else the first one's (sd-scripts' fallback)."""
        te2 = self.optimizer.text_encoder_lr2
        return te2 if te2 is not None else self.text_encoder_lr

    @property
    def train_unet(self) -> bool:
        return not self.network.network_train_text_encoder_only

    @property
    def train_text_encoder(self) -> bool:
        return not self.network.network_train_unet_only

    @property
    def caches_latents(self) -> bool:
        return self.dataset.cache_latents or self.dataset.cache_latents_to_disk

    @property
    def caches_text_encoder_outputs(self) -> bool:
        return self.dataset.cache_text_encoder_outputs or self.dataset.cache_text_encoder_outputs_to_disk


def all_fields() -> list[FieldInfo]:
    """Every setting, section by section, in declaration order (the form's order)."""
    return [info for name, cls in SECTIONS.items() for info in section_fields(name, cls)]


def field_index() -> dict[str, FieldInfo]:
    """sd-scripts argument name -> field (names are unique across sections)."""
    return {info.name: info for info in all_fields()}


def config_from_dict(data: dict[str, Any], where: str = "config") -> TrainConfig:
    """A TrainConfig from run.toml's tables; unknown sections or keys are errors naming *where*."""
    cfg = TrainConfig()
    for key, value in data.items():
        if key in TOP_LEVEL_KEYS:
            if not isinstance(value, str):
                raise ConfigFileError(f"{where}: {key} must be text (a folder path).")
            setattr(cfg, key, value)
            continue
        if key not in SECTIONS:
            raise ConfigFileError(unknown_key_message(where, key, [*SECTIONS, *TOP_LEVEL_KEYS]))
        if not isinstance(value, dict):
            raise ConfigFileError(f"{where}: '{key}' must be a table ([{key}]), not a single value.")
        infos = {info.name: info for info in section_fields(key, SECTIONS[key])}
        section = getattr(cfg, key)
        for name, raw in value.items():
            if name not in infos:
                raise ConfigFileError(unknown_key_message(where, f"{key}.{name}", [i.key for i in infos.values()]))
            setattr(section, name, coerce(infos[name], raw, where))
    return cfg


def config_to_dict(cfg: TrainConfig) -> dict[str, Any]:
    data: dict[str, Any] = {k: getattr(cfg, k) for k in TOP_LEVEL_KEYS if getattr(cfg, k) is not None}
    for name in SECTIONS:
        data[name] = {k: v for k, v in dataclasses.asdict(getattr(cfg, name)).items() if v is not None}
    return data


def load_config(path: Path) -> TrainConfig:
    """Read and check run.toml: every problem is a ConfigFileError naming the file."""
    cfg = config_from_dict(load_toml(path), str(path))
    validate(cfg, str(path))
    return cfg


def save_config(path: Path, cfg: TrainConfig) -> None:
    save_toml(path, config_to_dict(cfg))


def dumps_config(cfg: TrainConfig) -> str:
    return dumps_toml(config_to_dict(cfg))
