"""Before launch: does the base model match the settings? A single-file checkpoint's family (SD 1.x, SD 2.x,
SDXL) comes from the trainer's own detector (``training.single_file.checkpoint_family``) over the file's key
names, read from the safetensors header only. Runs on a pool thread: the header of a 7 GB file is read
from disk. Diffusers folders and hub ids are checked by the trainer when it loads them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from safetensors import safe_open

from desktop.widgets.config_form_validation import Message
from training.single_file import checkpoint_family

MODEL_KEY = "model.pretrained_model_name_or_path"


def base_model_messages(model: str, v2: bool, v_parameterization: bool) -> list[Message]:
    """Errors for a checkpoint the settings contradict (or the trainer cannot train), warnings for doubts.

    Runs on a pool thread: QCoreApplication.translate is thread-safe."""
    path = Path(model).expanduser()
    if not (path.is_absolute() and path.is_file() and path.suffix.lower() == ".safetensors"):
        return []
    try:
        with safe_open(str(path), framework="numpy") as fh:
            keys = list(fh.keys())
    except Exception as exc:  # safetensors raises its own error types for damaged headers
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is not a readable .safetensors file ({error}). Re-download it.")
        return [Message("error", text.format(file=path.name, error=exc), (MODEL_KEY,))]
    family = checkpoint_family(keys)
    if family == "sdxl":
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is an SDXL checkpoint: this trainer trains SD 1.x/2.x bases.")
        return [Message("error", text.format(file=path.name), (MODEL_KEY,))]
    if family == "unknown":
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} has no U-Net or text encoder weights: it is a LoRA, VAE or embedding, "
            "not a base model.")
        return [Message("error", text.format(file=path.name), (MODEL_KEY,))]
    if family == "sd1" and v2:
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is an SD 1.x checkpoint but 'SD 2.x model' is ticked.")
        return [Message("error", text.format(file=path.name), ("model.v2",))]
    if family == "sd2" and not v2:
        text = QCoreApplication.translate("BaseModelCheck", "{file} is an SD 2.x checkpoint: tick 'SD 2.x model'.")
        return [Message("error", text.format(file=path.name), ("model.v2",))]
    if family == "sd2" and not v_parameterization:
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is SD 2.x: a 768-v model (SD 2.0/2.1 768) needs v-prediction ticked; "
            "the weights alone do not say which one it is.")
        return [Message("warning", text.format(file=path.name), ("model.v_parameterization",))]
    return []
