import * as assert from 'assert';
import { claimFromName, classifyContent, CLASSIFY_SAMPLE_CHARS, detectDialect, dialectFromName, type ContentVerdict } from '../../../server/src/engine/dialect';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

const parser = new ConfigParser(new GrammarLoader());

async function verdictOf(text: string): Promise<string> {
  const v: ContentVerdict = await classifyContent(parser, text);
  return v.kind === 'config' ? v.dialect : v.kind;
}

/** [label, text, what it must read as]: every case goes through both grammars, the name hidden. */
type Case = readonly [string, string, 'nginx' | 'haproxy' | 'blank' | 'other'];

async function assertCases(cases: readonly Case[]): Promise<void> {
  for (const [label, text, want] of cases) assert.strictEqual(await verdictOf(text), want, label);
}

/** The guide's sticky-cookie example as blog posts, chats and the guide print it: one line. */
const GUIDE_ONE_LINE =
  'upstream backend { sticky cookie srv_id expires=1h domain=.example.com path=/; server 10.0.0.11:3000; server 10.0.0.12:3000; }\n';

const EXPRESS_APP = `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis')(session);

const app = express();
app.set('trust proxy', 1);
app.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, maxAge: 3600000 },
}));

app.get('/', (req, res) => {
  if (!req.session.views) req.session.views = 0;
  req.session.views++;
  return res.send('views: ' + req.session.views);
});

module.exports = app;
app.listen(3000);
`;

