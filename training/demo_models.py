"""The tiny demo models in the app: the kit ``danlu demo`` uses, built by a job, and the settings each page
fills in with it when the demo project (``demo_models = true`` in its danlu.toml) is open.

The pages of a fresh install have no base model, WD tagger or CLIP model; downloading real ones takes
gigabytes. With the tiny kit (random weights, built offline in a minute or two) every step of the demo
project runs, so a new user can walk the whole path before fetching a real model. The pictures it
makes are noise, which the pages say wherever they fill in one of its models.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dataprep.jobs import JobContext
from dataprep.project import Project
from training.demo_run import DATASET, EPOCHS, RESOLUTION, SAMPLER, SEED, STEPS, kit_cache_dir, train_config
from training.tiny_models import TinyModels, build_all, is_current

SEED_DIR = "seed0"  # build_all's folder for seed 0, the kit's default seed


def ready_kit() -> TinyModels | None:
    """The built kit, or None while it is not built (or built by an older Danlu)."""
    root = kit_cache_dir() / SEED_DIR
    return TinyModels.in_dir(root) if is_current(root) else None


def project_kit(project: Project | None) -> TinyModels | None:
    """The kit when *project* asks for the demo models and it is built; else None."""
    if project is None or not project.demo_models:
        return None
    return ready_kit()


def is_demo_model(path: str | Path) -> bool:
    """Whether *path* lies in the kit: the pages label such a model as the tiny demo one."""
    try:
        return Path(path).resolve().is_relative_to(kit_cache_dir().resolve())
    except (OSError, ValueError):
        return False


def reg_settings(kit: TinyModels) -> dict[str, Any]:
    """The Regularization page's settings for the demo: the tiny SD at its 64 px, few steps (as ``danlu demo``)."""
    return {"model": str(kit.sd1), "sampler": SAMPLER, "steps": STEPS, "size": "fixed", "width": RESOLUTION,
            "height": RESOLUTION, "seed": SEED, "batch_size": 8}


def folder_settings() -> dict[str, Any]:
    """The Folders page's schedule for the demo: the demo run's, with the page's smallest bucket (64 px)."""
    return {**DATASET, "min_bucket_reso": RESOLUTION, "max_train_epochs": EPOCHS}


def train_settings(project: Project, kit: TinyModels) -> dict[str, Any]:
    """run.toml tables of the demo run (``danlu demo``'s: 2 epochs at 64 px, a checkpoint per epoch)."""
    trigger = project.concepts[0].identifier if project.concepts else "demo"
    return train_config(project, kit, trigger)


def grid_settings(kit: TinyModels) -> dict[str, Any]:
    """The Compare page's grid settings for the demo: the tiny CLIP for scores, 64 px cells, few steps."""
    return {"clip_model": str(kit.open_clip), "steps": STEPS, "width": RESOLUTION, "height": RESOLUTION,
            "seeds": [SEED], "samplers": [SAMPLER], "weights": [1.0]}


def demo_models_job(ctx: JobContext) -> list[str]:
    """``python -m training demo-models [config]``: build the kit (progress per model). Config: optional
    ``cache`` (a folder; default the user cache). Result: the kit's folders by name."""
    cache = Path(str(ctx.config["cache"])) if ctx.config.get("cache") else kit_cache_dir()

    def progress(model: str, done: int, total: int) -> None:
        ctx.check_cancelled()
        ctx.emitter.progress(done, total, "item", **({"model": model} if model else {}))

    kit = build_all(cache, progress=progress)
    folders = {name: str(getattr(kit, name)) for name in ("sd1", "wd_tagger", "open_clip")}
    ctx.emitter.emit("result", data={"kit": str(kit.sd1.parent), **folders})
    return [str(kit.sd1.parent)]
