// The window's remembered size and place, read from a small JSON file in the data
// folder. Pure logic apart from the file access, and no `electron`, so it can be tested.
import fs from 'node:fs';
import path from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;

const isInt = (value: unknown): value is number => Number.isSafeInteger(value);

/** The saved state, or null when the file holds anything unexpected (hand-edited, truncated, from elsewhere). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height)) return null;
  if (width <= 0 || height <= 0 || width > 100_000 || height > 100_000) return null;
  return { bounds: { x, y, width, height }, maximized };
}

/**
 * Bounds that fit inside the display's work area: a window saved on a monitor
 * since unplugged, or bigger than the current screen, comes back fully visible.
 */
export function fitToWorkArea(bounds: Rectangle, workArea: Rectangle): Rectangle {
  const width = Math.min(Math.max(bounds.width, Math.min(MIN_WIDTH, workArea.width)), workArea.width);
  const height = Math.min(Math.max(bounds.height, Math.min(MIN_HEIGHT, workArea.height)), workArea.height);
  const x = clamp(bounds.x, workArea.x, workArea.x + workArea.width - width);
  const y = clamp(bounds.y, workArea.y, workArea.y + workArea.height - height);
  return { x, y, width, height };
}

/** A default-sized window centred in the work area, for the first launch. */
export function defaultBounds(workArea: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_WIDTH, workArea.width);
  const height = Math.min(DEFAULT_HEIGHT, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

export function readWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null; // Missing or unreadable: start with the default window.
  }
}

export function writeWindowState(dataDir: string, state: WindowState): void {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  // Write then rename, so a crash mid-write never leaves a half file behind.
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  fs.renameSync(temp, file);
}
