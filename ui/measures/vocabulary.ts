/**
 * The words measure labels are built from, in English and German: the city's and the classic
 * model's base measures, the parts of dotted names (reasons, market segments, scales, dimensions,
 * categories) and the groups the menus are sorted into. Index names come from their declaration
 * (sim/measures/registry.ts), not from here. A word missing here still gets a label (its camelCase
 * split into words, see labels.ts); the i18n test lists the measures of the presets without German.
 */

export type Words = Readonly<Record<string, readonly [en: string, de: string]>>;

/** Measures with a name of their own (the first part of a dotted name, or the whole name). */
export const BASE: Words = {
  population: ['households in the city', 'Haushalte in der Stadt'],
  housed: ['housed households', 'Haushalte mit Wohnung'],
  searching: ['housed and searching', 'mit Wohnung auf Suche'],
  unhoused: ['unhoused households', 'Haushalte ohne Wohnung'],
  arrivals: ['arrivals', 'Zuzüge'],
  departures: ['departures', 'Fortzüge'],
  populationChange: ['change in households since the start', 'Veränderung der Haushalte seit Beginn'],
  populationScale: [
    'real households per simulated one (city file scale)',
    'echte Haushalte je simuliertem (Maßstab der Stadtdatei)',
  ],
  arrivalsTotal: ['arrivals since the start', 'Zuzüge seit Beginn'],
  departuresTotal: ['departures since the start', 'Fortzüge seit Beginn'],
  notAdmitted: ['arrivals turned back (city full)', 'abgewiesene Zuzüge (Stadt voll)'],
  authorityPlacements: ['asylum seekers placed by the authority', 'Zuweisungen Asylsuchender'],
  secondaryMoves: ['secondary moves after the obligation', 'Weiterzüge nach Ende der Wohnsitzauflage'],
  moves: ['moves', 'Umzüge'],
  displacements: ['displacements', 'Verdrängungen'],
  becameUnhoused: ['displaced and left without a dwelling', 'verdrängt und ohne Wohnung'],
  vacancy: ['vacant dwellings', 'leerstehende Wohnungen'],
  meanRent: ['mean housing cost', 'mittlere Wohnkosten'],
  meanRentBurden: ['mean rent burden (cost / income)', 'mittlere Mietbelastung (Kosten / Einkommen)'],
  meanIncome: ['mean income', 'mittleres Einkommen'],
  incomeRises: ['income rises', 'Einkommensanstiege'],
  incomeFalls: ['income falls', 'Einkommensrückgänge'],
  searchesEnded: ['searches ended', 'beendete Wohnungssuchen'],
  meanSearchTicks: ['mean search time', 'mittlere Suchdauer'],
  searchTicks: ['search time', 'Suchdauer'],
  searchTime: ['search time', 'Suchdauer'],
  newcomers: ['newcomers (arrived during the run)', 'Neuzugezogene (während des Laufs)'],
  newcomerIncomeGain: ['newcomers’ income gain since arrival', 'Einkommenszuwachs Neuzugezogener'],
  newcomersInFirstQuarter: [
    'newcomers still in their first quarter',
    'Neuzugezogene noch im ersten Quartier',
  ],
  schoolAvoiders: ['families avoiding the catchment school', 'Familien, die die Einzugsschule meiden'],
  returners: ['returners', 'Rückkehrer'],
  leavers: ['leavers', 'Fortziehende'],
  refusals: ['refusals', 'Ablehnungen'],
  refused: ['households refused', 'abgelehnte Haushalte'],
  tenure: ['tenure', 'Wohnform'],
  arrivalQuarters: ['arrival quarters', 'Ankunftsquartiere'],
  disadvantage: ['concentrated disadvantage', 'konzentrierte Benachteiligung'],
  springboard: ['springboard or trap', 'Sprungbrett oder Falle'],
  typology: ['quarter typology', 'Quartierstypologie'],
  similarShare: ['mean share of similar neighbours', 'mittlerer Anteil ähnlicher Nachbarn'],
  discontentedShare: ['share discontented', 'Anteil Unzufriedener'],
  settled: ['settled (1 = nobody wants to move)', 'zur Ruhe gekommen (1 = niemand will umziehen)'],
  segregationS: [
    'segregation S = 2 (similar - 1/2), as the Polygons show it',
    'Segregation S = 2 (ähnlich - 1/2), wie bei den Polygonen',
  ],
  abroad: ['households in the pool abroad (may return)', 'Haushalte im Ausland (Rückkehr möglich)'],
  emergency: ['unhoused in emergency accommodation', 'ohne Wohnung in Notunterkunft'],
  toEmergency: ['taken into emergency accommodation', 'in Notunterkunft aufgenommen'],
  moveRate: [
    'moves within the city a year, per household',
    'Umzüge innerhalb der Stadt je Haushalt und Jahr',
  ],
  rentalTurnover: ['tenant turnover a year (rented dwellings)', 'Mieterwechsel je Jahr (Mietwohnungen)'],
  communalOccupied: ['communal places occupied', 'belegte Plätze in Gemeinschaftsunterkünften'],
  waitingList: [
    'households on the social housing waiting list',
    'Haushalte auf der Warteliste für Sozialwohnungen',
  ],
  refusalLooks: ['vacancies looked at and refused', 'angesehene und abgelehnte Wohnungen'],
  medianSearchTicks: ['median search time', 'mittlere Suchdauer (Median)'],
  homelessSearches: ['homeless spells begun', 'begonnene Zeiten ohne Wohnung'],
  housedWithin3: ['housed within 3 months', 'innerhalb von 3 Monaten untergebracht'],
  housedWithin12: ['housed within 12 months', 'innerhalb von 12 Monaten untergebracht'],
  afterRefusal: ['where the refused ended up', 'wo Abgelehnte unterkamen'],
};

