"""The ``train`` job: ``python -m training train run.toml``."""

from __future__ import annotations

from pathlib import Path

from dataprep.jobs import JobContext, JobError, process_rank
from dataprep.phrases import Phrase, exception_text
from dataprep.tomlio import ConfigFileError
from training.config import config_from_dict, validate
from training.hub_upload import state_to_upload, upload_outputs
from training.train_setup import RunPaths, latent_cache_dir_for
from training.train_state import state_folder
from training.trainer import Trainer


def run_paths(
    ctx: JobContext, output_dir: str, logging_dir: str | None, train_dir: str, reg_dir: str | None
) -> RunPaths:
    """Folders of the run: relative paths are relative to the run folder (the config file's folder)."""
    if ctx.run_dir is not None:
        run_dir = Path(ctx.run_dir)
    elif ctx.config_path is not None:
        run_dir = ctx.config_path.parent
    else:
        run_dir = Path.cwd()

    def under_run(value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else run_dir / path

    train = ctx.resolve(train_dir)
    return RunPaths(
        run_dir=run_dir,
        output_dir=under_run(output_dir),
        logging_dir=under_run(logging_dir) if logging_dir else None,
        train_dir=train,
        reg_dir=ctx.resolve(reg_dir) if reg_dir else None,
        latent_cache_dir=latent_cache_dir_for(train),
    )


def train_job(ctx: JobContext) -> list[str]:
    where = str(ctx.config_path or "config")
    try:
        cfg = config_from_dict(ctx.config, where)
        warnings = validate(cfg, where)
    except ConfigFileError as exc:
        raise JobError("config", exception_text(exc), Phrase("Fix the setting named above.")) from exc
    for message in warnings:
        ctx.emitter.warning(message)
    ds, sav = cfg.dataset, cfg.saving
    paths = run_paths(ctx, sav.output_dir, cfg.logging.logging_dir, ds.train_data_dir, ds.reg_data_dir)
    outputs = Trainer(cfg, paths, ctx).run()
    if process_rank() == 0 and outputs:  # the main process uploads what it saved
        state = state_to_upload(cfg.hub, state_folder(paths.output_dir, sav.output_name, "final", 0, 0))
        upload_outputs(cfg.hub, Path(outputs[0]), state, ctx.emitter)
    return outputs
