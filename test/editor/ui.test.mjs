// The browser-driven UI test: the built VSIX installed in code-server, driven in Debian chromium
// through playwright-core as a person would use it. Screenshots of every step go to
// test-results/editor/ (CI keeps them as artifacts).
//
//   node test/editor/ui.test.mjs [--vsix FILE] [--case REGEX]
//
// --case runs only the cases whose names match (a case may need the ones before it: see CASES).
//
// It waits on selectors and on the file system, never on fixed sleeps.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, ROOT, startCodeServer, waitFor } from './harness.mjs';

const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = resolve(args.includes('--vsix') ? args[args.indexOf('--vsix') + 1] : join(ROOT, `${pkg.name}-${pkg.version}.vsix`));
const shots = join(ROOT, 'test-results', 'editor');
mkdirSync(shots, { recursive: true });
for (const f of readdirSync(shots)) if (/^ui-.*\.png$/.test(f)) rmSync(join(shots, f));

const MOD = 'Control';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const step = (s) => process.stderr.write(`[ui ${elapsed()}] ${s}\n`);

// The workspace: a temp copy of test/editor/workspace (nginx ip_hash, HAProxy balance source and a
// flagless cookie insert, .affinity-lint.json, .vscode/settings.json with nginx.flavor plus and the
// haproxy language for haproxy-folder/*.cfg), and the bundled examples beside them: nginx-debian/
// (nginx.conf, conf.d/, sites-enabled/, snippets/), haproxy-folder/ (numbered files), k8s/ (a
// Service and an ingress-nginx Ingress in one manifest, a Traefik IngressRoute) and compose-shop/
// (nginx round robin in front of two instances of an express-session app).
const workspace = mkdtempSync(join(tmpdir(), 'affinity-lint-ui-'));
cpSync(join(ROOT, 'test', 'editor', 'workspace'), workspace, { recursive: true });
for (const example of ['nginx-debian', 'haproxy-folder', 'k8s', 'compose-shop']) cpSync(join(ROOT, 'examples', example), join(workspace, example), { recursive: true });
// A YAML file with nothing Affinity Lint checks: the language server joins every YAML document and
// must stay silent on this one.
const CI_WORKFLOW = `# A GitHub Actions workflow: YAML with nothing Affinity Lint checks.
name: ci
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm test
        env:
          CI: true
`;
mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true });
writeFileSync(join(workspace, '.github', 'workflows', 'ci.yml'), CI_WORKFLOW);
const nginxFile = join(workspace, 'nginx', 'nginx.conf');
const haproxyFile = join(workspace, 'haproxy', 'haproxy.cfg');

let shotIndex = 0;
async function shot(page, name) {
  const file = join(shots, `ui-${String(++shotIndex).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  step(`screenshot ${file.slice(ROOT.length + 1)}`);
}

/** Runs a command from the command palette (F1), as a person would. */
async function command(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Quick Open (Ctrl+P) a workspace file and wait for its editor and language mode. */
async function openFile(page, relative, languageName) {
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relative);
  // Enter opens the focused row: wait until the list is filtered down to the file (before that, the
  // recently opened files are listed, the last one focused), folder and all (two nginx.conf).
  const name = relative.split('/').pop();
  const folder = relative.split('/').slice(0, -1).join('/');
  const focused = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name });
  await (folder ? focused.filter({ hasText: folder }) : focused).first().waitFor({ state: 'visible' });
  await input.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${relative.split('/').pop()}"]`).waitFor({ state: 'visible' });
  // The status bar may briefly read "Plain Text": wait for the language name.
  await page.locator('#status\\.editor\\.mode', { hasText: languageName }).waitFor({ state: 'visible', timeout: 30_000 });
}

const editor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();

/** Puts the cursor at line:column with Go to Line (Ctrl+G). */
async function goTo(page, line, column) {
  await page.keyboard.press(`${MOD}+G`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ state: 'visible' });
}

/** The Problems panel's rows (opened with Ctrl+Shift+M), as text. */
async function problems(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

async function openProblems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press(`${MOD}+Shift+M`);
  await panel.waitFor({ state: 'visible' });
}

async function waitForProblems(page, predicate, what) {
  await openProblems(page);
  return waitFor(async () => {
    const rows = await problems(page);
    return predicate(rows.join('\n')) ? rows : null;
  }, { timeout: 30_000, what });
}

/** Where `text` is drawn in the active editor (the first line showing it): a DOM Range's rectangle. */
async function textBox(page, text) {
  const line = editor(page).locator('.view-lines .view-line', { hasText: text }).first();
  await line.waitFor({ state: 'visible' });
  return line.evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    // The line's text is split over token spans: find the needle's start across text nodes.
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: all.length });
      all += n.textContent.replace(/\u00a0/g, ' ');
    }
    const at = all.indexOf(needle);
    const locate = (offset) => {
      const hit = nodes.filter((x) => x.start <= offset).pop();
      return [hit.node, offset - hit.start];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length - 1));
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, text);
}

