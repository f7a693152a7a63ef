"""Translation entry point for every layer that must not import Qt.

Every user-visible string is written as ``translate("Context", "English text")`` (or marked with
``QT_TRANSLATE_NOOP`` where it is looked up later). Qt's ``lupdate`` finds both forms, so one set
of ``.ts`` files covers the widgets, the CLI, the agent and the domain messages.

The composition root installs the backend (a loaded ``QTranslator``); until then the English
source text is returned unchanged.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable

# (context, source, disambiguation, n) -> translated text, or "" when there is no translation.
Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None
_language = "en"


def install(backend: Backend | None, language: str) -> None:
    global _backend, _language
    _backend = backend
    _language = language


# A language for one piece of work on one thread (a report in English while the window speaks
# Indonesian), without changing the language everything else uses.
_override: contextvars.ContextVar[tuple[Backend | None, str] | None] = contextvars.ContextVar(
    "humasdesk_language_override", default=None)


@contextlib.contextmanager
def speaking(backend: Backend | None, language: str):
    """Inside, ``translate`` on this thread uses ``backend`` (None: the English source)."""
    token = _override.set((backend, language))
    try:
        yield
    finally:
        _override.reset(token)


def current_language() -> str:
    override = _override.get()
    return override[1] if override is not None else _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text``; ``%n`` in the result is replaced with ``n`` (Qt's plural convention)."""
    result = ""
    override = _override.get()
    backend = override[0] if override is not None else _backend
    if backend is not None:
        result = backend(context, text, disambiguation, n)
    if not result:
        result = text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction; translate it later with ``translate(context, text)``."""
    return text


# -- a catalogue other than the current one (voice commands are said in both languages) --------

_catalogue_loader: Callable[[str], Backend | None] | None = None


def install_catalogues(loader: Callable[[str], Backend | None] | None) -> None:
    """``loader(language)`` returns a backend for that language's catalogue, or None."""
    global _catalogue_loader
    _catalogue_loader = loader


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` in ``language``, whatever the interface language is; the English source text
    when that catalogue or entry is missing."""
    if language == _language:
        return translate(context, text)
    backend = _catalogue_loader(language) if _catalogue_loader is not None else None
    return (backend(context, text, None, -1) if backend is not None else "") or text
