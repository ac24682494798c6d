/**
 * V8 flags of the production API process (`npm start`, the Docker image, `npm run bench`): a
 * young generation of 32 MiB per semi-space instead of 16, because each request allocates short-
 * lived rows and objects; scavenges then run half as often and promote less (measured in
 * docs/performance.md). package.json and the Dockerfile repeat them; a unit test keeps them equal.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32'];
