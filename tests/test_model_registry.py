"""Model manager: a fake Hugging Face cache in tmp_path, local folders, offline errors. No network."""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

import pytest
from huggingface_hub.errors import EntryNotFoundError, GatedRepoError, LocalEntryNotFoundError, RepositoryNotFoundError

from dataprep import model_registry as registry
from dataprep.model_registry import (
    BLIP,
    KNOWN_MODELS,
    WD_TAGGER,
    ModelFileError,
    ModelUnavailableError,
    delete_model,
    detect_kind,
    list_cached_models,
    local_model,
    offline_reason,
    resolve_model,
    verify_model,
)
from dataprep.wd_tagger import WDTagger

VIT_V3 = "SmilingWolf/wd-vit-tagger-v3"
BLIP_BASE = "Salesforce/blip-image-captioning-base"
REVISION = "0123456789abcdef0123456789abcdef01234567"


def add_to_cache(cache: Path, repo_id: str, files: dict[str, bytes], kind: str = "models") -> Path:
    """Lay out *files* as huggingface_hub does: blobs named by SHA-256, snapshot symlinks, refs/main."""
    repo = cache / f"{kind}--{repo_id.replace('/', '--')}"
    snapshot = repo / "snapshots" / REVISION
    snapshot.mkdir(parents=True, exist_ok=True)
    (repo / "blobs").mkdir(exist_ok=True)
    (repo / "refs").mkdir(exist_ok=True)
    (repo / "refs" / "main").write_text(REVISION)
    for name, data in files.items():
        digest = hashlib.sha256(data).hexdigest()
        (repo / "blobs" / digest).write_bytes(data)
        (snapshot / name).symlink_to(Path("..") / ".." / "blobs" / digest)
    return snapshot


def tagger_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("model.onnx", "selected_tags.csv")}


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_known_models_cover_the_taggers_and_blip() -> None:
    wd = [r for r, s in KNOWN_MODELS.items() if s.kind == WD_TAGGER]
    assert len(wd) == 8 and all(r.startswith("SmilingWolf/") for r in wd)
    assert {"SmilingWolf/wd-eva02-large-tagger-v3", "SmilingWolf/wd-v1-4-moat-tagger-v2"} <= set(wd)
    blip = {r for r, s in KNOWN_MODELS.items() if s.kind == BLIP}
    assert blip == {BLIP_BASE, "Salesforce/blip-image-captioning-large"}
    assert KNOWN_MODELS[VIT_V3].files == ("model.onnx", "selected_tags.csv")


def test_cached_model_resolves_offline_and_loads(tiny_models, tmp_path: Path, offline: None) -> None:
    snapshot = add_to_cache(tmp_path, VIT_V3, tagger_files(tiny_models.wd_tagger))
    model = resolve_model(VIT_V3, cache_dir=tmp_path)
    assert model.path == snapshot and model.kind == WD_TAGGER and model.repo_id == VIT_V3
    assert WDTagger(model.path, provider="cpu").image_size == 64


