/**
 * The seminar: an ordered sequence of lessons, each naming the preset it opens (or, with `live`,
 * the change it makes to the grid already running), with its title, a few sentences of
 * narrative, the question to put to the class and what to watch, in German and English. The
 * sequence follows the Parable of the Polygons (Hart and Case 2014) and NetLogo's Segregation
 * (Wilensky 1997): by hand first, then mild preferences, strong ones, history, diversity, and the
 * city.
 */
import type { Lang } from '../i18n/index.ts';

export interface LessonText {
  readonly title: string;
  readonly narrative: string;
  readonly question: string;
  readonly watch: string;
}

export interface Lesson {
  readonly id: string;
  /** Preset (scenario file name without .json) the lesson runs on. */
  readonly preset: string;
  /**
   * Changes made to the running grid when that preset is already open (the class keeps watching
   * the same town); otherwise the preset is opened first and then changed.
   */
  readonly live?: Readonly<Record<string, unknown>>;
  /** Mark the unhappy agents from the start. */
  readonly highlight?: boolean;
  readonly text: Readonly<Record<Lang, LessonText>>;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'by-hand',
    preset: 'classic-by-hand',
    highlight: true,
    text: {
      en: {
        title: 'Move them yourself',
        narrative:
          'Two groups share a small town. Each agent is happy as long as at least a third of its neighbours are like it. The marked agents are unhappy. Drag one of them to an empty cell.',
        question: 'When you move one agent, who else becomes happy or unhappy?',
        watch: 'The marks of the old and the new neighbours, and the moves counter.',
      },
      de: {
        title: 'Selbst umziehen',
        narrative:
          'Zwei Gruppen teilen sich eine kleine Stadt. Jeder ist zufrieden, solange mindestens ein Drittel der Nachbarn so ist wie er. Die markierten sind unzufrieden. Ziehen Sie einen davon auf eine leere Zelle.',
        question: 'Wenn einer umzieht: Wer wird dadurch zufrieden oder unzufrieden?',
        watch: 'Die Markierungen der alten und der neuen Nachbarn und den Zähler der Umzüge.',
      },
    },
  },
  {
    id: 'mild',
    preset: 'classic-threshold-30',
    text: {
      en: {
        title: 'Mild preferences',
        narrative:
          'Everyone here is happy to live as a minority: 30 % like neighbours are enough. The town starts well mixed and nothing has moved yet. Ask the class first, then press play.',
        question: 'With such tolerant people, how segregated will the town end up?',
        watch: '% similar climbs from about 50 % to about 74 %; the run settles after 12 to 16 ticks.',
      },
      de: {
        title: 'Milde Vorlieben',
        narrative:
          'Hier lebt jeder gern auch als Minderheit: 30 % ähnliche Nachbarn genügen. Die Stadt ist zu Beginn gut gemischt, noch ist niemand umgezogen. Fragen Sie erst die Gruppe, dann auf Start.',
        question: 'Wie stark trennt sich eine Stadt so toleranter Menschen?',
        watch: '% ähnlich steigt von etwa 50 % auf etwa 74 %; nach 12 bis 16 Takten ist Ruhe.',
      },
    },
  },
  {
    id: 'half',
    preset: 'classic-threshold-50',
    text: {
      en: {
        title: 'Half like me',
        narrative:
          'Now each agent wants at least half of its neighbours like it: still no wish to live apart, only not to be outnumbered.',
        question: 'How much more segregated than at 30 %? How long until everyone is content?',
        watch: '% similar ends near 87 %, with about twice as many moves as at 30 %.',
      },
      de: {
        title: 'Halb wie ich',
        narrative:
          'Jetzt will jeder mindestens die Hälfte ähnlicher Nachbarn: immer noch kein Wunsch nach Trennung, nur nicht in der Minderheit sein.',
        question: 'Wie viel stärker als bei 30 %? Wie lange, bis alle zufrieden sind?',
        watch: '% ähnlich endet nahe 87 %, mit etwa doppelt so vielen Umzügen wie bei 30 %.',
      },
    },
  },
  {
    id: 'strong',
    preset: 'classic-threshold-75',
    text: {
      en: {
        title: 'When almost no one can settle',
        narrative:
          'Each agent wants three quarters of its neighbours like it. Nine in ten start unhappy. Raise the bias to 80 % while it runs and see what changes.',
        question: 'Does a stronger wish for sameness give a calmer town?',
        watch:
          '% unhappy stays high for about a hundred ticks and the town ends almost fully separated (99 % similar); at 80 % it never settles.',
      },
      de: {
        title: 'Wenn kaum einer zur Ruhe kommt',
        narrative:
          'Jeder will drei Viertel ähnliche Nachbarn. Neun von zehn sind zu Beginn unzufrieden. Stellen Sie während des Laufs die Vorliebe auf 80 % und sehen Sie, was sich ändert.',
        question: 'Ergibt ein stärkerer Wunsch nach Gleichheit eine ruhigere Stadt?',
        watch:
          '% unzufrieden bleibt rund hundert Takte hoch, am Ende ist die Stadt fast ganz getrennt (99 % ähnlich); bei 80 % kommt sie nie zur Ruhe.',
      },
    },
  },
  {
    id: 'history',
    preset: 'classic-segregated-start',
    text: {
      en: {
        title: 'Start segregated, set the bias to 0',
        narrative:
          'This town starts segregated. Its people no longer mind who lives next door: the bias is 0. Press play.',
        question: 'Now that nobody is biased, will the town mix again by itself?',
        watch: 'Nothing moves: S stays where it was. The past stays in the streets.',
      },
      de: {
        title: 'Getrennt beginnen, Vorliebe auf 0',
        narrative:
          'Diese Stadt beginnt getrennt. Ihren Bewohnern ist die Nachbarschaft inzwischen gleich: die Vorliebe ist 0. Auf Start.',
        question: 'Niemand hat mehr Vorurteile: Mischt sich die Stadt von selbst wieder?',
        watch: 'Nichts bewegt sich: S bleibt, wo es war. Die Vergangenheit bleibt in den Straßen.',
      },
    },
  },
  {
    id: 'diversity',
    preset: 'classic-segregated-start',
    live: { ceiling: 0.8 },
    text: {
      en: {
        title: 'Demand a little diversity',
        narrative:
          'Same town, still running. Now everyone also wants at most 80 % like neighbours: a small demand for diversity.',
        question: 'How much can such a small demand change?',
        watch:
          'Unhappy agents appear inside the blocks; within a few ticks S falls to about -10 %: more mixed than chance.',
      },
      de: {
        title: 'Ein wenig Vielfalt verlangen',
        narrative:
          'Dieselbe Stadt, sie läuft weiter. Jetzt will jeder außerdem höchstens 80 % ähnliche Nachbarn: ein kleiner Wunsch nach Vielfalt.',
        question: 'Wie viel kann ein so kleiner Wunsch ändern?',
        watch:
          'Unzufriedene erscheinen mitten in den Blöcken; in wenigen Takten fällt S auf etwa -10 %: gemischter als der Zufall.',
      },
    },
  },
  {
    id: 'three-groups',
    preset: 'classic-three-groups',
    text: {
      en: {
        title: 'Three groups',
        narrative: 'Three groups of 50 %, 30 % and 20 %, each wanting 3 of 8 neighbours like it.',
        question: 'Which group ends most segregated, and why?',
        watch: 'The smallest group is unhappy most often and ends in the tightest clusters.',
      },
      de: {
        title: 'Drei Gruppen',
        narrative: 'Drei Gruppen mit 50 %, 30 % und 20 %, jede will 3 von 8 ähnlichen Nachbarn.',
        question: 'Welche Gruppe trennt sich am stärksten, und warum?',
        watch: 'Die kleinste Gruppe ist am häufigsten unzufrieden und endet in den dichtesten Gruppen.',
      },
    },
  },
  {
    id: 'town',
    preset: 'seminar-town',
    text: {
      en: {
        title: 'The seminar town',
        narrative:
          'A town of 5,000 dwellings in 10 quarters: households differ by origin, income and milieu, and move for rent, quality, schools and neighbours. Colour the map by another layer and draw the quarter borders.',
        question:
          'Which quarters sort by origin, which by income? Is the picture the same on every dimension?',
        watch: 'The dissimilarity index by origin and by income, and the quarters on the map.',
      },
      de: {
        title: 'Die Seminarstadt',
        narrative:
          'Eine Stadt mit 5.000 Wohnungen in 10 Quartieren: Haushalte unterscheiden sich nach Herkunft, Einkommen und Milieu und ziehen wegen Miete, Qualität, Schulen und Nachbarn um. Färben Sie die Karte nach einer anderen Ebene und zeichnen Sie die Quartiersgrenzen.',
        question:
          'Welche Quartiere trennen sich nach Herkunft, welche nach Einkommen? Ist das Bild in jeder Dimension gleich?',
        watch: 'Den Segregationsindex nach Herkunft und nach Einkommen und die Quartiere auf der Karte.',
      },
    },
  },
];
