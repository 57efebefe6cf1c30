"""Importing the configs users already have: sd-scripts TOML (``--config_file``) and kohya_ss GUI JSON.

What Danlu supports is mapped onto a TrainConfig; everything else is listed (key, value, why) so the
user sees what the import left out instead of silently training something else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataprep.tomlio import ConfigFileError, load_toml
from training.config import TrainConfig, field_index
from training.config_fields import FieldInfo, coerce


@dataclass
class ImportResult:
    config: TrainConfig
    ignored: list[str] = field(default_factory=list)  # "key = value: reason"
    notes: list[str] = field(default_factory=list)  # conversions that were made


def _number(text: str) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def _loosen(info: FieldInfo, value: Any) -> Any:
    """GUI JSON stores numbers as strings and unset values as ''; sd-scripts uses None for defaults."""
    if info.optional and value == "":
        return None
    if isinstance(value, str) and info.type in (int, float):
        stripped = value.strip()
        if stripped == "":
            return None
        number = _number(stripped)
        return value if number is None else number
    if info.type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if info.type is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if info.type is bool and isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"  # network_args values are text: "use_tucker=True"
    return value


class _Importer:
    def __init__(self, where: str) -> None:
        self.where = where
        self.result = ImportResult(TrainConfig())
        self.fields = field_index()

    def ignore(self, key: str, value: Any, why: str) -> None:
        if value in (False, "", 0, None, [], "none", "None"):
            return  # an option left off or empty changes nothing: not worth listing
        self.result.ignored.append(f"{key} = {value!r}: {why}")

    def set(self, name: str, value: Any, source_key: str | None = None) -> None:
        info = self.fields[name]
        value = _loosen(info, value)
        if value is None:
            return  # unset: keep what is there
        try:
            value = coerce(info, value, self.where)
        except ConfigFileError as exc:
            self.ignore(source_key or name, value, str(exc).split(": ", 1)[-1])
            return
        setattr(getattr(self.result.config, info.section), name, value)


# What the importers do with each key they do not copy as it is, in words: docs/from-kohya.md's import tables
# are generated from these (tools/gen_docs.py), and tests/training/test_config_import.py checks that they name
# exactly the keys the code below handles apart. Every other key that is a Danlu setting's name is copied.
SD_SCRIPTS_SPECIAL: dict[str, str] = {
    "network_module": "`networks.lora` and `lycoris.kohya` are kept; any other module is listed as not imported",
    "network_args": "each `name=value` that is a `[network]` setting is set (`conv_dim=4`, `algo=loha`, "
                    "`preset=attn-mlp`, `block_dims=…`; LyCORIS `block_size` → `dylora_block_size`); "
                    "any other is listed as not imported",
    "xformers": "true → PyTorch SDPA attention (`precision.sdpa`), which needs no extra package",
    "mem_eff_attn": "true → PyTorch SDPA attention (`precision.sdpa`)",
    "sdpa": "true → `precision.sdpa`",
    "use_8bit_adam": "true → optimizer `AdamW8bit`",
    "use_lion_optimizer": "true → optimizer `Lion`",
    "optimizer_type": "`DAdaptation` → `DAdaptAdamPreprint` (sd-scripts' name for the same optimizer); "
                      "other names are copied",
    "max_token_length": "unset keeps Danlu's default (75)",
    "clip_skip": "unset keeps Danlu's default (1)",
    "text_encoder_lr": "the list form `[te1, te2]` → `text_encoder_lr` and `text_encoder_lr2` (SDXL)",
    "text_encoder_lr1": "→ `text_encoder_lr`",
    "main_process_port": "0 (accelerate's default port) is left unset",
    "huggingface_token": "never imported: Danlu reads the token from your Hugging Face login (`hf auth login`)",
    "save_model_as": "LoRAs are saved as .safetensors; another format is listed as not imported",
}


def _sd_scripts_special(imp: _Importer, key: str, value: Any) -> bool:
    """Keys whose meaning differs from a plain copy; True when handled."""
    if key == "network_module":
        if value in imp.fields["network_module"].spec.choices:
            imp.set(key, value)
        else:
            imp.ignore(key, value, "Danlu trains networks.lora and lycoris.kohya networks")
        return True
    if key == "network_args":
        _network_args(imp, value)
        return True
    if key in ("xformers", "sdpa", "mem_eff_attn"):
        if value:
            imp.set("sdpa", True)
            if key != "sdpa":
                imp.result.notes.append(f"{key}: Danlu uses PyTorch SDPA attention instead")
        return True
    if key == "use_8bit_adam":
        if value:
            imp.set("optimizer_type", "AdamW8bit")
        return True
    if key == "use_lion_optimizer":
        if value:
            imp.set("optimizer_type", "Lion")
        return True
    if key == "optimizer_type" and str(value).lower() == "dadaptation":
        imp.set("optimizer_type", "DAdaptAdamPreprint")
        imp.result.notes.append("optimizer_type DAdaptation is sd-scripts' DAdaptAdamPreprint")
        return True
    if key in ("max_token_length", "clip_skip") and value is None:
        return True
    if key == "text_encoder_lr" and isinstance(value, list):  # sd-scripts' nargs form: [te1] or [te1, te2]
        if value:
            imp.set("text_encoder_lr", value[0], key)
        if len(value) > 1:
            imp.set("text_encoder_lr2", value[1], key)
        return True
    if key == "text_encoder_lr1":
        imp.set("text_encoder_lr", value, key)
        return True
    if key == "main_process_port" and _number(str(value)) == 0:
        return True  # kohya_ss's 0: accelerate's default port
    if key == "huggingface_token":
        if value:
            imp.ignore(key, "***", "Danlu reads the token from your Hugging Face login (hf auth login) only")
        return True
    if key == "save_model_as" and value != "safetensors":
        imp.ignore(key, value, "LoRAs are saved as .safetensors")
        return True
    return False


NETWORK_ARG_NAMES = {"block_size": "dylora_block_size"}  # sd-scripts / LyCORIS network_args name -> field


def _network_args(imp: _Importer, value: Any) -> None:
    """sd-scripts' ``network_args = ["conv_dim=4", "algo=loha"]``: the [network] settings they name."""
    items = value if isinstance(value, list) else str(value).split()
    for item in items:
        name, sep, text = str(item).partition("=")
        name = name.strip()
        field_name = NETWORK_ARG_NAMES.get(name, name)
        info = imp.fields.get(field_name)
        if not sep or info is None or info.section != "network":
            imp.ignore(f"network_args {name}", text.strip() if sep else item, "not supported by Danlu's trainer")
            continue
        imp.set(field_name, text.strip().strip("\"'"), f"network_args {name}")


