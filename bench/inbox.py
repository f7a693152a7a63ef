#!/usr/bin/env python3
"""Inbox benchmarks. Each section is a function that prints its own lines and returns its
figures; ``main`` runs the sections asked for and prints the headline figure last.

Triage (``triage_section``):
- the time to classify 1,000 messages from the labelled set (cycled, each made unique so
  nothing is served from a cache of whole messages), after the rules are loaded; goal: at
  most 50 ms in total. Both the process's CPU time and the wall-clock time are printed: on a
  shared machine the wall clock also counts time spent waiting for a core.
- precision and recall for ``complaint`` and ``urgent`` on the labelled set
  (``tests/data/triage/messages.jsonl``): on the dev part the rules were tuned on, on the
  held-out part they were not, and on the whole set; goal: both at least 0.9, no missed
  emergency.

    python bench/inbox.py [--section triage] [--rounds 5] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

LABELLED_SET = ROOT / "tests" / "data" / "triage" / "messages.jsonl"
SPLITS = ("dev", "held-out", "all")
MEASURED = ("complaint", "urgent")


def load_labelled(path: Path = LABELLED_SET) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@dataclass(frozen=True)
class Score:
    label: str
    split: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    def line(self) -> str:
        return (f"{self.label:<9} {self.split:<8}  precision {self.precision:.3f}  "
                f"recall {self.recall:.3f}  (TP {self.true_positives}, "
                f"FP {self.false_positives}, FN {self.false_negatives})")


def score(examples: list[dict], classify=None) -> tuple[dict[tuple[str, str], Score], list]:
    """Scores per (label, split), and the mistakes as (split, label, expected, text, result)."""
    if classify is None:
        from humasdesk.domain.triage import classify
    counts = {(label, split): [0, 0, 0] for label in MEASURED + ("question",)
              for split in SPLITS}
    mistakes = []
    for example in examples:
        result = classify(example["text"])
        for label in MEASURED + ("question",):
            expected, got = example[label], getattr(result, label)
            for split in (example["split"], "all"):
                row = counts[(label, split)]
                if expected and got:
                    row[0] += 1
                elif got:
                    row[1] += 1
                elif expected:
                    row[2] += 1
            if expected != got:
                mistakes.append((example["split"], label, expected, example["text"], result))
    return {key: Score(key[0], key[1], *row) for key, row in counts.items()}, mistakes


def triage_section(rounds: int = 5, show_errors: str = "") -> dict:
    started = time.perf_counter()
    from humasdesk.domain.triage import _rules, classify

    _rules()
    load_ms = (time.perf_counter() - started) * 1000
    examples = load_labelled()
    texts = [f"{examples[i % len(examples)]['text']} {i}" for i in range(1000)]
    cpu, wall = [], []
    for _ in range(rounds):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        for text in texts:
            classify(text)
        cpu.append((time.process_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
    print(f"triage: rules loaded (with the import) in {load_ms:.0f} ms")
    print(f"triage: 1,000 messages in {min(cpu):.1f} ms of CPU time, {min(wall):.1f} ms wall "
          f"clock (best of {rounds}; goal ≤ 50 ms)")
    scores, mistakes = score(examples)
    print(f"triage: labelled set {LABELLED_SET.relative_to(ROOT)}: {len(examples)} messages, "
          f"{sum(e['split'] == 'dev' for e in examples)} dev, "
          f"{sum(e['split'] == 'held-out' for e in examples)} held out")
    for label in MEASURED + ("question",):
        for split in SPLITS:
            print("  " + scores[(label, split)].line())
    missed = [m for m in mistakes if m[1] == "urgent" and m[2]]
    print(f"triage: missed emergencies: {len(missed)}")
    for split, label, expected, text, result in mistakes:
        if show_errors and (show_errors == "all" or show_errors == split):
            kind = "missed" if expected else "wrongly"
            print(f"    [{split}] {kind} {label}: {text!r}  {list(result.reasons)}")
    worst = min(min(scores[(label, "all")].precision, scores[(label, "all")].recall)
                for label in MEASURED)
    return {"cpu_ms": min(cpu), "wall_ms": min(wall), "scores": scores,
            "missed_emergencies": len(missed), "worst_all": worst}


def sync_section() -> dict:
    """5,000 new items read over HTTP into the store (bench/inbox_store.py)."""
    from inbox_store import sync_figures

    seconds, stored = sync_figures(10, 5000)
    print(f"sync: {stored:,} new items from 10 accounts over HTTP in {seconds:.2f} s "
          f"({stored / seconds:,.0f} items/s, triage included)", flush=True)
    return {"seconds": seconds, "stored": stored}


def views_section() -> dict:
    """Each view's first rows with 50,000 items stored (bench/inbox_store.py)."""
    from inbox_store import view_figures

    figures = view_figures(50_000, 50)
    for name, ms in figures.items():
        print(f"  {name:<12} {ms:7.2f} ms (median of 50)")
    return figures


SECTIONS = {"triage": triage_section, "sync": sync_section, "views": views_section}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", action="append", choices=sorted(SECTIONS),
                        help="run only this section (repeat for several)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--errors", choices=("dev", "held-out", "all"), default="",
                        help="list the labelled messages triage gets wrong in this part")
    args = parser.parse_args(argv)
    results = {}
    for name in args.section or list(SECTIONS):
        if name == "triage":
            results[name] = triage_section(args.rounds, args.errors)
        else:
            results[name] = SECTIONS[name]()
    if "sync" in results:
        print(f"sync of {results['sync']['stored']:,} new items: "
              f"{results['sync']['seconds']:.2f} s")
    if "views" in results:
        print(f"priority view, first 50 rows with 50,000 stored: "
              f"{results['views']['priority']:.2f} ms (goal 100 ms)")
    if "triage" in results:
        triage = results["triage"]
        print(f"triage of 1,000 messages: {triage['cpu_ms']:.1f} ms CPU; worst precision or "
              f"recall (complaint, urgent, whole set): {triage['worst_all']:.3f}; missed "
              f"emergencies: {triage['missed_emergencies']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
