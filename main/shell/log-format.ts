// The log file's line format, apart from the file itself so it can be tested.

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

/** Text for anything thrown: the stack when there is one, since that is what support needs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** One entry: ISO timestamp, level, message, and the error's stack on the lines that follow. */
export function formatLogLine(date: Date, level: LogLevel, message: string, error?: unknown): string {
  const head = `${date.toISOString()} [${level}] ${message}`;
  return error === undefined ? `${head}\n` : `${head}\n${indent(describeError(error))}\n`;
}

const indent = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
