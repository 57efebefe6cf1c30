"""The generated reference pages match the settings' declarations (tools/gen_docs.py)."""

from __future__ import annotations

import pytest

from tools import gen_docs
from training.config import all_fields
from training.config_fields import setting
from training.config_import import GUI_SPECIAL, SD_SCRIPTS_SPECIAL

PATHS = [gen_docs.DOCS / "parameters.md", *(gen_docs.DOCS / loc / "parameters.md" for loc in gen_docs.LOCALES),
         gen_docs.KOHYA_PAGE]


@pytest.fixture(scope="module")
def pages():
    return gen_docs.pages()


def test_the_generator_writes_these_pages(pages):
    assert sorted(pages) == sorted(PATHS)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: str(p.relative_to(gen_docs.REPO)))
def test_committed_page_is_current(pages, path):
    current = path.read_text(encoding="utf-8") if path.exists() else None
    assert current == pages[path], (
        f"{path.relative_to(gen_docs.REPO)} is out of date with training/config, training/config_import.py or "
        f"resources/i18n/config.*.ts: run `.venv/bin/{gen_docs.COMMAND}` and commit the result"
    )


def test_every_setting_has_a_row_in_every_language(pages):
    for path, text in pages.items():
        if path.name == "parameters.md":
            rows = [line for line in text.splitlines() if line.startswith("| `")]
            assert [row.split("`")[1] for row in rows] == [info.name for info in all_fields()], path


def test_chinese_pages_use_the_catalogs_and_keep_keys(pages):
    """Labels and help come from resources/i18n/config.<locale>.ts; keys, values and TOML names stay."""
    info = next(i for i in all_fields() if i.key == "network.network_dim")
    for locale in ("zh_CN", "zh_TW"):
        catalog = gen_docs.translations("config", locale, "config")
        page = pages[gen_docs.DOCS / locale / "parameters.md"]
        row = next(line for line in page.splitlines() if line.startswith("| `network_dim` |"))
        assert catalog[info.spec.label] in row and catalog[info.spec.help] in row
        assert info.spec.label not in row and "`[network]`" in page


def test_translated_rule_words_drop_the_quotes_around_the_key():
    lang = gen_docs._Language("zh_CN")
    info = next(i for i in all_fields() if i.key == "dataset.min_bucket_reso")
    text = gen_docs._rule(info.spec.when[0], lang)
    assert text.startswith("`dataset.enable_bucket`") and "“" not in text


def test_kohya_page_lists_every_special_key_and_setting(pages):
    text = pages[gen_docs.KOHYA_PAGE]
    for key in [*SD_SCRIPTS_SPECIAL, *GUI_SPECIAL]:
        assert f"| `{key}` |" in text
    for info in all_fields():
        assert f"[`{info.key}`]" in text


def test_markdown_cells_are_escaped():
    assert gen_docs.cell("a|b <c> *d*\nnext") == "a\\|b &lt;c&gt; \\*d\\* next"
    assert gen_docs.toml_value([True, "x"]) == '[true, "x"]' and gen_docs.toml_value(1e-4) == "0.0001"


def test_kohya_page_says_where_each_setting_comes_from(pages):
    lines = pages[gen_docs.KOHYA_PAGE].splitlines()
    row = {info.key: next(line for line in lines if f"[`{info.key}`]" in line) for info in all_fields()}
    assert row["network.network_dim"].startswith("| `network_dim` | same |")
    assert row["network.dylora_block_size"].startswith("| `network_args` `block_size=…` |")
    assert row["launch.num_processes"].startswith("| `accelerate launch --num_processes` |")
    assert row["schedule.stop_text_encoder_training_pct"].startswith("| — (kohya_ss GUI only) | `stop_text_")
    for key in ("precision.cuda_graphs", "optimizer.text_encoder_lr2", "logging.loss_average_window"):
        assert row[key].startswith("| — (Danlu only) | — |"), key


def test_network_args_settings_are_ones_the_importer_reads_from_network_args():
    """The importer takes a network_args entry only for a [network] setting."""
    for info in all_fields():
        if info.spec.origin == "network_args":
            assert info.section == "network", info.key


def test_a_setting_of_unknown_origin_is_refused():
    with pytest.raises(ValueError, match="origin 'kohya'"):
        setting(0, "Label", "Help.", origin="kohya")
