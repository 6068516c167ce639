import * as assert from 'assert';
import { walkNginx, type NginxConfig, type NginxDirective } from '../../../server/src/model/nginx';
import {
  affinityDirectives,
  cookieFlagsCover,
  effectiveSetting,
  hashKeyOrigin,
  inherited,
  mapHasFallback,
  mapValueForEmpty,
  passedGroupName,
  passesTo,
  settingBlock,
  upstreamOfPass,
} from '../../../server/src/model/nginxQueries';
import { isSingleAddress, soleFixedServer } from '../../../server/src/model/nginxUpstreamServers';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

const parser = new ConfigParser(new GrammarLoader());

async function parse(text: string): Promise<NginxConfig> {
  return (await parser.parse('nginx', text)) as NginxConfig;
}

function all(config: NginxConfig, name: string): NginxDirective[] {
  return [...walkNginx(config.directives)].filter((d) => d.name === name);
}

const SITE = `http {
    proxy_next_upstream off;
    upstream app { hash $cookie_sid consistent; server 10.0.0.1; }
    upstream API { ip_hash; server 10.0.0.2; }
    server {
        location / { proxy_pass http://app; }
        location /api/ {
            proxy_next_upstream error timeout;
            proxy_pass https://api/v1/;
        }
        location /php { fastcgi_pass app; }
        location /grpc { grpc_pass grpc://app; }
        location /dyn { proxy_pass http://$backend; }
        location /port { proxy_pass http://app:8080; }
        location /sock { proxy_pass http://unix:/run/app.sock; }
        location /other { proxy_pass http://elsewhere; }
        location /outer {
            location /outer/inner {
                if ($arg_x) { proxy_pass http://app; }
            }
        }
    }
}
stream {
    upstream app { hash $remote_addr; server 10.0.0.3:5432; }
    server { listen 5432; proxy_pass app; }
}
`;

