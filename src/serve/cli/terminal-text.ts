/**
 * Text from documents (titles, sources, messages) must not drive the terminal: an escape sequence
 * in a title could clear the screen or set the window title. These strip control characters.
 */

/** Escape sequences whole (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes), 7-bit and 8-bit. */
const ESCAPE_SEQUENCES =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\x07\x1b\u009c]*(?:\x07|\x1b\\|\u009c)?|\x1b[ -~]?/g;
/** C0 controls but tab and newline, and DEL. */
const C0 = /[\x00-\x08\x0b-\x1f\x7f]/g;
const C1 = /[\u0080-\u009f]/g;

/** Text for a person's terminal: escape sequences and C0/C1 controls gone, tab and newline kept. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(C0, '').replace(C1, '');
}

/**
 * The same without touching C1: for a stream that may carry JSON, which never holds a raw C0
 * control (JSON.stringify escapes them) but may hold C1 characters as data.
 */
export function withoutC0Controls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, (sequence) => (sequence.startsWith('\x1b') ? '' : sequence)).replace(C0, '');
}

/**
 * Every string written to stdout and stderr goes through the filters: stderr is always for a
 * person; stdout may be JSON, so C1 characters stay there (the text reports strip them themselves).
 */
export function guardTerminalOutput(): void {
  guard(process.stdout, withoutC0Controls);
  guard(process.stderr, terminalSafe);
}

function guard(stream: NodeJS.WriteStream, clean: (text: string) => string): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? clean(chunk) : chunk, ...rest)) as typeof stream.write;
}
