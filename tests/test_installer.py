"""The installers' PyTorch build choice (installer/torch_index.py) against fake nvidia-smi outputs,
and the Linux script's syntax and options. No GPU and no network needed: the wheel index is faked
on loopback."""

from __future__ import annotations

import http.server
import importlib.util
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"
SCRIPT = INSTALLER / "torch_index.py"

_spec = importlib.util.spec_from_file_location("torch_index", SCRIPT)
assert _spec is not None and _spec.loader is not None
torch_index = importlib.util.module_from_spec(_spec)
sys.modules["torch_index"] = torch_index  # dataclasses look their module up by name
_spec.loader.exec_module(torch_index)
GpuReport = torch_index.GpuReport


def banner(driver: str, cuda: str | None) -> str:
    """The top of `nvidia-smi`'s table as drivers print it (CUDA field absent on very old drivers)."""
    cuda_field = f"CUDA Version: {cuda}" if cuda else ""
    return (
        "Sun Nov 22 10:00:00 2026\n"
        "+-----------------------------------------------------------------------------------------+\n"
        f"| NVIDIA-SMI {driver}             Driver Version: {driver}     {cuda_field:<18}|\n"
        "|-----------------------------------------+------------------------+----------------------+\n"
        "| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |\n"
        "|   0  NVIDIA GeForce RTX 3060        Off |   00000000:01:00.0  On |                  N/A |\n"
    )


