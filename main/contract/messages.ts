// zod's messages for what no schema wrote by hand. They reach the window like any other message, so
// they are Vietnamese and name the field. Imported for its effect by the contract's entry points, so
// main, browser mode, the tests and the renderer's forms all speak the same way.
import { z } from 'zod';

/** The contract's field keys as the officer knows the fields; keys shared by several channels get the common name. */
const fieldLabels: Record<string, string> = {
  // Years, blocs, units
  blocId: 'Khối thi đua',
  yearId: 'Năm thi đua',
  unitId: 'Đơn vị',
  unitIds: 'Các đơn vị',
  year: 'Năm',
  firstYear: 'Năm đầu tiên',
  fromYear: 'Năm bắt đầu',
  lastYear: 'Năm cuối cùng',
  blocName: 'Tên khối thi đua',
  governingBody: 'Cơ quan chủ quản',
  issuingBody: 'Tên cơ quan ban hành',
  symbol: 'Ký hiệu văn bản',
  provincialBoard: 'Cơ quan thường trực cấp tỉnh',
  headUnitId: 'Đơn vị Trưởng khối',
  deputyUnitId: 'Đơn vị Phó khối',
  newUnit: 'Đơn vị mới',
  name: 'Họ tên',
  shortName: 'Tên viết tắt',
  headName: 'Họ tên thủ trưởng',
  headPosition: 'Chức vụ thủ trưởng',
  deputySigns: 'Cấp phó ký thay',
  deputyName: 'Họ tên cấp phó',
  deputyPosition: 'Chức vụ cấp phó',
  address: 'Địa chỉ',
  phone: 'Số điện thoại',
  email: 'Email',
  officerName: 'Họ tên cán bộ thi đua',
  printedName: 'Tên in ở ô chữ ký',
  pasted: 'Danh sách đơn vị',
  // The guided year
  deadlines: 'Thời hạn các bước',
  line: 'Dòng',
  // Reports
  query: 'Từ khóa tìm kiếm',
  // Settings
  legalBases: 'Căn cứ',
  defaultRecipients: 'Nơi nhận',
  recipients: 'Nơi nhận',
  signature: 'Chữ ký',
  explicit: 'Chọn người ký riêng',
  prefix: 'Hình thức ký',
  authority: 'Dòng thẩm quyền ký',
  archive: 'Nơi lưu',
  bodyFontSize: 'Cỡ chữ nội dung',
  // Meetings
  meetingId: 'Hội nghị',
  kind: 'Loại',
  date: 'Ngày',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  partOfDay: 'Buổi',
  place: 'Địa điểm',
  hostUnitId: 'Đơn vị đăng cai',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  guests: 'Khách mời',
  position: 'Chức vụ',
  organisation: 'Cơ quan',
  role: 'Vai trò',
  agenda: 'Chương trình',
  title: 'Tiêu đề',
  summary: 'Tóm tắt nội dung',
  time: 'Thời gian',
  presenter: 'Người thực hiện',
  views: 'Ý kiến thảo luận',
  speaker: 'Người phát biểu',
  conclusions: 'Kết luận',
  directions: 'Ý kiến chỉ đạo',
  notes: 'Ghi chú',
  attendance: 'Điểm danh',
  status: 'Tình trạng dự họp',
  representedBy: 'Người dự thay',
  // Documents
  documentId: 'Văn bản',
  type: 'Loại văn bản',
  input: 'Nội dung văn bản',
  replacesDocumentId: 'Văn bản được thay thế',
  to: 'Nơi lưu tệp',
  then: 'Việc làm sau khi lưu',
  subject: 'Trích yếu',
  inviteUnits: 'Cách mời đơn vị',
  contact: 'Người liên hệ',
  addressee: 'Kính gửi',
  paragraphs: 'Đoạn văn',
  intro: 'Phần mở đầu',
  sections: 'Các mục',
  heading: 'Tiêu đề mục',
  content: 'Nội dung',
  subheading: 'Tiêu đề nhỏ',
  bullet: 'Ý gạch đầu dòng',
  table: 'Bảng',
  columns: 'Cột của bảng',
  weight: 'Độ rộng cột',
  align: 'Căn lề',
  rows: 'Dòng của bảng',
  closing: 'Phần kết',
  preparerName: 'Họ tên người lập biểu',
  minutesNumber: 'Số biên bản',
  minutesDate: 'Ngày biên bản',
  // The annual report's parts
  parts: 'Các phần của báo cáo',
  situation: 'Đặc điểm tình hình',
  achievements: 'Kết quả thực hiện',
  assessment: 'Đánh giá',
  scoring: 'Kết quả chấm điểm, bình xét',
  outlook: 'Phương hướng năm sau',
  proposals: 'Kiến nghị, đề xuất',
  // Pledges
  preamble: 'Lời mở đầu',
  groups: 'Nhóm nội dung',
  items: 'Nội dung giao ước',
  text: 'Nội dung giao ước',
  implementation: 'Tổ chức thực hiện',
  perRow: 'Số ô chữ ký mỗi hàng',
  typeCode: 'Ký hiệu loại văn bản',
  numbered: 'Cấp số',
  signatories: 'Đơn vị ký',
  blankName: 'Để trống họ tên',
  source: 'Nguồn',
  // Scoring
  definition: 'Thang điểm',
  base: 'Tổng điểm chuẩn',
  bonusCap: 'Điểm thưởng tối đa',
  criteria: 'Tiêu chí',
  children: 'Tiêu chí con',
  key: 'Mã nội bộ',
  code: 'Mã',
  max: 'Điểm tối đa',
  guidance: 'Hướng dẫn chấm',
  pointsEach: 'Điểm mỗi lần',
  target: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  bonus: 'Điểm thưởng',
  deductions: 'Điểm trừ',
  points: 'Điểm',
  maxCount: 'Số lần tối đa',
  disqualifies: 'Loại khỏi xét thi đua',
  bands: 'Mức xếp loại',
  min: 'Điểm từ',
  label: 'Tên mức xếp loại',
  tieBreaks: 'Thứ tự ưu tiên khi bằng điểm',
  groupKey: 'Nhóm tiêu chí',
  scaleId: 'Phiên bản thang điểm',
  changes: 'Điểm chấm',
  itemKey: 'Mục chấm điểm',
  self: 'Điểm tự chấm',
  bloc: 'Điểm Khối chấm',
  reason: 'Lý do',
  note: 'Ghi chú',
  evidenceId: 'Tệp minh chứng',
  file: 'Tệp',
  files: 'Các tệp',
  fileName: 'Tên tệp',
  base64: 'Nội dung tệp',
  replace: 'Thay thế khối đã có',
  replaceCopy: 'Thay bản ký đã có',
  page: 'Trang',
  allYears: 'Mọi năm',
  stagedId: 'Gói bàn giao đã chọn',
  // Backups
  backup: 'Bản sao lưu',
  copyId: 'Bản sao dữ liệu',
  folder: 'Thư mục sao lưu thứ hai',
  // Year end
  id: 'Mã định danh',
  threshold: 'Tỷ lệ trúng cử',
  comparison: 'Điều kiện so sánh',
  ballotStyle: 'Kiểu phiếu bầu',
  ballotsPerPage: 'Số phiếu mỗi trang',
  tellers: 'Ban kiểm phiếu',
  awards: 'Hình thức khen thưởng',
  awardId: 'Hình thức khen thưởng',
  quota: 'Số lượng đề nghị',
  candidateCount: 'Số đơn vị đưa vào danh sách',
  minBand: 'Xếp loại tối thiểu',
  roundId: 'Vòng bầu',
  approvedAt: 'Giờ thông qua biên bản',
  candidates: 'Danh sách bầu',
  included: 'Đưa vào phiếu bầu',
  entry: 'Lần nhập',
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  votes: 'Số phiếu đồng ý',
  enteredBy: 'Người nhập',
  nextHeadUnitId: 'Đơn vị Trưởng khối năm sau',
  nextDeputyUnitId: 'Đơn vị Phó khối năm sau',
};

