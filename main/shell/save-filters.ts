// The save dialog's file type follows the file being saved: a package is not offered as a Word document.
import path from 'node:path';

const FILTERS: Record<string, Electron.FileFilter> = {
  docx: { name: 'Văn bản Word', extensions: ['docx'] },
  pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] },
  xlsx: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  zip: { name: 'Tệp nén', extensions: ['zip'] },
  ktd: { name: 'Gói bàn giao Khối Thi Đua', extensions: ['ktd'] },
};

export function saveFilters(defaultPath: string): Electron.FileFilter[] {
  const filter = FILTERS[path.extname(defaultPath).slice(1).toLowerCase()];
  return filter ? [filter] : [];
}
