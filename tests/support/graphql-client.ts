import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { expect } from 'vitest';
import type { App } from '../../src/yoga.js';

export interface Response<T> extends ExecutionResult<T> {
  errors?: ExecutionResult['errors'] & { extensions?: Record<string, unknown> }[];
  extensions?: { db?: { roundTrips: number; byName: Record<string, number>; ms: number } };
}

/** Sends a typed operation to the in-process app, as a client would over HTTP. */
export async function execute<TResult, TVariables>(
  app: App,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<Response<TResult>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as Response<TResult>;
}

/** Sends raw text, for operations that must fail validation and so cannot be typed. */
export async function executeText(
  app: App,
  query: string,
  extra: {
    operationName?: string;
    headers?: Record<string, string>;
    variables?: Record<string, unknown>;
  } = {},
): Promise<Response<Record<string, unknown>>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra.headers },
    body: JSON.stringify({ query, operationName: extra.operationName, variables: extra.variables }),
  });
  return (await response.json()) as Response<Record<string, unknown>>;
}

/** The first error's code and message, for compact assertions. */
export function firstError(result: Response<unknown>) {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.code,
    argument: error?.extensions?.argument,
    message: error?.message,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: raw-text answers are compared whole with toEqual/toMatchObject
export type Answer = Record<string, any>;

/** Sends raw text and returns its data, failing the test on any error. */
export async function answerOf(
  app: App,
  query: string,
  extra: Parameters<typeof executeText>[2] = {},
): Promise<Answer> {
  const result = await executeText(app, query, extra);
  expect(result.errors).toBeUndefined();
  return result.data as Answer;
}
