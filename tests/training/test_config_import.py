"""Importing sd-scripts TOML and kohya_ss GUI JSON configs."""

from __future__ import annotations

import json

import pytest

from dataprep.tomlio import ConfigFileError
from training.config import field_index, validate
from training.config_import import (
    GUI_RENAMES,
    GUI_SPECIAL,
    SD_SCRIPTS_SPECIAL,
    _gui_special,
    _Importer,
    _sd_scripts_special,
    import_kohya_gui_json,
    import_sd_scripts_toml,
    keep_sample_prompts,
)
from training.prompts import read_prompt_file

SD_SCRIPTS_TOML = """
pretrained_model_name_or_path = "/models/sd15"
train_data_dir = "/data/img"
reg_data_dir = "/data/reg"
output_dir = "/out"
output_name = "shs"
resolution = "512,768"
network_module = "networks.lora"
network_dim = 32
network_alpha = 16
learning_rate = 1e-4
unet_lr = 1e-4
text_encoder_lr = 5e-5
optimizer_type = "AdamW8bit"
optimizer_args = ["weight_decay=0.1"]
lr_scheduler = "cosine_with_restarts"
lr_scheduler_num_cycles = 3
lr_warmup_steps = 50
max_train_epochs = 10
save_every_n_epochs = 2
mixed_precision = "bf16"
save_precision = "fp16"
cache_latents = true
shuffle_caption = true
keep_tokens = 1
caption_extension = ".txt"
clip_skip = 2
xformers = true
seed = 42
noise_offset = 0.05
log_with = "tensorboard"

[extra]
max_token_length = 225
"""


def test_sd_scripts_toml_maps_supported_keys_and_lists_the_rest(tmp_path):
    path = tmp_path / "sd.toml"
    path.write_text(SD_SCRIPTS_TOML, encoding="utf-8")
    result = import_sd_scripts_toml(path)
    cfg = result.config
    assert cfg.model.pretrained_model_name_or_path == "/models/sd15" and cfg.model.clip_skip == 2
    assert cfg.dataset.resolution == "512,768" and cfg.dataset.shuffle_caption and cfg.dataset.keep_tokens == 1
    assert (cfg.network.network_dim, cfg.network.network_alpha) == (32, 16.0)
    assert cfg.optimizer.optimizer_type == "AdamW8bit" and cfg.optimizer.optimizer_args == ["weight_decay=0.1"]
    assert cfg.optimizer.text_encoder_lr == 5e-5
    assert (cfg.schedule.lr_scheduler, cfg.schedule.lr_scheduler_num_cycles) == ("cosine_with_restarts", 3)
    assert cfg.schedule.lr_warmup_steps == 50 and cfg.schedule.max_train_epochs == 10 and cfg.schedule.seed == 42
    assert cfg.precision.mixed_precision == "bf16" and cfg.saving.save_every_n_epochs == 2
    assert cfg.model.max_token_length == 225  # keys inside tables count too, as sd-scripts flattens them
    assert cfg.noise.noise_offset == 0.05
    assert any(i.startswith("log_with") for i in result.ignored)
    assert any("xformers" in n for n in result.notes)
    validate(cfg)


def test_sd_scripts_unsupported_network_and_bad_values_are_listed(tmp_path):
    path = tmp_path / "sd.toml"
    path.write_text('network_module = "networks.dylora"\nnetwork_dim = "big"\nuse_8bit_adam = true\n', encoding="utf-8")
    result = import_sd_scripts_toml(path)
    assert any(i.startswith("network_module = 'networks.dylora'") for i in result.ignored)
    assert any(i.startswith("network_dim = 'big'") and "whole number" in i for i in result.ignored)
    assert result.config.network.network_dim == 8 and result.config.optimizer.optimizer_type == "AdamW8bit"


