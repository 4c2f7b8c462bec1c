/**
 * Cumulative layout shift of a page as loaded: the sum of its 'layout-shift' entries (buffered, so
 * those from before the call count too) that no user input caused. Read once the page's script has
 * done its work (the caller waits for that), and after one more frame, so a late shift is in.
 */
import type { Page } from 'playwright-core';

export async function layoutShift(page: Page): Promise<{ total: number; shifts: { value: number; sources: string[] }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }
        const seen: Shift[] = [];
        const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as Shift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              seen.push(...(observer.takeRecords() as Shift[]));
              observer.disconnect();
              const counted = seen.filter((e) => !e.hadRecentInput);
              const describe = (n: Node | null | undefined) =>
                n instanceof Element
                  ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`
                  : String(n?.nodeName ?? '?');
              resolve({
                total: counted.reduce((sum, e) => sum + e.value, 0),
                shifts: counted.map((e) => ({ value: e.value, sources: (e.sources ?? []).map((s) => describe(s.node)) })),
              });
            }, 0),
          ),
        );
      }),
  );
}
