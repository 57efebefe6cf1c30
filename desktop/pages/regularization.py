"""Regularization page (planned): class images generated with the base model."""

from __future__ import annotations

from desktop.pages.planned import PlannedPage


class RegularizationPage(PlannedPage):
    icon_name = "regularization"
    title = "Regularization"
    subtitle = "Optional class images that keep the LoRA from overwriting the whole class."
    will_hold = (
        "generation of regularization images (for example plain pictures of a <i>girl</i>) with your base "
        "Stable Diffusion model: how many, at which size, with which prompt, with a preview of each batch. "
        "They run as a GPU job on the Jobs page."
    )
    meanwhile = (
        "Regularization is optional; many character LoRAs are trained without it. If you already have class "
        "images from another tool, keep them in their own folder: you will be able to add it here.",
    )
