#!/usr/bin/env python3
"""Measure the lexicon as lexicon-sources.md section 5 did, with a matcher that follows section 6.

    python3 lexicon/measure.py [--lexicon DIR] [--naive]

Prints coverage of the review strings (5.1), the review-style passage, and false hits on
English (5.2): wamerican words as lower / Capitalised / UPPER single tokens, and running prose
from Debian fortunes-min plus licence texts in /usr/share/common-licenses.
--naive: case-insensitive lookup with none of the matcher's case rules (for a LEX_FILTER=0 build).
"""
import argparse
import collections
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from norm import key, casekey  # noqa: E402

TOKEN = re.compile(r'[0-9A-Za-z\u0370-\u03FF\u00B5]+')
GAP_OK = re.compile(r"^[ \-/+'\u2010-\u2015\u2019\u2212]{0,3}$")
GREEK1 = re.compile(r'^[\u0370-\u03FF\u00B5]$')
GENE_TYPES = {'Gene', 'Family', 'Complex'}
ONCO_PREFIX = re.compile(r'[A-Za-z]-[a-z]{2,}')
PLURAL_TYPES = {'CellType', 'Family', 'Complex', 'Chemical', 'Disease', 'Process', 'Pathway'}
# all-caps forms of gilda 1.6.1 core_stopwords.txt (alphabetic, >1 letter; rule 6.1.5)
CAPS_STOP = set((
    'ABOUT ABOVE AFTER AGAIN AGAINST AIN ALL AM AN AND ANY ARE AREN AS AT BE BECAUSE BEEN '
    'BEFORE BEING BELOW BETWEEN BOTH BUT BY CAN COULDN DID DIDN DO DOES DOESN DOING DON DOWN '
    'DURING EACH FEW FOR FROM FURTHER HAD HADN HAS HASN HAVE HAVEN HAVING HE HER HERE HERS '
    'HERSELF HIM HIMSELF HIS HOW IF IN INTO IS ISN IT ITS ITSELF JUST LL MA ME MIGHTN MORE MOST '
    'MUSTN MY MYSELF NEEDN NO NOR NOT NOW OF OFF ON ONCE ONLY OR OTHER OUR OURS OURSELVES OUT '
    'OVER OWN RE SAME SHAN SHE SHOULD SHOULDN SO SOME SUCH THAN THAT THE THEIR THEIRS THEM '
    'THEMSELVES THEN THERE THESE THEY THIS THOSE THROUGH TO TOO UNDER UNTIL UP VE VERY WAS WASN '
    'WE WERE WEREN WHAT WHEN WHERE WHICH WHILE WHO WHOM WHY WILL WITH WON WOULDN YOU YOUR YOURS '
    'YOURSELF YOURSELVES '
).split())


