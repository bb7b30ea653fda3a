import { Worker } from 'node:worker_threads';
import type { Document } from '../../document/document.js';
import type { DocumentOutput, TaskResult, WorkerSetup } from './messages.js';

/** Batches a worker holds at once: one running, one queued, so it never waits on a message. */
const TASKS_PER_WORKER = 2;

interface Pending {
  readonly id: number;
  readonly documents: readonly Document[];
  readonly resolve: (outputs: DocumentOutput[]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly running: Map<number, Pending>;
}

/**
 * Worker threads that each load the command and analyse batches of whole documents.
 * `analyse` resolves with each document's output; the caller keeps the input order.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(script: URL, size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: setup });
      const slot: Slot = { worker, running: new Map() };
      worker.on('message', (result: TaskResult) => this.settle(slot, result));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (slot.running.size > 0 || this.queue.length > 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  analyse(documents: readonly Document[]): Promise<DocumentOutput[]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, documents, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; pending tasks are dropped. */
  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let least: Slot | null = null;
      for (const slot of this.slots) if (least === null || slot.running.size < least.running.size) least = slot;
      if (least === null || least.running.size >= TASKS_PER_WORKER) return;
      const task = this.queue.shift()!;
      least.running.set(task.id, task);
      least.worker.postMessage({ id: task.id, documents: task.documents });
    }
  }

  private settle(slot: Slot, result: TaskResult): void {
    const task = slot.running.get(result.id);
    if (task === undefined) return;
    slot.running.delete(result.id);
    if ('error' in result) {
      const error = new Error(result.error.message);
      if (result.error.stack) error.stack = result.error.stack;
      task.reject(error);
    } else {
      task.resolve(result.outputs);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error;
    for (const slot of this.slots) {
      for (const task of slot.running.values()) task.reject(error);
      slot.running.clear();
    }
    for (const task of this.queue.splice(0)) task.reject(error);
  }
}
