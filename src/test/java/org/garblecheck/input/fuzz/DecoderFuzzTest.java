package org.garblecheck.input.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.garblecheck.input.DocumentDecoder;
import org.garblecheck.input.InputException;
import org.garblecheck.input.TextDecoder;

/**
 * Any bytes through the decoders: text or an {@link InputException}. What {@link TextDecoder} accepts is
 * exactly the UTF-8 it was given (less a byte-order mark).
 */
class DecoderFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void decode(byte[] data) {
    try {
      String text = TextDecoder.decode(data);
      assertFalse(text.isBlank());
      boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
          && (data[2] & 0xFF) == 0xBF;
      assertArrayEquals(bom ? Arrays.copyOfRange(data, 3, data.length) : data,
          text.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      assertFalse(e.getMessage().isBlank());
    }
    for (DocumentDecoder.Kind kind : DocumentDecoder.Kind.values()) {
      try {
        assertFalse(DocumentDecoder.decode(data, Optional.empty(), kind).isBlank());
      } catch (InputException e) {
        assertFalse(e.getMessage().isBlank());
      }
    }
  }
}
