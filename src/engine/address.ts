/**
 * Object addresses: what Python's `id()` and the collector's `<list 0x7f…>` debug lines
 * show. CPython's id is the object's address, and pymalloc hands a freed block to the
 * next allocation of the same size class, so `id(C()) == id(C())` is True. We assign
 * addresses lazily (most objects are never asked) from per-size-class LIFO pools, which
 * reproduces that reuse: an address returns to its pool when its object is freed.
 *
 * Lazily assigned, an address freed a moment ago could go to an object that was already
 * alive then — `s = s + "!"` would keep `id(s)`, and of two lists made together, the one
 * asked second would take the id of the first after it died — where CPython's objects,
 * made while the old one lived, have other addresses. So a freed address goes only to an
 * object allocated after its release: each release is stamped with the allocation count
 * (`now`), each object carries its own allocation number (`born`), as with pymalloc.
 */
const BASE = 0x7f3a_0000_0000;
const ALIGN = 16;

export class AddressSpace {
  private readonly pools = new Map<number, number[]>();
  /** The allocation count at each pooled address's release, parallel to its pool. */
  private readonly stamps = new Map<number, number[]>();
  private readonly assigned = new Map<object, number>();
  private next = BASE;

  /**
   * The address of `obj`, assigning one from `sizeClass`'s pool on first use; `born` is
   * the allocation count when `obj` was allocated (its own number).
   */
  addressOf(obj: object, size: number, born: number): number {
    let addr = this.assigned.get(obj);
    if (addr !== undefined) return addr;
    const sizeClass = Math.max(ALIGN, Math.ceil(size / ALIGN) * ALIGN);
    const pool = this.pools.get(sizeClass);
    const stamps = this.stamps.get(sizeClass);
    // The newest address freed before `obj` was allocated (the stamps rise towards the
    // pool's top: a binary search for the last one below `born`).
    let j = -1;
    if (stamps !== undefined) {
      let lo = 0;
      let hi = stamps.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (stamps[mid]! < born) lo = mid + 1;
        else hi = mid;
      }
      j = lo - 1;
    }
    if (j >= 0) {
      addr = pool![j]!;
      pool!.splice(j, 1);
      stamps!.splice(j, 1);
    } else {
      addr = this.next;
      this.next += sizeClass;
    }
    this.assigned.set(obj, addr);
    return addr;
  }

  /** Return `obj`'s address to its pool (the object was freed after `now` allocations). */
  release(obj: object, size: number, now: number): void {
    const addr = this.assigned.get(obj);
    if (addr === undefined) return;
    this.assigned.delete(obj);
    const sizeClass = Math.max(ALIGN, Math.ceil(size / ALIGN) * ALIGN);
    let pool = this.pools.get(sizeClass);
    if (pool === undefined) {
      this.pools.set(sizeClass, (pool = []));
      this.stamps.set(sizeClass, []);
    }
    pool.push(addr);
    this.stamps.get(sizeClass)!.push(now);
  }
}

export function formatAddress(addr: number): string {
  return `0x${addr.toString(16)}`;
}