class Lexicon:
    def __init__(self, d, naive=False):
        self.naive = naive
        ent = {}
        with open(os.path.join(d, 'entities.tsv'), encoding='utf-8') as f:
            next(f)
            for line in f:
                c, t, n = line.rstrip('\n').split('\t')
                ent[c] = (t, n)
        self.by_key = collections.defaultdict(list)
        with open(os.path.join(d, 'terms.tsv'), encoding='utf-8') as f:
            next(f)
            for line in f:
                s, c, fl = line.rstrip('\n').split('\t')
                t, n = ent[c]
                self.by_key[key(s)].append((s, t, c, n, set(fl.split(',')) - {''}))

    def lookup(self, span, plural=False, multiword=False):
        k, ck = key(span), casekey(span)
        if plural:
            if not (k.endswith('s') and len(k) > 3):
                return None
            k, ck = k[:-1], ck[:-1]
        for surface, typ, curie, canon, flags in self.by_key.get(k, []):
            if plural and typ not in PLURAL_TYPES:
                continue
            if self.naive:
                return (typ, curie, canon, surface, flags)
            if 'cs' in flags and casekey(surface) != ck:
                continue
            if multiword and ' ' not in surface:
                continue
            if (typ in GENE_TYPES and not multiword and not any(c.isdigit() for c in span)
                    and not ck.isupper() and not ONCO_PREFIX.fullmatch(span)):
                cs_ = casekey(surface)
                if ck[1:] != cs_[1:] or ck[:1].lower() != cs_[:1].lower():
                    continue
            return (typ, curie, canon, surface, flags)
        return None

    def tag(self, text):
        toks = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        out, i = [], 0
        while i < len(toks):
            last = i
            while (last + 1 < len(toks) and last + 1 - i < 8 and
                   GAP_OK.match(text[toks[last][1]:toks[last + 1][0]])):
                last += 1
            for j in range(last, i - 1, -1):
                span = text[toks[i][0]:toks[j][1]]
                mw = (not self.naive) and any(
                    text[toks[a][1]:toks[a + 1][0]].strip() == '' and not (
                        GREEK1.match(text[toks[a][0]:toks[a][1]]) or
                        GREEK1.match(text[toks[a + 1][0]:toks[a + 1][1]]))
                    for a in range(i, j))
                res = self.lookup(span, multiword=mw) or self.lookup(span, plural=True, multiword=mw)
                if res and not self.naive and 'cs' in res[4] and span.isupper():
                    ctx = [text[s:e] for s, e in toks[max(0, i - 2):i] + toks[j + 1:j + 3]]
                    if any(c in CAPS_STOP for c in ctx):
                        res = None
                if res:
                    out.append((toks[i][0], toks[j][1], span) + res)
                    i = j
                    break
            i += 1
        return out

    def tag_document(self, text):
        """tag() plus the in-document abbreviation rule (6.2): "long form (SF)"."""
        hits = self.tag(text)
        abbrev = {}
        for h in hits:
            m = re.match(r'\s*\(([^()\s]{2,10})\)', text[h[1]:])
            if m and m.group(1)[0].lower() == h[2][0].lower():
                abbrev[m.group(1)] = h[3:]
        if not abbrev:
            return hits
        covered = set()
        out = []
        for h in hits:
            if h[2] in abbrev:
                h = h[:3] + abbrev[h[2]]
            out.append(h)
            covered.update(range(h[0], h[1]))
        for sf, res in abbrev.items():
            for m in re.finditer(r'(?<![0-9A-Za-z])' + re.escape(sf) + r'(?![0-9A-Za-z])', text):
                if m.start() not in covered:
                    out.append((m.start(), m.end(), sf) + res)
        return sorted(out)


