import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/lib/checks/sources.ts';
import { checkContent } from '../../../src/lib/content-checks.ts';
import { isHomePage } from '../../../src/lib/source-page.ts';
import { adviceSchema } from '../../../src/schemas/advice.ts';
import { contentSet } from '../../support/factory.ts';

describe('isHomePage', () => {
  it.each([
    'https://www.103ecoute.be',
    'https://www.preventionsuicide.be/',
    'https://takeitdown.ncmec.org',
    'https://www.protectchildren.ca/fr/',
    'https://childfocus.be/fr-be',
    'http://www.stop-cybersexisme.com/',
  ])('%s is a home page', (url) => expect(isHomePage(url)).toBe(true));

  it.each([
    'http://www.preventionsuicide.be/fr/activitescps/ligne0800.html',
    'https://www.cybertip.ca/app/fr/about-how_it_works',
    'https://igvm-iefh.belgium.be/uk/node/53209',
    'https://femmesdedroit.be/?p=7455',
    'https://example.org/#faq',
    'https://stopncii.org/faq/',
    'not a url',
  ])('%s is not a home page', (url) => expect(isHomePage(url)).toBe(false));
});

describe('checkSources', () => {
  it('accepts the fixture, whose sources are all precise pages', () => {
    expect(checkSources(contentSet())).toEqual([]);
  });

  it('names the file, the entry and the field of a service whose source is a home page', () => {
    const set = contentSet();
    set.resources[0]!.data.source = 'https://www.childfocus.be/';
    const problems = checkSources(set);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'workshops/data/resources.yaml',
      field: 'child-focus.source',
    });
    expect(problems[0]!.message).toContain('https://www.childfocus.be/');
    expect(problems[0]!.fix).toContain('page précise');
    expect(checkContent(set)).toContainEqual(problems[0]);
  });

  it('checks laws and figures too', () => {
    const set = contentSet();
    set.laws[0]!.data.source = 'https://www.legifrance.gouv.fr/';
    set.figures[0]!.data.source = { title: 'Child Focus', url: 'https://childfocus.be/fr-be/' };
    expect(checkSources(set).map((p) => `${p.file} ${p.field}`)).toEqual([
      'workshops/data/laws.yaml fr-chantage.source',
      'workshops/data/figures.yaml un-sur-cinq.source.url',
    ]);
  });

  it('accepts a figure whose source is the page that gives it', () => {
    const set = contentSet();
    set.figures[0]!.data.source = {
      title: 'Child Focus',
      url: 'https://childfocus.be/fr-be/rapport-annuel-2024',
    };
    expect(checkSources(set)).toEqual([]);
  });

  it('leaves a figure taken from a seed document alone', () => {
    const set = contentSet();
    set.figures[0]!.data.source = { seed: '003' };
    expect(checkSources(set)).toEqual([]);
  });
});

describe('advice sources', () => {
  const advice = (url: string) => ({
    id: 'preuves',
    title: { tu: 'T', vous: 'T' },
    points: { tu: ['Un point.'], vous: ['Un point.'] },
    sources: [{ title: 'Source', url }],
    checked: '2026-12-02',
  });

  it('refuses a home page as the source of an advice', () => {
    const result = adviceSchema.safeParse(advice('https://takeitdown.ncmec.org'));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("page d'accueil");
  });

  it('accepts the page that confirms it', () => {
    expect(adviceSchema.safeParse(advice('https://stopncii.org/faq/')).success).toBe(true);
  });
});
