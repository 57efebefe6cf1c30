"""The training settings' texts are translated in both Chinese locales, and a translation keeps what must
not change: ``{placeholders}``, ``<tags>`` (HTML or folder patterns like ``<repeats>_<class>``), `code`
spans, option names and values (``network_dim``, ``--ss``, ``weight_decay=0.01``) and every number."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tools.i18n import LOCALES, REPO, ts_path
from tools.i18n_config import AREA, CONTEXT, catalog, expected_messages, phrase_templates

PLACEHOLDER = re.compile(r"\{\w*\}")
TAG = re.compile(r"<[^<>\s][^<>]*>")
CODE_SPAN = re.compile(r"`[^`]+`")
# an option name or value as a command line or TOML file has it: snake_case, --flag, name=value
CODE_WORD = re.compile(r"[\w.+/-]*(?:_|\w=|--\w)[\w.+/=,-]*")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _entries(locale: str) -> dict[tuple[str, str], ET.Element | None]:
    root = ET.parse(ts_path(AREA, locale)).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", "")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def _finished(translation: ET.Element | None) -> str:
    if translation is None or translation.get("type") is not None:
        return ""
    return (translation.text or "").strip()


def mismatches(source: str, translation: str) -> list[str]:
    """What *translation* lost or changed of *source*'s untranslatable parts (empty when it kept them all)."""
    problems = []
    for name, pattern in (("placeholders", PLACEHOLDER), ("tags", TAG), ("code spans", CODE_SPAN)):
        if sorted(pattern.findall(source)) != sorted(pattern.findall(translation)):
            problems.append(f"{name} differ: {pattern.findall(source)} vs {pattern.findall(translation)}")
    words = {w.strip(".,;:/-") for w in CODE_WORD.findall(source)} - {""}
    lost = sorted(w for w in words if w not in translation)
    if lost:
        problems.append(f"option names/values missing: {lost}")
    numbers = sorted(set(NUMBER.findall(source)) - set(NUMBER.findall(translation)))
    if numbers:
        problems.append(f"numbers missing: {numbers}")
    return problems


def test_the_ts_files_hold_exactly_the_current_texts() -> None:
    """A label or help changed in training/config/ needs `python tools/i18n_config.py update`."""
    expected = expected_messages()
    for locale in LOCALES:
        held = set(_entries(locale))
        assert not expected - held, f"{locale}: missing, run tools/i18n_config.py update: {expected - held}"
        assert not held - expected, f"{locale}: vanished texts still held: {held - expected}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_label_and_help_has_a_finished_translation(locale: str) -> None:
    entries = _entries(locale)
    missing = [source[:60] for key in sorted(expected_messages()) if not _finished(entries.get(key))
               for source in [key[1]]]
    assert not missing, f"{locale}: {len(missing)} config texts without a finished translation: {missing[:10]}"


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_placeholders_tags_code_and_numbers(locale: str) -> None:
    bad = {}
    for (context, source), translation in _entries(locale).items():
        text = _finished(translation)
        if context == CONTEXT and text and mismatches(source, text):
            bad[source[:50]] = mismatches(source, text)
    assert not bad, f"{locale}: {bad}"


def test_the_check_sees_lost_code_numbers_and_tags() -> None:
    source = "Folder of '<repeats>_<class>' sub-folders; set network_dim, '--ss' and 'betas=0.9,0.99' ({n} at 1e-4)."
    good = "包含 '<repeats>_<class>' 子文件夹；设置 network_dim、'--ss' 和 'betas=0.9,0.99'（{n}，1e-4）。"
    assert mismatches(source, good) == []
    bad = mismatches(source, "包含 '<重复>_<类别>' 子文件夹；设置网络维度、'--ss' 和 'betas=0.9'（{数量}，1e-3）。")
    assert [p.split(":")[0] for p in bad] == ["placeholders differ", "tags differ", "option names/values missing",
                                            "numbers missing"]


def test_the_catalog_has_every_label_help_section_and_rule_phrase() -> None:
    from desktop.widgets.config_text import section_title
    from training.config import SECTIONS, all_fields
    from training.config_fields import WHEN_PHRASES

    texts = set(catalog())
    assert {info.spec.label for info in all_fields()} <= texts
    assert {info.spec.help for info in all_fields()} <= texts
    assert {section_title(s) for s in SECTIONS} <= texts
    assert set(WHEN_PHRASES.values()) <= texts
    assert {template for template, _ in phrase_templates()} <= texts


