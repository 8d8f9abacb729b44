// Where the Electron binary is, without `require('electron')`: that module
// starts a download when the binary is missing, which is exactly the case here.
import fs from 'node:fs';
import path from 'node:path';

export function electronBinary(root: string): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relative && path.join(pkg, 'dist', relative);
  return candidate && fs.existsSync(candidate) ? candidate : null;
}
