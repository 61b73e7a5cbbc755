/**
 * The map's pointer: hover and click pick a unit, the wheel zooms about the pointer, dragging pans
 * (a press that moves more than a few pixels is a drag, and its click picks nothing), and the zoom
 * buttons over the canvas. Positions are handed on in canvas pixels.
 */
import { el } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import { ZOOM_STEP } from './viewport.ts';

export interface PointerHandlers {
  /** The pointer is over canvas point (x, y); `click`: it was clicked there. */
  point(x: number, y: number, click: boolean): void;
  leave(): void;
  /** Zoom by `factor` about canvas point (x, y); factor 0: back to the whole map. */
  zoom(factor: number, x: number, y: number): void;
  /** Move the picture by (dx, dy) canvas pixels. */
  pan(dx: number, dy: number): void;
}

/** Movement in canvas pixels after which a press is a drag. */
const DRAG_FROM = 4;

/** A pointer event's position in canvas pixels. */
function canvasPoint(canvas: HTMLCanvasElement, e: MouseEvent): [number, number] {
  const rect = canvas.getBoundingClientRect();
  const ratio = canvas.width / rect.width;
  return [(e.clientX - rect.left) * ratio, (e.clientY - rect.top) * ratio];
}

/** Hover and click on the canvas; with `navigate`, also wheel zoom and drag to pan. */
export function attachPointer(canvas: HTMLCanvasElement, h: PointerHandlers, navigate: boolean): void {
  let drag: { x: number; y: number; moved: boolean } | undefined;
  canvas.addEventListener('mousemove', (e) => {
    const [x, y] = canvasPoint(canvas, e);
    if (drag && e.buttons === 1 && (drag.moved || Math.abs(x - drag.x) + Math.abs(y - drag.y) > DRAG_FROM)) {
      h.pan(x - drag.x, y - drag.y);
      drag = { x, y, moved: true };
      return;
    }
    h.point(x, y, false);
  });
  canvas.addEventListener('mouseleave', () => {
    drag = undefined;
    h.leave();
  });
  canvas.addEventListener('click', (e) => {
    const [x, y] = canvasPoint(canvas, e);
    if (!drag?.moved) h.point(x, y, true);
    drag = undefined;
  });
  if (!navigate) return;
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const [x, y] = canvasPoint(canvas, e);
      h.zoom(e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, x, y);
    },
    { passive: false },
  );
  canvas.addEventListener('mousedown', (e) => {
    const [x, y] = canvasPoint(canvas, e);
    drag = { x, y, moved: false };
  });
  // The click that ends a drag comes after mouseup: it sees `moved` and clears the drag.
  window.addEventListener('mouseup', () => {
    if (drag && !drag.moved) drag = undefined;
  });
}

/** The +, − and whole-map buttons (zooming about the canvas centre). */
export function zoomButtons(canvas: HTMLCanvasElement, zoom: PointerHandlers['zoom']): HTMLElement {
  const button = (text: string, key: 'zoomIn' | 'zoomOut' | 'zoomFit', id: string, factor: number) => {
    const b = el('button', { type: 'button', 'data-testid': id, title: t(key), 'aria-label': t(key) }, text);
    b.dataset['i18nTitle'] = key;
    b.addEventListener('click', () => zoom(factor, canvas.width / 2, canvas.height / 2));
    return b;
  };
  return el(
    'div',
    { class: 'map-zoom' },
    button('+', 'zoomIn', 'zoom-in', ZOOM_STEP),
    button('−', 'zoomOut', 'zoom-out', 1 / ZOOM_STEP),
    button('⤢', 'zoomFit', 'zoom-fit', 0),
  );
}
