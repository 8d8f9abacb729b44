/** Helpers to read the parts of a DOCX the way an officer's checklist reads the printed page. */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  files: string[];
  part: (name: string) => Promise<string>;
}

export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing ${name}`);
    return f.async('string');
  };
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), files: Object.keys(zip.files), part: read };
}

export interface Para {
  xml: string;
  text: string;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraphs in document order with their plain text. */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: decode([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
}

/** The one paragraph whose text equals `text` (or matches the RegExp); fails loudly otherwise. */
export function para(xml: string, text: string | RegExp): Para {
  const hits = paragraphs(xml).filter((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (hits.length !== 1) throw new Error(`expected one paragraph ${String(text)}, found ${hits.length}`);
  return hits[0] as Para;
}

/** Run properties of every run with text in a paragraph. */
export function runProps(p: Para): string[] {
  return [...p.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .filter((m) => /<w:t[ >]/.test(m[1] ?? ''))
    .map((m) => /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[1] ?? '')?.[1] ?? '');
}

/** Font size of every run of the paragraph, in points (w:sz is in half-points). */
export function sizesPt(p: Para): number[] {
  return runProps(p).map((r) => {
    const m = /<w:sz w:val="(\d+)"\/>/.exec(r);
    return m ? Number(m[1]) / 2 : Number.NaN;
  });
}

export const isBold = (rPr: string) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(rPr);
export const isItalic = (rPr: string) => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(rPr);

/** Attribute value of the first element `tag` in xml. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const el = new RegExp(`<${tag}(?=[ />])[^>]*>`).exec(xml)?.[0];
  return el ? new RegExp(`${name}="([^"]*)"`).exec(el)?.[1] : undefined;
}

/** Top-level tables of the body, in order (the state header first). */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}
