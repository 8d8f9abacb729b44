// The safety net as the officer sees it: the list of backups with what each holds, restoring one (the
// live data is backed up first), a copy for another computer, and the second folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { freeBytes } from '../../../db/backups/copy.js';
import { BACKUP_KINDS, BACKUP_TIERS } from '../../../db/backups/kinds.js';
import { readBackupSettings, writeBackupSettings } from '../../../db/backups/settings.js';
import type { BackupFile, RestoreResult } from '../../../db/backups/store.js';
import { lastIntegrityCheck, runIntegrityCheck } from '../../../db/integrity.js';
import { StorageError } from '../../../db/storage-errors.js';
import type { BackupEntry, Handlers } from '../../contract/index.js';
import { fieldError, notFound, ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { missingEvidence, placeFiles, writeDataCopy } from './data-copy.js';
import { removeStaged, stagedCopy, stageCopy } from './staging.js';

type BackupsHandlers = Pick<Handlers, Extract<keyof Handlers, `backups.${string}`>>;

export const backupsHandlers = (db: Db, options: ServiceOptions): BackupsHandlers => {
  const { data, dataDir, desktop } = options;
  const now = () => options.now?.() ?? new Date();
  const entryOf = (b: BackupFile): BackupEntry => ({
    backup: b.name,
    reason: BACKUP_KINDS[b.kind].label,
    tier: BACKUP_TIERS[BACKUP_KINDS[b.kind].tier].label,
    takenAt: b.takenAt.toISOString(),
    size: b.size,
    place: b.place,
  });
  const restored = async (result: RestoreResult, filesPlaced: number) => {
    const evidence = await db.selectFrom('evidence').select('storedPath').execute();
    const signedCopies = await db.selectFrom('signedCopies').select('storedPath').execute();
    return {
      safetyBackup: path.basename(result.safetyBackup),
      contents: result.contents,
      filesPlaced,
      missingFiles: missingEvidence(dataDir, [...evidence, ...signedCopies].map((e) => e.storedPath)),
    };
  };
  const findBackup = (name: string) => {
    const found = data.backups.find(name);
    if (!found) throw notFound('bản sao lưu này (có thể đã được xóa theo lịch giữ bản sao)');
    return found;
  };

  return {
    'backups.overview': async () => {
      const { mirrorDir } = readBackupSettings(dataDir);
      const size = await sql<{ n: number }>`SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()`.execute(db);
      return {
        dataDir,
        databaseSize: size.rows[0]?.n ?? 0,
        freeBytes: freeBytes(dataDir),
        mirrorDir,
        mirrorMissing: mirrorDir !== null && !fs.existsSync(mirrorDir),
        integrity: lastIntegrityCheck(data.file),
        canChoose: desktop !== undefined,
        tiers: Object.entries(BACKUP_TIERS).map(([tier, { label, kept }]) => ({ tier, label, kept })),
        backups: data.backups.list().map(entryOf),
      };
    },
    'backups.inspect': async ({ backup }) => {
      const found = findBackup(backup);
      return { entry: entryOf(found), contents: inspectCopy(data, found.file, 'Bản sao lưu này') };
    },
    'backups.take': async () => {
      const taken = await data.backups.take('manual');
      return { entry: entryOf(findBackup(path.basename(taken.file))), mirrorProblem: taken.mirrorProblem };
    },
    'backups.restore': async ({ backup }) => {
      const found = findBackup(backup);
      inspectCopy(data, found.file, 'Bản sao lưu này');
      return restored(await data.restore(found.file), 0);
    },
    'backups.stageCopy': async ({ file }) => {
      let bytes: Buffer;
      let fileName: string;
      if (file) [bytes, fileName] = [Buffer.from(file.base64, 'base64'), file.fileName];
      else {
        if (!desktop) throw new ServiceError('VALIDATION', 'Hãy chọn tệp dữ liệu cần mở.');
        const chosen = await desktop.chooseOpenPath('Bản sao dữ liệu Khối Thi Đua', ['zip', 'sqlite']);
        if (!chosen) return null;
        [bytes, fileName] = [readChosen(chosen), path.basename(chosen)];
      }
      const copyId = `${now().toISOString().slice(0, 10)}-${crypto.randomBytes(6).toString('hex')}`;
      const staged = await stageCopy(dataDir, copyId, bytes);
      try {
        return { copyId, fileName, files: staged.files, contents: inspectCopy(data, staged.database, `Tệp “${fileName}”`) };
      } catch (error) {
        removeStaged(dataDir);
        throw error;
      }
    },
    'backups.restoreCopy': async ({ copyId }) => {
      const staged = stagedCopy(dataDir, copyId);
      if (!fs.existsSync(staged.database)) throw notFound('bản sao đã chọn; hãy chọn lại tệp');
      try {
        const result = await data.restore(staged.database);
        const kept = path.join(dataDir, 'backups', `tep-${path.basename(result.safetyBackup, '.sqlite')}`);
        return restored(result, placeFiles(staged.files, dataDir, kept));
      } finally {
        removeStaged(dataDir);
      }
    },
    'backups.saveCopy': async () => {
      const fileName = `Khoi-Thi-Dua-du-lieu-${now().toISOString().slice(0, 10)}.zip`;
      const proposed = path.join(dataDir, 'ban-sao', fileName);
      const target = desktop ? await desktop.chooseSavePath(proposed) : proposed;
      if (!target) return { path: null, files: 0 };
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const { files } = await writeDataCopy(data, dataDir, target);
      return { path: target, files };
    },
    'backups.setMirror': async ({ folder }) => setMirror(dataDir, folder),
    'backups.clearMirror': async () => {
      writeBackupSettings(dataDir, { mirrorDir: null });
      return { mirrorDir: null };
    },
    'backups.chooseMirror': async () => {
      if (!desktop) throw new ServiceError('VALIDATION', 'Chọn thư mục chỉ có trong ứng dụng trên máy tính.');
      const folder = await desktop.chooseFolder();
      return folder ? setMirror(dataDir, folder) : { mirrorDir: readBackupSettings(dataDir).mirrorDir };
    },
    'backups.checkIntegrity': () => runIntegrityCheck(data.file, now()),
  };
};

/** The second folder must be somewhere else, existing and writable: checked now, not at the next backup. */
/**
 * What a copy holds; a copy that is damaged, empty or not the program's data is the copy's problem, not the
 * live data's: said of the file the officer chose, and that the data on this PC is untouched.
 */
function inspectCopy(data: ServiceOptions['data'], file: string, what: string) {
  try {
    return data.backups.inspect(file);
  } catch (error) {
    if (!(error instanceof StorageError) || !['damaged', 'empty', 'notDatabase'].includes(error.problem)) throw error;
    const problem = error.problem === 'damaged' ? 'bị hỏng' : 'không phải dữ liệu của Khối Thi Đua (hoặc rỗng)';
    throw new ServiceError('VALIDATION', `${what} ${problem}, không dùng để khôi phục được. Dữ liệu trên máy không thay đổi.`);
  }
}

/** A file picked in the open dialog: read whole (a USB stick may be pulled out later). */
function readChosen(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw StorageError.from(error, path.dirname(file)) ?? error;
  }
}

function setMirror(dataDir: string, folder: string): { mirrorDir: string } {
  const dir = path.resolve(folder);
  if (!path.isAbsolute(folder) || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw fieldError('folder', `Không tìm thấy thư mục ${folder}.`);
  }
  if (dir === path.resolve(dataDir) || dir.startsWith(path.resolve(dataDir) + path.sep)) {
    throw fieldError('folder', 'Thư mục sao lưu thứ hai phải ở nơi khác thư mục dữ liệu (ví dụ ổ USB).');
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw fieldError('folder', (StorageError.from(error, dir) ?? StorageError.readOnly(dir)).message);
  }
  writeBackupSettings(dataDir, { mirrorDir: dir });
  return { mirrorDir: dir };
}
