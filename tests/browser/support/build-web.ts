import { buildExplorer } from '../../../web/bundle.js';

/** The browser tests load the explorer as served: bundle it from the current sources first. */
export default async function setup() {
  await buildExplorer();
}
