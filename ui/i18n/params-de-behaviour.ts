/** Deutsche Hilfetexte: Umzug, Suche und Wahl, Einkommen, Mieten, Images und Schulen (`behaviour`). */
export const behaviourDe: Readonly<Record<string, string>> = {
  behaviour:
    'Wie Haushalte umziehen, suchen und wählen, wie sich Einkommen ändern und wie Mieten, Images und Schulen darauf reagieren.',
  'behaviour.moveRate':
    'Wahrscheinlichkeit je Takt, dass ein zufriedener Haushalt eine andere Wohnung zu suchen beginnt (Lebensereignisse, Arbeitsplatz). Mit den voreingestellten dissatisfactionWeight und moveRate wechseln jährlich etwa 9-10 % der Mietwohnungen den Mieter (Kennzahl rentalTurnover), wie Techem für deutsche Städte berichtet: 9.1 % in den 20 größten Städten 2015, 8.6 % 2016, 9.9 % im Länderdurchschnitt 2013 (nach Techem und dem Berliner Mieterverein).',
  'behaviour.dissatisfactionWeight':
    'Zusätzliche Wahrscheinlichkeit je Takt, eine Suche zu beginnen, bei voller Unzufriedenheit mit der jetzigen Wohnung und Nachbarschaft. Mit den voreingestellten dissatisfactionWeight und moveRate wechseln jährlich etwa 9-10 % der Mietwohnungen den Mieter (Kennzahl rentalTurnover), wie Techem für deutsche Städte berichtet: 9.1 % in den 20 größten Städten 2015, 8.6 % 2016, 9.9 % im Länderdurchschnitt 2013 (nach Techem und dem Berliner Mieterverein).',
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
  'behaviour.groupPreferences':
    'Nachbarschaftspräferenzen nach Herkunftsgruppe, höchstens ein Eintrag je Gruppe; eine Gruppe ohne Eintrag nutzt ownOriginWeight, statusWeight und milieuWeight (linear). Leer = dieselben Präferenzen für jede Gruppe.',
  'behaviour.groupPreferences[].group':
    'Herkunftsgruppe, deren Präferenzen dies sind (ein Name aus households.groups).',
  'behaviour.groupPreferences[].form':
    '"linear": jeder Anteilsterm ist Gewicht x Anteil im Block; "threshold": jeder ist Gewicht x 1, wenn der Anteil seine Schwelle überschreitet (eigener Anteil mindestens ownThreshold, Anteil einer anderen Gruppe über deren Schwelle), sonst 0: die Toleranzschwellen bei Schelling (1971) und in den Befragungen zu Nachbarschaftspräferenzen (Farley et al. 1978, 1994; Clark 1991, 1992). Status und Milieu bleiben linear.',
  'behaviour.groupPreferences[].ownWeight':
    'Gewicht des Anteils der Haushalte der eigenen Gruppe im Block (wie ownOriginWeight).',
  'behaviour.groupPreferences[].ownThreshold':
    'Schwellenform: kleinster Anteil der eigenen Gruppe im Block, der ownWeight einbringt (etwas Präsenz der eigenen Gruppe, keine Isolation).',
  'behaviour.groupPreferences[].statusWeight':
    'Gewicht des Status des Blocks (Anteil hoher minus Anteil niedriger Einkommen), wie statusWeight.',
  'behaviour.groupPreferences[].milieuWeight':
    'Gewicht des Anteils der Haushalte desselben Milieus im Block, wie milieuWeight.',
  'behaviour.groupPreferences[].others':
    'Gewichte der Anteile anderer Gruppen im Block (nicht genannte Gruppen: 0).',
  'behaviour.groupPreferences[].others[].group':
    'Eine andere Herkunftsgruppe (ein Name aus households.groups).',
  'behaviour.groupPreferences[].others[].weight':
    'Gewicht des Anteils dieser Gruppe im Block (negativ = gemieden).',
  'behaviour.groupPreferences[].others[].threshold':
    'Schwellenform: Anteil dieser Gruppe im Block, über dem das Gewicht gilt (die Toleranz gegenüber der Gruppe).',
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
  'behaviour.transferIncome':
    'Haushalte mit einem Einkommen bis zu diesem Betrag leben von Grundsicherung (Bürgergeld, SGB II/XII), die ihre Miete bis coveredRent zahlt: für sie ist eine Wohnung bezahlbar, und sie werden nie verdrängt, solange ihre Kosten innerhalb dieser Grenze bleiben. Annahme: etwa das Grundsicherungsniveau eines Ein- bis Zweipersonenhaushalts mit seiner Miete.',
  'behaviour.coveredRent':
    'Miete, die das Amt einem Haushalt in Grundsicherung zahlt (Angemessenheitsgrenze der Kosten der Unterkunft). Annahme: 500 EUR, innerhalb der Grenzen, die deutsche Städte für Ein- bis Zweipersonenhaushalte setzen.',
  'behaviour.socialIncomeLimit':
    'Einkommen, oberhalb dessen ein Haushalt keinen Anspruch auf eine Sozialwohnung hat (Wohnberechtigungsschein).',
  'behaviour.priceToRent':
    'Preis einer selbst genutzten Wohnung in Jahren ihrer monatlichen Wohnkosten x 12 (Kaufpreisfaktor). Annahme: 25, innerhalb der 20-35, die für deutsche Städte in den 2010er und 2020er Jahren berichtet werden.',
  'behaviour.maxPriceToIncome':
    'Kreditregel: ein Haushalt kann eine selbst genutzte Wohnung kaufen, deren Preis höchstens so viele Jahresnettoeinkommen beträgt (mit dem voreingestellten priceToRent: Wohnkosten von höchstens 8 / 25 = 32 % des Einkommens). Annahme: Banken finanzieren selten mehr als 7-9 Jahresnettoeinkommen; 0 = niemand kann kaufen.',
  'behaviour.socialOffers':
    'Eine freie Sozialwohnung wird je Takt höchstens so vielen Haushalten vom Anfang der Warteliste angeboten (wer zuerst kommt, zuerst unter den Berechtigten, die sie bezahlen können und nicht abgelehnt werden); nimmt sie keiner, wartet sie auf den nächsten Takt. Annahme.',
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
    'Natürliche Leerstandsquote privater Mietwohnungen: liegt der private Mietleerstand eines Quartiers darunter, steigen die Mieten, liegt er darüber, sinken sie (Mietanpassung an die natürliche Leerstandsquote nach Rosen & Smith 1983). Annahme: 3 %, etwa der marktaktive Leerstand deutscher Städte außerhalb der engsten Märkte (CBRE-empirica-Leerstandsindex, 2.5 % bundesweit Anfang der 2020er Jahre).',
  'behaviour.ownerTargetVacancy':
    'Natürliche Leerstandsquote selbst genutzter Wohnungen (zum Verkauf): liegt die eines Quartiers darunter, steigen die Preise, liegt sie darüber, sinken sie. Annahme.',
  'behaviour.rentSpeed':
    'Größte relative Änderung je Takt der privaten Mieten eines Quartiers als Antwort auf seine Leerstandslücke (Sozialmieten bleiben fest).',
  'behaviour.priceSpeed':
    'Größte relative Änderung je Takt der Preise (und Wohnkosten) selbst genutzter Wohnungen eines Quartiers als Antwort auf seine Leerstandslücke. Annahme: so schnell wie die Mieten (rentSpeed).',
  'behaviour.rentTrend':
    'Allgemeiner Trend der Marktmieten und Preise gegenüber den Einkommen (Einkommen in Geld des Startjahres): je Takt wächst der Miet- und Preisindex jedes Quartiers um (1 + dieser Wert)^(1/12) - 1, zusätzlich zur Antwort auf den Leerstand. Annahme: +1 % im Jahr, da die Angebotsmieten in deutschen Städten in den 2010er Jahren schneller stiegen als die Einkommen (IBB Wohnungsmarktbericht 2019: Berliner Angebotsmieten +25 % 2014-2018 gegen +10 % verfügbares Einkommen je Einwohner).',
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
