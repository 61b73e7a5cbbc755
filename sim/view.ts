/**
 * What the map draws: a raster of the city or grid with one value per cell in each layer, and the
 * unit of each cell at each container scale (for borders and hover). Copies, so they can be handed
 * to the page as transferables.
 */
export interface MapLayer {
  /** `category`: values index into labels; `continuous`: values are numbers, NaN = nothing there. */
  readonly kind: 'category' | 'continuous';
  readonly values: Uint8Array | Float32Array;
  /** Category names (with `category`); 255 in values = empty. */
  readonly labels?: readonly string[];
  readonly unit?: string;
}

export interface MapView {
  readonly width: number;
  readonly height: number;
  readonly tick: number;
  readonly layers: Record<string, MapLayer>;
  /** Unit index of each raster cell at each container scale (-1 = none). */
  readonly units: Record<string, Int32Array>;
}
