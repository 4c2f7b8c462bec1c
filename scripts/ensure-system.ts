/**
 * Makes sure the machine has what the build and the browser tests need: Chromium, a CJK font for
 * the screen, the CJK family the PDFs are printed in (Noto Sans CJK SC, with a real bold; see
 * src/build/pdf-fonts.ts), with HarfBuzz's hb-subset (libharfbuzz-bin) that cuts it down for printing
 * (src/build/pdf-fonts.ts), poppler-utils (pdftotext, pdffonts, pdfinfo) for the PDF checks, and Java for
 * the W3C Nu HTML checker (vnu.jar, from the vnu-jar package; its own Java download is not run).
 * As root on Debian it installs the missing packages (no recommends); otherwise it stops and
 * says exactly what to install. It never downloads a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

function hasChromium(): boolean {
  return [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => p && existsSync(p));
}

function hasCjkFont(): boolean {
  if (existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')) return true;
  const out = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.trim() !== '';
}

/** Both faces the print style sheet uses: a face without bold makes Chromium draw bold as Type 3 glyphs. */
function hasPrintFont(): boolean {
  const out = spawnSync('fc-list', ['Noto Sans CJK SC:style=Bold', 'family'], { encoding: 'utf8' });
  const regular = spawnSync('fc-list', ['Noto Sans CJK SC:style=Regular', 'family'], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.trim() !== '' && regular.stdout.trim() !== '';
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const missing: string[] = [];
if (!hasChromium()) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
if (!hasPrintFont()) missing.push('fonts-noto-cjk');
if (!hasCommand('hb-subset')) missing.push('libharfbuzz-bin');
if (!['pdftotext', 'pdffonts', 'pdfinfo'].every(hasCommand)) missing.push('poppler-utils');
if (!hasCommand('java')) missing.push('default-jre-headless');

if (missing.length === 0) {
  console.log('system: Chromium, the CJK fonts (screen and print), hb-subset, poppler-utils and Java are present.');
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Missing for the browser tests: ${missing.join(', ')}.\nInstall them with:\n  sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`system: installing ${missing.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
// Slim Debian images leave out /usr/share/man; the JRE's post-install step links its man pages there.
if (missing.includes('default-jre-headless')) mkdirSync('/usr/share/man/man1', { recursive: true });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
if (!hasChromium() || !hasCjkFont() || !hasPrintFont() || !hasCommand('hb-subset') || !hasCommand('pdftotext') || !hasCommand('java')) {
  console.error('system: the install finished but Chromium, a CJK font, hb-subset, poppler-utils or Java is still missing.');
  process.exit(1);
}
