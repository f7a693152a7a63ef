"""Compose (Tulis): write the post once, check it for every account as you type, adjust it per
account, attach described images, dictate and hear it, then publish now or schedule.

This module lays the page out and wires its parts; each part lives in ``ui/compose/``: the
draft autosave (``drafts``), the live counts per account (``counters``), the check and review
before sending (``check``), sending with the undo countdown (``sending``) and dictation
(``dictation``).
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGroupBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n import translate
from ...domain.model import Draft
from ..context import UiContext
from ..media_panel import MediaPanel
from ..target_row import THRESHOLDS, TargetRow
from ..widgets import (
    FlowLayout,
    Page,
    follow_focus,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    refresh_style,
    text_area,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from ..compose.check import SendCheck
    from ..compose.counters import LiveCounts
    from ..compose.dictation import DictationGlue
    from ..compose.drafts import DraftKeeper
    from ..compose.sending import Sender
    from ..when_field import WhenField


class ComposePage(Page):
    """The page: its widgets in reading order, the tab order, the account rows, and the
    actions bound to the parts that do the work."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.app = ui.app
        self.setWidgetResizable(True)  # no frame: the theme's QScrollArea rule
        name_scroll_bars(self, translate("Compose", "the composer"))
        body = QWidget()
        self.setWidget(body)
        follow_focus(self)
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("Compose", "Write a post")))

        self.restore_box = QGroupBox(translate("Compose", "Unsent draft"))
        restore_layout = QVBoxLayout(self.restore_box)
        self.restore_text = hint("")
        restore_layout.addWidget(self.restore_text)
        restore_buttons = FlowLayout()
        self.restore_button = ui.actions.button("compose.restore_draft")
        self.discard_button = ui.actions.button("compose.discard_draft")
        restore_buttons.addWidget(self.restore_button)
        restore_buttons.addWidget(self.discard_button)
        restore_layout.addLayout(restore_buttons)
        self.restore_box.hide()
        layout.addWidget(self.restore_box)

        self.editor = text_area(translate("Compose", "Post text"))
        self.editor.setObjectName("compose.text")
        self.editor.setMinimumHeight(180)
        name_scroll_bars(self.editor, translate("Compose", "the post text"))
        layout.addWidget(labelled(translate("Compose", "&Post text ({keys}):").format(
            keys=ui.actions.shortcut_text("compose.focus_text")), self.editor, translate(
                "Compose", "Write the post here. Tab moves on to the accounts.")))
        layout.addWidget(self.editor)

        speech_row = FlowLayout()
        self.dictate_button = ui.actions.button("compose.dictate")
        self.read_button = ui.actions.button("compose.read_aloud")
        speech_row.addWidget(self.dictate_button)
        speech_row.addWidget(self.read_button)
        layout.addLayout(speech_row)
        self.dictation_box = QGroupBox(translate("Compose", "Dictation"))
        dictation_layout = QVBoxLayout(self.dictation_box)
        self.dictation_state = heading("")
        self.dictation_state.setObjectName("compose.dictation_state")
        dictation_layout.addWidget(self.dictation_state)
        self.level = QProgressBar()
        self.level.setObjectName("compose.level")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setAccessibleName(translate("Compose", "Microphone level"))
        dictation_layout.addWidget(self.level)
        self.dictation_box.hide()
        layout.addWidget(self.dictation_box)

        self.media = MediaPanel(ui)
        layout.addWidget(self.media)
        # An image's description can be dictated and heard like the post.
        self.media.voice = _Voice(self)

        self.accounts_box = QGroupBox(translate("Compose", "Publish to these accounts"))
        self.accounts_layout = QVBoxLayout(self.accounts_box)
        from ..compose.language import PostLanguage

        self.language = PostLanguage(self)
        self.accounts_layout.addWidget(self.language)
        self.rows: dict[int, TargetRow] = {}
        self.accounts_loading = hint(translate("Compose", "Loading the accounts…"))
        self.accounts_layout.addWidget(self.accounts_loading)
        layout.addWidget(self.accounts_box)

        self.error = hint("", role="error")
        self.error.setObjectName("compose.error")
        self.error.hide()
        layout.addWidget(self.error)

        actions_row = FlowLayout()
        self.publish_button = ui.actions.button("compose.publish_now")
        self.review_button = ui.actions.button("compose.review")
        actions_row.addWidget(self.publish_button)
        actions_row.addWidget(self.review_button)
        layout.addLayout(actions_row)

        self.undo_box = QGroupBox(translate("Compose", "About to publish"))
        undo_layout = QVBoxLayout(self.undo_box)
        self.undo_text = hint("")
        undo_layout.addWidget(self.undo_text)
        self.cancel_publish_button = ui.actions.button("compose.cancel_publish")
        undo_layout.addWidget(self.cancel_publish_button)
        self.undo_box.hide()
        layout.addWidget(self.undo_box)

        # The scheduling box sits below the accounts, out of the first view; finish_setup()
        # builds it after the first paint, together with the accounts.
        self._layout = layout
        self.when: WhenField | None = None
        self.schedule_button: QPushButton | None = None
        layout.addStretch()

        self.editor.textChanged.connect(self._text_changed)
        self.media.changed.connect(self._text_changed)
        self.media.list_built.connect(self._fix_tab_order)
        for action_id, handler in (
                ("compose.publish_now", self.publish_now),
                ("compose.review", lambda: self.sender.review_only()),
                ("compose.cancel_publish", lambda: self.sender.cancel_pending()),
                ("compose.focus_text", self.focus_editor),
                ("compose.restore_draft", lambda: self.drafts.restore()),
                ("compose.discard_draft", lambda: self.drafts.discard_offered()),
                ("compose.dictate", lambda: self.dictation.toggle()),
                ("compose.read_aloud", self._read_aloud)):
            ui.actions.bind(action_id, handler)
        for action_id in ("compose.cancel_publish", "compose.restore_draft",
                          "compose.discard_draft", "compose.schedule"):
            ui.actions.actions[action_id].setEnabled(False)
        ui.events.accounts_changed.connect(self.reload_accounts)
        ui.events.settings_changed.connect(self._setting_changed)
        ui.events.queue_changed.connect(self._queue_changed)
        ui.events.edit_requested.connect(lambda *args: self.drafts.edit_requested(*args))
        ui.events.published.connect(lambda outcomes: self.drafts.outcomes_arrived(outcomes))
        ui.announcer.listeners.append(self._speak_if_self_voicing)
        self._fix_tab_order()

    def _read_aloud(self) -> None:
        """F3 on any page: a page that offers something to hear (``text_to_read``, as the
        Insights page's chart summaries) is read in this voice; elsewhere the post's text."""
        window = self.window()
        shown = window.stack.currentWidget() if hasattr(window, "stack") else self
        offer = getattr(shown, "text_to_read", None)
        if shown is not self and offer is not None:
            self.speech.read_aloud(offer())
        else:
            self.dictation.read_aloud()

    # -- the parts, each built on first use: none of them is needed for the first paint ------

    @cached_property
    def drafts(self) -> DraftKeeper:
        from ..compose.drafts import DraftKeeper

        return DraftKeeper(self)

    @cached_property
    def counts(self) -> LiveCounts:
        from ..compose.counters import LiveCounts

        return LiveCounts(self)

    @cached_property
    def check(self) -> SendCheck:
        from ..compose.check import SendCheck

        return SendCheck(self)

    @cached_property
    def sender(self) -> Sender:
        from ..compose.sending import Sender

        return Sender(self)

    @cached_property
    def dictation(self) -> DictationGlue:
        from ..compose.dictation import DictationGlue

        return DictationGlue(self)

    def _built(self, part: str) -> bool:
        return part in self.__dict__  # a cached_property, once built

    def _queue_changed(self) -> None:
        if self._built("sender"):  # otherwise nothing is in its undo time
            self.sender.queue_changed()

    def _speak_if_self_voicing(self, text: str, _assertive: bool) -> None:
        if self.app.settings.get("self_voicing"):
            self.speech.speak_announcement(text)

    def accounts_ready(self) -> None:
        """The platform layer is loaded (main_window.warm_up): show the accounts."""
        if self.accounts_loading is not None:
            self.accounts_layout.removeWidget(self.accounts_loading)
            self.accounts_loading.deleteLater()
            self.accounts_loading = None
        self.reload_accounts()

    def finish_setup(self) -> None:
        """After the first paint: the scheduling box, pasting pictures, the post language's
        model (loaded off the GUI thread), and the scroll area itself no longer takes Tab
        focus (a screen reader would land on an unnamed "filler"); its contents scroll to the
        focused control."""
        from PySide6.QtCore import Qt

        from ..picture_sources import PasteFilter
        from ..when_field import WhenField

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ctrl+V in the post text attaches a picture on the clipboard (text pastes as always).
        self.paste_filter = PasteFilter(self.media, self)
        self.editor.installEventFilter(self.paste_filter)
        schedule_box = QGroupBox(translate("Compose", "Or schedule it"))
        schedule_layout = QVBoxLayout(schedule_box)
        self.when = WhenField(self.zone(), self.ui.announcer, "compose")
        # "waktu terbaik" / "best time": the chosen accounts' next best slot (issue 16).
        self.when.best_slots = lambda: self.app.insights.upcoming_best(
            self.selected_account_ids())
        schedule_layout.addWidget(self.when)
        self.schedule_button = self.ui.actions.button("compose.schedule")
        schedule_layout.addWidget(self.schedule_button)
        self._layout.insertWidget(self._layout.count() - 1, schedule_box)  # above the stretch
        self.ui.actions.bind("compose.schedule", self.schedule)
        self.ui.actions.actions["compose.schedule"].setEnabled(True)
        self._fix_tab_order()
        self.language.load_model()

    # -- accounts ---------------------------------------------------------------------------

    @property
    def account_boxes(self):
        return {aid: row.checkbox for aid, row in self.rows.items()}

    def reload_accounts(self) -> None:
        if self.accounts_loading is not None:
            return  # accounts_ready() will build the rows
        previous = {aid: (row.is_checked(), row.own_text(), row.thread.isChecked())
                    for aid, row in self.rows.items()}
        for row in self.rows.values():
            self.accounts_layout.removeWidget(row)
            row.deleteLater()
        self.rows.clear()
        offered = self.app.composing.accounts()
        for account, platform_name, threads in offered:
            row = TargetRow(account, platform_name, threads, self.accounts_box)
            row.main_text = self.editor.toPlainText
            checked, own, thread = previous.get(account.id, (len(offered) == 1, None, False))
            row.checkbox.setChecked(checked and row.checkbox.isEnabled())
            row.set_own_text(own)
            row.thread.setChecked(thread)
            row.changed.connect(self._text_changed)
            self.accounts_layout.addWidget(row)
            self.rows[account.id] = row
        self._fix_tab_order()
        self.update_rules(announce=False)

    def _fix_tab_order(self) -> None:
        """Tab follows what the eye sees, also for rows added after the page was built."""
        chain = [self.restore_button, self.discard_button, self.editor, self.dictate_button,
                 self.read_button, *self.media.focus_chain(), self.language.choice,
                 *(w for row in self.rows.values() for w in row.focus_chain()),
                 self.publish_button, self.review_button, self.cancel_publish_button]
        if self.when is not None:
            chain += [*self.when.focus_chain(), self.schedule_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def selected_account_ids(self) -> list[int]:
        return [aid for aid, row in self.rows.items() if row.is_checked()]

    def zone(self) -> str:
        return self.app.settings.get("zone")

    def _setting_changed(self, key: str) -> None:
        if key == "zone" and self.when is not None:
            self.when.set_zone(self.zone())
        elif self._built("dictation"):
            self.dictation.settings_changed(key)

    def chosen_instant(self) -> datetime:
        """The instant in the When field: exactly what is shown under it."""
        return self.when.instant()

    def _text_changed(self) -> None:
        self.update_rules()
        self.language.text_changed()
        self.drafts.text_changed()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        refresh_style(self.error)
        if message:
            self.ui.announcer.announce(message, assertive=True)

    def focus_editor(self) -> None:
        self.editor.setFocus()

    # -- what the window, the settings page and the tests call -------------------------------

    def update_rules(self, announce: bool = True) -> None:
        self.counts.update(announce)

    @property
    def speech(self):
        return self.dictation.speech

    @property
    def _dictation_editor(self):
        return self.dictation.target

    @_dictation_editor.setter
    def _dictation_editor(self, editor) -> None:
        self.dictation.target = editor

    def load_draft(self, draft: Draft) -> None:
        self.drafts.load(draft)

    def save_draft(self) -> None:
        self.drafts.save()

    def offer_unsent_draft(self) -> None:
        self.drafts.offer_unsent()

    def publish_now(self) -> None:
        self.sender.publish(reviewed=False)

    def schedule(self) -> None:
        self.sender.schedule()

    def _clear_after_submit(self) -> None:
        self.sender.clear_after_submit()


class _Voice:
    """The composer's dictation and reading aloud, built only when first used."""

    def __init__(self, page: ComposePage):
        self.page = page

    def dictate_into(self, editor) -> None:
        self.page.dictation.dictate_into(editor)

    def read_aloud(self, text: str) -> None:
        self.page.speech.read_aloud(text)

    def release(self, editor) -> None:
        """The description's dialog closed: dictation goes back to the post text."""
        if self.page._built("dictation") and self.page.dictation.target is editor:
            self.page.dictation.target = None


__all__ = ["ComposePage", "THRESHOLDS"]
