/** Byte-level helpers for the shard codec: a growable writer, a bounded reader, CRC-32. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
  byte(value: number) {
    this.room(1);
    this.buffer[this.length++] = value & 0xff;
  }
  bytes(values: Uint8Array) {
    this.room(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }
  /** Unsigned LEB128: small numbers (most time steps) take one byte. */
  varint(value: number) {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }
  /** A 47-bit hash in 6 bytes, big-endian. */
  hash(value: number) {
    for (let shift = 5; shift >= 0; shift -= 1) this.byte(Math.floor(value / 256 ** shift) % 256);
  }
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

/** Reads what ByteWriter wrote; throws RangeError past the end, which the decoder reports as damage. */
export class ByteReader {
  offset = 0;
  constructor(private readonly data: Uint8Array) {}

  get done() {
    return this.offset >= this.data.length;
  }
  byte(): number {
    if (this.offset >= this.data.length) throw new RangeError('ends early');
    return this.data[this.offset++]!;
  }
  varint(): number {
    let value = 0;
    for (let scale = 1; scale < 2 ** 49; scale *= 0x80) {
      const next = this.byte();
      value += (next & 0x7f) * scale;
      if (next < 0x80) return value;
    }
    throw new RangeError('number too long');
  }
  hash(): number {
    let value = 0;
    for (let i = 0; i < 6; i += 1) value = value * 256 + this.byte();
    return value;
  }
}

let table: Uint32Array | undefined;
/** CRC-32 (IEEE), to tell a damaged or misplaced value from a good one. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
