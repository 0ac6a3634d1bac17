"""Hand annotation (gold) of named entities for 10 articles of the 10kGNAD test file.

Annotation is held as data below. Mention specs:
  (surface, form, occ)
    surface: exact string, or ("context", "sub") -> the unique occurrence of `context`, and `sub` inside it
    form:    "name" | "part" | "deriv" | "auto" (auto = "part" if followed by "-", else "name")
    occ:     list of 1-based occurrence numbers (word-bounded matches of surface), or "*" = every
             word-bounded occurrence not overlapping an explicitly placed mention.
Annotated on 3 December 2026 by a helper session blind to the tool's output, as held-out text
(rows 40, 160, 280, 330, 420, 500, 660, 770, 880, 1000, none in the other gold): never used to tune
the rules. Run from the project folder: python docs/gold/annotate_10kgnad_fresh.py. Writes
tests/gold/entities_10kgnad_fresh.jsonl (offsets, short surface strings and SHA-256 digests only).
"""
import hashlib
import json
import re
import sys
import warnings

from helpers import paths
from helpers.articles import load_corpus

warnings.simplefilter("ignore")
GNAD = paths.SHARED_DATA / "10kgnad" / "articles.csv"

OUT = paths.GOLD / "entities_10kgnad_fresh.jsonl"
ROWS = [40, 160, 280, 330, 420, 500, 660, 770, 880, 1000]

A = "*"


def E(key, label, name, gender, *mentions):
    return dict(key=key, label=label, name=name, gender=gender, specs=list(mentions))


