#!/usr/bin/env python3
"""Hand annotation of named entities for 25 10kGNAD articles (gold data).

The first 15 rows: one per category drawn with random.Random(2026), six more at random. The last 10
(184, 870, 114, 28, 540, 654, 1007, 303, 756, 363, dev rows for the rules): two per category of
Wirtschaft, Inland, International, Web and Etat, in that order, each pair drawn with
random.Random(2027).sample from that category's rows not already in the gold.

Annotation is held as data: per article a list of entities
  (key, label, name, gender, [mention specs])
mention spec = (surface, occ, form)
  surface: the literal string (a single space in it matches any run of whitespace)
  occ:     1-based index among *boundary* matches of surface in the article
           (no letter directly before/after the match), a list of such indices,
           or "*" = every boundary match not overlapping an explicitly numbered mention.
  form:    name / part / deriv
Run:  python3 annotate.py            -> resolve, check, write JSONL, print counts
      python3 annotate.py --show     -> also print every mention in context (review)
      python3 annotate.py --uncovered -> print capitalised tokens not covered (re-read aid)
"""
import csv, hashlib, json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project folder

CSV = str(ROOT.parent / "shared" / "data") + "/10kgnad/articles.csv"
OUT = str(ROOT / "tests" / "gold" / "entities_10kgnad.jsonl")
ORDER = [246, 435, 811, 516, 1010, 974, 163, 428, 643, 641, 574, 433, 808, 591, 565,
         184, 870, 114, 28, 540, 654, 1007, 303, 756, 363]


