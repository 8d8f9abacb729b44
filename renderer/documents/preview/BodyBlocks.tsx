// Body blocks: headings, paragraphs, numbered and bulleted items, tables, signature grids.
import type { CSSProperties } from 'react';
import type { Alignment, BodyBlock, DocumentOptions, TableBlock, TableCell } from '../../../main/documents/model.js';
import { cellColumns } from '../../../main/documents/layout/table-grid.js';
import { RichText } from './RichText';
import { SignatureGrid } from './Signatures';

const align = (a: Alignment | undefined): CSSProperties['textAlign'] => a;

export function BodyBlocks({ blocks, options }: { blocks: BodyBlock[]; options: DocumentOptions }) {
  return (
    <div className="kt-body">
      {blocks.map((block, i) => (
        <Block key={i} block={block} options={options} />
      ))}
    </div>
  );
}

function Block({ block, options }: { block: BodyBlock; options: DocumentOptions }) {
  switch (block.kind) {
    case 'heading':
      return (
        <p className="kt-p" style={{ fontWeight: 'bold', fontStyle: block.level === 3 ? 'italic' : undefined, textAlign: align(block.align) }}>
          {block.text}
        </p>
      );
    case 'paragraph':
      return (
        <p
          className={block.indent === false ? 'kt-p kt-no-indent' : 'kt-p'}
          style={{
            textAlign: align(block.align),
            fontWeight: block.bold ? 'bold' : undefined,
            fontStyle: block.italic ? 'italic' : undefined,
          }}
        >
          <RichText text={block.text} />
        </p>
      );
    case 'numbered':
      return (
        <p className="kt-p">
          {block.label} <RichText text={block.text} />
        </p>
      );
    case 'bullet':
      return (
        <p className="kt-p">
          {block.marker ?? '-'} <RichText text={block.text} />
        </p>
      );
    case 'table':
      return <DataTable table={block} bodySize={options.bodyFontSize} />;
    case 'signatureGrid':
      return <SignatureGrid grid={block} options={options} />;
  }
}

/** Twips to millimetres (1 twip = 1/1440 inch). */
const twipToMm = (twips: number) => (twips * 25.4) / 1440;

function DataTable({ table, bodySize }: { table: TableBlock; bodySize: number }) {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const width = (w: number) => (table.widthUnit === 'dxa' ? `${twipToMm(w)}mm` : `${(w / total) * 100}%`);
  // Header rows and body rows are placed apart: a header cell never spans into the body.
  const headerStarts = cellColumns(table.headerRows);
  const bodyStarts = cellColumns(table.rows);
  const columnAlign = (col: number) => table.columns[col]?.align;
  return (
    <table
      className={table.dense ? 'kt-table kt-table-dense' : 'kt-table'}
      style={{ fontSize: `${table.fontSize ?? bodySize - 1}pt`, width: table.widthUnit === 'dxa' ? `${twipToMm(total)}mm` : '100%' }}
    >
      <colgroup>
        {table.columns.map((c, i) => (
          <col key={i} style={{ width: width(c.width) }} />
        ))}
      </colgroup>
      {table.headerRows.length > 0 && (
        <thead>
          {table.headerRows.map((row, i) => (
            <Row key={i} cells={row} starts={headerStarts[i] ?? []} header columnAlign={columnAlign} />
          ))}
        </thead>
      )}
      <tbody>
        {table.rows.map((row, i) => (
          <Row key={i} cells={row} starts={bodyStarts[i] ?? []} columnAlign={columnAlign} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  cells: TableCell[];
  /** The grid column each cell starts at (cells spanning rows from above take columns of this row). */
  starts: number[];
  header?: boolean;
  columnAlign: (col: number) => Alignment | undefined;
}

function Row({ cells, starts, header, columnAlign }: RowProps) {
  return (
    <tr>
      {cells.map((cell, i) => {
        const spec = typeof cell === 'string' ? { text: cell } : cell;
        const style: CSSProperties = {
          textAlign: align(spec.align ?? (header ? 'center' : columnAlign(starts[i] ?? i))),
          fontWeight: spec.bold ? 'bold' : undefined,
          fontStyle: spec.italic ? 'italic' : undefined,
        };
        const Cell = header ? 'th' : 'td';
        return (
          <Cell key={i} colSpan={spec.colSpan} rowSpan={spec.rowSpan} style={style}>
            <RichText text={spec.text} />
          </Cell>
        );
      })}
    </tr>
  );
}
