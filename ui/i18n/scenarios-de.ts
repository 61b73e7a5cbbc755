/** German names and descriptions of the presets (pure tables; the page's wrappers are in scenarios.ts). */

export const presetNamesDe: Readonly<Record<string, string>> = {
  'anti-discrimination': 'Durchsetzung des Diskriminierungsverbots',
  'arrival-quarter-support': 'Förderung der Ankunftsquartiere',
  'asylum-dispersal': 'Verteilte Zuweisung Asylsuchender',
  'asylum-obligation-ends': 'Ende der Wohnsitzauflage',
  baseline: 'Basisszenario: eine mittelgroße deutsche Stadt',
  'cap-quarter': 'Obergrenze für Migrantenhaushalte je Quartier (alle Wohnungen)',
  'cap-social-housing': 'Obergrenze für Migrantenhaushalte im Sozialwohnungsbau',
  'cap-with-social-housing': 'Obergrenze im Sozialwohnungsbau, mit verteiltem Neubauprogramm',
  'catchment-enforcement': 'Durchsetzung der Schuleinzugsbereiche',
  'classic-by-hand': 'Selbst umsetzen',
  'classic-diversity-seeking': 'Vielfalt suchend',
  'classic-framework-large': 'Rahmenvergleich, groß',
  'classic-framework-small': 'Rahmenvergleich, klein',
  'classic-netlogo': 'NetLogos Segregation-Modell',
  'classic-schelling': 'Klassisches Schelling-Modell',
  'classic-segregated-start': 'Getrennter Start, keine Vorliebe',
  'classic-three-groups': 'Drei Gruppen',
  'classic-threshold-30': 'Milde Präferenz: 30 %',
  'classic-threshold-50': 'In der Mehrheit sein wollen: 50 %',
  'classic-threshold-75': 'Starke Präferenz: 75 %',
  'classic-threshold-80': 'Zu stark, um zur Ruhe zu kommen: 80 %',
  'image-campaign': 'Imagekampagne nach Aufwertung',
  'integrated-arrival-programme': 'Integriertes Programm: Ankunftsquartiere, Schulen, Gleichbehandlung',
  'ownership-subsidy': 'Eigentumsförderung für niedrigere Einkommen',
  'school-investment': 'Schulinvestitionen in benachteiligten Quartieren',
  berlin: 'Berlin (beobachteter Start, voller Maßstab)',
  'berlin-quick': 'Berlin im Maßstab 1:10 (beobachteter Start)',
  'seminar-town': 'Seminarstadt',
  'social-housing-concentrated': 'Sozialwohnungsprogramm, konzentriert in einer Siedlung',
  'social-housing-dispersed': 'Sozialwohnungsprogramm, über die Stadt verteilt',
  'social-housing-new-developments': 'Pflichtanteil Sozialwohnungen in Neubaugebieten',
  'upgrading-with-protection': 'Imagekampagne in den Ankunftsquartieren, mit Sozialwohnungen dort',
};

