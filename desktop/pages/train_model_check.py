"""Before launch: does the base model match the settings? A single-file checkpoint is read the way the trainer
reads it (``training.single_file.base_model_info``: its family, SD 1.x, SD 2.x or SDXL, or what else it is),
from the safetensors header only. Runs on a pool thread: the header of a 7 GB file is read
from disk. Diffusers folders and hub ids are checked by the trainer when it loads them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dataprep.jobs import JobError
from desktop.widgets.config_form_validation import Message
from desktop.widgets.phrase_text import tr_phrase
from training.single_file import base_model_info

MODEL_KEY = "model.pretrained_model_name_or_path"


def base_model_messages(model: str, v2: bool, v_parameterization: bool) -> list[Message]:
    """Errors for a checkpoint the settings contradict (or the trainer cannot train), warnings for doubts.

    Runs on a pool thread: QCoreApplication.translate is thread-safe."""
    path = Path(model).expanduser()
    if not (path.is_absolute() and path.is_file() and path.suffix.lower() == ".safetensors"):
        return []
    try:  # the trainer's own reading: what the file is, and whether it is a text-to-image base model
        info = base_model_info(path)
    except JobError as exc:
        return [Message("error", tr_phrase(exc.text()), (MODEL_KEY,))]
    family = info.family
    if family == "sd1" and v2:
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is an SD 1.x checkpoint but 'SD 2.x model' is ticked.")
        return [Message("error", text.format(file=path.name), ("model.v2",))]
    if family == "sd2" and not v2:
        text = QCoreApplication.translate("BaseModelCheck", "{file} is an SD 2.x checkpoint: tick 'SD 2.x model'.")
        return [Message("error", text.format(file=path.name), ("model.v2",))]
    if family == "sd2" and not v_parameterization and info.declared_prediction() is None:
        text = QCoreApplication.translate(
            "BaseModelCheck", "{file} is SD 2.x: a 768-v model (SD 2.0/2.1 768) needs v-prediction ticked; "
            "the weights alone do not say which one it is.")
        return [Message("warning", text.format(file=path.name), ("model.v_parameterization",))]
    return []
