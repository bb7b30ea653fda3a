import { describe } from 'vitest';
import { testCaseTable } from './helpers.js';

describe('relative dates', () => testCaseTable('relative.tsv'));
