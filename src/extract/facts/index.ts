// Figures reconciled into facts: each quantity a document reports (same measure, subject, place and
// incident) once, with every figure that reports it. Pure: figures in, facts out. Extraction calls it
// on what it found, and ingest again after an editor's corrections (seeds/<name>.edits.yaml).
import type { Fact, Figure } from '../../schema/document.ts';

/** The facts behind `figures`. (Issue #13 fills in the rules; until then, none.) */
export function factsOf(_figures: readonly Figure[]): Fact[] {
  return [];
}
