// The one spelling every word list is keyed by.

/** A word as the extractors' word lists spell it: lower case, with straight apostrophes ("Gaza’s" -> "gaza's"). */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
