"""The ``humasdesk`` command. Without arguments the window opens, and nothing the window does
not need is imported first (the command line's parser, for one)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Only when the window is about to open (no arguments): the command line needs no fonts.
if sys.platform.startswith("linux") and not sys.argv[1:]:
    from . import preload

    preload.start()

# The services first, before Qt: once PySide6 is imported it inspects every module imported
# after it, which makes each later import slower.
from . import app as _app  # noqa: E402,F401


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from .ui.main import run_gui

        return run_gui(argv)
    from .cli import main as cli_main

    return cli_main(argv)
