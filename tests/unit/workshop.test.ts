/**
 * The workshop kit (content/workshop/workshop.yaml): it passes the schema the site uses, its agenda
 * adds up to the half day its heading announces, and a cited text is refused when it ends with its
 * own full stop (the page adds the citations, then the stop).
 */
import { describe, expect, it } from 'vitest';
import { workshopSchema } from '../../src/schemas/workshop.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { readCollection } from '../helpers/content.ts';

const [kit] = readCollection('content/workshop/workshop.yaml', workshopSchema);
const data = () => {
  const { id: _id, ...rest } = kit ?? { id: '', agenda: [], purpose: { text: { zh: '', en: '' } } };
  return rest;
};

describe('the workshop kit', () => {
  it('passes the schema', () => {
    expect(workshopSchema.safeParse(data()).error?.issues ?? []).toEqual([]);
  });
  it('runs as long as its agenda heading says, in both languages', () => {
    const minutes = (kit?.agenda ?? []).reduce((sum, a) => sum + a.minutes, 0);
    const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
    expect(useTranslations('en')('workshop.agendaTitle')).toContain(`${hours} hours ${rest} minutes`);
    expect(useTranslations('zh')('workshop.agendaTitle')).toContain(`${hours} 小时 ${rest} 分钟`);
  });
  it('refuses a cited text that ends with its own full stop, naming the field', () => {
    const broken = { ...data(), purpose: { ...kit?.purpose, text: { zh: '甲。', en: 'A' } } };
    const issue = workshopSchema.safeParse(broken).error?.issues[0];
    expect(issue?.path).toEqual(['purpose', 'text']);
    expect(issue?.message).toContain('without a full stop');
  });
  it('opens with a preparation list: who to invite, what to print, the room, the time, in both languages', () => {
    const items = kit?.preparation ?? [];
    expect(items.map((i) => i.label.en)).toEqual(['Who to invite', 'Partners', 'What to print, and how many', 'Room and materials', 'Time']);
    // The page fills the worksheet's place and the workshop's length in both languages.
    const printing = items.find((i) => i.label.en.startsWith('What to print'));
    for (const lang of ['zh', 'en'] as const) expect(printing?.text[lang]).toContain('{worksheet}');
    const time = items.find((i) => i.label.en === 'Time');
    for (const lang of ['zh', 'en'] as const) expect(time?.text[lang]).toContain('{minutes}');
  });
  it('cites in the preparation list only the paragraphs on partners (¶44) and time to learn (¶41)', () => {
    const cited = (kit?.preparation ?? []).filter((i) => i.cite).map((i) => [i.label.en, i.cite]);
    expect(cited).toEqual([
      ['Partners', [44]],
      ['Time', [41]],
    ]);
  });
  it('refuses a cited preparation item that ends with its own full stop', () => {
    const preparation = [{ label: { zh: '甲', en: 'A' }, text: { zh: '乙', en: 'B.' }, cite: [44] }];
    const issue = workshopSchema.safeParse({ ...data(), preparation }).error?.issues[0];
    expect(issue?.path).toEqual(['preparation', 0, 'text']);
  });
});
