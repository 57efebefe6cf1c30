"""A cancel before the first step keeps nothing to mistake for a LoRA: it stops the text-encoder caching
too, and no untrained step-0 checkpoint or state is written (a cancel after a step saves one:
test_train_cli, test_multiprocess)."""

from __future__ import annotations

import pytest
from trainkit import base_config, run_training

from dataprep.events import Emitter
from dataprep.jobs import EXIT_CANCELLED, JobCancelled, JobContext
from training.train_state import SkippingSampler


@pytest.fixture
def cancel(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Append True to cancel the running job, as the GUI's cancel sets its flag."""
    flag: list[bool] = []

    def check(self: JobContext) -> None:
        if flag:
            raise JobCancelled()

    monkeypatch.setattr(JobContext, "cancelled", property(lambda self: bool(flag)))
    monkeypatch.setattr(JobContext, "check_cancelled", check)
    return flag


def test_a_cancel_during_text_encoder_caching_stops_there(tiny_models, data, tmp_path, monkeypatch, cancel):
    real = Emitter.progress

    def progress(self: Emitter, done: int, total: int, *args, **kwargs) -> None:
        real(self, done, total, *args, **kwargs)
        if kwargs.get("stage") == "text encoder outputs":
            cancel.append(True)

    monkeypatch.setattr(Emitter, "progress", progress)
    dataset = {"cache_text_encoder_outputs": True, "cache_text_encoder_outputs_to_disk": True}
    run = run_training(tmp_path / "run", base_config(tiny_models.sd1, data / "img", dataset=dataset,
                                                     network={"network_train_unet_only": True}))
    assert run.code == EXIT_CANCELLED and run.of("cancelled")
    assert not run.of("metrics") and not run.of("checkpoint")
    assert not any("text encoder outputs cached" in e["message"] for e in run.of("log"))
    assert not list((tmp_path / "run").rglob("*.safetensors"))


def test_a_cancel_before_the_first_step_writes_no_checkpoint(tiny_models, data, tmp_path, monkeypatch, cancel):
    real = SkippingSampler.set_epoch

    def set_epoch(self: SkippingSampler, epoch: int) -> None:
        real(self, epoch)
        cancel.append(True)  # the loop's first batch sees it

    monkeypatch.setattr(SkippingSampler, "set_epoch", set_epoch)
    config = base_config(tiny_models.sd1, data / "img", saving={"save_state": True})
    run = run_training(tmp_path / "run", config)
    assert run.code == EXIT_CANCELLED and run.of("cancelled")
    assert not run.of("metrics") and not run.of("checkpoint")
    assert not list((tmp_path / "run").rglob("*.safetensors"))