GUI_JSON = {
    "LoRA_type": "Standard",
    "pretrained_model_name_or_path": "runwayml/stable-diffusion-v1-5",
    "train_data_dir": "C:/lora/img",
    "reg_data_dir": "",
    "output_dir": "C:/lora/model",
    "logging_dir": "C:/lora/log",
    "output_name": "hina",
    "max_resolution": "512,512",
    "train_batch_size": 2,
    "epoch": 10,
    "max_train_epochs": "",
    "max_train_steps": "",
    "save_every_n_epochs": 1,
    "mixed_precision": "fp16",
    "save_precision": "fp16",
    "seed": "1234",
    "learning_rate": 0.0001,
    "unet_lr": 0.0001,
    "text_encoder_lr": 5e-05,
    "lr_scheduler": "cosine",
    "lr_warmup": 10,
    "optimizer": "AdamW8bit",
    "optimizer_args": "weight_decay=0.01 betas=0.9,0.99",
    "network_dim": 8,
    "network_alpha": 1,
    "cache_latents": True,
    "cache_latents_to_disk": False,
    "caption_extension": ".txt",
    "enable_bucket": True,
    "min_bucket_reso": 256,
    "max_bucket_reso": 2048,
    "bucket_no_upscale": True,
    "clip_skip": "2",
    "max_token_length": "75",
    "keep_tokens": "0",
    "stop_text_encoder_training": 80,
    "xformers": "xformers",
    "gradient_checkpointing": False,
    "color_aug": False,
    "flip_aug": False,
    "noise_offset_type": "Multires",
    "noise_offset": 0.1,
    "adaptive_noise_scale": 0,
    "multires_noise_iterations": 6,
    "multires_noise_discount": 0,
    "max_data_loader_n_workers": "0",
    "additional_parameters": "",
    "sdxl": False,
}


def test_kohya_gui_json(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps(GUI_JSON), encoding="utf-8")
    result = import_kohya_gui_json(path)
    cfg = result.config
    assert cfg.dataset.resolution == "512,512" and cfg.dataset.train_batch_size == 2
    assert cfg.dataset.reg_data_dir is None  # "" in the GUI = no regularization folder
    assert cfg.schedule.max_train_epochs == 10 and cfg.schedule.seed == 1234
    assert cfg.schedule.lr_warmup_steps == pytest.approx(0.1)  # 10% of the steps
    assert cfg.schedule.stop_text_encoder_training_pct == 80
    assert cfg.optimizer.optimizer_type == "AdamW8bit"
    assert cfg.optimizer.optimizer_args == ["weight_decay=0.01", "betas=0.9,0.99"]
    assert cfg.model.clip_skip == 2 and cfg.dataset.max_bucket_reso == 2048 and cfg.dataset.bucket_no_upscale
    assert cfg.saving.output_dir == "C:/lora/model" and cfg.logging.logging_dir == "C:/lora/log"
    assert result.ignored == []  # defaults are not listed
    # only the chosen noise type's values count; the GUI's discount 0 means the default 0.3
    assert (cfg.noise.multires_noise_iterations, cfg.noise.multires_noise_discount) == (6, 0.3)
    assert cfg.noise.noise_offset is None and cfg.noise.adaptive_noise_scale is None
    assert any("lr_warmup 10%" in n for n in result.notes)
    validate(cfg)


def test_kohya_gui_max_train_epochs_wins_over_epoch(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"epoch": 10, "max_train_epochs": "4"}), encoding="utf-8")
    assert import_kohya_gui_json(path).config.schedule.max_train_epochs == 4
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ConfigFileError, match="JSON object"):
        import_kohya_gui_json(path)


def test_sd_scripts_per_text_encoder_rates(tmp_path):
    listed = tmp_path / "listed.toml"
    listed.write_text("text_encoder_lr = [3e-5, 1e-5]\n", encoding="utf-8")
    cfg = import_sd_scripts_toml(listed).config
    assert (cfg.optimizer.text_encoder_lr, cfg.optimizer.text_encoder_lr2) == (3e-5, 1e-5)
    named = tmp_path / "named.toml"
    named.write_text("text_encoder_lr1 = 4e-5\ntext_encoder_lr2 = 2e-5\n", encoding="utf-8")
    result = import_sd_scripts_toml(named)
    assert (result.config.optimizer.text_encoder_lr, result.config.optimizer.text_encoder_lr2) == (4e-5, 2e-5)
    assert not result.ignored


