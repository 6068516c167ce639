/** Where each rule's page lives: docs/rules/<id>.md in the repository. */
export const DOCS_BASE = 'https://github.com/affinity-lint/affinity-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** The page with working examples of sessions in a shared store, for rules whose fix removes affinity. */
export const SHARED_STORE_GUIDE = {
  title: 'Show how to keep sessions in a shared store',
  url: 'https://github.com/affinity-lint/affinity-lint/blob/main/docs/shared-session-store.md',
} as const;
