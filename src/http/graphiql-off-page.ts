/** What a browser gets at /graphql when GraphiQL is off, instead of an empty 406. */
export const GRAPHIQL_OFF_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>solidarity-graph: GraphiQL is off</title></head>
<body>
<h1>GraphiQL is off on this server</h1>
<p>This is the solidarity-graph GraphQL API. GraphiQL, the in-browser editor, and schema
introspection are off here: the default when <code>NODE_ENV=production</code>.</p>
<p>To turn them on, start the server with <code>GRAPHIQL=on</code>. Introspection comes with it,
under the same cost limits as every other query.</p>
<p>The API itself answers at this address: send <code>POST /graphql</code> with a JSON body
<code>{"query": "..."}</code>. The explorer is at <a href="/">/</a>; the exports are under
<code>/export/</code>.</p>
</body>
</html>
`;

/** A browser asking for a page (not a GraphQL GET, which carries ?query=). */
export function wantsPage(request: Request, url: URL): boolean {
  return (
    request.method === 'GET' &&
    !url.searchParams.has('query') &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}
