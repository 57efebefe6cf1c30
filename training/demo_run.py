"""``danlu demo``: the whole path, headless, on the bundled demo project with tiny models built offline.

import → quality flags → prepare → WD caption → edit (trigger word first) → regularization images →
repeats folders → train 2 epochs → comparison grid with CLIP scores. Every stage runs the job the
GUI runs (the functions of ``python -m dataprep`` / ``python -m training``, a TOML written where the
GUI writes it, a JobContext, the job shell's :func:`~dataprep.jobs.execute`), so the demo checks the
real path end to end; the tiny settings only make it take seconds on a CPU. The caption edit goes
through :class:`~dataprep.caption_store.CaptionStore`, as the Captions page's bulk edits do.
"""

from __future__ import annotations

import argparse
import functools
import io
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from dataprep import tags as tag_ops
from dataprep.caption_store import CaptionStore
from dataprep.demo import install_demo_project
from dataprep.events import Emitter, parse_event_line
from dataprep.image_quality import QualityThresholds
from dataprep.imagefiles import list_images
from dataprep.job_config import write_job_config
from dataprep.jobs import EXIT_OK, JobContext, JobFunc, execute
from dataprep.layout import IMG_DIR, REG_DIR
from dataprep.prepare import PrepareOptions
from dataprep.project import Project, load_project
from dataprep.tomlio import ConfigFileError, load_toml
from training.tiny_models import TinyModels, build_all, is_current
from training.user_cache import user_cache_dir

RESOLUTION = 64  # training, reg and grid images: the tiny SD's 8×8 latents
PREPARE_SIDE = 128  # prepared images' long side: bucketed down to RESOLUTION by the trainer
EPOCHS = 2
BATCH = 8
STEPS = 4  # sampling steps of reg images and grid cells
SAMPLER = "euler_a"
SEED = 1
RUN_NAME = "demo"
# the dataset settings build-layout counts steps with and the trainer reads (sd-scripts' names)
DATASET: dict[str, Any] = {"resolution": str(RESOLUTION), "min_bucket_reso": RESOLUTION // 2,
                           "max_bucket_reso": RESOLUTION * 2, "bucket_reso_steps": 16, "train_batch_size": BATCH}


class StageFailed(Exception):
    """A stage that did not finish: the stage's name and the job's error message (with its hint)."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message


@dataclass
class DemoResult:
    project: Path
    lora: Path
    grid: Path
    manifest: Path


class _EventTap(io.StringIO):
    """The job's event stream, parsed as it is written (events.jsonl gets the same lines)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict[str, Any]] = []

    def write(self, text: str) -> int:
        for line in text.splitlines():
            event = parse_event_line(line)
            if event is not None:
                self.events.append(event)
        return len(text)

    def of(self, name: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == name]

    def results(self) -> list[dict[str, Any]]:
        return [e["data"] for e in self.of("result")]


def kit_cache_dir() -> Path:
    """Where ``danlu demo`` and the app's demo models keep the tiny kit."""
    return user_cache_dir() / "tiny-models"


@functools.cache
def job_functions() -> dict[str, JobFunc]:
    """The job functions behind ``python -m dataprep`` and ``python -m training``, by job name."""
    from dataprep.cli import JOBS as DATAPREP_JOBS
    from training.cli import JOBS as TRAINING_JOBS

    return {name: spec.func for name, spec in {**DATAPREP_JOBS, **TRAINING_JOBS}.items()}


def run_job(stage: str, job: str, config_path: Path) -> _EventTap:
    """Run *job* on *config_path* in this process as ``python -m <package> <job> <config>`` would
    (run_dir relative to the config file); a job that does not finish raises StageFailed."""
    try:
        config = load_toml(config_path)
    except ConfigFileError as exc:
        raise StageFailed(stage, str(exc)) from None
    run_dir = Path(str(config["run_dir"])) if config.get("run_dir") else None
    if run_dir is not None and not run_dir.is_absolute():
        run_dir = config_path.parent / run_dir
    tap = _EventTap()
    ctx = JobContext(job, config, config_path, Emitter(run_dir=run_dir, stream=tap), run_dir)
    code = execute(ctx, job_functions()[job], listen_stdin=False)
    if code != EXIT_OK:
        errors = tap.of("error")
        if errors:
            message = " ".join(p for p in (errors[-1]["message"], errors[-1].get("hint", "")) if p)
        else:
            message = f"the {job} job ended with exit code {code}."
        raise StageFailed(stage, message)
    return tap


