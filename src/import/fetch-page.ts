// A profile page fetched from its URL: a timeout, a size limit and one clear error per failure.
import { MAX_PROFILE_BYTES, ProfileError } from './parse.js';

export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchedPage {
  url: string;
  bytes: Uint8Array;
}

export const isUrl = (text: string) => /^https?:\/\//iu.test(text);

/** Reads the body, refusing it as soon as it passes the limit. */
async function boundedBody(response: Response, url: string, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    throw new ProfileError(
      'TOO_LARGE',
      `${url}: ${declared} bytes; a page must be at most ${limit} bytes`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    const chunk = read.value;
    size += chunk.byteLength;
    if (size > limit) {
      await reader?.cancel();
      throw new ProfileError(
        'TOO_LARGE',
        `${url}: more than ${limit} bytes; a page must be at most ${limit} bytes`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** GETs a page; an HTTP error, a timeout, a non-text type or an oversized body is a ProfileError. */
export async function fetchPage(
  url: string,
  { timeoutMs = FETCH_TIMEOUT_MS, limit = MAX_PROFILE_BYTES } = {},
): Promise<FetchedPage> {
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html, text/plain' },
    });
  } catch (error) {
    if (signal.aborted) {
      throw new ProfileError('TIMEOUT', `${url}: no answer within ${timeoutMs / 1000} s`);
    }
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new ProfileError('FETCH_FAILED', `${url}: could not be fetched (${cause})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ProfileError(
      'HTTP_ERROR',
      `${url}: the server answered ${response.status} ${response.statusText}`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/^(?:text\/html|text\/plain|application\/xhtml\+xml)\b/iu.test(type)) {
    await response.body?.cancel();
    throw new ProfileError(
      'NOT_HTML',
      `${url}: the server sent ${type.split(';')[0]}, not an HTML or text page`,
    );
  }
  try {
    return { url: response.url || url, bytes: await boundedBody(response, url, limit) };
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    if (signal.aborted)
      throw new ProfileError('TIMEOUT', `${url}: no answer within ${timeoutMs / 1000} s`);
    throw new ProfileError('FETCH_FAILED', `${url}: the transfer failed`);
  }
}
