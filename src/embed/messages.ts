// The message shapes between an embed page (inside an iframe) and the host script on the page around it.
// Both scripts are plain strings (frame-script.ts, host-script.ts); these constants keep them in step.

/** Posted by the embed page to its parent: `{ type: RESIZE_MESSAGE, height }`. */
export const RESIZE_MESSAGE = 'news-explainers:resize';
/** Posted by the host script to our iframes when it starts late, asking each to post its height again. */
export const REQUEST_HEIGHT_MESSAGE = 'news-explainers:request-height';
/** Heights outside (0, MAX_EMBED_HEIGHT] are refused: no chart page is that tall, and a hostile or broken
 *  frame must not be able to stretch the host page without bound. */
export const MAX_EMBED_HEIGHT = 20_000;
