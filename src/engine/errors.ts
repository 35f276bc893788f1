/** Errors the engine itself raises. */

/** An engine invariant was broken: a bug in pygc or in an embedder's type contract. */
export class InternalError extends Error {
  override name = "pygc internal error";
}
