/**
 * Asynchronous writes, a bounded number in flight. Writing 26,000 topic pages with `writeFileSync`
 * spends the system calls (open, write, close) on the thread that makes the pages; started here,
 * they run on libuv's threads while it makes the next ones, and the bound keeps the pages waiting
 * to be written (and their memory) few.
 */
export class BoundedWrites {
  private readonly pending = new Set<Promise<void>>()
  private failure: { error: unknown } | null = null

  constructor(private readonly limit: number) {}

  /** Starts a write; returns once fewer than the limit are in flight. Throws the first failure of any write so far. */
  async add(start: () => Promise<void>): Promise<void> {
    this.throwFailure()
    const tracked: Promise<void> = start()
      .catch((error: unknown) => {
        this.failure ??= { error }
      })
      .finally(() => this.pending.delete(tracked))
    this.pending.add(tracked)
    if (this.pending.size >= this.limit) await Promise.race(this.pending)
    this.throwFailure()
  }

  /** Waits for every write started; throws the first failure. */
  async done(): Promise<void> {
    await Promise.all(this.pending)
    this.throwFailure()
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error
  }
}
