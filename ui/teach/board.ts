/**
 * The teaching board: the classic grid drawn large, one square per cell in its group's colour,
 * with the unhappy agents marked on demand (the others fade), and agents dragged by hand to an
 * empty cell, as on the first pages of the Parable of the Polygons. It also paints a layout by
 * hand. It draws and reports pointer gestures; the run itself lives in the worker.
 */
import type { MapView } from '../../sim/view.ts';
import { el } from '../app/dom.ts';
import { OKABE_ITO } from '../map/palette.ts';

const EMPTY = 255;
/** High contrast for a projector: near-white empty cells, a dark frame. */
const EMPTY_FILL = '#f4f4f0';
const GRID_LINE = '#d8d8d2';
const FRAME = '#222222';

/** Below this many pixels per cell the cells are drawn as one image (no gaps, no marks). */
const DETAIL_PX = 6;
/** The board states its cells in data attributes (for tests and assistive reading) up to this side. */
const STATED_SIDE = 100;

export interface BoardHooks {
  /** An agent was dragged from one cell to another (the board does not move it itself). */
  drop(from: number, to: number): void;
  /** A cell was painted in drawing mode. */
  paint(cell: number): void;
}

export class TeachBoard {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private groups: Uint8Array = new Uint8Array(0);
  private content: Uint8Array = new Uint8Array(0);
  private side = 0;
  private highlight = false;
  private drawing = false;
  private drag: { from: number; group: number; x: number; y: number } | undefined;
  private readonly image = document.createElement('canvas');

  constructor(private readonly hooks: BoardHooks) {
    this.canvas = el('canvas', {
      class: 'teach-board-canvas',
      'data-testid': 'board',
      width: 600,
      height: 600,
    });
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;
    this.root = el('div', { class: 'teach-board' }, this.canvas);
    new ResizeObserver(() => this.fit()).observe(this.root);
    this.canvas.addEventListener('pointerdown', (e) => this.down(e));
    this.canvas.addEventListener('pointermove', (e) => this.move(e));
    this.canvas.addEventListener('pointerup', (e) => this.up(e));
    this.canvas.addEventListener('pointercancel', () => {
      this.drag = undefined;
      this.draw();
    });
  }

  /** Show the latest grid: the group and content layers of a classic view. */
  update(view: MapView): void {
    const group = view.layers['group'];
    const content = view.layers['content'];
    if (!group || !content) return;
    this.side = view.width;
    this.groups = group.values as Uint8Array;
    this.content = content.values as Uint8Array;
    this.state();
    this.draw();
  }

  /** Show a grid painted on the page (drawing mode), without contentment. */
  showDrawing(side: number, groups: Uint8Array): void {
    this.side = side;
    this.groups = groups;
    this.content = new Uint8Array(groups.length).fill(EMPTY);
    this.state();
    this.draw();
  }

  get cells(): Uint8Array {
    return this.groups;
  }

  get size(): number {
    return this.side;
  }

  setHighlight(on: boolean): void {
    this.highlight = on;
    this.root.dataset['highlight'] = String(on);
    this.draw();
  }

  setDrawing(on: boolean): void {
    this.drawing = on;
    this.root.classList.toggle('drawing', on);
  }

  /** Cells as text rows ('.' empty, A, B ...) and contentment ('.', 0 unhappy, 1 happy), for small grids. */
  private state(): void {
    const d = this.canvas.dataset;
    d['side'] = String(this.side);
    if (this.side > STATED_SIDE) {
      delete d['groups'];
      delete d['content'];
      return;
    }
    let groups = '';
    let content = '';
    for (let c = 0; c < this.groups.length; c++) {
      const g = this.groups[c]!;
      groups += g === EMPTY ? '.' : String.fromCharCode(65 + g);
      const k = this.content[c]!;
      content += k === EMPTY ? '.' : String(k);
    }
    d['groups'] = groups;
    d['content'] = content;
    d['unhappy'] = String([...content].filter((ch) => ch === '0').length);
  }

  private fit(): void {
    const box = this.root.getBoundingClientRect();
    const px = Math.max(100, Math.floor(Math.min(box.width, box.height)));
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(px * ratio);
    if (this.canvas.width !== w) {
      this.canvas.width = w;
      this.canvas.height = w;
    }
    this.canvas.style.width = `${px}px`;
    this.canvas.style.height = `${px}px`;
    this.draw();
  }

