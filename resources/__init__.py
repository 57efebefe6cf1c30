"""Data the code reads: configs, tokenizer files, presets, demo project, icons, translations."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource (works for editable and regular installs)."""
    return ROOT.joinpath(*parts)
