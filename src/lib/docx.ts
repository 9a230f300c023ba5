/**
 * Writes a lesson plan as an editable .docx (the `docx` library): the session
 * sheet (objectives, preparation, ground rules, the minute-by-minute table)
 * and the full plan (each step, discussion, adaptations, safeguarding and the
 * disclosure steps, help numbers with their sources, note for parents,
 * sources). Real Word headings and a real table, so it is ready to rewrite.
 * The licence line is at the top and in the footer of every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Translate } from './deck-export.ts';

export interface LessonDoc {
  title: string;
  summary: string;
  /** The lesson's text (« L’essentiel à savoir »), read by exportProse. */
  background: Block[];
  tierLabel: string;
  duration: number;
  licence: string;
  siteName: string;
  objectives: string[];
  materials: string[];
  preparation: string[];
  groundRules: string[];
  steps: { title: string; minutes: number; facilitator: string; pupils: string; uses: string[] }[];
  discussion: { question: string; expected: string[] }[];
  differentiation: { younger: string; older: string; specialNeeds: string };
  shortVariant?: { minutes: number; plan: string };
  safeguarding: { signs: string[]; disclosure: string };
  /** The general disclosure protocol, step by step, then the note for police officers. */
  protocol: { title: string; steps: string[]; police: string };
  help: {
    country: string;
    items: { name: string; contact: string; purpose: string; source: string; checked: string }[];
  }[];
  parentNote: string;
  sources: string[];
}

const FONT = 'Arial';
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading });
const paras = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ children: [new TextRun(p.replace(/\s*\n\s*/g, ' '))] }));
const HEADINGS = [
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];
function prose(blocks: Block[]): Paragraph[] {
  return blocks.flatMap((b) => {
    if (b.kind !== 'text')
      return [new Paragraph({ children: [new TextRun({ text: b.alt, italics: true })] })];
    const children = b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold }));
    if (b.heading) return [new Paragraph({ heading: HEADINGS[Math.min(b.heading, 4) - 1], children })];
    return [new Paragraph({ children, ...(b.bullet ? { bullet: { level: 0 } } : {}) })];
  });
}
const bullets = (items: string[]) => items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
const numbered = (items: string[]) =>
  items.map((text) => new Paragraph({ text, numbering: { reference: 'steps', level: 0 } }));

function cell(text: string, header = false, width?: number) {
  const children = paras(text);
  return new TableCell({
    width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
    shading: header ? { fill: 'E3F0F2' } : undefined,
    // A table cell must hold a paragraph, even an empty one.
    children: children.length > 0 ? children : [new Paragraph('')],
  });
}

