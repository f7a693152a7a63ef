"""``humasdesk accounts``: list, add, verify, reconnect and remove, and every bad input.

Secrets go in on standard input (or a hidden prompt) and must come out nowhere: not in the
output, not in a log, not in any file of the data directory. Bluesky runs against the real PDS
(tests/servers, started once per session); Telegram, Mastodon and WordPress against the scripted
contract server.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys

import httpx
import pytest

import accounts_support
from accounts_support import create_pds_account, files_containing, keyring_entries
from contract_server import Reply
from humasdesk.cli import main
from humasdesk.domain.model import AccountState

# Fixtures defined in tests/accounts_support.py (and tests/platforms/conftest.py).
bluesky_pds = accounts_support.bluesky_pds
secret_service_session = accounts_support.secret_service_session
accounts_keyring = accounts_support.accounts_keyring


class Terminal:
    """Standard input and output as the user's terminal sees them. ``lines`` are typed in order;
    a line may be a callable that gets everything printed so far (to act on a printed login
    address, as the user would)."""

    def __init__(self, *lines):
        self.lines = list(lines)
        self.printed = ""

    def readline(self) -> str:
        if not self.lines:
            return ""
        line = self.lines.pop(0)
        if callable(line):
            line = line(self.printed)
        return line + "\n"

    def read(self) -> str:
        return "".join(self.readline() for _ in list(self.lines))

    def isatty(self) -> bool:
        return False


def run(capsys, monkeypatch, *argv, stdin: Terminal | str | None = None):
    terminal = stdin if isinstance(stdin, Terminal) else Terminal(
        *(stdin.splitlines() if stdin else []))
    monkeypatch.setattr(sys, "stdin", terminal)
    real_write = sys.stdout.write

    def write(text):  # the terminal sees what is printed, and so does capsys
        terminal.printed += text
        return real_write(text)

    monkeypatch.setattr(sys.stdout, "write", write)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(capsys, monkeypatch, accounts_keyring, caplog):
    caplog.set_level(logging.DEBUG)

    def call(*argv, stdin=None):
        return run(capsys, monkeypatch, *argv, stdin=stdin)

    return call


def accounts(home) -> dict:
    from humasdesk.store import Database
    from humasdesk.store.repositories import AccountRepository

    db = Database(home / "humasdesk.sqlite3")
    try:
        return {a.name: a for a in AccountRepository(db).list()}
    finally:
        db.close()


def only_the_outbox(home) -> bool:
    """No account was added (a usage error may stop before the data file is even made)."""
    return set(accounts(home)) <= {"Local outbox"}


def assert_nowhere(secret: str, home, caplog, *texts: str) -> None:
    assert secret
    for text in texts:
        assert secret not in text
    for record in caplog.records:
        assert secret not in record.getMessage()
    assert files_containing(home, secret) == []


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- list ----------------------------------------------------------------------------------------

def test_list_shows_name_platform_handle_and_state_in_words(cli, isolated_home):
    code, out, err = cli("accounts", "list")
    assert code == 0, err
    assert out.strip() == "Local outbox: Local outbox. Connected."
    code, out, _ = cli("accounts", "list", "--json")
    assert code == 0
    [outbox] = json.loads(out)
    assert outbox["name"] == "Local outbox" and outbox["state"] == "ok"
    assert outbox["state_label"] == "Connected" and outbox["platform"] == "outbox"


def test_list_says_needs_reconnect_and_disabled_in_words(cli, isolated_home):
    assert cli("accounts", "add", "--platform", "kompasiana", "--name", "Kompasiana RSKO")[0] == 0
    assert cli("accounts", "add", "--platform", "assisted", "--name", "Situs Dinkes", "--url",
               "dinkes.example.go.id/tulis")[0] == 0
    from humasdesk.app import App

    app = App.build(isolated_home)
    try:
        found = {a.name: a for a in app.store.accounts.list()}
        app.store.accounts.set_state(found["Kompasiana RSKO"].id, AccountState.NEEDS_RECONNECT)
        app.store.accounts.set_state(found["Situs Dinkes"].id, AccountState.DISABLED)
    finally:
        app.close()
    code, out, _ = cli("accounts", "list")
    assert code == 0
    assert "Kompasiana RSKO: Kompasiana (posted by hand), https://www.kompasiana.com/. " \
           "Needs reconnect." in out
    assert "Situs Dinkes: Other site (posted by hand), https://dinkes.example.go.id/tulis. " \
           "Disabled (removed; kept for its post history)." in out


# -- add: sites posted by hand (no secrets) -------------------------------------------------------

def test_add_a_preset_site_and_any_site(cli, isolated_home):
    code, out, err = cli("accounts", "add", "--platform", "assisted", "--preset", "kaskus",
                         "--name", "Kaskus RSKO")
    assert code == 0, err
    assert out.strip() == "Added “Kaskus RSKO” (Kaskus (posted by hand))."
    code, out, err = cli("accounts", "add", "--platform", "assisted", "--name", "Situs Dinkes",
                         "--url", "https://dinkes.example.go.id/tulis")
    assert code == 0, err
    found = accounts(isolated_home)
    assert found["Kaskus RSKO"].platform == "kaskus"
    assert found["Situs Dinkes"].server_url == "https://dinkes.example.go.id/tulis"


# -- bad input: one line, exit 2, nothing written -------------------------------------------------

@pytest.mark.parametrize("argv, expected", [
    (["accounts"], "Say what to do: humasdesk accounts list, add, verify, reconnect or remove"),
    (["accounts", "add", "--name", "X"], "the following arguments are required: --platform"),
    (["accounts", "add", "--platform", "bluesky"], "the following arguments are required: "
                                                   "--name"),
    (["accounts", "add", "--platform", "myspace", "--name", "X"], "Unknown platform “myspace”"),
    (["accounts", "add", "--platform", "bluesky", "--name", "X"], "Fill in “Handle”. "
                                                                  "(--handle)"),
    (["accounts", "add", "--platform", "bluesky", "--name", "X", "--handle", "a.test",
      "--channel", "@rsko"], "--channel does not apply to bluesky."),
    (["accounts", "add", "--platform", "telegram", "--name", "X"], "Fill in “Channel”."),
    (["accounts", "add", "--platform", "wordpress", "--name", "X", "--site", "rsko.test"],
     "Fill in “WordPress user name”. (--user)"),
    (["accounts", "add", "--platform", "assisted", "--name", "X"], "Fill in “Address of the "
                                                                   "write page”. (--url)"),
    (["accounts", "add", "--platform", "kompasiana", "--preset", "kaskus", "--name", "X"],
     "--preset goes with --platform assisted."),
    (["accounts", "add", "--platform", "assisted", "--name", "X", "--url", "javascript:alert(1)"],
     "is not a web address"),
    (["accounts", "add", "--platform", "x", "--name", "X"], "Fill in “X app Client ID”. "
                                                            "(--client-id)"),
    (["accounts", "add", "--platform", "facebook", "--name", "X"], "Fill in “Meta app ID”. "
                                                                   "(--app-id)"),
    (["accounts", "add", "--platform", "instagram", "--name", "X", "--app-id", "123",
      "--image-host", "wordpress"], "--image-host wordpress needs --wordpress-account NAME."),
    (["accounts", "add", "--platform", "threads", "--name", "X"], "Threads: give --app-id and "
                                                                  "--redirect-uri"),
    (["accounts", "add", "--platform", "mastodon", "--name", "X"], "Fill in “Server address”. "
                                                                   "(--instance)"),
    (["accounts", "add", "--platform", "outbox", "--name", "Local outbox"],
     "There is already an account named “Local outbox”."),
    (["accounts", "verify", "Nobody"], "There is no account named “Nobody”."),
    (["accounts", "remove", "Nobody", "--yes"], "There is no account named “Nobody”."),
    (["accounts", "reconnect", "Local outbox"], "The Local outbox has no login to reconnect."),
    (["accounts", "remove", "Local outbox"], "Removing needs a confirmation: run it in a "
                                             "terminal, or add --yes."),
])
def test_bad_input_is_one_line_exit_2_and_nothing_is_written(cli, isolated_home, accounts_keyring,
                                                            argv, expected):
    code, out, err = cli(*argv)
    assert code == 2
    assert expected in one_line(err)
    assert out == ""
    assert only_the_outbox(isolated_home)
    assert keyring_entries(accounts_keyring) == {}


@pytest.mark.parametrize("flag", ["--app-password", "--password", "--token", "--app-secret",
                                  "--bot-token"])
def test_a_secret_on_the_command_line_is_refused_without_repeating_it(cli, isolated_home,
                                                                     caplog, flag):
    secret = "hunter2-very-secret"
    for argv in ([flag, secret], [f"{flag}={secret}"]):
        code, out, err = cli("accounts", "add", "--platform", "bluesky", "--name", "B",
                             "--handle", "rsko.test", *argv)
        assert code == 2
        assert one_line(err).startswith(f"{flag}: passwords and tokens are never taken from the "
                                        "command line")
        assert_nowhere(secret, isolated_home, caplog, out, err)
    assert only_the_outbox(isolated_home)


def test_an_empty_secret_on_stdin_is_refused_before_anything_is_sent(cli, isolated_home,
                                                                    contract_server):
    code, out, err = cli("accounts", "add", "--platform", "wordpress", "--name", "Situs",
                         "--site", contract_server.url, "--user", "humas", stdin="\n")
    assert code == 2
    assert one_line(err) == ("No Application password was given. Type it at the prompt, or give "
                             "it as one line on standard input.")
    assert contract_server.requests == []


def test_the_hidden_prompt_is_used_on_a_terminal(cli, isolated_home, contract_server,
                                                 monkeypatch, accounts_keyring):
    password = "abcd EFGH ijkl MNOP qrst UVWX"
    prompts = []

    class Tty(Terminal):
        def isatty(self):
            return True

    import getpass

    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or password)
    contract_server.script("GET", "/", Reply(200, {"id": 7, "name": "Humas RSKO"}))
    code, out, err = cli("accounts", "add", "--platform", "wordpress", "--name", "Situs RSKO",
                         "--site", contract_server.url, "--user", "humas", stdin=Tty())
    assert code == 0, err
    assert prompts == ["Application password (hidden): "]
    [request] = contract_server.sent("GET", "/")
    assert request.headers["authorization"].startswith("Basic ")
    account = accounts(isolated_home)["Situs RSKO"]
    assert keyring_entries(accounts_keyring) == {account.credential_ref: password.replace(" ", "")}


# -- Telegram, WordPress, Mastodon against the contract server ------------------------------------

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
ME = {"id": 7012345678, "is_bot": True, "first_name": "HumasDesk RSKO",
      "username": "rsko_humas_bot"}
CHANNEL = {"id": -1001234567890, "title": "Info RSKO", "username": "rsko_info",
           "type": "channel"}


def script_telegram(server, member_status="administrator") -> None:
    bot = f"/bot{TOKEN}"
    server.script("POST", f"{bot}/getMe", Reply(200, {"ok": True, "result": ME}))
    server.script("POST", f"{bot}/getChat", Reply(200, {"ok": True, "result": CHANNEL}))
    server.script("POST", f"{bot}/getChatMember", Reply(200, {"ok": True, "result": {
        "status": member_status, "user": ME, "can_post_messages": True}}))


def test_telegram_add_verify_remove_with_the_token_from_stdin(cli, isolated_home, contract_server,
                                                             accounts_keyring, caplog):
    script_telegram(contract_server)
    code, out, err = cli("accounts", "add", "--platform", "telegram", "--name", "Telegram RSKO",
                         "--channel", "t.me/rsko_info", "--server", contract_server.url,
                         stdin=TOKEN + "\n")
    assert code == 0, err
    assert out.strip() == "Added “Telegram RSKO” (Telegram channel)."
    account = accounts(isolated_home)["Telegram RSKO"]
    assert (account.handle, account.state) == ("@rsko_info", AccountState.OK)
    assert keyring_entries(accounts_keyring) == {account.credential_ref: TOKEN}

    code, out, err = cli("accounts", "verify", "telegram rsko")
    assert code == 0, err
    assert out.strip()
    code, out, err = cli("accounts", "list", "--json")
    listed = {a["name"]: a for a in json.loads(out)}
    assert listed["Telegram RSKO"]["handle"] == "@rsko_info"

    code, out, err = cli("accounts", "remove", "Telegram RSKO", "--yes")
    assert code == 0, err
    assert out.strip() == "Removed “Telegram RSKO” and forgot its login."
    assert "Telegram RSKO" not in accounts(isolated_home)
    assert keyring_entries(accounts_keyring) == {}
    assert_nowhere(TOKEN, isolated_home, caplog, out, err)


def test_a_bot_that_may_not_post_adds_nothing(cli, isolated_home, contract_server,
                                              accounts_keyring):
    script_telegram(contract_server, member_status="member")
    code, out, err = cli("accounts", "add", "--platform", "telegram", "--name", "Telegram RSKO",
                         "--channel", "@rsko_info", "--server", contract_server.url,
                         stdin=TOKEN + "\n")
    assert code == 1
    assert "is not an administrator" in one_line(err)
    assert only_the_outbox(isolated_home)
    assert keyring_entries(accounts_keyring) == {}


def test_a_malformed_token_is_bad_input_and_not_repeated(cli, isolated_home, contract_server):
    code, out, err = cli("accounts", "add", "--platform", "telegram", "--name", "T",
                         "--channel", "@rsko_info", "--server", contract_server.url,
                         stdin="12345:short-token-value\n")
    assert code == 2
    assert "does not look like a bot token" in one_line(err)
    assert "short-token-value" not in err
    assert contract_server.requests == []


def test_wordpress_wrong_password_then_verify_marks_needs_reconnect(
        cli, isolated_home, contract_server, accounts_keyring, caplog):
    password = "abcd EFGH ijkl MNOP qrst UVWX"
    refused = Reply(401, {"code": "incorrect_password", "message": "The provided password is "
                                                                   "an invalid application "
                                                                   "password.",
                          "data": {"status": 401}})
    contract_server.script("GET", "/", refused, Reply(200, {"id": 7, "name": "Humas"}), refused)
    argv = ("accounts", "add", "--platform", "wordpress", "--name", "Situs RSKO", "--site",
            contract_server.url, "--user", "humas")
    code, out, err = cli(*argv, stdin=password + "\n")
    assert code == 1
    one_line(err)
    assert only_the_outbox(isolated_home)
    assert keyring_entries(accounts_keyring) == {}

    code, out, err = cli(*argv, stdin=password + "\n")
    assert code == 0, err
    # The password is revoked on the site: verify says so and marks the account.
    code, out, err = cli("accounts", "verify", "Situs RSKO")
    assert code == 1
    one_line(err)
    assert accounts(isolated_home)["Situs RSKO"].state is AccountState.NEEDS_RECONNECT
    assert "Needs reconnect" in cli("accounts", "list")[1]
    assert_nowhere(password.replace(" ", ""), isolated_home, caplog, out, err)


def test_mastodon_login_prints_the_address_and_takes_the_pasted_code(cli, isolated_home,
                                                                    contract_server,
                                                                    accounts_keyring, caplog):
    from platform_support import AuthorizationServer

    access = "mastodon-access-token-0123456789abcdef"
    client_secret = "mastodon-client-secret-0123456789"
    contract_server.script("GET", "/api/v2/instance", Reply(200, {
        "domain": "social.rsko.test", "configuration": {"statuses": {"max_characters": 5000}}}))
    contract_server.script("POST", "/api/v1/apps", lambda r: Reply(200, {
        "id": "1", "name": "HumasDesk", "redirect_uri": r.json()["redirect_uris"],
        "client_id": "client-abc", "client_secret": client_secret}))
    AuthorizationServer(contract_server, token=access)
    contract_server.script("GET", "/api/v1/accounts/verify_credentials",
                           Reply(200, {"id": "109", "username": "rsko", "acct": "rsko"}))

    def open_printed_address_and_copy_the_code(printed: str) -> str:
        url = re.findall(r"^(http\S+)$", printed, re.MULTILINE)[-1]
        page = httpx.get(url)  # the user's browser; the server shows the code
        return page.text.split("Copy this code: ")[1].split("<")[0]

    code, out, err = cli("accounts", "add", "--platform", "mastodon", "--name", "Mastodon RSKO",
                         "--instance", contract_server.url, "--visibility", "unlisted",
                         stdin=Terminal(open_printed_address_and_copy_the_code))
    assert code == 0, err
    assert "/oauth/authorize?" in out
    account = accounts(isolated_home)["Mastodon RSKO"]
    assert account.options["visibility"] == "unlisted"
    assert json.loads(accounts_keyring.items[("HumasDesk", account.credential_ref)])[
        "access_token"] == access
    assert_nowhere(access, isolated_home, caplog, out, err)
    assert_nowhere(client_secret, isolated_home, caplog, out, err)


# -- removing an account with history -------------------------------------------------------------

def test_an_account_with_post_history_is_disabled_not_deleted(cli, isolated_home):
    from helpers import publish_now
    from humasdesk.app import App

    assert cli("accounts", "add", "--platform", "kompasiana", "--name", "Kompasiana RSKO")[0] == 0
    app = App.build(isolated_home)
    try:
        account = app.store.accounts.by_name("Kompasiana RSKO")
        publish_now(app, "Artikel", [account.id])
    finally:
        app.close()
    code, out, err = cli("accounts", "remove", "Kompasiana RSKO", "--yes")
    assert code == 0, err
    assert out.strip() == ("“Kompasiana RSKO” has posts in its history, so it was disabled "
                           "rather than deleted; its login was forgotten.")
    assert accounts(isolated_home)["Kompasiana RSKO"].state is AccountState.DISABLED
    code, out, err = cli("accounts", "verify", "Kompasiana RSKO")
    assert code == 2 and "kept only for its post history" in one_line(err)
    # The name stays taken, and adding it again says what to do instead.
    code, out, err = cli("accounts", "add", "--platform", "kompasiana", "--name",
                         "kompasiana rsko")
    assert code == 2
    assert "is the name of a removed account" in one_line(err)
    # Reconnecting brings it back.
    code, out, err = cli("accounts", "reconnect", "Kompasiana RSKO")
    assert code == 0, err
    assert accounts(isolated_home)["Kompasiana RSKO"].state is AccountState.OK


def test_remove_asks_on_a_terminal_and_no_keeps_it(cli, isolated_home, monkeypatch):
    class Tty(Terminal):
        def isatty(self):
            return True

    assert cli("accounts", "add", "--platform", "kaskus", "--name", "Kaskus RSKO")[0] == 0
    code, out, err = cli("accounts", "remove", "Kaskus RSKO", stdin=Tty("n"))
    assert code == 0
    assert "Remove the account “Kaskus RSKO”?" in err
    assert out.strip() == "Nothing was removed."
    assert "Kaskus RSKO" in accounts(isolated_home)
    code, out, err = cli("accounts", "remove", "Kaskus RSKO", stdin=Tty("ya"))
    assert code == 0
    assert "Kaskus RSKO" not in accounts(isolated_home)


# -- Bluesky against the real PDS ----------------------------------------------------------------

def test_bluesky_add_verify_reconnect_remove_on_the_real_pds(cli, isolated_home, bluesky_pds,
                                                             accounts_keyring, caplog):
    user = create_pds_account(bluesky_pds, "clihumas")
    argv = ("accounts", "add", "--platform", "bluesky", "--name", "Bluesky RSKO", "--server",
            bluesky_pds.url, "--handle", "@" + user.handle)

    # A wrong app password: nothing is kept, and the message names the handle typed.
    code, out, err = cli(*argv, stdin="wrong-password-1234\n")
    assert code == 1
    assert f"did not accept the handle “{user.handle}”" in one_line(err)
    assert only_the_outbox(isolated_home)
    assert keyring_entries(accounts_keyring) == {}

    code, out, err = cli(*argv, stdin=user.app_password + "\n")
    assert code == 0, err
    account = accounts(isolated_home)["Bluesky RSKO"]
    assert (account.handle, account.server_url, account.state) == (
        user.handle, bluesky_pds.url, AccountState.OK)
    assert account.options["did"] == user.did

    code, out, err = cli("accounts", "verify", "Bluesky RSKO")
    assert code == 0, err
    assert out.strip().endswith(f"as @{user.handle}.")

    # The session is revoked (tokens that no longer work): verify marks it, reconnect heals it.
    accounts_keyring.items[("HumasDesk", account.credential_ref)] = json.dumps({
        "accessJwt": "revoked.access.token", "refreshJwt": "revoked.refresh.token",
        "did": user.did, "handle": user.handle})
    code, out, err = cli("accounts", "verify", "Bluesky RSKO")
    assert code == 1
    one_line(err)
    assert accounts(isolated_home)["Bluesky RSKO"].state is AccountState.NEEDS_RECONNECT
    code, out, err = cli("accounts", "reconnect", "Bluesky RSKO", stdin=user.app_password + "\n")
    assert code == 0, err
    again = accounts(isolated_home)["Bluesky RSKO"]
    assert again.state is AccountState.OK and again.credential_ref == account.credential_ref
    assert cli("accounts", "verify", "Bluesky RSKO")[0] == 0

    code, out, err = cli("accounts", "remove", "Bluesky RSKO", "--yes")
    assert code == 0, err
    assert "Bluesky RSKO" not in accounts(isolated_home)
    assert keyring_entries(accounts_keyring) == {}
    assert_nowhere(user.app_password, isolated_home, caplog, out, err)


def test_a_real_process_with_the_real_keyring_keeps_the_password_only_there(
        isolated_home, tmp_path, bluesky_pds, secret_service_session):
    """As he would run it: a separate process, the app password piped in, the system keyring
    (gnome-keyring on a private bus) keeping it."""
    user = create_pds_account(bluesky_pds, "procrsko")
    env = {**os.environ, "HUMASDESK_HOME": str(isolated_home), "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "DBUS_SESSION_BUS_ADDRESS": secret_service_session.bus_address,
           "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    env.pop("PYTHON_KEYRING_BACKEND", None)

    def humasdesk(*argv, stdin=""):
        assert user.app_password not in argv
        return subprocess.run([sys.executable, "-m", "humasdesk", *argv], input=stdin,
                              capture_output=True, text=True, timeout=120, env=env)

    added = humasdesk("accounts", "add", "--platform", "bluesky", "--name", "Bluesky RSKO",
                      "--server", bluesky_pds.url, "--handle", user.handle,
                      stdin=user.app_password + "\n")
    assert added.returncode == 0, added.stderr
    verified = humasdesk("accounts", "verify", "Bluesky RSKO")
    assert verified.returncode == 0, verified.stderr
    listed = json.loads(humasdesk("accounts", "list", "--json").stdout)
    assert [a["state"] for a in listed if a["name"] == "Bluesky RSKO"] == ["ok"]
    for result in (added, verified):
        assert user.app_password not in result.stdout + result.stderr
    assert files_containing(isolated_home, user.app_password) == []
    ref = accounts(isolated_home)["Bluesky RSKO"].credential_ref
    backend = secret_service_session.backend()
    old_bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = secret_service_session.bus_address
    try:
        assert json.loads(backend.get_password("HumasDesk", ref))["did"] == user.did
        removed = humasdesk("accounts", "remove", "Bluesky RSKO", "--yes")
        assert removed.returncode == 0, removed.stderr
        assert backend.get_password("HumasDesk", ref) is None
    finally:
        if old_bus is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = old_bus


def test_no_keyring_is_said_as_is_and_nothing_is_saved(cli, isolated_home, contract_server):
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # accounts_keyring restores it afterwards
    code, out, err = cli("accounts", "add", "--platform", "wordpress", "--name", "Situs",
                         "--site", contract_server.url, "--user", "humas",
                         stdin="abcd EFGH ijkl MNOP\n")
    assert code == 1
    assert one_line(err).startswith("HumasDesk keeps passwords and tokens only in the system "
                                    "keyring")
    assert contract_server.requests == []
    assert only_the_outbox(isolated_home)