ANN = {
    40: [
        E("rudolf-kemler", "PER", "Rudolf Kemler", "m",
          ("Rudolf Kemlers", "name", [1]), ("Rudolf  Kemler", "name", [1]), ("Kemler", "name", A)),
        E("wien", "LOC", "Wien", None, ("Wien", "name", [1])),
        E("oebib", "ORG", "Österreichische Bundes- und Industriebeteiligungen GmbH", None,
          ("Österreichische Bundes- und Industriebeteiligungen GmbH", "name", [1]), ("Öbib", "auto", A)),
        E("oeiag", "ORG", "ÖIAG", None, ("ÖIAG", "auto", A)),
        E("martha-oberndorfer", "PER", "Martha Oberndorfer", "f",
          ("Martha Oberndorfer", "name", [1]), ("Oberndorfer", "name", A)),
        E("oebfa", "ORG", "Öbfa", None, ("Öbfa", "auto", A)),
        E("der-standard", "ORG", "STANDARD", None, ("STANDARD", "name", A)),
        E("finanzministerium", "ORG", "Finanzministerium", None, ("Finanzministerium", "name", A)),
        E("oesterreichische-post", "ORG", "Post", None, ("Post", "name", A)),
        E("omv", "ORG", "OMV", None, ("OMV", "name", A)),
        E("telekom-austria", "ORG", "Telekom", None, ("Telekom", "name", A)),
        E("casinos-austria", "ORG", "Casinos Austria", None, ("Casinos  Austria", "name", A)),
        E("spoe", "ORG", "SPÖ", None, ("SPÖ", "name", A)),
        E("oevp", "ORG", "ÖVP", None, ("ÖVP", "name", A)),
    ],
    160: [
        E("peking", "LOC", "Peking", None, ("Peking", "name", A)),
        E("china", "LOC", "China", None, ("Chinas", "name", A)),
        E("kp-china", "ORG", "KP", None, ("KP", "auto", A)),
        E("xinhua", "ORG", "Xinhua", None, ("Xinhua", "name", A)),
        E("mao-zedong", "PER", "Mao Zedong", None, ("Mao Zedongs", "name", A)),
        E("xi-jinping", "PER", "Xi Jinping", "m", ("Xi Jinping", "name", A)),
    ],
    280: [
        E("zte", "ORG", "ZTE", None, ("ZTE", "auto", A)),
        E("alexander-schuster", "PER", "Alexander Schuster", "m",
          ("Alexander Schuster", "name", [1]), ("Schuster", "name", A)),
        E("oesterreich", "LOC", "Österreich", None, ("Österreich", "auto", A)),
        E("china", "LOC", "China", None, ("chinesischen", "deriv", A)),
        E("youtube", "ORG", "YouTube", None, ("YouTube", "name", A)),
        E("drei", "ORG", "3", None, (("Erfolg, 3 und", "3"), "name", [1])),
        E("a1", "ORG", "A1", None, ("A1", "name", A)),
    ],
    330: [
        E("mobile-world-congress", "OTH", "Mobile World Congress", None, ("Mobile World Congress", "name", A)),
        E("barcelona", "LOC", "Barcelona", None, ("Barcelona", "name", A)),
        E("lg", "ORG", "LG", None, ("LG", "name", A)),
        E("android", "OTH", "Android", None, ("Android", "auto", A)),
        E("lg-g5", "OTH", "G5", None, ("G5", "name", A)),
        E("webstandard", "ORG", "WebStandard", None, ("WebStandard", "name", A)),
        E("rolling-bot", "OTH", "Rolling Bot", None, ("Rolling Bot", "name", A)),
        E("sphero", "ORG", "Sphero", None, ("Sphero", "name", A)),
    ],
    420: [
        E("finnland", "LOC", "Finnland", None, ("Finne", "deriv", A), ("finnischen", "deriv", A)),
        E("instagram", "ORG", "Instagram", None, ("Instagram", "name", A), ("Instagrams", "name", A)),
        E("justin-bieber", "PER", "Justin Bieber", None, ("Justin Biebers", "name", A)),
        E("the-guardian", "ORG", "Guardian", None, ("Guardian", "name", A)),
        E("indien", "LOC", "Indien", None, ("indische", "deriv", A)),
        E("whatsapp", "ORG", "WhatsApp", None, ("WhatsApp", "name", A)),
    ],
    500: [
        E("reinhard-scolik", "PER", "Reinhard Scolik", "m",
          ("Reinhard Scolik", "name", [1]), ("Scolik", "name", A)),
        E("muenchen", "LOC", "München", None, ("München", "name", A)),
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("bayerischer-rundfunk", "ORG", "Bayerischer Rundfunk", None,
          ("Bayerische Rundfunk", "name", [1]), ("Bayerischen Rundfunks", "name", [1]),
          ("BR Heimat", None, None),  # placeholder (belongs to br-heimat), see below
          ("BR", "auto", A)),
        E("br-heimat", "ORG", "BR Heimat", None, ("BR Heimat", "name", [1])),
        E("orf", "ORG", "ORF", None, ("ORF", "auto", A)),
        E("frankfurter-allgemeine-zeitung", "ORG", "Frankfurter Allgemeine Zeitung", None,
          ("Frankfurter Allgemeinen Zeitung", "name", [1]), ("FAZ", "name", A),
          ("Frankfurter Allgemeinen", "name", A)),
        E("bayern", "LOC", "Bayern", None,
          ("bayerischer", "deriv", A), ("bayerische", "deriv", A), ("Bayern", "name", A)),
        E("ard", "ORG", "ARD", None, ("ARD", "name", A)),
        E("tatort", "OTH", "Tatort", None, ("Tatort", "name", A)),
    ],
    660: [
        E("causa-vorzugsaktien-ii", "OTH", "Causa Vorzugsaktien II", None, ("Vorzugsaktien II", "name", A)),
        E("oberster-gerichtshof", "ORG", "Oberster Gerichtshof", None,
          ("Oberste Gerichtshof", "name", A), ("OGH", "name", A)),
        E("wolfgang-kulterer", "PER", "Wolfgang Kulterer", None,
          ("Wolfgang Kulterer", "name", [1, 2]), ("Kulterer", "name", A)),
        E("tilo-berlin", "PER", "Tilo Berlin", None,
          ("Tilo Berlin", "name", [1, 2]), ("Berlin", "name", A)),
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("hypo-alpe-adria", "ORG", "Hypo", None, ("Hypo", "auto", A)),
        E("hypo-leasing", "ORG", "Hypo-Leasing", None, ("Hypo-Leasing", "name", [1])),
        E("straflandesgericht-klagenfurt", "ORG", "Straflandesgericht Klagenfurt", None,
          ("Straflandesgerichts Klagenfurt", "name", A)),
        E("josef-kircher", "PER", "Josef Kircher", None,
          ("Josef Kircher", "name", [1]), ("Kircher", "name", A)),
        E("siegfried-grigg", "PER", "Siegfried Grigg", None,
          ("Siegfried Grigg", "name", [1]), ("Grigg", "name", A)),
        E("flick-privatstiftung", "ORG", "Flick-Privatstiftung", None, ("Flick-Privatstiftung", "name", A)),
        E("generalprokuratur", "ORG", "Generalprokuratur", None, ("Generalprokuratur", "name", A)),
        E("maria-fekter", "PER", "Maria Fekter", "f",
          ("Maria Fekter", "name", [1]), ("Fekters", "name", A), ("Fekter", "name", A)),
        E("oevp", "ORG", "ÖVP", None, ("ÖVP", "name", A)),
        E("michael-spindelegger", "PER", "Michael Spindelegger", "m", ("Michael Spindelegger", "name", A)),
        E("alfred-lejsek", "PER", "Alfred Lejsek", "m",
          ("Alfred Lejsek", "name", [1]), ("Lejsek", "name", A)),
        E("finanzministerium", "ORG", "Finanzministerium", None, ("Finanzministerium", "name", A)),
        E("eu", "ORG", "EU", None, ("EU", "auto", A)),
    ],
    770: [
        E("ig-metall", "ORG", "IG Metall", None, ("IG Metall", "name", A), ("IG-Metall", "part", A)),
        E("deutschland", "LOC", "Deutschland", None,
          ("deutschlandweit", "deriv", A), ("deutschlandweiten", "deriv", A), ("deutsche", "deriv", A),
          ("deutschen", "deriv", A), ("Deutschland", "name", A)),
        E("duisburg", "LOC", "Duisburg", None, ("Duisburg", "name", A)),
        E("bundeskanzleramt", "ORG", "Bundeskanzleramt", None, ("Bundeskanzleramt", "name", A)),
        E("berlin", "LOC", "Berlin", None, ("Berlin", "name", A)),
        E("sigmar-gabriel", "PER", "Sigmar Gabriel", "m", ("Sigmar Gabriel", "name", [1]), ("Gabriel", "name", A)),
        E("spd", "ORG", "SPD", None, ("SPD", "name", A)),
        E("europa", "LOC", "Europa", None,
          ("Europa", "name", A), ("europäischer", "deriv", A), ("europäischen", "deriv", A)),
        E("china", "LOC", "China", None, ("China", "name", A), ("chinesische", "deriv", A)),
        E("eu", "ORG", "EU", None, ("EU", "auto", A)),
        E("saarland", "LOC", "Saarland", None, ("Saarland", "name", A)),
        E("joerg-hofmann", "PER", "Jörg Hofmann", "m", ("Jörg Hofmann", "name", [1]), ("Hofmann", "name", A)),
        E("germanwatch", "ORG", "Germanwatch", None, ("Germanwatch", "name", A)),
        E("klaus-milke", "PER", "Klaus Milke", "m", ("Klaus Milke", "name", A)),
        E("linksfraktion", "ORG", "Linksfraktion", None, ("Linksfraktion", "name", A)),
        E("bundestag", "ORG", "Bundestag", None, ("Bundestag", "name", A)),
        E("eva-bulling-schroeter", "PER", "Eva Bulling-Schröter", "f",
          ("Eva Bulling-Schröter", "name", [1]), ("Bulling-Schröter", "name", A)),
        E("bundesregierung", "ORG", "Bundesregierung", None, ("Bundesregierung", "name", A)),
        E("peking", "LOC", "Peking", None, ("Peking", "name", A)),
    ],
    880: [
        E("tessin", "LOC", "Tessin", None, ("Tessiner", "deriv", A)),
        E("foxtown", "LOC", "Foxtown", None, ("Foxtown", "name", A)),
        E("schweiz", "LOC", "Schweiz", None,
          ("Schweiz", "name", A), ("schweizweit", "deriv", A), ("Schweizer", "deriv", A)),
        E("bellinzona", "LOC", "Bellinzona", None, ("Bellinzona", "name", A)),
        E("mendrisio", "LOC", "Mendrisio", None, ("Mendrisio", "name", A)),
        E("bundesrat-schweiz", "ORG", "Bundesrat", None, ("Bundesrats", "name", A)),
        E("seco", "ORG", "Staatssekretariat für Wirtschaft", None,
          ("Staatssekretariat für Wirtschaft", "name", A), ("Seco", "name", A)),
        E("designer-outlet-landquart", "LOC", "Designer-Outlet Landquart", None,
          ("Designer-Outlet Landquart", "name", A)),
        E("graubuenden", "LOC", "Graubünden", None, ("Graubünden", "name", A)),
    ],
    1000: [
        E("new-orleans", "LOC", "New Orleans", None, ("New Orleans", "name", A), ("The Big Easy", "name", A)),
        E("hurrikan-katrina", "OTH", "Katrina", None, ("Katrina", "auto", A)),
        E("errol-joseph", "PER", "Errol Joseph", "m",
          ("Errol Joseph", "name", [1, 2]), ("Esther Joseph", None, None), ("Joseph", "name", A),
          ("Errol", "name", A)),
        E("louisiana", "LOC", "Louisiana", None, ("Louisiana", "name", A)),
        E("road-home", "ORG", "Road Home", None, ("Road Home", "name", A)),
        E("usa", "LOC", "USA", None, ("Amerika", "name", A), ("USA", "name", A)),
        E("laura-paul", "PER", "Laura Paul", "f", ("Laura Paul", "name", A)),
        E("kanada", "LOC", "Kanada", None, ("kanadische", "deriv", A)),
        E("lowernine-org", "ORG", "lowernine.org", None, ("lowernine.org", "name", A)),
        E("lower-ninth", "LOC", "Lower Ninth", None, ("Lower Ninth", "name", A)),
        E("montreal", "LOC", "Montreal", None, ("Montreal", "name", A)),
        E("florida", "LOC", "Florida", None, ("Florida", "name", A)),
        E("forstall-street", "LOC", "Forstall Street", None, ("Forstall Street", "name", A)),
        E("esther-joseph", "PER", "Esther Joseph", "f",
          ("Esther Joseph", "name", [1]), ("Esther", "name", A)),
        E("french-quarter", "LOC", "French Quarter", None, ("French Quarter", "name", A)),
        E("fats-domino", "PER", "Fats Domino", "m", ("Fats Domino", "name", A)),
        E("kermit-ruffins", "PER", "Kermit Ruffins", "m", ("Kermit Ruffins", "name", A)),
        E("industrial-canal", "LOC", "Industrial Canal", None,
          ("Industrial Canal", "name", A), ("Industriekanal", "name", A)),
        E("frankreich", "LOC", "Frankreich", None, ("französischen", "deriv", A)),
        E("new-york", "LOC", "New York", None, ("New York", "name", A)),
        E("boston", "LOC", "Boston", None, ("Boston", "name", A)),
        E("san-francisco", "LOC", "San Francisco", None, ("San Francisco", "name", A)),
        E("burnell-cotlon", "PER", "Burnell Cotlon", "m", ("Burnell Cotlon", "name", A)),
        E("brad-pitt", "PER", "Brad Pitt", None, ("Brad Pitt", "name", A)),
        E("hollywood", "LOC", "Hollywood", None, ("Hollywood", "name", A)),
        E("robert-green", "PER", "Robert Green", "m",
          ("Robert Green", "name", [1]), ("Joyce Hilda Green", None, None), ("Shanai Green", None, None),
          ("Green", "name", A), ("Greens", "name", A)),
        E("tennessee-street", "LOC", "Tennessee Street", None, ("Tennessee Street", "name", A)),
        E("joyce-hilda-green", "PER", "Joyce Hilda Green", "f", ("Joyce Hilda Green", "name", [1])),
        E("air-force", "ORG", "Air Force", None, ("Air Force", "name", A)),
        E("shanai-green", "PER", "Shanai Green", "f", ("Shanai Green", "name", [1]), ("Shanai", "name", A)),
        E("superdome", "LOC", "Superdome", None, ("Superdome", "name", A)),
        E("shaniya", "PER", "Shaniya", "f", ("Shaniya", "name", A)),
        E("nationalgarde", "ORG", "Nationalgarde", None, ("Nationalgarde", "name", A)),
        E("kalifornien", "LOC", "Kalifornien", None, ("Kalifornien", "name", A)),
    ],
}


