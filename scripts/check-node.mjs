// Stops npm scripts early, with a clear message, when they would run on a
// Node older than Astro 7 needs. `npm install` puts Node 24 (the `node`
// package) in node_modules/.bin, which npm scripts use before the system one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `Parlons-en a besoin de Node 22.12 ou plus ; ce script tourne sur Node ${process.versions.node}.`,
      'Lancez `npm install` (sans --ignore-scripts) : il installe Node 24 dans node_modules/.bin,',
      'que les scripts npm utilisent ensuite. Ou utilisez Node 24 vous-même (voir .nvmrc).',
    ].join('\n'),
  );
  process.exit(1);
}
