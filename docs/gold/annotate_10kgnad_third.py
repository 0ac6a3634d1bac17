"""Hand annotation (gold) of named entities for ten 10kGNAD articles.

Annotated on 3 December 2026 by a helper session blind to the tool's output (rows 60, 190, 260, 390,
460, 530, 680, 750, 850, 960, none in the other gold); scored once as unseen text, then dev text for the
rules. Run from the project folder: python docs/gold/annotate_10kgnad_third.py. Writes
tests/gold/entities_10kgnad_third.jsonl (offsets, short surface strings and SHA-256 digests only).

Annotation data: per article a list of entities
    (key, label, name, gender, [mention specs])
A mention spec is (surface, occ[, form]):
    surface  exact surface string (case-sensitive)
    occ      "*"  = every occurrence of the surface (word-bounded) not already claimed by a
                    longer mention of any entity
             int  = n-th (1-based) word-bounded occurrence of the surface in the text
             list = several such occurrence numbers
    form     "d" for deriv; otherwise automatic: "part" if the surface is directly followed by
             "-" (first part of a hyphenated compound), else "name". "n"/"p" force a form.
Word-bounded: preceded by no letter/digit and followed by no letter/digit.
"""
import hashlib
import json
import re
import sys
import warnings

warnings.simplefilter("ignore")
from helpers import paths
from helpers.articles import load_corpus

OUT = paths.GOLD / "entities_10kgnad_third.jsonl"
ROWS = [60, 190, 260, 390, 460, 530, 680, 750, 850, 960]

A = {}

# ---------------------------------------------------------------- 60: Saakaschwili interview
A[60] = [
    ("ukraine", "LOC", "Ukraine", None, [("Ukraine", "*"), ("Ukrainer", "*", "d")]),
    ("odessa", "LOC", "Odessa", None, [("Odessas", "*"), ("Odessa", "*")]),
    ("georgien", "LOC", "Georgien", None, [("georgische", "*", "d"), ("Georgien", "*")]),
    ("michail-saakaschwili", "PER", "Michail Saakaschwili", "m",
     [("Michail Saakaschwili", "*"), ("Saakaschwili", "*")]),
    # the eleven "STANDARD:" labels of the interviewer's questions are no mentions (see docs/gold/README.md)
    ("kiew", "LOC", "Kiew", None, [("Kiew", "*"), ("Kiewer", "*", "d")]),
    ("sowjetunion", "LOC", "Sowjetunion", None, [("sowjetischen", "*", "d")]),
    ("ostdeutschland", "LOC", "Ostdeutschland", None, [("Ostdeutschland", "*")]),
    ("usa", "LOC", "USA", None, [("USA", "*")]),
    ("russland", "LOC", "Russland", None,
     [("russischer", "*", "d"), ("russische", "*", "d"), ("Russland", "*")]),
    ("petro-poroschenko", "PER", "Petro Poroschenko", "m", [("Petro Poroschenko", "*")]),
    ("wladimir-putin", "PER", "Wladimir Putin", "m", [("Wladimir Putin", "*"), ("Putin", "*")]),
    ("bessarabien-gruppe", "ORG", "Bessarabien-Gruppe", None, [("Bessarabien-Gruppe", "*")]),
    ("suedwestukraine", "LOC", "Südwestukraine", None, [("Südwestukraine", "*")]),
    ("donbass", "LOC", "Donbass", None, [("Donbass", "*")]),
    ("zentralukraine", "LOC", "Zentralukraine", None, [("Zentralukraine", "*")]),
    ("arsenij-jazenjuk", "PER", "Arsenij Jazenjuk", "m",
     [("Arsenij Jazenjuk", "*"), ("Jazenjuk", "*")]),
    ("maidan", "LOC", "Maidan", None, [("Maidan", "*")]),
]

