"""Captions page (planned): auto-captioning and the caption editor."""

from __future__ import annotations

from desktop.pages.planned import PlannedPage


class CaptionsPage(PlannedPage):
    icon_name = "captions"
    title = "Captions"
    subtitle = "Describe every training image with tags or a sentence."
    will_hold = (
        "auto-captioning with the WD tagger (booru tags) or BLIP (sentences), a caption editor with tag "
        "completion and tag counts across the dataset, find-and-replace, and adding or removing a tag on "
        "many images at once."
    )
    meanwhile = (
        "Danlu already uses the caption files you have: a <code>.txt</code> file with the same name next to "
        "each image, one line of comma-separated tags. Edit them in any text editor. The demo project's "
        "images come captioned.",
    )