/** Hovers the mouse over `text` in the active editor and waits for a hover that shows `expected`. */
async function hoverShowing(page, text, expected) {
  const box = await textBox(page, text);
  await page.mouse.move(box.x + Math.max(2, box.width / 2), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  // The hover fades in: wait for its animations (and its containers') to end before a screenshot.
  await hover.evaluate((el) => {
    const animations = el.getAnimations({ subtree: true });
    for (let up = el.parentElement; up; up = up.parentElement) animations.push(...up.getAnimations());
    return Promise.all(animations.map((a) => a.finished.catch(() => {})));
  });
  return { hover, text: await hover.innerText() };
}

/** Hovers the mouse over `text` (a squiggled word) and returns the problem hover's text and links. */
async function hoverText(page, text) {
  const { hover, text: hoverText } = await hoverShowing(page, text, 'affinity-lint');
  const links = await hover.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') ?? a.getAttribute('data-href') ?? '', title: a.getAttribute('title') ?? '' })));
  return { hover, text: hoverText, links };
}

/** Moves the mouse off the editor and closes the hover. */
async function dismissHover(page) {
  await page.mouse.move(1000, 540); // blank editor area below the text
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: 'affinity-lint' }).waitFor({ state: 'hidden' });
}

/** Opens the quick-fix menu (Ctrl+.) at the cursor and returns its rows' texts. */
async function quickFixMenu(page) {
  // As for the Source Action menu (below): VS Code's automatic request after a cursor move can
  // supersede this one, which then shows "No code actions available" (seen in CI right after a
  // save); that message is an event too, and the menu is opened again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(`${MOD}+.`);
    const rows = page.locator('.action-widget .monaco-list-row.action');
    const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
    await rows.or(none).first().waitFor({ state: 'visible', timeout: 15_000 });
    if (await rows.count()) return rows.allInnerTexts();
    if (attempt === 3) throw new Error('the quick-fix menu came up empty three times');
    step(`quick-fix menu came up empty (attempt ${attempt}): opening it again`);
    await page.keyboard.press('Escape');
    await none.waitFor({ state: 'hidden' });
  }
}

/**
 * Opens the Source Action... menu and waits for `title` in it. VS Code's own automatic code-action
 * request (the light bulb, after a cursor move) can supersede a manual one, which then reports "No
 * source actions available": that message is an event too, and the menu is opened again.
 */
async function sourceActionMenu(page, title) {
  for (let attempt = 1; ; attempt++) {
    await command(page, 'Source Action...');
    const row = page.locator('.action-widget .monaco-list-row.action', { hasText: title });
    const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No source actions available' });
    await row.or(none).first().waitFor({ state: 'visible', timeout: 15_000 });
    if (await row.count()) return;
    if (attempt === 3) throw new Error(`"${title}" never showed in the Source Action menu`);
    step(`source action menu came up empty (attempt ${attempt}): opening it again`);
    await page.keyboard.press('Escape');
    await none.waitFor({ state: 'hidden' });
  }
}

/** Picks a row of the open quick-fix menu by its text: focus it with the arrow keys, then Enter. */
async function pickQuickFix(page, startsWith) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const texts = await rows.allInnerTexts();
  const index = texts.findIndex((t) => t.trim().startsWith(startsWith));
  assert.ok(index >= 0, `quick fix "${startsWith}" in ${JSON.stringify(texts)}`);
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i < texts.length + 2; i++) {
    const now = (await focused.count()) ? (await focused.first().innerText()).trim() : '';
    if (now.startsWith(startsWith)) break;
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      (prev) => {
        const f = document.querySelector('.action-widget .monaco-list-row.action.focused');
        return f && f.textContent.trim() !== prev;
      },
      now,
      { timeout: 5_000 },
    );
  }
  assert.ok((await focused.first().innerText()).trim().startsWith(startsWith), 'the fix row is focused');
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
}

