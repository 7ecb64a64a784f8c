// Runs the GraphQL-over-HTTP audit suite of graphql-http against a running endpoint.
//
//   node audit.mjs http://127.0.0.1:8080/v1/graphql/
//
// Prints one line per audit and a summary. Exits 1 when a MUST audit fails (status "error"),
// 2 when the audit could not run at all; SHOULD warnings and MAY notices do not fail it.
import { auditServer } from 'graphql-http';

const STATUSES = ['ok', 'warn', 'notice', 'error'];

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-endpoint-url>');
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url });
} catch (error) {
  console.error(`The audit could not run against ${url}: ${error?.stack ?? error}`);
  process.exit(2);
}

for (const result of results) {
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${reason}`);
}

const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
for (const result of results) {
  counts[result.status] = (counts[result.status] ?? 0) + 1;
}
console.log(
  `\n${results.length} audits: ` +
    STATUSES.map((status) => `${counts[status]} ${status}`).join(', '),
);

if (counts.error > 0) {
  console.error(`FAIL: ${counts.error} MUST audit(s) failed`);
  process.exit(1);
}
