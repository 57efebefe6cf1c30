"""sd-scripts' base-model strings and SAI modelspec architecture for SD 1.x / 2.x LoRAs."""

from __future__ import annotations

from training.config import TrainConfig
from training.lora_metadata import DatasetSummary, ModelFacts, static_metadata


def meta(v2: bool, v_pred: bool) -> dict[str, str]:
    cfg = TrainConfig()
    cfg.dataset.resolution = "768,512"
    facts = ModelFacts("base.safetensors", v2, v_pred)
    return static_metadata(cfg, facts, DatasetSummary(), total_steps=10, num_epochs=2, started_at=1.7e9, seed=5)


def test_model_version_and_architecture():
    cases = {
        (False, False): ("sd_v1", "stable-diffusion-v1/lora", "epsilon"),
        (True, False): ("sd_v2", "stable-diffusion-v2-512/lora", "epsilon"),
        (True, True): ("sd_v2_v", "stable-diffusion-v2-768-v/lora", "v"),
    }
    for (v2, v_pred), (version, arch, pred) in cases.items():
        m = meta(v2, v_pred)
        assert m["ss_base_model_version"] == version and m["ss_v2"] == str(v2)
        assert m["modelspec.architecture"] == arch and m["modelspec.prediction_type"] == pred


def test_values_are_strings_in_sd_scripts_formats():
    m = meta(False, False)
    assert all(isinstance(v, str) for v in m.values())
    assert m["ss_resolution"] == "(768, 512)" and m["modelspec.resolution"] == "768x512"
    assert m["ss_max_train_steps"] == "10" and m["ss_num_epochs"] == "2" and m["ss_seed"] == "5"
    assert m["modelspec.implementation"] == "diffusers" and m["ss_sd_model_name"] == "base.safetensors"
    assert "modelspec.author" not in m  # optional keys only when set


def test_loss_and_noise_settings_reach_the_metadata():
    """Model sites show these keys; a LoRA trained with noise offset 0.05 must not say "None"."""
    assert meta(False, False)["ss_noise_offset"] == "None"
    cfg = TrainConfig()
    cfg.noise.noise_offset = 0.05
    cfg.noise.multires_noise_iterations = 6
    cfg.loss.min_snr_gamma = 5.0
    cfg.loss.loss_type = "huber"
    m = static_metadata(cfg, ModelFacts("b.safetensors", False, False), DatasetSummary(), total_steps=1,
                        num_epochs=1, started_at=1.7e9, seed=1)
    assert m["ss_noise_offset"] == "0.05" and m["ss_multires_noise_iterations"] == "6"
    assert m["ss_min_snr_gamma"] == "5.0" and m["ss_loss_type"] == "huber"
