import * as assert from 'assert';
import { normalizeSettings } from '../../../server/src/engine/settings';
import {
  atLeast,
  compareVersions,
  haproxyHasCookieAttr,
  haproxyTarget,
  nginxHasSticky,
  nginxHasStickySamesite,
  nginxTarget,
} from '../../../server/src/engine/versions';

const settings = (raw: Record<string, unknown>) => normalizeSettings(raw).settings;

describe('versions', () => {
  it('compares dotted versions numerically, missing parts as 0', () => {
    assert.ok(compareVersions('1.29.6', '1.22') > 0);
    assert.ok(compareVersions('1.9', '1.10') < 0);
    assert.strictEqual(compareVersions('2.2', '2.2.0'), 0);
    assert.ok(atLeast('1.29.6', '1.29.6'));
    assert.ok(!atLeast('1.29.5', '1.29.6'));
    assert.ok(atLeast('2', '1.99'));
  });

  it('nginx target: assumed 1.22 open source when nothing is set', () => {
    assert.deepStrictEqual(nginxTarget(settings({})), { version: '1.22', flavor: 'oss', assumed: true, flavorAssumed: true, inferred: null, label: 'nginx 1.22 (assumed: no target set)' });
    assert.deepStrictEqual(nginxTarget(settings({ nginx: { version: '1.27.1' } })), { version: '1.27.1', flavor: 'oss', assumed: false, flavorAssumed: true, inferred: null, label: 'nginx 1.27.1' });
    assert.deepStrictEqual(nginxTarget(settings({ nginx: { flavor: 'plus' } })), { version: '1.22', flavor: 'plus', assumed: false, flavorAssumed: false, inferred: null, label: 'NGINX Plus' });
  });

  it('nginx target: NGINX Plus inferred only when no flavor is set', () => {
    const inference = { feature: 'health_check', line: 12 };
    assert.deepStrictEqual(nginxTarget(settings({}), inference), { version: '1.22', flavor: 'plus', assumed: false, flavorAssumed: false, inferred: inference, label: 'NGINX Plus (inferred from health_check at line 12)' });
    assert.deepStrictEqual(nginxTarget(settings({ nginx: { version: '1.26' } }), inference).label, 'NGINX Plus (inferred from health_check at line 12)');
    assert.deepStrictEqual(nginxTarget(settings({ nginx: { flavor: 'oss' } }), inference), { version: '1.22', flavor: 'oss', assumed: true, flavorAssumed: false, inferred: null, label: 'nginx 1.22 (assumed: no target set)' });
    assert.deepStrictEqual(nginxTarget(settings({ nginx: { flavor: 'plus' } }), inference), { version: '1.22', flavor: 'plus', assumed: false, flavorAssumed: false, inferred: null, label: 'NGINX Plus' });
    assert.ok(nginxHasSticky(nginxTarget(settings({}), inference)));
  });

  it('sticky: NGINX Plus always, open source from 1.29.6', () => {
    assert.ok(!nginxHasSticky(nginxTarget(settings({}))));
    assert.ok(!nginxHasSticky(nginxTarget(settings({ nginx: { version: '1.29.5' } }))));
    assert.ok(nginxHasSticky(nginxTarget(settings({ nginx: { version: '1.29.6' } }))));
    assert.ok(nginxHasSticky(nginxTarget(settings({ nginx: { version: '1.30' } }))));
    assert.ok(nginxHasSticky(nginxTarget(settings({ nginx: { flavor: 'plus', version: '1.15' } }))));
  });

  it('samesite= on sticky cookie from 1.19.4', () => {
    assert.ok(!nginxHasStickySamesite(nginxTarget(settings({ nginx: { version: '1.19.3' } }))));
    assert.ok(nginxHasStickySamesite(nginxTarget(settings({ nginx: { version: '1.19.4' } }))));
    assert.ok(nginxHasStickySamesite(nginxTarget(settings({ nginx: { flavor: 'plus' } }))));
  });

  it('HAProxy target: assumed 2.6; cookie attr from 2.2', () => {
    assert.deepStrictEqual(haproxyTarget(settings({})), { version: '2.6', assumed: true, label: 'HAProxy 2.6 (assumed: no target set)' });
    assert.deepStrictEqual(haproxyTarget(settings({ haproxy: { version: '2.1' } })), { version: '2.1', assumed: false, label: 'HAProxy 2.1' });
    assert.ok(haproxyHasCookieAttr(haproxyTarget(settings({}))));
    assert.ok(!haproxyHasCookieAttr(haproxyTarget(settings({ haproxy: { version: '2.1.12' } }))));
    assert.ok(haproxyHasCookieAttr(haproxyTarget(settings({ haproxy: { version: '2.2' } }))));
  });
});
