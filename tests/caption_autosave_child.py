"""Child process for test_caption_autosave_kill: the caption editor's save loop without the GUI.

Opens a CaptionStore on the folder given as argv[1], sets caption 0 to argv[2], prints "edited",
then does what the GUI's timer does (sleep until next_save_in, call autosave) until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dataprep.caption_store import CaptionStore


def main() -> None:
    store = CaptionStore.open(Path(sys.argv[1]))
    store.set_text(0, sys.argv[2])
    print("edited", flush=True)
    while True:
        wait = store.next_save_in()
        time.sleep(0.05 if wait is None else wait)
        store.autosave()


if __name__ == "__main__":
    main()
