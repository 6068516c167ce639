import { SymbolKind } from 'vscode-languageserver';
import type { Argument } from '../../model/common';
import { walkNginx, type NginxConfig, type NginxDirective, type NginxProtocol } from '../../model/nginx';
import { normalizeVariable, passedGroupName, PASS_DIRECTIVES, upstreamKey } from '../../model/nginxQueries';
import type { Span } from '../../text/span';
import { sortedOccurrences, type NamedBlock, type NamedSymbol, type NameOccurrence, type NameTable } from '../names';

const upstreamSymbol = (protocol: NginxProtocol, name: string): string => `upstream:${upstreamKey(protocol, name)}`;
const variableSymbol = (protocol: NginxProtocol, name: string): string => `variable:${protocol}:${name}`;

/** `$name` and `${name}` in an argument as written. */
const VARIABLE = /\$(?:\{(\w+)\}|(\w+))/g;

/** Where `part` stands in the argument's raw text (past `from`), as a span; null when escapes hide it. */
function spanIn(arg: Argument, part: string, from = 0): Span | null {
  const at = arg.raw.indexOf(part, from);
  return at < 0 ? null : { start: arg.span.start + at, end: arg.span.start + at + part.length };
}

/** The span of the group name in a pass directive's first argument (`app` of `http://app/x`). */
function groupSpan(arg: Argument, group: string): Span | null {
  const scheme = arg.raw.indexOf('://');
  return spanIn(arg, group, scheme < 0 ? 0 : scheme + 3);
}

