"""The generated training form: every field of the trainer's config, edited through its widget, round-trips
through run.toml; `When` rules grey fields out with the reason; the trainer's validation shows inline."""

from __future__ import annotations

from typing import Any

import pytest
import tomllib
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.widgets.config_form import TABS, ConfigForm, tab_of
from desktop.widgets.config_form_editors import (
    BoolEditor,
    ChoiceEditor,
    ListEditor,
    NumberEditor,
    SpinEditor,
    TextEditor,
)
from desktop.widgets.config_form_row import esc
from desktop.widgets.config_form_validation import check
from training.config import TrainConfig, all_fields, config_from_dict, dumps_config
from training.config_fields import FieldInfo

FIELDS = all_fields()


@pytest.fixture(scope="module")
def shared_form(qapp):
    """One form for the module (building 74 rows costs ~0.3 s); each test starts it from the defaults."""
    form = ConfigForm()
    form.resize(900, 700)
    form.show()
    yield form
    form.close()
    form.deleteLater()


@pytest.fixture
def form(qtbot, shared_form: ConfigForm) -> ConfigForm:
    shared_form.search.clear()
    shared_form.changed_button.setChecked(False)
    shared_form.set_simple(True)
    shared_form.set_config(TrainConfig())
    return shared_form


def other_value(info: FieldInfo) -> Any:
    """A valid value of *info* that is not its default (the default itself when no other exists)."""
    spec = info.spec
    if spec.choices is not None:
        others = [c for c in spec.choices if c != info.default]
        return others[-1] if others else (None if info.optional and info.default is not None else info.default)
    if info.type is bool:
        return not info.default
    if info.type is int:
        lo = int(spec.min) if spec.min is not None else 0
        hi = int(spec.max) if spec.max is not None else 1000
        if info.default is None:
            return hi if hi > 2**31 else min(hi, lo + 3)  # a seed above 2**31 exercises the big-number editor
        return info.default + 1 if info.default < hi else info.default - 1
    if info.type is float:
        lo = spec.min if spec.min is not None else 0.0
        hi = spec.max if spec.max is not None else 10.0
        for candidate in (2.5e-05, 0.25, (lo + hi) / 2):
            if lo <= candidate <= hi and candidate != info.default:
                return candidate
    if info.type is list:
        return ["weight_decay=0.1", "betas=(0.9, 0.99)"]
    if info.spec.widget:
        return "/data/some folder/model"
    return "edited 字"


