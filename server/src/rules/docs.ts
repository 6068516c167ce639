/** Where each rule's page lives: docs/rules/<id>.md in the repository. */
export const DOCS_BASE = 'https://github.com/affinity-lint/affinity-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
