// Plain-language phrases for figures, used in lists, key figures and summaries.
import type { Figure } from '../schema/document.ts';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "nearly 40,000" — the qualifier in words, then the value with thousands separators. */
export function figureAmount(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  const value = number.format(figure.value);
  return figure.qualifier === 'exact' ? value : `${figure.qualifier} ${value}`;
}

/** "nearly 40,000 Palestinians killed"; "more than 10 months" for durations and other counts. */
export function figureSentence(figure: Pick<Figure, 'value' | 'qualifier' | 'measure' | 'subject' | 'unit'>): string {
  const who = figure.subject ?? (figure.unit === 'people' ? 'people' : figure.unit);
  const amount = figureAmount(figure);
  return figure.measure === 'other' ? `${amount} ${who}` : `${amount} ${who} ${figure.measure}`;
}

/** Figures that count people hurt by the event, largest first: what the key figures strip shows. */
export function peopleFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => f.measure !== 'other' && f.unit === 'people').sort((a, b) => b.value - a.value);
}
