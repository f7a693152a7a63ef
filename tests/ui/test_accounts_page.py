"""The Accounts page by keyboard alone: add a Bluesky account against the real PDS, see the error
for a wrong app password with everything typed kept, verify, reconnect, remove with a
confirmation; a browser login (Mastodon, scripted server) with the address to copy and the
code to paste; and every control of the dialog named and large enough."""

from __future__ import annotations

import json

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollBar
from test_a11y_lint import accessible_name, interactive_widgets

import accounts_support
from accounts_support import create_pds_account, files_containing, keyring_entries
from contract_server import Reply
from humasdesk.domain.model import AccountState

# Fixtures defined in tests/accounts_support.py (and tests/platforms/conftest.py).
bluesky_pds = accounts_support.bluesky_pds
accounts_keyring = accounts_support.accounts_keyring

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window, qtbot, accounts_keyring):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    accounts = window.page("accounts")
    assert window.stack.currentWidget() is accounts
    accounts.list.setFocus()
    return accounts


@pytest.fixture
def pds_user(bluesky_pds):
    import os

    return create_pds_account(bluesky_pds, f"ui{os.urandom(3).hex()}")


def key(qtbot, key_code, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key_code, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def on_page(page, qtbot, key_code, modifier=CTRL):
    """Press a page shortcut with the account list focused.

    The window is activated first: on the offscreen test platform, rebuilding the composer's
    account rows (after accounts_changed) leaves no window active (see the report)."""
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.list.setFocus()
    qtbot.keyClick(page.list, key_code, modifier)


def open_dialog(page, qtbot, shortcut_key):
    on_page(page, qtbot, shortcut_key)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    QApplication.focusWidget().window() is dialog)
    return dialog


def choose_platform(qtbot, dialog, platform):
    """Arrow down the platform list to ``platform`` and press Enter."""
    assert QApplication.focusWidget() is dialog.platform_list
    for _ in range(dialog.platform_list.count()):
        if dialog.selected_platform() == platform:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert dialog.selected_platform() == platform
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.steps.currentWidget() is dialog.fields_step


def fill_bluesky(qtbot, dialog, *, name, handle, password, server):
    assert QApplication.focusWidget() is dialog.fields["name"].control
    type_text(qtbot, name)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields["handle"].control
    type_text(qtbot, handle)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields["app_password"].control
    type_text(qtbot, password)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields["server"].control
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, server)


def answer_confirmation(qtbot, *keys):
    def act():
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(50, act)
            return
        for code, modifier in keys:
            qtbot.keyClick(QApplication.focusWidget() or box, code, modifier)
    QTimer.singleShot(50, act)


def rows(page):
    return [page.list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
            for i in range(page.list.count())]


# -- Bluesky on the real PDS ---------------------------------------------------------------------

