/**
 * Loads the search engine bundle (dist/_search/engine.js, built by src/build/bundle-search.ts) on
 * first use, with a plain module <script>: the engine registers itself on `globalThis`. Pages thus
 * carry no bundler helper for it, and nothing of search is fetched before it is needed. The styles
 * of the results (dist/_search/box.css) come with it.
 */
import type * as EngineModule from './engine';

export type Engine = typeof EngineModule;
declare global {
  var lnobSearchEngine: Engine | undefined;
}

let loading: Promise<Engine> | undefined;

function loadStyles(base: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}_search/box.css`;
    // Results show even if the styles fail: they are plain list items then.
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

/** The engine; with `boxStyles` false (the search page, which has no header box and styles its own results), without the box's styles. */
export function loadEngine(boxStyles = true): Promise<Engine> {
  const base = document.documentElement.dataset['base'] ?? '/';
  loading ??= new Promise<Engine>((resolve, reject) => {
    if (globalThis.lnobSearchEngine) return resolve(globalThis.lnobSearchEngine);
    const styles = boxStyles ? loadStyles(base) : Promise.resolve();
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}_search/engine.js`;
    script.addEventListener('load', () => {
      const engine = globalThis.lnobSearchEngine;
      if (engine) void styles.then(() => resolve(engine));
      else reject(new Error('search engine did not start'));
    });
    script.addEventListener('error', () => reject(new Error('search engine could not load')));
    document.head.append(script);
  });
  return loading;
}
