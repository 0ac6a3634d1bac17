#!/usr/bin/env python3
"""Build and validate the gold JSON files for the tagesschau-style fixture articles.

The annotation itself lives in tagesschau_annotations.py as surface strings with occurrence numbers
(1-based; see `occurrences` for how occurrences are counted). This script turns it into
character offsets (Python str offsets into open(path, encoding="utf-8").read(), end exclusive),
validates everything and writes NN_slug.gold.json next to NN_slug.txt in tests/fixtures/tagesschau/.

Usage:
  python3 docs/gold/tagesschau_build_gold.py                 # build + validate all, write *.gold.json
  python3 docs/gold/tagesschau_build_gold.py --check         # validate only, write nothing
  python3 docs/gold/tagesschau_build_gold.py --verify        # re-check the written *.gold.json files against the texts
  python3 docs/gold/tagesschau_build_gold.py --render 03     # print article 03 with [[mention|key]] marks for review
  python3 docs/gold/tagesschau_build_gold.py --find 03 Bahn  # list the numbered occurrences of "Bahn" in article 03
Plain python3, no dependencies.
"""
import hashlib
import json
import os
import sys

from tagesschau_annotations import ARTICLES  # this folder is on the path when run as a script

# the fixture articles and their gold files
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "tagesschau")

LABELS = {"PER", "ORG", "LOC", "OTH"}
FORMS = {"name", "part", "deriv"}
REF_KINDS = {"role", "pronoun"}
QUOTE_KINDS = {"direct", "partial", "indirect", "interview"}
WHERES = {"title", "heading", "lead", "body"}


class GoldError(Exception):
    pass


def read_text(slug):
    path = os.path.join(HERE, slug + ".txt")
    with open(path, encoding="utf-8") as f:
        return f.read()


def occurrences(text, s):
    """Start offsets of `s` in `text`, in order. If `s` begins (ends) with a letter or digit,
    an occurrence must not be preceded (followed) by a letter or digit, so "Bahn" is not found
    inside "Bahnsprecherin" but is found in "Pro-Bahn-Sprecher" and in "Deutsche Bahn"."""
    res = []
    i = text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        j = i + len(s)
        after = text[j] if j < len(text) else " "
        ok = not (s[0].isalnum() and before.isalnum()) and not (s[-1].isalnum() and after.isalnum())
        if ok:
            res.append(i)
        i = text.find(s, i + 1)
    return res


def locate(text, surface, occ=1):
    occ_list = occurrences(text, surface)
    if not 1 <= occ <= len(occ_list):
        raise GoldError(f"{surface!r}: occurrence {occ} requested, {len(occ_list)} found")
    start = occ_list[occ - 1]
    return start, start + len(surface)


def locate_any(text, spec):
    """spec is one of
       (surface, occ)               -- the occ-th occurrence of surface
       ("span", head, tail, occ)    -- from the occ-th occurrence of head to the end of the next tail
       ("line", n, prefix)          -- the whole line n (0-based) without the prefix (e.g. "Melnyk: "),
                                       prefix may be "" """
    if spec[0] == "span":
        return Span(spec[1], spec[2], spec[3]).resolve(text)
    if spec[0] == "line":
        _, n, prefix = spec
        s, e, line = line_info(text)[n]
        if not line.startswith(prefix):
            raise GoldError(f"line {n} does not start with {prefix!r}: {line[:40]!r}")
        return s + len(prefix), e
    surface, occ = spec
    return locate(text, surface, occ)


class Span:
    """A long span given by its beginning and its end: from the `occ`-th occurrence of `head`
    to the end of the first occurrence of `tail` that ends at or after the end of `head`."""

    def __init__(self, head, tail, occ=1):
        self.head, self.tail, self.occ = head, tail, occ

    def resolve(self, text):
        start, head_end = locate(text, self.head, self.occ)
        k = text.find(self.tail, start)
        while k != -1 and k + len(self.tail) < head_end:
            k = text.find(self.tail, k + 1)
        if k == -1:
            raise GoldError(f"span tail {self.tail!r} not found after {self.head!r}")
        end = k + len(self.tail)
        if "\n" in text[start:end]:
            raise GoldError(f"span {self.head!r}..{self.tail!r} crosses a line break")
        return start, end


