import type { CSSProperties } from 'react';
import type { RichText as Rich, TextRun } from '../../../main/documents/model.js';
import { nfc } from '../../../main/documents/format.js';

const runStyle = (run: TextRun): CSSProperties => ({
  fontWeight: run.bold ? 'bold' : undefined,
  fontStyle: run.italic ? 'italic' : undefined,
  textDecoration: run.underline ? 'underline' : undefined,
});

/** Plain text, or runs with their own emphasis. */
export function RichText({ text }: { text: Rich }) {
  if (typeof text === 'string') return <>{nfc(text)}</>;
  return (
    <>
      {text.map((run, i) => (
        <span key={i} style={runStyle(run)}>
          {nfc(run.text)}
        </span>
      ))}
    </>
  );
}

export const plainText = (text: Rich): string => (typeof text === 'string' ? text : text.map((r) => r.text).join(''));
