"""Upload a finished run's LoRA (and its final training state) to the Hugging Face Hub.

The token comes only from huggingface_hub's own store (``hf auth login`` / ``huggingface-cli login``,
or the HF_TOKEN variable) and is handed straight to the client: it is never put into a config,
event, log line or file of the run. An upload that cannot happen (offline, no token, a repo error)
is a warning: the LoRA stays saved on disk and the run still counts as done.
"""

from __future__ import annotations

from pathlib import Path

from dataprep.events import Emitter
from dataprep.phrases import Phrase
from training.config import HubSection


def _scrubbed(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text


def upload_outputs(hub: HubSection, lora: Path, state: Path | None, emitter: Emitter) -> list[str]:
    """Put *lora* (and *state*, a folder, when given) into ``hub.huggingface_repo_id``; the URLs uploaded to."""
    if not hub.huggingface_repo_id:
        return []
    from huggingface_hub import HfApi, constants, get_token

    repo = hub.huggingface_repo_id
    kept = Phrase("The LoRA is saved here: {path}.", path=str(lora))
    if constants.HF_HUB_OFFLINE:
        emitter.warning(Phrase("Not uploaded to Hugging Face ({repo}): offline mode is on (HF_HUB_OFFLINE). {kept}",
                               repo=repo, kept=kept))
        return []
    token = get_token()
    if not token:
        emitter.warning(Phrase(
            "Not uploaded to Hugging Face ({repo}): no access token. Log in once with 'hf auth login' (or set "
            "HF_TOKEN), then train again or upload the file yourself. {kept}", repo=repo, kept=kept
        ))
        return []
    api = HfApi(token=token)
    folder = hub.huggingface_path_in_repo.strip("/")
    kind = hub.huggingface_repo_type
    urls: list[str] = []
    try:
        api.create_repo(repo, repo_type=kind, private=hub.huggingface_repo_visibility == "private", exist_ok=True)
        target = f"{folder}/{lora.name}" if folder else lora.name
        urls.append(str(api.upload_file(path_or_fileobj=str(lora), path_in_repo=target, repo_id=repo, repo_type=kind)))
        if state is not None:
            target = f"{folder}/{state.name}" if folder else state.name
            info = api.upload_folder(folder_path=str(state), path_in_repo=target, repo_id=repo, repo_type=kind)
            urls.append(str(info))
    except Exception as exc:  # any failure of the network or the Hub: the run's files are what matters
        reason = _scrubbed(f"{type(exc).__name__}: {exc}", token).strip().splitlines()[0]
        emitter.warning(Phrase(
            "Upload to Hugging Face repo {repo} failed ({reason}). Check the repo id, that your token may write "
            "to it, and the connection. {kept}", repo=repo, reason=reason, kept=kept
        ))
        return urls
    emitter.emit("log", message=Phrase("uploaded to Hugging Face: {repo}", repo=repo), urls=urls)
    return urls


def state_to_upload(hub: HubSection, state: Path) -> Path | None:
    """The final state folder when it is to be uploaded and was saved."""
    return state if hub.save_state_to_huggingface and state.is_dir() else None

