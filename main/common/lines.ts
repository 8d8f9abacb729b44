// Multi-line text whose line breaks mean something (a unit's name as it prints in a signature block).
import { cleanText } from './vietnamese.js';

/** Each line cleaned as `cleanText` cleans a line; empty lines dropped; the breaks kept. */
export const cleanLines = (text: string): string =>
  text
    .split(/\r?\n/)
    .map(cleanText)
    .filter((line) => line !== '')
    .join('\n');
