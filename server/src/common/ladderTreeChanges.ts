import type { Connection } from 'vscode-languageserver';
import { LADDER_TREE_CHANGED_NOTIFICATION } from './protocol';

/** Pages change per keystroke; the client hears of it once they pause this long. */
const NOTIFY_DELAY_MS = 400;

/**
 * Tells the client that the ladder tree may have changed (a page, a file on disk or the
 * configuration did). Silent until the client has asked for the tree, so other editors never hear it.
 */
export class LadderTreeChanges {
  readonly #connection: Connection;
  #asked = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  /** The client asked for the tree: from now on it hears when it may have changed. */
  asked(): void {
    this.#asked = true;
  }

  changed(): void {
    if (!this.#asked) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#connection.sendNotification(LADDER_TREE_CHANGED_NOTIFICATION).catch(() => undefined), NOTIFY_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
