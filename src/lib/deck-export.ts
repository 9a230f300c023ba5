/**
 * Turns a deck's MDX source into a plain model for the editable exports
 * (.pptx): one entry per slide (the automatic title slide first, the help
 * slide last), each with its title, text blocks, images and speaker notes.
 * Data components (<HelpLine>, <Tel>, <FigureRef>, <LawRef>, <EvidenceRule>) are
 * resolved to text from the data; a scenario or quiz becomes its situation
 * and choices, with the rest in the notes. Anything the export cannot read
 * throws a DeckExportError naming the deck, the slide and the line, so a
 * broken deck fails the build instead of giving a broken file.
 */
import { outlineDeck } from './deck-body.ts';

export interface Run {
  text: string;
  bold?: boolean;
}
export type Block =
  | { kind: 'text'; runs: Run[]; bullet: boolean; level?: number; heading?: number }
  | { kind: 'image'; src: string; alt: string };

export interface ExportSlide {
  /** Position in the deck, the title slide being 1 (as in src/lib/deck-body.ts). */
  number: number;
  id?: string;
  kind: 'title' | 'content' | 'scenario' | 'quiz' | 'help';
  title: string;
  body: Block[];
  /** Speaker notes, one paragraph per line. */
  notes: string[];
}

/** The facts the export reads, as plain objects (from workshops/data and the collections). */
export interface ExportData {
  resources: Record<
    string,
    {
      name: string;
      phone?: string;
      url?: string;
      cost?: string;
      hours?: string;
      source: string;
      checked: string;
    }
  >;
  laws: Record<
    string,
    { plain: string; article?: string; confirmed: boolean; source: string; checked: string }
  >;
  figures: Record<string, { text: string; publisher: string; sourceUrl?: string }>;
  evidence: { title: Record<'tu' | 'vous', string>; points: Record<'tu' | 'vous', string[]> };
  scenarios: Record<string, ScenarioData>;
  quizzes: Record<string, QuizData>;
}
export interface ScenarioData {
  title: string;
  start: string;
  facilitatorNotes?: string;
  characters: { id: string; name: string }[];
  nodes: Record<
    string,
    {
      text: string;
      messages?: { from: string; text: string }[];
      choices: { label: string; to: string }[];
      notes?: string;
    }
  >;
  endings: Record<
    string,
    { outcome: string; title: string; text: string; debrief: string; questions: string[]; notes?: string }
  >;
}
export interface QuizData {
  title: string;
  intro: string;
  questions: { prompt: string; explanation: string; answer: string }[];
}

/** Strings the export writes itself (from src/i18n). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export class DeckExportError extends Error {
  constructor(deck: string, problems: string[]) {
    super(
      `Export de la présentation « ${deck} » impossible :\n` +
        problems.map((p) => `  • ${p}`).join('\n') +
        '\n  → Corriger le fichier de la présentation (slides/…), puis relancer la construction.',
    );
    this.name = 'DeckExportError';
  }
}

const KNOWN = new Set([
  'Slide',
  'Notes',
  'HelpSlide',
  'HelpLine',
  'Tel',
  'FigureRef',
  'LawRef',
  'EvidenceRule',
  'ScenarioEmbed',
  'QuizEmbed',
]);
const SLIDE = /<(Slide|HelpSlide)\b([^>]*?)(\/?)>/g;

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Stands for an escaped star while bold and italics are read (a private-use character). */
const STAR = '\uE000';