def _calls(source: str, test) -> list:
    import ast

    tree = ast.parse((REPO / source).read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and test(node)]


def _is_phrase(node) -> bool:
    """A ``Phrase(...)`` call, or ``Phrase(...) if ... else Phrase(...)``."""
    import ast

    if isinstance(node, ast.IfExp):
        return _is_phrase(node.body) and _is_phrase(node.orelse)
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Phrase"


def test_every_validation_message_is_a_translatable_phrase() -> None:
    """Each message the validators append is a Phrase("literal template", ...), except the two that pass a
    parser's own words on (a resolution error, a block-weight plan error)."""
    import ast

    def appends(node) -> bool:
        func = node.func
        return (isinstance(func, ast.Attribute) and func.attr == "append"
                and getattr(func.value, "id", "") in ("errors", "warnings", "reasons"))

    passed_on = [ast.unparse(call.args[0]) for source in ("training/config/validation.py", "training/network_args.py")
                 for call in _calls(source, appends) if not _is_phrase(call.args[0])]
    assert sorted(passed_on) == ["f'dataset.{exc}'", "str(exc)"]


def test_job_errors_of_a_training_run_are_translatable_phrases() -> None:
    """The message and hint of every JobError (and the Folders page's Issue) in the modules of phrases.SOURCES
    are Phrases, except an exception's own words passed on and a pip command."""
    import ast

    from dataprep.phrases import SOURCES

    other = set()
    for source in SOURCES:
        for call in _calls(source, lambda n: getattr(n.func, "id", "") in ("JobError", "_model_error", "Issue")):
            # JobError(kind, message, hint), _model_error(message, hint), Issue(level, message, path)
            texts = {"JobError": call.args[1:], "_model_error": call.args, "Issue": call.args[1:2]}[call.func.id]
            other.update(ast.unparse(arg) for arg in texts if not _is_phrase(arg))
    assert other == {"str(exc)", "exception_text(exc)", "f'caption config: {exc}'", "'pip install dadaptation'", "''",
                     "hint", "message", "msg", "NOT_A_BASE_MODEL_HINT", "PICK_BASE_MODEL",
                     "unreadable_caption(caption, exc)"}  # a Phrase made in caption_io, shared with the caption job


def test_reg_grid_and_doctor_messages_are_translatable_phrases() -> None:
    """What the reg and grid jobs pass on from their helpers (a prompt file's, a grid spec's, a sampler name's or
    a NaN image's error), the grid's suggested checkpoint and the doctor's findings are Phrases too, except an
    exception's own words passed on and the doctor's shared advice."""
    import ast

    from dataprep.phrases import SOURCES

    # the call -> the arguments that hold its words: a finding's message and advice, a suggestion's reason
    texts = {"PromptError": slice(0, 1), "GridSpecError": slice(0, 1), "UnknownSamplerError": slice(0, 1),
             "NonFiniteImageError": slice(0, 1), "_problem": slice(1, 3), "Suggestion": slice(2, 3)}
    other, seen = set(), set()
    for source in SOURCES:
        for call in _calls(source, lambda n: getattr(n.func, "id", "") in texts):
            seen.add(call.func.id)
            other.update(ast.unparse(arg) for arg in call.args[texts[call.func.id]] if not _is_phrase(arg))
    assert seen == set(texts)
    assert other == {"exception_text(exc)", "REINSTALL", "advice"}


def test_warnings_of_a_training_run_are_translatable_phrases() -> None:
    """A warning written in the modules of phrases.SOURCES is a Phrase, or a message made elsewhere passed on."""
    import ast

    from dataprep.phrases import SOURCES

    def warns(node) -> bool:
        func = node.func
        return (isinstance(func, ast.Attribute) and func.attr == "warning") or getattr(func, "id", "") == "warn"

    passed_on = ast.Name | ast.Attribute | ast.Call
    plain = [f"{source}: {ast.unparse(call)}" for source in SOURCES for call in _calls(source, warns)
             if call.args and not (_is_phrase(call.args[0]) or isinstance(call.args[0], passed_on))]
    assert plain == []
