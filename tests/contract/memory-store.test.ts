import { MemoryStore } from '../../src/session/memory-store.js'
import { sessionStoreContract } from './session-store-contract.js'

sessionStoreContract('memory', async (limits) => new MemoryStore(limits))
