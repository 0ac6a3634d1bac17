"""Hand annotation (gold) of named entities in 10 articles of the 10kGNAD test file.

Annotated on 3 December 2026, blind to the tool's output, as more dev text for the rules (rows 12, 77,
205, 298, 352, 470, 612, 719, 905, 990, none of them in the other gold). Run from the project folder:
python docs/gold/annotate_10kgnad_more.py. Writes tests/gold/entities_10kgnad_more.jsonl (offsets,
short surface strings and the SHA-256 of each text only).

Annotation data: per article a list of entities
    (key, label, name, gender, [mention specs])
mention spec = (surface, occ, form)
    occ: 1-based number of the occurrence of `surface` in the text, counting only occurrences at
         word boundaries (char before/after is not a letter/digit; a hyphen counts as a boundary);
         a list of such numbers; or "*" = every such occurrence not overlapped by an explicitly
         numbered mention of this article.
    form: "name" / "part" / "deriv". A "name" mention directly followed by "-" + letter
          (first part of a hyphenated compound) is turned into "part" automatically.
"""

import hashlib
import json
import sys
import warnings

from helpers import paths
from helpers.articles import load_corpus

warnings.simplefilter("ignore")
GNAD = paths.SHARED_DATA / "10kgnad" / "articles.csv"

ROWS = [12, 77, 205, 298, 352, 470, 612, 719, 905, 990]
OUT = paths.GOLD / "entities_10kgnad_more.jsonl"
N, P, D = "name", "part", "deriv"
ALL = "*"

A = {}

# ---------------------------------------------------------------- 12: Rumblr, fake fight app
A[12] = [
    ("tinder", "ORG", "Tinder", None, [("Tinder", ALL, N)]),
    ("rumblr", "ORG", "Rumblr", None, [("Rumblr", ALL, N)]),
    ("itunes-store", "OTH", "iTunes Store", None, [("iTunes Store", 1, N)]),
    ("von-hughes", "ORG", "von Hughes", None, [("von Hughes", 1, N)]),
    ("google", "ORG", "Google", None, [("Google", 1, P)]),
    ("deutschland", "LOC", "Deutschland", None, [("deutschen", 1, D)]),
    ("vice", "ORG", "Vice", None, [("Vice", 1, N)]),
    ("wired", "ORG", "Wired", None, [("Wired", 1, N)]),
    ("future-without-violence", "ORG", "Future without Violence", None,
     [("Future without Violence", 1, N)]),
    ("cwla", "ORG", "CWLA", None, [("CWLA", 1, N)]),
    ("homeboy-industries", "ORG", "Homeboy Industries", None, [("Homeboy Industries", 1, N)]),
]

# ---------------------------------------------------------------- 77: Italian banks, Unicredit, MPS
A[77] = [
    ("italien", "LOC", "Italien", None, [("Italiens", ALL, N), ("italienischen", ALL, D)]),
    ("bank-austria", "ORG", "Bank Austria", None, [("Bank-Austria", ALL, P)]),
    ("unicredit", "ORG", "Unicredit", None, [("Unicredit", ALL, N)]),
    ("ezb", "ORG", "Europäische Zentralbank", None,
     [("EZB", ALL, N), ("Europäischen Zentralbank", 1, N)]),
    ("mailand", "LOC", "Mailand", None, [("Mailand", ALL, N)]),
    ("federico-ghizzoni", "PER", "Federico Ghizzoni", "m", [("Federico Ghizzoni", 1, N)]),
    ("tuerkei", "LOC", "Türkei", None, [("Türkei", ALL, N)]),
    ("polen", "LOC", "Polen", None, [("Polen", ALL, N)]),
    ("usa", "LOC", "USA", None, [("US", ALL, P)]),
    ("jp-morgan", "ORG", "JP Morgan", None, [("JP Morgan", 1, N)]),
    ("siena", "LOC", "Siena", None, [("Siena", 1, N)]),
    ("monte-dei-paschi-di-siena", "ORG", "Monte dei Paschi di Siena", None,
     [("Monte dei Paschi di Siena", 1, N), ("MPS", ALL, N)]),
    ("societe-generale", "ORG", "Société Genérale", None, [("Société Genérale", 1, N)]),
]