# ---------------------------------------------------------------- 190: Balkanroute closed
A[190] = [
    ("europaeische-kommission", "ORG", "EU-Kommission", None,
     [("EU-Kommission", "*"), ("Kommission", "*")]),
    ("balkan", "LOC", "Balkan", None, [("Balkan", "*")]),
    ("balkanroute", "LOC", "Balkanroute", None, [("Balkanroute", "*")]),
    ("eu", "ORG", "EU", None, [("EU", "*")]),
    ("tuerkei", "LOC", "Türkei", None, [("Türkei", "*")]),
    ("donald-tusk", "PER", "Donald Tusk", "m", [("Donald Tusk", "*"), ("Tusk", "*")]),
    ("der-standard", "ORG", "STANDARD", None, [("STANDARD", "*")]),
    ("deutschland", "LOC", "Deutschland", None, [("Deutschlands", "*"), ("Deutschland", "*")]),
    ("angela-merkel", "PER", "Angela Merkel", "f", [("Angela Merkel", "*")]),
    ("europa", "LOC", "Europa", None, [("Europa", "*")]),
    ("griechenland", "LOC", "Griechenland", None,
     [("Griechenland", "*"), ("griechisch", "*", "d")]),
    ("balkanstaaten", "LOC", "Balkanstaaten", None, [("Balkanstaaten", "*")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*")]),
    ("slowenien", "LOC", "Slowenien", None, [("Slowenien", "*")]),
    ("kroatien", "LOC", "Kroatien", None, [("Kroatien", "*")]),
    ("serbien", "LOC", "Serbien", None, [("Serbien", "*")]),
    ("mazedonien", "LOC", "Mazedonien", None, [("mazedonischen", "*", "d")]),
    ("syrien", "LOC", "Syrien", None, [("Syrer", "*", "d")]),
    ("irak", "LOC", "Irak", None, [("Iraker", "*", "d")]),
    ("afghanistan", "LOC", "Afghanistan", None, [("Afghanen", "*", "d")]),
    ("balkankonferenz", "OTH", "Balkankonferenz", None, [("Balkankonferenz", "*")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*")]),
    ("idomeni", "LOC", "Idomeni", None, [("Idomeni", "*")]),
    ("unhcr", "ORG", "UNHCR", None, [("UNHCR", "*")]),
    ("athen", "LOC", "Athen", None, [("Athen", "*")]),
    ("bruessel", "LOC", "Brüssel", None, [("Brüssel", "*")]),
    ("schengen", "OTH", "Schengen", None, [("Schengen", "*")]),
    ("albanien", "LOC", "Albanien", None, [("Albanien", "*")]),
    ("bulgarien", "LOC", "Bulgarien", None, [("Bulgarien", "*")]),
    ("ungarn", "LOC", "Ungarn", None, [("ungarische", "*", "d")]),
]

# ---------------------------------------------------------------- 260: Brexit poll
A[260] = [
    ("brexit", "OTH", "Brexit", None, [("Brexit", "*")]),
]

# ---------------------------------------------------------------- 390: Apple HQ
A[390] = [
    ("apple", "ORG", "Apple", None, [("Apple", "*")]),
    ("ufo", "OTH", "Ufo", None, [("Ufo", "*")]),
    ("facebook", "ORG", "Facebook", None, [("Facebook", "*")]),
    ("google", "ORG", "Google", None, [("Google", "*")]),
]

# ---------------------------------------------------------------- 460: Spiegel Online app
A[460] = [
    ("spiegel-online", "ORG", "Spiegel Online", None, [("Spiegel Online", "*")]),
]

# ---------------------------------------------------------------- 530: Robert Stigwood died
A[530] = [
    ("australien", "LOC", "Australien", None, [("Australier", "*", "d"), ("Australien", "*")]),
    ("bee-gees", "ORG", "Bee Gees", None, [("Bee Gees", "*"), ("Bee-Gees", "*")]),
    ("eric-clapton", "PER", "Eric Clapton", None, [("Eric Clapton", "*")]),
    ("sydney", "LOC", "Sydney", None, [("Sydney", "*")]),
    ("robert-stigwood", "PER", "Robert Stigwood", "m",
     [("Robert Stigwood", "*"), ("Stigwood", "*"), ("Robert", "*")]),
    ("spencer-gibb", "PER", "Spencer Gibb", "m", [("Spencer Gibb", "*")]),
    ("robin-gibb", "PER", "Robin Gibb", None, [("Robin Gibb", "*")]),
    ("facebook", "ORG", "Facebook", None, [("Facebook", "*")]),
    ("hair", "OTH", "Hair", None, [("Hair", "*")]),
    ("jesus-christ-superstar", "OTH", "Jesus Christ Superstar", None,
     [("Jesus Christ Superstar", "*")]),
    ("tommy", "OTH", "Tommy", None, [("Tommy", "*")]),
    ("the-who", "ORG", "The Who", None, [("The Who", "*")]),
    ("saturday-night-fever", "OTH", "Saturday Night Fever", None, [("Saturday Night Fever", "*")]),
    ("john-travolta", "PER", "John Travolta", None, [("John Travolta", "*")]),
    ("andrew-lloyd-webber", "PER", "Andrew Lloyd Webber", "m",
     [("Andrew Lloyd Webber", "*"), ("ALW", "*")]),
    ("twitter", "ORG", "Twitter", None, [("Twitter", "*")]),
]

# ---------------------------------------------------------------- 680: ÖVP Zukunftskonferenz
A[680] = [
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", "*"), ("Volkspartei", "*")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*")]),
    ("andreas-khol", "PER", "Andreas Khol", "m", [("Andreas Khol", "*")]),
    ("christian-kern", "PER", "Christian Kern", "m", [("Christian Kern", "*")]),
    ("parlament", "ORG", "Parlament", None, [("Parlament", "*")]),
    ("peter-mcdonald", "PER", "Peter McDonald", "m", [("Peter McDonald", "*"), ("McDonald", "*")]),
    ("der-standard", "ORG", "STANDARD", None, [("STANDARD", "*")]),
    ("nationalrat", "ORG", "Nationalrat", None, [("Nationalrats", "*")]),
]

# ---------------------------------------------------------------- 750: Bank Austria, labour market
A[750] = [
    ("wien", "LOC", "Wien", None, [("Wien", "*")]),
    ("eu", "ORG", "EU", None, [("EU", "*")]),
    ("bank-austria", "ORG", "Bank Austria", None, [("Bank Austria", "*"), ("Bank-Austria", "*")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*")]),
    ("vorarlberg", "LOC", "Vorarlberg", None, [("Vorarlberg", "*")]),
    ("walter-pudschedl", "PER", "Walter Pudschedl", "m",
     [("Walter Pudschedl", "*"), ("Pudschedl", "*")]),
    ("stefan-bruckbauer", "PER", "Stefan Bruckbauer", "m",
     [("Stefan Bruckbauer", "*"), ("Bruckbauer", "*")]),
    ("deutschland", "LOC", "Deutschland", None, [("Deutschland", "*")]),
    ("oecd", "ORG", "OECD", None, [("OECD", "*", "p")]),
    ("serbien", "LOC", "Serbien", None, [("Serbien", "*")]),
    ("tuerkei", "LOC", "Türkei", None, [("Türkei", "*")]),
    ("bulgarien", "LOC", "Bulgarien", None, [("Bulgaren", "*", "d")]),
    ("rumaenien", "LOC", "Rumänien", None, [("Rumänen", "*", "d")]),
    ("burgenland", "LOC", "Burgenland", None, [("Burgenland", "*")]),
    ("oberoesterreich", "LOC", "Oberösterreich", None, [("Oberösterreich", "*")]),
    ("steiermark", "LOC", "Steiermark", None, [("Steiermark", "*")]),
]

# ---------------------------------------------------------------- 850: bathing accident Donau
A[850] = [
    ("wien", "LOC", "Wien", None, [("Wien", "*")]),
    ("donau", "LOC", "Donau", None, [("Donau", "*")]),
    ("donaustadt", "LOC", "Wien-Donaustadt", None, [("Wien-Donaustadt", "*")]),
    ("donauinsel", "LOC", "Donauinsel", None, [("Donauinsel", "*")]),
    ("berufsrettung-wien", "ORG", "Wiener Berufsrettung", None, [("Wiener Berufsrettung", "*")]),
]

# ---------------------------------------------------------------- 960: Slovenia limits entry
A[960] = [
    ("johanna-mikl-leitner", "PER", "Johanna Mikl-Leitner", "f",
     [("Johanna Mikl-Leitner", "*"), ("Mikl-Leitner", "*")]),
    ("hans-peter-doskozil", "PER", "Hans Peter Doskozil", "m",
     [("Hans Peter Doskozil", "*"), ("Doskozil", "*")]),
    ("spielfeld", "LOC", "Spielfeld", None, [("Spielfeld", "*")]),
    ("serbien", "LOC", "Serbien", None,
     [("Serbien", "*"), ("Serbiens", "*"), ("serbische", "*", "d")]),
    ("ljubljana", "LOC", "Ljubljana", None, [("Ljubljana", "*")]),
    ("slowenien", "LOC", "Slowenien", None,
     [("Slowenien", "*"), ("Sloweniens", "*"), ("slowenische", "*", "d"),
      ("slowenischen", "*", "d")]),
    ("innenministerium-slowenien", "ORG", "Innenministerium", None,
     [("Innenministerium", "*")]),
    ("oesterreich", "LOC", "Österreich", None,
     [("Österreich", "*"), ("Österreichs", "*"), ("österreichischen", "*", "d")]),
    ("kroatien", "LOC", "Kroatien", None, [("Kroatien", "*"), ("kroatische", "*", "d")]),
    ("kaernten", "LOC", "Kärnten", None, [("Kärntner", "*", "d")]),
    ("lavamuend", "LOC", "Lavamünd", None, [("Lavamünd", "*")]),
    ("bleiburg", "LOC", "Bleiburg", None, [("Bleiburg", "*")]),
    ("karawankentunnel", "LOC", "Karawankentunnel", None, [("Karawankentunnel", "*")]),
    ("innenministerium-oesterreich", "ORG", "Innenministerium", None,
     [("Innenministeriums", "*")]),
    ("der-standard", "ORG", "STANDARD", None, [("STANDARD", "*")]),
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", "*")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*")]),
    ("steiermark", "LOC", "Steiermark", None, [("steirischen", "*", "d")]),
    ("balkanroute", "LOC", "Balkanroute", None, [("Balkanroute", "*")]),
    ("ivica-dacic", "PER", "Ivica Dačić", "m", [("Ivica Dačić", "*"), ("Dačić", "*")]),
    ("europaeische-union", "ORG", "Europäische Union", None,
     [("Europäischen Union", "*"), ("Europäische Union", "*"), ("EU", "*")]),
    ("italien", "LOC", "Italien", None, [("Italiens", "*"), ("italienischer", "*", "d")]),
    ("paolo-gentiloni", "PER", "Paolo Gentiloni", "m",
     [("Paolo Gentiloni", "*"), ("Gentiloni", "*")]),
    ("europa", "LOC", "Europa", None,
     [("Europa", "*"), ("Europas", "*"), ("europäischen", "*", "d"), ("europäische", "*", "d")]),
    ("nato", "ORG", "NATO", None, [("Nato", "*"), ("NATO", "*")]),
    ("aegaeis", "LOC", "Ägäis", None, [("Ägäis", "*")]),
    ("frankreich", "LOC", "Frankreich", None, [("Frankreich", "*"), ("französische", "*", "d")]),
    ("deutschland", "LOC", "Deutschland", None,
     [("Deutschland", "*"), ("deutsche", "*", "d"), ("deutschen", "*", "d")]),
    ("manuel-valls", "PER", "Manuel Valls", "m", [("Manuel Valls", "*"), ("Valls", "*")]),
    ("angela-merkel", "PER", "Angela Merkel", "f", [("Angela Merkel", "*"), ("Merkel", "*")]),
    ("tuerkei", "LOC", "Türkei", None,
     [("Türkei", "*"), ("türkische", "*", "d"), ("türkischer", "*", "d")]),
    ("syrien", "LOC", "Syrien", None, [("Syrien", "*")]),
    ("irak", "LOC", "Irak", None, [("Iraker", "*", "d")]),
    ("bagdad", "LOC", "Bagdad", None, [("Bagdad", "*")]),
    ("erbil", "LOC", "Erbil", None, [("Erbil", "*")]),
    ("schengen", "OTH", "Schengen", None, [("Schengen", "*")]),
    ("usa", "LOC", "USA", None, [("USA", "*"), ("US", "*")]),
    ("faruk-kaymakci", "PER", "Faruk Kaymakcı", "m", [("Faruk Kaymakcı", "*")]),
    ("islamischer-staat", "ORG", "Islamischer Staat", None,
     [("Islamischer Staat", "*"), ("IS", "*")]),
    ("griechenland", "LOC", "Griechenland", None,
     [("Griechenland", "*"), ("griechischen", "*", "d")]),
    ("lesbos", "LOC", "Lesbos", None, [("Lesbos", "*")]),
    ("chios", "LOC", "Chios", None, [("Chios", "*")]),
    ("leros", "LOC", "Leros", None, [("Leros", "*")]),
    ("samos", "LOC", "Samos", None, [("Samos", "*")]),
    ("afp", "ORG", "AFP", None, [("AFP", "*")]),
    ("mini-gipfel-der-willigen", "OTH", "Mini-Gipfel der Willigen", None,
     [("Mini-Gipfel der Willigen", "*")]),
    ("werner-faymann", "PER", "Werner Faymann", "m", [("Werner Faymann", "*")]),
    ("schweden", "LOC", "Schweden", None, [("Schweden", "*")]),
    ("belgien", "LOC", "Belgien", None, [("Belgien", "*")]),
    ("luxemburg", "LOC", "Luxemburg", None, [("Luxemburg", "*"), ("luxemburgische", "*", "d")]),
    ("niederlande", "LOC", "Niederlande", None, [("Niederlande", "*")]),
    ("finnland", "LOC", "Finnland", None, [("Finnland", "*")]),
    ("portugal", "LOC", "Portugal", None, [("Portugal", "*")]),
    ("ahmet-davutoglu", "PER", "Ahmet Davutoğlu", "m", [("Ahmet Davutoğlu", "*")]),
    ("jean-claude-juncker", "PER", "Jean-Claude Juncker", "m", [("Jean-Claude Juncker", "*")]),
    ("martin-schulz", "PER", "Martin Schulz", "m", [("Martin Schulz", "*")]),
    ("visegrad-gruppe", "ORG", "Visegrád", None, [("Visegrád", "*")]),
    ("tschechien", "LOC", "Tschechien", None, [("Tschechien", "*")]),
    ("polen", "LOC", "Polen", None, [("Polen", "*")]),
    ("slowakei", "LOC", "Slowakei", None, [("Slowakei", "*")]),
    ("ungarn", "LOC", "Ungarn", None, [("Ungarn", "*")]),
    ("mazedonien", "LOC", "Mazedonien", None, [("Mazedoniens", "*")]),
    ("bulgarien", "LOC", "Bulgarien", None, [("Bulgariens", "*")]),
    ("prag", "LOC", "Prag", None, [("Prag", "*")]),
    ("gergely-proehle", "PER", "Gergely Pröhle", "m", [("Gergely Pröhle", "*"), ("Pröhle", "*")]),
    ("rbb-inforadio", "ORG", "RBB-Inforadio", None, [("RBB-Inforadio", "*")]),
    ("mitteleuropa", "LOC", "Mitteleuropa", None, [("mitteleuropäische", "*", "d")]),
    ("jean-asselborn", "PER", "Jean Asselborn", "m", [("Jean Asselborn", "*")]),
    ("russland", "LOC", "Russland", None, [("russische", "*", "d")]),
    ("dmitri-medwedew", "PER", "Dmitri Medwedew", "m", [("Dmitri Medwedew", "*")]),
    ("time", "ORG", "Time", None, [("Time", "*")]),
    ("tomislav-nikolic", "PER", "Tomislav Nikolić", "m",
     [("Tomislav Nikolić", "*"), ("Nikolic", "*")]),
    ("danas", "ORG", "Danas", None, [("Danas", "*")]),
]


