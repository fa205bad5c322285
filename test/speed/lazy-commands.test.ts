import { describe, expect, it } from 'vitest';
import { CHECK_RULES } from '../../src/assess/check/index.ts';
import { UNUSED_DIRECTIVE_RULE } from '../../src/assess/check/suppressions.ts';
import { CHECK_FORMATTERS } from '../../src/report/check/index.ts';
import { COMPARE_FORMATTERS } from '../../src/report/compare/index.ts';
import { loadCompareFormatter } from '../../src/report/compare/load.ts';
import { DIFF_FORMATTERS } from '../../src/report/diff/index.ts';
import { EVAL_FORMATTERS } from '../../src/report/eval/index.ts';
import { EXPORT_FORMATTERS } from '../../src/report/export/index.ts';
import { CHECK_RULE_IDS, FORMAT_NAMES } from '../../src/report/format-names.ts';
import { FRAMEWORK_CHECK_FORMATTERS } from '../../src/report/frameworks/check.ts';
import { CROSSWALK_FORMATTERS } from '../../src/report/frameworks/crosswalk.ts';
import { FRAMEWORK_DETAIL_FORMATTERS } from '../../src/report/frameworks/detail.ts';
import { FRAMEWORK_LIST_FORMATTERS } from '../../src/report/frameworks/list.ts';
import { GAPS_FORMATTERS } from '../../src/report/gaps/index.ts';
import { loadGapsFormatter } from '../../src/report/gaps/load.ts';
import { buildCoverageReport } from '../../src/cli/coverage-input.ts';
import { createContext } from '../../src/cli/context.ts';

describe('what the commands declare without loading their formatters', () => {
  it.each([
    ['gaps', GAPS_FORMATTERS],
    ['compare', COMPARE_FORMATTERS],
    ['diff', DIFF_FORMATTERS],
    ['check', CHECK_FORMATTERS],
    ['eval', EVAL_FORMATTERS],
    ['frameworkCheck', FRAMEWORK_CHECK_FORMATTERS],
    ['export', EXPORT_FORMATTERS],
  ] as const)('the %s formats are the formatters it has, in their order', (name, formatters) => {
    expect(FORMAT_NAMES[name]).toEqual(Object.keys(formatters));
  });

  it('the frameworks formats are the list, detail and crosswalk formatters with csv', () => {
    for (const formatters of [FRAMEWORK_LIST_FORMATTERS, FRAMEWORK_DETAIL_FORMATTERS, CROSSWALK_FORMATTERS]) {
      expect([...Object.keys(formatters), 'csv']).toEqual([...FORMAT_NAMES.frameworks]);
    }
    expect(FORMAT_NAMES.crosswalk).toEqual(FORMAT_NAMES.frameworks);
  });

  it('the check rule ids are the rules check runs', () => {
    expect(CHECK_RULE_IDS).toEqual([...CHECK_RULES.map((rule) => rule.id), UNUSED_DIRECTIVE_RULE.id]);
  });

  it('a gaps or compare formatter loaded on its own writes what the formatter table writes', async () => {
    const report = buildCoverageReport(
      ['strategies/kent.yaml', 'strategies/dorset.yaml'],
      undefined,
      createContext({ cwd: process.cwd(), env: {} }),
    );
    for (const format of FORMAT_NAMES.gaps) {
      expect((await loadGapsFormatter(format))(report, { color: false })).toBe(GAPS_FORMATTERS[format]!(report, { color: false }));
    }
    for (const format of FORMAT_NAMES.compare) {
      expect((await loadCompareFormatter(format))(report, { color: false })).toBe(COMPARE_FORMATTERS[format]!(report, { color: false }));
    }
    await expect(loadGapsFormatter('pdf')).rejects.toThrow(/no gaps format/);
  });
});
