// A document's headline facts in words, as the lists of explainers and the stories show them.
//
// Interim: the explainer's headline facts (its key-figure strip, share image, the home page) are to come
// from one function of src/charts/casualty/ (issue #13, "facts"); until it lands this is today's rule, the
// largest people-counting figures, and every list calls it here, so the switch is one line.
import type { ExtractedDocument } from '../schema/document.ts';
import { peopleFigures } from '../charts/casualty/figures.ts';
import { figurePhrase } from '../charts/measures.ts';

/** How many of an explainer's figures the lists of explainers show (home page, feed). */
export const HEADLINE_FIGURES = 3;

/** "nearly 40,000 Palestinians killed", …: at most HEADLINE_FIGURES. */
export function documentHeadline(doc: Pick<ExtractedDocument, 'figures'>): string[] {
  return peopleFigures(doc.figures).slice(0, HEADLINE_FIGURES).map(figurePhrase);
}
