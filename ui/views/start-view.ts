/**
 * The start page: asks what the user wants. Ready questions that run end to end in the compare
 * view (their scenarios, seeds and answer panel are data in start/questions.ts), and the ways to
 * work on one's own: explore a scenario, compare, teach. Nothing heavy runs before a choice.
 */
import { el, tx } from '../app/dom.ts';
import type { MessageKey } from '../i18n/en.ts';
import { QUESTIONS, type Question } from '../start/questions.ts';
import './start-view.css';

export interface StartActions {
  ask(q: Question): void;
  explore(): void;
  compare(): void;
  teach(): void;
}

function card(
  title: MessageKey,
  text: MessageKey,
  action: MessageKey,
  onClick: () => void,
  testid: string,
): HTMLElement {
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': testid }, tx(action));
  go.addEventListener('click', onClick);
  return el('article', { class: 'start-card panel' }, el('h3', {}, tx(title)), el('p', {}, tx(text)), go);
}

export function createStartView(actions: StartActions): { root: HTMLElement } {
  const questions = QUESTIONS.map((q) =>
    card(q.title, q.text, 'askQuestion', () => actions.ask(q), `ask-${q.id}`),
  );
  const root = el(
    'section',
    { class: 'view start-view', 'data-testid': 'start-view' },
    el('h1', {}, tx('startTitle')),
    el('p', { class: 'start-hint' }, tx('startHint')),
    el('h2', {}, tx('startQuestions')),
    el('div', { class: 'start-cards questions' }, ...questions),
    el('h2', {}, tx('startOther')),
    el(
      'div',
      { class: 'start-cards' },
      card('startExplore', 'startExploreText', 'openView', actions.explore, 'start-explore'),
      card('startCompare', 'startCompareText', 'openView', actions.compare, 'start-compare'),
      card('startTeach', 'startTeachText', 'openView', actions.teach, 'start-teach'),
    ),
  );
  return { root };
}
