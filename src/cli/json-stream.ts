// The json format written as each file is done, byte for byte what the whole-run formatter
// prints: a run over thousands of reports no longer holds every report's source until the end
// (on the bench corpus that was half the run's memory and a tenth of its time).
import { jsonResult } from '../format/json.js';
import type { LintResult } from '../results.js';

export class JsonResultStream {
  private wrote = false;
  private next = 0;
  private readonly waiting = new Map<number, LintResult>();

  /** `write` takes each chunk in order: "[", the results, "]". */
  constructor(private readonly write: (chunk: string) => void) {
    write('[');
  }

  add(result: LintResult): void {
    this.write((this.wrote ? ',' : '') + jsonResult(result));
    this.wrote = true;
  }

  /** The result of the file at `index` in the run's order, written once those before it are. */
  addAt(index: number, result: LintResult): void {
    this.waiting.set(index, result);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.add(ready);
    }
  }

  end(): void {
    this.write(']');
  }
}
