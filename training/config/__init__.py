"""The training run's settings: one dataclass per section, sd-scripts' argument names.

``run.toml`` has one table per section (``[model]``, ``[dataset]``, ...). Every field is declared
with :func:`training.config_fields.setting`, so the Train page's form, the TOML reader/writer and
the validation messages come from these definitions alone. Defaults follow kohya_ss where it
differs from bare sd-scripts in a way beginners expect (buckets on, latents cached, fp16).

One module per group of sections; this package re-exports the public names, so callers import from
``training.config`` alone.
"""

from training.config.choices import (
    DYNAMO_BACKENDS,
    HUBER_LOSS_TYPES,
    HUBER_SCHEDULES,
    LOSS_TYPES,
    OPTIMIZERS,
    REPO_TYPES,
    SCHEDULERS,
    WARMUP_SCHEDULERS,
)
from training.config.loss_noise import LossSection, NoiseSection
from training.config.model_data import DatasetSection, ModelSection
from training.config.network import LYCORIS_ON, NetworkSection
from training.config.optimization import OptimizerSection, ScheduleSection
from training.config.precision_saving import PrecisionSection, SavingSection
from training.config.run_extras import HubSection, LaunchSection, LoggingSection, SampleSection
from training.config.train_config import (
    SECTIONS,
    TOP_LEVEL_KEYS,
    TrainConfig,
    all_fields,
    config_from_dict,
    config_to_dict,
    dumps_config,
    field_index,
    load_config,
    save_config,
)
from training.config.validation import validate

__all__ = [
    "DYNAMO_BACKENDS", "HUBER_LOSS_TYPES", "HUBER_SCHEDULES", "LOSS_TYPES", "LYCORIS_ON", "OPTIMIZERS",
    "REPO_TYPES", "SCHEDULERS", "SECTIONS", "TOP_LEVEL_KEYS", "WARMUP_SCHEDULERS",
    "DatasetSection", "HubSection", "LaunchSection", "LoggingSection", "LossSection", "ModelSection",
    "NetworkSection", "NoiseSection", "OptimizerSection", "PrecisionSection", "SampleSection", "SavingSection",
    "ScheduleSection", "TrainConfig",
    "all_fields", "config_from_dict", "config_to_dict", "dumps_config", "field_index", "load_config",
    "save_config", "validate",
]
