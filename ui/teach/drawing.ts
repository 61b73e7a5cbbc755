/**
 * Drawing a starting layout by hand on the teaching board, or reading one from a text file: the
 * page paints a copy of the grid (a group or empty per click) and hands the result on as a "grid"
 * layout (text rows: "." empty, "A", "B" ...), the same format `kiez run --layout FILE` reads.
 */
import { GROUP_SYMBOLS } from '../../sim/classic/layout.ts';
import { el } from '../app/dom.ts';
import type { TeachBoard } from './board.ts';
import { tt, ttSpan } from './strings.ts';

const EMPTY = 255;

export interface DrawingHooks {
  /** Groups of the grid on show, or undefined when it is no classic grid. */
  groups(): number | undefined;
  /** Called before drawing starts (the run pauses). */
  begin(): Promise<void>;
  /** A layout to start from: its text rows and its side. */
  use(grid: string, size: number): void;
  /** A hint while drawing (undefined clears it). */
  hint(text: string | undefined): void;
}

export class LayoutDrawing {
  readonly root: HTMLElement;
  private cells: Uint8Array | undefined;
  private brush = 0;
  private readonly toggle = el('button', { type: 'button', 'data-testid': 'teach-draw' }, ttSpan('draw'));
  private readonly brushes = el('div', { class: 'teach-brushes', hidden: true });
  private readonly useButton = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'teach-use-drawing' },
    ttSpan('useDrawing'),
  );
  private readonly file = el('input', {
    type: 'file',
    accept: '.txt,text/plain',
    'data-testid': 'teach-layout-file',
  });

  constructor(
    private readonly board: TeachBoard,
    private readonly hooks: DrawingHooks,
  ) {
    this.toggle.addEventListener('click', () => void (this.cells ? this.stop() : this.start()));
    this.useButton.addEventListener('click', () => this.useDrawing());
    this.file.addEventListener('change', () => void this.readFile());
    this.root = el(
      'div',
      { class: 'teach-draw' },
      this.toggle,
      el('label', { class: 'file-button' }, ttSpan('loadLayout'), this.file),
      this.brushes,
    );
  }

  get active(): boolean {
    return this.cells !== undefined;
  }

  /** Paint one cell with the chosen brush (the board calls this in drawing mode). */
  paint(cell: number): void {
    if (!this.cells) return;
    this.cells[cell] = this.brush;
    this.board.showDrawing(this.board.size, this.cells);
  }

  stop(): void {
    if (!this.cells) return;
    this.cells = undefined;
    this.brushes.hidden = true;
    this.toggle.classList.remove('active');
    this.board.setDrawing(false);
    this.hooks.hint(undefined);
  }

  private async start(): Promise<void> {
    const groups = this.hooks.groups();
    if (groups === undefined || this.board.size === 0) return;
    await this.hooks.begin();
    this.cells = this.board.cells.slice();
    const options = [...GROUP_SYMBOLS.slice(0, groups)]
      .map((label, g) => ({ value: g, label }))
      .concat([{ value: EMPTY, label: '' }]);
    const buttons = options.map((o) => {
      const b = el(
        'button',
        { type: 'button', class: 'brush', 'data-brush': o.value, 'data-group': o.value },
        o.label || tt('brushEmpty'),
      );
      b.addEventListener('click', () => {
        this.brush = o.value;
        for (const x of buttons) x.classList.toggle('active', x === b);
      });
      return b;
    });
    this.brushes.replaceChildren(...buttons, this.useButton);
    this.brush = 0;
    buttons[0]?.classList.add('active');
    this.brushes.hidden = false;
    this.toggle.classList.add('active');
    this.board.setDrawing(true);
    this.board.showDrawing(this.board.size, this.cells);
    this.hooks.hint(tt('drawHint'));
  }

  private useDrawing(): void {
    const cells = this.cells;
    if (!cells) return;
    const side = this.board.size;
    const rows: string[] = [];
    for (let y = 0; y < side; y++) {
      let row = '';
      for (let x = 0; x < side; x++) {
        const g = cells[y * side + x]!;
        row += g === EMPTY ? '.' : GROUP_SYMBOLS[g];
      }
      rows.push(row);
    }
    this.stop();
    this.hooks.use(rows.join('\n'), side);
  }

  /** A layout file: its number of rows (trailing empty lines aside) is the grid's side. */
  private async readFile(): Promise<void> {
    const file = this.file.files?.[0];
    this.file.value = '';
    if (!file || this.hooks.groups() === undefined) return;
    const text = await file.text();
    const rows = text.split('\n');
    while (rows.length > 0 && rows.at(-1)!.trim() === '') rows.pop();
    this.hooks.use(text, Math.max(rows.length, 1));
  }
}
