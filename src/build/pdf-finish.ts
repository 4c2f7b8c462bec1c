/**
 * What Chromium leaves undone in a printed PDF, finished with the low-level API of pdf-lib (@cantoo/pdf-lib,
 * the maintained fork), in well under a second a file:
 * - everything drawn outside the structure tree (running heads, "page n of N", rules and backgrounds, which
 *   Chromium paints from the page-margin boxes and borders) is marked as an artifact, so assistive technology
 *   skips it instead of reading it as untagged text;
 * - the document says who made what: an Info dictionary and the same facts as XMP metadata (title,
 *   language, author, publisher, dates), with a Creator and Producer that name the hub and the tools
 *   instead of the headless browser's user-agent.
 * The language of each paragraph is not set here: src/build/pdf.ts states it on the elements before printing,
 * where Chromium's tagging reads it.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from '@cantoo/pdf-lib';

/** Who wrote a document and who publishes this edition of it, in the document's language(s). */
export interface PdfFacts {
  /** BCP 47 tags of the languages of the text, the main one first (`zh-Hans`, `en`). */
  languages: string[];
  /** Authors, in order (dc:creator, and the Info dictionary's Author joined by "; "). */
  authors: string[];
  /** Others who had a hand in it: a translator (dc:contributor). */
  contributors: string[];
  /** The publisher of this edition, with its public address when the build has one. */
  publisher: string;
  /** What the document is taken from, when it is not the document itself (dc:source). */
  source?: string | undefined;
  /** The application that made the document (Info Creator, xmp:CreatorTool). */
  creator: string;
  /** The programs that wrote the PDF (Info Producer, pdf:Producer). */
  producer: string;
}

/** Finishes one printed PDF (its bytes as Chromium wrote them); returns the new bytes. */
export async function finishPdf(bytes: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const page of doc.getPages()) markArtifacts(doc, page.node);
  describe(doc, facts);
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}

// ---- artifacts --------------------------------------------------------------------------------------------

