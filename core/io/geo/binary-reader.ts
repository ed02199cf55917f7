/** Bounds-checked little/big-endian reader over a Uint8Array. */
export class BinaryReader {
  private readonly view: DataView;
  offset: number;

  constructor(readonly bytes: Uint8Array, offset = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }

  get remaining(): number {
    return this.bytes.byteLength - this.offset;
  }

  private need(n: number): void {
    if (this.offset + n > this.bytes.byteLength) throw new RangeError(`truncated data: need ${n} byte(s) at offset ${this.offset} of ${this.bytes.byteLength}`);
  }

  u8(): number { this.need(1); return this.view.getUint8(this.offset++); }
  u16(le: boolean): number { this.need(2); const v = this.view.getUint16(this.offset, le); this.offset += 2; return v; }
  u32(le: boolean): number { this.need(4); const v = this.view.getUint32(this.offset, le); this.offset += 4; return v; }
  i32(le: boolean): number { this.need(4); const v = this.view.getInt32(this.offset, le); this.offset += 4; return v; }
  f64(le: boolean): number { this.need(8); const v = this.view.getFloat64(this.offset, le); this.offset += 8; return v; }
  skip(n: number): void { this.need(n); this.offset += n; }
  slice(n: number): Uint8Array { this.need(n); const s = this.bytes.subarray(this.offset, this.offset + n); this.offset += n; return s; }
}
