"""What HumasDesk needs to know about, and do for, the user's screen reader.

- ``screen_reader_running()``: whether one is running, to choose the default of "Speak
  messages aloud" (off with a screen reader: it speaks the messages; on without one). Slow-ish
  (a D-Bus round trip, a system call or a subprocess): run it off the GUI thread, after the
  first paint.
- ``FocusBeforeCaret``: makes Tab into a text field speak with Orca (see there).
"""

from __future__ import annotations

import sys

# Not Qt's "Qt" namespace here: it costs about 15 ms to load, and the window's first paint
# needs none of it (tests/ui/test_startup_path.py).
from PySide6.QtCore import QEvent, QObject

ASK_TIMEOUT_MS = 2000  # a bus that does not answer in time counts as "cannot tell"


def screen_reader_running(platform: str = sys.platform) -> bool | None:
    """True or False when the system says; None when it cannot tell."""
    try:
        if platform.startswith("win"):
            return _windows_screen_reader()
        if platform == "darwin":
            return _voiceover_running()
        return _atspi_screen_reader_enabled()
    except Exception:  # noqa: BLE001 - an unknowable answer, not an error for the user
        return None


def _atspi_screen_reader_enabled() -> bool | None:
    """The AT-SPI status: ``org.a11y.Status.ScreenReaderEnabled`` of ``org.a11y.Bus`` on the
    session bus, set by the desktop when the user turns the screen reader on (GNOME's Orca
    switch, Super+Alt+S) and read by Qt and GTK to switch their accessibility on."""
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    ask = QDBusMessage.createMethodCall("org.a11y.Bus", "/org/a11y/bus",
                                        "org.freedesktop.DBus.Properties", "Get")
    ask.setArguments(["org.a11y.Status", "ScreenReaderEnabled"])
    # Only ask: do not start the accessibility bus for it (no screen reader runs without it).
    ask.setAutoStartService(False)
    reply = bus.call(ask, QDBus.CallMode.Block, ASK_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    value = reply.arguments()[0]
    value = getattr(value, "variant", lambda: value)()  # a QDBusVariant in some bindings
    return value if isinstance(value, bool) else None


def _windows_screen_reader() -> bool:
    """SPI_GETSCREENREADER: set by NVDA, JAWS and Narrator while they run."""
    import ctypes
    from ctypes import wintypes

    spi_getscreenreader = 0x0046
    running = wintypes.BOOL()
    if not ctypes.windll.user32.SystemParametersInfoW(spi_getscreenreader, 0,
                                                       ctypes.byref(running), 0):
        raise OSError("SystemParametersInfoW failed")
    return bool(running.value)


def _voiceover_running() -> bool:
    """VoiceOver's switch in the universal-access preferences (what ⌘F5 toggles)."""
    import subprocess  # here: the window's start-up imports this module, and not subprocess

    result = subprocess.run(["defaults", "read", "com.apple.universalaccess",
                             "voiceOverOnOffKey"], capture_output=True, text=True, timeout=5)
    return result.returncode == 0 and result.stdout.strip() == "1"


class FocusBeforeCaret(QObject):
    """Tab (or its Alt+letter) into a line edit: Qt's line edit selects its text on such a
    focus-in, and reports that selection and caret move to the accessibility bus before it
    reports the focus. Orca then takes the field as focused without saying it (its caret
    handler moves its focus silently): Tab into the field is silent. So the field gets the
    focus-in as for any other focus change (nothing moves, nothing is reported), Qt reports
    the focus, and only then is its text selected, as Tab always does: Orca says the field,
    then any selected text. ``labelled()`` installs it on every labelled line edit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FocusIn:
            return False
        from PySide6.QtCore import Qt

        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            from PySide6.QtCore import QTimer
            from PySide6.QtGui import QFocusEvent

            watched.event(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
            QTimer.singleShot(0, watched, watched.selectAll)
            return True
        return False


focus_before_caret = FocusBeforeCaret()