def load_texts():
    rows = list(csv.reader(open(CSV, encoding="utf-8", newline=""), delimiter=";", quotechar="'"))
    return {i: rows[i][1].lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n") for i in ORDER}


A = {}

# ---------------------------------------------------------------- 246 Independent
A[246] = [
    ("alexander-jewgenjewitsch-lebedew", "PER", "Alexander Jewgenjewitsch Lebedew", "m",
     [("Lebedev", 1, "name"), ("Alexander Jewgenjewitsch Lebedew", 1, "name"), ("Lebedew", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("london", "LOC", "London", None, [("London", "*", "name")]),
    ("grossbritannien", "LOC", "Großbritannien", None, [("britische", "*", "deriv")]),
    ("the-independent", "ORG", "The Independent", None,
     [("The Independent", [2, 5], "name"), ("Indie", 1, "name"), ("Independent", 5, "name")]),
    ("the-independent-on-sunday", "ORG", "The Independent on Sunday", None,
     [("The Independent on Sunday", "*", "name")]),
    ("the-guardian", "ORG", "Guardian", None, [("Guardian", "*", "name")]),
    ("russland", "LOC", "Russland", None, [("russischen", "*", "deriv")]),
    ("esi-group", "ORG", "ESI Group", None, [("ESI Group", "*", "name")]),
    ("i-newspaper", "ORG", "i newspaper", None, [("i newspaper", "*", "name")]),
    ("johnston-press", "ORG", "Johnston Press", None, [("Johnston Press", "*", "name")]),
]

# ---------------------------------------------------------------- 435 Haus der Geschichte
A[435] = [
    ("harald-mahrer", "PER", "Harald Mahrer", "m",
     [("Harald Mahrer", 1, "name"), ("Mahrer", "*", "name"), ("Mahrers", "*", "name")]),
    ("ringstrasse", "LOC", "Ringstraße", None,
     [("Ring", "*", "name"), ("Ringstraße", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("haus-der-geschichte", "ORG", "Haus der Geschichte", None, [("Haus der Geschichte", "*", "name")]),
    ("haus-der-zukunft", "OTH", "Haus der Zukunft", None, [("Haus der Zukunft", "*", "name")]),
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", "*", "name")]),
    ("wissenschafts-und-wirtschaftsministerium", "ORG", "Wissenschafts- und Wirtschaftsministerium", None,
     [("Wissenschafts- und Wirtschaftsministerium", "*", "name")]),
    ("neue-burg", "LOC", "Neue Burg", None, [("Neue Burg", "*", "name")]),
    ("kunsthistorisches-museum", "ORG", "Kunsthistorisches Museum", None,
     [("Kunsthistorischen Museums", "*", "name")]),
    ("naturhistorisches-museum", "LOC", "Naturhistorisches Museum", None,
     [("Naturhistorischen Museum", "*", "name")]),
    ("heldenplatz", "LOC", "Heldenplatz", None, [("Heldenplatz", "*", "name")]),
    ("aeusseres-burgtor", "LOC", "Äußeres Burgtor", None, [("Äußeren Burgtor", "*", "name")]),
    ("parlament", "ORG", "Parlament", None, [("Parlament", "*", "name")]),
    ("bundeskanzleramt", "ORG", "Bundeskanzleramt", None, [("Bundeskanzleramt", "*", "name")]),
    ("hofburg", "LOC", "Hofburg", None, [("Hofburg", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*", "name")]),
    ("rudolf-taschner", "PER", "Rudolf Taschner", "m",
     [("Rudolf Taschner", 1, "name"), ("Taschner", "*", "name")]),
    ("eu", "ORG", "EU", None, [("EU", "*", "name")]),
    ("europa", "LOC", "Europa", None, [("europäische", "*", "deriv")]),
    ("venedig", "LOC", "Venedig", None, [("Venedig", "*", "name"), ("Venezianer", "*", "deriv")]),
    ("conrad-seidl", "PER", "Conrad Seidl", None, [("Conrad Seidl", "*", "name")]),
    ("der-standard", "ORG", "DER STANDARD", None, [("DER STANDARD", "*", "name")]),
]

# ---------------------------------------------------------------- 811 Kuba/USA
A[811] = [
    ("washington", "LOC", "Washington, D.C.", None,
     [("Washington, D.C.", 1, "name"), ("Washington", "*", "name")]),
    ("havanna", "LOC", "Havanna", None, [("Havanna", "*", "name")]),
    ("kuba", "LOC", "Kuba", None,
     [("Kubas", "*", "name"), ("Kuba", "*", "name"), ("kubanischen", "*", "deriv")]),
    ("16th-street", "LOC", "16th Street", None, [("16th Street", "*", "name")]),
    ("usa", "LOC", "Vereinigte Staaten", None,
     [("US", "*", "part"), ("Vereinigten Staaten", "*", "name")]),
    ("weisses-haus", "LOC", "Weißes Haus", None, [("Weißen Haus", "*", "name")]),
    ("litauen", "LOC", "Litauen", None, [("litauische", "*", "deriv")]),
    ("polen", "LOC", "Polen", None, [("polnische", "*", "deriv")]),
    ("indiana", "LOC", "Indiana", None, [("Indiana", "*", "name")]),
    ("fidel-castro", "PER", "Fidel Castro", "m",
     [("Fidel Castro", "*", "name"), ("Fidel Castros", "*", "name")]),
    ("fulgencio-batista", "PER", "Fulgencio Batista", "m", [("Fulgencio Batista", "*", "name")]),
    ("dwight-d-eisenhower", "PER", "Dwight D. Eisenhower", "m", [("Dwight D. Eisenhower", "*", "name")]),
    ("jimmy-carter", "PER", "Jimmy Carter", "m", [("Jimmy Carter", "*", "name")]),
    ("schweiz", "LOC", "Schweiz", None, [("Schweizer", "*", "deriv")]),
    ("bruno-rodriguez", "PER", "Bruno Rodríguez", "m",
     [("Bruno Rodríguez", 1, "name"), ("Rodríguez", "*", "name")]),
    ("new-york", "LOC", "New York", None, [("New York", "*", "name")]),
    ("vereinte-nationen", "ORG", "Vereinte Nationen", None,
     [("Vereinten Nationen", "*", "name"), ("Uno", "*", "name")]),
    ("john-kerry", "PER", "John Kerry", "m", [("John Kerry", 1, "name"), ("Kerry", "*", "name")]),
    ("barack-obama", "PER", "Obama", None, [("Obama", "*", "name"), ("Obamas", "*", "name")]),
    ("malecon", "LOC", "Malecón", None, [("Malecón", "*", "name")]),
    ("state-department", "ORG", "State Department", None, [("State Department", "*", "name")]),
    ("iran", "LOC", "Iran", None, [("Iran", "*", "name")]),
    ("karibik", "LOC", "Karibik", None, [("Karibik", "*", "name")]),
    ("roberta-jacobson", "PER", "Roberta Jacobson", "f", [("Roberta Jacobson", "*", "name")]),
    ("juan-antonio-blanco-gil", "PER", "Juan Antonio Blanco-Gil", "m",
     [("Juan Antonio Blanco-Gil", 1, "name"), ("Blanco-Gil", "*", "name")]),
    ("miami", "LOC", "Miami", None, [("Miami", "*", "name")]),
    ("der-standard", "ORG", "STANDARD", None, [("STANDARD", "*", "name")]),
    ("kp-kuba", "ORG", "KP", None, [("KP", "*", "name")]),
    ("russland", "LOC", "Russland", None, [("Russland", "*", "name")]),
    ("mcdonalds", "ORG", "McDonalds", None, [("McDonalds", "*", "name")]),
    ("walmart", "ORG", "Walmart", None, [("Walmart", "*", "name")]),
]

# ---------------------------------------------------------------- 516 Nina Proll
A[516] = [
    ("lieder-eines-armen-maedchens", "OTH", "Lieder eines armen Mädchens", None,
     [("Lieder eines armen Mädchens", "*", "name")]),
    ("glaeserner-saal", "LOC", "Gläserner Saal", None, [("Gläsernen Saal", "*", "name")]),
    ("wiener-musikverein", "LOC", "Wiener Musikverein", None, [("Wiener Musikvereins", "*", "name")]),
    ("nina-proll", "PER", "Nina Proll", "f", [("Nina Proll", 1, "name"), ("Proll", "*", "name")]),
    ("vorstadtweiber", "OTH", "Vorstadtweiber", None, [("Vorstadtweiber", "*", "name")]),
    ("josef", "PER", "Josef", "m", [("Josef", "*", "name")]),
    ("friedrich-hollaender", "PER", "Friedrich Hollaender", "m",
     [("Friedrich Hollaender", "*", "name"), ("Friedrich Hollaenders", "*", "name")]),
    ("hanns-eisler", "PER", "Hanns Eisler", None, [("Hanns Eisler", "*", "name")]),
    ("kurt-weill", "PER", "Kurt Weill", None, [("Kurt Weill", 1, "name"), ("Weill", "*", "name")]),
    ("gerrit-wunder", "PER", "Gerrit Wunder", None, [("Gerrit Wunder", "*", "name")]),
    ("trio-de-salon", "ORG", "Trio de Salón", None, [("Trio de Salón", "*", "name")]),
    ("von-kopf-bis-fuss", "OTH", "Von Kopf bis Fuß", None, [("Von Kopf bis Fuß", "*", "name")]),
    ("theater-an-der-wien", "ORG", "Theater an der Wien", None, [("Theater an der Wien", "*", "name")]),
    ("barbarella", "OTH", "Barbarella", None, [("Barbarella", "*", "name")]),
    ("raimundtheater", "LOC", "Raimundtheater", None, [("Raimundtheater", "*", "name")]),
    ("blandine-ebinger", "PER", "Blandine Ebinger", "f", [("Blandine Ebinger", "*", "name")]),
    ("bertolt-brecht", "PER", "Brecht", None, [("Brecht", "*", "name")]),
    ("surabaya-johnny", "OTH", "Surabaya Johnny", None, [("Surabaya Johnny", "*", "name")]),
    ("marlene-dietrich", "PER", "Marlene Dietrich", None, [("Marlene Dietrich", "*", "name")]),
    ("mutter-hast-du-mir-vergeben", "OTH", "Mutter, hast du mir vergeben?", None,
     [("Mutter, hast du mir vergeben?", "*", "name")]),
]

# ---------------------------------------------------------------- 1010 Flüchtlinge Spielfeld
A[1010] = [
    ("slowenien", "LOC", "Slowenien", None,
     [("slowenischer", "*", "deriv"), ("slowenischen", "*", "deriv"), ("slowenische", "*", "deriv"),
      ("Slowenien", "*", "name")]),
    ("spielfeld", "LOC", "Spielfeld", None, [("Spielfeld", "*", "name")]),
    ("bad-radkersburg", "LOC", "Bad Radkersburg", None, [("Bad Radkersburg", "*", "name")]),
    ("steiermark", "LOC", "Steiermark", None, [("steirischen", "*", "deriv")]),
    ("linz", "LOC", "Linz", None, [("Linz", "*", "name")]),
    ("schaerding", "LOC", "Schärding", None, [("Schärding", "*", "name")]),
    ("sentilj", "LOC", "Šentilj", None, [("Šentilj", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None,
     [("Österreich", "*", "name"), ("österreichischen", "*", "deriv")]),
    ("gornja-radgona", "LOC", "Gornja Radgona", None, [("Gornja Radgona", "*", "name")]),
    ("kroatien", "LOC", "Kroatien", None, [("Kroatien", "*", "name"), ("kroatische", "*", "deriv")]),
    ("innenministerium-kroatien", "ORG", "kroatisches Innenministerium", None,
     [("Innenministerium", "*", "name")]),
    ("serbien", "LOC", "Serbien", None, [("Serbien", "*", "name"), ("serbische", "*", "deriv")]),
    ("sta", "ORG", "STA", None, [("STA", "*", "name")]),
    ("presevo", "LOC", "Preševo", None, [("Preševo", "*", "name")]),
    ("paris", "LOC", "Paris", None, [("Paris", "*", "name")]),
    ("rts", "ORG", "RTS", None, [("RTS", "*", "name")]),
    ("aleksandar-vucic", "PER", "Aleksandar Vučić", "m",
     [("Aleksandar Vučić", 1, "name"), ("Vučić", "*", "name")]),
    ("frankreich", "LOC", "Frankreich", None, [("französischen", "*", "deriv")]),
    ("alo", "ORG", "Alo", None, [("Alo", "*", "name")]),
    ("mazedonien", "LOC", "Mazedonien", None,
     [("Mazedonien", "*", "name"), ("mazedonische", "*", "deriv")]),
    ("skopje", "LOC", "Skopje", None, [("Skopje", "*", "name")]),
    ("griechenland", "LOC", "Griechenland", None,
     [("Griechenland", "*", "name"), ("griechischen", "*", "deriv")]),
    ("balkanroute", "LOC", "Balkanroute", None, [("Balkanroute", "*", "name")]),
    ("eu", "ORG", "EU", None, [("EU", "*", "name")]),
    ("piraeus", "LOC", "Piräus", None, [("Piräus", "*", "name")]),
    ("ostaegaeis", "LOC", "Ostägäis", None, [("Ostägäis", "*", "name")]),
    ("westeuropa", "LOC", "Westeuropa", None, [("Westeuropa", "*", "name")]),
    ("tuerkei", "LOC", "Türkei", None, [("Türkei", "*", "name")]),
]

# ---------------------------------------------------------------- 974 Salzburg - Sturm
# "Salzburg" boundary matches: 1 dateline(city) 2 "Red Bull Salzburg" 3 "nach Salzburg"(city)
# 4 "Salzburg-Fans" 5 "Salzburg-Innenverteidiger" 6 "bemühte sich Salzburg" 7 "blieb Salzburg"
# 8 "gegen Salzburg" 9 "Red Bull Salzburg" (result line) 10 "Salzburg:" (line-up)
A[974] = [
    ("sturm-graz", "ORG", "Sturm Graz", None,
     [("Sturm Graz", "*", "name"), ("Sturm", "*", "name")]),
    ("salzburg", "LOC", "Salzburg", None, [("Salzburg", [1, 3], "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreichs", "*", "name")]),
    ("red-bull-salzburg", "ORG", "Red Bull Salzburg", None,
     [("Red Bull Salzburg", "*", "name"), ("Bullen", "*", "name"), ("Salzburger", "*", "deriv"),
      ("Salzburg", [4, 5], "part"), ("Salzburg", [6, 7, 8, 10], "name")]),
    ("valon-berisha", "PER", "Valon Berisha", None,
     [("Valon Berisha", 1, "name"), ("Berisha", "*", "name")]),
    ("bright-edomwonyi", "PER", "Bright Edomwonyi", None,
     [("Bright Edomwonyi", 1, "name"), ("Edomwonyi", "*", "name")]),
    ("red-bull", "ORG", "Red Bull", None, [("Red-Bull", [1, 2], "part")]),
    ("klagenfurt", "LOC", "Klagenfurt", None, [("Klagenfurt", "*", "name")]),
    ("admira", "ORG", "Admira", None, [("Admira", "*", "name")]),
    ("dietrich-mateschitz", "PER", "Dietrich Mateschitz", "m", [("Dietrich Mateschitz", "*", "name")]),
    ("wals-siezenheim", "LOC", "Wals-Siezenheim", None, [("Wals-Siezenheim", "*", "name")]),
    ("daniel-offenbacher", "PER", "Daniel Offenbacher", None,
     [("Daniel Offenbacher", 1, "name"), ("Offenbacher", "*", "name")]),
    ("wilson-kamavuaka", "PER", "Wilson Kamavuaka", None,
     [("Wilson Kamavuaka", 1, "name"), ("Kamavuaka", "*", "name")]),
    ("takumi-minamino", "PER", "Takumi Minamino", None,
     [("Takumi Minamino", 1, "name"), ("Minamino", "*", "name")]),
    ("yordy-reyna", "PER", "Yordy Reyna", None, [("Yordy Reyna", 1, "name"), ("Reyna", "*", "name")]),
    ("michael-esser", "PER", "Michael Esser", "m", [("Michael Esser", 1, "name"), ("Esser", "*", "name")]),
    ("kayhan", "PER", "Kayhan", "m", [("Kayhan", "*", "name")]),
    ("graz", "LOC", "Graz", None, [("Grazer", "*", "deriv"), ("Graz", "*", "name")]),
    ("paulo-miranda", "PER", "Paulo Miranda", "m", [("Paulo Miranda", 1, "name"), ("Miranda", "*", "name")]),
    ("jonatan-soriano", "PER", "Jonatan Soriano", "m", [("Jonatan Soriano", "*", "name")]),
    ("naby-keita", "PER", "Naby Keita", "m", [("Naby Keita", "*", "name")]),
    ("hwang-hee-chan", "PER", "Hwang Hee-chan", None,
     [("Hwang Hee-chan", 1, "name"), ("Hwang", "*", "name")]),
    ("europa-league", "OTH", "Europa League", None, [("Europa-League", "*", "part")]),
    ("austria-wien", "ORG", "Austria", None, [("Austria", "*", "name")]),
    ("wac", "ORG", "WAC", None, [("WAC", "*", "name")]),
    ("apa", "ORG", "APA", None, [("APA", "*", "name")]),
    ("red-bull-arena", "LOC", "Red-Bull-Arena", None, [("Red-Bull-Arena", "*", "name")]),
    ("ouschan", "PER", "Ouschan", None, [("Ouschan", "*", "name")]),
    ("walke", "PER", "Walke", None, [("Walke", "*", "name")]),
    ("schwegler", "PER", "Schwegler", None, [("Schwegler", "*", "name")]),
    ("caleta-car", "PER", "Caleta-Car", None, [("Caleta-Car", "*", "name")]),
    ("ulmer", "PER", "Ulmer", None, [("Ulmer", "*", "name")]),
    ("laimer", "PER", "Laimer", None, [("Laimer", "*", "name")]),
    ("bernardo", "PER", "Bernardo", None, [("Bernardo", "*", "name")]),
    ("lazaro", "PER", "Lazaro", None, [("Lazaro", "*", "name")]),
    ("lainer", "PER", "Lainer", None, [("Lainer", "*", "name")]),
    ("avlonitis", "PER", "Avlonitis", None, [("Avlonitis", "*", "name")]),
    ("spendlhofer", "PER", "Spendlhofer", None, [("Spendlhofer", "*", "name")]),
    ("lykogiannis", "PER", "Lykogiannis", None, [("Lykogiannis", "*", "name")]),
    ("schick", "PER", "Schick", None, [("Schick", "*", "name")]),
    ("horvath", "PER", "Horvath", None, [("Horvath", "*", "name")]),
    ("gruber", "PER", "Gruber", None, [("Gruber", "*", "name")]),
    ("dobras", "PER", "Dobras", None, [("Dobras", "*", "name")]),
    ("avdijaj", "PER", "Avdijaj", None, [("Avdijaj", "*", "name")]),
]

# ---------------------------------------------------------------- 163 Hello Barbie
A[163] = [
    ("usa", "LOC", "USA", None, [("US", "*", "part")]),
    ("barbie", "OTH", "Barbie", None, [("Barbie", 1, "part")]),
    ("hello-barbie", "OTH", "Hello Barbie", None, [("Hello Barbie", 1, "name"), ("Barbie", 3, "name")]),
    ("mattel", "ORG", "Mattel", None, [("Mattel", "*", "name")]),
    ("matt-jakubowski", "PER", "Matt Jakubowski", "m",
     [("Matt Jakubowski", 1, "name"), ("Jakubowski", "*", "name")]),
    ("nbc", "ORG", "NBC", None, [("NBC", "*", "name")]),
    ("toytalk", "ORG", "ToyTalk", None, [("ToyTalk", "*", "name")]),
]

# ---------------------------------------------------------------- 428 Brexit
A[428] = [
    ("george-osborne", "PER", "George Osborne", "m",
     [("George Osborne", 1, "name"), ("Osborne", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreichs", "*", "name"), ("Österreich", "*", "name")]),
    ("brexit", "OTH", "Brexit", None, [("Brexit", "*", "name"), ("Brexits", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("london", "LOC", "London", None, [("London", "*", "name")]),
    ("grossbritannien", "LOC", "Großbritannien", None,
     [("Großbritannien", "*", "name"), ("Großbritanniens", "*", "name"), ("britische", "*", "deriv")]),
    ("eu", "ORG", "EU", None, [("EU", "*", "name")]),
    ("bank-of-england", "ORG", "Bank of England", None, [("Bank of England", "*", "name")]),
    ("iwf", "ORG", "Internationaler Währungsfonds", None,
     [("Internationale Währungsfonds", "*", "name"), ("IWF", "*", "name")]),
    ("wirtschaftskammer", "ORG", "Wirtschaftskammer", None, [("Wirtschaftskammer", "*", "name")]),
    ("christoph-leitl", "PER", "Christoph Leitl", "m",
     [("Christoph Leitl", 1, "name"), ("Leitl", "*", "name")]),
    ("europa", "LOC", "Europa", None, [("Europa", "*", "name"), ("europäische", "*", "deriv")]),
    ("christian-kesberg", "PER", "Christian Kesberg", "m", [("Christian Kesberg", "*", "name")]),
    ("russland", "LOC", "Russland", None, [("Russland", "*", "part")]),
    ("deutschland", "LOC", "Deutschland", None, [("Deutschland", "*", "name")]),
    ("susan-le-jeune-dallegeershecque", "PER", "Susan le Jeune dAllegeershecque", "f",
     [("Susan le Jeune dAllegeershecque", "*", "name")]),
]

# ---------------------------------------------------------------- 643 Religion
A[643] = [
    ("vancouver", "LOC", "Vancouver", None, [("Vancouver", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("kanada", "LOC", "Kanada", None, [("kanadischer", "*", "deriv")]),
    ("benjamin-grant-purzycki", "PER", "Benjamin Grant Purzycki", "m",
     [("Benjamin Grant Purzycki", 1, "name"), ("Purzycki", "*", "name")]),
    ("university-of-british-columbia", "ORG", "University of British Columbia", None,
     [("University of British Columbia", "*", "name")]),
    ("nature", "ORG", "Nature", None, [("Nature", "*", "name")]),
]

# ---------------------------------------------------------------- 641 GameStandard Gewinnspiel
A[641] = [
    ("gamestandard", "ORG", "GameStandard", None, [("GameStandard", "*", "name")]),
    ("playstation-4", "OTH", "PlayStation 4", None, [("PlayStation 4", "*", "name")]),
    ("ubisoft", "ORG", "Ubisoft", None, [("Ubisoft", "*", "name")]),
    ("rooks-edition", "OTH", "Rooks-Edition", None, [("Rooks-Edition", "*", "name")]),
    ("assassins-creed-syndicate", "OTH", "Assassin Creed Syndicate", None,
     [("Assassin Creed Syndicate", 1, "name"), ("Syndicate", 2, "part")]),
    ("twitter", "ORG", "Twitter", None, [("Twitter", "*", "name")]),
    ("facebook", "ORG", "Facebook", None, [("Facebook", "*", "name")]),
]

# ---------------------------------------------------------------- 574 Onliner des Jahres
A[574] = [
    ("lisa-stadler", "PER", "Lisa Stadler", "f", [("Lisa Stadler", 1, "name"), ("Stadler", "*", "name")]),
    ("benjamin-ruschin", "PER", "Benjamin Ruschin", "m", [("Benjamin Ruschin", "*", "name")]),
    ("johanna-holzer", "PER", "Johanna Holzer", "f", [("Johanna Holzer", "*", "name")]),
    ("niklas-wiesauer", "PER", "Niklas Wiesauer", "m", [("Niklas Wiesauer", "*", "name")]),
    ("michael-heugl", "PER", "Michael Heugl", None, [("Michael Heugl", "*", "name")]),
    ("marcus-mandl", "PER", "Marcus Mandl", "m", [("Marcus Mandl", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("werbeplanung-at", "ORG", "Werbeplanung.at", None, [("Werbeplanung.at", "*", "name")]),
    ("update", "ORG", "update", None, [("update", "*", "name")]),
    ("onliner-des-jahres", "OTH", "Onliner des Jahres", None,
     [("Onliner des Jahres", "*", "name"), ("Onlinerin des Jahres", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("österreichischen", "*", "deriv")]),
    ("derstandard-at", "ORG", "derStandard.at", None, [("derStandard.at", "*", "name")]),
    ("third-man", "ORG", "Third Man", None, [("Third Man", "*", "name")]),
    ("ikea-austria", "ORG", "Ikea Austria", None, [("Ikea Austria", "*", "name")]),
    ("httpool", "ORG", "Httpool", None, [("Httpool", "*", "name")]),
    ("team-invention", "ORG", "Team Invention", None, [("Team Invention", "*", "name")]),
    ("mindshare", "ORG", "Mindshare", None, [("Mindshare", "*", "name")]),
    ("vienna-digital", "ORG", "Vienna Digital", None, [("Vienna Digital", "*", "name")]),
    ("wearedevelopers", "ORG", "WeAreDevelopers", None, [("WeAreDevelopers", "*", "name")]),
    ("manageers", "ORG", "Manageers", None, [("Manageers", "*", "name")]),
    ("marketeers", "ORG", "Marketeers", None, [("Marketeers", "*", "name")]),
]

# ---------------------------------------------------------------- 433 Raucher
A[433] = [
    ("miami", "LOC", "Miami", None, [("Miami", "*", "name")]),
    ("usa", "LOC", "USA", None, [("USA", "*", "name")]),
    ("nchs", "ORG", "Behörde für Gesundheitsvorsorge", None,
     [("Behörde für Gesundheitsvorsorge", "*", "name"), ("NCHS", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*", "name")]),
    ("niederoesterreich", "LOC", "Niederösterreich", None, [("Niederösterreich", "*", "name")]),
    ("ifes", "ORG", "Institut für empirische Sozialforschung", None,
     [("IFES", "*", "part"), ("Institut für empirische Sozialforschung", "*", "name")]),
    ("maurice-androsch", "PER", "Maurice Androsch", "m",
     [("Maurice Androsch", 1, "name"), ("Androsch", "*", "name")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*", "name")]),
    ("landespressedienst-noe", "ORG", "Landespressedienst", None, [("Landespressedienstes", "*", "name")]),
    ("noe-gebietskrankenkasse", "ORG", "NÖ Gebietskrankenkasse", None,
     [("NÖ Gebietskrankenkasse", "*", "name"), ("NÖGKK", "*", "name")]),
    ("rauchfrei-telefon", "OTH", "Rauchfrei-Telefon", None, [("Rauchfrei-Telefons", "*", "name")]),
]

# ---------------------------------------------------------------- 808 Weltbevölkerung
A[808] = [
    ("erde", "LOC", "Erde", None, [("Erde", "*", "name")]),
    ("afrika", "LOC", "Afrika", None, [("Afrika", "*", "name"), ("afrikanisches", "*", "deriv")]),
    ("usa", "LOC", "USA", None, [("US", "*", "part"), ("USA", "*", "name")]),
    ("population-reference-bureau", "ORG", "Population Reference Bureau", None,
     [("Population Reference Bureau", "*", "name")]),
    ("europa", "LOC", "Europa", None, [("Europa", "*", "name"), ("Europas", "*", "name")]),
    ("asien", "LOC", "Asien", None, [("Asiens", "*", "name")]),
    ("nigeria", "LOC", "Nigeria", None, [("Nigeria", "*", "name")]),
    ("republik-kongo", "LOC", "Republik Kongo", None, [("Republik Kongo", "*", "name")]),
    ("aethiopien", "LOC", "Äthiopien", None, [("Äthiopien", "*", "name")]),
    ("spanien", "LOC", "Spanien", None, [("Spanien", "*", "name")]),
    ("portugal", "LOC", "Portugal", None, [("Portugal", "*", "name")]),
    ("osteuropa", "LOC", "Osteuropa", None, [("osteuropäischen", "*", "deriv")]),
    ("moldawien", "LOC", "Moldawien", None, [("Moldawien", "*", "name"), ("Moldawiens", "*", "name")]),
    ("michael-bauer", "PER", "Michael Bauer", None, [("Michael Bauer", "*", "name")]),
]

# ---------------------------------------------------------------- 591 Landau / Haag
A[591] = [
    ("caritas", "ORG", "Caritas", None, [("Caritas", "*", "part")]),
    ("michael-landau", "PER", "Michael Landau", "m",
     [("Michael Landau", 1, "name"), ("Landau", "*", "name")]),
    ("sabine-haag", "PER", "Sabine Haag", "f", [("Sabine Haag", 1, "name"), ("Haag", "*", "name")]),
    ("kunsthistorisches-museum", "ORG", "Kunsthistorisches Museum", None,
     [("Kunsthistorischen Museums", "*", "name"), ("Kunsthistorische Museum", "*", "name")]),
    # "STANDARD:" labels the interviewer's questions: an interview label, not a mention (removed after review)
    ("feiert-das-leben", "OTH", "Feiert das Leben", None, [("Feiert das Leben", "*", "name")]),
    ("algerien", "LOC", "Algerien", None, [("algerisch", "*", "deriv")]),
    ("frankreich", "LOC", "Frankreich", None, [("französische", "*", "deriv")]),
    ("damien-hirst", "PER", "Damien Hirst", "m", [("Damien Hirst", "*", "name")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*", "name")]),
    ("notariatskammer", "ORG", "Notariatskammer", None, [("Notariats", "*", "part")]),
    ("rechtsanwaltskammer", "ORG", "Rechtsanwaltskammer", None, [("Rechtsanwaltskammer", "*", "name")]),
]

# ---------------------------------------------------------------- 565 IT-Anekdoten
A[565] = [
    ("reddit", "ORG", "Reddit", None, [("Reddit", [1, 3], "name"), ("Reddit", 2, "part")]),
    ("knowable", "ORG", "Knowable", None, [("Knowable", "*", "name")]),
    ("usa", "LOC", "USA", None, [("US", "*", "part")]),
    ("wd40", "OTH", "WD40", None, [("WD40", "*", "name")]),
    ("hp", "ORG", "HP", None, [("HP", "*", "name")]),
    ("microsoft-word", "OTH", "Word", None, [("Word", "*", "name")]),
    ("microsoft-excel", "OTH", "Excel", None, [("Excel", "*", "name")]),
]

# ================================================= 10 more dev articles (drawn with random.Random(2027))
# ---------------------------------------------------------------- 184 Flughafen Wien / Sardana
A[184] = [
    ("new-york", "LOC", "New York", None, [("New York", "*", "name"), ("New Yorker", "*", "deriv")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name"), ("Wiener", "*", "deriv")]),
    ("rakesh-sardana", "PER", "Rakesh Sardana", "m",
     [("Rakesh Sardana", 1, "name"), ("Sardana", "*", "name"), ("Sardanas", "*", "name")]),
    ("flughafen-wien-ag", "ORG", "Flughafen Wien AG", None,
     [("Flughafen Wien AG", "*", "name"), ("VIE", 1, "name"), ("VIE", [2, 3], "part")]),
    ("indien", "LOC", "Indien", None,
     [("Indien", "*", "name"), ("indischen", "*", "deriv"), ("Inder", "*", "deriv")]),
    ("peter-hochegger", "PER", "Peter Hochegger", "m",
     [("Peter Hochegger", 1, "name"), ("Hochegger", "*", "name")]),
    ("herbert-kaufmann", "PER", "Herbert Kaufmann", "m", [("Herbert Kaufmann", 1, "name")]),
    ("julian-jaeger", "PER", "Julian Jäger", "m", [("Julian Jäger", "*", "name")]),
    ("jfk", "LOC", "JFK", None, [("JFK", "*", "name")]),
    ("supreme-court-of-the-state-of-new-york", "ORG", "Supreme Court of the State of New York", None,
     [("Supreme Court of the State of New York", "*", "name")]),
    ("usa", "LOC", "USA", None, [("US", "*", "part")]),
    ("mark-a-brand", "PER", "Mark A. Brand", "m", [("Mark A. Brand", "*", "name")]),
    ("lansky", "ORG", "Lansky", None, [("Lansky", "*", "name")]),
]

# ---------------------------------------------------------------- 870 EU-Sanktionen gegen Russland
A[870] = [
    ("luxemburg", "LOC", "Luxemburg", None, [("Luxemburg", "*", "name")]),
    ("eu", "ORG", "Europäische Union", None,
     [("EU", "*", "part"), ("Europäischen Union", "*", "name"), ("Europäische Union", "*", "name")]),
    ("russland", "LOC", "Russland", None,
     [("Russland", "*", "name"), ("Russlands", "*", "name"), ("russischen", "*", "deriv")]),
    ("krim", "LOC", "Krim", None, [("Krim", "*", "name")]),
    ("moskau", "LOC", "Moskau", None, [("Moskaus", "*", "name"), ("Moskau", "*", "name")]),
    ("ostukraine", "LOC", "Ostukraine", None, [("Ostukraine", "*", "name")]),
    ("ukraine", "LOC", "Ukraine", None, [("Ukraine", "*", "part")]),
    ("wladimir-putin", "PER", "Wladimir Putin", "m", [("Wladimir Putin", "*", "name")]),
    ("dmitri-peskow", "PER", "Dmitri Peskow", "m", [("Dmitri Peskow", 1, "name"), ("Peskow", "*", "name")]),
]

# ---------------------------------------------------------------- 114 Salzburger Landesregierung
A[114] = [
    ("team-stronach", "ORG", "Team Stronach", None,
     [("Teams Stronach", "*", "name"), ("Team Stronach", "*", "name"), ("Stronach", [4, 5, 6], "part")]),
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", [1, 2, 3, 6, 7], "name"), ("ÖVP", [4, 5], "part")]),
    ("gruene", "ORG", "Grüne", None, [("Grüne", "*", "name"), ("Grünen", "*", "name")]),
    ("salzburg", "LOC", "Salzburg", None, [("Salzburger", "*", "deriv")]),
    ("otto-konrad", "PER", "Otto Konrad", "m", [("Otto Konrad", 1, "name"), ("Konrad", "*", "name")]),
    ("helmut-naderer", "PER", "Helmut Naderer", "m",
     [("Helmut Naderer", 1, "name"), ("Naderer", "*", "name")]),
    ("fpoe", "ORG", "FPÖ", None, [("FPÖ", "*", "name")]),
    ("bzoe", "ORG", "BZÖ", None, [("BZÖ", "*", "name")]),
    ("hans-mayr", "PER", "Hans Mayr", "m", [("Hans Mayr", 1, "name"), ("Mayr", "*", "name")]),
    ("goldegg", "LOC", "Goldegg", None, [("Goldegg", "*", "name")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*", "name")]),
    ("wilfried-haslauer", "PER", "Wilfried Haslauer", "m", [("Wilfried Haslauer", "*", "name")]),
    ("astrid-roessler", "PER", "Astrid Rössler", "f", [("Astrid Rössler", "*", "name")]),
    ("karl-schnell", "PER", "Karl Schnell", "m", [("Karl Schnell", "*", "name")]),
]

# ---------------------------------------------------------------- 28 Bilanz der Parlamentstagung
A[28] = [
    ("parlament", "ORG", "Parlament", None, [("Parlament", "*", "name"), ("Parlaments", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("nationalrat", "ORG", "Nationalrat", None, [("Nationalrat", "*", "name")]),
    ("parlamentskorrespondenz", "ORG", "Parlamentskorrespondenz", None,
     [("Parlamentskorrespondenz", "*", "name")]),
    ("hypo-alpe-adria", "ORG", "Hypo", None, [("Hypo", "*", "part")]),
    ("oesterreich", "LOC", "Österreich", None, [("Österreich", "*", "name")]),
    ("rechnungshof", "ORG", "Rechnungshof", None, [("Rechnungshofs", "*", "name")]),
    ("volksanwaltschaft", "ORG", "Volksanwaltschaft", None, [("Volksanwaltschaft", "*", "name")]),
    ("fpoe", "ORG", "FPÖ", None, [("FPÖ", "*", "name")]),
    ("neos", "ORG", "NEOS", None, [("NEOS", "*", "name")]),
    ("team-stronach", "ORG", "Team Stronach", None, [("Team Stronach", "*", "name")]),
    ("gruene", "ORG", "Grüne", None, [("Grünen", "*", "name"), ("Grüne", "*", "name")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*", "name")]),
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", "*", "name")]),
    ("bundesregierung", "ORG", "Bundesregierung", None, [("Bundesregierung", "*", "name")]),
    ("doris-bures", "PER", "Doris Bures", "f", [("Doris Bures", "*", "name")]),
    ("demokratiewerkstatt", "OTH", "Demokratiewerkstatt", None,
     [("Demokratiewerkstatt", 1, "name"), ("Demokratiewerkstatt", 2, "part")]),
]

# ---------------------------------------------------------------- 540 Spanien: Podemos und PSOE
A[540] = [
    ("madrid", "LOC", "Madrid", None, [("Madrid", "*", "name")]),
    ("spanien", "LOC", "Spanien", None, [("Spanien", "*", "name")]),
    ("podemos", "ORG", "Podemos", None, [("Podemos", [1, 3, 4], "name"), ("Podemos", 2, "part")]),
    ("psoe", "ORG", "Sozialistische Arbeiterpartei (PSOE)", None,
     [("Sozialistischen Arbeiterpartei", 1, "name"), ("PSOE", [1, 2, 4, 5], "name"), ("PSOE", 3, "part")]),
    ("pablo-iglesias", "PER", "Pablo Iglesias", "m",
     [("Pablo Iglesias", 1, "name"), ("Iglesias", "*", "name")]),
    ("twitter", "ORG", "Twitter", None, [("Twitter", "*", "name")]),
    ("ciudadanos", "ORG", "Ciudadanos", None, [("Ciudadanos", "*", "name")]),
    ("pedro-sanchez", "PER", "Pedro Sanchez", "m", [("Pedro Sanchez", "*", "name")]),
    ("felipe-vi", "PER", "Felipe VI.", "m", [("Felipe VI", "*", "name")]),
    ("partido-popular", "ORG", "Volkspartei (PP)", None, [("Volkspartei", "*", "name"), ("PP", "*", "name")]),
    ("mariano-rajoy", "PER", "Mariano Rajoy", "m", [("Mariano Rajoy", 1, "name"), ("Rajoy", "*", "name")]),
]

# ---------------------------------------------------------------- 654 Brasilien: Lula und Petrobras
A[654] = [
    ("petrobras", "ORG", "Petrobras", None, [("Petrobras", [1, 2], "part"), ("Petrobras", 3, "name")]),
    ("dilma-rousseff", "PER", "Dilma Rousseff", "f",
     [("Dilma Rousseff", 1, "name"), ("Rousseff", "*", "name"), ("Rousseffs", "*", "name")]),
    ("brasilien", "LOC", "Brasilien", None, [("Brasiliens", "*", "name"), ("Brasilien", "*", "name")]),
    ("luiz-inacio-lula-da-silva", "PER", "Luiz Inácio Lula da Silva", "m",
     [("Luiz Inácio Lula da Silva", 1, "name"), ("Lula da Silva", "*", "name"), ("Lula", "*", "name")]),
    ("bundespolizei-brasilien", "ORG", "Bundespolizei", None, [("Bundespolizei", "*", "name")]),
    ("staatsanwaltschaft-sao-paulo", "ORG", "Staatsanwaltschaft São Paulo", None,
     [("Staatsanwaltschaft São Paulo", 1, "name")]),
    ("guaruja", "LOC", "Guarujá", None, [("Guarujá", "*", "name")]),
    ("oas", "ORG", "OAS", None, [("OAS", "*", "name")]),
    ("marisa-leticia", "PER", "Marisa Letícia", "f", [("Marisa Letícia", "*", "name")]),
    ("fabio-luiz-lula-da-silva", "PER", "Fábio Luiz Lula da Silva", "m",
     [("Fábio Luiz Lula da Silva", 1, "name"), ("Lulinha", 1, "name")]),
    ("sergio-mora", "PER", "Sergio Mora", "m", [("Sergio Mora", "*", "name")]),
    ("folha-de-sao-paulo", "ORG", "Folha de São Paulo", None, [("Folha de São Paulo", "*", "name")]),
    ("oberster-gerichtshof-brasilien", "ORG", "Oberster Gerichtshof", None,
     [("Oberste Gerichtshof", "*", "name")]),
    ("kongress-brasilien", "ORG", "Kongress", None, [("Kongress", "*", "name")]),
    ("pmdb", "ORG", "PMDB", None, [("PMDB", "*", "name")]),
    ("pt", "ORG", "Arbeiterpartei PT", None, [("Arbeiterpartei PT", "*", "name")]),
    ("claudio-couto", "PER", "Claudio Couto", "m", [("Claudio Couto", "*", "name")]),
    ("fundacao-getulio-vargas", "ORG", "Wirtschaftsuniversität Getúlio Vargas", None,
     [("Wirtschaftsuniversität Getúlio Vargas", "*", "name")]),
]

# ---------------------------------------------------------------- 1007 NSA und Merkel
A[1007] = [
    ("nsa", "ORG", "NSA", None, [("NSA", "*", "name")]),
    ("usa", "LOC", "USA", None, [("US", "*", "part")]),
    ("angela-merkel", "PER", "Angela Merkel", "f",
     [("Angela Merkel", 1, "name"), ("Merkel", "*", "name"), ("Merkels", "*", "name")]),
    ("deutschland", "LOC", "Deutschland", None,
     [("deutsche", "*", "deriv"), ("deutschen", "*", "deriv"), ("deutscher", "*", "deriv")]),
    ("wikileaks", "ORG", "Wikileaks", None, [("Wikileaks", [1, 2], "name"), ("Wikileaks", 3, "part")]),
    ("kanzleramt", "ORG", "Kanzleramt", None, [("Kanzleramts", "*", "name"), ("Kanzleramt", "*", "name")]),
    ("cdu", "ORG", "CDU", None, [("CDU", 1, "part"), ("CDU", 2, "name")]),
    ("volker-kauder", "PER", "Volker Kauder", "m", [("Volker Kauder", "*", "name")]),
    ("ronald-pofalla", "PER", "Ronald Pofalla", "m", [("Ronald Pofalla", "*", "name")]),
    ("helmut-kohl", "PER", "Helmut Kohl", "m", [("Helmut Kohl", "*", "name")]),
    ("sueddeutsche-zeitung", "ORG", "Süddeutsche Zeitung", None, [("Süddeutscher Zeitung", "*", "name")]),
    ("gerhard-schroeder", "PER", "Gerhard Schröder", "m", [("Gerhard Schröder", "*", "name")]),
    ("bnd", "ORG", "BND", None, [("BND", "*", "part")]),
    ("mohammed-bin-zayid-al-nuhayyan", "PER", "Mohammed bin Zayid al Nuhayyan", "m",
     [("Mohammed bin Zayid al Nuhayyan", "*", "name")]),
    ("vereinigte-arabische-emirate", "LOC", "Vereinigte Arabische Emirate", None,
     [("Vereinigten Arabischen Emirate", "*", "name")]),
    ("iran", "LOC", "Iran", None, [("iranischen", "*", "deriv")]),
    ("weltwaehrungsfonds", "ORG", "Weltwährungsfonds", None, [("Weltwährungsfonds", "*", "name")]),
    ("efsf", "ORG", "EFSF", None, [("EFSF", "*", "name")]),
    ("berlin", "LOC", "Berlin", None, [("Berlin", "*", "name")]),
]

# ---------------------------------------------------------------- 303 Sichere Passwörter
A[303] = [
    ("the-guardian", "ORG", "Guardian", None, [("Guardian", "*", "name")]),
    ("howsecureismypassword-net", "OTH", "howsecureismypassword.net", None,
     [("howsecureismypassword.net", "*", "name")]),
    ("richard-cassidy", "PER", "Richard Cassidy", "m",
     [("Richard Cassidy", "*", "name"), ("Cassidy", "*", "name")]),
    ("alert-logic", "ORG", "Alert Logic", None, [("Alert Logic", "*", "name")]),
    ("deutschland", "LOC", "Deutschland", None, [("deutsche", "*", "deriv")]),
    ("fraser-kyne", "PER", "Fraser Kyne", "m", [("Fraser Kyne", "*", "name")]),
    ("bromium", "ORG", "Bromium", None, [("Bromium", "*", "name")]),
    # the first boundary match of "Facebook" ends a sample password (DasIstM1Passwort4Facebook): no mention
    ("facebook", "ORG", "Facebook", None, [("Facebook", 2, "name")]),
    ("twitter", "ORG", "Twitter", None, [("Twitter", "*", "name")]),
    ("robi", "PER", "Robi", None, [("Robi", "*", "name")]),  # a pet's name (PER as in NoSta-D practice)
    ("niederlande", "LOC", "Niederlande", None, [("niederländische", "*", "deriv")]),
]

# ---------------------------------------------------------------- 756 House of Cards / Robin Wright
A[756] = [
    ("house-of-cards", "OTH", "House of Cards", None, [("House of Cards", "*", "name")]),
    ("robin-wright", "PER", "Robin Wright", "f", [("Robin Wright", "*", "name"), ("Wright", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("oval-office", "LOC", "Oval Office", None, [("Oval Office", "*", "name")]),
    ("sky", "ORG", "Sky", None, [("Sky", 1, "name")]),
    ("sky-atlantic-hd", "ORG", "Sky Atlantic HD", None, [("Sky Atlantic HD", "*", "name")]),
    ("usa", "LOC", "Vereinigte Staaten", None,
     [("US", "*", "part"), ("Vereinigten Staaten", "*", "name"), ("ameriknischen", "*", "deriv"),
      ("amerikanische", "*", "deriv")]),
    ("claire-underwood", "PER", "Claire Underwood", "f", [("Claire Underwood", "*", "name")]),
    ("netflix", "ORG", "Netflix", None, [("Netflix", "*", "part")]),
    ("der-standard", "ORG", "STANDARD", None, [("STANDARD", "*", "name")]),
    ("frank-underwood", "PER", "Frank Underwood", "m", [("Frank Underwood", "*", "name")]),
    ("kevin-spacey", "PER", "Kevin Spacey", "m", [("Kevin Spacey", "*", "name")]),
    ("kongress-usa", "ORG", "Kongress", None, [("Kongress", "*", "name")]),
    ("richard-attenborough", "PER", "Richard Attenborough", "m", [("Richard Attenborough", "*", "name")]),
    ("kalifornien", "LOC", "Kalifornien", None, [("Kalifornierin", "*", "deriv")]),
    ("california-clan", "OTH", "California Clan", None, [("California Clan", "*", "name")]),
    ("santa-barbara", "OTH", "Santa Barbara", None, [("Santa Barbara", "*", "name")]),
    ("die-playboys", "OTH", "Die Playboys", None, [("Die Playboys", "*", "name")]),
    ("im-vorhof-zur-hoelle", "OTH", "Im Vorhof zur Hölle", None, [("Im Vorhof zur Hölle", "*", "name")]),
    ("sean-penn", "PER", "Sean Penn", "m", [("Sean Penn", "*", "name")]),
    ("steven-spielberg", "PER", "Steven Spielberg", "m", [("Steven Spielberg", "*", "name")]),
    ("forrest-gump", "PER", "Forrest Gump", "m", [("Forrest Gumps", "*", "name")]),
    ("golden-globe", "OTH", "Golden Globe", None, [("Golden Globe", "*", "name")]),
    ("donald-trump", "PER", "Donald Trump", "m", [("Donald Trump", "*", "name")]),
]

# ---------------------------------------------------------------- 363 ORF und die Hofburg-Kandidaten
A[363] = [
    ("orf", "ORG", "ORF", None, [("ORF", [1, 2, 4], "name"), ("ORF", 9, "part")]),
    ("2-im-gespraech", "OTH", "2 im Gespräch", None, [("2 im Gespräch", "*", "name")]),
    ("wien", "LOC", "Wien", None, [("Wien", "*", "name")]),
    ("irmgard-griss", "PER", "Irmgard Griss", "f", [("Irmgard Griss", 1, "name"), ("Griss", "*", "name")]),
    ("norbert-hofer", "PER", "Norbert Hofer", "m", [("Norbert Hofer", 1, "name"), ("Hofer", "*", "name")]),
    ("fpoe", "ORG", "FPÖ", None, [("FPÖ", "*", "name")]),
    ("rudolf-hundstorfer", "PER", "Rudolf Hundstorfer", "m",
     [("Rudolf Hundstorfer", 1, "name"), ("Hundstorfer", "*", "name")]),
    ("spoe", "ORG", "SPÖ", None, [("SPÖ", "*", "name")]),
    ("andreas-khol", "PER", "Andreas Khol", "m", [("Andreas Khol", 1, "name"), ("Khol", "*", "name")]),
    ("oevp", "ORG", "ÖVP", None, [("ÖVP", "*", "name")]),
    ("richard-lugner", "PER", "Richard Lugner", "m",
     [("Richard Lugner", "*", "name"), ("Lugner", "*", "name")]),
    ("alexander-van-der-bellen", "PER", "Alexander Van der Bellen", "m",
     [("Alexander Van der Bellen", 1, "name"), ("Van der Bellen", "*", "name")]),
    ("gruene", "ORG", "Grüne", None, [("Grüne", "*", "name")]),
    ("orf-2", "ORG", "ORF 2", None, [("ORF 2", "*", "name")]),
    ("zib", "ORG", "ZiB 2", None, [("ZiB 2", 1, "name"), ("ZiB", 2, "part")]),
    ("marie-claire-zimmermann", "PER", "Marie-Claire Zimmermann", "f",
     [("Marie-Claire Zimmermann", "*", "name")]),
    ("tarek-leitner", "PER", "Tarek Leitner", "m", [("Tarek Leitner", "*", "name")]),
    ("ingrid-thurnher", "PER", "Ingrid Thurnher", "f", [("Ingrid Thurnher", "*", "name")]),
    ("pressestunde", "OTH", "Pressestunde", None, [("Pressestunde", "*", "name")]),
    ("orf-eins", "ORG", "ORF eins", None, [("ORF eins", "*", "name")]),
    ("hanno-settele", "PER", "Hanno Settele", "m", [("Hanno Settele", "*", "name")]),
    ("mercedes", "OTH", "Mercedes", None, [("Mercedes", "*", "name")]),
    ("puls-4", "ORG", "Puls 4", None,
     [("Puls 4", [1, 2, 3, 5], "name"), ("Puls 4", 4, "part"), ("Puls", 5, "name")]),
    ("hofburg", "LOC", "Hofburg", None, [("Hofburg", 1, "part")]),
    ("corinna-milborn", "PER", "Corinna Milborn", "f",
     [("Corinna Milborn", 1, "name"), ("Milborn", "*", "name")]),
    ("apa", "ORG", "APA", None, [("APA", "*", "name")]),
    ("twitter", "ORG", "Twitter", None, [("Twitter", "*", "part")]),
    ("ogm", "ORG", "OGM", None, [("OGM", "*", "name")]),
    ("kampf-um-die-hofburg", "OTH", "Kampf um die Hofburg – Das Duell", None,
     [("Kampf um die Hofburg – Das Duell", "*", "name")]),
    ("hans-magenschab", "PER", "Hans Magenschab", "m", [("Hans Magenschab", "*", "name")]),
    ("thomas-klestil", "PER", "Thomas Klestil", "m", [("Thomas Klestil", "*", "name")]),
    ("atv", "ORG", "ATV", None, [("ATV", "*", "name")]),
    ("klartext", "OTH", "Klartext", None, [("Klartext", "*", "part")]),
]


# ============================================================== machinery
def pattern(surface):
    return re.compile(r"\s+".join(re.escape(p) for p in surface.split(" ")))


def boundary_matches(text, surface):
    out = []
    for m in pattern(surface).finditer(text):
        s, e = m.start(), m.end()
        if s > 0 and text[s - 1].isalpha():
            continue
        if e < len(text) and text[e].isalpha():
            continue
        out.append((s, e))
    return out


def resolve(i, text, errors):
    explicit, star = [], []
    for ent in A[i]:
        key, label, name, gender, specs = ent
        for surface, occ, form in specs:
            ms = boundary_matches(text, surface)
            if not ms:
                errors.append(f"{i}: '{surface}' ({key}) not found")
                continue
            if occ == "*":
                star.append((key, surface, form, ms))
            else:
                for o in ([occ] if isinstance(occ, int) else occ):
                    if o < 1 or o > len(ms):
                        errors.append(f"{i}: '{surface}' occ {o} out of range ({len(ms)})")
                        continue
                    s, e = ms[o - 1]
                    explicit.append((s, e, key, form))
    taken = list(explicit)

    def overlaps(s, e):
        return any(s < e2 and s2 < e for s2, e2, *_ in taken)

    # longer surfaces first so "Fidel Castros" wins over "Fidel Castro" etc.
    for key, surface, form, ms in sorted(star, key=lambda x: -len(x[1])):
        for s, e in ms:
            if not overlaps(s, e):
                taken.append((s, e, key, form))
    return taken


def build(texts, errors):
    records = []
    for i in ORDER:
        text = texts[i]
        mentions = resolve(i, text, errors)
        # overlap check
        ms = sorted(mentions)
        for a, b in zip(ms, ms[1:]):
            if b[0] < a[1]:
                errors.append(f"{i}: overlap {text[a[0]:a[1]]!r}@{a[0]} / {text[b[0]:b[1]]!r}@{b[0]}")
        by_key = defaultdict(list)
        for s, e, key, form in ms:
            by_key[key].append({"start": s, "end": e, "text": text[s:e], "form": form})
        ents = []
        keys = [x[0] for x in A[i]]
        if len(keys) != len(set(keys)):
            errors.append(f"{i}: duplicate keys")
        for key, label, name, gender, specs in A[i]:
            if label not in ("PER", "ORG", "LOC", "OTH"):
                errors.append(f"{i}: bad label {label}")
            if not by_key[key]:
                errors.append(f"{i}: entity {key} has no mentions")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key):
                errors.append(f"{i}: bad key {key}")
            ents.append({"key": key, "label": label, "name": name,
                         "gender": gender if label == "PER" else None,
                         "mentions": by_key[key]})
        records.append({"source": "10kgnad", "index": i, "article": f"articles-{i + 1}",
                        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                        "entities": ents})
    return records


def validate(path, texts):
    """Independent re-check of the written file."""
    errs = []
    seen = set()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        i = r["index"]
        seen.add(i)
        text = texts[i]
        assert r["source"] == "10kgnad" and r["article"] == f"articles-{i + 1}"
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != r["sha256"]:
            errs.append(f"{i}: sha mismatch")
        spans = []
        for ent in r["entities"]:
            if not ent["mentions"]:
                errs.append(f"{i}: {ent['key']} empty")
            if ent["label"] == "PER" and ent["gender"] not in ("m", "f", None):
                errs.append(f"{i}: gender")
            prev = -1
            for m in ent["mentions"]:
                if text[m["start"]:m["end"]] != m["text"]:
                    errs.append(f"{i}: slice mismatch {m}")
                if m["form"] not in ("name", "part", "deriv"):
                    errs.append(f"{i}: form {m}")
                if m["start"] < prev:
                    errs.append(f"{i}: mentions not in text order for {ent['key']}")
                prev = m["start"]
                spans.append((m["start"], m["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append(f"{i}: overlap {a} {b}")
        if len(line) and text[:40] in line:
            errs.append(f"{i}: article text leaked into file")
    if seen != set(ORDER):
        errs.append(f"articles missing: {set(ORDER) - seen}")
    return errs


def main():
    texts = load_texts()
    errors = []
    records = build(texts, errors)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs = validate(OUT, texts)
    print("validation:", "OK" if not errs else errs)

    if "--show" in sys.argv:
        for r in records:
            t = texts[r["index"]]
            print(f"\n===== {r['index']}")
            for ent in r["entities"]:
                print(f"  [{ent['label']}] {ent['key']} ({ent['gender']})")
                for m in ent["mentions"]:
                    ctx = t[max(0, m['start'] - 25):m['start']] + "[[" + m['text'] + "]]" + t[m['end']:m['end'] + 20]
                    print(f"      {m['form']:5} {ctx!r}")
    if "--uncovered" in sys.argv:
        for r in records:
            t = texts[r["index"]]
            cov = [(m["start"], m["end"]) for e in r["entities"] for m in e["mentions"]]
            toks = []
            for m in re.finditer(r"[^\W\d_][\w\-\.]*", t):
                if not any(s < m.end() and m.start() < e for s, e in cov):
                    w = m.group()
                    if w[0].isupper() or any(c.isupper() for c in w[1:]):
                        toks.append(w)
            print(f"\n===== {r['index']} uncovered capitalised tokens:")
            print(" ".join(sorted(set(toks))))

    print("\nper-article counts (entities / mentions)")
    print(f"{'row':>5} {'article':>14}  " + "  ".join(f"{l:>9}" for l in ("PER", "ORG", "LOC", "OTH")))
    tot_e, tot_m = Counter(), Counter()
    for r in records:
        ce, cm = Counter(), Counter()
        for ent in r["entities"]:
            ce[ent["label"]] += 1
            cm[ent["label"]] += len(ent["mentions"])
        tot_e.update(ce); tot_m.update(cm)
        print(f"{r['index']:>5} {r['article']:>14}  " +
              "  ".join(f"{ce[l]:>3}/{cm[l]:<5}" for l in ("PER", "ORG", "LOC", "OTH")))
    print(f"{'total':>20}  " + "  ".join(f"{tot_e[l]:>3}/{tot_m[l]:<5}" for l in ("PER", "ORG", "LOC", "OTH")))


if __name__ == "__main__":
    main()
