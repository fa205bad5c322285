/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, unusable: 2 } as const;

/** Where in a file a problem was found. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** A problem the user can act on: printed as one `file:line:col: message` line, never as a stack trace. */
export class VawgError extends Error {
  readonly location: Location | undefined;
  readonly exitCode: number;

  constructor(message: string, location?: Location, exitCode: number = EXIT.unusable) {
    super(message);
    this.name = 'VawgError';
    this.location = location;
    this.exitCode = exitCode;
  }
}

/** Formats a location and a message as `file:line:col: message`. */
export function formatLocated(message: string, location?: Location): string {
  if (!location) return message;
  const parts = [location.file];
  if (location.line !== undefined) {
    parts.push(String(location.line));
    if (location.column !== undefined) parts.push(String(location.column));
  }
  return `${parts.join(':')}: ${message}`;
}

/** The one-line form of any error, with its file and line where known. */
export function describeError(error: unknown): string {
  if (error instanceof VawgError) return formatLocated(error.message, error.location);
  if (error instanceof Error) return error.message;
  return String(error);
}
