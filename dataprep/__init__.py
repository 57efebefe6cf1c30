"""Files on disk and captions: images, crops, buckets, captions, captioners, layouts, job events.

No Qt and no Stable Diffusion here (see DESIGN.md, layers)."""
