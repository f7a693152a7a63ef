"""LinkedIn from the command line, with no LinkedIn-specific code outside its platform file:
``accounts add --help`` lists it and its options, ``accounts add`` connects it (the login
address is printed, the user pastes the address the browser ended on), ``verify`` says until
when the login holds, and ``post`` publishes to the page. LinkedIn's servers are the scripted
contract server (see tests/platforms/test_linkedin_contract.py for the documented shapes)."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import test_cli_accounts
from test_cli_accounts import Terminal, accounts, assert_nowhere

import accounts_support
from contract_server import Reply
from humasdesk.platforms import linkedin

accounts_keyring = accounts_support.accounts_keyring
cli = test_cli_accounts.cli

CLIENT_SECRET = "WPL_AP1.Y2xpLXNlY3JldC1mb3ItbGlua2VkaW4=.ZmFrZQ=="
ACCESS = "AQVcli-linkedin-access-token-ZmFrZS1hY2Nlc3M"
CODE = "AQTcli-linkedin-code-ZmFrZS1jb2Rl"
REDIRECT = "https://humas.rsko.test/linkedin"


def test_accounts_add_help_lists_linkedin_and_its_options(capsys, isolated_home):
    from humasdesk.cli import main

    with pytest.raises(SystemExit):
        main(["accounts", "add", "--help"])
    out = capsys.readouterr().out
    platforms = re.search(r"one of: ([^)]*?)\s+--name", out, re.S).group(1)
    assert "linkedin" in " ".join(platforms.split())
    for flag in ("--client-id", "--post-as", "--organization"):
        assert flag in out
    assert "LinkedIn: the Client ID of your LinkedIn app" in " ".join(out.split())


def test_add_verify_and_post_to_a_linkedin_page(cli, isolated_home, contract_server,
                                                accounts_keyring, caplog, monkeypatch):
    monkeypatch.setattr(linkedin, "API_BASE", contract_server.url)
    monkeypatch.setattr(linkedin, "OAUTH_BASE", contract_server.url)
    monkeypatch.setattr(linkedin.LinkedInAdapter, "default_base", contract_server.url)
    contract_server.script("POST", "/oauth/v2/accessToken", Reply(200, {
        "access_token": ACCESS, "expires_in": 5184000}))
    contract_server.script("GET", "/v2/userinfo", Reply(200, {"sub": "yrZCpj2Z12",
                                                             "name": "Dewi Lestari"}))
    contract_server.script("GET", "/rest/organizationAcls", Reply(200, {"elements": [
        {"organization": "urn:li:organization:2414183", "role": "ADMINISTRATOR",
         "state": "APPROVED"}]}))
    contract_server.script("GET", "/rest/organizations/2414183",
                           Reply(200, {"localizedName": "RS Kanker Onkologi"}))
    contract_server.script("POST", "/rest/posts", Reply(201, body=b"", headers={
        "x-restli-id": "urn:li:share:7012345678901234567"}))

    def allow_and_paste_where_the_browser_ended(printed: str) -> str:
        url = re.findall(r"^(http\S+)$", printed, re.MULTILINE)[-1]
        asked = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert asked["redirect_uri"] == REDIRECT and asked["client_id"] == "86cli"
        return f"{REDIRECT}?{urlencode({'code': CODE, 'state': asked['state']})}"

    code, out, err = cli("accounts", "add", "--platform", "linkedin", "--name", "LinkedIn RSKO",
                         "--client-id", "86cli", "--post-as", "organization",
                         "--organization", "2414183", "--redirect-uri", REDIRECT,
                         "--no-browser",
                         stdin=Terminal(CLIENT_SECRET, allow_and_paste_where_the_browser_ended))
    assert code == 0, err
    assert "Added “LinkedIn RSKO” (LinkedIn)." in out
    account = accounts(isolated_home)["LinkedIn RSKO"]
    assert account.options["author"] == "urn:li:organization:2414183"
    kept = json.loads(accounts_keyring.items[("HumasDesk", account.credential_ref)])
    assert kept["access_token"] == ACCESS and kept["client_secret"] == CLIENT_SECRET
    [token] = contract_server.sent("POST", "/oauth/v2/accessToken")
    assert parse_qs(token.body.decode())["client_secret"] == [CLIENT_SECRET]

    code, out, err = cli("accounts", "verify", "LinkedIn RSKO")
    assert code == 0, err
    assert "Dewi Lestari" in out and "RS Kanker Onkologi" in out and "60 days" in out

    code, out, err = cli("post", "--account", "LinkedIn RSKO", "--text", "Donor darah (Sabtu)")
    assert code == 0, err
    [post] = contract_server.sent("POST", "/rest/posts")
    assert post.json()["commentary"] == "Donor darah \\(Sabtu\\)"
    assert post.json()["author"] == "urn:li:organization:2414183"
    for secret in (CLIENT_SECRET, ACCESS, CODE):
        assert_nowhere(secret, isolated_home, caplog, out, err)


def test_linkedin_without_its_client_id_is_bad_input(cli, isolated_home):
    code, out, err = cli("accounts", "add", "--platform", "linkedin", "--name", "L")
    assert code == 2
    assert "LinkedIn app Client ID" in err and "--client-id" in err
