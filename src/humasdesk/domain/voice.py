"""Voice commands: what he said, matched to an action of the registry. Pure: no audio here.

The commands are built from whatever the action registry holds (``domain/actions.py``): each
action's label in Indonesian and in English, plus the other ways to say it its entry lists.
An action that takes an argument is said as its words followed by the argument: a time phrase
("jadwalkan besok jam sembilan", "schedule tomorrow at nine", read by ``domain/when.py`` after
number words became digits) or an account ("pilih akun Facebook", "lewati Instagram").

Matching is tolerant: fillers ("eh", "tolong", "please") are dropped, and close words still
match (a similarity of letters, so "buka antrian" is "buka antrean"). When two commands are
about as close, or the best one is only fairly close, the outcome is a question; when nothing
is close, nothing runs and he is told so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from enum import StrEnum

from .i18n import translate
from .timezones import TimeInputError, zone_info
from .when import parse_when

FILLERS = frozenset({
    "eh", "ehm", "em", "emm", "hmm", "uh", "um", "umm", "er", "erm", "ah", "tolong", "please",
    "coba", "dong", "deh", "nah", "kindly", "mohon", "silakan", "okay", "oke", "ok",
})
YES = frozenset({"ya", "iya", "yes", "yeah", "yep", "benar", "betul", "lanjut", "lanjutkan",
                 "setuju", "confirm", "boleh"})
NO = frozenset({"tidak", "nggak", "enggak", "gak", "no", "nope", "jangan", "bukan", "batal",
                "cancel", "stop"})

SURE = 0.8  # at least this close: it is what he said
CLOSE = 0.6  # at least this close: ask whether he meant it
MARGIN = 0.08  # two commands within this of each other: ask which one


class Outcome(StrEnum):
    RUN = "run"  # understood; runs at once
    CONFIRM = "confirm"  # understood; public or destructive, so "ya" or "tidak" first
    ASK = "ask"  # close to one or two commands: "Maksud Anda …?"
    INCOMPLETE = "incomplete"  # the command was understood, its argument was not
    UNKNOWN = "unknown"  # nothing close: nothing runs


@dataclass(frozen=True)
class VoiceCommand:
    action_id: str
    label: str  # what is shown and said when it is understood (interface language)
    phrases: tuple[str, ...]  # normalised, both languages
    confirm: bool = False
    argument: str = ""  # "", "when" or "account"


@dataclass(frozen=True)
class Target:
    """Something an "account" argument can name: an account by its name or its platform's."""

    id: int
    name: str
    platform: str  # the platform's display name ("Facebook Page")

    def spoken(self) -> tuple[str, ...]:
        """The ways to name it: its name, its platform's name, and that name's first word
        ("Facebook" for "Facebook Page")."""
        platform = normalise(self.platform.replace("(", " ").replace(")", " "))
        return tuple(dict.fromkeys(n for n in (normalise(self.name), platform,
                                               platform.split(" ")[0] if platform else "") if n))


@dataclass(frozen=True)
class Understood:
    heard: str
    outcome: Outcome
    command: VoiceCommand | None = None
    arguments: dict = field(default_factory=dict)  # {"when": datetime} or {"account": Target}
    choices: tuple[VoiceCommand, ...] = ()  # for ASK: the commands he may have meant
    message: str = ""  # translated: what is shown and said

    @property
    def action(self) -> str | None:
        return self.command.action_id if self.outcome in (Outcome.RUN, Outcome.CONFIRM) \
            and self.command else None

    def json_arguments(self, zone: str) -> dict:
        """The arguments as plain values: a time in ISO 8601 in ``zone``, an account's id."""
        result = {}
        for key, value in self.arguments.items():
            if isinstance(value, datetime):
                result[key] = value.astimezone(zone_info(zone)).isoformat()
            elif isinstance(value, Target):
                result[key] = {"id": value.id, "name": value.name}
            else:
                result[key] = value
        return result


def words(text: str) -> list[str]:
    """Lower case words without the punctuation recognisers add; fillers dropped; "9.00" kept."""
    tokens = [token.strip(".,!?;:\"'“”‘’…()[]") for token in text.casefold().split()]
    return [token for token in tokens if token and token not in FILLERS]


def normalise(text: str) -> str:
    return " ".join(words(text))


def build_commands(specs: Iterable, names: Callable[[str, str], str],
                   languages: Sequence[str] = ("id", "en")) -> list[VoiceCommand]:
    """A command per action in ``specs`` (``ActionSpec``): ``names(language, label)`` gives the
    label in a language; the interface-language label is the one shown."""
    commands = []
    for spec in specs:
        phrases = [normalise(names(language, spec.label)) for language in languages]
        phrases += [normalise(phrase) for phrase in getattr(spec, "spoken", ())]
        unique = tuple(dict.fromkeys(p for p in phrases if p))
        commands.append(VoiceCommand(spec.id, names("", spec.label), unique,
                                     bool(getattr(spec, "confirm", False)),
                                     getattr(spec, "argument", "")))
    return commands


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


