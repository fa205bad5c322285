#!/usr/bin/env node
// The reference `npm run bench` sets vawg's parse throughput against: every markdown file of a
// folder read and parsed by bare unified().use(remarkParse).parse(), in one cold process.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const folder = process.argv[2];
const processor = unified().use(remarkParse);
let nodes = 0;
for (const name of readdirSync(folder).sort()) {
  if (!name.endsWith('.md')) continue;
  const tree = processor.parse(readFileSync(path.join(folder, name), 'utf8'));
  nodes += tree.children.length;
}
if (nodes === 0) throw new Error(`no markdown parsed in ${folder}`);
