package org.garblecheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8AndDropsTheByteOrderMark() throws InputException {
    byte[] body = "Zoë went to Łódź.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("Zoë went to Łódź.", TextDecoder.decode(withBom));
    assertEquals("Zoë went to Łódź.", TextDecoder.decode(body));
  }

  @Test
  void refusesEmptyAndBlankInput() {
    assertEquals("empty file", assertThrows(InputException.class, () -> TextDecoder.decode(new byte[0])).getMessage());
    assertTrue(assertThrows(InputException.class, () -> TextDecoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)))
        .getMessage().startsWith("empty file"));
  }

  @Test
  void refusesBinaryData() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    assertTrue(assertThrows(InputException.class, () -> TextDecoder.decode(png)).getMessage().contains("binary"));
  }

  @Test
  void namesTheOffsetOfAnInvalidByte() {
    byte[] latin1 = "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(latin1));
    assertEquals("not valid UTF-8 (bad byte at offset 3); convert the file to UTF-8", e.getMessage());
  }

  @Test
  void refusesUtf16WithAHint() {
    byte[] utf16 = "Hi".getBytes(StandardCharsets.UTF_16);
    assertTrue(assertThrows(InputException.class, () -> TextDecoder.decode(utf16)).getMessage().contains("UTF-16"));
  }
}
