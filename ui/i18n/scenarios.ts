/**
 * The presets' names in German (the files in scenarios/ are written in English and stay the
 * reference; a scenario loaded from a file keeps its own name). Keyed by preset id; a preset
 * missing here shows its English name, and the i18n test lists it.
 */
import { currentLang } from './index.ts';

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
  'classic-diversity-seeking': 'Vielfalt suchend',
  'classic-framework-large': 'Rahmenvergleich, groß',
  'classic-framework-small': 'Rahmenvergleich, klein',
  'classic-schelling': 'Klassisches Schelling-Modell',
  'classic-three-groups': 'Drei Gruppen',
  'classic-threshold-30': 'Milde Präferenz: 30 %',
  'classic-threshold-50': 'In der Mehrheit sein wollen: 50 %',
  'classic-threshold-75': 'Starke Präferenz: 75 %',
  'classic-threshold-80': 'Zu stark, um zur Ruhe zu kommen: 80 %',
  'image-campaign': 'Imagekampagne nach Aufwertung',
  'integrated-arrival-programme': 'Integriertes Programm: Ankunftsquartiere, Schulen, Gleichbehandlung',
  'ownership-subsidy': 'Eigentumsförderung für niedrigere Einkommen',
  'school-investment': 'Schulinvestitionen in benachteiligten Quartieren',
  'seminar-town': 'Seminarstadt',
  'social-housing-concentrated': 'Sozialwohnungsprogramm, konzentriert in einer Siedlung',
  'social-housing-dispersed': 'Sozialwohnungsprogramm, über die Stadt verteilt',
  'social-housing-new-developments': 'Pflichtanteil Sozialwohnungen in Neubaugebieten',
  'upgrading-with-protection': 'Imagekampagne in den Ankunftsquartieren, mit Sozialwohnungen dort',
};

/** A preset's name in the page's language (`fallback`: its English name from the file). */
export function presetName(id: string, fallback: string): string {
  return currentLang() === 'de' && Object.hasOwn(presetNamesDe, id) ? presetNamesDe[id]! : fallback;
}

/** German descriptions of the presets the ready questions use; others show the file's English text. */
export const presetDescriptionsDe: Readonly<Record<string, string>> = {
  baseline:
    'Eine synthetische mittelgroße deutsche Stadt mit 100.000 Wohnungen (etwa 200.000 Einwohnerinnen und Einwohner), zehn Jahre lang monatlich gerechnet, ohne Maßnahme. Etwa 50 Quartiere zu je rund 2.000 Wohnungen in 8 Bezirken, geteilt in Blöcke von 3 x 3 Rasterzellen. Vom Zentrum nach außen: dichter innerstädtischer Altbau (25 % der Wohnungen; günstig, privat vermietet, die Ankunftsquartiere), gehobene Gründerzeitquartiere (10 %), Großwohnsiedlungen der Nachkriegszeit und der 1970er Jahre (25 %, 40 % ihrer Gebäude Sozialwohnungen), Vororte mit Wohneigentum (30 %) und alte Dorfkerne (10 %); insgesamt etwa 12 % Sozialwohnungen und ein Drittel Eigentum, private Mieten meist 600-1.400 EUR im Monat. Haushalte: 72 % ohne Migrationshintergrund, 10 % EU-Zugewanderte (zirkulär, die Hälfte will zurück), 12 % etablierte Zugewanderte der Gastarbeitergeneration und ihre Nachkommen, 6 % Geflüchtete (meist Asylsuchende mit dreijähriger Wohnsitzauflage bei Ankunft, am stärksten von Diskriminierung durch Vermieter betroffen). Jede Gruppe hat eigene Einkommen, Zu- und Fortzüge (die Bevölkerung bleibt etwa stabil), Bildung, Milieus und Verwandtschaftsnetze. Haushalte wählen unter einem Dutzend Wohnungen, die sie bezahlen und bekommen können, nach Preis, Qualität, Herkunft und Status der Nachbarn, Milieu, Nähe zu Verwandten, Schule und Image (multinomiales Logit).',
  'cap-social-housing':
    'Frage: Was geschieht, wenn Wohnungsunternehmen den Anteil der Haushalte mit Migrationshintergrund in jedem Sozialwohnungsgebäude auf höchstens 30 % begrenzen ("sozial ausgewogene Bewohnerstrukturen")? Ab dem ersten Monat wird ein Migrantenhaushalt von einer Sozialwohnung abgewiesen, wenn sein Einzug das Gebäude über 30 % brächte. Zu beachten: Ablehnungen wegen der Obergrenze nach Gruppe, Suchdauer und Haushalte ohne Wohnung, wo die Abgewiesenen landen (privater Mietmarkt, Ankunftsquartiere) und wie wenig oder wie stark sich die Segregationsindizes gegenüber der Basis bewegen.',
  'social-housing-concentrated':
    'Frage: 3.000 neue Sozialwohnungen in fünf Jahren, alle in einer großen Siedlung - was bewirkt das für die Konzentration von Armut? Die Wohnungen kommen gleichmäßig über 60 Monate hinzu (als ganze Gebäude im Siedlungsquartier mit dem meisten privaten Mietwohnungsbestand) und gehen nur an Haushalte unter der Einkommensgrenze. Vergleich mit dem verteilten Programm: Wahlmöglichkeiten einkommensschwacher Haushalte, Mietbelastung, Segregation nach Einkommen und Herkunft und der Anteil der Quartiere, in denen sich Benachteiligung konzentriert.',
  'social-housing-dispersed':
    'Frage: Dieselben 3.000 Sozialwohnungen in fünf Jahren wie beim konzentrierten Programm, aber über die ganze Stadt verteilt, im Verhältnis zu ihrem privaten Mietwohnungsbestand. Vergleich der beiden: wo einkommensschwache Haushalte wohnen können, Segregation nach Einkommen (D und H auf Quartiersebene), Mietbelastung und der Anteil der Quartiere, in denen sich Benachteiligung konzentriert.',
  'arrival-quarter-support':
    'Frage: Können Investitionen die Ankunftsquartiere eher zum Sprungbrett als zur Falle machen? Ab dem ersten Monat haben Neuzugezogene in einem Ankunftsquartier die 1,5-fache Chance auf einen Einkommensanstieg (Sprachkurse, Kontakte, Anerkennung von Abschlüssen), andere Bewohner die 1,1-fache; Schulen und Image der Quartiere steigen tendenziell. Zu beachten: Einkommenszuwachs der Neuzugezogenen und die Sprungbrett-Kennzahlen (wer aufgestiegen ist, wer aufgestiegen und weggezogen ist, wer festsitzt), Fortzüge aus den Ankunftsquartieren, Mieten dort und Verdrängung.',
};

/** A preset's description in the page's language (`fallback`: the file's English text). */
export function presetDescription(id: string, fallback: string): string {
  return currentLang() === 'de' && Object.hasOwn(presetDescriptionsDe, id)
    ? presetDescriptionsDe[id]!
    : fallback;
}
