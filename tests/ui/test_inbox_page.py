"""The Inbox page by keys, against the forum platform on a real local HTTP server
(tests/inbox_support.py): items read off the GUI thread and announced once, listed
emergencies and complaints first with one sentence each, moved through with keys, a label
corrected and kept, a reply opened, written, sent by the engine and its item handled;
moderation confirmed and announced; saved replies inserted with {nama} filled."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humasdesk.domain.inbox import ItemState
from humasdesk.ui.sounds import Sounds
from inbox_support import ForumAdapter, ForumServer, add_account, register

URGENT = "Tolong, ayah saya kejang dan tidak sadar di rumah, IGD bisa jemput?"
COMPLAINT = "Antre di poli jiwa tiga jam, pelayanan lambat sekali, kecewa bgt"
QUESTION = "Jam besuk sampai jam berapa ya min?"
THANKS = "Terima kasih RSKO, perawatnya ramah dan sabar"


@pytest.fixture
def forum(contract_server):
    return ForumServer(contract_server)


@pytest.fixture
def platform_calls(monkeypatch):
    """The threads the forum adapter is called on: never the GUI thread."""
    threads = []
    real_call = ForumAdapter._call

    def call(self, method, path, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_call(self, method, path, **kwargs)

    monkeypatch.setattr(ForumAdapter, "_call", call)
    yield threads
    assert not any(threads), "the forum was called on the GUI thread"


@pytest.fixture
def played(monkeypatch):
    cues = []
    monkeypatch.setattr(Sounds, "_qt_player", lambda self, path, volume: cues.append(path.stem))
    return cues


@pytest.fixture
def inbox_window(app, forum, platform_calls, played, request, qtbot):
    """The window with one forum account holding four comments, read at start-up."""
    now = datetime.now(UTC)
    forum.add(THANKS, author="Sari", handle="sari", thread="post-1",
              at=now - timedelta(minutes=40))
    forum.add(QUESTION, author="Dewi", handle="dewi", thread="post-2",
              at=now - timedelta(minutes=30))
    forum.add(COMPLAINT, author="Budi", handle="budi", thread="post-3",
              at=now - timedelta(minutes=10))
    forum.add(URGENT, author="Rina", handle="rina", thread="post-4",
              at=now - timedelta(minutes=5))
    add_account(app, forum.url)
    app.settings.set("tremor_window_ms", 0)  # the keys are pressed again at once here
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: window.inbox_watch is not None and window.inbox_watch.count == 4,
                    timeout=20000)
    return window


def rows(page) -> list:
    return [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]


def names(page) -> list[str]:
    return [page.list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
            for i in range(page.list.count())]


def go_to_inbox(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.page("inbox")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.list.count() == 4)
    return page


def test_the_whole_flow_by_keys(inbox_window, app, forum, qtbot, played):
    window = inbox_window
    history = window.ui.announcer.history
    # Said once for this sync and account, with its counts; the emergency at once, with its
    # own sound.
    said = [t for t in history if "new comments" in t]
    assert len(said) == 1, history
    assert said[0].startswith("Emergency: Emergency · Forum RSKO · Rina: Tolong")
    assert "4 new comments on Forum RSKO, 1 emergenc" in said[0]
    assert "1 complaint" in said[0]
    assert played.count("emergency") == 1
    # The navigation button says the count, to the eye and to the screen reader.
    button = window.nav_buttons["inbox"]
    assert "4 new" in button.text() and "4 new" in button.accessibleName()

    page = go_to_inbox(window, qtbot)
    items = rows(page)
    # Emergencies, then complaints, then the rest.
    assert [i.text for i in items[:2]] == [URGENT, COMPLAINT]
    assert {i.text for i in items[2:]} == {QUESTION, THANKS}
    # One sentence per item, the labels' reasons read with it.
    first = names(page)[0]
    assert first.startswith("Emergency · Forum RSKO · Rina: Tolong, ayah saya kejang")
    assert "5 minutes ago" in first and "Why: " in first
    assert page.list.currentRow() == 0

    # F7: the next complaint (from the emergency, the complaint below it).
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert page.current().text == COMPLAINT
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert page.current().text == COMPLAINT  # none after it: said, and he stays
    assert history[-1] == "No more complaints or emergencies."

    # Ctrl+Shift+L on the thanks: not a complaint, so it becomes one; kept in the store.
    page.list.setFocus()
    thanks_row = next(i for i, item in enumerate(rows(page)) if item.text == THANKS)
    page.list.setCurrentRow(thanks_row)
    qtbot.keyClick(page.list, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    thanks = app.inbox.item(rows(page)[[i.text for i in rows(page)].index(THANKS)].id)
    assert thanks.labels.complaint and thanks.corrected
    assert history[-1].startswith("Now marked: Complaint. Kept")
    # It moved up among the complaints, and the page stayed on it.
    assert page.current().text == THANKS
    assert [i.text for i in rows(page)][:3] == [URGENT, COMPLAINT, THANKS] or \
        [i.text for i in rows(page)][:3] == [URGENT, THANKS, COMPLAINT]

    # Enter on the complaint: the reply opens with the item shown above the text and said.
    page.list.setCurrentRow([i.text for i in rows(page)].index(COMPLAINT))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    reply = page.reply
    assert reply.isVisible() and QApplication.focusWidget() is reply.editor
    assert COMPLAINT in reply.original.text() and "Budi" in reply.original.text()
    assert history[-1].startswith("Reply to Budi on Forum RSKO. Budi wrote: Antre di poli")
    qtbot.keyClicks(reply.editor, "Mohon maaf, kami cek antrean poli jiwa hari ini.")
    assert "left" in reply.count.text()  # the platform's count for a reply
    qtbot.keyClick(reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Sent once through the engine, as a reply to that comment; the item is handled.
    qtbot.waitUntil(lambda: len(forum.replies) == 1, timeout=20000)
    assert forum.replies[0]["text"] == "Mohon maaf, kami cek antrean poli jiwa hari ini."
    complaint = next(i for i in app.inbox.items("all", limit=10) if i.text == COMPLAINT)
    assert forum.replies[0]["in_reply_to"] == complaint.remote.remote_id
    qtbot.waitUntil(lambda: app.inbox.item(complaint.id).state is ItemState.HANDLED,
                    timeout=20000)
    qtbot.waitUntil(lambda: COMPLAINT not in [i.text for i in rows(page)])
    assert not reply.isVisible()


def test_next_and_previous_new_and_mark_handled(inbox_window, app, qtbot):
    page = go_to_inbox(inbox_window, qtbot)
    assert page.list.currentRow() == 0
    qtbot.keyClick(inbox_window, Qt.Key.Key_F8)
    assert page.list.currentRow() == 1
    qtbot.keyClick(inbox_window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert page.list.currentRow() == 0
    # Ctrl+H: handled; it leaves the open items and the count drops.
    first = page.current()
    qtbot.keyClick(inbox_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.inbox.item(first.id).state is ItemState.HANDLED
    assert first.id not in [i.id for i in rows(page)]
    assert inbox_window.window().nav_buttons["inbox"].accessibleName().endswith("3 new")
    assert inbox_window.ui.announcer.history[-1] == "Marked handled."


def test_views_remember_their_place(inbox_window, qtbot):
    page = go_to_inbox(inbox_window, qtbot)
    page.list.setCurrentRow(2)
    kept = page.current().id
    page.view.setCurrentIndex(page.view.findData("new"))
    assert page.list.count() == 4
    assert inbox_window.ui.announcer.history[-1] == "All new: 4 items"
    page.list.setCurrentRow(3)
    page.view.setCurrentIndex(page.view.findData("handled"))
    assert page.list.count() == 0 and page.empty_note.isVisible()
    page.view.setCurrentIndex(page.view.findData("priority"))
    assert page.current().id == kept
    page.view.setCurrentIndex(page.view.findData("account"))
    assert page.account_filter.currentText() == "Local outbox" and page.list.count() == 0
    page.account_filter.setCurrentIndex(page.account_filter.findText("Forum RSKO"))
    assert page.list.count() == 4


def test_reading_the_thread_says_every_message(inbox_window, app, forum, qtbot):
    page = go_to_inbox(inbox_window, qtbot)
    page.list.setCurrentRow(0)
    qtbot.keyClick(inbox_window, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    said = inbox_window.ui.announcer.history[-1]
    assert said.startswith("Thread, 1 messages. Rina: Tolong") or \
        said.startswith("Thread, 1 message. Rina: Tolong")
    assert "Why: " in said
    assert app.inbox.item(page.current().id).state is ItemState.READ


def test_moderation_is_confirmed_then_done_off_the_gui_thread(inbox_window, app, forum, qtbot,
                                                               monkeypatch):
    page = go_to_inbox(inbox_window, qtbot)
    item = page.current()
    asked = []
    monkeypatch.setattr(page, "_choose_action", lambda item, actions: (
        asked.append(actions), "hide")[1])
    monkeypatch.setattr(page, "_confirm", lambda question: asked.append(question) or False)
    qtbot.keyClick(inbox_window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked[0] == ("hide", "dismiss")
    assert asked[1] == "Hide: this item from Rina on Forum RSKO?"
    assert forum.moderated == []  # refused: nothing done
    monkeypatch.setattr(page, "_confirm", lambda question: True)
    page.moderate()
    qtbot.waitUntil(lambda: inbox_window.ui.announcer.history[-1] == "Hidden on Forum RSKO.",
                    timeout=20000)
    assert forum.moderated == [(item.remote.remote_id, "hide")]
    assert app.inbox.item(item.id).state is ItemState.HANDLED


def test_a_saved_reply_is_inserted_with_the_name_then_edited(inbox_window, app, qtbot,
                                                              monkeypatch):
    app.inbox.save_reply("Maaf antre", "Halo {nama}, mohon maaf atas antreannya.")
    page = go_to_inbox(inbox_window, qtbot)
    page.list.setCurrentRow([i.text for i in rows(page)].index(COMPLAINT))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    monkeypatch.setattr(page.reply, "choose_saved_reply", lambda replies: replies[0])
    qtbot.keyClick(page.reply.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert page.reply.editor.toPlainText() == "Halo Budi, mohon maaf atas antreannya."
    qtbot.keyClicks(page.reply.editor, " Kami cek.")
    assert page.reply.editor.toPlainText().endswith("antreannya. Kami cek.")


def test_the_undo_time_stops_a_reply_and_gives_its_text_back(inbox_window, app, forum, qtbot):
    app.settings.set("undo_seconds", 30)
    page = go_to_inbox(inbox_window, qtbot)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    qtbot.keyClicks(page.reply.editor, "Kami segera hubungi.")
    qtbot.keyClick(page.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.reply.undo_box.isVisible()
    assert "in 30 seconds. Press Escape to cancel." in inbox_window.ui.announcer.history[-1]
    qtbot.keyClick(inbox_window, Qt.Key.Key_Escape)
    assert page.reply.editor.toPlainText() == "Kami segera hubungi."
    assert "Reply cancelled" in inbox_window.ui.announcer.history[-1]
    qtbot.wait(300)
    assert forum.replies == []


def test_saved_replies_are_added_changed_and_deleted(inbox_window, app, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from humasdesk.ui.inbox_reply import SavedRepliesDialog

    dialog = SavedRepliesDialog(inbox_window.ui, inbox_window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Jam besuk")
    dialog.body.setPlainText("Halo {nama}, jam besuk 16.00–18.00.")
    dialog.save()
    [saved] = app.inbox.saved_replies()
    assert saved.title == "Jam besuk" and saved.language == "id"
    dialog.body.setPlainText("Halo {nama}, jam besuk 16.00–19.00.")
    dialog.save()
    assert [r.body for r in app.inbox.saved_replies()] == ["Halo {nama}, jam besuk 16.00–19.00."]
    dialog.new()
    dialog.save()  # no name: refused in words, nothing saved
    assert not dialog.error.isHidden() and len(app.inbox.saved_replies()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    dialog.delete()
    assert app.inbox.saved_replies() == []


def test_a_platform_that_cannot_be_read_says_so_in_words(app, forum, qtbot, request):
    from humasdesk.domain.model import Account

    register(app)
    app.store.accounts.add(Account(platform="forum-silent", name="Forum mahal"))
    window = request.getfixturevalue("window")
    window.show_page("inbox")
    page = window.page("inbox")
    assert "Forum mahal: Reading this forum is off" in page.reading_note.text()
    assert page.reading_note.isVisible()
    window.show_page("accounts")
    accounts = window.page("accounts")
    spoken = [accounts.list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
              for i in range(accounts.list.count())]
    assert any("Reading this forum is off" in s for s in spoken), spoken


@pytest.mark.parametrize("language", ["en", "id"])
def test_at_300_percent_nothing_is_cut_or_scrolls_sideways(app, forum, qtbot, request,
                                                           language):
    """The list with long messages and the reply open, at 300 % text in a 1280-pixel
    window: rows wrap, no control is squeezed or laid over another, nothing scrolls sideways,
    and the reply text in focus is in view."""
    from layout_checks import fully_in_view, layout_problems
    from PySide6.QtWidgets import QAbstractScrollArea

    app.settings.set("text_scale", 300)
    app.set_language(language)
    window = request.getfixturevalue("inbox_window")
    window.resize(1280, 900)
    forum.add(COMPLAINT + " " + "dan parkirnya penuh terus sejak pagi " * 12, author="Andi",
              thread="post-9")
    page = window.page("inbox")
    window.show_page("inbox")
    window.inbox_watch.sync_now()
    qtbot.waitUntil(lambda: page.list.count() == 5, timeout=20000)
    page.list.setCurrentRow(0)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    qtbot.keyClicks(page.reply.editor, "Mohon maaf atas antreannya. " * 6)
    qtbot.wait(50)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1280
    areas = [page] + [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
    for area in areas:
        assert area.horizontalScrollBar().maximum() == 0, area.objectName()
    assert layout_problems(page) == []
    assert fully_in_view(page.reply.editor)
    # A long message in the status line (the reply's item said in full) takes lines from
    # the window's height; the navigation buttons keep theirs (their column scrolls).
    assert window.status_label.text().startswith(("Reply to ", "Balas "))
    for button in window.nav_buttons.values():
        assert button.width() >= button.sizeHint().width(), "a navigation label is cut"
        assert button.height() >= button.sizeHint().height(), "a navigation button squeezed"


def test_f3_reads_the_reply_and_f2_dictates_into_it(inbox_window, qtbot):
    """The composer's read aloud and dictation keys act on the reply text when he is in it."""
    page = go_to_inbox(inbox_window, qtbot)
    composer = inbox_window.page("compose")

    class Speech:
        read, toggled = [], 0

        def read_aloud(self, text, language=None):
            self.read.append(text)

        def toggle_dictation(self):
            Speech.toggled += 1

    composer.dictation._speech = Speech()
    # English dictation needs no downloaded model (Indonesian would first offer one).
    inbox_window.ui.app.settings.set("speech_language", "en")
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    qtbot.keyClicks(page.reply.editor, "Kami segera hubungi Ibu.")
    qtbot.keyClick(page.reply.editor, Qt.Key.Key_F3)
    assert Speech.read == ["Kami segera hubungi Ibu."]
    qtbot.keyClick(page.reply.editor, Qt.Key.Key_F2)
    assert Speech.toggled == 1 and composer.dictation.target is page.reply.editor


