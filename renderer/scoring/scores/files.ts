// Files the scoring screens hand to the officer (workbooks, a zip, evidence, a chart) and files the officer
// hands them (returned workbooks, evidence): bytes travel through the contract as base64.

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  png: 'image/png',
  pdf: 'application/pdf',
};

const mimeOf = (fileName: string): string => MIME[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** Hands a blob to the browser as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the URL by then; revoking at once can cut it short in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a file that came through the contract as `{ fileName, base64 }`. */
export function downloadFile(file: { fileName: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadBlob(file.fileName, new Blob([bytes], { type: mimeOf(file.fileName) }));
}

/** A chosen file's bytes as base64 (without the data-URL prefix), for the contract. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Không đọc được tệp đã chọn.'));
    reader.readAsDataURL(file);
  });
}
