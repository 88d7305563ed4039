// Headlines longer than this are accepted with a warning (src/ingest/parse.ts) and drawn in a smaller size
// (the `long-title` class), so a 400-character title does not fill a phone's screen. News headlines
// rarely reach 100 characters.
export const LONG_TITLE = 120;

/** The class a page gives a title of this length: `long-title` beyond LONG_TITLE, otherwise none. */
export function titleClass(title: string): string | undefined {
  return title.length > LONG_TITLE ? 'long-title' : undefined;
}

// A live page's or a wire's tag before the headline proper: "LIVE:", "Live updates:", "[BREAKING]",
// "Latest:", "UPDATE 2 -". It says how the page was published, not what happened.
const KICKER =
  /^(?:\[[^\]\n]{1,24}\]\s*|(?:live(?: updates?| blog)?|latest|breaking(?: news)?|update(?: \d+)?|just in)(?:\s*:|\s+[–—-])\s*|update \d+\s*-\s*)+/iu;

/** The headline without a page's kicker: "LIVE: Rescuers reach the valley" -> "Rescuers reach the valley". */
export function headlineProper(title: string): string {
  const proper = title.replace(KICKER, '');
  return proper.length > 0 ? proper : title;
}