/** Parts of dotted names after the first: reasons, segments, sub-measures, scales, dimensions. */
export const PART: Words = {
  // refusal reasons
  affordability: ['cannot afford', 'nicht bezahlbar'],
  eligibility: ['not eligible', 'nicht berechtigt'],
  discrimination: ['landlord discrimination', 'Diskriminierung durch Vermieter'],
  cap: ['cap', 'Obergrenze'],
  quota: ['quota', 'Quote'],
  // market segments
  social: ['social housing', 'Sozialwohnung'],
  privateRent: ['private rental', 'privat vermietet'],
  owner: ['owner-occupied', 'Eigentum'],
  communal: ['communal accommodation', 'Gemeinschaftsunterkunft'],
  // housing types (where the refused ended up)
  oldTown: ['old town', 'Altbauquartier'],
  upscale: ['upscale quarter', 'gehobenes Quartier'],
  estate: ['large estate', 'Großsiedlung'],
  suburb: ['suburb', 'Vorstadt'],
  village: ['village core', 'Dorfkern'],
  stayed: ['stayed put', 'geblieben'],
  gaveUp: ['gave up', 'aufgegeben'],
  left: ['left the city', 'fortgezogen'],
  // causes of displacement
  rentRise: ['rent rise', 'Mieterhöhung'],
  incomeLoss: ['income loss', 'Einkommensverlust'],
  atMoveIn: ['over the limit since moving in', 'seit dem Einzug über der Grenze'],
  // reasons of departure
  elsewhere: ['for elsewhere', 'anderswohin'],
  return: ['to return (some may come back)', 'zur Rückkehr (manche kommen wieder)'],
  region: ['to the surrounding region', 'ins Umland'],
  regionWithChildren: ['to the region, with children', 'ins Umland, mit Kindern'],
  unhoused: ['unhoused too long', 'zu lange ohne Wohnung'],
  median: ['median', 'Median'],
  mean: ['mean', 'Mittelwert'],
  // sub-measures
  share: ['share', 'Anteil'],
  quarters: ['quarters', 'Quartiere'],
  householdShare: ['share of households', 'Anteil der Haushalte'],
  migrantShare: ['migration-background share', 'Anteil mit Migrationshintergrund'],
  lowIncomeShare: ['low-income share', 'Anteil niedriger Einkommen'],
  cohort: ['cohort followed', 'beobachtete Kohorte'],
  meanGain: ['mean income gain', 'mittlerer Einkommenszuwachs'],
  gained: ['gained', 'mit Aufstieg'],
  gainedLeft: ['gained and moved on', 'aufgestiegen und weggezogen'],
  gainedStayed: ['gained and stayed', 'aufgestiegen und geblieben'],
  stuck: ['stuck (no gain, no move)', 'festgesteckt (kein Aufstieg, kein Umzug)'],
  movedWithoutGain: ['moved without gain', 'ohne Aufstieg weggezogen'],
  rent: ['rent', 'Miete'],
  renovation: ['renovation', 'Sanierung'],
  demolition: ['demolition', 'Abriss'],
  burden: ['rent burden', 'Mietbelastung'],
  // scales
  block: ['blocks', 'Blöcke'],
  quarter: ['quarters', 'Quartiere'],
  district: ['districts', 'Bezirke'],
  bzr: ['Bezirksregionen (Berlin, 143)', 'Bezirksregionen (Berlin, 143)'],
  pgr: ['Prognoseräume (Berlin, 58)', 'Prognoseräume (Berlin, 58)'],
  school: ['schools attended', 'besuchte Schulen'],
  catchment: ['catchment (quarter lived in)', 'Einzugsbereich (Wohnquartier)'],
  random: ['random baseline', 'Zufallsvergleich'],
  // dimensions
  origin: ['origin group', 'Herkunftsgruppe'],
  income: ['income band', 'Einkommensgruppe'],
  milieu: ['milieu', 'Milieu'],
  education: ['education', 'Bildung'],
  household: ['household type', 'Haushaltstyp'],
  group: ['group', 'Gruppe'],
  tenure: ['market segment', 'Marktsegment'],
};