def test_add_bluesky_by_keys_then_verify_reconnect_and_remove(page, window, qtbot, app,
                                                             bluesky_pds, pds_user,
                                                             accounts_keyring, isolated_home):
    announced = window.ui.announcer.history
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    choose_platform(qtbot, dialog, "bluesky")
    # The password field hides what is typed.
    assert dialog.fields["app_password"].control.echoMode() is QLineEdit.EchoMode.Password
    fill_bluesky(qtbot, dialog, name="Bluesky RSKO", handle=pds_user.handle,
                 password=pds_user.app_password, server=bluesky_pds.url)
    key(qtbot, Qt.Key.Key_Return)  # Enter connects
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30000)
    assert "Connecting to Bluesky…" in announced
    assert announced[-1] == "Connected “Bluesky RSKO”."

    account = app.store.accounts.by_name("Bluesky RSKO")
    assert (account.handle, account.server_url, account.state) == (
        pds_user.handle, bluesky_pds.url, AccountState.OK)
    assert rows(page)[-1].startswith("Bluesky RSKO, Bluesky, Connected. " + pds_user.handle)
    assert page.selected_id() == account.id
    assert files_containing(isolated_home, pds_user.app_password) == []

    # Verify (Ctrl+T): "who am I" on the server.
    assert QApplication.focusWidget() is page.list
    on_page(page, qtbot, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: announced[-1].startswith("“Bluesky RSKO” works."), timeout=20000)
    assert announced[-1].endswith(f"as @{pds_user.handle}.")

    # The login stops working: verify says so and the row says "Needs reconnect".
    accounts_keyring.items[("HumasDesk", account.credential_ref)] = json.dumps({
        "accessJwt": "revoked.access.token", "refreshJwt": "revoked.refresh.token",
        "did": pds_user.did, "handle": pds_user.handle})
    window.ui.actions._last_trigger.clear()  # not a tremor repeat: a new press
    on_page(page, qtbot, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: app.store.accounts.get(account.id).state
                    is AccountState.NEEDS_RECONNECT, timeout=20000)
    qtbot.waitUntil(lambda: "Needs reconnect" in rows(page)[-1])

    # Reconnect (Ctrl+L): the handle and server are filled in; only the password is typed.
    dialog = open_dialog(page, qtbot, Qt.Key.Key_L)
    assert dialog.steps.currentWidget() is dialog.fields_step
    assert "name" not in dialog.fields  # the account keeps its name
    assert dialog.fields["handle"].value() == pds_user.handle
    assert dialog.fields["server"].value() == bluesky_pds.url
    assert QApplication.focusWidget() is dialog.fields["handle"].control
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, pds_user.app_password)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30000)
    assert announced[-1] == "Reconnected “Bluesky RSKO”."
    again = app.store.accounts.get(account.id)
    assert again.state is AccountState.OK and again.credential_ref == account.credential_ref
    assert "Connected" in rows(page)[-1]

    # Remove (Ctrl+Delete): "Keep it" is the default, so Enter keeps the account...
    assert QApplication.focusWidget() is page.list
    answer_confirmation(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    on_page(page, qtbot, Qt.Key.Key_Delete)
    assert announced[-1] == "Nothing was removed."
    assert app.store.accounts.get(account.id) is not None
    # ...and Alt+R removes it, after which its session is gone from the keyring.
    window.ui.actions._last_trigger.clear()
    answer_confirmation(qtbot, (Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier))
    on_page(page, qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: app.store.accounts.get(account.id) is None, timeout=20000)
    assert announced[-1] == "Removed “Bluesky RSKO” and forgot its login."
    assert keyring_entries(accounts_keyring) == {}
    assert not any(r.startswith("Bluesky RSKO") for r in rows(page))


def test_a_wrong_app_password_is_shown_next_to_it_and_everything_typed_stays(
        page, window, qtbot, app, bluesky_pds, pds_user, accounts_keyring):
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    choose_platform(qtbot, dialog, "bluesky")
    fill_bluesky(qtbot, dialog, name="Bluesky RSKO", handle=pds_user.handle,
                 password="wrong-app-password", server=bluesky_pds.url)
    key(qtbot, Qt.Key.Key_Return)
    password = dialog.fields["app_password"]
    qtbot.waitUntil(lambda: password.error.isVisible(), timeout=30000)
    message = password.error.text()
    assert f"did not accept the handle “{pds_user.handle}”" in message
    assert window.ui.announcer.history[-1] == message  # announced too
    assert message in password.control.accessibleDescription()  # heard on the field
    assert QApplication.focusWidget() is password.control  # focus where the fix goes
    # Nothing lost: every value is still there, and the dialog is still open.
    assert dialog.isVisible()
    assert dialog.fields["name"].value() == "Bluesky RSKO"
    assert dialog.fields["handle"].value() == pds_user.handle
    assert dialog.fields["server"].value() == bluesky_pds.url
    assert password.value() == "wrong-app-password"
    assert app.store.accounts.by_name("Bluesky RSKO") is None
    assert keyring_entries(accounts_keyring) == {}
    # Typing the right password fixes it.
    type_text(qtbot, pds_user.app_password)  # the wrong one is selected: typing replaces it
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30000)
    assert app.store.accounts.by_name("Bluesky RSKO").handle == pds_user.handle


