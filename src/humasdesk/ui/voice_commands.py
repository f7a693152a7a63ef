"""Command mode: F9 (or the wake phrase while dictating) listens for one command, says and
shows what was understood, asks "ya / tidak" (or Enter / Escape) for public and destructive
actions, and runs it through the same QAction a key would (so the tremor filter and the undo
window of "Publish now" still apply). Unknown speech does nothing and says so.

Recognition runs on the speech controller's thread; its callbacks come here as queued signals.
The matching itself is ``domain/voice.py`` (through ``services/voice.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from ..domain.i18n import translate


class VoiceCommands(QObject):
    heard = Signal(str)
    failed = Signal(str)

    def __init__(self, window, source_factory: Callable | None = None):
        super().__init__(window)
        self.window = window
        self.ui = window.ui
        self.source_factory = source_factory  # tests feed recordings; None: the microphone
        self._pending = None  # an Understood waiting for "ya" / "tidak"
        self.asking = None  # an Understood whose choices were asked about
        self.controller = None
        self.last = None  # the last Understood, for tests and "repeat"
        self.heard.connect(self.handle)
        self.failed.connect(self._failed)

    @property
    def pending(self):
        return self._pending

    @pending.setter
    def pending(self, understood) -> None:
        # While a command waits for its answer, Enter and Escape answer it wherever the focus
        # is (the filter is on the application only for that time).
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if understood is not None and self._pending is None:
            app.installEventFilter(self)
        elif understood is None and self._pending is not None:
            app.removeEventFilter(self)
        self._pending = understood

    def service(self):
        from ..services.voice import VoiceCommandService

        app = self.ui.app
        return VoiceCommandService(app.dictation, app.accounts, app.settings)

    def page(self) -> str:
        return self.window.current_page_name()

    # -- listening ---------------------------------------------------------------------------

    def listen(self) -> None:
        """Listen for one command (or for the answer to the question asked)."""
        if self.controller is not None and self.controller.active:
            self.controller.stop()
            return
        answers_only = self.pending is not None
        extra = {"source_factory": self.source_factory} if self.source_factory else {}
        self.controller = self.service().controller(
            page=self.page(), answers_only=answers_only,
            on_result=lambda r: self.heard.emit(r.text),
            on_error=lambda e: self.failed.emit(str(e)), **extra)
        self.ui.announcer.announce(translate("Voice", "Say the command."))
        self.controller.start()

    def _failed(self, message: str) -> None:
        self.ui.announcer.announce(message, assertive=True)

    def _say(self, text: str) -> None:
        """Shown in the status line and said (the announcer; HumasDesk's own voice when he
        chose self-voicing)."""
        self.ui.announcer.announce(text)

    # -- what was heard ----------------------------------------------------------------------

    def handle(self, heard: str) -> None:
        from ..services.voice import Outcome, answer

        service = self.service()
        if self.pending is not None:
            said = answer(heard)
            if said is None:
                self._say(translate("Voice", "Say “ya” or “tidak”, or press Enter or Escape."))
                return
            self.confirm(said)
            return
        if self.asking is not None:
            choices = self.asking.choices
            yes = answer(heard)
            self.asking = None
            if yes is True and len(choices) == 1:
                understood = service.understand(choices[0].phrases[0], page=self.page())
            elif yes is False:
                self._say(translate("Voice", "Nothing was done."))
                return
            else:
                from ..domain.voice import match

                understood = match(heard, choices, now=_now(), zone=service.zone(),
                                   targets=service.targets())
        else:
            understood = service.understand(heard, page=self.page())
        self.last = understood
        self._say(understood.message)
        if understood.outcome is Outcome.RUN:
            self.run(understood)
        elif understood.outcome is Outcome.CONFIRM:
            self.pending = understood
        elif understood.outcome is Outcome.ASK:
            self.asking = understood

    def confirm(self, yes: bool) -> None:
        understood, self.pending = self.pending, None
        if understood is None:
            return
        if yes:
            self.run(understood)
        else:
            self._say(translate("Voice", "Stopped: “{command}” was not done.").format(
                command=understood.command.label))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self.pending is not None and event.type() == QEvent.Type.ShortcutOverride:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                event.accept()
                self.confirm(key != Qt.Key.Key_Escape)
                return True
        return False

    # -- running -----------------------------------------------------------------------------

    def run(self, understood) -> None:
        action_id = understood.command.action_id
        arguments = understood.arguments
        compose = self.window.pages.get("compose")
        if "account" in arguments:
            if compose is None:
                compose = self.window.page("compose")
            row = compose.rows.get(arguments["account"].id)
            if row is not None:
                row.checkbox.setChecked(action_id == "compose.choose_account")
            return
        if "when" in arguments and compose is not None and compose.when is not None:
            compose.when.set_instant(arguments["when"])
        action = self.ui.actions.actions.get(action_id)
        if action is None:
            return
        if not action.isEnabled():
            self._say(translate("Voice", "“{command}” cannot be done now.").format(
                command=understood.command.label))
            return
        action.trigger()


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)
