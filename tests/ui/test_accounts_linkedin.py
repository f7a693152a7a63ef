"""LinkedIn on the Accounts page, by keyboard, with no LinkedIn-specific code in the window: the
form shows the fields its platform file declares, and a browser login (scripted contract
server; the user pastes the address the browser ended on) adds the account with its token in
the keyring only."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode, urlsplit

import test_accounts_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from test_accounts_page import choose_platform, key, open_dialog, type_text

import accounts_support
from accounts_support import keyring_entries
from contract_server import Reply
from humasdesk.domain.model import AccountState
from humasdesk.platforms import linkedin

accounts_keyring = accounts_support.accounts_keyring
page = test_accounts_page.page
REDIRECT = "https://humas.rsko.test/linkedin"


def test_the_linkedin_form_shows_its_fields(page, qtbot):
    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    spoken = {dialog.platform_list.item(i).data(Qt.ItemDataRole.UserRole):
              dialog.platform_list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
              for i in range(dialog.platform_list.count())}
    assert spoken["linkedin"].startswith("LinkedIn: Needs the Client ID and Client secret")
    choose_platform(qtbot, dialog, "linkedin")
    assert list(dialog.fields) == ["name", "client_id", "client_secret", "post_as",
                                   "organization", "redirect_uri"]
    secret = dialog.fields["client_secret"].control
    assert isinstance(secret, QLineEdit) and secret.echoMode() is QLineEdit.EchoMode.Password
    post_as = dialog.fields["post_as"].control
    assert isinstance(post_as, QComboBox)
    assert [post_as.itemData(i) for i in range(post_as.count())] == ["profile", "organization"]
    assert post_as.itemText(0) == "Your own LinkedIn profile"
    assert dialog.fields["redirect_uri"].control.text() == linkedin.DEFAULT_REDIRECT
    key(qtbot, Qt.Key.Key_Escape)


def test_connect_linkedin_from_the_accounts_page(page, qtbot, app, contract_server,
                                                 accounts_keyring, monkeypatch):
    monkeypatch.setattr(linkedin, "API_BASE", contract_server.url)
    monkeypatch.setattr(linkedin, "OAUTH_BASE", contract_server.url)
    monkeypatch.setattr(linkedin.LinkedInAdapter, "default_base", contract_server.url)
    contract_server.script("POST", "/oauth/v2/accessToken", Reply(200, {
        "access_token": "AQVui-linkedin-access", "expires_in": 5184000}))
    contract_server.script("GET", "/v2/userinfo", Reply(200, {"sub": "yrZCpj2Z12",
                                                             "name": "Dewi Lestari"}))

    dialog = open_dialog(page, qtbot, Qt.Key.Key_N)
    dialog.open_url = lambda url: None  # the desktop's browser, in a test
    choose_platform(qtbot, dialog, "linkedin")
    type_text(qtbot, "LinkedIn Dewi")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "86ui")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "ui-client-secret-0123456789")
    key(qtbot, Qt.Key.Key_Tab)  # post on: the profile
    key(qtbot, Qt.Key.Key_Tab)  # no organization
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields["redirect_uri"].control
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, REDIRECT)
    key(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.paste_field.isVisible(), timeout=20000)
    asked = {k: v[0] for k, v in parse_qs(urlsplit(dialog.url_field.text()).query).items()}
    assert asked["scope"] == "openid profile w_member_social"
    dialog.paste_field.setFocus()
    type_text(qtbot, f"{REDIRECT}?{urlencode({'code': 'AQT-ui', 'state': asked['state']})}")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=20000)
    account = app.store.accounts.by_name("LinkedIn Dewi")
    assert account.state is AccountState.OK
    assert account.options["author"] == "urn:li:person:yrZCpj2Z12"
    kept = json.loads(keyring_entries(accounts_keyring)[account.credential_ref])
    assert kept["access_token"] == "AQVui-linkedin-access"
    assert kept["client_secret"] == "ui-client-secret-0123456789"
