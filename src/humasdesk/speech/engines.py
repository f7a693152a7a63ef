"""Recognition engines behind one interface.

An engine turns 16 kHz mono 16-bit PCM (see ``audio``) into text. Each listening session gets a
``Session``: audio is fed while the person speaks, and ``finish()`` returns the text. A streaming
engine (pocketsphinx) decodes while audio arrives, so little work is left when the person stops;
the others collect the audio and recognise it at the end.

Nothing here downloads anything: a missing model is reported with a message saying how to get one.
"""

from __future__ import annotations

import json
import logging
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .audio import SAMPLE_RATE, SAMPLE_WIDTH
from .errors import (
    EngineUnavailableError,
    LanguageNotSupportedError,
    ModelMissingError,
    OnlineServiceError,
    not_understood,
)

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
_LANGUAGE_NAMES = {
    "id": QT_TRANSLATE_NOOP("Speech", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("Speech", "English"),
}


def language_name(code: str) -> str:
    return translate("Speech", _LANGUAGE_NAMES[code]) if code in _LANGUAGE_NAMES else code


class Session(ABC):
    """One utterance: ``feed`` audio as it arrives, then ``finish`` or ``cancel`` once."""

    @abstractmethod
    def feed(self, pcm: bytes) -> None: ...

    @abstractmethod
    def finish(self) -> str:
        """The recognised text; raises ``RecognitionFailedError`` when nothing was understood."""

    @abstractmethod
    def cancel(self) -> None:
        """Throw the audio away; ``finish`` is not called afterwards."""


class Engine(ABC):
    id: ClassVar[str]
    offline: ClassVar[bool]
    languages: ClassVar[tuple[str, ...]]
    _title: ClassVar[str]
    _description: ClassVar[str]

    def title(self) -> str:
        return translate("Speech", self._title)

    def description(self) -> str:
        return translate("Speech", self._description)

    def check(self, language: str) -> None:
        """Raise an ``EngineUnavailableError`` (translated, saying what to do) if this engine
        cannot recognise ``language`` right now. Fast: loads no model."""
        if language not in self.languages:
            raise LanguageNotSupportedError(translate(
                "Speech", "{engine} cannot recognise {language}. It knows: {known}. Choose "
                "another engine or language in Settings.").format(
                engine=self.title(), language=language_name(language),
                known=", ".join(language_name(code) for code in self.languages)))

    def prepare(self, language: str) -> None:
        """Load what recognition needs (may take a second or two the first time)."""
        self.check(language)

    @abstractmethod
    def start(self, language: str) -> Session: ...

    def start_command(self, language: str, phrases: CommandVocabulary) -> Session:
        """One spoken command: the engine may use the list of what can be said to hear it
        better (a grammar, a prompt). By default, plain recognition."""
        return self.start(language)


@dataclass(frozen=True)
class CommandVocabulary:
    """What can be said in command mode: whole commands, the commands that take an argument
    followed by one (times, accounts), and the answers yes and no."""

    commands: tuple[str, ...]
    with_time: tuple[str, ...] = ()
    with_account: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()

    def prompt(self) -> str:
        """For Whisper: the commands written out, so it spells them as the list does."""
        examples = [f"{c} besok jam 9" if c.startswith("jadwal") else f"{c} tomorrow at 9"
                    for c in self.with_time[:2]]
        examples += [f"{c} {self.accounts[0]}" for c in self.with_account[:2] if self.accounts]
        return ", ".join((*self.commands, *examples, *self.answers)) + "."


class _BufferedSession(Session):
    """Collects the audio and recognises it in one go at the end."""

    def __init__(self, recognize, language: str):
        self._recognize = recognize
        self._language = language
        self._parts: list[bytes] = []

    def feed(self, pcm: bytes) -> None:
        self._parts.append(pcm)

    def finish(self) -> str:
        text = self._recognize(b"".join(self._parts), self._language).strip()
        if not text:
            raise not_understood()
        return text

    def cancel(self) -> None:
        self._parts.clear()


# --- pocketsphinx ----------------------------------------------------------------------------

# Starting cepstral mean for live decoding: the value CMU published with its en-us 5.2 model.
# The package's own start value is rougher, so the first phrase after start-up was recognised
# worse than later ones (word error rate 0.22 instead of 0.18 on our test sentences).
_EN_US_CMN = "41.00,-5.29,-0.12,5.09,2.48,-4.07,-1.37,-1.78,-5.08,-2.05,-6.45,-1.42,1.17"


class PocketsphinxEngine(Engine):
    """Offline English with the model that ships inside the ``pocketsphinx`` package.

    SpeechRecognition's ``recognize_sphinx`` builds a new decoder (about 0.4 s) for every call
    and cannot take audio while it arrives, so this engine keeps one decoder and feeds it chunk
    by chunk; SpeechRecognition still supplies the file decoding and the online engine.
    """

    id = "pocketsphinx"
    offline = True
    languages = ("en",)
    _title = QT_TRANSLATE_NOOP("Speech", "Built-in English (offline)")
    _description = QT_TRANSLATE_NOOP(
        "Speech", "Recognises English on this computer with PocketSphinx. Nothing leaves the "
        "computer and nothing needs downloading, but it makes more mistakes than Whisper and "
        "knows no Indonesian.")

    def __init__(self):
        self._decoder = None
        self._lock = threading.Lock()  # one utterance at a time per decoder
        self._command_decoders: dict = {}

    def check(self, language: str) -> None:
        super().check(language)
        try:
            import pocketsphinx  # noqa: F401
        except ImportError:
            raise EngineUnavailableError(translate(
                "Speech", "The built-in English engine is not installed (the Python package "
                "“pocketsphinx” is missing).")) from None

    def prepare(self, language: str) -> None:
        self.check(language)
        if self._decoder is not None:
            return
        import os

        from pocketsphinx import Decoder, get_model_path

        model = Path(get_model_path()) / "en-us"
        try:
            self._decoder = Decoder(hmm=str(model / "en-us"), lm=str(model / "en-us.lm.bin"),
                                    dict=str(model / "cmudict-en-us.dict"), logfn=os.devnull,
                                    cmninit=_EN_US_CMN)
        except (RuntimeError, OSError, ValueError) as exc:
            raise EngineUnavailableError(translate(
                "Speech", "The built-in English engine could not start: {reason}").format(
                reason=exc)) from None

    def start(self, language: str) -> Session:
        self.prepare(language)
        return _SphinxSession(self._decoder, self._lock)

    def start_command(self, language: str, phrases: CommandVocabulary) -> Session:
        """A grammar of exactly the commands (much more accurate than the general language
        model for short phrases: "open the queue" instead of "the appendix yale"), and a
        phone-loop decoder beside it: speech that is not a command fits the free phone loop
        much better than any path of the grammar, and is then reported as not understood
        instead of being forced onto the nearest command."""
        self.prepare(language)
        grammar = self._grammar(phrases)
        if grammar is None:
            return self.start(language)
        with self._lock:
            if self._command_decoders.get("grammar") != grammar:
                self._decoder.add_jsgf_string("commands", grammar)
                self._command_decoders["grammar"] = grammar
            if "phones" not in self._command_decoders:
                import os

                from pocketsphinx import Decoder, get_model_path

                model = Path(get_model_path()) / "en-us"
                self._command_decoders["phones"] = Decoder(
                    hmm=str(model / "en-us"), allphone=str(model / "en-us-phone.lm.bin"),
                    logfn=os.devnull, cmninit=_EN_US_CMN)
        return _SphinxCommandSession(self._decoder, self._command_decoders["phones"],
                                     self._lock, answers_only=not phrases.commands)

    def _grammar(self, phrases: CommandVocabulary) -> str | None:
        def known(phrase: str) -> str | None:
            words = phrase.replace("'", " ").split()
            if words and all(self._decoder.lookup_word(w) for w in words):
                return " ".join(words)
            return None

        def alternatives(items) -> str:
            found = sorted({k for k in map(known, items) if k})
            return " | ".join(found)

        if not phrases.commands:  # waiting for "yes" or "no": anything else is a filler
            others = " | ".join(_ANSWER_FILLERS)
            return ("#JSGF V1.0;\ngrammar answers;\npublic <answer> = "
                    f"{alternatives(phrases.answers)} | <other>+;\n<other> = {others};\n")
        whole = alternatives(phrases.commands + phrases.answers)
        timed = alternatives(phrases.with_time)
        accounted = alternatives(phrases.with_account)
        accounts = alternatives(phrases.accounts)
        rules = []
        top = [f"({whole})"] if whole else []
        if timed:
            top.append(f"({timed}) <when>")
            rules.append("<when> = [today | tomorrow | the day after tomorrow | next <day> | "
                         "<day>] [at] <hour> [<minute>] [a m | p m | o'clock | in the morning "
                         "| in the afternoon | in the evening] | in <hour> (hours | minutes);")
            rules.append("<day> = monday | tuesday | wednesday | thursday | friday | saturday "
                         "| sunday;")
            rules.append("<hour> = one | two | three | four | five | six | seven | eight | "
                         "nine | ten | eleven | twelve;")
            rules.append("<minute> = fifteen | thirty | forty five | o five | ten | twenty;")
        if accounted and accounts:
            top.append(f"({accounted}) [account] ({accounts})")
        if not top:
            return None
        return ("#JSGF V1.0;\ngrammar commands;\npublic <command> = "
                + " | ".join(top) + ";\n" + "\n".join(rules) + "\n")


class _SphinxSession(Session):
    def __init__(self, decoder, lock: threading.Lock):
        self._decoder = decoder
        self._lock = lock
        self._lock.acquire()
        self._open = True
        decoder.start_utt()

    def feed(self, pcm: bytes) -> None:
        self._decoder.process_raw(pcm, False, False)

    def _end(self) -> None:
        if self._open:
            self._open = False
            try:
                self._decoder.end_utt()
            finally:
                self._lock.release()

    def finish(self) -> str:
        self._end()
        hypothesis = self._decoder.hyp()
        text = hypothesis.hypstr.strip() if hypothesis is not None else ""
        if not text:
            raise not_understood()
        return text

    def cancel(self) -> None:
        self._end()


# While an answer is awaited, other speech must not be forced onto "yes": these short words
# give it somewhere else to go (a loop of them; a hypothesis with any of them is no answer).
_ANSWER_FILLERS = ("the", "a", "is", "it", "to", "and", "what", "wait", "that", "you", "me",
                   "go", "oh", "so")


class _SphinxCommandSession(Session):
    """The grammar search and the phone loop, fed the same audio as it arrives."""

    # How much better the grammar's path fits than the free phone loop, as a share of what the
    # phone loop leaves unexplained: (grammar - phones) / (1 - phones), in the decoder's
    # normalised scores. Measured on flite: 0.175 to 0.52 for commands, -0.27 to 0.14 for
    # ordinary sentences forced onto the grammar (the figures move with the live cepstral
    # mean, so the bar sits between the two and is a heuristic, not a guarantee). While an
    # answer is awaited, the grammar's own loop of filler words takes other speech instead (a
    # bare "yes" fits the phone loop about as well as the grammar, so the share would refuse
    # it).
    MIN_SHARE = 0.15

    def __init__(self, decoder, phones, lock: threading.Lock, answers_only: bool):
        self._decoder = decoder
        self._answers_only = answers_only
        self._phones = phones
        self._lock = lock
        self._lock.acquire()
        self._open = True
        self._previous = decoder.current_search()
        self._hypotheses = (None, None)
        decoder.activate_search("commands")
        decoder.start_utt()
        phones.start_utt()

    def feed(self, pcm: bytes) -> None:
        self._decoder.process_raw(pcm, False, False)
        self._phones.process_raw(pcm, False, False)

    def _end(self) -> None:
        if self._open:
            self._open = False
            try:
                self._decoder.end_utt()
                self._phones.end_utt()
                self._hypotheses = (self._decoder.hyp(), self._phones.hyp())
            finally:
                self._decoder.activate_search(self._previous)
                self._lock.release()

    def finish(self) -> str:
        self._end()
        grammar, phones = self._hypotheses
        text = grammar.hypstr.strip() if grammar is not None else ""
        if not text or (self._answers_only and set(text.split()) & set(_ANSWER_FILLERS)):
            raise not_understood()
        if phones is not None and not self._answers_only:
            share = (grammar.score - phones.score) / max(1e-6, 1 - phones.score)
            if share < self.MIN_SHARE:
                log.info("command %r fits no better than free speech (%.3f < %.3f)", text,
                         share, self.MIN_SHARE)
                raise not_understood()
        return text

    def cancel(self) -> None:
        self._end()


# --- faster-whisper --------------------------------------------------------------------------

WHISPER_REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")

_whisper_models: dict[Path, object] = {}  # one loaded model per folder, shared by every engine
_whisper_lock = threading.Lock()


def whisper_how_to(folder_hint: str | Path | None = None) -> str:
    """How to get a model, for the Settings page and for error messages."""
    text = translate(
        "Speech", "To dictate offline with Whisper, HumasDesk needs a Whisper model folder in "
        "CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with "
        "model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any "
        "computer with internet (for Indonesian, pick a multilingual model, not one whose name "
        "ends in “.en”), copy the folder here, and choose it in Settings, “Dictation and "
        "reading aloud”, Whisper model folder.")
    if folder_hint:
        text += " " + translate("Speech", "A folder copied to {folder} is found without "
                                          "choosing it.").format(folder=folder_hint)
    text += " " + translate("Speech", "Or let HumasDesk download one: Settings, “Dictation and "
                                      "reading aloud”, Whisper models.")
    return text


class WhisperEngine(Engine):
    """Offline Indonesian and English with faster-whisper and a model folder the user provides."""

    id = "whisper"
    offline = True
    languages = ("id", "en")
    _title = QT_TRANSLATE_NOOP("Speech", "Whisper (offline)")  # the note below says which languages
    _description = QT_TRANSLATE_NOOP(
        "Speech", "Recognises Indonesian and English on this computer with a Whisper model that "
        "you download once. Nothing leaves the computer. Larger models are more accurate but "
        "slower.")

    def __init__(self, model_dir: str | Path | None, *, beam_size: int = 5,
                 cpu_threads: int | None = None, folder_hint: str | Path | None = None):
        import os

        self.model_dir = Path(model_dir).expanduser() if model_dir else None
        # Measured on 2 cores: a beam of 5 costs no more time than greedy decoding for short
        # phrases, and it avoids greedy's fallback passes on unclear audio.
        self.beam_size = beam_size
        # CTranslate2's default of 4 threads oversubscribes a 2-core machine (1.5 s instead of
        # 0.9 s for a 5-second phrase with the base model).
        self.cpu_threads = cpu_threads or min(4, os.cpu_count() or 1)
        self.folder_hint = folder_hint

    def check(self, language: str) -> None:
        super().check(language)
        try:
            import faster_whisper  # noqa: F401
        except ImportError:
            raise EngineUnavailableError(translate(
                "Speech", "The Whisper engine is not installed (the Python package "
                "“faster-whisper” is missing).")) from None
        if self.model_dir is None:
            raise ModelMissingError(translate("Speech", "No Whisper model folder is chosen.")
                                    + " " + whisper_how_to(self.folder_hint))
        if not self.model_dir.is_dir():
            raise ModelMissingError(translate(
                "Speech", "The Whisper model folder {folder} does not exist.").format(
                folder=self.model_dir) + " " + whisper_how_to(self.folder_hint))
        # tokenizer.json matters: without it faster-whisper would try to download one.
        missing = [name for name in WHISPER_REQUIRED_FILES
                   if not (self.model_dir / name).is_file()]
        if not any(self.model_dir.glob("vocabulary.*")):
            missing.append("vocabulary.txt")
        if missing:
            raise ModelMissingError(translate(
                "Speech", "The folder {folder} is not a complete Whisper model: {files} missing.")
                .format(folder=self.model_dir, files=", ".join(missing))
                + " " + whisper_how_to(self.folder_hint))
        if language != "en" and _english_only(self.model_dir):
            raise LanguageNotSupportedError(translate(
                "Speech", "The Whisper model in {folder} knows only English. For {language}, "
                "choose a multilingual model (one whose name does not end in “.en”).").format(
                folder=self.model_dir, language=language_name(language)))

    def prepare(self, language: str) -> None:
        self._model(language)

    def _model(self, language: str):
        self.check(language)
        key = self.model_dir.resolve()
        with _whisper_lock:
            model = _whisper_models.get(key)
            if model is None:
                from faster_whisper import WhisperModel

                try:
                    model = WhisperModel(str(key), device="cpu", compute_type="int8",
                                         cpu_threads=self.cpu_threads, local_files_only=True)
                except (RuntimeError, OSError, ValueError) as exc:
                    raise ModelMissingError(translate(
                        "Speech", "The Whisper model in {folder} could not be loaded: {reason}")
                        .format(folder=self.model_dir, reason=exc) + " "
                        + whisper_how_to(self.folder_hint)) from None
                _whisper_models[key] = model
        if language != "en" and not model.model.is_multilingual:  # in case the quick test missed
            raise LanguageNotSupportedError(translate(
                "Speech", "The Whisper model in {folder} knows only English. For {language}, "
                "choose a multilingual model (one whose name does not end in “.en”).").format(
                folder=self.model_dir, language=language_name(language)))
        return model

    def start(self, language: str) -> Session:
        self.prepare(language)
        return _BufferedSession(self._recognize, language)

    def start_command(self, language: str, phrases: CommandVocabulary) -> Session:
        """The command list as Whisper's initial prompt: it then spells the commands as the
        list does ("antrean", not "antrian")."""
        self.prepare(language)
        prompt = phrases.prompt()
        return _BufferedSession(lambda pcm, lang: self._recognize(pcm, lang, prompt), language)

    def _recognize(self, pcm: bytes, language: str, prompt: str | None = None) -> str:
        import numpy as np

        model = self._model(language)
        audio = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        segments, _info = model.transcribe(
            audio, language=language, beam_size=self.beam_size, vad_filter=True,
            condition_on_previous_text=False, without_timestamps=True,
            initial_prompt=prompt)
        # Whisper invents text for noise ("Thank you for watching!"); drop segments it itself
        # thinks are not speech, with the thresholds Whisper's own reference code uses.
        words = [s.text.strip() for s in segments
                 if not (s.no_speech_prob > 0.6 and s.avg_logprob < -1.0)]
        return " ".join(w for w in words if w)


def _english_only(folder: Path) -> bool:
    """English-only Whisper models (*.en) have one token fewer: 51864 instead of 51865+."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    vocabulary = folder / "vocabulary.txt"
    if vocabulary.is_file():
        with vocabulary.open(encoding="utf-8") as handle:
            return sum(1 for _ in handle) == 51864
    return len(config.get("lang_ids", [])) == 0


# --- Google Web Speech (online) --------------------------------------------------------------

_GOOGLE_TAGS = {"id": "id-ID", "en": "en-US"}


class GoogleEngine(Engine):
    """The free Google Web Speech API through SpeechRecognition."""

    id = "google"
    offline = False
    languages = ("id", "en")
    _title = QT_TRANSLATE_NOOP("Speech", "Google (online)")
    _description = QT_TRANSLATE_NOOP(
        "Speech", "Sends each recording over the internet to Google's speech service. It needs "
        "no download and knows Indonesian well, but Google receives everything you say: never "
        "dictate patient names or other private information with it. It stops working without "
        "internet, and Google may limit or end this free service at any time.")

    def __init__(self, *, endpoint: str | None = None, timeout: float = 15.0):
        self.endpoint = endpoint  # another address only for tests
        self.timeout = timeout

    def check(self, language: str) -> None:
        super().check(language)
        try:
            import speech_recognition  # noqa: F401
        except ImportError:
            raise EngineUnavailableError(translate(
                "Speech", "The online engine is not installed (the Python package "
                "“SpeechRecognition” is missing).")) from None

    def start(self, language: str) -> Session:
        self.check(language)
        return _BufferedSession(self._recognize, language)

    def _recognize(self, pcm: bytes, language: str) -> str:
        import speech_recognition as sr

        recognizer = sr.Recognizer()
        recognizer.operation_timeout = self.timeout
        audio = sr.AudioData(pcm, SAMPLE_RATE, SAMPLE_WIDTH)
        extra = {"endpoint": self.endpoint} if self.endpoint else {}
        try:
            return recognizer.recognize_google(audio, language=_GOOGLE_TAGS[language], **extra)
        except sr.UnknownValueError:
            raise not_understood() from None
        except sr.RequestError as exc:
            raise OnlineServiceError(translate(
                "Speech", "The online speech service could not be reached ({reason}). Nothing "
                "was changed. Check the internet connection, or choose an offline engine in "
                "Settings.").format(reason=exc)) from None


# --- choosing ---------------------------------------------------------------------------------

ENGINE_IDS = ("whisper", "pocketsphinx", "google")


@dataclass(frozen=True)
class EngineInfo:
    """One row of the engine list in Settings."""

    id: str
    title: str
    description: str
    offline: bool
    languages: tuple[str, ...]
    problem: str | None  # why it cannot run now (translated), or None when it is ready


def create_engine(engine_id: str, *, model_dir: str | Path | None = None,
                  folder_hint: str | Path | None = None) -> Engine:
    if engine_id == "whisper":
        return WhisperEngine(model_dir, folder_hint=folder_hint)
    if engine_id == "pocketsphinx":
        return PocketsphinxEngine()
    if engine_id == "google":
        return GoogleEngine()
    raise EngineUnavailableError(translate(
        "Speech", "There is no speech engine called “{name}”. Engines: {known}.").format(
        name=engine_id, known=", ".join(ENGINE_IDS)))


def engine_choices(language: str, *, model_dir: str | Path | None = None,
                   folder_hint: str | Path | None = None) -> list[EngineInfo]:
    rows = []
    for engine_id in ENGINE_IDS:
        engine = create_engine(engine_id, model_dir=model_dir, folder_hint=folder_hint)
        try:
            engine.check(language)
            problem = None
        except EngineUnavailableError as exc:
            problem = str(exc)
        rows.append(EngineInfo(engine.id, engine.title(), engine.description(), engine.offline,
                               engine.languages, problem))
    return rows
