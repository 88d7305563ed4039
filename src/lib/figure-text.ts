// Plain-language phrases for figures, used in lists, key figures and summaries.
import type { Figure } from '../schema/document.ts';
import { formatQualified } from '../charts/format.ts';
import { isPeopleCount } from '../charts/casualty/figures.ts';

/** "nearly 40,000" — the qualifier in words, then the value. */
export function figureAmount(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  return formatQualified(figure.value, figure.qualifier);
}

/** "nearly 40,000 Palestinians killed"; "more than 10 months" for durations and other counts. */
export function figureSentence(figure: Pick<Figure, 'value' | 'qualifier' | 'measure' | 'subject' | 'unit'>): string {
  const who = figure.subject ?? (figure.unit === 'people' ? 'people' : figure.unit);
  const amount = figureAmount(figure);
  return figure.measure === 'other' ? `${amount} ${who}` : `${amount} ${who} ${figure.measure}`;
}

/** The figures the casualty chart draws, largest first: what the key figures strip and summaries show. */
export function peopleFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter(isPeopleCount).sort((a, b) => b.value - a.value);
}
