/** Deutsche Hilfetexte: die politischen Maßnahmen (`policies`), je Art und Feld. */
export const policiesDe: Readonly<Record<string, string>> = {
  policies:
    'Politische Maßnahmen: jede wirkt ab ihrem Starttakt (bis zu ihrem Endtakt, falls einer gesetzt ist) mit einer Stärke; mehrere können gleichzeitig wirken.',
  'policies[type=*].start': 'Erster Takt, in dem die Maßnahme wirkt (1 = ab dem ersten Takt).',
  'policies[type=*].end': 'Erster Takt, in dem die Maßnahme nicht mehr wirkt; 0 = sie endet nie.',
  'policies[type=*].target':
    'Quartiere, in denen die Maßnahme wirkt: "arrivalQuarters" (innerstädtische Ankunftsquartiere), "estates" (Großwohnsiedlungen der Nachkriegszeit), "weakestSchools" / "lowestImage" (der Anteil targetShare der Quartiere mit den schwächsten Schulen / dem schlechtesten Image zu Beginn), "all".',
  'policies[type=*].targetShare':
    'Bei "weakestSchools" und "lowestImage": Anteil aller Quartiere, die erfasst werden (mindestens eines).',

  'policies[type=cap]':
    'Obergrenze / Quote für Haushalte mit Migrationshintergrund je Gebäude oder Quartier (wahlweise nur im sozialen Wohnungsbau): eine freie Wohnung wird verweigert (Grund "cap"), wenn der Einzug den Anteil über die Obergrenze heben würde.',
  'policies[type=cap].strength':
    'Anteil der Gebäude (oder Quartiere), deren Vermieter die Obergrenze anwenden; 1 = alle.',
  'policies[type=cap].cap':
    'Höchster Anteil von Haushalten der begrenzten Gruppen, den eine Einheit durch einen Einzug erreichen darf.',
  'policies[type=cap].unit': 'Ob der Anteil je Gebäude oder je Quartier gezählt wird.',
  'policies[type=cap].socialOnly':
    'Die Obergrenze nur bei freien Sozialwohnungen anwenden (die übliche Praxis von Wohnungsunternehmen).',
  'policies[type=cap].groups':
    'Herkunftsgruppen, für die die Obergrenze gilt, durch Kommas getrennt; leer = jede Gruppe mit Migrationshintergrund (nicht in outcomes.nativeGroups).',

  'policies[type=socialHousing]':
    'Sozialwohnungsprogramm: private Mietwohnungen werden zu Sozialwohnungen, konzentriert in einer Großwohnsiedlung, über die Stadt verteilt oder als verpflichtender Anteil in Neubauvorhaben.',
  'policies[type=socialHousing].strength':
    'Anteil der geplanten Einheiten, der tatsächlich fertiggestellt wird.',
  'policies[type=socialHousing].units':
    'Wohnungen, die das Programm zu Sozialwohnungen macht (höchstens der verfügbare private Mietwohnungsbestand).',
  'policies[type=socialHousing].buildTicks':
    'Die Einheiten werden ab dem Starttakt gleichmäßig über so viele Takte fertiggestellt.',
  'policies[type=socialHousing].placement':
    '"concentrated" = ganze Gebäude in einer Großwohnsiedlung; "dispersed" = über die Stadt verteilt nach der Regel, die dispersal nennt; "newDevelopments" = ein verpflichtender Anteil jedes Gebäudes in den Quartieren mit den höchsten Mieten.',
  'policies[type=socialHousing].dispersal':
    'Bei "dispersed" die Regel, nach der die Wohnungen verteilt werden: "belowMedian" = nur in Quartiere, deren Anteil einkommensschwacher Haushalte zu Programmbeginn unter dem Median der Quartiere der Stadt liegt (die besser gestellte Hälfte); "maxShare" = überall, aber kein Quartier über maxShare Sozialwohnungen (seine vorhandenen mitgezählt); "rentalStock" = überall im Verhältnis zum privaten Mietwohnungsbestand, also meist in die Altstadt und die Großwohnsiedlungen, wo die meisten Mietwohnungen sind (in der Basisstadt etwa 64 % der Wohnungen).',
  'policies[type=socialHousing].maxShare':
    'Bei dispersal "maxShare": höchster Anteil der Wohnungen eines Quartiers, der Sozialwohnung sein darf. Annahme: 0.2, ein Mischungsziel in der Größenordnung der 20-30 % geförderter Wohnungen, die deutsche Städte in Neubauvorhaben verlangen.',
  'policies[type=socialHousing].quarterTypes':
    'Bei "dispersed": Wohnungstypen der Quartiere, die Wohnungen erhalten dürfen, durch Kommas getrennt (oldTown, upscale, estate, suburb, village; jeder muss in der Stadt vorkommen); leer = jeder Typ.',
  'policies[type=socialHousing].newShare':
    'Bei "newDevelopments": Anteil der Wohnungen jedes Gebäudes, die Sozialwohnungen sein müssen.',

  'policies[type=arrivalSupport]':
    'Förderung der Ankunftsquartiere: Sprachkurse, Arbeitsberatung, Investitionen in die Schulen und Arbeit am Image in den Ankunftsquartieren (Eingaben der Mechanismen für Kenntnisse, Einkommen, Schulen und Image).',
  'policies[type=arrivalSupport].strength':
    'Skaliert jede Wirkung des Programms (1 = wie angegeben, 0.5 = jeweils die Hälfte).',
  'policies[type=arrivalSupport].courses':
    'Sprach- und Fachkurse in einem geförderten Quartier: Aufschlag auf den Lernratenfaktor seiner Bewohner (behaviour.skillLearning x (1 + Kontakt + dieser Wert)); 1 = mit den Kursen lernen sie doppelt so schnell. Annahme: Integrationskurse (600 Stunden Deutsch) hingen neben dem Kontakt am stärksten mit den Fortschritten Geflüchteter zusammen (BAMF-Kurzanalyse 1|2019).',
  'policies[type=arrivalSupport].counselling':
    'Arbeitsberatung in einem geförderten Quartier: Informationen über Stellen für seine Neuzugezogenen, zusätzlich zu dem, was ihr Netzwerk der eigenen Gruppe gibt (der Netzwerkfaktor eines Neuzugezogenen ist 1 + behaviour.networkHelp x Anteil der eigenen Gruppe + dieser Wert). Annahme.',
  'policies[type=arrivalSupport].schoolBonus':
    'Aufschlag auf die Schulqualität, der ein gefördertes Quartier zustrebt.',
  'policies[type=arrivalSupport].imageBonus':
    'Aufschlag auf das Image, dem ein gefördertes Quartier zustrebt.',

  'policies[type=antiDiscrimination]':
    'Durchsetzung des Diskriminierungsverbots: Vermieter weisen diskriminierte Gruppen seltener ab.',
  'policies[type=antiDiscrimination].strength':
    'Wie konsequent das Gesetz durchgesetzt wird (1 = die volle Verringerung).',
  'policies[type=antiDiscrimination].reduction':
    'Anteil, um den die Wahrscheinlichkeit einer diskriminierenden Ablehnung bei voller Stärke sinkt (1 = keine Diskriminierung mehr).',
  'policies[type=antiDiscrimination].segments':
    'Erfasste Vermieter: "private" = nur private Vermietung und Verkauf von Wohneigentum; "all" = auch soziale Vermieter.',

  'policies[type=schoolInvestment]':
    'Investitionen in Schulen: die Schulen der geförderten Quartiere streben einer höheren Qualität zu.',
  'policies[type=schoolInvestment].strength': 'Skaliert den Qualitätsgewinn (1 = der volle Aufschlag).',
  'policies[type=schoolInvestment].bonus':
    'Aufschlag auf die Qualität, der die Schule eines geförderten Quartiers zustrebt.',

  'policies[type=catchmentEnforcement]':
    'Durchsetzung der Schuleinzugsbereiche: Haushalte mit mittlerem und hohem Einkommen und Kindern meiden eine schwache Einzugsschule seltener (behaviour.schoolAvoidance x (1 - strength)).',
  'policies[type=catchmentEnforcement].strength':
    'Anteil des Ausweichens von der Einzugsschule, den die Durchsetzung verhindert (1 = jedes Kind besucht die Einzugsschule).',

  'policies[type=imageCampaign]':
    'Imagekampagne (Quartiersmarketing) nach einer Aufwertung: das Image der geförderten Quartiere strebt nach oben.',
  'policies[type=imageCampaign].strength': 'Skaliert den Imagegewinn (1 = der volle Aufschlag).',
  'policies[type=imageCampaign].bonus': 'Aufschlag auf das Image, dem ein gefördertes Quartier zustrebt.',

  'policies[type=ownershipSubsidy]':
    'Eigentumsförderung für niedrigere Einkommen: erleichterter Zugang und Zuschuss zu den Kosten selbst genutzten Wohneigentums.',
  'policies[type=ownershipSubsidy].strength':
    'Skaliert den Zuschuss und den erleichterten Zugang (1 = wie angegeben).',
  'policies[type=ownershipSubsidy].incomeLimit':
    'Haushalte mit einem Monatseinkommen bis zu diesem Betrag haben Anspruch auf die Förderung.',
  'policies[type=ownershipSubsidy].subsidy':
    'Anteil der monatlichen Wohnkosten im Eigentum, den die Förderung für berechtigte Haushalte übernimmt.',

  'policies[type=asylum]':
    'Unterbringung Asylsuchender (zufällig oder nach einem Verteilungsschlüssel gestreut) und die Dauer der Residenzpflicht.',
  'policies[type=asylum].strength':
    'Anteil der behördlichen Unterbringungen, die nach dem Verteilungsschlüssel erfolgen (bei "dispersed").',
  'policies[type=asylum].placement':
    '"random" = wie ohne die Maßnahme (ein Platz in einer Gemeinschaftsunterkunft, sonst die billigste einer Stichprobe freier Mietwohnungen); "dispersed" = ein Platz in einer Gemeinschaftsunterkunft oder eine freie Mietwohnung in dem Quartier mit den wenigsten Asylsuchenden unter Residenzpflicht je Wohnung.',
  'policies[type=asylum].obligationMonths':
    'Solange die Maßnahme wirkt, dauert die Residenzpflicht so viele Takte nach dem Zuzug (0 = sie endet sofort); -1 = wie households.obligationMonths.',
};
