import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

/** The part of neo4j-driver's socket channel (neo4j-driver-bolt-connection 6.3) this module wraps. */
interface NodeChannel {
  _conn?: Socket;
  _pending: unknown[] | null;
  write(buffer: unknown): void;
}

const CHANNEL_MODULE = 'neo4j-driver-bolt-connection/lib/channel/node/node-channel.js';
const COALESCED = Symbol('solidarity-graph.coalescedBoltWrites');

/**
 * Makes each Bolt message leave in one socket write. neo4j-driver's chunker writes a message to
 * the socket every 1,400 bytes, so a 4 KB statement took three write syscalls, each a loopback
 * delivery to Neo4j: the largest single share of the API's CPU under load (cpu profile of b.). The
 * socket is corked at the first write of a turn and uncorked on the next tick: what the driver
 * wrote in between goes out as one writev. Nothing waits longer than the current turn.
 * Returns false when the driver's channel no longer has the expected shape (then nothing changes).
 */
export function coalesceBoltWrites(): boolean {
  // Resolved from the driver's own location: the copy of the channel the driver really uses.
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  const exported = fromDriver(CHANNEL_MODULE) as {
    default?: { prototype?: NodeChannel & { [COALESCED]?: true } };
  };
  const prototype = exported.default?.prototype;
  if (!prototype || typeof prototype.write !== 'function') return false;
  if (prototype[COALESCED]) return true;
  const write = prototype.write;
  prototype.write = function coalescedWrite(this: NodeChannel, buffer: unknown) {
    const socket = this._conn;
    if (this._pending === null && socket && socket.writableCorked === 0 && !socket.destroyed) {
      socket.cork();
      process.nextTick(uncork, socket);
    }
    write.call(this, buffer);
  };
  prototype[COALESCED] = true;
  return true;
}

function uncork(socket: Socket): void {
  socket.uncork();
}
