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
    def __init__(self, app: App, events: Events, announce: Callable[[str], None],
                 screen_reader: bool | None = None):
        super().__init__(None)  # not owned by the window: a language change rebuilds that
        self.app = app
        # Whether a screen reader runs (None: the system did not say) chooses the default of
        # "Speak messages aloud": a screen reader speaks the messages itself, and two voices
        # at once help nobody; without one, he hears them in HumasDesk's voice.
        self.screen_reader = screen_reader
        if screen_reader is not None:
            app.settings.set("self_voicing", not screen_reader)
            events.settings_changed.emit("self_voicing")
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
            "in Settings. Tab moves between them; Down arrow opens a list and Enter picks "
            "from it; Space ticks a box; Enter starts."))
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
        if self.screen_reader is True:
            note = translate("Welcome", "A screen reader is running, so HumasDesk leaves its "
                                        "messages to it: “Speak messages aloud” is off. Turn it "
                                        "on to hear them in HumasDesk’s own voice as well.")
        elif self.screen_reader is False:
            note = translate("Welcome", "No screen reader is running, so HumasDesk reads its "
                                        "messages aloud in its own voice: “Speak messages "
                                        "aloud” is on. Turn it off to only see them.")
        else:
            note = translate("Settings", "HumasDesk reads its messages in its own voice. Leave "
                                         "this off if you use a screen reader, so the two do "
                                         "not talk at once.")
        # Shown under the box and read with the dialog; not also its description, or a
        # screen reader says it a second time at the box.
        self.self_voicing_note.setText(note)
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
