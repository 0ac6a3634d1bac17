#!/usr/bin/env python3
"""Hand annotation of named entities for 10 German Wikinews articles (gold).
Annotation is held as data: per entity a list of (surface, form_hint, which).
 - which: "all" (every word-bounded occurrence) or list of 0-based indices among word-bounded occurrences
 - form_hint: "deriv" for derived adjectives/nouns, else None -> "part" if followed by '-' + letter, else "name"
Overlapping candidates: the longer span wins (reported), so e.g. "EU" inside "EU-Ministerrat" is dropped.
"""
import json, hashlib, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project folder

SRC = str(ROOT.parent / "shared" / "data") + "/quotes_wikinews_de/train.jsonl"
OUT = str(ROOT / "tests" / "gold" / "entities_wikinews.jsonl")
docs = [json.loads(l) for l in open(SRC, encoding="utf-8")]

def E(key, label, name, mentions, gender=None):
    return dict(key=key, label=label, name=name, gender=gender, spec=mentions)

A = "all"
ANN = {
505: [
    E("europaeische-union", "ORG", "EU", [("EU", None, A)]),
    E("eu-ministerrat", "ORG", "EU-Ministerrat", [("EU-Ministerrat", None, A)]),
    E("europaeisches-parlament", "ORG", "Europäisches Parlament", [("Europäische Parlament", None, A)]),
    E("eu-kommission", "ORG", "EU-Kommission", [("EU-Kommission", None, A)]),
    E("vertrag-von-lissabon", "OTH", "Vertrag von Lissabon", [("Vertrags von Lissabon", None, A)]),
    E("alain-lamassoure", "PER", "Alain Lamassoure", [("Alain Lamassoure", None, A)], "m"),
    E("jerzy-buzek", "PER", "Jerzy Buzek", [("Jerzy Buzek", None, A)], "m"),
    E("euractiv", "ORG", "EurActiv", [("EurActiv", None, A)]),
    E("grossbritannien", "LOC", "Großbritannien", [("Großbritannien", None, A)]),
    E("niederlande", "LOC", "Niederlande", [("Niederlande", None, A)]),
    E("europaeischer-auswaertiger-dienst", "ORG", "Europäischer Auswärtiger Dienst",
      [("Europäischen Auswärtigen Diensts", None, A)]),
    E("europa", "LOC", "Europa", [("europäischen", "deriv", A)]),
    E("iter", "OTH", "ITER", [("ITER", None, A)]),
    E("bruessel", "LOC", "Brüssel", [("Brüssel", None, A)]),
],
525: [
    E("grossbritannien", "LOC", "Großbritannien", [("Großbritannien", None, A)]),
    E("national-health-service", "ORG", "National Health Service", [("National Health Service", None, A), ("NHS", None, A)]),
    E("england", "LOC", "England", [("England", None, A)]),
],
545: [
    E("atlantis", "OTH", "Space Shuttle Atlantis", [("Space Shuttle Atlantis", None, A), ("Atlantis", None, A)]),
    E("space-shuttle", "OTH", "Space Shuttle", [("Space Shuttle", None, A)]),
    E("cape-canaveral", "LOC", "Cape Canaveral", [("Cape Canaveral", None, A)]),
    E("internationale-raumstation", "LOC", "Internationale Raumstation (ISS)",
      [("Internationalen Raumstation", None, A), ("ISS", None, A)]),
    E("erde", "LOC", "Erde", [("Erde", None, A)]),
    E("russland", "LOC", "Russland", [("russische", "deriv", A)]),
    E("sojus", "OTH", "Sojus", [("Sojus", None, A)]),
    E("usa", "LOC", "Vereinigte Staaten", [("Vereinigten Staaten", None, A), ("USA", None, A), ("US", None, A)]),
    E("nasa", "ORG", "NASA", [("NASA", None, A)]),
    E("kennedy-basis", "LOC", "Kennedy-Basis", [("Kennedy-Basis", None, A)]),
    E("kalifornien", "LOC", "Kalifornien", [("kalifornische", "deriv", A)]),
    E("spacex", "ORG", "SpaceX", [("SpaceX", None, A)]),
    E("dragon", "OTH", "Dragon", [("Dragon", None, A)]),
],
565: [
    E("front-de-gauche", "ORG", "Front de gauche",
      [("Front de gauche", None, A), ("Linksfront", None, A), ("Front de Gauche", None, A)]),
    E("jean-luc-melenchon", "PER", "Jean-Luc Mélenchon", [("Jean-Luc Mélenchon", None, A), ("Mélenchon", None, A)], "m"),
    E("le-monde", "ORG", "Le Monde", [("Le Monde", None, A)]),
    E("nicolas-sarkozy", "PER", "Nicolas Sarkozy", [("Nicolas Sarkozy", None, A), ("Sarkozy", None, A)], "m"),
    E("deutschland", "LOC", "Deutschland", [("Deutschland", None, A), ("Deutschen", "deriv", A)]),
    E("kommunistische-partei-frankreichs", "ORG", "Kommunistische Partei Frankreichs",
      [("Kommunistischen Partei Frankreichs", None, A)]),
    E("frankreich", "LOC", "Frankreich", [("Frankreich", None, A)]),
],
585: [
    E("afghanistan", "LOC", "Afghanistan", [("Afghanistan", None, A), ("Afghanistans", None, A),
                                              ("Afghanischen", "deriv", A), ("afghanischen", "deriv", A)]),
    E("helmand", "LOC", "Helmand", [("Helmand", None, A)]),
    E("kajaki", "LOC", "Kajaki", [("Kajaki", None, A)]),
    E("taliban", "ORG", "Taliban", [("Taliban", None, A)]),
    E("usa", "LOC", "USA", [("US", None, A)]),
    E("nato", "ORG", "NATO", [("NATO", None, A)]),
],
605: [
    E("nasa", "ORG", "NASA", [("NASA", None, A)]),
    E("usa", "LOC", "USA", [("US", None, A)]),
    E("columbia", "OTH", "Columbia", [("Columbia", None, A)]),
    E("discovery", "OTH", "Discovery", [("Discovery", None, A)]),
    E("internationale-raumstation", "LOC", "Internationale Raumstation ISS",
      [("Internationalen Raumstation", None, A), ("ISS", None, A)]),
    E("space-shuttle", "OTH", "Space Shuttle", [("Space Shuttle", None, A)]),
    E("raffaello", "OTH", "Raffaello", [("Raffaello", None, A)]),
    E("us-air-force", "ORG", "Air Force", [("Air Force", None, A)]),
    E("eileen-m-collins", "PER", "Eileen M. Collins", [("Eileen M. Collins", None, A)], "f"),
    E("james-m-kelly", "PER", "James M. Kelly", [("James M. Kelly", None, A)], "m"),
    E("charles-j-camarda", "PER", "Charles J. Camarda", [("Charles J. Camarda", None, A)], "m"),
    E("wendy-b-lawrence", "PER", "Wendy B. Lawrence", [("Wendy B. Lawrence", None, A)], "f"),
    E("stephen-k-robinson", "PER", "Stephen K. Robinson", [("Stephen K. Robinson", None, A)], "m"),
    E("andrew-s-w-thomas", "PER", "Andrew S. W. Thomas", [("Andrew S. W. Thomas", None, A)], "m"),
    E("soichi-noguchi", "PER", "Soichi Noguchi", [("Soichi Noguchi", None, A)], "m"),
    E("japan-aerospace-exploration-agency", "ORG", "Japan Aerospace Exploration Agency (JAXA)",
      [("Japan Aerospace Exploration Agency", None, A), ("JAXA", None, A)]),
],
625: [
    E("eurovision-song-contest-2015", "OTH", "Eurovision Song Contest 2015",
      [("Eurovision Song Contest 2015", None, A), ("Eurovision Song Contest", None, A), ("Song Contest", None, A)]),
    E("oesterreich", "LOC", "Österreich", [("Österreich", None, A), ("Österreichs", None, A),
                                           ("österreichischen", "deriv", A)]),
    E("chaya-fuera", "LOC", "Chaya Fuera", [("Chaya Fuera", None, A)]),
    E("wien", "LOC", "Wien", [("Wien", None, A), ("Wiener", "deriv", A)]),
    E("the-makemakes", "ORG", "The Makemakes", [("The Makemakes", None, A)]),
],
645: [
    E("steve-st", "PER", "Steve St.", [("Steve St.", None, A)], "m"),
    E("facebook", "ORG", "Facebook", [("Facebook", None, A)]),
    E("cleveland", "LOC", "Cleveland", [("Cleveland", None, A)]),
    E("calvin-williams", "PER", "Calvin Williams", [("Calvin Williams", None, A)], "m"),
],
665: [
    E("bremen", "LOC", "Bremen", [("Bremer", "deriv", A)]),
    E("deutschland", "LOC", "Deutschland", [("Deutschland", None, A)]),
    E("der-spiegel", "ORG", "DER SPIEGEL", [("DER SPIEGEL", None, A)]),
    E("uebereinkommen-ueber-die-rechte-von-menschen-mit-behinderungen", "OTH",
      "Übereinkommen über die Rechte von Menschen mit Behinderungen",
      [("Übereinkommen über die Rechte von Menschen mit Behinderungen", None, A)]),
    E("uno", "ORG", "UNO", [("UNO", None, A)]),
    E("niedersachsen", "LOC", "Niedersachsen", [("Niedersachsen", None, A)]),
    E("behindertengleichstellungsgesetz", "OTH", "Behindertengleichstellungsgesetz",
      [("Behindertengleichstellungsgesetz", None, A)]),
    E("kalaschnikow", "OTH", "Kalaschnikow", [("Kalaschnikow", None, A)]),
],
685: [
    E("karl-lauterbach", "PER", "Karl Lauterbach", [("Karl Lauterbach", None, A)], "m"),
    E("sars-cov-2", "OTH", "SARS-CoV-2", [("SARS-CoV-2", None, A)]),
    E("omikron", "OTH", "Omikron", [("Omikron", None, A)]),
    E("robert-koch-institut", "ORG", "Robert-Koch-Institut", [("Robert-Koch-Instituts", None, A)]),
],
}

