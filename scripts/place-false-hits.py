#!/usr/bin/env python3
"""Finds frequent words of a news corpus that are spelled like one-word place names.

Such words ("سبيل" way, "الشمالية" northern, "فجر" dawn) make false place hits; they belong
in the gazetteer stop list. Prints candidates (word, corpus count, place names) for review;
the stop list is edited by hand. Usage:
  scripts/place-false-hits.py ../shared/data/corpora/ar_saudinewsnet.jsonl [top-N]
"""
import collections, json, re, sys

def fold(w):
    w = re.sub('[\u064b-\u065f\u0670\u0640]', '', w)
    w = re.sub('[أإآٱ]', 'ا', w).replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي')
    return w

def stem(w):
    if len(w) > 4 and w[0] in 'وف': w = w[1:]
    if len(w) > 4 and w[0] in 'بلك' and not w.startswith('ال'): w = w[1:]
    if len(w) > 4 and w.startswith('ال'): w = w[2:]
    return w

corpus = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
counts = collections.Counter()
with open(corpus, encoding='utf-8') as f:
    for line in f:
        text = json.loads(line).get('text', '')
        for w in re.findall(r'[\u0600-\u06FF]+', text):
            counts[stem(fold(w))] += 1
frequent = {w: c for w, c in counts.most_common(top)}
places = collections.defaultdict(set)
with open('Sources/MarsadKnowledge/Resources/gazetteer/gazetteer.tsv', encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'): continue
        cols = line.rstrip('\n').split('\t')
        major = cols[1] in ('country', 'foreign', 'governorate') or (cols[12].isdigit() and int(cols[12]) >= 100000)
        for name in [cols[4]] + cols[5].split('|'):
            words = name.split()
            if len(words) == 1 and re.match(r'^[\u0600-\u06FF]+$', words[0]):
                places[stem(fold(words[0]))].add(('*' if major else '') + cols[3])
# Words that name a country, a governorate or a large city (marked *) are left out: those
# names are wanted even when frequent.
for w, c in sorted(frequent.items(), key=lambda x: -x[1]):
    if w in places and len(w) >= 2 and not any(p.startswith('*') for p in places[w]):
        print(f"{w}\t# {c}× in the corpus; places: {', '.join(sorted(places[w])[:3])}")
