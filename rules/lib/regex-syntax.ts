// The rules' patterns as syntax trees, for the tools that analyse them
// (lib/prefilter.ts, lib/factor-alternations.ts). Parsed with ESLint's regex
// parser, which follows the ECMAScript grammar exactly.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export type { AST };

// The last pattern parsed and its tree: the prefilter and the factoring each
// analyse a pattern the first time a scan meets it, one right after the other,
// so the second reuses the first's parse. One slot only, so no tree outlives
// its use.
let lastParsed: { re: RegExp; tree: AST.Pattern | null } | undefined;

/** The syntax tree of `re`, or null when the parser does not accept it (the tools then leave the pattern alone). */
export function parseRegex(re: RegExp): AST.Pattern | null {
  if (lastParsed?.re === re) return lastParsed.tree;
  let tree: AST.Pattern | null;
  try {
    tree = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, {
      unicode: re.unicode,
      unicodeSets: re.unicodeSets,
    });
  } catch {
    tree = null;
  }
  lastParsed = { re, tree };
  return tree;
}

/**
 * The characters a class or \d can match, each through `fold` (lower-casing
 * under /i), when there are few enough to list: ranges up to `maxRange`
 * code points. Null for anything else (\w, \s, ., \p{..}, negated classes).
 */
export function classChars(element: AST.CharacterClass | AST.CharacterSet, fold: (s: string) => string, maxRange: number): string[] | null {
  if (element.type === 'CharacterSet') return element.kind === 'digit' && !element.negate ? [...'0123456789'] : null;
  if (element.negate || element.unicodeSets) return null;
  const out = new Set<string>();
  for (const part of element.elements) {
    if (part.type === 'Character') out.add(fold(String.fromCodePoint(part.value)));
    else if (part.type === 'CharacterClassRange') {
      if (part.max.value - part.min.value > maxRange) return null;
      for (let c = part.min.value; c <= part.max.value; c++) out.add(fold(String.fromCodePoint(c)));
    } else if (part.type === 'CharacterSet' && part.kind === 'digit' && !part.negate) for (const d of '0123456789') out.add(d);
    else return null;
  }
  return [...out];
}
