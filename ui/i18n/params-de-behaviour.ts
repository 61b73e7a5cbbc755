/** Deutsche Hilfetexte: Umzug, Suche und Wahl, Einkommen, Mieten, Images und Schulen (`behaviour`). */
export const behaviourDe: Readonly<Record<string, string>> = {
  behaviour:
    'Wie Haushalte umziehen, suchen und wählen, wie sich Einkommen ändern und wie Mieten, Images und Schulen darauf reagieren.',
  'behaviour.moveRate':
    'Wahrscheinlichkeit je Takt, dass ein zufriedener Haushalt eine andere Wohnung zu suchen beginnt (Lebensereignisse, Arbeitsplatz).',
  'behaviour.dissatisfactionWeight':
    'Zusätzliche Wahrscheinlichkeit je Takt, eine Suche zu beginnen, bei voller Unzufriedenheit mit der jetzigen Wohnung und Nachbarschaft.',
  'behaviour.aspiration':
    'Normierter Nutzen (Nutzen / Summe der Beträge der Gewichte), unterhalb dessen ein Haushalt unzufrieden wird; Unzufriedenheit = Anspruchsniveau - Nutzen, begrenzt auf 0..1.',
  'behaviour.maxSearchTicks':
    'Ein freiwillig suchender Haushalt, der nichts findet, gibt nach so vielen Takten auf und bleibt, wo er ist.',
  'behaviour.sampleSize':
    'Zahl der freien Wohnungen, die ein suchender Haushalt je Takt ansieht (zufällig aus allen freien Wohnungen gezogen).',
  'behaviour.choice':
    '"logit": multinomiales Logit-Modell über die freien Wohnungen, die der Haushalt bekommen kann, und seine jetzige Wohnung (Bruch & Mare 2006); "threshold": eine freie Wohnung kommt infrage, wenn in ihrem Block mindestens ownShareThreshold Haushalte der eigenen Herkunft wohnen und ihr Nutzen mindestens so hoch ist wie der jetzige; unter diesen wird eine zufällig genommen.',
  'behaviour.logitScale':
    'Skalierung des Logit-Modells: die Wahlwahrscheinlichkeiten wachsen mit exp(scale x Nutzen); 0 = Wahl per Zufall.',
  'behaviour.ownShareThreshold':
    'Wahlregel "threshold": kleinster Anteil der eigenen Herkunftsgruppe im Block, den ein Haushalt akzeptiert.',
  'behaviour.priceWeight':
    'Gewicht der Bezahlbarkeit (minus die Mietbelastung: Miete / Einkommen) im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.qualityWeight': 'Gewicht der Wohnqualität (0-1) im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.ownOriginWeight':
    'Gewicht des Anteils der Haushalte eigener Herkunft im Block im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.statusWeight':
    'Gewicht des Nachbarschaftsstatus (Anteil hoher minus Anteil niedriger Einkommen im Block) im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.milieuWeight':
    'Gewicht des Anteils der Haushalte desselben Milieus im Block im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.kinWeight':
    'Gewicht der Nähe zu Verwandten (exp(-distance / kinDistance)) im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.schoolWeight':
    'Gewicht der Qualität der Einzugsschule (für Haushalte mit Kindern) im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.imageWeight': 'Gewicht des Images des Quartiers im Nutzen einer Wohnung (0 = unberücksichtigt).',
  'behaviour.schoolWeightNoChildren': 'Anteil des Schulgewichts, der für Haushalte ohne Kinder zählt.',
  'behaviour.chainSearchShare':
    'Anteil der freien Wohnungen, die sich ein Kettenmigrant ohne Wohnung je Takt ansieht, der aus dem Quartier seiner Verwandten gezogen wird (deren Netzwerke); der Rest aus der ganzen Stadt. Annahme.',
  'behaviour.kinDistance':
    'Entfernung, über die die Anziehung durch Verwandte um den Faktor e abnimmt (in Rasterzellen).',
  'behaviour.maxRentBurden':
    'Höchste Mietbelastung (Miete / Einkommen), die ein Haushalt eingehen kann (Bezahlbarkeit); 100 = keine Grenze.',
  'behaviour.socialIncomeLimit':
    'Einkommen, oberhalb dessen ein Haushalt keinen Anspruch auf eine Sozialwohnung hat (Wohnberechtigungsschein).',
  'behaviour.ownerMinIncome':
    'Mindesteinkommen für den Kauf einer selbst genutzten Wohnung (Kredit, Ersparnisse).',
  'behaviour.socialDiscriminationFactor':
    'Diskriminierung durch soziale Vermieter im Verhältnis zu privaten (0 = keine im sozialen Wohnungsbau, 1 = ebenso viel).',
  'behaviour.upRate':
    'Grundwahrscheinlichkeit je Takt für einen Einkommensanstieg (Arbeitsplatz, Beförderung, anerkannte Qualifikation).',
  'behaviour.downRate':
    'Wahrscheinlichkeit je Takt für einen Einkommensverlust (Verlust des Arbeitsplatzes, Trennung).',
  'behaviour.incomeFloor':
    'Mindesteinkommen eines Haushalts (Grundsicherung): ein Einkommensverlust führt nie darunter.',
  'behaviour.upStep': 'Relativer Einkommenszuwachs bei einem Anstieg.',
  'behaviour.downStep': 'Relativer Einkommensverlust bei einem Rückgang.',
  'behaviour.educationMobility':
    'Aufstiegswahrscheinlichkeit x (1 + dieser Wert x (Bildung - 1)): Bildung 0, 1, 2 = niedrig, mittel, hoch.',
  'behaviour.newcomerYears':
    'Haushalte, die vor höchstens so vielen Jahren zugezogen sind, gelten für newcomerMobility als Neuzugezogene.',
  'behaviour.newcomerMobility':
    'Faktor auf die Aufstiegswahrscheinlichkeit Neuzugezogener (Sprache, erste Stelle, Anerkennung von Qualifikationen).',
  'behaviour.arrivalQuarterMobility':
    'Faktor auf die Aufstiegswahrscheinlichkeit Neuzugezogener, die in einem Ankunftsquartier wohnen (Netzwerke, ethnische Ökonomie): > 1 macht es zum Sprungbrett.',
  'behaviour.povertyTrap':
    'Aufstiegswahrscheinlichkeit x (1 - dieser Wert x Anteil niedriger Einkommen im Quartier): konzentrierte Armut wird zur Mobilitätsfalle.',
  'behaviour.schoolMobility':
    'Aufstiegswahrscheinlichkeit x (1 + dieser Wert x (Schulqualität - 0.5)) für Haushalte mit Kindern.',
  'behaviour.returnIntentionFactor':
    'Faktor auf die Fortzugswahrscheinlichkeit von Haushalten, die zurückkehren wollen.',
  'behaviour.secondaryMoveShare':
    'Anteil der Asylsuchenden, die nach dem Ende der Residenzpflicht eine eigene Wohnung zu suchen beginnen.',
  'behaviour.displacementBurden':
    'Mietbelastung, oberhalb derer ein Haushalt seine Wohnung zu verlieren droht (Mietschulden, Kündigung nach einer Mieterhöhung).',
  'behaviour.displacementRate':
    'Wahrscheinlichkeit je Takt, dass ein Haushalt oberhalb von displacementBurden seine Wohnung verlassen muss.',
  'behaviour.targetVacancy':
    'Leerstandsquote eines Quartiers, bei der die Mieten stabil bleiben; darunter steigen sie, darüber sinken sie.',
  'behaviour.rentSpeed':
    'Größte relative Mietänderung je Takt in einem Quartier (im privaten und im Eigentumssegment; Sozialmieten bleiben fest).',
  'behaviour.imageSpeed':
    'Anteil des Abstands zwischen dem Image eines Quartiers und dem Image, das seine Zusammensetzung nahelegt, der je Takt geschlossen wird.',
  'behaviour.imageStatusWeight':
    'Wie stark der Status eines Quartiers (Anteil hoher minus niedriger Einkommen, gemessen an der Stadt) das Image verschiebt, dem es zustrebt.',
  'behaviour.schoolSpeed':
    'Anteil des Abstands zwischen der Qualität einer Schule und dem, was die Zusammensetzung ihres Quartiers nahelegt, der je Takt geschlossen wird.',
  'behaviour.schoolCompositionWeight':
    'Wie stark der Anteil niedriger Einkommen im Quartier (gemessen an der Stadt) die Qualität seiner Schule nach unten zieht.',
  'behaviour.schoolAvoidance':
    'Wahrscheinlichkeit, dass ein Haushalt mit mittlerem oder hohem Einkommen und Kindern, der in ein Quartier zieht, dessen Einzugsschule unter schoolAvoidanceQuality liegt, seine Kinder stattdessen auf die beste Schule eines angrenzenden Quartiers schickt (wenn diese besser ist); 0 = alle besuchen die Einzugsschule.',
  'behaviour.schoolAvoidanceQuality':
    'Schulqualität, unterhalb derer Haushalte mit mittlerem und hohem Einkommen ihre Einzugsschule meiden können.',
};