describe('nginx model queries', () => {
  it('reads the group a pass directive names, and nothing for variables, ports and sockets', async () => {
    const config = await parse(SITE);
    const names = [...walkNginx(config.directives)].filter((d) => d.name.endsWith('_pass')).map(passedGroupName);
    assert.deepStrictEqual(names, ['app', 'api', 'app', 'app', null, null, null, 'elsewhere', 'app', 'app']);
  });

  it('links passes to the upstream of their own protocol, names compared without case', async () => {
    const config = await parse(SITE);
    const [httpApp, api, streamApp] = all(config, 'upstream');
    assert.deepStrictEqual(passesTo(config, httpApp).map((p) => `${p.name} ${p.args[0].value}`), [
      'proxy_pass http://app',
      'fastcgi_pass app',
      'grpc_pass grpc://app',
      'proxy_pass http://app',
    ]);
    assert.deepStrictEqual(passesTo(config, api).map((p) => p.args[0].value), ['https://api/v1/']);
    assert.deepStrictEqual(passesTo(config, streamApp).map((p) => p.protocol), ['stream']);
    assert.strictEqual(upstreamOfPass(config, all(config, 'proxy_pass')[3]), null, 'a variable reaches no known upstream');
    assert.deepStrictEqual(affinityDirectives(httpApp).map((d) => d.name), ['hash']);
  });

  it('inherits settings down http, server, location, nested location and if; the nearest level wins', async () => {
    const config = await parse(SITE);
    const passes = all(config, 'proxy_pass');
    assert.deepStrictEqual(effectiveSetting(config, passes[0], 'proxy_next_upstream')?.args.map((a) => a.value), ['off']);
    assert.deepStrictEqual(effectiveSetting(config, passes[1], 'proxy_next_upstream')?.args.map((a) => a.value), ['error', 'timeout']);
    const nested = passes[passes.length - 2];
    assert.strictEqual(inherited(config, nested, 'proxy_next_upstream').level?.name, 'http');
    assert.strictEqual(settingBlock(nested)?.args[0].value, '/outer/inner');
    assert.strictEqual(effectiveSetting(config, passes[0], 'proxy_cookie_flags'), null);
  });

  it('treats the top level of a conf.d fragment as http', async () => {
    const config = await parse('proxy_next_upstream off;\nserver {\n    location / { proxy_pass http://u; }\n}\n');
    const { level, directives } = inherited(config, all(config, 'proxy_pass')[0], 'proxy_next_upstream');
    assert.strictEqual(level, null);
    assert.strictEqual(directives.length, 1);
  });

  it('follows a hash key through a map to the cookie or argument it reads', async () => {
    const config = await parse(
      'http {\n    map $cookie_sid $key { "" $request_id; default $cookie_sid; }\n    map $arg_u ${ukey} { default $arg_u; }\n    upstream a { hash $key; }\n    upstream b { hash ${ukey}; }\n    upstream c { hash $cookie_x; }\n    upstream d { hash $request_uri; }\n}\n',
    );
    const [a, b, c, d] = all(config, 'hash').map((h) => hashKeyOrigin(config, h));
    assert.deepStrictEqual([a?.kind, a?.name, a?.map?.args[1].value], ['cookie', 'sid', '$key']);
    assert.deepStrictEqual([b?.kind, b?.name], ['arg', 'u']);
    assert.deepStrictEqual([c?.variable, c?.map], ['$cookie_x', null]);
    assert.strictEqual(d, null);
  });

  it('knows what a map gives a request without the value: "" entry, then regexes, then default', async () => {
    const config = await parse(`http {
    map $cookie_a $a { "" $request_id; default $cookie_a; }
    map $cookie_b $b { default $cookie_b; }
    map $cookie_c $c { ~^$ fallback; default $cookie_c; }
    map $cookie_d $d { ~^(?<v>.*)$ $v; }
    map $cookie_e $e { include /etc/nginx/keys.map; }
    map $cookie_f $f { hostnames; default $remote_addr; }
    map $cookie_g $g { ~(.*) $1; }
}
`);
    const maps = all(config, 'map');
    assert.deepStrictEqual(maps.map(mapValueForEmpty), ['$request_id', '$cookie_b', 'fallback', '$v', null, '$remote_addr', '$1']);
    assert.deepStrictEqual(maps.map(mapHasFallback), [true, false, true, false, true, true, false]);
  });

  it('matches proxy_cookie_flags names without case, and regexes', async () => {
    const config = await parse('http {\n    proxy_cookie_flags SID secure;\n    proxy_cookie_flags ~^sess secure;\n    proxy_cookie_flags ~*^APP_ httponly;\n    proxy_cookie_flags off;\n}\n');
    const [exact, regex, caseless, off] = all(config, 'proxy_cookie_flags');
    assert.ok(cookieFlagsCover(exact, 'sid'));
    assert.ok(!cookieFlagsCover(exact, 'sid2'));
    assert.ok(cookieFlagsCover(regex, 'session'));
    assert.ok(!cookieFlagsCover(regex, 'SESSION'));
    assert.ok(cookieFlagsCover(caseless, 'app_id'));
    assert.ok(!cookieFlagsCover(off, 'off'));
  });
});

describe('nginx upstream servers', () => {
  it('counts IP literals and unix sockets as one address, host names as possibly many', () => {
    for (const a of ['10.0.0.5', '10.0.0.5:8080', '[::1]', '[2001:db8::5]:8080', 'unix:/run/app.sock']) assert.ok(isSingleAddress(a), a);
    for (const a of ['app', 'app:3000', 'localhost', 'localhost:8080', '300.0.0.1', 'unix:', '2001:db8::5', 'backend.example.com:443']) assert.ok(!isSingleAddress(a), a);
  });

  it('finds the sole fixed server of an upstream, and none with two, a backup or an include', async () => {
    const config = await parse(`http {
    upstream one { ip_hash; server 172.18.0.5:3000 weight=2; }
    upstream two { ip_hash; server 10.0.0.1; server 10.0.0.2; }
    upstream spare { ip_hash; server 10.0.0.1 backup; }
    upstream more { ip_hash; server 10.0.0.1; include servers.conf; }
    upstream named { ip_hash; server app:3000; }
}
`);
    const sole = all(config, 'upstream').map((u) => soleFixedServer(u)?.args[0].value ?? null);
    assert.deepStrictEqual(sole, ['172.18.0.5:3000', null, null, null, null]);
  });
});
