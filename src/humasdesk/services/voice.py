"""Voice commands for the window and ``humasdesk command``: recognise a spoken command with the
command list as the engine's vocabulary, and match it to the action registry.

The commands are built from ``domain.actions.ACTION_SPECS`` each time (whatever the registry
holds, including actions added later), named in Indonesian and English from the translation
catalogues; accounts come from the store, so "pilih akun Facebook" finds his Facebook page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ..domain import actions
from ..domain.i18n import translate, translate_to
from ..domain.voice import (
    WAKE_PHRASES,
    Outcome,
    Target,
    Understood,
    VoiceCommand,
    answer,
    available,
    build_commands,
    is_wake_phrase,
    match,
    question,
)
from ..speech.errors import SpeechError

__all__ = ["WAKE_PHRASES", "Outcome", "SpeechError", "Understood", "VoiceCommandService", "answer",
           "is_wake_phrase", "question"]

ANSWERS = ("ya", "tidak", "yes", "no")


class VoiceCommandService:
    def __init__(self, dictation, accounts, settings):
        self.dictation = dictation  # DictationService: engines and speech settings
        self.accounts = accounts  # AccountsService
        self.user_settings = settings

    def zone(self) -> str:
        return self.user_settings.get("zone")

    def commands(self) -> list[VoiceCommand]:
        return build_commands(actions.ACTION_SPECS, self._name)

    @staticmethod
    def _name(language: str, label: str) -> str:
        return translate("Actions", label) if not language else \
            translate_to(language, "Actions", label)

    def targets(self) -> list[Target]:
        return [Target(a.id, a.name, self.accounts.platform_name(a.platform))
                for a in self.accounts.all()]

    def vocabulary(self, page: str | None = None, *, answers_only: bool = False):
        """What the engine should listen for (a grammar for pocketsphinx, a prompt for
        Whisper)."""
        from ..speech.engines import CommandVocabulary

        if answers_only:
            return CommandVocabulary(commands=(), answers=ANSWERS)
        commands = available(self.commands(), page)
        whole = tuple(p for c in commands if not c.argument for p in c.phrases)
        return CommandVocabulary(
            commands=whole + (WAKE_PHRASES if self.user_settings.get("voice_wake_phrase")
                              else ()),
            with_time=tuple(p for c in commands if c.argument == "when" for p in c.phrases),
            with_account=tuple(p for c in commands if c.argument == "account"
                               for p in c.phrases),
            accounts=tuple(dict.fromkeys(n for t in self.targets() for n in t.spoken())),
            answers=ANSWERS)

    def understand(self, heard: str, page: str | None = None,
                   now: datetime | None = None) -> Understood:
        return match(heard, self.commands(), now=now or datetime.now(UTC), zone=self.zone(),
                     targets=self.targets(), page=page)

    def controller(self, engine=None, *, page: str | None = None, answers_only: bool = False,
                   **callbacks):
        """A dictation controller that listens for one command (callbacks as for dictation)."""
        from ..speech.controller import DictationController

        speech = self.dictation.settings()
        return DictationController(engine or speech.engine(), language=speech.language,
                                   pause_seconds=speech.pause_seconds,
                                   vocabulary=self.vocabulary(page, answers_only=answers_only),
                                   **callbacks)

    def hear_file(self, path: Path, *, engine_id: str | None = None,
                  language: str | None = None, page: str | None = None) -> str:
        """The command spoken in a recording, as the engine heard it; raises ``SpeechError``."""
        from ..speech.audio import FileSource
        from ..speech.errors import nothing_heard

        speech = self.dictation.settings()
        heard, problems = [], []
        controller = self.controller(speech.engine(engine_id), page=page,
                                     on_result=lambda r: heard.append(r.text),
                                     on_error=problems.append)
        if language:
            controller.language = language
        controller.source_factory = lambda: FileSource(path)
        controller.no_speech_timeout = float("inf")
        controller.continuous = True
        controller.start()
        controller.wait()
        if not heard:
            raise problems[0] if problems else nothing_heard()
        return " ".join(heard)
