"""Hand annotation (gold) of named entities for 10 more articles of the 10kGNAD test file.

Annotation is held as data below. Mention specs:
  (surface, form, occ)
    surface: exact string, or ("context", "sub") -> the unique occurrence of `context`, and `sub` inside it
    form:    "name" | "part" | "deriv" | "auto" (auto = "part" if followed by "-", else "name")
    occ:     list of 1-based occurrence numbers (word-bounded matches of surface), or "*" = every
             word-bounded occurrence not overlapping an explicitly placed mention.
Annotated on 4 December 2026 by a helper session blind to the tool's output (rows 55, 155, 255, 355,
455, 555, 655, 755, 855, 955, none in the other gold).
Choices made while annotating:
- credit and author lines "(APA, 19.5.2016)" (row 555) and "(Michael Matzenberger, 2.2.2016)"
  (row 955) are no mentions, as in rows 310 and 20;
- demonyms are LOC derivs as in the earlier sets ("der Spanier" = Soriano -> Spanien, "Syrer",
  "Afghanen", "Iraker"); a place demonym that names a club or company is a deriv of that ORG, as
  "Die Salzburger" (row 790) and "Krieauer" (row 310): "Salzburger" -> Red Bull Salzburg,
  "die Niederösterreicher" and "der Admiraner" -> Admira, "die Japaner" (row 355) -> Japan Display;
  "Nichtösterreicher" (row 955, = foreigners) is a term, no mention;
- row 555: "Admira", "Admira Wacker", "Admira Wacker Mödling" and the lineup label "Admira:" are one
  ORG; "Admira Wien" (its 8:0 against Rapid in 1934) is the historical club, its own ORG; "Bullen",
  "Salzburgs" and the lineup label "Salzburg:" are Red Bull Salzburg; "Red-Bull-Ära" is the company
  Red Bull (part), as in row 974; every player of the lineups and the referee "SR Schörgenhofer" is
  PER; scorers glued to the score ("Soriano0:2", "Keita0:3", "Laimer0:5") are mentions placed by
  context; Europa League and Europameisterschaft are OTH; gender only where the text inflects
  (der Goalgetter, der Linksverteidiger, der 18-Jährige, "Spiridonovic ..., der"), else null;
- masculine/feminine role nouns in apposition or predicate give the gender ("Generalinspekteur"
  McCullough, "ÖVP-Mephisto Lopatka", "Eignung als Turmbläser" Schützenhöfer, "Chefentwickler"
  Miyamoto, "US-Präsidentschaftskandidatin" Clinton); a first name alone does not (Ingrid Thurnerr,
  Stefan Jung, Marcus Marschalek: null);
- row 155: "Ingrid Thurnerr" is kept as spelled; "Runden Tisch" is the ORF discussion show (OTH);
  "Eisenerz" in "ein Herz aus Eisenerz" is read as the common noun (iron ore, a pun), no place;
  "Mephisto" in "ÖVP-Mephisto" is a metaphor, no person; "Steirerblut" is a term, no mention;
  "der Sozialdemokratie" (the movement/party as a common noun) and "der Landespartei" are generic;
  "Bundesheer" is ORG (a national institution by its one noun); "steirische" is a deriv of Steiermark;
- row 255: "Republikaner" (twice) is the US Republican Party by its usual German plural name (ORG
  name, like "die Grünen"); "Die Demokratin Clinton" gives the Democratic Party a deriv mention
  (a member noun, like "Schwede" -> Schweden); "Justizministerium" is ORG; "der Geheimdienste" is
  generic;
- row 455: the Italian "Küstenwache" and "Marine" (also the headline's "Marine im Dauereinsatz")
  are ORG as a country's national institutions by their one noun (like Bundespolizei, Nationalgarde);
  "die Regierung (in Rom)" is generic (as "die russische Regierung"), Rom is LOC; the ship "Sirio" is
  OTH;
- row 55: "US-Universität Princeton" gives "US" (LOC part) and the ORG "Universität Princeton"; the
  dateline "Princeton" is the town, LOC; "Universität Chicago" is one ORG (Chicago inside it is no
  place mention); the journal Science is ORG (outlet); the species name "Callithrix jacchus" is none;
- row 655: the works-council lists "Klartext", "KommuniAktion" and "Die Unabhängigen" are ORG (groups
  standing for election, like the Bürgerliste of row 480), not the ORF show Klartext of row 643;
  "STANDARD-Infos" is a part mention of the newspaper, "ORF-Fernsehens" of the ORF;
- row 755: games and consoles (Star Fox Zero, Star Fox 64, Wii U, Super Mario Maker, Mario Tennis
  Ultra Smash) are OTH; "Nintendos" is the company;
- row 855: each half of the compound adjectives "griechisch-mazedonischen", "mazedonisch-serbischen",
  "serbisch-ungarischen" is a deriv of its country; "der Regierung in Budapest" / "der Regierung
  Serbiens" are generic, their places LOC; "Medien" generic;
- row 955: "mittel- und osteuropäischen" is one deriv mention of one LOC "Mittel- und Osteuropa"
  (as "Wissenschafts- und Wirtschaftsministerium" of row 435 is one mention); "Bürger der Union" is
  the EU; "Bruck/Mürzzuschlag" is one district (LOC); Drau and Leitha inside "Spittal an der Drau" and
  "Bruck an der Leitha" are no river mentions; the "Zentralen Melderegister" is OTH (a register);
  "österreichweite" is a deriv of Österreich, as "schweizweit" of row 880.
Run from the project folder: python docs/gold/annotate_10kgnad_sixth.py. Writes
tests/gold/entities_10kgnad_sixth.jsonl (offsets, short surface strings and SHA-256 digests only).
The resolving, the checks and the writing are annotate_10kgnad_fresh.py's.
"""
import annotate_10kgnad_fresh  # beside this script: python puts the script's folder on the path
from annotate_10kgnad_fresh import A, E