# -- numbers said as words, for the time phrases ---------------------------------------------

_ID_UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
             "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "se": 1}
_EN_UNITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
             "forty": 40, "fifty": 50}


def _number_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(value, tokens used) for a number said in words at ``tokens[i]``."""
    token = tokens[i]
    if token.isdigit():
        return int(token), 1
    if token in _ID_UNITS and token != "se":
        value, used = _ID_UNITS[token], 1
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt == "belas" and value < 10:
            return value + 10, 2
        if nxt == "puluh" and value < 10:
            value, used = value * 10, 2
            unit = tokens[i + 2] if i + 2 < len(tokens) else ""
            if unit in _ID_UNITS and 0 < _ID_UNITS[unit] < 10 and unit != "se":
                return value + _ID_UNITS[unit], 3
        return value, used
    if token in ("sebelas", "sepuluh"):
        return _ID_UNITS[token], 1
    if token in _EN_UNITS:
        value = _EN_UNITS[token]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if value >= 20 and nxt in _EN_UNITS and 0 < _EN_UNITS[nxt] < 10:
            return value + _EN_UNITS[nxt], 2
        return value, 1
    return None


def spoken_time(text: str) -> str:
    """Number words as digits, in the forms ``parse_when`` reads: "besok jam sembilan" ->
    "besok jam 9", "nine thirty a m" -> "9.30 am", "setengah sepuluh" -> "9.30",
    "in two hours" -> "in 2 hours"."""
    tokens = text.casefold().replace("o'clock", "").replace("oclock", "").split()
    tokens = ["am" if t in ("a.m.", "a.m") else "pm" if t in ("p.m.", "p.m") else t
              for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("a", "p") and i + 1 < len(tokens) and tokens[i + 1] in ("m", "m."):
            out.append(token + "m")
            i += 2
            continue
        if token == "setengah" and i + 1 < len(tokens):  # "setengah sepuluh" is 9.30
            number = _number_at(tokens, i + 1)
            if number is not None and 1 <= number[0] <= 24:
                out.append(f"{number[0] - 1}.30")
                i += 1 + number[1]
                continue
        number = _number_at(tokens, i)
        if number is None:
            out.append(token)
            i += 1
            continue
        value, used = number
        i += used
        after_hour = out and out[-1] in ("jam", "pukul", "at")
        if after_hour and i < len(tokens):  # "nine thirty", "sembilan tiga puluh"
            minute = _number_at(tokens, i)
            if minute is not None and 0 <= minute[0] < 60 and tokens[i] not in ("lagi",):
                following = tokens[i + minute[1]] if i + minute[1] < len(tokens) else ""
                if following not in ("menit", "minutes", "minute", "jam", "hours"):
                    out.append(f"{value}.{minute[0]:02d}")
                    i += minute[1]
                    continue
        out.append(str(value))
    return " ".join(out)


# -- matching -----------------------------------------------------------------------------------

@dataclass
class _Candidate:
    command: VoiceCommand
    score: float
    rest: str  # the words after the command's own words (its argument)
    phrase: str = ""  # the way of saying it that came closest


def _candidates(heard: list[str], commands: Sequence[VoiceCommand]) -> list[_Candidate]:
    best: dict[str, _Candidate] = {}
    joined = " ".join(heard)
    for command in commands:
        for phrase in command.phrases:
            length = len(phrase.split())
            if command.argument:
                if len(heard) <= length:
                    score, rest = similarity(joined, phrase), ""
                else:
                    score = similarity(" ".join(heard[:length]), phrase)
                    rest = " ".join(heard[length:])
            else:
                score, rest = similarity(joined, phrase), ""
            current = best.get(command.action_id)
            if current is None or score > current.score or (
                    score == current.score and len(rest) < len(current.rest)):
                best[command.action_id] = _Candidate(command, score, rest, phrase)
    return sorted(best.values(), key=lambda c: -c.score)


def _account(rest: str, targets: Sequence[Target]) -> Target | None:
    rest = normalise(rest).removeprefix("akun ").removeprefix("account ")
    scored = []
    for target in targets:
        for name in target.spoken():
            scored.append((similarity(rest, name), target))
    scored.sort(key=lambda pair: -pair[0])
    if scored and scored[0][0] >= SURE and (len(scored) == 1 or scored[0][1] == scored[1][1]
                                            or scored[1][0] < scored[0][0] - MARGIN / 2):
        return scored[0][1]
    return None


def understood_message(command: VoiceCommand, arguments: dict, zone: str) -> str:
    shown = command.label
    when = arguments.get("when")
    if isinstance(when, datetime):
        local = when.astimezone(zone_info(zone))
        shown += " " + local.strftime("%d-%m-%Y %H:%M")
    account = arguments.get("account")
    if isinstance(account, Target):
        shown += f": {account.name}"
    if command.confirm:
        return translate("Voice", "Understood: “{command}”. Say “ya” to go ahead or “tidak” "
                                  "to stop, or press Enter or Escape.").format(command=shown)
    return translate("Voice", "Understood: “{command}”.").format(command=shown)


def available(commands: Sequence[VoiceCommand], page: str | None) -> list[VoiceCommand]:
    """The commands that make sense on ``page``: an action that belongs to a page ("queue.*")
    only there; going to a page and the app's own actions everywhere."""
    if page is None:
        return list(commands)
    pages = {c.action_id.removeprefix("page.") for c in commands
             if c.action_id.startswith("page.")}
    return [c for c in commands
            if c.action_id.partition(".")[0] not in pages or c.action_id.startswith(page + ".")]


