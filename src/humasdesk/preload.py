"""Start-up on Linux: the font configuration is loaded on a second core while the interpreter
imports Qt and HumasDesk's own modules, so the window appears sooner.

The first font Qt asks for makes fontconfig read its configuration (dozens of XML files, about
8 ms here). Qt uses the same libfontconfig, whose FcInit() loads the configuration once per
process and may be called from any thread; ctypes lets go of the interpreter lock while the C
function runs, so the imports carry on meanwhile. If it fails, nothing is lost: Qt then loads
the configuration itself.

(Loading Qt's own libraries this way was tried and gains nothing: the dynamic loader's lock
makes the interpreter's own extension imports wait meanwhile.)
"""

from __future__ import annotations

import threading


def _load() -> None:
    import ctypes

    try:
        ctypes.CDLL("libfontconfig.so.1").FcInit()
    except OSError:
        pass  # no fontconfig here: Qt finds its fonts its own way


def start() -> None:
    threading.Thread(target=_load, name="fontconfig", daemon=True).start()
