// The state header: governing and issuing body | national title and motto; "Số: …" | place and date.
import type { StateDocument } from '../../../main/documents/model.js';
import { formatDocumentNumber, formatPlaceDate, nfc } from '../../../main/documents/format.js';
import { headerBodyLines } from '../../../main/documents/layout/header-lines.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function Header({ doc }: { doc: StateDocument }) {
  const h = doc.header;
  // Broken exactly as in the DOCX, so the preview and the printed page agree line for line.
  const { governing, issuing } = headerBodyLines(doc);
  const vv = doc.subject?.placement === 'underNumber' ? `V/v ${doc.subject.text.replace(/^V\/v\s*/i, '')}` : null;
  return (
    <div className="kt-header">
      <div className="kt-header-cell">
        {governing.map((l, i) => (
          <div key={i} className="kt-governing">
            {l}
          </div>
        ))}
        <div className="kt-ruled">
          {issuing.map((l, i) => (
            <div key={i} className="kt-issuing">
              {l}
            </div>
          ))}
          <div className="kt-short-rule" />
        </div>
      </div>
      <div className="kt-header-cell">
        <div className="kt-national">{NATIONAL_TITLE}</div>
        <div className="kt-motto" style={{ fontSize: `${doc.options.bodyFontSize}pt` }}>
          {MOTTO}
        </div>
      </div>
      <div className="kt-header-cell">
        {h.numbered !== false && <div className="kt-number">Số: {formatDocumentNumber(h.number, h.typeCode, h.issuerCode)}</div>}
        {vv && <div className="kt-vv">{nfc(vv)}</div>}
      </div>
      <div className="kt-header-cell">
        <div className="kt-place-date" style={{ fontSize: `${doc.options.bodyFontSize}pt` }}>
          {formatPlaceDate(h.place, h.date)}
        </div>
      </div>
    </div>
  );
}
