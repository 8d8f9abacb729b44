// The officer's backup preferences belong to this computer (a USB stick's drive letter), not to the data:
// kept in a small file beside the database, so restoring an old copy does not bring back an old folder.
import fs from 'node:fs';
import path from 'node:path';

export interface BackupSettings {
  /** A second folder every backup is also copied to, e.g. a USB stick; null when none. */
  mirrorDir: string | null;
}

const file = (dataDir: string) => path.join(dataDir, 'backup-settings.json');

export function readBackupSettings(dataDir: string): BackupSettings {
  try {
    const saved = JSON.parse(fs.readFileSync(file(dataDir), 'utf8')) as Partial<BackupSettings>;
    return { mirrorDir: typeof saved.mirrorDir === 'string' ? saved.mirrorDir : null };
  } catch {
    return { mirrorDir: null };
  }
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  const target = file(dataDir);
  fs.writeFileSync(`${target}.partial`, JSON.stringify(settings, null, 2));
  fs.renameSync(`${target}.partial`, target);
}
