/**
 * The documentation pages that ship with the extension and the npm package, named by their path under
 * `docs/`. No web copy of them exists, so nothing here is a URL: front-ends turn a page into whatever
 * their user can open offline (a command that shows the Markdown preview, a file: URI, the text).
 * No imports: the client bundles this file too.
 */

/** A page under `docs/`, e.g. `rules/nginx/ip-hash.md`. */
export type DocPage = string;

/** The rule catalogue: every rule with its default severity and a link to its page. */
export const CATALOGUE_PAGE: DocPage = 'rules/README.md';

export function rulePage(ruleId: string): DocPage {
  return `rules/${ruleId}.md`;
}

/** The page with working examples of sessions in a shared store, for rules whose fix removes affinity. */
export const SHARED_STORE_GUIDE = {
  title: 'Show how to keep sessions in a shared store',
  page: 'shared-session-store.md',
} as const;

const RULE_ID = /^(nginx|haproxy|manifest|k8s|ingress-nginx|nginx-ingress|gateway-api|istio|traefik|aws-lbc|app)\/[a-z0-9]+(-[a-z0-9]+)*$/;
const PAGE = /^([a-z0-9-]+\/)*[a-zA-Z0-9-]+\.md$/;

/**
 * The page a command argument names: a rule id (`nginx/ip-hash`) or a page path (`shared-session-store.md`);
 * no argument names the catalogue. Anything else (`..`, absolute paths, other files) is null: the
 * argument may come from a link in a diagnostic, and must not open files outside `docs/`.
 */
export function pageOf(arg: unknown): DocPage | null {
  if (arg === undefined || arg === null || arg === '') return CATALOGUE_PAGE;
  if (typeof arg !== 'string') return null;
  if (RULE_ID.test(arg)) return rulePage(arg);
  return PAGE.test(arg) ? arg : null;
}
