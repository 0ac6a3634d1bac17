"""Hand annotation of the fixture articles, as surface strings with occurrence numbers.

Occurrence numbers are 1-based and count the boundary-respecting occurrences of the exact,
case-sensitive surface string in the whole file (see build_gold.occurrences): "Bahn" #2 is the
second "Bahn" that is not part of a longer word (it may be part of "Deutsche Bahn" or "Pro-Bahn-").

Per article:
  headings     : the short heading lines (for quote "where")
  entities     : (key, label, name, gender, [(surface, occ, form), ...])
  references   : (surface, occ, key, "role" | "pronoun")   -- anaphoric/cataphoric role nouns and
                 third-person personal pronouns that refer to a named person (not appositions
                 directly attached to the name, not possessives, not 1st/2nd person)
  quotes       : (span_spec, kind, speaker_key, speaker_spec | None)
                 span_spec: (surface, occ) | ("span", head, tail, occ) | ("line", n, label_prefix)
                 direct/partial: the words between the quotation marks (marks excluded);
                 indirect: the reported clause (for "laut X"/"X zufolge"/"nach Angaben X":
                 the whole sentence without its final full stop);
                 interview: the whole answer paragraph without the "Name: " label.
  not_quotes   : (surface, occ, why) or ("span", head, tail, occ, why)
  not_mentions : (surface, occ | "all", why)
"""

