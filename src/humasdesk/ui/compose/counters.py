"""Live counts per account: as he types, every checked account shows how much room is left
under its own platform's rules, and a count that crosses 20, 10 or 0 left is said aloud (with a
sound when it goes over), so he never has to look for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.i18n import translate
from ..target_row import TargetRow, band

if TYPE_CHECKING:
    from ..pages.compose import ComposePage


class LiveCounts:
    def __init__(self, page: ComposePage):
        self.page = page
        self.ui = page.ui
        self.composing = page.app.composing

    def text_for(self, row: TargetRow) -> str:
        own = row.own_text()
        return own if own is not None else self.page.editor.toPlainText()

    def update(self, announce: bool = True) -> None:
        """Recount for every checked account; say it when a count crosses 20, 10 or 0 left."""
        for row in self.page.rows.values():
            if not row.is_checked():
                row.last_band = 0
                continue
            text = self.text_for(row)
            measurement = self.composing.measure(text, row.account)
            parts = 1
            if row.thread.isChecked() and not measurement.valid and text.strip():
                parts = len(self.composing.thread_parts(text, row.account))
            row.show_measurement(measurement, parts)
            new_band = band(measurement.remaining) if parts == 1 else 0
            if announce and new_band > row.last_band:
                self._announce(row, measurement.remaining)
            row.last_band = new_band

    def _announce(self, row: TargetRow, remaining: int) -> None:
        if remaining < 0:
            self.ui.sounds.play("limit")
            message = translate("Compose", "{account}: {n} over the limit.").format(
                account=row.account.name, n=-remaining)
        else:
            message = translate("Compose", "{account}: {n} left.").format(
                account=row.account.name, n=remaining)
        self.ui.announcer.announce(message)
