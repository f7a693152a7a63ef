"""Dictation (audio -> text -> edit operations) and read-back (text -> speech). No Qt here.

Importing this package is cheap: engines, NumPy and the speech libraries load on first use.
"""

from .buffer import Change, TextBuffer
from .commands import Action, Command, CommandTable
from .errors import (
    AudioFileError,
    EngineUnavailableError,
    LanguageNotSupportedError,
    ModelMissingError,
    NoMicrophoneError,
    NoSoundOutputError,
    NothingHeardError,
    OnlineServiceError,
    RecognitionFailedError,
    SpeechError,
)

__all__ = [
    "Action", "AudioFileError", "Change", "Command", "CommandTable", "EngineUnavailableError",
    "LanguageNotSupportedError", "ModelMissingError", "NoMicrophoneError", "NoSoundOutputError",
    "NothingHeardError", "OnlineServiceError", "RecognitionFailedError", "SpeechError",
    "TextBuffer",
]
