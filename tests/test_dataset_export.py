"""The exported dataset_config TOML and command line describe the same subsets as the layout."""

import shlex
import sys

import pytest

from dataprep.buckets import BucketSettings
from dataprep.dataset_export import (
    DatasetOptions,
    dataset_config,
    format_command,
    train_network_args,
    write_dataset_config,
)
from dataprep.layout import LayoutError, plan_layout
from dataprep.project import Concept, Project
from dataprep.steps import Schedule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture
def setup(tmp_path):
    project = Project(tmp_path, concepts=[
        Concept("ohwx", "woman", 10, "a", "reg", 1),
        Concept("sks", "dog", 4, "b", caption_extension=".caption"),
    ])
    folders = plan_layout(project.concepts, project)
    options = DatasetOptions(BucketSettings((768, 512), min_bucket_reso=320), Schedule(4, 2, max_train_epochs=8),
                             shuffle_caption=True, keep_tokens=1)
    return project, folders, options


def test_toml_lists_the_layout_subsets(setup, tmp_path):
    project, folders, options = setup
    path = write_dataset_config(tmp_path / "dataset.toml", folders, project.train_dir, options)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["general"] == {"shuffle_caption": True, "keep_tokens": 1}
    (dataset,) = data["datasets"]
    assert dataset["resolution"] == [768, 512] and dataset["batch_size"] == 4
    assert (dataset["enable_bucket"], dataset["min_bucket_reso"], dataset["max_bucket_reso"]) == (True, 320, 1024)
    got = [(s["image_dir"], s["num_repeats"], s["class_tokens"], s["is_reg"], s["caption_extension"])
           for s in dataset["subsets"]]
    train = project.train_dir.resolve()
    assert got == [(str(train / "img/10_ohwx woman"), 10, "ohwx woman", False, ".txt"),
                   (str(train / "img/4_sks dog"), 4, "sks dog", False, ".caption"),
                   (str(train / "reg/1_woman"), 1, "woman", True, ".txt")]
    # the folder names carry the same repeats and class tokens
    for subset in dataset["subsets"]:
        name = subset["image_dir"].rsplit("/", 1)[-1]
        assert name == f"{subset['num_repeats']}_{subset['class_tokens']}"


def test_square_resolution_and_no_buckets(setup):
    project, folders, _ = setup
    data = dataset_config(folders, project.train_dir, DatasetOptions(BucketSettings((512, 512), enable_bucket=False)))
    assert data["datasets"][0]["resolution"] == 512
    assert "min_bucket_reso" not in data["datasets"][0]


def test_command_with_dataset_config(setup, tmp_path):
    project, folders, options = setup
    args = train_network_args(folders, project.train_dir, options, pretrained_model="/m/v1-5.safetensors",
                              output_dir=tmp_path / "out", output_name="ohwx", dataset_config_path=tmp_path / "d.toml")
    assert args[:4] == ["accelerate", "launch", "--num_cpu_threads_per_process=2", "train_network.py"]
    assert f"--dataset_config={tmp_path / 'd.toml'}" in args
    assert "--max_train_epochs=8" in args and "--gradient_accumulation_steps=2" in args
    assert shlex.split(format_command(args, windows=False)) == args


def test_command_with_folders(setup, tmp_path):
    project, folders, options = setup
    with pytest.raises(LayoutError, match="different caption extensions"):
        train_network_args(folders, project.train_dir, options, pretrained_model="m", output_dir=tmp_path,
                           output_name="x")
    same = [f for f in folders if f.caption_extension == ".txt"]
    args = train_network_args(same, project.train_dir, options, pretrained_model="m", output_dir=tmp_path,
                              output_name="x")
    train = project.train_dir.resolve()
    for flag in [f"--train_data_dir={train / 'img'}", f"--reg_data_dir={train / 'reg'}", "--resolution=768,512",
                 "--train_batch_size=4", "--caption_extension=.txt", "--enable_bucket", "--min_bucket_reso=320",
                 "--shuffle_caption", "--keep_tokens=1"]:
        assert flag in args
    assert format_command(["a b", "c"], windows=True) == '"a b" c'


def test_options_from_config():
    options = DatasetOptions.from_config({"resolution": "768,512", "enable_bucket": False, "train_batch_size": 2,
                                          "max_train_epochs": 3, "keep_tokens": 1, "project": "ignored"})
    assert options.buckets == BucketSettings((768, 512), enable_bucket=False)
    assert options.schedule == Schedule(2, 1, 3, None) and options.keep_tokens == 1
    with pytest.raises(ValueError, match=r"run\.toml: train_batch_size"):
        DatasetOptions.from_config({"train_batch_size": 0}, "run.toml")
    with pytest.raises(ValueError, match=r"run\.toml"):
        DatasetOptions.from_config({"min_bucket_reso": "low"}, "run.toml")
