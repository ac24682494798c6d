// After `npm install`: on a machine whose Node is older, say which Node the project's scripts use.
const ranBy = /node\/v(\d+)\.(\d+)\.\d+/.exec(process.env.npm_config_user_agent ?? '');
if (ranBy && (Number(ranBy[1]) < 22 || (Number(ranBy[1]) === 22 && Number(ranBy[2]) < 15))) {
  console.error(
    `solidarity-graph: npm ran on Node ${ranBy[0].slice(5)}, so the EBADENGINE warnings above are about that Node. ` +
      `The project's scripts (npm start, npm test, npm run ...) run Node ${process.version}, ` +
      'installed in node_modules by the "node" package.',
  );
}
