"""Loss masks (sd-scripts' ``masked_loss``): where in each image the loss counts.

A mask comes from the image's alpha channel (``alpha_mask``), from a mask image of the same name in a
mask folder (``conditioning_data_dir``, as sd-scripts), or from ``<stem>_mask.<ext>`` beside the
image. A mask image's red channel is the weight (white = 1, black = 0; a grey-scale file works as
is). Masks go through the same resize, crop and flip as their image (training.data), so a mask always
covers the pixels it was drawn on. Regularization images need no mask: without one they count whole.
The lookup and size check live in dataprep.masks, shared with the Images page's viewer.
"""

from __future__ import annotations

from pathlib import Path

from dataprep.jobs import JobError
from dataprep.masks import MASK_SUFFIX
from dataprep.phrases import Phrase


def missing_masks_error(missing: list[Path], mask_dir: Path | None) -> JobError:
    """One error naming the training images without a mask, and where their masks are looked for."""
    shown = ", ".join(str(p) for p in missing[:5]) + (f", … (+{len(missing) - 5})" if len(missing) > 5 else "")
    if mask_dir is not None:
        hint = Phrase("Add a mask in {folder} (same name as the image, in a sub-folder named like the image's folder "
                      "or directly), tick dataset.alpha_mask to use the images' transparency, or turn masked loss "
                      "off.", folder=str(mask_dir))
    else:
        hint = Phrase("Add a mask beside the image as '<image name>{suffix}.png', tick dataset.alpha_mask to use the "
                      "images' transparency, or turn masked loss off.", suffix=MASK_SUFFIX)
    return JobError(
        "config",
        Phrase("loss.masked_loss is on but {n} training image(s) have no mask: {files}.", n=len(missing), files=shown),
        hint,
    )
