// The open bloc and the selected year, shared by every screen.
import { createContext, useContext, type ReactNode } from 'react';
import type { Bloc, Year } from '../../main/contract/index.js';

export interface Selection {
  bloc: Bloc;
  years: Year[];
  year: Year;
  selectYear: (yearId: number) => void;
  /** Opens another bloc of this PC. */
  selectBloc: (blocId: number) => void;
  /** The selected year is closed: edit controls are disabled. */
  locked: boolean;
}

const SelectionContext = createContext<Selection | null>(null);

export function SelectionProvider({ value, children }: { value: Selection; children: ReactNode }) {
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection outside SelectionProvider');
  return selection;
}
