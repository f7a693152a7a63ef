"""The Insights page's charts as Orca meets them over AT-SPI: a Chart named after its title,
whose description is the spoken summary, with the table of the same figures beside it."""

import time

import pytest

from conftest import nodes, start_app, stop_app
from insights_data import fill_week

pytestmark = pytest.mark.xvfb


@pytest.fixture
def app_with_a_week(desktop, tmp_path):
    from humasdesk.app import App

    home = tmp_path / "home"
    prepared = App.build(home)
    fill_week(prepared)
    prepared.close()
    app = start_app(desktop, home)
    yield app
    stop_app(app)


def test_charts_are_named_and_described_for_screen_readers(app_with_a_week):
    app = app_with_a_week
    app.keys("ctrl+6")
    deadline = time.monotonic() + 15  # the page is built the first time it is opened
    charts = []
    while time.monotonic() < deadline:
        tree = app.tree()
        charts = [n for n in nodes(tree) if n["role"] == "chart" and "showing" in n["states"]]
        if len(charts) == 2:
            break
        time.sleep(0.3)
    assert [c["name"] for c in charts] == ["Reactions per post", "Follower change"]
    reactions, followers = charts
    assert reactions["description"].startswith("Reactions per post, ")
    assert "RSUD Mastodon (Mastodon) 26.5, Donor Mastodon (Mastodon) 9." in \
        reactions["description"]
    assert "Donor Mastodon (Mastodon) -10" in followers["description"]
    assert all("focusable" in c["states"] for c in charts)
    tables = [n["name"] for n in nodes(tree) if n["role"] == "table"
              and "showing" in n["states"]]
    assert "Reactions per post (table)" in tables
    unnamed = [n["role"] for n in nodes(tree) if "focusable" in n["states"]
               and "showing" in n["states"] and n["role"] != "filler" and not n["name"].strip()]
    assert unnamed == []
