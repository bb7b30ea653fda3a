import { describe } from 'vitest';
import { testCaseTable } from './helpers.js';

describe('full and partial calendar dates', () => testCaseTable('calendar-date.tsv'));
