import path from 'node:path';

/** Set by tests and browser mode to keep their data apart from the officer's. */
export const DATA_DIR_ENV = 'KHOI_THI_DUA_DATA_DIR';

export const dataDirectory = (defaultDir: string): string => process.env[DATA_DIR_ENV] || defaultDir;

export const databaseFile = (dataDir: string): string => path.join(dataDir, 'khoi-thi-dua.sqlite');
