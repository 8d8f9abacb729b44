import type { Meeting } from '../../../contract/index.js';
import { fieldError } from '../../../common/errors.js';
import { sentenceCase } from '../../../common/vietnamese.js';
import { formatShortDate } from '../../format.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { recipientsUnderAddressee } from '../shared/recipients.js';
import { attributed, draftBase, guestLine, lines } from '../shared/text.js';
import type { ReportInput } from './index.js';
import type { ReportData, ReportSection } from './wording.js';

/** A report with a meeting and no sections of its own reports that meeting's results. */
export const draftsFromMeeting = (input: ReportInput): input is ReportInput & { meetingId: number } =>
  input.meetingId !== null && (input.sections?.length ?? 0) === 0;

/** A report as the officer writes it, or, from a meeting and no sections, the report on that meeting's results. */
export async function gatherReport(input: ReportInput, sources: DocumentSources): Promise<Gathered<ReportData>> {
  const { settings, year } = sources;
  const addressee = input.addressee ?? [year.provincialBoard || 'Ban Thi đua - Khen thưởng tỉnh'];
  const base = {
    ...draftBase(settings, input.recipients ?? recipientsUnderAddressee(settings.defaultRecipients, addressee)),
    // A report goes up from the bloc as a collective.
    signature: sources.collectiveSignature,
  };
  if (input.sections && input.sections.length > 0) {
    if (!input.subject) throw fieldError('input.subject', 'Trích yếu không được để trống');
    const data: ReportData = {
      ...base,
      subject: input.subject,
      addressee,
      intro: input.intro ?? [],
      sections: input.sections,
      ...(input.closing && { closing: input.closing }),
    };
    return { data, sourceMeetingId: input.meetingId };
  }
  if (!draftsFromMeeting(input)) {
    throw fieldError('input.sections', 'Báo cáo cần ít nhất một mục nội dung, hoặc chọn hội nghị để lập báo cáo kết quả.');
  }
  const meeting = await meetingWith(sources, input.meetingId, ['date', 'place', 'attendance']);
  const members = await sources.members();
  const data: ReportData = {
    ...base,
    subject: input.subject || `Kết quả ${meeting.name}`,
    addressee,
    ...meetingReport(meeting, members.length, settings.blocName, await attachedPledge(sources, meeting)),
  };
  return { data, sourceMeetingId: meeting.id };
}

/** The signing conference's report goes with the pledge the units signed, when the year has one. */
async function attachedPledge(sources: DocumentSources, meeting: Meeting): Promise<string | null> {
  if (meeting.kind !== 'signing') return null;
  const pledge = await sources.pledge();
  return pledge.saved ? sentenceCase(pledge.title) : null;
}

/** The report to the province on a meeting's results; `attachment` is sent with it ("Bản giao ước …"). */
function meetingReport(meeting: Meeting & { date: string }, memberCount: number, blocName: string, attachment: string | null) {
  const attended = meeting.attendance.filter((a) => a.status !== 'absent');
  const absent = meeting.attendance.filter((a) => a.status === 'absent').map((a) => a.unitName);
  const when = `${meeting.partOfDay ? `${sentenceCase(meeting.partOfDay)} ` : ''}ngày ${formatShortDate(meeting.date)}`;
  const sections: ReportSection[] = [
    {
      heading: 'Thành phần tham dự',
      content: [
        ...meeting.guests.map((g) => ({ bullet: `${guestLine(g, true)}.` })),
        {
          bullet:
            `Đại diện lãnh đạo ${attended.length}/${memberCount} đơn vị thành viên Khối` +
            (absent.length > 0 ? ` (vắng: ${absent.join(', ')}).` : '.'),
        },
      ],
    },
    {
      heading: 'Nội dung hội nghị',
      content: meeting.agenda.flatMap((a) => [{ bullet: `${a.title.replace(/[.;]$/, '')}.` }, ...lines(a.summary)]),
    },
  ];
  const conclusions = [...lines(meeting.conclusions), ...meeting.directions.map((d) => attributed(d, 'phát biểu chỉ đạo'))];
  if (conclusions.length > 0) sections.push({ heading: 'Kết luận, chỉ đạo', content: conclusions });
  return {
    intro: [`${when}, tại ${meeting.place}, ${blocName} đã tổ chức ${meeting.name}. ${blocName} báo cáo kết quả như sau:`],
    sections,
    closing: attachment
      ? `Trên đây là báo cáo kết quả ${meeting.name} của ${blocName}. ` +
        `Gửi kèm ${attachment} đã được thủ trưởng các đơn vị thành viên ký kết./.`
      : `Trên đây là báo cáo kết quả ${meeting.name} của ${blocName}./.`,
  };
}
