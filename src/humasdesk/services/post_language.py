"""The language a post is written in, guessed offline from its text.

Bluesky (``langs``), Mastodon (``language``) and the outbox are told the language of the post,
not the language of the interface: readers who filter by language would miss it otherwise.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, about 4 MB,
numpy only, well under a millisecond per post) scores the text over its 97 languages. Malay is
counted as Indonesian: the two share most words and a Jakarta hospital writes Indonesian.
Another language is only chosen when the model is sure it is neither; otherwise the better of
Indonesian and English wins, which is what a short post with a few borrowed words needs.
"""

from __future__ import annotations

import threading
from functools import cache

INDONESIAN = "id"
ENGLISH = "en"
# A third language is chosen only when the model gives Indonesian and English together less
# than this: short Indonesian posts often score some Javanese or Sundanese, which is no reason.
OTHER_BELOW = 0.25
_SAME_AS = {"ms": INDONESIAN}  # Malay and Indonesian: one written language for a reader



@cache
def _patterns():
    """Links, @handles and #hashtags (they say little about the language and much about a
    site's name), and letters. Compiled on first use: the composer imports this module while
    the window is built, and the regex module is not needed before there is text."""
    import regex

    return (regex.compile(r"https?://\S+|www\.\S+|[@#][\w.-]+|\d+"), regex.compile(r"\p{L}"))

_identifier = None
_lock = threading.Lock()


def _model():
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str, default: str = INDONESIAN) -> str:
    """``"id"``, ``"en"`` or another ISO 639-1 code; ``default`` when there are too few letters
    to tell (an empty post, a bare link)."""
    noise, letters = _patterns()
    words = noise.sub(" ", text)
    if len(letters.findall(words)) < 3:
        return default
    scores: dict[str, float] = {}
    for language, score in _model().rank(words):
        language = _SAME_AS.get(language, language)
        scores[language] = scores.get(language, 0.0) + score
    indonesian, english = scores.get(INDONESIAN, 0.0), scores.get(ENGLISH, 0.0)
    if indonesian + english < OTHER_BELOW:
        return max(scores, key=scores.__getitem__)
    return INDONESIAN if indonesian >= english else ENGLISH


def load_model() -> None:
    """Load the identifier now (a second or more: call it off the GUI thread)."""
    _model()


def model_loaded() -> bool:
    return _identifier is not None
