package org.garblecheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.garblecheck.input.DocumentDecoder.Kind;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void theHeaderCharsetWinsOverTheDocument() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"></head><body>\u201cQuoted\u201d</body></html>";
    assertEquals(html, DocumentDecoder.decode(html.getBytes(CP1252), Optional.of("windows-1252"), Kind.HTML));
  }

  @Test
  void htmlMetaCharsetIsHonoured() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body>Caf\u00e9 \u2013 open</body></html>";
    assertEquals(html, DocumentDecoder.decode(html.getBytes(CP1252), Optional.empty(), Kind.HTML));
  }

  @Test
  void aByteOrderMarkWinsAndIsDropped() throws Exception {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = "<rss>\u00e9</rss>".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    assertEquals("<rss>\u00e9</rss>", DocumentDecoder.decode(all, Optional.of("iso-8859-1"), Kind.XML));
  }

  @Test
  void unknownCharsetsAndBinaryAreErrors() {
    InputException e = assertThrows(InputException.class,
        () -> DocumentDecoder.decode("<x/>".getBytes(StandardCharsets.US_ASCII), Optional.of("klingon-8"), Kind.XML));
    assertEquals("unknown character set 'klingon-8' named in the Content-Type header", e.getMessage());
    e = assertThrows(InputException.class,
        () -> DocumentDecoder.decode(new byte[] {'<', 0, 'x'}, Optional.empty(), Kind.XML));
    assertEquals("binary file (contains NUL bytes), not text", e.getMessage());
    e = assertThrows(InputException.class, () -> DocumentDecoder.decode(new byte[0], Optional.empty(), Kind.HTML));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void charsetParameterIsReadFromContentType() {
    assertEquals(Optional.of("ISO-8859-1"),
        DocumentDecoder.charsetParameter("application/rss+xml; charset=\"ISO-8859-1\""));
    assertEquals(Optional.empty(), DocumentDecoder.charsetParameter("text/html"));
    assertEquals(Optional.empty(), DocumentDecoder.charsetParameter(null));
  }
}
