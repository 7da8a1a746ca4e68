// Short references for sessions in what the model reads: "s1", "s2" instead of
// a 24-character id on every fact (a week's "vs the previous 6 periods" facts
// named 38 sessions each). The map stays on the client: facts keep full ids for
// linking and number checking, and a tool call naming "s3" is read back here.
// One map serves a whole conversation, so "s3" means one session throughout.

const REF = /^s([1-9]\d*)$/;

export class SessionRefs {
  private readonly refs = new Map<string, string>();
  private readonly ids: string[] = [];

  /** The session's reference, given on first sight: s1, s2, ... */
  refFor(sessionId: string): string {
    let ref = this.refs.get(sessionId);
    if (ref === undefined) {
      this.ids.push(sessionId);
      ref = `s${this.ids.length}`;
      this.refs.set(sessionId, ref);
    }
    return ref;
  }

  /** The reference already given to this id, if any: fact ids name their session ("session.<id>.np"). */
  knownRef(sessionId: string): string | undefined {
    return this.refs.get(sessionId);
  }

  /** The session a reference stands for; anything else is taken as a full id and returned as written. */
  idFor(refOrId: string): string {
    const n = REF.exec(refOrId.trim());
    return (n && this.ids[Number(n[1]) - 1]) ?? refOrId;
  }

  /**
   * Several sessions as references, runs written as ranges: "s1-s6, s9".
   * References are given in order of first sight, so a week's sessions and
   * the weeks before them are mostly runs.
   */
  list(sessionIds: readonly string[]): string {
    const numbers = [...new Set(sessionIds.map((id) => Number(this.refFor(id).slice(1))))].sort((a, b) => a - b);
    const parts: string[] = [];
    for (let i = 0; i < numbers.length; ) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
      const [from, to] = [numbers[i]!, numbers[j]!];
      if (to - from >= 2) parts.push(`s${from}-s${to}`);
      else for (let k = i; k <= j; k++) parts.push(`s${numbers[k]}`);
      i = j + 1;
    }
    return parts.join(', ');
  }
}
