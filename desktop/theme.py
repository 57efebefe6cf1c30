"""Look and feel: Fusion everywhere, light or dark following the platform unless the user chose."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
THEME_KEY = "appearance/theme"  # in QSettings

# shared bits of style; colours come from the palette so both themes work
STYLE_SHEET = """
QListWidget#nav { border: none; padding: 10px 8px; background: palette(alternate-base); outline: 0; }
QListWidget#nav::item { padding: 7px 10px; border-radius: 6px; margin: 1px 0; }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#nav::item:hover:!selected { background: palette(midlight); }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#emptyTitle { font-size: 14pt; font-weight: 600; }
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }
QFrame#emptyCard { background: palette(alternate-base); border: 1px solid palette(midlight); border-radius: 10px; }
QPushButton#primary { background: palette(highlight); color: palette(highlighted-text);
                      border: 1px solid palette(highlight); border-radius: 4px; padding: 4px 14px; }
QPushButton#primary:hover { border-color: palette(highlighted-text); }
QPushButton#primary:pressed { background: palette(dark); }
QPushButton#primary:disabled { background: palette(button); color: palette(placeholder-text);
                               border-color: palette(mid); }
"""


def _dark_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#26272b",
        QPalette.ColorRole.WindowText: "#e6e6e9",
        QPalette.ColorRole.Base: "#1d1e21",
        QPalette.ColorRole.AlternateBase: "#2d2e33",
        QPalette.ColorRole.ToolTipBase: "#3a3b40",
        QPalette.ColorRole.ToolTipText: "#e6e6e9",
        QPalette.ColorRole.PlaceholderText: "#8d8e96",
        QPalette.ColorRole.Text: "#e6e6e9",
        QPalette.ColorRole.Button: "#33343a",
        QPalette.ColorRole.ButtonText: "#e6e6e9",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#44454b",
        QPalette.ColorRole.Midlight: "#3a3b41",
        QPalette.ColorRole.Mid: "#2b2c31",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#0c0c0d",
        QPalette.ColorRole.Highlight: "#c8473a",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#f08a6c",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#707178"))
    return p


def _light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#c0392b"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#ecebe9"))
    p.setColor(QPalette.ColorRole.Link, QColor("#b03a2e"))
    return p


def saved_theme(settings: QSettings) -> str:
    choice = str(settings.value(THEME_KEY, "system"))
    return choice if choice in THEMES else "system"


def is_dark(choice: str = "system") -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    return QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, choice: str = "system") -> None:
    """Fusion with a light or dark palette; *choice* is one of THEMES."""
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark(choice) else _light_palette(app))
    app.setStyleSheet(STYLE_SHEET)
