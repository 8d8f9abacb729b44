// Units in bulk: a list pasted from Excel or Word (read as it is typed) or a workbook's rows, shown with what
// each row lacks, then added together. The service reads, checks and adds; this only shows its answers.
import { useId, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Table, Typography } from 'antd';
import type { ImportColumn, UnitsImportPreview } from '../../main/contract/index.js';
import { useRead, useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { messageOf } from '../common/actions';
import { useDebounced } from '../common/useDebounced';

export type ImportSource = { kind: 'paste' } | { kind: 'file'; preview: UnitsImportPreview };

const COLUMN_LABELS: Record<Exclude<ImportColumn, 'ignored'>, string> = {
  name: 'Tên đơn vị',
  shortName: 'Tên viết tắt',
  headPosition: 'Chức vụ thủ trưởng',
  headName: 'Họ tên thủ trưởng',
};

export function ImportDialog({ source, onClose }: { source: ImportSource | null; onClose: () => void }) {
  const title = source?.kind === 'file' ? `Nhập danh sách đơn vị từ tệp ${source.preview.fileName ?? ''}` : 'Dán danh sách đơn vị';
  return (
    <Modal title={title} open={source !== null} onCancel={onClose} footer={null} width={1000} destroyOnHidden>
      {source && <ImportBody source={source} onDone={onClose} />}
    </Modal>
  );
}

function ImportBody({ source, onDone }: { source: ImportSource; onDone: () => void }) {
  const { year, locked } = useSelection();
  const textId = useId();
  const [text, setText] = useState('');
  const pasted = useDebounced(text, 250);
  const read = useRead('units.previewImport', source.kind === 'paste' && pasted.trim() ? { yearId: year.id, pasted } : null, {
    placeholderData: keepPreviousData,
  });
  const importMany = useWrite('units.importMany', (added) => `Đã thêm ${added.length} đơn vị vào năm ${year.year}`);
  const preview = source.kind === 'file' ? source.preview : text.trim() ? read.data : undefined;
  // The button adds exactly the rows shown: not while the text typed is still being read.
  const reading = source.kind === 'paste' && (pasted !== text || read.isFetching);
  const valid = (preview?.rows ?? []).filter((r) => r.errors.length === 0);

  const add = async () => {
    try {
      await importMany.mutateAsync({ yearId: year.id, rows: valid.map(({ errors: _errors, ...row }) => row) });
      onDone();
    } catch {
      // Shown under the table from the mutation's state.
    }
  };

  return (
    <Flex vertical gap={12}>
      {source.kind === 'paste' && (
        <Form layout="vertical" component="div">
          <Form.Item
            label="Danh sách đơn vị"
            htmlFor={textId}
            style={{ marginBottom: 0 }}
            extra="Chép các dòng từ Excel hoặc từ bảng trong Word rồi dán vào đây, mỗi đơn vị một dòng: tên đơn vị, tên viết tắt, chức vụ và họ tên thủ trưởng, theo thứ tự nào cũng được, có hoặc không có dòng tiêu đề. Chức vụ, họ tên có thể bổ sung sau."
          >
            <Input.TextArea
              id={textId}
              autoFocus
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 4, maxRows: 8 }}
              placeholder={'Tên đơn vị\tViết tắt\tChức vụ\tThủ trưởng\nSở Y tế\tSYT\tGIÁM ĐỐC\tĐặng Văn H'}
            />
          </Form.Item>
        </Form>
      )}
      {read.error && <Alert type="error" showIcon title={read.error.message} />}
      {preview && <PreviewTable preview={preview} again={source.kind === 'paste' ? 'sửa rồi dán lại' : 'sửa tệp rồi nhập lại'} />}
      {importMany.error && <Alert type="error" showIcon title={messageOf(importMany.error)} />}
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: không thể thêm đơn vị.`} />}
      <Flex gap={8}>
        <Button type="primary" disabled={locked || reading || valid.length === 0} loading={importMany.isPending} onClick={() => void add()}>
          Thêm {valid.length} đơn vị
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Flex>
    </Flex>
  );
}

/** `again`: how the officer fixes a refused row ("sửa rồi dán lại"). */
function PreviewTable({ preview, again }: { preview: UnitsImportPreview; again: string }) {
  const named = preview.columns.flatMap((c) => (c === 'ignored' ? [] : [COLUMN_LABELS[c]]));
  const wrong = preview.rows.filter((r) => r.errors.length > 0).length;
  const how = preview.header ? 'theo dòng tiêu đề' : 'theo nội dung';
  return (
    <Flex vertical gap={8}>
      <Typography.Text data-testid="import-summary">
        Đọc được {preview.rows.length} dòng; các cột nhận {how}: {named.join(', ') || 'không có'}.
        {wrong > 0 && <Typography.Text type="danger"> {wrong} dòng có lỗi sẽ không được thêm; {again} nếu cần.</Typography.Text>}
      </Typography.Text>
      <Table
        size="small"
        rowKey="line"
        aria-label="Các dòng đọc được"
        dataSource={preview.rows}
        pagination={false}
        scroll={{ y: 300 }}
        columns={[
          { title: 'Dòng', dataIndex: 'line', width: 60, align: 'center' },
          { title: 'Tên đơn vị', dataIndex: 'name' },
          { title: 'Viết tắt', dataIndex: 'shortName', width: 110 },
          { title: 'Chức vụ', dataIndex: 'headPosition', width: 150 },
          { title: 'Thủ trưởng', dataIndex: 'headName', width: 160 },
          {
            title: 'Kiểm tra',
            key: 'errors',
            width: 280,
            render: (_, row) =>
              row.errors.length === 0 ? (
                <Typography.Text type="success">Hợp lệ</Typography.Text>
              ) : (
                <Typography.Text type="danger">{row.errors.join(' ')}</Typography.Text>
              ),
          },
        ]}
      />
    </Flex>
  );
}
