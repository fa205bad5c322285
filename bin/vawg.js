#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A reader that goes away early (`vawg gaps | head -1`) is not an error: stop writing, print no
// stack trace, and keep the exit code the command decides on.
let readerGone = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || readerGone) {
    readerGone = true;
    return;
  }
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
