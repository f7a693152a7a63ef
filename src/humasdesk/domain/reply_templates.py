"""Saved replies: texts with fields such as ``{nama}`` that are filled in before he edits them.

    fill(text, values=None, author="") -> Filled

A field is a name in braces made of letters, digits and underscores, starting with a letter
(``{nama}``, ``{poli}``, ``{tanggal_kontrol}``). ``{nama}`` is the author of the message he
answers; the others he defines himself. Everything else in the text stays exactly as written:
other braces (``{ }``, ``{{``, ``{1}``), spacing and line breaks. A field with no value stays
in the text as it is, so he sees where to type, and is listed as missing.

Pure code: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, translate

AUTHOR_FIELD = "nama"
_FIELD = re.compile(r"\{([^\W\d_][\w]*)\}")


@dataclass(frozen=True)
class ReplyTemplate:
    key: str  # stable, for the store and the key that inserts it
    name: str  # English source; shown through ``title``
    language: str  # the language of the reply text: "id" or "en"
    text: str

    @property
    def title(self) -> str:
        return translate("ReplyTemplates", self.name)

    @property
    def fields(self) -> tuple[str, ...]:
        return fields(self.text)


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # fields in the text with no value (left in place)
    unused: tuple[str, ...]  # values given for fields the text does not have

    @property
    def complete(self) -> bool:
        return not self.missing

    def problem(self) -> str:
        """What is left to do, in the user's language ("" when nothing is)."""
        if not self.missing:
            return ""
        return translate("ReplyTemplates", "Still to fill in: {fields}").format(
            fields=", ".join(f"{{{name}}}" for name in self.missing))


def fields(text: str) -> tuple[str, ...]:
    """The fields of a text, each once, in the order they first appear."""
    return tuple(dict.fromkeys(match.group(1) for match in _FIELD.finditer(text)))


def fill(text: str, values: Mapping[str, str] | None = None, author: str = "") -> Filled:
    """The text with every field that has a value replaced by it. ``author`` is the value of
    ``{nama}`` unless ``values`` gives one. An empty or blank value counts as missing."""
    given = {name: value for name, value in (values or {}).items()}
    if author and not (given.get(AUTHOR_FIELD) or "").strip():
        given[AUTHOR_FIELD] = author
    missing: list[str] = []

    def value_of(match: re.Match) -> str:
        name = match.group(1)
        value = given.get(name)
        if value is None or not value.strip():
            if name not in missing:
                missing.append(name)
            return match.group(0)
        return value

    # One pass: a value that itself contains "{nama}" is not filled again.
    result = _FIELD.sub(value_of, text)
    present = set(fields(text))
    unused = tuple(name for name, value in given.items()
                   if name not in present and name != AUTHOR_FIELD and value.strip())
    return Filled(result, tuple(missing), unused)


# The replies HumasDesk starts with; he can change or delete them. The names are translated;
# each text is in the language of the followers it answers, so it is not.
DEFAULT_TEMPLATES = (
    ReplyTemplate("thanks-id", QT_TRANSLATE_NOOP("ReplyTemplates", "Thanks (Indonesian)"), "id",
                  "Terima kasih, {nama}, atas apresiasinya. Kami senang dapat melayani Anda. "
                  "Salam sehat!"),
    ReplyTemplate("thanks-en", QT_TRANSLATE_NOOP("ReplyTemplates", "Thanks (English)"), "en",
                  "Thank you, {nama}, for your kind words. We are glad we could help. "
                  "Stay healthy!"),
    ReplyTemplate("apology-id",
                  QT_TRANSLATE_NOOP("ReplyTemplates", "Apology for a complaint (Indonesian)"), "id",
                  "Mohon maaf atas ketidaknyamanannya, {nama}. Keluhan Anda sudah kami "
                  "teruskan ke {unit}. Mohon kirimkan nomor rekam medis dan nomor telepon Anda "
                  "melalui pesan langsung agar dapat segera kami tindak lanjuti."),
    ReplyTemplate("apology-en",
                  QT_TRANSLATE_NOOP("ReplyTemplates", "Apology for a complaint (English)"), "en",
                  "We are sorry for the trouble, {nama}. We have passed your complaint on to "
                  "{unit}. Please send us your medical record number and phone number by direct "
                  "message so that we can follow it up quickly."),
    ReplyTemplate("emergency-id", QT_TRANSLATE_NOOP("ReplyTemplates", "Emergency (Indonesian)"),
                  "id",
                  "{nama}, bila ini keadaan darurat, segera datang ke IGD kami yang buka 24 jam "
                  "atau hubungi 119. Anda juga dapat menelepon IGD kami di {telepon_igd}."),
    ReplyTemplate("emergency-en", QT_TRANSLATE_NOOP("ReplyTemplates", "Emergency (English)"),
                  "en",
                  "{nama}, if this is an emergency, please come to our emergency department, "
                  "open 24 hours, or call 119. You can also phone our emergency department on "
                  "{telepon_igd}."),
    ReplyTemplate("info-id",
                  QT_TRANSLATE_NOOP("ReplyTemplates", "Where to find it (Indonesian)"), "id",
                  "Halo {nama}, informasi tentang {topik} dapat dilihat di {tautan}. Bila masih "
                  "ada pertanyaan, silakan kirim pesan langsung kepada kami."),
    ReplyTemplate("info-en", QT_TRANSLATE_NOOP("ReplyTemplates", "Where to find it (English)"),
                  "en",
                  "Hello {nama}, you can find information about {topik} at {tautan}. If you "
                  "have more questions, please send us a direct message."),
)
