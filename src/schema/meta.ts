import { builder } from '../builder.js';

const VERSION = '0.1.0';

builder.queryType({
  description: 'Relationship questions about the actors of the social and solidarity economy.',
  fields: (t) => ({
    apiVersion: t.string({
      description: 'Version of the solidarity-graph API answering this request.',
      resolve: () => VERSION,
    }),
  }),
});
