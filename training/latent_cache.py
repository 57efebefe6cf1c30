"""VAE latents of the training images, computed once per run (memory) or once ever (disk).

A disk entry is keyed by the image file's hash, the VAE encoder's weights and the bucket geometry
(bucket, resized size, crop box): a changed image, another VAE or another resolution is a new key,
so a stale latent is never used. Latents are sampled from the VAE's distribution with a noise seed
taken from that key, so they do not depend on the order or batching in which they were computed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import torch
from PIL import Image
from safetensors.torch import load_file, save

from dataprep.fsutil import atomic_write_bytes
from dataprep.grey_depth import is_wide_grey
from training.data import TrainImage, load_pixels

LATENT_FORMAT = "1"


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def image_id(path: Path) -> str:
    """The file's hash, marked for a 16-bit or float grey file: its latents cached before such files were scaled
    to 8 bits (they were clipped to near white) must not be read back."""
    digest = file_hash(path)
    try:
        with Image.open(path) as im:  # the header only
            wide = is_wide_grey(im.mode)
    except (OSError, SyntaxError, ValueError):  # load_pixels names the file when it reads it
        return digest
    return digest + "|grey-8bit" if wide else digest


def vae_fingerprint(vae: torch.nn.Module) -> str:
    """Hash of what determines a latent: the encoder and quant_conv weights, and the config."""
    digest = hashlib.sha256(json.dumps(dict(vae.config), sort_keys=True, default=str).encode())  # type: ignore[attr-defined]
    for name, tensor in vae.state_dict().items():
        if name.startswith(("encoder.", "quant_conv.")):
            digest.update(name.encode())
            digest.update(tensor.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return digest.hexdigest()


def latent_key(image: TrainImage, image_hash: str, vae_id: str) -> str:
    b = image.bucket
    text = f"{LATENT_FORMAT}|{image_hash}|{vae_id}|{b.reso}|{b.resized_size}|{b.crop_ltrb}"
    return hashlib.sha256(text.encode()).hexdigest()


class LatentStore:
    """Latents (unscaled, float32, CPU) of each image, and of its mirror image when flip_aug is on."""

    def __init__(self, images: list[TrainImage], with_flipped: bool, disk_dir: Path | None) -> None:
        self.images = images
        self.with_flipped = with_flipped
        self.disk_dir = disk_dir
        self._latents: dict[int, torch.Tensor] = {}
        self._flipped: dict[int, torch.Tensor] = {}
        self.encoded = 0  # how many images went through the VAE (the rest came from disk)
        self.upcast_vae = False  # the 16-bit VAE overflowed and was moved to fp32
        self.write_error: OSError | None = None  # the disk cache could not be written (full disk): memory only

    def get(self, index: int, flipped: bool) -> torch.Tensor:
        return (self._flipped if flipped else self._latents)[index]

    def _disk_path(self, key: str) -> Path:
        assert self.disk_dir is not None
        return self.disk_dir / key[:2] / f"{key}.safetensors"

    def _from_disk(self, index: int, key: str, grid: tuple[int, int]) -> bool:
        """The latents of image *index* from its file, unless the file is torn, foreign or holds latents of
        another *grid* (height, width) or non-finite values: those are encoded again (and rewritten)."""
        path = self._disk_path(key)
        if not path.is_file():
            return False
        try:
            tensors = load_file(str(path))
        except Exception:  # a torn or foreign file: re-encode it
            return False
        names = ["latent", "flipped"] if self.with_flipped else ["latent"]
        if not all(n in tensors and tuple(tensors[n].shape[-2:]) == grid for n in names):
            return False
        if not all(bool(torch.isfinite(tensors[n]).all()) for n in names):
            return False
        self._latents[index] = tensors["latent"]
        if self.with_flipped:
            self._flipped[index] = tensors["flipped"]
        return True

    def fill(
        self,
        vae: torch.nn.Module,
        device: torch.device,
        batch_size: int,
        progress: Callable[[int, int], None],
        check_cancelled: Callable[[], None],
    ) -> None:
        vae_id = vae_fingerprint(vae)
        keys = {i: latent_key(img, image_id(img.path), vae_id) for i, img in enumerate(self.images)}
        factor = 2 ** (len(vae.config.block_out_channels) - 1)  # type: ignore[attr-defined]
        grids = {i: (img.bucket.reso[1] // factor, img.bucket.reso[0] // factor) for i, img in enumerate(self.images)}
        todo = [i for i in keys if self.disk_dir is None or not self._from_disk(i, keys[i], grids[i])]
        total = len(self.images)
        done = total - len(todo)
        progress(done, total)
        by_bucket: dict[tuple[int, int], list[int]] = {}
        for i in todo:
            by_bucket.setdefault(self.images[i].bucket.reso, []).append(i)
        for members in by_bucket.values():
            for start in range(0, len(members), batch_size):
                check_cancelled()
                chunk = members[start : start + batch_size]
                self._encode(vae, device, chunk, [keys[i] for i in chunk])
                done += len(chunk)
                progress(done, total)

    @torch.no_grad()
    def _encode(self, vae: torch.nn.Module, device: torch.device, indices: list[int], keys: list[str]) -> None:
        flips = [False, True] if self.with_flipped else [False]
        results: dict[bool, torch.Tensor] = {}
        for flip in flips:
            pixels = torch.stack([load_pixels(self.images[i], flip, None, False, False) for i in indices])
            dist = vae.encode(pixels.to(device, vae.dtype)).latent_dist  # type: ignore[attr-defined,operator]
            if vae.dtype != torch.float32 and not torch.isfinite(dist.mean).all():  # 16-bit overflow (SDXL VAE)
                vae.to(torch.float32)
                self.upcast_vae = True
                dist = vae.encode(pixels.to(device, torch.float32)).latent_dist  # type: ignore[attr-defined,operator]
            noise = torch.stack(
                [
                    torch.randn(dist.mean.shape[1:], generator=torch.Generator().manual_seed(int(k[:15], 16) + flip))
                    for k in keys
                ]
            )
            results[flip] = (dist.mean + dist.std * noise.to(dist.mean.device, dist.mean.dtype)).float().cpu()
        for pos, (index, key) in enumerate(zip(indices, keys, strict=True)):
            self._latents[index] = results[False][pos].clone(memory_format=torch.contiguous_format)
            if self.with_flipped:
                self._flipped[index] = results[True][pos].clone(memory_format=torch.contiguous_format)
            if self.disk_dir is not None:
                tensors = {"latent": self._latents[index]}
                if self.with_flipped:
                    tensors["flipped"] = self._flipped[index]
                try:
                    atomic_write_bytes(self._disk_path(key), save(tensors))
                except OSError as exc:  # a cache is no reason to stop the run: keep the rest in memory
                    self.write_error, self.disk_dir = exc, None
        self.encoded += len(indices)
