// The end of a pledge in the DOCX: the closing sentence stays with the text it closes, and may part from
// the grid, which is not pulled alone onto a new page with it.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/documents/index.js';
import { para, unzipDocx } from '../../../support/docx.js';
import { longNamePledge } from './long-names.js';

describe('the end of a pledge', () => {
  it('keeps the closing sentence with the paragraph before it, not with the grid', async () => {
    const { document: xml } = await unzipDocx(await renderDocx(longNamePledge(3)));
    expect(para(xml, 'Thủ trưởng các đơn vị tổ chức thực hiện giao ước trong đơn vị mình.').xml).toContain('<w:keepNext/>');
    expect(para(xml, 'Bản giao ước có hiệu lực kể từ ngày ký./.').xml).not.toContain('<w:keepNext/>');
  });
});
