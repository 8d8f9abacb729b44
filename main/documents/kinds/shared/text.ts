// Small wording helpers several kinds share: lines of a text area, list punctuation, people and guests.
import type { Guest, Meeting, Speech } from '../../../contract/index.js';
import { cleanText, positionAt } from '../../../common/vietnamese.js';
import type { DocumentSettings } from './base.js';
import type { Problem } from './kind.js';

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

/**
 * What every kind's data starts with: the year's settings, no number and no date until issued, and the
 * recipients when there are any (else the year's defaults apply).
 */
export const draftBase = (settings: DocumentSettings, recipients?: string[]) => ({
  settings,
  number: null,
  date: null,
  ...(recipients && { recipients }),
});

/** The meeting's name with the bloc's, unless it already says it. */
export function eventName(name: string, settings: DocumentSettings): string {
  const lowerName = name.toLocaleLowerCase('vi');
  return lowerName.includes(settings.blocName.toLocaleLowerCase('vi')) ? name : `${name} ${settings.blocName}`;
}

/** "Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", or the organisation's representative. */
export function guestLine(g: Guest, withRole: boolean): string {
  const role = withRole && g.role && g.role !== 'đại diện' ? `, ${g.role}` : '';
  if (g.name) {
    // "Phó Trưởng ban" at "Ban Thi đua - Khen thưởng tỉnh" reads "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh".
    const where = g.position && g.organisation ? positionAt(g.position, g.organisation) : g.position || g.organisation;
    return `Đồng chí ${g.name}${where ? ` - ${where}` : ''}${role}`;
  }
  return `Đại diện lãnh đạo ${g.organisation}${role}`;
}

/**
 * A view or a direction with the one who said it: "Đồng chí Phạm Duy Hưng - … phát biểu chỉ đạo: …". A
 * bloc's documents never carry a view without its speaker (readiness checks refuse an empty one).
 */
export function attributed(s: Speech, verb = ''): string {
  // A draft may still lack the speaker: the preview shows the gap, which readiness refuses to issue.
  const speaker = cleanText(s.speaker).replace(/[:.;,]\s*$/, '') || '(chưa ghi người phát biểu)';
  const who = speaker.charAt(0).toLocaleUpperCase('vi') + speaker.slice(1);
  return `${who}${verb ? ` ${verb}` : ''}: ${cleanText(s.content)}`;
}

/** Every view and direction the document prints has its speaker, else a problem naming which one lacks it. */
export function speakerProblems(meeting: Meeting, printed: ('views' | 'directions')[] = ['views', 'directions']): Problem[] {
  const lacking = (list: Speech[], field: string, what: string) =>
    list.flatMap((s, i) =>
      s.speaker.trim()
        ? []
        : [{ field: `meeting.${field}.${i}.speaker`, message: `${what} thứ ${i + 1} của “${meeting.name}” chưa ghi người phát biểu: văn bản phải ghi rõ ý kiến của ai.` }],
    );
  return [
    ...(printed.includes('views') ? lacking(meeting.views, 'views', 'Ý kiến thảo luận') : []),
    ...(printed.includes('directions') ? lacking(meeting.directions, 'directions', 'Ý kiến chỉ đạo') : []),
  ];
}
