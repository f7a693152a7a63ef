"""Settings (Pengaturan): language, theme, text size and time zone. Changes apply at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...domain.i18n import translate
from ...domain.timezones import zone_label
from ..context import UiContext
from ..widgets import heading, hint, labelled

TEXT_SCALES = (100, 125, 150, 175, 200, 250, 300)
ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC", "Europe/London",
         "Europe/Berlin", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney",
         "America/New_York")


class SettingsPage(QWidget):
    def __init__(self, ui: UiContext):
        super().__init__()
        self.ui = ui
        settings = ui.app.settings
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Settings", "Settings")))

        self.language = QComboBox()
        self.language.setObjectName("settings.language")
        for code, name in (("", translate("Settings", "Same as the system")),
                           ("id", "Bahasa Indonesia"), ("en", "English")):
            self.language.addItem(name, code)
        layout.addWidget(labelled(translate("Settings", "&Language:"), self.language))
        layout.addWidget(self.language)

        self.theme = QComboBox()
        self.theme.setObjectName("settings.theme")
        self.theme.addItem(translate("Settings", "Dark, high contrast"), "dark")
        self.theme.addItem(translate("Settings", "Light, high contrast"), "light")
        layout.addWidget(labelled(translate("Settings", "&Theme:"), self.theme))
        layout.addWidget(self.theme)

        self.text_scale = QComboBox()
        self.text_scale.setObjectName("settings.text_scale")
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{scale} %", scale)
        layout.addWidget(labelled(translate("Settings", "Text &size:"), self.text_scale))
        layout.addWidget(self.text_scale)

        self.zone = QComboBox()
        self.zone.setObjectName("settings.zone")
        for zone in ZONES:
            self.zone.addItem(f"{zone_label(zone)} · {zone}", zone)
        layout.addWidget(labelled(translate("Settings", "Time &zone:"), self.zone,
                                  translate("Settings", "Schedules are shown and typed in "
                                                        "this zone.")))
        layout.addWidget(self.zone)
        layout.addWidget(hint(translate("Settings", "Changes are saved and applied at once.")))
        layout.addStretch()

        for combo, key in ((self.language, "language"), (self.theme, "theme"),
                           (self.text_scale, "text_scale"), (self.zone, "zone")):
            index = combo.findData(settings.get(key))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, k=key: self._changed(k, c.currentData()))

    def _changed(self, key: str, value) -> None:
        if key == "language":
            self.ui.app.set_language(value)
        else:
            self.ui.app.settings.set(key, value)
        self.ui.events.settings_changed.emit(key)
