/**
 * chiso uses its dependencies through their public API only (issue 22): a patch release may change a library's
 * private files and fields without notice. Every file of src/ is parsed (TypeScript's parser, so strings and comments
 * do not count) and refused when it
 * - imports or requires a package's file that the package does not export: a subpath ("jszip/lib/crc32") of a
 *   package with no `exports` map, or one its `exports` map does not list ("react-dom/client" is listed);
 * - reads or declares a member whose name starts with "_" (`entry._data`, `x['_data']`, `{ _data?: … }` in a type
 *   used to cast a library object): chiso's own classes use TypeScript's `private`, so such a name is a library's;
 * - names a member that libraries keep for themselves (JSZip's `internalStream`).
 */
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../support/fixtures';

const SRC = path.join(ROOT, 'src');
const PRIVATE_NAMES = new Set(['internalStream']);
const BUILTIN = new Set(builtinModules);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Why a bare module specifier reaches into a package's private files, or null when it is public. */
function privateImport(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('node:') || BUILTIN.has(spec.split('/')[0])) return null;
  const parts = spec.split('/');
  const pkg = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const sub = spec.slice(pkg.length); // "" or "/lib/crc32"
  if (!sub) return null;
  const manifest = path.join(ROOT, 'node_modules', pkg, 'package.json');
  const exportsMap = fs.existsSync(manifest)
    ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports?: unknown }).exports
    : undefined;
  const listed = typeof exportsMap === 'object' && exportsMap !== null && Object.keys(exportsMap).includes(`.${sub}`);
  return listed ? null : `imports "${spec}", a file ${pkg} does not export`;
}

const memberName = (name: ts.Node): string | null =>
  ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : null;

/** Every use of a dependency's private files or fields in one source text ("line: what"). */
function privateUses(text: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const say = (node: ts.Node, what: string) =>
    out.push(`${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${what}`);
  const checkSpec = (node: ts.Node, spec: ts.Expression | undefined) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const why = privateImport(spec.text);
    if (why) say(node, why);
  };
  const checkMember = (node: ts.Node, name: string | null) => {
    if (name === null) return;
    if (/^_[A-Za-z]/.test(name)) say(node, `uses the underscore member "${name}"`);
    else if (PRIVATE_NAMES.has(name)) say(node, `uses the library-private member "${name}"`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpec(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      checkSpec(node, node.moduleReference.expression);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      checkSpec(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) checkSpec(node, node.argument.literal);
    else if (ts.isPropertyAccessExpression(node)) checkMember(node, memberName(node.name));
    else if (ts.isElementAccessExpression(node)) checkMember(node, memberName(node.argumentExpression));
    else if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isMethodSignature(node))
      checkMember(node, memberName(node.name));
    else if (ts.isBindingElement(node)) checkMember(node, memberName(node.propertyName ?? node.name));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('dependencies are used through their public API only', () => {
  it('finds the private uses the zip layer had (jszip 3 internals, as written before issue 22)', () => {
    const old = [
      "const CompressedObject = require('jszip/lib/compressedObject') as new () => object;",
      "const crc32 = require('jszip/lib/crc32') as (data: Uint8Array) => number;",
      'type Entry = JSZip.JSZipObject & { _data?: { compression?: { magic?: string } } };',
      "if (entry._data?.compression?.magic === STORE_MAGIC) entry.options.compression = 'STORE';",
      "const stream = entry.internalStream('uint8array');",
      "const n = f?.['_data']?.uncompressedSize;",
      'const { _data } = entry;',
    ].join('\n');
    expect(privateUses(old)).toEqual([
      '1: imports "jszip/lib/compressedObject", a file jszip does not export',
      '2: imports "jszip/lib/crc32", a file jszip does not export',
      '3: uses the underscore member "_data"',
      '4: uses the underscore member "_data"',
      '5: uses the library-private member "internalStream"',
      '6: uses the underscore member "_data"',
      '7: uses the underscore member "_data"',
    ]);
  });

  it('lets public subpaths, built-in modules and underscores inside strings and comments pass', () => {
    const fine = [
      "import { createRoot } from 'react-dom/client';",
      "import * as zlib from 'zlib';",
      "import { promises } from 'node:fs';",
      "const name = '_xlnm._FilterDatabase'; // entry._data in a comment",
      "import { Zip } from 'fflate';",
    ].join('\n');
    expect(privateUses(fine)).toEqual([]);
  });

  it('holds for every file in src/', () => {
    const found = sourceFiles(SRC).flatMap((f) =>
      privateUses(fs.readFileSync(f, 'utf8'), f).map((u) => `${path.relative(ROOT, f)}:${u}`),
    );
    expect(found).toEqual([]);
  });
});
