/**
 * The "Save the whole hub for offline use" control (src/components/OfflineSave.astro), on About and the
 * context pages. Hidden in the HTML; shown only where service workers work. It asks the worker that
 * serves the page (workbox-window's messageSW) which build it is, reads the sizes of the build's groups
 * (`_offline/summary.json`, a few hundred bytes) and offers the choice; nothing is downloaded in bulk
 * before "Save" (./save.ts). Offline, it shows what is saved and can remove it.
 */
import { messageSW } from 'workbox-window/messageSW.js';
import { format, type UiString } from '../../i18n/format';
import { localeCodes } from '../../lib/locales';
import { choiceTotal, covers, summaryPath, type OfflineChoice, type OfflineLang, type OfflineSummary, type UpdateNotice } from '../../lib/offline';
import { StaleBuild, removeHub, saveHub, savedRecord, storedBytes } from './save';

const section = document.querySelector<HTMLElement>('[data-offline]');
if (section && 'serviceWorker' in navigator && 'caches' in window) void start(section);

async function controller(): Promise<ServiceWorker> {
  const sw = navigator.serviceWorker;
  await sw.ready;
  return sw.controller ?? new Promise((done) => sw.addEventListener('controllerchange', () => done(sw.controller!), { once: true }));
}

async function start(section: HTMLElement): Promise<void> {
  const base = document.documentElement.dataset['base'] ?? '/';
  const tag = document.documentElement.lang;
  const pageLang: OfflineLang = tag.startsWith('en') ? 'en' : 'zh';
  const strings = JSON.parse(section.querySelector('[data-offline-strings]')?.textContent ?? '{}') as Record<string, UiString>;
  const t = (key: string, vars: Record<string, string | number> = {}) => format(tag, strings[`offline.${key}`] ?? key, vars);
  const size = (bytes: number) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);
  const el = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-offline-${name}]`)!;
  const form = el<HTMLElement>('form');
  const saveButton = el<HTMLButtonElement>('save');
  const cancelButton = el<HTMLButtonElement>('cancel');
  const removeButton = el<HTMLButtonElement>('remove');
  const progressBox = el<HTMLElement>('progress');
  const bar = progressBox.querySelector('progress')!;
  const count = el<HTMLElement>('count');
  const status = el<HTMLElement>('status');
  const savedLine = el<HTMLElement>('saved');
  const both = section.querySelector<HTMLInputElement>('input[name="offline-langs"][value="both"]')!;
  const pdfs = section.querySelector<HTMLInputElement>('input[name="offline-pdfs"]')!;

  // Every page registers the worker, and announces a newer build's (../register.ts); the build that
  // matters here is the one serving this page.
  const build = (await messageSW(await controller(), { type: 'LNOB_BUILD' })) as UpdateNotice;
  let saved = await savedRecord(build.build, base);
  let summary: OfflineSummary | undefined;
  try {
    const response = await fetch(summaryPath(base), { cache: 'no-cache' });
    if (response.ok) summary = (await response.json()) as OfflineSummary;
  } catch {
    summary = undefined; // no connection: what is saved can still be shown and removed
  }

  const choice = (): OfflineChoice => ({ langs: both.checked ? [...localeCodes] : [pageLang], pdfs: pdfs.checked });
  const label = (name: string, text: string) => {
    el<HTMLElement>(`label-${name}`).textContent = text;
  };
  // The labels follow the choice at once; what is stored is measured after.
  const describe = async () => {
    if (summary) {
      const total = (c: OfflineChoice) => choiceTotal(summary!, c).bytes;
      const current = choice();
      label('this', t('langThis', { size: size(total({ langs: [pageLang], pdfs: false })) }));
      label('both', t('langBoth', { size: size(total({ langs: [...localeCodes], pdfs: false })) }));
      label('pdfs', t('pdfs', { size: size(total({ ...current, pdfs: true }) - total({ ...current, pdfs: false })) }));
      const chosen = choiceTotal(summary, current);
      saveButton.textContent = t('save', { size: size(chosen.bytes) });
      saveButton.dataset['bytes'] = String(chosen.bytes);
    }
    if (saved) {
      const bytes = await storedBytes();
      const langs = saved.langs.length === 2 ? t('both') : t(saved.langs[0] ?? pageLang);
      savedLine.textContent = t('saved', { what: saved.pdfs ? t('withPdfs', { langs }) : langs, n: saved.files, size: size(bytes) });
    }
    savedLine.hidden = !saved;
    // Remove is offered for a saved copy only: the pages read in passing are the browser’s cache, not a copy.
    removeButton.hidden = !saved;
    // Nothing to offer when the choice is already on the device (the line above says what is).
    saveButton.hidden = covers(saved, choice());
  };

  if (summary && summary.build !== build.build) {
    // A newer build is published: saving now would mix two builds; the update notice offers the way on.
    status.textContent = t('stale');
    form.hidden = true;
  } else if (!summary) {
    form.hidden = true;
  }
  for (const input of [both, pdfs, section.querySelector<HTMLInputElement>('input[name="offline-langs"][value="this"]')!])
    input.addEventListener('change', () => void describe());
  await describe();
  section.hidden = false;

  let running: AbortController | undefined;
  saveButton.addEventListener('click', async () => {
    if (running) return;
    running = new AbortController();
    saveButton.disabled = true;
    cancelButton.hidden = false;
    progressBox.hidden = false;
    status.textContent = '';
    try {
      saved = await saveHub({
        base,
        build: build.build,
        choice: choice(),
        signal: running.signal,
        onProgress: (done, total) => {
          bar.max = total;
          bar.value = done;
          count.textContent = t('count', { done, n: total });
        },
      });
      // The line above the form now says what is saved, how many files and how much space: the count is done with.
      progressBox.hidden = true;
      status.textContent = t('done');
    } catch (error) {
      if (running.signal.aborted) status.textContent = t('cancelled');
      else if (error instanceof StaleBuild) status.textContent = t('stale');
      else status.textContent = t('failed', { reason: error instanceof Error ? error.message : String(error) });
      progressBox.hidden = true;
    } finally {
      running = undefined;
      saveButton.disabled = false;
      // Save is disabled while it runs, which drops the focus to the page: bring it back if it was there.
      const active = document.activeElement;
      const hadFocus = active === cancelButton || active === saveButton || active === document.body || active === null;
      cancelButton.hidden = true;
      await describe();
      // Focus stays on a control that is still there: Save, or once all is saved, Remove.
      if (hadFocus) (saveButton.hidden ? removeButton : saveButton).focus();
    }
  });
  cancelButton.addEventListener('click', () => running?.abort());
  removeButton.addEventListener('click', async () => {
    const freed = await removeHub();
    saved = undefined;
    progressBox.hidden = true;
    status.textContent = t('removed', { size: size(freed) });
    await describe();
    saveButton.focus();
  });
}