/** zod's type names (expected, and as `parsedType` reports what was received). */
const typeNames: Record<string, string> = {
  object: 'đối tượng',
  record: 'đối tượng',
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  nan: 'giá trị không phải số',
  bigint: 'số nguyên lớn',
  boolean: 'giá trị đúng/sai',
  undefined: 'không có giá trị',
  null: 'giá trị rỗng',
  date: 'ngày',
  function: 'hàm',
  symbol: 'giá trị đặc biệt',
  array: 'mảng',
  tuple: 'mảng',
  map: 'bảng tra',
  set: 'tập hợp',
  file: 'tệp',
};

/** A class instance is reported by its constructor's name ("Map", "Uint8Array"). */
const typeName = (type: string) => typeNames[type] ?? typeNames[type.toLowerCase()] ?? `đối tượng ${type}`;

/**
 * The field an issue is about: its last named key, and the item's place when the issue is about an item of
 * that field's list ("Căn cứ, mục 3"). Positions before the key are left out: the form shows where.
 */
export function fieldName(path: readonly PropertyKey[] = []): string {
  const at = path.findLastIndex((k) => typeof k === 'string');
  if (at === -1) return 'Dữ liệu';
  const key = String(path[at]);
  const label = fieldLabels[key] ?? `“${key}”`;
  const item = path[at + 1];
  return typeof item === 'number' ? `${label}, mục ${item + 1}` : label;
}

