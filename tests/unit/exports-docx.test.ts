/**
 * The .docx written by src/lib/docx.ts, read back as the document a teacher
 * opens: each paragraph with its Word style, list marker and run formatting,
 * and the minute-by-minute table cell by cell, in order; then the styles,
 * the numbering and the footer.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx, type LessonDoc } from '../../src/lib/docx.ts';
import { t } from '../support/export-fixtures.ts';

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** A paragraph as one line: style, list marker, then runs (**bold**, _italic_, {9pt}). */
function paragraph(p: string, formats: Map<string, string[]>): string {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
  const style = attr(/<w:pStyle [^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
  const level = attr(/<w:ilvl [^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
  const numId = attr(/<w:numId [^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
  const marker = numId ? `${'  '.repeat(Number(level))}${formats.get(numId)![Number(level)]} ` : '';
  const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => {
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r!)?.[1] ?? '';
    let text = [...r!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (rPr.includes('<w:i/>')) text = `_${text}_`;
    if (rPr.includes('<w:b/>')) text = `**${text}**`;
    const size = attr(/<w:sz [^>]*>/.exec(rPr)?.[0] ?? '', 'w:val');
    return size ? `${text}{${Number(size) / 2}pt}` : text;
  });
  const head = style && style !== 'ListParagraph' ? `[${style}] ` : '';
  return head + marker + runs.join('');
}

/** The body as lines: paragraphs, then tables as `| cell | cell |` rows (cell paragraphs joined by ` / `). */
async function readDocx(lesson: LessonDoc) {
  const zip = await JSZip.loadAsync(await buildDocx(lesson, t));
  const part = (name: string) => zip.file(name)!.async('string');
  const numbering = await part('word/numbering.xml');
  const abstract = new Map(
    [...numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)].map((m) => [
      m[1]!,
      [...m[0].matchAll(/<w:numFmt w:val="(\w+)"\/><w:lvlText w:val="([^"]*)"\/>/g)].map((l) =>
        l[1] === 'bullet' ? '•' : l[2]!,
      ),
    ]),
  );
  const formats = new Map(
    [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*><w:abstractNumId w:val="(\d+)"\/>/g)].map((m) => [
      m[1]!,
      abstract.get(m[2]!)!,
    ]),
  );
  const xml = await part('word/document.xml');
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(xml)![1]!;
  const lines: string[] = [];
  for (const [item] of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    if (!item.startsWith('<w:tbl>')) {
      lines.push(paragraph(item, formats));
      continue;
    }
    for (const [row] of item.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
      const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, c]) => {
        const tcPr = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(c!)?.[1] ?? '';
        const width = attr(/<w:tcW [^>]*>/.exec(tcPr)?.[0] ?? '', 'w:w');
        const fill = attr(/<w:shd [^>]*>/.exec(tcPr)?.[0] ?? '', 'w:fill');
        const ps = [...c!.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => paragraph(p, formats));
        const text = ps.length > 0 ? ps.join(' / ') : '(no paragraph)';
        return `${text}${width ? ` {${Number(width) / 50}%}` : ''}${fill ? ` {${fill}}` : ''}`;
      });
      lines.push(`${row.includes('<w:tblHeader/>') ? 'th' : 'tr'} | ${cells.join(' | ')} |`);
    }
  }
  return { lines, part, xml };
}

