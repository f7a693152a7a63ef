"""The window's pages, in one list: id, title, shortcut, description, single key and factory.

The main window makes a navigation button and a "go to" action from each entry (in this
order), builds the first page before the window shows and every other page on its first visit.
A factory imports its page module only when called, so an entry costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ...domain.i18n import QT_TRANSLATE_NOOP


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


# -- insights (issue 16) ---------------------------------------------------------------------
def _insights() -> type:
    from .insights import InsightsPage
    return InsightsPage


INSIGHTS_PAGE = PageSpec(
    "insights", QT_TRANSLATE_NOOP("Actions", "Insights"), "Ctrl+6",
    QT_TRANSLATE_NOOP("Actions", "How the audience reacted, the best time to post and the "
                                 "weekly report"), "s", _insights)
# -- end of insights --------------------------------------------------------------------------


PAGES: tuple[PageSpec, ...] = (
    PageSpec("compose", QT_TRANSLATE_NOOP("Actions", "Write"), "Ctrl+1",
             QT_TRANSLATE_NOOP("Actions", "Go to the composer to write a post"), "w", _compose),
    PageSpec("queue", QT_TRANSLATE_NOOP("Actions", "Queue"), "Ctrl+2",
             QT_TRANSLATE_NOOP("Actions", "Scheduled, published and failed posts"), "q",
             _queue),
    PageSpec("accounts", QT_TRANSLATE_NOOP("Actions", "Accounts"), "Ctrl+3",
             QT_TRANSLATE_NOOP("Actions", "The accounts HumasDesk publishes to"), "a",
             _accounts),
    PageSpec("settings", QT_TRANSLATE_NOOP("Actions", "Settings"), "Ctrl+4",
             QT_TRANSLATE_NOOP("Actions", "Language, theme, text size, keys and speech"), "g",
             _settings),
)

# The inbox (issue 15): comments, mentions and messages from every account, complaints first.
def _inbox() -> type:
    from .inbox import InboxPage
    return InboxPage


PAGES += (
    PageSpec("inbox", QT_TRANSLATE_NOOP("Actions", "Inbox"), "Ctrl+5",
             QT_TRANSLATE_NOOP("Actions", "Comments, mentions and messages from every account, "
                                          "emergencies and complaints first"), "i", _inbox),
    INSIGHTS_PAGE,
)

FIRST_PAGE = PAGES[0].id
PAGE_SPECS = {spec.id: spec for spec in PAGES}
PAGE_IDS = tuple(spec.id for spec in PAGES)