def occurrences(text, surface):
    """Word-bounded occurrences (start, end) of surface in text."""
    pat = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def resolve(text, ents):
    """Return list of (entity_index, start, end, form). Two passes: explicit occ lists, then '*'.
    Specs with form None are 'blockers': they only reserve spans (occ [1..]) claimed by another entity."""
    placed = []  # (ei, s, e, form)
    blocked = []
    for ei, ent in enumerate(ents):
        for surface, form, occ in ent["specs"]:
            if form is None:
                blocked += occurrences(text, surface)
                continue
            if occ == A:
                continue
            if isinstance(surface, tuple):
                ctx, sub = surface
                hits = [m.start() for m in re.finditer(re.escape(ctx), text)]
                assert len(hits) == 1, (ctx, hits)
                s = hits[0] + ctx.index(sub)
                spans = [(s, s + len(sub))]
            else:
                allocc = occurrences(text, surface)
                assert all(1 <= o <= len(allocc) for o in occ), (surface, occ, len(allocc))
                spans = [allocc[o - 1] for o in occ]
            for s, e in spans:
                placed.append((ei, s, e, form))
    explicit = [(s, e) for _, s, e, _ in placed] + blocked
    for ei, ent in enumerate(ents):
        for surface, form, occ in ent["specs"]:
            if form is None or occ != A:
                continue
            allocc = occurrences(text, surface)
            assert allocc, (ent["key"], surface, "no occurrence")
            for s, e in allocc:
                if any(overlaps((s, e), x) for x in explicit):
                    continue
                placed.append((ei, s, e, form))
    out = []
    for ei, s, e, form in placed:
        if form == "auto":
            form = "part" if text[e:e + 1] == "-" else "name"
        out.append((ei, s, e, form))
    return out


