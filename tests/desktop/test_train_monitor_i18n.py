"""A training failure's message and hint in the interface language, from the job's event as it arrives."""

from __future__ import annotations

import io

import torch

from dataprep.events import Emitter, parse_event_line
from desktop.pages.train_monitor import ErrorBanner
from training.config import TrainConfig
from training.errors import nan_error, oom_error


def _event(error) -> dict:
    stream = io.StringIO()
    Emitter(stream=stream).error(error.kind, error.message, error.hint)
    event = parse_event_line(stream.getvalue())
    assert event is not None
    return event


def test_out_of_memory_banner_in_simplified_chinese(qtbot, install_catalog):
    cfg = TrainConfig()
    cfg.dataset.train_batch_size = 4
    event = _event(oom_error(cfg, torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")))
    install_catalog("config", "zh_CN")
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(event)
    assert banner.message.text() == "GPU 显存不足（CUDA out of memory. Tried to allocate 2.00 GiB）。"
    hint = banner.hint.text()
    assert "按顺序尝试：把 train_batch_size 降到 2（用梯度累积保持总量）。" in hint
    assert hint.endswith("关闭其他占用 GPU 的程序。") and "Lower" not in hint


def test_nan_banner_in_traditional_chinese_and_english_without_a_catalog(qtbot, install_catalog, tmp_path):
    cfg = TrainConfig()
    error = nan_error(float("nan"), 31, 4, ["a/0001.png"], tmp_path / "lora-000003.safetensors", cfg)
    event = _event(error)
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(event)
    assert banner.message.text() == str(error.message)  # no catalog: the job's English
    assert banner.message.text().startswith("The loss became nan at step 31 (epoch 4)")
    install_catalog("config", "zh_TW")
    banner.show_error(event)
    expected = "損失在第 31 步（第 4 輪）變成了 nan；訓練已在此停止。最後一個正常的檢查點是 "
    assert banner.message.text().startswith(expected)
    assert "0001.png" in banner.hint.text() and "可能的原因：" in banner.hint.text()


def test_the_run_log_speaks_the_interface_language(install_catalog, tmp_path):
    """The trainer's own log lines are Phrases: the Train page's console shows them translated."""
    from dataprep.phrases import Phrase
    from desktop.pages.train_history import log_line

    stream = io.StringIO()
    Emitter(stream=stream).emit("log", message=Phrase("text encoder training stopped at step {step}", step=120))
    event = parse_event_line(stream.getvalue())
    assert event is not None and log_line(event).endswith("text encoder training stopped at step 120")
    install_catalog("config", "zh_TW")
    assert log_line(event).endswith("文字編碼器訓練在第 120 步停止")
