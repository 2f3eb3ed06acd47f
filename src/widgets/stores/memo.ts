const made = new Map<string, unknown>();

/** One store per key for the whole page, so every island shares it. */
export function memo<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}
