// What a handover package (.ktd) is: a zip holding manifest.json, data.json (the bloc's rows, table by table,
// as SQLite holds them) and files/ (evidence under minh-chung/, issued documents under van-ban/<year>/),
// with the SHA-256 of every entry in the manifest.
import { z } from 'zod';
import packageJson from '../../../package.json' with { type: 'json' };

export const FORMAT = 'khoi-thi-dua/goi-ban-giao';
export const FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.ktd';
export const PROGRAM_VERSION: string = packageJson.version;

export const MANIFEST_ENTRY = 'manifest.json';
export const DATA_ENTRY = 'data.json';
export const FILES_PREFIX = 'files/';

/** The data directory's folder where every package made here is kept. */
export const HANDOVER_FOLDER = 'ban-giao';

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  program: z.object({ name: z.string(), version: z.string() }),
  /** The migrations applied to the database the package was made from. */
  schema: z.object({ migrations: z.array(z.string()) }),
  bloc: z.object({ uid: z.string().min(1), name: z.string(), years: z.array(z.number().int()) }),
  createdAt: z.string(),
  counts: z.object({ units: z.number().int(), documents: z.number().int(), files: z.number().int() }),
  entries: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** data.json: every table's rows of the bloc. */
export const dataSchema = z.object({ tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) });
export type PackageData = z.infer<typeof dataSchema>;

/**
 * An entry path the package may hold: data.json, or a file under files/ in plain relative segments (no "..",
 * no drive, no backslash), so nothing it carries can land outside the data directory.
 */
export function isSafeEntryPath(entry: string): boolean {
  if (entry === DATA_ENTRY) return true;
  if (!entry.startsWith(FILES_PREFIX) || entry.includes('\\') || entry.includes('\0')) return false;
  const segments = entry.slice(FILES_PREFIX.length).split('/');
  return segments.length >= 2 && segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/^[A-Za-z]:$/.test(s));
}
