/**
 * The prioritisation tool in the browser: wires the pure logic of src/lib/prioritise to the page.
 * State lives in an AnalysisStore (localStorage, or memory when storage fails); every edit replaces
 * the open analysis and re-renders what depends on it. Nothing is sent anywhere.
 *
 * This entry reads the page's data block, builds the context the parts share (context.ts) and wires
 * them: the analysis bar (analyses.ts), the settings, the groups and ratings, the results and the files.
 */
import { AnalysisStore } from '../../lib/prioritise/store';
import { analysisBar, browserStorage } from './analyses';
import { joinList, translator, type Change, type Data, type Tool } from './context';
import { h } from './dom';
import { fileControls } from './files';
import { groupsEditor } from './groups';
import { resultsView } from './results';
import { settingsForm } from './settings';

const root = document.querySelector<HTMLElement>('[data-tool]');
const dataBlock = document.getElementById('tool-data');
if (root && dataBlock) start(root, JSON.parse(dataBlock.textContent ?? '{}') as Data);

function start(root: HTMLElement, data: Data): void {
  const s = translator(data.strings, data.lang);
  const store = new AnalysisStore(browserStorage(), s('untitled'));
  const factorNames = new Map(data.factors.map((f) => [f.id, f.name]));
  const tool: Tool = {
    root,
    data,
    store,
    s,
    list: joinList(data.lang),
    factorName: (id) => factorNames.get(id) ?? id,
    current: () => store.current,
    commit(next, what: Change = 'ratings') {
      const before = store.mode;
      store.update(next);
      if (store.mode !== before) analyses.showStorage();
      if (what === 'groups' || what === 'all') groups.render();
      if (what === 'all') settings.render();
      results.render();
    },
    renderAll() {
      analyses.render();
      settings.render();
      groups.render();
      results.render();
    },
  };
  const analyses = analysisBar(tool);
  const settings = settingsForm(tool);
  const groups = groupsEditor(tool);
  const results = resultsView(tool);
  fileControls(tool);

  for (const hint of document.querySelectorAll<HTMLElement>('[data-needs-js]')) hint.hidden = true;
  root.hidden = false;
  foldMethod(tool);
  document.body.classList.add('tool-ready');
  tool.renderAll();
}

/**
 * With the tool running, the tool comes first: the method folds below it (closed), the worksheet
 * follows. Moving the method into its fold happens before it is ever drawn in its new place, so it
 * does not count as a layout shift. Printing an empty analysis opens the fold (the worksheet needs the rule).
 */
function foldMethod(tool: Tool): void {
  const method = document.getElementById('method');
  const heading = document.getElementById('method-title');
  if (!method || !heading || method.closest('details')) return;
  const fold = h('details', { class: 'method-fold' }, h('summary', {}, heading));
  method.before(fold);
  fold.append(method);
  let wasOpen = false;
  addEventListener('beforeprint', () => {
    wasOpen = fold.open;
    if (tool.current().groups.length === 0) fold.open = true;
  });
  addEventListener('afterprint', () => (fold.open = wasOpen));
}
