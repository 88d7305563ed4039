// Source of /embed.js, the optional script in an embed code. It runs on OTHER people's pages, so it is
// tiny (under 2 KB), old-browser-safe ES5, adds one listener however many embeds a page has, and trusts
// a message only when all of these hold: it comes from our origin, from the window of one of OUR iframes
// (src on our origin) and has exactly our shape with a finite height in (0, MAX_EMBED_HEIGHT].
import { MAX_EMBED_HEIGHT, REQUEST_HEIGHT_MESSAGE, RESIZE_MESSAGE } from './messages.ts';

export function hostScript(siteOrigin: string): string {
  const origin = new URL(siteOrigin).origin;
  return `/* News Explainers embed sizing: keeps each chart iframe as tall as its content. */
(function (w, d) {
  var O = ${JSON.stringify(origin)}, T = ${JSON.stringify(RESIZE_MESSAGE)}, M = ${MAX_EMBED_HEIGHT};
  if (w.__newsExplainersEmbed) return;
  w.__newsExplainersEmbed = 1;
  function ours() {
    var out = [], f = d.getElementsByTagName("iframe"), i;
    for (i = 0; i < f.length; i++) if (String(f[i].src).indexOf(O + "/") === 0) out.push(f[i]);
    return out;
  }
  w.addEventListener("message", function (e) {
    var m = e.data, f, i, h;
    if (e.origin !== O || !m || typeof m !== "object" || Object.keys(m).length !== 2) return;
    if (m.type !== T || typeof m.height !== "number" || !(m.height > 0 && m.height <= M)) return;
    h = Math.ceil(m.height);
    f = ours();
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow && f[i].contentWindow === e.source) {
        f[i].setAttribute("height", String(h));
        f[i].style.height = h + "px";
        return;
      }
    }
  });
  /* Frames that loaded before this async script posted their height to nobody: ask them again. A lazy
     frame below the fold still holds its blank start page, of the host's origin: a request addressed to
     our origin would be refused with a console error, so it goes to any origin (it carries no data), and
     the blank page ignores it; the frame posts its height itself once it loads. */
  var f = ours(), i;
  for (i = 0; i < f.length; i++) if (f[i].contentWindow) f[i].contentWindow.postMessage({ type: ${JSON.stringify(REQUEST_HEIGHT_MESSAGE)} }, "*");
})(window, document);
`;
}
