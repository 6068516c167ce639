import type { Dialect } from '../model/common';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly fix: boolean;
  readonly dialect: Dialect | null;
  readonly listRules: boolean;
  /** `--explain <id>`: print this rule's page. */
  readonly explain: string | null;
  readonly help: boolean;
  readonly version: boolean;
  /** Settings in the shape normalizeSettings reads. */
  readonly settings: Record<string, unknown>;
  readonly paths: readonly string[];
  /** `-c entry`: NGINX configurations, each read from its entry file as `nginx -c` does. */
  readonly nginxEntries: readonly string[];
  /** `-f path`: the files and folders of one HAProxy configuration, in `haproxy -f` order. */
  readonly haproxyPaths: readonly string[];
  /** Layout settings from flags, in the shape normalizeLayout reads. */
  readonly layout: Record<string, unknown>;
}

export class UsageError extends Error {}

export const USAGE = `usage: affinity-lint [options] <files or folders...>

Lints NGINX and HAProxy configurations for risky session affinity.

configurations (read across files as the servers read them):
  -c FILE                     an NGINX configuration from its entry file, as 'nginx -c FILE':
                              includes followed (repeat for several configurations)
  -f FILE|FOLDER              one HAProxy configuration, as 'haproxy -f ... -f ...': files in
                              the order given, a folder's *.cfg files in lexical order
  --nginx-root DIR            the absolute folder an NGINX entry's folder stands for, for
                              absolute include paths (default: /etc/nginx)
  --read-outside              follow includes outside the folders given (default: not read,
                              with a note on the include)
  Folders given are searched for configurations: every nginx.conf; every haproxy.cfg (with
  conf.d/ beside it); a folder of numbered *.cfg files. Other files are linted alone.

options:
  --format text|json|sarif    output format (default: text)
  --fix                       apply every safe preferred fix in place, then report what remains
  --dialect nginx|haproxy     treat every file as this dialect (default: from the name, else by
                              parsing the content; other files are not linted)
  --nginx-version V           target nginx version for fixes (default: 1.22)
  --nginx-flavor oss|plus     target nginx flavor (default: plus when the config uses
                              NGINX Plus-only directives such as health_check, else oss)
  --haproxy-version V         target HAProxy version for fixes (default: 2.6)
  --traffic public|mobile|internal
                              who the clients are (default: public)
  --list-rules                list the rules (with --format json: [{id, severity, docs}], docs
                              being the path of the rule's installed page)
  --explain ID                print the rule's page (why it matters, examples, fixes), e.g.
                              --explain nginx/ip-hash
  --version                   print the version
  -h, --help                  print this help

exit status: 0 nothing at warning or above remains, 1 something does, 2 usage or I/O error
(a file named on the command line that is not an NGINX or HAProxy configuration is one)`;

const VALUED = new Set(['-c', '-f', '--nginx-root', '--explain', '--format', '--dialect', '--nginx-version', '--nginx-flavor', '--haproxy-version', '--traffic']);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} expects one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let fix = false;
  let dialect: Dialect | null = null;
  let listRules = false;
  let explain: string | null = null;
  let help = false;
  let version = false;
  const nginx: Record<string, string> = {};
  const haproxy: Record<string, string> = {};
  let traffic: string | undefined;
  const paths: string[] = [];
  const nginxEntries: string[] = [];
  const haproxyPaths: string[] = [];
  const layout: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUED.has(arg) && value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
    }
    switch (arg) {
      case '--format': format = oneOf<OutputFormat>(arg, value!, ['text', 'json', 'sarif']); break;
      case '--dialect': dialect = oneOf<Dialect>(arg, value!, ['nginx', 'haproxy']); break;
      case '--nginx-version':
        if (!/^\d+(\.\d+){0,2}$/.test(value!)) throw new UsageError(`--nginx-version expects a version such as 1.22 or 1.29.6, not '${value}'`);
        nginx.version = value!;
        break;
      case '--nginx-flavor': nginx.flavor = oneOf(arg, value!, ['oss', 'plus']); break;
      case '--haproxy-version':
        if (!/^\d+(\.\d+){0,2}$/.test(value!)) throw new UsageError(`--haproxy-version expects a version such as 2.6 or 3.0, not '${value}'`);
        haproxy.version = value!;
        break;
      case '--traffic': traffic = oneOf(arg, value!, ['public', 'mobile', 'internal']); break;
      case '-c': nginxEntries.push(value!); break;
      case '-f': haproxyPaths.push(value!); break;
      case '--nginx-root':
        if (!value!.startsWith('/')) throw new UsageError(`--nginx-root expects an absolute folder such as /etc/nginx, not '${value}'`);
        layout.nginx = { root: value };
        break;
      case '--read-outside': layout.includes = { readOutsideWorkspace: true }; break;
      case '--fix': fix = true; break;
      case '--list-rules': listRules = true; break;
      case '--explain': explain = value!; break;
      case '--version': version = true; break;
      case '-h':
      case '--help': help = true; break;
      case '--':
        paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        paths.push(arg);
    }
  }
  if (!help && !version && !listRules && explain === null && paths.length === 0 && nginxEntries.length === 0 && haproxyPaths.length === 0) throw new UsageError('no files or folders given');
  const settings: Record<string, unknown> = { nginx, haproxy };
  if (traffic) settings.traffic = traffic;
  return { format, fix, dialect, listRules, explain, help, version, settings, paths, nginxEntries, haproxyPaths, layout };
}
