import { pillarPlace, type CheckRule } from './types.js';

/** Overall or per-pillar coverage under the configured minimum. */
export const minCoverageRule: CheckRule = {
  id: 'min-coverage',
  description: 'Overall or per-pillar coverage of the framework is under the required minimum.',
  defaultSeverity: 'error',
  check(context) {
    const minimum = context.minCoverage;
    if (minimum === undefined) return [];
    const results = [];
    const { overall } = context.coverage;
    if (overall.ratio < minimum) {
      results.push({
        message: `overall coverage ${percent(overall.ratio)} (${overall.covered} of ${overall.total} actions) is under the minimum ${percent(minimum)}`,
        line: 1,
        column: 1,
      });
    }
    for (const pillar of context.coverage.pillars) {
      // A one-level catalog's implicit group has the overall tally, reported above.
      if (pillar.implicit || pillar.ratio >= minimum) continue;
      results.push({
        message: `pillar ${pillar.id} ("${pillar.title}") coverage ${percent(pillar.ratio)} (${pillar.covered} of ${pillar.total} actions) is under the minimum ${percent(minimum)}`,
        ...pillarPlace(context, pillar.id),
      });
    }
    return results;
  },
};

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