def occurrences(text, s):
    """word-bounded occurrences: no letter/digit directly before; after: no letter/digit (a hyphen is ok)."""
    res, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        before = text[i-1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum()) and not (after.isalnum()):
            res.append((i, j))
        i = text.find(s, i + 1)
    return res

def build(i, verbose=False):
    text = docs[i]["text"]
    cands = []  # (start, end, entity_idx, form)
    for ei, ent in enumerate(ANN[i]):
        for surf, hint, which in ent["spec"]:
            occ = occurrences(text, surf)
            if not occ:
                sys.exit(f"doc {i}: surface {surf!r} not found")
            sel = occ if which == A else [occ[k] for k in which]
            for s, e in sel:
                if hint:
                    form = hint
                elif e < len(text) and text[e] == "-" and e + 1 < len(text) and text[e+1].isalpha():
                    form = "part"
                else:
                    form = "name"
                cands.append((s, e, ei, form))
    # resolve overlaps: longer wins
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    kept = []
    for c in cands:
        if any(c[0] < k[1] and k[0] < c[1] for k in kept):
            if verbose:
                print(f"  dropped overlap {text[c[0]:c[1]]!r}@{c[0]} ({ANN[i][c[2]]['key']})")
            continue
        kept.append(c)
    ents = []
    for ei, ent in enumerate(ANN[i]):
        ms = sorted([c for c in kept if c[2] == ei])
        ents.append(dict(key=ent["key"], label=ent["label"], name=ent["name"],
                         gender=ent["gender"] if ent["label"] == "PER" else None,
                         mentions=[dict(start=s, end=e, text=text[s:e], form=f) for s, e, _, f in ms]))
    return ents

