import type { ContentProblem } from './problems.ts';

/** The part of a scenario the graph checks need. */
export interface ScenarioGraph {
  start: string;
  nodes: Record<
    string,
    { choices: readonly { to: string; label: string }[]; messages?: readonly { from: string }[] }
  >;
  endings: Record<string, { messages?: readonly { from: string }[] }>;
  characters?: readonly { id: string }[];
}

/**
 * Checks that a scenario is a sound story graph: the start exists, every
 * choice leads somewhere, every node can be reached, and from every node
 * some ending can still be reached (so no loop traps the reader).
 */
export function checkScenarioGraph(graph: ScenarioGraph, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const nodeIds = Object.keys(graph.nodes);
  const endingIds = Object.keys(graph.endings);
  const all = new Set([...nodeIds, ...endingIds]);

  for (const id of nodeIds) {
    if (id in graph.endings) {
      problems.push({
        file,
        field: `nodes.${id}`,
        message: `« ${id} » est à la fois un moment (nodes) et une fin (endings).`,
        fix: 'Renommer l’un des deux : chaque identifiant doit être unique.',
      });
    }
  }
  if (!all.has(graph.start)) {
    problems.push({
      file,
      field: 'start',
      message: `Le début « ${graph.start} » n’existe pas.`,
      fix: `Mettre dans start l’identifiant d’un moment existant (${nodeIds.join(', ') || 'aucun'}).`,
    });
    return problems;
  }
  if (graph.start in graph.endings) {
    problems.push({
      file,
      field: 'start',
      message: 'Le scénario commence par une fin.',
      fix: 'Faire commencer le scénario par un moment avec des choix (nodes).',
    });
  }

  for (const [id, node] of Object.entries(graph.nodes)) {
    node.choices.forEach((choice, i) => {
      if (!all.has(choice.to)) {
        problems.push({
          file,
          field: `nodes.${id}.choices[${i}].to`,
          message: `Le choix « ${choice.label} » mène à « ${choice.to} », qui n’existe pas.`,
          fix: `Écrire l’identifiant d’un moment ou d’une fin existant(e), ou ajouter « ${choice.to} » sous nodes ou endings.`,
        });
      }
      if (choice.to === id) {
        problems.push({
          file,
          field: `nodes.${id}.choices[${i}].to`,
          message: `Le choix « ${choice.label} » ramène au même moment.`,
          fix: 'Faire mener chaque choix vers un autre moment ou une fin.',
        });
      }
    });
  }

  // Stryker disable next-line ArrayDeclaration: a string in the list adds the id undefined, and every message has a "from".
  const characters = new Set((graph.characters ?? []).map((c) => c.id));
  const checkSpeakers = (kind: 'nodes' | 'endings', id: string, messages?: readonly { from: string }[]) =>
    messages?.forEach((m, i) => {
      if (!characters.has(m.from)) {
        problems.push({
          file,
          field: `${kind}.${id}.messages[${i}].from`,
          message: `Le personnage « ${m.from} » n’est pas déclaré.`,
          fix: `Ajouter { id: ${m.from}, name: … } sous characters, ou corriger l’identifiant.`,
        });
      }
    });
  for (const [id, node] of Object.entries(graph.nodes)) checkSpeakers('nodes', id, node.messages);
  for (const [id, ending] of Object.entries(graph.endings)) checkSpeakers('endings', id, ending.messages);

  // Reachable from the start.
  const reached = new Set<string>();
  const queue = [graph.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    // An unknown id (already reported) has no choices: it leads nowhere further.
    // Stryker disable next-line ArrayDeclaration: a string in the list has no "to": it leads to the unknown id undefined, which has no choices.
    for (const choice of graph.nodes[id]?.choices ?? []) queue.push(choice.to);
  }
  for (const id of [...nodeIds, ...endingIds]) {
    if (!reached.has(id)) {
      const kind = id in graph.nodes ? 'nodes' : 'endings';
      problems.push({
        file,
        field: `${kind}.${id}`,
        message: `« ${id} » ne peut jamais être atteint depuis le début.`,
        fix: 'Ajouter un choix qui y mène, ou le supprimer.',
      });
    }
  }

  // Every node must still be able to reach an ending (walk the graph backwards from the endings).
  const canFinish = new Set(endingIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, node] of Object.entries(graph.nodes)) {
      if (!canFinish.has(id) && node.choices.some((c) => canFinish.has(c.to))) {
        canFinish.add(id);
        grew = true;
      }
    }
  }
  for (const id of nodeIds) {
    if (reached.has(id) && !canFinish.has(id)) {
      problems.push({
        file,
        field: `nodes.${id}`,
        message: `Depuis « ${id} », aucun chemin n’arrive à une fin : le lecteur tourne en rond.`,
        fix: 'Ajouter à ce moment (ou à la boucle) un choix qui mène à une fin.',
      });
    }
  }
  return problems;
}

/** Ids of the endings reachable from the start, with the shortest path to each (for tests and the class view). */
export function pathsToEndings(graph: ScenarioGraph): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  // Stryker disable next-line ArrayDeclaration: without the start, a choice back to it queues it once more, and all its choices are already seen.
  const seen = new Set<string>([graph.start]);
  const queue: string[][] = [[graph.start]];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const id = path[path.length - 1]!;
    if (id in graph.endings) {
      // Each id is queued once (seen), so the first path to an ending is the only one.
      paths.set(id, path);
      continue;
    }
    // Stryker disable next-line ArrayDeclaration: a string in the list has no "to": it queues the unknown id undefined once, which leads nowhere.
    for (const choice of graph.nodes[id]?.choices ?? []) {
      if (!seen.has(choice.to)) {
        seen.add(choice.to);
        queue.push([...path, choice.to]);
      }
    }
  }
  return paths;
}
