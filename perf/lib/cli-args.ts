import { fileURLToPath } from 'node:url'

// The parser lives in src/cli (the gateway's own scripts use it and src/ cannot import perf/).
export { num, parse, str, type Values } from '../../src/cli/cli-args.js'

/** The repository root: this file is build/perf/lib/cli-args.js once compiled. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
