import * as assert from 'assert';
import { detectDialect, dialectFromContent, dialectFromName } from '../../../server/src/engine/dialect';

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

  it('from content: HAProxy sections, nginx statements', () => {
    assert.strictEqual(dialectFromContent('global\n    daemon\n\nbackend app\n    server a 1.1.1.1:80\n'), 'haproxy');
    assert.strictEqual(dialectFromContent('frontend fe\r\n    bind :80\r\n'), 'haproxy');
    assert.strictEqual(dialectFromContent('events {}\nhttp {\n    server {\n        listen 80;\n    }\n}\n'), 'nginx');
    assert.strictEqual(dialectFromContent('upstream app {\n    server 10.0.0.1;\n}\n'), 'nginx');
    assert.strictEqual(dialectFromContent('worker_processes auto; # comment\r\n'), 'nginx');
  });

  it('from content: nothing recognisable gives null', () => {
    assert.strictEqual(dialectFromContent(''), null);
    assert.strictEqual(dialectFromContent('# just a comment\n'), null);
    assert.strictEqual(dialectFromContent('{"json": true}\n'), null);
    assert.strictEqual(dialectFromContent('[section]\nkey = value\n'), null);
  });

  it('an nginx file with a few HAProxy-looking words stays nginx', () => {
    const text = 'http {\n    server {\n        listen 80;\n        root /var/www;\n        index index.html;\n        location / { try_files $uri =404; }\n    }\n}\n';
    assert.strictEqual(dialectFromContent(text), 'nginx');
  });

  it('the name wins over the content', () => {
    assert.strictEqual(detectDialect('/etc/haproxy/haproxy.cfg', 'events {}\n'), 'haproxy');
    assert.strictEqual(detectDialect('/tmp/x.conf', 'global\n  daemon\n'), 'haproxy');
    assert.strictEqual(detectDialect('/tmp/x.txt', 'nothing'), null);
  });
});
