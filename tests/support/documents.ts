/** Demo data from the Bắc Kạn Culture–Society bloc (shared/example-bloc.json): the 09/3/2018 signing conference. */
import type {
  DocumentSettings,
  InvitationData,
  LetterData,
  MinutesData,
  ReportData,
} from '../../main/documents/index.js';

export const settings: DocumentSettings = {
  governingBody: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI',
  issuerCode: 'KTĐVHXH',
  place: 'Bắc Kạn',
  blocName: 'Khối thi đua Văn hóa - Xã hội',
  signature: { prefix: null, authority: ['TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'], name: 'Nguyễn Văn A' },
  defaultRecipients: ['Ban Thi đua - Khen thưởng tỉnh (b/c)', 'Các đơn vị thành viên Khối'],
  archive: 'VT, KTĐVHXH',
  bodyFontSize: 14,
};

const units2018 = [
  'Bảo hiểm xã hội tỉnh Bắc Kạn',
  'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn',
  'Trường Cao đẳng Cộng đồng Bắc Kạn',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Sở Y tế',
  'Ban Dân tộc',
  'Sở Giáo dục và Đào tạo',
  'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn',
  'Sở Lao động - Thương binh và Xã hội',
];

const agenda = [
  'Thảo luận, góp ý dự thảo Quy chế hoạt động thi đua, nội dung giao ước thi đua, thang điểm bình xét thi đua Khối Văn hóa - Xã hội năm 2018',
  'Nghe báo cáo tham luận của các điển hình tiên tiến trong phong trào thi đua của Khối',
  'Phát biểu chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh',
  'Các đơn vị ký kết giao ước thi đua năm 2018',
];

export const invitation: InvitationData = {
  settings,
  number: 3,
  date: '2018-03-02',
  subject: 'Dự Hội nghị ký kết giao ước thi đua năm 2018',
  invitees: [
    'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh;',
    'Đại diện lãnh đạo Ban Thi đua - Khen thưởng tỉnh;',
    'Thủ trưởng và cán bộ phụ trách công tác thi đua, khen thưởng các đơn vị thành viên Khối.',
  ],
  event: 'Hội nghị ký kết giao ước thi đua năm 2018 Khối thi đua Văn hóa - Xã hội.',
  content: agenda,
  chair: 'Đồng chí Nguyễn Văn A - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối.',
  start: { date: '2018-03-09', time: '14:00' },
  place: 'Hội trường Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn',
  notes: ['Đề nghị các đơn vị được phân công chuẩn bị báo cáo tham luận (gửi trước về Trưởng khối qua thư điện tử).'],
};

export const minutes: MinutesData = {
  settings,
  number: 5,
  date: '2018-03-09',
  meetingName: 'Hội nghị ký kết giao ước thi đua năm 2018',
  start: { date: '2018-03-09', time: '14:00' },
  place: 'Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn',
  guests: [
    'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo Hội nghị;',
    'Đại diện lãnh đạo Ban Thi đua - Khen thưởng tỉnh.',
  ],
  participants: units2018.map((u, i) => ({ unit: u, people: [`đồng chí Nguyễn Văn ${String.fromCharCode(66 + i)} - Thủ trưởng đơn vị`] })),
  chair: { name: 'Nguyễn Văn A', position: 'Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối' },
  secretary: { name: 'Trần Thị Bích', position: 'chuyên viên Trường Cao đẳng Cộng đồng Bắc Kạn' },
  content: agenda.map((a) => ({
    heading: a,
    paragraphs: ['Các đại biểu thống nhất với nội dung trình bày; ý kiến góp ý đã được Trưởng khối tiếp thu, hoàn thiện.'],
  })),
  conclusions: [
    'Nâng cao trách nhiệm của người đứng đầu; nâng cao chất lượng, hiệu quả phong trào thi đua yêu nước, hướng tới kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2018).',
    'Đổi mới nội dung, hình thức thi đua, tránh hình thức; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến, nhất là nhân tố mới.',
  ],
  approval: 'Biên bản đã được đọc lại trước Hội nghị và các đại biểu dự họp nhất trí thông qua.',
  end: { time: '17:00' },
};

export const report: ReportData = {
  settings,
  number: 12,
  date: '2018-12-20',
  subject: 'Kết quả hoạt động Khối thi đua Văn hóa - Xã hội năm 2018',
  addressee: ['Ban Thi đua - Khen thưởng tỉnh Bắc Kạn'],
  legalBases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Quy chế hoạt động của Khối thi đua.',
  ],
  intro: ['Thực hiện Kế hoạch phát động phong trào thi đua năm 2018 của Ủy ban nhân dân tỉnh, Khối thi đua Văn hóa - Xã hội báo cáo kết quả hoạt động năm 2018 như sau:'],
  sections: [
    {
      heading: 'Công tác chỉ đạo, tổ chức phong trào thi đua',
      content: [
        { subheading: '1. Tổ chức ký kết giao ước thi đua' },
        'Ngày 09/3/2018, tại Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn, Khối tổ chức Hội nghị ký kết giao ước thi đua năm 2018 với sự tham dự của 11 đơn vị thành viên.',
        { bullet: 'Thảo luận, góp ý dự thảo Quy chế, thang điểm bình xét thi đua;' },
        { bullet: 'Các đơn vị ký kết giao ước thi đua năm 2018.' },
      ],
    },
    {
      heading: 'Kết quả chấm điểm, xếp hạng',
      content: [
        {
          table: {
            columns: [
              { title: 'STT', weight: 1, align: 'center' },
              { title: 'Đơn vị', weight: 6 },
              { title: 'Tự chấm', weight: 2, align: 'center' },
              { title: 'Khối chấm', weight: 2, align: 'center' },
              { title: 'Xếp hạng', weight: 2, align: 'center' },
            ],
            rows: units2018.map((u, i) => [String(i + 1), u, (98 - i).toFixed(1), (97 - i).toFixed(1), String(i + 1)]),
          },
        },
      ],
    },
  ],
  closing: 'Trên đây là báo cáo kết quả hoạt động năm 2018 của Khối thi đua Văn hóa - Xã hội./.',
};

export const letter: LetterData = {
  settings,
  kind: 'officialLetter',
  number: 7,
  date: '2018-10-15',
  subject: 'đề nghị gửi báo cáo tự chấm điểm thi đua năm 2018',
  addressee: ['Các đơn vị thành viên Khối thi đua Văn hóa - Xã hội'],
  paragraphs: [
    'Thực hiện Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội năm 2018, để chuẩn bị cho kiểm tra chéo, Trưởng khối đề nghị các đơn vị thành viên gửi báo cáo kết quả thực hiện nhiệm vụ và bảng tự chấm điểm thi đua năm 2018 kèm minh chứng về Trưởng khối trước ngày 31/10/2018.',
    'Rất mong nhận được sự phối hợp của các đơn vị./.',
  ],
};
