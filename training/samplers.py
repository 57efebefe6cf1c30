"""Sampler names → diffusers schedulers, for every image Danlu renders (reg sets, samples, grids).

The canonical names are the ones sd-scripts' ``--sample_sampler`` accepts (``ddim``, ``euler_a``,
``dpmsolver++`` ...), plus ``_karras`` variants; A1111's display names (``DPM++ 2M Karras``,
``Euler a``) and sd-scripts' ``k_`` spellings are aliases, so a prompt file or a parameters string
copied from another tool works as is. Each scheduler starts from the model's own scheduler config, so
the beta schedule, timestep spacing and prediction type (epsilon or v) stay the model's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dataprep.phrases import Phrase


class UnknownSamplerError(ValueError):
    """A sampler name Danlu does not know; the message lists the ones it does."""


@dataclass(frozen=True)
class Sampler:
    name: str  # canonical, sd-scripts' spelling where it has one
    label: str  # A1111's display name, shown in the GUI and written into image parameters
    scheduler: str  # diffusers class name
    options: dict[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()


_KARRAS = {"use_karras_sigmas": True}

SAMPLERS: tuple[Sampler, ...] = (
    Sampler("ddim", "DDIM", "DDIMScheduler"),
    Sampler("pndm", "PLMS", "PNDMScheduler", {"skip_prk_steps": True}, ("plms",)),
    Sampler("lms", "LMS", "LMSDiscreteScheduler", aliases=("k_lms",)),
    Sampler("lms_karras", "LMS Karras", "LMSDiscreteScheduler", _KARRAS),
    Sampler("euler", "Euler", "EulerDiscreteScheduler", aliases=("k_euler",)),
    Sampler("euler_a", "Euler a", "EulerAncestralDiscreteScheduler", aliases=("k_euler_a", "euler ancestral")),
    Sampler("heun", "Heun", "HeunDiscreteScheduler", aliases=("k_heun",)),
    Sampler("dpm_2", "DPM2", "KDPM2DiscreteScheduler", aliases=("k_dpm_2",)),
    Sampler("dpm_2_karras", "DPM2 Karras", "KDPM2DiscreteScheduler", _KARRAS),
    Sampler("dpm_2_a", "DPM2 a", "KDPM2AncestralDiscreteScheduler", aliases=("k_dpm_2_a",)),
    Sampler("dpm_2_a_karras", "DPM2 a Karras", "KDPM2AncestralDiscreteScheduler", _KARRAS),
    # first-order DPM-Solver cannot end on sigma 0 in diffusers 0.42 (it raises): it ends on sigma_min
    Sampler("dpmsolver", "DPM-Solver 2M", "DPMSolverMultistepScheduler",
            {"algorithm_type": "dpmsolver", "final_sigmas_type": "sigma_min"}),
    Sampler("dpmsolver++", "DPM++ 2M", "DPMSolverMultistepScheduler", {"algorithm_type": "dpmsolver++"},
            ("dpmpp_2m",)),
    Sampler("dpmsolver++_karras", "DPM++ 2M Karras", "DPMSolverMultistepScheduler",
            {"algorithm_type": "dpmsolver++", **_KARRAS}, ("dpmpp_2m_karras",)),
    Sampler("dpmsingle", "DPM++ 2S", "DPMSolverSinglestepScheduler", {"algorithm_type": "dpmsolver++"}),
    Sampler("dpmsingle_karras", "DPM++ 2S Karras", "DPMSolverSinglestepScheduler",
            {"algorithm_type": "dpmsolver++", **_KARRAS}),
)

# config keys that make one sampler differ from another: never inherited from the model's config
_VARIANT_KEYS = ("use_karras_sigmas", "use_exponential_sigmas", "use_beta_sigmas", "use_lu_lambdas",
                 "algorithm_type", "solver_order", "solver_type", "skip_prk_steps", "final_sigmas_type")


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


_BY_KEY: dict[str, Sampler] = {}
for _s in SAMPLERS:
    for _name in (_s.name, _s.label, *_s.aliases):
        _BY_KEY[_key(_name)] = _s


def sampler_names() -> list[str]:
    return [s.name for s in SAMPLERS]


def get_sampler(name: str) -> Sampler:
    """The sampler called *name* (canonical, A1111 label or alias; case and spacing do not matter)."""
    sampler = _BY_KEY.get(_key(name))
    if sampler is None:
        known = ", ".join(f"{s.name} ({s.label})" for s in SAMPLERS)
        raise UnknownSamplerError(Phrase("unknown sampler '{name}'; use one of: {known}.", name=name, known=known))
    return sampler


def build_scheduler(name: str, model_config: dict[str, Any], prediction_type: str | None = None) -> Any:
    """A fresh scheduler for sampler *name* on a model whose own scheduler config is *model_config*.

    *prediction_type* overrides the config's (a v-prediction single-file checkpoint whose bundled
    config says epsilon). A new scheduler per batch: multistep schedulers keep state between steps.
    """
    import diffusers

    sampler = get_sampler(name)
    config = {k: v for k, v in model_config.items() if k not in _VARIANT_KEYS}
    config.update(sampler.options)
    if prediction_type is not None:
        config["prediction_type"] = prediction_type
    return getattr(diffusers, sampler.scheduler).from_config(config)
