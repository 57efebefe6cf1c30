"""Every user-visible string in desktop/ goes through Qt's translation system.

The check reads the source: a string literal or f-string given as the text of a widget, action, dialog,
tooltip or combo item must be wrapped in ``self.tr(...)``/``QCoreApplication.translate(...)`` (or marked
with ``QT_TRANSLATE_NOOP`` where it is defined). Strings that reach Qt through a variable cannot be seen
here; the rule for them is to wrap where they are written.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tools.i18n import AREAS, REPO, area_files

DESKTOP_FILES = sorted((REPO / "desktop").rglob("*.py"))

# Methods whose first positional argument is text shown to the user.
TEXT_METHODS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "addItem", "insertItem", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "addAction", "addMenu", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "showMessage", "setFormat", "setButtonText", "setItemText", "setCancelButtonText", "addRow",
}
# Constructors whose first positional argument is text.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QCommandLinkButton",
}
# QMessageBox/QInputDialog/QFileDialog statics: (parent, title, text, ...) → arguments 1 and 2.
DIALOG_STATICS = {
    "warning", "critical", "information", "question", "about", "getText", "getInt", "getDouble",
    "getItem", "getExistingDirectory", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
}
LOCAL_HELPERS = {"tr", "_tr"}  # module functions that call QCoreApplication.translate with their argument
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "statusTip", "caption"}


def _is_visible_literal(node: ast.AST) -> bool:
    """A literal with a letter in it, or an f-string/concatenation/%-format built from one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_visible_literal(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _is_visible_literal(node.left) or _is_visible_literal(node.right)
    return False


def _text_args(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    args: list[ast.AST] = []
    if name in TEXT_METHODS or name in TEXT_CLASSES:
        args += call.args[:1]
    if name in DIALOG_STATICS and isinstance(func, ast.Attribute):
        args += call.args[1:3]
    if name in TEXT_METHODS or name in TEXT_CLASSES or name in DIALOG_STATICS:
        args += [kw.value for kw in call.keywords if kw.arg in TEXT_KEYWORDS]
    return args


def unwrapped_strings(path: Path) -> list[str]:
    """`file:line: text` for every user-visible literal that is not wrapped for translation."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        # lupdate reads only self.tr / translate / QT_*_NOOP: a literal given to a helper of our own never
        # reaches the catalog (mark it with QT_TRANSLATE_NOOP where it is written)
        helper = isinstance(node.func, ast.Name) and node.func.id in LOCAL_HELPERS
        for arg in node.args[:1] if helper else _text_args(node):
            if _is_visible_literal(arg):
                where = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
                found.append(f"{where}:{arg.lineno}: {ast.unparse(arg)[:70]}")
    return found


@pytest.mark.parametrize("path", DESKTOP_FILES, ids=lambda p: str(p.relative_to(REPO / "desktop")))
def test_user_visible_strings_are_wrapped_for_translation(path: Path) -> None:
    found = unwrapped_strings(path)
    assert not found, "wrap these in self.tr(...) / QCoreApplication.translate(...):\n" + "\n".join(found)


def test_the_check_sees_unwrapped_text(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "def f(w, n):\n"
        "    QLabel('Images')\n"
        "    w.setToolTip(f'{n} images')\n"
        "    QMessageBox.warning(w, 'Cannot save', w.tr('Disk full'))\n"
        "    w.setText(w.tr('Fine'))\n"
        "    w.setObjectName('not shown')\n"
        "    def tr(text):\n"
        "        return QCoreApplication.translate('Ctx', text)\n"
        "    w.setText(tr('now:'))\n",
        encoding="utf-8",
    )
    found = sorted(f.split(": ", 1)[1] for f in unwrapped_strings(sample))
    assert found == ["'Cannot save'", "'Images'", "'now:'", "f'{n} images'"]


def test_every_desktop_file_belongs_to_one_translation_area() -> None:
    owners: dict[Path, list[str]] = {p: [] for p in DESKTOP_FILES}
    for area in AREAS:
        for p in area_files(area):
            owners.setdefault(p, []).append(area)
    wrong = {str(p.relative_to(REPO)): areas for p, areas in owners.items() if len(areas) != 1}
    assert not wrong, f"each desktop file must be in exactly one area of tools/i18n.py AREAS: {wrong}"
