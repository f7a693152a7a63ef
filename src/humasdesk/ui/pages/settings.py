"""Settings (Pengaturan): how HumasDesk looks, sounds, speaks and publishes. Each change is
saved and applied at once; nothing needs a "Save" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.timezones import zone_label
from ..actions import shortcut_label
from ..choice_box import ChoiceBox
from ..context import UiContext
from ..widgets import (
    FlowLayout,
    Page,
    SpinTextPadding,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    ok_cancel_buttons,
    scrolling_body,
    wrap_rows,
)

TEXT_SCALES = (100, 125, 150, 175, 200, 250, 300)
ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC", "Europe/London",
         "Europe/Berlin", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney",
         "America/New_York")


class ShortcutDialog(QDialog):
    """Press the new keys; Enter (on the OK button) keeps them."""

    def __init__(self, action_label: str, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "Shortcut for “{action}”").format(
            action=action_label))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate(
            "Settings", "Press the new keys now (for example Ctrl+Shift+P). Then Tab to OK "
            "and press Enter. Escape leaves it as it was.")))
        self.edit = QKeySequenceEdit(QKeySequence(current))
        self.edit.setObjectName("settings.shortcut_edit")
        self.edit.setMaximumSequenceLength(1)
        layout.addWidget(labelled(translate("Settings", "New &keys:"), self.edit))
        layout.addWidget(self.edit)
        layout.addWidget(ok_cancel_buttons(self.accept, self.reject))
        self.edit.setFocus()

    def sequence(self) -> str:
        return self.edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)


class NumberBox(SpinTextPadding, QSpinBox):
    """A whole number, changed by typing or with the arrow keys."""


class SettingsPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.settings = ui.app.settings
        layout = scrolling_body(self, translate("Settings", "the settings"))
        layout.addWidget(heading(translate("Settings", "Settings")))
        layout.addWidget(hint(translate("Settings", "Changes are saved and applied at once.")))

        look = self._group(layout, translate("Settings", "Display and language"))
        self.language = self._combo(look, "language", translate("Settings", "&Language:"), [
            ("", translate("Settings", "Same as the system")), ("id", "Bahasa Indonesia"),
            ("en", "English")])
        self.theme = self._combo(look, "theme", translate("Settings", "&Theme:"), [
            ("dark", translate("Settings", "Dark, high contrast")),
            ("light", translate("Settings", "Light, high contrast"))])
        self.text_scale = self._combo(look, "text_scale", translate("Settings", "Text &size:"),
                                      [(scale, f"{scale} %") for scale in TEXT_SCALES])
        self.zone = self._combo(look, "zone", translate("Settings", "Time &zone:"),
                                [(zone, f"{zone_label(zone)} · {zone}") for zone in ZONES],
                                translate("Settings", "Schedules are shown and typed in "
                                                      "this zone."))

        publishing = self._group(layout, translate("Settings", "Publishing"))
        self.undo_seconds = self._spin(publishing, "undo_seconds", 0, 60, translate(
            "Settings", "Seconds to &undo “Publish now” (0 = publish at once):"))
        self.grace = self._spin(publishing, "grace_minutes", 1, 1440, translate(
            "Settings", "Ask before sending a post that is late by more than this many "
                        "&minutes:"))
        self.always_review = self._check(publishing, "always_review", translate(
            "Settings", "Always &review first"), translate(
            "Settings", "Every post shows its final text for each account, with Read aloud, "
                        "before it goes out."))
        self._build_autostart(publishing)

        self._pictures_group(layout)

        keys = self._group(layout, translate("Settings", "Keyboard"))
        self.tremor = self._spin(keys, "tremor_window_ms", 0, 2000, translate(
            "Settings", "I&gnore a second press of the same action within this many "
                        "milliseconds:"))
        self.single_key = self._check(keys, "single_key_mode", translate(
            "Settings", "Single-&key mode"), translate(
            "Settings", "Letters alone run the most used actions while you are not in a text "
                        "field. Ctrl+Shift+K turns it on or off."))
        self.shortcuts = QListWidget()
        self.shortcuts.setObjectName("settings.shortcuts")
        wrap_rows(self.shortcuts)
        name_scroll_bars(self.shortcuts, translate("Settings", "the shortcuts"))
        self.shortcuts.setMinimumHeight(260)
        keys.addWidget(labelled(translate("Settings", "S&hortcuts:"), self.shortcuts))
        keys.addWidget(self.shortcuts)
        row = FlowLayout()
        self.change_shortcut = QPushButton(translate("Settings", "&Change shortcut…"))
        self.remove_shortcut = QPushButton(translate("Settings", "Remo&ve shortcut"))
        self.reset_shortcuts = QPushButton(translate("Settings", "Reset &all shortcuts"))
        for button in (self.change_shortcut, self.remove_shortcut, self.reset_shortcuts):
            row.addWidget(button)
        keys.addLayout(row)
        self.shortcut_error = hint("", role="error")
        keys.addWidget(self.shortcut_error)

        sound = self._group(layout, translate("Settings", "Sound and speech"))
        self.sound_cues = self._check(sound, "sound_cues", translate(
            "Settings", "S&ound cues"), translate(
            "Settings", "Short sounds when a post is published or fails, at a text limit, and "
                        "when listening starts and stops."))
        self.sound_volume = self._spin(sound, "sound_volume", 0, 100, translate(
            "Settings", "Sound cue volume (percent):"))
        self.self_voicing = self._check(sound, "self_voicing", translate(
            "Settings", "Speak m&essages aloud"), translate(
            "Settings", "HumasDesk reads its messages in its own voice. Leave this off if you "
                        "use a screen reader, so the two do not talk at once."))

        speech = self._group(layout, translate("Settings", "Dictation and reading aloud"))
        self.engine = self._combo(speech, "speech_engine", translate(
            "Settings", "&Dictation engine:"), [(self.settings.get("speech_engine"), "…")])
        self.engine_note = hint("")
        self.engine_note.setObjectName("settings.engine_note")
        speech.addWidget(self.engine_note)
        self.speech_language = self._combo(speech, "speech_language", translate(
            "Settings", "Dictation la&nguage:"), [("id", "Bahasa Indonesia"), ("en", "English")])
        folder_row = QHBoxLayout()
        self.model_dir = QLineEdit(self.settings.get("speech_model_dir"))
        self.model_dir.setObjectName("settings.speech_model_dir")
        speech.addWidget(labelled(translate("Settings", "Whisper model &folder (for offline "
                                                        "Indonesian):"), self.model_dir,
                                  translate("Settings", "A folder with a faster-whisper model "
                                                        "(model.bin, tokenizer.json). Leave "
                                                        "empty to use the one in HumasDesk’s "
                                                        "data folder, if any.")))
        folder_row.addWidget(self.model_dir, 1)
        self.choose_folder = QPushButton(translate("Settings", "&Browse…"))
        folder_row.addWidget(self.choose_folder)
        speech.addLayout(folder_row)
        self.pause = self._spin(speech, "speech_pause_ms", 300, 5000, translate(
            "Settings", "&Pause that ends listening (milliseconds):"))
        self.rate = self._spin(speech, "speech_rate", 80, 400, translate(
            "Settings", "Reading speed (words per minute):"))
        self.volume = self._spin(speech, "speech_volume", 0, 100, translate(
            "Settings", "Reading volume (percent):"))
        self.voice = self._combo(speech, "speech_voice", translate("Settings", "Vo&ice:"), [
            ("", translate("Settings", "Chosen by the text’s language"))])
        self.try_voice = QPushButton(translate("Settings", "Tr&y the voice"))
        speech.addWidget(self.try_voice)
        # Whisper models: download, check, remove (issue 18).
        from ..model_manager import ModelManagerBox

        self.models = ModelManagerBox(ui)
        speech.addWidget(self.models)
        self.wake_phrase = self._check(speech, "voice_wake_phrase", translate(
            "Settings", "&Wake phrase “perintah”"),
            translate("Settings", "Voice commands start with F7. With this on, a phrase that "
                                  "begins with “perintah” or “command” while you dictate is a "
                                  "command, not text."))
        layout.addStretch()
        self.model_dir.editingFinished.connect(
            lambda: self._changed("speech_model_dir", self.model_dir.text().strip()))
        self.choose_folder.clicked.connect(self._choose_model_folder)
        self.try_voice.clicked.connect(self._try_voice)
        self.engine.currentIndexChanged.connect(lambda _i: self._show_engine_note())
        self._speech_filled = False

        self.change_shortcut.clicked.connect(self._change_shortcut)
        self.remove_shortcut.clicked.connect(lambda: self._assign(""))
        self.reset_shortcuts.clicked.connect(self._reset_shortcuts)
        ui.events.settings_changed.connect(self._external_change)
        self._fill_shortcuts()

    # -- building ---------------------------------------------------------------------------

    def _pictures_group(self, layout: QVBoxLayout) -> None:
        """Pictures and links: the watched folder, and Bluesky's link cards."""
        pictures = self._group(layout, translate("Settings", "Pictures and links"))
        row = QHBoxLayout()
        self.pictures_folder = QLineEdit(self.settings.get("pictures_folder"))
        self.pictures_folder.setObjectName("settings.pictures_folder")
        pictures.addWidget(labelled(
            translate("Settings", "&Watched folder for pictures:"), self.pictures_folder,
            translate("Settings", "The folder your phone or colleagues sync pictures into. "
                                  "“Pick from the pictures folder” in the composer lists it, "
                                  "newest first.")))
        row.addWidget(self.pictures_folder, 1)
        self.choose_pictures_folder = QPushButton(translate("Settings", "Choose…"))
        self.choose_pictures_folder.setObjectName("settings.choose_pictures_folder")
        row.addWidget(self.choose_pictures_folder)
        pictures.addLayout(row)
        self.link_cards = self._check(pictures, "bluesky_link_cards", translate(
            "Settings", "Bluesky link cards"), translate(
            "Settings", "A Bluesky post with a link shows the page's title, description and "
                        "picture. HumasDesk reads the page to make it, which tells that site "
                        "your computer's address."))
        self.pictures_folder.editingFinished.connect(
            lambda: self._changed("pictures_folder", self.pictures_folder.text().strip()))
        self.choose_pictures_folder.clicked.connect(self._choose_pictures_folder)

    def _choose_pictures_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, translate(
            "Settings", "Choose the watched folder for pictures"),
            self.pictures_folder.text() or "")
        if folder:
            self.pictures_folder.setText(folder)
            self._changed("pictures_folder", folder)

    def _group(self, layout: QVBoxLayout, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        layout.addWidget(box)
        return inner

    def _combo(self, layout, key, label, choices, description="") -> ChoiceBox:
        combo = ChoiceBox()
        combo.setObjectName(f"settings.{key}")
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(self.settings.get(key)), 0))
        layout.addWidget(labelled(label, combo, description))
        layout.addWidget(combo)
        combo.currentIndexChanged.connect(lambda _i: self._changed(key, combo.currentData()))
        return combo

    def _spin(self, layout, key, low, high, label) -> QSpinBox:
        # (Not ButtonSymbols.NoButtons: with the style sheet that leaves the number a single
        # pixel wide, so the value could not be seen. The theme hides the buttons instead.)
        spin = NumberBox()
        spin.setObjectName(f"settings.{key}")
        spin.setRange(low, high)
        spin.setValue(self.settings.get(key))
        layout.addWidget(labelled(label, spin))
        layout.addWidget(spin)
        spin.valueChanged.connect(lambda value: self._changed(key, value))
        return spin

    def _check(self, layout, key, label, details: str = "") -> QCheckBox:
        box = QCheckBox(label)
        box.setObjectName(f"settings.{key}")
        box.setChecked(self.settings.get(key))
        layout.addWidget(box)
        if details:  # a check box cannot wrap, so the explanation is a line of its own
            layout.addWidget(hint(details))
            box.setAccessibleDescription(details)
        box.toggled.connect(lambda on: self._changed(key, on))
        return box

    def _changed(self, key: str, value) -> None:
        if key == "language":
            self.ui.app.set_language(value)
        else:
            self.settings.set(key, value)
        self.ui.events.settings_changed.emit(key)

    # -- start with the computer ----------------------------------------------------------------

    def _build_autostart(self, layout: QVBoxLayout) -> None:
        # Not a stored setting: the truth is the system's (a systemd unit, an autostart file),
        # read when the page is first shown.
        details = translate("Settings", "The publishing agent starts when you log in, so "
                                        "scheduled posts go out while this window is closed.")
        self.autostart = QCheckBox(translate("Settings", "Start &with the computer"))
        self.autostart.setObjectName("settings.autostart")
        self.autostart.setAccessibleDescription(details)
        self.autostart.setEnabled(False)  # until its state is known
        layout.addWidget(self.autostart)
        layout.addWidget(hint(details))
        self.autostart_note = hint("")
        self.autostart_note.setObjectName("settings.autostart_note")
        layout.addWidget(self.autostart_note)
        self.autostart.toggled.connect(self._autostart_toggled)
        self._autostart_read = False

    def _read_autostart(self) -> None:
        self._autostart_read = True
        self.ui.tasks.run(self.ui.app.autostart.is_enabled, self._show_autostart,
                          lambda exc: self._show_autostart(False))

    def _show_autostart(self, on: bool) -> None:
        self.autostart.blockSignals(True)
        self.autostart.setChecked(bool(on))
        self.autostart.blockSignals(False)
        self.autostart.setEnabled(True)

    def _autostart_toggled(self, on: bool) -> None:
        self.autostart.setEnabled(False)  # one change at a time

        def done(message: str) -> None:
            self.autostart.setEnabled(True)
            self.autostart_note.setText(message)
            self.ui.announcer.announce(message)

        def failed(exc: BaseException) -> None:
            from ...services.autostart import AutostartError

            message = str(exc) if isinstance(exc, AutostartError) else translate(
                "Settings", "Start with the computer could not be changed: {reason}").format(
                    reason=exc)
            self._show_autostart(not on)  # it stays as it was
            self.autostart_note.setText(message)
            self.ui.announcer.announce(message, assertive=True)

        self.ui.tasks.run(lambda: self.ui.app.autostart.set_enabled(on), done, failed)

    # -- speech ---------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._autostart_read:
            self._read_autostart()
        if not self._speech_filled:  # loading engines and voices is slow: off the GUI thread
            self._speech_filled = True
            self.ui.tasks.run(self._speech_choices, self._fill_speech, lambda exc: None)

    def _speech_choices(self):
        return self.ui.app.dictation.choices()

    def _fill_speech(self, found) -> None:
        engines, voices = found
        self._engines = {e.id: e for e in engines}
        for combo, rows, key in (
                (self.engine, [(e.id, e.title) for e in engines], "speech_engine"),
                (self.voice, [("", translate("Settings", "Chosen by the text’s language")),
                              *((v.id, f"{v.name} ({', '.join(v.languages)})")
                                for v in voices)], "speech_voice")):
            combo.blockSignals(True)
            combo.clear()
            for value, text in rows:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(self.settings.get(key)), 0))
            combo.blockSignals(False)
        self._show_engine_note()

    def _show_engine_note(self) -> None:
        info = getattr(self, "_engines", {}).get(self.engine.currentData())
        if info is None:
            return
        note = info.description + (f" {info.problem}" if info.problem else "")
        self.engine_note.setText(note)
        self.engine.setAccessibleDescription(note)

    def _choose_model_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, translate(
            "Settings", "Choose the Whisper model folder"), self.model_dir.text() or "")
        if folder:
            self.model_dir.setText(folder)
            self._changed("speech_model_dir", folder)
            self._speech_filled = False
            self.ui.tasks.run(self._speech_choices, self._fill_speech, lambda exc: None)

    def _try_voice(self) -> None:
        compose = self.window().page("compose") if hasattr(self.window(), "page") else None
        if compose is not None:
            compose.speech.read_aloud(translate(
                "Settings", "This is how HumasDesk reads your posts aloud."))

    def _external_change(self, key: str) -> None:
        if key == "single_key_mode":  # toggled by its shortcut
            self.single_key.blockSignals(True)
            self.single_key.setChecked(self.settings.get("single_key_mode"))
            self.single_key.blockSignals(False)

    # -- shortcuts --------------------------------------------------------------------------

    def _fill_shortcuts(self) -> None:
        current = self.shortcuts.currentRow()
        self.shortcuts.clear()
        actions = self.ui.actions
        for action_id, action in actions.actions.items():
            keys = actions.shortcut_text(action_id) or translate("Settings", "no shortcut")
            item = QListWidgetItem(f"{action.text()} — {keys}")
            item.setData(Qt.ItemDataRole.UserRole, action_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{action.text()}, {keys}")
            self.shortcuts.addItem(item)
        self.shortcuts.setCurrentRow(max(current, 0))

    def _selected_action(self) -> str | None:
        item = self.shortcuts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _change_shortcut(self) -> None:
        action_id = self._selected_action()
        if action_id is None:
            return
        actions = self.ui.actions
        current = actions.actions[action_id].shortcut().toString(
            QKeySequence.SequenceFormat.PortableText)
        dialog = ShortcutDialog(actions.label(action_id), current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._assign(dialog.sequence())

    def _assign(self, sequence: str) -> None:
        action_id = self._selected_action()
        if action_id is None:
            return
        try:
            self.ui.actions.set_shortcut(action_id, sequence)
        except UserInputError as exc:
            self.shortcut_error.setText(str(exc))
            self.ui.announcer.announce(str(exc), assertive=True)
            return
        self.shortcut_error.setText("")
        self._fill_shortcuts()
        label = self.ui.actions.label(action_id)
        self.ui.announcer.announce(
            translate("Settings", "“{action}” now has the shortcut {keys}.").format(
                action=label, keys=shortcut_label(QKeySequence(sequence))) if sequence else
            translate("Settings", "“{action}” has no shortcut now.").format(action=label))

    def _reset_shortcuts(self) -> None:
        self.ui.actions.reset_shortcuts()
        self._fill_shortcuts()
        self.ui.announcer.announce(translate("Settings", "All shortcuts are back to their "
                                                         "defaults."))