def type_text(qtbot, widget, text: str) -> None:
    """Key presses for *text*; QTest only knows ASCII keys, so other characters come as text-only events."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def type_value(qtbot, editor, value: Any) -> None:
    """Change *editor* the way a user does (keys, clicks, the spin box's and combo's own signals)."""
    if isinstance(editor, BoolEditor):
        if editor.box.isChecked() != value:
            qtbot.mouseClick(editor.box, Qt.MouseButton.LeftButton)
    elif isinstance(editor, SpinEditor):
        editor.spin.setValue(editor.unset if value is None else value)
    elif isinstance(editor, ChoiceEditor):
        editor.combo.setCurrentIndex(editor.choices.index(value))
    elif isinstance(editor, NumberEditor):
        editor.edit.selectAll()
        qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(editor.edit, "" if value is None else repr(value))
    elif isinstance(editor, ListEditor):
        editor.edit.setPlainText("\n".join(value))
    elif isinstance(editor, TextEditor):
        editor.edit.selectAll()
        qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
        type_text(qtbot, editor.edit, value or "")
    else:
        raise AssertionError(f"no way to type into {type(editor).__name__}")


def test_every_field_has_a_row_on_exactly_one_tab(form: ConfigForm):
    assert list(form.rows) == [info.key for info in FIELDS]
    for info in FIELDS:
        assert tab_of(info) in TABS
        row = form.rows[info.key]
        assert row.label.text() == info.spec.label
        assert esc(info.spec.help) in row.editor.toolTip()


@pytest.mark.parametrize("info", FIELDS, ids=lambda info: info.key)
def test_field_shows_its_default_and_an_edit_round_trips_through_toml(qtbot, form: ConfigForm, info: FieldInfo):
    row = form.rows[info.key]
    assert row.editor.value() == info.default
    assert not row.changed_from_default and row.reset.isHidden()

    new = other_value(info)
    for rule in info.spec.when:  # a user makes the field apply before editing it
        form.set_value(rule.key, _holding_values(form, rule)[0])
    form.reveal(info.key)  # clicks and keys reach only a shown widget
    type_value(qtbot, row.editor, new)
    assert row.editor.problem() == ""
    assert form.value(info.key) == new
    assert form.config().get(info.key) == new
    reread = config_from_dict(tomllib.loads(dumps_config(form.config())), "form")
    assert reread.get(info.key) == new
    if new != info.default:
        assert row.changed_from_default and row.label.font().bold() and not row.reset.isHidden()
        qtbot.mouseClick(row.reset, Qt.MouseButton.LeftButton)
        assert form.value(info.key) == info.default and row.editor.value() == info.default
        assert not row.changed_from_default


def test_set_config_fills_every_editor(form: ConfigForm):
    cfg = TrainConfig()
    for info in FIELDS:
        setattr(getattr(cfg, info.section), info.name, other_value(info))
    form.set_config(cfg)
    for info in FIELDS:
        assert form.rows[info.key].editor.value() == cfg.get(info.key), info.key
    assert form.config() == cfg


def _holding_values(form: ConfigForm, rule) -> tuple[Any, Any]:
    """(a value of the rule's field that makes it hold, one that does not)."""
    info = form.rows[rule.key].info
    if rule.values:
        other = next(c for c in info.spec.choices if c not in rule.values)
        hold, fail = rule.values[0], other
    else:
        truthy = {bool: True, int: 2, str: "/some/folder", float: 1.0}[info.type]
        if info.spec.max is not None and truthy > info.spec.max:  # e.g. an EMA decay below 1
            truthy = info.spec.max
        falsy = None if info.optional else {bool: False, int: 0, str: "", float: 0.0}[info.type]
        hold, fail = truthy, falsy
    return (fail, hold) if rule.negate else (hold, fail)


@pytest.mark.parametrize("info", [i for i in FIELDS if i.spec.when], ids=lambda info: info.key)
def test_field_is_disabled_with_the_reason_while_its_rule_does_not_hold(form: ConfigForm, info: FieldInfo):
    row = form.rows[info.key]
    for rule in info.spec.when:
        hold, fail = _holding_values(form, rule)
        form.set_value(rule.key, fail)
        assert not row.editor.isEnabled()
        assert not row.applies
        label = form.rows[rule.key].info.spec.label
        assert f"Applies when '{label}'" in row.note.text()
        form.set_value(rule.key, hold)
    assert row.editor.isEnabled() and row.applies
    assert "Applies when" not in row.note.text()


def test_lr_cycles_apply_only_to_cosine_with_restarts(form: ConfigForm):
    row = form.rows["schedule.lr_scheduler_num_cycles"]
    assert not row.editor.isEnabled()
    assert "'LR scheduler' is 'cosine_with_restarts'" in row.note.text()
    form.set_value("schedule.lr_scheduler", "cosine_with_restarts")
    assert row.editor.isEnabled() and row.note.isHidden()


def test_cross_field_errors_show_on_every_field_they_name(form: ConfigForm):
    form.set_value("model.pretrained_model_name_or_path", "models/sd15")
    form.set_value("dataset.train_data_dir", "train/img")
    assert not form.has_errors()
    form.set_value("dataset.color_aug", True)
    form.set_value("schedule.lr_warmup_steps", 0.1)
    errors = [m for m in form.messages() if m.level == "error"]
    assert len(errors) == 2
    latents, warmup = errors
    assert latents.keys[:2] == ("dataset.cache_latents", "dataset.color_aug")
    assert warmup.keys[0] == "schedule.lr_warmup_steps" and "schedule.lr_scheduler" in warmup.keys
    for key in ("dataset.cache_latents", "dataset.color_aug"):
        assert "cannot be combined with color_aug" in form.rows[key].note.text()
    assert "has no warmup" in form.rows["schedule.lr_warmup_steps"].note.text()
    form.set_value("dataset.cache_latents", False)
    form.set_value("schedule.lr_scheduler", "constant_with_warmup")
    assert not form.has_errors()
    assert form.rows["dataset.color_aug"].note.isHidden()


def test_warnings_are_shown_but_do_not_stop_a_run(form: ConfigForm):
    form.set_value("model.pretrained_model_name_or_path", "models/sd15")
    form.set_value("dataset.train_data_dir", "train/img")
    form.set_value("dataset.keep_tokens", 1)
    (warning,) = form.messages()
    assert warning.level == "warning" and warning.keys[0] == "dataset.keep_tokens"
    assert not form.has_errors()
    assert "no effect without shuffle_caption" in form.rows["dataset.keep_tokens"].note.text()


def test_text_that_is_no_number_is_an_error_and_keeps_the_last_value(qtbot, form: ConfigForm):
    row = form.rows["optimizer.learning_rate"]
    row.editor.edit.selectAll()
    qtbot.keyClicks(row.editor.edit, "fast")
    assert form.value("optimizer.learning_rate") == 1e-4
    assert "'fast' is not a number" in row.note.text()
    assert any(m.keys == ("optimizer.learning_rate",) and m.level == "error" for m in form.messages())
    row.editor.edit.selectAll()
    qtbot.keyClicks(row.editor.edit, "20")
    assert "from 0 to 10" in row.note.text()
    row.editor.edit.selectAll()
    qtbot.keyClicks(row.editor.edit, "5e-5")
    assert form.value("optimizer.learning_rate") == 5e-5
    assert row.editor.problem() == "" and row.note.isHidden()


def test_validation_messages_show_in_the_interface_language(install_catalog):
    """A Phrase's template is looked up in the config catalog and filled in; the fields it names stay found."""
    cfg = TrainConfig()
    cfg.noise.min_timestep, cfg.noise.max_timestep = 900, 100
    english = {m.text: m for m in check(cfg)}
    assert "noise.min_timestep (900) must be below noise.max_timestep (100)." in english
    install_catalog("config", "zh_CN")
    message = next(m for m in check(cfg) if m.keys[0] == "noise.min_timestep")
    assert message.text == "noise.min_timestep（900）必须小于 noise.max_timestep（100）。"
    assert message.keys == ("noise.min_timestep", "noise.max_timestep") and message.level == "error"


def test_simple_view_shows_only_simple_fields_and_all_settings_shows_all(form: ConfigForm):
    simple = [i.key for i in FIELDS if i.spec.simple]
    assert form.simple and form.visible_keys() == simple
    assert not form.tabs.isTabVisible(TABS.index("Advanced"))
    form.set_simple(False)
    assert form.visible_keys() == [i.key for i in FIELDS]
    assert form.tabs.isTabVisible(TABS.index("Advanced"))
    assert all(tab_of(i) == "Advanced" for i in FIELDS if tab_of(i) not in ("Saving", "Accelerate", "Samples")
               and not i.spec.simple)


def test_search_finds_fields_by_name_label_or_help_on_every_tab(qtbot, form: ConfigForm):
    qtbot.keyClicks(form.search, "warmup")
    shown = form.visible_keys()
    assert "schedule.lr_warmup_steps" in shown  # by name, although the simple view hides it
    assert all("warmup" in f"{form.rows[k].info.key} {form.rows[k].info.spec.label} {form.rows[k].info.spec.help}"
               .casefold() for k in shown)
    assert form.tabs.tabText(TABS.index("Advanced")).startswith("Advanced (")
    form.search.clear()
    qtbot.keyClicks(form.search, "Don't upscale")
    assert form.visible_keys() == ["dataset.bucket_no_upscale"]
    assert form.current_tab() == "Advanced"
    qtbot.keyClicks(form.search, " nothing like this")
    assert form.visible_keys() == []
    assert form.no_match.isVisibleTo(form)


def test_changed_only_filter(form: ConfigForm):
    form.set_simple(False)
    form.set_value("network.network_dim", 32)
    form.set_value("saving.save_precision", "bf16")
    form.changed_button.setChecked(True)
    assert form.visible_keys() == ["network.network_dim", "saving.save_precision"] == form.changed_keys()


def test_reveal_leaves_the_simple_view_for_a_hidden_field_and_shows_its_help(form: ConfigForm):
    form.reveal("dataset.bucket_reso_steps")
    assert not form.simple and form.current_tab() == "Advanced"
    assert "dataset.bucket_reso_steps" in form.help.text()
    assert "Applies" not in form.help.text()
    form.set_value("dataset.enable_bucket", False)
    form.reveal("dataset.bucket_reso_steps")
    assert "it applies when 'Aspect-ratio buckets' is set" in form.help.text()
