// A form's export as the browser hands it over, in bytes: the encoding and the delimiter are
// recognised here, so a spreadsheet's "CSV (semicolon)", "Unicode text" or Windows export reads.

/** The text of a CSV file, or why it cannot be read as one. */
export type DecodedCsv = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order
 * mark (or without one, when every other byte is zero), and Windows-1252, the encoding older Excel
 * saves CSV in, when the bytes are not UTF-8. A workbook or other binary file is refused by name.
 */
export function decodeCsv(bytes: Uint8Array, fileName: string): DecodedCsv {
  const decode = (encoding: string, fatal = false) => new TextDecoder(encoding, { fatal }).decode(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return {
      ok: false,
      problem: `${fileName} is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save or export it “as CSV” and import that.`,
    };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { ok: false, problem: `${fileName} is an older Excel workbook (.xls), not a CSV file. Save it “as CSV” and import that.` };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decode('utf-16le'), encoding: 'UTF-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decode('utf-16be'), encoding: 'UTF-16' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decode('utf-8'), encoding: 'UTF-8' };
  // UTF-16 without its mark: text in the Latin alphabet has a zero in every other byte.
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  });
  const half = sample.length / 2;
  if (sample.length >= 4 && oddZeros > half * 0.6 && evenZeros === 0) return { ok: true, text: decode('utf-16le'), encoding: 'UTF-16' };
  if (sample.length >= 4 && evenZeros > half * 0.6 && oddZeros === 0) return { ok: true, text: decode('utf-16be'), encoding: 'UTF-16' };
  if (evenZeros + oddZeros > 0)
    return { ok: false, problem: `${fileName} is not a text file, so it cannot be a CSV export. Export the responses from your form as CSV.` };
  try {
    return { ok: true, text: decode('utf-8', true), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: older Excel on Windows saves CSV in Windows-1252, where “é” or “’” is one byte.
    return { ok: true, text: decode('windows-1252'), encoding: 'Windows-1252' };
  }
}

/** The delimiter of a CSV's heading row: a comma, or the semicolon or tab some spreadsheets use (where a comma is the decimal sign). */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  const [best] = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}
