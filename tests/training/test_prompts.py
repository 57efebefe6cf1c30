"""sd-scripts prompt files and the reg prompt sources."""

from __future__ import annotations

import json

import pytest

from dataprep.caption_io import write_caption
from training.prompts import (
    PromptError,
    PromptSpec,
    caption_prompts,
    class_prompts,
    format_prompt_line,
    parse_prompt_line,
    read_prompt_file,
    strip_identity,
)


def test_every_option_of_a_prompt_line():
    spec, warnings = parse_prompt_line(
        "1girl, red scarf, snowing --n lowres, bad hands --w 896 --h 1152 --d 42 --l 5.5 --s 30 --ss DPM++ 2M Karras"
    )
    assert spec == PromptSpec(
        "1girl, red scarf, snowing",
        negative_prompt="lowres, bad hands",
        width=896,
        height=1152,
        seed=42,
        scale=5.5,
        steps=30,
        sampler="dpmsolver++_karras",
    )
    assert warnings == []


def test_options_are_case_insensitive_and_optional():
    spec, _ = parse_prompt_line("a dog --W 640 --S 2000")
    assert spec == PromptSpec("a dog", width=640, steps=1000)  # sd-scripts clamps steps to 1000
    assert parse_prompt_line("just a prompt")[0] == PromptSpec("just a prompt")


def test_unknown_options_are_warned_about_and_ignored():
    spec, warnings = parse_prompt_line("a cat --cn control.png --l 7", "p.txt line 3")
    assert spec == PromptSpec("a cat", scale=7.0)
    assert warnings == ["p.txt line 3: option --cn is not supported here and is ignored."]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("a cat --w wide", r"p.txt line 1: --w needs a whole number \(got 'wide'\)"),
        ("a cat --l high", r"--l needs a number, the CFG scale"),
        ("a cat --l nan", r"--l needs a number, the CFG scale \(got 'nan'\)"),
        ("a cat --l -inf", r"--l needs a number, the CFG scale \(got '-inf'\)"),
        ("a cat --s 0", r"--s must be 1 or more"),
        ("a cat --ss magic", r"unknown sampler 'magic'"),
        ("--n only a negative", r"no prompt before them"),
    ],
)
def test_bad_values_name_the_line(line, message):
    with pytest.raises(PromptError, match=message):
        parse_prompt_line(line, "p.txt line 1")


def test_format_round_trips():
    spec = PromptSpec(
        "1girl, smiling",
        negative_prompt="lowres",
        width=512,
        height=768,
        seed=7,
        scale=7.5,
        steps=20,
        sampler="euler_a",
    )
    line = format_prompt_line(spec)
    assert line == "1girl, smiling --n lowres --w 512 --h 768 --d 7 --l 7.5 --s 20 --ss euler_a"
    assert parse_prompt_line(line)[0] == spec


def test_prompt_txt_file_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "prompts.txt"
    path.write_text(
        "# sample prompts\n\nohwx woman, smiling --d 1\n  # indented comment\nohwx woman, outdoors --zz 1\n",
        encoding="utf-8",
    )
    result = read_prompt_file(path)
    assert result.prompts == [PromptSpec("ohwx woman, smiling", seed=1), PromptSpec("ohwx woman, outdoors")]
    assert result.warnings == [f"{path} line 5: option --zz is not supported here and is ignored."]


