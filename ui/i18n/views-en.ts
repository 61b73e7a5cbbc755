/**
 * English texts of the map's zoom, dots, areas and scale bar, the scale view (multiscale profile),
 * the school-vs-residential panel and the answer charts, kept apart from en.ts so that other work
 * on the page's texts merges without conflicts.
 */
export const viewsEn = {
  mapAreas: 'Areas',
  mapAreasGroup: 'Areas',
  mapLocalScore: 'local segregation score',
  mapLocalScoreNote:
    "Local segregation score: how far an area's mix differs from the whole city's (0 = the city's mix; in nats, as M). Weighted by households, the areas' scores add up to the mutual information index M at this scale.",
  mapScaleNote:
    'Scale bar: one raster cell (one building with its plot) taken as {m} m wide, a display assumption; the model itself has no distances.',
  mapZoomNote: 'Zoom in (wheel or +) to see every household as a dot; drag to pan.',
  mapScaleNoteReal:
    'Areas drawn from their boundaries; the raster beneath has cells of {m} m (city.real.cellSize).',
  mapPopulationScale:
    'One simulated household stands for {n} real ones (city.scale): counts are in simulated households.',
  mapMeanOf: 'mean {layer}',
  mapSources: 'Sources',
  ownCity: 'Own city file',
  ownCityHint:
    'A CSV with one row per area and a GeoJSON of their boundaries (docs/own-city.md). They are checked like a scenario and run with the scenario shown (a city scenario: its groups must be the columns persons.<group>).',
  ownCityCsv: 'Areas (CSV)',
  ownCityGeojson: 'Boundaries (GeoJSON)',
  ownCityRun: 'Check and run',
  ownCityProblems: 'The city file was not run:',
  mapDots: 'Households (dots)',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Whole city',
  scaleCell: 'cell',
  scaleCells: 'cells',
  scaleViewTitle: 'Segregation by scale',
  scaleViewHint:
    'One index as a function of scale: each person-centred radius and each administrative unit, placed by how many households the average household shares it with (log axis). Segregation usually falls as the environment grows; how fast tells whether it is a matter of buildings and blocks or of whole districts.',
  scaleViewIndex: 'Index',
  scaleViewInterval: 'Intervals',
  scaleViewNone: 'none',
  scaleViewBootstrap: 'bootstrap, 95 % (50 samples)',
  scaleViewPermutation: 'random allocation, 95 % range (50)',
  scaleViewCompute: 'Compute at this tick',
  scaleViewComputing: 'Computing …',
  scaleViewAxis: 'households in the environment of the average household (log scale)',
  scaleViewRadius: 'radius',
  scaleViewRandom: 'under random allocation',
  scaleViewBand: '95 % interval',
  scaleViewAt: 'at tick',
  schoolsTitle: 'Schools against residence',
  schoolsHint:
    'Dissimilarity D of the households with children, grouped by the school their children attend ("schools attended") and by their home quarter, whose school is their catchment school ("catchments"), beside D of all households where they live. Catchments against residential quarters: how families live apart compared with everyone. Schools attended against catchments: what choosing another school than the catchment school adds (above) or removes (below). Bars: mean over seeds, whiskers 95 %.',
  schoolsNone: 'These scenarios report no school segregation.',
  schoolsResidential: 'residence',
  answerChartsTitle: 'The answer as charts',
  answerChartsHint:
    'End values of the answer’s measures, one chart per unit; bars: mean over seeds, whiskers 95 %.',
  exportProfilePng: 'Scale view (PNG)',
} as const;