const lesson = (over: Partial<LessonDoc> = {}): LessonDoc => ({
  title: 'Essai',
  summary: 'Un atelier d’essai.',
  background: [
    { kind: 'text', runs: [{ text: 'Un titre', bold: true }], bullet: false, heading: 2 },
    { kind: 'text', runs: [{ text: 'Plus bas', bold: true }], bullet: false, heading: 4 },
    { kind: 'text', runs: [{ text: 'Tout en bas', bold: true }], bullet: false, heading: 6 },
    { kind: 'text', runs: [{ text: 'Appeler ' }, { text: '116 000', bold: true }], bullet: false },
    { kind: 'text', runs: [{ text: 'Une puce' }], bullet: true },
    { kind: 'image', src: '/images/plan.svg', alt: 'Le plan de la salle' },
  ],
  tierLabel: '12 à 15 ans',
  duration: 50,
  licence: 'D’après Parlons-en, CC BY-SA 4.0',
  siteName: 'Parlons-en',
  objectives: ['Savoir à qui parler', 'Dire non'],
  materials: ['Des cartes'],
  preparation: ['Prévenir la personne de référence'],
  groundRules: ['On ne se moque de personne'],
  steps: [
    {
      title: 'Accueil',
      minutes: 10,
      facilitator: '  Vous accueillez  \n  la classe.\n\n\n  Puis vous lisez. \n \n',
      pupils: 'Ils écoutent\npuis\nnotent.',
      uses: ['Diapositive 2', 'Scénario'],
    },
    { title: 'Scénario', minutes: 30, facilitator: 'Vous lisez.', pupils: '', uses: [] },
    { title: 'Fin', minutes: 10, facilitator: 'Vous concluez.', pupils: 'Ils notent.', uses: [] },
  ],
  discussion: [
    { question: 'Qui peut aider ?', expected: ['Un adulte', 'Un service'] },
    { question: 'Et après ?', expected: ['On en reparle'] },
  ],
  differentiation: { younger: 'Plus lentement.', older: 'Plus loin.', specialNeeds: 'Avec des images.' },
  shortVariant: { minutes: 25, plan: 'Le scénario seul.' },
  safeguarding: { signs: ['Un élève se ferme'], disclosure: 'Écouter.' },
  protocol: {
    title: 'Quand un élève se confie',
    steps: ['Écoutez', 'Croyez-le'],
    police: 'Policiers : votre cadre.',
  },
  help: [
    {
      country: 'Belgique',
      items: [
        {
          name: 'Child Focus',
          contact: '116 000',
          purpose: 'Aide.',
          source: 'https://childfocus.be/fr-be/',
          checked: '2026-11-01',
        },
      ],
    },
    {
      country: 'France',
      items: [
        {
          name: '3018',
          contact: '3018',
          purpose: 'Écoute.',
          source: 'https://e-enfance.org/',
          checked: '2026-11-02',
        },
        {
          name: 'Pharos',
          contact: 'internet-signalement.gouv.fr',
          purpose: 'Signaler.',
          source: 's',
          checked: 'c',
        },
      ],
    },
  ],
  parentNote: 'Parlez-en.\n\nÀ la maison.',
  sources: ['Child Focus : https://childfocus.be/fr-be/', 'e-Enfance'],
  ...over,
});

