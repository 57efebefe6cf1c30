"""The reg-set check: a tiny open_clip model built here (random weights, no download) flags a planted
near-copy of a training image; flag rules on synthetic scores; rejecting and re-rendering."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dataprep.caption_io import write_caption
from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_FAILED, EXIT_OK, JobContext, JobError, execute
from dataprep.phrases import Phrase
from dataprep.project import Concept, create_project
from training.reg_check import (
    REJECTED,
    REPORT,
    CheckThresholds,
    check_reg_set,
    flag_scores,
    load_clip,
    reject_images,
    robust_z,
)
from training.reg_job import RegManifest, image_name, reg_job


def drawing(seed: int) -> Image.Image:
    """A training image: a few coloured discs on a plain background."""
    rng = np.random.default_rng(seed)
    im = Image.new("RGB", (96, 96), tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw = ImageDraw.Draw(im)
    for _ in range(4):
        x, y = (int(v) for v in rng.integers(0, 70, 2))
        draw.ellipse([x, y, x + 26, y + 26], fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
    return im


def near_copy(im: Image.Image) -> Image.Image:
    """What a leaked training image looks like: shifted by a few pixels and JPEG-compressed."""
    buffer = io.BytesIO()
    im.crop((3, 2, im.width, im.height)).save(buffer, "JPEG", quality=70)
    return Image.open(buffer).convert("RGB")


def run(config: dict, where: Path, job=reg_job) -> tuple[int, list[dict]]:
    stream = io.StringIO()
    ctx = JobContext("reg", config, where / "reg.toml", Emitter(stream=stream))
    code = execute(ctx, job, listen_stdin=False)
    return code, [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e]


def make_project(root: Path, images: int = 5):
    project = create_project(root)
    project.prepared_dir.mkdir()
    for i in range(images):
        drawing(i).save(project.prepared_dir / f"{i:02d}.png")
        write_caption(project.prepared_dir / f"{i:02d}.txt", "ohwx woman, smiling")
    project.concepts = [Concept("ohwx", "woman", repeats=2, source="prepared")]
    project.save()
    return project


def test_planted_near_copy_is_flagged_rejected_and_rendered_anew(tiny_models, tiny_clip, tmp_path):
    project = make_project(tmp_path / "p")
    generate = {"model": str(tiny_models.sd1), "project": "p", "count": 10, "width": 64, "height": 64, "steps": 2,
                "sampler": "euler_a", "seed": 3, "batch_size": 5}
    assert run(generate, tmp_path)[0] == EXIT_OK
    folder = project.reg_dir / "1_woman"
    # plant a near-copy of training image 2 as reg image 10
    near_copy(Image.open(project.prepared_dir / "02.png")).save(folder / image_name(10))
    write_caption(folder / "reg_000010.txt", "woman")

    code, events = run({**generate, "mode": "check", "clip_model": str(tiny_clip), "reject": ["near_copy"]}, tmp_path)
    assert code == EXIT_OK, events
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    progress = [e for e in events if e["event"] == "progress"]
    assert (progress[0]["done"], progress[-1]["done"], progress[-1]["total"]) == (0, 11, 11)
    flagged = {Path(s["image"]).name: s for s in result["flagged"]}
    assert "near_copy" in flagged["reg_000010.png"]["flags"]
    assert flagged["reg_000010.png"]["nearest"] == "02.png"
    assert not [name for name, s in flagged.items() if "near_copy" in s["flags"] and name != "reg_000010.png"]
    summary = result["summary"]
    assert summary["images"] == 11 and summary["flagged"]["near_copy"] == 1
    assert summary["subject_sim"]["max"] == pytest.approx(flagged["reg_000010.png"]["subject_sim"])
    assert sum(summary["subject_sim"]["histogram"]["counts"]) == 11
    report = json.loads((folder / REPORT).read_text(encoding="utf-8"))
    assert len(report["images"]) == 11 and report["summary"]["class_prompt"] == "a photo of a woman"

    # rejected: moved aside with its caption, its index counts an attempt
    assert result["rejected"] == [10]
    assert not (folder / image_name(10)).exists()
    assert sorted(p.name for p in (folder / REJECTED).iterdir()) == ["reg_000010.attempt0.png",
                                                                     "reg_000010.attempt0.txt"]
    assert RegManifest.load(folder).attempts == {10: 1}

    # the next run renders index 10 with its next seed, and nothing else
    code, events = run({**generate, "count": 11}, tmp_path)
    assert code == EXIT_OK
    (again,) = [e["data"] for e in events if e["event"] == "result"]
    assert again["index"] == 10 and again["seed"] == 3 + 10 + 1_000_000


def test_check_needs_a_reg_folder_and_a_loadable_clip(tiny_clip, tmp_path):
    make_project(tmp_path / "p")
    code, events = run({"mode": "check", "project": "p", "clip_model": str(tiny_clip)}, tmp_path)
    assert code == EXIT_FAILED and "generate the set first" in events[-1]["message"]
    (tmp_path / "p" / "reg" / "1_woman").mkdir(parents=True)
    drawing(9).save(tmp_path / "p" / "reg" / "1_woman" / image_name(0))
    code, events = run({"mode": "check", "project": "p", "clip_model": str(tmp_path / "no-clip")}, tmp_path)
    assert code == EXIT_FAILED and events[-1]["kind"] == "model" and "could not be loaded" in events[-1]["message"]
    code, events = run({"mode": "check", "project": "p", "reject": ["ugly"]}, tmp_path)
    assert code == EXIT_FAILED and "give a list of flags" in events[-1]["message"]


def test_scores_of_a_copy_and_of_the_class(tiny_clip, tmp_path):
    clip = load_clip(str(tiny_clip), "cpu")
    train = []
    for i in range(3):
        train.append(tmp_path / f"t{i}.png")
        drawing(i).save(train[-1])
    same = tmp_path / "same.png"
    drawing(1).save(same)
    report = check_reg_set(clip, [same], train, "woman")
    (score,) = report.images
    assert score.nearest == "t1.png" and score.subject_sim == pytest.approx(1.0, abs=1e-5)
    assert score.flags[0] == "near_copy" and score.index is None


def test_flag_rules_on_synthetic_scores():
    rng = np.random.default_rng(0)
    subject = rng.uniform(0.70, 0.80, 20)
    subject[3] = 0.995  # an exact-ish duplicate: over the absolute threshold
    subject[5] = 0.975  # a shifted copy: far closer than the set on the log-distance scale
    subject[7] = 0.86  # as close as the subject's own photos are to each other
    cls = rng.uniform(0.24, 0.30, 20)
    cls[9] = 0.15  # below every training image's class similarity
    flags = flag_scores(subject, cls, train_nn_sims=np.array([0.84, 0.85, 0.9]),
                        train_class_sims=np.array([0.22, 0.25, 0.28]))
    assert flags[3] == ["near_copy"] and flags[5] == ["near_copy"] and flags[7] == ["close_to_subject"]
    assert flags[9] == ["off_class"]
    assert sum(bool(f) for f in flags) == 4


def test_outlier_rules_need_enough_images():
    assert np.array_equal(robust_z(np.array([0.1, 0.2, 5.0])), np.zeros(3))  # too few for a spread
    assert np.array_equal(robust_z(np.full(10, 0.5)), np.zeros(10))  # no spread
    # with three images a shifted copy (0.975) is no outlier yet; it still looks like one more subject photo
    few = flag_scores(np.array([0.75, 0.76, 0.975]), np.array([0.3, 0.3, 0.3]), np.array([0.9]), np.array([0.2]),
                      CheckThresholds(near_copy=0.99))
    assert few == [[], [], ["close_to_subject"]]


def test_reject_images_counts_attempts_and_refuses_strangers(tmp_path):
    folder = tmp_path / "reg"
    folder.mkdir()
    for i in range(2):
        drawing(i).save(folder / image_name(i))
        write_caption(folder / f"reg_00000{i}.txt", "woman")
    assert reject_images(folder, [folder / image_name(1)]) == [1]
    drawing(5).save(folder / image_name(1))  # rendered again, then rejected again
    assert reject_images(folder, [folder / image_name(1)]) == [1]
    assert RegManifest.load(folder).attempts == {1: 2}
    assert sorted(p.name for p in (folder / REJECTED).iterdir()) == [
        "reg_000001.attempt0.png", "reg_000001.attempt0.txt", "reg_000001.attempt1.png"]
    with pytest.raises(JobError, match="not an image of the reg folder") as caught:
        reject_images(folder, [folder / image_name(0), tmp_path / "elsewhere.png"])
    assert (folder / image_name(0)).is_file()  # checked before anything moved
    assert isinstance(caught.value.text(), Phrase) and "reject from the new report" in caught.value.text()


def test_reject_into_a_folder_it_cannot_write_names_it(tmp_path, monkeypatch):
    folder = tmp_path / "reg" / "1_woman"
    folder.mkdir(parents=True)
    RegManifest().save(folder)
    drawing(0).save(folder / image_name(0))

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr("training.reg_check.os.replace", refuse)
    with pytest.raises(JobError, match="cannot move the image into") as caught:
        reject_images(folder, [folder / image_name(0)])
    assert caught.value.kind == "io" and "Permission denied" in caught.value.message
    assert str(folder / REJECTED) in caught.value.message and "writable" in caught.value.hint
    assert (folder / image_name(0)).is_file() and RegManifest.load(folder).attempts == {}
