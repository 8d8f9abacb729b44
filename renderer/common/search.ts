// The one Vietnamese search of the window: lists, dropdowns and the search across years all match with
// main/common's matcher (diacritics and case ignored, every word somewhere), so "y te" finds "Sở Y tế" everywhere.
import type { ReactNode } from 'react';
import { matchesSearch } from '../../main/common/vietnamese.js';

export { matchesSearch };

interface SearchableOption {
  label?: ReactNode;
  value?: unknown;
}

/** The text of an option the search reads: its label when it is text, else its value. */
const optionText = (option: SearchableOption | undefined): string => {
  const label = option?.label;
  if (typeof label === 'string' || typeof label === 'number') return String(label);
  const value = option?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** Whether a dropdown option matches what was typed. */
export const optionMatches = (input: string, option?: SearchableOption): boolean => matchesSearch(input, optionText(option));

/** Spread into a searchable Select or AutoComplete: `showSearch={vietnameseSearch}`. */
export const vietnameseSearch = { filterOption: optionMatches };
