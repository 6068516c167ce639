import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';

/**
 * A Helm / Go template document that could not be read even with its `{{ }}` actions masked, and
 * that holds affinity settings: they were not checked. (Documents without affinity settings are
 * only named in the reading's notes.)
 */
export const manifestTemplated: KindRule<ManifestModel> = {
  meta: {
    id: 'manifest/templated',
    dialect: 'manifest',
    severity: 'info',
    summary: 'A templated document (Helm, Go templates) with affinity settings that could not be read, so was not checked',
    fixable: false,
  },
  checkModel(context) {
    for (const s of context.config.skipped) {
      if (s.setting === null) continue;
      context.report({
        message: `Document ${s.index + 1} was not checked: with its template actions ({{ }}) masked it still cannot be read, so its affinity settings (\`${s.setting}\`) are unchecked. Lint the rendered manifests (\`helm template\`) to check them.`,
        span: s.at,
      });
    }
  },
};