def line_info(text):
    """List of (start, end, line) for every line (without the newline)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def where_of(text, start, headings, lead_line):
    for idx, (s, e, line) in enumerate(line_info(text)):
        if s <= start <= e:
            if idx == 0:
                return "title"
            if idx == lead_line:
                return "lead"
            if line in headings:
                return "heading"
            return "body"
    raise GoldError(f"offset {start} outside text")


def build(slug, ann):
    text = read_text(slug)
    lines = [l for (_, _, l) in line_info(text)]
    for h in ann.get("headings", []):
        if h not in lines:
            raise GoldError(f"{slug}: heading {h!r} is not a line of the text")
    lead_line = 2 if lines[1].startswith("Stand:") else 1

    out = {"source": slug + ".txt",
           "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
           "entities": [], "references": [], "quotes": [], "not_quotes": [], "not_mentions": []}

    keys = {}
    all_mentions = []  # (start, end, key)
    for ent in ann["entities"]:
        key, label, name, gender, mentions = ent
        if key in keys:
            raise GoldError(f"{slug}: duplicate entity key {key}")
        if label not in LABELS:
            raise GoldError(f"{slug}: bad label {label} for {key}")
        if label == "PER" and gender not in ("f", "m", None):
            raise GoldError(f"{slug}: bad gender for {key}")
        if label != "PER" and gender is not None:
            raise GoldError(f"{slug}: gender on non-PER {key}")
        if not mentions:
            raise GoldError(f"{slug}: entity {key} without mentions")
        ms = []
        for surface, occ, form in mentions:
            if form not in FORMS:
                raise GoldError(f"{slug}: bad form {form} for {key}")
            s, e = locate(text, surface, occ)
            if form == "part" and not text[e:e + 1] == "-":
                raise GoldError(f"{slug}: part mention {surface!r} of {key} is not followed by '-'")
            ms.append({"start": s, "end": e, "text": text[s:e], "form": form})
            all_mentions.append((s, e, key))
        ms.sort(key=lambda m: m["start"])
        keys[key] = label
        ent_out = {"key": key, "label": label, "name": name, "gender": gender, "mentions": ms}
        out["entities"].append(ent_out)

    all_mentions.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(all_mentions, all_mentions[1:]):
        if s2 < e1:
            raise GoldError(f"{slug}: overlapping mentions {text[s1:e1]!r}({k1}) and {text[s2:e2]!r}({k2})")

    refs = []
    for surface, occ, key, kind in ann.get("references", []):
        if kind not in REF_KINDS:
            raise GoldError(f"{slug}: bad reference kind {kind}")
        if keys.get(key) != "PER":
            raise GoldError(f"{slug}: reference {surface!r} to {key}, which is not a PER entity")
        s, e = locate(text, surface, occ)
        refs.append({"start": s, "end": e, "text": text[s:e], "key": key, "kind": kind})
    refs.sort(key=lambda r: r["start"])
    for a, b in zip(refs, refs[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"{slug}: overlapping references {a['text']!r} / {b['text']!r}")
    out["references"] = refs

    headings = set(ann.get("headings", []))
    quotes = []
    for q in ann.get("quotes", []):
        spec, kind, speaker_key, speaker = q
        if kind not in QUOTE_KINDS:
            raise GoldError(f"{slug}: bad quote kind {kind}")
        if speaker_key not in keys:
            raise GoldError(f"{slug}: quote speaker {speaker_key} is not an entity key")
        s, e = locate_any(text, spec)
        qo = {"start": s, "end": e, "text": text[s:e], "kind": kind,
              "where": where_of(text, s, headings, lead_line),
              "speaker_key": speaker_key, "speaker_text": None}
        if speaker is not None:
            ss, se = locate_any(text, speaker)
            qo["speaker_text"] = text[ss:se]
            qo["speaker_start"], qo["speaker_end"] = ss, se
        else:
            qo["speaker_start"] = qo["speaker_end"] = None
        if kind in ("direct", "partial"):
            # span is the content between the quotation marks
            before, after = text[s - 1:s], text[e:e + 1]
            if before not in ("„", '"') or after not in ("“", '"'):
                raise GoldError(f"{slug}: {kind} quote {text[s:e][:40]!r} not directly inside quotation marks")
        if kind == "interview" and qo["where"] != "body":
            raise GoldError(f"{slug}: interview answer outside body")
        quotes.append(qo)
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    seen = set()
    for q in quotes:
        if (q["start"], q["end"], q["kind"]) in seen:
            raise GoldError(f"{slug}: duplicate quote {q['text'][:40]!r}")
        seen.add((q["start"], q["end"], q["kind"]))
    out["quotes"] = quotes

    nq = []
    for item in ann.get("not_quotes", []):
        spec, why = item[:-1], item[-1]
        s, e = locate_any(text, spec)
        for q in quotes:
            if q["start"] <= s and e <= q["end"] and q["kind"] != "interview":
                raise GoldError(f"{slug}: not_quote {text[s:e]!r} lies inside quote {q['text'][:40]!r}")
        nq.append({"start": s, "end": e, "text": text[s:e], "why": why})
    out["not_quotes"] = sorted(nq, key=lambda x: x["start"])

    nm = []
    for surface, occ, why in ann.get("not_mentions", []):
        occs = range(1, len(occurrences(text, surface)) + 1) if occ == "all" else [occ]
        if not occs:
            raise GoldError(f"{slug}: not_mention {surface!r} not found")
        for o in occs:
            s, e = locate(text, surface, o)
            for (ms, me, k) in all_mentions:
                if ms < e and s < me:
                    raise GoldError(f"{slug}: not_mention {surface!r} overlaps a mention of {k}")
            nm.append({"start": s, "end": e, "text": text[s:e], "why": why})
    out["not_mentions"] = sorted(nm, key=lambda x: x["start"])

    # every occurrence of a mention surface that is not covered by an annotation is reported,
    # unless it is listed in ann["unannotated_ok"] as (surface, occ)
    covered = [(m[0], m[1]) for m in all_mentions] + [(x["start"], x["end"]) for x in nm]
    ok = {(s, o) for s, o in ann.get("unannotated_ok", [])}
    warnings = []
    for ent in out["entities"]:
        for surface in sorted({m["text"] for m in ent["mentions"]}):
            for n, st in enumerate(occurrences(text, surface), 1):
                en = st + len(surface)
                if not any(cs <= st and en <= ce for cs, ce in covered) and (surface, n) not in ok:
                    warnings.append(f"{slug}: unannotated occurrence {n} of {surface!r}: "
                                    f"...{text[max(0, st - 30):en + 30]!r}...")
    return text, out, warnings


def render(text, gold):
    marks = []
    for ent in gold["entities"]:
        for m in ent["mentions"]:
            marks.append((m["start"], m["end"], f"{ent['key']}/{m['form']}"))
    out = []
    pos = 0
    for s, e, tag in sorted(marks):
        out.append(text[pos:s])
        out.append(f"[[{text[s:e]}|{tag}]]")
        pos = e
    out.append(text[pos:])
    print("".join(out))
    print("--- references")
    for r in gold["references"]:
        print(f"  {r['text']!r} -> {r['key']} ({r['kind']})  @{r['start']}")
    print("--- quotes")
    for q in gold["quotes"]:
        print(f"  [{q['kind']}/{q['where']}] {q['speaker_key']} (speaker_text={q['speaker_text']!r}): {q['text']!r}")
    print("--- not_quotes")
    for x in gold["not_quotes"]:
        print(f"  {x['text']!r}: {x['why']}")
    print("--- not_mentions")
    for x in gold["not_mentions"]:
        print(f"  {x['text']!r}: {x['why']}")


def verify_files():
    """Independent check of the written *.gold.json files against the *.txt files."""
    import glob
    problems = 0
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        tp = gp[:-len(".gold.json")] + ".txt"
        with open(tp, encoding="utf-8") as f:
            text = f.read()
        with open(gp, encoding="utf-8") as f:
            gold = json.load(f)

        def bad(msg):
            nonlocal problems
            problems += 1
            print("VERIFY", os.path.basename(gp), msg)

        if gold.get("sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
            bad("sha256 mismatch (text changed after the gold was built)")
        spans = []
        keys = set()
        for ent in gold["entities"]:
            keys.add(ent["key"])
            for m in ent["mentions"]:
                spans.append((m["start"], m["end"], ent["key"]))
                if text[m["start"]:m["end"]] != m["text"]:
                    bad(f"mention {m}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                bad(f"overlap {a} {b}")
        for lst in ("references", "quotes", "not_quotes", "not_mentions"):
            for x in gold[lst]:
                if text[x["start"]:x["end"]] != x["text"]:
                    bad(f"{lst} {x}")
        for r in gold["references"]:
            if r["key"] not in keys:
                bad(f"reference key {r['key']}")
        for q in gold["quotes"]:
            if q["speaker_key"] not in keys:
                bad(f"speaker_key {q['speaker_key']}")
            if q["speaker_text"] is not None and text[q["speaker_start"]:q["speaker_end"]] != q["speaker_text"]:
                bad(f"speaker_text {q}")
    print(f"verify: {problems} problems")
    return problems


def slug_for(prefix):
    for slug in ARTICLES:
        if slug.startswith(prefix):
            return slug
    raise SystemExit(f"no article {prefix}")


def main(argv):
    if len(argv) >= 3 and argv[1] == "--find":
        slug = slug_for(argv[2])
        text = read_text(slug)
        for s in argv[3:]:
            for n, st in enumerate(occurrences(text, s), 1):
                print(f"{s!r} #{n} @{st}: ...{text[max(0, st - 40):st + len(s) + 40]!r}")
        return 0
    if len(argv) >= 3 and argv[1] == "--render":
        slug = slug_for(argv[2])
        text, gold, warnings = build(slug, ARTICLES[slug])
        render(text, gold)
        for w in warnings:
            print("WARNING", w)
        return 0
    if "--verify" in argv:
        return 1 if verify_files() else 0
    check_only = "--check" in argv
    totals = {"entities": {}, "quotes": {}, "references": 0, "not_quotes": 0, "not_mentions": 0, "mentions": 0}
    n_warn = 0
    for slug, ann in ARTICLES.items():
        text, gold, warnings = build(slug, ann)
        for w in warnings:
            print("WARNING", w)
        n_warn += len(warnings)
        for ent in gold["entities"]:
            totals["entities"][ent["label"]] = totals["entities"].get(ent["label"], 0) + 1
            totals["mentions"] += len(ent["mentions"])
        for q in gold["quotes"]:
            totals["quotes"][q["kind"]] = totals["quotes"].get(q["kind"], 0) + 1
        totals["references"] += len(gold["references"])
        totals["not_quotes"] += len(gold["not_quotes"])
        totals["not_mentions"] += len(gold["not_mentions"])
        words = len(text.split())
        print(f"{slug}: {words} words, {len(gold['entities'])} entities, "
              f"{sum(len(e['mentions']) for e in gold['entities'])} mentions, "
              f"{len(gold['references'])} references, {len(gold['quotes'])} quotes")
        if not check_only:
            with open(os.path.join(HERE, slug + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    print("TOTALS", json.dumps(totals, ensure_ascii=False))
    if n_warn:
        print(f"{n_warn} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
