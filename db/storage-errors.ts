// What can go wrong with the disk or the data file itself, each with its own Vietnamese message that says
// what to do: the officer cannot act on "SQLITE_FULL" or "EACCES".

export type StorageProblem = 'diskFull' | 'readOnly' | 'inUse' | 'damaged' | 'empty' | 'notDatabase';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / MB)).toLocaleString('vi-VN')} MB`;

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
  }

  static diskFull(dir: string, needed?: number, free?: number): StorageError {
    const room = needed !== undefined && free !== undefined ? ` (cần khoảng ${megabytes(needed)}, còn ${megabytes(free)})` : '';
    return new StorageError(
      'diskFull',
      `Ổ đĩa chứa thư mục ${dir} đã đầy${room}. Dữ liệu không bị thay đổi. ` +
        'Hãy xóa bớt tệp không cần thiết hoặc dọn Thùng rác rồi thử lại.',
    );
  }

  static readOnly(dir: string): StorageError {
    return new StorageError(
      'readOnly',
      `Không ghi được vào thư mục ${dir}: thư mục chỉ cho phép đọc hoặc tài khoản không có quyền ghi. ` +
        'Dữ liệu không bị thay đổi. Hãy chọn thư mục khác hoặc nhờ cán bộ tin học cấp quyền ghi.',
    );
  }

  static inUse(since?: Date): StorageError {
    const when = since ? ` (mở lúc ${since.toLocaleString('vi-VN')})` : '';
    return new StorageError(
      'inUse',
      `Dữ liệu đang được mở ở cửa sổ khác${when}. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại chương trình. ` +
        'Hai cửa sổ cùng ghi một dữ liệu có thể làm mất thay đổi.',
    );
  }

  static damaged(detail?: string): StorageError {
    return new StorageError(
      'damaged',
      'Tệp dữ liệu bị hỏng (có thể do mất điện hoặc lỗi ổ đĩa)' +
        (detail ? `: ${detail}` : '') +
        '. Đừng tiếp tục nhập liệu; hãy khôi phục từ bản sao lưu gần nhất trong mục "Sao lưu và khôi phục".',
    );
  }

  static empty(file: string): StorageError {
    return new StorageError(
      'empty',
      `Tệp dữ liệu ${file} rỗng (0 byte), có thể do mất điện khi đang ghi. ` +
        'Chương trình không tạo dữ liệu mới đè lên nó; hãy khôi phục từ bản sao lưu gần nhất.',
    );
  }

  static notDatabase(file: string): StorageError {
    return new StorageError(
      'notDatabase',
      `Tệp ${file} không phải là dữ liệu của Khối Thi Đua hoặc đã bị ghi đè. ` +
        'Chương trình không thay đổi tệp này; hãy khôi phục từ bản sao lưu gần nhất.',
    );
  }

  /** The storage problem behind an error from SQLite or the file system, or null for anything else. */
  static from(error: unknown, dir: string): StorageError | null {
    if (error instanceof StorageError) return error;
    if (!(error instanceof Error)) return null;
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL') || code === 'EDQUOT') return StorageError.diskFull(dir);
    if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      return StorageError.readOnly(dir);
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return StorageError.inUse();
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
      return StorageError.damaged();
    }
    return null;
  }
}