def test_the_reply_window_is_shown_and_said_and_a_closed_one_refuses(inbox_window, app, forum,
                                                                     qtbot):
    now = datetime.now(UTC)
    forum.add("Halo min, saya mau tanya jadwal dokter", author="Tono", kind="message",
              thread="dm-1", reply_until=now + timedelta(hours=20))
    forum.add("Halo, masih buka?", author="Lia", kind="message", thread="dm-2",
              at=now - timedelta(days=2), reply_until=now - timedelta(days=1))
    page = go_to_inbox(inbox_window, qtbot)
    inbox_window.inbox_watch.sync_now()
    qtbot.waitUntil(lambda: page.list.count() == 6, timeout=20000)
    page.view.setCurrentIndex(page.view.findData("new"))
    texts = [i.text for i in rows(page)]
    page.list.setCurrentRow(texts.index("Halo min, saya mau tanya jadwal dokter"))
    page.open_reply()
    assert page.reply.refusal.text().startswith("Answer before ")
    assert "Answer before " in inbox_window.ui.announcer.history[-1]
    page.list.setCurrentRow(texts.index("Halo, masih buka?"))
    page.open_reply()
    assert "no longer accepts a reply" in page.reply.refusal.text()
    qtbot.keyClicks(page.reply.editor, "Maaf baru balas.")
    page.reply.send()
    assert "no longer accepts a reply" in page.reply.error.text()  # refused, nothing queued
    assert page.reply.editor.toPlainText() == "Maaf baru balas."
    qtbot.wait(200)
    assert forum.replies == []