# The 52 review strings of section 5.1 (the note names 41 of them; the other 11 are frequent
# entity strings of corpus/il6-crosstalk-review.txt) and the 27 extra variants.
# Expected: a CURIE, 'sym:SYMBOL' (HGNC canonical symbol) or several separated by '|'.
REVIEW = [
    ('IL-6', 'sym:IL6'), ('STAT-3', 'sym:STAT3'), ('NF- κ B', 'FPLX:NFkappaB'), ('k-ras', 'sym:KRAS'),
    ('p65', 'sym:RELA'), ('p53', 'sym:TP53'), ('COX-2', 'sym:PTGS2'), ('PGE2', 'CHEBI:15551'),
    ('gp130', 'sym:IL6ST'), ('CD130', 'sym:IL6ST'), ('IL6ST', 'sym:IL6ST'), ('CD133', 'sym:PROM1'),
    ('PD-1', 'sym:PDCD1'), ('PD-L1', 'sym:CD274'), ('NKG2D', 'sym:KLRK1'), ('DNMT3a', 'sym:DNMT3A'),
    ('JAK', 'FPLX:JAK'), ('MEK', 'FPLX:MEK'), ('Erk', 'FPLX:ERK'), ('Akt', 'FPLX:AKT'),
    ('MAPK', 'FPLX:MAPK'), ('IL-12', 'FPLX:IL12'), ('IL-23', 'FPLX:IL23'), ('TPCA-1', 'MESH:C499326'),
    ('tocilizumab', 'MESH:C502936'), ('siltuximab', 'MESH:C504234'),
    ('homoharringtonine', 'CHEBI:71019'), ('gefitinib', 'CHEBI:49668'), ('erlotinib', 'CHEBI:114785'),
    ('cisplatin', 'CHEBI:27899'), ('metformin', 'CHEBI:6801'), ('T cells', 'CL:0000084'),
    ('macrophages', 'CL:0000235'), ('NSCLC', 'DOID:3908'), ('EMT', 'GO:0001837'),
    ('apoptosis', 'GO:0006915'), ('polyphyllin I', 'MESH:C556217'), ('ISGF3', 'MESH:D050832'),
    ('p22', 'sym:CYBA'), ('HHT', 'CHEBI:71019'), ('TPO', 'sym:THPO'),
    # 11 more from the review text
    ('EGFR', 'sym:EGFR'), ('SOCS3', 'sym:SOCS3'), ('NOX4', 'sym:NOX4'), ('STAT1', 'sym:STAT1'),
    ('DNMT1', 'sym:DNMT1'), ('lung cancer', 'DOID:1324'), ('breast cancer', 'DOID:1612'),
    ('NK cells', 'CL:0000623'), ('IL-8', 'sym:CXCL8'),
    ('cancer stem cells', 'MESH:D014411|CL:0001064'), ('inflammation', 'GO:0006954|MESH:D007249'),
]
EXTRA = [
    ('IL6', 'sym:IL6'), ('interleukin-6', 'sym:IL6'), ('Interleukin 6', 'sym:IL6'),
    ('NF-κB', 'FPLX:NFkappaB'), ('NF-kB', 'FPLX:NFkappaB'), ('NFkB', 'FPLX:NFkappaB'),
    ('NF-kappaB', 'FPLX:NFkappaB'), ('CD274', 'sym:CD274'), ('PTGS2', 'sym:PTGS2'),
    ('JAK1', 'sym:JAK1'), ('JAK2', 'sym:JAK2'), ('STAT', 'FPLX:STAT'), ('ERK', 'FPLX:ERK'),
    ('STATs', 'FPLX:STAT'), ('JAKs', 'FPLX:JAK'), ('ROS', 'MESH:D017382|CHEBI:26523'),
    ('ovarian cancer', 'DOID:2394'), ('myeloma', 'DOID:9538'), ('rheumatoid arthritis', 'DOID:7148'),
    ('hematopoietic stem cells', 'CL:0000037'), ('angiogenesis', 'GO:0001525'),
    ('T-cells', 'CL:0000084'), ('IL-6R', 'sym:IL6R'), ('SOCS-3', 'sym:SOCS3'), ('TNF-α', 'sym:TNF'),
    ('ruxolitinib', 'CHEBI:66919'), ('stattic', 'type:Chemical'),
]
PASSAGE = (
    'Interleukin-6 (IL-6) binds the IL-6 receptor (IL-6R) and gp130, which activates JAK1 and JAK2 '
    'and then STAT3. Phosphorylated STAT-3 moves to the nucleus together with NF-κB and drives '
    'SOCS3, Bcl-2 and cyclin D1. In non-small cell lung cancer (NSCLC), EGFR signaling through '
    'Akt and Erk increases IL-6 secretion, and tocilizumab or siltuximab block the pathway. '
    'Homoharringtonine (HHT) inhibited STAT3 phosphorylation, and thrombopoietin (TPO) promoted '
    'megakaryocyte growth. ISGF3 and p22phox were studied in macrophages and T cells, where NOX4 '
    'produced ROS. Metformin reversed resistance to gefitinib in ovarian cancer cells.'
)


def expected_ok(lex, exp, res):
    if res is None:
        return False
    typ, curie, canon = res[0], res[1], res[2]
    for e in exp.split('|'):
        if e.startswith('sym:') and curie.startswith('HGNC:') and canon == e[4:]:
            return True
        if e.startswith('type:') and typ == e[5:]:
            return True
        if e == curie:
            return True
    return False


def whole(lex, s):
    hits = lex.tag(s)
    return hits[0][3:] if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(s) else None


