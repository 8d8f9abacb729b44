// The open bloc and each bloc's selected year survive a reload (and, in the desktop app, a restart): kept in
// the window's localStorage. What is remembered is only a preference: a bloc or year since deleted falls
// back to the default, and a storage that refuses (private mode, full) changes nothing.
const BLOC_KEY = 'khoi-thi-dua.bloc';
const yearKey = (blocId: number) => `khoi-thi-dua.year.${blocId}`;

function read(key: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, id: number): void {
  try {
    window.localStorage.setItem(key, String(id));
  } catch {
    // Only the choice is forgotten at the next reload.
  }
}

export const rememberedBloc = (): number | null => read(BLOC_KEY);
export const rememberBloc = (blocId: number): void => write(BLOC_KEY, blocId);
export const rememberedYear = (blocId: number): number | null => read(yearKey(blocId));
export const rememberYear = (blocId: number, yearId: number): void => write(yearKey(blocId), yearId);
