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

from dataprep.fsutil import atomic_write_text
from dataprep.layout import parse_folder_name
from dataprep.tomlio import ConfigFileError, load_toml
from training.config import OPTIMIZERS, TrainConfig, field_index
from training.config.train_config import TOP_LEVEL_KEYS
from training.config_fields import FieldInfo, coerce


@dataclass
class ImportResult:
    config: TrainConfig
    ignored: list[str] = field(default_factory=list)  # "key = value: reason"
    notes: list[str] = field(default_factory=list)  # conversions that were made
    # the kohya_ss GUI keeps the sample prompts themselves (Danlu's sample_prompts is a prompt file): their text,
    # for whoever saves the imported run to write beside it
    sample_prompts_text: str = ""


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
        return value if number is None else _loosen(info, number)
    if info.type is int and isinstance(value, float) and value.is_integer():
        return int(value)  # the GUI's number boxes give 2.0; kohya_ss passes int(value) on
    if info.type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if info.type is bool and type(value) is int and value in (0, 1):
        return bool(value)  # kohya_ss writes persistent_data_loader_workers = int(...) into sd-scripts' TOML
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
    "optimizer_type": "read without regard to case, as sd-scripts does (`adamw8bit` → `AdamW8bit`); a "
                      "module path that names one of Danlu's optimizers is that optimizer "
                      "(`bitsandbytes.optim.AdamW8bit`, `prodigyopt.Prodigy`, `dadaptation.DAdaptAdam`); "
                      "`DAdaptation` → `DAdaptAdamPreprint` (sd-scripts' name for the same optimizer); "
                      "other names are listed as not imported",
    "dataset_config": "the dataset config TOML it names is read as `[[datasets]]` below",
    "datasets": "sd-scripts' dataset config (`[general]`, `[[datasets]]`, `[[datasets.subsets]]`): `batch_size` → "
                "`train_batch_size`, `resolution`, the bucket and caption settings are set; subsets whose "
                "`image_dir` is `<num_repeats>_<class_tokens>` inside one folder give `train_data_dir` "
                "(`is_reg` ones `reg_data_dir`); anything else is listed as not imported",
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
    if key == "optimizer_type" and optimizer_name(value) not in (None, value):
        imp.set("optimizer_type", optimizer_name(value))
        imp.result.notes.append(f"optimizer_type {value} is {optimizer_name(value)} in Danlu")
        return True
    if key == "dataset_config":
        if value not in ("", None):
            _dataset_config_file(imp, str(value))
        return True
    if key == "datasets":
        _datasets(imp, {}, value)
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


# sd-scripts compares optimizer_type without regard to case, and loads a dotted name's class from its module:
# the module paths of the classes behind Danlu's optimizers (lower case)
OPTIMIZER_CLASSES = {
    "torch.optim.adamw": "AdamW",
    "bitsandbytes.optim.adamw8bit": "AdamW8bit",
    "bitsandbytes.optim.lion": "Lion",
    "lion_pytorch.lion": "Lion",
    "bitsandbytes.optim.lion8bit": "Lion8bit",
    "prodigyopt.prodigy": "Prodigy",
    "dadaptation.dadaptadam": "DAdaptAdam",
    "dadaptation.dadaptadagrad": "DAdaptAdaGrad",
    "dadaptation.dadaptadan": "DAdaptAdan",
    "dadaptation.dadaptsgd": "DAdaptSGD",
    "dadaptation.dadaptlion": "DAdaptLion",
    "dadaptation.experimental.dadaptadampreprint": "DAdaptAdamPreprint",
    "dadaptation": "DAdaptAdamPreprint",  # sd-scripts' old name of that optimizer
}


def optimizer_name(value: Any) -> str | None:
    """Danlu's name of the optimizer sd-scripts would build for *value*, or None when Danlu has no such one."""
    text = str(value).strip().lower()
    return {name.lower(): name for name in OPTIMIZERS}.get(text) or OPTIMIZER_CLASSES.get(text)


# sd-scripts' dataset config: keys whose Danlu setting has another name; the subset keys that say where the images are
DATASET_RENAMES = {"batch_size": "train_batch_size"}
SUBSET_PLACE_KEYS = ("image_dir", "num_repeats", "class_tokens", "is_reg")


