"""Every user setting, declared once with its default and its check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .domain.errors import UserInputError
from .domain.i18n import translate
from .domain.timezones import DEFAULT_ZONE, zone_info
from .store.repositories import SettingsRepository


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


def _zone(value: Any) -> str:
    zone_info(str(value))
    return str(value)


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    check: Callable[[Any], Any]


OPTIONS = {o.key: o for o in [
    Option("language", "", _choice("", "id", "en")),  # "" follows the system
    Option("theme", "dark", _choice("dark", "light")),
    Option("text_scale", 100, _int_range(100, 300)),
    Option("zone", DEFAULT_ZONE, _zone),
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
