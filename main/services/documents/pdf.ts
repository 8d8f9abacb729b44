// A document as PDF on the desktop: the window prints the preview it shows (the print stylesheet leaves only
// the sheet), the officer picks where it goes. The services only name the file and write it.
import type { Db } from '../../../db/connection.js';
import type { DocumentRequest } from '../../contract/index.js';
import { ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { findYear } from '../years/queries.js';
import { draftDocument } from './draft.js';
import { documentPath, writeFile } from './files.js';
import { fileNameOf, findEntry } from './register.js';

export const BROWSER_PDF =
  'Lưu PDF trực tiếp chỉ có trong ứng dụng trên máy tính. Trong trình duyệt, hãy bấm “In / Lưu PDF” rồi chọn “Lưu dưới dạng PDF” ở mục Máy in.';

type Source = { documentId: number } | DocumentRequest;

export async function savePdf(db: Db, options: ServiceOptions, input: Source): Promise<{ path: string | null }> {
  if (!options.desktop) throw new ServiceError('FORBIDDEN', BROWSER_PDF);
  const { year, fileName } = await docxNameOf(db, input);
  const file = await options.desktop.chooseSavePath(documentPath(options.dataDir, year, fileName.replace(/\.docx$/i, '.pdf')));
  if (file === null) return { path: null };
  writeFile(file, await options.desktop.printToPdf());
  return { path: file };
}

/** The name the DOCX of the same entry or draft gets, and its year (for the documents folder). */
async function docxNameOf(db: Db, input: Source): Promise<{ year: number; fileName: string }> {
  if ('documentId' in input) {
    const { year, fileName } = await findEntry(db, input.documentId);
    return { year, fileName };
  }
  const draft = await draftDocument(db, await findYear(db, input.yearId), input);
  return { year: draft.year.year, fileName: fileNameOf(draft.year.year, null, input.type, draft.kind.build(draft.data)) };
}