/** German descriptions of every preset (city and classic). */
export const presetDescriptionsDe: Readonly<Record<string, string>> = {
  'classic-by-hand':
    'Unterrichtsvoreinstellung nach den ersten Seiten der Parable of the Polygons (Hart und Case 2014): ein 20 x 20-Raster mit Rändern, 20 % leere Zellen, zwei gleich große Gruppen; ein Agent ist unzufrieden, wenn weniger als ein Drittel seiner Nachbarn ihm gleicht. Klein genug, um unzufriedene Agenten von Hand zu ziehen, bevor das Modell sie bewegt. Kennzahlen in den Konventionen der Polygons (ein Agent ohne Nachbarn zählt als 1; S = 2 x (ähnlich - 1/2)).',
  'classic-diversity-seeking':
    'Unterrichtsvoreinstellung. Agenten wollen einige gleiche Nachbarn (mindestens 20 %), aber nicht zu viele (höchstens 60 %): Sie ziehen aus einheitlichen Gegenden fort. Das Raster mischt sich, statt sich zu entmischen – Vorlieben für Vielfalt wirken ebenso sichtbar wie Vorlieben für Gleichheit.',
  'classic-framework-large':
    'Die große Schelling-Konfiguration des veröffentlichten Vergleichs von ABM-Frameworks: ein begrenztes 100 x 100-Raster, 8.000 Agenten, Radius 2 (24 Nachbarn), zufrieden mit mindestens 8 gleichen Nachbarn, gerechnet, bis alle zufrieden sind.',
  'classic-framework-small':
    'Die Schelling-Festlegung des veröffentlichten Vergleichs von ABM-Frameworks: ein begrenztes 40 x 40-Raster, 1.000 Agenten in zwei gleich großen Gruppen, zufrieden mit mindestens 3 gleichen unter den 8 umliegenden Nachbarn, gerechnet, bis alle zufrieden sind.',
  'classic-netlogo':
    'Schelling wie im Segregation-Modell von NetLogo (Wilensky 1997) mit dessen Voreinstellungen: eine 51 x 51-Welt, deren Ränder ineinander übergehen, Dichte 95 %, 30 % Ähnliche gewünscht; die zu Beginn eines Takts unzufriedenen Agenten ziehen um, jeder mit einem kurzen Zufallsweg zu einer leeren Zelle, und % similar ist NetLogos Verhältnis von Summen. Bei 70 % gewünschten Ähnlichen kommt es nicht zur Ruhe.',
  'classic-schelling':
    'Schellings Modell wie im Lehrbuch: zwei gleich große Gruppen auf einem 50 x 50-Torus, 10 % leere Zellen, Moore-Nachbarschaft von 8 Zellen; ein Agent ist zufrieden, wenn mindestens 3 von 8 (37,5 %) seiner bewohnten Nachbarzellen ihm gleichen, sonst zieht er in eine zufällige leere Zelle. Milde Vorlieben, starke Segregation.',
  'classic-segregated-start':
    'Unterrichtsvoreinstellung zur Lehre der Parable of the Polygons, dass die Vergangenheit bleibt: Die Stadt beginnt getrennt (Blöcke von 10 x 10 Zellen, Gruppen im Wechsel), und niemand stört sich mehr an seinen Nachbarn (Vorliebe 0). Nichts bewegt sich. Dann im laufenden Raster einen Wunsch nach Vielfalt hinzufügen (höchstens 80 % gleiche Nachbarn): Die Stadt mischt sich in wenigen Takten. Kennzahlen in den Konventionen der Polygons (S = 2 x (ähnlich - 1/2)).',
  'classic-three-groups':
    'Unterrichtsvoreinstellung. Drei Gruppen (50 %, 30 %, 20 %) mit der Lehrbuchschwelle von 3/8: Die kleinste Gruppe ist am häufigsten unzufrieden und endet am stärksten segregiert.',
  'classic-threshold-30':
    'Unterrichtsvoreinstellung. Zwei gleich große Gruppen auf einem 60 x 60-Torus mit 10 % leeren Zellen; jeder Agent ist zufrieden, wenn mindestens 30 % seiner Nachbarn ihm gleichen – er wäre gern in der Minderheit. Sehen Sie zu, wie sich der gemischte Anfang zu großen einheitlichen Gebieten sortiert: milde individuelle Vorlieben, starke Segregation.',
  'classic-threshold-50':
    'Unterrichtsvoreinstellung. Wie die 30-%-Voreinstellung, aber jeder Agent will, dass mindestens die Hälfte seiner Nachbarn ihm gleicht. Die Segregation kommt schneller und stärker; vergleichen Sie den mittleren Anteil ähnlicher Nachbarn mit der 30-%-Voreinstellung.',
  'classic-threshold-75':
    'Unterrichtsvoreinstellung. Jeder Agent will drei Viertel seiner Nachbarn (6 von 8) gleich. Neun von zehn Agenten sind zu Beginn unzufrieden; die Stadt ist weit über hundert Takte in Bewegung und endet fast vollständig getrennt (etwa 99 % gleiche Nachbarn). Vergleichen Sie die 80-%-Voreinstellung, die nie zur Ruhe kommt.',
  'classic-threshold-80':
    'Unterrichtsvoreinstellung. Jeder Agent will mindestens 80 % gleiche Nachbarn (7 von 8). Fast niemand kann zufrieden sein: Die Agenten ziehen immer weiter, der mittlere Anteil gleicher Nachbarn steigt kaum, und das Raster kommt nie zur Ruhe – die klassische obere Grenze von Schellings Modell.',
  baseline:
    'Eine synthetische mittelgroße deutsche Stadt mit 100.000 Wohnungen (etwa 200.000 Einwohnerinnen und Einwohner), 10 Jahre lang monatlich gerechnet, ohne Maßnahme. Etwa 50 Quartiere zu je rund 2.000 Wohnungen in 8 Bezirken, geteilt in Blöcke von 3 x 3 Rasterzellen. Vom Zentrum nach außen: dichter innerstädtischer Altbau (25 % der Wohnungen; günstig, privat vermietet, die Ankunftsquartiere), gehobene Gründerzeitquartiere (10 %), Großwohnsiedlungen der Nachkriegszeit und der 1970er Jahre (25 %, ein Fünftel ihrer Gebäude Sozialwohnungen), Vororte mit Wohneigentum (30 %) und alte Dorfkerne (10 %); insgesamt etwa 6 % Sozialwohnungen (über eine Warteliste vergeben) und 30 % Eigentum, private Mieten meist 600-1.400 EUR im Monat, und 30 Plätze in Gemeinschaftsunterkünften für Asylsuchende in jedem Quartier. Die Stadt startet eingeschwungen: Haushalte nach Suche und Wahl untergebracht, dann fünf Jahre Vorlauf vor dem berichteten Takt 0. Haushalte: 72 % ohne Migrationshintergrund, 10 % EU-Zugewanderte (zirkulär, die Hälfte will zurück), 12 % etablierte Zugewanderte der Gastarbeitergeneration und ihre Nachkommen, 6 % Geflüchtete (meist Asylsuchende mit 3-jähriger Wohnsitzauflage bei Ankunft, am stärksten von Diskriminierung durch Vermieter betroffen). Jede Gruppe hat eigene Einkommen, Zu- und Fortzüge (die Bevölkerung bleibt etwa stabil), Bildung, Milieus und Verwandtschaftsnetze. Haushalte wählen unter einem Dutzend Wohnungen, die sie bezahlen und bekommen können, nach Preis, Qualität, Herkunft und Status der Nachbarn, Milieu, Nähe zu Verwandten, Schule und Image (multinomiales Logit). Die Nachbarschaftspräferenzen unterscheiden sich nach Gruppe (behaviour.groupPreferences, Quellen in sim/city/README.md): Haushalte ohne Migrationshintergrund meiden Blöcke, in denen Geflüchtete 15 %, etablierte Migranten 20 % oder EU-Mobile 30 % überschreiten (Toleranzschwellen); etablierte Migranten und Geflüchtete wünschen sich etwas Präsenz der eigenen Gruppe (mindestens 15 % / 10 % des Blocks), keine Isolation; EU-Mobile gewichten den Anteil der eigenen Gruppe schwach.',
  'cap-social-housing':
    'Frage: Was geschieht, wenn Wohnungsunternehmen den Anteil der Haushalte mit Migrationshintergrund in jedem Sozialwohnungsgebäude auf höchstens 30 % begrenzen ("sozial ausgewogene Bewohnerstrukturen")? Ab dem ersten Monat wird ein Migrantenhaushalt von einer Sozialwohnung abgewiesen, wenn sein Einzug das Gebäude über 30 % brächte. Zu beachten: Ablehnungen wegen der Obergrenze nach Gruppe, Suchdauer und Haushalte ohne Wohnung, wo die Abgewiesenen landen (privater Mietmarkt, Ankunftsquartiere) und wie wenig oder wie stark sich die Segregationsindizes gegenüber der Basis bewegen.',
  'social-housing-concentrated':
    'Frage: 3.000 neue Sozialwohnungen in fünf Jahren, alle in einer großen Siedlung - was bewirkt das für die Konzentration von Armut? Die Wohnungen kommen gleichmäßig über 60 Monate hinzu (als ganze Gebäude im Siedlungsquartier mit dem meisten privaten Mietwohnungsbestand) und gehen nur an Haushalte unter der Einkommensgrenze. Vergleich mit dem verteilten Programm: Wahlmöglichkeiten einkommensschwacher Haushalte, Mietbelastung, Segregation nach Einkommen und Herkunft und der Anteil der Quartiere, in denen sich Benachteiligung konzentriert.',
  'social-housing-dispersed':
    'Frage: Dieselben 3.000 Sozialwohnungen in fünf Jahren wie beim konzentrierten Programm, aber über die besser gestellte Hälfte der Stadt verteilt: nur in Quartiere, deren Anteil einkommensschwacher Haushalte zu Programmbeginn unter dem Median der Stadt liegt. Vergleich der beiden: wo einkommensschwache Haushalte wohnen können, Segregation nach Einkommen (D und H auf Quartiersebene), Mietbelastung und der Anteil der Quartiere, in denen sich Benachteiligung konzentriert.',
  'arrival-quarter-support':
    'Frage: Können Investitionen die Ankunftsquartiere eher zum Sprungbrett als zur Falle machen? Ab dem ersten Monat erhalten die Ankunftsquartiere Sprach- und Fachkurse (ihre Bewohner lernen doppelt so schnell), Arbeitsberatung für Neuzugezogene (Informationen über Stellen neben dem Netzwerk der eigenen Gruppe), Investitionen in ihre Schulen und Arbeit an ihrem Image. Nichts davon vervielfacht Einkommen: Einkommen folgen aus Kenntnissen, Netzwerken, Schulen und der Lage der Arbeitsplätze. Zu beachten: Einkommenszuwachs der Neuzugezogenen und die Sprungbrett-Kennzahlen (wer aufgestiegen ist, wer aufgestiegen und weggezogen ist, wer festsitzt), Fortzüge aus den Ankunftsquartieren, Mieten dort und Verdrängung.',
  'anti-discrimination':
    'Frage: Was, wenn das Diskriminierungsverbot gegenüber Vermietern durchgesetzt würde? Ab dem ersten Monat sinkt die Wahrscheinlichkeit, dass ein Vermieter einen Haushalt einer diskriminierten Gruppe ablehnt, um 60 % (alle Vermieter, privat und sozial). Zu beachten: Ablehnungen wegen Diskriminierung nach Gruppe, Zugang zum privaten Mietmarkt und zu Eigentum (Wohnform nach Gruppe), Suchdauer und Segregation nach Herkunft.',
  'asylum-dispersal':
    'Frage: Was, wenn die Behörde Asylsuchende nach einem Verteilungsschlüssel über die ganze Stadt verteilte, statt sie dort unterzubringen, wo gerade eine Wohnung frei ist? Ab dem ersten Monat kommt jede asylsuchende Person in das Quartier mit den wenigsten Asylsuchenden unter Wohnsitzauflage je Wohnung. Endet die Auflage (nach 36 Monaten, wie im Basisszenario), sucht die Hälfte von ihnen eine eigene Wohnung. Zu beachten: wo Asylsuchende wohnen, Weiterzüge zu Verwandten und Netzwerken nach der Auflage und die Segregation der Gruppe der Geflüchteten.',
  'asylum-obligation-ends':
    'Frage: Was geschieht, wenn Asylsuchende sofort wählen dürfen, wo sie wohnen? Ab dem ersten Monat gibt es keine Wohnsitzauflage: Alle, die ihr unterlagen, dürfen umziehen, und die Hälfte von ihnen sucht eine eigene Wohnung (z. B. nahe Verwandten oder Netzwerken). Zu beachten: Weiterzüge, wo sich die Gruppe der Geflüchteten niederlässt (Ankunftsquartiere, Verwandte), ihre Segregation und ihre Suchdauer.',
  'cap-quarter':
    'Frage: Was würde eine Quote für ganze Quartiere bewirken? Ab dem ersten Monat weist jeder Vermieter in einem Quartier einen Migrantenhaushalt ab, wenn dessen Einzug den Anteil der Haushalte mit Migrationshintergrund im Quartier über 35 % brächte. Zu beachten: Ablehnungen wegen der Obergrenze, Haushalte ohne Wohnung und Suchdauer (wer für die Quote bezahlt) und ob sich die Mischung der Quartiere gegenüber der Basis wirklich ändert.',
  'cap-with-social-housing':
    'Frage: Schadet eine Obergrenze weniger, wenn es mehr Sozialwohnungen gibt? Die Obergrenze von 30 % je Sozialwohnungsgebäude aus dem Szenario zur Obergrenze, zusammen mit den 3.000 verteilten Sozialwohnungen des verteilten Programms. Vergleich mit beiden allein: Ablehnungen wegen der Obergrenze, Haushalte ohne Wohnung, Suchdauer und Segregation nach Herkunft und Einkommen.',
  'catchment-enforcement':
    'Frage: Was geschieht mit der Schulsegregation, wenn Familien der Mittelschicht eine schwache Einzugsschule nicht mehr leicht meiden können? Im Basisszenario schickt eine Familie mit mittlerem oder hohem Einkommen und Kindern, die in ein Quartier mit schwacher Schule (Qualität unter 0,5) zieht, ihre Kinder mit 40 % Wahrscheinlichkeit stattdessen auf die beste Schule eines Nachbarquartiers. Ab dem ersten Monat verhindern strengere Einzugsregeln 80 % davon. Zu beachten: der Anteil der Familien, deren Kinder die Schule eines anderen Quartiers besuchen (schoolAvoiders), die Schulsegregation (D.income=low.school, D.origin.school) gegenüber der Wohnsegregation derselben Familien (D.income=low.catchment, D.origin.catchment) und ob Familien stattdessen wegziehen.',
  'image-campaign':
    'Frage: Was bewirkt Quartiersmarketing, nachdem ein Quartier aufgewertet wurde? Ab dem ersten Monat strebt das Image des Fünftels der Quartiere mit dem schlechtesten Image zu Beginn einem um 0,25 höheren Wert zu (auf einer Skala von 0 bis 1). Zu beachten: Image und Mieten dieser Quartiere, Zuzüge anderer Gruppen, Verdrängung und Haushalte ohne Wohnung (Gentrifizierungsrisiko) und Segregation nach Einkommen und Herkunft.',
  'integrated-arrival-programme':
    'Die Alternative der Planung zur Obergrenze: statt Haushalte abzuweisen, die Ankunftsquartiere fördern, in ihre Schulen investieren und Gleichbehandlung durchsetzen, alles ab dem ersten Monat. Vergleich mit der Obergrenze im Sozialwohnungsbau und mit der Basis: Einkommenszuwachs der Neuzugezogenen und die Sprungbrett-Kennzahlen, Ablehnungen nach Grund, Haushalte ohne Wohnung und Segregation nach Herkunft und Einkommen.',
  'ownership-subsidy':
    'Frage: Erweitert Hilfe beim Eigentumserwerb für niedrigere Einkommen deren Wahlmöglichkeiten und mischt die Quartiere? Ab dem ersten Monat wird Haushalten mit bis zu 3.500 EUR im Monat ein Viertel ihrer monatlichen Eigentümerkosten bezahlt; Banken rechnen mit den geförderten Kosten, sodass mehr von ihnen die Kreditregel erfüllen. Zu beachten: Eigentum nach Gruppe und Einkommen, Mietbelastung, Umzüge und Stabilität und Segregation nach Einkommen und Herkunft.',
  'school-investment':
    'Frage: Was bewirken Investitionen in die schwächsten Schulen für die Schulen und ihre Quartiere? Ab dem ersten Monat streben die Schulen der 25 % Quartiere mit den schwächsten Schulen zu Beginn einer um 0,2 höheren Qualität zu (auf einer Skala von 0 bis 1). Familien achten bei der Wahl auf Schulen, und die Schule der Kinder beeinflusst die Aufstiegschance ihres Haushalts. Zu beachten: Schulqualität in diesen Quartieren, wer zuzieht (Familien, mittlere Einkommen), Segregation nach Einkommen und die Konzentration von Benachteiligung.',
  berlin:
    'Berlins 542 Planungsräume (LOR 2021) mit ihren Einwohnern am 31.12.2024 nach Gruppe (Deutsche ohne und mit Migrationshintergrund, EU- und Nicht-EU-Ausländer), Transferbezug, Status und Wohnungen vom Amt für Statistik Berlin-Brandenburg und aus dem Monitoring Soziale Stadtentwicklung 2021 (examples/cities/berlin/README.md: Quellen, Lizenzen, Zuordnung). Die Stadt beginnt wie beobachtet: die Haushalte jedes Gebiets nach Gruppe so, wie die Daten sie angeben, in den echten Polygonen bei 100 m untergebracht; etwa 2 Millionen Haushalte im vollen Maßstab. Fünf Jahre vorwärts ohne Maßnahme. Quelle: Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin / LOR Planungsräume (01.01.2021); SenSBW, MSS 2021.',
  'berlin-quick':
    'Das Berlin-Szenario mit einem simulierten Haushalt für zehn echte (city.scale 10): etwa 205.000 Haushalte in denselben 542 Planungsräumen, für schnelle Läufe und Parameterstudien. Jede Zahl in seinen Ausgaben zählt simulierte Haushalte (x 10 für die Stadt); Indizes kleiner Gruppen in kleinen Gebieten rauschen stärker als im vollen Maßstab. Die ersten zwei Jahre sind ein Einschwingen des Starts, nicht Berlin: der Start hat mehr leere Wohnungen, als der Markt will, und überall dieselbe Miete, so dass Zugezogene, die sie nicht zahlen können, ohne Wohnung sind (bis zu 2,4 % in Takt 8), der Leerstand auf etwa 9,6 % steigt und die Mieten fallen; Veränderungen erst ab dem zweiten Jahr lesen (docs/own-city.md, Abschnitt 5). Quelle: Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin / LOR Planungsräume (01.01.2021); SenSBW, MSS 2021.',
  'seminar-town':
    'Eine Kleinstadt mit 5.000 Wohnungen in 10 Quartieren (3 Bezirke) für die Lehre: dieselben Wohngebietstypen, Herkunftsgruppen und Regeln wie in der Basisstadt, klein genug, um sie im Seminar Monat für Monat durchzugehen und zu sehen, wie sich Ankunftsquartiere, Großsiedlungen und Vororte nach Herkunft, Einkommen und Milieu sortieren. Läuft 5 Jahre. Die Nachbarschaftspräferenzen unterscheiden sich nach Gruppe (behaviour.groupPreferences, Quellen in sim/city/README.md): Haushalte ohne Migrationshintergrund meiden Blöcke, in denen Geflüchtete 15 %, etablierte Migranten 20 % oder EU-Mobile 30 % überschreiten (Toleranzschwellen); etablierte Migranten und Geflüchtete wünschen sich etwas Präsenz der eigenen Gruppe (mindestens 15 % / 10 % des Blocks), keine Isolation; EU-Mobile gewichten den Anteil der eigenen Gruppe schwach.',
  'social-housing-new-developments':
    'Frage: Was, wenn jedes Neubaugebiet 30 % Sozialwohnungen enthalten muss? Die 3.000 Sozialwohnungen des Programms entstehen über fünf Jahre als 30 % jedes Gebäudes in den Quartieren mit den höchsten Mieten (wo Neubau entsteht). Vergleich mit dem konzentrierten und dem verteilten Programm: Segregation nach Einkommen, einkommensschwache Haushalte in wohlhabenden Quartieren, Mietbelastung.',
  'upgrading-with-protection':
    'Frage: Kann eine Imagekampagne in den Ankunftsquartieren vermeiden, ihre ärmeren Bewohner zu verdrängen, wenn zugleich Sozialwohnungen gesichert werden? Das Image der Ankunftsquartiere strebt ab dem ersten Monat einem um 0,25 höheren Wert zu, und 1.500 Wohnungen werden über fünf Jahre verteilt über die Stadt zu Sozialwohnungen. Vergleich mit der Imagekampagne: Mieten und Verdrängung in den Ankunftsquartieren, Haushalte ohne Wohnung und Segregation nach Einkommen.',
};
