/**
 * Another program on the same project file: a child process that opens it, holds a write
 * transaction (an uncommitted edit) until told to let go, then rolls it back and exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { once } from 'node:events';

const HOLDER = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2]);
db.exec('BEGIN IMMEDIATE');
db.prepare("UPDATE members SET name = 'edit in flight' WHERE id = 1").run();
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
`;

export interface LockHolder {
  child: ChildProcess;
  /** Rolls back the child's transaction and waits for it to exit. */
  release(): Promise<void>;
}

/** Starts the holder and resolves once it holds the write lock. */
export async function holdWriteLock(file: string): Promise<LockHolder> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const child = spawn(process.execPath, ['-e', HOLDER, sqlite, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: string) => {
      out += d;
      if (out.includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return {
    child,
    async release() {
      const exited = once(child, 'exit');
      child.stdin!.write('release\n');
      await exited;
    },
  };
}