def _dataset_config_file(imp: _Importer, value: str) -> None:
    """``dataset_config = "dataset.toml"`` in a config file: that file's datasets (relative to the config's folder)."""
    path = Path(value)
    if not path.is_absolute():
        path = Path(imp.where).parent / path
    try:
        data = load_toml(path)
    except ConfigFileError as exc:
        imp.ignore("dataset_config", value, f"{exc} Import that file on its own once it can be read")
        return
    _datasets(imp, data.get("general", {}), data.get("datasets", []))
    for key in data.keys() - {"general", "datasets"}:
        imp.ignore(f"dataset_config {key}", data[key], "not part of sd-scripts' dataset config")


def _folder_of(image_dir: str) -> tuple[str, str]:
    """(parent, name) of a subset's image_dir, a Windows path (``C:\\img\\10_x``) included."""
    text = image_dir.rstrip("/\\")
    cut = max(text.rfind("/"), text.rfind("\\"))
    if cut < 0:
        return "", text
    parent = text[:cut]
    return (parent + text[cut] if parent in ("",) or parent.endswith(":") else parent), text[cut + 1:]


def _datasets(imp: _Importer, general: Any, datasets: Any) -> None:
    """sd-scripts' ``[general]`` / ``[[datasets]]`` / ``[[datasets.subsets]]``: Danlu trains one dataset, from
    ``<repeats>_<class tokens>`` folders inside train_data_dir (and reg_data_dir)."""
    if not isinstance(general, dict) or not isinstance(datasets, list) or not all(
            isinstance(d, dict) for d in datasets):
        imp.ignore("datasets", datasets, "not an sd-scripts dataset config ([[datasets]] tables)")
        return
    if not datasets:
        return
    for n, extra in enumerate(datasets[1:], 2):
        imp.ignore(f"datasets {n}", extra, "Danlu trains one dataset; merge its folders into the first one's")
    dataset = datasets[0]
    subsets = dataset.get("subsets", [])
    if not isinstance(subsets, list) or not subsets or not all(isinstance(s, dict) for s in subsets):
        imp.ignore("datasets.subsets", subsets, "a dataset needs [[datasets.subsets]] tables with an image_dir")
        subsets = []
    # sd-scripts: a subset's value wins over its dataset's, which wins over [general]
    shared = {**general, **{k: v for k, v in dataset.items() if k != "subsets"}}
    merged = [{**shared, **subset} for subset in subsets] or [shared]
    keys = dict.fromkeys(k for m in merged for k in m if k not in SUBSET_PLACE_KEYS)
    for key in keys:
        values = [m.get(key) for m in merged]
        if any(v != values[0] for v in values):
            imp.ignore(f"datasets {key}", values, "differs between subsets; Danlu uses one value for all folders")
            continue
        name = DATASET_RENAMES.get(key, key)
        value = values[0]
        if name == "resolution" and isinstance(value, list) and len(value) == 2:
            value = f"{value[0]},{value[1]}"
        if name in imp.fields:
            imp.set(name, value, f"datasets {key}")
        else:
            imp.ignore(f"datasets {key}", value, "not supported by Danlu's trainer")
    for is_reg, setting in ((False, "train_data_dir"), (True, "reg_data_dir")):
        _subset_folders(imp, [s for s in subsets if bool(s.get("is_reg", False)) == is_reg], setting)


