"""High-contrast themes and text scaling.

Colours are chosen so that text reaches 7:1 against its background, and borders and the focus
ring reach 3:1 against what is next to them (WCAG 1.4.6, 1.4.11, 2.4.13). The focus ring is
4 px wide and grows out of a 2 px border while the padding shrinks by the same amount, so the
layout never moves when focus moves. tests/ui/test_theme.py computes every pair listed in
``CONTRAST_PAIRS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12  # 100 % text; large enough to read without leaning in
MIN_TARGET_PX = 48  # every clickable target at 100 %
BORDER_PX = 2
FOCUS_PX = 4
PAD_PX = 8  # inner padding of buttons and fields while unfocused
HEADING_FACTOR = 1.3  # headings are 30 % larger than body text


class Theme(NamedTuple):
    """The colours of one high-contrast theme (every pair is checked against WCAG in the tests).
    A named tuple: read-only, and cheaper to define at start-up than a frozen dataclass."""

    name: str
    window: str
    text: str
    field: str  # text fields and lists
    button: str
    border: str
    focus: str  # the focus ring
    focus_fill: str  # background of the focused control
    selected: str  # current navigation page, selected list row
    selected_text: str
    muted_text: str  # secondary text (times, hints): still 7:1
    error: str
    success: str
    disabled_text: str


DARK = Theme(
    name="dark", window="#000000", text="#FFFFFF", field="#0A0A0A", button="#141414",
    border="#7A7A7A", focus="#FFD700", focus_fill="#2E2600", selected="#002B80",
    selected_text="#FFFFFF", muted_text="#D0D0D0", error="#FF9A9A", success="#8CFF8C",
    disabled_text="#A8A8A8",
)

LIGHT = Theme(
    name="light", window="#FFFFFF", text="#000000", field="#FFFFFF", button="#F2F2F2",
    border="#888888", focus="#0030A0", focus_fill="#FFF3B0", selected="#CCE0FF",
    selected_text="#000000", muted_text="#333333", error="#A00000", success="#005A00",
    disabled_text="#555555",
)

THEMES = {t.name: t for t in (DARK, LIGHT)}


def contrast_pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, required ratio) for every pair the theme must meet."""
    text_pairs = [
        ("text on window", t.text, t.window), ("text on field", t.text, t.field),
        ("text on button", t.text, t.button), ("text on focused control", t.text, t.focus_fill),
        ("selected text", t.selected_text, t.selected), ("muted text", t.muted_text, t.window),
        ("error text", t.error, t.window), ("success text", t.success, t.window),
        ("error text on field", t.error, t.field),
    ]
    control_pairs = [
        ("border on window", t.border, t.window), ("border on field", t.border, t.field),
        ("border on button", t.border, t.button),
        ("focus ring on window", t.focus, t.window), ("focus ring on field", t.focus, t.field),
        ("focus ring on button", t.focus, t.button),
        ("focus ring on focused fill", t.focus, t.focus_fill),
        ("focus ring on selected", t.focus, t.selected),
        ("focus ring vs unfocused border", t.focus, t.border),
    ]
    return [(w, f, b, 7.0) for w, f, b in text_pairs] + [(w, f, b, 3.0)
                                                         for w, f, b in control_pairs]


def indicator_images(t: Theme, folder: Path) -> dict[str, str]:
    """Check box, radio button and drop-down arrow images in the theme's colours (SVG files in
    a cache folder).

    Qt stops drawing its own check mark once an indicator is styled, so we draw ours: a box with
    a border in the text colour (clearly visible), filled with the text colour when checked.
    """
    folder.mkdir(parents=True, exist_ok=True)
    check = (f'<path d="M6 13 L11 18 L20 7" fill="none" stroke="{t.window}" '
             'stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>')
    shapes = {
        "check-off": f'<rect x="1.5" y="1.5" width="23" height="23" rx="3" fill="{t.field}" '
                     f'stroke="{t.text}" stroke-width="3"/>',
        "check-on": f'<rect x="1.5" y="1.5" width="23" height="23" rx="3" fill="{t.text}" '
                    f'stroke="{t.text}" stroke-width="3"/>{check}',
        "radio-off": f'<circle cx="13" cy="13" r="11.5" fill="{t.field}" stroke="{t.text}" '
                     'stroke-width="3"/>',
        "radio-on": f'<circle cx="13" cy="13" r="11.5" fill="{t.field}" stroke="{t.text}" '
                    f'stroke-width="3"/><circle cx="13" cy="13" r="6" fill="{t.text}"/>',
        # Qt's own arrow is a few grey pixels: this one says "a list opens here" at a glance.
        "down-arrow": f'<path d="M4 9 L13 19 L22 9 Z" fill="{t.text}"/>',
    }
    paths = {}
    for name, shape in shapes.items():
        path = folder / f"{t.name}-{name}.svg"
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 26 26">{shape}</svg>'
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != svg:
            path.write_text(svg, encoding="utf-8")
        paths[name] = path.as_posix()
    return paths


