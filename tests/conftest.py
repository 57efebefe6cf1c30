"""Suite-wide guards: offscreen Qt, offline hubs, and a socket guard that fails any test reaching
beyond this machine (tests build tiny models instead of downloading)."""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["DANLU_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkAccessError(RuntimeError):
    pass


def _check_address(address: object) -> None:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            if host == "localhost":
                return
        raise NetworkAccessError(f"test tried to reach {address!r}: tests must not use the network")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check_address(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check_address(address)
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def no_network_guard_active() -> bool:
    return socket.socket.connect is _guarded_connect


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory):
    """Every tiny model Danlu loads (training.tiny_models.TinyModels), built once per test run.

    Set DANLU_TINY_CACHE to a folder to reuse one kit across runs (it is rebuilt when KIT_VERSION changes)."""
    from pathlib import Path

    from training.tiny_models import build_all

    cache = os.environ.get("DANLU_TINY_CACHE")
    return build_all(Path(cache) if cache else tmp_path_factory.mktemp("tiny_models"))


@pytest.fixture(scope="session")
def tiny_clip(tiny_models):
    """The kit's tiny open_clip folder (dataprep.tiny_models.build_tiny_open_clip) for CLIP scores and checks."""
    return tiny_models.open_clip