async function save(page, file, expected) {
  await page.keyboard.press(`${MOD}+S`);
  await waitFor(() => readFileSync(file, 'utf8') === expected, {
    timeout: 15_000,
    what: `${file} on disk to be rewritten`,
  }).catch((e) => {
    throw new Error(`${e.message}\n--- on disk:\n${readFileSync(file, 'utf8')}\n--- expected:\n${expected}`);
  });
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

/**
 * Waits for the Markdown preview of `file` (e.g. `ip-hash.md`) to show `title` as its heading, and
 * returns the frame showing it: the preview is a webview, so its text lives in a frame of its own.
 */
async function expectPreview(page, file, title) {
  const tab = page.locator('.tabs-container .tab', { hasText: `Preview ${file}` }).first();
  await tab.waitFor({ state: 'visible', timeout: 30_000 });
  return waitFor(
    async () => {
      for (const frame of page.frames()) {
        if (await frame.locator('h1', { hasText: title }).count().catch(() => 0)) return frame;
      }
      return null;
    },
    { timeout: 30_000, what: `the preview of ${file} to show "${title}"` },
  );
}

/** Closes a preview (middle click on its tab) and waits until the tab is gone. */
async function closePreview(page, file) {
  const tab = page.locator('.tabs-container .tab', { hasText: `Preview ${file}` }).first();
  await tab.click({ button: 'middle' });
  await tab.waitFor({ state: 'detached' });
}

/** A rule's page opened from the configuration: its preview, a screenshot, then back to the file. */
async function rulePageShown(page, { file, title, shotName, back: [relative, languageName] }) {
  await expectPreview(page, file, title);
  await shot(page, shotName);
  await closePreview(page, file);
  await openFile(page, relative, languageName);
}

/** The 1-based line of the first line of `file` (in the workspace) that holds `needle`. */
function lineIn(file, needle) {
  const index = readFileSync(join(workspace, file), 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `"${needle}" in ${file}`);
  return index + 1;
}

/**
 * Types `replacement` over `word` on the first line of the active editor's `file` that holds
 * `needle`: the cursor goes before the word (Go to Line), Shift+Right selects it, and the new text
 * is typed key by key. The change stays unsaved.
 */
async function typeOver(page, file, needle, word, replacement) {
  const line = lineIn(file, needle);
  const text = readFileSync(join(workspace, file), 'utf8').split('\n')[line - 1];
  await goTo(page, line, text.indexOf(word, text.indexOf(needle)) + 1);
  for (let i = 0; i < word.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type(replacement);
  const typed = text.replace(word, replacement).trim();
  await editor(page).locator('.view-line', { hasText: typed }).first().waitFor({ state: 'visible' });
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible' });
}

/** Undoes (Ctrl+Z) until the active editor is back to the text on disk: its tab is no longer dirty. */
async function undoAll(page) {
  const dirty = page.locator('.tabs-container .tab.active.dirty');
  for (let i = 0; i < 10 && (await dirty.count()); i++) {
    await page.keyboard.press(`${MOD}+Z`);
    await dirty.waitFor({ state: 'detached', timeout: 2_000 }).catch(() => {});
  }
  await dirty.waitFor({ state: 'detached' });
}

const squiggles = (page) => editor(page).locator('.view-overlays .squiggly-warning, .view-overlays .squiggly-error, .view-overlays .squiggly-info');

/** The single-file examples: squiggles, hovers, rule pages, quick fixes, fix-all. */
async function singleFileExamples(page) {
  // ---------------- NGINX ----------------
  step('nginx: open nginx/nginx.conf');
  const nginxBefore = readFileSync(nginxFile, 'utf8');
  await openFile(page, 'nginx/nginx.conf', 'NGINX');
  await squiggles(page).first().waitFor({ state: 'visible', timeout: 30_000 });
  step('nginx: squiggle shown');
  await shot(page, 'nginx-squiggle');

  const nginxProblems = await waitForProblems(page, (t) => t.includes('nginx/ip-hash'), 'nginx/ip-hash in the Problems panel');
  assert.ok(nginxProblems.some((r) => r.includes('nginx/ip-hash') && r.includes('pins clients')), JSON.stringify(nginxProblems));
  await shot(page, 'nginx-problems');

  step('nginx: hover the squiggle');
  const { hover: nginxHoverBox, text: nginxHover, links: nginxLinks } = await hoverText(page, 'ip_hash');
  assert.match(nginxHover, /'ip_hash' pins clients/);
  // The rule id links to the extension's command for the page it ships, not to a web address.
  assert.ok(
    nginxLinks.some((l) => l.text.includes('nginx/ip-hash') && /^command:affinityLint\.showRuleDocs\?.*rules\/nginx\/ip-hash\.md/.test(decodeURIComponent(l.href))),
    `a link to the rule's shipped page in ${JSON.stringify(nginxLinks)}`,
  );
  await shot(page, 'nginx-hover');

  step('nginx: click the rule id: its page opens in the Markdown preview');
  await nginxHoverBox.locator('a', { hasText: 'nginx/ip-hash' }).first().click();
  await rulePageShown(page, { file: 'ip-hash.md', title: 'nginx/ip-hash', shotName: 'nginx-docs-preview', back: ['nginx/nginx.conf', 'NGINX'] });

  step('nginx: quick-fix menu');
  const ipHashLine = nginxBefore.split('\n').findIndex((l) => l.includes('ip_hash;')) + 1;
  await goTo(page, ipHashLine, 10);
  const nginxFixes = await quickFixMenu(page);
  assert.ok(nginxFixes.some((t) => t.includes('Use cookie affinity: sticky cookie srv_id')), JSON.stringify(nginxFixes));
  assert.ok(nginxFixes.some((t) => t.includes('Remove affinity: sessions live in a shared store')), JSON.stringify(nginxFixes));
  assert.ok(nginxFixes.some((t) => t.includes('Disable nginx/ip-hash for this line')), JSON.stringify(nginxFixes));
  assert.ok(nginxFixes.some((t) => t.includes('Disable nginx/ip-hash for this file')), JSON.stringify(nginxFixes));
  await shot(page, 'nginx-quickfix-menu');

  step('nginx: apply the preferred fix and save');
  await pickQuickFix(page, 'Use cookie affinity: sticky cookie srv_id');
  const nginxExpected = nginxBefore.replace('ip_hash;', 'sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;');
  await save(page, nginxFile, nginxExpected);
  await squiggles(page).first().waitFor({ state: 'detached', timeout: 30_000 });
  await waitForProblems(page, (t) => !t.includes('nginx/'), 'no nginx problems left');
  await shot(page, 'nginx-fixed');

  // ---------------- HAProxy ----------------
  step('haproxy: open haproxy/haproxy.cfg');
  const haproxyBefore = readFileSync(haproxyFile, 'utf8');
  await openFile(page, 'haproxy/haproxy.cfg', 'HAProxy');
  await squiggles(page).first().waitFor({ state: 'visible', timeout: 30_000 });
  const haproxyProblems = await waitForProblems(
    page,
    (t) => ['haproxy/balance-source', 'haproxy/cookie-no-secure', 'haproxy/cookie-no-httponly', 'haproxy/cookie-no-samesite'].every((id) => t.includes(id)),
    'the HAProxy rule ids in the Problems panel',
  );
  step(`haproxy: ${haproxyProblems.length} problem rows`);
  await shot(page, 'haproxy-problems');

  step('haproxy: click a rule id in the Problems panel: its page opens in the Markdown preview');
  await page.locator('.markers-panel .monaco-list-row a', { hasText: 'haproxy/cookie-no-ttl' }).first().click();
  await rulePageShown(page, { file: 'cookie-no-ttl.md', title: 'haproxy/cookie-no-ttl', shotName: 'haproxy-problems-docs-preview', back: ['haproxy/haproxy.cfg', 'HAProxy'] });

  step('haproxy: hover the balance source squiggle');
  const balanceLine = haproxyBefore.split('\n').findIndex((l) => l.includes('balance source')) + 1;
  const { text: haproxyHover, links: haproxyLinks } = await hoverText(page, 'balance source');
  assert.match(haproxyHover, /'balance source' pins clients/);
  assert.ok(
    haproxyLinks.some((l) => /^command:affinityLint\.showRuleDocs\?.*rules\/haproxy\/balance-source\.md/.test(decodeURIComponent(l.href))),
    `a link to the rule's shipped page in ${JSON.stringify(haproxyLinks)}`,
  );
  await shot(page, 'haproxy-hover');
  await dismissHover(page);

  step('haproxy: "Show documentation" opens the rule page in the Markdown preview');
  await goTo(page, balanceLine, 6);
  await quickFixMenu(page);
  await pickQuickFix(page, 'Show documentation for haproxy/balance-source');
  await rulePageShown(page, { file: 'balance-source.md', title: 'haproxy/balance-source', shotName: 'haproxy-docs-preview', back: ['haproxy/haproxy.cfg', 'HAProxy'] });

  step('haproxy: quick-fix menu');
  await goTo(page, balanceLine, 6);
  const haproxyFixes = await quickFixMenu(page);
  assert.ok(haproxyFixes.some((t) => t.includes('Use cookie persistence: balance roundrobin with a hardened SERVERID cookie')), JSON.stringify(haproxyFixes));
  assert.ok(haproxyFixes.some((t) => t.includes('Remove affinity: sessions live in a shared store (balance leastconn)')), JSON.stringify(haproxyFixes));
  assert.ok(haproxyFixes.some((t) => t.includes('Disable haproxy/balance-source for this line')), JSON.stringify(haproxyFixes));
  await shot(page, 'haproxy-quickfix-menu');

  step('haproxy: apply the preferred fix and save');
  await pickQuickFix(page, 'Use cookie persistence');
  const haproxyExpected = haproxyBefore
    .replace(
      '    balance source\n',
      '    balance roundrobin\n    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h\n',
    )
    .replace('server api1 10.0.1.11:8080 check\n', 'server api1 10.0.1.11:8080 check cookie api1\n')
    .replace('server api2 10.0.1.12:8080 check\n', 'server api2 10.0.1.12:8080 check cookie api2\n');
  await save(page, haproxyFile, haproxyExpected);
  const after = await waitForProblems(page, (t) => !t.includes('haproxy/balance-source') && t.includes('haproxy/cookie-no-secure'), 'haproxy/balance-source gone');
  // What remains is the flagless cookie of backend app (line 21 after the fix); backend api is clean.
  assert.ok(after.every((r) => !/haproxy\/persistence-without-redispatch/.test(r)), JSON.stringify(after));
  await shot(page, 'haproxy-fixed');

  step('haproxy: the unhardened cookie offers one action for all its hardening findings');
  const cookieLine = haproxyExpected.split('\n').findIndex((l) => l.trim() === 'cookie SERVERID insert') + 1;
  await goTo(page, cookieLine, 6);
  const cookieFixes = await quickFixMenu(page);
  const harden = cookieFixes.filter((t) => t.includes('Harden this cookie: add every missing option'));
  assert.strictEqual(harden.length, 1, JSON.stringify(cookieFixes));
  await shot(page, 'haproxy-harden-cookie-menu');
  await page.keyboard.press('Escape');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });

  step('haproxy: fix all (source action) on the rest and save');
  await sourceActionMenu(page, 'Fix all affinity-lint problems');
  await shot(page, 'haproxy-source-action-menu');
  await pickQuickFix(page, 'Fix all affinity-lint problems');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible' });
  await page.keyboard.press(`${MOD}+S`);
  await waitFor(() => !/cookie SERVERID insert\n/.test(readFileSync(haproxyFile, 'utf8')), { what: 'the fixed file on disk' });
  await waitForProblems(
    page,
    (t) => !['haproxy/balance-source', 'haproxy/cookie-no-secure', 'haproxy/cookie-no-httponly', 'haproxy/cookie-no-samesite', 'haproxy/cookie-no-ttl'].some((id) => t.includes(id)),
    'the HAProxy problems fixed',
  );
  await shot(page, 'haproxy-all-fixed');

  step('the rule catalogue from the command palette, and a link between pages inside the preview');
  await command(page, 'Affinity Lint: Show Rule Documentation');
  const catalogue = await expectPreview(page, 'README.md', 'Rules');
  await shot(page, 'catalogue-preview');
  await catalogue.locator('a', { hasText: 'haproxy/stick-table-no-peers' }).first().click();
  const peers = await expectPreview(page, 'stick-table-no-peers.md', 'haproxy/stick-table-no-peers');
  // The guide link of a rule page goes up out of docs/rules/ to docs/shared-session-store.md.
  await peers.locator('a', { hasText: 'the shared-store guide' }).first().click();
  await expectPreview(page, 'shared-session-store.md', 'Keeping sessions in a shared store');
  await shot(page, 'guide-preview');
}

