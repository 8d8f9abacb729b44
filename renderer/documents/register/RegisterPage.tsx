// "Sổ văn bản": the selected year's register; view and reprint, withdraw, issue a replacement; the signed copy of
// each entry; the register exported as a workbook or printed.
import { useState } from 'react';
import { Alert, App, Button, Select, Space, Table, Typography } from 'antd';
import { matchesSearch } from '../../../main/common/vietnamese.js';
import { formatShortDate } from '../../../main/documents/format.js';
import { statusText } from '../../../main/documents/register-status.js';
import type { RegisterEntry } from '../../../main/contract/index.js';
import { useRead, useWrite } from '../../api/hooks';
import { navigate, useRouteParams } from '../../app/routes';
import { useSelection } from '../../app/selection';
import { SearchBox } from '../../common/SearchBox';
import { documentName } from '../naming';
import { IssuedViewModal } from './IssuedViewModal';
import { RegisterExport } from './RegisterExport';
import { SignedCopyDialog } from './SignedCopyDialog';
import { SignedCopyTag, StatusTag } from './StatusTag';
import './register.css';

type SignedFilter = 'all' | 'signed' | 'unsigned';

/** The register's order: by date, then number (unnumbered first), then as recorded. */
const inRegisterOrder = (entries: RegisterEntry[]) =>
  entries.toSorted((a, b) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);

export function RegisterPage() {
  const { year, locked } = useSelection();
  const register = useRead('documents.list', { yearId: year.id }, { select: inRegisterOrder });
  const withdraw = useWrite('documents.withdraw', (e) => `Đã thu hồi ${documentName(e)}`);
  const { modal, message } = App.useApp();
  // `q`: opened from the search across years, filtered to what was found.
  const [query, setQuery] = useState(useRouteParams().get('q') ?? '');
  const [viewing, setViewing] = useState<RegisterEntry | null>(null);
  const [signedFilter, setSignedFilter] = useState<SignedFilter>('all');
  // By id: the dialog follows the entry as the register refreshes after an attach.
  const [signedCopyOf, setSignedCopyOf] = useState<number | null>(null);

  if (register.isError) return <Alert type="error" showIcon title={register.error.message} />;
  const rows = register.data ?? [];
  const shown = rows.filter(
    (e) =>
      (signedFilter === 'all' || (e.signedCopy !== null) === (signedFilter === 'signed')) &&
      matchesSearch(query, e.numberText, e.title, e.typeLabel, statusText(e, rows), formatShortDate(e.date), ...e.recipients),
  );
  const filtered = query !== '' || signedFilter !== 'all';

  const confirmWithdraw = (entry: RegisterEntry) =>
    modal.confirm({
      title: `Thu hồi ${documentName(entry)}?`,
      content:
        entry.number === null
          ? 'Văn bản được đánh dấu “Đã thu hồi” trong sổ và vẫn giữ trong sổ.'
          : `Văn bản được đánh dấu “Đã thu hồi” trong sổ. Số ${entry.numberText} vẫn giữ trong sổ và không được cấp lại cho văn bản khác.`,
      okText: 'Thu hồi',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () =>
        withdraw.mutateAsync({ documentId: entry.id }).catch((error: unknown) => {
          void message.error(error instanceof Error ? error.message : 'Không thu hồi được văn bản.');
        }),
    });

  const replace = (entry: RegisterEntry) =>
    navigate('documents', { type: entry.type, meetingId: entry.sourceMeetingId, replaces: entry.id });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="kt-register">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Sổ văn bản năm {year.year}
        </Typography.Title>
        {/* The header with the bloc's name is not printed: the printed register names it here. */}
        <Typography.Text className="kt-print-only">{year.blocName}</Typography.Text>
      </div>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: sổ văn bản chỉ để xem và in lại.`} />}
      <div className="no-print" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between' }}>
        <Space wrap>
          <SearchBox label="Tìm văn bản" value={query} onChange={setQuery} placeholder="Tìm số, trích yếu, nơi nhận (gõ không dấu cũng được)" />
          <Select<SignedFilter>
            aria-label="Lọc theo bản ký"
            value={signedFilter}
            onChange={setSignedFilter}
            style={{ width: 170 }}
            options={[
              { value: 'all', label: 'Mọi văn bản' },
              { value: 'signed', label: 'Đã có bản ký' },
              { value: 'unsigned', label: 'Chưa có bản ký' },
            ]}
          />
        </Space>
        <Space wrap>
          <RegisterExport yearId={year.id} year={year.year} />
          <Button type="primary" disabled={locked} onClick={() => navigate('documents')}>
            Soạn văn bản
          </Button>
        </Space>
      </div>
      <Typography.Text type="secondary">
        {filtered ? `Tìm thấy ${shown.length} trên ${rows.length} văn bản` : `Năm ${year.year} có ${rows.length} văn bản trong sổ.`}
      </Typography.Text>
      <Table<RegisterEntry>
        rowKey="id"
        size="middle"
        loading={register.isPending}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 1050 }}
        locale={{ emptyText: filtered ? 'Không có văn bản nào khớp với từ khóa và bộ lọc' : `Năm ${year.year} chưa ban hành văn bản nào` }}
        columns={[
          {
            key: 'number',
            title: 'Số, ký hiệu',
            width: 170,
            render: (_, e) => (
              <>
                <strong>{e.numberText}</strong>
                <br />
                <Typography.Text type="secondary">{e.typeLabel}</Typography.Text>
              </>
            ),
          },
          { key: 'date', title: 'Ngày', dataIndex: 'date', width: 105, render: (d: string) => formatShortDate(d) },
          { key: 'title', title: 'Trích yếu', dataIndex: 'title' },
          {
            key: 'recipients',
            title: 'Nơi nhận',
            width: 220,
            render: (_, e) => (
              <Typography.Text ellipsis={{ tooltip: e.recipients.join('; ') }} style={{ maxWidth: 200 }}>
                {e.recipients.join('; ')}
              </Typography.Text>
            ),
          },
          {
            key: 'status',
            title: 'Trạng thái',
            width: 170,
            render: (_, e) => (
              <Space orientation="vertical" size={4}>
                <StatusTag entry={e} all={rows} />
                {e.signedCopy && <SignedCopyTag />}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: 'Thao tác',
            width: 190,
            className: 'no-print',
            render: (_, e) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setViewing(e)} aria-label={`Xem ${documentName(e)}`}>
                  Xem
                </Button>
                <Button size="small" onClick={() => setSignedCopyOf(e.id)} aria-label={`Bản ký của ${documentName(e)}`}>
                  Bản ký
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={locked || e.status !== 'issued'}
                  onClick={() => confirmWithdraw(e)}
                  aria-label={`Thu hồi ${documentName(e)}`}
                >
                  Thu hồi
                </Button>
                <Button
                  size="small"
                  disabled={locked || e.status !== 'issued'}
                  onClick={() => replace(e)}
                  aria-label={`Ban hành thay thế ${documentName(e)}`}
                >
                  Ban hành thay thế
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <IssuedViewModal entry={viewing} all={rows} onClose={() => setViewing(null)} />
      <SignedCopyDialog entry={rows.find((e) => e.id === signedCopyOf) ?? null} locked={locked} onClose={() => setSignedCopyOf(null)} />
    </Space>
  );
}
