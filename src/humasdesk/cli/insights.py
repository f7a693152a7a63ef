"""``humasdesk insights`` and ``humasdesk report``: the figures of published posts, followers
and best times, and the weekly report, from the command line. No Qt here.

``insights --json`` prints one object: ``posts`` (each with ``account``, ``platform``,
``text``, ``published_at``, ``url``, ``deleted`` and ``metrics``: the figures the platform
gives, such as ``likes``, ``reposts``, ``replies``, ``quotes``, ``views``, and
``collected_at``), ``accounts`` (each with its ``followers`` over the days) and ``best_times``
(per account: the best ``weekday`` (0 = Monday), ``hour``, ``score`` (reactions per follower)
and ``posts`` it rests on, with its ``confidence``, whether it is the general ``fallback``,
its ``summary`` in words and the ranked ``slots``).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date

from ..domain.i18n import translate
from ..domain.numbers import format_number, format_signed
from ..domain.plaintext import one_line

EXIT_OK, EXIT_FAILED = 0, 1


def register(subparsers) -> None:
    insights = subparsers.add_parser("insights", help=translate(
        "Insights", "reactions to published posts, followers and the best time to post"))
    insights.add_argument("--sync", action="store_true", help=translate(
        "Insights", "read the latest figures from the platforms first"))
    insights.add_argument("--json", action="store_true",
                          help=translate("Insights", "print JSON instead of text"))
    insights.add_argument("--account", metavar="NAME",
                          help=translate("Insights", "only this account"))
    insights.add_argument("--days", type=_days, default=7, metavar="N", help=translate(
        "Insights", "posts of the last N days (default 7)"))
    insights.add_argument("--set-slots", action="store_true", help=translate(
        "Insights", "set the account's queue slots to its best hours (with --account)"))
    insights.add_argument("--x-metrics", choices=("on", "off"), help=translate(
        "Insights", "read figures from this X account or not; reading costs money (with "
                    "--account)"))
    insights.set_defaults(handler=cmd_insights)

    report = subparsers.add_parser("report", help=translate(
        "Insights", "write the weekly report as PDF or HTML"))
    report.add_argument("--week", type=_week, metavar="YYYY-Www", help=translate(
        "Insights", "the ISO week, such as 2026-W48 (default: last week)"))
    report.add_argument("--language", choices=("id", "en"), help=translate(
        "Insights", "the report's language (default: the app's)"))
    report.add_argument("--output", required=True, metavar="FILE", help=translate(
        "Insights", "the file to write: .pdf or .html"))
    report.set_defaults(handler=cmd_report)


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = 0
    if not 1 <= days <= 3660:
        raise argparse.ArgumentTypeError(translate(
            "Insights", "give a number of days from 1 to 3660, not “{value}”").format(
                value=one_line(value)))
    return days


def _week(value: str) -> date:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", value.strip(), re.IGNORECASE)
    try:
        if match:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(translate(
        "Insights", "give the week as YYYY-Www, such as 2026-W48, not “{value}”").format(
            value=one_line(value)))


def _account_id(app, name: str | None) -> int | None:
    if not name:
        return None
    from . import UsageError

    account = app.publishing.account_named(name)
    if account is None:
        known = ", ".join(f"“{one_line(a.name)}”" for a in app.publishing.accounts())
        raise UsageError(translate("Cli", "There is no account named “{name}”. "
                                          "Accounts: {known}.").format(name=one_line(name),
                                                                      known=known))
    return account.id


def cmd_insights(app, args: argparse.Namespace) -> int:
    from ..services.insights import report_lines
    from . import print_json

    account_id = _account_id(app, args.account)
    service = app.insights
    if args.set_slots or args.x_metrics:
        return _account_choices(service, args, account_id)
    status = EXIT_OK
    if args.sync:
        collected = app.insights.sync(args.days, account_id)
        for line in report_lines(collected, everything=True):
            print(line, file=sys.stderr)
        if collected.problems:
            status = EXIT_FAILED
    accounts = [a for a in service.accounts() if account_id is None or a.id == account_id]
    if args.json:
        print_json(insights_json(service, accounts, args.days))
        return status
    sentences = service.sentences(args.days, account_id)
    if not sentences:
        print(translate("Insights", "No posts were published in the last {days} days.").format(
            days=args.days))
    for sentence in sentences:
        print(one_line(sentence))
    for account in accounts:
        points = [p for p in service.followers(account.id, args.days) if p.followers is not None]
        if points:
            print(translate("Insights", "{account}: {followers} followers ({change} in "
                                        "{days} days).").format(
                account=one_line(account.name), followers=format_number(points[-1].followers),
                change=format_signed(points[-1].followers - points[0].followers),
                days=args.days))
        print(translate("Insights", "{account}: {summary}").format(
            account=one_line(account.name), summary=service.best_times(account.id).summary()))
    return status


def _account_choices(service, args: argparse.Namespace, account_id: int | None) -> int:
    from . import UsageError

    if account_id is None:
        raise UsageError(translate("Insights", "Say which account with --account NAME."))
    if args.x_metrics:
        print(service.set_x_metrics(account_id, args.x_metrics == "on"))
    if args.set_slots:
        slots = service.set_slots_from_best_time(account_id)
        print(translate("Insights", "Queue slots set to {slots}. {summary}").format(
            slots=", ".join(slots), summary=service.best_times(account_id).summary()))
    return EXIT_OK


def insights_json(service, accounts, days: int) -> dict:
    wanted = {a.id for a in accounts}
    posts = []
    for insight in service.posts(days):
        if insight.post.account_id not in wanted:
            continue
        latest = insight.latest
        metrics = dict(latest.values) if latest is not None and not latest.deleted else {}
        metrics["collected_at"] = latest.collected_at.isoformat() if latest else None
        posts.append({
            "account": insight.post.account_name, "platform": insight.post.platform,
            "text": insight.post.text, "published_at": insight.post.published_at.isoformat(),
            "url": insight.post.remote_url, "deleted": insight.deleted, "metrics": metrics,
            "unavailable": dict(latest.unavailable) if latest is not None else {}})
    result_accounts, best_times = [], []
    for account in accounts:
        result_accounts.append({
            "account": account.name, "platform": account.platform,
            "followers": [{"day": p.day, "followers": p.followers,
                           "taken_at": p.taken_at.isoformat(),
                           **({"unavailable": p.reason} if p.reason else {})}
                          for p in service.followers(account.id, days)]})
        ranking = service.best_times(account.id)
        best = ranking.best
        best_times.append({
            "account": account.name, "weekday": best.weekday if best else None,
            "hour": best.hour if best else None, "score": best.score if best else None,
            "posts": best.posts if best else 0, "posts_in_all": ranking.total_posts,
            "confidence": ranking.confidence, "fallback": ranking.fallback,
            "zone": ranking.zone, "summary": ranking.summary(),
            "slots": [{"weekday": s.weekday, "hour": s.hour, "score": s.score,
                       "posts": s.posts} for s in ranking.slots]})
    return {"posts": posts, "accounts": result_accounts, "best_times": best_times}


def cmd_report(app, args: argparse.Namespace) -> int:
    week = app.insights.write_report(args.output, args.week, args.language or "")
    print(translate("Insights", "The report for {start} to {end} was written to {path}.").format(
        start=week.start.isoformat(), end=week.end.isoformat(), path=args.output))
    return EXIT_OK