def queue_job(stage: str, project: Project, job: str, config: dict[str, Any]) -> _EventTap:
    """Write the job's TOML where the GUI writes it (``.danlu/jobs/``) and run it."""
    return run_job(stage, job, write_job_config(project, job, config))


def _warnings(tap: _EventTap) -> str:
    n = len(tap.of("warning"))
    return f", {n} warning{'s' if n != 1 else ''}" if n else ""


def _rel(path: Path | str, root: Path) -> str:
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)


def tiny_kit(models: Path | None) -> tuple[TinyModels, bool]:
    """The tiny kit in *models*, or the one cached in the user's cache (built there the first time);
    and whether it was built now."""
    if models is not None:
        kit = TinyModels.in_dir(models)
        needed = (kit.sd1, kit.wd_tagger, kit.open_clip)
        missing = [p for p in needed if not p.is_dir()]
        if missing:
            raise StageFailed("models", f"{missing[0]} is missing: --models takes a folder built by "
                                        "training.tiny_models.build_all (its seed0/ folder). Leave --models out "
                                        "to build the kit in the user cache.")
        return kit, False
    cache = kit_cache_dir()
    fresh = not is_current(cache / "seed0")
    return build_all(cache), fresh


# ---------------------------------------------------------------------------------------------- stages


def stage_scan(project: Project) -> str:
    tap = queue_job("import", project, "import-scan",
                    {"project": str(project.root), "thresholds": asdict(QualityThresholds())})
    data = tap.results()[-1]
    flags = {k: v for k, v in data["flags"].items() if v}
    flagged = ", ".join(f"{n} {k}" for k, n in flags.items()) or "none"
    return (f"{data['images']} images read, {data['problems']} unusable; quality flags: {flagged} "
            f"→ {_rel(data['report'], project.root)}{_warnings(tap)}")


def stage_prepare(project: Project) -> str:
    options = PrepareOptions(max_side=PREPARE_SIDE)
    tap = queue_job("prepare", project, "prepare", {"project": str(project.root), **options.to_config()})
    data = tap.results()[-1]
    if not data["written"] and not data["skipped"]:
        raise StageFailed("prepare", f"no image was prepared into {project.prepared_dir}.")
    sizes = ", ".join(f"{size} ×{n}" for size, n in data["sizes"].items())
    # the concept trains on what prepare wrote, as on the Folders page after preparing
    for concept in project.concepts:
        concept.source = _rel(project.prepared_dir, project.root)
    project.save()
    return f"{data['written']} written ({sizes}), {data['failed']} failed → {_rel(data['output'], project.root)}" \
           f"{_warnings(tap)}"


def stage_caption(project: Project, kit: TinyModels) -> str:
    extension = project.concepts[0].caption_extension
    tap = queue_job("caption", project, "caption",
                    {"images": str(project.prepared_dir), "model": str(kit.wd_tagger), "kind": "wd_tagger",
                     "mode": "overwrite", "extension": extension, "device": "cpu"})
    actions = [r.get("action") for r in tap.results()]
    written = actions.count("write")
    if not written:
        raise StageFailed("caption", f"the tagger wrote no caption in {project.prepared_dir}.")
    return f"{written} captions written by the WD tagger (tiny), {actions.count('error')} failed{_warnings(tap)}"


def stage_edit(project: Project, trigger: str) -> str:
    concept = project.concepts[0]
    store = CaptionStore.open(project.prepared_dir, default_extension=concept.caption_extension)
    change = store.apply(partial(tag_ops.prepend_text, text=trigger), label=f"Add “{trigger}” at the front")
    report = store.save_dirty()
    if report.conflicts:
        path = store.row(report.conflicts[0]).path
        raise StageFailed("edit", f"{len(report.conflicts)} caption file(s) changed on disk while being edited, "
                                  f"first {path}; nothing else writes them in the demo: run it again.")
    if report.failed:
        row, message = next(iter(report.failed.items()))
        raise StageFailed("edit", f"{len(report.failed)} caption file(s) could not be saved, first "
                                  f"{store.row(row).path}: {message}")
    return (f"trigger word “{trigger}” put first in {len(change.rows)} of {len(store)} captions, "
            f"{len(report.saved)} saved")


def stage_reg(project: Project, kit: TinyModels) -> str:
    tap = queue_job("reg", project, "reg",
                    {"model": str(kit.sd1), "project": str(project.root), "width": RESOLUTION,
                     "height": RESOLUTION, "steps": STEPS, "sampler": SAMPLER, "seed": SEED, "batch_size": 8,
                     "device": "cpu"})
    images = [r for r in tap.results() if "image" in r]
    if not images:
        raise StageFailed("reg", "no regularization image was generated.")
    folder = Path(images[0]["image"]).parent
    return f"{len(images)} images of “{images[0]['prompt']}” → {_rel(folder, project.root)}{_warnings(tap)}"


