"""Settings → Dictation: the Whisper models HumasDesk can download, with what each costs said
before he confirms, a progress bar and spoken progress every 25 %, and removal.

The work is ``speech/models.py`` (through the dictation service) on the task helper's
threads; progress comes back to the GUI thread as a queued signal. Confirming is a second
button, not a dialog: he reads (or hears) the size first, then presses "Confirm download".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from .choice_box import ChoiceBox
from .widgets import FlowLayout, heading, hint, labelled, name_scroll_bars, wrap_rows


class _Progress(QObject):
    changed = Signal(object, object)  # done, total (Python ints: models pass 2 GB)


class ModelManagerBox(QWidget):
    """Not a group box inside the speech group: its frame and margins would cost width that
    300 % text needs."""

    def __init__(self, ui, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.settings = ui.app.settings
        self.plan = None
        self.busy = False
        self._cancel = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("SpeechModels",
                                           "Whisper models for offline dictation")))
        self.model = ChoiceBox()
        self.model.setObjectName("settings.model_choice")
        from ..services.dictation import model_catalogue, size_text

        for entry in model_catalogue():  # short, so the choice shows in full at 300 % text
            self.model.addItem(f"Whisper {entry.id} ({size_text(entry.download_bytes)})",
                               entry.id)
        layout.addWidget(labelled(translate("SpeechModels", "Model to do&wnload:"), self.model))
        layout.addWidget(self.model)
        self.check = QPushButton(translate("SpeechModels", "Check its &size"))
        self.check.setObjectName("settings.model_check")
        self.confirm = QPushButton(translate("SpeechModels", "Confirm download"))
        self.confirm.setObjectName("settings.model_confirm")
        self.confirm.setEnabled(False)
        self.stop = QPushButton(translate("SpeechModels", "S&top download"))
        self.stop.setEnabled(False)
        row = FlowLayout()  # buttons wrap at large text instead of scrolling sideways
        for button in (self.check, self.confirm, self.stop):
            row.addWidget(button)
        layout.addLayout(row)
        self.plan_note = hint("")
        self.plan_note.setObjectName("settings.model_plan")
        layout.addWidget(self.plan_note)
        self.bar = QProgressBar()
        self.bar.setObjectName("settings.model_progress")
        self.bar.setAccessibleName(translate("SpeechModels", "Download progress"))
        self.bar.setRange(0, 100)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.installed = QListWidget()
        self.installed.setObjectName("settings.models_installed")
        wrap_rows(self.installed)
        name_scroll_bars(self.installed, translate("SpeechModels", "the downloaded models"))
        self.installed.setMinimumHeight(120)
        layout.addWidget(labelled(translate("SpeechModels", "Downloaded models:"),
                                  self.installed))
        layout.addWidget(self.installed)
        self.remove = QPushButton(translate("SpeechModels", "Remove the selected model"))
        self.remove.setObjectName("settings.model_remove")
        layout.addWidget(self.remove)
        self.url = QLineEdit(self.settings.get("speech_model_url"))
        self.url.setObjectName("settings.speech_model_url")
        layout.addWidget(labelled(translate("SpeechModels", "Download address:"), self.url,
                                  translate("SpeechModels", "Where models are downloaded "
                                            "from. A server inside the hospital network may "
                                            "offer the same files.")))
        layout.addWidget(self.url)

        self.progress = _Progress(self)
        self.progress.changed.connect(self._progressed)
        self.check.clicked.connect(self.check_size)
        self.confirm.clicked.connect(self.start_download)
        self.stop.clicked.connect(self._stop)
        self.remove.clicked.connect(self.remove_selected)
        self.url.editingFinished.connect(self._url_changed)
        self.model.currentIndexChanged.connect(lambda _i: self._forget_plan())
        self.refresh()

    def manager(self):
        return self.ui.app.dictation.models()

    def say(self, text: str, assertive: bool = False) -> None:
        self.ui.announcer.announce(text, assertive)

    def _url_changed(self) -> None:
        from ..domain.errors import UserInputError

        try:
            self.settings.set("speech_model_url", self.url.text())
        except UserInputError as problem:
            self.say(str(problem), assertive=True)
            self.url.setText(self.settings.get("speech_model_url"))
            return
        self._forget_plan()

    def _forget_plan(self) -> None:
        if not self.busy:
            self.plan = None
            self.confirm.setEnabled(False)
            self.plan_note.setText("")

    def refresh(self) -> None:
        from ..services.dictation import size_text

        self.installed.clear()
        chosen = self.settings.get("speech_model")
        for model in self.manager().installed():
            text = translate("SpeechModels", "Whisper {model}: {size}, in {folder}").format(
                model=model.id, size=size_text(model.size), folder=model.folder)
            if model.id == chosen:
                text += " " + translate("SpeechModels", "(used for dictation)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.UserRole, model.id)
            self.installed.addItem(item)
        self.remove.setEnabled(self.installed.count() > 0 and not self.busy)

    # -- download ----------------------------------------------------------------------------

    def check_size(self, model_id: str | None = None) -> None:
        """Ask the server what the model takes; the answer is shown and said."""
        model_id = model_id or self.model.currentData()
        if model_id != self.model.currentData():
            self.model.setCurrentIndex(self.model.findData(model_id))
        self.check.setEnabled(False)
        self.say(translate("SpeechModels", "Asking the model server…"))
        manager = self.manager()
        self.ui.tasks.run(lambda: manager.plan(model_id), self._planned, self._failed)

    def _planned(self, plan) -> None:
        self.check.setEnabled(True)
        self.plan = plan
        text = plan.describe()
        if not plan.fits:
            text += " " + plan.refusal()
        else:
            text += " " + translate("SpeechModels", "Press “Confirm download” to start.")
        self.plan_note.setText(text)
        self.confirm.setEnabled(plan.fits)
        if plan.fits:
            self.confirm.setFocus()
        self.say(text)

    def start_download(self) -> None:
        if self.plan is None or self.busy:
            return
        plan, manager = self.plan, self.manager()
        self.busy = True
        self._cancel = False
        self._said = set()
        for button in (self.check, self.confirm, self.remove):
            button.setEnabled(False)
        self.stop.setEnabled(True)
        self.bar.setValue(0)
        self.bar.show()
        self.say(translate("SpeechModels", "Downloading Whisper {model}…").format(
            model=plan.entry.id))
        self.ui.tasks.run(
            lambda: manager.download(plan, self.progress.changed.emit, lambda: self._cancel),
            lambda folder: self._downloaded(plan, folder), self._failed)

    def _progressed(self, done: int, total: int) -> None:
        percent = min(100, done * 100 // total) if total else 0
        self.bar.setValue(percent)
        self.bar.setAccessibleDescription(f"{percent} %")
        step = percent // 25 * 25
        if step and step < 100 and step not in self._said:  # 100 % is the "ready" message
            self._said.add(step)
            self.say(translate("SpeechModels", "{percent} percent downloaded.").format(
                percent=step))

    def _stop(self) -> None:
        self._cancel = True

    def _downloaded(self, plan, folder) -> None:
        self.busy = False
        self.stop.setEnabled(False)
        self.check.setEnabled(True)
        self.bar.setValue(100)
        self.settings.set("speech_model", plan.entry.id)
        self.ui.events.settings_changed.emit("speech_model")
        self.plan = None
        self.plan_note.setText("")
        self.refresh()
        self.say(translate("SpeechModels", "Whisper {model} is ready. Indonesian dictation "
                                           "now works offline.").format(model=plan.entry.id))

    def _failed(self, problem: BaseException) -> None:
        self.busy = False
        self.stop.setEnabled(False)
        self.check.setEnabled(True)
        self.confirm.setEnabled(False)
        self.plan = None
        self.bar.hide()
        self.refresh()
        self.plan_note.setText(str(problem))
        self.say(str(problem), assertive=True)

    # -- removal -----------------------------------------------------------------------------

    def remove_selected(self) -> None:
        item = self.installed.currentItem() or self.installed.item(0)
        if item is None or self.busy:
            return
        model_id = item.data(Qt.ItemDataRole.UserRole)
        self.manager().remove(model_id)
        if self.settings.get("speech_model") == model_id:
            self.settings.set("speech_model", "")
        self.ui.events.settings_changed.emit("speech_model")
        self.refresh()
        self.say(translate("SpeechModels", "Whisper {model} was removed.").format(
            model=model_id))
