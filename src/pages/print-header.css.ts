import type { APIRoute } from 'astro';
import { printHeaderCss } from '~/site/print';

/** The running header's words for every printable page, loaded for print only (see src/site/print.ts). */
export const GET: APIRoute = () => new Response(printHeaderCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
