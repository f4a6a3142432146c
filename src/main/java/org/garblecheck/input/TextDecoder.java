package org.garblecheck.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes as strict UTF-8 (a leading byte-order mark is dropped) and refuses what is not text:
 * empty input, binary data and invalid byte sequences each get a message that says so.
 */
public final class TextDecoder {
  private static final int BINARY_PROBE = 8192;

  private TextDecoder() {}

  public static String decode(byte[] bytes) throws InputException {
    int from = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    if (bytes.length - from == 0) {
      throw new InputException("empty file");
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new InputException("UTF-16 text is not supported; convert the file to UTF-8");
    }
    for (int i = from; i < Math.min(bytes.length, from + BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (contains NUL bytes), not text");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    try {
      String text = decoder.decode(in).toString();
      if (text.isBlank()) {
        throw new InputException("empty file (only white space)");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new InputException("not valid UTF-8 (bad byte at offset " + in.position()
          + "); convert the file to UTF-8");
    } catch (CharacterCodingException e) {
      throw new InputException("not valid UTF-8; convert the file to UTF-8");
    }
  }
}