/** The variable a pass directive routes by when its group is one variable: `proxy_pass http://$pool`. */
function passVariable(pass: NginxDirective): string | null {
  if (!PASS_DIRECTIVES.has(pass.name)) return null;
  const value = pass.args[0]?.value ?? '';
  const host = value.replace(/^[a-z]+:\/\//i, '').split('/')[0];
  return /^\$(\w+|\{\w+\})$/.test(host) ? normalizeVariable(host) : null;
}

/**
 * The names of an NGINX model: upstream groups (defined by `upstream`, named by every `*_pass`
 * that can name a group, and by the values of a `map` a pass routes by) and the variables a `map`
 * sets (every `$var` and `${var}` in arguments). Names are per protocol module: an http and a
 * stream upstream of one name are two things.
 */
export function nginxNames(config: NginxConfig): NameTable {
  const occurrences: NameOccurrence[] = [];
  const symbols = new Map<string, NamedSymbol>();
  const note = (symbol: string, label: string, name: string, defined: boolean): void => {
    const known = symbols.get(symbol);
    if (!known || (defined && !known.defined)) symbols.set(symbol, { label, name, defined });
  };
  const maps = new Map<string, NginxDirective>();
  const routedBy: { pass: NginxDirective; variable: string }[] = [];
  for (const d of walkNginx(config.directives)) {
    if (d.name === 'upstream' && d.children && d.args[0]) {
      const name = d.args[0].value;
      const symbol = upstreamSymbol(d.protocol, name);
      const span = spanIn(d.args[0], name);
      if (span) occurrences.push({ span, symbol, definition: !symbols.get(symbol)?.defined });
      note(symbol, `upstream ${name}`, name, true);
    }
    const group = PASS_DIRECTIVES.has(d.name) ? passedGroupName(d) : null;
    if (group !== null) {
      const symbol = upstreamSymbol(d.protocol, group);
      const span = groupSpan(d.args[0], group);
      if (span) occurrences.push({ span, symbol, definition: false });
      note(symbol, `upstream ${group}`, group, false);
    }
    const routed = passVariable(d);
    if (routed) routedBy.push({ pass: d, variable: routed });
    const mapped = d.name === 'map' && d.children && d.args[1] ? d.args[1] : null;
    if (mapped) {
      const variable = normalizeVariable(mapped.value);
      const key = `${d.protocol}:${variable}`;
      if (!maps.has(key)) maps.set(key, d);
    }
    for (const arg of d.args) {
      for (const m of arg.raw.matchAll(VARIABLE)) {
        const name = m[1] ?? m[2];
        const symbol = variableSymbol(d.protocol, `$${name}`);
        const start = arg.span.start + m.index + (m[1] !== undefined ? 2 : 1);
        const definition = arg === mapped && maps.get(`${d.protocol}:$${name}`) === d;
        const reach = { start: arg.span.start + m.index, end: arg.span.start + m.index + m[0].length };
        occurrences.push({ span: { start, end: start + name.length }, symbol, definition, reach });
        note(symbol, `variable $${name}`, name, definition);
      }
    }
  }
  // `map $host $pool { default app; }` with `proxy_pass http://$pool`: the values name groups too.
  for (const { pass, variable } of routedBy) {
    const map = maps.get(`${pass.protocol}:${variable}`);
    for (const entry of map?.children ?? []) {
      const value = entry.args[0];
      if (entry.args.length !== 1 || !value || !/^[\w.-]+$/.test(value.value)) continue;
      const symbol = upstreamSymbol(pass.protocol, value.value);
      const span = spanIn(value, value.value);
      if (span && !occurrences.some((o) => o.span.start === span.start && o.symbol === symbol)) occurrences.push({ span, symbol, definition: false });
      note(symbol, `upstream ${value.value}`, value.value, false);
    }
  }
  sortedOccurrences(occurrences);
  return {
    occurrences,
    symbols,
    renameable: 'upstream names (in `upstream` blocks and `*_pass` directives) and variables set by a `map`',
    renameProblem: (symbol, newName) => renameProblem(symbols, symbol, newName),
    replacement: (symbol, newName) => (symbol.startsWith('variable:') ? newName.replace(/^\$/, '') : newName),
  };
}

function renameProblem(symbols: ReadonlyMap<string, NamedSymbol>, symbol: string, newName: string): string | null {
  const known = symbols.get(symbol);
  if (!known) return 'nothing to rename here';
  if (symbol.startsWith('variable:')) {
    if (!known.defined) return `${known.label} is not set by a map in this configuration: nothing to rename`;
    const bare = newName.replace(/^\$/, '');
    if (!/^[A-Za-z_]\w*$/.test(bare)) return `"${newName}" is not a variable name (letters, digits and _ , not starting with a digit)`;
    const protocol = symbol.split(':')[1] as NginxProtocol;
    const taken = symbols.get(variableSymbol(protocol, `$${bare}`));
    if (taken && variableSymbol(protocol, `$${bare}`) !== symbol) return `$${bare} is already used in this configuration: renaming ${known.label} to it would merge the two`;
    return null;
  }
  if (!known.defined) return `no upstream block defines ${known.name}: it is a host name, nothing to rename`;
  if (!/^[^\s;{}$/:'"#\\[\]]+$/.test(newName)) return `"${newName}" is not an upstream name (no spaces, quotes or any of ; { } $ / : # [ ])`;
  const protocol = symbol.split(':')[1] as NginxProtocol;
  const other = upstreamSymbol(protocol, newName);
  const taken = symbols.get(other);
  if (taken && other !== symbol) return taken.defined ? `an upstream named ${taken.name} already exists` : `${taken.name} is already used as a host name in a *_pass: renaming would make it reach this upstream`;
  return null;
}

/** Upstreams and servers (by their `server_name`), for the workspace symbol search. */
export function nginxNamedBlocks(config: NginxConfig): NamedBlock[] {
  const out: NamedBlock[] = [];
  for (const d of walkNginx(config.directives)) {
    if (!d.children) continue;
    if (d.name === 'upstream' && d.args[0]) {
      out.push({ name: d.args[0].value, kind: SymbolKind.Module, selection: d.args[0].span, what: `${d.protocol} upstream` });
    } else if (d.name === 'server' && d.parent?.name !== 'upstream') {
      const names = d.children.filter((c) => c.name === 'server_name').flatMap((c) => c.args);
      if (!names.length) continue;
      out.push({ name: names.map((a) => a.value).join(' '), kind: SymbolKind.Class, selection: names[0].span, what: `${d.protocol} server` });
    }
  }
  return out;
}
