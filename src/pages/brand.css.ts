import { site } from '../components/site';

// The hub's colours from site.config.json, as a stylesheet every page links after the site's own.
// html:root outranks the defaults' :root, so the brand wins whatever order the sheets load in.
export function GET() {
  const { accent, onAccent, link } = site.colours;
  const css = `html:root{--qm-color-accent:${accent};--qm-color-accent-contrast:${onAccent};--qm-color-link:${link}}\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
