"""``python -m dataprep download-model config.toml``: fetch a captioning model into the Hugging Face cache.

The GUI's Download button runs it as a job so the download shows its progress (bytes) and can be
cancelled; the caption job downloads a missing model itself too, this only fetches it ahead of time.
"""

from __future__ import annotations

from dataprep.caption_job import _download_reporter
from dataprep.jobs import JobContext, JobError
from dataprep.model_registry import ModelUnavailableError, download_model, spec_for
from dataprep.phrases import Phrase, exception_text


def download_model_job(ctx: JobContext) -> list[str]:
    """Config: ``model`` (a repo id Danlu knows, or another with ``kind``). Result: the model's folder."""
    model = ctx.config.get("model")
    kind = ctx.config.get("kind")
    if not isinstance(model, str) or not model.strip():
        raise JobError("config", Phrase("download-model needs 'model', a Hugging Face repository id."))
    try:
        spec = spec_for(model.strip(), kind)
    except ValueError as exc:
        raise JobError("config", exception_text(exc)) from None
    report = _download_reporter(ctx)

    def progress(name: str, done: int, total: int | None) -> None:
        report(name, done, total)
        ctx.check_cancelled()  # huggingface_hub removes the partial file when the transfer stops

    try:
        folder = download_model(spec, progress=progress)
    except ModelUnavailableError as exc:
        raise JobError("model", exception_text(exc)) from None
    ctx.emitter.emit("result", data={"model": spec.repo_id, "path": str(folder)})
    return [str(folder)]
