// Keyboard enhancement for chart marks. Without it every mark is already focusable (tabindex="0", so
// Tab visits each) and shows its details on :hover/:focus through CSS alone. With it, arrow keys move
// between the marks of the same chart, Home/End jump to its ends, and Esc leaves the mark.

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

function enhance(svg: SVGElement): void {
  svg.addEventListener('keydown', (event) => {
    const marks = Array.from(svg.querySelectorAll<SVGElement>(MARK_SELECTOR));
    const index = marks.indexOf(event.target as SVGElement);
    if (index < 0) return;
    if (event.key === 'Escape') {
      marks[index].blur();
      event.preventDefault();
      return;
    }
    const next = nextMarkIndex(event.key, index, marks.length);
    if (next === null) return;
    event.preventDefault(); // arrows would otherwise scroll the page
    marks[next].focus();
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
