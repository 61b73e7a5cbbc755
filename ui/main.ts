/**
 * The page: a header with the views and the language, the views themselves, and a footer with the
 * number of simulation workers alive. It opens on the start page and runs nothing until asked; a
 * share link (`#s=...`) opens and plays its scenario in the run view, `#view=run|compare|teach`
 * opens that view (the run view with the baseline, paused).
 */
import './styles.css';
import { el, translateAll, tx } from './app/dom.ts';
import { scenarioFromHash } from './export/scenario.ts';
import { currentLang, type Lang, onLangChange, setLang, t } from './i18n/index.ts';
import { createCompareView } from './views/compare-view.ts';
import { createRunView, defaultScenario } from './views/run-view.ts';
import { createStartView } from './views/start-view.ts';
import { createTeachView } from './views/teach-view.ts';
import { onLiveWorkers } from './worker/bridge.ts';

type ViewName = 'start' | 'run' | 'compare' | 'teach';

const runView = createRunView();
const compareView = createCompareView();
const teachView = createTeachView(() => show('run'));
const startView = createStartView({
  ask(q) {
    show('compare');
    compareView.ask(q);
  },
  explore: () => show('run'),
  compare: () => show('compare'),
  teach: () => show('teach'),
});
const views: Record<ViewName, HTMLElement> = {
  start: startView.root,
  run: runView.root,
  compare: compareView.root,
  teach: teachView.root,
};

const TAB_KEYS = { start: 'tabStart', run: 'tabRun', compare: 'tabCompare', teach: 'tabTeach' } as const;
const tabs = (['start', 'run', 'compare', 'teach'] as const).map((name) => {
  const key = TAB_KEYS[name];
  const b = el(
    'button',
    { type: 'button', role: 'tab', 'data-view': name, 'data-testid': `tab-${name}` },
    tx(key),
  );
  b.addEventListener('click', () => show(name));
  return b;
});

const langPicker = el(
  'select',
  { 'aria-label': 'Sprache / Language', 'data-testid': 'lang' },
  el('option', { value: 'de' }, 'Deutsch'),
  el('option', { value: 'en' }, 'English'),
);
langPicker.value = currentLang();
langPicker.addEventListener('change', () => setLang(langPicker.value as Lang));

const workers = el('span', { 'data-testid': 'workers' });
onLiveWorkers((n) => {
  workers.dataset['count'] = String(n);
  workers.textContent = `${n} ${t('workers')}`;
});

const header = el(
  'header',
  { class: 'top' },
  el('span', { class: 'brand' }, 'kiez'),
  el('span', { class: 'subtitle' }, tx('appTitle')),
  el('nav', { role: 'tablist' }, ...tabs),
  langPicker,
);
const footer = el('footer', { class: 'bottom' }, workers);
const app = document.getElementById('app')!;
app.replaceChildren(header, ...Object.values(views), footer);

let current: ViewName = 'start';
/** The run view opens its first scenario when it is first shown (a share link opens it at once). */
let runOpened = false;

function show(name: ViewName): void {
  if (name === 'run' && !runOpened) {
    runOpened = true;
    void runView.open(defaultScenario(), false);
  }
  if (current === 'run' && name !== 'run') runView.hide();
  if (current === 'teach' && name !== 'teach') teachView.hide();
  current = name;
  for (const [k, node] of Object.entries(views)) node.hidden = k !== name;
  for (const b of tabs) b.setAttribute('aria-selected', String(b.dataset['view'] === name));
  document.body.classList.toggle('teaching', name === 'teach');
  if (name === 'teach') teachView.show();
}

onLangChange(() => {
  translateAll(document);
  workers.textContent = `${workers.dataset['count'] ?? 0} ${t('workers')}`;
  runView.relabel();
  compareView.relabel();
  teachView.relabel();
});
document.documentElement.lang = currentLang();

const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const requested = params.get('view');
const shared = scenarioFromHash(location.hash);
if (shared) {
  runOpened = true;
  void runView.open(shared, true);
  show('run');
} else show(requested === 'run' || requested === 'compare' || requested === 'teach' ? requested : 'start');
