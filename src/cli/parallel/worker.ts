import { parentPort, workerData } from 'node:worker_threads';
import { Chalk } from 'chalk';
import { AnalyzedDocument } from '../../analysis.js';
import { DOCUMENT_COMMANDS } from '../commands/index.js';
import type { CommonOptions } from '../commands/types.js';
import { createRenderer } from '../render/index.js';
import type { Document } from '../../document/document.js';
import type { DocumentOutput, DocumentTask, TaskResult, WorkerSetup } from './messages.js';
import { ROW_FORMATS, withoutHeader } from './row-formats.js';

// A worker thread: analyses the batches of documents the main thread sends, one at a
// time, and sends back each document's rows (row formats) or records, tagged with the
// batch's id.

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

function analyse(document: Document): DocumentOutput {
  const records = command!.records(new AnalyzedDocument(document), options);
  if (rows === null) return { records };
  let text = '';
  for (const record of records) text += rows.record(record);
  return { text };
}

parentPort!.on('message', (task: DocumentTask) => {
  let result: TaskResult;
  try {
    result = { id: task.id, outputs: task.documents.map(analyse) };
  } catch (error) {
    result = { id: task.id, error: { message: (error as Error).message, stack: (error as Error).stack } };
  }
  parentPort!.postMessage(result);
});
