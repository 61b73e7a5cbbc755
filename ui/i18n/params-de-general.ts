/** Deutsche Hilfetexte: Szenario-Angaben, klassisches Schelling-Modell, Indizes und Ergebnisgrößen. */
export const generalDe: Readonly<Record<string, string>> = {
  name: 'Kurzer Name des Szenarios.',
  description: 'Was das Szenario zeigt, in einfachen Worten.',
  mode: '"classic" = Schelling-Modell auf einem Gitter (Lehre, Validierung); "city" = mehrdimensionales Haushaltsmodell.',
  seed: 'Startwert des Laufs; dasselbe Szenario mit demselben Startwert ergibt bitgenau dieselben Zahlen.',
  ticks:
    'Anzahl der Takte, die simuliert werden (ein Lauf kann früher enden, wenn ein Modell meldet, dass es zur Ruhe gekommen ist).',

  classic: 'Das klassische Schelling-Modell auf einem quadratischen Gitter.',
  'classic.size': 'Seitenlänge L des quadratischen Gitters; das Gitter hat L x L Zellen.',
  'classic.torus':
    'Ob das Gitter an seinen Rändern umläuft (Torus); sonst haben Zellen am Rand weniger Nachbarn.',
  'classic.shares': 'Anteil der Agenten in jeder Gruppe (ein Eintrag je Gruppe, die Summe ist 1).',
  'classic.vacancy': 'Anteil der leeren Zellen. Wird nicht beachtet, wenn agents gesetzt ist.',
  'classic.agents':
    'Anzahl der Agenten; 0 bedeutet, dass sie sich aus dem Leerstandsanteil ergibt. Mindestens eine Zelle muss leer bleiben. Wird nicht beachtet, wenn layout "grid" ist.',
  'classic.layout':
    'Startaufstellung: "random" = Agenten auf zufälligen Zellen, Gruppen gemischt (der klassische Start); "halves" = ein Band von Zeilen je Gruppe, so groß wie ihr Anteil (zwei Hälften bei zwei gleich großen Gruppen); "stripes" = Spalten von blockSize Breite, die Gruppen abwechselnd; "blocks" = Quadrate der Seitenlänge blockSize, die Gruppen abwechselnd (ein Schachbrett aus Blöcken bei zwei Gruppen); "grid" = die Zellen, wie sie in `grid` stehen. In den segregierten Aufstellungen liegen die leeren Zellen zufällig verteilt im Gebiet jeder Gruppe. Ein segregierter Start ist der Test der Geschichte in der Parable of the Polygons (Hart und Case 2014, ncase.me/polygons).',
  'classic.blockSize':
    'Breite der Streifen und Seitenlänge der Blöcke der Aufstellungen "stripes" und "blocks" (Annahme: 5, damit Gitter mit 50 oder 60 Zellen wie in den Vorlagen eine gerade Zahl von Streifen und von Blöcken haben und zwei gleich große Gruppen gleich große Gebiete bekommen).',
  'classic.grid':
    'Aufstellung "grid": eine Zeile je Gitterzeile (size Zeilen mit je size Zeichen): "." eine leere Zelle, "A" ein Agent der ersten Gruppe, "B" der zweiten, und so weiter. Legt die Zahl der Agenten und ihre Startplätze fest; vacancy und agents werden nicht beachtet. `kiez run --layout DATEI` liest sie aus einer Textdatei.',
  'classic.radius': 'Radius der Moore-Nachbarschaft: 1 ergibt die 8 umliegenden Zellen, 2 ergibt 24.',
  'classic.rule':
    'Zufriedenheitsregel: "share" = ähnliche / besetzte Nachbarzellen >= threshold (ohne besetzte Nachbarzelle gilt ein Agent als zufrieden); "count" = Zahl ähnlicher Nachbarn >= minSimilar.',
  'classic.threshold':
    'Regel "share": kleinster Anteil ähnlicher Agenten unter den besetzten Nachbarzellen, den ein Agent akzeptiert; ein Wert für alle Gruppen oder einer je Gruppe.',
  'classic.ceiling':
    'Regel "share": größter Anteil ähnlicher Nachbarn, den ein Agent akzeptiert (unter 1 suchen Agenten Vielfalt); 1 = keine Obergrenze.',
  'classic.minSimilar': 'Regel "count": kleinste Zahl ähnlicher Nachbarn, die ein Agent akzeptiert.',
  'classic.move':
    'Wohin ein unzufriedener Agent zieht: "random" = in eine gleichverteilt zufällige leere Zelle (die klassische Regel); "nearest" = in die nächstgelegene leere Zelle (nach Ringen der Moore-Metrik, bei Gleichstand per Zufall), in der er zufrieden wäre; gibt es keine, bleibt er; "walk" = der lokale Umzug von NetLogos Segregation (Wilensky 1997, find-new-spot): ein Sprung in gleichverteilt zufälliger Richtung über eine gleichverteilt zufällige Strecke unter walkStep Zellen, wiederholt von dort, wo er landet, bis die Zelle dort leer ist oder seine eigene (dann bleibt er); auf einem begrenzten Gitter wird ein Sprung über den Rand neu gezogen. Ob der Agent in der neuen Zelle zufrieden ist, spielt keine Rolle.',
  'classic.walkStep':
    'Umzug "walk": der längste einzelne Sprung, in Zellen (NetLogos Segregation: fd random-float 10, also 10).',
  'classic.similarMeasure':
    'Wie similarShare gezählt wird: "meanOfRatios" = Mittel über die Agenten von ähnlichen / besetzten Nachbarzellen, Agenten ohne besetzte Nachbarzelle bleiben außen vor (Schelling 1971; Standard von kiez); "ratioOfSums" = alle ähnlichen Nachbarn aller Agenten geteilt durch alle ihre besetzten Nachbarzellen (NetLogos Segregation, "% similar"); "polygons" = das Mittel der Anteile, wobei ein Agent ohne Nachbarn als 1 zählt, dazu die Größe segregationS = 2 x (similarShare - 1/2) (die Parable of the Polygons, Hart und Case 2014).',
  'classic.decide':
    'Wann ein Agent über einen Umzug entscheidet: "onTurn" = wenn er in der zufälligen Reihenfolge des Takts an der Reihe ist, nach dem Gitter, wie es dann ist (frühere Umzüge des Takts zählen); "atTickStart" = die zu Beginn des Takts Unzufriedenen ziehen in zufälliger Reihenfolge um, auch wenn frühere Umzüge des Takts sie zufrieden gemacht haben (NetLogos Segregation: ask turtles with [not happy?]).',
  'classic.stopWhenSettled':
    'Den Lauf nach dem ersten Takt beenden, nach dem kein Agent mehr unzufrieden ist.',

  measures: 'Segregationsindizes je Takt: welche Indizes, Dimensionen und Ebenen, und wie oft.',
  'measures.every':
    'Die Indizes in jedem Takt berechnen, der durch diesen Wert teilbar ist (Takt 0 eingeschlossen); in den übrigen Takten bleiben die Spalten leer. 0 schaltet die Indizes ab.',
  'measures.indices':
    'Zu berechnende Indizes, durch Kommas getrennt (siehe kiez measures): beliebige aus D, Dgroup, Dpair, H, M, Mgroup, isolation, exposure, moran; "all" für alle; "" für keinen.',
  'measures.dimensions':
    'Dimensionen, entlang derer gemessen wird, durch Kommas getrennt (classic: group; city: z. B. origin, income, milieu, tenure); "all" für jede Dimension, die das Modell hat.',
  'measures.scales':
    'Ebenen, durch Kommas getrennt: Namen von Gebietseinheiten (classic: block3, block5, block10, block25; city: block, quarter, district), personenzentrierte Radien als rN (z. B. r1, r2) und Binnenanteile als A-in-B (M und H der Ebene A innerhalb der Einheiten der Ebene B, z. B. quarter-in-district); "all" für jede Gebietsebene und die Radien, die das Modell vorschlägt (ohne Binnenanteile).',
  'measures.random':
    'Jeden Index zusätzlich für eine Zufallsverteilung derselben Haushalte auf dieselben Orte ausgeben (Spalten mit der Endung .random), um Segregation von Zufallsschwankungen zu unterscheiden.',
  'measures.replicates':
    'Zufallsverteilungen hinter den .random-Spalten: ihr Mittel (.random), ihre Standardabweichung (.random.sd) und der Anteil, der mindestens so groß ist wie der Index (.random.p).',
  'measures.interval':
    'Intervalle für jede Indexspalte: "bootstrap" zieht die Haushalte mit Zurücklegen neu und gibt Verzerrung und Standardfehler des Bootstraps aus (.bias, .se) sowie das Perzentilintervall um den verzerrungsbereinigten Index (`.lower`, `.upper`), wie R segregation; "permutation" gibt den Bereich an, den der Index bei Zufallsverteilung derselben Haushalte auf dieselben Orte annimmt (`.random.lower`, `.random.upper`). Jede Wiederholung kostet eine Berechnung aller gewählten Indizes.',
  'measures.intervalReplicates':
    'Bootstrap-Stichproben oder Zufallsverteilungen hinter den Intervallen (Perzentilintervalle brauchen einige hundert für stabile Grenzen).',
  'measures.level':
    'Überdeckung der Intervalle: der mittlere Anteil der Wiederholungswerte zwischen `lower` und `upper`.',

  outcomes: 'Ergebnisgrößen der Stadt neben den Segregationsindizes.',
  'outcomes.every':
    'Die Ergebnisgrößen (disadvantage.*, springboard.*, typology.*) in jedem Takt berechnen, der durch diesen Wert teilbar ist; 0 schaltet sie ab.',
  'outcomes.nativeGroups':
    'Herkunftsgruppen ohne Migrationshintergrund, durch Kommas getrennt; jede andere Gruppe hat einen.',
  'outcomes.disadvantage':
    'Konzentration von Benachteiligung: ein Quartier zählt, wenn es alle drei Schwellenwerte erreicht.',
  'outcomes.disadvantage.migrantShare': 'Mindestanteil der Haushalte mit Migrationshintergrund.',
  'outcomes.disadvantage.lowIncomeShare': 'Mindestanteil der Haushalte in der unteren Einkommensgruppe.',
  'outcomes.disadvantage.schoolQuality': 'Höchste Schulqualität, die noch als schwache Schule gilt.',
  'outcomes.springboard':
    'Sprungbrett oder Mobilitätsfalle: welche Neuzugezogenen verfolgt werden, wie lange, und was als Aufstieg zählt.',
  'outcomes.springboard.followUp':
    'Takte seit dem Zuzug, nach denen ein neuzugezogener Haushalt bewertet wird (60 Monatstakte = 5 Jahre).',
  'outcomes.springboard.window':
    'Breite des Zuzugsfensters: Zuzüge, die zwischen followUp + window und followUp Takten zurückliegen.',
  'outcomes.springboard.minGain':
    'Kleinster Einkommenszuwachs gegenüber dem Einkommen beim Zuzug, der als Aufstieg zählt (0.1 = +10 %).',
  'outcomes.springboard.arrivalQuartersOnly':
    'Nur Neuzugezogene verfolgen, deren erstes Quartier ein Ankunftsquartier war (sonst alle Neuzugezogenen).',
  'outcomes.typology':
    'Quartierstypologie für das kleinräumige Sozialraummonitoring (k-means mit festem Startwert über die Profile der Quartiere).',
  'outcomes.typology.types': 'Zahl der Quartierstypen; 0 schaltet die Typologie ab.',
  'outcomes.typology.restarts':
    'k-means-Läufe von verschiedenen, per Startwert festgelegten Anfangslösungen; die kompakteste Lösung gewinnt.',
};
