/**
 * PostgreSQL's COPY ends each CSV record with LF; RFC 4180, and every file the
 * service has given out, end them with CRLF. This turns each record-ending LF
 * (one outside quotes) into CRLF as the chunks go by, whatever the chunk
 * boundaries, and counts the records. A line break inside a quoted cell is the
 * person's own text and is left as it is. Byte-wise is safe in UTF-8: `"` and
 * LF never occur inside a multi-byte character.
 */
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export type RecordEnds = {
  /** The chunk with CRLF record ends (the same chunk when none changed). */
  convert(chunk: Uint8Array): Uint8Array;
  /** Records ended so far. */
  readonly records: number;
};

export function crlfRecordEnds(): RecordEnds {
  let quoted = false;
  let previous = 0;
  let records = 0;
  return {
    convert(chunk) {
      const bareEnds: number[] = [];
      for (let i = 0; i < chunk.length; i += 1) {
        const byte = chunk[i]!;
        if (byte === QUOTE)
          quoted = !quoted; // a doubled quote toggles twice: still inside
        else if (byte === LF && !quoted) {
          records += 1;
          if ((i > 0 ? chunk[i - 1] : previous) !== CR) bareEnds.push(i);
        }
      }
      if (chunk.length > 0) previous = chunk[chunk.length - 1]!;
      if (bareEnds.length === 0) return chunk;
      const out = new Uint8Array(chunk.length + bareEnds.length);
      let from = 0;
      let to = 0;
      for (const end of bareEnds) {
        out.set(chunk.subarray(from, end), to);
        to += end - from;
        out[to] = CR;
        to += 1;
        from = end; // the LF itself is copied with the next piece
      }
      out.set(chunk.subarray(from), to);
      return out;
    },
    get records() {
      return records;
    },
  };
}
