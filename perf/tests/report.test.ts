import assert from 'node:assert/strict'
import { test } from 'node:test'
import { summarizeProfile, shortUrl, type CpuProfile } from '../profile/cpuprofile.js'
import { escapeXml, lineChart, logTicks, niceTicks } from '../report/svg-chart.js'

test('the chart is one SVG document with a path per series and escaped labels', () => {
  const svg = lineChart({ title: 'a < b', xLabel: 'x', yLabel: 'y', yLog: true, series: [{ name: 'gw & co', points: [[0, 0.5], [1, 2]] }, { name: 'direct', points: [[0, 0.2], [1, 1]] }] })
  assert.ok(svg.startsWith('<svg '))
  assert.ok(svg.trimEnd().endsWith('</svg>'))
  assert.equal(svg.match(/<path /g)?.length, 2)
  assert.ok(svg.includes('gw &amp; co'))
  assert.ok(svg.includes('a &lt; b'))
  assert.ok(!svg.includes('NaN'))
})

test('a chart with no finite points still renders without NaN', () => {
  const svg = lineChart({ title: 't', xLabel: 'x', yLabel: 'y', series: [{ name: 's', points: [[0, Number.NaN]] }] })
  assert.ok(!svg.includes('NaN'))
})

test('ticks are round numbers covering the range', () => {
  assert.deepEqual(niceTicks(0, 10, 5), [0, 2, 4, 6, 8, 10])
  assert.deepEqual(logTicks(0.1, 10), [0.1, 0.2, 0.5, 1, 2, 5, 10])
  assert.equal(escapeXml('"\'<>&'), '&quot;&apos;&lt;&gt;&amp;')
})

test('self time is charged to the sampled function and idle time is left out of the shares', () => {
  const p: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
      { id: 2, callFrame: { functionName: 'scan', url: 'file:///repo/build/src/detection/a.js', lineNumber: 9 } },
      { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      { id: 4, callFrame: { functionName: '', url: 'file:///repo/node_modules/undici/lib/x.js', lineNumber: 0 } },
    ],
    startTime: 0,
    endTime: 1000,
    samples: [2, 2, 2, 4, 3],
    timeDeltas: [100, 100, 100, 100, 600],
  }
  const s = summarizeProfile(p, '/repo/', 10)
  assert.equal(s.totalMs, 1)
  assert.equal(s.idleMs, 0.6)
  assert.equal(s.functions[0]?.fn, 'scan')
  assert.equal(s.functions[0]?.where, 'build/src/detection/a.js:10')
  assert.equal(s.functions[0]?.share, 0.75)
  assert.equal(s.functions[1]?.fn, '(anonymous)')
  assert.equal(shortUrl('file:///repo/node_modules/undici/lib/x.js', '/repo/'), 'node_modules/undici/lib/x.js')
})
