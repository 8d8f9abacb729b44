// A tiny append-only log in the data folder, for the officer to send to support.
// Synchronous appends: entries are rare, and one written just before a crash must land.
import fs from 'node:fs';
import path from 'node:path';
import { formatLogLine, type LogLevel } from './log-format.js';

export const LOG_FILE_NAME = 'khoi-thi-dua.log';

export interface Logger {
  readonly file: string;
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(dataDir: string, now: () => Date = () => new Date()): Logger {
  const file = path.join(dataDir, LOG_FILE_NAME);
  const write = (level: LogLevel, message: string, error?: unknown) => {
    const line = formatLogLine(now(), level, message, error);
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.appendFileSync(file, line, 'utf8');
    } catch {
      // Logging must never take the app down; stderr is the last resort.
      process.stderr.write(line);
    }
  };
  return {
    file,
    info: (message) => write('INFO', message),
    warn: (message, error) => write('WARN', message, error),
    error: (message, error) => write('ERROR', message, error),
  };
}
