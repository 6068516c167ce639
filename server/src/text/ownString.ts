/**
 * A copy of `s` that keeps nothing else alive. V8 makes a substring of 13 characters or more a
 * view into the string it was cut from: a token read from one version of a 3.5 MB document would
 * keep that whole version in memory for as long as the token lives. The model read after an edit
 * lives on through later edits, so its tokens are copied (one string per edit, not the document).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

export const sameString = (s: string): string => s;
