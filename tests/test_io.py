"""Atomic writes."""

from __future__ import annotations

import os
import stat
import threading

from timeline.io import atomic_write_bytes, atomic_write_text


def test_replaces_a_file_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a" / "out.txt"
    atomic_write_text(target, "أول")
    atomic_write_text(target, "ثان")
    assert target.read_text(encoding="utf-8") == "ثان"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.txt"]


def test_a_device_or_pipe_is_written_to_not_replaced(tmp_path):
    # /dev/null must stay the device (renaming over it once broke every later subprocess)
    atomic_write_bytes("/dev/null", b"nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    atomic_write_bytes(fifo, b"data")
    reader.join(timeout=10)
    assert got == [b"data"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
