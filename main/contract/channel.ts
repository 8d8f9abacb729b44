import type { z } from 'zod';

/** One thing the window may ask of main: its input and output schemas. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O> => ({
  input,
  output,
});

/** What every channel answers: the data, or a code with a Vietnamese message. */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };

/** STORAGE: the disk or the data file itself (full, read-only, in use, damaged), with what to do. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'YEAR_CLOSED' | 'FORBIDDEN' | 'STORAGE' | 'INTERNAL';
