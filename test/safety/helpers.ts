/** What the safety tests share: the repository root and the in-process CLI. */
export { ROOT, runCli as vawg } from '../helpers/cli.ts';
