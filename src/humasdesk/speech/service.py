"""Speech settings in one place, and the ready-made pieces the composer and the CLI use.

    speech = SpeechSettings.load(app.settings, app.paths.data_dir)
    engine = speech.engine()                      # raises nothing; check() says what is missing
    controller = speech.controller(engine, on_result=..., on_error=..., on_state=..., on_level=...)
    reader = speech.read_back(on_state=..., on_error=..., on_notice=...)
    buffer = speech.text_buffer()                 # one per composer
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .audio import AudioSink, FileSource
from .buffer import TextBuffer
from .commands import CommandTable
from .controller import DictationController, PhraseResult
from .engines import Engine, create_engine
from .errors import NothingHeardError, RecognitionFailedError, SpeechError, nothing_heard
from .readback import ReadBack


def default_model_dir(data_dir: str | Path) -> Path:
    """Where a Whisper model folder is found without being chosen in Settings."""
    return Path(data_dir) / "models" / "whisper"


@dataclass(frozen=True)
class SpeechSettings:
    engine_id: str = "whisper"
    language: str = "id"
    model_dir: Path | None = None
    default_model_dir: Path | None = None
    pause_seconds: float = 1.0
    rate: int = 170
    volume: float = 1.0
    voice: str = ""
    self_voicing: bool = False
    downloaded_model: str = ""  # the model id chosen in the model manager, if any
    model_url: str = ""

    @classmethod
    def load(cls, settings, data_dir: str | Path) -> SpeechSettings:
        """From ``humasdesk.services.settings.Settings`` (anything with ``get(key)``)."""
        chosen = settings.get("speech_model_dir")
        return cls(
            engine_id=settings.get("speech_engine"),
            language=settings.get("speech_language"),
            model_dir=Path(chosen).expanduser() if chosen else None,
            default_model_dir=default_model_dir(data_dir),
            pause_seconds=settings.get("speech_pause_ms") / 1000,
            rate=settings.get("speech_rate"),
            volume=settings.get("speech_volume") / 100,
            voice=settings.get("speech_voice"),
            self_voicing=settings.get("self_voicing"),
            downloaded_model=settings.get("speech_model"),
            model_url=settings.get("speech_model_url"),
        )

    def models(self):
        """The model manager: downloads and removes models in the app's data folder."""
        from .models import ModelManager

        return ModelManager(self.models_root(), self.model_url or None)

    def models_root(self) -> Path | None:
        return self.default_model_dir.parent if self.default_model_dir else None

    def whisper_model_dir(self) -> Path | None:
        """His own folder when he chose one; else the model he downloaded; else a folder
        copied to the default place; else any downloaded model."""
        if self.model_dir is not None:
            return self.model_dir
        if self.default_model_dir is None:
            return None
        installed = {m.id: m.folder for m in self.models().installed()}
        if self.downloaded_model in installed:
            return installed[self.downloaded_model]
        if self.default_model_dir.is_dir():
            return self.default_model_dir
        return next(iter(installed.values()), None)

    def engine(self, engine_id: str | None = None, model_dir: str | Path | None = None) -> Engine:
        return create_engine(engine_id or self.engine_id,
                             model_dir=model_dir or self.whisper_model_dir(),
                             folder_hint=self.default_model_dir)

    def controller(self, engine: Engine | None = None, **callbacks) -> DictationController:
        """One phrase per start, stopping on silence; callbacks as in ``DictationController``."""
        return DictationController(engine or self.engine(), language=self.language,
                                   pause_seconds=self.pause_seconds, **callbacks)

    def read_back(self, sink: AudioSink | None = None, **callbacks) -> ReadBack:
        return ReadBack(sink, rate=self.rate, volume=self.volume, voice=self.voice,
                        self_voicing=self.self_voicing, **callbacks)

    def text_buffer(self, text: str = "", table: CommandTable | None = None) -> TextBuffer:
        return TextBuffer(text, language=self.language, table=table or CommandTable())


@dataclass
class Transcript:
    text: str
    phrases: list[PhraseResult]
    problems: list[str]  # translated: phrases not understood, scratch-that refusals
    read_back_requested: bool = False


def transcribe_file(path: str | Path, engine: Engine, language: str, *,
                    table: CommandTable | None = None, pause_seconds: float = 1.0,
                    on_phrase: Callable[[PhraseResult], None] | None = None) -> Transcript:
    """A recorded memo through the same path as live dictation: the file is the audio source,
    every pause ends a phrase, and each phrase's spoken commands are applied in turn.

    Raises ``SpeechError`` when nothing at all could be used (engine or model missing, file
    unreadable, no speech, nothing understood)."""
    buffer = TextBuffer(language=language, table=table or CommandTable())
    phrases: list[PhraseResult] = []
    problems: list[str] = []
    failures: list[SpeechError] = []
    read_back = False

    def result(phrase: PhraseResult) -> None:
        nonlocal read_back
        phrases.append(phrase)
        change = buffer.dictate(phrase.text)
        problems.extend(change.notices)
        read_back = read_back or "read_back" in change.actions
        if on_phrase is not None:
            on_phrase(phrase)

    def error(problem: SpeechError) -> None:
        failures.append(problem)

    controller = DictationController(
        engine, language=language, source_factory=lambda: FileSource(path),
        on_result=result, on_error=error, pause_seconds=pause_seconds,
        no_speech_timeout=float("inf"), continuous=True)
    controller.start()
    controller.wait()
    for failure in failures:
        if not isinstance(failure, RecognitionFailedError):
            raise failure  # the engine, the model or the file: nothing could be done
    if not phrases:
        if failures and not isinstance(failures[0], NothingHeardError):
            raise failures[0]
        raise nothing_heard()
    problems.extend(str(failure) for failure in failures)
    return Transcript(buffer.text, phrases, problems, read_back)
