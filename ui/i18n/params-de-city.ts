/** Deutsche Hilfetexte: die synthetische Stadt (Abschnitt `city`) und die Haushalte (`households`). */
export const cityDe: Readonly<Record<string, string>> = {
  city: 'Die synthetische Stadt: Wohnungen, Gebäude, Blöcke, Quartiere, Bezirke und Wohngebietstypen.',
  'city.start':
    'Wie die anfänglichen Haushalte untergebracht werden. "settled": Sozialwohnungen werden über die Warteliste vergeben, die übrigen Haushalte suchen und wählen wie Umziehende, dann laufen burnIn Takte vor dem berichteten Takt 0, sodass Takt 0 eine Stadt in ihrem eigenen Gleichgewicht ist und Maßnahmen von dort aus starten. "random": jeder Haushalt bekommt eine zufällige Wohnung unter denen, die er bezahlen kann und für die er berechtigt ist (Sozialwohnungen zufällig unter den Berechtigten vergeben), sodass ein Lauf zeigt, wie viel Segregation die Umzüge selbst erzeugen. "observed" (nur mit einer Stadtdatei, `source`): jedes Gebiet erhält die Haushalte, die seine Daten angeben, nach Gruppe genau, niedrige Einkommen nach seinem Transferanteil, untergebracht in seinen eigenen Wohnungen; kein Vorlauf, Takt 0 sind die Daten.',
  'city.source':
    'Stadtdatei (CSV, eine Zeile je statistischem Gebiet; siehe docs/own-city.md), aus der die Stadt erzeugt wird, relativ zur Szenariodatei. Leer: die synthetische Stadt der übrigen `city`-Parameter.',
  'city.boundaries':
    'GeoJSON der Gebietsgrenzen, relativ zur Szenariodatei; nötig mit `source` (die Wohnungen liegen in den echten Polygonen).',
  'city.scale':
    'Ein simulierter Haushalt steht für so viele echte (nur mit einer Stadtdatei): 10 rechnet Berlin im Maßstab 1:10 für schnelle Läufe. Zahlen in den Ausgaben sind simulierte Haushalte; für die Stadt mit dem Maßstab malnehmen.',
  'city.real': 'Wie aus einer Stadtdatei Wohnungen werden (nur mit city.source).',
  'city.real.cellSize':
    'Seitenlänge einer Rasterzelle in Metern: jedes Gebiet erhält die Zellen, deren Mittelpunkt in seinem Polygon liegt, und seine Wohnungen werden gleichmäßig auf sie verteilt. Personenzentrierte Radien zählen in Zellen dieser Größe.',
  'city.real.householdSize':
    'Personen je Haushalt, wo die Datei keine Haushalte angibt: Haushalte = Personen / householdSize. Vorgabe für Berlin: 3.90 Millionen gemeldete Einwohner (31.12.2024) in etwa 2.0-2.1 Millionen Haushalten (Mikrozensus: 1.8 Personen je Haushalt, der Einwohner anders zählt); 1.9 ist eine Annahme dazwischen.',
  'city.real.vacancy':
    'Leerstehender Anteil der Wohnungen, wo die Datei keine oder weniger angibt, als die Haushalte brauchen: Wohnungen = Haushalte / (1 - vacancy). Annahme: Berlins marktaktiver Leerstand lag Anfang der 2020er unter 1 % (CBRE-empirica-Leerstandsindex), aller Leerstand etwas höher; 2 % lassen Raum für Umzüge.',
  'city.real.socialShare':
    'Anteil der Wohnungen eines Gebiets, die Sozialwohnungen sind, wo die Datei keine angibt. Vorgabe: Berlin hatte um 2022-2023 grob 90,000-100,000 mietpreisgebundene Sozialwohnungen (Angaben der Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen, wie berichtet) von etwa 2.0 Millionen Wohnungen, etwa 5 %.',
  'city.real.ownerShare':
    'Anteil der Wohnungen eines Gebiets, die selbst genutztes Eigentum sind, wo die Datei keinen angibt. Vorgabe: 16.0 % der Berliner Haushalte wohnen im Eigentum (Mikrozensus 2022, Zusatzerhebung Wohnen, Destatis).',
  'city.real.rent':
    'Monatsmiete einer privaten Wohnung mittlerer Qualität, wo die Datei keine Miete angibt: 7.21 EUR/m² netto kalt (Berliner Mietspiegel 2024, Mittelwert) für etwa 70 m², etwa 505 EUR, dazu etwa 2 EUR/m² Betriebskosten; eine Annahme, überall gleich.',
  'city.real.quality':
    'Mittlere Wohnqualität (Annahme: die Datei gibt keine an); gestreut mit city.qualitySpread.',
  'city.real.dwellingsPerBuilding':
    'Wohnungen je Gebäude: die Wohnungen einer Zelle werden in Gebäude dieser Größe geteilt (Segment je Gebäude). Annahme: ein Berliner Mehrfamilienhaus hat etwa 10-15 Wohnungen.',
  'city.real.radii':
    'Radien der personenzentrierten Nachbarschaften in Metern, auf ganze Zellen gerundet (die Maße nennen sie rN, N Zellen von cellSize).',
  'city.burnIn':
    'Takte, die nach der Unterbringung "settled" und vor dem berichteten Takt 0 laufen (Maßnahmen wirken darin nicht; Zu- und Fortzüge, Umzüge, Einkommen und Mieten schon). Die Zähler beginnen bei Takt 0. Bei start "random" ohne Wirkung, denn dort zählt Takt 0 so, wie untergebracht.',
  'city.communalPlacesPerQuarter':
    'Plätze in Gemeinschaftsunterkünften in jedem Quartier, ein Gebäude auf einer freien Zelle nahe seiner Mitte: dorthin bringt die Behörde Asylsuchende unter Residenzpflicht zuerst (dann in freie Miet- und Sozialwohnungen, nie in selbst genutztes Eigentum). Nicht Teil des Wohnungsbestands (`dwellings`). Annahme: etwa 1.5 Plätze je 100 Wohnungen.',
  'city.communalQuality':
    'Wohnqualität eines Platzes in einer Gemeinschaftsunterkunft (Annahme: geteilte Zimmer und Küchen, unter jeder Wohnung).',
  'city.dwellings':
    'Anzahl der Wohnungen in der Stadt (eine Kleinstadt für ein Seminar hat einige Tausend, eine Großstadt eine Million).',
  'city.dwellingsPerQuarter':
    'Typische Zahl der Wohnungen in einem Quartier (die mittlere Verwaltungsebene, mit eigener Schule und eigenem Image); die Stadt hat mindestens ein Quartier je verwendetem Wohngebietstyp.',
  'city.quartersPerDistrict':
    'Typische Zahl der Quartiere, die zu einem Bezirk zusammengefasst sind (die größte Verwaltungsebene).',
  'city.blockSide':
    'Seitenlänge eines Blocks (der kleinsten Verwaltungsebene) in Rasterzellen; ein Block reicht nie über eine Quartiersgrenze.',
  'city.builtShare':
    'Anteil der Rasterzellen mit einem Gebäude (der Rest ist Freifläche); bestimmt die Größe des Rasters.',
  'city.qualitySpread': 'Standardabweichung der Wohnqualität um den Mittelwert ihres Typs.',
  'city.rentSpread': 'Relative Standardabweichung der Mieten um den Wert, den Typ und Qualität ergeben.',
  'city.qualityRentEffect':
    'Wie stark die Qualität die Miete erhöht: Miete x (1 + Effekt x (Qualität - mittlere Qualität des Typs)).',
  'city.socialRentFactor': 'Miete einer Sozialwohnung als Anteil der privaten Miete derselben Wohnung.',
  'city.unitSpread': 'Standardabweichung von Schulqualität und Image zwischen Quartieren desselben Typs.',
  'city.ringNoise':
    'Zufällige Abweichung vom Abstand zum Zentrum, wenn die Wohngebietstypen in Ringen angeordnet werden (0 = exakte Ringe).',
  'city.types': 'Die Wohngebietstypen der Stadt und ihre Profile.',
  'city.types.oldTown':
    'Profil des innerstädtischen Altbaus: günstig, dicht, überwiegend privat vermietet; die typischen Ankunftsquartiere.',
  'city.types.upscale': 'Profil gehobener Quartiere: sanierte Gründerzeitbauten und Villen, teuer.',
  'city.types.estate':
    'Profil der Großwohnsiedlungen der Nachkriegszeit und der 1970er Jahre mit vielen Sozialwohnungen.',
  'city.types.suburb': 'Profil der Vororte mit überwiegend selbst genutzten Einfamilien- und Reihenhäusern.',
  'city.types.village': 'Profil alter, von der Stadt eingemeindeter Dorfkerne: klein, gemischt, bescheiden.',
  'city.types.*.share':
    'Anteil aller Wohnungen, die zu diesem Typ gehören (die Anteile aller Typen ergeben zusammen 1).',
  'city.types.*.ring':
    'Wo die Quartiere dieses Typs liegen: 0 = im Zentrum, 1 = am Stadtrand (die Typen werden in dieser Reihenfolge ringförmig angeordnet, mit etwas Zufall).',
  'city.types.*.dwellingsPerBuilding':
    'Typische Zahl der Wohnungen in einem Gebäude (ein Gebäude je Rasterzelle): die Dichte.',
  'city.types.*.socialShare':
    'Anteil der Gebäude dieses Typs, die Sozialwohnungen sind (mietpreisgebunden, nur mit Einkommensnachweis). Die Voreinstellungen ergeben etwa 6 % Sozialwohnungen und 30 % selbst genutztes Eigentum. Quellen: Eigentümerhaushalte 41.8 % in Deutschland, 16.0 % in Berlin, 20.1 % in Hamburg, 32.2 % in Bremen (Mikrozensus 2022, Zusatzerhebung Wohnen, Destatis); Sozialmietwohnungen etwa 1.1 Millionen von 43 Millionen Wohnungen in Deutschland, etwa 2.5 % (bpb, Zahlen und Fakten: Sozialmietwohnungen), mehr in großen Städten. Eine mittelgroße Stadt mit 30 % Eigentümern und 6 % Sozialwohnungen ist eine Annahme innerhalb dieser Spannen.',
  'city.types.*.ownerShare':
    'Anteil der Gebäude dieses Typs, die selbst genutztes Wohneigentum sind; der Rest ist privat vermietet. Die Voreinstellungen ergeben etwa 6 % Sozialwohnungen und 30 % selbst genutztes Eigentum. Quellen: Eigentümerhaushalte 41.8 % in Deutschland, 16.0 % in Berlin, 20.1 % in Hamburg, 32.2 % in Bremen (Mikrozensus 2022, Zusatzerhebung Wohnen, Destatis); Sozialmietwohnungen etwa 1.1 Millionen von 43 Millionen Wohnungen in Deutschland, etwa 2.5 % (bpb, Zahlen und Fakten: Sozialmietwohnungen), mehr in großen Städten. Eine mittelgroße Stadt mit 30 % Eigentümern und 6 % Sozialwohnungen ist eine Annahme innerhalb dieser Spannen.',
  'city.types.*.rent':
    'Monatliche Miete (bei Eigentum die Wohnkosten) einer Wohnung mittlerer Qualität dieses Typs im privaten Segment, zu Beginn. Annahme (keine Quelle je Typ): die Typen sind so geordnet, wie sie beschrieben sind, die Altstadt am billigsten (kleine, unsanierte Wohnungen: das billige innerstädtische Wohnen, in dem Neuankömmlinge zuerst wohnen), dann die Großsiedlungen, Dorfkerne, Vororte und gehobenen Quartiere; die Ankunftsquartiere haben nur so lange den höchsten Wechsel, wie sie am billigsten sind (sim/city/README.md, Calibration).',
  'city.types.*.quality': 'Mittlere Wohnqualität des Typs (0 = am schlechtesten, 1 = am besten).',
  'city.types.*.school':
    'Mittlere Qualität der zuständigen Schule (Einzugsschule) in Quartieren dieses Typs zu Beginn.',
  'city.types.*.image':
    'Mittleres Image (Ruf) der Quartiere dieses Typs zu Beginn (0 = stigmatisiert, 1 = begehrt).',
  'city.types.*.arrival':
    'Quartiere dieses Typs sind Ankunftsquartiere (wo sich Zugewanderte typischerweise zuerst niederlassen).',

  households: 'Die Haushalte: die anfängliche Belegung und die Herkunftsgruppen.',
  'households.occupancy': 'Anteil der Wohnungen, die zu Beginn bewohnt sind (ein Haushalt je Wohnung).',
  'households.incomeBands':
    'Monatseinkommen, bei denen die untere Einkommensgruppe endet und die obere beginnt (Gruppen niedrig, mittel, hoch).',
  'households.educationIncome':
    'Einkommensfaktor für niedrige, mittlere und hohe Bildung, zusätzlich zur Einkommensverteilung der Gruppe.',
  'households.obligationMonths':
    'Wie lange die Residenzpflicht eines ankommenden Asylsuchenden dauert (Takte nach dem Zuzug).',
  'households.unhoused':
    'Was aus einem Haushalt wird, der unhousedMonths lang ohne Wohnung ist (ein Zuziehender, der nichts fand, ein verdrängter Haushalt, der seine Wohnung verlor): "leave": er verlässt die Stadt, oder "emergency": er kommt in eine Notunterkunft, außerhalb des Wohnungsmarkts, und sucht weiter. Asylsuchende mit Residenzpflicht bleiben und warten auf die Behörde.',
  'households.unhousedMonths':
    'Takte, die ein Haushalt ohne Wohnung bleibt, bevor er fortgeht oder in eine Notunterkunft kommt (siehe unhoused); 0 = nach seiner ersten erfolglosen Suche. Annahme.',
  'households.kinLinkDistance':
    'Verwandte der anfänglichen Haushalte werden unter den Haushalten innerhalb einer Entfernung gezogen, die aus einer Exponentialverteilung mit diesem Mittelwert gezogen wird (Rasterzellen), ersatzweise irgendwo in der Stadt: die meisten Verwandten wohnen in der Nähe. Annahme.',
  'households.groups':
    'Die Herkunftsgruppen (mehrere, frei wählbar; keine Zweiteilung in Einheimische und Zugewanderte).',
  'households.groups[].name':
    'Name der Herkunftsgruppe (Buchstaben, Ziffern, - und _), verwendet in den Namen der Kennzahlen und Spalten.',
  'households.groups[].share':
    'Anteil der anfänglichen Haushalte, die zu dieser Gruppe gehören (die Anteile ergeben zusammen 1).',
  'households.groups[].incomeMedian':
    'Median des monatlichen Haushaltsnettoeinkommens der Gruppe (Lognormalverteilung).',
  'households.groups[].incomeSigma':
    'Streuung der Lognormalverteilung der Einkommen (Standardabweichung des logarithmierten Einkommens).',
  'households.groups[].newcomerIncomeFactor':
    'Einkommen eines Haushalts, der während des Laufs zuzieht, relativ zur Einkommensverteilung der Gruppe (Nachteil beim Zuzug).',
  'households.groups[].yearsSettled':
    'Die anfänglichen Haushalte sind bis zu so viele Jahre vor dem Start zugezogen (gleichverteilt); 0 = alle sind gerade angekommen.',
  'households.groups[].arrivals':
    'Haushalte dieser Gruppe, die je Takt in die Stadt zuziehen, je 1000 Wohnungen.',
  'households.groups[].leaveRate':
    'Wahrscheinlichkeit je Takt, dass ein Haushalt dieser Gruppe die Stadt verlässt, um anderswo hinzuziehen (andere Stadt, endgültig ins Ausland) oder, wenn er zurückkehren will, um zurückzukehren (siehe circularShare); Fortzüge ins Umland (regionRate) und Fortgehen ohne Wohnung (households.unhousedMonths) kommen hinzu. Annahme; die Voreinstellungen ergeben mit regionRate etwa 5 % Fortzüge der Haushalte im Jahr.',
  'households.groups[].stayIntention':
    'Anteil der Haushalte der Gruppe, die auf Dauer bleiben wollen; die übrigen beabsichtigen zurückzukehren (siehe behaviour.returnIntentionFactor).',
  'households.groups[].circularShare':
    'Anteil der Haushalte mit Rückkehrabsicht, die beim Fortzug in den Pool im Ausland gehen und wiederkommen können (zirkuläre Migration); die übrigen gehen für immer. Annahme.',
  'households.groups[].monthsAbroad':
    'Mittlere Zeit, die ein Haushalt des Pools im Ausland fortbleibt: je Takt kehrt er mit Wahrscheinlichkeit 1 / monthsAbroad zurück, als Rückkehrer, der wie ein Zuziehender sucht. Annahme.',
  'households.groups[].chainShare':
    'Anteil der zuziehenden Haushalte, die zu bereits in der Stadt wohnenden Verwandten ihrer Gruppe ziehen (Kettenmigration) und in deren Nähe suchen (behaviour.chainSearchShare). Annahme.',
  'households.groups[].regionRate':
    'Wahrscheinlichkeit je Takt, dass ein Haushalt oberhalb der unteren Einkommensgruppe ins Umland zieht (Suburbanisierung), ohne und mit Kindern. Berlin verlor 2019 34465 und 2021 35430 Personen an Brandenburg, vor allem Familien (Amt für Statistik Berlin-Brandenburg): etwa 1 % der Haushalte im Jahr; die Aufteilung nach Kindern ist eine Annahme.',
  'households.groups[].asylumShare':
    'Anteil der zuziehenden Haushalte, die Asylsuchende mit Residenzpflicht sind (von der Behörde untergebracht).',
  'households.groups[].discrimination':
    'Wahrscheinlichkeit, dass ein diskriminierender privater Vermieter einem Haushalt dieser Gruppe eine Wohnung verweigert.',
  'households.groups[].skillAtArrival':
    'Beherrschung der Sprache und von Kenntnissen, die der örtliche Arbeitsmarkt anerkennt, beim Zuzug (0 keine, 1 volle): sie wächst mit der Zeit (behaviour.skillLearning, schneller mit Kontakt und Kursen) und skaliert die Wahrscheinlichkeit eines Einkommensanstiegs (behaviour.skillMobility); Gruppen unter 1 haben ein Netzwerk der eigenen Gruppe, das früh hilft und später bindet (behaviour.networkHelp, networkBind). Die voreingestellten Gruppen: refugee 0.1 (90 % sprachen beim Zuzug kein Deutsch, IAB-BAMF-SOEP-Befragung von Geflüchteten, BAMF-Kurzanalyse 5|2016); eu 0.4 und established 0.4 sind Annahmen.',
  'households.groups[].kinShare':
    'Anteil der Haushalte zu Beginn mit einer verwandtschaftlichen Bindung an einen anderen Haushalt derselben Gruppe, meist in der Nähe (households.kinLinkDistance); Zuziehende haben Verwandte, wenn sie als Kettenmigranten kommen (chainShare).',
  'households.groups[].education': 'Anteile niedriger, mittlerer und hoher Bildung in der Gruppe (Summe 1).',
  'households.groups[].milieu':
    'Anteile der Milieus traditionell, bürgerliche Mitte, liberal und prekär in der Gruppe (Summe 1).',
  'households.groups[].children': 'Anteil der Haushalte der Gruppe mit Kindern im Haushalt.',
};