# ---------------------------------------------------------------- 205: golf, Wiesberger in Austin
A[205] = [
    ("burgenland", "LOC", "Burgenland", None, [("Burgenländer", ALL, D)]),
    ("austin", "LOC", "Austin", None, [("Austin", ALL, N)]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreichs", ALL, N)]),
    ("bernd-wiesberger", "PER", "Bernd Wiesberger", "m",
     [("Bernd Wiesberger", 1, N), ("Wiesberger", ALL, N)]),
    ("match-play-championship", "OTH", "Match Play Championship", None,
     [("Match Play Championship", 1, N)]),
    ("england", "LOC", "England", None, [("Engländer", 1, D)]),
    ("andy-sullivan", "PER", "Andy Sullivan", "m", [("Andy Sullivan", 1, N), ("Sullivan", ALL, N)]),
    ("louis-oosthuizen", "PER", "Louis Oosthuizen", None, [("Louis Oosthuizen", 1, N)]),
    ("matt-jones", "PER", "Matt Jones", None, [("Matt Jones", 1, N)]),
    ("world-golf-championships", "OTH", "World Golf Championships", None,
     [("World Golf Championships", 1, N), ("WGC", 1, N)]),
]

# ---------------------------------------------------------------- 298: CIA/BND operation Glotaic
A[298] = [
    ("der-spiegel", "ORG", "Spiegel", None, [("Spiegel", ALL, N)]),
    ("bnd", "ORG", "Bundesnachrichtendienst", None,
     [("Bundesnachrichtendienst", ALL, N), ("BND", ALL, N)]),
    ("cia", "ORG", "Central Intelligence Agency", None,
     [("Central Intelligence Agency", 1, N), ("CIA", ALL, N)]),
    ("usa", "LOC", "USA", None, [("USA", ALL, N), ("US", ALL, P)]),
    ("deutschland", "LOC", "Deutschland", None,
     [("Deutschland", ALL, N), ("deutschem", 1, D), ("Deutschen", 1, D), ("deutschen", 1, D)]),
    ("glotaic", "OTH", "Glotaic", None, [("Glotaic", ALL, N)]),
    ("mci", "ORG", "MCI", None, [("MCI", ALL, N)]),
    ("hilden", "LOC", "Hilden", None, [("Hilden", ALL, N)]),
    ("nsa", "ORG", "NSA", None, [("NSA", 1, P)]),
    ("bundestag", "ORG", "Bundestag", None, [("Bundestags", 1, N)]),
    ("g-10-gesetz", "OTH", "G-10-Gesetz", None, [("G-10- Gesetz", 1, N), ("G-10", 2, P)]),
]

# ---------------------------------------------------------------- 352: Champions League PSG-Chelsea, Benfica-Zenit
A[352] = [
    ("frankreich", "LOC", "Frankreich", None,
     [("Frankreichs", ALL, N), ("französische", 1, D)]),
    ("benfica", "ORG", "Benfica", None, [("Benfica", ALL, N), ("Benficas", 1, N)]),
    ("zenit-st-petersburg", "ORG", "Zenit St. Petersburg", None,
     [("St. Petersburg", 1, N), ("Zenit St. Petersburg", ALL, N), ("Zenit", ALL, N)]),
    ("paris", "LOC", "Paris", None, [("Paris", [1, 5, 6], N), ("Pariser", 1, D)]),
    ("lissabon", "LOC", "Lissabon", None, [("Lissabon", ALL, N), ("Lissaboner", 1, D)]),
    ("paris-saint-germain", "ORG", "Paris St. Germain", None,
     [("Paris St. Germain", 1, N), ("Paris", [3, 4], N), ("PSG", ALL, N)]),
    ("ligue-1", "OTH", "Ligue 1", None, [("Ligue 1", ALL, N)]),
    ("katar", "LOC", "Katar", None, [("katarischen", 1, D), ("Katar", ALL, N)]),
    ("champions-league", "OTH", "Champions League", None, [("Champions League", ALL, N)]),
    ("chelsea", "ORG", "Chelsea", None, [("Chelsea", ALL, N), ("Blues", 1, N)]),
    ("london", "LOC", "London", None, [("London", ALL, N), ("Londonern", 1, D)]),
    ("prinzenparkstadion", "LOC", "Prinzenparkstadion", None, [("Prinzenparkstadion", 1, N)]),
    ("laurent-blanc", "PER", "Laurent Blanc", "m", [("Laurent Blanc", 1, N), ("Blanc", ALL, N)]),
    ("as-monaco", "ORG", "Monaco", None, [("Monaco", 1, N)]),
    ("losc-lille", "ORG", "Lille", None, [("Lille", 1, N)]),
    ("zlatan-ibrahimovic", "PER", "Zlatan Ibrahimovic", None,
     [("Zlatan Ibrahimovic", 1, N), ("Ibrahimovic", ALL, N)]),
    ("thiago-motta", "PER", "Thiago Motta", None, [("Thiago Motta", 1, N)]),
    ("thiago-silva", "PER", "Thiago Silva", None, [("Thiago Silva", 1, N)]),
    ("serge-aurier", "PER", "Serge Aurier", "m", [("Serge Aurier", 1, N), ("Aurier", ALL, N)]),
    ("elfenbeinkueste", "LOC", "Elfenbeinküste", None, [("Elfenbeinküste", 1, N)]),
    ("nasser-al-khelaifi", "PER", "Nasser Al-Khelaifi", "m", [("Nasser Al-Khelaifi", 1, N)]),
    ("angel-di-maria", "PER", "Angel di Maria", "m", [("Angel di Maria", 1, N)]),
    ("argentinien", "LOC", "Argentinien", None, [("Argentinier", 1, D)]),
    ("manchester-united", "ORG", "Manchester United", None, [("Manchester United", 1, N)]),
    ("newcastle-united", "ORG", "Newcastle", None, [("Newcastle", 1, N)]),
    ("jose-mourinho", "PER", "Jose Mourinho", None, [("Jose Mourinho", 1, N)]),
    ("guus-hiddink", "PER", "Guus Hiddink", "m", [("Guus Hiddink", 1, N), ("Hiddink", ALL, N)]),
    ("england", "LOC", "England", None, [("Englands", 1, N)]),
    ("leicester-city", "ORG", "Leicester", None, [("Leicester", 1, N)]),
    ("uefa", "ORG", "UEFA", None, [("UEFA", 1, P)]),
    ("niederlande", "LOC", "Niederlande", None, [("Niederländer", 1, D)]),
    ("john-terry", "PER", "John Terry", "m", [("John Terry", 1, N)]),
    ("russland", "LOC", "Russland", None, [("Russen", ALL, D)]),
    ("kaa-gent", "ORG", "Gent", None, [("Gent", 1, N)]),
    ("portugal", "LOC", "Portugal", None, [("Portugal", ALL, N), ("Portugiese", 1, D)]),
    ("spanien", "LOC", "Spanien", None, [("Spanien", ALL, N)]),
    ("andre-villas-boas", "PER", "Andre Villas-Boas", "m", [("Andre Villas-Boas", 1, N)]),
    ("fc-porto", "ORG", "FC Porto", None, [("FC Porto", 1, N), ("Porto", 2, N)]),
    ("axel-witsel", "PER", "Axel Witsel", None, [("Axel Witsel", 1, N)]),
    ("javi-garcia", "PER", "Javi Garcia", None, [("Javi Garcia", 1, N)]),
    ("ezequiel-garay", "PER", "Ezequiel Garay", None, [("Ezequiel Garay", 1, N)]),
]

# ---------------------------------------------------------------- 470: BBC mind-controlled iPlayer
A[470] = [
    ("grossbritannien", "LOC", "Großbritannien", None, [("britische", 1, D)]),
    ("bbc", "ORG", "BBC", None, [("BBC", ALL, N)]),
    ("bbc-iplayer", "OTH", "iPlayer", None, [("iPlayer", 1, N), ("iPlayers", 1, N)]),
    ("london", "LOC", "London", None, [("Londoner", 1, D)]),
    ("this-place", "ORG", "This Place", None, [("This Place", 1, N)]),
    ("mindrdr", "OTH", "MindRDR", None, [("MindRDR", 1, N)]),
]

# ---------------------------------------------------------------- 612: economists on refugees
A[612] = [
    ("wien", "LOC", "Wien", None, [("Wien", 1, N)]),
    ("angela-merkel", "PER", "Merkel", None, [("Merkel", 1, P)]),
    ("deutschland", "LOC", "Deutschland", None,
     [("deutschen", ALL, D), ("Deutschland", ALL, N)]),
    ("diw", "ORG", "DIW", None, [("DIW", ALL, N)]),
    ("marcel-fratzscher", "PER", "Marcel Fratzscher", "m",
     [("Marcel Fratzscher", 1, N), ("Fratzscher", ALL, N)]),
    ("microsoft-excel", "OTH", "Excel", None, [("Excel", 1, N)]),
    ("oesterreich", "LOC", "Österreich", None,
     [("österreichische", 1, D), ("Österreich", ALL, N)]),
    ("der-standard", "ORG", "DER STANDARD", None,
     [("STANDARD", 1, P), ("DER STANDARD", 1, N)]),
    ("oenb", "ORG", "Nationalbank", None, [("Nationalbank", ALL, N), ("OeNB", 1, N)]),
    ("wifo", "ORG", "Wifo", None, [("Wifo", ALL, N)]),
    ("ihs", "ORG", "Institut für Höhere Studien", None,
     [("Institut für Höhere Studien", 1, N), ("IHS", ALL, N)]),
    ("doris-ritzberger-gruenwald", "PER", "Doris Ritzberger-Grünwald", "f",
     [("Doris Ritzberger-Grünwald", 1, N), ("Ritzberger-Grünwald", ALL, N)]),
    ("marcus-scheiblecker", "PER", "Marcus Scheiblecker", "m",
     [("Marcus Scheiblecker", 1, N), ("Scheiblecker", ALL, N)]),
    ("helmut-hofer", "PER", "Helmut Hofer", "m", [("Helmut Hofer", 1, N), ("Hofer", ALL, N)]),
]

# ---------------------------------------------------------------- 719: Pedro from Barcelona to Chelsea
A[719] = [
    ("fc-barcelona", "ORG", "FC Barcelona", None,
     [("Barcelona", [1, 4], N), ("FC Barcelona", 1, N), ("Barcas", 1, N), ("Barcelonas", 1, N)]),
    ("barcelona", "LOC", "Barcelona", None, [("Barcelona", 2, N)]),
    ("pedro-rodriguez", "PER", "Pedro Rodriguez", "m",
     [("Pedro Rodriguez", 1, N), ("Pedro", 2, N)]),
    ("chelsea", "ORG", "Chelsea", None, [("Chelsea", ALL, N)]),
    ("katalonien", "LOC", "Katalonien", None, [("Katalanen", 1, D)]),
    ("teneriffa", "LOC", "Teneriffa", None, [("Teneriffa", 1, N)]),
    ("champions-league", "OTH", "Champions League", None, [("Champions League", 1, N)]),
    ("spanien", "LOC", "Spanien", None, [("Spanien", 1, N)]),
    ("fc-sevilla", "ORG", "FC Sevilla", None, [("FC Sevilla", 1, N)]),
    ("uefa", "ORG", "Uefa", None, [("Uefa", 1, P)]),
    ("england", "LOC", "England", None, [("England", 1, N)]),
    ("manchester-united", "ORG", "Manchester United", None, [("Manchester United", 1, N)]),
    ("arsenal", "ORG", "Arsenal", None, [("Arsenal", 1, N)]),
]

# ---------------------------------------------------------------- 905: dog breeders convicted in Linz
A[905] = [
    ("deutschland", "LOC", "Deutschland", None, [("deutsche", 1, D)]),
    ("landesgericht-linz", "ORG", "Landesgericht Linz", None, [("Landesgericht Linz", 1, N)]),
    ("muehlviertel", "LOC", "Mühlviertel", None, [("Mühlviertel", 1, N)]),
    ("oliver-schosswohl", "PER", "Oliver Schoßwohl", "m", [("Oliver Schoßwohl", 1, N)]),
]

# ---------------------------------------------------------------- 990: EU interior ministers, Balkan route, Turkey
A[990] = [
    ("eu", "ORG", "EU", None, [("EU", ALL, N)]),
    ("balkanroute", "LOC", "Balkanroute", None, [("Balkanroute", ALL, N)]),
    ("deutschland", "LOC", "Deutschland", None,
     [("deutschen", ALL, D), ("Deutschland", ALL, N), ("deutsche", ALL, D), ("deutsch", 1, D)]),
    ("bruessel", "LOC", "Brüssel", None, [("Brüssel", 1, N)]),
    ("tuerkei", "LOC", "Türkei", None,
     [("Türkei", ALL, N), ("türkische", ALL, D), ("Türken", 1, D)]),
    ("balkanstaaten", "LOC", "Balkanstaaten", None, [("Balkanstaaten", 1, N)]),
    ("griechenland", "LOC", "Griechenland", None,
     [("Griechenland", ALL, N), ("griechisch", 1, D), ("griechische", 1, D)]),
    ("oesterreich", "LOC", "Österreich", None,
     [("Österreich", ALL, N), ("österreichische", 1, D)]),
    ("angela-merkel", "PER", "Angela Merkel", "f", [("Angela Merkel", 1, N), ("Merkel", ALL, N)]),
    ("balkankonferenz", "OTH", "Balkankonferenz", None, [("Balkankonferenz", 1, N)]),
    ("wien", "LOC", "Wien", None, [("Wien", 1, N)]),
    ("thomas-de-maiziere", "PER", "Thomas de Maizière", "m",
     [("Thomas de Maizière", 1, N), ("de Maizière", ALL, N), ("De Maizière", 1, N)]),
    ("rat-der-eu", "ORG", "EU-Rat", None, [("EU-Rat", 1, N)]),
    ("johanna-mikl-leitner", "PER", "Johanna Mikl-Leitner", "f",
     [("Johanna Mikl-Leitner", 1, N), ("Mikl-Leitner", ALL, N)]),
    ("europa", "LOC", "Europa", None, [("europäischer", 1, D), ("Europa", 1, N)]),
    ("ankara", "LOC", "Ankara", None, [("Ankara", 1, N)]),
    ("berlin", "LOC", "Berlin", None, [("Berlin", ALL, N)]),
    ("aegaeis", "LOC", "Ägäis", None, [("Ägäis", 1, N)]),
    ("syrien", "LOC", "Syrien", None, [("Syrer", 1, D)]),
    ("vereinte-nationen", "ORG", "UN", None, [("UN", 1, P)]),
    ("said-raad-al-hussein", "PER", "Said Raad al-Hussein", "m", [("Said Raad al-Hussein", 1, N)]),
    ("genf", "LOC", "Genf", None, [("Genf", 1, N)]),
    ("sozialdemokratische-parteien", "ORG", "SP", None, [("SP", 1, P)]),
    ("frankreich", "LOC", "Frankreich", None, [("französischen", 1, D)]),
    ("francois-hollande", "PER", "François Hollande", "m", [("François Hollande", 1, N)]),
    ("paris", "LOC", "Paris", None, [("Paris", 1, N)]),
    ("idomeni", "LOC", "Idomeni", None, [("Idomeni", 1, N)]),
    ("mazedonien", "LOC", "Mazedonien", None, [("mazedonischen", 1, D)]),
    ("europaeische-kommission", "ORG", "EU-Kommission", None, [("EU-Kommission", 1, N)]),
]


# ====================================================================== machinery
def boundary_occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        before_ok = i == 0 or not text[i - 1].isalnum()
        after_ok = j == len(text) or not text[j].isalnum()
        if before_ok and after_ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def resolve(text, ents, idx):
    claimed = []  # (start, end, entity_no)
    resolved = {n: [] for n in range(len(ents))}
    errors = []
    # pass 1: numbered mentions
    for n, (_k, _l, _nm, _g, specs) in enumerate(ents):
        for s, occ, form in specs:
            if occ == ALL:
                continue
            occs = boundary_occurrences(text, s)
            for o in ([occ] if isinstance(occ, int) else occ):
                if o < 1 or o > len(occs):
                    errors.append(f"[{idx}] {s!r} occurrence {o} not found (have {len(occs)})")
                    continue
                st, en = occs[o - 1]
                resolved[n].append((st, en, form))
                claimed.append((st, en, n))
    # pass 2: "*" mentions, skipping occurrences overlapped by numbered ones
    for n, (_k, _l, _nm, _g, specs) in enumerate(ents):
        for s, occ, form in specs:
            if occ != ALL:
                continue
            occs = boundary_occurrences(text, s)
            got = 0
            for st, en in occs:
                if any(st < ce and cs < en for cs, ce, _ in claimed):
                    continue
                resolved[n].append((st, en, form))
                claimed.append((st, en, n))
                got += 1
            if got == 0:
                errors.append(f"[{idx}] {s!r} '*' matched nothing")
    # overlap check over everything
    cl = sorted(claimed)
    for (s1, e1, n1), (s2, e2, n2) in zip(cl, cl[1:]):
        if s2 < e1:
            errors.append(f"[{idx}] overlap {text[s1:e1]!r}@{s1} / {text[s2:e2]!r}@{s2}")
    return resolved, errors


def main():
    gnad = load_corpus(GNAD, category="label", sep=";", quotechar="'", header=False,
                       columns=["label", "text"])
    lines, all_errors = [], []
    for idx in ROWS:
        art = gnad[idx]
        text = art.text
        ents = A[idx]
        keys = [e[0] for e in ents]
        if len(keys) != len(set(keys)):
            all_errors.append(f"[{idx}] duplicate keys")
        resolved, errors = resolve(text, ents, idx)
        all_errors += errors
        out_ents = []
        for n, (key, label, name, gender, _specs) in enumerate(ents):
            assert label in ("PER", "ORG", "LOC", "OTH"), key
            assert gender in ("m", "f", None), key
            if label != "PER":
                assert gender is None, key
            assert key == key.lower() and key.isascii(), key
            ms = []
            for st, en, form in sorted(resolved[n]):
                surf = text[st:en]
                if form == N and en + 1 < len(text) and text[en] == "-" and text[en + 1].isalpha():
                    form = P
                assert text[st:en] == surf
                ms.append({"start": st, "end": en, "text": surf, "form": form})
            if not ms:
                all_errors.append(f"[{idx}] entity {key} has no mentions")
            out_ents.append({"key": key, "label": label, "name": name, "gender": gender,
                             "mentions": ms})
        # order entities by first mention, as in the existing gold
        out_ents.sort(key=lambda e: e["mentions"][0]["start"] if e["mentions"] else 10**9)
        lines.append({"source": "10kgnad", "index": idx, "article": art.id,
                      "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                      "entities": out_ents})
    # final verification of written data
    for rec, idx in zip(lines, ROWS):
        text = gnad[idx].text
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == rec["sha256"]
        spans = []
        for e in rec["entities"]:
            for m in e["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (idx, m)
                assert m["form"] in (N, P, D)
                spans.append((m["start"], m["end"]))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert a2 >= b1, (idx, a1, b1, a2, b2)
        # the file must not contain long stretches of article text
        for e in rec["entities"]:
            for m in e["mentions"]:
                assert len(m["text"]) <= 60, (idx, m["text"])
    if all_errors:
        print("\n".join(all_errors))
        raise SystemExit(f"{len(all_errors)} error(s); nothing written")
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(lines)} articles")
    for rec in lines:
        c = {t: sum(1 for e in rec["entities"] if e["label"] == t) for t in ("PER", "ORG", "LOC", "OTH")}
        print(rec["index"], rec["article"], c, "mentions:", sum(len(e["mentions"]) for e in rec["entities"]))
    if "-v" in sys.argv:
        review(gnad, lines)


def review(gnad, lines):
    """Print each article with mentions bracketed, and capitalised words not covered by any mention."""
    import re
    for rec in lines:
        text = gnad[rec["index"]].text
        marks = []
        for e in rec["entities"]:
            for m in e["mentions"]:
                marks.append((m["start"], m["end"], e["label"], e["key"], m["form"]))
        marks.sort()
        out, pos = [], 0
        for st, en, lab, key, form in marks:
            out.append(text[pos:st])
            out.append(f"[{text[st:en]}|{lab}:{key}:{form[0]}]")
            pos = en
        out.append(text[pos:])
        print(f"\n===== {rec['index']} {rec['article']}\n" + "".join(out))
        covered = [(st, en) for st, en, *_ in marks]
        unc = []
        for mo in re.finditer(r"\b[A-ZÄÖÜ][\w\-]*", text):
            if not any(st <= mo.start() < en for st, en in covered):
                unc.append(mo.group())
        print("-- uncovered capitalised:", " ".join(sorted(set(unc))))


if __name__ == "__main__":
    main()
