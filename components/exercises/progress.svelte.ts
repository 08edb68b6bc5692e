/**
 * Which exercises of one chapter the reader has solved, kept in localStorage under `key` (never
 * sent anywhere). Without storage (private mode, blocked cookies) progress lives in memory only.
 */
export class ExerciseProgress {
  /** Ids of the solved exercises. */
  solved = $state<string[]>([]);

  constructor(private readonly key: string) {}

  /** Reads the stored progress; call once the component is in the browser. */
  load(): void {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(this.key) ?? '[]');
      if (Array.isArray(parsed)) this.solved = parsed.filter((id) => typeof id === 'string');
    } catch {
      this.solved = [];
    }
  }

  /** Whether exercise `id` is solved. */
  has(id: string): boolean {
    return this.solved.includes(id);
  }

  /** Marks exercise `id` solved and stores the progress. */
  mark(id: string): void {
    if (this.has(id)) return;
    this.solved = [...this.solved, id];
    this.save();
  }

  /** Forgets every solved exercise, in memory and in storage. */
  clear(): void {
    this.solved = [];
    this.save();
  }

  private save(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.solved));
    } catch {
      // Storage is unavailable or full: the progress stays in memory for this visit.
    }
  }
}