/**
 * The numbered-files HAProxy example (haproxy -f haproxy-folder/): 10-shop.cfg is a fragment whose
 * cookie is right only because 00-global.cfg's defaults say `mode http`. Typing `mode tcp` there
 * (unsaved) puts haproxy/invalid-cookie-options on 10-shop.cfg; undoing it takes it away.
 */
async function haproxyFolder(page) {
  const shop = 'haproxy-folder/10-shop.cfg';
  const global = 'haproxy-folder/00-global.cfg';
  step('haproxy folder: open 10-shop.cfg');
  await openFile(page, shop, 'HAProxy');
  // The configuration is linted as one: 20-api.cfg's finding shows although that file is not open.
  await waitForProblems(page, (t) => t.includes('20-api.cfg') && t.includes('haproxy/balance-source'), "20-api.cfg's balance source, linted with 10-shop.cfg");
  assert.strictEqual(await squiggles(page).count(), 0, 'no squiggle on 10-shop.cfg');
  assert.ok(!(await problems(page)).some((r) => r.includes('10-shop.cfg') || r.includes('haproxy/invalid-cookie-options')), JSON.stringify(await problems(page)));
  await shot(page, 'haproxy-folder-fragment-clean');

  step('haproxy folder: type mode tcp into the defaults of 00-global.cfg');
  await openFile(page, global, 'HAProxy');
  await typeOver(page, global, 'mode http', 'http', 'tcp');
  await shot(page, 'haproxy-folder-defaults-tcp');

  step('haproxy folder: back to 10-shop.cfg: the cookie needs mode http');
  await openFile(page, shop, 'HAProxy');
  await editor(page).locator('.view-overlays .squiggly-error').first().waitFor({ state: 'visible', timeout: 30_000 });
  const rows = await waitForProblems(page, (t) => t.includes('haproxy/invalid-cookie-options'), 'haproxy/invalid-cookie-options in the Problems panel');
  assert.ok(rows.some((r) => r.includes('10-shop.cfg')), `a 10-shop.cfg row in ${JSON.stringify(rows)}`);
  const { text } = await hoverText(page, 'cookie SERVERID');
  // The reason is in another file: the message names it, and the hover links to it.
  assert.match(text, /cookie 'SERVERID' in a backend working in TCP mode \(inherited: 'mode tcp' at line \d+ of haproxy-folder\/00-global\.cfg\)/);
  assert.match(text, /00-global\.cfg\(\d+, \d+\): 'mode tcp' in effect/);
  await shot(page, 'haproxy-folder-fragment-error');
  await dismissHover(page);

  step('haproxy folder: undo in 00-global.cfg: the error goes away');
  await openFile(page, global, 'HAProxy');
  await undoAll(page);
  await editor(page).locator('.view-line', { hasText: 'mode http' }).first().waitFor({ state: 'visible' });
  await openFile(page, shop, 'HAProxy');
  await squiggles(page).first().waitFor({ state: 'detached', timeout: 30_000 });
  await waitForProblems(page, (t) => !t.includes('haproxy/invalid-cookie-options') && t.includes('20-api.cfg'), 'haproxy/invalid-cookie-options gone');
  await shot(page, 'haproxy-folder-fragment-clean-again');
}