# ---------------------------------------------------------------- machinery
def load_texts():
    gnad = load_corpus(paths.SHARED_DATA / "10kgnad" / "articles.csv", category="label", sep=";",
                       quotechar="'", header=False, columns=["label", "text"])
    return {i: gnad[i].text for i in ROWS}


def bounded(text, surface):
    pat = r"(?<![^\W_])" + re.escape(surface) + r"(?![^\W_])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def resolve(text, ents):
    """Return entities with resolved mentions; raise on any problem."""
    specs = []
    for ei, (key, label, name, gender, ms) in enumerate(ents):
        for spec in ms:
            surface, occ = spec[0], spec[1]
            form = spec[2] if len(spec) > 2 else None
            specs.append((ei, surface, occ, form))
    claimed = []  # (start, end, ei)
    # longer surfaces first so that "*" of a short surface skips spans of longer ones
    for ei, surface, occ, form in sorted(specs, key=lambda s: -len(s[1])):
        hits = bounded(text, surface)
        if not hits:
            raise SystemExit(f"surface not found: {surface!r}")
        if occ == "*":
            chosen = [h for h in hits
                      if not any(h[0] < c[1] and c[0] < h[1] for c in claimed)]
            if not chosen:
                raise SystemExit(f"no unclaimed occurrence of {surface!r}")
        else:
            occs = occ if isinstance(occ, list) else [occ]
            chosen = [hits[n - 1] for n in occs]
        for s, e in chosen:
            for c in claimed:
                if s < c[1] and c[0] < e:
                    raise SystemExit(f"overlap: {surface!r} at {s} with {text[c[0]:c[1]]!r}")
            if form == "d":
                f = "deriv"
            elif form == "n":
                f = "name"
            elif form == "p":
                f = "part"
            else:
                f = "part" if text[e:e + 1] == "-" else "name"
            claimed.append((s, e, ei, f))
    out = []
    for ei, (key, label, name, gender, ms) in enumerate(ents):
        mentions = sorted((c for c in claimed if c[2] == ei), key=lambda c: c[0])
        assert label in ("PER", "ORG", "LOC", "OTH")
        assert gender in (None, "m", "f") and (label == "PER" or gender is None)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key), key
        out.append({"key": key, "label": label, "name": name, "gender": gender,
                    "mentions": [{"start": s, "end": e, "text": text[s:e], "form": f}
                                 for s, e, _, f in mentions]})
    keys = [e["key"] for e in out]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return out