/** Straight apostrophes become typographic ones, as on the site. */
const typo = (s: string) => s.replace(/'/g, '’');

/** Reads Markdown-ish MDX text: inline data components resolved, problems collected with file and line. */
function reader(data: ExportData, problems: string[], file: string) {
  const where = (line: number) => `${file}:${line}`;
  const inline = (text: string, line: number): Run[] => {
    /** Records a problem; what it returns is never shown, since a problem stops the export. */
    const unknown = (problem: string) => {
      problems.push(`${where(line)} : ${problem}`);
      // Stryker disable next-line StringLiteral: the text of a reference with a problem is never shown (the export throws)
      return '';
    };
    let s = text.replace(
      /<(HelpLine|Tel|FigureRef|LawRef)\b([^>]*?)\/>/g,
      (_, name: string, attrs: string) => {
        const id = attr(attrs, 'id') ?? '';
        if (name === 'HelpLine') {
          const r = data.resources[id];
          if (!r) return unknown(`<HelpLine id="${id}"> : service inconnu`);
          const details = [r.cost, r.hours].filter(Boolean).join(', ');
          if (r.phone) return `${r.name} (${r.phone}${details ? `, ${details}` : ''})`;
          return r.url ? `${r.name} (${new URL(r.url).host})` : r.name;
        }
        if (name === 'Tel') {
          const phone = data.resources[id]?.phone;
          if (!phone) return unknown(`<Tel id="${id}"> : service inconnu ou sans numéro`);
          return phone;
        }
        if (name === 'FigureRef') {
          const f = data.figures[id];
          if (!f) return unknown(`<FigureRef id="${id}"> : chiffre inconnu`);
          return `${f.text} (${f.publisher}${f.sourceUrl ? `, ${f.sourceUrl}` : ''})`;
        }
        const law = data.laws[id];
        if (!law) return unknown(`<LawRef id="${id}"> : loi inconnue`);
        return `${law.plain} (${law.confirmed && law.article ? `${law.article}, ` : ''}${law.source})`;
      },
    );
    const tag = /<\/?([A-Za-z][\w.]*)/.exec(s);
    if (tag)
      unknown(
        KNOWN.has(tag[1]!)
          ? `<${tag[1]}> mal placé ou mal fermé`
          : `composant ou balise <${tag[1]}> inconnu de l’export`,
      );
    const runs: Run[] = [];
    // An escaped star (\*) is a star, not bold or italic: kept aside until the markup is read.
    s = s.replace(/\\(.)/g, (_, c: string) => (c === '*' ? STAR : c));
    // Split on **bold**: the bold parts are the odd ones.
    s.split(/(\*\*[^*]+\*\*)/).forEach((part, i) => {
      if (!part) return;
      const bold = i % 2 === 1;
      const text = typo(
        (bold ? part.slice(2, -2) : part).replace(/(^|[^*])\*([^*]+)\*/g, '$1$2').replaceAll(STAR, '*'),
      );
      runs.push(bold ? { text, bold: true } : { text });
    });
    return runs;
  };
  const plain = (runs: Run[]) => runs.map((r) => r.text).join('');

  const evidence = (voice: string, line: number): Block[] => {
    if (voice !== 'tu' && voice !== 'vous') {
      problems.push(`${where(line)} : <EvidenceRule voice="${voice}"> : voice doit être "tu" ou "vous"`);
      // Stryker disable next-line ArrayDeclaration: the blocks of a slide with a problem are never shown (the export throws)
      return [];
    }
    return [
      { kind: 'text', runs: [{ text: data.evidence.title[voice], bold: true }], bullet: false },
      ...data.evidence.points[voice].map((p): Block => ({ kind: 'text', runs: [{ text: p }], bullet: true })),
    ];
  };

  /** Markdown-ish blocks: paragraphs, "- " bullets, images, <EvidenceRule />. */
  const blocks = (text: string, firstLine: number): Block[] => {
    const out: Block[] = [];
    text.split('\n').forEach((raw, i) => {
      const line = firstLine + i;
      const l = raw.trim();
      const img = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(l);
      if (img) return void out.push({ kind: 'image', alt: img[1]!, src: img[2]! });
      const ev = /^<EvidenceRule\b([^>]*)\/>$/.exec(l);
      if (ev) return void out.push(...evidence(attr(ev[1]!, 'voice') ?? '', line));
      const heading = /^(#{1,6}) /.exec(l);
      if (heading) {
        const runs = inline(l.slice(heading[0].length), line).map((r) => ({ ...r, bold: true }));
        return void out.push({ kind: 'text', runs, bullet: false, heading: heading[1]!.length });
      }
      const numbered = /^\d+\. /.exec(l);
      const bullet = /^[-*] /.test(l);
      const runs = numbered
        ? [{ text: numbered[0] }, ...inline(l.slice(numbered[0].length), line)]
        : inline(bullet ? l.slice(2) : l, line);
      if (plain(runs).trim()) out.push({ kind: 'text', runs, bullet });
    });
    return out;
  };

  return { inline, blocks, plain };
}

/**
 * A lesson's MDX text (its "L’essentiel à savoir") as blocks for the .docx:
 * headings, paragraphs, lists, data components resolved. Throws naming the
 * file and line on anything it cannot read.
 */
export function exportProse(file: string, body: string, data: ExportData): Block[] {
  const problems: string[] = [];
  const text = body
    .split('\n')
    .map((l) => (/^(import|export)\s/.test(l) ? '' : l))
    .join('\n');
  const out = reader(data, problems, file).blocks(text, 1);
  if (problems.length > 0) throw new DeckExportError(file, problems);
  return out;
}

export interface DeckSource {
  /** The deck's file, for error messages, e.g. slides/fr/x.mdx. */
  file: string;
  title: string;
  body: string;
  tierLabel: string;
  /** The licence line for this deck (attribution with the deck's address). */
  licence: string;
  /** Help services of the lesson shown on the help slide, for the chosen country (already filtered). */
  help: { country: string; ids: string[] }[];
}

export function exportDeck(src: DeckSource, data: ExportData, t: Translate): ExportSlide[] {
  const problems: string[] = [];
  const where = (line: number) => `${src.file}:${line}`;
  const outline = outlineDeck(src.body);
  if (outline.strayText.length > 0)
    problems.push(`texte hors de toute <Slide> : « ${outline.strayText[0]!.slice(0, 60)} »`);

  const slides: ExportSlide[] = [
    {
      number: 1,
      id: 'titre',
      kind: 'title',
      title: src.title,
      body: [
        { kind: 'text', runs: [{ text: t('site.name'), bold: true }], bullet: false },
        { kind: 'text', runs: [{ text: src.tierLabel }], bullet: false },
        { kind: 'text', runs: [{ text: src.licence }], bullet: false },
      ],
      notes: [t('deck.title.note1'), t('deck.title.note2'), src.licence],
    },
  ];

  const { blocks, plain } = reader(data, problems, src.file);
  const notesText = (b: Block[]) =>
    b.map((x) => (x.kind === 'text' ? (x.bullet ? '• ' : '') + plain(x.runs) : x.alt));

  // Numbered as in the deck (src/lib/deck-body.ts), also after a slide the export skips.
  let number = 1;
  for (const match of src.body.matchAll(SLIDE)) {
    // Stryker disable next-line StringLiteral: the attributes group always takes part in the match (maybe empty), so the default is never used
    const [tag, name, attrs = '', selfClosing] = match;
    const line = lineAt(src.body, match.index);
    number += 1;
    if (name === 'HelpSlide') {
      slides.push(helpSlide(number, src, data, t));
      continue;
    }
    const id = attr(attrs, 'id');
    const title = typo(attr(attrs, 'title') ?? '');
    if (!title) problems.push(`${where(line)} : diapositive ${number} sans titre (title="…")`);
    if (selfClosing) {
      problems.push(
        `${where(line)} : diapositive ${number} vide (<Slide />) : elle doit avoir un contenu et des <Notes>`,
      );
      continue;
    }
    const start = match.index + tag.length;
    const close = src.body.indexOf('</Slide>', start);
    const next = src.body.slice(start).search(/<(Slide|HelpSlide)\b/);
    const nextOpensFirst =
      next !== -1 &&
      // Stryker disable next-line EqualityOperator: a <Slide and a </Slide> never start at the same index
      start + next < close;
    if (close === -1 || nextOpensFirst) {
      problems.push(`${where(line)} : diapositive ${number}${id ? ` (${id})` : ''} sans </Slide>`);
      continue;
    }
    const inner = src.body.slice(start, close);
    const innerLine = lineAt(src.body, start);
    const notesMatch = /<Notes\b[^>]*>([\s\S]*?)<\/Notes>/.exec(inner);
    if (!notesMatch || !notesMatch[1]!.trim())
      problems.push(
        `${where(line)} : diapositive ${number}${id ? ` (${id})` : ''} sans <Notes> : l’export a besoin des notes de l’orateur`,
      );
    if (/<Notes\b/.test(inner) && !notesMatch) problems.push(`${where(line)} : <Notes> sans </Notes>`);
    const notesLine = notesMatch ? innerLine + lineAt(inner, notesMatch.index) - 1 : innerLine;
    // Stryker disable next-line ArrayDeclaration: without notes a problem is recorded and the export throws
    const notes = notesMatch ? notesText(blocks(notesMatch[1]!, notesLine)) : [];
    const bodyText = notesMatch
      ? inner.replace(notesMatch[0], '\n'.repeat(notesMatch[0].split('\n').length - 1))
      : inner;

    const scenarioSlug = /<ScenarioEmbed\b[^>]*\bslug="([^"]+)"[^>]*\/>/.exec(bodyText)?.[1];
    const quizSlug = /<QuizEmbed\b[^>]*\bslug="([^"]+)"[^>]*\/>/.exec(bodyText)?.[1];
    const rest = bodyText.replace(/<(ScenarioEmbed|QuizEmbed)\b[^>]*\/>/g, '');
    const body = blocks(rest, innerLine);
    if (scenarioSlug) {
      const sc = data.scenarios[scenarioSlug];
      if (!sc) problems.push(`${where(line)} : <ScenarioEmbed slug="${scenarioSlug}"> : scénario inconnu`);
      else {
        const s = scenarioSlide(sc, t);
        slides.push({
          number,
          id,
          kind: 'scenario',
          title,
          body: [...body, ...s.body],
          notes: [...notes, ...s.notes],
        });
        continue;
      }
    }
    if (quizSlug) {
      const q = data.quizzes[quizSlug];
      if (!q) problems.push(`${where(line)} : <QuizEmbed slug="${quizSlug}"> : quiz inconnu`);
      else {
        const s = quizSlide(q, t);
        slides.push({
          number,
          id,
          kind: 'quiz',
          title,
          body: [...body, ...s.body],
          notes: [...notes, ...s.notes],
        });
        continue;
      }
    }
    slides.push({ number, id, kind: 'content', title, body, notes });
  }

  // The export must say exactly what the deck says: same slides, same order. A guard only: both
  // read the slides with the same pattern, and every slide the export skips records a problem.
  // Stryker disable all: unreachable while src/lib/deck-body.ts and this file share the pattern
  if (problems.length === 0 && slides.length !== outline.slides.length + 1)
    problems.push(
      `${slides.length} diapositives exportées pour ${outline.slides.length + 1} dans la présentation`,
    );
  // Stryker restore all
  if (problems.length === 0 && !outline.endsWithHelp)
    problems.push('la présentation ne finit pas par <HelpSlide />');
  if (problems.length > 0) throw new DeckExportError(src.file, problems);
  return slides;
}

