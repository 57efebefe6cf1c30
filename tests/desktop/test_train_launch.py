"""The Train page's command line for a run: plain for one process, accelerate launch for several."""

from __future__ import annotations

import sys

from desktop.pages.train_launch import train_argv
from training.config import TrainConfig
from training.launch import LAUNCHER_MODULE
from training.run_folders import write_run


def test_run_toml_becomes_the_job_argv(tmp_path):
    cfg = TrainConfig()
    one = write_run(tmp_path, cfg)
    assert train_argv(one) == [sys.executable, "-m", "training", "train", str(one)]

    cfg.launch.num_processes = 2
    two = write_run(tmp_path, cfg)
    argv = train_argv(two)
    assert argv[:3] == [sys.executable, "-m", LAUNCHER_MODULE] and argv[-4:] == ["-m", "training", "train", str(two)]
    assert argv[argv.index("--num_processes") + 1] == "2" and "--multi_gpu" in argv


def test_an_unreadable_run_toml_starts_the_plain_job_which_reports_it(tmp_path):
    bad = tmp_path / "run.toml"
    bad.write_text("[launch]\nnum_processes = 'two'\n", encoding="utf-8")
    assert train_argv(bad) == [sys.executable, "-m", "training", "train", str(bad)]
