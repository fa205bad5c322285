/**
 * Property tests draw the same cases on every run: a fixed seed, so a red run is a real regression and
 * can be replayed. FC_SEED=<n> explores other cases on demand.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_211_213) });