/**
 * The Debian NGINX example: sites-enabled/shop.conf pins its back office with a cookie hash, safe
 * because nginx.conf's http level says `proxy_next_upstream error timeout`. Typing `off` there
 * (unsaved) puts nginx/affinity-without-failover on the site file, naming nginx.conf; undo clears it.
 */
async function nginxDebian(page) {
  const site = 'nginx-debian/sites-enabled/shop.conf';
  const main = 'nginx-debian/nginx.conf';
  step('nginx debian: open sites-enabled/shop.conf');
  await openFile(page, site, 'NGINX');
  assert.ok(!(await problems(page)).some((r) => r.includes('shop.conf') || r.includes('nginx/affinity-without-failover')), JSON.stringify(await problems(page)));
  await shot(page, 'nginx-debian-site');

  step('nginx debian: type proxy_next_upstream off into the http level of nginx.conf');
  await openFile(page, main, 'NGINX');
  await typeOver(page, main, 'proxy_next_upstream error timeout;', 'error timeout', 'off');
  await shot(page, 'nginx-debian-http-off');

  step('nginx debian: back to the site: its pinned upstream has no failover');
  await openFile(page, site, 'NGINX');
  await editor(page).locator('.view-overlays .squiggly-warning').first().waitFor({ state: 'visible', timeout: 30_000 });
  const rows = await waitForProblems(page, (t) => t.includes('nginx/affinity-without-failover'), 'nginx/affinity-without-failover in the Problems panel');
  const row = rows.find((r) => r.includes('nginx/affinity-without-failover'));
  assert.match(row, /'proxy_next_upstream off' in effect \(line \d+ of nginx-debian\/nginx\.conf\)/);
  const { text } = await hoverText(page, 'hash $backoffice_key consistent');
  assert.match(text, /Upstream 'backoffice' pins clients/);
  await shot(page, 'nginx-debian-site-warning');
  await dismissHover(page);

  step('nginx debian: undo in nginx.conf: the warning goes away');
  await openFile(page, main, 'NGINX');
  await undoAll(page);
  await editor(page).locator('.view-line', { hasText: 'proxy_next_upstream error timeout;' }).first().waitFor({ state: 'visible' });
  await openFile(page, site, 'NGINX');
  await squiggles(page).first().waitFor({ state: 'detached', timeout: 30_000 });
  await waitForProblems(page, (t) => !t.includes('nginx/affinity-without-failover'), 'nginx/affinity-without-failover gone');
  await shot(page, 'nginx-debian-site-clean-again');
}

