/**
 * Object addresses: what Python's `id()` and the collector's `<list 0x7f…>` debug lines
 * show. CPython's id is the object's address, and pymalloc hands a freed block to the
 * next allocation of the same size class, so `id(C()) == id(C())` is True. We assign
 * addresses lazily (most objects are never asked) from per-size-class LIFO pools, which
 * reproduces that reuse: an address returns to its pool when its object is freed.
 */
const BASE = 0x7f3a_0000_0000;
const ALIGN = 16;

export class AddressSpace {
  private readonly pools = new Map<number, number[]>();
  private readonly assigned = new Map<object, number>();
  private next = BASE;

  /** The address of `obj`, assigning one from `sizeClass`'s pool on first use. */
  addressOf(obj: object, size: number): number {
    let addr = this.assigned.get(obj);
    if (addr !== undefined) return addr;
    const sizeClass = Math.max(ALIGN, Math.ceil(size / ALIGN) * ALIGN);
    const pool = this.pools.get(sizeClass);
    if (pool !== undefined && pool.length > 0) addr = pool.pop()!;
    else {
      addr = this.next;
      this.next += sizeClass;
    }
    this.assigned.set(obj, addr);
    return addr;
  }

  /** Return `obj`'s address to its pool (the object was freed). */
  release(obj: object, size: number): void {
    const addr = this.assigned.get(obj);
    if (addr === undefined) return;
    this.assigned.delete(obj);
    const sizeClass = Math.max(ALIGN, Math.ceil(size / ALIGN) * ALIGN);
    let pool = this.pools.get(sizeClass);
    if (pool === undefined) this.pools.set(sizeClass, (pool = []));
    pool.push(addr);
  }
}

export function formatAddress(addr: number): string {
  return `0x${addr.toString(16)}`;
}
