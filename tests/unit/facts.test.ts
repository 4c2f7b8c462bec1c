/**
 * Facts checked against the source text and its README (names, dates, origins, citations): each test
 * reads the committed content, so reverting a fix makes it fail.
 */
import { describe, expect, it } from 'vitest';
import { citedParagraphs } from '../../src/lib/toolkit/check.ts';
import { readReport, readToolkit, readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { factSchema } from '../../src/schemas/facts.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const paragraphs = (lang: string) => new Map(readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text] as const)));
const en = paragraphs('en');

describe('English report: names and quotations from outside the Chinese text', () => {
  it('¶49 names the integrated results and resources framework (IRRF)', () => {
    expect(en.get(49)).toContain('integrated results and resources framework (IRRF)');
    expect(en.get(49)).not.toMatch(/resources and results framework/i);
  });
  it('¶10 names the IEO’s Artificial Intelligence for Development Analytics (AIDA)', () => {
    expect(en.get(10)).toContain('Artificial Intelligence for Development Analytics (AIDA)');
  });
  it('¶3 quotes the CEB framework’s own English for equality and non-discrimination', () => {
    expect(en.get(3)).toContain('“the imperative of moving towards substantive equality of opportunity and outcomes for all groups”');
    expect(en.get(3)).toContain(
      '“the prohibition of discrimination against individuals and groups on the grounds identified in international human rights treaties”',
    );
  });
  it('¶3(c): the Chinese text gives equity in its own words, not as a quotation, so the English does not quote it either', () => {
    const item = (text: string | undefined, mark: string) => text?.split('\n').find((line) => line.includes(mark)) ?? '';
    const zh = paragraphs('zh');
    expect(item(zh.get(3), '(c)')).toContain('公平');
    expect(item(zh.get(3), '(c)')).not.toMatch(/[“”]/);
    expect(item(en.get(3), '(c)')).toContain('Equity');
    expect(item(en.get(3), '(c)')).not.toMatch(/[“”"]/);
    // (a) and (b) are quotations in the Chinese, and so in the English
    for (const mark of ['(a)', '(b)']) {
      expect(item(zh.get(3), mark)).toMatch(/“.+”/);
      expect(item(en.get(3), mark)).toMatch(/“.+”/);
    }
  });
});

describe('the period the evaluation covers', () => {
  const later = /mid-2022|June 2022|2022 年年中|2022 年 6 月/;
  it('no timeline milestone citing ¶7 ends in 2022 or says mid-2022', () => {
    const milestones = readCollection('content/timeline/timeline.yaml', timelineSchema);
    const cited = milestones.filter((m) => 'paragraph' in m.source && m.source.paragraph === 7);
    expect(cited.length).toBeGreaterThan(0);
    for (const m of cited) {
      expect(m.date, m.id).not.toContain('2022');
      expect(m.label.en, m.id).not.toMatch(later);
      expect(m.label.zh, m.id).not.toMatch(later);
    }
  });

  // The home page's facts, with the paragraph each one links to (content/facts/facts.yaml).
  const facts = readCollection('content/facts/facts.yaml', factSchema);
  it('the home page lists its facts with their paragraphs', () => {
    expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining(['period', 'methods']));
    for (const f of facts) expect(f.paragraph ?? f.source, f.id).toBeDefined();
  });
  it('who wrote the evaluation cites the full report’s imprint (source/README.md), not a paragraph that does not say it', () => {
    const who = facts.find((f) => f.id === 'who')!;
    expect(who.paragraph).toBeUndefined();
    expect(who.source?.title.en).toContain('Copyright © IEO/UNDP');
    expect(who.source?.title.zh).toContain('Copyright © IEO/UNDP');
  });
  it('no home-page fact citing ¶7 says mid-2022', () => {
    const cited = facts.filter((x) => x.paragraph === 7);
    expect(cited.length).toBeGreaterThan(0);
    for (const f of cited) {
      expect(f.value.en, f.id).not.toMatch(later);
      expect(f.value.zh, f.id).not.toMatch(later);
    }
  });
  it('a home-page fact about AI-assisted analysis of past evaluations cites ¶10', () => {
    const ai = facts.filter((f) => /\bAI\b|artificial intelligence/i.test(f.value.en) || /人工智能/.test(f.value.zh));
    expect(ai.length).toBeGreaterThan(0);
    for (const f of ai) expect(f.paragraph, f.id).toBe(10);
  });
});

describe('glossary', () => {
  const terms = new Map(readCollection('content/glossary/terms.yaml', glossarySchema).map((t) => [t.id, t]));
  it('the Examine–Empower–Enact framework cites UNDP’s 2018 discussion paper as its origin', () => {
    const origin = terms.get('examine-empower-enact-framework')?.origin;
    expect(origin?.year).toBe(2018);
    expect(origin?.title.en).toMatch(/What Does It Mean to Leave No One Behind\?/i);
    expect(origin?.title.zh).toContain('不让任何一个人掉队意味着什么');
    expect(origin?.url).toMatch(/^https:\/\//);
  });
  it('the Expanded Management Group: a standing item is one example of assigning responsibility, for cross-cutting dialogue and ring-fenced resources (¶38)', () => {
    const term = terms.get('expanded-management-group');
    expect(term?.paragraph).toBe(38);
    expect(term?.definition.en).toContain('for example');
    expect(term?.definition.en).toContain('ring-fenced');
    expect(term?.definition.zh).toContain('例如');
    expect(term?.definition.zh).toContain('围栅');
  });
  it('has the IRRF and AIDA as official terms', () => {
    expect(terms.get('integrated-results-and-resources-framework')?.paragraph).toBe(49);
    expect(terms.get('aida')?.paragraph).toBe(10);
  });
});

describe('contexts', () => {
  const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
  it('upper-middle-income countries: co-financing is not a condition of the divergent-messages finding (¶20)', () => {
    const umic = contexts.find((c) => c.id === 'umic');
    const enClause = umic?.summary.en.split(/[.;]/).find((s) => s.includes('divergent messages'));
    const zhClause = umic?.summary.zh.split(/[。；]/).find((s) => s.includes('不同声音'));
    expect(enClause).toBeDefined();
    expect(zhClause).toBeDefined();
    expect(enClause).not.toMatch(/co-financ/);
    expect(zhClause).not.toContain('共同供资');
  });
});

describe('toolkit citations', () => {
  const entry = (lang: string, id: string) => readToolkit(lang).find((e) => e.id === id)!;
  const lines = (body: string) => body.split('\n').filter((l) => /^(?:[-*]|\d+\.) /.test(l));
  it.each(['en', 'zh'])('%s: fragile-setting entries do not rest climate adaptation or recovery work on ¶16', (lang) => {
    for (const id of ['entry-points-in-fragile-settings', 'finding-who-is-left-behind-in-fragile-settings']) {
      for (const line of lines(entry(lang, id).body).filter((l) => citedParagraphs(l).includes(16))) {
        expect(line, id).not.toMatch(/climate adaptation|recovery|气候适应|恢复/);
      }
    }
  });
  it.each(['en', 'zh'])(
    '%s: making the case for funding cites ¶46 only for the allocation formula and entry points, not for advocacy with partners',
    (lang) => {
      for (const line of lines(entry(lang, 'making-the-case-for-funding').body).filter((l) => citedParagraphs(l).join() === '46')) {
        expect(line).not.toMatch(/partner|伙伴/);
      }
    },
  );
  it.each(['en', 'zh'])('%s: the portfolio theory-of-change entry cites ¶42, the component it implements', (lang) => {
    const e = entry(lang, 'portfolio-theory-of-change');
    expect(e.front.component).toBe('e');
    expect(citedParagraphs(e.body)).toContain(42);
  });
});
