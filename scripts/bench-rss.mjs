#!/usr/bin/env node
// Runs a node script (`node bench-rss.mjs OUT SCRIPT ARGS...`) and writes its peak resident set
// size in KiB (process.resourceUsage().maxRSS, worker threads included) to OUT when it exits.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(path.resolve(script)).href);
