// The map in docs/architecture.md, enforced: what each folder may import, and no import cycle.
// Reads the source files' import statements (relative paths resolved to files, packages by name).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE_FOLDERS = ['utils', 'entrypoints', 'components'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];

interface Imports {
  files: string[];
  packages: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(ROOT, dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    try {
      if (statSync(base + extension).isFile()) return relative(ROOT, base + extension);
    } catch {
      // not this extension
    }
  }
  return null;
}

function importsOf(file: string): Imports {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  // TypeScript's own scan of a file's imports, re-exports and dynamic imports.
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (target) files.push(target);
    } else {
      packages.push(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  }
  return { files, packages };
}

const graph = new Map<string, Imports>(
  SOURCE_FOLDERS.flatMap((folder) => sourceFiles(resolve(ROOT, folder))).map((file) => [file, importsOf(file)]),
);
const filesUnder = (folder: string) => [...graph.keys()].filter((file) => file.startsWith(`${folder}/`));

/** Each import of a file under `folder` that leaves the allowed folders or packages. */
function forbiddenImports(folder: string, allowedFolders: string[], allowedPackages: string[]): string[] {
  const allowed = [folder, ...allowedFolders];
  const problems: string[] = [];
  for (const file of filesUnder(folder)) {
    const { files, packages } = graph.get(file)!;
    for (const target of files) {
      if (!allowed.some((prefix) => target.startsWith(`${prefix}/`))) problems.push(`${file} → ${target}`);
    }
    for (const name of packages) {
      if (!allowedPackages.includes(name)) problems.push(`${file} → package ${name}`);
    }
  }
  return problems;
}

describe('what each folder may import', () => {
  it('finds the source files and their imports (the rules below would pass vacuously otherwise)', () => {
    expect(filesUnder('utils/matcher').length).toBeGreaterThan(5);
    expect(graph.get('utils/matcher/matcher-build.ts')!.files).toContain('utils/matcher/scan.ts');
    expect(graph.get('entrypoints/content/page-guard.ts')!.files).toContain('entrypoints/content/send/send-decision.ts');
  });

  it.each([
    // The browser-free core: each layer only reaches down.
    // @noble/hashes: the keyed hash of hashed team lists, which a tab computes while scanning.
    ['utils/matcher', [], ['@noble/hashes']],
    ['utils/editing', [], []],
    ['utils/sending', [], []],
    ['utils/model', ['utils/matcher'], ['valibot']],
    ['utils/watchlist-files', ['utils/model', 'utils/matcher'], ['papaparse', 'valibot', 'chardet']],
    ['utils/store', ['utils/model', 'utils/matcher', 'utils/watchlist-files'], ['idb', 'valibot']],
    // Team list delivery: the store of list sources, refreshes, the policy; the file format is utils/team-lists'.
    ['utils/team-delivery', ['utils/model', 'utils/matcher', 'utils/store', 'utils/team-lists'], ['valibot']],
    ['utils/background', ['utils/model', 'utils/matcher', 'utils/store', 'utils/watchlist-files', 'utils/team-delivery'], ['valibot']],
    // Team list files: format, signing, packing; reads CRM exports with the import's readers.
    ['utils/team-lists', ['utils/model', 'utils/matcher', 'utils/watchlist-files'], ['valibot', '@noble/ed25519', '@noble/hashes']],
    // Site knowledge lives only in the site adapters, which know nothing of the rest of the page guard.
    ['entrypoints/content/sites', ['utils/model'], []],
    ['entrypoints/background', ['utils'], ['wxt']],
  ] as const)('%s imports only from itself, %j and packages %j', (folder, folders, packages) => {
    expect(forbiddenImports(folder, [...folders], [...packages])).toEqual([]);
  });

  it('keeps utils/ free of browser and UI code', () => {
    expect(forbiddenImports('utils', [], ['valibot', 'idb', 'papaparse', 'chardet', '@noble/hashes', '@noble/ed25519'])).toEqual([]);
  });

  it('keeps the extension pages and the page guard apart from each other', () => {
    const content = forbiddenImports('entrypoints/content', ['utils', 'components/caution'], ['wxt', 'preact']);
    const views = forbiddenImports('components', ['utils', 'public/_locales'], ['wxt', 'preact']);
    expect({ content, views }).toEqual({ content: [], views: [] });
  });

  it('lets no site adapter import another one (shared helpers aside)', () => {
    const helpers = ['site-adapter', 'dom-query', 'compose-box', 'page-audience', 'assistant-chat', 'index', 'generic'];
    const isAdapter = (file: string) => !helpers.some((name) => file.endsWith(`/sites/${name}.ts`));
    const crossings = filesUnder('entrypoints/content/sites')
      .filter(isAdapter)
      .flatMap((file) =>
        graph
          .get(file)!
          .files.filter((target) => target.includes('/sites/') && isAdapter(target))
          .map((target) => `${file} → ${target}`),
      );
    expect(crossings).toEqual([]);
  });
});

describe('import cycles', () => {
  /** Strongly connected components of more than one file (Tarjan), each a cycle to break. */
  function cycles(): string[][] {
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const found: string[][] = [];
    const visit = (file: string) => {
      order.set(file, index);
      low.set(file, index++);
      stack.push(file);
      onStack.add(file);
      for (const target of graph.get(file)?.files ?? []) {
        if (!graph.has(target)) continue;
        if (!order.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) {
          low.set(file, Math.min(low.get(file)!, order.get(target)!));
        }
      }
      if (low.get(file) === order.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1) found.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!order.has(file)) visit(file);
    return found;
  }

  it('has none: every file can be read after the files it imports', () => {
    expect(cycles()).toEqual([]);
  });
});