# captured on an H100 machine (driver 580.159.04)
H100_BANNER = """\
Sun Nov 22 14:36:53 2026
+-----------------------------------------------------------------------------------------+
| NVIDIA-SMI 580.159.04             Driver Version: 580.159.04     CUDA Version: 13.0     |
+-----------------------------------------+------------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
|   0  NVIDIA H100 80GB HBM3          On  |   00000000:00:06.0 Off |                    0 |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (H100_BANNER, (13, 0)),
        (banner("550.54.14", "12.4"), (12, 4)),
        (banner("580.159.04", "13.0"), (13, 0)),
        (banner("470.256.02", "11.4"), (11, 4)),
        (banner("390.157", None), None),
        ("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.", None),
    ],
)
def test_parse_driver_cuda(text: str, expected: tuple[int, int] | None) -> None:
    assert torch_index.parse_driver_cuda(text) == expected


def test_parse_capabilities() -> None:
    assert torch_index.parse_capabilities("8.6\n") == ((8, 6),)
    assert torch_index.parse_capabilities("12.0\n7.5\n") == ((12, 0), (7, 5))
    assert torch_index.parse_capabilities('Field "compute_cap" is not a valid field to query.\n') == ()


@pytest.mark.parametrize(
    ("driver", "caps", "tag"),
    [
        ((12, 4), ((8, 6),), "cu124"),  # RTX 3060 on R550: newest build the driver runs
        ((12, 2), ((8, 9),), "cu121"),
        ((12, 8), ((8, 9),), "cu128"),
        ((13, 0), ((9, 0),), "cu130"),  # H100 on R580 (seen on a real one)
        ((13, 2), ((8, 6),), "cu132"),
        ((13, 5), ((8, 6),), "cu132"),  # a driver newer than any build
        ((12, 8), ((12, 0),), "cu128"),  # RTX 5090 on R570
        ((13, 0), ((10, 0),), "cu130"),  # B200
        ((13, 0), ((6, 1),), "cu126"),  # GTX 1080: 12.8+ builds dropped Pascal
        ((13, 0), ((7, 0),), "cu126"),  # V100: likewise Volta
        ((12, 4), (), "cu124"),  # driver too old to report compute capability
        ((13, 0), ((8, 6), (12, 0)), "cu130"),  # two GPUs, both covered
    ],
)
def test_choose_newest_index_the_driver_and_gpus_support(
    driver: tuple[int, int], caps: tuple[tuple[int, int], ...], tag: str
) -> None:
    choice = torch_index.choose(GpuReport(driver, caps))
    assert (choice.tag, choice.fatal) == (tag, False)


def test_blackwell_on_old_driver_stops_with_driver_advice() -> None:
    choice = torch_index.choose(GpuReport((12, 6), ((12, 0),)))
    assert choice.fatal
    assert "R570" in " ".join(choice.messages)


def test_old_driver_uses_minor_version_compatibility_within_cuda_11() -> None:
    choice = torch_index.choose(GpuReport((11, 4), ((7, 5),)))
    assert choice.tag == "cu118"
    assert any("minor-version compatibility" in m for m in choice.messages)


@pytest.mark.parametrize(
    ("report", "words"),
    [
        (None, "No NVIDIA GPU"),
        (GpuReport(None, (), "nvidia-smi failed: couldn't communicate with the NVIDIA driver"), "does not answer"),
        (GpuReport(None, ()), "too old"),
        (GpuReport((10, 2), ((7, 5),)), "Update the driver"),
        (GpuReport((12, 4), ((3, 5),)), "too old for current PyTorch"),
    ],
)
def test_cpu_build_when_the_gpu_cannot_be_used(report: object, words: str) -> None:
    choice = torch_index.choose(report)
    assert (choice.tag, choice.fatal) == ("cpu", False)
    assert words in " ".join(choice.messages)


def test_mixed_gpus_without_a_common_build_choose_for_the_newest() -> None:
    choice = torch_index.choose(GpuReport((13, 0), ((7, 0), (12, 0))))
    assert choice.tag == "cu130"
    assert "not be usable" in choice.messages[0]


def test_cpu_flag_wins_over_any_gpu() -> None:
    assert torch_index.choose(GpuReport((13, 0), ((8, 6),)), force_cpu=True).tag == "cpu"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _IndexHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path.endswith("/torch/") else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_index() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _IndexHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/whl"
    server.shutdown()
    server.server_close()


def test_index_url_when_reachable(fake_index: str) -> None:
    url, notes = torch_index.index_url(torch_index.Choice("cu128"), fake_index)
    assert (url, notes) == (f"{fake_index}/cu128", [])


def test_unreachable_index_falls_back_to_default() -> None:
    url, notes = torch_index.index_url(torch_index.Choice("cu128"), f"http://127.0.0.1:{_closed_port()}/whl")
    assert url == "default"
    assert "cannot be reached" in notes[0]


def _fake_nvidia_smi(folder: Path, text: str, caps: str) -> None:
    (folder / "banner.txt").write_text(text)
    (folder / "caps.txt").write_text(caps)
    script = folder / "nvidia-smi"
    cat = shutil.which("cat")  # PATH holds only *folder* when the script runs
    script.write_text(
        '#!/bin/sh\ncase "$*" in\n'
        f'  *compute_cap*) {cat} "{folder}/caps.txt" ;;\n'
        f'  *) {cat} "{folder}/banner.txt" ;;\nesac\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def _run_cli(bin_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DANLU_TORCH_INDEX")}
    environ.update(PATH=str(bin_dir), **env)
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=environ, timeout=60, check=False
    )


@pytest.mark.skipif(os.name == "nt", reason="the fake nvidia-smi is a shell script")
def test_cli_reads_nvidia_smi_and_falls_back_when_index_unreachable(tmp_path: Path) -> None:
    _fake_nvidia_smi(tmp_path, banner("570.124.04", "12.8"), "12.0\n")
    base = f"http://127.0.0.1:{_closed_port()}/whl"
    done = _run_cli(tmp_path, DANLU_TORCH_INDEX_BASE=base)
    assert (done.returncode, done.stdout) == (0, "default\n")
    assert "cu128" in done.stderr and "cannot be reached" in done.stderr
    done = _run_cli(tmp_path, "--no-probe", DANLU_TORCH_INDEX_BASE=base)
    assert done.stdout == f"{base}/cu128\n"


@pytest.mark.skipif(os.name == "nt", reason="the fake nvidia-smi is a shell script")
def test_cli_stops_for_blackwell_on_old_driver(tmp_path: Path) -> None:
    _fake_nvidia_smi(tmp_path, banner("560.35.03", "12.6"), "12.0\n")
    done = _run_cli(tmp_path, "--no-probe")
    assert done.returncode == torch_index.EXIT_DRIVER_TOO_OLD
    assert done.stdout == ""
    assert "update" in done.stderr.lower()


def test_cli_without_driver_picks_cpu_and_honours_forced_index(tmp_path: Path, fake_index: str) -> None:
    done = _run_cli(tmp_path, DANLU_TORCH_INDEX_BASE=fake_index)  # tmp_path holds no nvidia-smi
    assert done.stdout == f"{fake_index}/cpu\n"
    done = _run_cli(tmp_path, DANLU_TORCH_INDEX="https://mirror.example/whl/cu126")
    assert done.stdout == "https://mirror.example/whl/cu126\n"


def test_check_installed_accepts_this_torch_without_a_gpu() -> None:
    ok, why = torch_index.check_installed(False, None)
    assert ok, why


def test_check_installed_rejects_a_torch_that_cannot_use_the_gpu() -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine's torch does use a GPU")
    ok, why = torch_index.check_installed(False, GpuReport((13, 0), ((8, 6),)))
    assert not ok
    assert "GPU" in why


def test_install_sh_syntax_and_options() -> None:
    script = INSTALLER / "install.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    done = subprocess.run(["bash", str(script), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "--dev" in done.stdout and "--cpu" in done.stdout
    done = subprocess.run(["bash", str(script), "--bogus"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "unknown option" in done.stderr


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_install_sh_passes_shellcheck() -> None:
    done = subprocess.run(["shellcheck", str(INSTALLER / "install.sh")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_both_installers_take_the_choice_from_torch_index() -> None:
    for name in ("install.sh", "install.ps1"):
        text = (INSTALLER / name).read_text(encoding="utf-8")
        assert "torch_index.py" in text and "--check-installed" in text, name
    assert "install.ps1" in (INSTALLER / "install.bat").read_text(encoding="utf-8")
