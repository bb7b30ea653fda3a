import { parentPort, workerData } from 'node:worker_threads';
import { Chalk } from 'chalk';
import { AnalyzedDocument } from '../../analysis.js';
import type { CommonOptions } from '../commands/types.js';
import { createRenderer } from '../render/index.js';
import type { Document } from '../../document/document.js';
import type { DocumentOutput, DocumentTask, TaskResult, WorkerSetup } from './messages.js';
import { recordProducer } from './record-producers.js';
import { withoutHeader } from './row-formats.js';

// A worker thread: analyses the batches of documents the main thread sends, one at a
// time, and sends back each document's rows (row formats) or records, tagged with the
// batch's id.

const setup = workerData as WorkerSetup;
const produce = recordProducer(setup.producer);
if (produce === undefined) throw new Error(`no records named ${setup.producer}`);
const options = setup.options as unknown as CommonOptions;
const rows =
  setup.rows === null
    ? null
    : withoutHeader(
        createRenderer(setup.rows.format, {
          schema: setup.rows.schema,
          version: setup.rows.version,
          recordType: setup.rows.recordType,
          width: 100,
          chalk: new Chalk({ level: 0 }),
        }),
      );

function analyse(document: Document): DocumentOutput {
  const records = produce!(new AnalyzedDocument(document), options);
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
