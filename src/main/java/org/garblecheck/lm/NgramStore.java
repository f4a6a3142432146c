package org.garblecheck.lm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * A compact immutable map from byte keys to non-negative longs: a Lucene {@link FST} with
 * {@link PositiveIntOutputs}. The language models keep every count in one store; a lookup walks the key's
 * bytes (well under a microsecond for n-gram keys). Thread-safe for reads.
 *
 * <p>File format: the FST's metadata followed by its bytes, as written by {@link FST#save}.
 */
public final class NgramStore {
  private static final PositiveIntOutputs OUTPUTS = PositiveIntOutputs.getSingleton();
  private final FST<Long> fst;

  private NgramStore(FST<Long> fst) {
    this.fst = fst;
  }

  /** Builds a store; keys are compared as unsigned bytes, and values must be ≥ 0. */
  public static NgramStore of(Map<Key, Long> entries) throws IOException {
    SortedMap<Key, Long> sorted = entries instanceof TreeMap<Key, Long> t ? t : new TreeMap<>(entries);
    FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, OUTPUTS).build();
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (var e : sorted.entrySet()) {
      long v = e.getValue();
      if (v < 0) {
        throw new IllegalArgumentException("negative value for a key");
      }
      compiler.add(Util.toIntsRef(new BytesRef(e.getKey().bytes()), scratch), v);
    }
    FST.FSTMetadata<Long> meta = compiler.compile();
    return new NgramStore(FST.fromFSTReader(meta, compiler.getFSTReader()));
  }

  public static NgramStore read(InputStream in) throws IOException {
    InputStreamDataInput data = new InputStreamDataInput(new BufferedInputStream(in));
    FST.FSTMetadata<Long> meta = FST.readMetadata(data, OUTPUTS);
    return new NgramStore(new FST<>(meta, data));
  }

  public void write(OutputStream out) throws IOException {
    OutputStreamDataOutput data = new OutputStreamDataOutput(new BufferedOutputStream(out));
    fst.save(data, data);
    data.close();
  }

  /** The value stored for a key, or {@code missing}. */
  public long get(byte[] key, long missing) {
    // Util.get(fst, key) without its boxed sums: this runs several times per token of every sentence
    try {
      FST.BytesReader in = fst.getBytesReader();
      FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
      long sum = arc.output();
      for (byte b : key) {
        if (fst.findTargetArc(b & 0xFF, arc, arc, in) == null) {
          return missing;
        }
        sum += arc.output();
      }
      return arc.isFinal() ? sum + arc.nextFinalOutput() : missing;
    } catch (IOException e) {
      throw new IllegalStateException("the in-memory FST cannot fail to read", e);
    }
  }

  public long get(String key, long missing) {
    return get(key.getBytes(StandardCharsets.UTF_8), missing);
  }

  /** Bytes of the FST. */
  public long sizeInBytes() {
    return fst.numBytes();
  }

  /** A key: bytes compared unsigned, lexicographically (the order the FST needs). */
  public record Key(byte[] bytes) implements Comparable<Key> {
    public static Key of(String s) {
      return new Key(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compareTo(Key o) {
      return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }
}