def test_sd_scripts_lycoris_network_args(tmp_path):
    path = tmp_path / "sd.toml"
    path.write_text('pretrained_model_name_or_path = "/m"\ntrain_data_dir = "/d"\n'
                    'network_module = "lycoris.kohya"\nnetwork_dim = 16\n'
                    'network_args = ["algo=loha", "preset=attn-mlp", "conv_dim=4", "conv_alpha=2", '
                    '"use_tucker=True", "dora_wd=False", "rank_dropout=0.1", "factor=8", "algo2"]\n', encoding="utf-8")
    result = import_sd_scripts_toml(path)
    net = result.config.network
    assert (net.network_module, net.algo, net.preset) == ("lycoris.kohya", "loha", "attn-mlp")
    assert (net.conv_dim, net.conv_alpha, net.use_tucker, net.dora_wd, net.rank_dropout) == (4, 2.0, True, False, 0.1)
    assert sorted(i.split(":")[0] for i in result.ignored) == ["network_args algo2 = 'algo2'",
                                                               "network_args factor = '8'"]
    validate(result.config)
    dylora = tmp_path / "dylora.toml"
    dylora.write_text('network_module = "lycoris.kohya"\nnetwork_dim = 8\n'
                      'network_args = ["algo=dylora", "block_size=\\"2\\""]\n', encoding="utf-8")
    net = import_sd_scripts_toml(dylora).config.network
    assert (net.algo, net.dylora_block_size) == ("dylora", 2)


@pytest.mark.parametrize(("lora_type", "module", "algo", "conv_dim"), [
    ("Standard", "networks.lora", "locon", 0),  # the GUI does not pass a Standard LoRA's conv rank
    ("Kohya LoCon", "networks.lora", "locon", 4),
    ("LoCon", "lycoris.kohya", "locon", 4),
    ("LyCORIS/LoKr", "lycoris.kohya", "lokr", 4),
])
def test_kohya_gui_lora_types(tmp_path, lora_type, module, algo, conv_dim):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"LoRA_type": lora_type, "LyCORIS_preset": "full", "conv_dim": 4, "conv_alpha": 1}),
                    encoding="utf-8")
    result = import_kohya_gui_json(path)
    net = result.config.network
    assert (net.network_module, net.algo, net.preset, net.conv_dim) == (module, algo, "full", conv_dim)
    assert not result.ignored


@pytest.mark.parametrize("lora_type, block_size", [("LyCORIS/DyLoRA", 8), ("Standard", 4), ("LyCORIS/LoHa", 4)])
def test_kohya_gui_dylora_unit_is_the_block_size_and_left_out_elsewhere(tmp_path, lora_type, block_size):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"LoRA_type": lora_type, "unit": 8, "network_dim": 16}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    assert result.config.network.dylora_block_size == block_size
    assert not result.ignored


def test_kohya_gui_unsupported_lora_type_and_preset_are_listed(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"LoRA_type": "LyCORIS/BOFT", "LyCORIS_preset": "light"}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    assert [i.split(" = ")[0] for i in result.ignored] == ["LoRA_type", "LyCORIS_preset"]
    assert result.config.network.network_module == "networks.lora"


def test_kohya_gui_dadaptation_optimizer_becomes_sd_scripts_name(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"optimizer": "DAdaptation"}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    assert result.config.optimizer.optimizer_type == "DAdaptAdamPreprint" and not result.ignored


# values that make each special rule fire (some fire only for one value: None, 0, a list, "DAdaptation")
PROBES = (True, False, 0, 1, "x", "none", "Standard", "DAdaptation", "default", None, [1e-5, 2e-5])
# keys import_kohya_gui_json reads before the key-by-key mapping (their behaviour is tested above)
GUI_READ_FIRST = {"noise_offset_type", "multires_noise_discount", "max_train_epochs", "conv_dim", "conv_alpha", "unit",
                  "unet_lr"}


def _handled(special, key: str) -> bool:
    return any(special(_Importer("probe.toml"), key, value) for value in PROBES)


def test_the_documented_special_keys_are_exactly_the_handled_ones():
    """docs/from-kohya.md's import tables come from SD_SCRIPTS_SPECIAL and GUI_SPECIAL: they must not drift."""
    keys = set(field_index()) | set(GUI_JSON) | set(SD_SCRIPTS_SPECIAL) | set(GUI_SPECIAL) | set(GUI_RENAMES)
    keys |= {"use_8bit_adam", "log_with", "network_args", "LoRA_type"}
    assert {k for k in keys if _handled(_sd_scripts_special, k)} == set(SD_SCRIPTS_SPECIAL)
    gui = set(GUI_RENAMES) | set(SD_SCRIPTS_SPECIAL) | (set(GUI_SPECIAL) - GUI_READ_FIRST)
    assert {k for k in keys if _handled(_gui_special, k)} == gui
    assert set(GUI_SPECIAL) >= GUI_READ_FIRST and not set(GUI_SPECIAL) & set(GUI_RENAMES)