def test_his_own_fields_are_set_and_filled_in_saved_replies(inbox_window, app, qtbot,
                                                            monkeypatch):
    from humasdesk.ui.inbox_reply import SavedRepliesDialog

    dialog = SavedRepliesDialog(inbox_window.ui, inbox_window)
    qtbot.addWidget(dialog)
    dialog.field_name.setText("{jam_besuk}")
    dialog.field_value.setText("16.00–18.00")
    dialog.set_field()
    assert app.inbox.reply_fields() == {"jam_besuk": "16.00–18.00"}
    assert "{jam_besuk} = 16.00–18.00" in dialog.fields_list.text()
    assert inbox_window.ui.announcer.history[-1] == "Field {jam_besuk} is now “16.00–18.00”."
    dialog.field_name.setText("nama")  # the author's name: not his to set
    dialog.set_field()
    assert not dialog.error.isHidden() and "nama" not in app.inbox.reply_fields()
    app.inbox.save_reply("Jam besuk", "Halo {nama}, jam besuk {jam_besuk}. {lokasi}")
    page = go_to_inbox(inbox_window, qtbot)
    page.list.setCurrentRow([i.text for i in rows(page)].index(QUESTION))
    page.open_reply()
    monkeypatch.setattr(page.reply, "choose_saved_reply", lambda replies: replies[0])
    page.reply.insert_saved_reply()
    # A field with no value stays for him to fill in.
    assert page.reply.editor.toPlainText() == "Halo Dewi, jam besuk 16.00–18.00. {lokasi}"


def test_an_item_found_in_the_store_before_its_own_report_arrives_is_said_once(
        inbox_window, app, forum):
    """A stream's read (on its own thread) stores an item; a polling round that brought
    nothing looks in the store and says it; then the stream read's report arrives. He hears
    the item once, not twice."""
    watcher = inbox_window.inbox_watch
    history = inbox_window.ui.announcer.history
    forum.add(COMPLAINT.replace("tiga", "empat"), author="Joko", handle="joko", thread="post-5",
              at=datetime.now(UTC))
    [account] = [a for a in app.inbox.accounts() if not app.inbox.reading_refusal(a)]
    reports = []  # what the stream's read brought, on a thread of its own as the stream does
    reading = threading.Thread(target=lambda: reports.append(app.inbox.sync_account(account.id)))
    reading.start()
    reading.join(20)
    [report] = reports
    assert report.new == 1 and len(report.new_ids) == 1
    before = len(history)

    watcher._read([])  # the polling round first: nothing of its own, the item in the store
    watcher._heard(report)  # then the stream read's own report

    said = history[before:]
    assert len(said) == 1 and "complaint" in said[0].lower(), said
