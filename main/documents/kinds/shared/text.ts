// Small wording helpers several kinds share: lines of a text area, list punctuation, people and guests.
import type { Guest } from '../../../contract/index.js';
import { cleanText } from '../../../common/vietnamese.js';
import type { DocumentSettings } from './base.js';

/** Non-empty lines of a multi-line field, each a paragraph. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map(cleanText)
    .filter((l) => l !== '');

/** Lines of a list: ";" after each, "." after the last. */
export function endLines(items: string[]): string[] {
  return items.map((t, i) => `${t.replace(/[;.,]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

/** The recipients the officer typed, or nothing (the year's defaults then apply). */
export const withRecipients = (recipients: string[] | undefined) => (recipients ? { recipients } : {});

/** The meeting's name with the bloc's, unless it already says it. */
export function eventName(name: string, settings: DocumentSettings): string {
  const lowerName = name.toLocaleLowerCase('vi');
  return lowerName.includes(settings.blocName.toLocaleLowerCase('vi')) ? name : `${name} ${settings.blocName}`;
}

/** "Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", or the organisation's representative. */
export function guestLine(g: Guest, withRole: boolean): string {
  const role = withRole && g.role && g.role !== 'đại diện' ? `, ${g.role}` : '';
  if (g.name) {
    const where = [g.position, g.organisation].filter(Boolean).join(', ');
    return `Đồng chí ${g.name}${where ? ` - ${where}` : ''}${role}`;
  }
  return `Đại diện lãnh đạo ${g.organisation}${role}`;
}
