/**
 * `npm run bench -- --scale N`: copies the project to a temporary folder,
 * adds N synthetic lessons with their decks (reusing one real scenario and
 * quiz so every cross-check runs), builds, and reports time per page, peak
 * memory and the size of the search index.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild, type BuildResult } from './measure.ts';

const WORDS =
  'consentement image photo groupe classe message ami confiance aide parler signaler preuve adulte école réseau jeu écran chantage secret respect'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function lesson(i: number, scenario: string, quiz: string): string {
  const step = (title: string, minutes: number, extra = '') =>
    `  - title: ${title}\n    minutes: ${minutes}\n    facilitator: ${sentence(i, 40)}\n    pupils: ${sentence(i + 1, 20)}\n${extra}`;
  return `---
title: Atelier synthétique ${i}
summary: ${sentence(i, 25)}
tier: '12-15'
duration: 50
number: ${1000 + i}
topics: [consentement]
objectives: [${sentence(i, 10)}]
curriculum: [evras]
materials: [Projecteur]
preparation: [${sentence(i, 12)}]
groundRules: [Pas de noms]
steps:
${step('Accueil', 10, '    slide: accueil\n')}${step('Scénario', 25, `    scenario: ${scenario}\n`)}${step('Quiz', 15, `    quiz: ${quiz}\n`)}discussion:
  - { question: Pourquoi, expected: [${sentence(i, 8)}] }
differentiation: { younger: a, older: b, specialNeeds: c }
safeguarding: { signs: [Silence], disclosure: Écouter }
help: [child-focus]
parentNote: ${sentence(i, 30)}
sources: [{ seed: '001' }]
---

## Contexte ${i}

${Array.from({ length: 6 }, (_, k) => sentence(i + k, 60)).join('\n\n')}
`;
}

function deck(i: number): string {
  const slide = (id: string, k: number) =>
    `<Slide id="${id}" title="Diapositive ${k}">\n\n${sentence(i + k, 12)}\n\n<Notes>\n\n- ${sentence(i, 8)}\n\n</Notes>\n</Slide>\n`;
  return `---\ntitle: Présentation ${i}\nlesson: synthetique-${i}\n---\n\n${slide('accueil', 1)}\n${[2, 3, 4, 5, 6].map((k) => slide(`s${k}`, k)).join('\n')}\n<HelpSlide />\n`;
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

export interface ScaleResult extends BuildResult {
  lessons: number;
  msPerPage: number;
  indexBytes: number;
}

export async function scaleBuild(root: string, count: number): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parlons-en-scale-'));
  try {
    for (const name of [
      'src',
      'public',
      'workshops',
      'slides',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ]) {
      cpSync(join(root, name), join(dir, name), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const scenario = readdirSync(join(root, 'workshops/fr/scenarios'))[0]!.replace(/\.ya?ml$/, '');
    const quiz = readdirSync(join(root, 'workshops/fr/quiz'))[0]!.replace(/\.ya?ml$/, '');
    for (let i = 1; i <= count; i++) {
      writeFileSync(join(dir, `workshops/fr/ateliers/synthetique-${i}.mdx`), lesson(i, scenario, quiz));
      writeFileSync(join(dir, `slides/fr/synthetique-${i}.mdx`), deck(i));
    }
    const build = await runBuild(dir);
    return {
      ...build,
      lessons: count,
      msPerPage: build.totalMs / build.pages,
      indexBytes: dirSize(join(dir, 'dist/pagefind')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