  /** Cell under a pointer event, -1 outside the grid. */
  private cellAt(e: PointerEvent): number {
    const r = this.canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * this.side);
    const y = Math.floor(((e.clientY - r.top) / r.height) * this.side);
    return x < 0 || y < 0 || x >= this.side || y >= this.side ? -1 : y * this.side + x;
  }

  private down(e: PointerEvent): void {
    const cell = this.cellAt(e);
    if (cell < 0) return;
    if (this.drawing) {
      this.canvas.setPointerCapture(e.pointerId);
      this.hooks.paint(cell);
      return;
    }
    const g = this.groups[cell]!;
    if (g === EMPTY) return;
    this.canvas.setPointerCapture(e.pointerId);
    this.drag = { from: cell, group: g, x: e.clientX, y: e.clientY };
    this.draw();
  }

  private move(e: PointerEvent): void {
    if (this.drawing && e.buttons === 1) {
      const cell = this.cellAt(e);
      if (cell >= 0) this.hooks.paint(cell);
      return;
    }
    if (!this.drag) return;
    this.drag.x = e.clientX;
    this.drag.y = e.clientY;
    this.draw();
  }

  private up(e: PointerEvent): void {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag) return;
    const to = this.cellAt(e);
    this.draw();
    if (to >= 0 && to !== drag.from) this.hooks.drop(drag.from, to);
  }

  private draw(): void {
    const { ctx, canvas, side } = this;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (side === 0) return;
    const cellPx = canvas.width / side;
    if (cellPx < DETAIL_PX) this.drawImage();
    else this.drawCells(cellPx);
    ctx.strokeStyle = FRAME;
    ctx.lineWidth = Math.max(1, canvas.width / 400);
    ctx.strokeRect(0, 0, canvas.width, canvas.height);
    if (this.drag) this.drawDragged(cellPx);
  }

  private fade(c: number): boolean {
    return this.highlight && this.content[c] === 1;
  }

  private drawCells(cellPx: number): void {
    const { ctx, side } = this;
    const gap = Math.max(1, cellPx * 0.08);
    ctx.fillStyle = GRID_LINE;
    ctx.fillRect(0, 0, side * cellPx, side * cellPx);
    for (let c = 0; c < this.groups.length; c++) {
      const x = (c % side) * cellPx;
      const y = Math.floor(c / side) * cellPx;
      const g = this.groups[c]!;
      const dragged = this.drag?.from === c;
      if (g === EMPTY || dragged) {
        ctx.fillStyle = EMPTY_FILL;
        ctx.fillRect(x + gap / 2, y + gap / 2, cellPx - gap, cellPx - gap);
        continue;
      }
      ctx.globalAlpha = this.fade(c) ? 0.3 : 1;
      ctx.fillStyle = OKABE_ITO[g % OKABE_ITO.length]!;
      ctx.fillRect(x + gap / 2, y + gap / 2, cellPx - gap, cellPx - gap);
      ctx.globalAlpha = 1;
      if (this.highlight && this.content[c] === 0) {
        // Unhappy: a black frame and a white cross, visible on every group colour and in greyscale.
        const w = Math.max(2, cellPx * 0.14);
        ctx.strokeStyle = '#000000';
        ctx.lineWidth = w;
        ctx.strokeRect(x + gap / 2 + w / 2, y + gap / 2 + w / 2, cellPx - gap - w, cellPx - gap - w);
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = Math.max(1.5, cellPx * 0.1);
        const m = cellPx * 0.32;
        ctx.beginPath();
        ctx.moveTo(x + m, y + m);
        ctx.lineTo(x + cellPx - m, y + cellPx - m);
        ctx.moveTo(x + cellPx - m, y + m);
        ctx.lineTo(x + m, y + cellPx - m);
        ctx.stroke();
      }
    }
  }

  /** Large grids: one pixel per cell, scaled up without smoothing; unhappy agents in black. */
  private drawImage(): void {
    const { side, image } = this;
    if (image.width !== side) {
      image.width = side;
      image.height = side;
    }
    const ictx = image.getContext('2d')!;
    const data = ictx.createImageData(side, side);
    const px = new Uint32Array(data.data.buffer);
    const lut = OKABE_ITO.map(packed);
    const empty = packed(EMPTY_FILL);
    const faded = OKABE_ITO.map((h) => packed(mix(h, EMPTY_FILL, 0.7)));
    const black = packed('#000000');
    for (let c = 0; c < this.groups.length; c++) {
      const g = this.groups[c]!;
      if (g === EMPTY) px[c] = empty;
      else if (!this.highlight) px[c] = lut[g % lut.length]!;
      else px[c] = this.content[c] === 0 ? black : faded[g % faded.length]!;
    }
    ictx.putImageData(data, 0, 0);
    this.ctx.imageSmoothingEnabled = false;
    this.ctx.drawImage(image, 0, 0, this.canvas.width, this.canvas.height);
  }

  private drawDragged(cellPx: number): void {
    const drag = this.drag!;
    const r = this.canvas.getBoundingClientRect();
    const scale = this.canvas.width / r.width;
    const x = (drag.x - r.left) * scale;
    const y = (drag.y - r.top) * scale;
    const s = Math.max(cellPx * 1.2, 12);
    this.ctx.fillStyle = OKABE_ITO[drag.group % OKABE_ITO.length]!;
    this.ctx.strokeStyle = '#000000';
    this.ctx.lineWidth = 2;
    this.ctx.fillRect(x - s / 2, y - s / 2, s, s);
    this.ctx.strokeRect(x - s / 2, y - s / 2, s, s);
  }
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function packed(hex: string): number {
  const [r, g, b] = rgb(hex);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const h = (x: number, y: number) =>
    Math.round(x * (1 - t) + y * t)
      .toString(16)
      .padStart(2, '0');
  return `#${h(r1, r2)}${h(g1, g2)}${h(b1, b2)}`;
}
