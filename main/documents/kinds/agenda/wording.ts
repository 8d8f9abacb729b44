/**
 * Chương trình (CTr) of a meeting: "CHƯƠNG TRÌNH" + the meeting's name, time and place, then the agenda:
 * a table Thời gian | Nội dung | Thực hiện when any item has a time or a presenter, else a numbered list.
 */
import type { BodyBlock, StateDocument, TableCell } from '../../model.js';
import { endWith, formatMeetingTime } from '../../format.js';
import { issuedDocument, type DocumentBase } from '../shared/base.js';

/** Decree 30, Appendix III. */
export const typeCode = 'CTr';

export interface AgendaItem {
  /** As the officer writes it, e.g. "14h00 - 14h15". */
  time?: string;
  title: string;
  /** Who presents, e.g. "Trưởng khối". */
  presenter?: string;
}

export interface AgendaData extends DocumentBase {
  /** Under the title, e.g. "Hội nghị ký kết giao ước thi đua năm 2018". */
  meetingName: string;
  start: { date: string; time: string };
  place: string;
  /** e.g. "Đồng chí Lê Thị C - Hiệu trưởng …, Trưởng khối". */
  chair?: string;
  items: AgendaItem[];
}

export function buildAgenda(data: AgendaData): StateDocument {
  const body: BodyBlock[] = [
    { kind: 'paragraph', text: [{ text: 'Thời gian: ', bold: true }, { text: `${formatMeetingTime(data.start.date, data.start.time)}.` }] },
    { kind: 'paragraph', text: [{ text: 'Địa điểm: ', bold: true }, { text: endWith(data.place, '.') }] },
  ];
  if (data.chair) body.push({ kind: 'paragraph', text: [{ text: 'Chủ trì: ', bold: true }, { text: endWith(data.chair, '.') }] });
  const tabular = data.items.some((i) => i.time?.trim() || i.presenter?.trim());
  if (tabular) {
    body.push({ kind: 'heading', level: 1, text: 'NỘI DUNG CHƯƠNG TRÌNH', align: 'center' });
    body.push({
      kind: 'table',
      widthUnit: 'weight',
      columns: [{ width: 2.3, align: 'center' }, { width: 5.4, align: 'left' }, { width: 3, align: 'center' }],
      headerRows: [['Thời gian', 'Nội dung', 'Thực hiện']],
      rows: data.items.map((i): TableCell[] => [i.time?.trim() ?? '', i.title, i.presenter?.trim() ?? '']),
    });
  } else {
    body.push({ kind: 'heading', level: 1, text: 'NỘI DUNG CHƯƠNG TRÌNH', align: 'center' });
    data.items.forEach((i, n) => body.push({ kind: 'numbered', label: `${n + 1}.`, text: endWith(i.title, '.') }));
  }
  return issuedDocument(data, typeCode, 'CHƯƠNG TRÌNH', data.meetingName, body);
}
