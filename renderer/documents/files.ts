// DOCX files: a download in browser mode (and for drafts), the year's documents folder on the desktop.
import type { Input } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';

/** Electron's preload bridge is there: main can write files and open them. */
export const isDesktop = (): boolean => window.khoiThiDua !== undefined;

/** Asks main for the DOCX (a register entry or a draft) and hands it to the browser as a download. */
export async function downloadDocx(input: Input<'documents.docx'>): Promise<string> {
  const file = await unwrap(api['documents.docx'](input));
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}
