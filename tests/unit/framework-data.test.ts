/**
 * Factor × group links: an "evaluation" link must be stated by the text it cites (the paragraph, or
 * for ¶5 the factor's own entry in the box, names both the group and the factor); every link gives a
 * reason in both languages.
 */
import { describe, expect, it } from 'vitest';
import { countMentions } from '../../src/lib/figures/mentions.ts';
import { readReport, readCollection } from '../helpers/content.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { groupSchema } from '../../src/schemas/groups.ts';

const factors = readCollection('content/factors/factors.yaml', factorSchema);
const groups = readCollection('content/groups/groups.yaml', groupSchema);
const zh = new Map(readReport('zh').flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text] as const)));
const links = groups.flatMap((g) => (g.factors ?? []).map((l) => ({ group: g, ...l })));

describe('factor × group links', () => {
  it('exist, some stated by the evaluation and others marked editorial', () => {
    expect(links.filter((l) => l.basis === 'evaluation').length).toBeGreaterThanOrEqual(3);
    expect(links.filter((l) => l.basis === 'editorial').length).toBeGreaterThanOrEqual(3);
    for (const l of links) {
      expect(factors.map((f) => f.id)).toContain(l.factor);
      expect(l.reason.zh.length).toBeGreaterThan(4);
      expect(l.reason.en.length).toBeGreaterThan(10);
    }
  });
  it.each(links.filter((l) => l.basis === 'evaluation').map((l) => [`${l.group.id} × ${l.factor}`, l] as const))(
    '%s is stated by the text it cites',
    (_, link) => {
      const factor = factors.find((f) => f.id === link.factor);
      const stated = (link.paragraphs ?? []).some((n) => {
        const text = n === 5 && factor ? `${factor.name.zh}${factor.description.zh}${factor.consider.zh}` : (zh.get(n) ?? '');
        const names = (forms: string[] | undefined) => countMentions(text, forms ?? [], 'zh') > 0;
        return names(link.group.forms?.zh) && (n === 5 || names(factor?.forms?.zh));
      });
      expect(stated).toBe(true);
    },
  );
});