def _apply_flat(imp: _Importer, items: dict[str, Any], special: Callable[[_Importer, str, Any], bool]) -> None:
    for key, value in items.items():
        if special(imp, key, value):
            continue
        if key in imp.fields:
            imp.set(key, value)
        else:
            imp.ignore(key, value, "not supported by Danlu's trainer")


def import_sd_scripts_toml(path: Path) -> ImportResult:
    """An sd-scripts ``--config_file`` TOML (flat, or with tables, which sd-scripts flattens)."""
    data = load_toml(path)
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    imp = _Importer(str(path))
    _apply_flat(imp, flat, _sd_scripts_special)
    return imp.result


GUI_RENAMES = {
    "max_resolution": "resolution",
    "epoch": "max_train_epochs",
    "optimizer": "optimizer_type",
    "stop_text_encoder_training": "stop_text_encoder_training_pct",
    "sdxl_cache_text_encoder_outputs": "cache_text_encoder_outputs",
}
# the GUI's LoRA_type -> (network_module, LyCORIS algo)
GUI_LORA_TYPES = {
    "Standard": ("networks.lora", ""),
    "Kohya LoCon": ("networks.lora", ""),  # conv_dim / conv_alpha come as keys of their own
    "LoCon": ("lycoris.kohya", "locon"),  # the GUI's older name of LyCORIS/LoCon
    "LyCORIS/LoCon": ("lycoris.kohya", "locon"),
    "LyCORIS/LoHa": ("lycoris.kohya", "loha"),
    "LyCORIS/LoKr": ("lycoris.kohya", "lokr"),
    "LyCORIS/iA3": ("lycoris.kohya", "ia3"),
    "LyCORIS/DyLoRA": ("lycoris.kohya", "dylora"),
}
# GUI keys that only configure the GUI, accelerate or features it shows for other model types
GUI_NOISE = {
    "LoRA_type",
    "model_list",
    "lr_warmup",
    "xformers",
    "optimizer_args",
    "sdxl",
    "sd3_checkbox",
    "flux1_checkbox",
    "multi_gpu",  # follows from num_processes
}