export async function buildDocx(doc: LessonDoc, t: Translate): Promise<Uint8Array> {
  let start = 0;
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(t('export.docx.table.start'), true, 8),
        cell(t('export.docx.table.minutes'), true, 8),
        cell(t('export.docx.table.step'), true, 20),
        cell(t('export.docx.table.facilitator'), true, 34),
        cell(t('export.docx.table.pupils'), true, 30),
      ],
    }),
    ...doc.steps.map((s) => {
      const row = new TableRow({
        children: [
          cell(`${start}′`),
          cell(String(s.minutes)),
          cell(s.title),
          cell(s.facilitator),
          cell(s.pupils),
        ],
      });
      start += s.minutes;
      return row;
    }),
  ];
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'D6D4CC' };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows,
  });

  const licence = new Paragraph({ children: [new TextRun({ text: doc.licence, italics: true, size: 18 })] });
  const children = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.summary })] }),
    new Paragraph({
      children: [
        new TextRun({
          text: t('export.docx.duration', { minutes: doc.duration, tier: doc.tierLabel }),
          bold: true,
        }),
      ],
    }),
    licence,

    h(t('export.docx.sheet'), HeadingLevel.HEADING_1),
    h(t('lesson.objectives'), HeadingLevel.HEADING_2),
    new Paragraph(t('lesson.objectives.intro')),
    ...bullets(doc.objectives),
    h(t('lesson.before'), HeadingLevel.HEADING_2),
    ...bullets(doc.preparation),
    h(t('lesson.materials'), HeadingLevel.HEADING_3),
    ...bullets(doc.materials),
    h(t('lesson.groundRules'), HeadingLevel.HEADING_2),
    ...bullets(doc.groundRules),
    h(t('lesson.steps'), HeadingLevel.HEADING_2),
    table,

    h(t('export.docx.plan'), HeadingLevel.HEADING_1),
    ...(doc.background.length
      ? [h(t('lesson.background'), HeadingLevel.HEADING_2), ...prose(doc.background)]
      : []),
    h(t('lesson.steps'), HeadingLevel.HEADING_2),
    ...doc.steps.flatMap((s) => [
      h(`${s.title} (${s.minutes} min)`, HeadingLevel.HEADING_3),
      new Paragraph({ children: [new TextRun({ text: t('lesson.step.facilitator'), bold: true })] }),
      ...paras(s.facilitator),
      new Paragraph({ children: [new TextRun({ text: t('lesson.step.pupils'), bold: true })] }),
      ...paras(s.pupils),
      ...(s.uses.length
        ? [
            new Paragraph({
              children: [
                new TextRun({ text: `${t('lesson.step.uses')} : ${s.uses.join(' · ')}`, italics: true }),
              ],
            }),
          ]
        : []),
    ]),
    h(t('lesson.discussion'), HeadingLevel.HEADING_2),
    ...doc.discussion.flatMap((d) => [
      h(d.question, HeadingLevel.HEADING_3),
      new Paragraph(t('lesson.discussion.expected')),
      ...bullets(d.expected),
    ]),
    h(t('lesson.differentiation'), HeadingLevel.HEADING_2),
    h(t('lesson.differentiation.younger'), HeadingLevel.HEADING_3),
    ...paras(doc.differentiation.younger),
    h(t('lesson.differentiation.older'), HeadingLevel.HEADING_3),
    ...paras(doc.differentiation.older),
    h(t('lesson.differentiation.specialNeeds'), HeadingLevel.HEADING_3),
    ...paras(doc.differentiation.specialNeeds),
    ...(doc.shortVariant
      ? [
          h(t('lesson.shortVariant', { minutes: doc.shortVariant.minutes }), HeadingLevel.HEADING_3),
          ...paras(doc.shortVariant.plan),
        ]
      : []),
    h(t('lesson.safeguarding'), HeadingLevel.HEADING_2),
    h(t('lesson.safeguarding.signs'), HeadingLevel.HEADING_3),
    ...bullets(doc.safeguarding.signs),
    h(t('lesson.safeguarding.disclosure'), HeadingLevel.HEADING_3),
    ...paras(doc.safeguarding.disclosure),
    h(doc.protocol.title, HeadingLevel.HEADING_3),
    ...numbered(doc.protocol.steps),
    new Paragraph(doc.protocol.police),
    h(t('lesson.help'), HeadingLevel.HEADING_2),
    new Paragraph(t('export.docx.helpNote')),
    ...doc.help.flatMap((g) => [
      h(g.country, HeadingLevel.HEADING_3),
      ...g.items.flatMap((r) => [
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: `${r.name} : `, bold: true }),
            new TextRun(`${r.contact}. ${r.purpose}`),
          ],
        }),
        new Paragraph({
          bullet: { level: 1 },
          children: [
            new TextRun({
              text: t('export.source', { name: r.name, url: r.source, checked: r.checked }),
              size: 18,
            }),
          ],
        }),
      ]),
    ]),
    h(t('lesson.parentNote'), HeadingLevel.HEADING_2),
    ...paras(doc.parentNote),
    h(t('lesson.sources'), HeadingLevel.HEADING_2),
    ...bullets(doc.sources),
    h(t('export.licence.slide'), HeadingLevel.HEADING_2),
    licence,
  ];

  const document = new Document({
    creator: doc.siteName,
    title: doc.title,
    description: doc.licence,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: doc.licence, size: 16 })] })],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
