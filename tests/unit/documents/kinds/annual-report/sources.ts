// The Bắc Kạn 2022 year end (tests/support/year-end.ts) with what the annual report reads besides: the
// members, the year's meetings and its signed pledge.
import type { Meeting, Pledge, YearEnd, YearUnit } from '../../../../../main/contract/index.js';
import { blankMembership } from '../../../../../main/contract/index.js';
import type { DocumentSources } from '../../../../../main/documents/index.js';
import { tenUnits } from '../../../../support/score-summary.js';
import { conferenceMeeting, yearEnd2022, yearEndSources } from '../../../../support/year-end.js';

export const members: YearUnit[] = tenUnits
  .map((s) => ({ ...blankMembership(s.unitName), unitId: s.unitId, yearId: 1, endYear: null }))
  .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

const meeting = (id: number, kind: Meeting['kind'], name: string, date: string | null, place = ''): Meeting =>
  ({ ...conferenceMeeting, id, kind, name, date, place }) as Meeting;

export const meetings2022: Meeting[] = [
  conferenceMeeting,
  meeting(3, 'midYearReview', 'Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022', '2022-07-08', 'Sở Y tế'),
  meeting(2, 'signing', 'Hội nghị ký kết giao ước thi đua năm 2022', '2022-03-15', 'Trường Cao đẳng Cộng đồng Bắc Kạn'),
  meeting(5, 'crossInspection', 'Đoàn kiểm tra chéo công tác thi đua năm 2022', '2022-11-10'),
  // Not held yet: no date, so not among the meetings held.
  meeting(6, 'other', 'Hội thảo chuyên đề', null),
];

export const pledge2022 = {
  saved: true,
  title: 'BẢN GIAO ƯỚC THI ĐUA NĂM 2022',
  groups: [
    { title: 'I', items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] },
    { title: 'II', items: [{ text: 'd' }, { text: 'e' }] },
  ],
} as Pledge;

export function annualSources(yearEnd: YearEnd = yearEnd2022, pledge: Pledge = pledge2022): DocumentSources {
  return {
    ...yearEndSources(yearEnd, meetings2022),
    members: () => Promise.resolve(members),
    pledge: () => Promise.resolve(pledge),
  };
}
