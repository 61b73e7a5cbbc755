/**
 * The seminar's keys: space plays or pauses, → advances one tick. They work wherever the focus is,
 * except where a control needs the key itself (a slider's arrows, a list's or a checkbox's space).
 * On a focused button they replace the button's own space, which would click it again.
 */
import type { RunController } from '../app/run-controller.ts';

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (!/^(INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName)) return false;
  // A slider has no use for space: after moving one, space still plays or pauses.
  return !(key === ' ' && target instanceof HTMLInputElement && target.type === 'range');
}

export function bindTeachKeys(active: () => boolean, controller: RunController): void {
  document.addEventListener('keydown', (e) => {
    if (!active() || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
    if (e.key === ' ') {
      e.preventDefault();
      if (e.repeat) return;
      if (controller.isPlaying) void controller.pause();
      else controller.play();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      void controller.step();
    }
  });
  document.addEventListener('keyup', (e) => {
    if (active() && e.key === ' ' && !ownsKey(e.target, e.key)) e.preventDefault();
  });
}