def stage_folders(project: Project) -> str:
    tap = queue_job("folders", project, "build-layout",
                    {"project": str(project.root), **DATASET, "max_train_epochs": EPOCHS})
    data = tap.results()[-1]
    steps = data["steps"]
    return (f"{', '.join(data['folders'])} ({data['placed']} files placed), {steps['epochs']} epochs × "
            f"{steps['steps_per_epoch']} = {steps['total_steps']} steps → {_rel(data['layout'], project.root)}"
            f"{_warnings(tap)}")


def train_config(project: Project, kit: TinyModels, trigger: str) -> dict[str, Any]:
    """run.toml of the demo run: the tiny SD 1.5, 2 epochs at 64 px, a checkpoint per epoch."""
    return {
        "model": {"pretrained_model_name_or_path": str(kit.sd1)},
        "dataset": {"train_data_dir": str(project.train_dir / IMG_DIR),
                    "reg_data_dir": str(project.train_dir / REG_DIR),
                    "caption_extension": project.concepts[0].caption_extension, **DATASET},
        "network": {"network_dim": 4, "network_alpha": 4.0},
        "optimizer": {"learning_rate": 1e-3},
        "schedule": {"max_train_epochs": EPOCHS, "seed": SEED},
        "precision": {"mixed_precision": "no"},
        "saving": {"output_dir": ".", "output_name": trigger, "save_every_n_epochs": 1},
        "run_dir": ".",
    }


def stage_train(project: Project, kit: TinyModels, trigger: str) -> tuple[str, Path, Path]:
    from training.config import config_from_dict
    from training.run_folders import RUN_FILE, write_run

    run_dir = project.runs_dir / RUN_NAME
    run_dir.mkdir(parents=True, exist_ok=True)
    try:
        cfg = config_from_dict(train_config(project, kit, trigger), str(run_dir / RUN_FILE))
    except ConfigFileError as exc:
        raise StageFailed("train", str(exc)) from None
    run_toml = write_run(run_dir, cfg)
    tap = run_job("train", "train", run_toml)
    done = tap.of("done")[-1]["outputs"]
    if not done:
        raise StageFailed("train", "the run saved no LoRA.")
    lora = Path(done[0])
    metrics = [e for e in tap.of("metrics") if "loss" in e]
    loss = f", mean loss {float(metrics[-1]['loss_avg']):.4f}" if metrics else ""
    steps = metrics[-1]["step"] if metrics else "?"
    checkpoints = len(tap.of("checkpoint"))
    return (f"{EPOCHS} epochs, {steps} steps{loss}, {checkpoints} checkpoints → {_rel(lora, project.root)}"
            f"{_warnings(tap)}"), lora, run_dir


def stage_grid(project: Project, kit: TinyModels, run_dir: Path, trigger: str) -> tuple[str, Path, Path]:
    from training.grid_export import export_grid
    from training.grid_spec import NO_LORA, GridSpec, default_prompts, run_checkpoints

    concept = project.concepts[0]
    checkpoints = [NO_LORA] + [c.path for c in run_checkpoints(run_dir)]
    training_images = project.train_dir / IMG_DIR  # the run's train_data_dir, as the Compare page takes it
    prompts = default_prompts(list_images(training_images, recursive=True), concept.identifier,
                              concept.class_token, from_captions=1, new_contexts=1)
    spec = GridSpec(checkpoints=checkpoints, prompts=prompts, base_models=[str(kit.sd1)], seeds=[SEED],
                    samplers=[SAMPLER], steps=STEPS, width=RESOLUTION, height=RESOLUTION, device="cpu",
                    grid_dir=str(run_dir / "grids"), name=RUN_NAME, training_images=str(training_images),
                    clip_model=str(kit.open_clip))
    tap = queue_job("grid", project, "grid", {k: v for k, v in asdict(spec).items() if v != ""})
    results = tap.results()
    manifest = Path(next(r["grid"]["manifest"] for r in results if "grid" in r))
    scores = next((r["scores"] for r in results if "scores" in r), None)
    if scores is None:
        raise StageFailed("grid", "the grid has no scores: " + "; ".join(w["message"] for w in tap.of("warning")))
    sheet = run_dir / "grids" / f"{RUN_NAME}.png"
    export_grid(manifest, sheet)  # the Compare page's export, 256 px cells
    cells = sum(1 for r in results if "cell" in r)
    suggestion = scores["suggestion"]
    picked = Path(suggestion["checkpoint"]).stem if suggestion["checkpoint"] else "none"
    return (f"{cells} cells ({len(checkpoints)} checkpoints × {len(prompts)} prompts) with CLIP scores, "
            f"suggested: {picked} → {_rel(sheet, project.root)}{_warnings(tap)}"), sheet, manifest


