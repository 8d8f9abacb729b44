// A chart as a PNG for the report: its SVG serialized, drawn on a canvas under a title, and downloaded.
import { downloadBlob } from '../scores/files';

const FONT = "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const SCALE = 2;
const TITLE_HEIGHT = 44;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('Không vẽ được biểu đồ thành ảnh.'));
    image.src = url;
  });
}

/** The chart's SVG as a standalone document: its size fixed and the page's font named, as an image has no page CSS. */
function standalone(svg: SVGSVGElement): { xml: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', `font-family: ${FONT}; font-size: 12px; background: #fff`);
  return { xml: new XMLSerializer().serializeToString(copy), width, height };
}

/** Draws the SVG found in `container` under `title` and downloads it as `fileName`. */
export async function downloadChartPng(container: HTMLElement, title: string, fileName: string): Promise<void> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('Chưa có biểu đồ để lưu.');
  const { xml, width, height } = standalone(svg);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((height + TITLE_HEIGHT) * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Trình duyệt không vẽ được ảnh.');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height + TITLE_HEIGHT);
  ctx.fillStyle = '#000';
  ctx.font = `600 16px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(title, width / 2, 28, width - 24);
  ctx.drawImage(image, 0, TITLE_HEIGHT, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Không tạo được tệp ảnh.');
  downloadBlob(fileName, blob);
}
