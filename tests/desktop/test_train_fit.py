"""The Train page's "Will it fit?" section: the fit job's result (a fake job here: no dry run in GUI tests) shown
by part against the card, the proposal listed, and Apply / Undo changing the form."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dataprep.project import create_project
from dataprep.tomlio import load_toml, save_toml
from desktop.jobs.runner import FINISHED, JobRunner
from desktop.pages.train import TrainPage
from desktop.pages.train_fit import card_sizes

TIMEOUT = 20_000
GIB = 1024**3
PARTS = {"U-Net weights": int(1.6 * GIB), "text encoder weights": int(0.23 * GIB), "LoRA weights": 30_000_000,
         "LoRA gradients": 20_000_000, "optimizer state": 40_000_000, "activations": int(3.9 * GIB), "VAE": 0}


def fit_result(fits: bool, proposal: dict[str, Any] | None, compared_with: str | None = "vram") -> dict[str, Any]:
    peak = sum(PARTS.values())
    return {"family": "sd15", "compared_with": compared_with, "free_bytes": int(5.75 * GIB) if compared_with else None,
            "estimate": {"parts": PARTS, "caching": 0, "peak": peak, "needed": int(peak * 1.1) + GIB // 2},
            "fits": fits if compared_with else None, "proposal": proposal}


PROPOSAL = {
    "switches": ["8-bit optimizer", "gradient checkpointing"],
    "changes": [["optimizer.optimizer_type", "AdamW8bit"], ["precision.gradient_checkpointing", True]],
    "estimate": {"parts": PARTS, "caching": 0, "peak": int(2.2 * GIB), "needed": int(2.9 * GIB)},
}


@pytest.fixture
def page(qtbot, runner: JobRunner, settings, tmp_path: Path) -> TrainPage:
    page = TrainPage(runner, settings)
    page.presets_dir = tmp_path / "my-presets"
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.set_project(create_project(tmp_path / "proj", "Tiny"))
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    return page


def test_card_sizes_are_the_vram_presets_cards():
    assert card_sizes() == [6, 8, 12, 16, 24]


def test_a_run_that_does_not_fit_shows_its_parts_and_the_proposal_applied_and_undone(page: TrainPage):
    fit = page.fit
    assert fit.isVisibleTo(page.checks) and fit.check_button.isEnabled()
    fit.show_result(fit_result(False, PROPOSAL))
    breakdown = fit.breakdown.text()
    for words in ("U-Net weights", "Text encoder weights", "Optimizer state", "Activations", "Peak", "Needs free",
                  "Free on the card", "3.90 GB", "5.75 GB"):
        assert words in breakdown
    assert "VAE" not in breakdown  # a part of zero bytes is left out
    assert "It does not fit" in fit.status.text()
    proposal = fit.proposal.text()
    assert proposal.index("8-bit optimizer") < proposal.index("Gradient checkpointing")
    assert "precision.gradient_checkpointing" in proposal and "AdamW8bit" in proposal and "2.90 GB" in proposal
    assert fit.apply_button.isVisibleTo(fit) and not fit.undo_button.isVisibleTo(fit)

    fit.apply_button.click()
    cfg = page.form.config()
    assert cfg.optimizer.optimizer_type == "AdamW8bit" and cfg.precision.gradient_checkpointing is True
    assert not fit.apply_button.isVisibleTo(fit) and fit.undo_button.isVisibleTo(fit)
    assert "Applied" in fit.status.text()

    fit.undo_button.click()
    cfg = page.form.config()
    assert cfg.optimizer.optimizer_type == "AdamW" and cfg.precision.gradient_checkpointing is False
    assert fit.apply_button.isVisibleTo(fit) and not fit.undo_button.isVisibleTo(fit)

    page.form.set_value("network.network_dim", 64)  # another edit: the proposal is not applied over it
    assert not fit.apply_button.isVisibleTo(fit) and "changed since" in fit.status.text()


def test_fits_nothing_fits_and_no_gpu(page: TrainPage):
    fit = page.fit
    fit.show_result(fit_result(True, None, compared_with="gpu"))
    assert "It fits" in fit.status.text() and "Free on this GPU" in fit.breakdown.text()
    assert fit.proposal.text() == "" and not fit.apply_button.isVisibleTo(fit)
    fit.show_result(fit_result(False, {"switches": ["gradient checkpointing"], "changes": None, "estimate": None}))
    assert "Nothing on the memory ladder" in fit.proposal.text() and not fit.apply_button.isVisibleTo(fit)
    fit.show_result(fit_result(False, None, compared_with=None))
    assert "No CUDA GPU" in fit.status.text() and "Free on" not in fit.breakdown.text()


def test_room_to_spare_offers_faster_checkpointing(page: TrainPage):
    fit = page.fit
    page.form.set_value("precision.gradient_checkpointing", True)
    faster = {"switches": ["no gradient checkpointing"], "changes": [["precision.gradient_checkpointing", False]],
              "estimate": {"parts": PARTS, "caching": 0, "peak": int(4.1 * GIB), "needed": int(5.0 * GIB)}}
    fit.show_result({**fit_result(True, None), "faster": faster})
    assert "It fits" in fit.status.text()
    text = fit.proposal.text()
    assert "It also fits with faster settings" in text and "No gradient checkpointing" in text and "5.00 GB" in text
    fit.apply_button.click()
    assert page.form.config().precision.gradient_checkpointing is False and "Applied" in fit.status.text()
    fit.undo_button.click()
    assert page.form.config().precision.gradient_checkpointing is True


def test_the_check_runs_the_fit_job_through_the_runner(qtbot, page: TrainPage, fake_argv, tmp_path: Path):
    data = tmp_path / "fit.json"
    data.write_text(json.dumps({"fit": fit_result(False, PROPOSAL)}), encoding="utf-8")
    fake_config = tmp_path / "fake.toml"
    save_toml(fake_config, {"data_file": str(data)})
    asked: list[tuple[Path, int | None]] = []

    def argv_for(run_toml: Path, vram: int | None) -> list[str]:
        asked.append((run_toml, vram))
        return fake_argv("result", fake_config)

    fit = page.fit
    fit.argv_for = argv_for
    page.form.set_value("model.pretrained_model_name_or_path", "/models/sd15.safetensors")
    fit.card.setCurrentIndex(fit.card.findData(8))
    job = fit.check()
    assert job is not None and not fit.check_button.isEnabled() and "Estimating" in fit.status.text()
    qtbot.waitUntil(lambda: job.state == FINISHED and fit.check_button.isEnabled(), timeout=TIMEOUT)
    run_toml, vram = asked[0]
    assert vram == 8 and run_toml == page.project.cache_dir / "fit" / "run.toml"
    assert load_toml(run_toml)["model"]["pretrained_model_name_or_path"] == "/models/sd15.safetensors"
    assert "Activations" in fit.breakdown.text() and fit.apply_button.isVisibleTo(fit)
    fit.apply_button.click()
    assert page.form.config().precision.gradient_checkpointing is True


def test_a_failed_estimate_says_why(qtbot, page: TrainPage, fake_argv):
    fit = page.fit
    fit.argv_for = lambda run_toml, vram: fake_argv("crash")
    job = fit.check()
    qtbot.waitUntil(lambda: not job.active and fit.check_button.isEnabled(), timeout=TIMEOUT)
    assert "The estimate failed" in fit.status.text()
    assert fit.breakdown.text() == "" and not fit.apply_button.isVisibleTo(fit)
