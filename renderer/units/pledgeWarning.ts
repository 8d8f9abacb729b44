// What the officer is told before a unit leaves a year whose pledge was issued: that pledge lists the unit and
// must be issued again. Pure, from units.issuedPledges (the service compares the pledge with the members).
import type { IssuedPledgeStatus } from '../../main/contract/index.js';
import { formatShortDate } from '../../main/documents/format.js';

/** "bản giao ước thi đua năm 2018 (không số, ban hành ngày 09/3/2018)". */
export function issuedPledgeText(p: IssuedPledgeStatus): string {
  const number = p.numberText === 'Không số' ? 'không số' : `số ${p.numberText}`;
  return `bản giao ước thi đua năm ${p.year} (${number}, ban hành ngày ${formatShortDate(p.date)})`;
}

/**
 * The warning for `unitIds` leaving the years `leaves` says, or null when no issued pledge of those years lists
 * any of them.
 */
export function pledgeWarning(statuses: IssuedPledgeStatus[] | undefined, unitIds: number[], leaves: (year: number) => boolean): string | null {
  const affected = (statuses ?? []).filter((p) => leaves(p.year) && unitIds.some((id) => p.listedUnitIds.includes(id)));
  if (affected.length === 0) return null;
  const texts = affected.map(issuedPledgeText);
  const listed = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} và ${texts.at(-1)!}`;
  const them = unitIds.length > 1 ? 'các đơn vị này' : 'đơn vị này';
  return `Đã ban hành ${listed} có tên ${them}: sau khi thay đổi, bản giao ước không còn khớp với các đơn vị thành viên và cần ban hành lại.`;
}
