// Makes sure the end-to-end tests have a Chromium, installing one the way this machine allows.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianChromium, findChromium } from './browser.mjs';

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

function playwrightHasChromium() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "import('playwright-core').then(m => console.log(m.chromium.executablePath()))"],
    { encoding: 'utf8' },
  );
  const path = probe.stdout.trim();
  return path !== '' && existsSync(path);
}

const found = findChromium();
if (found) {
  console.log(`ensure-browser: using ${found}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const installed =
    run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!installed || !existsSync(debianChromium)) {
    console.error(
      'ensure-browser: apt-get could not install chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
} else if (!playwrightHasChromium() && !run('npx', ['playwright', 'install', 'chromium'])) {
  console.error(
    'ensure-browser: no browser found. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
