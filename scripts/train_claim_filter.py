#!/usr/bin/env python3
"""Learns the claim filter's weights from the hand-annotated claims (issue 4).

    python3 scripts/train_claim_filter.py .build/release/citegraph [--write] [--cv]

Training rows: every ordered pair of differently grounded mentions in every sentence of the
TUNED gold articles of Tests/Fixtures/claims (held-out ones, marked `# held-out`, are never
read), as `citegraph claim-pairs` writes them with their features. A pair is positive when a
curator recorded a claim with that subject and object in that sentence (any polarity).

Model: L2-regularised logistic regression, trained by Adagrad over a fixed shuffle (the same
bytes every run). `--cv` first reports leave-one-article-out figures: for each article, a model
trained on the others scores its pairs, and precision/recall of the claim reader's readings
kept at each threshold are summed over articles (the reader's rules were tuned on these
articles, so its own precision is higher here than on unseen ones); then the same on the
readings the rules of their day made for held-out rounds 1-4 before any rule was tuned on them
(Tests/Fixtures/claims/past-readings/), the estimate the threshold was chosen from. `--write` writes Sources/Extract/Resources/Lexicon/
claim-filter.tsv (features seen at least twice, weights rounded to 4 decimals).
"""
import math
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_claims import GOLD, input_for, norm, read_gold  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, 'Sources', 'Extract', 'Resources', 'Lexicon', 'claim-filter.tsv')
# The threshold on the probability: a reading is kept at or above it.
PAST = os.path.join(GOLD, 'past-readings', 'rounds-1-4.tsv')
THRESHOLD = 0.5
L2 = 1e-3
EPOCHS = 12
RATE = 0.1


def tuned_articles():
    """(name, input path, set of (subject, object, sentence) a curator recorded) per tuned article."""
    articles = []
    for name in sorted(os.listdir(GOLD)):
        if not name.endswith('.tsv') or name.endswith('.entities.tsv'):
            continue
        source, gold, held_out = read_gold(os.path.join(GOLD, name))
        if held_out:
            continue
        path = input_for(name[:-4], source)
        if not path or not os.path.exists(path):
            print(f'{name[:-4]}: input not found; skipped', file=sys.stderr)
            continue
        articles.append((name[:-4], path, {(s, o, t) for s, o, _, _, t in gold},
                         {(s, o, p, t) for s, o, p, _, t in gold}))
    return articles


def pairs(binary, path):
    """The rows of `citegraph claim-pairs path`: (features, read by the rules?, key, sentence id)."""
    done = subprocess.run([binary, 'claim-pairs', path], capture_output=True, text=True, check=True)
    rows = []
    for line in done.stdout.splitlines()[1:]:
        doc, sentence_id, subject, obj, read, features, sentence = line.split('\t')
        rows.append((features.split(' '), read != '-', (subject, obj, norm(sentence)), sentence_id))
    return rows


def train(examples):
    """Weights (dict) and bias from (features, label) examples."""
    counts = {}
    for features, _ in examples:
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
    kept = {f for f, n in counts.items() if n >= 2}
    weights, squares = {}, {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(examples)))
    rng = random.Random(4)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            features, label = examples[i]
            active = [f for f in features if f in kept]
            score = bias + sum(weights.get(f, 0.0) for f in active)
            p = 1 / (1 + math.exp(-max(-30, min(30, score))))
            gradient = p - label
            bias_square += gradient * gradient
            bias -= RATE * gradient / math.sqrt(bias_square)
            for f in active:
                g = gradient + L2 * weights.get(f, 0.0)
                squares[f] = squares.get(f, 1e-8) + g * g
                weights[f] = weights.get(f, 0.0) - RATE * g / math.sqrt(squares[f])
    return weights, bias


def probability(model, features):
    weights, bias = model
    score = bias + sum(weights.get(f, 0.0) for f in features)
    return 1 / (1 + math.exp(-max(-30, min(30, score))))


