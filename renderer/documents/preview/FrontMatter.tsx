// Title, subject with its short rule, "Kính gửi:" and the legal bases.
import type { StateDocument } from '../../../main/documents/model.js';
import { nfc, upper } from '../../../main/documents/format.js';

export function FrontMatter({ doc }: { doc: StateDocument }) {
  const subject = doc.subject?.placement === 'underTitle' ? doc.subject.lines.filter((l) => l.trim() !== '') : [];
  return (
    <>
      {doc.title && <div className="kt-title">{upper(doc.title)}</div>}
      {subject.length > 0 && (
        <div className="kt-subject">
          <div className="kt-ruled">
            {subject.map((line, i) => (
              <div key={i}>{nfc(line)}</div>
            ))}
            <div className="kt-short-rule" />
          </div>
        </div>
      )}
      {!doc.title && <div className="kt-front-gap" />}
      <Addressee items={doc.addressee} />
      {doc.legalBases.map((basis, i) => (
        <p key={i} className="kt-legal-basis">
          {nfc(basis)}
        </p>
      ))}
    </>
  );
}

/** "Kính gửi: X" centred; several addressees as a list aligned after the label. */
function Addressee({ items }: { items: string[] }) {
  const list = items.map((s) => nfc(s).trim()).filter((s) => s !== '');
  if (list.length === 0) return null;
  if (list.length === 1) {
    return (
      <div className="kt-addressee">
        <span>Kính gửi: {list[0]}</span>
      </div>
    );
  }
  const entries = list.map((s, i) => `- ${s.replace(/^-\s*/, '').replace(/[;.,]\s*$/, '')}${i === list.length - 1 ? '.' : ';'}`);
  return (
    <div className="kt-addressee">
      <span>Kính gửi:</span>
      <div>
        {entries.map((e, i) => (
          <div key={i}>{e}</div>
        ))}
      </div>
    </div>
  );
}
