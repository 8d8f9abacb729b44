// Signature blocks, the signature area (recipients left, signer right) and the pledge's grid.
import type { SignatureBlock, SignatureGridBlock, StateDocument } from '../../../main/documents/model.js';
import { nfc, upper } from '../../../main/documents/format.js';

/** Authority lines as printed: unit, prefix joined to the first line ("KT. TRƯỞNG KHỐI"), deputy position. */
export function authorityLines(block: SignatureBlock): string[] {
  const lines = block.authority.map((l) => upper(l.trim())).filter((l) => l !== '');
  if (block.prefix && lines.length > 0) lines[0] = `${block.prefix} ${lines[0]}`;
  else if (block.prefix) lines.push(block.prefix);
  if (block.deputyPosition?.trim()) lines.push(upper(block.deputyPosition.trim()));
  return block.unit?.trim() ? [upper(block.unit.trim()), ...lines] : lines;
}

export function Signature({ block }: { block: SignatureBlock }) {
  return (
    <div className="kt-signature" data-testid="signature">
      {authorityLines(block).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      <div className="kt-signing-space" />
      <div className="kt-signature-name">{nfc(block.name.trim()) || '\u00a0'}</div>
    </div>
  );
}

/** "Nơi nhận:" then "- …;" entries, the last ending with ".". */
export function Recipients({ entries }: { entries: string[] }) {
  const clean = entries.map((e) => nfc(e).trim().replace(/^-\s*/, '').replace(/[;.]\s*$/, '')).filter((e) => e !== '');
  if (clean.length === 0) return null;
  return (
    <div className="kt-recipients" data-testid="recipients">
      <div className="kt-recipients-label">Nơi nhận:</div>
      {clean.map((e, i) => (
        <div key={i} className="kt-recipients-entry">
          - {e}
          {i === clean.length - 1 ? '.' : ';'}
        </div>
      ))}
    </div>
  );
}

export function SignatureArea({ doc }: { doc: StateDocument }) {
  const sig = doc.signatures;
  const recipients = <Recipients entries={doc.recipients} />;
  if (!sig) return <div className="kt-after-signatures">{recipients}</div>;
  const size = { fontSize: `${doc.options.bodyFontSize}pt` };
  return (
    <>
      <div className="kt-signature-area" style={size}>
        <div>{sig.left ? <Signature block={sig.left} /> : recipients}</div>
        <Signature block={sig.right} />
      </div>
      {sig.left && <div className="kt-after-signatures">{recipients}</div>}
    </>
  );
}

/** One block per unit, 2 or 3 a row; names in a row sit on one line. */
export function SignatureGrid({ grid }: { grid: SignatureGridBlock }) {
  const rows: SignatureBlock[][] = [];
  for (let i = 0; i < grid.blocks.length; i += grid.perRow) rows.push(grid.blocks.slice(i, i + grid.perRow));
  return (
    <div className="kt-grid">
      {rows.map((row, i) => (
        <div key={i} className="kt-grid-row" style={{ gridTemplateColumns: `repeat(${grid.perRow}, 1fr)` }}>
          {row.map((block, j) => (
            <Signature key={j} block={block} />
          ))}
        </div>
      ))}
    </div>
  );
}
