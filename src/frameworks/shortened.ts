// Apart from wording.ts, whose words every tool loads: only labels that name a long statement need this.

/** Text cut to at most `max` characters at a word's end, with "…" where it was cut: a label that names a long statement. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
