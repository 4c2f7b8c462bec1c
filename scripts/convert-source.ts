/**
 * One-off: writes the first Chinese MDX and footnote data from the source text.
 * The committed content is the truth afterwards (links and structure were added by hand);
 * run with `node scripts/convert-source.ts --out /tmp/draft` to compare a fresh draft.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, type SourceBlock } from '../src/lib/source/parse-source.ts';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? (process.argv[outArg + 1] ?? 'draft') : 'draft';
const doc = parseSource(readFileSync('content/source/evaluation-summary.zh.txt', 'utf8'));

const parts = ['background', 'about', 'findings', 'conclusions', 'recommendations', 'lessons'] as const;
const sectionIds: Record<string, string[]> = {
  findings: ['strategic-positioning', 'institutional-effectiveness', 'programme-performance'],
  conclusions: ['c1', 'c2', 'c3', 'c4', 'c5'],
  recommendations: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
  lessons: ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'],
};

const withMarkers = (text: string) => text.replace(/\[\^(\d+)\]/g, '<Fn n={$1} />');
const attr = (s: string) => s.replace(/"/g, '&quot;');

function paraMdx(b: SourceBlock): string {
  const [intro, ...items] = withMarkers(b.text).split('\n');
  const list = items.map((i) => `- ${i}`).join('\n');
  return `<Para n={${b.n}}>\n${intro}${list ? `\n\n${list}` : ''}\n</Para>`;
}

function sectionMdx(part: string, index: number, b: SourceBlock): string {
  const id = sectionIds[part]?.[index] ?? `s${index + 1}`;
  const rec = /^(建议 \d\.)\s*(.+?。)(.*)$/.exec(b.text);
  const lesson = /^(经验教训之[一二三四五六]：)(.*)$/.exec(b.text);
  const concl = /^(结论 \d\.)\s*(.*)$/.exec(b.text);
  if (rec) return `<Section id="${id}" label="${rec[1]}" title="${attr(rec[2] ?? '')}" lead="${attr((rec[3] ?? '').trim())}" />`;
  if (lesson) return `<Section id="${id}" label="${lesson[1]}" title="${attr(lesson[2] ?? '')}" />`;
  if (concl) return `<Section id="${id}" label="${concl[1]}" title="${attr(concl[2] ?? '')}" />`;
  return `<Section id="${id}" title="${attr(b.text)}" />`;
}

const files = new Map<string, string[]>();
let part = -1;
let sections = 0;
for (const b of doc.blocks) {
  if (b.kind === 'part') {
    part += 1;
    sections = 0;
    const [label, title] = b.text.split(/\s+/);
    files.set(parts[part] ?? 'x', [`---\npart: ${parts[part]}\nlang: zh\norder: ${part + 1}\nlabel: "${label}"\ntitle: ${title}\n---`]);
    continue;
  }
  const body = files.get(parts[part] ?? 'x');
  if (!body) continue;
  if (b.kind === 'para') body.push(paraMdx(b));
  else if (b.kind === 'heading' || b.kind === 'lead') body.push(sectionMdx(parts[part] ?? '', sections++, b));
  else if (b.kind === 'epigraph') {
    const [quote, cite] = withMarkers(b.text).split(/(?=\(《)/);
    body.push(`<Epigraph>\n${quote}\n\n${cite}\n</Epigraph>`);
  } else if (b.kind === 'box') body.push(`<FactorBox />`);
}

mkdirSync(join(out, 'report', 'zh'), { recursive: true });
for (const [name, body] of files) writeFileSync(join(out, 'report', 'zh', `${name}.mdx`), `${body.join('\n\n')}\n`);
const notes = [...doc.footnotes].map(([n, text]) => `- id: zh-${n}\n  n: ${n}\n  lang: zh\n  text: ${JSON.stringify(text)}`);
mkdirSync(join(out, 'footnotes'), { recursive: true });
writeFileSync(join(out, 'footnotes', 'zh.yaml'), `${notes.join('\n')}\n`);
