import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultBounds,
  fitToWorkArea,
  parseWindowState,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from '../../../main/shell/window-state.js';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    const state = { bounds: { x: 10, y: -5, width: 1200, height: 700 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it('drops extra fields', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4, z: 9 }, maximized: false, other: 1 })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: false,
    });
  });

  it('rejects anything malformed', () => {
    for (const raw of [
      null,
      'x',
      [],
      {},
      { bounds: null, maximized: false },
      { bounds: { x: 0, y: 0, width: 800, height: 600 } },
      { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' },
      { bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false },
      { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 800, height: -1 }, maximized: false },
      { bounds: { x: 0, y: 0, width: Number.NaN, height: 600 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 1e9, height: 600 }, maximized: false },
    ]) {
      expect(parseWindowState(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});

describe('fitToWorkArea', () => {
  it('leaves a window that fits alone', () => {
    expect(fitToWorkArea({ x: 100, y: 50, width: 1200, height: 800 }, screen)).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it('brings back a window left on an unplugged monitor', () => {
    expect(fitToWorkArea({ x: 3000, y: 200, width: 1200, height: 800 }, screen)).toEqual({ x: 720, y: 200, width: 1200, height: 800 });
    expect(fitToWorkArea({ x: -2500, y: -900, width: 1000, height: 700 }, screen)).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window bigger than the screen and grows one below the minimum', () => {
    expect(fitToWorkArea({ x: 0, y: 0, width: 4000, height: 3000 }, screen)).toEqual(screen);
    expect(fitToWorkArea({ x: 10, y: 10, width: 100, height: 100 }, screen)).toEqual({ x: 10, y: 10, width: 900, height: 600 });
  });

  it('respects a work area that does not start at 0,0 (second monitor, taskbar on top)', () => {
    const right = { x: 1920, y: 40, width: 1280, height: 984 };
    expect(fitToWorkArea({ x: 1900, y: 0, width: 1000, height: 700 }, right)).toEqual({ x: 1920, y: 40, width: 1000, height: 700 });
  });

  it('fits a tiny screen even below the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 560 };
    expect(fitToWorkArea({ x: 50, y: 50, width: 1280, height: 800 }, tiny)).toEqual(tiny);
  });
});

describe('defaultBounds', () => {
  it('centres a 1280×800 window', () => {
    expect(defaultBounds(screen)).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });
  it('fits a small screen', () => {
    expect(defaultBounds({ x: 0, y: 0, width: 1024, height: 700 })).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });
});

describe('the window-state file', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips, and a broken file reads as no state', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-window-'));
    expect(readWindowState(dir)).toBeNull();
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
    writeWindowState(dir, state);
    expect(readWindowState(dir)).toEqual(state);
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"bounds": {');
    expect(readWindowState(dir)).toBeNull();
  });
});
