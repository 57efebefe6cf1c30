"""Messages that the interface can show in the user's language.

dataprep/ and training/ have no Qt, so a message is written in English where it is made; a :class:`Phrase`
is that English text (it is a ``str``: the CLI, the logs and exceptions use it as it is) and also keeps its
template and values, in memory or through a job's JSON events (:meth:`Phrase.to_json`). The interface looks
the template up in ``resources/i18n/config.<locale>.ts`` and fills in the same values
(``desktop.widgets.phrase_text.tr_phrase``); ``tools/i18n_config.py`` finds every template by reading the
``Phrase("...")`` calls of the modules in :data:`SOURCES`.
"""

from __future__ import annotations

from typing import Any

# the modules whose Phrase("...") templates go into the translation catalog (paths from the repository)
SOURCES = (
    "training/config/validation.py", "training/network_args.py", "dataprep/steps.py", "training/reg_count.py",
    "dataprep/jobs.py", "training/errors.py", "training/trainer.py", "training/train_job.py", "training/train_setup.py",
    "training/train_state.py", "training/optim.py", "training/data.py", "training/checkpoints.py", "training/models.py",
    "training/single_file.py", "training/memory.py", "training/masks.py", "training/fp8.py", "training/ema.py",
    "training/multiprocess.py", "training/train_samples.py", "training/train_caches.py", "dataprep/model_registry.py",
    "dataprep/wd_tagger.py", "dataprep/wd_tags.py", "dataprep/blip_captioner.py", "dataprep/caption_job.py",
    "dataprep/model_download_job.py", "dataprep/layout_check.py", "dataprep/image_import.py", "dataprep/import_scan.py",
    "dataprep/prepare.py", "dataprep/prepare_render.py", "dataprep/masks.py", "dataprep/layout_job.py",
    "training/samplers.py", "training/prompts.py", "training/generate.py", "training/clip_scores.py",
    "training/reg_job.py", "training/reg_check.py", "training/grid_spec.py", "training/grid_export.py",
    "training/grid_scores.py", "training/grid_job.py", "training/doctor_onnxruntime.py", "training/doctor_problems.py",
    "training/doctor.py", "dataprep/imagefiles.py", "dataprep/crops.py",
    "dataprep/caption_io.py", "dataprep/thumbnails.py", "dataprep/project.py", "dataprep/tomlio.py",
    "training/fit_job.py", "training/hub_upload.py", "training/fit_estimate.py", "training/cuda_graphs.py",
)


class Phrase(str):
    """*template* filled with *values*. A value is a name, number or key (it stays untranslated), another
    Phrase, or a list of Phrases (sentences, joined with a space)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Phrase:
        shown = {k: " ".join(v) if isinstance(v, list) else v for k, v in values.items()}
        self = super().__new__(cls, template.format(**shown))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (to and from worker processes) as template and values: its English text may hold braces."""
        return _rebuild, (self.template, self.values)

    def to_json(self) -> dict[str, Any]:
        return {"template": self.template, "values": {k: _to_json(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Phrase:
        return cls(data["template"], **{k: _from_json(v) for k, v in data["values"].items()})


def _rebuild(template: str, values: dict[str, Any]) -> Phrase:
    return Phrase(template, **values)


def _to_json(value: Any) -> Any:
    if isinstance(value, Phrase):
        return value.to_json()
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and "template" in value:
        return Phrase.from_json(value)
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def phrase_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The JSON of the fields of an event that are Phrases: a job's event carries them beside the English."""
    return {k: v.to_json() for k, v in fields.items() if isinstance(v, Phrase)}


def names(keys: list[str]) -> str:
    """Setting names in a message: ``a, b``. A comma, not 'and', so that no English word sits in a value."""
    return ", ".join(keys)


def exception_text(exc: BaseException) -> str:
    """What an exception says: the Phrase it was raised with (so it stays translatable), else its text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Phrase):
        return exc.args[0]
    return str(exc)
