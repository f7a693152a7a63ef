"""The window's pages, in one list: id, title, shortcut, description, single key and factory.

The main window makes a navigation button and a "go to" action from each entry (in this
order), builds the first page before the window shows and every other page on its first visit.
A factory imports its page module only when called, so an entry costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ...domain.actions import PAGE_ACTIONS


class PageSpec(NamedTuple):
    id: str
    title: str  # English source text, translated in context "Actions" (it is an action label)
    shortcut: str  # portable QKeySequence text
    description: str
    single_key: str
    factory: Callable[[], type]  # returns the page class; its module is imported on call


def _compose() -> type:
    from .compose import ComposePage
    return ComposePage


def _queue() -> type:
    from .queue import QueuePage
    return QueuePage


def _accounts() -> type:
    from .accounts import AccountsPage
    return AccountsPage


def _settings() -> type:
    from .settings import SettingsPage
    return SettingsPage


# The inbox (issue 15): comments, mentions and messages from every account, complaints first.
def _inbox() -> type:
    from .inbox import InboxPage
    return InboxPage


# Insights (issue 16): reactions, best time to post, the weekly report.
def _insights() -> type:
    from .insights import InsightsPage
    return InsightsPage


# Titles, shortcuts and descriptions are the "go to" actions' (domain/actions.py).
_FACTORIES = {"compose": _compose, "queue": _queue, "accounts": _accounts,
              "settings": _settings, "inbox": _inbox, "insights": _insights}
PAGES: tuple[PageSpec, ...] = tuple(
    PageSpec(action.id.removeprefix("page."), action.label, action.shortcut,
             action.description, action.single_key,
             _FACTORIES[action.id.removeprefix("page.")]) for action in PAGE_ACTIONS)
FIRST_PAGE = PAGES[0].id
PAGE_SPECS = {spec.id: spec for spec in PAGES}
PAGE_IDS = tuple(spec.id for spec in PAGES)
