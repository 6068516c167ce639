import type { FileKind } from './fileKind';
import { APP_KIND } from '../app/kind';
import { MANIFEST_KIND } from '../manifest/kind';

/**
 * Every kind of file read besides NGINX and HAProxy configurations, in the order a file is offered
 * to them (the first whose name or language claims it reads it).
 */
export const FILE_KINDS: readonly FileKind[] = [MANIFEST_KIND as FileKind, APP_KIND as FileKind];

export function kindOfLanguage(languageId: string): FileKind | null {
  return FILE_KINDS.find((k) => k.languages.includes(languageId)) ?? null;
}

export function kindOfName(file: string): FileKind | null {
  return FILE_KINDS.find((k) => k.claimsName(file)) ?? null;
}
