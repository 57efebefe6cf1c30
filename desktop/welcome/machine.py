"""The welcome screen's check of this machine: ``danlu doctor`` (training/doctor.py) in a child process, since
it imports PyTorch and probes the GPU, and its findings in the user's language, each with what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dataprep.project import Project
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import FINISHED, Job, JobRunner, job_argv
from desktop.pages.train_presets import PRESET_CONTEXT
from desktop.widgets.phrase_text import event_text

# The doctor's findings this screen words itself (by the rule's code; placeholders are the finding's params).
# Other findings (library conflicts and the like) show the doctor's own text, translated from its phrases.
FINDINGS: dict[str, tuple[str, str]] = {
    "no_gpu": (
        QT_TRANSLATE_NOOP("MachineCheck", "No NVIDIA GPU: training runs on the CPU only, and very slowly."),
        QT_TRANSLATE_NOOP("MachineCheck", "Preparing images, captioning, editing captions and the demo project all "
                          "work on this computer. Training a real LoRA needs a computer with an NVIDIA GPU (8 GB "
                          "or more)."),
    ),
    "cpu_torch": (
        QT_TRANSLATE_NOOP("MachineCheck", "PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed."),
        QT_TRANSLATE_NOOP("MachineCheck", "Run the installer again: it picks the PyTorch build for your driver."),
    ),
    "driver_too_old": (
        QT_TRANSLATE_NOOP("MachineCheck", "The NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch is "
                          "built for CUDA {build}: training cannot use the GPU."),
        QT_TRANSLATE_NOOP("MachineCheck", "Install NVIDIA driver {branch} or newer (nvidia.com/drivers, or your "
                          "distribution's driver package), restart the computer and check again; or run the "
                          "installer again to get a PyTorch build for this driver."),
    ),
    "low_vram": (
        QT_TRANSLATE_NOOP("MachineCheck", "{gpu} has only {gib} GiB of video memory."),
        QT_TRANSLATE_NOOP("MachineCheck", "SD 1.5 LoRAs fit only with every memory saving: start from the preset "
                          "“{preset}” on the Train page (Presets → By GPU memory). SDXL will not fit."),
    ),
    "sdxl_vram": (
        QT_TRANSLATE_NOOP("MachineCheck", "{gpu} has {gib} GiB of video memory: enough for SD 1.5 LoRAs; SDXL fits "
                          "only with memory savings."),
        QT_TRANSLATE_NOOP("MachineCheck", "For SDXL start from the preset “{preset}” on the Train page (Presets → "
                          "By GPU memory): fp8 base weights, cached text encoder outputs, gradient checkpointing "
                          "and an 8-bit optimizer."),
    ),
    "ort_cpu_expected": (
        QT_TRANSLATE_NOOP("MachineCheck", "Captioning runs on the CPU, as expected without an NVIDIA GPU."),
        QT_TRANSLATE_NOOP("MachineCheck", "Nothing to do: auto-captioning works, only slower than on a GPU."),
    ),
    "no_captioner": (
        QT_TRANSLATE_NOOP("MachineCheck", "No captioning model downloaded yet."),
        QT_TRANSLATE_NOOP("MachineCheck", "Auto-captioning needs one: on the Captions page click Auto-caption…, pick "
                          "a model and Download (the WD ViT tagger v3, about 380 MB, writes tags; BLIP writes "
                          "sentences). The demo project's captions are already written."),
    ),
    "no_base_model": (
        QT_TRANSLATE_NOOP("MachineCheck", "No Stable Diffusion base model in the Hugging Face cache."),
        QT_TRANSLATE_NOOP("MachineCheck", "Training a real LoRA starts from the model you generate with: download a "
                          ".safetensors checkpoint (SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the "
                          "Train page under Base model, or type a Hugging Face repo id there."),
    ),
}
LEVELS = {
    "error": (QT_TRANSLATE_NOOP("MachineCheck", "Must fix"), "#c62828"),
    "warning": (QT_TRANSLATE_NOOP("MachineCheck", "Warning"), "#d9822b"),
    "info": (QT_TRANSLATE_NOOP("MachineCheck", "Note"), "#3b78c4"),
}
PACKAGE_NAMES = {"onnxruntime", "bitsandbytes"}  # a finding that starts with one keeps its spelling
# The doctor's "action": the page that fixes a finding, and the button that opens it.
ACTIONS = {
    "captions": QT_TRANSLATE_NOOP("MachineCheck", "Open the Captions page"),
    "train": QT_TRANSLATE_NOOP("MachineCheck", "Open the Train page"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MachineCheck", text)


def finding_text(problem: dict[str, Any]) -> tuple[str, str]:
    """What was found and what to do: this screen's wording when it knows the rule, else the doctor's own
    (its phrases in the interface language)."""
    template = FINDINGS.get(problem.get("code", ""))
    params = problem.get("params") or {}
    if template is not None and all(params.values()):
        if "preset" in params:  # a bundled preset, named as the Train page's menu names it
            params = {**params, "preset": QCoreApplication.translate(PRESET_CONTEXT, params["preset"])}
        try:
            return _tr(template[0]).format(**params), _tr(template[1]).format(**params)
        except (KeyError, IndexError):  # a translation with a placeholder the finding lacks
            pass
    message = event_text(problem, "message")
    first = message.split(" ", 1)[0]
    if first.isalpha() and first.islower() and first not in PACKAGE_NAMES:  # "no CUDA GPU" → "No CUDA GPU"
        message = message[:1].upper() + message[1:]
    return message, event_text(problem, "advice")


def doctor_argv(project: Project | None) -> list[str]:
    """The doctor job's command line; with a project its disk is checked too (not when the project's folder is gone
    or its disk too full to take the job's settings: the machine is still checked)."""
    config = write_job(project, "doctor", {"project": str(project.root)}) if project is not None else None
    return job_argv("training", "doctor", config if isinstance(config, Path) else None)