def _subset_folders(imp: _Importer, subsets: list[dict[str, Any]], setting: str) -> None:
    """The one folder that holds every subset as ``<num_repeats>_<class_tokens>``, as *setting*."""
    if not subsets:
        return
    parents = set()
    for subset in subsets:
        parent, name = _folder_of(str(subset.get("image_dir", "")))
        parsed = parse_folder_name(name)
        repeats = subset.get("num_repeats", 1)
        tokens = subset.get("class_tokens")
        if parsed is None or parsed[0] != repeats or (tokens is not None and parsed[1] != tokens):
            shown = {k: subset[k] for k in SUBSET_PLACE_KEYS if k in subset}
            imp.ignore("datasets.subsets", shown, f"Danlu reads the images from '<repeats>_<class tokens>' "
                                                  f"folders: name this folder '{repeats}_{tokens or '…'}'")
            return
        parents.add(parent)
    if len(parents) > 1:
        imp.ignore("datasets.subsets image_dir", sorted(parents), f"the {setting} folders must be in one folder")
        return
    imp.set(setting, parents.pop(), "datasets.subsets image_dir")
    imp.result.notes.append(f"{setting} = the folder of the dataset config's subsets; Danlu trains on every "
                            "'<repeats>_<class tokens>' folder in it")


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
        if key in TOP_LEVEL_KEYS:
            continue  # Danlu's own run.toml keeps where its events go here: not a training setting
        if key == "general" and isinstance(data.get("datasets"), list):
            continue  # a dataset config's [general], read with its [[datasets]]
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    imp = _Importer(str(path))
    if isinstance(flat.get("datasets"), list):
        _datasets(imp, data.get("general", {}), flat.pop("datasets"))
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
    "optimizer_args": "one line of `name=value` words → the list `optimizer_args`, without double quotes "
                      "(`\"d0=1e-5\"` → `d0=1e-5`), as kohya_ss passes them",
    "unet_lr": "0 or empty means `learning_rate`; with a text encoder rate above 0 it trains the text encoder only "
               "(`network_train_text_encoder_only`), as in kohya_ss",
    "text_encoder_lr": "0 or empty means `learning_rate`; with a U-Net rate above 0 it trains the U-Net only "
                       "(`network_train_unet_only`), as in kohya_ss",
    "sample_prompts": "the GUI keeps the prompts themselves, Danlu reads a prompt file: the Train page writes "
                      "them to `prompts/<config name>-prompts.txt` in the project and points the run at it",
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
    if key == "optimizer_args":  # kohya_ss drops the double quotes, then splits on spaces
        args = str(value).replace('"', "").split() if value else []
        imp.set("optimizer_args", args, key)
        return True
    if key == "sample_prompts":
        text = str(value).strip()
        if text:
            imp.result.sample_prompts_text = text + "\n"
            imp.ignore(key, text, "the kohya_ss GUI keeps the prompts themselves, Danlu reads them from a prompt "
                                  "file: save these lines as a .txt file and pick it as Sample prompts")
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


def _gui_learning_rates(imp: _Importer, data: dict[str, Any]) -> None:
    """kohya_ss reads a U-Net or text encoder rate of 0 (or empty) as "use learning_rate", and when only one of
    them is 0, trains only the other part (sd-scripts' network_train_unet_only / _text_encoder_only)."""
    rates = {}
    for key in ("unet_lr", "text_encoder_lr"):
        value = data.get(key)
        number = 0 if value in ("", None) else _number(str(value).strip())
        if number is None:
            continue  # not a number: imported as it is, which lists it
        rates[key] = number
        if number == 0:
            data.pop(key, None)
    unet, te = rates.get("unet_lr"), rates.get("text_encoder_lr")
    if unet is None or te is None or (unet == 0) == (te == 0):
        return
    only = "network_train_unet_only" if te == 0 else "network_train_text_encoder_only"
    data[only] = True
    imp.result.notes.append(f"{'text_encoder_lr' if te == 0 else 'unet_lr'} 0 -> {only}, as kohya_ss does")


def keep_sample_prompts(result: ImportResult, folder: Path, name: str) -> Path | None:
    """Write the kohya_ss GUI's own sample prompts to a new prompt file in *folder* and point the run at it,
    so the imported run samples what it sampled there. None when the config held no prompts.

    An existing file is never overwritten: ``<name>-prompts-2.txt`` and so on."""
    if not result.sample_prompts_text:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-prompts.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{name}-prompts-{n}.txt"
    atomic_write_text(path, result.sample_prompts_text)
    result.config.sample.sample_prompts = str(path)
    result.ignored = [line for line in result.ignored if not line.startswith("sample_prompts = ")]
    result.notes.append(f"sample_prompts: the prompts saved as {path}")
    return path


def import_kohya_gui_json(path: Path) -> ImportResult:
    """A kohya_ss GUI LoRA config (the JSON its 'Save config' writes)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
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
    _gui_learning_rates(imp, data)
    # the GUI's "Max train epoch" overrides its "Epoch" when set
    if str(data.get("max_train_epochs", "")).strip() not in ("", "0"):
        data.pop("epoch", None)
    else:
        data.pop("max_train_epochs", None)
    _apply_flat(imp, {k: v for k, v in data.items() if v is not None}, _gui_special)
    return imp.result
