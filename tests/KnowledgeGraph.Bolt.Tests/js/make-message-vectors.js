// Packs Bolt request messages built by the official driver's RequestMessage and prints {name, hex} as JSON
// (the ROUTE message of Bolt 4.4+ as the routing driver sends it).
'use strict'
const { v2 } = require('neo4j-driver-bolt-connection/lib/packstream')
const { Structure } = require('neo4j-driver-bolt-connection/lib/packstream/structure')
const RequestMessage = require('neo4j-driver-bolt-connection/lib/bolt/request-message').default

class ByteChannel {
  constructor () { this.bytes = [] }
  writeUInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt16 (v) { const b = Buffer.alloc(2); b.writeInt16BE(v); this.bytes.push(...b) }
  writeInt32 (v) { const b = Buffer.alloc(4); b.writeInt32BE(v); this.bytes.push(...b) }
  writeFloat64 (v) { const b = Buffer.alloc(8); b.writeDoubleBE(v); this.bytes.push(...b) }
  writeBytes (buf) { for (let i = 0; i < buf.length; i++) this.bytes.push(buf.getUInt8 ? buf.getUInt8(i) : buf[i]) }
}

function pack (message) {
  const channel = new ByteChannel()
  new v2.Packer(channel).packable(new Structure(message.signature, message.fields))()
  return Buffer.from(channel.bytes).toString('hex').toUpperCase()
}

const vectors = [
  ['route home', RequestMessage.routeV4x4({ address: 'core1.example.com:7687' }, [], {})],
  ['route db', RequestMessage.routeV4x4({ address: 'core1.example.com:7687', region: 'eu' }, ['bm:1', 'bm:2'], { databaseName: 'movies' })],
  ['route impersonated', RequestMessage.routeV4x4({ address: '127.0.0.1:7687' }, [], { databaseName: 'neo4j', impersonatedUser: 'bob' })]
]
process.stdout.write(JSON.stringify(vectors.map(([name, message]) => ({ name, hex: pack(message) })), null, 1) + '\n')
