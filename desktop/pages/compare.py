"""Compare page (planned): checkpoint comparison grids."""

from __future__ import annotations

from desktop.pages.planned import PlannedPage


class ComparePage(PlannedPage):
    icon_name = "compare"
    title = "Compare"
    subtitle = "Pick the best checkpoint of a training run."
    will_hold = (
        "grids of sample images from each saved checkpoint (epoch × prompt × LoRA weight), side by side, and "
        "export of the chosen LoRA file, ready for A1111, Forge or ComfyUI."
    )
    meanwhile = ("There is nothing to compare until a training run has saved checkpoints.",)