/** An operator of a content stream and where it stands: from its first operand to its end. */
interface Op {
  name: string;
  start: number;
  end: number;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The operators of a content stream (ISO 32000-1, 7.8.2), with literal and hex strings, names, arrays, dictionaries and inline images read as operands. */
export function contentOperators(s: string): Op[] {
  const ops: Op[] = [];
  let operandsFrom = -1;
  let inlineImageFrom = -1;
  let i = 0;
  const operand = (start: number) => {
    if (operandsFrom < 0) operandsFrom = start;
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (WHITE.has(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (c === 0x25 /* % */) {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i += 1;
      continue;
    }
    if (c === 0x28 /* ( */) {
      let depth = 0;
      for (; i < s.length; i += 1) {
        if (s[i] === '\\') i += 1;
        else if (s[i] === '(') depth += 1;
        else if (s[i] === ')' && --depth === 0) break;
      }
      i += 1;
      operand(start);
      continue;
    }
    if (c === 0x3c /* < */) {
      i = s[i + 1] === '<' ? i + 2 : s.indexOf('>', i) + 1 || s.length;
      operand(start);
      continue;
    }
    if (c === 0x3e /* > */ || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i += c === 0x3e ? 2 : 1;
      operand(start);
      continue;
    }
    i += 1; // a name's solidus, or the first regular character of a word
    while (i < s.length && !WHITE.has(s.charCodeAt(i)) && !DELIMITERS.has(s.charCodeAt(i))) i += 1;
    const word = s.slice(start, i);
    if (c === 0x2f /* / */ || NUMBER.test(word) || word === 'true' || word === 'false' || word === 'null') {
      operand(start);
      continue;
    }
    if (word === 'BI') {
      inlineImageFrom = start;
      operandsFrom = -1;
      continue;
    }
    if (word === 'ID') {
      // The image's data runs from after one white-space byte to the EI that stands alone.
      const end = /\sEI(?=\s|$)/g;
      end.lastIndex = i + 1;
      const found = end.exec(s);
      i = found ? found.index + found[0].length : s.length;
      ops.push({ name: 'EI', start: inlineImageFrom, end: i });
      operandsFrom = -1;
      continue;
    }
    ops.push({ name: word, start: operandsFrom >= 0 ? operandsFrom : start, end: i });
    operandsFrom = -1;
  }
  return ops;
}

const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);
const DRAW = new Set(['Do', 'sh', 'EI']);

/**
 * The stretches of a content stream that draw something outside any marked-content sequence: whole path
 * objects (construction to painting), whole text objects, XObjects, shadings and inline images. Marked
 * content may not cut a graphics object in two, so a text object that holds marked content gives its
 * unmarked text-showing operators one by one.
 */
export function unmarkedDrawing(ops: Op[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let pathFrom = -1;
  let text: { from: number; spans: Array<[number, number]>; marked: boolean } | undefined;
  for (const op of ops) {
    if (op.name === 'BMC' || op.name === 'BDC') {
      depth += 1;
      if (text) text.marked = true;
    } else if (op.name === 'EMC') depth = Math.max(0, depth - 1);
    else if (op.name === 'BT') text = { from: op.start, spans: [], marked: false };
    else if (op.name === 'ET' && text) {
      if (text.spans.length > 0) spans.push(...(text.marked ? text.spans : [[text.from, op.end] as [number, number]]));
      text = undefined;
    } else if (depth > 0) continue;
    else if (text && SHOW_TEXT.has(op.name)) text.spans.push([op.start, op.end]);
    else if (PATH.has(op.name)) {
      if (pathFrom < 0) pathFrom = op.start;
    } else if (PAINT.has(op.name)) {
      if (op.name !== 'n') spans.push([pathFrom >= 0 ? pathFrom : op.start, op.end]);
      pathFrom = -1;
    } else if (DRAW.has(op.name)) spans.push([op.start, op.end]);
  }
  return spans;
}

/** A content stream with every unmarked drawing wrapped in `/Artifact BMC … EMC`. */
export function withArtifacts(content: string): string {
  const spans = unmarkedDrawing(contentOperators(content));
  if (spans.length === 0) return content;
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    out += `${content.slice(at, from)}/Artifact BMC\n${content.slice(from, to)}\nEMC`;
    at = to;
  }
  return out + content.slice(at);
}

function markArtifacts(doc: PDFDocument, page: PDFDict): void {
  const contents = page.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFStream)) continue;
    const raw = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
    const before = Buffer.from(raw).toString('latin1');
    const after = withArtifacts(before);
    if (after !== before) doc.context.assign(ref, doc.context.flateStream(Buffer.from(after, 'latin1')));
  }
}

// ---- metadata ---------------------------------------------------------------------------------------------

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const list = (kind: 'Seq' | 'Bag', items: string[]) => `<rdf:${kind}>${items.map((i) => `<rdf:li>${xml(i)}</rdf:li>`).join('')}</rdf:${kind}>`;

/** The XMP packet (ISO 16684-1) that repeats the Info dictionary's facts, in Dublin Core, XMP and PDF terms. */
export function xmpPacket(title: string, facts: PdfFacts, created: Date, modified: Date): string {
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator>${list('Seq', facts.authors)}</dc:creator>`,
    facts.contributors.length > 0 ? `<dc:contributor>${list('Bag', facts.contributors)}</dc:contributor>` : '',
    `<dc:publisher>${list('Bag', [facts.publisher])}</dc:publisher>`,
    `<dc:language>${list('Bag', facts.languages)}</dc:language>`,
    facts.source ? `<dc:source>${xml(facts.source)}</dc:source>` : '',
    `<xmp:CreatorTool>${xml(facts.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${created.toISOString()}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${modified.toISOString()}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${modified.toISOString()}</xmp:MetadataDate>`,
    `<pdf:Producer>${xml(facts.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.filter(Boolean).join('\n');
}

function describe(doc: PDFDocument, facts: PdfFacts): void {
  const title = doc.getTitle() ?? '';
  const created = doc.getCreationDate() ?? new Date();
  const modified = doc.getModificationDate() ?? created;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(facts.authors.join('; '));
  doc.setCreator(facts.creator);
  doc.setProducer(facts.producer);
  doc.setLanguage(facts.languages[0] ?? '');
  // XMP must not be compressed (ISO 32000-1, 14.3.2: a reader may look for the packet in the raw file).
  const packet = Buffer.from(xmpPacket(title, facts, created, modified), 'utf8');
  const metadata = doc.context.stream(packet, { Type: 'Metadata', Subtype: 'XML', Length: packet.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
}
