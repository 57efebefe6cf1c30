"""run.toml: definitions, round trip, unknown keys, per-field and cross-field validation."""

from __future__ import annotations

import pytest

from dataprep.tomlio import ConfigFileError
from training.config import (
    TrainConfig,
    all_fields,
    config_from_dict,
    config_to_dict,
    dumps_config,
    load_config,
    save_config,
    validate,
)


def minimal() -> dict:
    return {"model": {"pretrained_model_name_or_path": "base"}, "dataset": {"train_data_dir": "img"}}


def test_every_field_carries_form_metadata():
    fields = all_fields()
    assert len({f.name for f in fields}) == len(fields)  # sd-scripts names are unique across sections
    for f in fields:
        assert f.spec.label and len(f.spec.help) > 20, f.key
        if f.spec.choices is not None:
            assert f.default in f.spec.choices, f.key
        for rule in f.spec.when:
            assert rule.key in {g.key for g in fields}, (f.key, rule.key)
    simple = [f.key for f in fields if f.spec.simple]
    assert 10 <= len(simple) <= 15
    assert "optimizer.learning_rate" in simple and "network.network_dim" in simple


def test_applicability_follows_other_fields():
    cfg = TrainConfig()
    fields = {f.key: f for f in all_fields()}
    cycles = fields["schedule.lr_scheduler_num_cycles"]
    assert not cfg.applies(cycles)
    cfg.schedule.lr_scheduler = "cosine_with_restarts"
    assert cfg.applies(cycles)
    te_lr = fields["optimizer.text_encoder_lr"]
    assert cfg.applies(te_lr)
    cfg.network.network_train_unet_only = True
    assert not cfg.applies(te_lr)


def test_toml_round_trip(tmp_path):
    cfg = config_from_dict(minimal())
    cfg.optimizer.optimizer_args = ["weight_decay=0.1"]
    cfg.schedule.seed = 7
    cfg.run_dir = "runs/a"
    path = tmp_path / "run.toml"
    save_config(path, cfg)
    again = load_config(path)
    assert config_to_dict(again) == config_to_dict(cfg)
    assert "[optimizer]" in dumps_config(cfg)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"optimizer": {"learnig_rate": 1e-4}},
            "unknown key 'optimizer.learnig_rate'. Did you mean 'optimizer.learning_rate'?",
        ),
        ({"optimiser": {}}, "unknown key 'optimiser'"),
        ({"network": {"network_dim": "8"}}, "network.network_dim must be a whole number"),
        ({"network": {"network_dim": 0}}, "network.network_dim = 0 is below its minimum 1"),
        (
            {"schedule": {"lr_scheduler": "cosine_annealing"}},
            "schedule.lr_scheduler = 'cosine_annealing' is not one of",
        ),
        ({"dataset": {"flip_aug": 1}}, "dataset.flip_aug must be true or false"),
        ({"model": "x"}, "'model' must be a table"),
    ],
)
def test_bad_values_are_rejected_with_file_and_key(data, message):
    with pytest.raises(ConfigFileError) as err:
        config_from_dict({**minimal(), **data}, "run.toml")
    assert str(err.value).startswith("run.toml: ")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"dataset": {"color_aug": True}}, "cache_latents cannot be combined with color_aug"),
        ({"dataset": {"random_crop": True, "cache_latents": False, "cache_latents_to_disk": True}}, "random_crop"),
        ({"schedule": {"lr_warmup_steps": 10}}, "lr_scheduler 'constant' has no warmup"),
        ({"schedule": {"lr_scheduler": "adafactor"}}, "only works with optimizer.optimizer_type 'Adafactor'"),
        ({"network": {"network_train_unet_only": True, "network_train_text_encoder_only": True}}, "exclude each other"),
        ({"network": {"dim_from_weights": True}}, "needs network.network_weights"),
        ({"saving": {"save_last_n_epochs": 2}}, "needs saving.save_every_n_epochs"),
        ({"dataset": {"resolution": "abc"}}, "resolution"),
        ({"dataset": {"min_bucket_reso": 1024, "max_bucket_reso": 512}}, "min_bucket_reso is larger"),
        ({"model": {"pretrained_model_name_or_path": ""}}, "pretrained_model_name_or_path is empty"),
    ],
)
def test_cross_field_contradictions(changes, message):
    data = minimal()
    for section, values in changes.items():
        data.setdefault(section, {}).update(values)
    with pytest.raises(ConfigFileError, match=message):
        validate(config_from_dict(data), "run.toml")


def test_warnings_for_settings_without_effect():
    data = minimal()
    data["dataset"]["keep_tokens"] = 1
    assert any("keep_tokens has no effect" in w for w in validate(config_from_dict(data)))
    data["dataset"]["shuffle_caption"] = True
    assert not validate(config_from_dict(data))
    data["schedule"] = {"lr_scheduler": "constant_with_warmup", "lr_warmup_steps": 0.1}
    assert not validate(config_from_dict(data))
