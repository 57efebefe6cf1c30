"""The welcome page: shown on the first start (a QSettings flag) and from Help → Welcome. One screen with the
next concrete action, the path in seven steps, and the check of this machine."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dataprep.project import Project
from desktop.jobs.runner import JobRunner
from desktop.welcome.machine import MachineCheck
from desktop.welcome.start import StartButtons
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.page_header import PageHeader, scrolling_page

WELCOME_SHOWN_KEY = "welcome/shown"  # in QSettings: set once the welcome page was shown at start-up

# (page key or "" when the step happens outside Danlu, title, one line)
STEPS = (
    ("images", QT_TRANSLATE_NOOP("WelcomePage", "Images"),
     QT_TRANSLATE_NOOP("WelcomePage", "Import your photos, look at the ones flagged (blurry, too small, "
                       "duplicates) and crop them to training sizes.")),
    ("captions", QT_TRANSLATE_NOOP("WelcomePage", "Captions"),
     QT_TRANSLATE_NOOP("WelcomePage", "Auto-caption with a WD tagger or BLIP, then edit: tag what should stay "
                       "changeable, leave out what the trigger word should learn.")),
    ("regularization", QT_TRANSLATE_NOOP("WelcomePage", "Regularization"),
     QT_TRANSLATE_NOOP("WelcomePage", "Optional: generate class images with the base model, so that the LoRA does "
                       "not turn every “woman” into your character.")),
    ("folders", QT_TRANSLATE_NOOP("WelcomePage", "Folders"),
     QT_TRANSLATE_NOOP("WelcomePage", "Set the trigger word, class and repeats; Danlu builds the kohya-style img/ "
                       "and reg/ folders and counts the steps.")),
    ("train", QT_TRANSLATE_NOOP("WelcomePage", "Train"),
     QT_TRANSLATE_NOOP("WelcomePage", "Pick the base model and a preset for your GPU, start, and watch the loss "
                       "and the sample images.")),
    ("compare", QT_TRANSLATE_NOOP("WelcomePage", "Compare"),
     QT_TRANSLATE_NOOP("WelcomePage", "Render a grid of checkpoints × prompts and keep the epoch that looks best.")),
    ("", QT_TRANSLATE_NOOP("WelcomePage", "Use it"),
     QT_TRANSLATE_NOOP("WelcomePage", "Put the LoRA (.safetensors) into the loras folder of the WebUI, Forge or "
                       "ComfyUI and generate with its trigger word.")),
)


def take_first_run(settings: QSettings) -> bool:
    """True the first time it is asked for these settings (a fresh install), False ever after."""
    if settings.value(WELCOME_SHOWN_KEY, False, type=bool):
        return False
    settings.setValue(WELCOME_SHOWN_KEY, True)
    return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("WelcomePage", text)


def _link(key: str, title: str) -> str:
    return f"<a href='{key}'>{title}</a>" if key else title


class WelcomePage(QWidget):
    """The path, the machine check and the first actions (the main window connects ``start_requested``)."""

    navigate = Signal(str)  # a step's link or a finding's button: show that page
    start_requested = Signal(str)  # start.DEMO, NEW or OPEN

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None

        # the next concrete action
        self.start = StartButtons(self.start_requested)
        start_hint = QLabel(self.tr("New here? The demo project holds a dozen captioned portraits of a made-up "
                                    "character: try every step on it, then start your own project from a folder "
                                    "of your photos (they are copied, never changed)."), wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addStretch(1)
        start_box = QGroupBox(self.tr("Start here"))
        start_layout = QVBoxLayout(start_box)
        start_layout.addWidget(start_hint)
        start_layout.addLayout(buttons)
        self.demo_models = DemoModelsBar(runner)  # shown while the demo project is open
        start_layout.addWidget(self.demo_models)

        # the path
        path_box = QGroupBox(self.tr("The path, one step per page"))
        grid = QGridLayout(path_box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(2, 1)
        self.step_links: dict[str, QLabel] = {}
        for row, (key, title, line) in enumerate(STEPS):
            number = QLabel(str(row + 1), objectName="sectionTitle", alignment=Qt.AlignmentFlag.AlignCenter)
            name = QLabel(_link(key, _tr(title)), objectName="sectionTitle")
            name.setTextFormat(Qt.TextFormat.RichText)
            name.linkActivated.connect(self.navigate)
            text = QLabel(_tr(line), wordWrap=True)
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 2, Qt.AlignmentFlag.AlignTop)
            if key:
                self.step_links[key] = name
        grid.setRowStretch(len(STEPS), 1)

        self.machine = MachineCheck(runner)
        self.machine.navigate.connect(self.navigate)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(path_box, 1)
        columns.addWidget(self.machine, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(start_box)
        column.addLayout(columns, 1)
        scrolling_page(self, PageHeader(self.tr("Welcome to Danlu"),
                                        self.tr("From a folder of photos to a tested LoRA, on your own computer.")),
                       content)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.machine.project = project
        self.demo_models.set_project(project)

    def show_report(self, info: dict[str, Any]) -> None:
        """Show a doctor report without running the check (the report of a run elsewhere, or a test's)."""
        self.machine.show_report(info)

    def showEvent(self, event: QShowEvent) -> None:
        """The machine is checked the first time the page is seen: the check takes seconds, off the GUI thread."""
        super().showEvent(event)
        if self.machine.report is None and self.machine.job is None:
            self.machine.start()
