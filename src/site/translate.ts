// What a page's own browser script needs to read its text: src/text/translate.ts and nothing else (src/site/text.ts
// carries the whole text map and the brand, for the build).
export { translator, type TextMap } from '~/text/translate';
