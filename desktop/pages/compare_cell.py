"""One grid cell at full size with the exact parameters that made it, copyable as A1111's parameters text
(paste it into A1111's prompt box and press ↙ to get the same settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class CellDialog(QDialog):
    def __init__(self, record: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Grid cell"))
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(QPixmap(str(record["path"])))
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        self.parameters = QPlainTextEdit(str(record.get("parameters", "")), readOnly=True)
        self.parameters.setMaximumHeight(110)
        copy = QPushButton(self.tr("Copy parameters"))
        copy.clicked.connect(self.copy_parameters)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(str(record["path"]), objectName="muted", textInteractionFlags=
                                Qt.TextInteractionFlag.TextSelectableByMouse))
        layout.addWidget(self.parameters)
        layout.addWidget(buttons)
        self.resize(720, 760)

    def copy_parameters(self) -> None:
        QGuiApplication.clipboard().setText(self.parameters.toPlainText())
