import { describe, expect, it } from 'vitest';
import {
  emergencyNumbers,
  firstLines,
  flowPages,
  flowPath,
  isAllDayAllNight,
  PICKER_COUNTRIES,
  servicesFor,
  type HelpResource,
} from '../../src/lib/help-services.ts';
import { FLOW_AUDIENCES } from '../../src/schemas/help-flow.ts';
import { readContent } from '../support/read-content.ts';

const r = (
  id: string,
  country: string,
  audiences: string[],
  more: Partial<HelpResource> = {},
): HelpResource => ({
  id,
  country,
  audiences,
  ...more,
});
const data = [
  r('urgence', 'BE', ['moins-18', 'adultes'], { phone: '112', emergency: true }),
  r('jeunes', 'BE', ['moins-18'], { phone: '103', hours: '24 h/24, 7 j/7' }),
  r('adultes', 'BE', ['adultes'], { phone: '107' }),
  r('site', 'CH', ['adultes'], { url: 'https://example.org' }),
  r('partout', 'intl', ['moins-18', 'adultes']),
];

describe('choosing the help a reader sees', () => {
  it('keeps the flow’s services of that country meant for that reader, emergency apart, intl last', () => {
    const ids = ['partout', 'adultes', 'jeunes', 'urgence'];
    expect(servicesFor(data, ids, 'BE', 'moins-18').map((x) => x.id)).toEqual(['jeunes', 'partout']);
    expect(servicesFor(data, ids, 'BE', 'adultes').map((x) => x.id)).toEqual(['adultes', 'partout']);
    expect(servicesFor(data, ids, 'BE', 'parents')).toEqual([]);
  });
  it('gives the emergency numbers of the country only', () => {
    expect(emergencyNumbers(data, 'BE').map((x) => x.id)).toEqual(['urgence']);
    expect(emergencyNumbers(data, 'CH')).toEqual([]);
  });
  it('prefers lines with a phone, falls back to services online, and can keep only day-and-night lines', () => {
    const ids = data.map((x) => x.id);
    expect(firstLines(data, ids, 'BE', 'moins-18', { allDayAllNight: true }).map((x) => x.id)).toEqual([
      'jeunes',
    ]);
    expect(firstLines(data, ids, 'BE', 'adultes', { allDayAllNight: true })).toEqual([]);
    expect(firstLines(data, ids, 'CH', 'adultes').map((x) => x.id)).toEqual(['site']);
  });
  it('builds one address per reader and per country', () => {
    expect(flowPath('chantage', 'moins-18')).toBe('/aide/chantage/');
    expect(flowPath('chantage', 'parents', 'CA-QC')).toBe('/aide/chantage/parents/qc/');
    expect(flowPages('x')).toHaveLength(3 * (1 + PICKER_COUNTRIES.length));
  });
});

describe('which lines come first', () => {
  it('reads "24 h/24" however it is spaced, and nothing else, as day and night', () => {
    const all = (hours?: string) => isAllDayAllNight(r('x', 'BE', [], hours ? { hours } : {}));
    for (const h of ['24h/24', '24 h/24', '24h /24', '24h/ 24', '24 h / 24', 'tous les jours, 24 h / 24'])
      expect(all(h), h).toBe(true);
    for (const h of ['lun-ven 9 h-17 h', '24  h/24', '24h-24', undefined])
      expect(all(h), String(h)).toBe(false);
  });
  it('gives the country’s lines with a phone, not the services from anywhere nor those only online', () => {
    const lines = [
      r('tel', 'FR', ['moins-18'], { phone: '3018', url: 'https://a.fr' }),
      r('web', 'FR', ['moins-18'], { url: 'https://b.fr' }),
      r('tel2', 'FR', ['moins-18'], { phone: '119' }),
      r('monde', 'intl', ['moins-18'], { phone: '000' }),
    ];
    const ids = ['monde', 'web', 'tel', 'tel2'];
    expect(firstLines(lines, ids, 'FR', 'moins-18').map((x) => x.id)).toEqual(['tel', 'tel2']);
  });
  it('gives the country’s online services when none has a phone, and not one without address', () => {
    const lines = [
      r('rien', 'FR', ['parents']),
      r('web', 'FR', ['parents'], { url: 'https://b.fr' }),
      r('monde', 'intl', ['parents'], { url: 'https://c.org' }),
    ];
    expect(firstLines(lines, ['rien', 'web', 'monde'], 'FR', 'parents').map((x) => x.id)).toEqual(['web']);
  });
  it('lists every page of a flow, reader by reader, without a country first', () => {
    const pages = flowPages('x');
    expect(pages.slice(0, 7)).toEqual([
      { path: '/aide/x/', reader: 'moins-18' },
      { path: '/aide/x/be/', reader: 'moins-18', country: 'BE' },
      { path: '/aide/x/fr/', reader: 'moins-18', country: 'FR' },
      { path: '/aide/x/ch/', reader: 'moins-18', country: 'CH' },
      { path: '/aide/x/lu/', reader: 'moins-18', country: 'LU' },
      { path: '/aide/x/qc/', reader: 'moins-18', country: 'CA-QC' },
      { path: '/aide/x/adultes/', reader: 'adultes' },
    ]);
    expect(pages.map((p) => p.path).slice(6)).toEqual([
      '/aide/x/adultes/',
      '/aide/x/adultes/be/',
      '/aide/x/adultes/fr/',
      '/aide/x/adultes/ch/',
      '/aide/x/adultes/lu/',
      '/aide/x/adultes/qc/',
      '/aide/x/parents/',
      '/aide/x/parents/be/',
      '/aide/x/parents/fr/',
      '/aide/x/parents/ch/',
      '/aide/x/parents/lu/',
      '/aide/x/parents/qc/',
    ]);
    expect(pages.slice(12).map((p) => p.reader)).toEqual(Array(6).fill('parents'));
  });
});

