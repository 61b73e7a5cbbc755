/** Deutsche Texte der Tafel „Wo Abgelehnte unterkamen“ (getrennt, damit i18n-Zusammenführungen leicht bleiben). */
export const refusedDe = {
  refusedTitle: 'Wo Abgelehnte unterkamen',
  refusedHint:
    'Haushalte, die mindestens einmal abgelehnt wurden (aus jedem Grund) und deren Suche seit dem Start endete: der Anteil, der in ein Quartier jedes Typs zog, blieb, aufgab oder die Stadt verließ. Noch Suchende (auch Wohnungslose) zählen nicht. Im Vergleich: Mittel über die Startwerte der Anteile jedes Startwerts am Ende.',
  refusedScenario: 'Szenario',
  refusedGroup: 'Gruppe',
  refusedEnded: 'Beendete Suchen',
};
