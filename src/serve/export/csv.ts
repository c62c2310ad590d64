/**
 * One CSV field (RFC 4180 quoting). A text that a spreadsheet would run as a formula (starting
 * with = + - @ or a tab) is prefixed with an apostrophe: exported news text is untrusted.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