ARTICLES = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["01_interview_konjunktur"] = dict(
    headings=[],
    entities=[
        ("deutsche-bundesbank", "ORG", "Deutsche Bundesbank", None, [
            ("Deutsche Bundesbank", 1, "name"), ("Bundesbank", 2, "name"),
            ("Bundesbank", 3, "name"), ("Bundesbank", 4, "part")]),
        ("maren-hollstein", "PER", "Maren Hollstein", "f", [
            ("Maren Hollstein", 1, "name"), ("Hollstein", 2, "name")]),
        ("bundesregierung", "ORG", "Bundesregierung", None, [
            ("Bundesregierung", 1, "name"), ("Bundesregierung", 2, "name")]),
        ("tobias-wendland", "PER", "Tobias Wendland", "m", [("Tobias Wendland", 1, "name")]),
        ("leipzig", "LOC", "Leipzig", None, [("Leipziger", 1, "deriv")]),
        ("bundestag", "ORG", "Bundestag", None, [("Bundestag", 1, "name")]),
        ("usa", "LOC", "USA", None, [("USA", 1, "name"), ("amerikanischen", 1, "deriv")]),
        ("baden-wuerttemberg", "LOC", "Baden-Württemberg", None, [("Baden-Württemberg", 1, "name")]),
        ("bayern", "LOC", "Bayern", None, [("Bayern", 1, "name")]),
        ("china", "LOC", "China", None, [("chinesische", 1, "deriv")]),
        ("sachsen", "LOC", "Sachsen", None, [("Sachsen", 1, "name")]),
        ("ruhrgebiet", "LOC", "Ruhrgebiet", None, [("Ruhrgebiet", 1, "name")]),
    ],
    references=[
        ("sie", 1, "maren-hollstein", "pronoun"),
    ],
    quotes=[
        (("Die Unternehmen warten auf ein klares Signal", 1), "direct", "maren-hollstein", None),
        (("line", 5, ""), "interview", "maren-hollstein", None),
        (("line", 7, ""), "interview", "maren-hollstein", None),
        (("Beton wird nicht im Bundestag gegossen.", 1), "direct", "tobias-wendland", ("Tobias Wendland", 1)),
        (("line", 9, ""), "interview", "maren-hollstein", None),
        (("line", 11, ""), "interview", "maren-hollstein", None),
        (("line", 13, ""), "interview", "maren-hollstein", None),
        (("line", 15, ""), "interview", "maren-hollstein", None),
    ],
    not_quotes=[
        ("erklärt im Interview", 1, "teaser: announces the interview topic (indirect question), no reported content"),
    ],
    not_mentions=[
        ("Jonas Albers", 1, "byline"),
        ("tagesschau.de:", "all", "interview label"),
    ],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["02_interview_archive"] = dict(
    headings=[],
    entities=[
        ("russland", "LOC", "Russland", None, [("russischen", 1, "deriv")]),
        ("ukraine", "LOC", "Ukraine", None, [
            ("Ukraine", 1, "name"), ("ukrainische", 1, "deriv"), ("Ukraine", 2, "name"), ("Ukraine", 3, "name")]),
        ("wadym-melnyk", "PER", "Wadym Melnyk", "m", [("Wadym Melnyk", 1, "name"), ("Melnyk", 2, "name")]),
        ("deutschland", "LOC", "Deutschland", None, [("deutsche", 1, "deriv"), ("Deutschland", 1, "name")]),
        ("oblast-tschernihiw", "LOC", "Oblast Tschernihiw", None, [("Tschernihiw", 1, "name")]),
        ("halyna-bondar", "PER", "Halyna Bondar", "f", [("Halyna Bondar", 1, "name"), ("Bondar", 2, "name")]),
        ("cherson", "LOC", "Cherson", None, [("Cherson", 1, "name")]),
        ("melitopol", "LOC", "Melitopol", None, [("Melitopol", 1, "name")]),
        ("bundesarchiv", "ORG", "Bundesarchiv", None, [("Bundesarchiv", 1, "name")]),
        ("koblenz", "LOC", "Koblenz", None, [("Koblenz", 1, "name"), ("Koblenz", 2, "name")]),
        ("lwiw", "LOC", "Lwiw", None, [("Lwiw", 1, "name")]),
        ("oblast-saporischschja", "LOC", "Oblast Saporischschja", None, [("Saporischschja", 1, "name")]),
        ("kiew", "LOC", "Kiew", None, [("Kiew", 2, "name")]),
        ("holodomor", "OTH", "Holodomor", None, [("Holodomor", 1, "name")]),
        ("papier-gegen-panzer", "OTH", "Papier gegen Panzer", None, [("Papier gegen Panzer", 1, "name")]),
    ],
    references=[
        ("der Historiker", 1, "wadym-melnyk", "role"),
        ("Sie", 3, "halyna-bondar", "pronoun"),
        ("sie", 5, "halyna-bondar", "pronoun"),
    ],
    quotes=[
        (("Jede Akte ist ein Zeuge", 1), "direct", "wadym-melnyk", None),
        (("line", 5, "Melnyk: "), "interview", "wadym-melnyk", ("Melnyk", 3)),
        (("Solange das Papier trocken bleibt, haben wir nichts verloren.", 1), "direct", "halyna-bondar", ("Sie", 3)),
        (("line", 7, "Melnyk: "), "interview", "wadym-melnyk", ("Melnyk", 4)),
        (("line", 9, "Melnyk: "), "interview", "wadym-melnyk", ("Melnyk", 5)),
        (("line", 11, "Melnyk: "), "interview", "wadym-melnyk", ("Melnyk", 6)),
        (("line", 13, "Melnyk: "), "interview", "wadym-melnyk", ("Melnyk", 7)),
        (("das sei die leiseste Form des Widerstands", 1), "indirect", "halyna-bondar", ("Bondar", 2)),
    ],
    not_quotes=[
        ("Papier gegen Panzer", 1, "title of a book in quotation marks"),
    ],
    not_mentions=[
        ("Katrin Paulsen", 1, "byline"),
        ("ARD-Studio Kiew", 1, "byline"),
        ("Paulsen:", "all", "interview label"),
        ("Melnyk:", "all", "interview label"),
    ],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["03_bahnstreik_gdl"] = dict(
    headings=["„Die Leidtragenden sind wieder die Pendler“", "Streit um Ruhezeiten"],
    entities=[
        ("gdl", "ORG", "Gewerkschaft Deutscher Lokomotivführer", None, [
            ("GDL", 1, "name"), ("Gewerkschaft Deutscher Lokomotivführer", 1, "name"), ("GDL", 2, "name"),
            ("GDL", 3, "part"), ("GDL", 4, "name"), ("GDL", 5, "name"), ("GDL", 6, "name")]),
        ("deutsche-bahn", "ORG", "Deutsche Bahn", None, [
            ("Deutschen Bahn", 1, "name"), ("Bahn", 3, "name"), ("Deutsche Bahn", 1, "name"), ("DB", 1, "part"),
            ("Bahn", 5, "name"), ("Bahn", 8, "name"), ("Bahn", 9, "name"), ("Bahn", 10, "name"),
            ("Bahn", 11, "name")]),
        ("pro-bahn", "ORG", "Pro Bahn", None, [
            ("Pro Bahn", 1, "name"), ("Pro Bahn", 2, "name"), ("Pro-Bahn", 1, "part")]),
        ("frankfurt-am-main", "LOC", "Frankfurt am Main", None, [("Frankfurt am Main", 1, "name")]),
        ("sandra-kottke", "PER", "Sandra Kottke", "f", [
            ("Sandra Kottke", 1, "name"), ("Kottke", 2, "name"), ("Kottke", 3, "name")]),
        ("frank-ebeling", "PER", "Frank Ebeling", "m", [
            ("Frank Ebeling", 1, "name"), ("Ebeling", 2, "name"), ("Ebeling", 3, "name")]),
        ("juergen-wallmoden", "PER", "Jürgen Wallmoden", "m", [
            ("Jürgen Wallmoden", 1, "name"), ("Wallmoden", 2, "name")]),
        ("hessischer-rundfunk", "ORG", "Hessischer Rundfunk", None, [("Hessischen Rundfunk", 1, "name")]),
        ("anja-brueckner", "PER", "Anja Brückner", "f", [("Anja Brückner", 1, "name")]),
        ("berlin", "LOC", "Berlin", None, [("Berlin", 1, "name")]),
        ("hamburg", "LOC", "Hamburg", None, [("Hamburg", 1, "name")]),
        ("koeln", "LOC", "Köln", None, [("Köln", 1, "name")]),
        ("muenchen", "LOC", "München", None, [("München", 1, "name")]),
        ("evg", "ORG", "Eisenbahn- und Verkehrsgewerkschaft", None, [
            ("Eisenbahn- und Verkehrsgewerkschaft", 1, "name"), ("EVG", 1, "name")]),
    ],
    references=[
        ("der Manager", 1, "frank-ebeling", "role"),
        ("sie", 1, "anja-brueckner", "pronoun"),
        ("die Gewerkschafterin", 1, "sandra-kottke", "role"),
    ],
    quotes=[
        (("Wir lassen uns nicht erpressen", 1), "direct", "sandra-kottke", None),
        (("Der Ausstand soll in der Nacht zum Donnerstag um 2 Uhr beginnen und bis Samstagmorgen dauern", 1),
         "indirect", "gdl", ("die Gewerkschaft", 1)),
        (("seit Wochen auf Zeit zu spielen", 1), "indirect", "sandra-kottke", ("Sandra Kottke", 1)),
        (("Das Angebot des Konzerns ist eine Zumutung für alle, die nachts und am Wochenende im Führerstand sitzen", 1),
         "direct", "sandra-kottke", ("Kottke", 2)),
        (("span", "Wir lassen uns von diesem Vorstand", "auf dem Lohnzettel nichts bringen.", 1),
         "direct", "sandra-kottke", None),
        (("völlig unverhältnismäßig", 1), "partial", "frank-ebeling", ("Frank Ebeling", 1)),
        (("Die Bahn habe zuletzt eine Lohnerhöhung von 6,2 Prozent in zwei Stufen sowie eine Einmalzahlung angeboten", 1),
         "indirect", "frank-ebeling", ("Ebeling", 2)),
        (("Auch über weitere Entlastungen bei der Arbeitszeit sei man gesprächsbereit", 1),
         "indirect", "frank-ebeling", None),
        (("Die GDL hat den Verhandlungstisch verlassen, nicht wir", 1), "direct", "frank-ebeling", ("der Manager", 1)),
        (("Der Konzern prüfe rechtliche Schritte gegen den Ausstand", 1), "indirect", "frank-ebeling", None),
        (("Die Leidtragenden sind wieder die Pendler", 1), "direct", "juergen-wallmoden", None),
        (("Die Leidtragenden sind wieder einmal die Pendlerinnen und Pendler, die nicht ins Homeoffice ausweichen können", 1),
         "direct", "juergen-wallmoden", ("Jürgen Wallmoden", 1)),
        (("span", "Wallmoden zufolge", "die Osterreisezeit belasten", 1), "indirect", "juergen-wallmoden", ("Wallmoden", 2)),
        (("span", "im Fernverkehr werde man", "Köln und München", 1), "indirect", "anja-brueckner", ("Anja Brückner", 1)),
        (("Fahrgäste, die ihre Reise verschieben wollten, könnten ihr Ticket flexibel nutzen", 1),
         "indirect", "anja-brueckner", None),
        (("Wir bitten alle Reisenden, sich vor Fahrtantritt in der App oder im Internet zu informieren", 1),
         "direct", "anja-brueckner", ("sie", 1)),
        (("span", "jede zusätzliche Ruhestunde", "schlicht nicht gebe", 1), "indirect", "frank-ebeling", ("Ebeling", 3)),
        (("span", "Sollte die Bahn bis Ende", "unbefristete Streiks möglich", 1),
         "indirect", "sandra-kottke", ("die Gewerkschafterin", 1)),
    ],
    not_quotes=[
        ("Pro Bahn verlangt eine Schlichtung", 1, "demand without reported content (lead)"),
        ("Die Bahn kündigte einen Notfahrplan an", 1, "speech-act verb without reported content"),
        ("Kottke drohte mit einer Ausweitung des Arbeitskampfs", 1, "speech-act verb without reported content"),
        ("span", "Die GDL will durchsetzen, dass", "Zulagen für Nachtarbeit", 1,
         "aim of the union stated by the journalist, no speech verb"),
    ],
    not_mentions=[
        ("Lena Hartmann", 1, "byline"),
        ("HR", 1, "byline"),
        ("tagesschau", 1, "broadcast note"),
    ],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["04_hochwasserschutz_sachsen"] = dict(
    headings=["Streit ums Geld", '"Die nächste Flut fragt nicht"'],
    entities=[
        ("sachsen", "LOC", "Sachsen", None, [
            ("Sachsen", 1, "name"), ("Sachsen", 2, "name"), ("sächsische", 1, "deriv")]),
        ("doebeln", "LOC", "Döbeln", None, [("Döbeln", 1, "name"), ("Döbeln", 2, "name"), ("Döbeln", 3, "name")]),
        ("freiberger-mulde", "LOC", "Freiberger Mulde", None, [("Freiberger Mulde", 1, "name")]),
        ("landestalsperrenverwaltung", "ORG", "Landestalsperrenverwaltung", None, [
            ("Landestalsperrenverwaltung", 1, "name")]),
        ("grimma", "LOC", "Grimma", None, [("Grimma", 1, "name")]),
        ("gerhard-schroeder", "PER", "Gerhard Schröder", "m", [("Gerhard Schröder", 1, "name")]),
        ("cdu", "ORG", "CDU", None, [("CDU", 1, "part"), ("CDU", 2, "part"), ("CDU", 3, "part")]),
        ("henning-brakelmann", "PER", "Henning Brakelmann", "m", [
            ("Brakelmann", 1, "name"), ("Henning Brakelmann", 1, "name")]),
        ("mulde", "LOC", "Mulde", None, [("Mulde", 2, "name")]),
        ("dpa", "ORG", "Deutsche Presse-Agentur", None, [("Deutschen Presse-Agentur", 1, "name")]),
        ("berlin", "LOC", "Berlin", None, [("Berlin", 1, "name")]),
        ("gruene", "ORG", "Grüne", None, [("Grünen", 1, "part")]),
        ("svenja-morgenthal", "PER", "Svenja Morgenthal", "f", [("Svenja Morgenthal", 1, "name")]),
        ("ard-hauptstadtstudio", "ORG", "ARD-Hauptstadtstudio", None, [("ARD-Hauptstadtstudio", 1, "name")]),
        ("bundesumweltministerium", "ORG", "Bundesumweltministerium", None, [("Bundesumweltministerium", 1, "name")]),
        ("renate-lindner", "PER", "Renate Lindner", "f", [("Renate Lindner", 1, "name"), ("Lindner", 2, "name")]),
        ("elbe", "LOC", "Elbe", None, [("Elbe", 1, "name")]),
        ("riesa", "LOC", "Riesa", None, [("Riesa", 1, "name")]),
        ("torgau", "LOC", "Torgau", None, [("Torgau", 1, "name")]),
        ("mittelsachsen", "LOC", "Landkreis Mittelsachsen", None, [("Mittelsachsen", 1, "name")]),
        ("rosswein", "LOC", "Roßwein", None, [("Roßwein", 1, "name")]),
        ("leisnig", "LOC", "Leisnig", None, [("Leisnig", 1, "name")]),
    ],
    references=[
        ("Er", 1, "gerhard-schroeder", "pronoun"),
        ("der CDU-Politiker", 1, "henning-brakelmann", "role"),
        ("sie", 2, "svenja-morgenthal", "pronoun"),
        ("Die frühere Ministerin", 1, "renate-lindner", "role"),
    ],
    quotes=[
        (("Die Baukosten lagen nach Angaben der Landestalsperrenverwaltung bei rund 38 Millionen Euro", 1),
         "indirect", "landestalsperrenverwaltung", ("Landestalsperrenverwaltung", 1)),
        (("Verfahren, die kaum noch jemand verstehe", 1), "indirect", "henning-brakelmann", ("Brakelmann", 1)),
        (("Er erinnere sich noch gut an die Bilder aus Grimma und Döbeln", 1),
         "indirect", "gerhard-schroeder", ("Gerhard Schröder", 1)),
        (("Die Hilfsbereitschaft der Menschen sei damals überwältigend gewesen", 1), "indirect", "gerhard-schroeder", None),
        (("In vielen Orten an der Mulde warten die Menschen seit zehn Jahren auf ihre Mauer", 1),
         "direct", "henning-brakelmann", ("der CDU-Politiker", 1)),
        (("Das liegt nicht an den Ingenieuren, sondern an Verfahren, die kaum noch jemand versteht.", 1),
         "direct", "henning-brakelmann", None),
        (("Wir reden seit 2002 über Vorsorge und reparieren dann doch meistens erst nach der Katastrophe", 1),
         "direct", "svenja-morgenthal", ("sie", 2)),
        (("Der Klimawandel mache Starkregen und Sturzfluten häufiger, auch abseits der großen Flüsse", 1),
         "indirect", "svenja-morgenthal", None),
        (("Die Kommunen bräuchten deshalb verlässliche Programme statt einmaliger Hilfen nach dem nächsten Hochwasser", 1),
         "indirect", "svenja-morgenthal", None),
        (("Über die Verteilung der Mittel für das kommende Jahr werde derzeit mit den Ländern beraten", 1),
         "indirect", "bundesumweltministerium", ("eine Sprecherin", 1)),
        (("Die nächste Flut fragt nicht", 1), "direct", "renate-lindner", None),
        (("Die nächste Flut fragt nicht, ob ein Planfeststellungsverfahren abgeschlossen ist", 1),
         "direct", "renate-lindner", ("Lindner", 2)),
        (("viele Deiche an der Elbe zwischen Riesa und Torgau noch immer nicht dem heutigen Standard entsprächen", 1),
         "indirect", "renate-lindner", ("Die frühere Ministerin", 1)),
    ],
    not_quotes=[
        ("verwies auf bestehende Förderprogramme", 1, "speech-act verb without reported content"),
        ("mahnte bei dem Festakt zur Eile", 1, "speech-act verb without reported content"),
    ],
    not_mentions=[],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["05_reinholt_bnd"] = dict(
    headings=["Ermittlungen wegen Ausfuhrverstößen", "Hinweise an das Ministerium"],
    entities=[
        ("bnd", "ORG", "Bundesnachrichtendienst", None, [
            ("BND", 1, "name"), ("Bundesnachrichtendienst", 1, "name"), ("Bundesnachrichtendienstes", 1, "name"),
            ("BND", 2, "name"), ("BND", 3, "name"), ("BND", 4, "name")]),
        ("konstantin-reinholt", "PER", "Konstantin Reinholt", "m", [
            ("Reinholts", 1, "name"), ("Konstantin Reinholt", 1, "name"), ("Reinholt", 2, "part"),
            ("Konstantin Reinholt", 2, "name"), ("Reinholts", 2, "name"), ("Reinholt", 4, "name"),
            ("Reinholts", 3, "name"), ("Reinholts", 4, "name"), ("Reinholt", 5, "name"), ("Reinholt", 6, "name")]),
        ("russland", "LOC", "Russland", None, [("Russland", 1, "part"), ("Russland", 2, "name")]),
        ("hamburg", "LOC", "Hamburg", None, [
            ("Hamburger", 1, "deriv"), ("Hamburg", 1, "name"), ("Hamburg", 2, "name"), ("Hamburg", 4, "name"),
            ("Hamburg", 5, "name")]),
        ("ndr", "ORG", "NDR", None, [("NDR", 1, "name"), ("NDR", 3, "name"), ("NDR", 4, "name")]),
        ("wdr", "ORG", "WDR", None, [("WDR", 1, "name"), ("WDR", 3, "name"), ("WDR", 4, "name")]),
        ("sueddeutsche-zeitung", "ORG", "Süddeutsche Zeitung", None, [
            ("Süddeutsche Zeitung", 1, "name"), ("SZ", 1, "name"), ("SZ", 2, "name")]),
        ("norddeutschland", "LOC", "Norddeutschland", None, [("Norddeutschland", 1, "name")]),
        ("kasachstan", "LOC", "Kasachstan", None, [("Kasachstan", 1, "name")]),
        ("armenien", "LOC", "Armenien", None, [("Armenien", 1, "name")]),
        ("nordkap-handelsholding", "ORG", "Nordkap Handelsholding", None, [("Nordkap Handelsholding", 1, "name")]),
        ("zypern", "LOC", "Zypern", None, [("Zypern", 1, "name")]),
        ("dubai", "LOC", "Dubai", None, [("Dubai", 1, "name")]),
        ("bremen", "LOC", "Bremen", None, [("Bremen", 1, "name"), ("Bremen", 2, "name")]),
        ("staatsanwaltschaft-hamburg", "ORG", "Staatsanwaltschaft Hamburg", None, [
            ("Staatsanwaltschaft Hamburg", 1, "name")]),
        ("aussenwirtschaftsgesetz", "OTH", "Außenwirtschaftsgesetz", None, [("Außenwirtschaftsgesetz", 1, "name")]),
        ("zollkriminalamt", "ORG", "Zollkriminalamt", None, [("Zollkriminalamts", 1, "name")]),
        ("elbchaussee", "LOC", "Elbchaussee", None, [("Elbchaussee", 1, "name")]),
        ("berlin", "LOC", "Berlin", None, [("Berliner", 1, "deriv")]),
        ("matthias-oberlaender", "PER", "Matthias Oberländer", "m", [
            ("Matthias Oberländer", 1, "name"), ("Oberländer", 2, "name")]),
        ("bafa", "ORG", "Bundesamt für Wirtschaft und Ausfuhrkontrolle", None, [
            ("Bundesamt für Wirtschaft und Ausfuhrkontrolle", 1, "name"), ("BAFA", 1, "name")]),
        ("bundeswirtschaftsministerium", "ORG", "Bundeswirtschaftsministerium", None, [
            ("Bundeswirtschaftsministerium", 1, "name")]),
        ("hamburger-sv", "ORG", "Hamburger SV", None, [("Hamburger SV", 1, "name")]),
    ],
    references=[
        ("Sein Mandant", 1, "konstantin-reinholt", "role"),
        ("Der Unternehmer", 2, "konstantin-reinholt", "role"),
        ("Er", 2, "konstantin-reinholt", "pronoun"),
        ("der 61-Jährige", 1, "konstantin-reinholt", "role"),
    ],
    quotes=[
        (("span", "die Lieferketten der Gruppe seien", "Verschleierung der Endabnehmer“", 1), "indirect", "bnd", None),
        (("auffällig komplex", 1), "partial", "bnd", None),
        (("mutmaßlich der Verschleierung der Endabnehmer", 1), "partial", "bnd", None),
        (("Er äußere sich grundsätzlich nicht zu operativen Aspekten seiner Arbeit", 1), "indirect", "bnd",
         ("ein Sprecher", 1)),
        (("Sein Mandant habe sich stets an geltendes Recht gehalten", 1), "indirect", "matthias-oberlaender",
         ("Oberländer", 2)),
        (("span", "Sämtliche Ausfuhren seien", "geprüft und genehmigt worden", 1), "indirect",
         "matthias-oberlaender", None),
        (("Herr Reinholt ist kein Sanktionsbrecher, sondern ein Kaufmann, der seit dreißig Jahren ehrlich Geschäfte macht", 1),
         "direct", "matthias-oberlaender", None),
        (("span", "man habe die Hinweise damals", "zuständigen Behörden weitergegeben", 1), "indirect",
         "bundeswirtschaftsministerium", ("Ein Sprecher des Ministeriums", 1)),
        (("sorgfältig geprüft", 1), "partial", "bundeswirtschaftsministerium", ("Ein Sprecher des Ministeriums", 1)),
    ],
    not_quotes=[
        ("Süddeutsche Zeitung", 1, "name of a newspaper in quotation marks"),
        ("wollte sich dazu nicht äußern", 1, "refusal"),
        ("bestätigte die Durchsuchungen, nannte aber keine Namen", 1, "speech-act verb without reported content"),
        ("weist die Vorwürfe zurück", 1, "speech-act verb without reported content"),
        ("äußerte sich auf Anfrage nicht", 1, "refusal"),
        ("Welche Behörden das waren, ließ er offen", 1, "refusal (left open)"),
    ],
    not_mentions=[
        ("Daniel Kessler", 1, "byline"),
        ("Merve Aydın", 1, "byline"),
        ("NDR/WDR", 1, "byline"),
        ("Jan Petersen", 1, "byline"),
        ("Lea Sommerfeld", 1, "byline"),
        ("SZ", 3, "byline"),
    ],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["06_verfassungsschutz_bayern"] = dict(
    headings=["„Er kannte den Namen meiner Schwester“", "Länder wollen enger zusammenarbeiten"],
    entities=[
        ("bayern", "LOC", "Bayern", None, [
            ("Bayern", 1, "name"), ("bayerischen", 1, "deriv"), ("Bayern", 2, "name"), ("bayerischen", 2, "deriv")]),
        ("bayerisches-landesamt-fuer-verfassungsschutz", "ORG", "Bayerisches Landesamt für Verfassungsschutz", None, [
            ("Bayerische Landesamt für Verfassungsschutz", 1, "name"),
            ("Bayerischen Landesamts für Verfassungsschutz", 1, "name")]),
        ("russland", "LOC", "Russland", None, [
            ("Russland", 1, "name"), ("Russland", 2, "name"), ("russische", 1, "deriv"), ("Russland", 3, "name")]),
        ("belarus", "LOC", "Belarus", None, [("Belarus", 1, "name")]),
        ("zentralasien", "LOC", "Zentralasien", None, [("zentralasiatische", 1, "deriv")]),
        ("cordula-wendt", "PER", "Cordula Wendt", "f", [("Cordula Wendt", 1, "name"), ("Wendts", 1, "name")]),
        ("csu", "ORG", "CSU", None, [("CSU", 1, "name")]),
        ("muenchen", "LOC", "München", None, [("München", 1, "name")]),
        ("usbekistan", "LOC", "Usbekistan", None, [("Usbekistan", 1, "name"), ("Usbekistan", 2, "name")]),
        ("tadschikistan", "LOC", "Tadschikistan", None, [("Tadschikistan", 1, "name")]),
        ("deutschland", "LOC", "Deutschland", None, [("Deutschland", 1, "name")]),
        ("alischer-tursunow", "PER", "Alischer Tursunow", "m", [
            ("Alischer Tursunow", 1, "name"), ("Tursunow", 2, "name"), ("Tursunow", 3, "name")]),
        ("nuernberg", "LOC", "Nürnberg", None, [("Nürnberg", 1, "name")]),
        ("telegram", "ORG", "Telegram", None, [("Telegram", 1, "part")]),
        ("samarkand", "LOC", "Samarkand", None, [("Samarkand", 1, "name")]),
        ("jelena-sorokina", "PER", "Jelena Sorokina", "f", [("Jelena Sorokina", 1, "name")]),
        ("regensburg", "LOC", "Regensburg", None, [("Regensburg", 1, "name")]),
        ("baden-wuerttemberg", "LOC", "Baden-Württemberg", None, [("Baden-Württemberg", 1, "name")]),
        ("hessen", "LOC", "Hessen", None, [("Hessen", 1, "name")]),
        ("sachsen", "LOC", "Sachsen", None, [("Sachsen", 1, "name")]),
        ("bundesamt-fuer-verfassungsschutz", "ORG", "Bundesamt für Verfassungsschutz", None, [
            ("Bundesamt für Verfassungsschutz", 1, "name")]),
        ("koeln", "LOC", "Köln", None, [("Köln", 1, "name")]),
        ("bundesinnenministerium", "ORG", "Bundesinnenministerium", None, [("Bundesinnenministeriums", 1, "name")]),
        ("maximilian-sailer", "PER", "Maximilian Sailer", "m", [("Maximilian Sailer", 1, "name")]),
        ("gruene", "ORG", "Grüne", None, [("Grüne", 1, "name")]),
    ],
    references=[
        ("die Ministerin", 1, "cordula-wendt", "role"),
        ("Der 38-jährige Journalist", 1, "alischer-tursunow", "role"),
        ("er", 1, "alischer-tursunow", "pronoun"),
        ("sie", 1, "jelena-sorokina", "pronoun"),
        ("Sie", 1, "jelena-sorokina", "pronoun"),
        ("Er", 3, "maximilian-sailer", "pronoun"),
    ],
    quotes=[
        (("Wer im Ausland erpressbar wird, ist ein Risiko für den ganzen Staat", 1), "direct", "cordula-wendt",
         ("die Ministerin", 1)),
        (("span", "Laut dem Bericht", "deutlich ausgeweitet", 1), "indirect",
         "bayerisches-landesamt-fuer-verfassungsschutz", ("Bayerischen Landesamts für Verfassungsschutz", 1)),
        (("span", "Im Visier stünden", "ihrer Heimatländer äußerten", 1), "indirect",
         "bayerisches-landesamt-fuer-verfassungsschutz", None),
        (("Er kannte den Namen meiner Schwester", 1), "direct", "alischer-tursunow", None),
        (("span", "Im vergangenen Herbst sei er", "über seine Familie gewusst habe", 1), "indirect",
         "alischer-tursunow", ("Tursunow", 2)),
        (("Er kannte den Namen meiner Schwester und die Straße, in der meine Mutter in Samarkand wohnt.", 1),
         "direct", "alischer-tursunow", None),
        (("Mehrfach hätten Unbekannte ihre Veranstaltungen fotografiert", 1), "indirect", "jelena-sorokina", ("sie", 1)),
        (("Angehörige von Besuchern seien in Russland danach von der Polizei befragt worden", 1), "indirect",
         "jelena-sorokina", None),
        (("Sie selbst lasse sich davon nicht abschrecken", 1), "indirect", "jelena-sorokina", None),
        (("span", "Nach Angaben Wendts", "Betroffener verständigen", 1), "indirect", "cordula-wendt", ("Wendts", 1)),
        (("Auch das Bundesamt für Verfassungsschutz in Köln sei eingebunden", 1), "indirect", "cordula-wendt", None),
        (("Die geplante Meldepflicht stelle Tausende Beschäftigte unter Generalverdacht", 1), "indirect",
         "maximilian-sailer", ("Maximilian Sailer", 1)),
        (("Spionageabwehr ist richtig, aber nicht mit Misstrauen gegen die eigenen Leute.", 1), "direct",
         "maximilian-sailer", None),
    ],
    not_quotes=[
        ("span", "Reisen nach Russland", "vorab zu melden", 1, "verb sense: melden = register (travel), not speech"),
        ("berichtet auf einem Telegram-Kanal über Korruption in seiner Heimat", 1,
         "verb sense: journalistic activity, no reported content"),
        ("meldete den Vorfall der Polizei", 1, "verb sense: report an incident, no reported content"),
        ("wollte sich zu den bayerischen Plänen nicht äußern", 1, "refusal"),
    ],
    not_mentions=[
        ("Florian Rieder", 1, "byline"),
        ("BR", 1, "byline"),
    ],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["07_raubkunst_charkiw"] = dict(
    headings=["„Ein Stück unserer Stadt“", "Tausende Werke weiter verschollen"],
    entities=[
        ("charkiw", "LOC", "Charkiw", None, [
            ("Charkiw", 1, "name"), ("Charkiw", 3, "name"), ("Charkiw", 4, "name"), ("Charkiw", 5, "name")]),
        ("ohio", "LOC", "Ohio", None, [("Ohio", 1, "name"), ("Ohio", 2, "name")]),
        ("kunstmuseum-charkiw", "ORG", "Kunstmuseum Charkiw", None, [("Kunstmuseum Charkiw", 1, "name")]),
        ("ukraine", "LOC", "Ukraine", None, [
            ("Ukraine", 1, "name"), ("ukrainischen", 1, "deriv"), ("ukrainischen", 2, "deriv")]),
        ("halle", "LOC", "Halle", None, [("Halle", 1, "name"), ("Halle", 2, "name")]),
        ("steppe-am-donez", "OTH", "Steppe am Donez", None, [("Steppe am Donez", 1, "name")]),
        ("serhij-wassylkiwskyj", "PER", "Serhij Wassylkiwskyj", "m", [("Serhij Wassylkiwskyj", 1, "name")]),
        ("deutschland", "LOC", "Deutschland", None, [("deutschen", 1, "deriv"), ("deutsche", 1, "deriv")]),
        ("usa", "LOC", "USA", None, [("USA", 1, "name"), ("US", 1, "part")]),
        ("cincinnati", "LOC", "Cincinnati", None, [("Cincinnati", 1, "name")]),
        ("stiftung-mitteldeutscher-kunstbesitz", "ORG", "Stiftung Mitteldeutscher Kunstbesitz", None, [
            ("Stiftung Mitteldeutscher Kunstbesitz", 1, "name")]),
        ("kunstmuseum-moritzburg", "ORG", "Kunstmuseum Moritzburg", None, [("Kunstmuseum Moritzburg", 1, "name")]),
        ("benedikt-haas", "PER", "Benedikt Haas", "m", [
            ("Benedikt Haas", 1, "name"), ("Haas", 2, "name"), ("Haas", 3, "name")]),
        ("einsatzstab-reichsleiter-rosenberg", "ORG", "Einsatzstab Reichsleiter Rosenberg", None, [
            ("Einsatzstabs Reichsleiter Rosenberg", 1, "name")]),
        ("oksana-lytwynenko", "PER", "Oksana Lytwynenko", "f", [("Oksana Lytwynenko", 1, "name")]),
        ("oblast-charkiw", "LOC", "Oblast Charkiw", None, [("Charkiw", 6, "name")]),
        ("sachsen-anhalt", "LOC", "Sachsen-Anhalt", None, [("Sachsen-Anhalts", 1, "name")]),
        ("annegret-voigt", "PER", "Annegret Voigt", "f", [("Annegret Voigt", 1, "name")]),
        ("kiew", "LOC", "Kiew", None, [("Kiew", 1, "name")]),
        ("ukrainisches-kulturministerium", "ORG", "Kulturministerium (Ukraine)", None, [
            ("Kulturministeriums", 1, "name")]),
        ("zweiter-weltkrieg", "OTH", "Zweiter Weltkrieg", None, [("Zweiten Weltkriegs", 1, "name")]),
        ("russland", "LOC", "Russland", None, [("russischen", 1, "deriv"), ("Russland", 1, "name")]),
        ("cherson", "LOC", "Cherson", None, [("Cherson", 1, "name")]),
        ("melitopol", "LOC", "Melitopol", None, [("Melitopol", 1, "name")]),
    ],
    references=[
        ("ein Provenienzforscher", 1, "benedikt-haas", "role"),
        ("Der Historiker", 1, "benedikt-haas", "role"),
        ("Er", 1, "benedikt-haas", "pronoun"),
        ("Sie", 1, "oksana-lytwynenko", "pronoun"),
        ("Die Ministerin", 1, "annegret-voigt", "role"),
        ("er", 1, "benedikt-haas", "pronoun"),
    ],
    quotes=[
        (("Das war wie ein Fingerabdruck", 1), "direct", "benedikt-haas", ("Haas", 2)),
        (("Er habe die Ergebnisse sofort an die Stiftung weitergegeben", 1), "indirect", "benedikt-haas", None),
        (("Ein Stück unserer Stadt", 1), "direct", "oksana-lytwynenko", None),
        (("Jedes Bild, das zurückkommt, ist ein Stück unserer Stadt, das der Krieg nicht bekommen hat", 1), "direct",
         "oksana-lytwynenko", ("Oksana Lytwynenko", 1)),
        (("Akt der historischen Verantwortung", 1), "partial", "annegret-voigt", ("Annegret Voigt", 1)),
        (("span", "Nach Angaben des ukrainischen Kulturministeriums", "Kulturgüter als verschollen", 1), "indirect",
         "ukrainisches-kulturministerium", ("ukrainischen Kulturministeriums", 1)),
        (("Viele deutsche Museen hätten Bestände, deren Herkunft nie systematisch geprüft worden sei", 1), "indirect",
         "benedikt-haas", ("er", 1)),
        (("Da stehen wir eher am Anfang als am Ende.", 1), "direct", "benedikt-haas", None),
    ],
    not_quotes=[
        ("Steppe am Donez", 1, "title of a painting in quotation marks"),
        ("Experten schätzen das Gemälde auf rund 350.000 Euro", 1, "verb sense: schätzen = estimate (a value)"),
        ("span", "Sie hofft, das Gemälde", "zeigen zu können", 1, "attitude verb (hoffen), not speech"),
        ("Der Stiftungsrat muss den Plänen allerdings noch zustimmen", 1, "verb sense: zustimmen = approve (formal decision)"),
        ("span", "Russland wird vorgeworfen", "abtransportiert zu haben", 1,
         "accusation in the passive, no speaker named"),
    ],
    not_mentions=[],
)

# ---------------------------------------------------------------------------------------------
ARTICLES["08_gletscher_groenland"] = dict(
    headings=["„Wir haben das Ausmaß unterschätzt“", "Folgen für die Küsten"],
    entities=[
        ("groenland", "LOC", "Grönland", None, [
            ("Grönland", 1, "name"), ("Grönlands", 1, "name"), ("Grönland", 2, "name")]),
        ("deutschland", "LOC", "Deutschland", None, [("deutsch", 1, "deriv")]),
        ("usa", "LOC", "USA", None, [
            ("amerikanisches", 1, "deriv"), ("amerikanischer", 1, "deriv"), ("US", 1, "part")]),
        ("nordsee", "LOC", "Nordsee", None, [("Nordsee", 1, "name"), ("Nordsee", 2, "name")]),
        ("79-grad-nord-gletscher", "LOC", "79-Grad-Nord-Gletscher", None, [
            ("79-Grad-Nord-Gletscher", 1, "name"), ("Nioghalvfjerdsbræ", 1, "name"),
            ("79-Grad-Nord-Gletscher", 2, "name")]),
        ("awi", "ORG", "Alfred-Wegener-Institut", None, [
            ("Alfred-Wegener-Instituts", 1, "name"), ("AWI", 1, "name"), ("AWI", 2, "name")]),
        ("bremerhaven", "LOC", "Bremerhaven", None, [("Bremerhaven", 1, "name")]),
        ("university-of-colorado", "ORG", "University of Colorado", None, [("University of Colorado", 1, "name")]),
        ("boulder", "LOC", "Boulder", None, [("Boulder", 1, "name")]),
        ("nature-geoscience", "ORG", "Nature Geoscience", None, [("Nature Geoscience", 1, "name")]),
        ("friederike-lammers", "PER", "Friederike Lammers", "f", [
            ("Lammers", 1, "name"), ("Friederike Lammers", 1, "name"), ("Lammers", 3, "name"), ("Lammers", 4, "name")]),
        ("polarstern", "OTH", "Polarstern", None, [("Polarstern", 1, "name")]),
        ("atlantik", "LOC", "Atlantik", None, [("Atlantik", 1, "name")]),
        ("jamal-okafor", "PER", "Jamal Okafor", "m", [
            ("Jamal Okafor", 1, "name"), ("Okafor", 2, "name"), ("Okafor", 3, "name"), ("Okafor", 4, "name")]),
        ("houston", "LOC", "Houston", None, [("Houston", 1, "name")]),
        ("texas", "LOC", "Texas", None, [("Texas", 1, "name")]),
        ("wien", "LOC", "Wien", None, [("Wien", 1, "name")]),
        ("bangladesch", "LOC", "Bangladesch", None, [("Bangladesch", 1, "name")]),
        ("nlwkn", "ORG", "Niedersächsischer Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz", None, [
            ("Niedersächsischen Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz", 1, "name"),
            ("NLWKN", 1, "name")]),
        ("national-science-foundation", "ORG", "National Science Foundation", None, [
            ("National Science Foundation", 1, "name")]),
    ],
    references=[
        ("sie", 1, "friederike-lammers", "pronoun"),
        ("Der Geophysiker", 1, "jamal-okafor", "role"),
        ("Er", 1, "jamal-okafor", "pronoun"),
        ("Sie", 1, "friederike-lammers", "pronoun"),
        ("ihn", 1, "jamal-okafor", "pronoun"),
        ("die Forscherin", 1, "friederike-lammers", "role"),
        ("er", 1, "jamal-okafor", "pronoun"),
    ],
    quotes=[
        (("Der Gletscher verliert schneller an Masse als gedacht", 1), "direct", "friederike-lammers", None),
        (("Entwicklung, die uns Sorgen machen muss", 1), "partial", "friederike-lammers", ("Lammers", 1)),
        (("Der Gletscher verliert deutlich schneller an Masse, als wir gedacht haben", 1), "direct",
         "friederike-lammers", ("sie", 1)),
        (("span", "Besonders stark schmelze", "in den Fjord ströme", 1), "indirect", "friederike-lammers", None),
        (("Seit 2018 habe die Zunge etwa ein Fünftel ihrer Dicke eingebüßt", 1), "indirect", "friederike-lammers",
         ("Lammers", 3)),
        (("Wir haben das Ausmaß unterschätzt", 1), "direct", "jamal-okafor", None),
        (("Ehrlich gesagt haben wir das Ausmaß unterschätzt, alle, auch wir selbst", 1), "direct", "jamal-okafor",
         ("Okafor", 2)),
        (("span", "Er plädiere dafür", "alle fünf Jahre", 1), "indirect", "jamal-okafor", None),
        (("Das werde zwar nicht in diesem Jahrhundert geschehen", 1), "indirect", "friederike-lammers",
         ("die Forscherin", 1)),
        (("span", "Doch schon ein Bruchteil davon", "ebenso wie in Bangladesch", 1), "indirect",
         "friederike-lammers", None),
        (("Neue Deiche würden bereits heute mit einem Zuschlag für den steigenden Meeresspiegel geplant", 1),
         "indirect", "nlwkn", ("ein Sprecher", 1)),
        (("Die Finanzierung der Expedition sei allerdings noch nicht gesichert", 1), "indirect", "jamal-okafor",
         ("er", 1)),
        (("Die National Science Foundation habe Kürzungen angekündigt", 1), "indirect", "jamal-okafor", None),
    ],
    not_quotes=[
        ("Nature Geoscience", 1, "name of a journal in quotation marks"),
        ("Polarstern", 1, "name of a ship in quotation marks"),
        ("Das zeigen Messungen", 1, "evidence verb, not speech"),
        ("hält die bisherigen Modelle für zu optimistisch", 1, "opinion stated by the journalist, no speech verb"),
    ],
    not_mentions=[
        ("NDR Info", 1, "broadcast note"),
    ],
)
