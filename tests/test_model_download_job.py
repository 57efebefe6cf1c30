"""The download-model job (the GUI's Download button): byte progress, its result, cancel, offline errors.
huggingface_hub's download is replaced by a stand-in that drives tqdm as it does; nothing leaves the machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_caption_job import Recorder
from test_model_registry import BLIP_BASE, VIT_V3, add_to_cache

from dataprep import model_registry as registry
from dataprep.cli import JOBS
from dataprep.events import Emitter
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, JobContext, execute
from dataprep.model_registry import KNOWN_MODELS


def run(config: dict, tmp_path: Path, cancel_on: str | None = None) -> tuple[int, list[dict]]:
    stream = Recorder()
    ctx = JobContext("download-model", config, tmp_path / "download.toml", Emitter(stream=stream))
    stream.ctx, stream.cancel_on = ctx, cancel_on
    return execute(ctx, JOBS["download-model"].func, listen_stdin=False), stream.events()


@pytest.fixture
def online_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "hf"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("DANLU_OFFLINE", raising=False)

    def fake_download(repo_id: str, filename: str, cache_dir: str, tqdm_class: type) -> str:
        data = b"x" * 2500
        bar = tqdm_class(total=len(data), initial=0, desc=filename, unit="B")
        for start in range(0, len(data), 1000):
            bar.update(len(data[start : start + 1000]))
        return str(add_to_cache(Path(cache_dir), repo_id, {filename: data}) / filename)

    monkeypatch.setattr(registry, "hf_hub_download", fake_download)
    return cache


def test_downloads_with_byte_progress_into_the_cache(online_cache: Path, tmp_path: Path) -> None:
    code, events = run({"model": VIT_V3}, tmp_path)
    assert code == EXIT_OK
    progress = [e for e in events if e["event"] == "progress"]
    assert progress and all(e["unit"] == "byte" and e["stage"] == "download" for e in progress)
    assert {e["file"] for e in progress} == set(KNOWN_MODELS[VIT_V3].files)
    result = next(e["data"] for e in events if e["event"] == "result")
    assert result["model"] == VIT_V3 and (Path(result["path"]) / "model.onnx").is_file()
    assert [m.repo_id for m in registry.list_cached_models(online_cache)] == [VIT_V3]


def test_cancel_stops_the_download(online_cache: Path, tmp_path: Path) -> None:
    code, events = run({"model": BLIP_BASE}, tmp_path, cancel_on='"progress"')
    assert code == EXIT_CANCELLED
    assert not any(e["event"] == "result" for e in events)


def test_offline_or_unknown_models_fail_with_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty"))
    code, events = run({"model": VIT_V3}, tmp_path)
    error = next(e for e in events if e["event"] == "error")
    assert code == EXIT_FAILED and error["kind"] == "model"
    assert f"{VIT_V3} is not downloaded" in error["message"] and "hf download" in error["message"]
    code, events = run({"model": "someone/thing"}, tmp_path)
    error = next(e for e in events if e["event"] == "error")
    assert code == EXIT_FAILED and error["kind"] == "config" and "not a model Danlu knows" in error["message"]
