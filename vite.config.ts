import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files served by Electron's custom protocol
// and by browser mode alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
