"""Folders page (planned): the kohya repeats layout."""

from __future__ import annotations

from html import escape

from desktop.pages.planned import PlannedPage


class FoldersPage(PlannedPage):
    icon_name = "folders"
    title = "Folders"
    subtitle = "The training folders that kohya sd-scripts reads, and the step count they give."
    will_hold = (
        "the <code>img/&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;</code> and "
        "<code>reg/&lt;repeats&gt;_&lt;class&gt;</code> folders built from your prepared images, with the total "
        "number of training steps computed the way sd-scripts computes it."
    )
    meanwhile = ("Each concept's identifier, class and repeats are kept in the project's <code>danlu.toml</code>.",)

    def paragraphs(self) -> list[str]:
        paragraphs = super().paragraphs()
        if self.project is not None and self.project.concepts:
            items = "".join(
                f"<li><b>{escape(c.identifier)}</b>, class <i>{escape(c.class_token)}</i>, {c.repeats} repeats</li>"
                for c in self.project.concepts
            )
            paragraphs.append(f"Concepts in this project:<ul style='margin-top:0'>{items}</ul>")
        return paragraphs
