/** Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, ''); // spreadsheet exports often start with a byte-order mark
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet may split cells on: the comma, the semicolon (the default where the decimal mark is a comma), the tab and the bar. */
export const SPREADSHEET_SEPARATORS = [',', ';', '\t', '|'] as const;

// A formula starts a cell with =, +, -, @ (or a tab or carriage return before one). A spreadsheet that
// splits on another separator than ours (or ignores quotes) starts a new cell after any separator or line
// break, so a quote goes before a formula's first character there too: "ok;=cmd|…" is written "ok;'=cmd|…".
const FORMULA_AT_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /([,;\t|\r\n])(?=[=+\-@])/g;
// A cell holding a separator a spreadsheet may use, a quote or a line break is quoted whole.
const NEEDS_QUOTES = /[",;\t|\r\n]/;

/**
 * Writes rows as CSV that a spreadsheet opens safely: UTF-8 with a byte-order mark (so Excel
 * reads "Leaders’ audit" right), every cell quoted that holds a comma, a semicolon, a tab, a bar, a
 * quote or a line break, and text that a spreadsheet would run as a formula (starting =, +, -, @,
 * tab or carriage return, at the start of the cell or after any of those separators) prefixed with
 * a quote, as OWASP advises against CSV injection. Numbers are written as numbers.
 */
export function formatCsv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    if (typeof value === 'number') return String(value);
    const text = (FORMULA_AT_START.test(value) ? `'${value}` : value).replace(FORMULA_AFTER_SEPARATOR, "$1'");
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
