import { describe, expect, it } from 'vitest';
import {
  emergencyNumbers,
  firstLines,
  flowPages,
  flowPath,
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
