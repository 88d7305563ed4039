// Rows of the data table that always accompanies the casualty chart: the same facts, in the same order,
// with every report behind each. The CSV download has the same rows (src/embed/chart-data.ts).
import { formatQualified } from '../format.ts';
import { currentSources, factValue, factWho, measureLabel, STATUS_NOTES } from '../measures.ts';
import { chartedFacts, leadFigure, type CasualtySource } from './facts.ts';

export interface CasualtyRow {
  ref: string; // fact id
  figure: string; // the figure its headline comes from, for links back to the source text
  depth: number; // 0 for a whole, 1 for its parts, …
  measure: string; // "Killed"
  who: string; // "people in Alder County"; a part says of what: "children (part of 84 people in Alder County)"
  value: string; // as the chart gives it: "at least 104", "54–63"
  reportedBy: string[]; // who gave its current reports; empty when the text names no one
  partOf: string | null; // the whole it is part of: "84 people in Alder County"
  reports: string; // every report as written: "at least 104 (state officials); 25 (an earlier count)"
}

export const CASUALTY_COLUMNS = ['Measure', 'Who and where', 'Number', 'Reported by'] as const;

export function casualtyRows(doc: CasualtySource): CasualtyRow[] {
  return chartedFacts(doc).map(({ fact, whole, depth }) => ({
    ref: fact.id,
    figure: leadFigure(fact),
    depth,
    measure: measureLabel(fact.measure),
    who: whole ? `${factWho(fact)} (part of ${factValue(whole)} ${factWho(whole)})` : factWho(fact),
    value: factValue(fact),
    reportedBy: currentSources(fact),
    partOf: whole ? `${factValue(whole)} ${factWho(whole)}` : null,
    reports: fact.reports
      .map((r) => {
        const notes = [r.attribution, STATUS_NOTES[r.status]];
        const note = notes.filter(Boolean).join(', ');
        return `${formatQualified(r.value, r.qualifier)}${note ? ` (${note})` : ''}`;
      })
      .join('; '),
  }));
}
