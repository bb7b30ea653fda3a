import { parentPort, workerData } from 'node:worker_threads';
import { Chalk } from 'chalk';
import { AnalyzedDocument } from '../../analysis.js';
import { DOCUMENT_COMMANDS } from '../commands/index.js';
import type { CommonOptions } from '../commands/types.js';
import { createRenderer } from '../render/index.js';
import type { DocumentTask, TaskResult, WorkerSetup } from './messages.js';
import { ROW_FORMATS, withoutHeader } from './row-formats.js';

// A worker thread: analyses the documents the main thread sends, one at a time, and
// sends back each one's rows (row formats) or records, tagged with the task's id.

const setup = workerData as WorkerSetup;
const command = DOCUMENT_COMMANDS.find((c) => c.name === setup.command);
if (command === undefined) throw new Error(`no document command named ${setup.command}`);
const options = setup.options as unknown as CommonOptions;
const rows = ROW_FORMATS.has(setup.format)
  ? withoutHeader(
      createRenderer(setup.format, {
        schema: setup.schema,
        version: setup.version,
        recordType: command.recordType,
        width: 100,
        chalk: new Chalk({ level: 0 }),
      }),
    )
  : null;

parentPort!.on('message', (task: DocumentTask) => {
  let result: TaskResult;
  try {
    const records = command.records(new AnalyzedDocument(task.document), options);
    if (rows === null) {
      result = { id: task.id, records };
    } else {
      let text = '';
      for (const record of records) text += rows.record(record);
      result = { id: task.id, text };
    }
  } catch (error) {
    result = { id: task.id, error: { message: (error as Error).message, stack: (error as Error).stack } };
  }
  parentPort!.postMessage(result);
});