def test_missing_fields_and_a_taken_name_are_said_before_connecting(page, qtbot, app,
                                                                    contract_server):
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    choose_platform(qtbot, dialog, "wordpress")
    type_text(qtbot, "local OUTBOX")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.fields["site_url"].error.text() == "Fill in “Site address”."
    assert dialog.fields["user"].error.text() == "Fill in “WordPress user name”."
    assert QApplication.focusWidget() is dialog.fields["site_url"].control
    dialog.fields["site_url"].control.setText(contract_server.url)
    dialog.fields["user"].control.setText("humas")
    dialog.fields["app_password"].control.setText("abcd efgh")
    key(qtbot, Qt.Key.Key_Return)
    assert "There is already an account named “Local outbox”" in \
        dialog.fields["name"].error.text()
    assert QApplication.focusWidget() is dialog.fields["name"].control
    assert contract_server.requests == []
    # Back (Alt+B) returns to the platform list; Escape closes without saving.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.choose_step)  # animated
    assert QApplication.focusWidget() is dialog.platform_list
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert [a.name for a in app.store.accounts.list()] == ["Local outbox"]


# -- a browser login (Mastodon, scripted server) ---------------------------------------------------

def test_a_browser_login_shows_the_address_to_copy_and_takes_the_pasted_code(
        page, window, qtbot, app, contract_server, accounts_keyring):
    from platform_support import AuthorizationServer

    contract_server.script("GET", "/api/v2/instance", Reply(200, {
        "domain": "social.rsko.test", "configuration": {"statuses": {"max_characters": 5000}}}))
    contract_server.script("POST", "/api/v1/apps", lambda r: Reply(200, {
        "id": "1", "name": "HumasDesk", "redirect_uri": r.json()["redirect_uris"],
        "client_id": "client-abc", "client_secret": "client-secret-1234567890"}))
    AuthorizationServer(contract_server, token="mastodon-access-token-abcdef")
    contract_server.script("GET", "/api/v1/accounts/verify_credentials",
                           Reply(200, {"id": "109", "username": "rsko", "acct": "rsko"}))

    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    opened = []
    dialog.open_url = opened.append  # the desktop's browser, in a test
    choose_platform(qtbot, dialog, "mastodon")
    type_text(qtbot, "Mastodon RSKO")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, contract_server.url)
    key(qtbot, Qt.Key.Key_Tab)  # who sees the posts: public
    key(qtbot, Qt.Key.Key_Tab)
    loopback = dialog.fields["use_loopback"].control
    assert QApplication.focusWidget() is loopback and loopback.isChecked()
    key(qtbot, Qt.Key.Key_Space)  # paste the code instead
    assert not loopback.isChecked()
    key(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.paste_field.isVisible(), timeout=20000)
    url = dialog.url_field.text()
    assert url.startswith(contract_server.url + "/oauth/authorize?")
    assert opened == [url]
    assert dialog.url_field.isReadOnly() and dialog.url_field.focusPolicy() & \
        Qt.FocusPolicy.TabFocus
    assert QApplication.focusWidget() is dialog.paste_field
    assert window.ui.announcer.history[-1].startswith("The login page is open in the browser")
    # Copy (Alt+Y) puts the address on the clipboard.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == url)  # an animated click
    assert window.ui.announcer.history[-1] == "Login address copied."
    # The user opens it, allows access and pastes the code the server shows.
    dialog.paste_field.setFocus()
    code = httpx.get(url).text.split("Copy this code: ")[1].split("<")[0]
    type_text(qtbot, code)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=20000)
    account = app.store.accounts.by_name("Mastodon RSKO")
    assert account.state is AccountState.OK and account.handle.startswith("@rsko@")
    assert json.loads(keyring_entries(accounts_keyring)[account.credential_ref])[
        "access_token"] == "mastodon-access-token-abcdef"


def test_cancelling_a_browser_login_keeps_nothing(page, window, qtbot, app, contract_server,
                                                  accounts_keyring):
    contract_server.script("GET", "/api/v2/instance", Reply(200, {"domain": "social.rsko.test"}))
    contract_server.script("POST", "/api/v1/apps", lambda r: Reply(200, {
        "client_id": "client-abc", "client_secret": "client-secret-1234567890"}))
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    dialog.open_url = lambda url: None
    choose_platform(qtbot, dialog, "mastodon")
    dialog.fields["instance"].control.setText(contract_server.url)
    dialog.fields["use_loopback"].control.setChecked(False)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.paste_field.isVisible(), timeout=20000)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert window.ui.announcer.history[-1] == "Connecting was cancelled. Nothing was saved."
    window.ui.tasks.wait()
    assert [a.name for a in app.store.accounts.list()] == ["Local outbox"]
    assert keyring_entries(accounts_keyring) == {}


