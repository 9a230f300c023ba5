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

describe('help slide, numbers said and shared', () => {
  it('sees the number in the name however it is spaced, even a single digit', () => {
    expect(helpEntry(s('a', 'FR', 'Écoute 116 000', { phone: '116 000' })).contact).toBe('');
    expect(helpEntry(s('b', 'FR', 'Ligne 0800123', { phone: '0800 123' })).contact).toBe('');
    expect(helpEntry(s('c', 'FR', 'Ligne 5', { phone: '5' })).contact).toBe('');
    expect(helpEntry(s('d', 'FR', 'Ligne 5', { phone: '6' })).contact).toBe('6');
  });
  it('does not take a name without digits as saying a number made of spaces', () => {
    expect(helpEntry(s('e', 'FR', 'Ligne', { phone: ' ' })).contact).toBe('\u00a0');
  });
  it('lists a service without phone in its country, and a number from anywhere apart from a national one', () => {
    expect(
      helpGroups([
        s('site', 'BE', 'Site', { url: 'https://a.be' }),
        s('be', 'BE', 'Ligne belge', { phone: '116 000' }),
        s('monde', 'intl', 'Ligne du monde', { phone: '116 000' }),
      ]),
    ).toEqual([
      {
        countries: ['BE'],
        entries: [
          { id: 'site', name: 'Site', contact: 'a.be' },
          { id: 'be', name: 'Ligne belge', contact: '116\u00a0000' },
        ],
      },
      { countries: ['intl'], entries: [{ id: 'monde', name: 'Ligne du monde', contact: '116\u00a0000' }] },
    ]);
  });
  it('puts two numbers shared by the same countries in one group', () => {
    expect(
      helpGroups([
        s('112-be', 'BE', 'Urgences', { phone: '112' }),
        s('112-fr', 'FR', 'Urgences', { phone: '112' }),
        s('116-be', 'BE', 'Enfants', { phone: '116 000' }),
        s('116-fr', 'FR', 'Enfants', { phone: '116000' }),
      ]),
    ).toEqual([
      {
        countries: ['BE', 'FR'],
        entries: [
          { id: '112-be', name: 'Urgences', contact: '112' },
          { id: '116-be', name: 'Enfants', contact: '116\u00a0000' },
        ],
      },
    ]);
  });
});
