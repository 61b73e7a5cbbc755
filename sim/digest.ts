/**
 * Digests pin results bit for bit: FNV-1a (32-bit, two lanes for 64 bits) over the raw bytes of
 * typed arrays and the IEEE-754 bits of numbers. Cheap, dependency-free and identical in every JS
 * engine, which is what a determinism check needs (not a cryptographic hash).
 */
export class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x9e3779b9;
  private readonly f64 = new Float64Array(1);
  private readonly f64Bytes = new Uint8Array(this.f64.buffer);

  bytes(data: Uint8Array): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      a = Math.imul(a ^ x, 0x01000193);
      b = Math.imul(b ^ x, 0x01000193) ^ (b >>> 13);
    }
    this.a = a;
    this.b = b;
    return this;
  }

  array(data: ArrayBufferView): this {
    return this.bytes(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }

  number(x: number): this {
    this.f64[0] = x;
    return this.bytes(this.f64Bytes);
  }

  text(s: string): this {
    for (let i = 0; i < s.length; i++) this.number(s.charCodeAt(i));
    return this;
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
