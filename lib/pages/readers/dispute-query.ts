import { isElement, queryAll, queryFirst } from '@/lib/pages/parse/query';

/**
 * The dispute readers' element queries over a scope (several sibling subtrees), the parts
 * themselves included. Class fragments match in any naming style and are answered from one
 * element list per read (see parse/query.ts).
 */

export { isElement };

export function querySelectorAllIn(scope: readonly ParentNode[], selector: string): Element[] {
  return scope.flatMap((part) => queryAll(part, selector, true));
}

export function querySelectorIn(scope: readonly ParentNode[], selector: string): Element | null {
  for (const part of scope) {
    const found = queryFirst(part, selector, true);
    if (found) return found;
  }
  return null;
}
