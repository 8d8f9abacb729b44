import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildInvitation, checkDocx, renderDocx } from '../../../../main/documents/index.js';
import { invitation } from '../../../support/documents.js';

/** The invitation's DOCX with one part rewritten, as a broken renderer or a hand edit would leave it. */
async function tampered(part: 'word/document.xml' | 'word/styles.xml', edit: (xml: string) => string) {
  const zip = await JSZip.loadAsync(await renderDocx(buildInvitation(invitation)));
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('checking the finished DOCX against Decree 30', () => {
  it('finds nothing wrong with what the renderer writes', async () => {
    expect(await checkDocx(await renderDocx(buildInvitation(invitation)))).toEqual([]);
  });

  it('catches a Letter page', async () => {
    const bytes = await tampered('word/document.xml', (x) => x.replace(/w:w="11906"/, 'w:w="12240"').replace(/w:h="16838"/, 'w:h="15840"'));
    expect((await checkDocx(bytes)).map((b) => b.code)).toEqual(['docx.paper']);
  });

  it('catches a left margin of 25 mm', async () => {
    const bytes = await tampered('word/document.xml', (x) => x.replace(/(<w:pgMar [^>]*w:left=")\d+"/, '$1' + '1417"'));
    expect(await checkDocx(bytes)).toEqual([{ code: 'docx.margin.left', message: 'Lề trái phải từ 30 đến 35 mm.' }]);
  });

  it('catches another font, a 12 pt body and coloured text', async () => {
    const bytes = await tampered('word/styles.xml', (x) =>
      x
        .replace(/w:ascii="Times New Roman"/, 'w:ascii="Arial"')
        .replace(/(<w:docDefaults>[\s\S]*?<w:sz w:val=")\d+"/, '$1' + '24"')
        .replace(/<w:color w:val="000000"/, '<w:color w:val="FF0000"'),
    );
    const codes = (await checkDocx(bytes)).map((b) => b.code);
    expect(codes).toEqual(expect.arrayContaining(['docx.font', 'docx.bodySize', 'docx.colour']));
  });
});
