// One state document as the printed A4 page: the same StateDocument model the DOCX writer reads.
import type { StateDocument } from '../../../main/documents/model.js';
import { BodyBlocks } from './BodyBlocks';
import { FrontMatter } from './FrontMatter';
import { Header } from './Header';
import { SignatureArea } from './Signatures';
import './preview.css';

export function DocumentSheet({ doc }: { doc: StateDocument }) {
  const landscape = doc.options.orientation === 'landscape';
  return (
    <div className={landscape ? 'kt-sheet kt-landscape' : 'kt-sheet'} style={{ fontSize: `${doc.options.bodyFontSize}pt` }} lang="vi">
      <Header doc={doc} />
      <FrontMatter doc={doc} />
      <BodyBlocks blocks={doc.body} options={doc.options} />
      <SignatureArea doc={doc} />
    </div>
  );
}
