import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/engine/settings';
import { EditorConfig, readValidateSettings, TargetResolver, WorkspaceTrust } from '../../../server/src/features/targetStatus';
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
});
