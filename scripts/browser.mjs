import { existsSync } from 'node:fs';

/** Where Debian's chromium package installs its browser. */
export const debianChromium = '/usr/bin/chromium';

/**
 * The Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's, else undefined
 * (Playwright's own download, if `npx playwright install chromium` has put one there).
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return existsSync(debianChromium) ? debianChromium : undefined;
}

/** Flags for a headless Chromium on a machine with a closed network, run as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
  '--ignore-gpu-blocklist',
];
