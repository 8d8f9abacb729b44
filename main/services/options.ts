import path from 'node:path';
import type { OpenedDatabase } from '../../db/connection.js';
import type { BackupKind } from '../../db/backups/kinds.js';
// What the services need besides the database, given by whoever serves them (Electron, browser mode,
// scripts, tests).

/** What only the desktop shell can do; browser mode has none and downloads the file instead. */
export interface DesktopPort {
  /** The system's save dialog; null when the officer cancels. */
  chooseSavePath(defaultPath: string): Promise<string | null>;
  /** Opens the file in its default program (the word processor). */
  openPath(file: string): Promise<void>;
  showItemInFolder(file: string): void;
  /** The system's open dialog for one file of the given extensions; null when cancelled. */
  chooseOpenPath(name: string, extensions: string[]): Promise<string | null>;
  /** The system's folder dialog; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** The window's page as printed (its print stylesheet): A4, in the orientation and margins the page sets. */
  printToPdf(): Promise<Uint8Array>;
}

export interface ServiceOptions {
  /** The data directory: the database, backups, and the documents folder live here. */
  dataDir: string;
  /** A checked copy of the database before anything that is hard to undo (merging units, closing a year…). */
  backup(kind: BackupKind): Promise<string>;
  /** The backups themselves: the list, restoring one, copies for another computer. */
  data: Pick<OpenedDatabase, 'file' | 'backups' | 'restore'>;
  desktop?: DesktopPort;
  /** The clock, for the default issue date; tests set it. */
  now?: () => Date;
}

/** The options every server of the services (Electron, browser mode, scripts, tests) builds the same way. */
export const optionsFor = (opened: OpenedDatabase, extra: Partial<Pick<ServiceOptions, 'desktop' | 'now'>> = {}): ServiceOptions => ({
  dataDir: path.dirname(opened.file),
  backup: opened.backup,
  data: opened,
  ...extra,
});
