import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { helpMarkdown } from '../../../server/src/cli/ruleHelp';
import { CATALOGUE_PAGE, pageOf, rulePage, SHARED_STORE_GUIDE } from '../../../server/src/rules/docs';
import { docsFolder, pageFile, pageFileUri, readPage } from '../../../server/src/rules/docsFolder';
import { RULES } from '../../../server/src/rules/registry';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const DOCS = path.join(ROOT, 'docs');

/** The pages that ship with the extension and the npm package (package.json files, .vscodeignore). */
function shippedPages(): string[] {
  const rules = (fs.readdirSync(path.join(DOCS, 'rules'), { recursive: true }) as string[])
    .map((f) => `rules/${f.split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.md'));
  return [SHARED_STORE_GUIDE.page, ...rules].sort();
}

describe('documentation pages', () => {
  describe('pageOf (what a link or an action may open)', () => {
    it('maps a rule id to its page, a page path to itself and no argument to the catalogue', () => {
      assert.strictEqual(pageOf('nginx/ip-hash'), 'rules/nginx/ip-hash.md');
      assert.strictEqual(pageOf('haproxy/cookie-no-ttl'), 'rules/haproxy/cookie-no-ttl.md');
      assert.strictEqual(pageOf('shared-session-store.md'), 'shared-session-store.md');
      assert.strictEqual(pageOf('rules/nginx/ip-hash.md'), 'rules/nginx/ip-hash.md');
      assert.strictEqual(pageOf(undefined), CATALOGUE_PAGE);
      assert.strictEqual(pageOf(''), CATALOGUE_PAGE);
    });

    it('refuses anything that could leave docs/ or is not a page', () => {
      for (const arg of ['../package.json', '../../README.md', 'rules/../../x.md', '/etc/passwd', 'C:\\x.md', 'rules\\nginx\\ip-hash.md', 'nginx/IP_hash', 'README', 'https://example.com/x.md', 42, {}, ['nginx/ip-hash']]) {
        assert.strictEqual(pageOf(arg), null, JSON.stringify(arg));
      }
    });
  });

  describe('the installed docs folder', () => {
    it('is found from the compiled sources (the bundles look beside dist/)', () => {
      assert.strictEqual(docsFolder(), DOCS);
    });

    it('has every rule’s page, by the path a link names', () => {
      for (const rule of RULES) {
        const page = rulePage(rule.meta.id);
        assert.strictEqual(pageFile(page), path.join(DOCS, 'rules', ...rule.meta.id.split('/')) + '.md');
        assert.match(pageFileUri(page)!, new RegExp(`^file:///.*/docs/rules/${rule.meta.id}\\.md$`));
        assert.ok(readPage(page)!.startsWith(`# ${rule.meta.id}\n`), `${page} starts with its id as the title`);
      }
      assert.ok(pageFile(SHARED_STORE_GUIDE.page));
      assert.ok(pageFile(CATALOGUE_PAGE));
    });

    it('answers null for a page that is not there', () => {
      assert.strictEqual(pageFile('rules/nginx/no-such-rule.md'), null);
      assert.strictEqual(readPage('rules/nginx/no-such-rule.md'), null);
    });
  });

  describe('links inside the shipped pages (they open in the Markdown preview, offline)', () => {
    for (const page of shippedPages()) {
      it(`${page}: every relative link names a shipped page, every anchor a heading`, () => {
        const text = fs.readFileSync(path.join(DOCS, ...page.split('/')), 'utf8');
        const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));
        for (const href of links) {
          const [file, anchor] = href.split('#');
          const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
          assert.ok(shippedPages().includes(target), `${page} links ${href}, which does not ship`);
          if (anchor) {
            const headings = fs.readFileSync(path.join(DOCS, ...target.split('/')), 'utf8').match(/^#+ .*$/gm) ?? [];
            const slugs = headings.map((h) => h.replace(/^#+ /, '').toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
            assert.ok(slugs.includes(anchor), `${page} links #${anchor}, no such heading in ${target}`);
          }
        }
      });
    }

    it('no page, schema, manifest or source points at the repository that does not exist', () => {
      const files = [
        ...shippedPages().map((p) => path.join(DOCS, ...p.split('/'))),
        path.join(ROOT, 'schemas', 'affinity-lint.schema.json'),
        ...(fs.readdirSync(path.join(ROOT, 'server', 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, 'server', 'src', f)),
        ...fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => path.join(ROOT, 'client', 'src', f)),
      ];
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const offenders = files.filter((f) => fs.readFileSync(f, 'utf8').includes('github.com/affinity-lint'));
      assert.deepStrictEqual(offenders.map((f) => path.relative(ROOT, f)), []);
      assert.ok(!JSON.stringify(manifest.contributes).includes('github.com/affinity-lint'), 'package.json contributes links the missing repository');
    });
  });

  describe('the way in from the settings and the command palette', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

    it('contributes affinityLint.showRuleDocs, and the rules setting links the catalogue through it', () => {
      assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'affinityLint.showRuleDocs'));
      // The settings editor opens command: links in a markdownDescription (allowCommands).
      assert.match(manifest.contributes.configuration.properties['affinityLint.rules'].markdownDescription, /\[rule catalogue\]\(command:affinityLint\.showRuleDocs\)/);
    });

    it('ships the pages in the npm package, the folder as it is', () => {
      const files: string[] = manifest.files;
      for (const page of shippedPages()) {
        const file = `docs/${page}`;
        assert.ok(files.some((f) => file === f || (f.endsWith('/') && file.startsWith(f))), `${file} is not in package.json files`);
      }
      assert.ok(!files.some((f) => 'docs/grammar-contract.md'.startsWith(f)), 'the grammar contract is for contributors');
    });

    it('ships the pages in the VSIX (.vscodeignore lets them through)', () => {
      const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
      assert.ok(ignore.includes('!docs/rules/**/*.md'));
      assert.ok(ignore.includes('!docs/shared-session-store.md'));
    });
  });

  describe('helpMarkdown (a page as SARIF help)', () => {
    it('keeps the text of relative links and anchors, and web links as they are', () => {
      assert.strictEqual(
        helpMarkdown('See [nginx/hash-key-no-fallback](hash-key-no-fallback.md), [Options](#options), [the guide](../../shared-session-store.md) and [`hash`](https://nginx.org/en/docs/http/ngx_http_upstream_module.html#hash).'),
        'See nginx/hash-key-no-fallback, Options, the guide and [`hash`](https://nginx.org/en/docs/http/ngx_http_upstream_module.html#hash).',
      );
    });

    it('leaves a page without relative links unchanged', () => {
      const text = '# x\n\n```nginx\nupstream a { ip_hash; }\n```\n\n- [MDN](https://developer.mozilla.org/)\n';
      assert.strictEqual(helpMarkdown(text), text);
    });
  });
});
