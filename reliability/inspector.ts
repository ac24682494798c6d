interface InspectorReply {
  id?: number;
  result?: { result?: { value?: unknown } };
  error?: { message: string };
}

/** Opens the inspector at `url` (Node 22's global WebSocket), sends `commands` in turn, closes. */
export async function inspect(
  url: string,
  commands: { method: string; params?: object }[],
): Promise<InspectorReply['result'][]> {
  const socket = new WebSocket(url);
  try {
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot open ${url}`)), {
        once: true,
      });
    });
    const results: InspectorReply['result'][] = [];
    for (const [index, command] of commands.entries()) {
      const reply = new Promise<InspectorReply>((resolve, reject) => {
        const onMessage = (event: MessageEvent) => {
          const message = JSON.parse(String(event.data)) as InspectorReply;
          if (message.id !== index + 1) return;
          socket.removeEventListener('message', onMessage);
          if (message.error) reject(new Error(`${command.method}: ${message.error.message}`));
          else resolve(message);
        };
        socket.addEventListener('message', onMessage);
      });
      socket.send(JSON.stringify({ id: index + 1, ...command }));
      results.push((await reply).result);
    }
    return results;
  } finally {
    socket.close();
  }
}

/** The `Runtime.evaluate` command of `expression`, whose (JSON-able) value comes back as such. */
export function evaluation(expression: string) {
  return { method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
}

/** Evaluates `expression` (which must give a string) in the process behind `url`. */
export async function evaluateString(url: string, expression: string): Promise<string> {
  const [evaluated] = await inspect(url, [evaluation(expression)]);
  const value = evaluated?.result?.value;
  if (typeof value !== 'string') throw new Error(`the inspector gave no string for ${expression}`);
  return value;
}
