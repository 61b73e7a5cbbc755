/**
 * Pictures that stand alone: a chart or map canvas on a white background with a heading above it
 * (what it shows) and a footer below (scenarios, seeds, tick, kiez version), so that a PNG pasted
 * into a report still says where it came from. Charts draw their own title, axis titles and legend.
 */
import { KIEZ_VERSION } from '../../sim/version.ts';

export interface Caption {
  /** First line above the picture (e.g. the measure or map layer). */
  readonly title: string;
  /** Lines below it, smaller (e.g. scenarios and seeds). */
  readonly lines: readonly string[];
  /** Extra picture below the source (e.g. the map's legend), drawn by the caller. */
  readonly legend?: (ctx: CanvasRenderingContext2D, x: number, y: number, width: number) => number;
}

const FONT = 'system-ui, sans-serif';

/** Where a legend drawn from y = 0 ends, drawn once on a scratch canvas. */
function legendBottom(legend: NonNullable<Caption['legend']>, width: number): number {
  const scratch = document.createElement('canvas');
  scratch.width = width + 32;
  scratch.height = 8;
  const ctx = scratch.getContext('2d')!;
  ctx.textBaseline = 'top';
  return legend(ctx, 16, 0, width);
}

/** Canvas to PNG on white; with a caption, heading and footer lines around it. */
export function canvasPng(source: HTMLCanvasElement, caption?: Caption): Promise<Blob> {
  const out = document.createElement('canvas');
  const pad = 16;
  const titleSize = 20;
  const lineSize = 13;
  const lines = caption ? [...caption.lines, `kiez ${KIEZ_VERSION}`] : [];
  const head = caption ? pad + titleSize + 8 : 0;
  out.width = Math.max(source.width, caption ? 640 : 0);
  // The legend's height as it draws itself (a note or the sources may wrap over several lines).
  const legendHeight = caption?.legend
    ? Math.max(40, legendBottom(caption.legend, out.width - 2 * pad) + 8)
    : 0;
  const foot = caption ? pad + legendHeight + lines.length * (lineSize + 5) : 0;
  out.height = source.height + head + foot;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, Math.round((out.width - source.width) / 2), head);
  if (caption) {
    ctx.fillStyle = '#111';
    ctx.textBaseline = 'top';
    ctx.font = `600 ${titleSize}px ${FONT}`;
    ctx.fillText(caption.title, pad, pad, out.width - 2 * pad);
    let y = head + source.height + 8;
    if (caption.legend) y = caption.legend(ctx, pad, y, out.width - 2 * pad) + 8;
    ctx.font = `${lineSize}px ${FONT}`;
    ctx.fillStyle = '#333';
    for (const line of lines) {
      ctx.fillText(line, pad, y, out.width - 2 * pad);
      y += lineSize + 5;
    }
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}
