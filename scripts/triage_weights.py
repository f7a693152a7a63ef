#!/usr/bin/env python3
"""Learn the triage word weights from the tuning ("dev") part of the labelled set and write
them to src/humasdesk/domain/triage_rules/learned_weights.tsv.

A logistic regression per label (complaint, urgent) over the features triage itself extracts
(``humasdesk.domain.triage._features``), trained by stochastic gradient descent with a fixed
seed, so the same set gives the same file. The held-out part is never read here: it stays a
fair test of the result.

    python scripts/triage_weights.py [--check]

``--check`` exits 1 when the file differs from what the set gives (the set or the rules
changed and the weights were not learned again).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from humasdesk.domain import triage  # noqa: E402

LABELLED_SET = ROOT / "tests" / "data" / "triage" / "messages.jsonl"
OUTPUT = ROOT / "src" / "humasdesk" / "domain" / "triage_rules" / triage.LEARNED_FILE
LABELS = (triage.COMPLAINT, triage.URGENT)
EPOCHS, RATE, L2, SEED = 30, 0.3, 1e-3, 1
SMALLEST = 0.01  # weights closer to zero than this are left out of the file


def features_of(text: str) -> list[str]:
    rules = triage._rules()
    tokens = triage._Text(text)
    counted, cancelled, guessed = triage._rule_evidence(tokens, rules)
    return sorted(triage._features(tokens, guessed, {m.phrase.label for m, _ in counted},
                                   {m.phrase.label for m, _ in cancelled}))


def train(rows: list[tuple[list[str], float]]) -> tuple[float, dict[str, float]]:
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            features, wanted = rows[index]
            score = bias + sum(weights.get(f, 0.0) for f in features)
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            step = RATE * (probability - wanted)
            bias -= step
            for feature in features:
                weights[feature] = weights.get(feature, 0.0) * (1 - RATE * L2) - step
    return bias, weights


def learned_file() -> str:
    with LABELLED_SET.open(encoding="utf-8") as lines:
        examples = [json.loads(line) for line in lines if line.strip()]
    dev = [e for e in examples if e["split"] == "dev"]
    featured = [(features_of(e["text"]), e) for e in dev]
    out = [
        "# Learned word weights for triage. Made by scripts/triage_weights.py from the tuning",
        f"# part of tests/data/triage/messages.jsonl ({len(dev)} messages); do not edit by hand,",
        "# run the script again. label<TAB>feature<TAB>weight; a label the rules did not set is",
        "# set when the bias plus the weights of the message's features reach 0. Features:",
        "# word:W a word, not:W a word shortly after a negator, guess:W a word inside a guess,",
        "# pair:W W two words in a row, rule:L / cancelled:L the rules found / cancelled label L,",
        "# mark:? a question mark.",
    ]
    for label in LABELS:
        bias, weights = train([(f, 1.0 if e[label] else 0.0) for f, e in featured])
        out.append(f"{label}\t(bias)\t{bias:.4f}")
        kept = sorted(((f, w) for f, w in weights.items() if abs(w) >= SMALLEST),
                      key=lambda item: (-abs(item[1]), item[0]))
        out += [f"{label}\t{feature}\t{weight:.4f}" for feature, weight in kept]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    text = learned_file()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run scripts/triage_weights.py")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