function helpSlide(number: number, src: DeckSource, data: ExportData, t: Translate): ExportSlide {
  const body: Block[] = [];
  const sources: string[] = [];
  for (const group of src.help) {
    const items = group.ids
      .map((id) => [id, data.resources[id]] as const)
      .filter(([, r]) => r && (r.phone || r.url));
    if (items.length === 0) continue;
    body.push({ kind: 'text', runs: [{ text: t(`country.${group.country}`), bold: true }], bullet: false });
    for (const [, r] of items) {
      body.push({
        kind: 'text',
        runs: [{ text: `${r!.name} ` }, { text: r!.phone ?? new URL(r!.url!).host, bold: true }],
        bullet: true,
      });
      sources.push(t('export.source', { name: r!.name, url: r!.source, checked: r!.checked }));
    }
  }
  body.push({ kind: 'text', runs: [{ text: t('deck.help.adult') }], bullet: false });
  return {
    number,
    id: 'aide',
    kind: 'help',
    title: t('deck.help.title'),
    body,
    notes: [
      t('deck.help.note1'),
      t('deck.help.note2'),
      t('deck.help.note3'),
      t('export.sources'),
      ...sources,
      src.licence,
    ],
  };
}

/** The situation and its choices on the slide; every branch, ending and debrief in the notes. */
function scenarioSlide(sc: ScenarioData, t: Translate): { body: Block[]; notes: string[] } {
  const who = (id: string) => sc.characters.find((c) => c.id === id)?.name ?? id;
  const first = sc.nodes[sc.start]!;
  const body: Block[] = [
    { kind: 'text', runs: [{ text: typo(first.text) }], bullet: false },
    ...(first.messages ?? []).map((m): Block => ({
      kind: 'text',
      runs: [{ text: `${who(m.from)} : `, bold: true }, { text: typo(m.text) }],
      bullet: false,
    })),
    { kind: 'text', runs: [{ text: t('export.scenario.choices'), bold: true }], bullet: false },
    ...first.choices.map((c): Block => ({ kind: 'text', runs: [{ text: typo(c.label) }], bullet: true })),
  ];
  const notes = [t('export.scenario.notes', { title: sc.title })];
  if (sc.facilitatorNotes) notes.push(sc.facilitatorNotes.trim());
  if (first.notes) notes.push(first.notes.trim());
  const seen = new Set<string>([sc.start]);
  const walk = (choices: { label: string; to: string }[], depth: number) => {
    const pad = '  '.repeat(depth);
    for (const c of choices) {
      notes.push(pad + t('export.scenario.branch', { label: c.label }));
      const ending = sc.endings[c.to];
      if (ending) {
        notes.push(
          pad +
            '  ' +
            t('export.scenario.ending', {
              title: ending.title,
              outcome: t(`export.outcome.${ending.outcome}`),
              text: ending.text.trim(),
            }),
        );
        notes.push(pad + '  ' + t('export.scenario.debrief', { text: ending.debrief.trim() }));
        notes.push(pad + '  ' + t('export.scenario.questions', { text: ending.questions.join(' / ') }));
        if (ending.notes) notes.push(pad + '  ' + ending.notes.trim());
        continue;
      }
      const node = sc.nodes[c.to];
      if (!node || seen.has(c.to)) continue;
      seen.add(c.to);
      notes.push(pad + '  ' + node.text.trim());
      for (const m of node.messages ?? []) notes.push(pad + '  ' + `${who(m.from)} : ${m.text}`);
      if (node.notes) notes.push(pad + '  ' + node.notes.trim());
      walk(node.choices, depth + 1);
    }
  };
  walk(first.choices, 0);
  return { body, notes: notes.map(typo) };
}

function quizSlide(q: QuizData, t: Translate): { body: Block[]; notes: string[] } {
  const body: Block[] = [
    {
      kind: 'text',
      runs: [{ text: t('export.quiz.slide', { title: q.title, count: q.questions.length }), bold: true }],
      bullet: false,
    },
    ...q.questions.map((x): Block => ({ kind: 'text', runs: [{ text: typo(x.prompt) }], bullet: true })),
  ];
  const notes = [t('export.quiz.notes'), q.intro];
  q.questions.forEach((x, i) => {
    notes.push(t('export.quiz.question', { n: i + 1, prompt: x.prompt }));
    notes.push('  ' + t('export.quiz.answer', { answer: x.answer, explanation: x.explanation.trim() }));
  });
  return { body, notes: notes.map(typo) };
}
