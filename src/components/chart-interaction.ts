// Keyboard movement between a chart's marks. Each chart is one Tab stop: its marks are written with a
// roving tabindex (the first mark 0, the others -1), so Tab enters the chart once and leaves it on the
// next press. With this script, arrow keys move between the marks of that chart, Home and End jump to its
// ends, and Escape leaves the chart for the next thing on the page; the mark last visited keeps the Tab
// stop. Without it, the first mark is reachable and the data table under each chart lists every mark.

const MARK_SELECTOR = '.chart-mark';

/** Where focus goes for a key, or null when the key is not ours. Pure, so it is unit-tested. */
export function nextMarkIndex(key: string, current: number, count: number): number | null {
  if (count === 0 || current < 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The first element after `svg` in the page that Tab would reach, outside the chart's marks. */
function nextStop(svg: SVGElement): HTMLElement | SVGElement | null {
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>(TABBABLE)) {
    if (svg.contains(el) || !(svg.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.tabIndex < 0 || (el as HTMLInputElement).disabled) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // hidden (the timeline's other form, a closed section)
    return el;
  }
  return null;
}

/** The mark at `index` becomes the chart's one Tab stop. */
function rove(marks: SVGElement[], index: number): void {
  for (const [i, mark] of marks.entries()) mark.setAttribute('tabindex', i === index ? '0' : '-1');
}

function enhance(svg: SVGElement): void {
  svg.addEventListener('keydown', (event) => {
    const marks = Array.from(svg.querySelectorAll<SVGElement>(MARK_SELECTOR));
    const index = marks.indexOf(event.target as SVGElement);
    if (index < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      const next = nextStop(svg);
      if (next) next.focus();
      else marks[index].blur();
      return;
    }
    const next = nextMarkIndex(event.key, index, marks.length);
    if (next === null) return;
    event.preventDefault(); // arrows would otherwise scroll the page
    marks[next].focus();
  });
  // A mark focused by a click or a link (#chart-fact-2) takes the Tab stop too. Listened for on the
  // SVG's parent: Chromium makes an <svg> with a focus listener a Tab stop of its own.
  svg.parentElement?.addEventListener('focusin', (event) => {
    const marks = Array.from(svg.querySelectorAll<SVGElement>(MARK_SELECTOR));
    const index = marks.indexOf(event.target as SVGElement);
    if (index >= 0) rove(marks, index);
  });
}

/** Enhance every chart SVG under `root` once. */
export function initCharts(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGElement>('svg.chart-svg')) {
    if (svg.dataset.enhanced === 'true') continue;
    svg.dataset.enhanced = 'true';
    enhance(svg);
  }
}