describe('the published help flows', { timeout: 30_000 }, () => {
  const { set } = readContent();
  const resources = set.resources.map((e) => e.data);

  it('give every reader, in every country of the picker, an emergency number and a service for them', () => {
    const gaps: string[] = [];
    for (const flow of set.helpflows!)
      for (const audience of FLOW_AUDIENCES)
        for (const country of PICKER_COUNTRIES) {
          const ids = flow.data[audience].services;
          if (emergencyNumbers(resources, country).length === 0)
            gaps.push(`${country} : pas de numéro d'urgence`);
          if (!servicesFor(resources, ids, country, audience).some((x) => x.country === country))
            gaps.push(`${flow.id} › ${audience} › ${country}`);
        }
    expect(gaps).toEqual([]);
  });

  it('list the suicide lines and emergency numbers of Belgium and France where a version names distress', () => {
    const missing: string[] = [];
    for (const flow of set.helpflows!)
      for (const audience of FLOW_AUDIENCES) {
        const v = flow.data[audience];
        const text = JSON.stringify(v);
        if (!/suicid|idées noires|en finir/i.test(text)) continue;
        for (const id of ['prevention-suicide-be', 'prevention-suicide-fr', 'urgence-be', 'urgence-fr'])
          if (!v.services.includes(id)) missing.push(`${flow.id} › ${audience} › ${id}`);
      }
    expect(missing).toEqual([]);
  });

  it('never ask for a screenshot or evidence without saying "never the image" in the same step', () => {
    const unsafe: string[] = [];
    for (const flow of set.helpflows!)
      for (const audience of FLOW_AUDIENCES)
        flow.data[audience].steps.forEach((step, i) => {
          const text = `${step.do} ${step.why ?? ''}`;
          if (
            /captur|capture d.écran|preuve/i.test(text) &&
            !/jamais l.image|pas l.image|sans (jamais )?captur|jamais (les|la|ta|ton) (photo|image)|jamais les photos|jamais les images|n'en fais pas de capture|n'en faites pas de capture|même comme preuve/i.test(
              text,
            )
          )
            unsafe.push(`${flow.id} › ${audience}.steps[${i}]`);
        });
    expect(unsafe).toEqual([]);
  });

  it('report before deleting: no step deletes what was received before a step that reports it', () => {
    const wrong: string[] = [];
    for (const flow of set.helpflows!)
      for (const audience of FLOW_AUDIENCES) {
        const steps = flow.data[audience].steps.map((s) => s.do);
        const del = steps.findIndex(
          (s) => /supprime|efface/i.test(s) && !/n'efface pas|n'effacez pas|avant de/i.test(s),
        );
        const report = steps.findIndex((s) => /signale/i.test(s));
        if (del !== -1 && report !== -1 && del < report) wrong.push(`${flow.id} › ${audience}`);
      }
    expect(wrong).toEqual([]);
  });
});
