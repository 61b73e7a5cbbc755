/**
 * What a model hands the measures: households placed on a raster, their categories along each
 * dimension, and the administrative units ("containers") at each scale. Both the classic grid and
 * the city provide this, so every index works on both. Arrays cover housed households only, in any
 * fixed order, and may be scratch buffers of the model: read them, do not keep them.
 */

/** A categorical attribute along which segregation is measured (origin group, income band, ...). */
export interface Dimension {
  /** Short name used in column names, e.g. `origin`, `income`, `milieu`, `tenure`, `group`. */
  readonly name: string;
  /** Category names; `category[h]` indexes into this list. */
  readonly labels: readonly string[];
  /** Category of each housed household (length >= households). */
  readonly category: Uint8Array;
}

/**
 * Administrative units at one scale. Units are areas of the raster: every cell where households live
 * belongs to one unit, and so do its households. The indices count households by cell once per
 * dimension and add the cells up into units, instead of counting every household at every scale.
 */
export interface ContainerScale {
  /** Short name used in column names, e.g. `block`, `quarter`, `district`. */
  readonly name: string;
  readonly units: number;
  /** Unit of each raster cell (y * width + x); -1 for cells where nobody can live. Fixed for a run. */
  readonly unitOfCell: Int32Array;
  /** Units sharing a border, as compressed rows: neighbours of u are adjacency[start[u]..start[u+1]). */
  readonly adjacencyStart: Int32Array;
  readonly adjacency: Int32Array;
}

export interface MeasureInputs {
  /** Number of housed households described by the arrays. */
  readonly households: number;
  /** Raster on which person-centred neighbourhoods are drawn. */
  readonly width: number;
  readonly height: number;
  readonly torus: boolean;
  /** Raster cell (y * width + x) of each housed household; several may share a cell (a building). */
  readonly cellOf: Int32Array;
  readonly dimensions: readonly Dimension[];
  readonly scales: readonly ContainerScale[];
  /** Radii (in raster cells) of the person-centred neighbourhoods to report. */
  readonly radii: readonly number[];
}
