// How a register entry is named in messages and labels: "văn bản số 01/GM-KTĐVHXH", or, for a document
// issued without a number (a pledge may be), "văn bản không số “Bản giao ước thi đua năm 2018”".
import { formatShortDate } from '../../main/documents/format.js';
import type { RegisterEntry } from '../../main/contract/index.js';

type Entry = Pick<RegisterEntry, 'number' | 'numberText' | 'title' | 'date'>;

/** "số 01/GM-KTĐVHXH" or "không số “…” ngày 09/3/2018", after "văn bản". */
export const entryRef = (e: Entry): string =>
  e.number === null ? `không số “${e.title}” ngày ${formatShortDate(e.date)}` : `số ${e.numberText}`;

/** "văn bản số 01/GM-KTĐVHXH" / "văn bản không số “…” ngày …". */
export const documentName = (e: Entry): string => `văn bản ${entryRef(e)}`;

/** The success line after issuing: "Đã ban hành văn bản số 01/GM-KTĐVHXH" / "Đã ban hành văn bản (không số)". */
export const issuedMessage = (e: Entry): string =>
  e.number === null ? 'Đã ban hành văn bản (không số)' : `Đã ban hành văn bản số ${e.numberText}`;