const sizeUnits: Record<string, string> = { string: 'ký tự', array: 'mục', set: 'mục', map: 'mục', file: 'byte' };

interface Bound {
  origin: string;
  limit: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
}

function tooSmall({ origin, limit, inclusive = true, exact }: Bound): string {
  const unit = sizeUnits[origin];
  if (!unit) return inclusive ? `phải từ ${limit} trở lên` : `phải lớn hơn ${limit}`;
  const least = inclusive ? Number(limit) : Number(limit) + 1;
  if (exact) return `cần đúng ${least} ${unit}`;
  if (origin === 'string' && least === 1) return 'không được để trống';
  return `cần ít nhất ${least} ${unit}`;
}

function tooBig({ origin, limit, inclusive = true, exact }: Bound): string {
  const unit = sizeUnits[origin];
  if (!unit) return inclusive ? `không được lớn hơn ${limit}` : `phải nhỏ hơn ${limit}`;
  const most = inclusive ? Number(limit) : Number(limit) - 1;
  return exact ? `cần đúng ${most} ${unit}` : `tối đa ${most} ${unit}`;
}

const viLocale = z.locales.vi().localeError;

/** The locale's own text, its English type names said in Vietnamese, lower-cased to follow the field's name. */
function fromLocale(issue: z.core.$ZodRawIssue): string {
  const text = String(viLocale(issue) ?? 'Giá trị không hợp lệ').replace(/\b[a-z]+\b/g, (word) => typeNames[word] ?? word);
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/**
 * The issues the contract's schemas raise are worded here, after the field's name: the locale's own
 * "Đầu vào không hợp lệ: mong đợi …" reads like a machine's, and would list enum values in English.
 */
function describe(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `còn thiếu, phải là ${typeName(issue.expected)}`;
      return `phải là ${typeName(issue.expected)}, nhận được ${typeName(z.core.util.parsedType(issue.input))}`;
    case 'too_small':
      return tooSmall({ origin: issue.origin, limit: issue.minimum, inclusive: issue.inclusive, exact: issue.exact });
    case 'too_big':
      return tooBig({ origin: issue.origin, limit: issue.maximum, inclusive: issue.inclusive, exact: issue.exact });
    case 'invalid_value':
      // Enum values are the program's own words (“present”, “documentsFolder”): only numbers are worth showing.
      return issue.values.every((v) => typeof v === 'number') ? `phải là ${issue.values.join(' hoặc ')}` : 'giá trị không hợp lệ';
    case 'invalid_union':
    case 'custom':
      return 'không hợp lệ';
    case 'invalid_format':
      return issue.format === 'regex' ? 'không đúng định dạng' : fromLocale(issue);
    default:
      return fromLocale(issue);
  }
}

z.config({ localeError: (issue) => `${fieldName(issue.path)}: ${describe(issue)}`.normalize('NFC') });
