/**
 * The text of a file a spreadsheet may have saved, and the encoding it was read in. Spreadsheets save
 * CSV in UTF-8 (with or without a byte-order mark: Excel's "CSV UTF-8"), in UTF-16 with a byte-order
 * mark (Excel's "Unicode text"), or in the system's legacy code page, which on Chinese Windows is
 * GBK (Excel's and WPS's plain "CSV"). The browser's TextDecoder reads them all (so does Node with
 * full ICU); only the order of trying is ours:
 *
 * 1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * 2. otherwise strict UTF-8, which almost never accepts text written in another encoding;
 * 3. otherwise GB18030, the superset of GBK the WHATWG Encoding Standard decodes both with.
 *
 * Every decoder is fatal: a byte it cannot read refuses the file rather than turn into "�". GB18030
 * reads most byte sequences, so a file from a Western code page (Windows-1252) may come out as
 * Chinese characters: the page says which encoding it read, and how to save UTF-8 instead.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte-order mark (not part of `text`). */
  bom: boolean;
}

function decode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    // ignoreBOM: false, the default, drops a byte-order mark of the decoder's own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The file's text and its encoding, or undefined when no decoder reads it. */
export function decodeFile(bytes: Uint8Array): Decoded | undefined {
  const [b0, b1, b2] = bytes;
  const bom: Encoding | undefined =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8' : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  if (bom) {
    const text = decode(bytes, bom);
    return text === undefined ? undefined : { text, encoding: bom, bom: true };
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decode(bytes, encoding);
    if (text !== undefined) return { text, encoding, bom: false };
  }
  return undefined;
}
