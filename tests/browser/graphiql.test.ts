import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();

describe('GraphiQL, offline', () => {
  it('loads from the API alone, runs the first example and shows its answer', async () => {
    const page = browser.page();
    await page.goto(`${server.url()}/graphql`);
    await page.getByText('query HowIsMesConnectedToRipess').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    // Several operations in the editor: GraphiQL asks which one to run.
    await page.getByRole('menuitem', { name: 'HowIsMesConnectedToRipess' }).click();
    // The editor lays text out with non-breaking spaces: compare with plain ones.
    const answer = async () =>
      (await page.locator('.result-window').textContent())?.replace(/\s+/g, ' ');
    await expect.poll(answer, { timeout: 15_000 }).toContain('"length": 1,');
    const text = await answer();
    expect(text).toContain('"type": "PARTICIPATES_IN"');
    expect(text).toContain('"key": "ripess"');
    await browser.screenshot('graphiql');
  });
});
