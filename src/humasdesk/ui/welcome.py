"""First run: a short welcome that sets language, theme, text size, speech and sound, by
keyboard. Every choice applies at once, so he sees and hears the result before going on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QVBoxLayout

from ..app import App
from ..domain.i18n import translate
from .choice_box import ChoiceBox
from .context import Events
from .pages.settings import TEXT_SCALES
from .widgets import heading, hint, labelled, scrolling_part


class WelcomeDialog(QDialog):
    def __init__(self, app: App, events: Events, announce: Callable[[str], None]):
        super().__init__(None)  # not owned by the window: a language change rebuilds that
        self.app = app
        self.events = events
        self.announce = announce
        self.settings = app.settings
        self.resize(760, 700)
        outer = QVBoxLayout(self)
        # The choices scroll when a larger text size makes them taller than the dialog; the
        # Start button stays in view below them.
        layout = scrolling_part(outer, translate("Welcome", "the welcome"))
        self.title = heading("")
        layout.addWidget(self.title)
        self.intro = hint("")
        layout.addWidget(self.intro)

        self.language = ChoiceBox()
        self.language.setObjectName("welcome.language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(app.language), 0))
        # Bilingual on purpose: he must be able to find it before choosing.
        self.language_label = labelled("&Bahasa / Language:", self.language)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)

        self.theme = ChoiceBox()
        self.theme.setObjectName("welcome.theme")
        self.theme_label = labelled("", self.theme)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.theme)

        self.text_scale = ChoiceBox()
        self.text_scale.setObjectName("welcome.text_scale")
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{scale} %", scale)
        self.text_scale.setCurrentIndex(max(self.text_scale.findData(
            self.settings.get("text_scale")), 0))
        self.scale_label = labelled("", self.text_scale)
        layout.addWidget(self.scale_label)
        layout.addWidget(self.text_scale)

        self.self_voicing = QCheckBox()
        self.self_voicing.setObjectName("welcome.self_voicing")
        self.self_voicing.setChecked(self.settings.get("self_voicing"))
        layout.addWidget(self.self_voicing)
        self.self_voicing_note = hint("")
        layout.addWidget(self.self_voicing_note)
        self.sound_cues = QCheckBox()
        self.sound_cues.setObjectName("welcome.sound_cues")
        self.sound_cues.setChecked(self.settings.get("sound_cues"))
        layout.addWidget(self.sound_cues)

        self.start = QPushButton()
        self.start.setObjectName("welcome.start")
        self.start.setDefault(True)
        layout.addStretch()
        outer.addWidget(self.start)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(
            lambda _i: self._apply("theme", self.theme.currentData()))
        self.text_scale.currentIndexChanged.connect(
            lambda _i: self._apply("text_scale", self.text_scale.currentData()))
        self.self_voicing.toggled.connect(lambda on: self._apply("self_voicing", on))
        self.sound_cues.toggled.connect(lambda on: self._apply("sound_cues", on))
        self.start.clicked.connect(self.finish)
        self.retranslate()
        self.language.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.activateWindow()  # in front and listening to the keyboard, even without a WM
        self.language.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Welcome", "Welcome to HumasDesk"))
        self.setAccessibleName(self.windowTitle())
        self.title.setText(translate("Welcome", "Welcome to HumasDesk"))
        self.intro.setText(translate(
            "Welcome", "Choose how HumasDesk looks and sounds; you can change each choice later "
            "in Settings. Tab moves between them; arrow keys change a choice; Enter starts."))
        self.language_label.setText("&Bahasa / Language:")
        self.language.setAccessibleName("Bahasa / Language")
        current_theme = self.settings.get("theme")
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(translate("Settings", "Dark, high contrast"), "dark")
        self.theme.addItem(translate("Settings", "Light, high contrast"), "light")
        self.theme.setCurrentIndex(max(self.theme.findData(current_theme), 0))
        self.theme.blockSignals(False)
        self.theme_label.setText(translate("Settings", "&Theme:"))
        self.theme.setAccessibleName(translate("Settings", "Theme"))
        self.scale_label.setText(translate("Settings", "Text &size:"))
        self.text_scale.setAccessibleName(translate("Settings", "Text size"))
        self.self_voicing.setText(translate("Settings", "Speak m&essages aloud"))
        note = translate("Settings", "HumasDesk reads its messages in its own voice. Leave "
                                     "this off if you use a screen reader, so the two do not "
                                     "talk at once.")
        self.self_voicing_note.setText(note)
        self.self_voicing.setAccessibleDescription(note)
        self.sound_cues.setText(translate("Settings", "S&ound cues"))
        self.start.setText(translate("Welcome", "Start using HumasDesk"))

    def _apply(self, key: str, value) -> None:
        self.settings.set(key, value)
        self.events.settings_changed.emit(key)

    def _language_chosen(self) -> None:
        self.app.set_language(self.language.currentData())
        self.events.settings_changed.emit("language")
        self.retranslate()

    def finish(self) -> None:
        self.settings.set("welcomed", True)
        self.accept()
        self.announce(translate("Welcome", "Ready. The cursor is in the post text."))
