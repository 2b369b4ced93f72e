#!/usr/bin/env python3
"""Field-level evaluation of `citegraph refs` against labelled reference strings.

Usage: scripts/eval_refs.py PATH/TO/citegraph [--data DIR] [--show-errors FIELD] [--limit N]

Reads the gold data in ../shared/corpus-real/refstrings/ (AnyStyle dataset XML and GROBID TEI,
see SOURCES.md there), builds each entry's input string by concatenating its text, runs
`citegraph refs --format json` with one string per line on stdin, and prints precision, recall
and F1 per field, per dataset and overall.

Scoring, per entry and field: a non-empty prediction equal to the gold value (after
normalisation: Unicode NFKC, lower case, letters and digits only) is a true positive; any other
non-empty prediction is a false positive; a gold value without an equal prediction is a false
negative. `authors` is right when the predicted family and given names cover the gold author
text and every predicted family name occurs in it; `author tokens` scores the name words
(two letters or more) of all authors together. Exits 0 with a message when the data is absent.
Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
FIELDS = ["authors", "author tokens", "title", "container", "year", "volume", "issue",
          "pages.first", "pages.last", "doi"]
DASHES = "-–—‐‑−"
AUTHOR_STOPWORDS = {"and", "et", "al", "eds", "ed", "edited", "by", "others", "und", "hrsg",
                    "dir", "coord", "with", "editor", "editors"}


# --- normalisation -------------------------------------------------------------------------

def norm(text):
    """Lower case, NFKC, letters and digits only."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def squash(text):
    return " ".join((text or "").split())


def year_of(text):
    match = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", text or "")
    return match.group(1) if match else None


def first_number(text):
    match = re.search(r"[A-Za-z]?\d+[A-Za-z]?", text or "")
    return match.group(0) if match else None


def issue_in_volume(text):
    match = re.search(r"\(\s*([^)]+?)\s*\)", text or "")
    return match.group(1) if match else None


def expand_last(first, last):
    fp, fd = re.match(r"([A-Za-z]*)(\d*)", first).groups()
    lp, ld, ls = re.match(r"([A-Za-z]*)(\d*)([A-Za-z]*)", last).groups()
    if not ld:
        return last
    if len(fd) > len(ld):
        ld = fd[: len(fd) - len(ld)] + ld
    return (lp or fp) + ld + ls


def pages_of(text):
    """(first, last) from a printed page field such as `pp. 1215–1218.` or `e0119980`."""
    if not text:
        return None, None
    text = re.sub(r"^\s*(pp?\.?|pages?|s\.)\s*", "", text.strip(), flags=re.I)
    match = re.match(r"\s*([A-Za-z]{0,2}\d+[A-Za-z]?)(?:\s*[" + DASHES + r"]+\s*([A-Za-z]{0,2}\d+[A-Za-z]?))?",
                     text)
    if not match:
        return None, None
    first, last = match.group(1), match.group(2)
    return first, expand_last(first, last) if last else None


def clean_doi(text):
    if not text:
        return None
    text = text.strip()
    text = re.sub(r"^(doi:?\s*|https?://(dx\.)?doi\.org/)", "", text, flags=re.I)
    return text.rstrip(".,;") or None


def name_tokens(text):
    text = unicodedata.normalize("NFKC", text or "").lower()
    return [t for t in re.split(r"[^\w]+", text) if len(t) >= 2 and t not in AUTHOR_STOPWORDS
            and not t.isdigit()]


# --- gold readers -------------------------------------------------------------------------

def gold_entry(raw, authors=None, title=None, container=None, date=None, volume=None,
               issue=None, pages=None, doi=None):
    first, last = pages_of(pages)
    return {
        "raw": raw,
        "authors": authors,
        "title": title,
        "container": container,
        "year": year_of(date),
        "volume": first_number(volume),
        "issue": issue,
        "pages.first": first,
        "pages.last": last,
        "doi": clean_doi(doi),
    }


def strip_in(text):
    if text is None:
        return None
    return re.sub(r"^\s*in:?\s+", "", text, flags=re.I)


def read_anystyle(path):
    entries = []
    for sequence in ET.parse(path).getroot().iter("sequence"):
        parts, fields = [], {}
        for child in sequence:
            text = squash(child.text)
            if text:
                parts.append(text)
                fields.setdefault(child.tag, text)
        volume = fields.get("volume")
        entries.append(gold_entry(
            " ".join(parts),
            authors=fields.get("author"),
            title=fields.get("title"),
            container=strip_in(fields.get("journal") or fields.get("container-title")),
            date=fields.get("date"),
            volume=volume,
            issue=issue_in_volume(volume),
            pages=fields.get("pages"),
            doi=fields.get("doi"),
        ))
    return entries


def read_grobid(path):
    entries = []
    for bibl in ET.parse(path).getroot().iter(TEI + "bibl"):
        raw = squash("".join(bibl.itertext()))
        authors = " ".join(squash("".join(a.itertext())) for a in bibl.findall(TEI + "author"))
        titles = {}
        for title in bibl.findall(TEI + "title"):
            titles.setdefault(title.get("level"), squash("".join(title.itertext())))
        scopes = {}
        for scope in bibl.findall(TEI + "biblScope"):
            scopes.setdefault(scope.get("unit"), squash("".join(scope.itertext())))
        dois = [squash(i.text) for i in bibl.findall(TEI + "idno") if (i.get("type") or "").lower() == "doi"]
        dates = [squash("".join(d.itertext())) for d in bibl.findall(TEI + "date")]
        if "a" in titles:
            title, container = titles["a"], titles.get("j") or titles.get("m")
        else:
            title, container = titles.get("m"), titles.get("j")
        entries.append(gold_entry(
            raw, authors=authors or None, title=title, container=container,
            date=dates[0] if dates else None, volume=scopes.get("volume"),
            issue=scopes.get("issue"), pages=scopes.get("page") or scopes.get("pages"),
            doi=dois[0] if dois else None,
        ))
    return entries


