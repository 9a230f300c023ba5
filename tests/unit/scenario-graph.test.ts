import { describe, expect, it } from 'vitest';
import { checkScenarioGraph, pathsToEndings } from '../../src/lib/scenario-graph.ts';
import { scenario } from '../support/factory.ts';

const FILE = 'workshops/fr/scenarios/x.yaml';
const fields = (s: Parameters<typeof checkScenarioGraph>[0]) =>
  checkScenarioGraph(s, FILE).map((p) => p.field);

describe('checkScenarioGraph', () => {
  it('accepts a sound graph', () => {
    expect(checkScenarioGraph(scenario(), FILE)).toEqual([]);
  });

  it('reports a missing start', () => {
    const problems = checkScenarioGraph(scenario({ start: 'nulle-part' }), FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'start' });
    expect(problems[0]!.fix).toContain('debut');
  });

  it('reports a choice that leads nowhere, naming the node and the choice', () => {
    const s = scenario();
    s.nodes['suite']!.choices[0]!.to = 'fin-inconnue';
    expect(fields(s)).toContain('nodes.suite.choices[0].to');
  });

  it('reports a node that cannot be reached', () => {
    const s = scenario();
    s.nodes['orphelin'] = { text: 'Seul', choices: [{ label: 'Fin', to: 'fin-ok' }] };
    expect(fields(s)).toEqual(['nodes.orphelin']);
  });

  it('reports a loop with no way out', () => {
    const s = scenario();
    s.nodes['suite'] = { text: 'Boucle', choices: [{ label: 'Encore', to: 'boucle' }] };
    s.nodes['boucle'] = { text: 'Encore', choices: [{ label: 'Retour', to: 'suite' }] };
    s.endings = { 'fin-ok': s.endings['fin-ok']! };
    const problems = checkScenarioGraph(s, FILE);
    expect(problems.map((p) => p.field)).toEqual(['nodes.suite', 'nodes.boucle']);
    expect(problems[0]!.message).toContain('tourne en rond');
  });

  it('accepts a loop that has a way out', () => {
    const s = scenario();
    s.nodes['suite']!.choices.push({ label: 'Revenir', to: 'debut' });
    expect(checkScenarioGraph(s, FILE)).toEqual([]);
  });

  it('reports a choice pointing to its own node', () => {
    const s = scenario();
    s.nodes['suite']!.choices.push({ label: 'Rester', to: 'suite' });
    expect(fields(s)).toEqual(['nodes.suite.choices[2].to']);
  });

  it('reports an id used for both a node and an ending', () => {
    const s = scenario();
    s.endings['suite'] = s.endings['fin-ok']!;
    expect(fields(s)).toContain('nodes.suite');
  });

  it('reports a speaker who is not among the characters', () => {
    const s = scenario();
    s.nodes['debut']!.messages = [{ from: 'inconnu', text: 'Salut' }];
    expect(fields(s)).toEqual(['nodes.debut.messages[0].from']);
  });

  it('finds the shortest path to each ending', () => {
    const paths = pathsToEndings(scenario());
    expect(paths.get('fin-ok')).toEqual(['debut', 'fin-ok']);
    expect(paths.get('fin-risque')).toEqual(['debut', 'suite', 'fin-risque']);
  });
});
