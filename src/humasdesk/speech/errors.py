"""Errors the speech layer raises. Each carries one translated sentence the UI can show and
announce as it is; nothing here needs the caller to know which library failed."""

from __future__ import annotations

from ..domain.i18n import translate


class SpeechError(Exception):
    """Base class. ``str(error)`` is the translated message for the user."""


class NoMicrophoneError(SpeechError):
    """No input device, or the sound system (PortAudio) is missing."""


class NoSoundOutputError(SpeechError):
    """Read-back has nowhere to play its audio."""


class EngineUnavailableError(SpeechError):
    """The chosen recognition or speech engine is not installed or cannot start."""


class ModelMissingError(EngineUnavailableError):
    """The engine is installed but needs a model folder that is missing or incomplete."""


class LanguageNotSupportedError(EngineUnavailableError):
    """The engine (or its model) cannot recognise the chosen language."""


class RecognitionFailedError(SpeechError):
    """Audio was heard but nothing could be understood. The text is never touched."""


class NothingHeardError(RecognitionFailedError):
    """Listening ended without any speech."""


class OnlineServiceError(SpeechError):
    """The online engine could not be reached or refused the request."""


class AudioFileError(SpeechError):
    """An audio file that cannot be read or decoded."""


def nothing_heard() -> NothingHeardError:
    return NothingHeardError(translate(
        "Speech", "I heard nothing. Check that the microphone is on and speak a little louder."))


def not_understood() -> RecognitionFailedError:
    return RecognitionFailedError(translate(
        "Speech", "I could not understand that. Nothing was changed; please say it again."))
