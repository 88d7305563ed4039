// Plain `tsc` cannot read .astro files (Astro's language server can). This lets .ts files — the
// component tests — import components; the type matches what experimental_AstroContainer renders.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
