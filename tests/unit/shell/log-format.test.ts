import { describe, expect, it } from 'vitest';
import { describeError, formatLogLine } from '../../../main/shell/log-format.js';

const at = new Date('2024-03-05T07:08:09.010Z');

describe('formatLogLine', () => {
  it('is one timestamped line without an error', () => {
    expect(formatLogLine(at, 'INFO', 'Khởi động')).toBe('2024-03-05T07:08:09.010Z [INFO] Khởi động\n');
  });

  it('puts the error stack, indented, on the following lines', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at f (x.ts:1:1)';
    expect(formatLogLine(at, 'ERROR', 'Service error', error)).toBe(
      '2024-03-05T07:08:09.010Z [ERROR] Service error\n    Error: boom\n        at f (x.ts:1:1)\n',
    );
  });
});

describe('describeError', () => {
  it('describes whatever was thrown', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ code: 1 })).toBe('{"code":1}');
    expect(describeError(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeError(cyclic)).toBe('[object Object]');
  });

  it('falls back to name and message when an error has no stack', () => {
    const error = new TypeError('bad');
    error.stack = undefined;
    expect(describeError(error)).toBe('TypeError: bad');
  });
});
