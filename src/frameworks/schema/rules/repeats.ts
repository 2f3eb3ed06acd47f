/** The positions of the entries of `list` whose key an earlier entry already has, with the index of that earlier entry. */
export function repeats<T>(list: readonly T[], key: (item: T) => string | number): { index: number; first: number; value: string | number }[] {
  const firstAt = new Map<string | number, number>();
  const found: { index: number; first: number; value: string | number }[] = [];
  list.forEach((item, index) => {
    const value = key(item);
    const first = firstAt.get(value);
    if (first === undefined) firstAt.set(value, index);
    else found.push({ index, first, value });
  });
  return found;
}
