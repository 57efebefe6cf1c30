"""tools/guide_screenshots.py walks the real app through the whole demo path, so the guide cannot rot: every
step the walk-through describes still works from the pages' own buttons, and each screenshot is taken."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image

from tools.guide_screenshots import STEPS, StepFailed, Walkthrough, walk

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="points the user cache elsewhere with XDG_CACHE_HOME")

# the kit is already built here, so the "build" screenshot of the models step is not taken
SHOTS = ["00-welcome", "01-demo-project", "03-demo-models-ready", "04-images-scanned", "05-images-prepared",
         "06-autocaption-dialog", "07-autocaption-done", "08-add-trigger-word", "09-captions-edited",
         "10-regularization-setup", "11-regularization-done", "12-folders-built", "13-train-settings",
         "14-train-live", "15-train-finished", "16-compare-setup", "17-compare-grid"]


@pytest.fixture
def kit_in_user_cache(tiny_models, tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    (cache / "danlu").mkdir(parents=True)
    (cache / "danlu" / "tiny-models").symlink_to(tiny_models.sd1.parent.parent, target_is_directory=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))


@pytest.mark.slow
def test_the_whole_walkthrough_runs_and_takes_every_screenshot(qtbot, kit_in_user_cache, tmp_path: Path):
    out = tmp_path / "img"
    shots = walk(out, workdir=tmp_path / "work", width=320)
    assert [p.stem for p in shots] == SHOTS
    for path in shots:
        with Image.open(path) as image:
            assert image.width == 320 and image.mode == "P"  # scaled down and quantized, as committed
    project = tmp_path / "work" / "demo-project"
    (run,) = (project / "runs").iterdir()
    assert (run / "dnlz.safetensors").is_file() and (run / "dnlz-000001.safetensors").is_file()
    assert (project / "prepared" / "dnl_01.txt").read_text(encoding="utf-8").startswith("dnlz, ")


def test_a_step_that_cannot_happen_fails_loudly_with_its_name(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "no-kit"))
    (tmp_path / "img").mkdir()
    walker = Walkthrough(tmp_path / "img", tmp_path / "work")
    try:
        walker.step = "train"
        walker.do_open()
        with pytest.raises(StepFailed, match=r"^train: Start is disabled"):
            walker.do_train()  # no models, no folders: the page refuses, and the walk-through says why
    finally:
        walker.close()
    assert STEPS[0] == "open" and STEPS[-1] == "compare"
