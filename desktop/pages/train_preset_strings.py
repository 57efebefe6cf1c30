"""The bundled presets' menu groups, names and descriptions as translation sources.

lupdate reads Python, not the presets' TOML files, so their texts are listed here (the menu shows them through
``train_presets.preset_name`` and friends). tests/desktop/test_train_page.py fails when a bundled preset's text
is missing from this list or the list holds one no preset has: edit both together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("BundledPresets", "Worked examples"),
    QT_TRANSLATE_NOOP("BundledPresets", "Example · seed 001 realistic person"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "Seed 001's working run: 45 photos + 4,200 reg images, AdamW8bit, 2e-4 / 5e-5, "
                      "rank 128 alpha 1, prior loss 0.15, noise offset 0.06, 12 epochs."),
    QT_TRANSLATE_NOOP("BundledPresets", "Example · seed 004 CivitAI SDXL (AdamW8bit)"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "Seed 004's CivitAI run: AdamW8bit 5e-4 / 5e-5 with weight decay 0.1, rank 256 "
                      "alpha 1, batch 4, 16 epochs, flip."),
    QT_TRANSLATE_NOOP("BundledPresets", "Example · seed 004 kohya SDXL (DAdaptAdamPreprint)"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "Seed 004's local kohya run: DAdaptAdamPreprint at lr 1, rank 64 alpha 1, 10 "
                      "epochs, batch 1, cosine with restarts, 10% warmup."),
    QT_TRANSLATE_NOOP("BundledPresets", "Example · seed 004 TensorArt SDXL (Prodigy)"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "Seed 004's TensorArt run: Prodigy at lr 1, rank 64 alpha 1, 10 epochs, cosine "
                      "with 3 restarts, a save per epoch."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · character"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "A person or character on SD 1.5: rank 32, AdamW8bit, 1e-4 / 5e-5, 10 epochs, "
                      "cosine, a save per epoch."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 6–8 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 within 6–8 GB of VRAM: batch 1, gradient checkpointing, AdamW8bit, U-Net "
                      "only, rank 16."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · style"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "An art style on SD 1.5: rank 32, flip and caption dropout, text encoder at a "
                      "fifth of the U-Net's rate."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · character"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "A person or character on SDXL at 1024 px: U-Net only, rank 32, AdamW8bit 1e-4, "
                      "bf16, checkpointing."),
    QT_TRANSLATE_NOOP("BundledPresets", "By GPU memory"),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 6 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 at 512 px within 6 GB of VRAM: batch 1, gradient checkpointing, "
                      "AdamW8bit, U-Net only, rank 16."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 8 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 at 512 px within 8 GB of VRAM: batch 2, gradient checkpointing, "
                      "AdamW8bit, U-Net and text encoder, rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 12 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 at 512 px within 12 GB of VRAM: batch 4 without checkpointing (faster), "
                      "AdamW8bit, rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 16 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 at 512 px within 16 GB of VRAM: batch 6 without checkpointing, AdamW, "
                      "rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SD 1.5 · 24 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SD 1.5 at 512 px within 24 GB of VRAM: batch 8 without checkpointing, AdamW, "
                      "rank 64."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · 6 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SDXL at 1024 px within 6 GB of VRAM: fp8 base weights, cached text encoder "
                      "outputs, batch 1, checkpointing, AdamW8bit, rank 16."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · 8 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SDXL at 1024 px within 8 GB of VRAM: fp8 base weights, cached text encoder "
                      "outputs, batch 1, checkpointing, AdamW8bit, rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · 12 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SDXL at 1024 px within 12 GB of VRAM: 16-bit base weights, cached text encoder "
                      "outputs, batch 1, checkpointing, AdamW8bit, rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · 16 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SDXL at 1024 px within 16 GB of VRAM: batch 4, checkpointing, cached text "
                      "encoder outputs, AdamW8bit, rank 32."),
    QT_TRANSLATE_NOOP("BundledPresets", "SDXL · 24 GB GPU"),
    QT_TRANSLATE_NOOP("BundledPresets",
                      "SDXL at 1024 px within 24 GB of VRAM: batch 6, checkpointing, cached text "
                      "encoder outputs, AdamW, rank 32."),
)