@pytest.mark.parametrize(("spelling", "name"), [
    ("adamw8bit", "AdamW8bit"), ("ADAMW", "AdamW"), ("bitsandbytes.optim.AdamW8bit", "AdamW8bit"),
    ("prodigyopt.Prodigy", "Prodigy"), ("prodigy", "Prodigy"), ("dadaptation.DAdaptAdam", "DAdaptAdam"),
    ("dadaptation.experimental.DAdaptAdamPreprint", "DAdaptAdamPreprint"), ("torch.optim.AdamW", "AdamW"),
    ("lion_pytorch.Lion", "Lion"), ("DAdaptation", "DAdaptAdamPreprint"),
])
def test_optimizer_names_are_read_as_sd_scripts_reads_them(tmp_path, spelling, name):
    """sd-scripts lower-cases optimizer_type and loads a dotted name's class: these all train that optimizer."""
    toml = tmp_path / "sd.toml"
    toml.write_text(f'optimizer_type = "{spelling}"\n', encoding="utf-8")
    result = import_sd_scripts_toml(toml)
    assert result.config.optimizer.optimizer_type == name and not result.ignored
    gui = tmp_path / "gui.json"
    gui.write_text(json.dumps({"optimizer": spelling}), encoding="utf-8")
    result = import_kohya_gui_json(gui)
    assert result.config.optimizer.optimizer_type == name and not result.ignored


def test_an_optimizer_danlu_lacks_is_listed(tmp_path):
    path = tmp_path / "sd.toml"
    path.write_text('optimizer_type = "PagedAdamW8bit"\n', encoding="utf-8")
    result = import_sd_scripts_toml(path)
    assert result.config.optimizer.optimizer_type == "AdamW"
    assert [i.split(" = ")[0] for i in result.ignored] == ["optimizer_type"]


def test_kohya_gui_optimizer_args_lose_their_double_quotes(tmp_path):
    """kohya_ss presets quote each word ("d0=1e-5"); it drops the quotes before splitting, and so does the import."""
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"optimizer": "Prodigy",
                                "optimizer_args": '"d0=1e-5" "decouple=True"  weight_decay=0.4'}), encoding="utf-8")
    args = import_kohya_gui_json(path).config.optimizer.optimizer_args
    assert args == ["d0=1e-5", "decouple=True", "weight_decay=0.4"]
    from training.optim import parse_optimizer_args

    assert parse_optimizer_args(args) == {"d0": 1e-5, "decouple": True, "weight_decay": 0.4}


@pytest.mark.parametrize(("unet", "te", "rates", "unet_only", "te_only"), [
    (0, 0, (1e-4, 1e-4), False, False),  # both 0: learning_rate for both (not a run that learns nothing)
    ("", "", (1e-4, 1e-4), False, False),
    (2e-4, 0, (2e-4, 1e-4), True, False),  # a text encoder rate of 0: the U-Net only
    (0, 5e-5, (1e-4, 5e-5), False, True),
    (2e-4, 5e-5, (2e-4, 5e-5), False, False),
])
def test_kohya_gui_rates_of_zero_mean_the_learning_rate_or_that_part_is_not_trained(tmp_path, unet, te, rates,
                                                                                      unet_only, te_only):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"pretrained_model_name_or_path": "/m", "train_data_dir": "/d", "learning_rate": 1e-4,
                                "unet_lr": unet, "text_encoder_lr": te}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    cfg = result.config
    assert (cfg.unet_lr, cfg.text_encoder_lr) == rates
    assert (cfg.network.network_train_unet_only, cfg.network.network_train_text_encoder_only) == (unet_only, te_only)
    assert not result.ignored
    validate(cfg)


def test_kohya_gui_sample_prompts_are_text_not_a_prompt_file(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"sample_prompts": "a cat --w 768 --h 768 --s 20 --l 3\nmore --n ugly",
                                "sample_every_n_steps": 200}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    assert result.config.sample.sample_prompts is None  # not a path to a file that does not exist
    assert result.sample_prompts_text == "a cat --w 768 --h 768 --s 20 --l 3\nmore --n ugly\n"
    assert [i.split(" = ")[0] for i in result.ignored] == ["sample_prompts"]
    assert result.config.sample.sample_every_n_steps == 200