def coverage(lex, items):
    good, wrong, miss = 0, [], []
    for s, exp in items:
        r = whole(lex, s)
        if expected_ok(lex, exp, r):
            good += 1
        elif r is None:
            miss.append(s)
        else:
            wrong.append(f'{s}->{r[1]}({r[2]})')
    return good, wrong, miss


def prose_text():
    parts = []
    for f in ('fortunes', 'literature', 'riddles'):
        p = f'/usr/share/games/fortunes/{f}'
        if os.path.exists(p):
            parts.append(open(p, encoding='utf-8', errors='replace').read().replace('\n%\n', '\n\n'))
    for f in ('GPL-3', 'Apache-2.0', 'LGPL-2.1', 'MPL-2.0', 'GFDL-1.3', 'Artistic'):
        p = f'/usr/share/common-licenses/{f}'
        if os.path.exists(p):
            parts.append(open(p, encoding='utf-8', errors='replace').read())
    return '\n\n'.join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lexicon', default=os.path.join(
        os.path.dirname(HERE), 'Sources', 'Extract', 'Resources', 'Lexicon'))
    ap.add_argument('--naive', action='store_true')
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()
    lex = Lexicon(a.lexicon, naive=a.naive)

    g, w, m = coverage(lex, REVIEW)
    print(f'5.1 review strings: {g}/{len(REVIEW)} correct, {len(w)} wrong, {len(m)} missed')
    print('    wrong:', ', '.join(w) or '-')
    print('    missed:', ', '.join(m) or '-')
    g, w, m = coverage(lex, EXTRA)
    print(f'    extra variants: {g}/{len(EXTRA)} correct; wrong: {", ".join(w) or "-"}; '
          f'missed: {", ".join(m) or "-"}')
    for name, fn in (('without abbreviation rule', lex.tag), ('with abbreviation rule', lex.tag_document)):
        hits = fn(PASSAGE)
        print(f'    passage ({len(PASSAGE.split())} words), {name}: {len(hits)} hits: ' +
              '; '.join(f'{h[2]}={h[4]}' for h in hits))

    words = sorted({l.strip() for l in open('/usr/share/dict/american-english', encoding='utf-8')
                    if re.fullmatch(r'[a-z]+', l.strip())})
    print(f'5.2a wamerican lower-case words: {len(words)}')
    print('    form        gene/family/complex   all hits')
    examples = {}
    for form, fn in (('lower', str.lower), ('Capital', str.capitalize), ('UPPER', str.upper)):
        gene = allh = 0
        ex = []
        for wd in words:
            wd = fn(wd)
            h = lex.tag(wd)
            if h and h[0][0] == 0 and h[0][1] == len(wd):
                allh += 1
                if h[0][3] in GENE_TYPES:
                    gene += 1
                    ex.append(wd)
        examples[form] = ex
        print(f'    {form:<10}  {gene:>8}              {allh:>6}')
    print('    lower-case gene hits:', ' '.join(examples['lower'][:40]))

    text = prose_text()
    nwords = len(text.split())
    hits = lex.tag(text)
    by_type = collections.Counter(h[3] for h in hits)
    gen = sum(1 for h in hits if 'gen' in h[7])
    genefam = [h for h in hits if h[3] in GENE_TYPES]
    print(f'5.2b prose: {nwords} words, {len(hits)} hits ({1000 * len(hits) / nwords:.1f} per 1,000 '
          f'words); Gene+Family+Complex {len(genefam)}; flagged gen {gen}; by type: ' +
          ', '.join(f'{t} {n}' for t, n in sorted(by_type.items())))
    print('    gene/family hits:', ', '.join(f'{s}' for s, n in
                                             collections.Counter(h[2] for h in genefam).most_common(30)))
    print('    top non-gen hits:', ', '.join(f'{s}×{n}' for s, n in collections.Counter(
        h[2] for h in hits if 'gen' not in h[7]).most_common(25)))
    if a.verbose:
        print('    top gen hits:', ', '.join(f'{s}×{n}' for s, n in collections.Counter(
            h[2] for h in hits if 'gen' in h[7]).most_common(25)))


if __name__ == '__main__':
    main()
