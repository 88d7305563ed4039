// The one script of an embed page, inlined in its <head> (hashed for the CSP) so the theme is set before
// the first paint. It (1) applies ?theme=dark, or ?theme=auto to follow the reader's scheme (the page is
// light by default, as most host pages are: EmbedLayout's data-theme), and ?background=transparent, and
// (2) inside a frame, posts the page's height to the parent whenever it
// changes (a ResizeObserver on the root element, never polling): our own message for embed.js and AMP's
// embed-size message for AMP and similar hosts. Heights are not secret, so they go to any parent ("*");
// the only message it accepts is the host script's request to post again, and only from its parent.
import { REQUEST_HEIGHT_MESSAGE, RESIZE_MESSAGE } from './messages.ts';

export const FRAME_SCRIPT = `(function (w, r) {
  var q = new URLSearchParams(w.location.search), t = q.get("theme"), last = 0;
  if (t === "dark") r.setAttribute("data-theme", t);
  else if (t === "auto") r.removeAttribute("data-theme");
  if (q.get("background") === "transparent") r.setAttribute("data-background", "transparent");
  if (w.parent === w) return;
  function post() {
    var h = Math.ceil(r.getBoundingClientRect().height);
    if (!(h > 0) || h === last) return;
    last = h;
    w.parent.postMessage({ type: ${JSON.stringify(RESIZE_MESSAGE)}, height: h }, "*");
    w.parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
  }
  if (w.ResizeObserver) new w.ResizeObserver(post).observe(r);
  w.addEventListener("message", function (e) {
    if (e.source === w.parent && e.data && e.data.type === ${JSON.stringify(REQUEST_HEIGHT_MESSAGE)}) {
      last = 0;
      post();
    }
  });
})(window, document.documentElement);`;

/** The CSP source expression for FRAME_SCRIPT as written into the page. */
export async function frameScriptHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(FRAME_SCRIPT));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}
