#!/usr/bin/env python3
"""Precision and recall of citegraph's claims and entity groundings against hand annotations.

    python3 scripts/eval_claims.py .build/release/citegraph

For each Tests/Fixtures/claims/<doc>.tsv (subject, object, polarity, kind, sentence), runs
`citegraph run --formats csv` on the matching input (corpus/<doc>.txt, or the JATS file named in
the TSV's `# source:` line, looked up first in Tests/Fixtures/claims/articles/ (committed
held-out articles, see SOURCES.tsv there) and then under ../shared/corpus-real/jats/) and
compares claims.csv:
a predicted claim matches a gold claim with the same subject CURIE, object CURIE and polarity
read from the same sentence (whitespace-normalised text); a symmetric claim (polarity 0: binds,
associated_with) matches in either order. Recall is reported for all gold
claims and for the explicit ones (kind = explicit). A TSV with a `# held-out` line was annotated
after the rules were written and is never tuned on: its figures are summed apart (HELD-OUT)
from the tuned set (TUNED), and ALL sums both. So that a held-out article is not read while
tuning, `-v` lists false positives and negatives of tuned articles only, and `--tuned` skips
the held-out articles altogether. Entity grounding: every (surface, CURIE) of
Tests/Fixtures/claims/<doc>.entities.tsv is looked up among the mentions of the sentences that
contain it (entities.csv gives CURIEs; mentions come from `citegraph extract` JSON); a CURIE
`none` is right when the surface gets no mention.
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, 'Tests', 'Fixtures', 'claims')
SHARED_JATS = os.path.join(os.path.dirname(ROOT), 'shared', 'corpus-real', 'jats')
ARTICLES = os.path.join(GOLD, 'articles')


def norm(text):
    """White space collapsed, and none before closing punctuation, as citegraph's sentence text
    has it (a citation marker removed from `adduct [12].` leaves `adduct .` in hand-copied text)."""
    return re.sub(r' ([.,;:)])', r'\1', ' '.join(text.split()))


def read_gold(path):
    source, rows, held_out = None, [], False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('# source:'):
                source = line.split(':', 1)[1].strip()
            if line.strip() == '# held-out':
                held_out = True
            if line.startswith('#') or line.startswith('subject\t') or not line.strip():
                continue
            s, o, p, kind, sentence = line.rstrip('\n').split('\t')
            rows.append((s, o, p, kind, norm(sentence)))
    return source, rows, held_out


def input_for(name, source):
    if source:
        local = os.path.join(ARTICLES, source)
        return local if os.path.exists(local) else os.path.join(SHARED_JATS, source)
    for ext in ('txt', 'md', 'xml', 'nxml'):
        path = os.path.join(ROOT, 'corpus', f'{name}.{ext}')
        if os.path.exists(path):
            return path
    return None


def run(binary, path, out):
    subprocess.run([binary, 'run', '--formats', 'csv', '--out', out, path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    doc = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(out, doc, 'claims.csv'), encoding='utf-8') as f:
        claims = list(csv.DictReader(f))
    work = os.path.join(out, 'work')
    os.makedirs(work, exist_ok=True)
    subprocess.run([binary, 'ingest', path, '-o', os.path.join(work, 'in.json')], check=False,
                   stderr=subprocess.DEVNULL)
    subprocess.run([binary, 'extract', os.path.join(work, 'in.json'), '-o',
                    os.path.join(work, 'out.json')], check=False, stderr=subprocess.DEVNULL)
    with open(os.path.join(work, 'out.json'), encoding='utf-8') as f:
        mentions = json.load(f)['document']['entities']
    return claims, mentions


def oriented(claim, gold_set):
    """`claim` turned around when it is symmetric (polarity 0: binds, associated_with) and the
    gold has it the other way round: `A binds B` and `B binds A` are one claim."""
    s, o, p, t = claim
    if p == '0' and claim not in gold_set and (o, s, p, t) in gold_set:
        return (o, s, p, t)
    return claim


def ratio(a, b):
    return a / b if b else 0.0


def precision(correct, predicted):
    """Precision as text: undefined (n/a) when nothing was predicted."""
    return f'{correct / predicted:.2f}' if predicted else 'n/a (nothing predicted)'


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '.build', 'release', 'citegraph')
    keys = ('tp', 'pred', 'gold', 'gold_explicit', 'found_explicit', 'ent_ok', 'ent_wrong', 'ent_all')
    groups = {'TUNED': dict.fromkeys(keys, 0), 'HELD-OUT': dict.fromkeys(keys, 0)}
    for name in sorted(os.listdir(GOLD)):
        if not name.endswith('.tsv') or name.endswith('.entities.tsv'):
            continue
        doc = name[:-4]
        source, gold, held_out = read_gold(os.path.join(GOLD, name))
        if held_out and '--tuned' in sys.argv:
            continue
        totals = groups['HELD-OUT' if held_out else 'TUNED']
        path = input_for(doc, source)
        if not path or not os.path.exists(path):
            print(f'{doc}: input not found ({source or "corpus/"}); skipped')
            continue
        with tempfile.TemporaryDirectory() as out:
            claims, mentions = run(binary, path, out)
        gold_set = {(s, o, p, t) for s, o, p, _, t in gold}
        predicted = {oriented((c['subject_id'], c['object_id'], c['polarity'], norm(c['sentence'])),
                              gold_set) for c in claims}
        explicit = {(s, o, p, t) for s, o, p, k, t in gold if k == 'explicit'}
        tp = predicted & gold_set
        fp = sorted(predicted - gold_set)
        fn = sorted(gold_set - predicted)
        print(f'{doc}{" (held-out)" if held_out else ""}: claims predicted {len(predicted)}, gold {len(gold_set)} '
              f'({len(explicit)} explicit), correct {len(tp)}; precision '
              f'{precision(len(tp), len(predicted))}, recall {ratio(len(tp), len(gold_set)):.2f}, '
              f'recall on explicit {ratio(len(tp & explicit), len(explicit)):.2f}')
        if '-v' in sys.argv and not held_out:
            for s, o, p, t in fp:
                print(f'    FP {s} {p} {o} | {t[:90]}')
            for s, o, p, t in fn:
                print(f'    FN {s} {p} {o} | {t[:90]}')
        totals['tp'] += len(tp)
        totals['pred'] += len(predicted)
        totals['gold'] += len(gold_set)
        totals['gold_explicit'] += len(explicit)
        totals['found_explicit'] += len(tp & explicit)
        entity_gold = os.path.join(GOLD, f'{doc}.entities.tsv')
        if os.path.exists(entity_gold):
            found = {(m['text'], m['grounding']) for m in mentions}
            texts = {m['text'] for m in mentions}
            ok = wrong = missed = 0
            with open(entity_gold, encoding='utf-8') as f:
                for line in f:
                    if line.startswith('#') or line.startswith('surface\t') or not line.strip():
                        continue
                    surface, curie = line.rstrip('\n').split('\t')[:2]
                    # `none`: the surface names nothing the lexicon has; no mention is right.
                    if curie == 'none' and surface not in texts:
                        ok += 1
                    elif (surface, curie) in found:
                        ok += 1
                    elif surface in texts:
                        wrong += 1
                        if '-v' in sys.argv:
                            got = sorted({g for t, g in found if t == surface})
                            print(f'    grounding {surface}: {got}, expected {curie}')
                    else:
                        missed += 1
                        if '-v' in sys.argv:
                            print(f'    grounding {surface}: not found, expected {curie}')
            n = ok + wrong + missed
            print(f'{doc}: entity grounding {ok}/{n} correct, {wrong} wrong, {missed} missed; '
                  f'precision {ratio(ok, ok + wrong):.2f}, recall {ratio(ok, n):.2f}')
            totals['ent_ok'] += ok
            totals['ent_wrong'] += wrong
            totals['ent_all'] += n
    groups['ALL'] = {k: groups['TUNED'][k] + groups['HELD-OUT'][k] for k in keys}
    for label, totals in groups.items():
        if not totals['gold']:
            continue
        print(f'{label} claims: precision {precision(totals["tp"], totals["pred"])}, recall '
              f'{ratio(totals["tp"], totals["gold"]):.2f}, recall on explicit '
              f'{ratio(totals["found_explicit"], totals["gold_explicit"]):.2f} '
              f'({totals["tp"]}/{totals["pred"]} predicted correct, {totals["gold"]} gold)'
              + (f'; entity grounding {totals["ent_ok"]}/{totals["ent_all"]} correct, precision '
                 f'{ratio(totals["ent_ok"], totals["ent_ok"] + totals["ent_wrong"]):.2f}, recall '
                 f'{ratio(totals["ent_ok"], totals["ent_all"]):.2f}' if totals['ent_all'] else ''))

if __name__ == '__main__':
    main()
