/**
 * Shared fixtures of the editable-export tests (tests/unit/exports*.test.ts):
 * a small deck using every slide kind, its data, and readers for the XML
 * parts of the written files.
 */
import JSZip from 'jszip';
import { useTranslations } from '../../src/i18n/index.ts';
import type { DeckSource, ExportData } from '../../src/lib/deck-export.ts';

export const t = useTranslations('fr');

export const data: ExportData = {
  resources: {
    'child-focus': {
      name: 'Child Focus',
      phone: '116 000',
      cost: 'gratuit',
      source: 'https://childfocus.be/fr-be/',
      checked: '2026-11-01',
    },
    'e-enfance-3018': {
      name: '3018',
      phone: '3018',
      source: 'https://e-enfance.org/',
      checked: '2026-11-02',
    },
  },
  laws: {},
  figures: {},
  evidence: {
    title: { tu: 'Les preuves : les messages, jamais l’image', vous: 'Les preuves' },
    points: { tu: ['Capture les messages, pas l’image'], vous: ['Capturez les messages, pas l’image'] },
  },
  scenarios: {
    'le-message': {
      title: 'Et si… un message arrivait ?',
      start: 'debut',
      characters: [{ id: 'ines', name: 'Inès' }],
      nodes: {
        debut: {
          text: 'Inès reçoit un message.',
          messages: [{ from: 'ines', text: 'Tu es là ?' }],
          choices: [
            { label: 'Elle en parle', to: 'fin-bien' },
            { label: 'Elle attend', to: 'suite' },
          ],
        },
        suite: {
          text: 'Le lendemain, un autre message.',
          choices: [{ label: 'Elle bloque', to: 'fin-bien' }],
        },
      },
      endings: {
        'fin-bien': {
          outcome: 'protective',
          title: 'Inès est aidée',
          text: 'Sa tante l’écoute.',
          debrief: 'Parler ouvre des portes.',
          questions: ['À qui parler ?'],
        },
      },
    },
  },
  quizzes: {
    'vrai-faux': {
      title: 'Vrai ou faux',
      intro: 'On se lance.',
      questions: [{ prompt: 'Une photo peut circuler.', explanation: 'Oui, même éphémère.', answer: 'Vrai' }],
    },
  },
};

export const deckBody = `
<Slide id="regles" title="Nos règles">

On ne se moque de **personne**

- Tu as le droit de passer

<Notes>

- Dire où trouver la personne de référence

</Notes>
</Slide>

<Slide id="scenario" title="Et si…">

<ScenarioEmbed slug="le-message" />

<Notes>

- Personnages inventés

</Notes>
</Slide>

<Slide id="quiz" title="Le quiz">

<QuizEmbed slug="vrai-faux" />

<Notes>

- Cartes vertes et rouges

</Notes>
</Slide>

<Slide id="aide-ligne" title="Qui appeler">

Appelle <HelpLine id="child-focus" />

<Notes>

- Les captures des messages, jamais l'image

<EvidenceRule voice="tu" />

</Notes>
</Slide>

<HelpSlide />
`;

export const source = (body: string, country: 'BE' | 'FR' = 'BE'): DeckSource => ({
  file: 'slides/fr/essai.mdx',
  title: 'Essai',
  body,
  tierLabel: '12 à 15 ans',
  licence: 'D’après Parlons-en, https://parlons-en.example/presentations/essai/, CC BY-SA 4.0',
  help: [{ country, ids: [country === 'BE' ? 'child-focus' : 'e-enfance-3018'] }],
});

export async function slideXml(file: Uint8Array) {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files);
  const count = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const read = (n: string) => zip.file(n)!.async('string');
  const text = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
  return { zip, names, count, read, text };
}

/** The paragraphs of the notes pane (the body placeholder), not the slide number. */
export const notesText = (xml: string) => {
  const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? '';
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) =>
        m[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&'),
      )
      .join(''),
  );
};
