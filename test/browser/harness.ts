/**
 * Shared setup of the browser tests: find the system Chromium, build the page once and serve the
 * build with `vite preview` (so the Content-Security-Policy header applies) on a free port.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

/** KIEZ_CHROMIUM, when set, is the only browser tried; else the usual system paths. */
const CANDIDATES = process.env['KIEZ_CHROMIUM']
  ? [process.env['KIEZ_CHROMIUM']]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath: string | undefined = CANDIDATES.find((p) => existsSync(p));

/** Skip without a browser, unless CI is set: there a missing browser is a failure. */
export const skipBrowser = !chromiumPath && process.env['CI'] !== 'true';
if (skipBrowser) {
  process.stderr.write('browser tests skipped: no Chromium found (set KIEZ_CHROMIUM or install chromium)\n');
}

const root = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface Served {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Build the page into a temporary folder, serve it, start Chromium. */
export async function serveBuild(): Promise<Served> {
  if (!chromiumPath) throw new Error('no Chromium found: install chromium or set KIEZ_CHROMIUM');
  const outDir = mkdtempSync(join(tmpdir(), 'kiez-ui-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface OpenPage {
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly errors: string[];
}

export async function openPage(
  served: Served,
  hash = '',
  viewport = { width: 1440, height: 900 },
  locale = 'en-GB',
  /** Script run in the page before its own (e.g. a PerformanceObserver). */
  initScript?: string,
): Promise<OpenPage> {
  const context = await served.browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(served.url + hash);
  return { page, errors };
}

/** Share-link hash for a scenario document (the page's own `#s=` format: base64url of the JSON). */
export function hashFor(doc: unknown): string {
  return `#s=${Buffer.from(JSON.stringify(doc), 'utf8').toString('base64url')}`;
}

/** The little of the page's DOM the page-side predicates use (the tests compile without the DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
}
interface PageDocument {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

/**
 * Wait until an attribute of an element has a value (null: until it exists). Functions, not strings:
 * the page's Content-Security-Policy forbids evaluating strings. `polling` in milliseconds checks on
 * a timer instead of in every animation frame, so the waiting does not make the page render.
 */
export async function waitForAttribute(
  page: Page,
  selector: string,
  attribute: string,
  value: string | null,
  timeout = 30_000,
  polling: number | 'raf' = 'raf',
): Promise<void> {
  await page.waitForFunction(
    ([s, a, v]) => {
      const got = (globalThis as unknown as { document: PageDocument }).document
        .querySelector(s!)
        ?.getAttribute(a!);
      return v === null ? got !== null && got !== undefined : got === v;
    },
    [selector, attribute, value] as const,
    { timeout, polling },
  );
}

/** Wait until every element matching the selector has the attribute value. */
export async function waitForAll(
  page: Page,
  selector: string,
  attribute: string,
  value: string,
  timeout = 30_000,
): Promise<void> {
  await page.waitForFunction(
    ([s, a, v]) => {
      const all = [...(globalThis as unknown as { document: PageDocument }).document.querySelectorAll(s!)];
      return all.length > 0 && all.every((e) => e.getAttribute(a!) === v);
    },
    [selector, attribute, value] as const,
    { timeout },
  );
}

/**
 * The long tasks the page's observer (installed with `LONG_TASK_OBSERVER`) saw since `since`,
 * including those it has queued but not yet reported to its callback.
 */
export async function longTasksSince(
  page: Page,
  since: number,
): Promise<{ start: number; duration: number }[]> {
  return page.evaluate((t0) => {
    const g = globalThis as unknown as {
      __longTasks: { start: number; duration: number }[];
      __longTaskObserver: { takeRecords(): { startTime: number; duration: number }[] };
    };
    for (const e of g.__longTaskObserver.takeRecords())
      g.__longTasks.push({ start: e.startTime, duration: e.duration });
    return g.__longTasks.filter((e) => e.start >= t0);
  }, since);
}

export const LONG_TASK_OBSERVER = `globalThis.__longTasks = [];
globalThis.__longTaskObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, duration: e.duration });
});
globalThis.__longTaskObserver.observe({ type: 'longtask', buffered: true });`;
