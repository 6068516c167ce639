import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/engine/settings';
import { inferredNginxPlus } from '../../../server/src/engine/versions';
import { documentTargets, EditorConfig, InferredTargets, readValidateSettings, TargetResolver, WorkspaceTrust } from '../../../server/src/features/targetStatus';
import type { NginxConfig } from '../../../server/src/model/nginx';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { SourceText } from '../../../server/src/text/sourceText';
import type { Dialect } from '../../../server/src/model/common';
import { ServerDetector, type DetectedServer } from '../../../server/src/validation/detect';
import { Scratch } from './fakes';

class FixedEditorConfig extends EditorConfig {
  constructor(private readonly raw: Record<string, unknown>) {
    super(null as never);
  }
  override get(): Promise<Record<string, unknown>> {
    return Promise.resolve(this.raw);
  }
}

function detectorOf(versions: Partial<Record<Dialect, string | null>>, calls: string[] = []): ServerDetector {
  return new ServerDetector(async (dialect, binary): Promise<DetectedServer> => {
    calls.push(`${dialect}:${binary}`);
    const version = versions[dialect] ?? null;
    return { dialect, binary, version, plus: false, error: version ? null : `${binary} not found`, modulesPath: null };
  });
}

describe('target versions in force: setting, project file, detected, assumed', () => {
  let scratch: Scratch;
  let uri: string;
  beforeEach(() => {
    scratch = new Scratch('targets');
    scratch.file('repo/.git/HEAD', 'ref: refs/heads/main\n');
    uri = pathToFileURL(scratch.file('repo/nginx/nginx.conf', 'events {}\n')).toString();
  });
  afterEach(() => scratch.dispose());

  it('uses what the installed servers report when nothing is set and the workspace is trusted', async () => {
    const trust = new WorkspaceTrust();
    trust.grant();
    const calls: string[] = [];
    const resolver = new TargetResolver(trust, detectorOf({ nginx: '1.22.1', haproxy: '2.6.12' }, calls), new FixedEditorConfig({}));
    const { settings, targets } = await resolver.resolve(uri, DEFAULT_SETTINGS);
    assert.deepStrictEqual(settings.nginx, { version: '1.22.1', flavor: 'oss' });
    assert.deepStrictEqual(settings.haproxy, { version: '2.6.12' });
    assert.strictEqual(targets.text, 'Affinity: nginx 1.22.1 (detected) · HAProxy 2.6.12 (detected)');
    assert.match(targets.tooltip, /`nginx -V` reports 1\.22\.1/);
    assert.deepStrictEqual(calls, ['nginx:nginx', 'haproxy:haproxy']);
  });

  it('runs nothing in an untrusted workspace and says the defaults are assumed', async () => {
    const calls: string[] = [];
    const resolver = new TargetResolver(new WorkspaceTrust(), detectorOf({ nginx: '1.22.1' }, calls), new FixedEditorConfig({}));
    const { settings, targets } = await resolver.resolve(uri, DEFAULT_SETTINGS);
    assert.deepStrictEqual(calls, []);
    assert.strictEqual(settings.nginx.version, null);
    assert.strictEqual(targets.text, 'Affinity: nginx 1.22 (assumed) · HAProxy 2.6 (assumed)');
    assert.match(targets.tooltip, /not trusted/);
  });

  it('prefers the editor setting, then .affinity-lint.json, and uses the configured binary paths', async () => {
    scratch.file('repo/.affinity-lint.json', JSON.stringify({ haproxy: { version: '2.4' } }));
    const trust = new WorkspaceTrust();
    trust.grant();
    const calls: string[] = [];
    const editor = { nginx: { version: '1.29.6' }, validate: { nginxPath: '/opt/nginx/sbin/nginx', haproxyPath: '/opt/haproxy' } };
    const resolver = new TargetResolver(trust, detectorOf({ nginx: '1.22.1', haproxy: '2.6.12' }, calls), new FixedEditorConfig(editor));
    const merged = normalizeSettings(editor, normalizeSettings({ haproxy: { version: '2.4' } }).settings).settings;
    const { settings, targets } = await resolver.resolve(uri, merged);
    assert.deepStrictEqual(calls, [], 'nothing to detect: both targets are set');
    assert.strictEqual(settings.nginx.version, '1.29.6');
    assert.strictEqual(targets.text, 'Affinity: nginx 1.29.6 (setting) · HAProxy 2.4 (.affinity-lint.json)');
    assert.match(targets.tooltip, new RegExp(`haproxy.version in ${path.join(scratch.dir, 'repo', '.affinity-lint.json').replace(/[.]/g, '\\.')}`));

    const noVersions = { validate: editor.validate };
    const detecting = new TargetResolver(trust, detectorOf({ nginx: null }, calls), new FixedEditorConfig(noVersions));
    const second = await detecting.resolve(uri, DEFAULT_SETTINGS);
    assert.deepStrictEqual(calls, ['nginx:/opt/nginx/sbin/nginx', 'haproxy:/opt/haproxy']);
    assert.strictEqual(second.targets.nginx.source, 'assumed');
    assert.match(second.targets.nginx.detail, /\/opt\/nginx\/sbin\/nginx not found/);
  });

  it('names where NGINX Plus comes from when the flavor is set', async () => {
    scratch.file('repo/.affinity-lint.json', JSON.stringify({ nginx: { flavor: 'plus' } }));
    const trust = new WorkspaceTrust();
    trust.grant();
    const resolver = new TargetResolver(trust, detectorOf({ nginx: '1.22.1', haproxy: null }), new FixedEditorConfig({}));
    const { settings, targets } = await resolver.resolve(uri, normalizeSettings({ nginx: { flavor: 'plus' } }).settings);
    assert.deepStrictEqual(settings.nginx, { version: '1.22.1', flavor: 'plus' });
    assert.strictEqual(targets.text, 'Affinity: NGINX Plus (.affinity-lint.json) · HAProxy 2.6 (assumed)');
    assert.match(targets.nginx.detail, /nginx\.flavor in .*\.affinity-lint\.json says NGINX Plus/);

    // An editor value of null leaves the flavor unset: the project file still names it.
    const withNull = new TargetResolver(trust, detectorOf({ nginx: '1.22.1', haproxy: null }), new FixedEditorConfig({ nginx: { flavor: null } }));
    assert.strictEqual((await withNull.resolve(uri, normalizeSettings({ nginx: { flavor: 'plus' } }).settings)).targets.text, 'Affinity: NGINX Plus (.affinity-lint.json) · HAProxy 2.6 (assumed)');
  });

  it('reads the validate settings with their defaults', () => {
    assert.deepStrictEqual(readValidateSettings({}), { onSave: false, nginxPath: 'nginx', haproxyPath: 'haproxy' });
    assert.deepStrictEqual(readValidateSettings({ validate: { onSave: true, nginxPath: ' /usr/sbin/nginx ', haproxyPath: '' } }), {
      onSave: true,
      nginxPath: '/usr/sbin/nginx',
      haproxyPath: 'haproxy',
    });
    assert.strictEqual(readValidateSettings({ validate: { onSave: 'yes' } }).onSave, false);
  });

  describe('NGINX Plus inferred from the configuration', () => {
    const parser = new ConfigParser(new GrammarLoader());
    const PLUS = 'http {\n    upstream app { zone app 64k; sticky cookie srv_id; server 10.0.0.1; }\n    server {\n        location / { proxy_pass http://app; health_check; }\n    }\n}\n';
    const parse = async (text: string): Promise<{ config: NginxConfig; source: SourceText }> => ({ config: (await parser.parse('nginx', text)) as NginxConfig, source: new SourceText(text) });

    it('shows the inference in the status text and tooltip when nothing is set or detected', async () => {
      const resolver = new TargetResolver(new WorkspaceTrust(), detectorOf({}), new FixedEditorConfig({}));
      const { settings, targets } = await resolver.resolve(uri, DEFAULT_SETTINGS);
      assert.strictEqual(settings.nginx.flavor, null);
      const { config, source } = await parse(PLUS);
      const shown = documentTargets(targets, inferredNginxPlus(config, source, settings));
      assert.strictEqual(shown.text, 'Affinity: NGINX Plus (inferred from health_check at line 4) · HAProxy 2.6 (assumed)');
      assert.strictEqual(shown.nginx.source, 'inferred');
      assert.match(shown.tooltip, /NGINX Plus: no flavor set or detected, and the configuration uses health_check \(line 4\), which only NGINX Plus has/);
      const plain = await parse('http {\n    upstream app { sticky cookie srv_id; }\n}\n');
      assert.strictEqual(documentTargets(targets, inferredNginxPlus(plain.config, plain.source, settings)), targets);
    });

    it('a detected open-source binary and an explicit oss flavor rank above the inference', async () => {
      const trust = new WorkspaceTrust();
      trust.grant();
      const { config, source } = await parse(PLUS);
      const detected = await new TargetResolver(trust, detectorOf({ nginx: '1.22.1' }), new FixedEditorConfig({})).resolve(uri, DEFAULT_SETTINGS);
      assert.strictEqual(detected.settings.nginx.flavor, 'oss');
      assert.strictEqual(inferredNginxPlus(config, source, detected.settings), null);
      const editor = { nginx: { flavor: 'oss' } };
      const explicit = await new TargetResolver(new WorkspaceTrust(), detectorOf({}), new FixedEditorConfig(editor)).resolve(uri, normalizeSettings(editor).settings);
      assert.strictEqual(inferredNginxPlus(config, source, explicit.settings), null);
      assert.strictEqual(explicit.targets.text, 'Affinity: nginx 1.22 (assumed) · HAProxy 2.6 (assumed)');
    });

    it('tells when a document’s inference changes, so that the status item asks again', () => {
      const inferred = new InferredTargets();
      assert.strictEqual(inferred.changed('file:///a.conf', null), false);
      assert.strictEqual(inferred.changed('file:///a.conf', { feature: 'health_check', line: 4 }), true);
      assert.strictEqual(inferred.changed('file:///a.conf', { feature: 'health_check', line: 4 }), false);
      assert.strictEqual(inferred.changed('file:///a.conf', { feature: 'health_check', line: 5 }), true);
      assert.strictEqual(inferred.changed('file:///a.conf', null), true);
      inferred.forget('file:///a.conf');
      assert.strictEqual(inferred.changed('file:///a.conf', null), false);
    });
  });
});