def test_kohya_gui_sample_prompts_kept_as_a_new_prompt_file_that_the_run_reads(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"sample_prompts": "a cat --w 768 --h 768 --s 20 --l 3\nmore --n ugly"}),
                    encoding="utf-8")
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "gui-prompts.txt").write_text("mine\n", encoding="utf-8")  # never overwritten
    result = import_kohya_gui_json(path)
    written = keep_sample_prompts(result, folder, "gui")
    assert written == folder / "gui-prompts-2.txt"
    assert (folder / "gui-prompts.txt").read_text(encoding="utf-8") == "mine\n"
    assert result.config.sample.sample_prompts == str(written)
    first = read_prompt_file(written).prompts[0]
    assert (first.prompt, first.width, first.steps, first.scale) == ("a cat", 768, 20, 3.0)
    assert result.ignored == [] and any(str(written) in note for note in result.notes)
    assert keep_sample_prompts(import_kohya_gui_json(tmp_path / "gui.json"), folder, "gui") is not None
    empty = tmp_path / "none.json"
    empty.write_text("{}", encoding="utf-8")
    assert keep_sample_prompts(import_kohya_gui_json(empty), folder, "none") is None


def test_whole_numbers_written_as_floats_and_switches_written_as_0_or_1(tmp_path):
    """The GUI's number boxes save 2.0; kohya_ss writes persistent_data_loader_workers = 1 into sd-scripts' TOML."""
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"clip_skip": 2.0, "train_batch_size": "4.0", "caption_dropout_every_n_epochs": 0.0,
                                "persistent_data_loader_workers": 1, "max_data_loader_n_workers": "2",
                                "network_dim": 2.5}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    cfg = result.config
    assert (cfg.model.clip_skip, cfg.dataset.train_batch_size) == (2, 4)
    assert cfg.dataset.persistent_data_loader_workers is True and cfg.dataset.max_data_loader_n_workers == 2
    assert [i.split(" = ")[0] for i in result.ignored] == ["network_dim"]  # 2.5 is no rank


def test_configs_saved_with_a_byte_order_mark_import(tmp_path):
    gui = tmp_path / "gui.json"
    gui.write_bytes(b"\xef\xbb\xbf" + json.dumps({"network_dim": 16}).encode())
    assert import_kohya_gui_json(gui).config.network.network_dim == 16
    toml = tmp_path / "sd.toml"
    toml.write_bytes(b"\xef\xbb\xbfnetwork_dim = 16\r\n")
    assert import_sd_scripts_toml(toml).config.network.network_dim == 16


DATASET_TOML = r"""
[general]
shuffle_caption = true
caption_extension = ".txt"
keep_tokens = 1

[[datasets]]
resolution = [512, 768]
batch_size = 4
enable_bucket = true
bucket_no_upscale = true

  [[datasets.subsets]]
  image_dir = 'C:\lora\img\10_ohwx woman'
  class_tokens = 'ohwx woman'
  num_repeats = 10

  [[datasets.subsets]]
  image_dir = 'C:\lora\img\5_ohwx woman smiling'
  num_repeats = 5
  flip_aug = true

  [[datasets.subsets]]
  is_reg = true
  image_dir = 'C:\lora\reg\1_woman'
  class_tokens = 'woman'
"""


def test_sd_scripts_dataset_config(tmp_path):
    path = tmp_path / "dataset.toml"
    path.write_text(DATASET_TOML, encoding="utf-8")
    result = import_sd_scripts_toml(path)
    ds = result.config.dataset
    assert (ds.train_data_dir, ds.reg_data_dir) == ("C:\\lora\\img", "C:\\lora\\reg")
    assert (ds.resolution, ds.train_batch_size, ds.bucket_no_upscale) == ("512,768", 4, True)
    assert (ds.shuffle_caption, ds.keep_tokens, ds.caption_extension) == (True, 1, ".txt")
    # one subset flips, the others do not: Danlu has one switch for all folders, so it is listed
    assert [i.split(" = ")[0] for i in result.ignored] == ["datasets flip_aug"] and not ds.flip_aug


