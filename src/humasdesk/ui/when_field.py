"""A date-and-time entry that takes what the user would say ("besok jam 9", "Senin 14.00",
"tomorrow 9am", 2026-12-01 09:00) or arrow keys on the pickers, and shows — and, once he pauses,
reads out — exactly what it understood, with the zone. Used by the composer and by
"Reschedule" in the queue."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QTimeEdit, QVBoxLayout, QWidget

from ..domain.i18n import translate
from ..domain.timezones import describe_instant, zone_info, zone_label
from .announcer import Announcer
from .widgets import SpinTextPadding, hint, labelled, plain_label_text

ANNOUNCE_PAUSE_MS = 900  # read out what was understood once he pauses typing


class _TabLeavesPicker(SpinTextPadding):
    """Qt's date and time editors use Tab to move between their parts, so a keyboard user
    has to press Tab three times to leave them. Here Tab leaves at once; the arrow keys (Left,
    Right, Up, Down) still move between and change the parts."""

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next_child)


class DateEdit(_TabLeavesPicker, QDateEdit):
    pass


class TimeEdit(_TabLeavesPicker, QTimeEdit):
    pass


class WhenField(QWidget):
    understood_changed = Signal(str)

    def __init__(self, zone: str, announcer: Announcer, object_prefix: str = "when",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.zone = zone
        self.announcer = announcer
        self._last_announcement = ""
        # Insights (issue 16): the upcoming best instants for the chosen accounts, asked for
        # only when he types "waktu terbaik" / "best time" (None: the phrase is not offered).
        self.best_slots: Callable[[], Sequence[datetime]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_prefix}.when")
        layout.addWidget(labelled(
            translate("Compose", "&When (for example “besok jam 9”, “Senin 14.00” or "
                                 "2026-12-01 09:00):"), self.edit,
            translate("Compose", "Type a date and time in words or numbers; what HumasDesk "
                                 "understood is shown and read out below.")))
        layout.addWidget(self.edit)
        self.understood = hint("")
        self.understood.setObjectName(f"{object_prefix}.understood")
        layout.addWidget(self.understood)

        pickers = QHBoxLayout()
        self.date_edit = DateEdit()
        self.date_edit.setObjectName(f"{object_prefix}.date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(False)  # arrow keys; no tiny calendar to hit
        # (No up/down buttons either: the theme gives them no width.)
        self.time_edit = TimeEdit()
        self.time_edit.setObjectName(f"{object_prefix}.time")
        self.time_edit.setDisplayFormat("HH:mm")
        date_column, time_column = QVBoxLayout(), QVBoxLayout()
        date_column.addWidget(labelled(translate("Compose", "&Date (arrow keys change it):"),
                                       self.date_edit))
        date_column.addWidget(self.date_edit)
        self.time_label = labelled("", self.time_edit)  # its text names the zone: set_zone
        time_column.addWidget(self.time_label)
        time_column.addWidget(self.time_edit)
        pickers.addLayout(date_column)
        pickers.addLayout(time_column)
        layout.addLayout(pickers)
        self.zone_note = hint("")
        layout.addWidget(self.zone_note)

        self.announce_timer = QTimer(self)
        self.announce_timer.setSingleShot(True)
        self.announce_timer.timeout.connect(self.announce_understood)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.announce_understood)
        self.date_edit.dateChanged.connect(self._picker_changed)
        self.time_edit.timeChanged.connect(self._picker_changed)
        self.set_zone(zone)
        self.suggest(datetime.now(UTC) + timedelta(minutes=30))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.date_edit, self.time_edit]

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        label = zone_label(zone)
        self.zone_note.setText(translate("Compose", "Times are in {label} ({zone}).").format(
            label=label, zone=zone))
        # One text for the label and the name, so a screen reader does not say both.
        text = translate("Compose", "T&ime, {label} (arrow keys change it):").format(
            label=label)
        self.time_label.setText(text)
        self.time_edit.setAccessibleName(plain_label_text(text))
        if self.edit.text().strip():
            self.show_understood()

    def suggest(self, after: datetime) -> None:
        """Put the next full hour after ``after`` in the pickers, leaving the text empty."""
        local = after.astimezone(zone_info(self.zone)) + timedelta(hours=1)
        local = local.replace(minute=0, second=0, microsecond=0)
        self._set_pickers(local)

    def _set_pickers(self, local: datetime) -> None:
        for widget in (self.date_edit, self.time_edit):
            widget.blockSignals(True)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        for widget in (self.date_edit, self.time_edit):
            widget.blockSignals(False)

    def instant(self) -> datetime:
        """The instant typed: exactly what is shown as understood. Raises TimeInputError."""
        from ..domain.when import mentions_best_time, parse_when  # loaded on first use

        text = self.edit.text()
        slots = self.best_slots() if self.best_slots is not None and \
            mentions_best_time(text) else ()
        return parse_when(text, self.zone, datetime.now(UTC), best_slots=slots)

    def set_instant(self, instant: datetime) -> None:
        local = instant.astimezone(zone_info(self.zone))
        self.edit.setText(f"{local:%Y-%m-%d %H:%M}")
        self._set_pickers(local)
        self.show_understood()

    def clear(self) -> None:
        self.edit.clear()
        self.understood.setText("")
        self._last_announcement = ""

    def show_understood(self) -> str:
        from ..domain.timezones import TimeInputError

        if not self.edit.text().strip():
            self.understood.setText("")
            return ""
        try:
            instant = self.instant()
        except TimeInputError as exc:
            message = str(exc)
        else:
            self._set_pickers(instant.astimezone(zone_info(self.zone)))
            message = translate("Compose", "Understood: {when}").format(
                when=describe_instant(instant, self.zone))
        self.understood.setText(message)
        self.understood_changed.emit(message)
        return message

    def announce_understood(self) -> None:
        self.announce_timer.stop()
        message = self.show_understood()
        if message and message != self._last_announcement:
            self._last_announcement = message
            self.announcer.announce(message)

    def _typed(self) -> None:
        self.show_understood()
        self.announce_timer.start(ANNOUNCE_PAUSE_MS)

    def _picker_changed(self) -> None:
        d, t = self.date_edit.date(), self.time_edit.time()
        self.edit.setText(f"{d.year():04d}-{d.month():02d}-{d.day():02d} "
                          f"{t.hour():02d}:{t.minute():02d}")
        self.show_understood()
        self.announce_timer.start(ANNOUNCE_PAUSE_MS)
