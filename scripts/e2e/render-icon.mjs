// Renders images/icon.svg to images/icon.png (128x128, transparent corners) with Debian's chromium
// through playwright-core from .e2e/code-server (scripts/e2e/install-code-server.sh installs both).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(process.env.CODE_SERVER_DIR ?? join(root, '.e2e', 'code-server'), 'package.json'));
const { chromium } = require('playwright-core');

const svg = readFileSync(join(root, 'images', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(root, 'images', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('wrote images/icon.png');
