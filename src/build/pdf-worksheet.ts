/**
 * A workshop kit says on which page its worksheet is ("Worksheet: page 5"). Only the printed file knows:
 * the worksheet is the kit's A4 landscape page (components/Worksheet.astro), after text whose length
 * differs by context and language. So the PDF script prints a kit, finds its first landscape page with
 * pdf-lib, writes the number into the page's `[data-worksheet-page]` places (each carries its wording,
 * "page {n}"), and prints it again.
 */
import { PDFDocument } from '@cantoo/pdf-lib';

/** The number (from 1) of the first page wider than it is high, if any. */
export async function landscapePage(pdf: Uint8Array): Promise<number | undefined> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const index = doc.getPages().findIndex((p) => p.getWidth() > p.getHeight());
  return index < 0 ? undefined : index + 1;
}

/** In the page: writes the worksheet's page into each place that names it; returns how many there were. */
export function writeWorksheetPage(n: number): number {
  const places = document.querySelectorAll<HTMLElement>('[data-worksheet-page]');
  for (const place of places) place.textContent = (place.dataset['worksheetPage'] ?? '{n}').replace('{n}', String(n));
  return places.length;
}

/**
 * Prints with `print`; when the page names its worksheet's page, writes that page's number and prints
 * again, and stops with a message if the number moved the worksheet (it never should: a digit for a phrase).
 */
export async function printNamingWorksheet(print: () => Promise<Uint8Array>, write: (n: number) => Promise<number>, where: string): Promise<Uint8Array> {
  const first = await print();
  const sheet = await landscapePage(first);
  if (sheet === undefined || (await write(sheet)) === 0) return first;
  const second = await print();
  const moved = await landscapePage(second);
  if (moved !== sheet) throw new Error(`pdf: ${where} names its worksheet's page ${sheet}, but printed with it the worksheet is on page ${moved}`);
  return second;
}