def check(text, ents):
    spans = []
    for e in ents:
        assert e["mentions"], e["key"]
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
            assert m["form"] in ("name", "part", "deriv")
            spans.append((m["start"], m["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], f"overlap {a} {b}"


def main():
    texts = load_texts()
    lines = []
    for i in ROWS:
        text = texts[i]
        ents = resolve(text, A[i])
        check(text, ents)
        # order entities by first mention
        ents.sort(key=lambda e: e["mentions"][0]["start"])
        lines.append({"source": "10kgnad", "index": i, "article": f"articles-{i + 1}",
                      "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                      "entities": ents})
        if "-v" in sys.argv:
            covered = set()
            for e in ents:
                for m in e["mentions"]:
                    covered.update(range(m["start"], m["end"]))
            print(f"== {i}")
            for e in ents:
                print("  ", e["key"], e["label"], e["gender"],
                      [f"{m['text']}/{m['form'][0]}@{m['start']}" for m in e["mentions"]])
            unc = []
            for m in re.finditer(r"[^\W\d_][\w\-]*", text):
                w = m.group()
                if m.start() in covered:
                    continue
                if w[0].isupper() or re.search(r"isch|ländisch|äisch", w):
                    unc.append(w)
            print("   UNCOVERED:", " ".join(sorted(set(unc))))
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in lines:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in lines)
    print(f"ok: wrote {len(lines)} articles, {n} entities to {OUT}")


if __name__ == "__main__":
    main()
