"""Train page (planned): the LoRA trainer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.pages.planned import PlannedPage


class TrainPage(PlannedPage):
    icon_name = "train"
    title = "Train"
    subtitle = "Train a LoRA on this machine's GPU."
    will_hold = (
        "the training form (generated from the trainer's settings, with sd-scripts' names), a live loss graph, "
        "sample images while it trains and a checkpoint each epoch. Training runs as a job: queue it, watch it "
        "and cancel it from the Jobs page; a cancelled run saves what it has."
    )
    meanwhile = ("Check that this machine is ready to train: its GPU, memory, PyTorch build and libraries.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty.add_button("Check this machine…", lambda: self.navigate.emit("settings"), primary=True)
