// Before `npm start` and `npm test`: one line and exit 1 on a Node older than the project needs,
// rather than warnings and a failure deep inside. Plain JavaScript that any Node can parse.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 15)) {
  console.error(
    `solidarity-graph needs Node 22.15 or newer, and this is ${process.version} (${process.execPath}). ` +
      'Run `npm install` (it installs Node 22 for the project\'s scripts, the "node" package) and try again.',
  );
  process.exit(1);
}
