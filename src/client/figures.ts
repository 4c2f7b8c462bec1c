/**
 * Interaction for the figures, added on top of charts that read without it: each mark with a
 * `data-row` (the index of its row in the figure's data table) becomes focusable and named from that
 * row; focus or hover shows the row as a tooltip (Escape hides it) and highlights mark and row
 * together, and hovering a table row highlights its mark. A chart is one tab stop; arrow keys move
 * between its marks.
 */
/**
 * The connections figure's list of conclusions: pointing at one, focusing a link in it or tapping it (which
 * pins it until tapped again) highlights that conclusion's links and the recommendations they reach, so a
 * phone reader can follow one conclusion through the lines.
 */
function followOne(block: HTMLElement, svg: SVGSVGElement): void {
  const items = [...block.querySelectorAll<HTMLElement>('.figure-follow [data-follow]')];
  let pinned: HTMLElement | undefined;
  const show = (item: HTMLElement | undefined) => {
    const node = item?.dataset['follow'];
    const links = node ? [...svg.querySelectorAll<SVGElement>(`[data-from="${node}"]`)] : [];
    const reached = new Set([node, ...links.map((l) => l.dataset['to'])]);
    svg.classList.toggle('is-following', node !== undefined);
    for (const l of svg.querySelectorAll<SVGElement>('[data-from]')) l.classList.toggle('is-followed', links.includes(l));
    for (const r of svg.querySelectorAll<SVGElement>('[data-node]')) r.classList.toggle('is-followed', reached.has(r.dataset['node']));
    for (const i of items) i.classList.toggle('is-active', i === item);
  };
  for (const item of items) {
    item.addEventListener('mouseenter', () => show(item));
    item.addEventListener('mouseleave', () => show(pinned));
    item.addEventListener('focusin', () => show(item));
    item.addEventListener('focusout', () => show(pinned));
    item.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) return;
      pinned = pinned === item ? undefined : item;
      show(pinned);
    });
  }
}

for (const block of document.querySelectorAll<HTMLElement>('.figure-block')) {
  const svg = block.querySelector<SVGSVGElement>('svg.chart');
  const frame = block.querySelector<HTMLElement>('.chart-scroll');
  const marks = [...block.querySelectorAll<SVGElement>('svg.chart [data-row]')];
  if (!svg || !frame || marks.length === 0) continue;
  followOne(block, svg);
  const headers = [...block.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  const rows = [...block.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const describe = (key: string) => {
    const row = rows[Number(key)];
    return row ? [...row.cells].map((cell, i) => `${headers[i] ?? ''}: ${cell.textContent?.trim() ?? ''}`).join('; ') : '';
  };
  // The chart becomes a group of named images, so the marks can take focus.
  svg.setAttribute('role', 'group');
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  frame.append(tip);

  // One tab stop per chart; the arrow keys (and Home, End) move between its marks.
  marks.forEach((mark, i) => {
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', describe(mark.dataset['row'] ?? ''));
    mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
  });
  const move = (from: SVGElement, to: number) => {
    const next = marks[Math.max(0, Math.min(marks.length - 1, to))];
    if (!next || next === from) return;
    from.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  };

  const highlight = (key: string | undefined, from?: SVGElement) => {
    for (const m of marks) m.classList.toggle('is-active', key !== undefined && m.dataset['row'] === key);
    rows.forEach((r, i) => r.classList.toggle('is-active', key !== undefined && String(i) === key));
    if (key === undefined || !from) {
      tip.hidden = true;
      return;
    }
    tip.textContent = describe(key);
    tip.hidden = false;
    const box = from.getBoundingClientRect();
    const area = frame.getBoundingClientRect();
    tip.style.setProperty('inset-inline-start', `${Math.max(0, box.left - area.left + frame.scrollLeft)}px`);
    tip.style.setProperty('inset-block-start', `${box.bottom - area.top + frame.scrollTop + 6}px`);
  };

  for (const mark of marks) {
    const key = mark.dataset['row'];
    mark.addEventListener('mouseenter', () => highlight(key, mark));
    mark.addEventListener('mouseleave', () => highlight(undefined));
    mark.addEventListener('focus', () => highlight(key, mark));
    mark.addEventListener('blur', () => highlight(undefined));
  }
  rows.forEach((row, i) => {
    row.addEventListener('mouseenter', () => highlight(String(i)));
    row.addEventListener('mouseleave', () => highlight(undefined));
  });
  svg.addEventListener('keydown', (event) => {
    const at = marks.indexOf(event.target as SVGElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      move(marks[at]!, to);
    }
  });
  block.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') tip.hidden = true;
  });
}
