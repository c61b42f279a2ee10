/**
 * Which thread renders each job sent to the worker, decided once in memory both threads share: the
 * worker claims a job as it starts on it, this thread when a page needs the job first. Without it,
 * a page waited while the worker was still busy with earlier ones (in profiles of 10,000-article
 * builds, the main thread sat idle 11 s of the 58 s its source pages took; with it, 4.5 s of 76 s
 * on a busier machine). Jobs past the capacity stay the worker's.
 */
export class JobClaims {
  static readonly OPEN = 0
  static readonly WORKER = 1
  static readonly HERE = 2
  readonly shared: Int32Array

  constructor(capacity: number) {
    this.shared = new Int32Array(new SharedArrayBuffer(4 * capacity))
  }

  /** Claims a job for this thread; false when the worker has it. */
  claimHere(job: number): boolean {
    return job < this.shared.length && Atomics.compareExchange(this.shared, job, JobClaims.OPEN, JobClaims.HERE) === JobClaims.OPEN
  }
}

/** Claims a job for the worker in the claims it was given; false when the main thread has it. */
export function claimForWorker(claims: Int32Array | undefined, job: number): boolean {
  return !claims || job >= claims.length || Atomics.compareExchange(claims, job, JobClaims.OPEN, JobClaims.WORKER) === JobClaims.OPEN
}
