import { after, before } from 'node:test';
import { createFixture, type Fixture } from './fixtureWorkspace';
import { LspSession, type SessionOptions } from './lspSession';

/**
 * A fresh fixture workspace and a server on it for the enclosing `describe`: started before its
 * tests, stopped and removed after. `started` receives them, for the tests to use.
 */
export function useFixtureSession(started: (session: LspSession, fixture: Fixture) => unknown, options: Omit<SessionOptions, 'root'> = {}): void {
  let fixture: Fixture;
  let session: LspSession;
  before(async () => {
    fixture = createFixture();
    ({ session } = await LspSession.start({ root: fixture.root, ...options }));
    await started(session, fixture);
  });
  after(async () => {
    await session.stop();
    fixture.remove();
  });
}