describe('buildDocx, the document as a teacher opens it', () => {
  it('writes the session sheet: title, summary, duration, licence, objectives, preparation, rules and the table', async () => {
    const { lines } = await readDocx(lesson());
    expect(lines.slice(0, lines.indexOf('[Heading1] Plan complet'))).toEqual([
      '[Title] Essai',
      'Un atelier d’essai.',
      '**Durée : 50 minutes · 12 à 15 ans**',
      '_D’après Parlons-en, CC BY-SA 4.0_{9pt}',
      '[Heading1] Fiche de séance',
      '[Heading2] Objectifs',
      'À la fin de l’atelier, les élèves sauront :',
      '• Savoir à qui parler',
      '• Dire non',
      '[Heading2] Avant la séance',
      '• Prévenir la personne de référence',
      '[Heading3] Matériel',
      '• Des cartes',
      '[Heading2] Règles de la classe',
      '• On ne se moque de personne',
      '[Heading2] Déroulé',
      'th | Début {8%} {E3F0F2} | Minutes {8%} {E3F0F2} | Étape {20%} {E3F0F2} | L’animateur ou l’animatrice {34%} {E3F0F2} | Les élèves {30%} {E3F0F2} |',
      'tr | 0′ | 10 | Accueil | Vous accueillez la classe. / Puis vous lisez. | Ils écoutent puis notent. |',
      'tr | 10′ | 30 | Scénario | Vous lisez. |  |',
      'tr | 40′ | 10 | Fin | Vous concluez. | Ils notent. |',
    ]);
  });

  it('writes the full plan: the lesson’s text, each step, discussion, adaptations, safeguarding, help, parents, sources', async () => {
    const { lines } = await readDocx(lesson());
    expect(lines.slice(lines.indexOf('[Heading1] Plan complet'))).toEqual([
      '[Heading1] Plan complet',
      '[Heading2] L’essentiel à savoir',
      '[Heading3] **Un titre**',
      '[Heading4] **Plus bas**',
      '[Heading4] **Tout en bas**',
      'Appeler **116 000**',
      '• Une puce',
      '_Le plan de la salle_',
      '[Heading2] Déroulé',
      '[Heading3] Accueil (10 min)',
      '**Ce que vous faites et dites**',
      'Vous accueillez la classe.',
      'Puis vous lisez.',
      '**Ce que font les élèves**',
      'Ils écoutent puis notent.',
      '_Support : Diapositive 2 · Scénario_',
      '[Heading3] Scénario (30 min)',
      '**Ce que vous faites et dites**',
      'Vous lisez.',
      '**Ce que font les élèves**',
      '[Heading3] Fin (10 min)',
      '**Ce que vous faites et dites**',
      'Vous concluez.',
      '**Ce que font les élèves**',
      'Ils notent.',
      '[Heading2] Questions pour la discussion',
      '[Heading3] Qui peut aider ?',
      'Ce qu’on espère entendre (ou ce que vous ajoutez) :',
      '• Un adulte',
      '• Un service',
      '[Heading3] Et après ?',
      'Ce qu’on espère entendre (ou ce que vous ajoutez) :',
      '• On en reparle',
      '[Heading2] Adapter l’atelier',
      '[Heading3] Pour les plus jeunes ou une classe qui a besoin de plus de temps',
      'Plus lentement.',
      '[Heading3] Pour aller plus loin',
      'Plus loin.',
      '[Heading3] Besoins particuliers',
      'Avec des images.',
      '[Heading3] Version courte (25 minutes)',
      'Le scénario seul.',
      '[Heading2] Protection de l’enfance',
      '[Heading3] Signes à observer pendant la séance',
      '• Un élève se ferme',
      '[Heading3] Si un élève se confie sur ce thème',
      'Écouter.',
      '[Heading3] Quand un élève se confie',
      '%1. Écoutez',
      '%1. Croyez-le',
      'Policiers : votre cadre.',
      '[Heading2] Aide pour les élèves',
      'Les numéros d’aide viennent des données du projet, avec leur source ; vérifiez-les avant la séance.',
      '[Heading3] Belgique',
      '• **Child Focus : **116 000. Aide.',
      '  • Child Focus : https://childfocus.be/fr-be/ (vérifié le 2026-11-01){9pt}',
      '[Heading3] France',
      '• **3018 : **3018. Écoute.',
      '  • 3018 : https://e-enfance.org/ (vérifié le 2026-11-02){9pt}',
      '• **Pharos : **internet-signalement.gouv.fr. Signaler.',
      '  • Pharos : s (vérifié le c){9pt}',
      '[Heading2] Mot pour les parents',
      'Parlez-en.',
      'À la maison.',
      '[Heading2] Sources',
      '• Child Focus : https://childfocus.be/fr-be/',
      '• e-Enfance',
      '[Heading2] Réutiliser et adapter',
      '_D’après Parlons-en, CC BY-SA 4.0_{9pt}',
    ]);
  });

  it('leaves out the lesson’s text heading and the short version when the lesson has none', async () => {
    const full = (await readDocx(lesson())).lines;
    const { lines } = await readDocx(lesson({ background: [], shortVariant: undefined }));
    const background = full.indexOf('[Heading2] L’essentiel à savoir');
    const short = full.indexOf('[Heading3] Version courte (25 minutes)');
    expect(lines).toEqual([
      ...full.slice(0, background),
      ...full.slice(background + 7, short),
      ...full.slice(short + 2),
    ]);
    expect(lines.filter((l) => l.startsWith('_Support'))).toEqual(['_Support : Diapositive 2 · Scénario_']);
  });

  it('numbers the disclosure steps 1., 2., … and uses Arial 11 pt for the whole document', async () => {
    const { part } = await readDocx(lesson());
    const numbering = await part('word/numbering.xml');
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/><w:lvlJc w:val="left"\/>/,
    );
    const styles = await part('word/styles.xml');
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toContain(
      '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>',
    );
  });

  it('draws the table with thin grey borders, full width, its first row repeated on each page', async () => {
    const { xml } = await readDocx(lesson());
    const border = (side: string) => `<w:${side} w:val="single" w:color="D6D4CC" w:sz="4"/>`;
    expect(xml).toContain(
      `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>`,
    );
  });

  it('writes the licence in the footer of every page and in the file’s properties', async () => {
    const { part } = await readDocx(lesson());
    expect(await part('word/footer1.xml')).toMatch(
      /<w:r><w:rPr><w:sz w:val="16"\/><w:szCs w:val="16"\/><\/w:rPr><w:t xml:space="preserve">D’après Parlons-en, CC BY-SA 4.0<\/w:t><\/w:r>/,
    );
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Essai</dc:title>');
    expect(core).toContain('<dc:creator>Parlons-en</dc:creator>');
    expect(core).toContain('<dc:description>D’après Parlons-en, CC BY-SA 4.0</dc:description>');
  });
});
