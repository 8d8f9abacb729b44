// Thirty provincial bodies with the long names that merged provinces now have (up to ~85 characters),
// each with the position its head signs under; the words no line may split; and a pledge they sign.
import { buildPledge, type SignatureBlock, type StateDocument } from '../../../../main/documents/index.js';
import { settings } from '../../../support/documents.js';

interface Unit {
  name: string;
  position: string;
  /** The deputy signs for the head (KT.), under this position of their own. */
  deputy?: string;
}

export const LONG_UNITS: Unit[] = [
  { name: 'Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên', position: 'TRƯỞNG BAN' },
  {
    name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Tuyên Quang',
    position: 'CHÁNH VĂN PHÒNG',
    deputy: 'PHÓ CHÁNH VĂN PHÒNG',
  },
  { name: 'Liên minh Hợp tác xã tỉnh Lào Cai', position: 'CHỦ TỊCH' },
  { name: 'Sở Xây dựng tỉnh Phú Thọ', position: 'GIÁM ĐỐC' },
  { name: 'Trường Chính trị tỉnh Bắc Ninh', position: 'HIỆU TRƯỞNG' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị', position: 'CHỈ HUY TRƯỞNG' },
  { name: 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng', position: 'GIÁM ĐỐC', deputy: 'PHÓ GIÁM ĐỐC' },
  { name: 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', position: 'GIÁM ĐỐC' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp', position: 'GIÁM ĐỐC' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai', position: 'CHỦ TỊCH' },
  { name: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Đắk Lắk', position: 'GIÁM ĐỐC' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên', position: 'GIÁM ĐỐC' },
  { name: 'Sở Y tế tỉnh Ninh Bình', position: 'GIÁM ĐỐC' },
  { name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi', position: 'CHỦ TỊCH' },
  { name: 'Hội Liên hiệp Phụ nữ tỉnh Đồng Nai', position: 'CHỦ TỊCH', deputy: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh Cà Mau', position: 'CHÁNH VĂN PHÒNG' },
  { name: 'Báo và Phát thanh, Truyền hình Thái Nguyên', position: 'TỔNG BIÊN TẬP' },
  { name: 'Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang', position: 'GIÁM ĐỐC' },
  { name: 'Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long', position: 'GIÁM ĐỐC' },
  { name: 'Sở Dân tộc và Tôn giáo tỉnh Khánh Hòa', position: 'GIÁM ĐỐC' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh Lai Châu', position: 'CHỈ HUY TRƯỞNG', deputy: 'PHÓ CHỈ HUY TRƯỞNG' },
  { name: 'Viện Kiểm sát nhân dân tỉnh Điện Biên', position: 'VIỆN TRƯỞNG' },
  { name: 'Kho bạc Nhà nước khu vực VI', position: 'GIÁM ĐỐC' },
  { name: 'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', position: 'HIỆU TRƯỞNG' },
  { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình', position: 'GIÁM ĐỐC' },
  { name: 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Lạng Sơn', position: 'GIÁM ĐỐC', deputy: 'PHÓ GIÁM ĐỐC' },
  { name: 'Bệnh viện Đa khoa Trung ương Thái Nguyên', position: 'GIÁM ĐỐC' },
  { name: 'Liên đoàn Lao động tỉnh Hưng Yên', position: 'CHỦ TỊCH' },
  { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh', position: 'TRƯỞNG BAN' },
  { name: 'Trường Đại học Kỹ thuật Công nghiệp - Đại học Thái Nguyên', position: 'HIỆU TRƯỞNG' },
];

/** Words of those names, of two or three syllables, that a line break must never split. */
export const WORDS = [
  'CÔNG NGHIỆP', 'QUỐC HỘI', 'CHÍNH TRỊ', 'HỢP TÁC XÃ', 'XÂY DỰNG', 'NHÂN DÂN', 'ĐẠI BIỂU', 'KHOA HỌC', 'CÔNG NGHỆ',
  'MÔI TRƯỜNG', 'NÔNG NGHIỆP', 'HỘI ĐỒNG', 'QUẢN LÝ', 'BỘ ĐỘI', 'BIÊN PHÒNG', 'CHỈ HUY', 'VĂN HÓA', 'THỂ THAO', 'DU LỊCH',
  'MẶT TRẬN', 'TỔ QUỐC', 'VIỆT NAM', 'DỰ ÁN', 'ĐẦU TƯ', 'CÔNG TRÌNH', 'DÂN DỤNG', 'HÀNH CHÍNH', 'PHỤC VỤ', 'KỸ THUẬT',
  'PHỤ NỮ', 'LIÊN HIỆP', 'ỦY BAN', 'PHÁT THANH', 'TRUYỀN HÌNH', 'NGÂN HÀNG', 'CHÍNH SÁCH', 'XÃ HỘI', 'KIỂM SOÁT',
  'BỆNH TẬT', 'DÂN TỘC', 'TÔN GIÁO', 'QUÂN SỰ', 'KIỂM SÁT', 'KHO BẠC', 'NHÀ NƯỚC', 'KHU VỰC', 'CAO ĐẲNG', 'NỘI TRÚ',
  'LAO ĐỘNG', 'THƯƠNG BINH', 'XÚC TIẾN', 'THƯƠNG MẠI', 'BỆNH VIỆN', 'ĐA KHOA', 'TRUNG ƯƠNG', 'LIÊN ĐOÀN', 'TUYÊN GIÁO',
  'DÂN VẬN', 'TỈNH ỦY', 'ĐẠI HỌC', 'TRUNG TÂM', 'VĂN PHÒNG', 'LIÊN MINH', 'THÀNH PHỐ', 'HỒ CHÍ MINH', 'THÁI NGUYÊN',
  'TUYÊN QUANG', 'LÀO CAI', 'PHÚ THỌ', 'BẮC NINH', 'QUẢNG TRỊ', 'LÂM ĐỒNG', 'ĐỒNG THÁP', 'GIA LAI', 'ĐẮK LẮK', 'HƯNG YÊN',
  'NINH BÌNH', 'QUẢNG NGÃI', 'ĐỒNG NAI', 'CÀ MAU', 'AN GIANG', 'VĨNH LONG', 'KHÁNH HÒA', 'LAI CHÂU', 'ĐIỆN BIÊN',
  'BẮC KẠN', 'LẠNG SƠN', 'HÀ TĨNH', 'CHÁNH VĂN PHÒNG', 'CHỦ TỊCH', 'THƯỜNG TRỰC', 'GIÁM ĐỐC', 'HIỆU TRƯỞNG',
  'TỔNG BIÊN TẬP', 'CHỈ HUY TRƯỞNG', 'VIỆN TRƯỞNG', 'TRƯỞNG BAN',
].map((w) => w.normalize('NFC'));

/**
 * The listed words that `lines`, read in order, split across two lines. A word counts only where the
 * text holds it whole (between spaces), so "XÃ HỘI" is not looked for in "HỘI ĐỒNG".
 */
export function splitWords(lines: string[]): string[] {
  const text = ` ${lines.join(' ')} `.normalize('NFC');
  return WORDS.filter((word) => text.includes(` ${word} `) && !lines.some((l) => ` ${l.normalize('NFC')} `.includes(` ${word} `)));
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng', 'Vinh'];
const MIDDLE = ['Văn', 'Thị', 'Đức'];

/** A distinct name per index: "Nguyễn Văn An", "Trần Văn Bình" … */
export const signerName = (i: number) => `${SURNAMES[i % 10]} ${MIDDLE[Math.floor(i / 10)]} ${GIVEN[i % 15]}`;

/** The grid's blocks: unit, position (or KT. and the deputy's position), signer. */
export function longNameBlocks(): SignatureBlock[] {
  return LONG_UNITS.map((u, i) => ({
    unit: u.name,
    prefix: u.deputy ? 'KT.' : null,
    authority: [u.position],
    deputyPosition: u.deputy ?? null,
    name: signerName(i),
  }));
}

/** A short pledge signed by the thirty bodies, 2 or 3 blocks a row. */
export function longNamePledge(perRow: 2 | 3): StateDocument {
  return buildPledge({
    settings,
    date: '2025-03-10',
    title: 'BẢN GIAO ƯỚC THI ĐUA NĂM 2025',
    subject: 'Khối thi đua các cơ quan tỉnh',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
    preamble: 'Các đơn vị thành viên Khối thi đua các cơ quan tỉnh thống nhất ký kết giao ước thi đua năm 2025 với các nội dung sau:',
    groups: [{ items: ['Thực hiện tốt nhiệm vụ chính trị được giao.', 'Đẩy mạnh cải cách hành chính, chuyển đổi số.'] }],
    implementation: ['Thủ trưởng các đơn vị tổ chức thực hiện giao ước trong đơn vị mình.', 'Bản giao ước có hiệu lực kể từ ngày ký./.'],
    signatories: longNameBlocks(),
    perRow,
    typeCode: null,
    numbered: false,
  });
}
