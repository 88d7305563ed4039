// Escaping for text that ends up in HTML or XML we write as strings (embed codes, standalone SVG, sitemaps).

/** Safe inside element content and inside double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
