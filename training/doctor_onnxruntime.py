"""``danlu doctor``'s onnxruntime probe: onnxruntime-gpu lists its CUDA provider and still falls back to the CPU
silently when the CUDA libraries do not load, so a real CUDA session is created from a one-node model."""

from __future__ import annotations

import re
import tempfile
from typing import Any

from dataprep.phrases import Phrase
from training.doctor_probes import dist_version, error_text, fd_redirected

ORT_DISTRIBUTIONS = ("onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino")


def _ort_failure_reason(log: str) -> str:
    """The useful line of onnxruntime's log when its CUDA provider fails to load."""
    log = re.sub(r"\x1b\[[0-9;]*m", "", log)
    missing = re.search(r"with error: (.+)", log)
    if missing:
        return missing.group(1).strip()
    for line in log.splitlines():
        if "CUDAExecutionProvider" in line or "CUDA" in line:
            return line.split("] ", 1)[-1].strip()
    return log.strip().splitlines()[-1] if log.strip() else Phrase("no reason given")


def _probe_ort_cuda(ort: Any) -> tuple[bool | None, str]:
    """Whether a CUDA session can really be created: onnxruntime-gpu falls back to the CPU silently."""
    try:
        from onnx import TensorProto, helper
    except ImportError:
        return None, Phrase("the onnx package is missing, so no test model could be built")
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "doctor", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    with tempfile.TemporaryFile(mode="w+b") as log:
        try:
            with fd_redirected(2, log.fileno()):
                session = ort.InferenceSession(
                    model.SerializeToString(), providers=["CUDAExecutionProvider", "CPUExecutionProvider"]
                )
        except Exception as exc:  # onnxruntime raises its own exception types
            return False, error_text(exc)
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    if "CUDAExecutionProvider" in session.get_providers():
        return True, ""
    return False, _ort_failure_reason(text)


def onnxruntime_info() -> dict[str, Any]:
    dists = {name: v for name in ORT_DISTRIBUTIONS if (v := dist_version(name))}
    try:
        import onnxruntime as ort
    except Exception as exc:
        return {"installed": False, "distributions": dists, "error": error_text(exc)}
    providers = list(ort.get_available_providers())
    info: dict[str, Any] = {
        "installed": True,
        "version": ort.__version__,
        "distributions": dists,
        "providers": providers,
        "cuda_provider": "not listed",
        "cuda_error": "",
    }
    if "CUDAExecutionProvider" in providers:
        usable, reason = _probe_ort_cuda(ort)
        info["cuda_provider"] = {True: "usable", False: "listed but unusable", None: "unknown"}[usable]
        info["cuda_error"] = reason
    return info
