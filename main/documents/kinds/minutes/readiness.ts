// What minutes must say before they take a number: what was said and by whom, what was concluded, and
// who attended by name.
import type { Meeting } from '../../../contract/index.js';
import type { Problem } from '../shared/kind.js';
import { speakerProblems } from '../shared/text.js';

export function minutesProblems(meeting: Meeting): Problem[] {
  const problems: Problem[] = [];
  const said = meeting.agenda.some((a) => a.summary.trim() !== '') || meeting.views.length > 0 || meeting.directions.length > 0;
  if (!said) {
    problems.push({
      field: 'meeting.agenda',
      message: `Biên bản chưa có nội dung (mục III. NỘI DUNG): “${meeting.name}” chưa có tóm tắt các mục chương trình, ý kiến thảo luận hay ý kiến chỉ đạo. Nhập ở trang hội nghị.`,
    });
  }
  if (meeting.conclusions.trim() === '') {
    problems.push({
      field: 'meeting.conclusions',
      message: `Biên bản chưa có kết luận (mục IV. KẾT LUẬN): nhập kết luận của “${meeting.name}” ở trang hội nghị.`,
    });
  }
  problems.push(...speakerProblems(meeting));
  meeting.guests.forEach((g, i) => {
    if (g.name.trim()) return;
    problems.push({
      field: `meeting.guests.${i}.name`,
      message: `Đại biểu mời “${g.organisation}” chưa có họ tên: biên bản ghi rõ họ tên, chức vụ người dự (ở trang hội nghị).`,
    });
  });
  return problems;
}
