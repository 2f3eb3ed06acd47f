import type { BrandConfig } from '~/frameworks/brandSchema';

/**
 * The site's icon, a tick on the header's colours: pages carry it inline (BaseLayout), so a hub's copy wears its own
 * colours in the browser's tab. public/favicon.svg is the same icon in the handbook's colours (a unit test holds them together).
 */
export const faviconSvg = ({ accent, onAccent }: Pick<BrandConfig['colours'], 'accent' | 'onAccent'>): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${accent}"/>` +
  `<path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="${onAccent}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
