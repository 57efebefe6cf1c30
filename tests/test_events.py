"""The event protocol: what a job writes is what the GUI reads back, even after a crash."""

from __future__ import annotations

import io
import json
import math
import re
from pathlib import Path

import pytest

from dataprep.events import (
    EVENTS_FILE,
    Emitter,
    EventError,
    encode_event,
    parse_event_line,
    read_events,
    summarize,
    validate_event,
)
from dataprep.phrases import Phrase


def test_round_trip_stream_and_file(tmp_path: Path) -> None:
    out = io.StringIO()
    emitter = Emitter(run_dir=tmp_path, stream=out)
    emitter.emit("start", job="train")
    emitter.progress(3, 10, "step")
    emitter.emit("metrics", step=3, epoch=1, loss=0.25, loss_avg=0.3, lr=[1e-4, 5e-5], it_per_s=2.0)
    emitter.emit("checkpoint", path="runs/a/x.safetensors", epoch=1, step=3)
    emitter.warning("caption missing", path="img/1.png")
    emitter.emit("done", outputs=["runs/a/x.safetensors"])
    emitter.close()

    from_stream = [parse_event_line(line) for line in out.getvalue().splitlines()]
    from_file = list(read_events(tmp_path / EVENTS_FILE))
    assert from_stream == from_file
    assert [e["event"] for e in from_file] == ["start", "progress", "metrics", "checkpoint", "warning", "done"]
    assert from_file[2]["lr"] == [1e-4, 5e-5]
    summary = summarize(from_file)
    assert summary.state == "finished"
    assert (summary.done, summary.total, summary.unit) == (3, 10, "step")
    assert summary.warnings == 1
    assert summary.outputs == ["runs/a/x.safetensors"]


def test_nan_loss_is_reported_not_dropped(tmp_path: Path) -> None:
    out = io.StringIO()
    Emitter(stream=out).emit("metrics", step=7, loss=math.nan, loss_avg=math.inf)
    event = parse_event_line(out.getvalue())
    assert event is not None
    assert event["loss"] == "nan" and event["loss_avg"] == "inf"
    json.loads(out.getvalue())  # strict JSON: no bare NaN tokens


def test_torn_last_line_and_garbage_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / EVENTS_FILE
    good = encode_event({"event": "progress", "done": 1, "total": 2, "unit": "image"})
    path.write_text(
        "some library printed this\n"
        + good + "\n"
        + "[1, 2, 3]\n"
        + '{"event": "no-such-event"}\n'
        + '{"event": "progress", "done": 2, "tot',  # killed mid-write
        encoding="utf-8",
    )
    assert [e["done"] for e in read_events(path)] == [1]


@pytest.mark.parametrize(
    ("event", "fragment"),
    [
        ({"event": "bogus"}, "unknown event"),
        ({"event": "progress", "done": 1, "total": 2}, "lacks field(s) unit"),
        ({"event": "progress", "done": 1, "total": 2, "unit": "parsec"}, "progress unit"),
        ({"event": "error", "kind": "meltdown", "message": "x"}, "error kind"),
        ({"event": "sample", "path": "a.png"}, "lacks field(s) prompt"),
    ],
)
def test_malformed_events_are_rejected_at_the_source(event: dict, fragment: str) -> None:
    with pytest.raises(EventError, match=re.escape(fragment)):
        validate_event(event)


def test_summary_states() -> None:
    assert summarize([]).state == "queued"
    assert summarize([{"event": "start", "job": "x"}]).state == "running"
    assert summarize([{"event": "start", "job": "x"}, {"event": "cancelled"}]).state == "cancelled"
    failed = summarize([{"event": "start", "job": "x"}, {"event": "error", "kind": "nan", "message": "m"}])
    assert failed.state == "failed" and failed.error["kind"] == "nan"


def test_phrase_fields_travel_as_templates_beside_the_english() -> None:
    stream = io.StringIO()
    tips = [Phrase("Lower network_dim (now {dim}).", dim=64), Phrase("Turn on cache_latents.")]
    hint = Phrase("Try these, in this order: {tips}", tips=tips)
    Emitter(stream=stream).error("oom", Phrase("The GPU ran out of memory ({error}).", error="2 GiB"), hint)
    event = parse_event_line(stream.getvalue())
    assert event is not None
    assert event["hint"] == "Try these, in this order: Lower network_dim (now 64). Turn on cache_latents."
    message = {"template": "The GPU ran out of memory ({error}).", "values": {"error": "2 GiB"}}
    assert event["phrases"]["message"] == message
    rebuilt = Phrase.from_json(event["phrases"]["hint"])
    assert rebuilt == event["hint"] and rebuilt.values["tips"][0].values == {"dim": 64}


def test_plain_messages_carry_no_phrases() -> None:
    stream = io.StringIO()
    Emitter(stream=stream).warning("3 images have no caption file")
    event = parse_event_line(stream.getvalue())
    assert event is not None and "phrases" not in event


def test_a_phrase_crosses_a_process_boundary_whole() -> None:
    """Worker processes pickle Phrases (a scan's problems, a prepare failure); the English may hold braces."""
    import pickle

    inner = Phrase("bad row {line}", line=3)
    phrase = Phrase("{path}: {what} ({detail})", path="a.jpg", what=inner, detail="{'x': 1}")
    back = pickle.loads(pickle.dumps(phrase))
    assert back == "a.jpg: bad row 3 ({'x': 1})" and back.template == phrase.template
    assert back.values["what"].values == {"line": 3}
