"""The caption job: writing modes, trigger word, atomic conflict-safe writes, preview, events, cancel."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataprep import fsutil
from dataprep.caption_job import (
    CaptionOptions,
    _job_images,
    apply_change,
    caption_job,
    load_captioner,
    merge_caption,
    plan_change,
    preview_changes,
)
from dataprep.cli import JOBS
from dataprep.events import Emitter
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, JobContext, execute
from dataprep.wd_tags import TagOptions


def opts(**kw: object) -> CaptionOptions:
    return CaptionOptions(**kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- merging


def test_overwrite_replaces_and_puts_the_trigger_first() -> None:
    gen = ["1girl", "ohwx", "smile"]
    assert merge_caption("old, tags", gen, opts(mode="overwrite")) == "1girl, ohwx, smile"
    assert merge_caption("old, tags", gen, opts(mode="overwrite", trigger="ohwx")) == "ohwx, 1girl, smile"
    assert merge_caption(None, gen, opts(mode="overwrite", separator=",")) == "1girl,ohwx,smile"


def test_append_adds_only_new_tags_in_any_spelling() -> None:
    old = "ohwx, Long_Hair, star \\(symbol\\)"
    new = merge_caption(old, ["long hair", "star (symbol)", "smile", "^_^", "^ ^"], opts(mode="append"))
    assert new == "ohwx, Long_Hair, star \\(symbol\\), smile, ^_^, ^ ^"


def test_append_with_nothing_new_keeps_the_text_exactly() -> None:
    old = "ohwx,long hair ,  smile"
    assert merge_caption(old, ["smile", "long_hair"], opts(mode="append", trigger="ohwx")) is old
    moved = merge_caption("smile, ohwx", ["smile"], opts(mode="append", trigger="ohwx"))
    assert moved == "ohwx, smile"


def test_a_trigger_of_several_tags_is_written_once() -> None:
    """"ohwx, woman" (identifier and class, kept in front by keep_tokens=2): each is a tag of the caption."""
    gen = ["woman", "long hair", "smile"]
    trigger = opts(mode="overwrite", trigger="ohwx, woman")
    assert merge_caption(None, gen, trigger) == "ohwx, woman, long hair, smile"
    append = opts(mode="append", trigger="ohwx, woman")
    first = merge_caption(None, gen, append)
    assert first == "ohwx, woman, long hair, smile"
    assert merge_caption(first, gen, append) is first  # a second run changes nothing
    assert merge_caption("smile, Woman", ["smile"], append) == "ohwx, woman, smile"


def test_append_to_a_sentence_and_to_nothing() -> None:
    assert merge_caption("a woman smiling", ["a woman in a park"], opts(mode="append")) == (
        "a woman smiling, a woman in a park"
    )
    assert merge_caption(None, ["a", "b"], opts(mode="append", trigger="sks")) == "sks, a, b"


def test_skip_keeps_existing_captions_and_fills_empty_ones() -> None:
    assert merge_caption("mine", ["x"], opts(mode="skip")) == "mine"
    assert merge_caption("  ", ["x"], opts(mode="skip", trigger="t")) == "t, x"


# ---------------------------------------------------------------- config


def test_options_from_a_toml_config() -> None:
    config = {
        "images": "x", "run_dir": "r", "model": "m/n", "kind": "wd_tagger", "extension": "caption",
        "mode": "append", "trigger": "sks",
        "wd": {"general_threshold": 0.5, "undesired_tags": "a, b ,", "always_first_tags": ["1girl"],
               "replacements": {"cat": "feline"}, "rating": "last", "max_tags": 20},
        "blip": {"num_beams": 5, "prefix": "a photo of"},
    }  # fmt: skip
    o = CaptionOptions.from_config(config)
    assert o.extension == ".caption" and o.mode == "append" and o.kind == "wd_tagger"
    assert o.wd == TagOptions(
        general_threshold=0.5, undesired_tags=("a", "b"), always_first_tags=("1girl",),
        replacements=(("cat", "feline"),), rating="last", max_tags=20,
    )  # fmt: skip
    assert o.blip.num_beams == 5 and o.blip.prefix == "a photo of"
    assert CaptionOptions.from_config({"wd": {"replacements": [["a", "b"]]}}).wd.replacements == (("a", "b"),)


def test_replacements_as_sd_scripts_tag_replacement_text() -> None:
    """--tag_replacement's `source,target;source2,target2`, with `\\,` and `\\;` escaped, pasted into the TOML."""
    text = "long_hair,very long hair;watermark,;a\\,b,c\\;d;"
    assert CaptionOptions.from_config({"wd": {"replacements": text}}).wd.replacements == (
        ("long_hair", "very long hair"), ("watermark", ""), ("a,b", "c;d"))


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"mdoe": "append"}, r"unknown option\(s\) mdoe; known: model, kind"),
        ({"mode": "merge"}, "mode must be one of overwrite, append, skip"),
        ({"wd": {"general_threshold": "high"}}, r"\[wd\] general_threshold: expected a number"),
        ({"wd": {"rating": "middle"}}, r"\[wd\] rating must be one of"),
        ({"blip": {"beams": 3}}, r"\[blip\] unknown option\(s\) beams"),
        ({"batch_size": True}, "batch_size: expected a whole number"),
        ({"extension": ".md"}, "extension must be one of"),
        ({"wd": {"replacements": "cat"}}, r"\[wd\] replacements: as text, write source,target pairs separated by ';'"),
    ],
)
def test_bad_config_names_the_key(config: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CaptionOptions.from_config(config)


# ---------------------------------------------------------------- writing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    images = tmp_path / "images"
    images.mkdir()
    for i, (h, w) in enumerate([(40, 60), (64, 64), (30, 90)]):
        rgb = np.zeros((h, w, 3), np.uint8)
        rgb[..., i] = 250
        rgb[::3, ::2] = 90 * i
        Image.fromarray(rgb).save(images / f"{i}.png")
    return images


def wd_options(tiny_models, **kw: object) -> CaptionOptions:
    base = {"model": str(tiny_models.wd_tagger), "device": "cpu", "wd": TagOptions(general_threshold=0.3)}
    return CaptionOptions(**{**base, **kw})  # type: ignore[arg-type]


def test_preview_writes_nothing(tiny_models, folder: Path) -> None:
    images = sorted(folder.glob("*.png"))
    (folder / "1.txt").write_text("hand made", encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    rows = preview_changes(images, wd_options(tiny_models, mode="skip", trigger="sks"))
    assert [r.image for r in rows] == images
    assert [r.action for r in rows] == ["write", "skip", "write"]
    assert rows[0].old is None and rows[0].new.startswith("sks, ") and rows[1].new == "hand made"
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_written_files_keep_bom_and_crlf(tiny_models, folder: Path) -> None:
    image = folder / "0.png"
    caption = folder / "0.txt"
    caption.write_bytes(b"\xef\xbb\xbfhand made\r\n")
    options = wd_options(tiny_models, mode="append")
    (change,) = preview_changes([image], options)
    assert apply_change(change).action == "write"
    data = caption.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfhand made, ") and data.endswith(b"\r\n") and b"\n" not in data[:-1]


def test_a_failed_write_leaves_the_old_file_whole(
    tiny_models, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    caption = folder / "0.txt"
    caption.write_text("old caption", encoding="utf-8")
    change = plan_change(folder / "0.png", ["new", "tags"], opts(mode="overwrite"))

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.os, "replace", crash)
    result = apply_change(change)
    assert result.action == "error" and "disk full" in result.error
    assert caption.read_text(encoding="utf-8") == "old caption"
    assert sorted(p.name for p in folder.iterdir() if p.suffix != ".png") == ["0.txt"]  # no temp file left


def test_a_file_edited_meanwhile_is_not_overwritten(folder: Path) -> None:
    caption = folder / "0.txt"
    caption.write_text("old", encoding="utf-8")
    change = plan_change(folder / "0.png", ["generated"], opts(mode="overwrite"))
    caption.write_text("edited by hand meanwhile", encoding="utf-8")
    result = apply_change(change)
    assert result.action == "error" and "changed on disk" in result.error
    assert caption.read_text(encoding="utf-8") == "edited by hand meanwhile"


# ---------------------------------------------------------------- the job


class Recorder(io.StringIO):
    """The event stream; can cancel the job when a given event arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.ctx: JobContext | None = None
        self.cancel_on: str | None = None

    def write(self, s: str) -> int:
        if self.cancel_on and self.cancel_on in s and self.ctx is not None:
            self.ctx.cancel_event.set()
        return super().write(s)

    def events(self) -> list[dict]:
        return [json.loads(line) for line in self.getvalue().splitlines()]


def run(config: dict, tmp_path: Path, cancel_on: str | None = None) -> tuple[int, list[dict]]:
    stream = Recorder()
    ctx = JobContext("caption", config, tmp_path / "caption.toml", Emitter(stream=stream))
    stream.ctx, stream.cancel_on = ctx, cancel_on
    return execute(ctx, caption_job, listen_stdin=False), stream.events()


def test_job_writes_captions_and_streams_results(tiny_models, folder: Path, tmp_path: Path) -> None:
    (folder / "broken.png").write_bytes(b"nope")
    config = {"images": str(folder), "model": str(tiny_models.wd_tagger), "device": "cpu", "mode": "overwrite",
              "trigger": "sks", "wd": {"general_threshold": 0.3}}  # fmt: skip
    code, events = run(config, tmp_path)
    assert code == EXIT_OK
    results = [e["data"] for e in events if e["event"] == "result"]
    assert [Path(r["image"]).name for r in results] == ["0.png", "1.png", "2.png", "broken.png"]
    assert [r["action"] for r in results] == ["write", "write", "write", "error"]
    for r in results[:3]:
        assert Path(r["caption_file"]).read_text(encoding="utf-8") == r["new"] and r["new"].startswith("sks, ")
    progress = [(e["done"], e["total"]) for e in events if e["event"] == "progress" and e["unit"] == "image"]
    assert progress == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert any(e["event"] == "warning" and "broken.png" in e["message"] for e in events)
    assert events[-1]["event"] == "done" and len(events[-1]["outputs"]) == 3
    code, events = run(config, tmp_path)  # same model, same images: nothing to change
    assert [e["data"]["action"] for e in events if e["event"] == "result"][:3] == ["unchanged"] * 3


@pytest.mark.parametrize("mode", ["skip", "append"])
def test_bad_images_and_a_caption_that_is_a_folder_get_messages_and_the_rest_is_captioned(
    tiny_models, folder: Path, tmp_path: Path, mode: str
) -> None:
    (folder / "empty.png").write_bytes(b"")
    (folder / "notes.jpg").write_text("not a picture\n", encoding="utf-8")
    (folder / "1.txt").mkdir()  # where 1.png's caption should be
    config = {"images": str(folder), "model": str(tiny_models.wd_tagger), "device": "cpu", "mode": mode,
              "wd": {"general_threshold": 0.3}}  # fmt: skip
    code, events = run(config, tmp_path)
    assert code == EXIT_OK, events[-1]
    results = {Path(e["data"]["image"]).name: e["data"] for e in events if e["event"] == "result"}
    assert {name: r["action"] for name, r in results.items()} == {
        "0.png": "write", "1.png": "error", "2.png": "write", "empty.png": "error", "notes.jpg": "error"}
    error = results["1.png"]["error"]  # (Is a directory) here, (Permission denied) on Windows
    assert error.startswith(f"{folder / '1.txt'}: cannot read this caption file (")
    assert error.endswith("). Move it away, or make it a text file you may read.")
    assert results["empty.png"]["error"] == (f"{folder / 'empty.png'}: the file is empty (0 bytes), as after a failed "
                                             f"download or copy. Copy the image again from its source, or delete this "
                                             f"file.")  # as the import scan says it, not Pillow's words
    assert results["notes.jpg"]["error"] == (f"{folder / 'notes.jpg'}: not an image, the file holds text. Move it out "
                                             f"of the image folder.")
    warned = {e["path"] for e in events if e["event"] == "warning"}
    assert warned == {str(folder / name) for name in ("1.png", "empty.png", "notes.jpg")}


def test_a_full_disk_stops_the_job_and_keeps_every_caption_whole(
    tiny_models, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"old {i}", encoding="utf-8")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", full)
    config = {"images": str(folder), "model": str(tiny_models.wd_tagger), "device": "cpu", "mode": "overwrite"}
    code, events = run(config, tmp_path)
    assert code == EXIT_FAILED and [e["event"] for e in events].count("result") == 0  # stopped at the first
    assert events[-1]["kind"] == "io" and events[-1]["message"] == (
        f"{folder / '0.txt'}: cannot write the caption (No space left on device).")
    assert "Free some space" in events[-1]["hint"]
    assert [(folder / f"{i}.txt").read_text(encoding="utf-8") for i in range(3)] == ["old 0", "old 1", "old 2"]


def test_skip_mode_does_not_load_the_model_for_captioned_images(folder: Path, tmp_path: Path) -> None:
    for image in folder.glob("*.png"):
        image.with_suffix(".caption").write_text("done already", encoding="utf-8")
    config = {"images": str(folder), "model": str(tmp_path / "no-model-here"), "extension": ".caption"}
    code, events = run(config, tmp_path)
    assert code == EXIT_OK
    assert [e["data"]["action"] for e in events if e["event"] == "result"] == ["skip"] * 3


def test_job_cancels_between_images(tiny_models, folder: Path, tmp_path: Path) -> None:
    config = {"images": str(folder), "model": str(tiny_models.wd_tagger), "device": "cpu", "batch_size": 1}
    code, events = run(config, tmp_path, cancel_on='"result"')
    assert code == EXIT_CANCELLED and events[-1]["event"] == "cancelled"
    assert len(list(folder.glob("*.txt"))) == 1


def test_missing_model_offline_fails_with_how_to_get_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    config = {"images": str(folder), "model": "SmilingWolf/wd-swinv2-tagger-v3"}
    code, events = run(config, tmp_path)
    assert code == EXIT_FAILED
    error = events[-1]
    assert error["event"] == "error" and error["kind"] == "model"
    assert "SmilingWolf/wd-swinv2-tagger-v3" in error["message"] and "hf download" in error["message"]


def test_gpu_fallback_becomes_a_warning_event(tiny_models, folder: Path, tmp_path: Path, monkeypatch) -> None:
    import dataprep.wd_tagger as wd

    real = wd.make_session
    monkeypatch.setattr(wd, "make_session", lambda path, provider: (real(path, "cpu")[0], "Tagging on the CPU"))
    code, events = run({"files": [str(folder / "0.png")], "model": str(tiny_models.wd_tagger)}, tmp_path)
    assert code == EXIT_OK and [e["message"] for e in events if e["event"] == "warning"] == ["Tagging on the CPU"]


def test_blip_through_the_job(tiny_models, folder: Path, tmp_path: Path) -> None:
    config = {"files": [str(folder / "0.png")], "model": str(tiny_models.blip), "device": "cpu", "trigger": "sks",
              "blip": {"prefix": "a picture of", "min_length": 2, "max_length": 5}}  # fmt: skip
    code, events = run(config, tmp_path)
    assert code == EXIT_OK
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    assert result["new"].startswith("sks, ") and not result["new"].startswith("sks, a picture of")
    assert (folder / "0.txt").read_text(encoding="utf-8") == result["new"]


def test_load_captioner_picks_the_kind(tiny_models) -> None:
    assert load_captioner(opts(model=str(tiny_models.wd_tagger), device="cpu")).__class__.__name__ == "WDTagger"


def test_cli_runs_the_job(tiny_models, folder: Path, tmp_path: Path) -> None:
    assert "caption" in JOBS
    config = tmp_path / "caption.toml"
    config.write_text(f'images = "{folder.name}"\nmodel = "{tiny_models.wd_tagger.as_posix()}"\ndevice = "cpu"\n',
                      encoding="utf-8")  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-m", "dataprep", "caption", str(config), "--no-stdin"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [e["event"] for e in events].count("result") == 3 and events[-1]["event"] == "done"
    assert len(list(folder.glob("*.txt"))) == 3


def test_wd_fast_runs_the_int8_copy_and_says_so(tiny_models, folder: Path, tmp_path: Path) -> None:
    import shutil

    model = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, model)
    assert CaptionOptions.from_config({"wd_fast": True}).wd_fast and not CaptionOptions().wd_fast
    with pytest.raises(ValueError, match="wd_fast: expected true or false"):
        CaptionOptions.from_config({"wd_fast": "yes"})
    config = {"images": str(folder), "model": str(model), "device": "cpu", "mode": "overwrite", "wd_fast": True,
              "wd": {"general_threshold": 0.3}}  # fmt: skip
    code, events = run(config, tmp_path)
    assert code == EXIT_OK
    logs = [e["message"] for e in events if e["event"] == "log"]
    assert any("Building the int8 copy of model.onnx" in m for m in logs)
    assert any(m.startswith("Fast mode: an int8 model on the CPU") for m in logs)
    assert len(list(model.glob("model.int8-*.onnx"))) == 1
    assert [e["data"]["action"] for e in events if e["event"] == "result"] == ["write"] * 3
    code, events = run({**config, "wd_fast": False}, tmp_path)  # the exact model: no fast-mode notice
    assert code == EXIT_OK and not any("Fast mode" in e.get("message", "") for e in events)


def test_folder_job_does_not_caption_loss_masks(tiny_models, folder: Path) -> None:
    Image.new("L", (60, 40), 255).save(folder / "0_mask.png")
    ctx = JobContext("caption", {"images": str(folder)}, folder / "job.toml", Emitter(stream=io.StringIO()), None)
    assert [p.name for p in _job_images(ctx)] == ["0.png", "1.png", "2.png"]
