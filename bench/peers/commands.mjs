// The peers' cold commands: textlint with the equivalent prh dictionary, and alex on the English half.
import { join } from 'node:path';

export function peerCommands(root, { corpusDir, englishFiles, smallEn, textlintConfig }) {
  const textlint = (target) => [join(root, 'node_modules/textlint/bin/textlint.js'), '--config', textlintConfig, '--format', 'json', target];
  return [
    { id: 'textlint', args: textlint(corpusDir) },
    { id: 'textlint-startup-en', args: textlint(smallEn) },
    // alex's CLI reads its files as arguments; the folder form was several times slower here.
    { id: 'alex', args: [join(root, 'node_modules/alex/cli.js'), ...englishFiles] },
  ];
}