def match(heard: str, commands: Sequence[VoiceCommand], *, now: datetime, zone: str,
          targets: Sequence[Target] = (), page: str | None = None) -> Understood:
    """What ``heard`` asks for, among the ``commands`` available on ``page``."""
    commands = available(commands, page)
    said = words(heard)
    if not said:
        return Understood(heard, Outcome.UNKNOWN, message=translate(
            "Voice", "Nothing was heard. Nothing was done."))
    candidates = _candidates(said, commands)
    if not candidates or candidates[0].score < CLOSE:
        return Understood(heard, Outcome.UNKNOWN, message=translate(
            "Voice", "“{heard}” is not a command. Nothing was done. “Find an action” (Ctrl+K) "
                     "lists what you can say.").format(heard=heard))
    best = candidates[0]
    runner_up = next((c for c in candidates[1:] if c.score >= max(CLOSE, best.score - MARGIN)),
                     None)
    if best.score < SURE or runner_up is not None:
        close = (best,) + ((runner_up,) if runner_up else ())
        choices = tuple(c.command for c in close)
        # Asked in his words: "Maksud Anda 'buka antrean' atau 'buka akun'?"
        return Understood(heard, Outcome.ASK, choices=choices,
                          message=question(choices, [c.phrase for c in close]))
    command = best.command
    arguments: dict = {}
    if command.argument == "when":
        try:
            arguments["when"] = parse_when(spoken_time(best.rest), zone, now)
        except TimeInputError as problem:
            return Understood(heard, Outcome.INCOMPLETE, command, message=translate(
                "Voice", "“{command}”: when? {problem}").format(
                command=command.label, problem=problem))
    elif command.argument == "account":
        target = _account(best.rest, targets)
        if target is None:
            return Understood(heard, Outcome.INCOMPLETE, command, message=translate(
                "Voice", "“{command}”: which account? Say its name or its platform, for "
                         "example “{example}”.").format(
                command=command.label,
                example=f"{command.phrases[0]} {targets[0].platform if targets else 'Facebook'}"))
        arguments["account"] = target
    outcome = Outcome.CONFIRM if command.confirm else Outcome.RUN
    return Understood(heard, outcome, command, arguments,
                      message=understood_message(command, arguments, zone))


def question(choices: Sequence[VoiceCommand], said: Sequence[str] = ()) -> str:
    """The question for close commands, with the words he would say (or their labels)."""
    names = list(said) or [c.label for c in choices]
    if len(choices) == 1:
        return translate("Voice", "Did you mean “{first}”? Say “ya” or “tidak”.").format(
            first=names[0])
    if names[0] == names[1]:  # the same words for two actions: tell them apart by label
        names = [c.label for c in choices]
    return translate("Voice", "Did you mean “{first}” or “{second}”? Say the one you "
                              "meant.").format(first=names[0], second=names[1])


def answer(heard: str) -> bool | None:
    """A spoken yes (True) or no (False); None when it is neither."""
    said = words(heard)
    if not said:
        return None
    if said[0] in YES or (len(said) > 1 and said[-1] in YES and not set(said) & NO):
        return True
    if said[0] in NO or set(said) & NO:
        return False
    return None


def is_wake_phrase(heard: str, phrases: Iterable[str]) -> str | None:
    """The rest of ``heard`` after a wake phrase at its start ("halo humas, buka antrean"),
    or None when it does not start with one."""
    said = words(heard)
    for phrase in phrases:
        wanted = phrase.split()
        if len(said) >= len(wanted) and similarity(" ".join(said[:len(wanted)]),
                                                   phrase) >= SURE:
            return " ".join(said[len(wanted):])
    return None


WAKE_PHRASES = ("halo humas", "hello humas", "perintah", "command")

__all__ = ["Outcome", "Target", "Understood", "VoiceCommand", "answer", "build_commands",
           "is_wake_phrase", "match", "normalise", "question", "spoken_time", "words",
           "WAKE_PHRASES"]
