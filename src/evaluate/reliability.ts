/** One confidence band of the reliability table: how many mappings fell in it and how many of them were right. */
export interface ReliabilityBand {
  from: number;
  to: number;
  count: number;
  /** Share of the band's mappings that were right; null for an empty band. */
  accuracy: number | null;
  /** Mean confidence of the band's mappings; null for an empty band. */
  meanConfidence: number | null;
}

/** The edges of the bands, low to high; the last band includes 1. */
export const BAND_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** Groups mappings by confidence band and gives each band's accuracy, so one can see whether 0.8 means right about 80% of the time. */
export function reliabilityTable(samples: { confidence: number; correct: boolean }[]): ReliabilityBand[] {
  return BAND_EDGES.slice(0, -1).map((from, index) => {
    const to = BAND_EDGES[index + 1]!;
    const last = index === BAND_EDGES.length - 2;
    const inBand = samples.filter((sample) => sample.confidence >= from && (sample.confidence < to || (last && sample.confidence <= to)));
    const count = inBand.length;
    return {
      from,
      to,
      count,
      accuracy: count === 0 ? null : Math.round((inBand.filter((sample) => sample.correct).length / count) * 100) / 100,
      meanConfidence: count === 0 ? null : Math.round((inBand.reduce((sum, sample) => sum + sample.confidence, 0) / count) * 100) / 100,
    };
  });
}
