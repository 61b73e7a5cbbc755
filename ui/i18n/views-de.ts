/** German texts of views-en.ts (same keys). */
import type { viewsEn } from './views-en.ts';

export const viewsDe: { readonly [K in keyof typeof viewsEn]: string } = {
  mapAreas: 'Gebiete',
  mapAreasGroup: 'Gebiete',
  mapLocalScore: 'lokaler Segregationswert',
  mapLocalScoreNote:
    'Lokaler Segregationswert: wie weit die Zusammensetzung eines Gebiets von der der ganzen Stadt abweicht (0 = wie die Stadt; in nats, wie M). Nach Haushalten gewichtet ergeben die Werte der Gebiete zusammen den Index der gegenseitigen Information M auf dieser Ebene.',
  mapScaleNote:
    'Maßstab: eine Rasterzelle (ein Gebäude mit seinem Grundstück) als {m} m breit angenommen, eine Annahme für die Darstellung; das Modell selbst kennt keine Entfernungen.',
  mapZoomNote: 'Hineinzoomen (Mausrad oder +) zeigt jeden Haushalt als Punkt; Ziehen verschiebt die Karte.',
  mapScaleNoteReal:
    'Gebiete aus ihren Grenzen gezeichnet; das Raster darunter hat Zellen von {m} m (city.real.cellSize).',
  mapPopulationScale:
    'Ein simulierter Haushalt steht für {n} echte (city.scale): Zahlen sind simulierte Haushalte.',
  mapMeanOf: 'Mittelwert {layer}',
  mapSources: 'Quellen',
  ownCity: 'Eigene Stadtdatei',
  ownCityHint:
    'Eine CSV-Datei mit einer Zeile je Gebiet und ein GeoJSON ihrer Grenzen (docs/own-city.md). Sie werden wie ein Szenario geprüft und mit dem gezeigten Szenario gerechnet (ein Stadtszenario: seine Gruppen müssen die Spalten persons.<Gruppe> sein).',
  ownCityCsv: 'Gebiete (CSV)',
  ownCityGeojson: 'Grenzen (GeoJSON)',
  ownCityRun: 'Prüfen und rechnen',
  ownCityProblems: 'Die Stadtdatei wurde nicht gerechnet:',
  mapDots: 'Haushalte (Punkte)',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomFit: 'Ganze Stadt',
  scaleCell: 'Zelle',
  scaleCells: 'Zellen',
  scaleViewTitle: 'Segregation nach Maßstab',
  scaleViewHint:
    'Ein Index in Abhängigkeit vom Maßstab: jeder personenzentrierte Radius und jede Verwaltungseinheit, eingeordnet danach, mit wie vielen Haushalten der durchschnittliche Haushalt sie teilt (logarithmische Achse). Segregation nimmt meist ab, je größer die Umgebung; wie schnell, zeigt, ob sie eine Sache von Gebäuden und Blöcken oder von ganzen Bezirken ist.',
  scaleViewIndex: 'Index',
  scaleViewInterval: 'Intervalle',
  scaleViewNone: 'keine',
  scaleViewBootstrap: 'Bootstrap, 95 % (50 Stichproben)',
  scaleViewPermutation: 'Zufallsverteilung, 95-%-Bereich (50)',
  scaleViewCompute: 'In diesem Takt berechnen',
  scaleViewComputing: 'Wird berechnet …',
  scaleViewAxis: 'Haushalte in der Umgebung des durchschnittlichen Haushalts (logarithmisch)',
  scaleViewRadius: 'Radius',
  scaleViewRandom: 'bei Zufallsverteilung',
  scaleViewBand: '95-%-Intervall',
  scaleViewAt: 'in Takt',
  schoolsTitle: 'Schulen und Wohnort',
  schoolsHint:
    'Segregationsindex D der Haushalte mit Kindern, gruppiert nach der Schule, die ihre Kinder besuchen („besuchte Schulen“), und nach ihrem Wohnquartier, dessen Schule ihre Einzugsschule ist („Einzugsbereiche“), neben D aller Haushalte am Wohnort. Einzugsbereiche gegen Wohnquartiere: wie getrennt Familien wohnen, verglichen mit allen. Besuchte Schulen gegen Einzugsbereiche: was die Wahl einer anderen als der Einzugsschule hinzufügt (höher) oder abbaut (niedriger). Balken: Mittel über die Startwerte, Striche 95 %.',
  schoolsNone: 'Diese Szenarien berichten keine Schulsegregation.',
  schoolsResidential: 'Wohnort',
  answerChartsTitle: 'Die Antwort als Diagramme',
  answerChartsHint:
    'Endwerte der Kennzahlen der Antwort, ein Diagramm je Einheit; Balken: Mittel über die Startwerte, Striche 95 %.',
  exportProfilePng: 'Maßstabsansicht (PNG)',
};
