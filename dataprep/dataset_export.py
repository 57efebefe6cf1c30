"""Hand the layout to sd-scripts: a ``dataset_config`` TOML and the ``train_network.py`` command line.

Both name the built layout folders (not the sources), with the same repeats and class tokens the
folder names carry, so kohya_ss / sd-scripts train on exactly what Danlu counted.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataprep.buckets import BucketSettings, parse_resolution
from dataprep.layout import IMG_DIR, REG_DIR, LayoutError, PlannedFolder
from dataprep.steps import Schedule
from dataprep.tomlio import save_toml

_BUCKET_KEYS = ("enable_bucket", "min_bucket_reso", "max_bucket_reso", "bucket_reso_steps", "bucket_no_upscale")
_SCHEDULE_KEYS = ("train_batch_size", "gradient_accumulation_steps", "max_train_epochs", "max_train_steps")


@dataclass
class DatasetOptions:
    """The dataset and training-length arguments Danlu hands to sd-scripts, with sd-scripts' names."""

    buckets: BucketSettings = field(default_factory=BucketSettings)
    schedule: Schedule = field(default_factory=Schedule)
    shuffle_caption: bool = False
    keep_tokens: int = 0

    @classmethod
    def from_config(cls, config: dict[str, Any], where: str = "config") -> DatasetOptions:
        """Options from a job config's sd-scripts-named keys (others are left alone)."""
        try:
            buckets = BucketSettings(parse_resolution(config.get("resolution", 512)),
                                     **{k: type(getattr(BucketSettings(), k))(config[k])
                                        for k in _BUCKET_KEYS if k in config})
            schedule = Schedule(**{k: int(config[k]) for k in _SCHEDULE_KEYS if config.get(k) is not None})
            options = cls(buckets, schedule, bool(config.get("shuffle_caption", False)),
                          int(config.get("keep_tokens", 0)))
            schedule.check()
            if options.keep_tokens < 0:
                raise ValueError("keep_tokens must be 0 or more.")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{where}: {exc}") from None
        return options


def _resolution_value(size: tuple[int, int]) -> int | list[int]:
    return size[0] if size[0] == size[1] else [size[0], size[1]]


def dataset_config(folders: list[PlannedFolder], layout_root: Path, options: DatasetOptions) -> dict[str, Any]:
    """sd-scripts' ``dataset_config`` as a dict: one dataset, one subset per layout folder."""
    b = options.buckets
    dataset: dict[str, Any] = {
        "resolution": _resolution_value(b.resolution),
        "batch_size": options.schedule.train_batch_size,
        "enable_bucket": b.enable_bucket,
    }
    if b.enable_bucket:
        dataset.update(min_bucket_reso=b.min_bucket_reso, max_bucket_reso=b.max_bucket_reso,
                       bucket_reso_steps=b.bucket_reso_steps, bucket_no_upscale=b.bucket_no_upscale)
    dataset["subsets"] = [
        {"image_dir": str((Path(layout_root) / f.rel).resolve()), "num_repeats": f.repeats,
         "class_tokens": f.class_tokens, "is_reg": f.is_reg, "caption_extension": f.caption_extension}
        for f in folders
    ]
    general = {"shuffle_caption": options.shuffle_caption, "keep_tokens": options.keep_tokens}
    return {"general": general, "datasets": [dataset]}


def write_dataset_config(path: Path, folders: list[PlannedFolder], layout_root: Path,
                         options: DatasetOptions) -> Path:
    save_toml(path, dataset_config(folders, layout_root, options))
    return Path(path)


def train_network_args(folders: list[PlannedFolder], layout_root: Path, options: DatasetOptions, *,
                       pretrained_model: str, output_dir: Path, output_name: str,
                       dataset_config_path: Path | None = None) -> list[str]:
    """``accelerate launch train_network.py ...`` as a list. With *dataset_config_path* the dataset comes
    from that TOML; without it, from ``--train_data_dir``/``--reg_data_dir`` and the same settings."""
    s = options.schedule
    args = ["accelerate", "launch", "--num_cpu_threads_per_process=2", "train_network.py",
            f"--pretrained_model_name_or_path={pretrained_model}", f"--output_dir={output_dir}",
            f"--output_name={output_name}", "--network_module=networks.lora", "--save_model_as=safetensors",
            f"--gradient_accumulation_steps={s.gradient_accumulation_steps}"]
    if s.max_train_epochs is not None:
        args.append(f"--max_train_epochs={s.max_train_epochs}")
    if s.max_train_steps is not None:
        args.append(f"--max_train_steps={s.max_train_steps}")
    if dataset_config_path is not None:
        return [*args, f"--dataset_config={dataset_config_path}"]
    extensions = {f.caption_extension for f in folders}
    if len(extensions) > 1:
        raise LayoutError(f"the folders use different caption extensions ({', '.join(sorted(extensions))}); "
                          "one command line can pass only one. Export a dataset_config instead.")
    root = Path(layout_root).resolve()
    b = options.buckets
    args += [f"--train_data_dir={root / IMG_DIR}"]
    if any(f.is_reg for f in folders):
        args.append(f"--reg_data_dir={root / REG_DIR}")
    args += [f"--resolution={b.resolution[0]},{b.resolution[1]}", f"--train_batch_size={s.train_batch_size}",
             f"--caption_extension={extensions.pop() if extensions else '.txt'}"]
    if b.enable_bucket:
        args += ["--enable_bucket", f"--min_bucket_reso={b.min_bucket_reso}",
                 f"--max_bucket_reso={b.max_bucket_reso}", f"--bucket_reso_steps={b.bucket_reso_steps}"]
        if b.bucket_no_upscale:
            args.append("--bucket_no_upscale")
    if options.shuffle_caption:
        args.append("--shuffle_caption")
    if options.keep_tokens:
        args.append(f"--keep_tokens={options.keep_tokens}")
    return args


def format_command(args: list[str], windows: bool | None = None) -> str:
    """One line to paste in a terminal: cmd.exe quoting on Windows, POSIX shell quoting elsewhere."""
    if windows if windows is not None else os.name == "nt":
        return subprocess.list2cmdline(args)
    return shlex.join(args)
