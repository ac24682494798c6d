import { createRequire } from 'node:module';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { coalesceBoltWrites } from '../../src/db/bolt-writes.js';

// The driver's own channel and buffer classes, from where the driver loads them.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { default: NodeChannel } = fromDriver(
  'neo4j-driver-bolt-connection/lib/channel/node/node-channel.js',
) as { default: { prototype: { write(buffer: unknown): void } } };
const { default: ChannelBuffer } = fromDriver(
  'neo4j-driver-bolt-connection/lib/channel/channel-buf.js',
) as { default: new (bytes: Buffer) => unknown };

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** A real loopback connection; resolves with the client socket and everything the server got. */
async function loopback(): Promise<{ client: Socket; received: () => Promise<Buffer> }> {
  const chunks: Buffer[] = [];
  let ended: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const server = createServer((socket) => {
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => ended());
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = await new Promise<Socket>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
  });
  return {
    client,
    received: async () => {
      client.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

describe('Bolt writes', () => {
  it('go out together: the chunks of one turn are held until its end, in order', async () => {
    expect(coalesceBoltWrites()).toBe(true);
    // Idempotent: a second call does not wrap the channel twice.
    expect(coalesceBoltWrites()).toBe(true);
    const { client, received } = await loopback();
    const channel = Object.assign(Object.create(NodeChannel.prototype), {
      _pending: null,
      _conn: client,
    }) as { write(buffer: unknown): void };
    const parts = ['first chunk;', 'second chunk;', 'last chunk'].map((text) => Buffer.from(text));
    for (const part of parts) channel.write(new ChannelBuffer(part));
    expect(client.writableCorked).toBe(1);
    expect(client.writableLength).toBe(Buffer.concat(parts).length);
    await new Promise((resolve) => process.nextTick(resolve));
    expect(client.writableCorked).toBe(0);
    expect((await received()).toString()).toBe('first chunk;second chunk;last chunk');
  });
});
