import { describe, expect, it } from 'vitest'
import { BoundedWrites } from '../../src/site/bounded-writes.ts'

/** A write that ends when told to. */
function gate() {
  let open!: () => void
  let fail!: (error: Error) => void
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

describe('BoundedWrites', () => {
  it('keeps at most the limit in flight and waits for all at the end', async () => {
    const writes = new BoundedWrites(2)
    const gates = [gate(), gate(), gate()]
    let inFlight = 0
    let most = 0
    const start = (i: number) => () => {
      inFlight++
      most = Math.max(most, inFlight)
      return gates[i]!.promise.then(() => {
        inFlight--
      })
    }
    await writes.add(start(0))
    let secondReturned = false
    const second = writes.add(start(1)).then(() => (secondReturned = true))
    await Promise.resolve()
    // Two in flight: the second add waits for one of them.
    expect(secondReturned).toBe(false)
    gates[0]!.open()
    await second
    const third = writes.add(start(2))
    gates[1]!.open()
    await third
    let finished = false
    const done = writes.done().then(() => (finished = true))
    await Promise.resolve()
    // The third is still in flight.
    expect(finished).toBe(false)
    gates[2]!.open()
    await done
    expect(most).toBe(2)
    expect(inFlight).toBe(0)
  })

  it('throws the first failure, at the next add or at the end', async () => {
    const writes = new BoundedWrites(4)
    const failing = gate()
    await writes.add(() => failing.promise)
    failing.fail(new Error('disk full'))
    await expect(writes.done()).rejects.toThrow('disk full')
    await expect(writes.add(() => Promise.resolve())).rejects.toThrow('disk full')
  })
})
