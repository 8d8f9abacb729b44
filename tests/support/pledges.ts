// A synthetic bloc of 30 units, the most a province puts in one bloc: long names, several positions,
// and every seventh unit signed for by its deputy. Built through the services, as an officer would.
import type { TestServices } from './services.js';
import { sampleProfile } from './services.js';

const UNITS: [string, string][] = [
  ['Sở Nội vụ', 'GIÁM ĐỐC'],
  ['Sở Tư pháp', 'GIÁM ĐỐC'],
  ['Sở Kế hoạch và Đầu tư', 'GIÁM ĐỐC'],
  ['Sở Tài chính', 'GIÁM ĐỐC'],
  ['Sở Công Thương', 'GIÁM ĐỐC'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'GIÁM ĐỐC'],
  ['Sở Giao thông vận tải', 'GIÁM ĐỐC'],
  ['Sở Xây dựng', 'GIÁM ĐỐC'],
  ['Sở Tài nguyên và Môi trường', 'GIÁM ĐỐC'],
  ['Sở Lao động - Thương binh và Xã hội', 'GIÁM ĐỐC'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'GIÁM ĐỐC'],
  ['Sở Khoa học và Công nghệ', 'GIÁM ĐỐC'],
  ['Sở Giáo dục và Đào tạo', 'GIÁM ĐỐC'],
  ['Sở Y tế', 'GIÁM ĐỐC'],
  ['Sở Thông tin và Truyền thông', 'GIÁM ĐỐC'],
  ['Thanh tra tỉnh', 'CHÁNH THANH TRA'],
  ['Ban Dân tộc', 'TRƯỞNG BAN'],
  ['Văn phòng Ủy ban nhân dân tỉnh', 'CHÁNH VĂN PHÒNG'],
  ['Bảo hiểm xã hội tỉnh Bắc Kạn', 'GIÁM ĐỐC'],
  ['Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', 'GIÁM ĐỐC'],
  ['Trường Cao đẳng Bắc Kạn', 'HIỆU TRƯỞNG'],
  ['Trường Chính trị tỉnh Bắc Kạn', 'HIỆU TRƯỞNG'],
  ['Báo Bắc Kạn', 'TỔNG BIÊN TẬP'],
  ['Liên minh Hợp tác xã tỉnh', 'CHỦ TỊCH'],
  ['Ban Quản lý các khu công nghiệp tỉnh', 'TRƯỞNG BAN'],
  ['Cục Thuế tỉnh Bắc Kạn', 'CỤC TRƯỞNG'],
  ['Kho bạc Nhà nước tỉnh Bắc Kạn', 'GIÁM ĐỐC'],
  ['Cục Thống kê tỉnh Bắc Kạn', 'CỤC TRƯỞNG'],
  ['Hội Chữ thập đỏ tỉnh', 'CHỦ TỊCH'],
  ['Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', 'HIỆU TRƯỞNG'],
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng', 'Vinh'];

const MIDDLE = ['Văn', 'Thị', 'Minh'];

/** A distinct customary name per index: "Nguyễn Văn An", "Trần Văn Bình" …; a deputy's middle name is "Đức". */
export const personName = (i: number, deputy = false) =>
  `${SURNAMES[i % SURNAMES.length]} ${deputy ? 'Đức' : MIDDLE[Math.floor(i / 10) % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;

export const deputyPosition = (position: string) => `PHÓ ${position}`;

export interface ThirtyUnitYear {
  blocId: number;
  yearId: number;
  /** Unit ids in the order of UNITS. */
  unitIds: number[];
  /** Index in UNITS of the head unit. */
  headIndex: number;
}

/** Units whose deputy signs (KT.): every seventh. */
export const deputySigns = (i: number) => i % 7 === 3;

export async function thirtyUnitYear(s: TestServices, year = 2024): Promise<ThirtyUnitYear> {
  const { blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, blocName: 'Khối thi đua các cơ quan tỉnh', firstYear: year });
  const unitIds: number[] = [];
  for (const [i, [name, position]] of UNITS.entries()) {
    const deputy = deputySigns(i);
    const unit = await s.ok('units.create', {
      yearId,
      name,
      headPosition: position,
      headName: personName(i),
      deputySigns: deputy,
      deputyName: deputy ? personName(i, true) : '',
      deputyPosition: deputy ? deputyPosition(position) : '',
    });
    unitIds.push(unit.unitId);
  }
  const headIndex = 13; // Sở Y tế
  await s.ok('years.setLeadership', { yearId, headUnitId: unitIds[headIndex]!, deputyUnitId: unitIds[12]! });
  return { blocId, yearId, unitIds, headIndex };
}

export const THIRTY_UNITS = UNITS;
