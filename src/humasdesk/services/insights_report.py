"""The weekly report for the officer's superiors, as PDF (ReportLab) or HTML, in the language
the caller set with ``i18n.speaking`` (``InsightsService.write_report`` does).

Every chart has the same figures in a table beside it, and a title naming what it shows (in
the HTML the chart is an ``<svg role="img">`` with that title), so the report reads the same to
someone who listens. Complaints from the inbox come in as an ``InboxSummary``
(``summarise_inbox``; ``InsightsService.write_report`` reads them from the inbox store for the
report's week); without one the report says they are not available, in words.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.numbers import format_number, format_signed
from ..domain.timezones import zone_label


@dataclass(frozen=True)
class InboxSummary:
    """Complaints of the week from the inbox (emergencies included): how many came, how many
    were answered from HumasDesk, the median and longest time to the first answer (None when
    nothing was answered); and the same for the emergencies alone."""

    received: int
    answered: int
    median_response: timedelta | None = None
    longest_response: timedelta | None = None
    urgent: int = 0
    urgent_answered: int = 0
    urgent_median_response: timedelta | None = None


def summarise_inbox(complaints) -> InboxSummary:
    """An ``InboxSummary`` from (urgent, received at, first answer published at or None), one
    per complaint or emergency (``InboxRepository.complaints``)."""
    def waits(rows) -> list[timedelta]:
        return sorted(max(answered - received, timedelta(0))
                      for _, received, answered in rows if answered is not None)

    def median(values: list[timedelta]) -> timedelta | None:
        if not values:
            return None
        middle = len(values) // 2
        return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2

    every = waits(complaints)
    urgent = [row for row in complaints if row[0]]
    urgent_waits = waits(urgent)
    return InboxSummary(len(complaints), len(every), median(every),
                        every[-1] if every else None, len(urgent), len(urgent_waits),
                        median(urgent_waits))


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class Chart:
    """A bar chart: one bar per label; ``table`` holds the same figures."""

    title: str
    labels: list[str]
    values: list[float]


@dataclass(frozen=True)
class Section:
    heading: str
    sentences: list[str]
    chart: Chart | None = None
    table: Table | None = None


def _date(day) -> str:
    months = (translate("Report", "January"), translate("Report", "February"),
              translate("Report", "March"), translate("Report", "April"),
              translate("Report", "May"), translate("Report", "June"),
              translate("Report", "July"), translate("Report", "August"),
              translate("Report", "September"), translate("Report", "October"),
              translate("Report", "November"), translate("Report", "December"))
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _number(value: float, digits: int = 0) -> str:
    return format_number(value, digits)


def _signed(value: int | None) -> str:
    if value is None:
        return translate("Report", "not known")
    return format_signed(value)


def _duration(value: timedelta) -> str:
    minutes = round(value.total_seconds() / 60)
    if minutes < 60:
        return translate("Report", "%n minute(s)", None, minutes)
    hours = minutes / 60
    if hours < 48:
        return translate("Report", "{hours} hours").format(hours=format_number(hours, 1))
    days = round(hours / 24)
    return translate("Report", "%n day(s)", None, days)


def sections(service, week, inbox: InboxSummary | None) -> tuple[str, str, list[Section]]:
    """(title, subtitle, sections) of the report, in the current language."""
    from .insights import platform_name

    title = translate("Report", "Weekly social media report")
    subtitle = translate("Report", "{start} to {end} ({zone})").format(
        start=_date(week.start), end=_date(week.end), zone=zone_label(week.zone))
    total_posts = sum(a.posts for a in week.accounts)
    total_reactions = sum(a.reactions for a in week.accounts)
    changes = [a.follower_change for a in week.accounts if a.follower_change is not None]
    overview = [translate("Report", "{posts} posts published, with {reactions} reactions in "
                                    "all.").format(posts=total_posts,
                                                   reactions=_number(total_reactions)),
                translate("Report", "Followers changed by {change} across the accounts with "
                                    "figures.").format(change=_signed(sum(changes)))
                if changes else translate("Report", "No follower figures for this week yet.")]
    result = [Section(translate("Report", "Summary"), overview)]

    by_platform: dict[str, list[int]] = {}
    for account in week.accounts:
        entry = by_platform.setdefault(platform_name(account.platform), [0, 0])
        entry[0] += account.posts
        entry[1] += account.reactions
    platforms = sorted(by_platform.items(), key=lambda item: (-item[1][1], item[0]))
    result.append(Section(
        translate("Report", "Posts per platform"), [],
        Chart(translate("Report", "Reactions per platform"), [p for p, _ in platforms],
              [float(v[1]) for _, v in platforms]),
        Table(translate("Report", "Posts per platform"),
              [translate("Report", "Platform"), translate("Report", "Posts"),
               translate("Report", "Reactions"), translate("Report", "Reactions per post")],
              [[name, str(posts), _number(reactions),
                _number(reactions / posts if posts else 0, 1)]
               for name, (posts, reactions) in platforms])))

    result.append(Section(
        translate("Report", "Follower change"), [],
        Chart(translate("Report", "Follower change per account"),
              [a.account_name for a in week.accounts],
              [float(a.follower_change or 0) for a in week.accounts]),
        Table(translate("Report", "Accounts"),
              [translate("Report", "Account"), translate("Report", "Platform"),
               translate("Report", "Posts"), translate("Report", "Reactions per post"),
               translate("Report", "Followers at the start"),
               translate("Report", "Followers at the end"), translate("Report", "Change")],
              [[a.account_name, platform_name(a.platform), str(a.posts),
                _number(a.reactions_per_post, 1),
                _number(a.followers_start) if a.followers_start is not None else "–",
                _number(a.followers_end) if a.followers_end is not None else "–",
                _signed(a.follower_change)] for a in week.accounts])))

    def post_rows(posts) -> list[list[str]]:
        return [[str(rank), service.post_sentence([p]), _number(p.reactions)]
                for rank, p in enumerate(posts, start=1)]

    post_headers = [translate("Report", "Rank"), translate("Report", "Post"),
                    translate("Report", "Reactions")]
    result.append(Section(
        translate("Report", "Top posts"),
        [] if week.best else [translate("Report", "No post of this week has figures yet.")],
        None, Table(translate("Report", "Top posts"), post_headers, post_rows(week.best))
        if week.best else None))
    if week.weakest:
        result.append(Section(translate("Report", "Weakest posts"), [], None,
                              Table(translate("Report", "Weakest posts"), post_headers,
                                    post_rows(week.weakest))))

    if inbox is None:
        complaints = [translate("Report", "Not available: complaints from the inbox are not "
                                          "part of this report yet.")]
    elif not inbox.received:
        complaints = [translate("Report", "No complaint came in this week.")]
    else:
        complaints = [translate("Report", "{received} complaints received, {answered} "
                                          "answered.").format(received=inbox.received,
                                                              answered=inbox.answered),
                      translate("Report", "Median time to the first answer: {time}.").format(
                          time=_duration(inbox.median_response))
                      if inbox.median_response is not None else
                      translate("Report", "No complaint was answered this week.")]
        if inbox.longest_response is not None:
            complaints.append(translate("Report", "Longest time to the first answer: "
                                                  "{time}.").format(
                time=_duration(inbox.longest_response)))
        if inbox.urgent:
            complaints.append(translate("Report", "{urgent} of them urgent (emergencies), "
                                                  "{answered} answered.").format(
                urgent=inbox.urgent, answered=inbox.urgent_answered))
            if inbox.urgent_median_response is not None:
                complaints.append(translate("Report", "Median time to answer an emergency: "
                                                      "{time}.").format(
                    time=_duration(inbox.urgent_median_response)))
    result.append(Section(translate("Report", "Complaints received and answered"), complaints))
    return title, subtitle, result


def write(service, week, path, inbox: InboxSummary | None, language: str) -> None:
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UserInputError(translate(
            "Report", "The report is written as PDF or HTML: give a file name ending in .pdf "
            "or .html."))
    title, subtitle, parts = sections(service, week, inbox)
    try:
        if suffix == ".pdf":
            _pdf(target, title, subtitle, parts, language)
        else:
            target.write_text(_html(title, subtitle, parts, language), encoding="utf-8")
    except OSError as exc:
        raise UserInputError(translate("Report", "The report could not be written to {path}: "
                                                 "{reason}").format(
            path=target, reason=exc.strerror or exc)) from None


# -- HTML -----------------------------------------------------------------------------------------

def _svg(chart: Chart) -> str:
    width, bar, gap, height = 640, 28, 10, 24
    total = (bar + gap) * max(len(chart.values), 1) + gap
    top = max([abs(v) for v in chart.values] + [1.0])
    label_width = 200
    room = width - label_width - 80
    rows = []
    for index, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = gap + index * (bar + gap)
        length = room * abs(value) / top
        rows.append(
            f'<text x="{label_width - 8}" y="{y + bar * 0.7:.0f}" text-anchor="end">'
            f"{html.escape(label)}</text>"
            f'<rect x="{label_width}" y="{y}" width="{length:.0f}" height="{bar}" '
            f'class="{"bar" if value >= 0 else "bar negative"}"/>'
            f'<text x="{label_width + length + 6:.0f}" y="{y + bar * 0.7:.0f}">'
            f"{html.escape(_number(value))}</text>")
    return (f'<svg role="img" aria-labelledby="c{id(chart)}" viewBox="0 0 {width} '
            f'{total + height}" width="100%"><title id="c{id(chart)}">'
            f"{html.escape(chart.title)}</title>{''.join(rows)}</svg>")


def _html(title: str, subtitle: str, parts: list[Section], language: str) -> str:
    body = [f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(subtitle)}</p>"]
    for section in parts:
        body.append(f"<h2>{html.escape(section.heading)}</h2>")
        body += [f"<p>{html.escape(sentence)}</p>" for sentence in section.sentences]
        if section.chart is not None and section.chart.values:
            body.append(f"<figure>{_svg(section.chart)}<figcaption>"
                        f"{html.escape(section.chart.title)}</figcaption></figure>")
        if section.table is not None:
            table = section.table
            head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in table.headers)
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in table.rows)
            body.append(f"<table><caption>{html.escape(table.title)}</caption>"
                        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    style = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5;"
             "color:#111;background:#fff}table{border-collapse:collapse;margin:1em 0}"
             "th,td{border:1px solid #555;padding:.3em .6em;text-align:left}"
             "caption{font-weight:bold;text-align:left}.bar{fill:#1f5fa8}"
             ".negative{fill:#a8321f}svg text{font-size:14px;fill:#111}")
    return (f'<!DOCTYPE html>\n<html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}: {html.escape(subtitle)}</title>"
            f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n")


# -- PDF ------------------------------------------------------------------------------------------

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu",)


def _fonts() -> tuple[str, str]:
    """DejaVu Sans when the system has it (every character of Indonesian posts, curly quotes
    and dashes included), else the PDF's built-in Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in _FONT_DIRS:
        regular = os.path.join(folder, "DejaVuSans.ttf")
        bold = os.path.join(folder, "DejaVuSans-Bold.ttf")
        if os.path.isfile(regular) and os.path.isfile(bold):
            if "HumasDesk" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("HumasDesk", regular))
                pdfmetrics.registerFont(TTFont("HumasDesk-Bold", bold))
            return "HumasDesk", "HumasDesk-Bold"
    return "Helvetica", "Helvetica-Bold"


