// Cells as Sheets reads what a script writes into them: the one text guard.

/** Text that Sheets would take for a formula (= + - @) is written with a leading apostrophe, which keeps it text; other values pass as they are. */
export function asCellText<T>(v: T): T | string {
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}
