"""What every page receives: the services and the shared UI helpers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..app import App
from .actions import ActionRegistry
from .announcer import Announcer
from .sounds import Sounds
from .tasks import TaskRunner


class Events(QObject):
    """App-wide signals, so pages stay independent of each other."""

    queue_changed = Signal()
    published = Signal(object)  # a list of engine Outcomes from one run
    edit_requested = Signal(str, list)  # text and account ids to open in the composer
    accounts_changed = Signal()
    settings_changed = Signal(str)  # the setting's key


@dataclass
class UiContext:
    app: App
    actions: ActionRegistry
    announcer: Announcer
    tasks: TaskRunner
    events: Events
    sounds: Sounds