def validate(rec):
    i = rec["index"]
    text = docs[i]["text"]
    assert rec["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest(), i
    spans = []
    keys = set()
    for ent in rec["entities"]:
        assert ent["key"] not in keys, (i, ent["key"]); keys.add(ent["key"])
        assert ent["label"] in ("PER", "ORG", "LOC", "OTH")
        assert ent["mentions"], (i, ent["key"], "no mentions")
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (i, m)
            assert m["form"] in ("name", "part", "deriv")
            spans.append((m["start"], m["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (i, a, b)

if __name__ == "__main__":
    verbose = "-v" in sys.argv
    recs = []
    for i in sorted(ANN):
        if verbose: print("doc", i)
        text = docs[i]["text"]
        recs.append(dict(source="wikinews", index=i, article=f"w{i}",
                         sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                         entities=build(i, verbose)))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    for r in back:
        validate(r)
    print("validated", len(back), "records")
    tot = collections.Counter()
    print(f"{'art':6} " + " ".join(f"{l}(e/m)".rjust(10) for l in ("PER", "ORG", "LOC", "OTH")))
    for r in back:
        ce, cm = collections.Counter(), collections.Counter()
        for e in r["entities"]:
            ce[e["label"]] += 1; cm[e["label"]] += len(e["mentions"])
        for l in ce: tot[l, "e"] += ce[l]
        for l in cm: tot[l, "m"] += cm[l]
        print(f"{r['article']:6} " + " ".join(f"{ce[l]}/{cm[l]}".rjust(10) for l in ("PER", "ORG", "LOC", "OTH")))
    print(f"{'total':6} " + " ".join(f"{tot[l,'e']}/{tot[l,'m']}".rjust(10) for l in ("PER", "ORG", "LOC", "OTH")))
    if verbose:
        for r in back:
            text = docs[r["index"]]["text"]
            print("=== doc", r["index"])
            for e in r["entities"]:
                print(f" {e['label']} {e['key']} ({e['gender']})")
                for m in e["mentions"]:
                    print(f"    {m['start']:5}-{m['end']:<5} {m['form']:5} {m['text']!r}  ..{text[max(0,m['start']-20):m['end']+20]!r}")