# -- accessibility of the dialog ------------------------------------------------------------------

@pytest.mark.parametrize("theme, scale", [("dark", 100), ("light", 200)])
def test_every_control_of_the_dialog_is_named_and_large(app, qtbot, controller_factory,
                                                       accounts_keyring, theme, scale):
    app.settings.set("theme", theme)
    app.settings.set("text_scale", scale)
    window = controller_factory().window
    window.show_page("accounts")
    page = window.page("accounts")
    problems = []

    def check(where):
        qtbot.wait(10)
        checked = 0
        for widget in interactive_widgets(page.dialog):
            checked += 1
            label = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
            if not accessible_name(widget).strip():
                problems.append(f"{label} has no accessible name")
            if isinstance(widget, QScrollBar):
                thickness = widget.width() if widget.orientation() == Qt.Orientation.Vertical \
                    else widget.height()
                if thickness < 48:
                    problems.append(f"{label} is {thickness} px thick")
            elif widget.width() < 48 or widget.height() < 48:
                problems.append(f"{label} is {widget.width()}×{widget.height()} px")
            model = getattr(widget, "model", lambda: None)()
            if model is not None and hasattr(widget, "visualRect"):
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    if not model.data(index, Qt.ItemDataRole.AccessibleTextRole):
                        problems.append(f"{label} row {row} has no accessible text")
                    if widget.visualRect(index).height() < 48:
                        problems.append(f"{label} row {row} is too low")
        assert checked >= 3, where

    page.add_account()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    check("platforms")
    for platform in ("facebook", "instagram", "threads", "bluesky", "telegram", "wordpress",
                     "mastodon", "x", "kompasiana", "assisted"):
        dialog.show_fields(platform)
        check(platform)
    # The browser login and the page choice, as a login shows them.
    dialog.connecting = True
    dialog._show_login("https://mastodon.example/oauth/authorize?client_id=a", True)
    check("login")
    dialog._ask_page([{"id": "1", "name": "RS Kota"}, {"id": "2", "name": "IGD RS Kota"}])
    check("pages")
    dialog.connecting = False
    dialog.reject()
    assert problems == []


def test_each_platform_row_says_what_it_needs_and_instagram_where_images_go(page, qtbot):
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    spoken = {dialog.platform_list.item(i).data(Qt.ItemDataRole.UserRole):
              dialog.platform_list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
              for i in range(dialog.platform_list.count())}
    assert list(spoken)[:3] == ["facebook", "instagram", "x"]
    assert spoken["bluesky"].startswith("Bluesky: Needs the handle and an app password")
    assert "Images are first uploaded to the linked Facebook page" in spoken["instagram"]
    # Choosing the host changes the line in the Instagram form.
    choose_platform(qtbot, dialog, "instagram")
    host = dialog.fields["image_host"].control
    host.setCurrentIndex(host.findData("assisted"))
    assert "prepared for posting by hand" in dialog.fields["image_host"].help_label.text()
    assert "prepared for posting by hand" in host.accessibleDescription()
    key(qtbot, Qt.Key.Key_Escape)


def test_the_shortcuts_work_only_on_this_page(page, window):
    actions = window.ui.actions.actions
    assert actions["accounts.add"].isEnabled()
    assert actions["accounts.reconnect"].isEnabled() is False  # the Local outbox is selected
    assert actions["accounts.verify"].isEnabled() and actions["accounts.remove"].isEnabled()
    window.show_page("compose")
    assert not any(actions[a].isEnabled() for a in ("accounts.add", "accounts.verify",
                                                    "accounts.reconnect", "accounts.remove"))
    button = page.action_buttons["accounts.add"]
    assert window.ui.actions.shortcut_text("accounts.add") in button.text()
