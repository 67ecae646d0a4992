// Lints each service's OpenAPI document (written at build time to <service>/target/openapi/openapi.yaml) with Redocly's
// rules (redocly.yaml: the recommended ones): any error or warning fails the build, each printed with where it is.
import { existsSync } from 'node:fs';
import { lint, loadConfig } from '@redocly/openapi-core';

const root = process.argv[2];
const services = ['order-service', 'allocation-service', 'compliance-service', 'transfer-service', 'victim-service', 'reporting-service'];
const config = await loadConfig({ configPath: new URL('./redocly.yaml', import.meta.url).pathname });
let failed = false;
for (const service of services) {
  const file = `${root}/${service}/target/openapi/openapi.yaml`;
  if (!existsSync(file)) {
    console.error(`${file} is missing: build ${service} first (mvn package), which writes it`);
    failed = true;
    continue;
  }
  const problems = await lint({ ref: file, config });
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warn');
  for (const p of [...errors, ...warnings]) {
    console.log(`${service} ${p.severity} ${p.ruleId} at ${p.location?.[0]?.pointer}: ${p.message}`);
  }
  const byRule = {};
  warnings.forEach((w) => { byRule[w.ruleId] = (byRule[w.ruleId] ?? 0) + 1; });
  console.log(`${service}: ${errors.length} errors, ${warnings.length} warnings ${JSON.stringify(byRule)}`);
  if (errors.length > 0 || warnings.length > 0) {
    failed = true;
  }
}
if (failed) {
  console.error('OpenAPI lint failed: mend each error and warning above');
  process.exit(1);
}