def stylesheet(t: Theme, scale: int, image_folder: Path) -> str:
    """The application style sheet for theme ``t`` at ``scale`` percent text."""
    target = MIN_TARGET_PX
    pad = PAD_PX  # the focus ring takes FOCUS_PX - BORDER_PX of it while focused
    pad_focus = pad - (FOCUS_PX - BORDER_PX)
    indicator = max(28, round(28 * scale / 100))
    arrow = round(22 * scale / 100)
    # Here, not as a font set on each heading, so headings follow a change of text size.
    heading_pt = round(BASE_POINT_SIZE * HEADING_FACTOR * scale / 100, 1)
    images = indicator_images(t, image_folder)
    return f"""
* {{ color: {t.text}; }}
QWidget {{ background: {t.window}; color: {t.text}; }}
QMainWindow, QDialog {{ background: {t.window}; }}
QScrollArea {{ border: none; }}
QLabel {{ background: transparent; }}
QLabel[role="hint"] {{ color: {t.muted_text}; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="heading"] {{ font-weight: bold; font-size: {heading_pt:g}pt; }}

QPushButton, QToolButton {{
    background: {t.button}; color: {t.text};
    border: {BORDER_PX}px solid {t.border}; border-radius: 6px;
    padding: {pad}px {pad + 6}px; min-height: {target - 2 * (pad + BORDER_PX)}px;
    min-width: {target - 2 * (pad + BORDER_PX)}px;
}}
QPushButton:checked, QPushButton[current="true"] {{
    background: {t.selected}; color: {t.selected_text}; font-weight: bold;
}}
QPushButton:disabled {{ color: {t.disabled_text}; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QTimeEdit, QSpinBox,
QListWidget, QListView, QTableView {{
    background: {t.field}; color: {t.text};
    border: {BORDER_PX}px solid {t.border}; border-radius: 4px;
    padding: {pad}px; selection-background-color: {t.focus}; selection-color: {t.window};
}}
QLineEdit, QComboBox, QDateEdit, QTimeEdit, QSpinBox {{
    min-height: {target - 2 * (pad + BORDER_PX)}px;
}}
QCheckBox, QRadioButton {{
    background: transparent; spacing: 12px;
    border: {BORDER_PX}px solid transparent; border-radius: 6px;
    padding: {pad}px; min-height: {target - 2 * (pad + BORDER_PX)}px;
}}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QCheckBox::indicator:unchecked {{ image: url({images["check-off"]}); }}
QCheckBox::indicator:checked {{ image: url({images["check-on"]}); }}
QRadioButton::indicator:unchecked {{ image: url({images["radio-off"]}); }}
QRadioButton::indicator:checked {{ image: url({images["radio-on"]}); }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 0px; border: none; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: {arrow}px; border: none; }}
QComboBox::down-arrow {{ image: url({images["down-arrow"]}); width: {arrow}px; height: {arrow}px; }}

QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QDateEdit:focus, QTimeEdit:focus, QSpinBox:focus, QListWidget:focus,
QListView:focus, QTableView:focus, QCheckBox:focus, QRadioButton:focus {{
    border: {FOCUS_PX}px solid {t.focus}; background: {t.focus_fill};
}}
QPushButton:focus, QToolButton:focus {{ padding: {pad_focus}px {pad_focus + 6}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QTimeEdit:focus, QSpinBox:focus, QListWidget:focus, QListView:focus, QTableView:focus,
QCheckBox:focus, QRadioButton:focus {{ padding: {pad_focus}px; }}

QListWidget::item, QListView::item {{ min-height: {target}px; padding: 6px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: {t.selected}; color: {t.selected_text};
}}
QComboBox QAbstractItemView {{
    background: {t.field}; color: {t.text}; selection-background-color: {t.selected};
    selection-color: {t.selected_text};
}}
QGroupBox {{ border: {BORDER_PX}px solid {t.border}; border-radius: 6px; margin-top: 1.6em;
    padding: 8px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QScrollBar:vertical {{ width: {target}px; background: {t.window};
    border-left: {BORDER_PX}px solid {t.border}; }}
QScrollBar:horizontal {{ height: {target}px; background: {t.window};
    border-top: {BORDER_PX}px solid {t.border}; }}
QScrollBar::handle {{ background: {t.muted_text}; border-radius: 6px; margin: 6px;
    min-height: {target}px; min-width: {target}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QLabel[role="status"] {{ border-top: {BORDER_PX}px solid {t.border}; padding: 6px; }}
QToolTip {{ background: {t.field}; color: {t.text}; border: {BORDER_PX}px solid {t.border}; }}
"""


def palette(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window, QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.field, QPalette.ColorRole.AlternateBase: t.button,
        QPalette.ColorRole.Text: t.text, QPalette.ColorRole.Button: t.button,
        QPalette.ColorRole.ButtonText: t.text, QPalette.ColorRole.Highlight: t.focus,
        QPalette.ColorRole.HighlightedText: t.window, QPalette.ColorRole.ToolTipBase: t.field,
        QPalette.ColorRole.ToolTipText: t.text, QPalette.ColorRole.PlaceholderText: t.muted_text,
        QPalette.ColorRole.Link: t.focus,
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled_text))
    return p


def apply(app: QApplication, theme_name: str, scale: int, image_folder: Path) -> Theme:
    t = THEMES.get(theme_name, DARK)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    app.setPalette(palette(t))
    app.setStyleSheet(stylesheet(t, scale, image_folder))
    return t
