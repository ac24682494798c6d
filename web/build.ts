import { buildExplorer, explorerBuilt } from './bundle.js';

// `npm run build:web` bundles the explorer into web/dist/; with --if-missing (before `npm start`)
// it keeps a bundle that is already there.
if (!(process.argv.includes('--if-missing') && (await explorerBuilt()))) {
  const started = performance.now();
  await buildExplorer();
  console.log(`Explorer built in web/dist/ in ${Math.round(performance.now() - started)} ms`);
}
