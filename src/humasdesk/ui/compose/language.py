"""The post's language, shown above the counts: detected from the text as he types (Indonesian,
English or another), or chosen by keys in a list. What is shown is what is sent: Bluesky's
``langs``, Mastodon's ``language`` and the outbox's front matter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.i18n import translate
from ...services import post_language
from ..choice_box import ChoiceBox
from ..widgets import labelled

if TYPE_CHECKING:
    from ..pages.compose import ComposePage

AUTOMATIC = ""
# Too few letters to trust the guess: the list keeps saying what it said before.
LETTERS_BEFORE_ANNOUNCING = 20


def language_name(code: str) -> str:
    if code == post_language.INDONESIAN:
        return translate("Compose", "Indonesian")
    if code == post_language.ENGLISH:
        return translate("Compose", "English")
    name = QLocale.languageToString(QLocale(code).language())
    return name if name and name != "C" else code


class PostLanguage(QWidget):
    def __init__(self, page: ComposePage):
        super().__init__()
        self.page = page
        self.detected = ""  # "" until the identifier is loaded and there is text
        self.choice = ChoiceBox()
        self.choice.setObjectName("compose.language")
        self.choice.addItem("", AUTOMATIC)
        for code in (post_language.INDONESIAN, post_language.ENGLISH):
            self.choice.addItem(language_name(code), code)
        # The label above the list: at large text sizes the list gets the whole width.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(labelled(translate("Compose", "Post &language:"), self.choice,
                                  translate("Compose", "Sent to the platforms with the post. "
                                            "Automatic follows the text as you write.")))
        layout.addWidget(self.choice)
        self.choice.activated.connect(self._chosen)
        self._show_detected()

    def load_model(self) -> None:
        """Load the identifier's model (a second or more, numpy with it): off the GUI thread
        and after the first paint (the composer's finish_setup), never while the window is
        being built, where its imports would compete with the window's own for the
        interpreter."""
        self.page.ui.tasks.run(post_language.load_model,
                               on_done=lambda _result: self.text_changed())

    def text_changed(self) -> None:
        if not post_language.model_loaded():
            return
        text = self.page.editor.toPlainText()
        before = self.detected
        self.detected = post_language.detect_language(text, default="") if text.strip() else ""
        self._show_detected()
        letters = sum(ch.isalpha() for ch in text)
        if (self.detected and before and self.detected != before and self.is_automatic()
                and letters >= LETTERS_BEFORE_ANNOUNCING):
            self.page.ui.announcer.announce(translate("Compose", "Post language: {language}.")
                                            .format(language=language_name(self.detected)))

    def is_automatic(self) -> bool:
        return self.choice.currentData() == AUTOMATIC

    def chosen(self) -> str | None:
        """The language to send; None leaves it to the publishing service (it detects)."""
        if self.is_automatic():
            return self.detected or None
        return self.choice.currentData()

    def set_language(self, code: str | None) -> None:
        """Choose ``code`` (None or "" for automatic), adding another language when needed."""
        code = code or AUTOMATIC
        index = self.choice.findData(code)
        if index < 0:
            self.choice.addItem(language_name(code), code)
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(index)

    def _show_detected(self) -> None:
        if self.detected:
            text = translate("Compose", "Automatic: {language}").format(
                language=language_name(self.detected))
        else:
            text = translate("Compose", "Automatic")
        self.choice.setItemText(0, text)

    def _chosen(self, _index: int) -> None:
        language = self.chosen()
        message = (translate("Compose", "Post language: {language}.").format(
            language=language_name(language)) if language else
            translate("Compose", "Post language: automatic."))
        self.page.ui.announcer.announce(message)
