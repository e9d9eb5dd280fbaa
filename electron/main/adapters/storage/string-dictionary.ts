import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Interns app, title and site strings: each distinct string is stored once and events hold its integer id. */
export class StringDictionary {
  private readonly ids = new Map<string, number>();
  private readonly values = new Map<number, string>();
  private readonly findId: StatementSync;
  private readonly findValue: StatementSync;
  private readonly insert: StatementSync;

  constructor(db: DatabaseSync) {
    this.findId = db.prepare('SELECT id FROM strings WHERE value = ?');
    this.findValue = db.prepare('SELECT value FROM strings WHERE id = ?');
    this.insert = db.prepare('INSERT INTO strings (value) VALUES (?)');
  }

  /** The id of `value`, adding it if new; must run inside the writer's transaction. */
  intern(value: string): number {
    const cached = this.ids.get(value);
    if (cached !== undefined) return cached;
    const found = this.findId.get(value);
    const id = found ? Number(found.id) : Number(this.insert.run(value).lastInsertRowid);
    this.remember(id, value);
    return id;
  }

  /** The string behind an id; throws if the database lost it (corruption, not a user error). */
  value(id: number): string {
    const cached = this.values.get(id);
    if (cached !== undefined) return cached;
    const row = this.findValue.get(id);
    if (!row) throw new Error(`String ${id} is missing from the usage database`);
    const value = String(row.value);
    this.remember(id, value);
    return value;
  }

  /** Drops the cache; call after strings were deleted (a rolled-back transaction may also have left stale ids). */
  forget(): void {
    this.ids.clear();
    this.values.clear();
  }

  private remember(id: number, value: string): void {
    this.ids.set(value, id);
    this.values.set(id, value);
  }
}
