"""What every page receives: the services and the shared UI helpers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..app import App
from .actions import ActionRegistry
from .announcer import Announcer
from .sounds import Sounds

if TYPE_CHECKING:
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
    """The services and shared UI helpers every page receives."""

    app: App
    actions: ActionRegistry
    announcer: Announcer
    events: Events
    sounds: Sounds
    owner: QObject  # the window; background work belongs to it

    @cached_property
    def tasks(self) -> TaskRunner:
        """Runs slow work off the GUI thread; made on first use, after the window shows."""
        from .tasks import TaskRunner

        return TaskRunner(self.owner)
