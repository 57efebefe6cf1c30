"""How the interface words a Phrase: translated when the catalog has it, the job's English otherwise."""

from __future__ import annotations

import json

import desktop.widgets.phrase_text as phrase_text
from dataprep.crops import CropStore
from dataprep.phrases import Phrase


def test_without_a_catalog_the_english_shows_also_from_json(qapp):
    phrase = Phrase("Try these, in this order: {tips}", tips=[Phrase("Lower network_dim (now {dim}).", dim=64)])
    assert phrase_text.tr_phrase(phrase) == phrase_text.tr_phrase(phrase.to_json()) == str(phrase)
    assert phrase_text.tr_phrase("a parser's own words") == "a parser's own words"
    event = {"message": str(phrase), "phrases": {"message": phrase.to_json()}, "hint": "plain"}
    assert phrase_text.event_text(event, "message") == str(phrase) and phrase_text.event_text(event, "hint") == "plain"


def test_a_translation_with_a_placeholder_of_its_own_falls_back_to_english(qapp, monkeypatch):
    monkeypatch.setattr(phrase_text, "tr_config", lambda text: "{unknown} 出错")
    assert phrase_text.tr_phrase(Phrase("{path}: base model not found.", path="m.safetensors")) == (
        "m.safetensors: base model not found.")


def test_a_crops_file_from_a_newer_danlu_is_reported_in_traditional_chinese(qapp, install_catalog, tmp_path):
    from desktop.pages.images_edits import _load

    store = CropStore(tmp_path)
    store.file.parent.mkdir(parents=True, exist_ok=True)
    store.file.write_text(json.dumps({"format_version": 99, "images": {}}), encoding="utf-8")
    assert _load(tmp_path) == f"{store.file}: written by a newer Danlu. Update Danlu to open this project."
    install_catalog("config", "zh_TW")
    assert _load(tmp_path) == f"{store.file}：由更新版本的 Danlu 寫入。請升級 Danlu 後再開啟這個專案。"
