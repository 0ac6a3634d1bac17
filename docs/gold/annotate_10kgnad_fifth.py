"""Hand annotation (gold) of named entities for 10 more articles of the 10kGNAD test file.

Annotation is held as data below. Mention specs:
  (surface, form, occ)
    surface: exact string, or ("context", "sub") -> the unique occurrence of `context`, and `sub` inside it
    form:    "name" | "part" | "deriv" | "auto" (auto = "part" if followed by "-", else "name")
    occ:     list of 1-based occurrence numbers (word-bounded matches of surface), or "*" = every
             word-bounded occurrence not overlapping an explicitly placed mention.
Annotated on 3 December 2026 (late evening) by a helper session blind to the tool's output, as dev
text for the rules (rows 20, 130, 230, 340, 445, 520, 600, 700, 790, 920, none in the other gold).
Choices made while annotating:
- author bylines such as "(András Szigetvari, 19.1.2016)" at the end of row 20 are credit lines like
  "(APA; 4.12.2015)" in row 310: no mention (the first set had annotated the authors of rows 435 and 808);
- places and persons inside a term are no mentions (as the eponyms of row 220): "Krim" and "Kongo" in
  "Krim-Kongo-Virus" (the virus is OTH, so the country Kongo in the list of row 130 is its own LOC),
  "Bernhard-Nocht-Institut", "Machiavellistischen" (row 340); "Wörthersee-Stadion" is one LOC, the
  stadium, and "Post-Tower" in row 920 is one LOC, the building, not a mention of the Post;
- an organisation named by a place adjective and its generic noun is one ORG mention: "Bonner
  Universitätsklinikums" (= Universitätsklinikum Bonn), "Bozner Landesgericht" (a court, as
  Landesgericht Linz), "Wiener Austria" (the club); the place adjective before another name stays a
  LOC deriv ("Münchner ifo-Institut", "Klagenfurter Wörthersee-Stadion", "Bonner Post-Zentrale");
  "Die Salzburger" in row 790 is the club, a deriv of Red Bull Salzburg as in row 974;
- "der Universitäten Marburg, Gießen und Ulm" (row 130): three universities, ORG, mentions
  "Universitäten Marburg", "Gießen", "Ulm";
- "den neuen Darwin" (row 230): a comparison that names Darwin, PER (gender not shown);
- "HP" in row 445 is the same employer as "HP Enterprise Services": one ORG;
- "Oculus" alone (row 520) is the company Oculus VR; Oculus Rift/Rift, Oculus Store, Oculus Touch and
  Xbox are OTH; "VR" alone is the common noun virtual reality, no mention;
- in "ÖFB-Fußball-Cup" the ÖFB is the ORG part (the cup itself would overlap, so it is not annotated);
- the studies Pisa and TIMSS are OTH; the journals/sites Nature Communications, The Register,
  Eurogamer, Gamespot, The Verge and the magazine Spiegel are ORG (outlets); "Erde" is LOC as in
  row 808; "Junge Generation" (the SVP's youth organisation) is ORG; the Südtiroler Landtag is not
  an ORG (state Landtag rule), its "Südtiroler" is a deriv of Südtirol.
Run from the project folder: python docs/gold/annotate_10kgnad_fifth.py. Writes
tests/gold/entities_10kgnad_fifth.jsonl (offsets, short surface strings and SHA-256 digests only).
The resolving, the checks and the writing are annotate_10kgnad_fresh.py's.
"""
import annotate_10kgnad_fresh  # beside this script: python puts the script's folder on the path
from annotate_10kgnad_fresh import A, E

from helpers import paths

OUT = paths.GOLD / "entities_10kgnad_fifth.jsonl"
ROWS = [20, 130, 230, 340, 445, 520, 600, 700, 790, 920]