def test_prompt_file_errors_name_the_file(tmp_path):
    with pytest.raises(PromptError, match="prompt file not found"):
        read_prompt_file(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(PromptError, match="holds no prompts"):
        read_prompt_file(empty)
    bad = tmp_path / "bad.txt"
    bad.write_text("ok\na cat --d x\n", encoding="utf-8")
    with pytest.raises(PromptError, match=r"bad.txt line 2: --d needs a whole number"):
        read_prompt_file(bad)


def test_sd_scripts_toml_and_json_prompt_files(tmp_path):
    toml = tmp_path / "prompts.toml"
    toml.write_text(
        "[prompt]\nwidth = 640\nscale = 6.0\nsample_steps = 20\n\n"
        '[[prompt.subset]]\nprompt = "a woman"\nseed = 3\n\n'
        '[[prompt.subset]]\nprompt = "a man"\nwidth = 768\nsample_sampler = "k_euler_a"\n',
        encoding="utf-8",
    )
    assert read_prompt_file(toml).prompts == [
        PromptSpec("a woman", width=640, seed=3, scale=6.0, steps=20),
        PromptSpec("a man", width=768, scale=6.0, steps=20, sampler="euler_a"),
    ]
    js = tmp_path / "prompts.json"
    js.write_text(json.dumps([{"prompt": "a dog", "negative_prompt": "blurry", "height": 768}]), encoding="utf-8")
    assert read_prompt_file(js).prompts == [PromptSpec("a dog", negative_prompt="blurry", height=768)]
    js.write_text('[{"prompt": "a dog", "scale": NaN}]', encoding="utf-8")
    with pytest.raises(PromptError, match=r"scale needs a number, the CFG scale \(got 'nan'\)"):
        read_prompt_file(js)
    js.write_text(json.dumps({"prompt": "not a list"}), encoding="utf-8")
    with pytest.raises(PromptError, match="holds a list"):
        read_prompt_file(js)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("ohwx woman, smiling, red scarf", "woman, smiling, red scarf"),
        ("ohwx, smiling", "woman, smiling"),  # the class takes the identifier's place
        ("a photo of ohwx in the snow", "a photo of woman in the snow"),
        ("a photo of OHWX woman, earrings", "a photo of woman, earrings"),
        ("smiling, outdoors", "woman, smiling, outdoors"),  # the class is added when missing
        ("ohwxy, ohwx_style, woman", "ohwxy, ohwx_style, woman"),  # only the whole identifier goes
        ("woman, ohwx, ohwx woman, smiling", "woman, smiling"),
        ("", "woman"),
    ],
)
def test_strip_identity(caption, expected):
    assert strip_identity(caption, "ohwx", "woman") == expected


def test_strip_identity_drops_listed_identity_tags():
    caption = "ohwx, 1girl, mole under eye, Blue_Eyes, long hair, earrings"
    assert (
        strip_identity(caption, "ohwx", "1girl", ["mole under eye", "blue eyes", " "]) == "1girl, long hair, earrings"
    )


def test_caption_prompts_one_per_image(tmp_path):
    for name, caption in [("a.png", "ohwx woman, smiling"), ("b.png", None), ("c.png", "ohwx, mole, beach")]:
        (tmp_path / name).write_bytes(b"")
        if caption is not None:
            write_caption(tmp_path / name.replace(".png", ".txt"), caption)
    images = sorted(tmp_path.glob("*.png"))
    prompts = caption_prompts(images, ".txt", "ohwx", "woman", ["mole"])
    assert [p.prompt for p in prompts] == ["woman, smiling", "woman", "woman, beach"]


def test_caption_prompts_refuse_non_utf8_captions(tmp_path):
    (tmp_path / "a.png").write_bytes(b"")
    (tmp_path / "a.txt").write_bytes("café".encode("cp1252"))
    with pytest.raises(PromptError, match="not a UTF-8 text file"):
        caption_prompts([tmp_path / "a.png"], ".txt", "ohwx", "woman")


def test_class_prompt():
    assert class_prompts("  1girl ") == [PromptSpec("1girl")]
    with pytest.raises(PromptError, match="class prompt is empty"):
        class_prompts(" ")


@pytest.mark.parametrize(("name", "text"), [
    ("prompts.json", json.dumps([{"prompt": "a dog", "width": 768}])),
    ("prompts.toml", '[prompt]\nwidth = 768\n[[prompt.subset]]\nprompt = "a dog"\n'),
    ("prompts.txt", "# Windows Notepad\r\na dog --w 768\r\n"),
])
def test_prompt_files_saved_with_a_byte_order_mark(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert read_prompt_file(path).prompts == [PromptSpec("a dog", width=768)]


@pytest.mark.parametrize("name", ["prompts.txt", "prompts.json"])
def test_a_prompt_file_that_cannot_be_read_is_a_prompt_error(tmp_path, monkeypatch, name):
    """Not a crash reported as a bug in Danlu: the training job's error names the file."""
    path = tmp_path / name
    path.write_text("a dog\n", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    monkeypatch.setattr(type(path), "read_text", lambda self, *a, **k: refuse(self))
    with pytest.raises(PromptError, match=rf"{name}: cannot be read \(Permission denied\)"):
        read_prompt_file(path)
