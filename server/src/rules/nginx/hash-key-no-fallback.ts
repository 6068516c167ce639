import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { enclosingUpstream, hashKeyOrigin, mapHasFallback, mapSetting, type HashKeyOrigin } from '../../model/nginxQueries';
import type { SourceText } from '../../text/sourceText';
import { replace } from '../edits';
import type { Fix, NginxRule } from '../types';
import { insertAbove, insertFirstInBlock, startsLine } from './nginxEdits';

const FALLBACK = '$request_id';

function what(origin: HashKeyOrigin): string {
  return origin.kind === 'cookie' ? `the ${origin.name} cookie` : `the ${origin.name} query argument`;
}

/** `$<upstream>_affinity_key`, numbered when the file already has a map that sets that name. */
function keyVariable(config: NginxConfig, upstream: NginxDirective, hash: NginxDirective): string {
  const base = `$${(upstream.args[0]?.value ?? 'upstream').replace(/\W/g, '_')}_affinity_key`;
  let name = base;
  for (let n = 2; mapSetting(config, name, hash.protocol); n++) name = `${base}${n}`;
  return name;
}

/** A map that gives requests without the value a per-request key, inserted above the upstream; the hash reads it. */
function newMapFix(config: NginxConfig, source: SourceText, hash: NginxDirective, upstream: NginxDirective, origin: HashKeyOrigin): Fix {
  const variable = keyVariable(config, upstream, hash);
  let map: string;
  if (startsLine(source, upstream.span.start)) {
    const inner = source.indentAt(upstream.span.start) + source.indentUnit();
    const eol = source.eol;
    map = `map ${origin.variable} ${variable} {${eol}${inner}"" ${FALLBACK};${eol}${inner}default ${origin.variable};${eol}${source.indentAt(upstream.span.start)}}`;
  } else {
    map = `map ${origin.variable} ${variable} { "" ${FALLBACK}; default ${origin.variable}; }`;
  }
  return {
    title: `Hash on ${variable}: a map that falls back to ${FALLBACK} when ${what(origin)} is missing`,
    edits: [insertAbove(source, upstream.span, map), replace(hash.args[0].span, variable)],
    preferred: true,
  };
}

/** The map already sets the key: give its empty input a per-request value. */
function mapFallbackFix(source: SourceText, map: NginxDirective, origin: HashKeyOrigin): Fix {
  const empty = (map.children ?? []).find((e) => e.name === '' && e.args.length);
  return {
    title: `Map requests without ${what(origin)} to ${FALLBACK} in the map that sets ${map.args[1].value}`,
    edits: [empty ? replace(empty.args[0].span, FALLBACK) : insertFirstInBlock(source, map, `"" ${FALLBACK};`)],
    preferred: true,
  };
}

export const hashKeyNoFallback: NginxRule = {
  meta: {
    id: 'nginx/hash-key-no-fallback',
    dialect: 'nginx',
    severity: 'warning',
    summary: 'hash $cookie_X / $arg_X without a fallback: every request without it lands on one server',
    fixable: true,
  },
  visits: ['hash'],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    if (!upstream || d.protocol !== 'http') return;
    const origin = hashKeyOrigin(context.config, d);
    if (!origin || origin.kind === 'http') return;
    if (origin.map && mapHasFallback(origin.map)) return;
    const through = origin.map ? ` through a map that leaves it empty when ${what(origin)} is missing` : '';
    context.report({
      message: `'hash ${d.args[0].raw}' reads ${what(origin)}${through}: requests without it (every first visit) all hash the empty string, so one server receives every new session.`,
      span: d.span,
      related: origin.map ? [{ message: `the map that sets ${origin.map.args[1]?.value}, with no fallback`, span: origin.map.span }] : [],
      fixes: [origin.map ? mapFallbackFix(context.source, origin.map, origin) : newMapFix(context.config, context.source, d, upstream, origin)],
    });
  },
};
