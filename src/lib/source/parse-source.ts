/**
 * Reads the text dump of the evaluation's PDF (`content/source/evaluation-summary.zh.txt`)
 * and gives back its parts in reading order with the PDF's artefacts removed:
 * hard line breaks joined, page-break footnote blocks lifted out, URL lines collected,
 * and inline footnote digits turned into `[^n]` markers.
 *
 * The content tests compare the committed MDX against this, so a transcription slip fails.
 */
import { joinLines } from './join-lines.ts';

export type SourceBlockKind = 'part' | 'heading' | 'epigraph' | 'para' | 'lead' | 'box';

export interface SourceBlock {
  kind: SourceBlockKind;
  /** Paragraph number, for `para` blocks. */
  n?: number;
  /** Text with `[^n]` footnote markers; sub-items `(a)`… start on their own line. */
  text: string;
}

export interface SourceDocument {
  blocks: SourceBlock[];
  footnotes: Map<number, string>;
  /** The PDF's hyperlink lines, in order of appearance (duplicates kept). */
  urls: string[];
}

const PART = /^\s*[一二三四五六]\.\s/;
const SUB_ITEM = /^\s*\(([a-e])\)\s/;
const LEAD = /^\s*(建议 \d\.|经验教训之[一二三四五六]：)/;
const RULE = /^\s*_{5,}\s*$/;
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
const BOX_TITLE = '五要素框架';

/** Turns bare footnote digits after 。or ，into `[^n]` markers, in document order. */
function markFootnotes(text: string, next: { n: number }): string {
  let out = text;
  for (;;) {
    const marker = new RegExp(`([。，])${next.n}(?:\\s+|$)`);
    const match = marker.exec(out);
    if (!match) return out;
    out = `${out.slice(0, match.index)}${match[1]}[^${next.n}]${out.slice(match.index + match[0].length)}`;
    next.n += 1;
  }
}

export function parseSource(raw: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  const footnotes = new Map<number, string>();
  const urls: string[] = [];
  let nextPara = 1;
  let nextNote = 1;
  let inNotes = false;
  let currentNote = 0;
  let current: SourceBlock | undefined;
  /** Raw lines of the current block, joined when the block closes. */
  let lines: string[] = [];

  const close = () => {
    if (current) {
      current.text = joinLines(lines);
      blocks.push(current);
    }
    current = undefined;
    lines = [];
  };
  const open = (block: SourceBlock, first: string) => {
    close();
    current = block;
    lines = [first];
  };

  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (URL_LINE.test(line)) {
      urls.push(line.trim());
      continue;
    }
    if (RULE.test(line)) {
      inNotes = true;
      continue;
    }
    if (inNotes) {
      const note = /^\s*(\d{1,2})\s+(.*)$/.exec(line);
      if (note && Number(note[1]) === nextNote) {
        currentNote = nextNote++;
        footnotes.set(currentNote, (note[2] ?? '').trim());
        continue;
      }
      if (!/^\s/.test(line)) {
        footnotes.set(currentNote, joinLines([footnotes.get(currentNote) ?? '', line]).trim());
        continue;
      }
      // A line that starts with a space after the notes is the page's text resuming.
      inNotes = false;
    }

    const paraStart = /^\s*(\d{1,2})\.\s+(.*)$/.exec(line);
    if (PART.test(line)) {
      open({ kind: 'part', text: '' }, line);
      if (line.includes('背景')) open({ kind: 'epigraph', text: '' }, '');
    } else if (paraStart && Number(paraStart[1]) === nextPara) {
      open({ kind: 'para', n: nextPara++, text: '' }, paraStart[2] ?? '');
    } else if (LEAD.test(line)) {
      open({ kind: 'lead', text: '' }, line);
    } else if (SUB_ITEM.test(line) && current?.kind === 'para') {
      lines.push(`\n${line.trim()}`);
    } else if (/^ {2}\S/.test(line) && current?.kind !== 'box' && current?.kind !== 'epigraph') {
      open({ kind: line.includes(BOX_TITLE) ? 'box' : 'heading', text: '' }, line);
    } else if (current) {
      lines.push(line);
    }
  }
  close();

  const counter = { n: 1 };
  const cleaned = blocks.filter((b) => b.text !== '').map((b) => ({ ...b, text: markFootnotes(b.text, counter) }));
  return { blocks: cleaned, footnotes, urls };
}

/** The paragraphs of a parsed source, by number. */
export function sourceParagraphs(doc: SourceDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const b of doc.blocks) if (b.kind === 'para' && b.n !== undefined) out.set(b.n, b.text);
  return out;
}
