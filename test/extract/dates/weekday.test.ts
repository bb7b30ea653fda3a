import { describe } from 'vitest';
import { testCaseTable } from './helpers.js';

describe('weekdays', () => testCaseTable('weekday.tsv'));
