// Rows of the data table that always accompanies the casualty chart: the same figures, in the same order.
import type { Figure } from '../../schema/document.ts';
import { formatNumber, formatQualified } from '../format.ts';
import { measureLabel } from '../measures.ts';
import { chartedFigures } from './figures.ts';

export interface CasualtyRow {
  ref: string; // figure id, for links back to the source text
  measure: string; // "Killed"
  who: string; // "Palestinians"; "—" when the text names no one
  figure: string; // as written: "nearly 40,000"
  value: string; // the number alone: "40,000"
  reportedBy: string; // attribution, or "not named"
}

export const CASUALTY_COLUMNS = ['Measure', 'Who', 'Figure as written', 'Reported by'] as const;

export function casualtyRows(figures: readonly Figure[]): CasualtyRow[] {
  return chartedFigures(figures).map((f) => ({
    ref: f.id,
    measure: measureLabel(f.measure),
    who: f.subject?.trim() || '—',
    figure: formatQualified(f.value, f.qualifier),
    value: formatNumber(f.value),
    reportedBy: f.attribution ?? 'not named',
  }));
}
