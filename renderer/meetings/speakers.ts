// Who may have spoken at a meeting, as the minutes name them: its guests, its chair, the units' heads.
import { useWatch, type Control } from 'react-hook-form';
import { positionAt, sentenceCase } from '../../main/common/vietnamese.js';
import { guestLine } from '../../main/documents/kinds/shared/text.js';
import type { YearUnit } from '../../main/contract/index.js';
import type { MeetingForm, MeetingOutput } from './MeetingForm';

export function useSpeakers(control: Control<MeetingForm, unknown, MeetingOutput>, members: YearUnit[]): string[] {
  const [guests, chair] = useWatch({ control, name: ['guests', 'chair'] });
  const named = (guests ?? [])
    .filter((g) => g.name?.trim())
    .map((g) => guestLine({ name: g.name ?? '', position: g.position ?? '', organisation: g.organisation ?? '', role: '' }, false));
  const heads = members
    .filter((m) => m.headName.trim())
    .map((m) => `Đồng chí ${m.headName} - ${positionAt(sentenceCase(m.headPosition) || 'Thủ trưởng', m.name)}`);
  return [...new Set([...named, ...(chair?.trim() ? [`Đồng chí ${chair.trim()}`] : []), ...heads])];
}
