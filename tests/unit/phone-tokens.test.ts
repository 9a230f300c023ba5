import { describe, expect, it } from 'vitest';
import {
  checkPhoneTokens,
  findPhoneTokens,
  hasPhoneToken,
  phoneText,
  resolvePhoneTokens,
} from '../../src/lib/phone-tokens.ts';

const services = [
  { id: 'e-enfance-3018', phone: '3018' },
  { id: 'prevention-suicide-be', phone: '0800 32 123' },
  { id: 'allo-119', phone: '119' },
  { id: 'pharos' },
];

describe('phone tokens in text fields', () => {
  it('finds each token with the field it is in, deep in objects and arrays', () => {
    const data = {
      title: 'Sans numéro',
      steps: [{ say: 'Appelle le {{tel:e-enfance-3018}}.' }, { say: 'Rien' }],
      safeguarding: { disclosure: 'Le {{ tel:allo-119 }} conseille.' },
      checked: new Date('2026-11-23'),
      minutes: 5,
      none: null,
      unset: undefined,
    };
    expect(findPhoneTokens(data)).toEqual([
      { field: 'steps[0].say', id: 'e-enfance-3018' },
      { field: 'safeguarding.disclosure', id: 'allo-119' },
    ]);
    expect(findPhoneTokens(['{{tel:a}} et {{tel:b}}'])).toEqual([
      { field: '[0]', id: 'a' },
      { field: '[0]', id: 'b' },
    ]);
  });

  it('tells whether a text holds a token, every time it is asked', () => {
    expect(hasPhoneToken('le {{tel:allo-119}}')).toBe(true);
    expect(hasPhoneToken('le {{tel:allo-119}}')).toBe(true);
    expect(hasPhoneToken('le 119, {{figure:x}}')).toBe(false);
  });

  it('replaces a token by the number so the sentence reads naturally', () => {
    expect(resolvePhoneTokens('appelle le {{tel:e-enfance-3018}}', services)).toBe('appelle le 3018');
  });

  it('keeps a grouped number together with non-breaking spaces', () => {
    expect(phoneText('0800 32 123')).toBe('0800\u00a032\u00a0123');
    expect(resolvePhoneTokens('au {{tel:prevention-suicide-be}}.', services)).toBe(
      'au 0800\u00a032\u00a0123.',
    );
  });

  it('replaces several tokens in one string, deep in objects and arrays, and leaves the rest as it is', () => {
    const date = new Date('2026-11-23');
    const data = {
      a: ['Le {{tel:e-enfance-3018}} ou le {{tel:allo-119}}, puis le {{tel:e-enfance-3018}}.'],
      b: { c: { d: 'Sans jeton' } },
      n: 3,
      yes: true,
      none: null,
      checked: date,
    };
    const resolved = resolvePhoneTokens(data, services);
    expect(resolved).toEqual({
      a: ['Le 3018 ou le 119, puis le 3018.'],
      b: { c: { d: 'Sans jeton' } },
      n: 3,
      yes: true,
      none: null,
      checked: date,
    });
    expect(resolved.checked).toBeInstanceOf(Date);
    expect(data.a[0]).toContain('{{tel:e-enfance-3018}}');
  });

  it('leaves an unknown id or a service without a phone for the check', () => {
    expect(resolvePhoneTokens('{{tel:inconnu}} {{tel:pharos}}', services)).toBe(
      '{{tel:inconnu}} {{tel:pharos}}',
    );
  });

  it('reports an unknown id with file, field and the ids that have a phone', () => {
    const problems = checkPhoneTokens(
      [{ file: 'workshops/fr/quiz/q.yaml', data: { questions: [{ explanation: 'le {{tel:3018}}' }] } }],
      services,
    );
    expect(problems).toEqual([
      {
        file: 'workshops/fr/quiz/q.yaml',
        field: 'questions[0].explanation',
        message: expect.stringContaining("« 3018 » n'existe pas dans workshops/data/resources.yaml"),
        fix: expect.stringContaining('(e-enfance-3018, prevention-suicide-be, allo-119)'),
      },
    ]);
  });

  it('reports a service that has no phone, and nothing for known ids', () => {
    const problems = checkPhoneTokens(
      [{ file: 'f.yaml', data: { a: '{{tel:pharos}}', b: '{{tel:allo-119}} {{tel:e-enfance-3018}}' } }],
      services,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'a' });
    expect(problems[0]!.message).toContain("« pharos » n'a pas de numéro");
  });
});