def main(rows=ROWS, ann=ANN, out=OUT):
    """Resolve the annotations ``ann`` of 10kGNAD ``rows``, check them and write ``out`` (also used
    by annotate_10kgnad_fourth.py)."""
    gnad = load_corpus(GNAD, category="label", sep=";", quotechar="'", header=False, columns=["label", "text"])
    lines = []
    ok = True
    for row in rows:
        text = gnad[row].text
        ents = ann[row]
        keys = [e["key"] for e in ents]
        assert len(keys) == len(set(keys)), f"duplicate key in {row}"
        placed = resolve(text, ents)
        # checks
        spans = sorted((s, e, ei) for ei, s, e, _ in placed)
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1:
                print(f"OVERLAP row {row}: {text[s1:e1]!r}({keys[k1]}) / {text[s2:e2]!r}({keys[k2]})")
                ok = False
        out_ents = []
        for ei, ent in enumerate(ents):
            ms = sorted((s, e, f) for k, s, e, f in placed if k == ei)
            assert ms, f"entity without mentions: {row} {ent['key']}"
            mentions = []
            for s, e, f in ms:
                t = text[s:e]
                assert t and t == text[s:e] and t.strip() == t, (row, ent["key"], s, e)
                assert f in ("name", "part", "deriv")
                if f == "part":
                    assert text[e] == "-", (row, t)
                mentions.append({"start": s, "end": e, "text": t, "form": f})
            assert ent["label"] in ("PER", "ORG", "LOC", "OTH")
            assert ent["label"] == "PER" or ent["gender"] is None
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ent["key"]), ent["key"]
            out_ents.append({"key": ent["key"], "label": ent["label"], "name": ent["name"],
                             "gender": ent["gender"], "mentions": mentions})
        # order entities by first mention
        out_ents.sort(key=lambda x: x["mentions"][0]["start"])
        # completeness helper: every word-bounded occurrence of a claimed surface must be covered
        covered = [(s, e) for _, s, e, _ in placed]
        for surf in {m["text"] for x in out_ents for m in x["mentions"]}:
            for s, e in occurrences(text, surf):
                if not any(overlaps((s, e), c) for c in covered):
                    print(f"UNCOVERED occurrence row {row}: {surf!r} at {s}")
                    ok = False
        rec = {"source": "10kgnad", "index": row, "article": f"articles-{row + 1}",
               "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "entities": out_ents}
        # the output must not contain the article text
        assert text not in json.dumps(rec, ensure_ascii=False)
        lines.append(json.dumps(rec, ensure_ascii=False))
        n = {lab: sum(1 for x in out_ents if x["label"] == lab) for lab in ("PER", "ORG", "LOC", "OTH")}
        print(row, n, "mentions:", len(placed))
    if not ok:
        sys.exit("CHECKS FAILED")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
