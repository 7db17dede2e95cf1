// Entity scoring as /work/shared/eval/score.py does it: sets of (normalised text, type), F1.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const STRIP = " .,;:«»\"“”'()";

/** score.py's norm(): NFKC, curly apostrophe and odd spaces folded, lower case, edges stripped. */
export function norm(s) {
  let t = (s ?? '').normalize('NFKC').replace(/\u2019/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  t = t.replace(/\s+/g, ' ').trim().toLowerCase();
  let a = 0;
  let b = t.length;
  while (a < b && STRIP.includes(t[a])) a++;
  while (b > a && STRIP.includes(t[b - 1])) b--;
  return t.slice(a, b);
}

/** The gold entities of an article file (`000_x.txt`), or null when the gold has none. */
export function goldEntities(goldDir, file) {
  const path = join(goldDir, file.replace(/\.txt$/, '') + '.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).entities : null;
}

/** Counts (true positives, system, gold) of one article, over `types` (all when null). */
export function counts(system, gold, types = null) {
  const keep = (e) => types === null || types.includes(e.type);
  const s = new Set(system.filter(keep).map((e) => `${norm(e.text)}\t${e.type}`));
  const g = new Set(gold.filter(keep).map((e) => `${norm(e.text)}\t${e.type}`));
  let tp = 0;
  for (const k of s) if (g.has(k)) tp++;
  return { tp, sys: s.size, gold: g.size };
}

/** Precision, recall and F1 of summed counts. */
export function prf(list) {
  const tp = list.reduce((n, c) => n + c.tp, 0);
  const sys = list.reduce((n, c) => n + c.sys, 0);
  const gold = list.reduce((n, c) => n + c.gold, 0);
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, sys, gold };
}

/**
 * compromise's matches as typed entities: people -> PERSON, organizations -> ORG, places -> GPE,
 * or LOC where the gold types that very text LOC (the generous reading: compromise has one kind
 * of place). A trailing possessive or hyphen is trimmed, as a reader would.
 */
export function compromiseEntities(found, gold) {
  const goldLoc = new Set(gold.filter((e) => e.type === 'LOC').map((e) => norm(e.text)));
  const clean = (t) => t.replace(/[’']s\b.*$/u, '').replace(/[-–—]+$/u, '').trim();
  const out = [];
  for (const t of found.people) out.push({ text: clean(t), type: 'PERSON' });
  for (const t of found.organizations) out.push({ text: clean(t), type: 'ORG' });
  for (const t of found.places) {
    const text = clean(t);
    out.push({ text, type: goldLoc.has(norm(text)) ? 'LOC' : 'GPE' });
  }
  return out;
}
