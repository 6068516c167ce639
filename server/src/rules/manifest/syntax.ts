import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';

/** YAML or TOML the reader could not read, in a file that holds objects our rules check. */
export const manifestSyntax: KindRule<ManifestModel> = {
  meta: {
    id: 'manifest/syntax',
    dialect: 'manifest',
    severity: 'error',
    summary: 'YAML or TOML that cannot be read, in a manifest, Traefik file or compose file the other rules check',
    fixable: false,
  },
  checkModel(context) {
    for (const e of context.config.syntaxErrors) context.report({ message: e.message, span: e.span });
  },
};
