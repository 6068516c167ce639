import * as path from 'path';
import type { FileKind, KindInput, KindReading } from '../kinds/fileKind';
import { MANIFEST_RULES } from '../rules/manifest';
import { composeOf, objectsOf, traefikOf } from './classify';
import { manifestCompletion } from './completion';
import { manifestHover } from './hover';
import type { ManifestModel } from './model';
import { readToml } from './read/toml';
import { readYaml } from './read/yaml';
import { composeRefsOf } from '../link/compose';

const YAML_NAME = /\.ya?ml$/i;
const TOML_NAME = /\.toml$/i;

/**
 * Kubernetes manifests, Traefik's file-provider configuration and compose files: YAML (every
 * document of a file) and TOML. A file is linted only when it holds something the rules read
 * (an object with `apiVersion` and `kind`, Traefik's `http:` / `tcp:`, compose `services:`):
 * any other YAML costs one parse and shows nothing.
 */
export const MANIFEST_KIND: FileKind<ManifestModel> = {
  id: 'manifest',
  languages: ['yaml', 'dockercompose', 'toml'],
  lineComment: '#',
  claimsName: (file) => YAML_NAME.test(file) || TOML_NAME.test(file),
  rules: MANIFEST_RULES,
  read(input: KindInput): Promise<KindReading<ManifestModel>> {
    return Promise.resolve(readManifest(input));
  },
  linkFacts: (model) => ({ compose: composeRefsOf(model) }),
  hover: (model, input, offset) => manifestHover(model, offset, input.settings.platforms),
  // Read from the text, not the model: a manifest being typed often does not parse yet.
  completion: (_model, input, offset) => (YAML_NAME.test(input.file) ? manifestCompletion(input.text, offset, input.settings.platforms) : []),
};

export function readManifest(input: KindInput): KindReading<ManifestModel> {
  const syntax = TOML_NAME.test(input.file) ? 'toml' : 'yaml';
  const reading = syntax === 'toml' ? readToml(input.text) : readYaml(input.text);
  // A TOML file is only ever Traefik's dynamic configuration here (no Kubernetes objects, no compose).
  const objects = syntax === 'toml' ? [] : reading.documents.flatMap(objectsOf);
  const traefik = reading.documents.map(traefikOf).filter((t) => t !== null);
  const compose = syntax === 'toml' ? [] : reading.documents.flatMap((d) => composeOf(d, path.basename(input.file)));
  if (objects.length === 0 && traefik.length === 0 && compose.length === 0) return { model: null, findings: [], notes: [] };
  const model: ManifestModel = {
    file: input.file,
    syntax,
    source: input.source,
    documents: reading.documents,
    objects,
    traefik,
    compose,
    comments: reading.comments,
    statements: reading.statements,
    syntaxErrors: reading.errors,
  };
  return { model, findings: [], notes: [] };
}
