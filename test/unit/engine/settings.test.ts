import * as assert from 'assert';
import { DEFAULT_SETTINGS, normalizeSettings, type LintSettings } from '../../../server/src/engine/settings';

describe('settings normalization', () => {
  it('nothing given: the defaults, no warnings', () => {
    assert.deepStrictEqual(normalizeSettings({}), { settings: DEFAULT_SETTINGS, warnings: [] });
    // No flavor: inferred from the configuration (engine/versions.ts), unlike an explicit 'oss'.
    assert.deepStrictEqual(DEFAULT_SETTINGS, { rules: {}, nginx: { version: null, flavor: null }, haproxy: { version: null }, traffic: 'public', platforms: {} });
  });

  it('a value that is not an object gives the base untouched', () => {
    for (const raw of [undefined, null, 42, 'x', []]) assert.deepStrictEqual(normalizeSettings(raw), { settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('reads every valid value', () => {
    const { settings, warnings } = normalizeSettings({
      rules: { 'nginx/ip-hash': 'error', 'haproxy/cookie-no-ttl': 'off' },
      nginx: { version: ' 1.29.6 ', flavor: 'plus' },
      haproxy: { version: '3.0' },
      traffic: 'mobile',
      platforms: { traefik: '3.3', 'gateway-api': ' 1.4 ' },
    });
    assert.deepStrictEqual(warnings, []);
    assert.deepStrictEqual(settings, {
      rules: { 'nginx/ip-hash': 'error', 'haproxy/cookie-no-ttl': 'off' },
      nginx: { version: '1.29.6', flavor: 'plus' },
      haproxy: { version: '3.0' },
      traffic: 'mobile',
      platforms: { traefik: '3.3', 'gateway-api': '1.4' },
    });
  });

  it('platform versions: unknown platforms and non-versions warn, null or empty unsets a base value', () => {
    const base: LintSettings = { ...DEFAULT_SETTINGS, platforms: { istio: '1.28', traefik: '3.0' } };
    const { settings, warnings } = normalizeSettings({ platforms: { traefik: null, istio: 'latest', envoy: '1.30' } }, base);
    assert.deepStrictEqual(settings.platforms, { istio: '1.28' });
    assert.deepStrictEqual(warnings, [
      'platforms.istio: "latest" is not a version such as 1.4 or 3.3.0',
      'platforms.envoy: not a platform (expected one of kubernetes, ingress-nginx, nginx-ingress, gateway-api, istio, traefik, aws-lbc)',
    ]);
    assert.deepStrictEqual(normalizeSettings({ platforms: 'traefik 3' }).warnings, ['platforms: expected an object of versions, such as { "traefik": "3.3" }']);
  });

  it('invalid values give one warning each and keep the base', () => {
    const base: LintSettings = { rules: { 'nginx/ip-hash': 'hint' }, nginx: { version: '1.25', flavor: 'plus' }, haproxy: { version: '2.8' }, traffic: 'internal', platforms: {} };
    const { settings, warnings } = normalizeSettings(
      { rules: { 'nginx/ip-hash': 'loud', 'haproxy/x': 3 }, nginx: { flavor: 'enterprise' }, traffic: 'everyone' },
      base,
    );
    assert.deepStrictEqual(settings, base);
    assert.deepStrictEqual(warnings, [
      'rules.nginx/ip-hash: expected one of error, warning, info, hint, off',
      'rules.haproxy/x: expected one of error, warning, info, hint, off',
      'nginx.flavor: expected oss or plus',
      'traffic: expected public, mobile or internal',
    ]);
  });

  it('a malformed version gives a warning and means "no target"', () => {
    const { settings, warnings } = normalizeSettings({ nginx: { version: 'latest' }, haproxy: { version: '2.x' } });
    assert.strictEqual(settings.nginx.version, null);
    assert.strictEqual(settings.haproxy.version, null);
    assert.deepStrictEqual(warnings, [
      'nginx.version: "latest" is not a version such as 1.22 or 1.29.6',
      'haproxy.version: "2.x" is not a version such as 2.6 or 3.0',
    ]);
  });

  it('an explicit oss flavor is kept apart from an unset one; empty or null means unset', () => {
    assert.strictEqual(normalizeSettings({ nginx: { flavor: 'oss' } }).settings.nginx.flavor, 'oss');
    assert.strictEqual(normalizeSettings({ nginx: {} }).settings.nginx.flavor, null);
    const base = normalizeSettings({ nginx: { flavor: 'oss' } }).settings;
    assert.deepStrictEqual(normalizeSettings({ nginx: { flavor: null } }, base), { settings: base, warnings: [] });
    assert.deepStrictEqual(normalizeSettings({ nginx: { flavor: '' } }, base), { settings: base, warnings: [] });
  });

  it('an empty or null version keeps the base value without a warning', () => {
    const base = normalizeSettings({ nginx: { version: '1.27' }, haproxy: { version: '2.4' } }).settings;
    const { settings, warnings } = normalizeSettings({ nginx: { version: '' }, haproxy: { version: null } }, base);
    assert.deepStrictEqual([settings.nginx.version, settings.haproxy.version, warnings], ['1.27', '2.4', []]);
  });

  it('rule overrides merge over the base', () => {
    const base = normalizeSettings({ rules: { 'nginx/ip-hash': 'error' } }).settings;
    const { settings } = normalizeSettings({ rules: { 'haproxy/balance-source': 'info' } }, base);
    assert.deepStrictEqual(settings.rules, { 'nginx/ip-hash': 'error', 'haproxy/balance-source': 'info' });
    assert.deepStrictEqual(base.rules, { 'nginx/ip-hash': 'error' }, 'the base is not mutated');
  });
});