ANN = {
    20: [
        E("ams", "ORG", "Arbeitsmarktservice", None,
          ("AMS", "auto", A), ("Arbeitsmarktservice", "name", A)),
        E("oesterreich", "LOC", "Österreich", None,
          ("Österreich", "name", A), ("österreichischer", "deriv", A)),
        E("deutschland", "LOC", "Deutschland", None,
          ("Deutschland", "name", A), ("deutsche", "deriv", A), ("deutschen", "deriv", A)),
        E("europa", "LOC", "Europa", None, ("Europa", "name", A)),
        E("bamf", "ORG", "Bundesamt für Migration und Flüchtlinge", None,
          ("Bundesamt für Migration und Flüchtlinge", "name", A), ("BAMF", "name", A)),
        E("afghanistan", "LOC", "Afghanistan", None, ("Afghanistan", "name", A)),
        E("irak", "LOC", "Irak", None, ("Irak", "name", A), ("Iraker", "deriv", A)),
        E("syrien", "LOC", "Syrien", None, ("Syrien", "name", A), ("Syrer", "deriv", A)),
        E("ludger-woessmann", "PER", "Ludger Wößmann", "m",
          ("Ludger Wößmann", "name", [1]), ("Wößmann", "name", A)),
        E("muenchen", "LOC", "München", None, ("Münchner", "deriv", A)),
        E("ifo-institut", "ORG", "ifo-Institut", None, ("ifo-Institut", "name", A)),
        E("pisa", "OTH", "Pisa", None, ("Pisa", "auto", A)),
        E("timss", "OTH", "TIMSS", None, ("TIMSS", "auto", A)),
        E("iran", "LOC", "Iran", None, ("Iran", "name", A)),
        E("oecd", "ORG", "OECD", None, ("OECD", "name", A)),
        E("andreas-schleicher", "PER", "Andreas Schleicher", "m", ("Andreas Schleicher", "name", A)),
        # "(András Szigetvari, 19.1.2016)" is the author's credit line, not a mention
    ],
    130: [
        # the virus named after places: OTH; Krim and Kongo inside it are no place mentions
        E("krim-kongo-virus", "OTH", "Krim-Kongo-Virus", None,
          ("Krim-Kongo Virus", "name", A), ("Krim-Kongo-Virus", "auto", A)),
        E("afrika", "LOC", "Afrika", None, ("Afrikas", "name", A), ("Afrika", "name", A)),
        E("suedosteuropa", "LOC", "Südosteuropa", None, ("Südosteuropa", "name", A)),
        E("asien", "LOC", "Asien", None, ("Asien", "name", A)),
        E("marcel-a-mueller", "PER", "Marcel A. Müller", "m",
          ("Marcel A. Müller", "name", [1]), ("Müller", "name", A)),
        E("institut-fuer-virologie", "ORG", "Institut für Virologie", None,
          ("Institut für Virologie", "name", A)),
        E("universitaetsklinikum-bonn", "ORG", "Universitätsklinikum Bonn", None,
          ("Universitätsklinikums Bonn", "name", A), ("Bonner Universitätsklinikums", "name", A)),
        E("dzif", "ORG", "Deutsches Zentrum für Infektionsforschung", None,
          ("Deutschen Zentrum für Infektionsforschung", "name", A), ("DZIF", "name", A)),
        E("erde", "LOC", "Erde", None, ("Erde", "name", A)),
        E("christian-drosten", "PER", "Christian Drosten", "m", ("Christian Drosten", "name", A)),
        E("universitaet-marburg", "ORG", "Universität Marburg", None, ("Universitäten Marburg", "name", A)),
        E("universitaet-giessen", "ORG", "Universität Gießen", None, ("Gießen", "name", A)),
        E("universitaet-ulm", "ORG", "Universität Ulm", None, ("Ulm", "name", A)),
        E("bernhard-nocht-institut", "ORG", "Bernhard-Nocht-Institut für Tropenmedizin", None,
          ("Bernhard-Nocht-Institut für Tropenmedizin", "name", A)),
        E("hamburg", "LOC", "Hamburg", None, ("Hamburg", "name", A)),
        E("gabun", "LOC", "Gabun", None, ("Gabun", "name", A)),
        E("tschechien", "LOC", "Tschechien", None, ("Tschechien", "name", A)),
        E("panama", "LOC", "Panama", None, ("Panama", "name", A)),
        E("ghana", "LOC", "Ghana", None, ("Ghana", "name", A)),
        E("frankreich", "LOC", "Frankreich", None, ("Frankreich", "name", A)),
        E("kongo", "LOC", "Kongo", None, (("Ghana, Kongo, Deutschland", "Kongo"), "name", [1])),
        E("deutschland", "LOC", "Deutschland", None, ("Deutschland", "name", A)),
        E("mitteleuropa", "LOC", "Mitteleuropa", None, ("Mitteleuropa", "name", A)),
        E("griechenland", "LOC", "Griechenland", None, ("Griechenland", "name", A)),
        E("tuerkei", "LOC", "Türkei", None, ("Türkei", "name", A)),
    ],
    230: [
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("frankreich", "LOC", "Frankreich", None, ("französischer", "deriv", A)),
        E("michel-serres", "PER", "Michel Serres", "m", ("Michel Serres", "name", A)),
        E("charles-darwin", "PER", "Darwin", None, ("Darwin", "name", A)),
        E("rene-girard", "PER", "René Girard", "m",
          ("René Girard", "name", [1]), ("Girards", "name", A), ("Girard", "name", A)),
        E("figuren-des-begehrens", "OTH", "Figuren des Begehrens", None, ("Figuren des Begehrens", "name", A)),
        E("stanford", "LOC", "Stanford", None, ("Stanford", "name", A)),
        E("kalifornien", "LOC", "Kalifornien", None, ("Kalifornien", "name", A)),
    ],
    340: [
        E("wien", "LOC", "Wien", None, ("Wien", "name", A)),
        E("frank-underwood", "PER", "Frank Underwood", "m", ("Frank Underwood", "name", A)),
        E("house-of-cards", "OTH", "House of Cards", None, ("House of Cards", "name", A)),
        E("oesterreich", "LOC", "Österreich", None, ("österreichischer", "deriv", A)),
        E("nature-communications", "ORG", "Nature Communications", None,
          ("Nature Communications", "name", A)),
        E("christian-hilbe", "PER", "Christian Hilbe", "m",
          ("Christian Hilbe", "name", [1]), ("Hilbe", "name", A), ("Hilbes", "name", A)),
        E("ist-austria", "ORG", "Institute of Science and Technology Austria", None,
          ("Institute of Science and Technology Austria", "name", A), ("IST", "name", A)),
        E("klosterneuburg", "LOC", "Klosterneuburg", None, ("Klosterneuburg", "name", A)),
    ],
    445: [
        E("hp-enterprise-services", "ORG", "HP Enterprise Services", None,
          ("HP Enterprise Services", "name", [1, 2]), ("HP", "auto", A)),
        E("the-register", "ORG", "The Register", None, ("The Register", "name", A)),
        E("grossbritannien", "LOC", "Großbritannien", None, ("Großbritannien", "name", A)),
        E("indien", "LOC", "Indien", None, ("Indien", "name", A)),
        E("deutschland", "LOC", "Deutschland", None, ("Deutschland", "name", A)),
        E("usa", "LOC", "USA", None, ("USA", "name", A)),
        E("the-machine", "OTH", "The Machine", None, ("The Machine", "name", A)),
    ],
    520: [
        E("oculus-rift", "OTH", "Oculus Rift", None, ("Oculus Rift", "name", [1, 2, 3]), ("Rift", "name", A)),
        E("facebook", "ORG", "Facebook", None, ("Facebook", "auto", A)),
        E("oculus-vr", "ORG", "Oculus VR", None,
          ("Oculus VR", "name", A), (("nicht Oculus ambitionierteste", "Oculus"), "name", [1]),
          (("die Oculus erfolgreich", "Oculus"), "name", [1])),
        E("eurogamer", "ORG", "Eurogamer", None, ("Eurogamer", "name", A)),
        E("gamespot", "ORG", "Gamespot", None, ("Gamespot", "name", A)),
        E("oculus-store", "OTH", "Oculus Store", None, ("Oculus Store", "name", A)),
        E("the-verge", "ORG", "The Verge", None, ("The Verge", "name", [1]), ("Verge", "name", A)),
        E("xbox", "OTH", "Xbox", None, ("Xbox", "auto", A)),
        E("oculus-touch", "OTH", "Oculus Touch", None, ("Oculus Touch", "name", A)),
    ],
    600: [
        E("suedtirol", "LOC", "Südtirol", None, ("Südtiroler", "deriv", A), ("Südtirols", "name", A)),
        E("bozen", "LOC", "Bozen", None, ("Bozen", "name", A)),
        E("luis-durnwalder", "PER", "Luis Durnwalder", "m",
          ("Luis Durnwalder", "name", [1]), ("Durnwalders", "name", A), ("Durnwalder", "name", A)),
        E("svp", "ORG", "SVP", None, ("SVP", "name", A)),
        E("igor-secco", "PER", "Igor Secco", "m", ("Igor Secco", "name", A)),
        E("landesgericht-bozen", "ORG", "Landesgericht Bozen", None, ("Bozner Landesgericht", "name", A)),
        E("junge-generation", "ORG", "Junge Generation", None, ("Jungen Generation", "name", A)),
    ],
    700: [
        E("berlin", "LOC", "Berlin", None, ("Berlin", "name", A)),
        E("deutschland", "LOC", "Deutschland", None, ("deutsche", "deriv", A)),
        E("barbara-hendricks", "PER", "Barbara Hendricks", "f",
          ("Barbara Hendricks", "name", [1]), ("Hendricks", "name", A)),
        E("spd", "ORG", "SPD", None, ("SPD", "name", A)),
        E("der-spiegel", "ORG", "Spiegel", None, ("Spiegel", "name", A)),
    ],
    790: [
        E("red-bull-salzburg", "ORG", "Red Bull Salzburg", None,
          ("Red Bull Salzburg", "name", A), ("Salzburger", "deriv", A)),
        E("austria-wien", "ORG", "Wiener Austria", None, ("Wiener Austria", "name", A)),
        E("klagenfurt", "LOC", "Klagenfurt", None, ("Klagenfurter", "deriv", A)),
        E("woerthersee-stadion", "LOC", "Wörthersee-Stadion", None, ("Wörthersee-Stadion", "name", A)),
        E("oefb", "ORG", "ÖFB", None, ("ÖFB", "auto", A)),
        E("jonatan-soriano", "PER", "Jonatan Soriano", "m", ("Jonatan Soriano", "name", A)),
        E("felipe-pires", "PER", "Felipe Pires", "m", ("Felipe Pires", "name", A)),
    ],
    920: [
        E("bonn", "LOC", "Bonn", None, ("Bonner", "deriv", A), ("Bonn", "name", A)),
        E("verdi", "ORG", "Verdi", None, ("Verdi", "auto", A)),
        E("deutsche-post", "ORG", "Deutsche Post", None,
          ("Deutschen Post", "name", [1, 2]), ("Post", "auto", A)),
        E("frank-bsirske", "PER", "Frank Bsirske", "m",
          ("Frank Bsirske", "name", [1]), ("Bsirske", "name", A)),
        E("frank-appel", "PER", "Frank Appel", "m",
          ("Frank Appel", "name", [1, 2]), ("Appels", "name", A), ("Appel", "name", A)),
        E("post-tower", "LOC", "Post-Tower", None, ("Post-Tower", "name", [1])),
    ],
}


if __name__ == "__main__":
    annotate_10kgnad_fresh.main(ROWS, ANN, OUT)
