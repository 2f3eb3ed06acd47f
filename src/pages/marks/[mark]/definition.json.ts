import type { APIRoute } from 'astro';
import type { Mark } from '~/frameworks/schema';
import { markPaths } from '~/site/staticPaths';

export const getStaticPaths = markPaths;

/**
 * The mark's definition as the site uses it (defaults filled in), fetched by the file tools on
 * first use: opening a file, reading a shared link or making a spreadsheet needs every criterion,
 * and no page should carry them all in its HTML for that.
 */
export const GET: APIRoute<{ mark: Mark }> = ({ props }) =>
  new Response(JSON.stringify(props.mark), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