from helpers import paths

OUT = paths.GOLD / "entities_10kgnad_sixth.jsonl"
ROWS = [55, 155, 255, 355, 455, 555, 655, 755, 855, 955]

ANN = {
    55: [
        E("princeton", "LOC", "Princeton", None, ("Princeton", "name", [1])),
        E("usa", "LOC", "USA", None, ("US", "auto", A)),
        E("universitaet-princeton", "ORG", "Universität Princeton", None,
          ("Universität Princeton", "name", [1])),
        E("science", "ORG", "Science", None, ("Science", "name", A)),
        E("daniel-takahashi", "PER", "Daniel Takahashi", "m",
          ("Daniel Takahashi", "name", [1]), ("Takahashi", "name", A)),
        E("brasilien", "LOC", "Brasilien", None, ("Brasiliens", "name", A)),
        E("daniel-margoliash", "PER", "Daniel Margoliash", "m", ("Daniel Margoliash", "name", A)),
        E("universitaet-chicago", "ORG", "Universität Chicago", None, ("Universität Chicago", "name", A)),
        E("ofer-tchernichovski", "PER", "Ofer Tchernichovski", "m", ("Ofer Tchernichovski", "name", A)),
        E("hunter-college", "ORG", "Hunter College", None, ("Hunter College", "name", A)),
        E("new-york", "LOC", "New York", None, ("New York", "name", A)),
    ],
    155: [
        E("steiermark", "LOC", "Steiermark", None, ("steirische", "deriv", A)),
        E("orf", "ORG", "ORF", None, ("ORF", "name", A)),
        E("franz-voves", "PER", "Voves", "m", ("Voves", "auto", A)),
        E("ingrid-thurnerr", "PER", "Ingrid Thurnerr", None, ("Ingrid Thurnerr", "name", A)),
        E("runder-tisch", "OTH", "Runder Tisch", None, ("Runden Tisch", "name", A)),
        E("gerald-klug", "PER", "Gerald Klug", "m",
          ("Gerald Klug", "name", [1]), ("Klug", "name", A), ("Klugs", "name", A)),
        E("reinhold-lopatka", "PER", "Reinhold Lopatka", "m",
          ("Reinhold Lopatka", "name", [1]), ("Lopatka", "name", A)),
        E("bundesheer", "ORG", "Bundesheer", None, ("Bundesheer", "name", A)),
        E("oevp", "ORG", "ÖVP", None, ("ÖVP", "auto", A)),
        E("kurier", "ORG", "Kurier", None, ("Kurier", "name", A)),
        E("hermann-schuetzenhoefer", "PER", "Hermann Schützenhöfer", "m",
          ("Hermann Schützenhöfers", "name", A)),
        E("peter-filzmaier", "PER", "Filzmaier", "m", ("Filzmaier", "name", A)),
    ],
    255: [
        E("republikanische-partei", "ORG", "Republikaner", None, ("Republikaner", "name", A)),
        E("usa", "LOC", "USA", None, ("US", "auto", A)),
        E("hillary-clinton", "PER", "Hillary Clinton", "f",
          ("Hillary Clinton", "name", [1]), ("Clinton", "name", A)),
        E("justizministerium-usa", "ORG", "Justizministerium", None, ("Justizministerium", "name", A)),
        E("charles-mccullough", "PER", "Charles McCullough", "m", ("Charles McCullough", "name", A)),
        E("demokratische-partei", "ORG", "Demokraten", None, ("Demokratin", "deriv", A)),
        E("barack-obama", "PER", "Barack Obama", "m", ("Barack Obama", "name", A)),
    ],
    355: [
        E("apple", "ORG", "Apple", None, ("Apple", "auto", A)),
        E("japan-display", "ORG", "Japan Display", None,
          ("Japan Display", "name", A), ("Japaner", "deriv", A)),
        E("iphone", "OTH", "iPhone", None, ("iPhone", "auto", A)),
        E("usa", "LOC", "USA", None, ("US", "auto", A)),
        E("suedkorea", "LOC", "Südkorea", None, ("südkoreanischen", "deriv", A)),
        E("lg-display", "ORG", "LG Display", None, ("LG Display", "name", A)),
        E("samsung", "ORG", "Samsung", None, ("Samsung", "name", A)),
        E("sony", "ORG", "Sony", None, ("Sony", "name", A)),
        E("toshiba", "ORG", "Toshiba", None, ("Toshiba", "name", A)),
        E("hitachi", "ORG", "Hitachi", None, ("Hitachi", "name", A)),
    ],
    455: [
        E("messina", "LOC", "Messina", None, ("Messina", "name", A)),
        E("marine-italien", "ORG", "Marine", None, ("Marine", "name", A)),
        E("rom", "LOC", "Rom", None, ("Rom", "name", A)),
        E("italien", "LOC", "Italien", None,
          ("italienische", "deriv", A), ("italienischen", "deriv", A), ("Italien", "name", A)),
        E("kuestenwache-italien", "ORG", "Küstenwache", None, ("Küstenwache", "name", A)),
        E("cagliari", "LOC", "Cagliari", None, ("Cagliari", "name", A)),
        E("sardinien", "LOC", "Sardinien", None, ("Sardinien", "name", A)),
        E("sirio", "OTH", "Sirio", None, ("Sirio", "name", A)),
        E("libyen", "LOC", "Libyen", None, ("libyschen", "deriv", A), ("Libyen", "name", A)),
        E("sizilien", "LOC", "Sizilien", None, ("Sizilien", "name", A)),
        E("europa", "LOC", "Europa", None, ("Europa", "name", A)),
        E("naher-osten", "LOC", "Naher Osten", None, ("Nahen Osten", "name", A)),
        E("afrika", "LOC", "Afrika", None, ("Afrika", "name", A)),
        E("mittelmeer", "LOC", "Mittelmeer", None, ("Mittelmeer", "name", A)),
    ],
    555: [
        E("admira", "ORG", "Admira Wacker Mödling", None,
          ("Admira Wacker Mödling", "name", [1]), ("Admira Wacker", "name", [1]), ("Admira", "name", A),
          ("Admiraner", "deriv", A), ("Niederösterreicher", "deriv", A)),
        E("admira-wien", "ORG", "Admira Wien", None, ("Admira Wien", "name", [1])),
        E("klagenfurt", "LOC", "Klagenfurt", None, ("Klagenfurt", "name", A)),
        E("red-bull-salzburg", "ORG", "Red Bull Salzburg", None,
          ("Red Bull Salzburg", "name", [1, 2]), ("Bullen", "name", A), ("Salzburger", "deriv", A),
          ("Salzburgs", "name", A), ("Salzburg", "name", A)),
        E("oesterreich", "LOC", "Österreich", None,
          ("österreichischer", "deriv", A), ("österreichischen", "deriv", A)),
        E("woertherseestadion", "LOC", "Wörtherseestadion", None, ("Wörtherseestadion", "name", A)),
        E("jonatan-soriano", "PER", "Jonatan Soriano", "m",
          ("Jonatan Soriano", "name", [1]), ("Soriano", "name", A),
          (("Soriano0:2", "Soriano"), "name", [1]), (("Soriano0:4", "Soriano"), "name", [1])),
        E("naby-keita", "PER", "Naby Keita", "m",
          ("Naby Keita", "name", [1]), ("Keita", "name", A), (("Keita0:3", "Keita"), "name", [1])),
        E("konrad-laimer", "PER", "Konrad Laimer", "m",
          ("Konrad Laimer", "name", [1, 2]), ("Laimer", "name", A), (("Laimer0:5", "Laimer"), "name", [1])),
        E("rapid-wien", "ORG", "Rapid", None, ("Rapid", "name", A)),
        E("red-bull", "ORG", "Red Bull", None, ("Red-Bull", "part", A)),
        E("europa-league", "OTH", "Europa League", None, ("Europa League", "name", A)),
        E("europameisterschaft", "OTH", "Europameisterschaft", None, ("Europameisterschaft", "name", A)),
        E("frankreich", "LOC", "Frankreich", None, ("Frankreich", "name", A)),
        E("spanien", "LOC", "Spanien", None, ("Spanier", "deriv", A)),
        E("valon-berisha", "PER", "Valon Berisha", None,
          ("Valon Berisha", "name", [1]), ("Berisha", "name", A)),
        E("joerg-siebenhandl", "PER", "Jörg Siebenhandl", None,
          ("Jörg Siebenhandl", "name", [1]), ("Siebenhandl", "name", A)),
        E("christoph-knasmueller", "PER", "Christoph Knasmüllner", None,
          ("Christoph Knasmüllner", "name", [1]), ("Knasmüllner", "name", A)),
        E("srdjan-spiridonovic", "PER", "Srdjan Spiridonovic", "m",
          ("Srdjan Spiridonovic", "name", [1]), ("Spiridonovic", "name", A)),
        E("andreas-ulmer", "PER", "Andreas Ulmer", "m",
          ("Andreas Ulmer", "name", [1]), ("Ulmer", "name", A)),
        E("benno-schmitz", "PER", "Benno Schmitz", None,
          ("Benno Schmitz", "name", [1]), ("Schmitz", "name", A)),
        E("valentino-lazaro", "PER", "Lazaro", None, ("Lazaro", "auto", A)),
        E("markus-lackner", "PER", "Markus Lackner", None,
          ("Markus Lackner", "name", [1]), ("Lackner", "name", A)),
        E("guinea", "LOC", "Guinea", None, ("Guinea", "name", A)),
        E("schoergenhofer", "PER", "Schörgenhofer", None, ("Schörgenhofer", "name", A)),
        E("zwierschitz", "PER", "Zwierschitz", None, ("Zwierschitz", "name", A)),
        E("wostry", "PER", "Wostry", None, ("Wostry", "name", A)),
        E("wessely", "PER", "Wessely", None, ("Wessely", "name", A)),
        E("toth", "PER", "Toth", None, ("Toth", "name", A)),
        E("bajrami", "PER", "Bajrami", None, ("Bajrami", "name", A)),
        E("starkl", "PER", "Starkl", None, ("Starkl", "name", A)),
        E("grozurek", "PER", "Grozurek", None, ("Grozurek", "name", A)),
        E("maranda", "PER", "Maranda", None, ("Maranda", "name", A)),
        E("malicsek", "PER", "Malicsek", None, ("Malicsek", "name", A)),
        E("monschein", "PER", "Monschein", None, ("Monschein", "name", A)),
        E("walke", "PER", "Walke", None, ("Walke", "name", A)),
        E("lainer", "PER", "Lainer", None, ("Lainer", "name", A)),
        E("miranda", "PER", "Miranda", None, ("Miranda", "name", A)),
        E("caleta-car", "PER", "Caleta-Car", None, ("Caleta-Car", "name", A)),
        E("bernardo", "PER", "Bernardo", None, ("Bernardo", "name", A)),
        E("minamino", "PER", "Minamino", None, ("Minamino", "name", A)),
        E("reyna", "PER", "Reyna", None, ("Reyna", "name", A)),
        # "(APA, 19.5.2016)" is a credit line, not a mention
    ],
    655: [
        E("liste-klartext", "ORG", "Klartext", None, ("Klartext", "name", A)),
        E("stefan-jung", "PER", "Stefan Jung", None, ("Stefan Jung", "name", A)),
        E("liste-kommuniaktion", "ORG", "KommuniAktion", None, ("KommuniAktion", "name", A)),
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("orf", "ORG", "ORF", None, ("ORF", "auto", A)),
        E("der-standard", "ORG", "STANDARD", None, ("STANDARD", "auto", A)),
        E("christiana-jankovics", "PER", "Christiana Jankovics", "f",
          ("Christiana Jankovics", "name", [1]), ("Jankovics", "name", A)),
        E("die-unabhaengigen", "ORG", "Die Unabhängigen", None, ("Die Unabhängigen", "name", A)),
        E("gerhard-moser", "PER", "Gerhard Moser", "m", ("Gerhard Moser", "name", A)),
        E("marcus-marschalek", "PER", "Marcus Marschalek", None, ("Marcus Marschalek", "name", A)),
    ],
    755: [
        E("shigeru-miyamoto", "PER", "Shigeru Miyamoto", "m",
          ("Shigeru Miyamoto", "name", [1]), ("Miyamoto", "name", A)),
        E("nintendo", "ORG", "Nintendo", None, ("Nintendos", "name", A)),
        E("star-fox-zero", "OTH", "Star Fox Zero", None, ("Star Fox Zero", "name", A)),
        E("wii-u", "OTH", "Wii U", None, ("Wii U", "auto", A)),
        E("facebook", "ORG", "Facebook", None, ("Facebook", "name", A)),
        E("star-fox-64", "OTH", "Star Fox 64", None, ("Star Fox 64", "name", A)),
        E("super-mario-maker", "OTH", "Super Mario Maker", None, ("Super Mario Maker", "name", A)),
        E("mario-tennis-ultra-smash", "OTH", "Mario Tennis Ultra Smash", None,
          ("Mario Tennis Ultra Smash", "name", A)),
    ],
    855: [
        E("serbien", "LOC", "Serbien", None,
          ("Serbien", "name", A), ("Serbiens", "name", A), ("serbischen", "deriv", A),
          ("serbisch", "deriv", A)),
        E("ungarn", "LOC", "Ungarn", None, ("Ungarn", "name", A), ("ungarischen", "deriv", A)),
        E("afghanistan", "LOC", "Afghanistan", None,
          ("afghanische", "deriv", A), ("Afghanistan", "name", A), ("Afghanen", "deriv", A)),
        E("syrien", "LOC", "Syrien", None,
          ("Syrien", "name", A), ("Syrer", "deriv", A), ("Syrern", "deriv", A)),
        E("balkanroute", "LOC", "Balkanroute", None, ("Balkanroute", "name", A)),
        E("griechenland", "LOC", "Griechenland", None,
          ("griechisch", "deriv", A), ("griechischen", "deriv", A)),
        E("mazedonien", "LOC", "Mazedonien", None,
          ("mazedonischen", "deriv", A), ("mazedonisch", "deriv", A), ("Mazedonien", "name", A)),
        E("budapest", "LOC", "Budapest", None, ("Budapest", "name", A)),
        E("subotica", "LOC", "Subotica", None, ("Subotica", "name", A)),
        E("kanjiza", "LOC", "Kanjiža", None, ("Kanjiža", "name", A)),
        E("oesterreich", "LOC", "Österreich", None, ("Österreich", "name", A)),
        E("deutschland", "LOC", "Deutschland", None, ("Deutschland", "name", A)),
        E("belgrad", "LOC", "Belgrad", None, ("Belgrad", "name", A)),
        E("ali", "PER", "Ali", "m", ("Ali", "name", A)),
        E("eu", "ORG", "Europäische Union", None, ("Europäischen Union", "name", A)),
        E("lesbos", "LOC", "Lesbos", None, ("Lesbos", "name", A)),
        E("mytilini", "LOC", "Mytilini", None, ("Mytilini", "name", A)),
        E("irak", "LOC", "Irak", None, ("Iraker", "deriv", A)),
    ],
    955: [
        E("syrien", "LOC", "Syrien", None,
          ("Syriens", "name", A), ("Syrien", "name", A), ("Syrer", "deriv", A)),
        E("afghanistan", "LOC", "Afghanistan", None, ("Afghanistans", "name", A)),
        E("irak", "LOC", "Irak", None, ("Irak", "name", A)),
        E("rumaenien", "LOC", "Rumänien", None, ("Rumäniens", "name", A)),
        E("ungarn", "LOC", "Ungarn", None, ("Ungarns", "name", A)),
        E("deutschland", "LOC", "Deutschland", None, ("Deutschlands", "name", A)),
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("oesterreich", "LOC", "Österreich", None,
          ("Österreich", "name", A), ("österreichweite", "deriv", A), ("österreichischen", "deriv", A)),
        E("statistik-austria", "ORG", "Statistik Austria", None, ("Statistik Austria", "name", A)),
        E("tirol", "LOC", "Tirol", None, ("Tirol", "name", A)),
        E("vorarlberg", "LOC", "Vorarlberg", None, ("Vorarlberg", "name", A)),
        E("kaernten", "LOC", "Kärnten", None, ("Kärnten", "name", A)),
        E("steiermark", "LOC", "Steiermark", None, ("Steiermark", "name", A)),
        E("burgenland", "LOC", "Burgenland", None, ("Burgenland", "name", A)),
        E("eisenstadt", "LOC", "Eisenstadt", None, ("Eisenstadt", "name", A)),
        E("innsbruck", "LOC", "Innsbruck", None, ("Innsbruck", "name", A)),
        E("graz", "LOC", "Graz", None, ("Graz", "name", A)),
        E("bruck-an-der-leitha", "LOC", "Bruck an der Leitha", None, ("Bruck an der Leitha", "name", A)),
        E("wiener-neustadt", "LOC", "Wiener Neustadt", None, ("Wiener Neustadt", "name", A)),
        E("oberoesterreich", "LOC", "Oberösterreich", None, ("oberösterreichische", "deriv", A)),
        E("linz", "LOC", "Linz", None, ("Linz", "name", A)),
        E("hermagor", "LOC", "Hermagor", None, ("Hermagor", "name", A)),
        E("spittal-an-der-drau", "LOC", "Spittal an der Drau", None, ("Spittal an der Drau", "name", A)),
        E("wolfsberg", "LOC", "Wolfsberg", None, ("Wolfsberg", "name", A)),
        E("niederoesterreich", "LOC", "Niederösterreich", None, ("Niederösterreich", "name", A)),
        E("zwettl", "LOC", "Zwettl", None, ("Zwettl", "name", A)),
        E("murau", "LOC", "Murau", None, ("Murau", "name", A)),
        E("bruck-muerzzuschlag", "LOC", "Bruck/Mürzzuschlag", None, ("Bruck/Mürzzuschlag", "name", A)),
        E("rust", "LOC", "Rust", None, ("Rust", "name", A)),
        E("eu", "ORG", "EU", None, ("EU", "auto", A), ("Union", "name", A)),
        E("naher-osten", "LOC", "Naher Osten", None, ("Nahen Osten", "name", A)),
        E("mittel-und-osteuropa", "LOC", "Mittel- und Osteuropa", None,
          ("mittel- und osteuropäischen", "deriv", A)),
        E("zentrales-melderegister", "OTH", "Zentrales Melderegister", None,
          ("Zentralen Melderegister", "name", A)),
        # "(Michael Matzenberger, 2.2.2016)" is the author's credit line, not a mention
    ],
}


if __name__ == "__main__":
    annotate_10kgnad_fresh.main(ROWS, ANN, OUT)
