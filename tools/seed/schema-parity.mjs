// Compares the enum copy in schema.mjs with the C# declaration (DomainEnums.cs); returns the differences.
import { existsSync, readFileSync } from 'node:fs';
import { enums } from './schema.mjs';

export function enumDifferences(domainEnumsPath) {
  if (!existsSync(domainEnumsPath)) return [`${domainEnumsPath} not found`];
  const source = readFileSync(domainEnumsPath, 'utf8');
  const declared = new Map();
  for (const match of source.matchAll(/new\("(\w+)",\s*\[([^\]]*)\]/g)) {
    declared.set(match[1], [...match[2].matchAll(/"([A-Z0-9_]+)"/g)].map((m) => m[1]));
  }
  const problems = [];
  for (const [name, values] of declared) {
    if (JSON.stringify(enums[name]) !== JSON.stringify(values)) problems.push(`enum ${name} differs from DomainEnums.cs`);
  }
  for (const name of Object.keys(enums)) if (!declared.has(name)) problems.push(`enum ${name} is not in DomainEnums.cs`);
  return problems;
}
