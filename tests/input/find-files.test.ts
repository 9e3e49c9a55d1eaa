// Behaviour of findFiles on real temporary folders: walking, .gitignore, globs and errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, findFiles } from '../../src/input/find-files.js';

const temporaryFolders: string[] = [];

/** A fresh folder holding `files` (relative path → contents); folders are created as needed. */
function makeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'commslint-find-'));
  temporaryFolders.push(root);
  for (const [relative, contents] of Object.entries(files)) {
    const filePath = path.join(root, relative);
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    fs.writeFileSync(filePath, contents);
  }
  return root;
}

/** Makes `folder` look like a git work tree, which is all findFiles checks. */
function makeGitRoot(folder: string): void {
  fs.mkdirSync(path.join(folder, '.git'), { recursive: true });
}

function relativeTo(root: string, files: string[]): string[] {
  return files.map((file) => path.relative(root, file).split(path.sep).join('/'));
}

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('findFiles: folders', () => {
  it('walks a folder for Markdown, skipping other extensions, node_modules and .git', async () => {
    const root = makeTree({
      'a.md': '# a',
      'notes.txt': 'not markdown',
      'image.png': 'png',
      'sub/deeper/b.markdown': '# b',
      'sub/C.MD': '# c',
      'node_modules/pkg/readme.md': '# dependency',
      '.git/description.md': '# git internals',
      '.github/issue.md': '# dot folders are drafts too',
    });
    const files = await findFiles(['.'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['.github/issue.md', 'a.md', 'sub/C.MD', 'sub/deeper/b.markdown']);
    expect(files.every((file) => path.isAbsolute(file))).toBe(true);
  });

  it('uses the extensions option, with or without the dot', async () => {
    const root = makeTree({ 'a.md': '', 'b.txt': '', 'c.mdx': '' });
    const files = await findFiles([root], { cwd: '/', extensions: ['txt', '.MDX'] });
    expect(relativeTo(root, files)).toEqual(['b.txt', 'c.mdx']);
  });

  it("respects the walked folder's .gitignore and nested ones, negations included", async () => {
    const root = makeTree({
      '.gitignore': 'old/\n*.draft.md\n!keep.draft.md\n',
      'a.md': '',
      'wip.draft.md': '',
      'keep.draft.md': '',
      'old/stale.md': '',
      'team/.gitignore': 'secret.md\n',
      'team/secret.md': '',
      'team/public.md': '',
      'team/wip.draft.md': '',
      'other/secret.md': '',
    });
    const files = await findFiles(['.'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['a.md', 'keep.draft.md', 'other/secret.md', 'team/public.md']);
  });

  it('applies .gitignore files of parent folders up to the git root', async () => {
    const root = makeTree({
      '.gitignore': 'archive/\n',
      'docs/.gitignore': '/private.md\n',
      'docs/guide/a.md': '',
      'docs/guide/archive/old.md': '',
      'docs/private.md': '',
      'docs/guide/private.md': '',
    });
    makeGitRoot(root);
    const files = await findFiles(['docs/guide'], { cwd: root });
    // `/private.md` is anchored to docs/, so docs/guide/private.md stays.
    expect(relativeTo(root, files)).toEqual(['docs/guide/a.md', 'docs/guide/private.md']);
  });

  it('does not read .gitignore files above the walked folder outside a git repository', async () => {
    const root = makeTree({ '.gitignore': 'archive/\n', 'docs/a.md': '', 'docs/archive/old.md': '' });
    const files = await findFiles(['docs'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['docs/a.md', 'docs/archive/old.md']);
  });

  it('throws InputError for a folder without Markdown files, naming it', async () => {
    const root = makeTree({ 'empty/notes.txt': '' });
    const error = await thrownBy(findFiles(['empty'], { cwd: root }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).path).toBe('empty');
    expect((error as InputError).message).toContain("'empty'");
  });
});

describe('findFiles: files and globs', () => {
  it('returns a named file as is, whatever its extension or .gitignore says', async () => {
    const root = makeTree({ '.gitignore': '*.txt\n', 'notes.txt': 'plain text' });
    makeGitRoot(root);
    expect(await findFiles(['notes.txt'], { cwd: root })).toEqual([path.join(root, 'notes.txt')]);
  });

  it('expands globs against cwd, skipping node_modules and ignored files', async () => {
    const root = makeTree({
      '.gitignore': 'drafts/skip.md\n',
      'drafts/one.md': '',
      'drafts/nested/two.md': '',
      'drafts/skip.md': '',
      'drafts/three.txt': '',
      'drafts/node_modules/dep.md': '',
    });
    makeGitRoot(root);
    const files = await findFiles(['drafts/**/*.md'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['drafts/nested/two.md', 'drafts/one.md']);
  });

  it('does not let a deeper negation bring back a file inside an ignored folder', async () => {
    const root = makeTree({ '.gitignore': 'build/\n', 'build/.gitignore': '!keep.md\n', 'build/keep.md': '', 'a.md': '' });
    makeGitRoot(root);
    expect(relativeTo(root, await findFiles(['**/*.md'], { cwd: root }))).toEqual(['a.md']);
  });

  it('sorts and deduplicates across patterns', async () => {
    const root = makeTree({ 'b.md': '', 'a.md': '', 'sub/c.md': '' });
    const files = await findFiles(['sub/c.md', '.', '*.md', path.join(root, 'a.md')], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['a.md', 'b.md', 'sub/c.md']);
  });

  it('finds a file whose name looks like a glob as written', async () => {
    const root = makeTree({ 'draft[1].md': '' });
    expect(relativeTo(root, await findFiles(['draft[1].md'], { cwd: root }))).toEqual(['draft[1].md']);
  });

  it('throws InputError naming a missing path', async () => {
    const root = makeTree({});
    const error = await thrownBy(findFiles(['drafts/missing.md'], { cwd: root }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).path).toBe('drafts/missing.md');
    expect((error as InputError).message).toContain("'drafts/missing.md'");
  });

  it('throws InputError for a glob that matches nothing', async () => {
    const root = makeTree({ 'a.txt': '' });
    const error = await thrownBy(findFiles(['drafts/*.md'], { cwd: root }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("No files matching 'drafts/*.md' were found. Check the path or glob.");
  });

  it('throws InputError when every match of a glob is ignored', async () => {
    const root = makeTree({ '.gitignore': 'out/\n', 'out/a.md': '' });
    makeGitRoot(root);
    const error = await thrownBy(findFiles(['out/*.md'], { cwd: root }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('ignored by .gitignore');
  });

  it('returns nothing for no patterns', async () => {
    expect(await findFiles([], { cwd: os.tmpdir() })).toEqual([]);
  });
});
