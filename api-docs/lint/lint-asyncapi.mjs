// Lints docs/api/asyncapi.yaml with the AsyncAPI parser: any error or warning fails the build, each printed with where.
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await new Parser().parse(await readFile(file, 'utf8'));
const severities = ['error', 'warning', 'information', 'hint'];
const failing = diagnostics.filter((d) => d.severity <= 1);
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
if (!document || failing.length > 0) {
  console.error(`${file}: ${failing.length} error(s) and warning(s)`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, `
  + `${document.operations().length} operations, ${document.components().messages().length} messages; no error, no warning`);
