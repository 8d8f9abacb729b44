/**
 * Checks a finished DOCX, as Word will open it, against the Decree 30/2020 layout rules: paper, margins,
 * fonts, sizes, colour, text form. `checkDocument` reads the model; this reads the file, so a change in
 * the renderer (or the docx package) that breaks the page is caught before a document is issued.
 */
import JSZip from 'jszip';
import type { Breach } from '../check.js';
import { A4, mmToTwip } from '../layout/units.js';

const between = (value: number, minMm: number, maxMm: number) => value >= mmToTwip(minMm) - 1 && value <= mmToTwip(maxMm) + 1;
const attr = (xml: string, name: string): number | null => {
  const m = new RegExp(`w:${name}="(\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
};

export async function checkDocx(bytes: Uint8Array): Promise<Breach[]> {
  const out: Breach[] = [];
  const add = (code: string, message: string) => out.push({ code, message });
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (!document || !styles) return [{ code: 'docx.parts', message: 'Tệp DOCX bị hỏng: thiếu nội dung hoặc kiểu chữ.' }];

  const pgSz = /<w:pgSz [^>]*\/>/.exec(document)?.[0] ?? '';
  const [w, h] = [attr(pgSz, 'w'), attr(pgSz, 'h')];
  const portrait = w === A4.width && h === A4.height;
  const landscape = w === A4.height && h === A4.width;
  if (!portrait && !landscape) add('docx.paper', 'Khổ giấy phải là A4 (210 × 297 mm).');

  const pgMar = /<w:pgMar [^>]*\/>/.exec(document)?.[0] ?? '';
  const margin = (side: string) => attr(pgMar, side) ?? -1;
  if (!between(margin('top'), 20, 25)) add('docx.margin.top', 'Lề trên phải từ 20 đến 25 mm.');
  if (!between(margin('bottom'), 20, 25)) add('docx.margin.bottom', 'Lề dưới phải từ 20 đến 25 mm.');
  if (!between(margin('left'), 30, 35)) add('docx.margin.left', 'Lề trái phải từ 30 đến 35 mm.');
  if (!between(margin('right'), 15, 20)) add('docx.margin.right', 'Lề phải phải từ 15 đến 20 mm.');

  const fonts = new Set(
    [...`${styles}${document}`.matchAll(/<w:rFonts ([^>]*)\/>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((f) => f[1]!),
    ),
  );
  const others = [...fonts].filter((f) => f !== 'Times New Roman');
  if (fonts.size === 0 || others.length > 0) {
    add('docx.font', `Phông chữ phải là Times New Roman${others.length > 0 ? ` (đang có: ${others.join(', ')})` : ''}.`);
  }

  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  const bodySize = attr(/<w:sz [^>]*\/>/.exec(defaults)?.[0] ?? '', 'val');
  if (bodySize !== 26 && bodySize !== 28) add('docx.bodySize', 'Cỡ chữ nội dung phải là 13 hoặc 14.');

  // Colours in the text and in the styles it uses (the docx package also declares unused ones, e.g. Hyperlink).
  const used = new Set([...document.matchAll(/<w:[pr]Style w:val="([^"]+)"/g)].map((m) => m[1]!));
  const usedStyles = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)]
    .filter((m) => used.has(m[1]!))
    .map((m) => m[0]);
  const colours = [...[document, defaults, ...usedStyles].join('').matchAll(/<w:color w:val="([^"]+)"/g)].map((m) =>
    m[1]!.toUpperCase(),
  );
  if (colours.some((c) => c !== '000000' && c !== 'AUTO')) add('docx.colour', 'Chữ trong văn bản phải màu đen.');

  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  if (text !== text.normalize('NFC')) add('docx.nfc', 'Văn bản có chữ tiếng Việt chưa dựng sẵn (NFC), có thể hiển thị sai dấu.');
  return out;
}
