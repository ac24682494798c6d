import { buildExplorer, explorerBuilt } from '../web/bundle.js';
import { API_DIST_DIR, apiBuildIsStale, buildApi } from './build-api.js';

// `npm run build`: the API compiled to dist/ and the explorer bundled to web/dist/. With --if-stale
// (before `npm start`) it rebuilds only an API older than its sources and an explorer that is missing.
const ifStale = process.argv.includes('--if-stale');
const started = performance.now();
if (!ifStale || apiBuildIsStale()) {
  await buildApi();
  console.log(`API compiled to ${API_DIST_DIR} in ${Math.round(performance.now() - started)} ms`);
}
if (!(ifStale && (await explorerBuilt()))) {
  await buildExplorer();
  console.log('Explorer bundled in web/dist/');
}