def cross_validate(data):
    """Leave-one-article-out: precision/recall of the readings kept at each threshold."""
    thresholds = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
    kept_right = dict.fromkeys(thresholds, 0)
    kept_all = dict.fromkeys(thresholds, 0)
    pair_right = dict.fromkeys(thresholds, 0)
    pair_all = dict.fromkeys(thresholds, 0)
    gold_total = 0
    for name, rows, gold, _ in data:
        examples = [(f, 1 if key in other_gold else 0) for other, other_rows, other_gold, _ in data
                    if other != name for f, _, key, _ in other_rows]
        model = train(examples)
        gold_total += len(gold)
        # A (subject, object, sentence) key counts once, at its best mention pair's score.
        scores, pair_scores = {}, {}
        for features, read, key, _ in rows:
            p = probability(model, features)
            pair_scores[key] = max(pair_scores.get(key, 0.0), p)
            if read:
                scores[key] = max(scores.get(key, 0.0), p)
        for key, p in pair_scores.items():
            for t in thresholds:
                if p >= t:
                    pair_all[t] += 1
                    pair_right[t] += key in gold
        for key, p in scores.items():
            for t in thresholds:
                if p >= t:
                    kept_all[t] += 1
                    kept_right[t] += key in gold
        print(f'  {name}: {sum(1 for k in scores if k in gold)}/{len(scores)} read pairs right',
              file=sys.stderr)
    print('threshold  readings kept (right/all, P, R of gold pairs)   all pairs as claims (P, R)')
    for t in thresholds:
        p = kept_right[t] / kept_all[t] if kept_all[t] else 0
        pp = pair_right[t] / pair_all[t] if pair_all[t] else 0
        print(f'  {t:.1f}     {kept_right[t]:4d}/{kept_all[t]:4d}  P {p:.2f}  R {kept_right[t] / gold_total:.2f}'
              f'      {pair_right[t]:5d}/{pair_all[t]:6d}  P {pp:.2f}  R {pair_right[t] / gold_total:.2f}')


def past_readings_check(data):
    """The filter on readings as unseen articles get them: the readings the rules of their day
    made for held-out rounds 1-4 (PAST), each article's scored by a model trained on the other
    articles; a reading is right when today's gold has it (subject, object, polarity, sentence)."""
    past = {}
    with open(PAST, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('doc\t'):
                continue
            doc, _, sentence_id, subject, obj, polarity, sentence = line.rstrip('\n').split('\t')
            past.setdefault(doc, []).append((sentence_id, subject, obj, polarity, norm(sentence)))
    thresholds = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
    kept = {t: [0, 0] for t in thresholds}
    skipped = 0
    for name, rows, _, polar_gold in data:
        if name not in past:
            continue
        model = train([(f, 1 if key in other_gold else 0) for other, other_rows, other_gold, _ in data
                       if other != name for f, _, key, _ in other_rows])
        by_pair = {(sid, key[0], key[1]): (f, key[2]) for f, _, key, sid in rows}
        for sentence_id, subject, obj, polarity, sentence in past[name]:
            found = by_pair.get((sentence_id, subject, obj))
            if not found or found[1] != sentence:
                skipped += 1  # the sentence or its mentions read differently today
                continue
            features, text = found
            right = (subject, obj, polarity, text) in polar_gold
            p = probability(model, features)
            for t in thresholds:
                if p >= t:
                    kept[t][0] += right
                    kept[t][1] += 1
    print(f'past readings of held-out rounds 1-4 ({skipped} not comparable today): kept right/all, P')
    for t in thresholds:
        right, total = kept[t]
        print(f'  {t:.1f}  {right:4d}/{total:4d}  P {right / total if total else 0:.2f}')


def main():
    binary = os.path.abspath(sys.argv[1])
    data = []
    for name, path, gold, polar_gold in tuned_articles():
        data.append((name, pairs(binary, path), gold, polar_gold))
    if '--cv' in sys.argv:
        cross_validate(data)
        past_readings_check(data)
    if '--write' in sys.argv:
        examples = [(f, 1 if key in gold else 0) for _, rows, gold, _ in data for f, _, key, _ in rows]
        weights, bias = train(examples)
        with open(OUTPUT + '.tmp', 'w', encoding='utf-8') as out:
            out.write('# Claim filter weights: written by scripts/train_claim_filter.py from the tuned\n')
            out.write('# gold claims of Tests/Fixtures/claims; do not edit by hand.\n')
            out.write(f'#bias\t{bias:.4f}\n#threshold\t{THRESHOLD}\n')
            for feature in sorted(weights):
                if round(weights[feature], 4) != 0:
                    out.write(f'{feature}\t{weights[feature]:.4f}\n')
        os.replace(OUTPUT + '.tmp', OUTPUT)
        print(f'wrote {OUTPUT}: {len(weights)} weights from {len(examples)} pairs')


if __name__ == '__main__':
    main()
