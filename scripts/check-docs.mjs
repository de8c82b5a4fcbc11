#!/usr/bin/env node
// Fails when an exported declaration lacks what DESIGN.md asks of every export: a summary,
// an @example and a @category; for functions also @returns and a description of each
// parameter. Reads the JSON that typedoc writes (site/api.json).
import { readFileSync } from 'node:fs';

const project = JSON.parse(readFileSync('site/api.json', 'utf8'));
const MODULE = 2;
const CLASS = 128;
const INTERFACE = 256;
// An export that two entry points share is documented once; the other entry point holds a
// reference to it, checked through its target.
const REFERENCE = 4194304;
const problems = [];
let checked = 0;
const text = (parts) =>
  (parts ?? [])
    .map((p) => p.text)
    .join('')
    .trim();
const hasTag = (comment, tag) => (comment?.blockTags ?? []).some((t) => t.tag === tag);

function checkContainer(container) {
  const categorised = new Set(
    (container.categories ?? []).flatMap((c) => (c.title === 'Other' ? [] : c.children)),
  );
  for (const child of container.children ?? []) {
    if (child.kind === MODULE) checkContainer(child);
    else if (child.kind === REFERENCE) continue;
    else checkExport(child, categorised.has(child.id));
  }
}

function checkExport(child, categorised) {
  checked += 1;
  const where = `${child.name} (${child.sources?.[0]?.fileName ?? '?'})`;
  const signatures = child.signatures ?? [];
  const comment = child.comment ?? signatures[0]?.comment;
  if (!text(comment?.summary)) problems.push(`${where}: no summary`);
  if (!hasTag(comment, '@example')) problems.push(`${where}: no @example`);
  if (!categorised) problems.push(`${where}: no @category`);
  // Interfaces and classes: every property and method says what it is. (typedoc's own
  // check would also demand comments inside zod's inferred types, which we cannot write.)
  if (child.kind === INTERFACE || child.kind === CLASS) {
    for (const member of child.children ?? []) {
      if (member.inheritedFrom || member.flags?.isPrivate) continue;
      const memberComment = member.comment ?? member.signatures?.[0]?.comment;
      if (!text(memberComment?.summary))
        problems.push(`${where}: member ${member.name} is not described`);
    }
  }
  for (const signature of signatures) {
    if (!hasTag(signature.comment, '@returns')) problems.push(`${where}: no @returns`);
    for (const parameter of signature.parameters ?? []) {
      if (!text(parameter.comment?.summary)) {
        problems.push(`${where}: parameter ${parameter.name} is not described`);
      }
    }
  }
}

checkContainer(project);
if (checked === 0) problems.push('no export was found in site/api.json');
if (problems.length > 0) {
  console.error(`Doc comments incomplete (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Doc comments complete for ${checked} exports.`);
