"""Tiny random captioning models in the exact on-disk formats of the real ones, for offline tests.

``build_tiny_wd_tagger`` writes a folder like SmilingWolf's WD taggers (``model.onnx`` +
``selected_tags.csv``); ``build_tiny_blip`` writes a ``save_pretrained`` folder like
Salesforce/blip-image-captioning-base. Weights come from a seed: the same seed gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from dataprep.fsutil import atomic_write_bytes, atomic_write_text

# (name, category): ratings (9) first, then general tags (0), then characters (4), as in selected_tags.csv.
WD_RATING_TAGS = ("general", "sensitive", "questionable", "explicit")
WD_GENERAL_TAGS = (
    "1girl", "solo", "long_hair", "short_hair", "looking_at_viewer", "smile", "open_mouth", "blush",
    "blue_eyes", "brown_hair", "black_hair", "red_scarf", "scarf", "shirt", "white_shirt", "dress",
    "hat", "glasses", "holding", "sitting", "standing", "upper_body", "outdoors", "sky", "cloud",
    "day", "tree", "flower", "simple_background", "white_background", "no_humans", "scenery", "cat",
    "animal_focus", "star_(symbol)", "^_^", ":d", ":3", ">_<", ";)",
)  # fmt: skip
WD_CHARACTER_TAGS = ("hatsune_miku", "hakurei_reimu", "saber_(fate)")

_WD_NAMES = {False: ("input", "output"), True: ("input_1:0", "predictions_sigmoid")}  # v3 / v2 (fixed batch)
_WD_GRID = 8  # the image is average-pooled to an 8x8 grid before the linear layer


def _wd_rows() -> list[tuple[int, str, int, int]]:
    """(tag_id, name, category, count) rows; counts fall with rank like the real file's."""
    named = (
        [(name, 9) for name in WD_RATING_TAGS]
        + [(name, 0) for name in WD_GENERAL_TAGS]
        + [(name, 4) for name in WD_CHARACTER_TAGS]
    )
    rows = []
    for i, (name, category) in enumerate(named):
        tag_id = 9999999 - i if category == 9 else 1000 + 37 * i
        rows.append((tag_id, name, category, 5_000_000 // (i + 1)))
    return rows


def _wd_graph(n_tags: int, image_size: int, fixed_batch: bool, seed: int) -> bytes:
    from onnx import TensorProto, helper, numpy_helper

    if image_size % _WD_GRID:
        raise ValueError(f"image_size must be a multiple of {_WD_GRID}, got {image_size}")
    rng = np.random.default_rng(seed)
    features = 3 * _WD_GRID * _WD_GRID
    # Flat grey scores low on every tag; colourful or contrasty images light up different subsets.
    weight = rng.normal(0.0, 4.0 / np.sqrt(features), size=(features, n_tags)).astype(np.float32)
    bias = rng.normal(-2.0, 0.5, size=(n_tags,)).astype(np.float32)
    pool = image_size // _WD_GRID
    input_name, output_name = _WD_NAMES[fixed_batch]
    batch: int | str = 1 if fixed_batch else "batch_size"
    nodes = [
        helper.make_node("Transpose", [input_name], ["nchw"], perm=[0, 3, 1, 2]),
        helper.make_node("Mul", ["nchw", "scale"], ["scaled"]),
        helper.make_node("Sub", ["scaled", "one"], ["centered"]),  # 0..255 -> -1..1
        helper.make_node("AveragePool", ["centered"], ["pooled"], kernel_shape=[pool, pool], strides=[pool, pool]),
        helper.make_node("Flatten", ["pooled"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "weight"], ["projected"]),
        helper.make_node("Add", ["projected", "bias"], ["logits"]),
        helper.make_node("Sigmoid", ["logits"], [output_name]),
    ]
    initializers = [
        numpy_helper.from_array(np.array(1.0 / 127.5, dtype=np.float32), "scale"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
        numpy_helper.from_array(weight, "weight"),
        numpy_helper.from_array(bias, "bias"),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny_wd_tagger",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, [batch, image_size, image_size, 3])],
        [helper.make_tensor_value_info(output_name, TensorProto.FLOAT, [batch, n_tags])],
        initializers,
    )
    model = helper.make_model(graph, producer_name="danlu-tiny", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8  # readable by every onnxruntime Danlu supports
    return model.SerializeToString()


def build_tiny_wd_tagger(dest: Path, seed: int = 0, image_size: int = 64, fixed_batch: bool = False) -> Path:
    """A WD-tagger folder: NHWC float32 BGR 0-255 input, sigmoid output per ``selected_tags.csv`` row.

    ``fixed_batch=False`` mimics the v3 taggers (dynamic batch), ``True`` the v2 ones (batch 1)."""
    dest = Path(dest)
    rows = _wd_rows()
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(("tag_id", "name", "category", "count"))
    writer.writerows(rows)
    atomic_write_text(dest / "selected_tags.csv", table.getvalue())
    atomic_write_bytes(dest / "model.onnx", _wd_graph(len(rows), image_size, fixed_batch, seed))
    return dest


# BLIP's captions, lower-cased words; single letters and "##" letters let any ASCII word tokenize.
_BLIP_WORDS = (
    "a", "an", "the", "of", "with", "and", "in", "on", "at", "near", "by", "is", "are", "there", "two",
    "three", "some", "this", "its", "her", "his", "photography", "photo", "picture", "painting", "drawing",
    "illustration", "close", "up", "view", "front", "background", "woman", "man", "girl", "boy", "person",
    "people", "child", "cat", "dog", "bird", "horse", "car", "bike", "tree", "trees", "flower", "flowers",
    "house", "building", "city", "street", "road", "beach", "sea", "ocean", "sky", "mountain", "field",
    "grass", "water", "snow", "table", "chair", "room", "window", "door", "wall", "bed", "red", "blue",
    "green", "yellow", "white", "black", "brown", "pink", "orange", "gray", "long", "short", "hair", "eyes",
    "sitting", "standing", "holding", "wearing", "looking", "smiling", "walking", "dress", "shirt", "hat",
    "scarf", "glasses", "small", "large", "young", "old", "camera", "top", "next",
)  # fmt: skip
_BLIP_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_BLIP_IMAGE_SIZE = 64


def _blip_vocab() -> list[str]:
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)]
    pieces = [f"##{p}" for p in (*letters, "s", "ing", "ed", "er")]
    punctuation = list(".,'!?-:;()")
    words = list(dict.fromkeys([*_BLIP_WORDS, *letters, *punctuation, *pieces]))
    return list(_BLIP_SPECIALS) + words


def build_tiny_blip(dest: Path, seed: int = 0) -> Path:
    """A BLIP captioning folder (model + processor) that ``from_pretrained(dest, local_files_only=True)`` loads."""
    import torch
    from transformers import (
        BertTokenizer,
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    dest = Path(dest)
    vocab = _blip_vocab()
    tokenizer = BertTokenizer(vocab={token: i for i, token in enumerate(vocab)}, model_max_length=512)
    # Salesforce's processor adds [DEC] (bos, starts every caption) and [ENC] after BERT's vocabulary.
    tokenizer.add_special_tokens({"bos_token": "[DEC]", "additional_special_tokens": ["[ENC]"]})
    image_processor = BlipImageProcessor(size={"height": _BLIP_IMAGE_SIZE, "width": _BLIP_IMAGE_SIZE})
    processor = BlipProcessor(image_processor=image_processor, tokenizer=tokenizer)

    hidden = 32
    config = BlipConfig(
        text_config={
            "vocab_size": len(tokenizer),
            "hidden_size": hidden,
            "encoder_hidden_size": hidden,
            "intermediate_size": 64,
            "projection_dim": hidden,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "max_position_embeddings": 64,
            "bos_token_id": tokenizer.bos_token_id,
            "eos_token_id": tokenizer.sep_token_id,
            "pad_token_id": tokenizer.pad_token_id,
            "sep_token_id": tokenizer.sep_token_id,
        },
        vision_config={
            "hidden_size": hidden,
            "intermediate_size": 64,
            "projection_dim": hidden,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "image_size": _BLIP_IMAGE_SIZE,
            "patch_size": 16,
        },
        projection_dim=hidden,
        image_text_hidden_size=hidden,
    )
    torch.manual_seed(seed)
    model = BlipForConditionalGeneration(config).eval()
    model.save_pretrained(dest)
    processor.save_pretrained(dest)
    return dest


TINY_OPEN_CLIP = {
    "embed_dim": 32,
    "vision_cfg": {"image_size": 64, "layers": 2, "width": 64, "patch_size": 16, "head_width": 32},
    "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 2},
}


def build_tiny_open_clip(dest: Path, seed: int = 0) -> Path:
    """An open_clip model as open_clip's ``local-dir:`` loader reads it (config + safetensors), random
    weights. Its text tower takes the real CLIP vocabulary, so prompts tokenize as with ViT-L/14."""
    import json

    import open_clip
    import torch
    from safetensors.torch import save_file

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = open_clip.model.CLIP(**TINY_OPEN_CLIP)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(dest / "open_clip_model.safetensors"))
    config = {"model_cfg": TINY_OPEN_CLIP, "preprocess_cfg": {}}
    atomic_write_text(dest / "open_clip_config.json", json.dumps(config))
    return dest
