/**
 * A random id (128 bits, hex). crypto.getRandomValues works on plain-HTTP intranet hosts too,
 * where crypto.randomUUID does not exist (it needs a secure context).
 */
export const randomId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
