"""The trainer's-eye preview: what the text encoder will read for this image on a few training steps.

It calls :mod:`dataprep.caption_transforms`, the functions the trainer runs on every step (shuffle,
keep_tokens and its separator, caption and tag dropout), then cuts at the token limit as the
text encoder does. Settings come from the controls (remembered), or from a run's ``run.toml``.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dataprep import caption_transforms
from dataprep.caption_tokens import TokenCounter
from dataprep.caption_transforms import CaptionOptions, TokenSplit
from dataprep.project import Project
from dataprep.tomlio import ConfigFileError
from desktop.pages.captions_editor import TOKEN_LIMITS
from desktop.widgets.config_text import tr_config
from training.config import field_index, load_config
from training.run_folders import run_files

SETTINGS_GROUP = "captions/preview"


@dataclass(frozen=True)
class Sample:
    """One step's caption: the text, the tags held in place, and the token cut (None: not counted)."""

    text: str
    fixed: frozenset[str]
    split: TokenSplit | None
    dropped: tuple[str, ...]  # tags of the caption this step leaves out (tag dropout)


class TrainerPreview(QWidget):
    """``limit_changed(max_tokens)`` so the editor's token meter uses the same limit."""

    limit_changed = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.caption = ""
        self.counter: TokenCounter | None = None
        self.project: Project | None = None
        self._loading = False
        self._every_n_epochs = 0  # no control of its own; taken from a run's settings
        fields = field_index()
        self._defaults = {name: info.default for name, info in fields.items()}
        specs = {name: info.spec for name, info in fields.items()}

        self.source = QComboBox()
        self.source.setToolTip(self.tr("Take the caption settings of a training run, or set them here"))
        self.source.activated.connect(self._source_chosen)
        self.shuffle = QCheckBox(tr_config(specs["shuffle_caption"].label))
        self.keep_tokens = QSpinBox()
        self.keep_tokens.setRange(0, int(specs["keep_tokens"].max or 255))
        self.separator = QLineEdit()
        self.separator.setPlaceholderText(self.tr("none, e.g. |||"))
        self.separator.setMaximumWidth(110)
        self.caption_dropout = self._rate_box()
        self.tag_dropout = self._rate_box()
        self.max_tokens = QComboBox()
        for n in TOKEN_LIMITS:
            self.max_tokens.addItem(self.tr("{n} tokens").format(n=n), n)
        self.samples = QSpinBox()
        self.samples.setRange(1, 32)
        self.samples.setValue(6)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.reroll = QPushButton(self.tr("Reroll"))
        self.reroll.setToolTip(self.tr("Draw other random steps"))
        self.reroll.clicked.connect(lambda: self.seed.setValue((self.seed.value() + 1) % 1_000_000))
        for widget, name in ((self.shuffle, "shuffle_caption"), (self.keep_tokens, "keep_tokens"),
                             (self.separator, "keep_tokens_separator"), (self.caption_dropout, "caption_dropout_rate"),
                             (self.tag_dropout, "caption_tag_dropout_rate"), (self.max_tokens, "max_token_length")):
            widget.setToolTip(tr_config(specs[name].help))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Settings"), self.source)
        form.addRow(self.shuffle)
        form.addRow(tr_config(specs["keep_tokens"].label), self.keep_tokens)
        form.addRow(tr_config(specs["keep_tokens_separator"].label), self.separator)
        form.addRow(tr_config(specs["caption_dropout_rate"].label), self.caption_dropout)
        form.addRow(tr_config(specs["caption_tag_dropout_rate"].label), self.tag_dropout)
        form.addRow(tr_config(specs["max_token_length"].label), self.max_tokens)
        draws = QHBoxLayout()
        draws.addWidget(self.samples)
        draws.addSpacing(6)
        draws.addWidget(QLabel(self.tr("Seed")))
        draws.addWidget(self.seed, 1)
        draws.addWidget(self.reroll)
        form.addRow(self.tr("Steps"), draws)
        self.hint = QLabel(objectName="muted")
        self.hint.setWordWrap(True)
        self.output = QTextBrowser(objectName="previewOutput")
        self.output.setOpenLinks(False)
        legend = QLabel(self.tr("<b>bold</b>: held in front (keep_tokens) · <s>struck</s>: past the token limit, "
                                "unseen"), objectName="muted")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.output, 1)
        layout.addWidget(legend)
        self._restore()

        for signal in (self.shuffle.toggled, self.keep_tokens.valueChanged, self.separator.textChanged,
                       self.caption_dropout.valueChanged, self.tag_dropout.valueChanged, self.samples.valueChanged,
                       self.seed.valueChanged, self.max_tokens.currentIndexChanged):
            signal.connect(self._changed)
        self.max_tokens.currentIndexChanged.connect(lambda _i: self.limit_changed.emit(self.limit()))
        self._fill_sources()

    @staticmethod
    def _rate_box() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        return box

    # ---- settings
    def options(self) -> CaptionOptions:
        return CaptionOptions(
            shuffle_caption=self.shuffle.isChecked(),
            keep_tokens=self.keep_tokens.value(),
            keep_tokens_separator=self.separator.text(),
            caption_dropout_rate=self.caption_dropout.value(),
            caption_dropout_every_n_epochs=self._every_n_epochs,
            caption_tag_dropout_rate=self.tag_dropout.value(),
        )

    def limit(self) -> int:
        return int(self.max_tokens.currentData())

    def set_options(self, opts: CaptionOptions, max_tokens: int | None = None, remember: bool = True) -> None:
        self._loading = True
        self.shuffle.setChecked(opts.shuffle_caption)
        self.keep_tokens.setValue(opts.keep_tokens)
        self.separator.setText(opts.keep_tokens_separator)
        self.caption_dropout.setValue(opts.caption_dropout_rate)
        self.tag_dropout.setValue(opts.caption_tag_dropout_rate)
        self._every_n_epochs = opts.caption_dropout_every_n_epochs
        if max_tokens is not None and max_tokens in TOKEN_LIMITS:
            self.max_tokens.setCurrentIndex(TOKEN_LIMITS.index(max_tokens))
        self._loading = False
        if remember:
            self._save()
        self.render()
        self.limit_changed.emit(self.limit())

    def _restore(self) -> None:
        """The settings last used here; the trainer's defaults the first time."""
        s, d = self.settings, self._defaults
        s.beginGroup(SETTINGS_GROUP)
        try:
            opts = CaptionOptions(
                shuffle_caption=str(s.value("shuffle_caption", d["shuffle_caption"])).lower() == "true",
                keep_tokens=int(s.value("keep_tokens", d["keep_tokens"])),
                keep_tokens_separator=str(s.value("keep_tokens_separator", d["keep_tokens_separator"])),
                caption_dropout_rate=float(s.value("caption_dropout_rate", d["caption_dropout_rate"])),
                caption_dropout_every_n_epochs=int(s.value("caption_dropout_every_n_epochs", 0)),
                caption_tag_dropout_rate=float(s.value("caption_tag_dropout_rate", d["caption_tag_dropout_rate"])),
            )
            max_tokens = int(s.value("max_token_length", d["max_token_length"]))
        except (TypeError, ValueError):  # a hand-edited settings file
            opts, max_tokens = CaptionOptions(), TOKEN_LIMITS[0]
        s.endGroup()
        self.set_options(opts, max_tokens, remember=False)

    def _save(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        for key, value in vars(self.options()).items():
            s.setValue(key, value)
        s.setValue("max_token_length", self.limit())
        s.endGroup()

    # ---- runs
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._fill_sources()

    def _runs(self) -> list[Path]:
        return run_files(self.project.runs_dir) if self.project is not None else []

    def _fill_sources(self) -> None:
        self.source.clear()
        self.source.addItem(self.tr("Set here"), None)
        for path in self._runs():
            self.source.addItem(self.tr("Run “{name}”").format(name=path.parent.name), str(path))

    def _source_chosen(self, index: int) -> None:
        path = self.source.itemData(index)
        if not path:
            return
        try:
            cfg = load_config(Path(path))
        except (ConfigFileError, OSError) as exc:
            self.hint.setText(str(exc))
            return
        ds = cfg.dataset
        opts = CaptionOptions(
            shuffle_caption=ds.shuffle_caption,
            keep_tokens=ds.keep_tokens,
            keep_tokens_separator=ds.keep_tokens_separator,
            caption_dropout_rate=ds.caption_dropout_rate,
            caption_dropout_every_n_epochs=ds.caption_dropout_every_n_epochs,
            caption_tag_dropout_rate=ds.caption_tag_dropout_rate,
        )
        self.set_options(opts, cfg.model.max_token_length)

    # ---- samples
    def set_caption(self, caption: str) -> None:
        if caption != self.caption:
            self.caption = caption
            self.render()

    def set_counter(self, counter: TokenCounter | None) -> None:
        self.counter = counter
        self.render()

    def _changed(self) -> None:
        if self._loading:
            return
        self._save()
        self.render()

    def draw_samples(self) -> list[Sample]:
        """What the trainer's transform gives on *samples* steps (seeded, so the same every time)."""
        opts = self.options()
        head, flex, tail = caption_transforms.split_fixed(self.caption, opts)
        fixed = frozenset(head + tail) if opts.touches_tags else frozenset()
        out = []
        for k in range(self.samples.value()):
            rng = random.Random(f"preview-{self.seed.value()}-{k}")
            text = caption_transforms.transform_caption(self.caption, opts, rng, epoch=k + 1)
            tags = caption_transforms.split_tags(text)
            split = caption_transforms.truncate_to_tokens(tags, self.counter, self.limit()) if self.counter else None
            kept = set(tags)
            dropped = tuple(t for t in flex if t not in kept) if text else ()
            out.append(Sample(text, fixed, split, dropped))
        return out

    def render(self) -> None:
        opts = self.options()
        hint = ""
        if (opts.keep_tokens or opts.keep_tokens_separator) and not opts.touches_tags:
            hint = self.tr("Keep N tags has no effect without shuffle or tag dropout: the caption is used as it is.")
        elif opts.keep_tokens_separator and opts.keep_tokens_separator not in self.caption and self.caption:
            hint = self.tr("This caption has no “{separator}”: the first {n} tags are held.").format(
                separator=opts.keep_tokens_separator, n=opts.keep_tokens)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if not self.caption.strip():
            self.output.setHtml("<p style='color:gray'>" + html.escape(
                self.tr("This image has no caption: the trainer uses an empty one.")) + "</p>")
            return
        rows = []
        for n, sample in enumerate(self.draw_samples(), 1):
            rows.append(f"<tr><td style='color:gray; padding-right:6px' valign='top'>{n}</td>"
                        f"<td style='padding-bottom:6px'>{self._sample_html(sample)}</td></tr>")
        self.output.setHtml(f"<table cellspacing='0'>{''.join(rows)}</table>")

    @staticmethod
    def _sample_html(sample: Sample) -> str:
        if not sample.text:
            empty = QCoreApplication.translate("TrainerPreview", "(empty: caption dropout)")
            return f"<i style='color:gray'>{html.escape(empty)}</i>"
        kept = sample.split.kept if sample.split is not None else caption_transforms.split_tags(sample.text)
        cut = sample.split.cut if sample.split is not None else []
        parts = [f"<b>{html.escape(t)}</b>" if t in sample.fixed else html.escape(t) for t in kept]
        parts += [f"<s style='color:#c0392b'>{html.escape(t)}</s>" for t in cut]
        dropped = ", ".join(html.escape(t) for t in sample.dropped)
        if not dropped:
            return ", ".join(parts)
        note = QCoreApplication.translate("TrainerPreview", "dropped: {tags}").format(tags=dropped)
        return ", ".join(parts) + f" <span style='color:gray'>· {note}</span>"
