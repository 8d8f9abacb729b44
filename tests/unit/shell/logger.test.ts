import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, LOG_FILE_NAME } from '../../../main/shell/logger.js';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('createLogger', () => {
  it('appends timestamped lines to khoi-thi-dua.log in the data folder, creating it', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-log-'));
    const dataDir = path.join(dir, 'data');
    const logger = createLogger(dataDir, () => new Date('2024-01-01T00:00:00.000Z'));
    logger.info('một');
    logger.warn('hai');
    expect(logger.file).toBe(path.join(dataDir, LOG_FILE_NAME));
    expect(fs.readFileSync(logger.file, 'utf8')).toBe(
      '2024-01-01T00:00:00.000Z [INFO] một\n2024-01-01T00:00:00.000Z [WARN] hai\n',
    );
  });
});
