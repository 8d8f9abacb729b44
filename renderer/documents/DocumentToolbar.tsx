// "In", "Lưu PDF" and "Lưu DOCX" for a draft or a register entry; extra buttons (e.g. "Ban hành") after them.
// The desktop saves the window's print as PDF itself; a browser's print dialog saves PDF ("In / Lưu PDF").
import type { ReactNode } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import type { Input } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';
import { useNotifyError } from '../common/actions';
import { downloadDocx, isDesktop } from './files';

type Source = { documentId: number } | { request: Input<'documents.prepare'> };

export function DocumentToolbar({ source, disabled, children }: { source: Source; disabled?: boolean; children?: ReactNode }) {
  return (
    <Space wrap>
      <Button onClick={() => window.print()} disabled={disabled}>
        {isDesktop() ? 'In' : 'In / Lưu PDF'}
      </Button>
      {isDesktop() && <SavePdf input={'documentId' in source ? { documentId: source.documentId } : source.request} disabled={disabled} />}
      {'documentId' in source && isDesktop() ? (
        <SaveToFolder documentId={source.documentId} disabled={disabled} />
      ) : (
        <DownloadButton input={'documentId' in source ? { documentId: source.documentId } : source.request} disabled={disabled} />
      )}
      {children}
    </Space>
  );
}

function DownloadButton({ input, disabled }: { input: Input<'documents.docx'>; disabled?: boolean }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return (
    <Button
      disabled={disabled}
      onClick={() =>
        downloadDocx(input).then((name) => void message.success(`Đã tải về ${name}`), notifyError)
      }
    >
      Lưu DOCX
    </Button>
  );
}

/** Desktop: the window prints the preview to PDF, saved where the officer chooses (to attach to an e-mail). */
function SavePdf({ input, disabled }: { input: Input<'documents.savePdf'>; disabled?: boolean }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = async () => {
    try {
      const { path } = await unwrap(api['documents.savePdf'](input));
      if (path !== null) void message.success(`Đã lưu PDF: ${path}`);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Button disabled={disabled} onClick={() => void save()}>
      Lưu PDF
    </Button>
  );
}

type Then = 'none' | 'open' | 'showInFolder';

/** Desktop: writes into the year's documents folder (or where the officer chooses), then offers to open it. */
function SaveToFolder({ documentId, disabled }: { documentId: number; disabled?: boolean }) {
  const { notification } = App.useApp();
  const notifyError = useNotifyError();
  const save = async (to: 'documentsFolder' | 'choose', then: Then) => {
    try {
      const { path } = await unwrap(api['documents.save']({ documentId, to, then }));
      if (path === null || then !== 'none') return;
      const again = (next: Then) => () => void save('documentsFolder', next);
      notification.success({
        title: 'Đã lưu DOCX',
        description: path,
        actions: (
          <Space>
            <Button size="small" onClick={again('open')}>
              Mở tệp
            </Button>
            <Button size="small" onClick={again('showInFolder')}>
              Mở thư mục
            </Button>
          </Space>
        ),
      });
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Space.Compact>
      <Button disabled={disabled} onClick={() => void save('documentsFolder', 'none')}>
        Lưu DOCX
      </Button>
      <Dropdown
        disabled={disabled}
        menu={{
          items: [
            { key: 'open', label: 'Lưu và mở bằng trình soạn thảo' },
            { key: 'showInFolder', label: 'Lưu và mở thư mục chứa tệp' },
            { key: 'choose', label: 'Lưu vào nơi khác…' },
          ],
          onClick: ({ key }) => void (key === 'choose' ? save('choose', 'none') : save('documentsFolder', key as Then)),
        }}
      >
        <Button disabled={disabled} aria-label="Cách lưu DOCX khác">
          ▾
        </Button>
      </Dropdown>
    </Space.Compact>
  );
}
