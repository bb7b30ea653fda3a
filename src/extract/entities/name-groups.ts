/** Union–find over the numbers of a document's names. */
export class NameGroups {
  private readonly parent: number[] = [];
  /** Names 0 to size - 1, each in a group of its own. */
  constructor(size: number) {
    for (let id = 0; id < size; id++) this.parent.push(id);
  }
  find(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root];
    this.parent[id] = root;
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}
