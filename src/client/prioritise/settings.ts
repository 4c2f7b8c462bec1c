/** The open analysis's settings: its country context, the factors' weights and the "high" threshold. */
import { isContextId, setHighThreshold, setWeight, type FactorId } from '../../lib/prioritise/model';
import type { Tool } from './context';
import { $ } from './dom';

/** Binds the settings' fields to the open analysis; returns what fills them from it. */
export function settingsForm(tool: Tool): { render(): void } {
  const { root, current } = tool;
  const context = $<HTMLSelectElement>('analysis-context');
  const weights = [...root.querySelectorAll<HTMLInputElement>('[data-weight]')];
  const threshold = $<HTMLSelectElement>('threshold');
  const factorOf = (input: HTMLInputElement) => input.dataset['weight'] as FactorId;

  context.addEventListener('change', () => tool.commit({ ...current(), context: isContextId(context.value) ? context.value : null }, 'settings'));
  for (const input of weights) {
    input.addEventListener('change', () => {
      const factor = factorOf(input);
      const value = Number.parseInt(input.value, 10);
      const next = setWeight(current(), factor, Number.isFinite(value) ? value : 0);
      input.value = String(next.weights[factor]);
      tool.commit(next, 'settings');
    });
  }
  threshold.addEventListener('change', () => tool.commit(setHighThreshold(current(), Number(threshold.value)), 'settings'));

  return {
    render() {
      const a = current();
      context.value = a.context ?? '';
      for (const input of weights) input.value = String(a.weights[factorOf(input)]);
      threshold.value = String(a.highThreshold);
    },
  };
}
