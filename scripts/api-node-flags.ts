/**
 * Node flags of the production API process (`npm start`, the Docker image, `npm run bench`): a
 * young generation of 32 MiB per semi-space instead of 16, because each request allocates short-
 * lived rows and objects; scavenges then run half as often and promote less. And the request's
 * name (`src/http/request-scope.ts`) carried by V8's async context frames, Node 24's default,
 * instead of async hooks, which on Node 22 run a hook for every promise and socket write of every
 * request (both measured in docs/performance.md). package.json and the Dockerfile repeat them; a
 * unit test keeps them equal.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32', '--experimental-async-context-frame'];
