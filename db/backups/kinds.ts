// Why a backup was taken. Each kind has the slug that names its file (the same words earlier versions
// used, so their copies are still recognised), what the officer reads, and a tier: tiers are pruned
// apart, so thirty refused clicks of one kind never push out the copy taken before an upgrade.

export const BACKUP_TIERS = {
  upgrade: { label: 'Trước khi nâng cấp phần mềm', kept: 5 },
  year: { label: 'Trước khi khóa sổ hoặc mở lại năm', kept: 20 },
  import: { label: 'Trước khi nhập hoặc khôi phục dữ liệu', kept: 10 },
  change: { label: 'Trước thay đổi khó hoàn tác', kept: 20 },
  manual: { label: 'Do người dùng sao lưu', kept: 20 },
  daily: { label: 'Hằng ngày', kept: 14 },
  exit: { label: 'Khi thoát chương trình', kept: 5 },
} as const;

export type BackupTier = keyof typeof BACKUP_TIERS;

export const BACKUP_KINDS = {
  upgrade: { slug: 'truoc-nang-cap', tier: 'upgrade', label: 'Trước khi nâng cấp dữ liệu' },
  closeYear: { slug: 'truoc-khoa-so-nam', tier: 'year', label: 'Trước khi khóa sổ năm' },
  reopenYear: { slug: 'truoc-mo-lai-nam', tier: 'year', label: 'Trước khi mở lại năm đã khóa sổ' },
  importPackage: { slug: 'truoc-nhap-goi-ban-giao', tier: 'import', label: 'Trước khi nhập gói bàn giao' },
  replaceBloc: { slug: 'truoc-thay-khoi-tu-goi-ban-giao', tier: 'import', label: 'Trước khi thay khối bằng gói bàn giao' },
  restore: { slug: 'truoc-khoi-phuc', tier: 'import', label: 'Trước khi khôi phục bản sao lưu' },
  mergeUnits: { slug: 'truoc-hop-nhat-don-vi', tier: 'change', label: 'Trước khi hợp nhất đơn vị' },
  retireUnit: { slug: 'truoc-ngung-don-vi', tier: 'change', label: 'Trước khi cho đơn vị ngừng tham gia' },
  replacePledge: { slug: 'truoc-thay-giao-uoc', tier: 'change', label: 'Trước khi thay giao ước' },
  replaceScale: { slug: 'truoc-thay-thang-diem', tier: 'change', label: 'Trước khi thay thang điểm' },
  importScale: { slug: 'truoc-nhap-thang-diem', tier: 'change', label: 'Trước khi nhập thang điểm' },
  deleteYear: { slug: 'truoc-xoa-nam', tier: 'change', label: 'Trước khi xóa năm thi đua' },
  newScaleVersion: { slug: 'truoc-tao-phien-ban-thang-diem', tier: 'change', label: 'Trước khi tạo phiên bản thang điểm mới' },
  manual: { slug: 'sao-luu-thu-cong', tier: 'manual', label: 'Sao lưu thủ công' },
  daily: { slug: 'hang-ngay', tier: 'daily', label: 'Sao lưu hằng ngày' },
  exit: { slug: 'khi-thoat', tier: 'exit', label: 'Sao lưu khi thoát' },
} as const satisfies Record<string, { slug: string; tier: BackupTier; label: string }>;

export type BackupKind = keyof typeof BACKUP_KINDS;

export const isBackupKind = (name: string): name is BackupKind => Object.hasOwn(BACKUP_KINDS, name);

/** The kind a file's slug names; the upgrade slug carries the migration after it. */
export function kindOfSlug(slug: string): BackupKind | null {
  for (const [kind, { slug: own }] of Object.entries(BACKUP_KINDS)) {
    if (slug === own || (kind === 'upgrade' && slug.startsWith(`${own}-`))) return kind as BackupKind;
  }
  return null;
}
