#!/usr/bin/env python3
"""Session 32 (helper actorsigns): fit a readable integer weighing of the actor candidates' signs on
the fitting rounds and count, on the measuring rounds, the pages whose actor it gets right against
the importer's current reading. Input: the JSON lines of scripts/actor-signs.ts.
Usage: python3 scripts/actor-signs-fit.py signs/*.jsonl (the weights also go to .data/actor-signs-weights.json)"""
import collections
import json
import random
import sys

MEASURE = {f'heldOut{n}' for n in range(25, 31)}
READERS = ['current', 'firstLine', 'url', 'most', 'voted', 'repeated', 'defined', 'new', 'headline',
           'acronyms', 'subject']


def features(row):
    s = row['signs']
    f = {
        'host': int(s['host']), 'path': int(s['path']), 'firstLine': int(s['firstLine']),
        'top': int(s['top']), 'named>=3': int(s['named'] >= 3), 'named>=6': int(s['named'] >= 6),
        'mostNamed': int(s['mostNamed']), 'we': int(s['we'] > 0), 'acronymSpelled': int(s['acronymSpelled']),
        'graph': int(s['graph']), 'founding': int(s['founding'] > 0), 'subject>=1': int(s['subject'] >= 1),
        'subject>=3': int(s['subject'] >= 3), 'definition': int(s['definition']),
        'oneWord': int(s['words'] == 1), 'long': int(s['words'] >= 8),
    }
    for reader in READERS:
        f['by:' + reader] = int(reader in row['from'])
    return f


def load(paths):
    pages = collections.OrderedDict()
    for path in paths:
        for line in open(path, encoding='utf8'):
            row = json.loads(line)
            row['f'] = features(row)
            pages.setdefault((row['split'], row['file']), []).append(row)
    return pages


def choose(cands, w):
    best, best_score = None, None
    for c in cands:
        score = sum(w.get(k, 0) * v for k, v in c['f'].items())
        # Ties go to the current reading: a weighing moves the actor only when it prefers another.
        if best is None or score > best_score or (score == best_score and c['f']['by:current'] and not best['f']['by:current']):
            best, best_score = c, score
    return best


def count(pages, w):
    right = 0
    for cands in pages.values():
        pick = choose(cands, w)
        right += bool(pick and pick['right'])
    return right


def current_right(pages):
    return sum(any(c['right'] and c['f']['by:current'] for c in cands) for cands in pages.values())


def ceiling(pages):
    return sum(any(c['right'] for c in cands) for cands in pages.values())


def fit(pages, keys, restarts=12, seed=32):
    rng = random.Random(seed)
    best_w, best = None, -1
    for restart in range(restarts):
        w = {k: 0 for k in keys}
        w['by:current'] = 3
        if restart:
            for k in keys:
                w[k] = rng.randint(-1, 3)
        score = count(pages, w)
        improved = True
        while improved:
            improved = False
            for k in keys:
                for value in range(-3, 6):
                    if value == w[k]:
                        continue
                    trial = dict(w, **{k: value})
                    s = count(pages, trial)
                    # Fewer non-zero weights on ties: the readable weighing.
                    if s > score:
                        w, score, improved = trial, s, True
        if score > best:
            best_w, best = dict(w), score
    return best_w, best


def main():
    pages = load(sys.argv[1:])
    train = collections.OrderedDict((k, v) for k, v in pages.items() if k[0] not in MEASURE)
    test = collections.OrderedDict((k, v) for k, v in pages.items() if k[0] in MEASURE)
    keys = sorted({k for cands in pages.values() for c in cands for k in c['f']})
    print(f'fitting pages {len(train)}: current right {current_right(train)}, any candidate right {ceiling(train)}')
    print(f'measuring pages {len(test)}: current right {current_right(test)}, any candidate right {ceiling(test)}')
    # One sign at a time on the fitting rounds: how often the candidate carrying it is right.
    print('sign: fitting candidates carrying it, of them right; pages where it picks one candidate only, right')
    for k in keys:
        carrying = [c for cands in train.values() for c in cands if c['f'][k]]
        print(f'  {k:16s} {len(carrying):5d} {sum(c["right"] for c in carrying):4d}')
    w, s = fit(train, keys)
    shown = {k: v for k, v in w.items() if v}
    print('weights', shown)
    print(f'fitting: weighing right {s} vs current {current_right(train)}')
    print(f'measuring: weighing right {count(test, w)} vs current {current_right(test)}')
    by_split = collections.defaultdict(lambda: [0, 0, 0, 0])
    for (split, _), cands in pages.items():
        pick = choose(cands, w)
        cur = any(c['right'] and c['f']['by:current'] for c in cands)
        row = by_split[split]
        row[0] += 1
        row[1] += cur
        row[2] += bool(pick and pick['right'])
        row[3] += bool(pick and not pick['f']['by:current'])
    print('split pages current weighing moved')
    for split, row in by_split.items():
        print(f'  {split:12s} {row[0]:3d} {row[1]:3d} {row[2]:3d} {row[3]:3d}')
    json.dump(w, open('.data/actor-signs-weights.json', 'w'))


if __name__ == '__main__':
    main()
