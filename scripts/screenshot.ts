/**
 * Looks at pages as a reader would: `node scripts/screenshot.ts URL OUT.png [--width 360] [--print] [--full]`.
 * With --print it writes a PDF (A4, print CSS) instead of a PNG.
 */
import { launchChromium } from '../src/build/chromium.ts';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts URL OUT [--width N] [--print] [--full]');
  process.exit(2);
}
const widthArg = process.argv.indexOf('--width');
const width = widthArg > 0 ? Number(process.argv[widthArg + 1]) : 1280;
const browser = await launchChromium({ width, height: 900 });
const page = await browser.context.newPage();
await page.goto(url, { waitUntil: 'load' });
if (process.argv.includes('--print')) {
  await page.pdf({ path: out, format: 'A4', printBackground: true, displayHeaderFooter: false });
} else {
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
}
await browser.close();
console.log(out);
