#!/usr/bin/env node
// Part of the build: dist/builtin-rules.json, the built-in pack validated once (see src/pack/builtin-cache.ts).
import { writeBuiltinCache } from '../dist/pack/builtin-cache.js';

writeBuiltinCache();
