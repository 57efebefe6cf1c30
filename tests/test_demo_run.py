"""``danlu demo``: the whole path through the real CLI on the tiny kit, and how a failing stage is reported."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from safetensors import safe_open

from dataprep.caption_io import read_caption
from dataprep.imagefiles import list_images
from dataprep.import_scan import load_report, report_path_for
from dataprep.project import load_project
from dataprep.tags import split_tags
from dataprep.tomlio import save_toml
from training import demo_run
from training.grid_spec import read_manifest

REPO = Path(__file__).resolve().parents[1]
STAGES = ["install", "models", "import", "prepare", "caption", "edit", "reg", "folders", "train", "grid"]
LORA_KEY = re.compile(r"^lora_(unet|te)_\w+\.(lora_down\.weight|lora_up\.weight|alpha)$")


@pytest.fixture(scope="module")
def demo(tiny_models, tmp_path_factory) -> tuple[subprocess.CompletedProcess[str], Path]:
    dest = tmp_path_factory.mktemp("demo") / "project"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # offline switches come from the conftest
    done = subprocess.run([sys.executable, "-m", "desktop.launcher", "demo", "--dest", str(dest),
                           "--models", str(tiny_models.sd1.parent)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=540)
    return done, dest


@pytest.mark.slow
def test_every_stage_runs_and_prints_its_result(demo) -> None:
    done, _ = demo
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    numbered = [re.match(r"\[\s*(\d+)/(\d+)\] (\w+)", line).groups() for line in lines]
    assert numbered == [(str(i), str(len(STAGES)), name) for i, name in enumerate(STAGES, 1)], done.stdout
    assert all(re.search(r"\(\d+\.\d s\)$", line) for line in lines)


@pytest.mark.slow
def test_stage_outputs_exist_and_are_sane(demo) -> None:
    done, dest = demo
    assert done.returncode == 0, done.stderr[-3000:]
    project = load_project(dest)
    concept = project.concepts[0]
    assert (concept.identifier, concept.class_token, concept.source) == ("dnlz", "girl", "prepared")

    report = load_report(report_path_for(dest))  # import + quality flags
    assert len(report.images) == 12 and not report.problems

    prepared = list_images(project.prepared_dir)  # prepare: long side 128
    assert len(prepared) == 12
    assert all(max(Image.open(p).size) == demo_run.PREPARE_SIDE for p in prepared)

    for image in prepared:  # the tagger's captions, then the trigger word put first
        tags = split_tags(read_caption(image.with_suffix(".txt")).text)
        assert tags[0] == "dnlz" and len(tags) > 1, (image, tags)

    reg = list_images(project.reg_dir / "1_girl")  # 12 images × 10 repeats: one reg image per sample
    assert len(reg) == 12 * concept.repeats
    assert all(Image.open(p).size == (demo_run.RESOLUTION,) * 2 for p in reg[:5])

    assert sorted(p.name for p in (project.train_dir / "img").iterdir()) == ["10_dnlz girl"]
    assert sorted(p.name for p in (project.train_dir / "reg").iterdir() if p.is_dir()) == ["1_girl"]
    assert len(list_images(project.train_dir / "img" / "10_dnlz girl")) == 12

    lora = Path(re.search(r"^LoRA: (.+)$", done.stdout, re.M).group(1))
    assert lora == project.runs_dir / "demo" / "dnlz.safetensors"
    assert (lora.parent / "dnlz-000001.safetensors").is_file()  # the epoch-1 checkpoint
    with safe_open(str(lora), "pt") as fh:
        keys = list(fh.keys())
        meta = fh.metadata()
    assert keys and all(LORA_KEY.match(k) for k in keys), [k for k in keys if not LORA_KEY.match(k)][:3]
    assert any(k.startswith("lora_unet_") for k in keys)
    assert meta["ss_network_dim"] == "4" and meta["ss_base_model_version"] == "sd_v1"

    grid = Path(re.search(r"^Grid: (.+)$", done.stdout, re.M).group(1))
    manifest = read_manifest(grid.with_suffix(".json"))
    assert manifest["rows"] == ["no LoRA", "epoch 1", "dnlz"]  # base, epoch 1, the final file
    assert len(manifest["columns"]) == 2  # one training caption, one new context
    assert len(manifest["cells"]) == 6 and all(Path(c["path"]).is_file() for c in manifest["cells"])
    assert len(manifest["scores"]["cells"]) == 6
    assert all(-1 <= s["clip_t"] <= 1 for s in manifest["scores"]["cells"])
    width, height = Image.open(grid).size
    assert width >= 2 * 256 and height >= 3 * 256  # 3 × 2 cells of 256 px, plus the labels


def test_a_failing_job_stops_the_demo_with_its_stage_and_message(tmp_path) -> None:
    config = tmp_path / "reg.toml"
    save_toml(config, {"model": str(tmp_path / "no-model"), "output_dir": "reg", "count": 1, "class_prompt": "girl"})
    with pytest.raises(demo_run.StageFailed) as failed:
        demo_run.run_job("reg", "reg", config)
    assert failed.value.stage == "reg"
    assert "no-model" in failed.value.message


def test_a_bad_models_folder_fails_its_stage_with_exit_code_1(tmp_path, capsys) -> None:
    (tmp_path / "models").mkdir()
    code = demo_run.main(["--dest", str(tmp_path / "p"), "--models", str(tmp_path / "models")])
    err = capsys.readouterr().err
    assert code == 1
    assert "stage models failed" in err and "--models" in err
    assert "stage install" not in err


def test_a_folder_in_use_is_refused(tmp_path, capsys) -> None:
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    assert demo_run.main(["--dest", str(tmp_path)]) == 1
    assert "stage install failed" in capsys.readouterr().err
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "danlu.toml").exists()
