// The apostrophe our CSV export puts before a cell that a spreadsheet would run as a formula, and
// how import takes it off again (see docs/storage.md, "Formulas").
//
// OWASP's advice against CSV injection: prefix a cell starting with = + - @, tab or carriage return
// with '. Only the first character counts, whatever follows, line breaks included. To make the
// prefix reversible, a cell that already starts with apostrophes before such a character gets one
// more too: then, on import, one leading apostrophe before those characters is always the one an
// export added, and removing exactly one gives back the cell as it was.

/** A cell our export writes with one more leading apostrophe (Papa's `escapeFormulae` pattern). */
export const NEEDS_FORMULA_ESCAPE = /^'*[=+\-@\t\r]/;

/** A cell as our export writes it after prefixing: at least one apostrophe, then a formula character. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** The cell as it was before export: one apostrophe fewer when it stands before a formula character. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
