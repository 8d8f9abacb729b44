// The page on a grey desk, plus a copy in its own root for printing (see preview.css): window.print()
// then prints only the page, on A4 in the model's orientation.
import { createPortal } from 'react-dom';
import type { StateDocument } from '../../../main/documents/model.js';
import { DocumentSheet } from './DocumentSheet';

export function DocumentPreview({ doc, label = 'Bản xem trước văn bản' }: { doc: StateDocument; label?: string }) {
  return (
    <>
      <div className="kt-desk" role="document" aria-label={label} data-testid="document-preview">
        <DocumentSheet doc={doc} />
      </div>
      {createPortal(
        <div className="kt-print" aria-hidden>
          {doc.options.orientation === 'landscape' && <style>{'@media print { @page { size: A4 landscape; margin: 0 } }'}</style>}
          <DocumentSheet doc={doc} />
        </div>,
        document.body,
      )}
    </>
  );
}
