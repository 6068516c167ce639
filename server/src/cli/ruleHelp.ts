import { rulePage } from '../rules/docs';
import { pageFile, readPage } from '../rules/docsFolder';

/**
 * A rule's page as a code-scanning UI shows it (SARIF `rules[].help`). The page's relative links
 * (`hash-key-no-fallback.md`, `#options`) resolve against nothing there, so they keep only their
 * text; links to the nginx and HAProxy manuals stay.
 */
export function helpMarkdown(page: string): string {
  return page.replace(/\[([^\]]+)\]\((?![a-z][a-z0-9+.-]*:)[^)\s]*\)/gi, '$1');
}

/** SARIF `help` for a rule: its installed page, or its summary when the page is not there. */
export function sarifHelp(ruleId: string, summary: string): { text: string; markdown?: string } {
  const page = readPage(rulePage(ruleId));
  if (page === null) return { text: `${summary}. affinity-lint --explain ${ruleId} prints the rule's page.` };
  const markdown = helpMarkdown(page);
  return { text: markdown, markdown };
}

/** The installed page's path, for `--list-rules --format json`; null when it is not installed. */
export function rulePageFile(ruleId: string): string | null {
  return pageFile(rulePage(ruleId));
}

/** What `--explain <id>` prints: the page as shipped. */
export function explainRule(ruleId: string): string | null {
  return readPage(rulePage(ruleId));
}
