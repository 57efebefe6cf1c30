"""Hub upload: the final LoRA (and state) go to the repo through HfApi; the token reaches no file of the run.

HfApi's network methods are replaced by recorders: nothing here talks to the Hub (the socket guard
would fail the test if it tried).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from huggingface_hub import HfApi, constants
from trainkit import Run, base_config, make_images

from dataprep.events import Emitter
from dataprep.jobs import JobContext, execute
from dataprep.tomlio import save_toml
from training.config import HubSection
from training.hub_upload import upload_outputs

TOKEN = "hf_DanluTestToken0123456789abcdefXYZ"


@pytest.fixture
def hub_login(tmp_path, monkeypatch) -> Path:
    """A fake HF_HOME holding a token file, as 'hf auth login' leaves it; online as far as the client knows."""
    home = tmp_path / "hf_home"
    home.mkdir()
    (home / "token").write_text(TOKEN, encoding="utf-8")
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(home / "token"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    return home


@pytest.fixture
def calls(monkeypatch) -> list[tuple[str, dict[str, Any]]]:
    """HfApi's create_repo/upload_file/upload_folder, recording their arguments instead of calling the Hub."""
    recorded: list[tuple[str, dict[str, Any]]] = []

    def recorder(name: str):
        def method(self: HfApi, *args: Any, **kwargs: Any) -> str:
            assert self.token == TOKEN  # the client got the stored token
            recorded.append((name, {"args": args, **kwargs}))
            return f"https://huggingface.co/fake/{name}"

        return method

    for name in ("create_repo", "upload_file", "upload_folder"):
        monkeypatch.setattr(HfApi, name, recorder(name))
    return recorded


def train(tiny_models, tmp_path: Path, **hub: Any) -> Run:
    """A tiny run in this process that writes events.jsonl into its run folder, as a GUI-started job does."""
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    make_images(tmp_path / "img" / "2_shs thing", 2, seed=2)
    cfg = base_config(
        tiny_models.sd1,
        tmp_path / "img",
        schedule={"max_train_steps": 2, "seed": 3},
        saving={"save_state_on_train_end": True, "output_name": "hubby"},
        hub=hub,
    )
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    save_toml(run_dir / "run.toml", {"run_dir": ".", **cfg})
    AcceleratorState._reset_state(reset_partial_state=True)
    stream = io.StringIO()
    ctx = JobContext("train", cfg, run_dir / "run.toml", Emitter(run_dir=run_dir, stream=stream), run_dir)
    code = execute(ctx, train_job, listen_stdin=False)
    return Run(run_dir, code, [json.loads(line) for line in stream.getvalue().splitlines()])


def test_final_lora_and_state_are_uploaded_and_the_token_is_written_nowhere(tiny_models, tmp_path, hub_login, calls):
    run = train(
        tiny_models,
        tmp_path,
        huggingface_repo_id="someone/hubby-lora",
        huggingface_path_in_repo="loras/v1",
        huggingface_repo_visibility="public",
        save_state_to_huggingface=True,
    )
    assert run.code == 0, run.of("error")
    names = [name for name, _ in calls]
    assert names == ["create_repo", "upload_file", "upload_folder"]
    create, upload, folder = (kwargs for _, kwargs in calls)
    assert create["args"] == ("someone/hubby-lora",) and create["private"] is False and create["exist_ok"] is True
    assert upload["path_or_fileobj"] == str(run.final) and upload["path_in_repo"] == "loras/v1/hubby.safetensors"
    assert upload["repo_id"] == "someone/hubby-lora" and upload["repo_type"] == "model"
    assert Path(folder["folder_path"]).name == "hubby-state" and folder["path_in_repo"] == "loras/v1/hubby-state"
    assert run.of("log")[-1]["urls"] == ["https://huggingface.co/fake/upload_file", "https://huggingface.co/fake/upload_folder"]

    written = [p for p in tmp_path.rglob("*") if p.is_file() and hub_login not in p.parents]
    assert any(p.name == "events.jsonl" for p in written) and any(p.suffix == ".safetensors" for p in written)
    leaking = [p for p in written if TOKEN.encode() in p.read_bytes()]
    assert leaking == []
    assert TOKEN not in json.dumps(run.events)


def test_a_failed_upload_is_a_warning_and_the_lora_stays(tiny_models, tmp_path, hub_login, monkeypatch):
    def refuse(self: HfApi, *args: Any, **kwargs: Any) -> None:
        raise PermissionError(f"403 Forbidden: token {TOKEN} may not write to someone/else")

    monkeypatch.setattr(HfApi, "create_repo", refuse)
    run = train(tiny_models, tmp_path, huggingface_repo_id="someone/else")
    assert run.code == 0 and run.of("done"), run.of("error")
    assert run.final.is_file()
    warning = run.of("warning")[-1]["message"]
    assert "someone/else failed" in warning and "403 Forbidden" in warning and str(run.final) in warning
    assert TOKEN not in (run.dir / "events.jsonl").read_text(encoding="utf-8")


def test_no_token_offline_and_no_repo(tmp_path, monkeypatch, calls):
    lora = tmp_path / "x.safetensors"
    lora.write_bytes(b"weights")
    hub = HubSection(huggingface_repo_id="someone/x")
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)

    stream = io.StringIO()
    emitter = Emitter(stream=stream)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    assert upload_outputs(hub, lora, None, emitter) == []
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    assert upload_outputs(hub, lora, None, emitter) == []
    assert upload_outputs(HubSection(), lora, None, emitter) == []  # no repo: no upload, nothing said
    warnings = [json.loads(line)["message"] for line in stream.getvalue().splitlines()]
    assert len(warnings) == 2
    assert "offline mode is on" in warnings[0] and str(lora) in warnings[0]
    assert "no access token" in warnings[1] and "hf auth login" in warnings[1]
    assert calls == []
