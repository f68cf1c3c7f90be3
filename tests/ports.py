"""Free 127.0.0.1 ports for servers the tests start (the bot's webhook, redis-server, PostgreSQL).

Asking the kernel for port 0 and closing the socket is racy: the number comes from the ephemeral
range, which every outgoing connection also draws from, so a client socket of some other test (to the
Bot API stand-in, to Redis, to PostgreSQL) can take it before the server binds it («address already in
use», seen in CI). Ports are therefore picked *below* the ephemeral range, where the kernel never hands
out numbers by itself, and never twice in one test run.
"""

from __future__ import annotations

import os
import random
import socket
import threading
from pathlib import Path

_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 20000
_lock = threading.Lock()
_handed_out: set[int] = set()


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = (int(part) for part in _RANGE_FILE.read_text().split())
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default
    return low, high


def _candidates() -> range:
    low, high = _ephemeral_range()
    if low - _LOWEST >= 1000:
        return range(_LOWEST, low)
    return range(high + 1, 65536)  # an unusual ephemeral range: use the ports above it


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port nothing listens on now, outside the ephemeral range, not handed out before in this run."""
    candidates = _candidates()
    # Concurrent test runs on one machine start at different points of the range.
    start = random.Random(os.getpid()).randrange(len(candidates))
    with _lock:
        for step in range(len(candidates)):
            port = candidates[(start + step) % len(candidates)]
            if port not in _handed_out and _bindable(port):
                _handed_out.add(port)
                return port
    raise RuntimeError("no free 127.0.0.1 port below the ephemeral range")
