// Backups and restore: what the officer sees of the safety net, and the way back when something went wrong
// or the data moves to a new computer.
import { z } from 'zod';
import { channel } from './channel.js';
import { stagedFileId } from './fields.js';
import { attachedFile } from './scoring.js';

/** A data copy uploaded in browser mode (the desktop reads the chosen file itself, of any size). */
const dataCopyFile = attachedFile.extend({
  base64: z
    .string()
    .min(32, 'Tệp quá nhỏ, không phải bản sao dữ liệu của Khối Thi Đua')
    .max(100_000_000, 'Tệp quá lớn để tải lên ở chế độ trình duyệt (tối đa khoảng 75 MB); ứng dụng trên máy tính không giới hạn'),
});

const backupName = z.string().trim().min(1, 'Chưa chọn bản sao lưu').max(300).regex(/^[^/\\]+\.sqlite$/, 'Tên bản sao lưu không hợp lệ');

export const backupEntry = z.object({
  /** The file name, which identifies it. */
  backup: z.string(),
  /** Why it was taken, as the officer reads it. */
  reason: z.string(),
  tier: z.string(),
  takenAt: z.string(),
  size: z.number().int(),
  /** In the data folder, or in the second folder (a USB stick). */
  place: z.enum(['data', 'mirror']),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const copyContents = z.object({
  blocs: z.array(
    z.object({
      name: z.string(),
      years: z.array(z.object({ year: z.number().int(), closed: z.boolean(), units: z.number().int(), documents: z.number().int() })),
    }),
  ),
  totals: z.object({ blocs: z.number().int(), years: z.number().int(), units: z.number().int(), documents: z.number().int() }),
});
export type CopyContents = z.infer<typeof copyContents>;

export const integrityResult = z.object({ checkedAt: z.string(), ok: z.boolean(), detail: z.string().nullable() });

export const backupsOverview = z.object({
  dataDir: z.string(),
  databaseSize: z.number().int(),
  /** Free space on the data folder's disk; null when the system does not say. */
  freeBytes: z.number().nullable(),
  mirrorDir: z.string().nullable(),
  /** The second folder is set but cannot be reached now (the USB stick is out). */
  mirrorMissing: z.boolean(),
  /** The newest full integrity check of the data. */
  integrity: integrityResult.nullable(),
  /** Desktop only: the system's dialogs for choosing files and folders. */
  canChoose: z.boolean(),
  tiers: z.array(z.object({ tier: z.string(), label: z.string(), kept: z.number().int() })),
  backups: z.array(backupEntry),
});
export type BackupsOverview = z.infer<typeof backupsOverview>;

/** A copy from elsewhere (another computer, a USB stick), brought into the data folder and checked. */
export const stagedCopy = z.object({
  copyId: z.string(),
  fileName: z.string(),
  contents: copyContents,
  /** Evidence and saved documents the copy brings (a .zip made by "Lưu bản sao dữ liệu"); 0 for a bare database. */
  files: z.number().int(),
});

const restored = z.object({
  /** The backup of the data as it was just before: the way back from the restore itself. */
  safetyBackup: z.string(),
  contents: copyContents,
  /** Files the copy put into the data folder. */
  filesPlaced: z.number().int(),
  /** Evidence files the restored data lists but the data folder lacks (a backup holds the database only). */
  missingFiles: z.number().int(),
});

const copyId = stagedFileId('Bản sao không hợp lệ');

export const backupsChannels = {
  'backups.overview': channel(z.object({}), backupsOverview),
  'backups.inspect': channel(z.object({ backup: backupName }), z.object({ entry: backupEntry, contents: copyContents })),
  'backups.take': channel(z.object({}), z.object({ entry: backupEntry, mirrorProblem: z.string().nullable() })),
  'backups.restore': channel(z.object({ backup: backupName }), restored),
  /** Desktop: the open dialog (no file given); browser mode: the uploaded file. Nothing changes yet. */
  'backups.stageCopy': channel(z.object({ file: dataCopyFile.optional() }), stagedCopy.nullable()),
  'backups.restoreCopy': channel(z.object({ copyId }), restored),
  /** One .zip of the whole data (database and files) for another computer; path null when the officer cancels. */
  'backups.saveCopy': channel(z.object({}), z.object({ path: z.string().nullable(), files: z.number().int() })),
  'backups.setMirror': channel(z.object({ folder: z.string().trim().min(1).max(1000) }), z.object({ mirrorDir: z.string().nullable() })),
  'backups.clearMirror': channel(z.object({}), z.object({ mirrorDir: z.null() })),
  /** Desktop: the folder dialog, then as setMirror. */
  'backups.chooseMirror': channel(z.object({}), z.object({ mirrorDir: z.string().nullable() })),
  'backups.checkIntegrity': channel(z.object({}), integrityResult),
};