# --- scoring ------------------------------------------------------------------------------

def predicted_fields(ref):
    pages = ref.get("pages") or {}
    return {
        "authors": ref.get("authors") or [],
        "title": ref.get("title"),
        "container": ref.get("container"),
        "year": year_of(ref.get("year")),
        "volume": ref.get("volume"),
        "issue": ref.get("issue"),
        "pages.first": pages.get("first"),
        "pages.last": pages.get("last"),
        "doi": ref.get("doi"),
    }


def authors_correct(gold_text, predicted):
    gold = set(name_tokens(gold_text))
    families = [t for a in predicted for t in name_tokens(a.get("family"))]
    covered = set(families) | {t for a in predicted for t in name_tokens(a.get("given"))}
    return bool(families) and set(families) <= gold and gold <= covered


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(gold_entries, predictions, errors=None, error_field=None):
    counts = {field: Counts() for field in FIELDS}
    for gold, ref in zip(gold_entries, predictions):
        pred = predicted_fields(ref)
        for field in FIELDS:
            c = counts[field]
            if field == "author tokens":
                g = name_tokens(gold["authors"])
                p = [t for a in pred["authors"] for t in name_tokens(a.get("family")) + name_tokens(a.get("given"))]
                gset = list(g)
                hit = 0
                for t in p:
                    if t in gset:
                        gset.remove(t)
                        hit += 1
                c.tp += hit
                c.fp += len(p) - hit
                c.fn += len(g) - hit
                continue
            if field == "authors":
                has_gold, has_pred = bool(gold["authors"]), bool(pred["authors"])
                right = has_gold and has_pred and authors_correct(gold["authors"], pred["authors"])
                shown_pred = "; ".join(f"{a.get('family')}, {a.get('given')}" for a in pred["authors"])
            else:
                g, p = gold[field], pred[field]
                if field == "title" and g:
                    g = g.strip("“”\"'«» ")
                has_gold, has_pred = bool(norm(g)), bool(norm(p))
                right = has_gold and has_pred and norm(g) == norm(p)
                shown_pred = p
            if right:
                c.tp += 1
            else:
                if has_pred:
                    c.fp += 1
                if has_gold:
                    c.fn += 1
            if errors is not None and field == error_field and not right and (has_gold or has_pred):
                errors.append((gold["raw"], gold[field] if field != "authors" else gold["authors"], shown_pred))
    return counts


def run_parser(executable, strings):
    completed = subprocess.run(
        [executable, "refs", "--format", "json"], input="\n".join(strings) + "\n",
        capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        sys.exit(f"error: `{executable} refs --format json` exited {completed.returncode}:\n"
                 f"{completed.stderr[-2000:]}")
    predictions = json.loads(completed.stdout)
    if len(predictions) != len(strings):
        sys.exit(f"error: {len(strings)} strings in, {len(predictions)} references out")
    return predictions


def print_table(title, counts, size):
    print(f"\n{title} ({size} strings)")
    print(f"{'field':<14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
    for field in FIELDS:
        c = counts[field]
        p, r, f = c.scores()
        print(f"{field:<14} {p:6.3f} {r:6.3f} {f:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("executable", help="path to the citegraph executable")
    parser.add_argument("--data", help="gold folder (default: ../shared/corpus-real/refstrings)")
    parser.add_argument("--show-errors", metavar="FIELD", choices=FIELDS,
                        help="print the entries whose FIELD is wrong")
    parser.add_argument("--limit", type=int, default=40, help="errors to print (default 40)")
    args = parser.parse_args()

    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = args.data or os.path.join(os.path.dirname(repo), "shared", "corpus-real", "refstrings")
    if not os.path.isdir(data):
        print(f"eval_refs: no gold data at {data} (../shared is absent); nothing to evaluate.")
        return 0

    datasets = []
    for name, reader in [("anystyle-gold.dev.xml", read_anystyle),
                         ("grobid-eval-arxiv.dev.tei.xml", read_grobid),
                         ("grobid-eval-inspire-hep.dev.tei.xml", read_grobid)]:
        path = os.path.join(data, name)
        if os.path.exists(path):
            entries = [e for e in reader(path) if e["raw"]]
            datasets.append((name, entries))
    if not datasets:
        print(f"eval_refs: no gold files in {data}; nothing to evaluate.")
        return 0

    overall = {field: Counts() for field in FIELDS}
    total = 0
    errors = []
    for name, entries in datasets:
        predictions = run_parser(args.executable, [e["raw"] for e in entries])
        counts = score(entries, predictions, errors if args.show_errors else None, args.show_errors)
        print_table(name, counts, len(entries))
        for field in FIELDS:
            overall[field].add(counts[field])
        total += len(entries)
    print_table("overall", overall, total)

    if args.show_errors:
        print(f"\nerrors in {args.show_errors} ({len(errors)}; first {args.limit}):")
        for raw, gold, pred in errors[: args.limit]:
            print(f"- {raw}\n    gold: {gold}\n    got:  {pred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