class FindingRow(QFrame):
    """One finding: its severity, what was found, what to do, and a button to the page that fixes it."""

    def __init__(self, problem: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        label, color = LEVELS.get(problem["level"], LEVELS["info"])
        message, advice = finding_text(problem)
        self.badge = QLabel(_tr(label), alignment=Qt.AlignmentFlag.AlignCenter)
        self.badge.setStyleSheet(f"background:{color}; color:white; border-radius:4px; padding:2px 6px;"
                                 "font-weight:bold;")
        self.badge.setFixedWidth(84)
        self.message = QLabel(message, wordWrap=True)
        self.message.setStyleSheet("font-weight:bold;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(advice, objectName="muted", wordWrap=True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.message)
        text.addWidget(self.advice)
        self.action_button: QPushButton | None = None
        action = problem.get("action", "")
        if action in ACTIONS:
            self.action_button = QPushButton(_tr(ACTIONS[action]))
            text.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


class MachineCheck(QGroupBox):
    """Runs the doctor job once when first shown (again on request) and lists its findings, worst first."""

    navigate = Signal(str)  # a finding's button asks for the page that fixes it

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This machine"))
        self.runner = runner
        self.project: Project | None = None
        self.job: Job | None = None
        self.report: dict[str, Any] | None = None
        self.reported_by: Job | None = None  # the job whose result is shown (it may run on for a moment)
        self.rows: list[FindingRow] = []
        self.status = QLabel(self.tr("Not checked yet."), objectName="muted", wordWrap=True)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.start)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.hide()
        self.findings = QVBoxLayout()
        self.findings.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.findings)
        layout.addStretch(1)
        runner.job_event.connect(self._on_job_event)
        runner.job_changed.connect(self._on_job_changed)

    def start(self) -> Job | None:
        """Queue the doctor job (CPU slot: it only probes the GPU); None while one runs."""
        if self.job is not None and self.job.active:
            return None
        self.job = self.runner.submit(self.tr("Check this machine"), doctor_argv(self.project), kind="cpu")
        self._on_job_changed(self.job)
        return self.job

    def show_report(self, info: dict[str, Any]) -> None:
        """Show a doctor report (collect()'s data): a summary line, then each finding."""
        self.report = info
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        self.summary.setText(self._summary(info))
        self.summary.show()
        for problem in info["problems"]:
            row = FindingRow(problem)
            if row.action_button is not None:
                row.action_button.clicked.connect(lambda _checked=False, key=problem["action"]: self.navigate.emit(key))
            self.findings.addWidget(row)
            self.rows.append(row)
        if not info["problems"]:
            self.status.setText(self.tr("Everything Danlu needs is in place."))
        elif any(p["level"] == "error" for p in info["problems"]):
            self.status.setText(self.tr("Fix the problems marked “Must fix” before training."))
        else:
            self.status.setText(self.tr("Checked. What was found, and what to do:"))

    def _summary(self, info: dict[str, Any]) -> str:
        torch = info["torch"]
        if not torch["installed"]:
            torch_text = self.tr("PyTorch does not load")
        elif torch["cuda_build"]:
            torch_text = self.tr("PyTorch {version} (CUDA {cuda})").format(version=torch["version"],
                                                                          cuda=torch["cuda_build"])
        else:
            torch_text = self.tr("PyTorch {version} (CPU only)").format(version=torch["version"])
        gpus = [self.tr("{name}, {gib} GiB").format(name=gpu["name"], gib=f"{gpu['total_gib']:.1f}")
                for gpu in info["gpus"]]
        gpu_text = "; ".join(gpus) if gpus else self.tr("no NVIDIA GPU")
        return self.tr("<b>GPU:</b> {gpus} · {torch}").format(gpus=gpu_text, torch=torch_text)

    def _on_job_event(self, job: Job, event: dict) -> None:
        if job is self.job and event["event"] == "result":
            self.reported_by = job
            self.show_report(event["data"])

    def _on_job_changed(self, job: Job) -> None:
        if job is not self.job:
            return
        self.check_button.setEnabled(not job.active)
        if job.active:
            if job is not self.reported_by:
                self.status.setText(self.tr("Checking this machine… (PyTorch loads and the GPU is probed: a few "
                                            "seconds, up to a minute on a busy computer)"))
        elif job.state != FINISHED:
            self.status.setText(self.tr("The check did not finish ({state}): {message}. The Jobs page shows its "
                                        "log; Check again retries.").format(state=job.state, message=job.message))
