// What the services need besides the database, given by whoever serves them (Electron, browser mode,
// scripts, tests).

/** What only the desktop shell can do; browser mode has none and downloads the file instead. */
export interface DesktopPort {
  /** The system's save dialog; null when the officer cancels. */
  chooseSavePath(defaultPath: string): Promise<string | null>;
  /** Opens the file in its default program (the word processor). */
  openPath(file: string): Promise<void>;
  showItemInFolder(file: string): void;
}

export interface ServiceOptions {
  /** The data directory: the database, backups, and the documents folder live here. */
  dataDir: string;
  /** Copies the database aside before anything that is hard to undo (merging units, closing a year…). */
  backup(reason: string): Promise<string>;
  desktop?: DesktopPort;
  /** The clock, for the default issue date; tests set it. */
  now?: () => Date;
}
