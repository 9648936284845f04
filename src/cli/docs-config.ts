import { writeFileSync } from 'node:fs'
import { configReference } from '../config/reference.js'

// `npm run docs:config`: regenerates docs/configuration.md from the schema.
writeFileSync(new URL('../../docs/configuration.md', import.meta.url), configReference() + '\n')
process.stdout.write('docs/configuration.md written\n')
