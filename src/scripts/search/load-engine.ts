/**
 * Loads the search engine bundle (dist/_search/engine.js, built by scripts/bundle-search.ts) on
 * first use, with a plain module <script>: the engine registers itself on `globalThis`. Pages thus
 * carry no bundler helper for it, and nothing of search is fetched before it is needed.
 */
import type * as EngineModule from './engine';

export type Engine = typeof EngineModule;
declare global {
  var lnobSearchEngine: Engine | undefined;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= new Promise<Engine>((resolve, reject) => {
    if (globalThis.lnobSearchEngine) return resolve(globalThis.lnobSearchEngine);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${document.documentElement.dataset['base'] ?? '/'}_search/engine.js`;
    script.addEventListener('load', () => (globalThis.lnobSearchEngine ? resolve(globalThis.lnobSearchEngine) : reject(new Error('search engine did not start'))));
    script.addEventListener('error', () => reject(new Error('search engine could not load')));
    document.head.append(script);
  });
  return loading;
}
