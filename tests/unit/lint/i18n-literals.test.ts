// Every word a person sees comes from the catalogues (src/client/i18n): screens (src/client/**/ui)
// and the app shell (src/client/app) may not hold English in JSX text, in user-visible attributes
// (label, placeholder, aria-label, aria-description, title, alt) or as a string in a JSX
// expression used as text ({'Save'}, {saving ? 'Saving…' : 'Saved'}). Class names, ids, test ids,
// keys and hrefs are not words. Files not yet converted are listed in i18n-allowlist.ts; the list
// only shrinks: a listed file that is already clean fails until its line is deleted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allowlist } from './i18n-allowlist';

const ROOT = join(import.meta.dirname, '../../..');
const VISIBLE_ATTRIBUTES = new Set([
  'label',
  'placeholder',
  'aria-label',
  'aria-description',
  'title',
  'alt',
]);
const LETTER = /\p{L}/u;

/** Literal text an expression can evaluate to directly (not through a call such as t('key')). */
function literalTexts(expr: ts.Expression): string[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr))
    return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return literalTexts(expr.expression);
  if (ts.isConditionalExpression(expr))
    return [...literalTexts(expr.whenTrue), ...literalTexts(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(expr.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...literalTexts(expr.left), ...literalTexts(expr.right)];
  }
  return [];
}

const hasWords = (texts: string[]): boolean => texts.some((text) => LETTER.test(text));

/** "line: what" for each literal a person would read in this source. */
export function literalFindings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    findings.push(`${line}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, `text "${node.text.trim()}"`);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const init = node.initializer;
      if (VISIBLE_ATTRIBUTES.has(name) && init !== undefined) {
        const texts = ts.isStringLiteral(init)
          ? [init.text]
          : ts.isJsxExpression(init) && init.expression !== undefined
            ? literalTexts(init.expression)
            : [];
        if (hasWords(texts)) report(node, `${name}=${JSON.stringify(texts.filter((t) => LETTER.test(t)))}`);
      }
    } else if (
      ts.isJsxExpression(node) &&
      node.expression !== undefined &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const texts = literalTexts(node.expression);
      if (hasWords(texts)) report(node, `text {${JSON.stringify(texts.filter((t) => LETTER.test(t)))}}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every screen file (src/client/<feature>/.../ui/...) and the app shell (src/client/app/**). */
function checkedFiles(): string[] {
  const all = sourceFiles(join(ROOT, 'src/client')).map((path) => relative(ROOT, path).split('\\').join('/'));
  return all
    .filter((path) => path.startsWith('src/client/app/') || /^src\/client\/.+\/ui\//.test(path))
    .sort();
}

describe('no English literals in screens', () => {
  it('fires on text, visible attributes and strings used as text, and only on those', () => {
    const findings = literalFindings(
      'Sample.tsx',
      [
        'export const A = ({ saving }: { saving: boolean }) => (',
        '  <form aria-label="Edit problem">',
        '    <h1>Edit problem</h1>',
        "    <input placeholder={'Search'} title={`Hint ${1}`} />",
        "    <p>{saving ? 'Saving…' : 'Saved'}</p>",
        "    <p>{'Save'}</p>",
        '    <img alt="Map" />',
        '  </form>',
        ');',
      ].join('\n'),
    );
    expect(findings.map((f) => f.split(':')[0])).toEqual(['2', '3', '4', '4', '5', '6', '7']);
    const clean = literalFindings(
      'Clean.tsx',
      [
        'export const B = ({ t, n }: { t: (k: string) => string; n: number }) => (',
        '  <form className="osara-form" id="edit" data-testid="edit-form" aria-label={t(\'osara.edit\')}>',
        '    <a href="/problems" key="k" title={t(\'a.b\')}>{t(\'osara.save\')} {n} · — 12:00</a>',
        '    <input type="text" name="title" autoComplete="off" />',
        '  </form>',
        ');',
      ].join('\n'),
    );
    expect(clean).toEqual([]);
  });

  it('no screen outside the allowlist holds English, and every listed file still does', () => {
    const files = checkedFiles();
    const listed = new Set(allowlist);
    const problems: string[] = [];
    for (const path of files) {
      const findings = literalFindings(path, readFileSync(join(ROOT, path), 'utf8'));
      if (findings.length > 0 && !listed.has(path))
        problems.push(`${path} holds English (use t()):\n    ${findings.join('\n    ')}`);
      if (findings.length === 0 && listed.has(path))
        problems.push(`${path} is clean: delete its line from tests/unit/lint/i18n-allowlist.ts`);
    }
    for (const path of allowlist) {
      if (!files.includes(path)) problems.push(`${path} is in the allowlist but is not a screen file`);
    }
    console.log(
      `i18n: ${allowlist.length} screen files still to convert (tests/unit/lint/i18n-allowlist.ts)`,
    );
    expect(problems).toEqual([]);
  });

  it('keeps the allowlist sorted and without repeats', () => {
    expect([...new Set(allowlist)].sort()).toEqual(allowlist);
  });
});
