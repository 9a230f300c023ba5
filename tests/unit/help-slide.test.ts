import { describe, expect, it } from 'vitest';
import { helpEntry, helpGroups, type HelpService } from '../../src/lib/help-slide';

const s = (id: string, country: HelpService['country'], name: string, more: Partial<HelpService> = {}) => ({
  id,
  country,
  name,
  ...more,
});

describe('help slide entries', () => {
  it('shows a number once when the name already says it', () => {
    expect(helpEntry(s('allo-119', 'FR', '119 Allô Enfance en danger', { phone: '119' })).contact).toBe('');
    expect(helpEntry(s('cf', 'BE', 'Child Focus', { phone: '116 000' })).contact).toBe('116\u00a0000');
    expect(helpEntry(s('3114', 'FR', '3114, numéro national', { phone: '3114' })).contact).toBe('');
    // A number inside the name that is not the service's number does not hide it.
    expect(helpEntry(s('x', 'FR', 'Service 24 h sur 24', { phone: '0800 12 800' })).contact).toBe(
      '0800\u00a012\u00a0800',
    );
  });
  it('falls back to the site, then the email; a service with none fails naming it', () => {
    expect(
      helpEntry(s('p', 'FR', 'Pharos', { url: 'https://www.internet-signalement.gouv.fr/x' })).contact,
    ).toBe('www.internet-signalement.gouv.fr');
    expect(helpEntry(s('m', 'BE', 'Mail seul', { email: 'aide@exemple.be' })).contact).toBe(
      'aide@exemple.be',
    );
    expect(() => helpEntry(s('rien', 'BE', 'Rien'))).toThrow(/rien/);
  });
});

describe('help slide groups', () => {
  it('lists a number shared by two countries once, for both, before what works everywhere', () => {
    const groups = helpGroups([
      s('urgence-be', 'BE', "Numéro d'urgence", { phone: '112' }),
      s('cf', 'BE', 'Child Focus', { phone: '116 000' }),
      s('urgence-fr', 'FR', "Numéro d'urgence européen", { phone: '112' }),
      s('3018', 'FR', '3018 (e-Enfance)', { phone: '3018' }),
      s('tid', 'intl', 'Take It Down', { url: 'https://takeitdown.ncmec.org/' }),
    ]);
    expect(groups.map((g) => [g.countries, g.entries.map((e) => e.id)])).toEqual([
      [['BE'], ['cf']],
      [['FR'], ['3018']],
      [['BE', 'FR'], ['urgence-be']],
      [['intl'], ['tid']],
    ]);
  });
  it('keeps two services of one country with the same number', () => {
    const groups = helpGroups([s('a', 'BE', 'A', { phone: '107' }), s('b', 'BE', 'B', { phone: '107' })]);
    expect(groups).toEqual([
      {
        countries: ['BE'],
        entries: [
          helpEntry(s('a', 'BE', 'A', { phone: '107' })),
          helpEntry(s('b', 'BE', 'B', { phone: '107' })),
        ],
      },
    ]);
  });
});
