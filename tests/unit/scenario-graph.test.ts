import { describe, expect, it } from 'vitest';
import { checkScenarioGraph, pathsToEndings, type ScenarioGraph } from '../../src/lib/scenario-graph.ts';
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

describe('scenario graph problems, word for word', () => {
  const F = 'x.yaml';
  const to = (...ids: string[]) => ids.map((id) => ({ label: `vers ${id}`, to: id }));
  const graph = (nodes: Record<string, string[]>, endings: string[], start = 'a'): ScenarioGraph => ({
    start,
    nodes: Object.fromEntries(Object.entries(nodes).map(([id, t]) => [id, { choices: to(...t) }])),
    endings: Object.fromEntries(endings.map((id) => [id, {}])),
  });

  it('names an id used for a node and an ending', () => {
    expect(checkScenarioGraph(graph({ a: ['fin'], fin: [] }, ['fin']), F)[0]).toEqual({
      file: F,
      field: 'nodes.fin',
      message: '« fin » est à la fois un moment (nodes) et une fin (endings).',
      fix: 'Renommer l’un des deux : chaque identifiant doit être unique.',
    });
  });

  it('lists the existing nodes when the start does not exist, or says there is none', () => {
    expect(checkScenarioGraph(graph({ a: ['fin'], b: ['fin'] }, ['fin'], 'z'), F)).toEqual([
      {
        file: F,
        field: 'start',
        message: 'Le début « z » n’existe pas.',
        fix: 'Mettre dans start l’identifiant d’un moment existant (a, b).',
      },
    ]);
    expect(checkScenarioGraph(graph({}, ['fin'], 'z'), F)[0]!.fix).toBe(
      'Mettre dans start l’identifiant d’un moment existant (aucun).',
    );
  });

  it('names a choice that leads nowhere and a choice back to its own node', () => {
    expect(checkScenarioGraph(graph({ a: ['nulle', 'a', 'fin'] }, ['fin']), F)).toEqual([
      {
        file: F,
        field: 'nodes.a.choices[0].to',
        message: 'Le choix « vers nulle » mène à « nulle », qui n’existe pas.',
        fix: 'Écrire l’identifiant d’un moment ou d’une fin existant(e), ou ajouter « nulle » sous nodes ou endings.',
      },
      {
        file: F,
        field: 'nodes.a.choices[1].to',
        message: 'Le choix « vers a » ramène au même moment.',
        fix: 'Faire mener chaque choix vers un autre moment ou une fin.',
      },
    ]);
  });

  it('names a node or an ending that cannot be reached', () => {
    expect(checkScenarioGraph(graph({ a: ['fin'], seul: ['fin'] }, ['fin', 'oubliee']), F)).toEqual([
      {
        file: F,
        field: 'nodes.seul',
        message: '« seul » ne peut jamais être atteint depuis le début.',
        fix: 'Ajouter un choix qui y mène, ou le supprimer.',
      },
      {
        file: F,
        field: 'endings.oubliee',
        message: '« oubliee » ne peut jamais être atteint depuis le début.',
        fix: 'Ajouter un choix qui y mène, ou le supprimer.',
      },
    ]);
  });

  it('names a node from which no ending can be reached', () => {
    expect(checkScenarioGraph(graph({ a: ['b', 'fin'], b: ['c'], c: ['b'] }, ['fin']), F)).toEqual([
      {
        file: F,
        field: 'nodes.b',
        message: 'Depuis « b », aucun chemin n’arrive à une fin : le lecteur tourne en rond.',
        fix: 'Ajouter à ce moment (ou à la boucle) un choix qui mène à une fin.',
      },
      {
        file: F,
        field: 'nodes.c',
        message: 'Depuis « c », aucun chemin n’arrive à une fin : le lecteur tourne en rond.',
        fix: 'Ajouter à ce moment (ou à la boucle) un choix qui mène à une fin.',
      },
    ]);
  });

  it('sees that a node listed before the one leading to an ending can still finish', () => {
    expect(checkScenarioGraph(graph({ a: ['b'], b: ['c'], c: ['fin'] }, ['fin']), F)).toEqual([]);
  });

  it('finds paths in a graph with loops and a dangling choice', () => {
    const g = graph({ a: ['b', 'nulle'], b: ['a', 'c'], c: ['b', 'fin'] }, ['fin']);
    expect(Object.fromEntries(pathsToEndings(g))).toEqual({ fin: ['a', 'b', 'c', 'fin'] });
  });
});
