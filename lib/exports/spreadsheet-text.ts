// Text a spreadsheet must never read as a formula: a cell that begins with = + - @ (or a tab or a
// carriage return, which some programs skip before looking) gets a leading apostrophe. An .xlsx
// string cell is safe in Excel itself, but not once someone saves the sheet as CSV and opens that
// (CSV injection). Every spreadsheet and CSV export writes its text through this one function.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell value as written: text made safe, numbers and empties as they are. */
export function spreadsheetValue<T extends string | number | null | undefined>(value: T): T | string {
  return typeof value === "string" ? spreadsheetText(value) : value;
}
