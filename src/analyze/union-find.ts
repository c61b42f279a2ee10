/** Disjoint sets over string keys, for merging surface forms and clustering aligned sentences. */
export class UnionFind {
  private readonly parent = new Map<string, string>()

  /** The representative of `key`'s set (the smallest key, so results do not depend on merge order). */
  find(key: string): string {
    let root = key
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up
    for (let node = key; node !== root;) {
      const up = this.parent.get(node)!
      this.parent.set(node, root)
      node = up
    }
    if (!this.parent.has(root)) this.parent.set(root, root)
    return root
  }

  /** Merges the sets of `a` and `b`. */
  union(a: string, b: string): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA === rootB) return
    if (rootA < rootB) this.parent.set(rootB, rootA)
    else this.parent.set(rootA, rootB)
  }
}
