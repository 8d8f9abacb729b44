// The page on a grey desk, plus a copy in its own root for printing (see preview.css): window.print() and
// the desktop's "Lưu PDF" then print only the page, on A4 in the model's orientation, without the margins
// other screens print with (renderer/app/print.css): the sheet carries the Decree 30 margins itself.
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
          <style>{`@media print { @page { size: A4${doc.options.orientation === 'landscape' ? ' landscape' : ''}; margin: 0 } }`}</style>
          <DocumentSheet doc={doc} />
        </div>,
        document.body,
      )}
    </>
  );
}
