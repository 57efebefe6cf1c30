"""The tiny-model kit: bundled CLIP tokenizers, tiny SD/SDXL pipelines, WD taggers and BLIP, loaded by
the real loaders, offline, and reproducible from a seed."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import numpy as np
import pytest

from dataprep.jobs import JobCancelled
from dataprep.tiny_models import build_tiny_blip, build_tiny_wd_tagger
from training import tiny_models
from training.tiny_models import KIT_VERSION, TinyModels, build_all, build_tiny_sd1, build_tiny_sdxl
from training.tokenizer_files import CLIP_BIGG, CLIP_L, bundled_tokenizer_dir, write_clip_tokenizer

# The HF fast tokenizer normalizes with NFC only, where open_clip runs ftfy: ligatures and full-width
# letters ("ﬁ", "Ａ") tokenize differently there, a difference of the libraries, not of these files.
# "!" is left out: SDXL's tokenizer_2 pads with "!", so HF splits "!!" into pad tokens there, as with the real files.
TOKENIZER_TEXTS = [
    "a photo of a cat",
    "1girl, long_hair, red scarf, :d, ^_^, (masterpiece:1.2), [blurry]",
    "Café crème — naïve résumé...",
    "日本語のテキスト、绿色的猫",
    "don't STOP believin' ... it's 3.14 o'clock",
    "emoji 😀 test\tand\nnew lines   spaces",
]


def _digests(folder: Path, pattern: str) -> dict[str, str]:
    files = sorted(p for p in folder.rglob(pattern) if p.is_file())
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def _tags(folder: Path) -> list[dict[str, str]]:
    with (folder / "selected_tags.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# --- bundled CLIP tokenizer files -----------------------------------------------------------------


@pytest.mark.parametrize("name", [CLIP_L, CLIP_BIGG])
def test_bundled_tokenizer_matches_open_clip(name: str) -> None:
    from open_clip.tokenizer import SimpleTokenizer
    from transformers import CLIPTokenizer

    tokenizer = CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(name), local_files_only=True)
    reference = SimpleTokenizer()
    assert len(tokenizer) == 49408
    assert tokenizer("a photo of a cat").input_ids == [49406, 320, 1125, 539, 320, 2368, 49407]
    for text in TOKENIZER_TEXTS:
        expected = [reference.sot_token_id, *reference.encode(text), reference.eot_token_id]
        assert tokenizer(text).input_ids == expected, text


def test_bundled_tokenizers_pad_like_sd_and_sdxl() -> None:
    from transformers import CLIPTokenizer

    clip_l = CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_L), local_files_only=True)
    clip_bigg = CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_BIGG), local_files_only=True)
    assert clip_l.model_max_length == clip_bigg.model_max_length == 77
    assert clip_l("a cat", padding="max_length", max_length=6).input_ids == [49406, 320, 2368, 49407, 49407, 49407]
    assert clip_bigg("a cat", padding="max_length", max_length=6).input_ids == [49406, 320, 2368, 49407, 0, 0]
    assert clip_l("wow!!").input_ids == [49406, 2781, 748, 49407]
    assert clip_bigg("wow!!").input_ids == [49406, 2781, 0, 0, 49407]


@pytest.mark.parametrize("name", [CLIP_L, CLIP_BIGG])
def test_regenerating_tokenizer_files_reproduces_committed_bytes(name: str, tmp_path: Path) -> None:
    written = write_clip_tokenizer(tmp_path / name, name)
    committed = bundled_tokenizer_dir(name)
    names = ["merges.txt", "special_tokens_map.json", "tokenizer_config.json", "vocab.json"]
    assert sorted(p.name for p in committed.iterdir()) == names
    for file_name in names:
        assert (written / file_name).read_bytes() == (committed / file_name).read_bytes(), file_name


def test_unknown_tokenizer_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown CLIP tokenizer"):
        write_clip_tokenizer(tmp_path, "clip-vit-huge")


# --- Stable Diffusion pipelines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "pipeline_class", "prediction_type"),
    [
        ("sd1", "StableDiffusionPipeline", "epsilon"),
        ("sd1_v", "StableDiffusionPipeline", "v_prediction"),
        ("sdxl", "StableDiffusionXLPipeline", "epsilon"),
    ],
)
def test_pipelines_load_offline_and_generate(
    tiny_models: TinyModels, field: str, pipeline_class: str, prediction_type: str
) -> None:
    import diffusers
    import torch

    pipe = getattr(diffusers, pipeline_class).from_pretrained(getattr(tiny_models, field), local_files_only=True)
    pipe.set_progress_bar_config(disable=True)
    assert pipe.scheduler.config.prediction_type == prediction_type
    image = pipe(
        "a photo of a cat",
        num_inference_steps=2,
        height=64,
        width=64,
        output_type="np",
        generator=torch.Generator().manual_seed(0),
    ).images[0]
    assert image.shape == (64, 64, 3)
    assert np.isfinite(image).all()


def test_sd1_folder_is_shaped_like_sd15(tiny_models: TinyModels) -> None:
    from diffusers import StableDiffusionPipeline

    pipe = StableDiffusionPipeline.from_pretrained(tiny_models.sd1, local_files_only=True)
    assert pipe.safety_checker is None
    assert pipe.config.requires_safety_checker is False
    assert type(pipe.scheduler).__name__ == "PNDMScheduler"
    assert pipe.scheduler.config.steps_offset == 1
    assert pipe.unet.config.cross_attention_dim == pipe.text_encoder.config.hidden_size
    assert pipe.vae.config.scaling_factor == pytest.approx(0.18215)
    assert _digests(tiny_models.sd1 / "tokenizer", "*") == _digests(bundled_tokenizer_dir(CLIP_L), "*")


def test_sdxl_folder_is_shaped_like_sdxl_base(tiny_models: TinyModels) -> None:
    from diffusers import StableDiffusionXLPipeline

    pipe = StableDiffusionXLPipeline.from_pretrained(tiny_models.sdxl, local_files_only=True)
    unet = pipe.unet.config
    assert type(pipe.scheduler).__name__ == "EulerDiscreteScheduler"
    assert pipe.scheduler.config.timestep_spacing == "leading"
    assert type(pipe.text_encoder_2).__name__ == "CLIPTextModelWithProjection"
    assert unet.addition_embed_type == "text_time"
    assert unet.cross_attention_dim == pipe.text_encoder.config.hidden_size + pipe.text_encoder_2.config.hidden_size
    assert unet.projection_class_embeddings_input_dim == (
        6 * unet.addition_time_embed_dim + pipe.text_encoder_2.config.projection_dim
    )
    assert pipe.tokenizer_2.pad_token == "!"
    assert _digests(tiny_models.sdxl / "tokenizer_2", "*") == _digests(bundled_tokenizer_dir(CLIP_BIGG), "*")


def test_same_seed_gives_identical_weights(tiny_models: TinyModels, tmp_path: Path) -> None:
    sd1 = build_tiny_sd1(tmp_path / "sd1", seed=0)
    sdxl = build_tiny_sdxl(tmp_path / "sdxl", seed=0)
    other = build_tiny_sd1(tmp_path / "other", seed=1)
    assert len(_digests(sd1, "*.safetensors")) == 3
    assert len(_digests(sdxl, "*.safetensors")) == 4
    assert _digests(sd1, "*.safetensors") == _digests(tiny_models.sd1, "*.safetensors")
    assert _digests(sdxl, "*.safetensors") == _digests(tiny_models.sdxl, "*.safetensors")
    unet = "unet/diffusion_pytorch_model.safetensors"
    assert _digests(other, unet) != _digests(sd1, unet)


def test_unknown_prediction_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="prediction_type"):
        build_tiny_sd1(tmp_path, prediction_type="sample")


def test_building_leaves_the_callers_random_state_alone(tmp_path: Path) -> None:
    import torch

    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    build_tiny_sd1(tmp_path / "sd1", seed=7)
    assert torch.equal(torch.rand(3), expected)


# --- WD taggers -------------------------------------------------------------------------------------


def test_wd_tags_csv_has_the_smilingwolf_layout(tiny_models: TinyModels) -> None:
    header = (tiny_models.wd_tagger / "selected_tags.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "tag_id,name,category,count"
    rows = _tags(tiny_models.wd_tagger)
    assert [(r["name"], r["category"]) for r in rows[:4]] == [
        ("general", "9"),
        ("sensitive", "9"),
        ("questionable", "9"),
        ("explicit", "9"),
    ]
    categories = [r["category"] for r in rows[4:]]
    assert categories == sorted(categories)  # general (0) first, characters (4) last
    general = {r["name"] for r in rows if r["category"] == "0"}
    assert {"long_hair", "red_scarf", "^_^", ":d"} <= general
    assert sum(r["category"] == "4" for r in rows) >= 2
    assert all(r["tag_id"].isdigit() and r["count"].isdigit() for r in rows)


def test_wd_tagger_v3_runs_a_batch_read_from_the_model(tiny_models: TinyModels) -> None:
    import onnxruntime as ort

    session = ort.InferenceSession(str(tiny_models.wd_tagger / "model.onnx"), providers=["CPUExecutionProvider"])
    (model_input,) = session.get_inputs()
    batch, height, width, channels = model_input.shape
    assert isinstance(batch, str)  # dynamic batch dimension, as the v3 taggers
    assert (height, width, channels) == (64, 64, 3)
    assert model_input.type == "tensor(float)"
    rng = np.random.default_rng(0)
    grey = np.full((height, width, 3), 128.0)
    red = np.broadcast_to(np.array([0.0, 0.0, 255.0]), (height, width, 3))  # BGR
    noise = rng.uniform(0, 255, (height, width, 3))
    images = np.stack([grey, red, noise]).astype(np.float32)
    (scores,) = session.run(None, {model_input.name: images})
    assert scores.shape == (3, len(_tags(tiny_models.wd_tagger)))
    assert ((scores > 0) & (scores < 1)).all()
    assert not np.allclose(scores[0], scores[1], atol=0.05)
    assert not np.allclose(scores[1], scores[2], atol=0.05)
    assert (scores[1] > 0.35).any() and (scores[1] < 0.35).any()  # a threshold selects some tags


def test_wd_tagger_v2_has_a_fixed_batch_of_one(tiny_models: TinyModels) -> None:
    import onnxruntime as ort
    from onnxruntime.capi.onnxruntime_pybind11_state import InvalidArgument

    v2 = ort.InferenceSession(str(tiny_models.wd_tagger_v2 / "model.onnx"), providers=["CPUExecutionProvider"])
    v3 = ort.InferenceSession(str(tiny_models.wd_tagger / "model.onnx"), providers=["CPUExecutionProvider"])
    (model_input,) = v2.get_inputs()
    assert model_input.shape == [1, 64, 64, 3]
    image = np.random.default_rng(1).uniform(0, 255, (1, 64, 64, 3)).astype(np.float32)
    (scores,) = v2.run(None, {model_input.name: image})
    assert scores.shape == (1, len(_tags(tiny_models.wd_tagger_v2)))
    np.testing.assert_allclose(scores, v3.run(None, {v3.get_inputs()[0].name: image})[0], rtol=1e-5)
    with pytest.raises(InvalidArgument, match="invalid dimensions"):
        v2.run(None, {model_input.name: np.concatenate([image, image])})


def test_wd_tagger_is_reproducible_and_sized_on_request(tiny_models: TinyModels, tmp_path: Path) -> None:
    import onnxruntime as ort

    same = build_tiny_wd_tagger(tmp_path / "same", seed=0)
    assert _digests(same, "*") == _digests(tiny_models.wd_tagger, "*")
    large = build_tiny_wd_tagger(tmp_path / "large", seed=0, image_size=448)
    session = ort.InferenceSession(str(large / "model.onnx"), providers=["CPUExecutionProvider"])
    assert session.get_inputs()[0].shape[1:] == [448, 448, 3]
    with pytest.raises(ValueError, match="multiple of 8"):
        build_tiny_wd_tagger(tmp_path / "odd", image_size=100)


# --- BLIP -------------------------------------------------------------------------------------------


def test_blip_loads_offline_and_captions_after_a_prefix(tiny_models: TinyModels) -> None:
    from PIL import Image
    from transformers import BlipForConditionalGeneration, BlipProcessor

    model = BlipForConditionalGeneration.from_pretrained(tiny_models.blip, local_files_only=True)
    processor = BlipProcessor.from_pretrained(tiny_models.blip, local_files_only=True)
    image = Image.new("RGB", (90, 70), (200, 40, 30))

    inputs = processor(images=image, text="a photography of", return_tensors="pt")
    assert inputs["pixel_values"].shape == (1, 3, 64, 64)
    assert processor.tokenizer.convert_ids_to_tokens(inputs["input_ids"][0].tolist()) == [
        "[CLS]",
        "a",
        "photography",
        "of",
        "[SEP]",
    ]
    prefixed = model.generate(**inputs, max_new_tokens=6)
    assert prefixed[0, 0].item() == processor.tokenizer.bos_token_id
    caption = processor.decode(prefixed[0], skip_special_tokens=True)
    assert caption.startswith("a photography of ")
    assert len(caption) > len("a photography of ")

    plain = model.generate(**processor(images=image, return_tensors="pt"), max_new_tokens=6)
    assert plain.shape[1] > 1


def test_blip_tokens_are_like_salesforce_processor(tiny_models: TinyModels) -> None:
    from transformers import BlipForConditionalGeneration, BlipProcessor

    tokenizer = BlipProcessor.from_pretrained(tiny_models.blip, local_files_only=True).tokenizer
    config = BlipForConditionalGeneration.from_pretrained(tiny_models.blip, local_files_only=True).config.text_config
    assert tokenizer.bos_token == "[DEC]"
    assert "[ENC]" in tokenizer.all_special_tokens
    assert (tokenizer.cls_token, tokenizer.sep_token, tokenizer.pad_token) == ("[CLS]", "[SEP]", "[PAD]")
    assert config.bos_token_id == tokenizer.bos_token_id
    assert config.sep_token_id == tokenizer.sep_token_id
    assert config.vocab_size == len(tokenizer)
    assert "[UNK]" not in tokenizer.tokenize("a woman with long red hair sitting on a bench, photographed")


def test_blip_is_reproducible(tiny_models: TinyModels, tmp_path: Path) -> None:
    again = build_tiny_blip(tmp_path / "blip", seed=0)
    assert _digests(again, "*.safetensors") == _digests(tiny_models.blip, "*.safetensors")


# --- the cached kit ---------------------------------------------------------------------------------


def test_build_all_reuses_a_current_kit(tiny_models: TinyModels) -> None:
    stamp = tiny_models.sd1.parent / "KIT_VERSION"
    assert stamp.read_text(encoding="utf-8").strip() == KIT_VERSION
    before = stamp.stat().st_mtime_ns, _digests(tiny_models.sd1, "*")
    assert build_all(tiny_models.sd1.parent.parent) == tiny_models
    assert (stamp.stat().st_mtime_ns, _digests(tiny_models.sd1, "*")) == before


def test_build_all_never_reuses_a_half_built_or_outdated_kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(dest: Path, seed: int = 0) -> Path:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(tiny_models, "build_tiny_blip", interrupted)
        with pytest.raises(KeyboardInterrupt):
            build_all(tmp_path, seed=3)
    assert list(tmp_path.iterdir()) == []  # the partial build was removed, nothing was renamed into place

    outdated = tmp_path / "seed3"
    (outdated / "sd1").mkdir(parents=True)
    (outdated / "KIT_VERSION").write_text("0\n", encoding="utf-8")
    kit = build_all(tmp_path, seed=3)
    assert kit == TinyModels.in_dir(outdated)
    assert (outdated / "KIT_VERSION").read_text(encoding="utf-8").strip() == KIT_VERSION
    assert all(Path(path).is_dir() and any(Path(path).iterdir()) for path in vars(kit).values())
    assert [p.name for p in tmp_path.iterdir()] == ["seed3"]


def test_build_all_reports_each_model_and_a_cancel_leaves_nothing(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def quick(dest: Path, seed: int = 0, **_options: object) -> Path:  # the builders' own output is tested above
        Path(dest).mkdir(parents=True)
        return Path(dest)

    for name in ("build_tiny_sd1", "build_tiny_sdxl", "build_tiny_wd_tagger", "build_tiny_blip",
                 "build_tiny_open_clip"):
        monkeypatch.setattr(tiny_models, name, quick)
    calls: list[tuple[str, int, int]] = []
    kit = build_all(tmp_path / "a", progress=lambda model, done, total: calls.append((model, done, total)))
    assert calls == [("sd1", 0, 7), ("sd1_v", 1, 7), ("sdxl", 2, 7), ("wd_tagger", 3, 7), ("wd_tagger_v2", 4, 7),
                     ("blip", 5, 7), ("open_clip", 6, 7), ("", 7, 7)]
    assert tiny_models.is_current(kit.sd1.parent)

    def cancel(model: str, done: int, total: int) -> None:
        if done == 3:
            raise JobCancelled  # what the demo-models job's cancel check raises

    with pytest.raises(JobCancelled):
        build_all(tmp_path / "b", progress=cancel)
    assert list((tmp_path / "b").iterdir()) == []
