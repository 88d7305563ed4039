// Headlines longer than this are accepted with a warning (src/ingest/parse.ts) and drawn in a smaller size
// (the `long-title` class), so a 400-character title does not fill a phone's screen. News headlines
// rarely reach 100 characters.
export const LONG_TITLE = 120;

/** The class a page gives a title of this length: `long-title` beyond LONG_TITLE, otherwise none. */
export function titleClass(title: string): string | undefined {
  return title.length > LONG_TITLE ? 'long-title' : undefined;
}
