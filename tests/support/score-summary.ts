// Fake document sources for the score summary: the bloc's template scale (groups I, II, III and its
// bands) and standings as the scoring services answer them, for a 10-unit and a 30-unit bloc.
import fs from 'node:fs';
import Big from 'big.js';
import { scaleDefinition, type Meeting, type Standing, type Year } from '../../main/contract/index.js';
import type { DocumentSources } from '../../main/documents/index.js';
import type { ScoringSource } from '../../main/documents/kinds/shared/kind.js';
import { settings } from './documents.js';

export const definition = scaleDefinition.parse(JSON.parse(fs.readFileSync('assets/defaults/scale.json', 'utf8')));

const band = (total: Big) => definition.bands.find((b) => total.gte(b.min))?.label ?? null;

interface Figures {
  name: string;
  groups: [string, string, string];
  bonus?: string;
  deductions?: string;
  /** The unit's own total, where it differs from the final one. */
  self?: string;
}

/** A standing with its totals added up as the scoring services do; rank and notes are set by the caller. */
export function standing(unitId: number, f: Figures, place: Partial<Standing> = {}): Standing {
  const total = f.groups.reduce((sum, g) => sum.plus(g), new Big(0)).plus(f.bonus ?? '0').minus(f.deductions ?? '0');
  return {
    unitId,
    unitName: f.name,
    selfTotal: f.self ?? total.toFixed(),
    groups: definition.groups.map((g, i) => ({ key: g.key, code: g.code, self: f.groups[i]!, final: f.groups[i]! })),
    bonus: f.bonus ?? '0',
    bonusCount: f.bonus ? 1 : 0,
    deductions: f.deductions ?? '0',
    total: total.toFixed(),
    rank: null,
    classification: band(total),
    disqualified: null,
    revoteWith: [],
    tieBreakNote: null,
    missing: 0,
    missingReasons: 0,
    lines: [],
    ...place,
  };
}

/**
 * Ten units as the services order them: by rank, the two tied for the 4th place sharing it and re-voting,
 * two equal totals separated by group I, and the disqualified unit last.
 */
export const tenUnits: Standing[] = [
  standing(1, { name: 'Trường Cao đẳng Cộng đồng Bắc Kạn', groups: ['59.5', '20', '19.5'], bonus: '2', self: '101.5' }, { rank: 1 }),
  standing(2, { name: 'Sở Y tế', groups: ['58', '19.5', '19'], bonus: '1.5' }, { rank: 2 }),
  standing(3, { name: 'Sở Giáo dục và Đào tạo', groups: ['57.25', '19', '19.5'] }, { rank: 3 }),
  standing(4, { name: 'Ban Dân tộc', groups: ['56', '19', '19'] }, { rank: 4, revoteWith: [5] }),
  standing(5, { name: 'Bảo hiểm xã hội tỉnh Bắc Kạn', groups: ['55.5', '19.5', '19'] }, { rank: 4, revoteWith: [4] }),
  standing(6, { name: 'Sở Văn hóa, Thể thao và Du lịch', groups: ['55', '18.5', '19'] }, {
    rank: 6,
    tieBreakNote: 'bằng điểm Sở Thông tin và Truyền thông; xếp trên nhờ điểm nhóm I cao hơn (55 so với 54,5)',
  }),
  standing(7, { name: 'Sở Thông tin và Truyền thông', groups: ['54.5', '19', '19'] }, {
    rank: 7,
    tieBreakNote: 'bằng điểm Sở Văn hóa, Thể thao và Du lịch; xếp dưới vì điểm nhóm I thấp hơn (54,5 so với 55)',
  }),
  standing(8, { name: 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', groups: ['52', '17.5', '18'], deductions: '1' }, { rank: 8 }),
  standing(9, { name: 'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', groups: ['45.75', '15', '16'], deductions: '2' }, { rank: 9 }),
  standing(10, { name: 'Sở Khoa học và Công nghệ', groups: ['58.5', '19', '19'], deductions: '10' }, {
    disqualified: { reason: 'Tập thể hoặc người đứng đầu bị kỷ luật' },
  }),
];

const THIRTY = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Thông tin và Truyền thông',
  'Thanh tra tỉnh',
  'Ban Dân tộc',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Bảo hiểm xã hội tỉnh Bắc Kạn',
  'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn',
  'Trường Cao đẳng Bắc Kạn',
  'Trường Chính trị tỉnh Bắc Kạn',
  'Báo Bắc Kạn',
  'Liên minh Hợp tác xã tỉnh',
  'Ban Quản lý các khu công nghiệp tỉnh',
  'Cục Thuế tỉnh Bắc Kạn',
  'Kho bạc Nhà nước tỉnh Bắc Kạn',
  'Cục Thống kê tỉnh Bắc Kạn',
  'Hội Chữ thập đỏ tỉnh',
  'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn',
];

/** Thirty units with distinct totals from 99,75 down, quarter points, bonuses and deductions spread about. */
export const thirtyUnits: Standing[] = THIRTY.map((name, i) => {
  const g1 = new Big(59.75).minus(new Big(i).times(0.75));
  const bonus = i % 5 === 0 ? '1.5' : undefined;
  const deductions = i % 7 === 3 ? '1' : undefined;
  return standing(i + 1, { name, groups: [g1.toFixed(), '20', '19.5'], bonus, deductions }, { rank: i + 1 });
}).sort((a, b) => new Big(b.total).cmp(a.total)).map((s, i) => ({ ...s, rank: i + 1 }));

const year2022 = { id: 1, blocId: 1, year: 2022, status: 'open', headUnitId: 1, deputyUnitId: 2, memberCount: 10 } as unknown as Year;

/** The year-end conference, dated; other meetings of the year do not date the summary. */
export const yearEndMeeting = { id: 7, yearId: 1, kind: 'yearEndReview', name: 'Hội nghị tổng kết công tác thi đua năm 2022', date: '2022-12-20' } as Meeting;

export function fakeSources(scoring: ScoringSource | null, meetings: Meeting[] = [yearEndMeeting]): DocumentSources {
  const unused = () => Promise.reject(new Error('the score summary does not read this'));
  return {
    year: year2022,
    // No archive code: a document without "Nơi nhận" has no "Lưu: VT, …" line to complete.
    settings: { ...settings, archive: undefined },
    collectiveSignature: {
      prefix: 'TM.',
      authority: ['KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'],
      name: 'Lê Thị C',
    },
    members: unused,
    meeting: unused,
    meetings: () => Promise.resolve(meetings),
    pledge: unused,
    scoring: () => Promise.resolve(scoring),
    yearEnd: unused,
  };
}

export const scoringOf = (standings: Standing[]): ScoringSource => ({ scaleVersion: 1, definition, standings });