/**
 * Go to Definition (F12) on the upstream name of `proxy_pass http://shop` in the site file opens
 * conf.d/upstreams.conf at `upstream shop` (the definition provider of the navigation work, merged
 * from branch `nav`).
 */
async function goToUpstreamDefinition(page) {
  const site = 'nginx-debian/sites-enabled/shop.conf';
  step('definition: F12 on proxy_pass http://shop');
  await openFile(page, site, 'NGINX');
  const line = lineIn(site, 'proxy_pass http://shop;');
  const text = readFileSync(join(workspace, site), 'utf8').split('\n')[line - 1];
  await goTo(page, line, text.indexOf('http://shop') + 'http://'.length + 2);
  await page.keyboard.press('F12');
  await page.locator('.tabs-container .tab.active[aria-label*="upstreams.conf"]').waitFor({ state: 'visible', timeout: 15_000 });
  // The cursor lands on the upstream's name.
  const upstreamLine = lineIn('nginx-debian/conf.d/upstreams.conf', 'upstream shop {');
  await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${upstreamLine}, Col ${'upstream '.length + 1}` }).waitFor({ state: 'visible' });
  await shot(page, 'nginx-debian-definition');
}

/** Puts the cursor on `word` of the first line of `file` that holds `needle` (1-based column of the word + offset). */
async function goToWord(page, file, needle, word, offset = 1) {
  const line = lineIn(file, needle);
  const text = readFileSync(join(workspace, file), 'utf8').split('\n')[line - 1];
  await goTo(page, line, text.indexOf(word, text.indexOf(needle)) + 1 + offset);
}

/**
 * A Kubernetes manifest (issue 12): k8s/shop.yaml stays VS Code's own YAML document, and Affinity
 * Lint joins it: its findings in the Problems panel, a hover on an affinity field, the quick fix
 * that quotes a boolean annotation, written to disk with the rest of the file (comment, the other
 * document) untouched.
 */
async function kubernetesManifest(page) {
  const relative = 'k8s/shop.yaml';
  const file = join(workspace, relative);
  const before = readFileSync(file, 'utf8');
  // The cases before leave two editor groups (every file saved or undone): one editor, full width.
  await command(page, 'View: Close All Editor Groups');
  await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
  step('k8s: open k8s/shop.yaml: the language stays YAML');
  await openFile(page, relative, 'YAML');
  await editor(page).locator('.view-overlays .squiggly-error').first().waitFor({ state: 'visible', timeout: 30_000 });
  const rows = await waitForProblems(
    page,
    (t) => ['k8s/annotation-not-string', 'k8s/client-ip-affinity', 'ingress-nginx/cookie-no-samesite'].every((id) => t.includes(id)),
    'the manifest rule ids in the Problems panel',
  );
  assert.ok(rows.some((r) => r.includes('k8s/annotation-not-string') && r.includes("Annotation 'nginx.ingress.kubernetes.io/session-cookie-secure' is a boolean")), JSON.stringify(rows));
  assert.ok(rows.some((r) => r.includes('k8s/client-ip-affinity') && r.includes("Service 'shop' 'sessionAffinity: ClientIP' pins clients")), JSON.stringify(rows));
  step(`k8s: ${rows.length} problem rows`);
  await shot(page, 'k8s-problems');

  step('k8s: hover sessionAffinity: what the field does, from the manifest kind');
  const { text } = await hoverShowing(page, 'sessionAffinity', 'spec.sessionAffinity');
  assert.match(text, /spec\.sessionAffinity.*\(Kubernetes Service\)/);
  assert.match(text, /there is no cookie mode/);
  assert.match(text, /Default: None/);
  await shot(page, 'k8s-hover');
  await page.mouse.move(1000, 540);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: 'spec.sessionAffinity' }).waitFor({ state: 'hidden' });

  step('k8s: quick fix on the unquoted true');
  await goToWord(page, relative, 'session-cookie-secure:', 'true');
  const fixes = await quickFixMenu(page);
  assert.ok(fixes.some((t) => t.includes('Quote the value: "true"')), JSON.stringify(fixes));
  await shot(page, 'k8s-quickfix-menu');
  await pickQuickFix(page, 'Quote the value: "true"');
  // The edit reaches the editor after the menu closes: save once it shows.
  await editor(page).locator('.view-line', { hasText: 'session-cookie-secure: "true"' }).first().waitFor({ state: 'visible' });
  const expected = before.replace('session-cookie-secure: true\n', 'session-cookie-secure: "true"\n');
  assert.notStrictEqual(expected, before);
  await save(page, file, expected);
  // The rest of the file as it was: the comment, the Service document and the separator.
  const saved = readFileSync(file, 'utf8');
  assert.ok(saved.startsWith('# The shop on Kubernetes:') && saved.split('\n---\n')[0] === before.split('\n---\n')[0], saved);
  await waitForProblems(
    page,
    (t) => !t.includes('k8s/annotation-not-string') && t.includes('k8s/client-ip-affinity') && t.includes('ingress-nginx/cookie-no-samesite'),
    'k8s/annotation-not-string gone, the other findings kept',
  );
  await editor(page).locator('.view-overlays .squiggly-error').first().waitFor({ state: 'visible' }); // client-ip-affinity stays an error
  await shot(page, 'k8s-fixed');
}

/**
 * Application session code linked to its load balancer (issue 13): compose-shop/app/server.js keeps
 * express-session's MemoryStore behind nginx's round-robin upstream 'shop' (two compose services
 * built from app/). The Redis store fix from the quick-fix menu, saved, ends both findings.
 */
async function appBehindLoadBalancer(page) {
  const relative = 'compose-shop/app/server.js';
  const file = join(workspace, relative);
  const before = readFileSync(file, 'utf8');
  step('app: open compose-shop/app/server.js: the language stays JavaScript');
  await openFile(page, relative, 'JavaScript');
  const rows = await waitForProblems(
    page,
    (t) => t.includes('app/memory-store-unpinned') && t.includes('app/in-process-store'),
    'app/memory-store-unpinned and app/in-process-store in the Problems panel',
  );
  const unpinned = rows.find((r) => r.includes('app/memory-store-unpinned'));
  assert.match(unpinned, /NGINX upstream 'shop' \(compose-shop\/nginx\.conf\) spreads this app's requests over 2 servers/);
  assert.match(unpinned, /Linked because server app1:3000 is compose service 'app1' \(compose-shop\/compose\.yaml\)/);
  await shot(page, 'app-problems');

  step('app: quick-fix menu on session(...)');
  await goToWord(page, relative, 'session({', 'session');
  const fixes = await quickFixMenu(page);
  assert.ok(fixes.some((t) => t.includes('Keep sessions in Redis (')), JSON.stringify(fixes));
  await shot(page, 'app-quickfix-menu');
  await pickQuickFix(page, 'Keep sessions in Redis (');
  await editor(page).locator('.view-line', { hasText: 'store: new RedisStore({ client: redisClient }),' }).first().waitFor({ state: 'visible' });
  const expected = before
    .replace(
      "const session = require('express-session');\n",
      "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n",
    )
    .replace(
      'const app = express();\n',
      'const app = express();\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n',
    )
    .replace("maxAge: 8 * 60 * 60 * 1000 },\n", "maxAge: 8 * 60 * 60 * 1000 },\n    store: new RedisStore({ client: redisClient }),\n");
  await save(page, file, expected);
  const after = await waitForProblems(page, (t) => !t.includes('app/memory-store-unpinned') && !t.includes('app/in-process-store'), 'app/memory-store-unpinned and app/in-process-store gone');
  // What remains on server.js is unrelated to the store (the proxy and the secure cookie).
  assert.ok(after.some((r) => r.includes('app/secure-cookie-no-trust-proxy')), JSON.stringify(after));
  await shot(page, 'app-fixed');
}

/**
 * A YAML file with nothing Affinity Lint checks (a GitHub Actions workflow) gets no finding. Its
 * silence is checked after a later change elsewhere has been linted: the server had the workflow
 * first, so had it anything to say, it would have said it by then.
 */
async function unrelatedYaml(page) {
  const relative = '.github/workflows/ci.yml';
  step('yaml: open .github/workflows/ci.yml');
  await openFile(page, relative, 'YAML');
  step('yaml: type an unquoted true into k8s/shop.yaml (unsaved): its error comes back');
  await openFile(page, 'k8s/shop.yaml', 'YAML');
  await typeOver(page, 'k8s/shop.yaml', 'session-cookie-secure:', '"true"', 'true');
  const rows = await waitForProblems(page, (t) => t.includes('k8s/annotation-not-string'), 'k8s/annotation-not-string back');
  assert.ok(!rows.some((r) => r.includes('ci.yml')), `no ci.yml row in ${JSON.stringify(rows)}`);
  await undoAll(page);
  await waitForProblems(page, (t) => !t.includes('k8s/annotation-not-string'), 'k8s/annotation-not-string gone again');
  await openFile(page, relative, 'YAML');
  assert.strictEqual(await squiggles(page).count(), 0, 'no squiggle on ci.yml');
  const now = await problems(page);
  assert.ok(!now.some((r) => r.includes('ci.yml')), JSON.stringify(now));
  await shot(page, 'yaml-unrelated-clean');
}

/**
 * The UI cases, in order (each starts where the one before left the workbench; the unrelated-YAML
 * case types into k8s/shop.yaml as the manifest case saved it).
 */
const CASES = [
  ['single-file examples: squiggles, hovers, rule pages, quick fixes, fix-all', singleFileExamples],
  ['HAProxy folder: a fragment judged with the defaults of another file, live while typing', haproxyFolder],
  ["NGINX Debian layout: a site judged with nginx.conf's http level, live while typing", nginxDebian],
  ['go to definition across files: proxy_pass http://shop opens upstream shop in conf.d/upstreams.conf', goToUpstreamDefinition],
  ['Kubernetes manifest: YAML joined, findings, hover, the quoting fix saved', kubernetesManifest],
  ["app code linked to nginx's upstream: the Redis store fix saved ends memory-store-unpinned", appBehindLoadBalancer],
  ['a YAML file with nothing Affinity Lint checks shows no problem', unrelatedYaml],
];

async function main() {
  const trace = Boolean(process.env.AFFINITY_LINT_E2E_TRACE);
  const server = await startCodeServer({
    folder: workspace,
    vsix,
    logFile: join(shots, 'code-server.log'),
    settings: trace ? { 'affinityLint.trace.server': 'verbose' } : {},
    keepDirs: trace,
  });
  if (trace) step(`trace: logs under ${server.userDataDir}/logs`);
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    step(`open ${server.folderUrl()}`);
    await page.goto(server.folderUrl());
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'nginx' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await shot(page, 'workbench');

    const failed = [];
    const only = args.includes('--case') ? new RegExp(args[args.indexOf('--case') + 1], 'i') : null;
    const cases = CASES.filter(([name]) => !only || only.test(name));
    if (!cases.length) throw new Error(`no UI case matches ${only}`);
    for (const [name, run] of cases) {
      step(`case: ${name}`);
      const t0 = Date.now();
      try {
        await run(page);
        step(`case passed in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${name}`);
      } catch (e) {
        failed.push(name);
        console.error(`[ui] case FAILED: ${name}\n`, e);
        await page.screenshot({ path: join(shots, `ui-failure-${failed.length}.png`) }).catch(() => {});
        // Leave no widget open for the next case.
        for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      }
    }
    if (failed.length) throw new Error(`${failed.length} of ${cases.length} UI cases failed:\n  ${failed.join('\n  ')}`);
    step(`passed (${elapsed()})`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
