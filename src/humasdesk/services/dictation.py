"""Dictation and read-back for the window and ``humasdesk dictate``.

The speech objects (engines, the dictation controller, the reader, the text buffer with its
spoken commands) come from ``speech/``; this service builds them from the user's settings.
Loading an engine or the voices is slow: the window does it through its task helper.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.model import Draft
from ..speech.engines import ENGINE_IDS, LANGUAGES
from ..speech.errors import SpeechError
from ..store import Store
from .settings import Settings

__all__ = ["ENGINE_IDS", "LANGUAGES", "DictationService", "SpeechError", "model_catalogue",
           "size_text"]


def model_catalogue():
    """The Whisper models the model manager offers (``speech.models.CatalogueEntry``)."""
    from ..speech.models import CATALOGUE

    return CATALOGUE


def size_text(size: int) -> str:
    from ..speech.models import size_text as text

    return text(size)


class DictationService:
    def __init__(self, settings: Settings, store: Store, data_dir: Path):
        self.user_settings = settings
        self.store = store
        self.data_dir = data_dir

    def settings(self):
        """The speech settings now (engine, language, model folder, voice, pauses): a
        ``speech.service.SpeechSettings`` that builds the engine, controller, reader and
        text buffer."""
        from ..speech.service import SpeechSettings

        return SpeechSettings.load(self.user_settings, self.data_dir)

    def choices(self) -> tuple[list, list]:
        """The dictation engines (with whether each is ready) and the reading voices, for the
        Settings page. Slow: imports the engines and asks the synthesiser."""
        from ..speech.engines import engine_choices

        speech = self.settings()
        engines = engine_choices(speech.language, model_dir=speech.whisper_model_dir(),
                                 folder_hint=speech.default_model_dir)
        try:
            reader = speech.read_back()
            voices = reader.voices()
            reader.close()
        except Exception:  # no speech synthesiser: the choice stays "automatic"
            voices = []
        return engines, voices

    def models(self):
        """The Whisper model manager (``speech.models.ModelManager``) for the data folder and
        the download address in Settings."""
        return self.settings().models()

    def needs_model(self) -> bool:
        """Dictating in Indonesian with Whisper, and no model anywhere: the composer offers
        one."""
        speech = self.settings()
        return speech.engine_id == "whisper" and speech.language == "id" and \
            speech.whisper_model_dir() is None

    def transcribe_file(self, path: Path, *, engine_id: str | None = None,
                        model_dir: str | None = None, language: str | None = None):
        """The text of a recording (a ``speech.service.Transcript``); raises ``SpeechError``."""
        from ..speech.service import transcribe_file

        speech = self.settings()
        engine = speech.engine(engine_id, model_dir)
        return transcribe_file(path, engine, language or speech.language,
                               pause_seconds=speech.pause_seconds)

    def keep_as_draft(self, text: str) -> Draft:
        """A dictated text kept as a new draft."""
        return self.store.drafts.save(Draft(body=text))
