#!/usr/bin/env node
// commslint-lsp --stdio: the language server, a thin shell over the same engine as the CLI.
import { startServer } from '../dist/bundle/lsp.js';

startServer();
