// A document's headline facts in words, as the lists of explainers and the stories show them: the same
// facts as its key-figure strip (src/charts/casualty/facts.ts), each once.
import { headlineFacts, type CasualtySource } from '../charts/casualty/facts.ts';
import { factPhrase } from '../charts/measures.ts';

/** How many of an explainer's facts the lists of explainers show (home page, feed). */
export const HEADLINE_FIGURES = 3;

/** "nearly 40,000 Palestinians killed", …: at most HEADLINE_FIGURES. */
export function documentHeadline(doc: CasualtySource): string[] {
  return headlineFacts(doc, HEADLINE_FIGURES).map(factPhrase);
}
