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
    'Haushalte, die vor höchstens so vielen Jahren zugezogen sind, gelten als Neuzugezogene: das Netzwerk der eigenen Gruppe hilft ihnen (networkHelp) und bindet sie danach (networkBind).',
  'behaviour.povertyTrap':
    'Aufstiegswahrscheinlichkeit x (1 - dieser Wert x Anteil niedriger Einkommen unter den anderen Haushalten des Blocks): Nachbarn ohne Arbeit geben weniger Hinweise auf Stellen weiter (soziale Isolation in konzentrierter Armut, Wilson 1987). Annahme.',
  'behaviour.schoolMobility':
    'Aufstiegswahrscheinlichkeit x (1 + dieser Wert x (Qualität der Schule, die die Kinder besuchen - 0.5)) für Haushalte mit Kindern (die besuchte Schule, nach einer etwaigen Vermeidung, nicht die Einzugsschule). Annahme.',
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
    'Anteil des Abstands zwischen der Qualität einer Schule und dem, was die Zusammensetzung ihrer Schülerschaft und etwaige Investitionen nahelegen, der je Takt geschlossen wird. Annahme.',
  'behaviour.schoolCompositionWeight':
    'Wie stark der Anteil niedriger Einkommen unter den Familien der Schüler einer Schule (gemessen an allen Schülern der Stadt) ihre Qualität nach unten zieht: die Schüler nach der Vermeidung, nicht die Bewohner des Einzugsgebiets (processes/schools.ts). Annahme.',
  'behaviour.schoolAvoidance':
    'Wahrscheinlichkeit, dass ein Haushalt mit mittlerem oder hohem Einkommen und Kindern, der in ein Quartier zieht, dessen Einzugsschule unter schoolAvoidanceQuality liegt, seine Kinder stattdessen auf die beste Schule eines angrenzenden Quartiers schickt (wenn diese besser ist); 0 = alle besuchen die Einzugsschule.',
  'behaviour.schoolAvoidanceQuality':
    'Schulqualität, unterhalb derer Haushalte mit mittlerem und hohem Einkommen ihre Einzugsschule meiden können.',
  'behaviour.skillLearning':
    'Anteil des Abstands zwischen den Sprach- und Fachkenntnissen eines Haushalts (0-1, beim Zuzug der Wert skillAtArrival seiner Gruppe) und voller Beherrschung (1), der je Takt geschlossen wird, vor Kontakt und Kursen (processes/skills.ts). Mit 0.1 für Geflüchtete beim Zuzug und dem Kontakt eines typischen Blocks erreicht der Mittelwert nach fünf Jahren etwa 0.55, in der Größenordnung der IAB-BAMF-SOEP-Befragung von Geflüchteten: 90 % sprachen beim Zuzug kein Deutsch; von den 2013-2016 Gekommenen gaben 22 % 2016 gute oder sehr gute Deutschkenntnisse an, 44 % 2018, 52 % 2020 (BAMF-Kurzanalysen 5|2016, 1|2020, 2|2022). Die Zuordnung der Kenntnisse zu diesen Antworten ist eine Annahme.',
  'behaviour.contactLearning':
    'Lernrate x (1 + dieser Wert x Anteil anderer Gruppen unter den Haushalten des Blocks): Kontakt mit anderen Gruppen in der Nähe beschleunigt Sprache und Kenntnisse (die Exposition des Haushalts in seiner personenzentrierten Umgebung; Kontakt mit Deutschen und Sprachkurse hingen am stärksten mit den Fortschritten Geflüchteter im Deutschen zusammen, BAMF-Kurzanalyse 1|2019). Stärke eine Annahme.',
  'behaviour.skillMobility':
    'Aufstiegswahrscheinlichkeit x (1 - dieser Wert x (1 - Kenntnisse)): ohne die Sprache findet ein Haushalt selten eine bessere Stelle (0 = Kenntnisse zählen nicht). Annahme.',
  'behaviour.skillPayoff':
    'Gewonnene Kenntnisse werden zu besseren Stellen: die Aufstiegswahrscheinlichkeit eines Haushalts je Takt erhält dieser Wert x die im Takt gewonnenen Kenntnisse dazu (vor den Faktoren des Ortes), so bringt das Schließen eines Abstands von 0.9 im Erwartungswert etwa 2.7 Aufstiege. Das Aufholen der Einkommen Neuzugezogener folgt ihrem Lernen, keiner Konstante für Neuzugezogene (die Verdienste Zugewanderter holen mit Sprache und Erfahrung im Aufnahmeland auf: Chiswick 1978; die Erwerbstätigkeit Geflüchteter in Deutschland stieg von etwa 20 % zwei Jahre nach dem Zuzug auf etwa die Hälfte nach fünf, IAB). Größe eine Annahme.',
  'behaviour.networkHelp':
    'Aufstiegswahrscheinlichkeit eines Neuzugezogenen (innerhalb von behaviour.newcomerYears nach dem Zuzug) x (1 + dieser Wert x Anteil der eigenen Gruppe in seinem Block), für Gruppen mit skillAtArrival unter 1: das Netzwerk der eigenen Gruppe in der Nähe vermittelt erste Stellen und Informationen (die frühe Hilfe der Enklave: Edin, Fredriksson & Åslund 2003 finden, dass das Wohnen in einer Enklave die Verdienste gering qualifizierter Zugewanderter in Schweden erhöht). Stärke eine Annahme.',
  'behaviour.networkBind':
    'Nach behaviour.newcomerYears die Aufstiegswahrscheinlichkeit eines solchen Haushalts x (1 - dieser Wert x Anteil der eigenen Gruppe in seinem Block): dasselbe Netzwerk bindet an die Stellen der ethnischen Ökonomie und hält die Kontakte in der Gruppe (die spätere Falle der Enklave, wie in der Lesart der Ankunftsquartiere als Mobilitätsfalle). Annahme.',
  'behaviour.jobAccess':
    'Aufstiegswahrscheinlichkeit x (1 - dieser Wert x Entfernung des Quartiers vom Zentrum, als Anteil der halben Diagonale): Arbeitsplätze sind im Zentrum konzentriert, und die Entfernung von ihnen senkt die Chance, eine bessere Stelle zu finden (räumliche Fehlpassung, Kain 1968). Annahme.',
  'behaviour.imageSchoolWeight':
    'Wie stark die Schule eines Quartiers (ihre Qualität gegenüber dem Mittel der Schulen der Stadt) das Image bewegt, dem das Quartier zustrebt (processes/image.ts). Annahme.',
  'behaviour.imageCapitalisation':
    'Mieten und Preise eines Quartiers ändern sich um diesen Wert x die Änderung seines Images, zusätzlich zur Leerstandslücke (processes/image.ts): Vermieter und Verkäufer preisen den Ruf des Quartiers ein (hedonische Preise, Rosen 1974). Ohne ihn bewegt eine Kampagne die Mieten nur über den Leerstand, und wo der Leerstand jedes Quartiers unter seiner natürlichen Rate liegt (ein angespannter Markt), steigen die Mieten ohnehin überall mit rentSpeed, so dass die Kampagne in den Mieten kaum sichtbar wird. 0.5 = ein um 0.2 höheres Image macht die Mieten 10 % höher. Annahme.',
};