describe('dialect detection', () => {
  it('from file names, as the extension contributes them', () => {
    const cases: [string, string | null][] = [
      ['/etc/nginx/nginx.conf', 'nginx'],
      ['site.nginx', 'nginx'],
      ['x.nginxconf', 'nginx'],
      ['/etc/nginx/conf.d/app.conf', 'nginx'],
      ['/srv/deploy/conf.d/app.conf', 'nginx'],
      ['/etc/nginx/snippets/ssl/params.conf', 'nginx'],
      ['/etc/nginx/sites-available/default', 'nginx'],
      ['/etc/nginx/sites-enabled/shop', 'nginx'],
      ['/etc/haproxy/haproxy.cfg', 'haproxy'],
      ['edge.haproxy', 'haproxy'],
      ['/etc/haproxy/conf.d/10-backends.cfg', 'haproxy'],
      ['deploy/haproxy/prod/main.cfg', 'haproxy'],
      ['/etc/app.conf', null],
      ['/etc/other.cfg', null],
      ['README.md', null],
      ['conf.d/notes.txt', null],
    ];
    for (const [file, want] of cases) assert.strictEqual(dialectFromName(file), want, file);
  });

  describe('from content, by parsing with both grammars', () => {
    it('NGINX: whole files, one-line examples, fragments', () =>
      assertCases([
        ['the guide example on one line', GUIDE_ONE_LINE, 'nginx'],
        ['a whole nginx.conf', 'user www-data;\nworker_processes auto;\nevents { worker_connections 1024; }\nhttp {\n    include mime.types;\n    server {\n        listen 80;\n        root /var/www;\n    }\n}\n', 'nginx'],
        ['a lone server block (conf.d fragment)', 'server {\n    listen 443 ssl;\n    server_name shop.example.com;\n    location / {\n        proxy_pass http://shop;\n        proxy_set_header Host $host;\n    }\n}\n', 'nginx'],
        ['a lone location block', 'location /api/ {\n    proxy_pass http://api;\n    proxy_next_upstream error timeout;\n}\n', 'nginx'],
        ['a lone upstream', 'upstream app {\n    server 10.0.0.1;\n}\n', 'nginx'],
        ['events and a server in http', 'events {}\nhttp {\n    server {\n        listen 80;\n    }\n}\n', 'nginx'],
        ['one directive with a comment, CRLF', 'worker_processes auto; # comment\r\n', 'nginx'],
        ['a whole config with CRLF line ends', 'events {}\r\nhttp {\r\n    upstream app {\r\n        ip_hash;\r\n        server 10.0.0.1:80;\r\n    }\r\n}\r\n', 'nginx'],
        ['a types table (mime.types)', 'types {\n    text/html html htm;\n    text/css css;\n    application/javascript js;\n}\n', 'nginx'],
        ['a map and a geo block of values', 'map $http_upgrade $connection_upgrade {\n    default upgrade;\n    "" close;\n}\ngeo $internal {\n    default 0;\n    10.0.0.0/8 1;\n}\n', 'nginx'],
        ['if, set and return as nginx writes them', 'server {\n    set $maintenance 0;\n    if ($maintenance) {\n        return 503;\n    }\n    if (-f $document_root/down) { return 301 https://status.example.com; }\n}\n', 'nginx'],
        ['quoted directive names', '"events" { "worker_connections" "2048"; }\n"http" { "server" { "listen" 8080; } }\n', 'nginx'],
        ['a half-typed file (a forgotten ;)', 'http {\n    server {\n        location /a {\n            proxy_pass http://a.example\n        }\n        location /b {\n            proxy_pass http://b.example;\n        }\n    }\n}\n', 'nginx'],
        ['a *_by_lua_block with Lua inside', 'location /t {\n    content_by_lua_block {\n        local x = ngx.var.arg_x\n        ngx.say("x: ", x)\n    }\n}\n', 'nginx'],
        ['a few directives of modules we do not know', 'server {\n    listen 80;\n    server_name a.example;\n    my_module_on on;\n    root /srv;\n    index index.html;\n    location / { try_files $uri =404; }\n}\n', 'nginx'],
        ['a directive of a module we do not know first', 'brotli_static on;\nmy_module_zone main 10m;\nhttp {\n    server {\n        listen 80;\n        root /srv;\n    }\n}\n', 'nginx'],
        ['an nginx file with HAProxy-looking words stays nginx', 'http {\n    server {\n        listen 80;\n        root /var/www;\n        index index.html;\n        location / { try_files $uri =404; }\n    }\n}\n', 'nginx'],
      ]));

    it('HAProxy: sections, global only, conditions', () =>
      assertCases([
        ['global and a backend', 'global\n    daemon\n\nbackend app\n    server a 1.1.1.1:80\n', 'haproxy'],
        ['a frontend, CRLF', 'frontend fe\r\n    bind :80\r\n', 'haproxy'],
        ['global only', 'global\n    log /dev/log local0\n    maxconn 4096\n    user haproxy\n    group haproxy\n    daemon\n', 'haproxy'],
        [
          'a whole config with ACLs and inline conditions',
          'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\nfrontend www\n    bind :443 ssl crt /etc/ssl/site.pem\n    acl is_api path_beg /api\n    http-request deny if { src 10.9.0.0/16 }\n    use_backend api if is_api\n    default_backend web\n\nbackend web\n    balance roundrobin\n    cookie SERVERID insert indirect nocache\n    server w1 10.0.0.1:80 check cookie w1\n',
          'haproxy',
        ],
        ['listen with .if conditionals', '.if defined(WITH_STATS)\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /\n.endif\n', 'haproxy'],
        ['peers, resolvers and userlist sections', 'peers lb\n    peer lb1 10.0.0.1:10000\nresolvers dns\n    nameserver ns1 10.0.0.53:53\n    hold valid 10s\nuserlist admins\n    user admin password $5$x$y\n', 'haproxy'],
      ]));

    it('not a configuration: programs, manifests, prose, other formats', () =>
      assertCases([
        ['an Express app (CommonJS)', EXPRESS_APP, 'other'],
        ['an ES module', "import express from 'express';\nimport session from 'express-session';\n\nexport const app = express();\napp.use(session({ secret: 'x', resave: false }));\nexport default app;\n", 'other'],
        ['TypeScript', "import { Injectable } from '@nestjs/common';\n\n@Injectable()\nexport class SessionService {\n  private readonly ttl: number = 3600;\n  get(id: string): Promise<string | null> {\n    return this.store.get(id);\n  }\n}\n", 'other'],
        ['JSON (package.json)', '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": { "start": "node app.js" },\n  "dependencies": { "express": "^4.18.2" }\n}\n', 'other'],
        ['a Kubernetes manifest (YAML)', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: ClientIP\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 8080\n', 'other'],
        [
          'a ConfigMap that carries an nginx.conf',
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\ndata:\n  nginx.conf: |\n    events {}\n    http {\n      upstream app { ip_hash; server app:80; }\n      server { listen 80; location / { proxy_pass http://app; } }\n    }\n',
          'other',
        ],
        [
          'a ConfigMap whose nginx.conf is most of the text',
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\ndata:\n  nginx.conf: |\n' +
            '    server {\n      listen 80;\n      server_name shop.example.com;\n      location / { proxy_pass http://app; proxy_set_header Host $host; }\n    }\n'.repeat(8),
          'other',
        ],
        ['a compose file', "version: '3.8'\nservices:\n  web:\n    image: nginx:1.25\n    ports:\n      - '80:80'\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n", 'other'],
        ['Markdown with an nginx snippet', '# Sticky sessions\n\nPut this in your nginx config and reload the server, then check that\nthe cookie is set on the first response.\n\n```nginx\nupstream app { ip_hash; server 10.0.0.1; }\n```\n\nSee the docs for more details and for the HAProxy version of this.\n', 'other'],
        [
          'Markdown that is mostly a fenced nginx config',
          '# nginx example\n\n```nginx\nupstream app {\n    ip_hash;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n    }\n}\n```\n',
          'other',
        ],
        ['a shell script that starts nginx', "#!/bin/sh\nset -e\nenvsubst < /etc/nginx/templates/default.conf.template > /etc/nginx/conf.d/default.conf\nnginx -t\nexec nginx -g 'daemon off;'\n", 'other'],
        ['a Dockerfile', "FROM nginx:1.25-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\nRUN nginx -t\nEXPOSE 80\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n", 'other'],
        ['INI', '[section]\nkey = value\nother = 2\n', 'other'],
        ['INI, one key', '[section]\nkey = value\n', 'other'],
        ['a systemd unit for nginx', "[Unit]\nDescription=nginx\nAfter=network.target\n\n[Service]\nType=forking\nExecStartPre=/usr/sbin/nginx -t -q -g 'daemon on; master_process on;'\nExecStart=/usr/sbin/nginx -g 'daemon on; master_process on;'\n\n[Install]\nWantedBy=multi-user.target\n", 'other'],
        ['Python', "import os\n\nbind = '0.0.0.0:8000'\nworkers = int(os.environ.get('WORKERS', 4))\n\ndef on_starting(server):\n    server.log.info('starting')\n", 'other'],
        ['redis.conf: HAProxy keywords, but outside any section', 'bind 127.0.0.1 -::1\nprotected-mode yes\nport 6379\ntimeout 0\ndaemonize no\npidfile /var/run/redis_6379.pid\nloglevel notice\n', 'other'],
        ['binary garbage', '\x7fELF\x02\x01\x01\0\0\0\0\0\xff\xfe\x10 server { }', 'other'],
        ['JSON on one line', '{"json": true}\n', 'other'],
        ['a line of prose', 'hello\n', 'other'],
      ]));

    it('blank: empty, blank space, only comments', () =>
      assertCases([
        ['empty', '', 'blank'],
        ['blank lines, CRLF', '\r\n\r\n  \t\r\n', 'blank'],
        ['only comments', '# just a comment\n# deny 1.1.1.1;\n', 'blank'],
      ]));

    it('the name wins over the content', async () => {
      assert.deepStrictEqual(await detectDialect(parser, '/etc/haproxy/haproxy.cfg', 'events {}\n'), { kind: 'config', dialect: 'haproxy' });
      assert.deepStrictEqual(await detectDialect(parser, '/etc/nginx/conf.d/half-typed.conf', 'server {\n    listen 80\n'), { kind: 'config', dialect: 'nginx' });
      assert.deepStrictEqual(await detectDialect(parser, '/tmp/x.conf', 'global\n  daemon\n'), { kind: 'config', dialect: 'haproxy' });
      assert.deepStrictEqual(await detectDialect(parser, '/tmp/x.txt', 'nothing'), { kind: 'other' });
    });

    it('a name other programs share (conf.d/*.conf, sites-*/ outside an nginx folder) only hints: the content decides', async () => {
      const claims: [string, { dialect: string; shared: boolean } | null][] = [
        ['/etc/nginx/conf.d/app.conf', { dialect: 'nginx', shared: false }],
        ['/etc/nginx/sites-enabled/shop', { dialect: 'nginx', shared: false }],
        ['/srv/deploy/conf.d/app.conf', { dialect: 'nginx', shared: true }],
        ['/etc/httpd/conf.d/ssl.conf', { dialect: 'nginx', shared: true }],
        ['/etc/apache2/sites-available/000-default.conf', { dialect: 'nginx', shared: true }],
        ['/etc/haproxy/conf.d/10-backends.cfg', { dialect: 'haproxy', shared: false }],
        ['/etc/app.conf', null],
      ];
      for (const [file, want] of claims) assert.deepStrictEqual(claimFromName(file), want, file);
      const apache = 'Listen 443 https\n<VirtualHost _default_:443>\nSSLEngine on\n</VirtualHost>\n';
      assert.deepStrictEqual(await detectDialect(parser, '/etc/httpd/conf.d/ssl.conf', apache), { kind: 'other', claimedAs: 'nginx' });
      assert.deepStrictEqual(await detectDialect(parser, '/etc/apache2/sites-available/000-default.conf', '<VirtualHost *:80>\n\tDocumentRoot /var/www/html\n</VirtualHost>\n'), { kind: 'other', claimedAs: 'nginx' });
      assert.deepStrictEqual(await detectDialect(parser, '/etc/supervisor/conf.d/app.conf', '[program:app]\ncommand=/usr/bin/node app.js\n'), { kind: 'other', claimedAs: 'nginx' });
      // An nginx fragment there, even half-typed, is nginx; HAProxy there is HAProxy; blank is blank.
      assert.deepStrictEqual(await detectDialect(parser, '/srv/deploy/conf.d/app.conf', 'server {\n    listen 80;\n    location / {\n        proxy_pass http://app\n'), { kind: 'config', dialect: 'nginx' });
      assert.deepStrictEqual(await detectDialect(parser, '/srv/lb/conf.d/edge.conf', 'backend app\n    balance roundrobin\n    server a 10.0.0.1:80\n'), { kind: 'config', dialect: 'haproxy' });
      assert.deepStrictEqual(await detectDialect(parser, '/srv/deploy/conf.d/empty.conf', ''), { kind: 'blank' });
      // Under an nginx folder the name decides, whatever the content.
      assert.deepStrictEqual(await detectDialect(parser, '/etc/nginx/conf.d/ssl.conf', apache), { kind: 'config', dialect: 'nginx' });
    });

    it(`reads only the first ${CLASSIFY_SAMPLE_CHARS / 1024} KiB of a long text (a 50 MB file is not parsed twice)`, async function () {
      this.timeout(20000);
      const block = 'server {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n';
      const big = block.repeat(Math.ceil((50 * 1024 * 1024) / block.length));
      const started = performance.now();
      assert.strictEqual(await verdictOf(big), 'nginx');
      const ms = performance.now() - started;
      // Parsing 50 MB with both grammars takes tens of seconds; the sample takes milliseconds.
      assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
      // What comes after the sample does not change the verdict.
      assert.strictEqual(await verdictOf(block.repeat(Math.ceil(CLASSIFY_SAMPLE_CHARS / block.length) + 1) + EXPRESS_APP.repeat(200)), 'nginx');
    });
  });
});
