"""``python -m dataprep build-layout cfg.toml``: check the concepts, count the steps, build ``train/``.

Config: ``project`` (the project folder or its danlu.toml), optionally ``target`` (default the project's
``train/``), ``dataset_config`` (also write sd-scripts' dataset TOML there), ``check_duplicates``
(default true) and the sd-scripts dataset arguments the step count needs (``resolution``,
``train_batch_size``, ``enable_bucket``, ``min_bucket_reso``, ``max_bucket_reso``,
``bucket_reso_steps``, ``bucket_no_upscale``, ``gradient_accumulation_steps``, ``max_train_epochs``,
``max_train_steps``, ``shuffle_caption``, ``keep_tokens``).

Events: a ``warning`` per issue found, ``progress`` per file placed (unit "file"), and one ``result``
whose data holds the issues, the step breakdown and what the build did. Errors in the concepts stop the
job before ``train/`` is touched.
"""

from __future__ import annotations

from typing import Any

from dataprep.buckets import BucketError
from dataprep.dataset_export import DatasetOptions, write_dataset_config
from dataprep.jobs import JobContext, JobError
from dataprep.layout import LayoutError, build_layout, plan_layout
from dataprep.layout_check import check_project
from dataprep.phrases import Phrase, exception_text
from dataprep.project import load_project
from dataprep.steps import StepsError, compute_steps, folder_subsets
from dataprep.tomlio import ConfigFileError


def build_layout_job(ctx: JobContext) -> list[str]:
    if "project" not in ctx.config:
        raise JobError("config", Phrase("build-layout needs 'project' (the project folder) in its config."))
    try:
        project = load_project(ctx.resolve(ctx.config["project"]))
        options = DatasetOptions.from_config(ctx.config, str(ctx.config_path or "config"))
    except ConfigFileError as exc:
        raise JobError("config", exception_text(exc)) from None
    except ValueError as exc:
        raise JobError("config", exception_text(exc), Phrase("Fix the value in the job's config.")) from None
    target = ctx.resolve(ctx.config["target"]) if "target" in ctx.config else project.train_dir

    issues = check_project(project, duplicates=bool(ctx.config.get("check_duplicates", True)))
    report: dict[str, Any] = {"issues": [i.to_dict() for i in issues]}
    for issue in issues:
        if issue.level != "info":
            ctx.emitter.warning(issue.message, level=issue.level, path=issue.path)
    errors = [i for i in issues if i.level == "error"]
    if errors:
        ctx.emitter.emit("result", data=report)
        if len(errors) > 1:
            message = Phrase("{first} (and {n} more)", first=errors[0].message, n=len(errors) - 1)
        else:
            message = errors[0].message
        raise JobError("config", message, Phrase("Fix the concepts, then build the folders again."))

    try:
        folders = plan_layout(project.concepts, project)
        breakdown = compute_steps(folder_subsets(folders), options.schedule, options.buckets)
    except (LayoutError, StepsError, BucketError) as exc:
        raise JobError("config", exception_text(exc)) from None
    report["steps"] = breakdown.to_dict()

    def progress(done: int, total: int, rel: str) -> None:
        ctx.emitter.progress(done, total, "file", path=rel)

    try:
        built = build_layout(project, target, progress, ctx.check_cancelled)
    except LayoutError as exc:
        raise JobError("config", exception_text(exc)) from None
    except OSError as exc:
        raise JobError("io", Phrase("building {path} failed: {error}", path=str(target), error=str(exc)),
                       Phrase("The previous layout is unchanged.")) from None
    for message in built.warnings:
        ctx.emitter.warning(message)
    outputs = [str(built.target)]
    if "dataset_config" in ctx.config:
        path = ctx.resolve(ctx.config["dataset_config"])
        try:
            write_dataset_config(path, built.folders, built.target, options)
        except OSError as exc:
            raise JobError("io", Phrase("{path}: cannot write the dataset config ({error}).", path=str(path),
                                        error=str(exc.strerror or exc)),
                           Phrase("The folders are built. Choose another place for the dataset config, or check that "
                                  "its folder is writable, then build again.")) from None
        outputs.append(str(path))
    report.update(layout=str(built.target), folders=[f.rel for f in built.folders], placed=built.placed,
                  linked=built.linked, copied=built.copied, removed=built.removed,
                  carried_over=built.carried_over, warnings=built.warnings,
                  kept_previous=str(built.kept_previous) if built.kept_previous else None)
    ctx.emitter.emit("result", data=report)
    return outputs
