import type { ClassifierSettings } from './settings.js';

/** A mapping's confidence from its score, by the fitted logistic curve (Platt scaling), to 2 places. */
export function confidenceOf(score: number, settings: Pick<ClassifierSettings, 'calibration'>): number {
  const { slope, intercept } = settings.calibration;
  return Math.round((1 / (1 + Math.exp(-(slope * score + intercept)))) * 100) / 100;
}

/**
 * Fits the logistic curve p = 1 / (1 + exp(-(slope * score + intercept))) to scores and whether each
 * mapping was right, by Newton's method on the log-likelihood with a small ridge, so it converges
 * even when the classes separate.
 */
export function fitCalibration(samples: { score: number; correct: boolean }[]): { slope: number; intercept: number } {
  let slope = 1;
  let intercept = 0;
  const ridge = 0.01;
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let gradientSlope = -ridge * slope;
    let gradientIntercept = 0;
    let hessianSS = -ridge;
    let hessianSI = 0;
    let hessianII = -1e-9;
    for (const sample of samples) {
      const p = 1 / (1 + Math.exp(-(slope * sample.score + intercept)));
      const error = (sample.correct ? 1 : 0) - p;
      const curvature = p * (1 - p);
      gradientSlope += error * sample.score;
      gradientIntercept += error;
      hessianSS -= curvature * sample.score * sample.score;
      hessianSI -= curvature * sample.score;
      hessianII -= curvature;
    }
    const determinant = hessianSS * hessianII - hessianSI * hessianSI;
    if (Math.abs(determinant) < 1e-12) break;
    const stepSlope = (hessianII * gradientSlope - hessianSI * gradientIntercept) / determinant;
    const stepIntercept = (hessianSS * gradientIntercept - hessianSI * gradientSlope) / determinant;
    slope -= stepSlope;
    intercept -= stepIntercept;
    if (Math.abs(stepSlope) + Math.abs(stepIntercept) < 1e-9) break;
  }
  return { slope: Math.round(slope * 1e4) / 1e4, intercept: Math.round(intercept * 1e4) / 1e4 };
}
