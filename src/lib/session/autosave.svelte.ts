// The one writer of the session record. It remembers every store it has written to, so erasure
// deletes the record wherever it went: after IndexedDB failed under us and memory took over, the
// last record written to IndexedDB is deleted too and never offered back. Writes and the erasure
// run one after another in call order, so a save still in flight cannot land after the erasure.
import { createMemoryStore, Repository, type Clock, type SessionRecord } from '../storage';

export class AutosaveWriter {
  #current: Repository;
  #written = new Set<Repository>();
  #queue: Promise<void> = Promise.resolve();
  #persistent = $state(true);

  constructor(
    repository: Repository,
    private readonly now: Clock = Date.now,
  ) {
    this.#current = repository;
    this.#persistent = repository.persistent;
  }

  /** False when answers live in memory only: a reload would lose them. */
  get persistent(): boolean {
    return this.#persistent;
  }

  save(record: SessionRecord): Promise<void> {
    return this.#enqueue(() => this.#write(record));
  }

  /** Deletes the session record from every store written to (the current one included). */
  erase(): Promise<void> {
    return this.#enqueue(async () => {
      const targets = new Set([...this.#written, this.#current]);
      this.#written.clear();
      const results = await Promise.allSettled([...targets].map((repository) => repository.deleteSession()));
      for (const result of results) if (result.status === 'rejected') console.error(result.reason);
    });
  }

  async #write(record: SessionRecord): Promise<void> {
    this.#written.add(this.#current);
    try {
      await this.#current.saveSession(record);
    } catch {
      // IndexedDB failed under us (quota, eviction): keep going from memory and say so. The record
      // it may still hold is older than the answers: delete it now, and again at erasure.
      const failed = this.#current;
      failed.deleteSession().catch(() => {});
      this.#current = new Repository(createMemoryStore(), this.now);
      this.#persistent = false;
      this.#written.add(this.#current);
      await this.#current.saveSession(record);
    }
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => {});
    return run;
  }
}
