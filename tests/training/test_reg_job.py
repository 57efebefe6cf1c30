"""The reg job on the tiny SD model: naming, captions, resume after cancel, warnings, config errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from dataprep.caption_io import read_caption, write_caption
from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, JobContext, execute
from dataprep.layout import build_layout
from dataprep.project import Concept, create_project, load_project
from dataprep.tomlio import save_toml
from training.reg_job import MANIFEST, RegManifest, existing_indices, image_index, image_name, reg_job

REPO = Path(__file__).resolve().parents[2]


class _CancelAfter(io.StringIO):
    """An event stream that cancels the job once *n* images have been reported."""

    def __init__(self, ctx_box: list[JobContext], n: int) -> None:
        super().__init__()
        self.ctx_box, self.n = ctx_box, n

    def write(self, text: str) -> int:
        event = parse_event_line(text)
        if event and event["event"] == "result":
            self.n -= 1
            if self.n == 0:
                self.ctx_box[0].cancel_event.set()
        return super().write(text)


def run_reg(config: dict, where: Path, cancel_after: int | None = None) -> tuple[int, list[dict]]:
    box: list[JobContext] = []
    stream = io.StringIO() if cancel_after is None else _CancelAfter(box, cancel_after)
    ctx = JobContext("reg", config, where / "reg.toml", Emitter(stream=stream))
    box.append(ctx)
    code = execute(ctx, reg_job, listen_stdin=False)
    return code, [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e]


def make_project(root: Path, captions: list[str]):
    project = create_project(root)
    project.prepared_dir.mkdir()
    for i, caption in enumerate(captions):
        Image.new("RGB", (96, 64), (40 * i, 80, 120)).save(project.prepared_dir / f"img{i}.png")
        write_caption(project.prepared_dir / f"img{i}.txt", caption)
    project.concepts = [Concept("ohwx", "woman", repeats=2, source="prepared")]
    project.save()
    return project


def tiny_config(model: Path, **extra) -> dict:
    return {"model": str(model), "width": 64, "height": 64, "steps": 2, "sampler": "euler_a", "seed": 7, **extra}


def test_set_lands_in_the_reg_folder_the_layout_builds_from(tiny_models, tmp_path):
    project = make_project(tmp_path / "p", ["ohwx woman, smiling, mole", "ohwx, red scarf"])
    code, events = run_reg(tiny_config(tiny_models.sd1, project="p", source="captions", remove_tags=["mole"],
                                       batch_size=2), tmp_path)
    assert code == EXIT_OK, events
    folder = project.reg_dir / "1_woman"  # <reg_repeats>_<reg class>, as the folders layout names it
    # count defaults to the suggestion: 2 images × 2 repeats = 4 samples at reg repeats 1
    assert sorted(p.name for p in folder.glob("reg_*")) == [
        "reg_000000.png", "reg_000000.txt", "reg_000001.png", "reg_000001.txt",
        "reg_000002.png", "reg_000002.txt", "reg_000003.png", "reg_000003.txt"]
    captions = [read_caption(folder / f"reg_00000{i}.txt").text for i in range(4)]
    assert captions == ["woman, smiling", "woman, red scarf", "woman, smiling", "woman, red scarf"]
    results = [e["data"] for e in events if e["event"] == "result"]
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert [r["seed"] for r in results] == [7, 8, 9, 10]
    assert all(Path(r["image"]).is_file() and Image.open(r["image"]).size == (64, 64) for r in results)
    with Image.open(folder / "reg_000001.png") as im:
        assert im.info["parameters"].startswith("woman, red scarf\nSteps: 2, Sampler: Euler a, CFG scale: 7, Seed: 8")
    progress = [e for e in events if e["event"] == "progress"]
    assert (progress[0]["done"], progress[-1]["done"], progress[-1]["total"]) == (0, 4, 4)
    assert events[-1] == {**events[-1], "event": "done", "outputs": [str(folder)]}

    # the concept now takes its reg images from the folder, and the layout build places them
    assert load_project(project.root).concepts[0].reg_source == "reg/1_woman"
    build_layout(load_project(project.root))
    placed = sorted(p.name for p in (project.train_dir / "reg" / "1_woman").iterdir())
    assert placed == sorted(p.name for p in folder.glob("reg_*"))


def test_resume_after_cancel_renders_the_same_images(tiny_models, tmp_path):
    config = tiny_config(tiny_models.sd1, class_prompt="woman", count=4, batch_size=2)
    code, _ = run_reg({**config, "output_dir": "straight"}, tmp_path)
    assert code == EXIT_OK

    code, events = run_reg({**config, "output_dir": "resumed"}, tmp_path, cancel_after=2)
    assert code == EXIT_CANCELLED and events[-1]["event"] == "cancelled"
    resumed = tmp_path / "resumed"
    assert existing_indices(resumed) == {0, 1}
    first = {i: (resumed / image_name(i)).stat().st_mtime_ns for i in (0, 1)}

    code, events = run_reg({**config, "output_dir": "resumed"}, tmp_path)
    assert code == EXIT_OK
    assert [e["data"]["index"] for e in events if e["event"] == "result"] == [2, 3]  # existing ones skipped
    assert [e["done"] for e in events if e["event"] == "progress"] == [2, 3, 4]
    assert {i: (resumed / image_name(i)).stat().st_mtime_ns for i in (0, 1)} == first
    for i in range(4):  # bit-identical to the run that was never interrupted (same index blocks)
        assert (resumed / image_name(i)).read_bytes() == (tmp_path / "straight" / image_name(i)).read_bytes(), i


def test_deleted_image_is_rendered_again_and_a_lost_caption_rewritten(tiny_models, tmp_path):
    config = tiny_config(tiny_models.sd1, class_prompt="1girl", count=3, output_dir="set")
    assert run_reg(config, tmp_path)[0] == EXIT_OK
    folder = tmp_path / "set"
    original = (folder / image_name(1)).read_bytes()
    (folder / image_name(1)).unlink()
    (folder / "reg_000002.txt").unlink()
    code, events = run_reg(config, tmp_path)
    assert code == EXIT_OK
    assert [e["data"]["index"] for e in events if e["event"] == "result"] == [1]
    assert (folder / image_name(1)).read_bytes() == original
    assert read_caption(folder / "reg_000002.txt").text == "1girl"


def test_rejected_index_gets_its_next_seed(tiny_models, tmp_path):
    config = tiny_config(tiny_models.sd1, class_prompt="woman", count=2, output_dir="set")
    assert run_reg(config, tmp_path)[0] == EXIT_OK
    folder = tmp_path / "set"
    manifest = RegManifest.load(folder)
    manifest.attempts[0] = 1
    manifest.save(folder)
    (folder / image_name(0)).unlink()
    _, events = run_reg(config, tmp_path)
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    assert result["index"] == 0 and result["seed"] == 7 + 1_000_000


def test_changed_settings_and_extra_images_are_warned_about(tiny_models, tmp_path):
    config = tiny_config(tiny_models.sd1, class_prompt="woman", count=2, output_dir="set")
    assert run_reg(config, tmp_path)[0] == EXIT_OK
    code, events = run_reg({**config, "count": 1, "seed": 99}, tmp_path)  # nothing to render: no model load
    assert code == EXIT_OK
    warnings = [e["message"] for e in events if e["event"] == "warning"]
    assert any("made with other settings (seed changed)" in w for w in warnings)
    assert any("1 image(s) numbered beyond count 1" in w for w in warnings)
    assert (tmp_path / "set" / MANIFEST).is_file()


def test_bucket_sizes_follow_the_training_images(tiny_models, tmp_path):
    project = make_project(tmp_path / "p", ["ohwx", "ohwx"])
    Image.new("RGB", (160, 64), "gray").save(project.prepared_dir / "img0.png")  # a wide one
    Image.new("RGB", (64, 160), "gray").save(project.prepared_dir / "img1.png")  # a tall one
    config = tiny_config(tiny_models.sd1, project="p", count=2, size="buckets", width=128, height=128,
                         output_dir="set")
    code, events = run_reg(config, tmp_path)
    assert code == EXIT_OK, events
    sizes = [(e["data"]["width"], e["data"]["height"]) for e in events if e["event"] == "result"]
    assert sizes[0][0] > sizes[0][1] and sizes[1][0] < sizes[1][1]  # landscape, then portrait, like the training set
    assert Image.open(tmp_path / "set" / image_name(1)).size == sizes[1]


@pytest.mark.parametrize(("config", "message"), [
    ({}, "needs 'model'"),
    ({"model": "m", "output_dir": "o", "count": 2, "sampler": "fastest"}, "unknown sampler 'fastest'"),
    ({"model": "m", "output_dir": "o", "count": "2"}, "count = '2' has the wrong type"),
    ({"model": "m", "output_dir": "o", "count": True}, "count = True has the wrong type"),
    ({"model": "m", "count": 2, "class_prompt": "woman"}, "needs 'output_dir'"),
    ({"model": "m", "output_dir": "o", "class_prompt": "woman"}, "set 'count'"),
    ({"model": "m", "output_dir": "o", "count": 2, "source": "captions"}, "set 'captions_dir' or 'project'"),
    ({"model": "m", "output_dir": "o", "count": 2, "source": "file"}, "needs prompt_file"),
    ({"model": "m", "output_dir": "o", "count": 2, "source": "file", "prompt_file": "p.txt"}, "prompt file not found"),
    ({"model": "m", "output_dir": "o", "count": 2, "source": "class"}, "class prompt is empty"),
    ({"model": "m", "output_dir": "o", "count": 2, "class_prompt": "w", "steps": 0}, "steps must be 1 or more"),
    ({"model": "m", "project": "nowhere"}, "file not found"),
])
def test_config_errors(tmp_path, config, message):
    code, events = run_reg(config, tmp_path)
    assert code == EXIT_FAILED
    error = events[-1]
    assert error["event"] == "error" and error["kind"] == "config" and message in error["message"] + error["hint"]


def test_unknown_keys_are_warned_about(tmp_path):
    code, events = run_reg({"model": "m", "output_dir": "o", "count": 1, "class_prompt": "w", "sampeler": "x"},
                           tmp_path)
    assert code == EXIT_FAILED  # the model does not exist
    assert any("'sampeler' is not a reg setting" in e["message"] for e in events if e["event"] == "warning")
    assert events[-1]["kind"] == "model"


def test_prompt_file_source(tiny_models, tmp_path):
    (tmp_path / "prompts.txt").write_text("# reg prompts\na woman, reading --d 500\na woman, running --w 72\n",
                                          encoding="utf-8")
    config = tiny_config(tiny_models.sd1, source="file", prompt_file="prompts.txt", count=3, output_dir="set")
    code, events = run_reg(config, tmp_path)
    assert code == EXIT_OK
    results = [e["data"] for e in events if e["event"] == "result"]
    assert [(r["prompt"], r["seed"], r["width"]) for r in results] == [
        ("a woman, reading", 500, 64), ("a woman, running", 8, 72), ("a woman, reading", 501, 64)]


def test_names():
    assert image_name(123) == "reg_000123.png"
    assert image_index(Path("reg_000123.png")) == 123 and image_index(Path("reg_1234567.png")) == 1234567
    assert image_index(Path("reg_12.png")) is None and image_index(Path("img_000001.png")) is None


def test_cli_end_to_end(tiny_models, tmp_path):
    save_toml(tmp_path / "reg.toml", tiny_config(tiny_models.sd1, class_prompt="woman", count=2, output_dir="set",
                                                 run_dir="run"))
    proc = subprocess.run([sys.executable, "-m", "training", "reg", "reg.toml", "--no-stdin"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == EXIT_OK, proc.stderr[-2000:]
    events = [e for e in map(parse_event_line, proc.stdout.splitlines()) if e]
    assert [e["event"] for e in events if e["event"] in ("start", "done")] == ["start", "done"]
    assert existing_indices(tmp_path / "set") == {0, 1}
    assert (tmp_path / "run" / "events.jsonl").is_file()


def test_bad_render_options_are_config_errors(tmp_path):
    code, events = run_reg({"model": "m", "output_dir": "o", "count": 1, "class_prompt": "w", "vae_tiling": "yes"},
                           tmp_path)
    assert code == EXIT_FAILED and events[-1]["kind"] == "config" and "vae_tiling" in events[-1]["message"]