def test_a_cached_model_is_used_without_asking_the_hub(
    tiny_models, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Online, huggingface_hub would check every file with the Hub first: 10 s a file where connections hang."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("DANLU_OFFLINE", raising=False)
    asked = []

    def hub(repo_id: str, filename: str, **kwargs: object) -> str:
        asked.append(filename)
        cached = snapshot / filename
        if not cached.exists():
            add_to_cache(tmp_path, repo_id, {filename: tagger_files(tiny_models.wd_tagger)[filename]})
        return str(cached)

    monkeypatch.setattr(registry, "hf_hub_download", hub)
    snapshot = add_to_cache(tmp_path, VIT_V3, tagger_files(tiny_models.wd_tagger))
    assert resolve_model(VIT_V3, cache_dir=tmp_path).path == snapshot and asked == []
    (snapshot / "selected_tags.csv").unlink()  # incomplete: fetched
    assert resolve_model(VIT_V3, cache_dir=tmp_path).path == snapshot and asked == ["model.onnx", "selected_tags.csv"]


def test_missing_model_offline_says_which_file_and_how_to_get_it(tmp_path: Path, offline: None) -> None:
    add_to_cache(tmp_path, VIT_V3, {"selected_tags.csv": b"tag_id,name,category,count\n"})
    with pytest.raises(ModelUnavailableError) as err:
        resolve_model(VIT_V3, cache_dir=tmp_path)
    message = str(err.value)
    assert "WD tagger SmilingWolf/wd-vit-tagger-v3" in message
    assert "lacks model.onnx" in message and "HF_HUB_OFFLINE=1" in message
    assert "`hf download SmilingWolf/wd-vit-tagger-v3 model.onnx selected_tags.csv`" in message
    assert "pick a local folder" in message


def test_danlu_offline_alone_is_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("DANLU_OFFLINE", "true")
    with pytest.raises(ModelUnavailableError, match=r"DANLU_OFFLINE=true.*unset DANLU_OFFLINE"):
        resolve_model(BLIP_BASE, cache_dir=tmp_path)
    monkeypatch.setenv("DANLU_OFFLINE", "0")
    assert offline_reason() is None


def test_download_reports_progress_and_tolerates_optional_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wiring to huggingface_hub: a stand-in hf_hub_download that drives tqdm_class as it does."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("DANLU_OFFLINE", raising=False)
    asked = []

    def fake_download(repo_id: str, filename: str, cache_dir: str, tqdm_class: type) -> str:
        asked.append(filename)
        if filename == "tokenizer.json":
            raise EntryNotFoundError(f"{filename} not in {repo_id}")
        data = b"x" * 2500
        bar = tqdm_class(total=len(data), initial=0, desc=filename, unit="B")
        for start in range(0, len(data), 1000):
            bar.update(len(data[start : start + 1000]))
        bar.close()
        return str(add_to_cache(Path(cache_dir), repo_id, {filename: data}) / filename)

    monkeypatch.setattr(registry, "hf_hub_download", fake_download)
    events: list[tuple[str, int, int | None]] = []
    model = resolve_model(BLIP_BASE, cache_dir=tmp_path, progress=lambda *e: events.append(e))
    spec = KNOWN_MODELS[BLIP_BASE]
    assert asked == list(spec.files + spec.optional_files)
    assert ("model.safetensors", 0, 2500) in events and ("model.safetensors", 2500, 2500) in events
    assert model.kind == BLIP and (model.path / "model.safetensors").is_file()


def test_unreachable_hub_is_not_mistaken_for_a_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("DANLU_OFFLINE", raising=False)

    def no_connection(*args: object, **kwargs: object) -> str:
        raise LocalEntryNotFoundError("cannot reach the hub")

    monkeypatch.setattr(registry, "hf_hub_download", no_connection)
    with pytest.raises(ModelUnavailableError, match="cannot be reached"):
        resolve_model(VIT_V3, cache_dir=tmp_path)


def test_a_hugging_face_cache_folder_picked_as_a_local_folder(tiny_models, tmp_path: Path) -> None:
    """Browsing ~/.cache/huggingface/hub, the user picks models--owner--name: its snapshot holds the files."""
    snapshot = add_to_cache(tmp_path, VIT_V3, tagger_files(tiny_models.wd_tagger))
    repo = tmp_path / "models--SmilingWolf--wd-vit-tagger-v3"
    assert detect_kind(repo) == WD_TAGGER
    model = resolve_model(str(repo))
    assert model.path == snapshot and model.kind == WD_TAGGER
    (repo / "refs" / "main").unlink()  # no ref: its only snapshot
    assert local_model(repo).path == snapshot


def hub_error(cls: type, status: int) -> Exception:
    import httpx2

    url = f"https://huggingface.co/{VIT_V3}/resolve/main/model.onnx"
    response = httpx2.Response(status, request=httpx2.Request("HEAD", url))
    return cls(f"{status} Client Error.\n\nRepository Not Found for url: {url}.\nPlease make sure you specified the "
               "correct `repo_id` and `repo_type`.", response=response)


@pytest.mark.parametrize("failure, message", [
    (lambda: OSError(errno.ENOSPC, "No space left on device"),
     r"cannot write to the Hugging Face cache \(.*\): No space left on device\. Free some space on that disk"),
    (lambda: PermissionError(errno.EACCES, "Permission denied"),
     r"cannot write to the Hugging Face cache \(.*\): Permission denied\. .*make the folder writable"),
    (lambda: hub_error(RepositoryNotFoundError, 401),
     r"^SmilingWolf/wd-vit-tagger-v3 is not on the Hugging Face Hub \(or it is private\)\. Check the name"),
    (lambda: hub_error(GatedRepoError, 403), r"^SmilingWolf/wd-vit-tagger-v3 is gated .* accept its terms"),
])  # fmt: skip
def test_download_failures_say_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure, message) -> None:
    """A full disk is not a connection problem, a mistyped repository is not a network error."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("DANLU_OFFLINE", raising=False)

    def fails(*args: object, **kwargs: object) -> str:
        raise failure()

    monkeypatch.setattr(registry, "hf_hub_download", fails)
    with pytest.raises(ModelUnavailableError, match=message) as caught:
        resolve_model(VIT_V3, cache_dir=tmp_path)
    assert "connection" not in str(caught.value) and "\n" not in str(caught.value)


def test_local_folders_and_files(tiny_models, tmp_path: Path) -> None:
    assert resolve_model(str(tiny_models.wd_tagger)).kind == WD_TAGGER
    assert resolve_model(str(tiny_models.wd_tagger / "model.onnx")).path == tiny_models.wd_tagger
    assert local_model(tiny_models.blip).kind == BLIP
    with pytest.raises(ModelUnavailableError, match="holds a WD tagger, not a BLIP captioner"):
        local_model(tiny_models.wd_tagger, BLIP)
    half = tmp_path / "half"
    half.mkdir()
    (half / "model.onnx").write_bytes((tiny_models.wd_tagger / "model.onnx").read_bytes())
    with pytest.raises(ModelUnavailableError, match=r"missing selected_tags\.csv"):
        resolve_model(str(half))
    with pytest.raises(ModelUnavailableError, match="no captioning model here"):
        resolve_model(str(tmp_path))
    with pytest.raises(ModelUnavailableError, match="no such folder"):
        resolve_model(str(tmp_path / "nowhere"))


def test_unknown_repo_needs_a_kind(tmp_path: Path, offline: None) -> None:
    with pytest.raises(ModelUnavailableError, match="not a model Danlu knows"):
        resolve_model("someone/my-tagger", cache_dir=tmp_path)
    with pytest.raises(ModelUnavailableError, match="someone/my-tagger is not downloaded"):
        resolve_model("someone/my-tagger", WD_TAGGER, cache_dir=tmp_path)


def test_list_cached_models_with_sizes_and_leftovers(tiny_models, tmp_path: Path) -> None:
    wd_files = tagger_files(tiny_models.wd_tagger)
    add_to_cache(tmp_path, VIT_V3, wd_files)
    blip_files = {"config.json": json.dumps({"model_type": "blip"}).encode(), "vocab.txt": b"[PAD]\n"}
    blip_snapshot = add_to_cache(tmp_path, BLIP_BASE, blip_files)
    (blip_snapshot.parent.parent / "blobs" / "abc.1234.incomplete").write_bytes(b"z" * 777)
    add_to_cache(tmp_path, "someone/other", {"weights.bin": b"w" * 10})
    add_to_cache(tmp_path, "someone/data", {"data.csv": b"d"}, kind="datasets")

    listed = {m.repo_id: m for m in list_cached_models(tmp_path)}
    assert list(listed) == [BLIP_BASE, VIT_V3, "someone/other"]
    wd = listed[VIT_V3]
    assert wd.complete and wd.size_on_disk == sum(len(d) for d in wd_files.values()) and wd.spec is not None
    blip = listed[BLIP_BASE]
    assert not blip.complete and "model.safetensors" in blip.missing and blip.incomplete_bytes == 777
    assert listed["someone/other"].spec is None and listed["someone/other"].complete
    assert list_cached_models(tmp_path / "no-cache-here") == []


def test_delete_model(tmp_path: Path) -> None:
    snapshot = add_to_cache(tmp_path, VIT_V3, {"model.onnx": b"m" * 100, "selected_tags.csv": b"c" * 5})
    locks = tmp_path / ".locks" / snapshot.parent.parent.name
    locks.mkdir(parents=True)
    assert delete_model(VIT_V3, tmp_path) == 105
    assert not snapshot.parent.parent.exists() and not locks.exists()
    assert list_cached_models(tmp_path) == []
    with pytest.raises(ModelUnavailableError, match="nothing to delete"):
        delete_model(VIT_V3, tmp_path)


def test_damaged_cached_file_is_detected(tiny_models, tmp_path: Path, offline: None) -> None:
    snapshot = add_to_cache(tmp_path, VIT_V3, tagger_files(tiny_models.wd_tagger))
    assert verify_model(snapshot) == []
    blob = (snapshot / "model.onnx").resolve()
    blob.write_bytes(blob.read_bytes()[:1000])  # a truncated file under its full-file hash
    assert verify_model(snapshot) == ["model.onnx"]
    with pytest.raises(ModelFileError, match="checksum does not match"):
        WDTagger(resolve_model(VIT_V3, cache_dir=tmp_path).path, provider="cpu")