/** The menus' groups, in the order they are offered. */
export const GROUPS: Words = {
  segregation: ['Segregation', 'Segregation'],
  schools: ['Schools', 'Schulen'],
  access: ['Access and fairness', 'Zugang und Fairness'],
  springboard: ['Arrival quarters: springboard or trap', 'Ankunftsquartiere: Sprungbrett oder Falle'],
  housing: ['Housing and rents', 'Wohnen und Mieten'],
  tenure: ['Tenure by group', 'Wohnform nach Gruppe'],
  population: ['Population and flows', 'Bevölkerung und Wanderungen'],
  monitoring: [
    'Monitoring: disadvantage and quarter types',
    'Monitoring: Benachteiligung und Quartierstypen',
  ],
  classic: ['Schelling model', 'Schelling-Modell'],
  other: ['Other measures', 'Weitere Kennzahlen'],
};

/** Units of measures, as axis titles and table cells show them. */
export const UNITS: Words = {
  index: ['index 0-1', 'Index 0-1'],
  share: ['share', 'Anteil'],
  households: ['households', 'Haushalte'],
  eurMonth: ['EUR/month', 'EUR/Monat'],
  ticks: ['ticks (months)', 'Ticks (Monate)'],
  ratio: ['ratio', 'Verhältnis'],
  count: ['count', 'Anzahl'],
  quarters: ['quarters', 'Quartiere'],
};

/** Words of camelCase names not listed above, so a new measure reads in German too. */
export const WORDS: Words = {
  mean: ['mean', 'mittlere'],
  total: ['total', 'gesamt'],
  count: ['count', 'Anzahl'],
  by: ['by', 'nach'],
  time: ['time', 'Zeit'],
  search: ['search', 'Suche'],
  left: ['left', 'fortgezogen'],
  stayed: ['stayed', 'geblieben'],
  new: ['new', 'neu'],
  ticks: ['ticks', 'Ticks'],
  reason: ['reason', 'Grund'],
  cause: ['cause', 'Ursache'],
  housing: ['housing', 'Wohnung'],
  households: ['households', 'Haushalte'],
};
