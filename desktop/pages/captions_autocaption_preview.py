"""Auto-caption's preview: what a caption run would change on a few images (:func:`preview_changes`),
rendered as HTML with the tags it adds marked and the tags it drops struck out (tags compare as the
caption job compares them). Nothing is written."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dataprep.caption_job import CaptionChange, CaptionOptions, preview_changes
from dataprep.model_registry import ModelFileError, ModelUnavailableError
from dataprep.phrases import exception_text
from dataprep.wd_tags import tag_match_key
from desktop.widgets.phrase_text import tr_phrase


def tag_diff(old: str | None, new: str, separator: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """The new caption's tags, each with whether it is new, and the old tags the new caption drops;
    tags compare as the caption job compares them (``long_hair`` is ``long hair``)."""
    sep = separator.strip() or ","
    old_tags = [t.strip() for t in (old or "").split(sep) if t.strip()]
    new_tags = [t.strip() for t in new.split(sep) if t.strip()]
    old_keys = {tag_match_key(t) for t in old_tags}
    new_keys = {tag_match_key(t) for t in new_tags}
    return [(t, tag_match_key(t) not in old_keys) for t in new_tags], [t for t in old_tags if
                                                                       tag_match_key(t) not in new_keys]


ADDED = "<span style='background:#d4f5d4;color:#14601d'>"  # a tag the new caption adds
REMOVED = "<s style='color:#c0392b'>"  # a tag it drops
ACTION_TEXT = {"write": QT_TRANSLATE_NOOP("AutoCaptionDialog", "changes"),
               "unchanged": QT_TRANSLATE_NOOP("AutoCaptionDialog", "no change"),
               "skip": QT_TRANSLATE_NOOP("AutoCaptionDialog", "skipped (has a caption)"),
               "error": QT_TRANSLATE_NOOP("AutoCaptionDialog", "error")}  # translated where shown
NO_FILE = QT_TRANSLATE_NOOP("AutoCaptionDialog", "no caption file")
EMPTY = QT_TRANSLATE_NOOP("AutoCaptionDialog", "empty")
NOW = QT_TRANSLATE_NOOP("AutoCaptionDialog", "now:")  # the caption on disk
NEW = QT_TRANSLATE_NOOP("AutoCaptionDialog", "new:")  # the one the run would write


def preview_html(changes: list[CaptionChange], separator: str) -> str:
    """One block per image: its current caption (dropped tags struck out) and the new one (added tags marked)."""
    def tr(text: str) -> str:
        return html.escape(QCoreApplication.translate("AutoCaptionDialog", text))

    parts = []
    for change in changes:
        action = tr(ACTION_TEXT[change.action])
        head = f"<b>{html.escape(change.image.name)}</b> <span style='color:#888'>· {action}</span>"
        if change.action == "error":
            parts.append(f"<p>{head}<br><span style='color:#c0392b'>{html.escape(tr_phrase(change.error))}</span></p>")
            continue
        added, removed = tag_diff(change.old, change.new, separator)
        gone = {tag_match_key(t) for t in removed}
        sep = html.escape(separator)
        if change.old is None:
            now = f"<i style='color:#888'>{tr(NO_FILE)}</i>"
        elif not change.old.strip():
            now = f"<i style='color:#888'>{tr(EMPTY)}</i>"
        else:
            now = sep.join(
                f"{REMOVED}{html.escape(t)}</s>" if tag_match_key(t) in gone else html.escape(t)
                for t in (t.strip() for t in change.old.split(separator.strip() or ",")) if t
            )  # fmt: skip
        new = sep.join(
            f"{ADDED}{html.escape(t)}</span>" if is_new else html.escape(t)
            for t, is_new in added
        )
        if change.action in ("skip", "unchanged"):
            parts.append(f"<p>{head}<br>{now}</p>")
        else:
            parts.append(f"<p>{head}<br><span style='color:#888'>{tr(NOW)}</span> {now}<br>"
                         f"<span style='color:#888'>{tr(NEW)}</span> {new}</p>")
    return "".join(parts)


def preview_or_message(images: list[Path], options: CaptionOptions) -> list[CaptionChange] | str:
    """preview_changes, its failures as the message to show (runs on the thread pool)."""
    try:
        return preview_changes(images, options)
    except (ModelUnavailableError, ModelFileError, ValueError, OSError, RuntimeError) as exc:
        return tr_phrase(exception_text(exc))