# ---------------------------------------------------------------------------------------------- driver


def run_demo(dest: Path, models: Path | None, say: Callable[[str], None] = print) -> DemoResult:
    """Every stage on a fresh copy of the demo project in *dest*; raises StageFailed at the first failure."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # models of a few hundred thousand weights: more threads only add spin-waiting
    try:
        return _run_stages(dest, models, say)
    finally:
        torch.set_num_threads(threads)


def _run_stages(dest: Path, models: Path | None, say: Callable[[str], None]) -> DemoResult:
    started = time.monotonic()
    total = 10
    n = 0

    def stage(name: str, work: Callable[[], Any]) -> Any:
        nonlocal n
        n += 1
        t0 = time.monotonic()
        try:
            out = work()
        except StageFailed:
            raise
        except Exception as exc:  # a bug outside the job shell (which reports its own): name the stage anyway
            traceback.print_exc(file=sys.stderr)
            raise StageFailed(name, f"{type(exc).__name__}: {exc} (a bug in Danlu; the traceback is above)") from exc
        line = out[0] if isinstance(out, tuple) else out
        say(f"[{n:2d}/{total}] {name:<8} {line}  ({time.monotonic() - t0:.1f} s)")
        return out

    def install() -> tuple[str, Project]:
        if dest.exists() and any(dest.iterdir()):
            raise StageFailed("install", f"{dest} is not empty: give --dest a new or empty folder.")
        installed = install_demo_project(dest)
        count = len(list_images(installed.source_paths()[0]))
        return f"{count} images with captions → {dest}", installed

    _, project = stage("install", install)

    def kit() -> tuple[str, TinyModels]:
        built, fresh = tiny_kit(models)
        job_functions()  # torch, diffusers and the rest imported here, not on the first job's clock
        how = "built now" if fresh else "cached" if models is None else "given"
        return f"tiny SD 1.5, WD tagger, CLIP ({how}) → {built.sd1.parent}; PyTorch and diffusers loaded", built

    _, tiny = stage("models", kit)
    concept = project.concepts[0]
    trigger = concept.identifier
    stage("import", lambda: stage_scan(project))
    stage("prepare", lambda: stage_prepare(project))
    stage("caption", lambda: stage_caption(project, tiny))
    stage("edit", lambda: stage_edit(project, trigger))
    stage("reg", lambda: stage_reg(project, tiny))
    project = load_project(project.root)  # the reg job linked the concept's reg folder
    stage("folders", lambda: stage_folders(project))
    _, lora, run_dir = stage("train", lambda: stage_train(project, tiny, trigger))
    _, sheet, manifest = stage("grid", lambda: stage_grid(project, tiny, run_dir, trigger))
    say(f"demo finished in {time.monotonic() - started:.0f} s")
    return DemoResult(project.root, lora, sheet, manifest)


def main(argv: list[str] | None = None) -> int:
    """``danlu demo [--dest DIR] [--keep] [--models DIR]``; exit code 1 when a stage fails."""
    parser = argparse.ArgumentParser(
        prog="danlu demo",
        description="Run the whole path headless on the bundled demo project with tiny models built offline: "
                    "import, flags, prepare, caption, edit, regularization, folders, train 2 epochs, grid.")
    parser.add_argument("--dest", type=Path, help="new or empty folder for the demo project (kept); "
                                                  "default: a temporary folder, removed at the end")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--models", type=Path, help="a tiny-model kit folder to use (default: built once in "
                                                    f"{kit_cache_dir()})")
    args = parser.parse_args(argv)
    temporary = args.dest is None
    root = Path(tempfile.mkdtemp(prefix="danlu-demo-")) if temporary else args.dest.expanduser().resolve()
    project_dir = root / "project" if temporary else root
    try:
        result = run_demo(project_dir, args.models.expanduser().resolve() if args.models else None)
    except StageFailed as exc:
        print(f"danlu demo: stage {exc.stage} failed: {exc.message}", file=sys.stderr)
        print(f"danlu demo: the project is left in {project_dir} for a look.", file=sys.stderr)
        return 1
    print(f"LoRA: {result.lora}")
    print(f"Grid: {result.grid}")
    if temporary and not args.keep:
        shutil.rmtree(root, ignore_errors=True)
        print(f"(removed {root}; pass --keep or --dest DIR to keep the project)")
    return 0
