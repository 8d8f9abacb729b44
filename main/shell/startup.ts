// Opening the data at start, and what the officer is told when it cannot be opened: each problem in
// Vietnamese with what to do, and for a damaged, empty or foreign file the newest good backup offered in
// its place. No Electron here: the shell passes its dialogs in, so this is tested in Node.
import path from 'node:path';
import { SchemaTooNewError, type OpenedDatabase } from '../../db/connection.js';
import { newestGoodBackup, replaceWithBackup } from '../../db/recovery.js';
import { StorageError } from '../../db/storage-errors.js';

export interface StartupLogger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  file: string;
}

export interface AskOptions {
  type: 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export interface StartupPorts {
  open(): Promise<OpenedDatabase>;
  /** A message box; answers the index of the button pressed. */
  ask(options: AskOptions): Promise<number>;
  showError(title: string, message: string): void;
  openFolder(folder: string): void;
}

const RECOVERABLE = new Set(['damaged', 'empty', 'notDatabase']);
const TITLE = 'Không mở được dữ liệu';

const when = (d: Date) => d.toLocaleString('vi-VN');

/** The open database, or null when the program should quit (the officer has been told why). */
export async function openOrRecover(file: string, logger: StartupLogger, ports: StartupPorts): Promise<OpenedDatabase | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await ports.open();
    } catch (error) {
      logger.error(`Could not open the database ${file}`, error);
      if (error instanceof StorageError && RECOVERABLE.has(error.problem) && attempt === 0) {
        if (await offerBackup(file, error, logger, ports)) continue;
        return null;
      }
      ports.showError(TITLE, messageOf(error, file, logger.file));
      return null;
    }
  }
  return null;
}

async function offerBackup(file: string, error: StorageError, logger: StartupLogger, ports: StartupPorts): Promise<boolean> {
  const good = newestGoodBackup(file);
  if (!good) {
    ports.showError(
      TITLE,
      `${error.message}\n\nKhông tìm thấy bản sao lưu nào còn dùng được. Đừng xóa thư mục dữ liệu; hãy gửi nó cho bộ phận ` +
        `hỗ trợ:\n${path.dirname(file)}`,
    );
    return false;
  }
  const { blocs, years, units, documents } = good.totals;
  const choice = await ports.ask({
    type: 'error',
    title: TITLE,
    message: error.message,
    detail:
      `Bản sao lưu còn tốt gần nhất: lúc ${when(good.takenAt)} (${blocs} khối, ${years} năm, ${units} đơn vị, ${documents} văn bản). ` +
      'Khôi phục sẽ đổi tên tệp hiện tại (không xóa) rồi dùng bản sao lưu này; những thay đổi sau thời điểm đó cần nhập lại.',
    buttons: ['Khôi phục bản sao lưu này', 'Mở thư mục dữ liệu', 'Thoát'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  if (choice === 0) {
    const aside = replaceWithBackup(file, good.file);
    logger.info(`Restored ${good.file} at start; the unusable file was kept as ${aside}`);
    return true;
  }
  if (choice === 1) ports.openFolder(path.dirname(file));
  return false;
}

function messageOf(error: unknown, file: string, logFile: string): string {
  // The newer-version case has its own message: the officer must update, not worry.
  if (error instanceof SchemaTooNewError || error instanceof StorageError) return error.message;
  return (
    `Không mở được tệp dữ liệu:\n${file}\n\n` +
    'Có thể tệp đang được một chương trình khác sử dụng hoặc thư mục không cho phép ghi. ' +
    `Chi tiết được ghi trong tệp nhật ký:\n${logFile}`
  );
}
