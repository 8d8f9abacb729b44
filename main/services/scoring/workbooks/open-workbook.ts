// Opening a workbook an officer picked: the checks that come before parsing (size, password) and a parse that
// never throws, so that every importer refuses a bad file in the same words.
import ExcelJS from 'exceljs';

export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** A password-protected .xlsx is wrapped in an OLE compound file, as an Excel 97–2003 .xls is. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** exceljs types its input as its own Buffer interface; a Node Buffer is what it reads. */
type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

export type Opened = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string };

/** "52,4 MB", "50 MB". */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '').replace('.', ',')} MB`;
}

/** True when the OLE directory names this stream (names are stored in UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

function oleProblem(bytes: Uint8Array, fileName: string): string {
  // An encrypted .xlsx carries an "EncryptionInfo" stream; an old .xls a "Workbook" one and no encryption.
  if (!hasStream(bytes, 'EncryptionInfo') && hasStream(bytes, 'Workbook')) {
    return `Tệp ${fileName} là tệp Excel 97–2003 (.xls); hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại`;
  }
  return `Tệp ${fileName} được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại`;
}

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<Opened> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    return { ok: false, message: `Tệp ${fileName} quá lớn (${megabytes(bytes.byteLength)}); giới hạn ${megabytes(MAX_WORKBOOK_BYTES)}` };
  }
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return { ok: false, message: oleProblem(bytes, fileName) };
  const notExcel = { ok: false as const, message: `Tệp ${fileName} không phải tệp Excel (.xlsx)` };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as XlsxInput);
  } catch {
    return notExcel;
  }
  // Any other zip (a .docx) loads as a workbook without sheets.
  return workbook.worksheets.length === 0 ? notExcel : { ok: true, workbook };
}
