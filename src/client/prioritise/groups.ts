/**
 * The groups of the open analysis and their ratings: the target-group checkboxes, the form for a
 * group the team names (with the groups it intersects), and the ratings table with each group's
 * evidence and sources.
 */
import {
  addGroup,
  customGroup,
  FACTOR_IDS,
  groupFromTarget,
  isTargetId,
  LEVELS,
  removeGroup,
  setRating,
  type Analysis,
  type Group,
  type Level,
} from '../../lib/prioritise/model';
import type { Tool } from './context';
import { $, caption, h, muted } from './dom';

/** Binds the group controls to the open analysis; returns what draws them from it. */
export function groupsEditor(tool: Tool): { render(): void } {
  const { root, data, s, current, commit } = tool;
  const targetName = new Map(data.groups.map((g) => [g.id, g.name]));
  const targets = [...root.querySelectorAll<HTMLInputElement>('input[name="target"]')];
  const ownForm = $<HTMLFormElement>('own-group');
  const ownName = $<HTMLInputElement>('own-name');
  const ratings = $('ratings');

  for (const box of targets) {
    box.addEventListener('change', () => {
      if (!isTargetId(box.value)) return;
      const a = current();
      if (box.checked) commit(addGroup(a, groupFromTarget(box.value, targetName.get(box.value) ?? box.value)), 'groups');
      else commit(removeGroup(a, box.value), 'groups');
    });
  }
  ownForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = ownName.value.trim();
    $('own-error').textContent = '';
    ownName.removeAttribute('aria-invalid');
    if (!name) {
      $('own-error').textContent = s('nameNeeded');
      ownName.setAttribute('aria-invalid', 'true');
      ownName.focus();
      return;
    }
    const a = current();
    const intersects = [...ownForm.querySelectorAll<HTMLInputElement>('input[name="intersects"]:checked')].map((b) => b.value);
    const group: Group = {
      ...customGroup(
        name,
        a.groups.map((g) => g.id),
      ),
      intersects,
    };
    commit(addGroup(a, group), 'groups');
    ownName.value = '';
    root.querySelector<HTMLSelectElement>(`#rating-${group.id}-${FACTOR_IDS[0]}`)?.focus();
  });

  /** A group's row: its name (and what it intersects), a level for each factor, and its remove button. */
  function row(a: Analysis, g: Group): HTMLTableRowElement {
    const label = h('th', { scope: 'row', id: `group-${g.id}` }, g.name);
    if (g.intersects.length > 0)
      label.append(
        h(
          'span',
          { class: 'intersects-note' },
          s('intersectsLabel', { names: tool.list(g.intersects.map((id) => a.groups.find((x) => x.id === id)?.name ?? id)) }),
        ),
      );
    const cells = data.factors.map((f) => {
      const rating = g.ratings[f.id];
      const choice = h(
        'select',
        { id: `rating-${g.id}-${f.id}`, 'aria-label': `${g.name}: ${f.name}`, 'data-group': g.id, 'data-factor': f.id },
        h('option', { value: '', selected: rating.level === null }, '—'),
        ...LEVELS.map((l) => h('option', { value: String(l), selected: rating.level === l, title: s(`level.${l}`) }, String(l))),
      );
      choice.addEventListener('change', () =>
        commit(setRating(current(), g.id, f.id, { level: choice.value === '' ? null : (Number(choice.value) as Level) })),
      );
      // data-label names the column where the table is laid out per group (narrow screens: tool.css).
      return h('td', { 'data-label': f.name }, choice);
    });
    const remove = h('button', { type: 'button', class: 'remove', 'aria-label': s('removeGroup', { name: g.name }) }, s('remove'));
    remove.addEventListener('click', () => {
      const index = current().groups.findIndex((x) => x.id === g.id);
      commit(removeGroup(current(), g.id), 'groups');
      const buttons = ratings.querySelectorAll<HTMLButtonElement>('button.remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? $('ratings-title')).focus();
    });
    return h('tr', {}, label, ...cells, h('td', { class: 'remove-cell' }, remove));
  }

  /** A group's evidence and source for each factor, folded. */
  function evidence(g: Group): HTMLDetailsElement {
    return h(
      'details',
      { class: 'evidence' },
      h('summary', {}, s('evidenceFor', { name: g.name })),
      ...data.factors.map((f) => {
        const field = (kind: 'evidence' | 'source') => {
          const id = `${kind}-${g.id}-${f.id}`;
          const input = h('input', { id, type: 'text', maxlength: '2000', autocomplete: 'off', value: g.ratings[f.id][kind] });
          input.addEventListener('change', () => commit(setRating(current(), g.id, f.id, { [kind]: input.value })));
          return h('div', { class: 'field' }, h('label', { for: id }, `${f.name} · ${s(kind)}`), input);
        };
        return h('div', { class: 'evidence-pair' }, field('evidence'), field('source'));
      }),
    );
  }

  return {
    render() {
      const a = current();
      const ids = new Set(a.groups.map((g) => g.id));
      for (const box of targets) box.checked = ids.has(box.value);
      $('own-intersects').replaceChildren(
        ...a.groups.map((g) => h('li', {}, h('label', {}, h('input', { type: 'checkbox', name: 'intersects', value: g.id }), ` ${g.name}`))),
      );
      // "Groups it intersects" has nothing to offer until a group is chosen: hidden until then.
      $('own-intersects-box').hidden = a.groups.length === 0;
      if (a.groups.length === 0) {
        ratings.replaceChildren(muted(s('ratingsEmpty')));
        return;
      }
      const head = h(
        'tr',
        {},
        h('th', { scope: 'col' }, s('worksheet.group')),
        ...data.factors.map((f) => h('th', { scope: 'col' }, f.name)),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, s('remove'))),
      );
      $('ratings-title').setAttribute('tabindex', '-1');
      ratings.replaceChildren(
        h(
          'div',
          { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'ratings-title' },
          h('table', { class: 'ratings-table' }, caption('ratings-title'), h('thead', {}, head), h('tbody', {}, ...a.groups.map((g) => row(a, g)))),
        ),
        h('p', { class: 'muted scale-reminder' }, LEVELS.map((l) => s(`level.${l}`)).join(' · ')),
        ...a.groups.map(evidence),
      );
    },
  };
}
