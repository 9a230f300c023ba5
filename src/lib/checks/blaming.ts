import { lintBlaming } from '../blaming.ts';
import type { ContentProblem } from '../problems.ts';
import { writtenEntries, type ContentSet } from './context.ts';

/** Words that blame victims, wherever they are written: every kind of content, data and body. */
export function checkBlaming(set: ContentSet): ContentProblem[] {
  return writtenEntries(set).flatMap((entry) => lintBlaming(entry.data, entry.body, entry.file));
}
