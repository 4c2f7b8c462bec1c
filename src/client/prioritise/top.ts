/**
 * The top groups of the ranking (rank 3 or better, ties included), each with its LNOB marker tags
 * (and a button to copy them) and the toolkit entries that match it.
 */
import { matchingEntries } from '../../lib/prioritise/match';
import type { Analysis, Group } from '../../lib/prioritise/model';
import { tagsFor, type ScoredGroup } from '../../lib/prioritise/score';
import type { Data, Tool } from './context';
import { h, muted } from './dom';

/** The top groups' articles, or a line saying no group is rated yet. */
export function topGroups(tool: Tool, a: Analysis, scored: ScoredGroup[]): HTMLElement[] {
  const cut = scored.filter((g) => g.rated > 0 && g.rank !== null && g.rank <= 3);
  if (cut.length === 0) return [muted(tool.s('topNone'))];
  return cut.map((g) => {
    const group = a.groups.find((x) => x.id === g.id);
    return group ? article(tool, a, g, group) : h('div');
  });
}

function article(tool: Tool, a: Analysis, g: ScoredGroup, group: Group): HTMLElement {
  const { s } = tool;
  const tags = tagsFor(group, a);
  const names = tags.groups.map((id) => a.groups.find((x) => x.id === id)?.name ?? id);
  const lines = tags.factors.map((f) => [tool.factorName(f), ...names].join(' + '));
  const tagList = lines.length > 0 ? h('ul', { class: 'marker-tags' }, ...lines.map((l) => h('li', {}, h('code', {}, l)))) : muted(s('noTags'));
  const copyStatus = h('span', { class: 'copy-status', role: 'status' });
  const copy = h('button', { type: 'button', class: 'copy-tags' }, s('copy'));
  copy.addEventListener('click', () => {
    navigator.clipboard?.writeText(lines.join('\n')).then(
      () => (copyStatus.textContent = s('copied')),
      () => (copyStatus.textContent = s('copyFailed')),
    ) ?? (copyStatus.textContent = s('copyFailed'));
  });
  const matches = matchingEntries(group, a, tool.data.entries, 3);
  const guidance =
    matches.length > 0
      ? h(
          'ul',
          { class: 'guidance-list' },
          ...matches.map((m) => {
            const entry = m.entry as Data['entries'][number];
            const sources = h('span', { class: 'tags' }, ` ${s('rests')} `);
            entry.sources.forEach((n, i) => {
              if (i > 0) sources.append(' ');
              sources.append(h('a', { href: entry.sourceHrefs[i] }, `¶${n}`));
            });
            return h('li', {}, h('a', { href: entry.href }, entry.title), sources);
          }),
        )
      : muted(s('noGuidance'));
  return h(
    'article',
    { class: 'top-group', 'aria-labelledby': `top-${g.id}` },
    h('h4', { id: `top-${g.id}` }, `${g.tied ? `${g.rank}=` : g.rank}. ${g.name} (${s('total')} ${g.total})`),
    h('p', { class: 'xref-head' }, s('tags')),
    tagList,
    lines.length > 0 ? h('p', {}, copy, ' ', copyStatus) : undefined,
    h('p', { class: 'xref-head' }, s('guidance')),
    guidance,
  );
}