def _pdf(target: Path, title: str, subtitle: str, parts: list[Section], language: str) -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=18, leading=22,
                        spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13.5, leading=17,
                        spaceBefore=12, spaceAfter=4)

    def text(value: str, style) -> Paragraph:
        return Paragraph(html.escape(value), style)

    story = [text(title, h1), text(subtitle, body), Spacer(1, 0.3 * cm)]
    width = A4[0] - 4 * cm
    for section in parts:
        story.append(text(section.heading, h2))
        story += [text(sentence, body) for sentence in section.sentences]
        if section.chart is not None and section.chart.values:
            chart = section.chart
            height = 24 * len(chart.values) + 40
            drawing = Drawing(width, height)
            bars = HorizontalBarChart()
            bars.x, bars.y, bars.width, bars.height = 150, 20, width - 200, height - 40
            bars.data = [chart.values]
            bars.categoryAxis.categoryNames = chart.labels
            bars.categoryAxis.labels.fontName = regular
            bars.valueAxis.labels.fontName = regular
            bars.valueAxis.valueMin = min(0.0, min(chart.values))
            bars.valueAxis.valueMax = max(1.0, max(chart.values)) * 1.1
            bars.bars[0].fillColor = colors.HexColor("#1f5fa8")
            bars.barLabelFormat = "%d"
            bars.barLabels.fontName = regular
            bars.barLabels.nudge = 12
            drawing.add(bars)
            story += [text(chart.title, head), drawing]
        if section.table is not None:
            table = section.table
            rows = [[text(h, head) for h in table.headers]]
            rows += [[text(c, cell) for c in row] for row in table.rows]
            widths = None
            if len(table.headers) == 3:  # rank, post, reactions: the post gets the room
                widths = [1.8 * cm, width - 4.8 * cm, 3 * cm]
            grid = PdfTable(rows, colWidths=widths, repeatRows=1)
            grid.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 0.2 * cm), grid]
    target.parent.mkdir(parents=True, exist_ok=True)
    document = SimpleDocTemplate(str(target), pagesize=A4, title=f"{title}: {subtitle}",
                                 author="HumasDesk", lang=language,
                                 leftMargin=2 * cm, rightMargin=2 * cm)
    document.build(story)
