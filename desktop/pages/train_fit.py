""""Will it fit?" on the Train page: the run's peak VRAM by part against the GPU's free memory (or a card size
of the user's choice), and the memory ladder's cheapest switches when it does not fit, applied to the form
with one click (and undone with another).

The estimate is the ``fit`` job's (training.fit_job), run as a child process by the job runner like every
job: an SDXL dry run takes seconds of CPU, and torch stays out of the GUI process. The form's settings are
written to ``<project>/.danlu/fit/run.toml``, two folders below the project like ``runs/<name>/run.toml``,
so relative paths resolve as they will for the run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.jobs.project_jobs import write_failed
from desktop.jobs.runner import CANCELLED, FAILED, Job, JobRunner, job_argv
from desktop.widgets.config_form import ConfigForm
from desktop.widgets.config_form_row import esc, format_value
from desktop.widgets.config_text import label
from resources import resource_path
from training.config import TrainConfig, all_fields, save_config
from training.run_folders import RUN_FILE

CONTEXT = "FitPanel"
FIT_FOLDER = "fit"
OK_COLOR, BAD_COLOR = "#1e8449", "#c0392b"
# training.fit_estimate's part names and memory ladder switches, as shown
PART_LABELS = {
    "U-Net weights": QT_TRANSLATE_NOOP("FitPanel", "U-Net weights"),
    "text encoder weights": QT_TRANSLATE_NOOP("FitPanel", "Text encoder weights"),
    "LoRA weights": QT_TRANSLATE_NOOP("FitPanel", "LoRA weights"),
    "LoRA gradients": QT_TRANSLATE_NOOP("FitPanel", "LoRA gradients"),
    "optimizer state": QT_TRANSLATE_NOOP("FitPanel", "Optimizer state"),
    "activations": QT_TRANSLATE_NOOP("FitPanel", "Activations"),
    "VAE": QT_TRANSLATE_NOOP("FitPanel", "VAE"),
}
SWITCH_LABELS = {
    "cache latents": QT_TRANSLATE_NOOP("FitPanel", "Cache latents"),
    "cache text encoder outputs": QT_TRANSLATE_NOOP("FitPanel", "Cache text encoder outputs"),
    "8-bit optimizer": QT_TRANSLATE_NOOP("FitPanel", "8-bit optimizer"),
    "gradient checkpointing": QT_TRANSLATE_NOOP("FitPanel", "Gradient checkpointing"),
    "recompute everything when checkpointing": QT_TRANSLATE_NOOP(
        "FitPanel", "Recompute everything when checkpointing (untick 'Keep costly results')"),
    "no gradient checkpointing": QT_TRANSLATE_NOOP("FitPanel", "No gradient checkpointing (20–30% faster steps)"),
    "keep costly results when checkpointing": QT_TRANSLATE_NOOP(
        "FitPanel", "Keep costly results when checkpointing (half the recomputation)"),
    "fp8 base weights": QT_TRANSLATE_NOOP("FitPanel", "fp8 base model weights"),
    "full bf16 LoRA": QT_TRANSLATE_NOOP("FitPanel", "LoRA weights in bf16 (full_bf16)"),
    "batch size 1 with gradient accumulation": QT_TRANSLATE_NOOP(
        "FitPanel", "Batch size 1 with gradient accumulation (same images per step)"),
    "train the U-Net only": QT_TRANSLATE_NOOP("FitPanel", "Train the U-Net only"),
}
GIB = 1024**3


def card_sizes() -> list[int]:
    """The card sizes (GB) the bundled ``vram-<family>-<NN>gb.toml`` presets are made for."""
    found = (re.fullmatch(r"vram-[\w.]+-(\d+)gb\.toml", p.name) for p in resource_path("presets").iterdir())
    return sorted({int(m.group(1)) for m in found if m})


def fit_argv(run_toml: Path, vram_gb: int | None) -> list[str]:
    """``python -m training fit run.toml [--vram GB]``."""
    return job_argv("training", "fit", run_toml, *(["--vram", str(vram_gb)] if vram_gb else []))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FitPanel(QWidget):
    """The "Will it fit?" section of the Train page's pre-launch column."""

    def __init__(self, runner: JobRunner, form: ConfigForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.form = form
        self.folder: Path | None = None  # where the form's settings are written for the job
        self.argv_for: Callable[[Path, int | None], list[str]] = fit_argv
        self.job: Job | None = None
        self.result: dict[str, Any] | None = None
        self.about: TrainConfig | None = None  # the settings the shown result is about
        self.undo_values: list[tuple[str, Any]] = []  # what Apply replaced
        self._applying = False

        self.card = QComboBox()
        self.card.addItem(self.tr("Free memory of this GPU"), None)
        for size in card_sizes():
            self.card.addItem(self.tr("A {size} GB card").format(size=size), size)
        self.card.setToolTip(self.tr("Compare with this computer's GPU, or with a card of this size (less "
                                     "0.25 GB the desktop keeps)"))
        self.check_button = QPushButton(self.tr("Will it fit?"))
        self.check_button.setToolTip(self.tr("Estimate the run's peak VRAM (no weights loaded; SDXL takes a few "
                                             "seconds) and propose memory savings when it does not fit"))
        self.check_button.clicked.connect(self.check)
        self.status = QLabel(objectName="muted", wordWrap=True)
        self.breakdown = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.breakdown.setToolTip(self.tr("Needs free: the peak plus 10% for the allocator's fragmentation and "
                                          "0.5 GB for the CUDA context"))
        self.proposal = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.apply_button = QPushButton(self.tr("Apply these settings"), objectName="primary")
        self.apply_button.clicked.connect(self.apply)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back the settings the proposal changed"))
        self.undo_button.clicked.connect(self.undo)

        row = QHBoxLayout()
        row.addWidget(self.card, 1)
        row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Will it fit?"), objectName="sectionTitle"))
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.proposal)
        layout.addLayout(buttons)
        runner.job_event.connect(self._on_event)
        runner.job_finished.connect(self._on_finished)
        form.changed.connect(self._on_form_changed)
        self.set_folder(None)

    def set_folder(self, folder: Path | None) -> None:
        """Where the job's settings file goes (the project's ``.danlu/fit/``); None: no project, no check."""
        self.folder = folder
        self.job = None
        self.undo_values = []
        self._show(None)
        self.check_button.setEnabled(folder is not None)

    # ---- running the job
    def check(self) -> Job | None:
        """Queue the ``fit`` job for the form's settings against the chosen card."""
        if self.folder is None or (self.job is not None and self.job.active):
            return None
        cfg = self.form.config()
        run_toml = self.folder / RUN_FILE
        try:
            save_config(run_toml, cfg)
        except OSError as exc:
            self._say(write_failed(self.folder, exc))
            return None
        self.about = cfg
        self.undo_values = []
        self._show(None)
        self._say(self.tr("Estimating… (a dry run without weights: a few seconds, longer for SDXL)"))
        self.check_button.setEnabled(False)
        name = Path(cfg.model.pretrained_model_name_or_path).name
        self.job = self.runner.submit(self.tr("Will it fit? · {model}").format(model=name),
                                      self.argv_for(run_toml, self.card.currentData()), kind="cpu", cwd=self.folder)
        return self.job

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is self.job and event["event"] == "result" and "fit" in event["data"]:
            self.show_result(event["data"]["fit"])

    def _on_finished(self, job: Job) -> None:
        if job is not self.job:
            return
        self.check_button.setEnabled(self.folder is not None)
        if job.state == FAILED:
            error = job.error or {}
            text = self.tr("The estimate failed: {message}").format(message=error.get("message") or job.message)
            if error.get("hint"):
                text += "\n" + error["hint"]
            self._say(text)
        elif job.state == CANCELLED:
            self._say(self.tr("The estimate was cancelled."))

    # ---- showing the result
    def _show(self, result: dict[str, Any] | None) -> None:
        self.result = result
        self._say("")
        self.breakdown.setText("")
        self.proposal.setText("")
        self.apply_button.hide()
        self.undo_button.setVisible(bool(self.undo_values))

    def show_result(self, fit: dict[str, Any]) -> None:
        """The ``fit`` job's result (training.fit_job): the parts, the verdict and the proposal."""
        self._show(fit)
        self.about = self.about or self.form.config()
        self.breakdown.setText(self._breakdown_html(fit))
        free, needed = fit["free_bytes"], fit["estimate"]["needed"]
        if fit["compared_with"] is None:
            self._say(self.tr("No CUDA GPU on this computer: the estimate is for a GPU of your choice. "
                                        "Pick a card size above to compare with it."))
        elif fit["fits"]:
            self._verdict(self.tr("It fits: it needs {needed} of {free} free.").format(
                needed=gb(needed), free=gb(free)), OK_COLOR)
        else:
            self._verdict(self.tr("It does not fit: it needs {needed}, {free} are free.").format(
                needed=gb(needed), free=gb(free)), BAD_COLOR)
        proposal = fit.get("proposal")
        if proposal is not None:
            self.proposal.setText(self._proposal_html(proposal))
        elif fit.get("faster"):
            self.proposal.setText(self._faster_html(fit["faster"]))
        self.apply_button.setVisible(bool(self._suggested_changes()))
        self._on_form_changed()  # edited while the job ran: the proposal is stale already

    def _say(self, text: str) -> None:
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setText(text)

    def _verdict(self, text: str, color: str) -> None:
        self.status.setTextFormat(Qt.TextFormat.RichText)
        dot = f"<span style='color:{color}'>●</span> "  # markup, not words
        self.status.setText(dot + esc(text))

    def _breakdown_html(self, fit: dict[str, Any]) -> str:
        est = fit["estimate"]
        rows = [(_tr(PART_LABELS.get(name, name)), size) for name, size in est["parts"].items() if size]
        if est["caching"] > sum(est["parts"].values()):
            rows.append((self.tr("Caching latents (before training, higher)"), est["caching"]))
        cells = "".join(f"<tr><td>{esc(name)}</td><td align='right'>&nbsp;&nbsp;{esc(gb(size))}</td></tr>"
                        for name, size in rows)
        total = [(self.tr("Peak"), est["peak"]), (self.tr("Needs free"), est["needed"])]
        if fit["free_bytes"] is not None:
            where = self.tr("Free on this GPU") if fit["compared_with"] == "gpu" else self.tr("Free on the card")
            total.append((where, fit["free_bytes"]))
        cells += "".join(f"<tr><td><b>{esc(name)}</b></td><td align='right'>&nbsp;&nbsp;<b>{esc(gb(size))}</b>"
                         f"</td></tr>" for name, size in total)
        return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"

    def _proposal_html(self, proposal: dict[str, Any]) -> str:
        switches = _switches_html(proposal["switches"])
        if proposal["changes"] is None:
            return esc(self.tr("Nothing on the memory ladder makes it fit (tried in this order):")) + \
                f"<ol>{switches}</ol>" + esc(self.tr("Lower the resolution or the network rank, or use a card with "
                                                     "more memory."))
        return (esc(self.tr("It fits with these memory savings, cheapest first:")) + f"<ol>{switches}</ol>"
                + self._changes_html(proposal))

    def _faster_html(self, faster: dict[str, Any]) -> str:
        """A faster checkpointing that still fits (training.fit_ladder.faster)."""
        return (esc(self.tr("It also fits with faster settings:")) + f"<ul>{_switches_html(faster['switches'])}</ul>"
                + self._changes_html(faster))

    def _changes_html(self, suggestion: dict[str, Any]) -> str:
        fields = {info.key: info for info in all_fields()}
        settings = "".join(
            f"<li>{esc(label(fields[key]) if key in fields else key)} = <b>{esc(format_value(value))}</b> "
            f"<span style='color:gray'>({esc(key)})</span></li>" for key, value in suggestion["changes"])
        est = suggestion["estimate"]
        new = self.tr("With them: peak {peak}, needs {needed} free.").format(peak=gb(est["peak"]),
                                                                             needed=gb(est["needed"]))
        return esc(self.tr("Settings they change:")) + f"<ul>{settings}</ul>" + esc(new)

    def _suggested_changes(self) -> list[list[Any]]:
        """What Apply sets: the memory savings that make the run fit, or the faster settings that still fit."""
        result = self.result or {}
        suggestion = result.get("proposal") or result.get("faster") or {}
        return list(suggestion.get("changes") or [])

    # ---- applying the proposal
    def apply(self) -> None:
        """Set the proposal's settings in the form (Undo puts the old values back)."""
        changes = self._suggested_changes()
        if not changes:
            return
        self.undo_values = [(key, self.form.value(key)) for key, _ in changes]
        self._set_values(changes)
        self.apply_button.hide()
        self.undo_button.show()
        self._say(self.tr("Applied: the form has the proposed settings. Check again to confirm."))

    def undo(self) -> None:
        self._set_values(self.undo_values)
        self.undo_values = []
        self.undo_button.hide()
        if self.result is not None:
            self.show_result(self.result)

    def _set_values(self, values: list[tuple[str, Any]] | list[list[Any]]) -> None:
        self._applying = True
        try:
            for key, value in values:
                self.form.set_value(key, value)
        finally:
            self._applying = False
        self.about = self.form.config()

    def _on_form_changed(self) -> None:
        """Other edits make the shown result stale: its proposal is not applied over them."""
        if self._applying or self.result is None or self.about is None or self.form.config() == self.about:
            return
        self.about = None
        self.apply_button.hide()
        self._say(self.tr("The settings changed since this estimate: check again."))


def _switches_html(switches: list[str]) -> str:
    return "".join(f"<li>{esc(_tr(SWITCH_LABELS.get(s, s)))}</li>" for s in switches)


def gb(n_bytes: int) -> str:
    return QCoreApplication.translate("FitPanel", "{size} GB").format(size=f"{n_bytes / GIB:.2f}")