def test_a_dataset_config_named_by_a_config_file_is_read(tmp_path):
    (tmp_path / "dataset.toml").write_text(DATASET_TOML, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('dataset_config = "dataset.toml"\nnetwork_dim = 4\n', encoding="utf-8")
    result = import_sd_scripts_toml(config)
    assert result.config.dataset.train_data_dir == "C:\\lora\\img" and result.config.network.network_dim == 4
    config.write_text('dataset_config = "missing.toml"\n', encoding="utf-8")
    result = import_sd_scripts_toml(config)
    assert [i.split(" = ")[0] for i in result.ignored] == ["dataset_config"] and "file not found" in result.ignored[0]


def test_dataset_subsets_that_are_not_a_repeats_layout_are_listed(tmp_path):
    path = tmp_path / "dataset.toml"
    path.write_text('[[datasets]]\n[[datasets.subsets]]\nimage_dir = "/data/cats"\nnum_repeats = 3\n'
                    '[[datasets.subsets]]\nimage_dir = "/data/img/2_dog"\nnum_repeats = 3\n'
                    '[[datasets]]\n[[datasets.subsets]]\nimage_dir = "/x/1_y"\n', encoding="utf-8")
    result = import_sd_scripts_toml(path)
    assert result.config.dataset.train_data_dir == ""  # never a folder that would train something else
    assert [i.split(" = ")[0] for i in result.ignored] == ["datasets 2", "datasets.subsets"]
    assert "'3_…'" in result.ignored[1]


def test_danlus_exported_dataset_config_imports_back(tmp_path):
    from dataprep.buckets import BucketSettings
    from dataprep.dataset_export import DatasetOptions, write_dataset_config
    from dataprep.layout import PlannedFolder
    from dataprep.steps import Schedule

    folders = [PlannedFolder("img", "10_ohwx woman", 10, ".txt"), PlannedFolder("img", "3_ohwx woman hat", 3, ".txt"),
               PlannedFolder("reg", "1_woman", 1, ".txt")]
    options = DatasetOptions(BucketSettings((640, 512), True, 320, 1280, 32, True), Schedule(train_batch_size=3),
                             shuffle_caption=True, keep_tokens=2)
    root = tmp_path / "prøject" / "train"
    path = write_dataset_config(tmp_path / "dataset_config.toml", folders, root, options)
    result = import_sd_scripts_toml(path)
    ds = result.config.dataset
    assert (ds.train_data_dir, ds.reg_data_dir) == (str(root.resolve() / "img"), str(root.resolve() / "reg"))
    assert (ds.resolution, ds.train_batch_size, ds.enable_bucket) == ("640,512", 3, True)
    assert (ds.min_bucket_reso, ds.max_bucket_reso, ds.bucket_reso_steps, ds.bucket_no_upscale) == (320, 1280, 32, True)
    assert (ds.shuffle_caption, ds.keep_tokens, ds.caption_extension) == (True, 2, ".txt")
    assert not result.ignored


def test_a_danlu_run_file_imports_back_unchanged(tmp_path):
    """run.toml keeps sd-scripts' names in tables, so it is an sd-scripts config too: importing it changes nothing."""
    from training.config import TrainConfig, save_config
    from training.config.train_config import config_to_dict

    cfg = TrainConfig()
    cfg.model.pretrained_model_name_or_path = "C:\\models\\sd 1.5 ß.safetensors"
    cfg.model.clip_skip = 2
    cfg.dataset.train_data_dir, cfg.dataset.reg_data_dir = "/data/img", "/data/reg"
    cfg.dataset.resolution, cfg.dataset.train_batch_size = "512,768", 2
    cfg.network.network_module, cfg.network.algo, cfg.network.conv_dim = "lycoris.kohya", "loha", 4
    cfg.network.network_train_unet_only = True
    cfg.optimizer.optimizer_type, cfg.optimizer.learning_rate = "Prodigy", 1.0
    cfg.optimizer.optimizer_args = ["weight_decay=0.01", "betas=0.9,0.99", "decouple=True"]
    cfg.optimizer.unet_lr = 0.5
    cfg.schedule.lr_scheduler, cfg.schedule.lr_warmup_steps, cfg.schedule.seed = "cosine", 0.1, 0
    cfg.schedule.max_train_epochs = 8
    cfg.noise.noise_offset, cfg.loss.min_snr_gamma = 0.05, 5.0
    cfg.precision.mixed_precision, cfg.precision.gradient_checkpointing = "bf16", True
    cfg.saving.output_name, cfg.saving.save_every_n_epochs = "ohwx", 2
    cfg.sample.sample_prompts, cfg.sample.sample_every_n_epochs = "prompts.txt", 1
    path = tmp_path / "run.toml"
    save_config(path, cfg)
    result = import_sd_scripts_toml(path)
    assert config_to_dict(result.config) == config_to_dict(cfg)
    assert not result.ignored and not result.notes
