"""Line icons from resources/icons, drawn in the palette's text colour so they suit light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from resources import resource_path

ICON_PX = 64  # rendered once at this size; Qt scales it down for menus and lists


@lru_cache(maxsize=64)
def _render(name: str, color: str) -> QPixmap:
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(ICON_PX, ICON_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon *name* (a file in resources/icons without .svg), tinted *color* or the text colour."""
    if color is None:
        from PySide6.QtWidgets import QApplication

        color = QApplication.palette().windowText().color()
    return QIcon(_render(name, color.name()))


def app_icon() -> QIcon:
    return QIcon(_render("danlu", "#000000"))
