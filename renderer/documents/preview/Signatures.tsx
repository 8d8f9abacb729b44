// Signature blocks, the signature area (recipients left, signer right) and the pledge's grid.
import type { DocumentOptions, SignatureBlock, SignatureGridBlock, StateDocument } from '../../../main/documents/model.js';
import { nfc } from '../../../main/documents/format.js';
import { authorityLines, gridLayout, recipientLines, signatureAreaLines } from '../../../main/documents/layout/signature-lines.js';

export { authorityLines };

/**
 * One signer; `lines` are the authority lines broken as the DOCX breaks them (default: one a line). `below`
 * blank lines pad the signing space to the other signer's longer authority, so the names share a line.
 */
export function Signature({ block, lines = authorityLines(block), below = 0 }: { block: SignatureBlock; lines?: string[]; below?: number }) {
  return (
    <div className="kt-signature" data-testid="signature">
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      {Array.from({ length: below }, (_, i) => (
        <div key={`below-${i}`}>{'\u00a0'}</div>
      ))}
      <div className="kt-signing-space" />
      <div className="kt-signature-name">{nfc(block.name.trim()) || '\u00a0'}</div>
    </div>
  );
}

/** "Nơi nhận:" then "- …;" entries, the last ending with ".". */
export function Recipients({ entries }: { entries: string[] }) {
  const lines = recipientLines(entries);
  if (lines.length === 0) return null;
  return (
    <div className="kt-recipients" data-testid="recipients">
      <div className="kt-recipients-label">Nơi nhận:</div>
      {lines.map((l, i) => (
        <div key={i} className="kt-recipients-entry">
          {l}
        </div>
      ))}
    </div>
  );
}

export function SignatureArea({ doc }: { doc: StateDocument }) {
  const sig = doc.signatures;
  const lines = signatureAreaLines(doc);
  const recipients = <Recipients entries={doc.recipients} />;
  if (!sig || !lines) return <div className="kt-after-signatures">{recipients}</div>;
  const size = { fontSize: `${doc.options.bodyFontSize}pt` };
  const longest = Math.max(lines.left?.length ?? 0, lines.right.length);
  const below = (printed: string[]) => (lines.left ? longest - printed.length : 0);
  return (
    <>
      <div className="kt-signature-area" style={size}>
        <div>{sig.left && lines.left ? <Signature block={sig.left} lines={lines.left} below={below(lines.left)} /> : recipients}</div>
        <Signature block={sig.right} lines={lines.right} below={below(lines.right)} />
      </div>
      {sig.left && <div className="kt-after-signatures">{recipients}</div>}
    </>
  );
}

/**
 * The pledge's grid, as the DOCX lays it out: one block per unit, 2 or 3 a row, 13 pt. In a row the unit
 * names end on one line (a short name sits low), the positions start on one line, the signing space
 * (six lines, for a signature and a round seal) is the same, and the names share a line. A row never
 * splits across printed pages.
 */
export function SignatureGrid({ grid, options }: { grid: SignatureGridBlock; options: DocumentOptions }) {
  // The same lines as the DOCX: unit names and positions broken by the shared layout, not by CSS.
  const { rows } = gridLayout(grid, options);
  return (
    <div className="kt-grid" data-testid="signature-grid">
      {rows.map((row, i) => (
        <div key={i} className="kt-grid-row" style={{ gridTemplateColumns: `repeat(${grid.perRow}, minmax(0, 1fr))` }}>
          {row.map((block, j) => (
            <div key={j} className="kt-grid-block" data-testid="signature" style={{ gridColumn: j + 1 }}>
              {/* One text with line breaks: reads (and searches) as "SỞ LAO ĐỘNG - THƯƠNG BINH …". */}
              <div className="kt-grid-unit kt-lines">{block.unit.join('\n')}</div>
              <div className="kt-lines">{block.authority.join('\n')}</div>
              <div className="kt-grid-space" />
              <div>{nfc(block.name) || '\u00a0'}</div>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
