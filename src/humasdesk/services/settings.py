"""Every user setting, declared once with its default and its check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.timezones import DEFAULT_ZONE, zone_info
from ..store.repositories import SettingsRepository


def _choice(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise UserInputError(translate("Settings", "“{value}” is not one of: {allowed}")
                                 .format(value=value, allowed=", ".join(allowed)))
        return value
    return check


def _int_range(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            raise UserInputError(translate("Settings", "Choose a number from {low} to {high}.")
                                 .format(low=low, high=high))
        return number
    return check


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise UserInputError(translate("Settings", "Choose on or off."))


def _shortcut_map(value: Any) -> dict:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in value.items()):
        raise UserInputError(translate("Settings", "The shortcut list is damaged."))
    return value


def _zone(value: Any) -> str:
    zone_info(str(value))
    return str(value)


def _url(value: Any) -> str:
    text = str(value or "").strip()
    if not text.startswith(("http://", "https://")) or " " in text:
        raise UserInputError(translate("Settings", "Write a web address that starts with "
                                                   "https://, for example https://huggingface.co"))
    return text.rstrip("/")


class Option(NamedTuple):
    """A setting: its key, its default, and the check every value passes before it is kept."""

    key: str
    default: Any
    check: Callable[[Any], Any]


OPTIONS = {o.key: o for o in [
    Option("language", "", _choice("", "id", "en")),  # "" follows the system
    Option("theme", "dark", _choice("dark", "light")),
    Option("text_scale", 100, _int_range(100, 300)),
    Option("zone", DEFAULT_ZONE, _zone),
    # Publishing: a post this many minutes late (computer off) is not sent without asking.
    Option("grace_minutes", 15, _int_range(1, 24 * 60)),
    # "Publish now" waits this long, so Escape can still stop it (0 turns the wait off).
    Option("undo_seconds", 10, _int_range(0, 60)),
    Option("always_review", False, _bool),  # every post opens the review before it goes out
    # Keyboard: a second press of the same action within this window is a tremor, not intent.
    Option("tremor_window_ms", 300, _int_range(0, 2000)),
    Option("single_key_mode", False, _bool),
    Option("shortcuts", {}, _shortcut_map),  # action id -> keys the user chose
    Option("sound_cues", True, _bool),
    Option("sound_volume", 60, _int_range(0, 100)),
    Option("welcomed", False, _bool),  # the first-run welcome was completed
    # Speech (issue 8). Dictation engine and language are per user; Indonesian by default.
    Option("speech_engine", "whisper", _choice("whisper", "pocketsphinx", "google")),
    Option("speech_language", "id", _choice("id", "en")),
    Option("speech_model_dir", "", lambda value: "" if value is None else str(value)),
    Option("speech_pause_ms", 1000, _int_range(300, 5000)),  # stop on silence after this
    Option("speech_rate", 170, _int_range(80, 400)),  # read-back words per minute
    Option("speech_volume", 100, _int_range(0, 100)),  # read-back volume, percent
    Option("speech_voice", "", lambda value: "" if value is None else str(value)),  # "": auto
    Option("self_voicing", False, _bool),  # speak status messages (off: a screen reader does)
    # Pictures and links (issue 17): a Bluesky post with a link reads the page for its preview
    # card; the folder his phone or colleagues sync pictures into ("" until he chooses one).
    Option("bluesky_link_cards", True, _bool),
    Option("pictures_folder", "", lambda value: "" if value is None else str(value)),
    # Voice (issue 18): the Whisper model downloaded from Settings ("" = none), the address
    # models are downloaded from (a mirror inside the hospital network may serve the same
    # files), and the spoken wake phrase that starts a voice command (he can turn it off).
    Option("speech_model", "", _choice("", "tiny", "base", "small", "medium")),
    Option("speech_model_url", "https://huggingface.co", _url),
    Option("voice_wake_phrase", True, _bool),
]}


class Settings:
    def __init__(self, repository: SettingsRepository):
        self.repository = repository

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self.repository.get(key, option.default)
        try:
            return option.check(value)
        except UserInputError:
            return option.default  # a damaged value never stops the app

    def set(self, key: str, value: Any) -> None:
        self.repository.set(key, OPTIONS[key].check(value))
