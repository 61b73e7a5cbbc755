/**
 * From longitude/latitude (WGS84, as GeoJSON has them) to metres on the ground: the transverse
 * Mercator projection of a UTM zone (WGS84 / UTM, EPSG:326NN, which agrees with ETRS89 / UTM,
 * EPSG:258NN, to well under a metre in Europe), by Krüger's series to the third order in n as in
 * Karney (2011), "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85, eq. 35-36:
 * within 3° of the central meridian the series is accurate to about a millimetre, far below a raster
 * cell. Trigonometric functions are built here from portable operations (below), not taken from
 * Math, whose last bits differ between engines. One forward formula is all generation needs, so it is written here rather than taken from a
 * general projection library (proj4 would bring datum tables and parsers we never use).
 * Projected coordinates are rounded to the millimetre, so that a last-digit difference between
 * JavaScript engines' sine and arctangent never moves a cell centre across a boundary.
 */

import { exp, log } from '../../math/portable.ts';

const A_AXIS = 6_378_137;
const FLATTENING = 1 / 298.257223563;
const K0 = 0.9996;
const FALSE_EASTING = 500_000;

const N = FLATTENING / (2 - FLATTENING);
const RECTIFYING = (A_AXIS / (1 + N)) * (1 + (N * N) / 4 + (N * N * N * N) / 64);
const ALPHA = [
  N / 2 - (2 * N * N) / 3 + (5 * N * N * N) / 16,
  (13 * N * N) / 48 - (3 * N * N * N) / 5,
  (61 * N * N * N) / 240,
];
const E2N = (2 * Math.sqrt(N)) / (1 + N);
const RAD = Math.PI / 180;

/** UTM zone (1-60) whose band holds a longitude. */
export function utmZone(longitude: number): number {
  return Math.min(60, Math.max(1, Math.floor((longitude + 180) / 6) + 1));
}

/** Easting and northing (m) of a point in a UTM zone, northern hemisphere (no false northing). */
export function toUtm(longitude: number, latitude: number, zone: number): [number, number] {
  const phi = latitude * RAD;
  const dl = (longitude - (zone * 6 - 183)) * RAD;
  const s = sin(phi);
  const t = sinh(atanh(s) - E2N * atanh(E2N * s));
  const cdl = cos(dl);
  // xi = atan2(t, cos dl); cos dl > 0 within a zone (|dl| < 90 degrees).
  const xi = atan(t / cdl);
  const eta = atanh(sin(dl) / Math.sqrt(1 + t * t));
  // sin and cos of 2j xi by angle addition, sinh and cosh of 2j eta from one exponential.
  const s1 = sin(xi);
  const c1 = cos(xi);
  const s2 = 2 * s1 * c1;
  const c2 = c1 * c1 - s1 * s1;
  const e2 = exp(2 * eta);
  let sj = s2;
  let cj = c2;
  let ej = e2;
  let x = eta;
  let y = xi;
  for (let j = 1; j <= 3; j++) {
    const a = ALPHA[j - 1]!;
    x += a * cj * ((ej - 1 / ej) / 2);
    y += a * sj * ((ej + 1 / ej) / 2);
    const sn = sj * c2 + cj * s2;
    cj = cj * c2 - sj * s2;
    sj = sn;
    ej *= e2;
  }
  const mm = (v: number) => Math.round(v * 1000) / 1000;
  return [mm(FALSE_EASTING + K0 * RECTIFYING * x), mm(K0 * RECTIFYING * y)];
}

// Sine, cosine, arctangent and the hyperbolic functions from + - * /, sqrt and the portable exp and
// log, so that the projection gives the same bits in every engine (as sim/ requires).

/** Taylor series of sin on |x| <= pi/2 (the terms fall below 1e-17 of x well before the last). */
function sin(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k <= 14; k++) {
    term *= -x2 / (2 * k * (2 * k + 1));
    sum += term;
  }
  return sum;
}

function cos(x: number): number {
  const x2 = x * x;
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= 14; k++) {
    term *= -x2 / ((2 * k - 1) * (2 * k));
    sum += term;
  }
  return sum;
}

/** atan x = 2 atan(x / (1 + sqrt(1 + x^2))), twice, then the Taylor series on |x| < 0.2. */
function atan(x: number): number {
  let y = x;
  for (let i = 0; i < 2; i++) y /= 1 + Math.sqrt(1 + y * y);
  const y2 = y * y;
  let power = y;
  let sum = y;
  for (let k = 1; k <= 20; k++) {
    power *= -y2;
    sum += power / (2 * k + 1);
  }
  return 4 * sum;
}

const atanh = (x: number) => 0.5 * log((1 + x) / (1 - x));
const sinh = (x: number) => {
  const e = exp(x);
  return (e - 1 / e) / 2;
};
