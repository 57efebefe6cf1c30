"""Sampler names map to the right diffusers schedulers, keep the model's config and run."""

from __future__ import annotations

import inspect

import pytest
import torch

from training.samplers import SAMPLERS, UnknownSamplerError, build_scheduler, get_sampler, sampler_names

# the SD 1.5 scheduler config as diffusers saves it (PNDM)
SD15_CONFIG = {
    "_class_name": "PNDMScheduler",
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "num_train_timesteps": 1000,
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
    "timestep_spacing": "leading",
    "prediction_type": "epsilon",
}

SD_SCRIPTS_NAMES = [
    "ddim",
    "pndm",
    "lms",
    "euler",
    "euler_a",
    "heun",
    "dpm_2",
    "dpm_2_a",
    "dpmsolver",
    "dpmsolver++",
    "dpmsingle",
    "k_lms",
    "k_euler",
    "k_euler_a",
    "k_dpm_2",
    "k_dpm_2_a",
]


@pytest.mark.parametrize("name", SD_SCRIPTS_NAMES)
def test_every_sd_scripts_sampler_name_is_known(name):
    assert get_sampler(name).name in sampler_names()


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("DPM++ 2M Karras", "dpmsolver++_karras"),
        ("dpm++ 2m  karras", "dpmsolver++_karras"),
        ("Euler a", "euler_a"),
        ("k_euler_a", "euler_a"),
        ("DPM2 a Karras", "dpm_2_a_karras"),
        ("PLMS", "pndm"),
        ("LMS Karras", "lms_karras"),
        ("DPM++ 2M", "dpmsolver++"),
        (" DDIM ", "ddim"),
    ],
)
def test_a1111_labels_and_aliases(alias, name):
    assert get_sampler(alias).name == name


def test_unknown_sampler_lists_the_known_ones():
    with pytest.raises(UnknownSamplerError, match=r"unknown sampler 'dpm\+\+ 3m'.*euler_a \(Euler a\)"):
        get_sampler("dpm++ 3m")


def test_dpmpp_2m_karras_config():
    scheduler = build_scheduler("DPM++ 2M Karras", SD15_CONFIG)
    assert type(scheduler).__name__ == "DPMSolverMultistepScheduler"
    assert scheduler.config.algorithm_type == "dpmsolver++"
    assert scheduler.config.solver_order == 2
    assert scheduler.config.use_karras_sigmas is True
    assert scheduler.config.beta_schedule == "scaled_linear"  # the model's betas are kept
    assert scheduler.config.beta_end == pytest.approx(0.012)


def test_variant_settings_are_not_inherited_and_prediction_type_can_be_forced():
    karras = dict(build_scheduler("dpmsolver++_karras", SD15_CONFIG).config)
    euler = build_scheduler("euler", karras)  # built from a config that had Karras sigmas on
    assert euler.config.use_karras_sigmas is False
    v_model = build_scheduler("euler_a", {**SD15_CONFIG, "prediction_type": "v_prediction"})
    assert v_model.config.prediction_type == "v_prediction"
    forced = build_scheduler("ddim", SD15_CONFIG, prediction_type="v_prediction")
    assert forced.config.prediction_type == "v_prediction"


@pytest.mark.parametrize("name", sampler_names())
def test_each_sampler_builds_and_denoises(name):
    scheduler = build_scheduler(name, SD15_CONFIG)
    assert type(scheduler).__name__ == get_sampler(name).scheduler
    scheduler.set_timesteps(4)
    generator = torch.Generator().manual_seed(0)
    sample = torch.randn(1, 4, 8, 8, generator=generator) * scheduler.init_noise_sigma
    start = sample.clone()
    ancestral = {"generator": generator} if "generator" in inspect.signature(scheduler.step).parameters else {}
    for t in scheduler.timesteps:
        noise_pred = 0.5 * scheduler.scale_model_input(sample, t)  # any smooth "model" exercises the update rule
        sample = scheduler.step(noise_pred, t, sample, **ancestral).prev_sample
    assert sample.shape == start.shape
    assert torch.isfinite(sample).all()
    assert not torch.equal(sample, start)


def test_labels_are_unique():
    labels = [s.label for s in SAMPLERS]
    assert len(labels) == len(set(labels))
    assert len(sampler_names()) == len(set(sampler_names()))
