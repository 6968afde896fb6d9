// Packs a table of values with the official driver's PackStream packer and prints {name, hex} as JSON.
'use strict'
const { v2 } = require('neo4j-driver-bolt-connection/lib/packstream')
const { Structure } = require('neo4j-driver-bolt-connection/lib/packstream/structure')
const { int, Vector } = require('neo4j-driver-core')
// Bolt 6.0 turns a Vector into its structure with the protocol's own transformer (type marker + big-endian data).
const vectorTransformer = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v6x0.transformer').default.createVectorTransformer()
const vector = (typed) => vectorTransformer.toStructure(new Vector(typed))

class ByteChannel {
  constructor () { this.bytes = [] }
  writeUInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt16 (v) { const b = Buffer.alloc(2); b.writeInt16BE(v); this.bytes.push(...b) }
  writeInt32 (v) { const b = Buffer.alloc(4); b.writeInt32BE(v); this.bytes.push(...b) }
  writeFloat64 (v) { const b = Buffer.alloc(8); b.writeDoubleBE(v); this.bytes.push(...b) }
  writeBytes (buf) { for (let i = 0; i < buf.length; i++) this.bytes.push(buf.getUInt8 ? buf.getUInt8(i) : buf[i]) }
}

function pack (value) {
  const channel = new ByteChannel()
  new v2.Packer(channel).packable(value)()
  return Buffer.from(channel.bytes).toString('hex').toUpperCase()
}

const s = (tag, ...fields) => new Structure(tag.charCodeAt(0), fields)
const vectors = [
  ['null', null], ['true', true], ['false', false],
  ['int 0', int(0)], ['int -16', int(-16)], ['int 127', int(127)], ['int -17', int(-17)], ['int -128', int(-128)],
  ['int 128', int(128)], ['int -32768', int(-32768)], ['int 32768', int(32768)], ['int -2147483648', int(-2147483648)],
  ['int 2147483648', int('2147483648')], ['int min', int('-9223372036854775808')], ['int max', int('9223372036854775807')],
  ['float 1.1', 1.1], ['float -0.5', -0.5], ['float 1e300', 1e300],
  ['string empty', ''], ['string accents', 'Größenmaßstäbe'], ['string emoji', 'faire alliance 🤝'],
  ['string 16', 'a'.repeat(16)], ['string 256', 'b'.repeat(256)], ['string 65536', 'c'.repeat(65536)],
  ['list empty', []], ['list mixed', [int(1), 'two', null, [1.5]]], ['list 16', Array.from({ length: 16 }, (_, i) => int(i))],
  ['list 300', Array.from({ length: 300 }, () => int(1))],
  ['map empty', {}], ['map nested', { a: int(1), b: { c: [true, false] } }],
  ['map 20', Object.fromEntries(Array.from({ length: 20 }, (_, i) => ['k' + i, int(i)]))],
  ['date', s('D', int(19782))],
  ['local time', s('t', int('43200500000000'))],
  ['time', s('T', int('3600000000000'), int(7200))],
  ['local date-time', s('d', int(1700000000), int(123456700))],
  ['date-time legacy', s('F', int(1700003600), int(0), int(3600))],
  ['date-time utc', s('I', int(1700000000), int(500), int(-18000))],
  ['date-time zone id legacy', s('f', int(1700003600), int(0), 'Europe/Paris')],
  ['date-time zone id utc', s('i', int(1700000000), int(0), 'Europe/Paris')],
  ['duration', s('E', int(14), int(3), int(7200), int(500))],
  ['point 2d', s('X', int(4326), 2.35, 48.85)],
  ['point 3d', s('Y', int(9157), 1.0, 2.0, 3.5)],
  ['node', s('N', int(1), ['Actor'], { name: 'Le RAMEAU' })],
  ['node 5', s('N', int(1), ['Actor'], { name: 'Le RAMEAU' }, '4:db:1')],
  ['relationship', s('R', int(7), int(1), int(2), 'PARTICIPATES_IN', { role: 'PARTNER' })],
  ['relationship 5', s('R', int(7), int(1), int(2), 'PARTICIPATES_IN', {}, '5:db:7', '4:db:1', '4:db:2')],
  ['vector int8 6', vector(Int8Array.from([1, -1, 127, -128]))],
  ['vector int16 6', vector(Int16Array.from([300, -300]))],
  ['vector int32 6', vector(Int32Array.from([70000, -70000, 0]))],
  ['vector int64 6', vector(BigInt64Array.from([9007199254740993n, -1n]))],
  ['vector float32 6', vector(Float32Array.from([1.5, -2, 0.1]))],
  ['vector float64 6', vector(Float64Array.from([Math.PI, -0.5]))],
  ['vector empty 6', vector(new Float64Array(0))],
  ['path', s('P', [s('N', int(1), [], {}), s('N', int(2), [], {})], [s('r', int(7), 'LINKS', {})], [int(1), int(1)])],
]
process.stdout.write(JSON.stringify(vectors.map(([name, value]) => ({ name, hex: pack(value) })), null, 1) + '\n')