GUI_UNUSED_NOISE = {
    "Original": ("multires_noise_iterations", "multires_noise_discount"),
    "Multires": ("noise_offset", "noise_offset_random_strength", "adaptive_noise_scale"),
}
# the GUI's own keys besides GUI_RENAMES, in words (see SD_SCRIPTS_SPECIAL); the GUI shares sd-scripts' other names
GUI_SPECIAL: dict[str, str] = {
    "LoRA_type": "`Standard` and `Kohya LoCon` → `networks.lora` (LoCon through `conv_dim`); `LoCon`, "
                 "`LyCORIS/LoCon`, `LyCORIS/LoHa`, `LyCORIS/LoKr`, `LyCORIS/iA3`, `LyCORIS/DyLoRA` → "
                 "`lycoris.kohya` with that algorithm; another type is listed as not imported",
    "LyCORIS_preset": "→ `preset` when it is one of Danlu's LyCORIS presets; `full` is the default",
    "lr_warmup": "percent of the steps → `lr_warmup_steps` as a fraction of the steps (10 → 0.1)",
    "xformers": "the GUI's attention choice: `none` turns `precision.sdpa` off, `sdpa` or `xformers` on",
    "optimizer_args": "one line of `name=value` words → the list `optimizer_args`",
    "sdxl": "not needed: SDXL is detected from the base model itself",
    "dynamo_mode": "torch.compile runs in its default mode; another mode is listed as not imported",
    "model_list": "a GUI menu choice, not a training setting",
    "sd3_checkbox": "a GUI switch for SD3 models, which Danlu does not train",
    "flux1_checkbox": "a GUI switch for FLUX.1 models, which Danlu does not train",
    "multi_gpu": "follows from `num_processes`",
    "noise_offset_type": "picks which noise values count: `Original` drops the multires values, "
                         "`Multires` the noise-offset ones (the GUI keeps both)",
    "multires_noise_discount": "the GUI's 0 means sd-scripts' default, 0.3",
    "max_train_epochs": "wins over `epoch` when set and not 0, as in the GUI",
    "conv_dim": "read unless `LoRA_type` is `Standard` (the GUI passes its conv rank only to the other types)",
    "conv_alpha": "read unless `LoRA_type` is `Standard`, as `conv_dim`",
    "unit": "→ `dylora_block_size` when `LoRA_type` is `LyCORIS/DyLoRA` (the GUI passes it as LyCORIS' "
            "`block_size`); left out for the other types",
}



def _gui_special(imp: _Importer, key: str, value: Any) -> bool:
    if key in GUI_RENAMES:  # then as sd-scripts reads the new name (the GUI's optimizer "DAdaptation")
        if not _sd_scripts_special(imp, GUI_RENAMES[key], value):
            imp.set(GUI_RENAMES[key], value, key)
        return True
    if key == "LoRA_type":
        if value in GUI_LORA_TYPES:
            module, algo = GUI_LORA_TYPES[value]
            imp.set("network_module", module)
            if algo:
                imp.set("algo", algo)
        elif value not in ("", None):
            imp.ignore(key, value, "Danlu trains the Standard, Kohya LoCon and LyCORIS LoCon, LoHa, LoKr, iA3 and "
                                   "DyLoRA types")
        return True
    if key == "LyCORIS_preset":  # the GUI writes it for every type; only a LyCORIS network reads it
        if value in imp.fields["preset"].spec.choices:
            imp.set("preset", value)
        else:
            imp.ignore(key, value, "not one of Danlu's LyCORIS presets")
        return True
    if key == "lr_warmup":  # percent of the steps in the GUI
        pct = _number(str(value)) if value not in ("", None) else 0
        if pct:
            imp.set("lr_warmup_steps", pct / 100)
            imp.result.notes.append(f"lr_warmup {pct}% -> lr_warmup_steps {pct / 100:g} (a fraction of the steps)")
        return True
    if key == "xformers":
        imp.set("sdpa", value != "none")
        return True
    if key == "optimizer_args":
        args = str(value).split() if value else []
        imp.set("optimizer_args", args, key)
        return True
    if key == "sdxl":  # Danlu reads the model family from the base model itself
        if value:
            imp.result.notes.append("sdxl = true: SDXL is detected from the base model, no setting needed")
        return True
    if key == "dynamo_mode":
        if value not in ("default", "", None):
            imp.ignore(key, value, "torch.compile runs in its default mode")
        return True
    if key in GUI_NOISE:
        return True
    return _sd_scripts_special(imp, key, value)


def import_kohya_gui_json(path: Path) -> ImportResult:
    """A kohya_ss GUI LoRA config (the JSON its 'Save config' writes)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigFileError(f"{path}: not a readable kohya_ss JSON config ({exc}).") from None
    if not isinstance(data, dict):
        raise ConfigFileError(f"{path}: a kohya_ss config is a JSON object.")
    imp = _Importer(str(path))
    # the GUI keeps both noise types' values and passes only those of the chosen noise_offset_type
    for key in GUI_UNUSED_NOISE.get(str(data.pop("noise_offset_type", "")), ()):
        data.pop(key, None)
    if _number(str(data.get("multires_noise_discount", ""))) == 0:
        data.pop("multires_noise_discount")  # the GUI's 0 means sd-scripts' default, 0.3
    if data.get("LoRA_type", "Standard") == "Standard":  # the GUI passes its conv rank only to the other types
        for key in ("conv_dim", "conv_alpha"):
            data.pop(key, None)
    unit = data.pop("unit", None)  # the GUI writes its DyLoRA unit for every type; LyCORIS reads it as block_size
    if data.get("LoRA_type") == "LyCORIS/DyLoRA" and unit not in ("", None):
        data["dylora_block_size"] = unit
    # the GUI's "Max train epoch" overrides its "Epoch" when set
    if str(data.get("max_train_epochs", "")).strip() not in ("", "0"):
        data.pop("epoch", None)
    else:
        data.pop("max_train_epochs", None)
    _apply_flat(imp, {k: v for k, v in data.items() if v is not None}, _gui_special)
    return imp.result
