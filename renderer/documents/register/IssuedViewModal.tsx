// An issued document, reprinted from its register snapshot (from the register and from its meeting's page).
import { Modal } from 'antd';
import type { RegisterEntry } from '../../../main/contract/index.js';
import { IssuedView } from '../IssuedView';
import { entryRef } from '../naming';
import { statusText } from '../../../main/documents/register-status.js';

export function IssuedViewModal({ entry, all, onClose }: { entry: RegisterEntry | null; all: RegisterEntry[]; onClose: () => void }) {
  return (
    <Modal
      open={entry !== null}
      title={entry ? `Văn bản ${entryRef(entry)} — ${statusText(entry, all)}` : ''}
      onCancel={onClose}
      footer={null}
      width={940}
      destroyOnHidden
    >
      {entry && <IssuedView documentId={entry.id} />}
    </Modal>
  );
}
