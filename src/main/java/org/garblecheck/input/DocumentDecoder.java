package org.garblecheck.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes documents that say which character set they use: XML (feeds), HTML and JSON. The charset is
 * taken, in this order, from a byte-order mark, the HTTP {@code Content-Type} header, the document's own
 * declaration (the XML prolog's {@code encoding}, an HTML {@code <meta charset>}); without any, the bytes
 * are read as UTF-8 when they are valid UTF-8 and as Windows-1252 otherwise (what browsers and feed readers
 * do with legacy pages; JSON must be UTF-8). As in the WHATWG Encoding Standard, the labels ISO-8859-1,
 * Latin-1 and US-ASCII mean Windows-1252, whose curly quotes and dashes many "Latin-1" feeds contain.
 *
 * <p>A declared charset that the bytes do not match is an error naming the offset: the text would be
 * garbled otherwise.
 */
public final class DocumentDecoder {
  /** What kind of document the bytes are: it decides where a declaration is looked for. */
  public enum Kind { XML, HTML, JSON }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
      "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819", "cp1252", "windows-1252", "x-cp1252");
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\A\\s*<\\?xml[^>]{0,200}?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern HTML_META = Pattern.compile(
      "<meta\\b[^>]{0,300}?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final int DECLARATION_PROBE = 1024;
  private static final int BINARY_PROBE = 8192;

  private DocumentDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param headerCharset the {@code charset} parameter of an HTTP Content-Type header, if any
   */
  public static String decode(byte[] bytes, Optional<String> headerCharset, Kind kind) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    Optional<Charset> bom = bomCharset(bytes);
    int skip = bom.map(DocumentDecoder::bomLength).orElse(0);
    Charset charset;
    String declaredBy;
    if (bom.isPresent()) {
      charset = bom.get();
      declaredBy = "byte-order mark";
    } else if (headerCharset.isPresent() && !headerCharset.get().isBlank()) {
      charset = charset(headerCharset.get(), "the Content-Type header");
      declaredBy = "the Content-Type header";
    } else {
      Optional<String> declared = declaration(bytes, kind);
      if (declared.isPresent()) {
        charset = charset(declared.get(), kind == Kind.XML ? "the XML declaration" : "the HTML meta tag");
        declaredBy = kind == Kind.XML ? "the XML declaration" : "the HTML meta tag";
      } else {
        charset = null;
        declaredBy = null;
      }
    }
    if (!isUtf16(charset)) {
      for (int i = skip; i < Math.min(bytes.length, skip + BINARY_PROBE); i++) {
        if (bytes[i] == 0) {
          throw new InputException("binary file (contains NUL bytes), not text");
        }
      }
    }
    String text;
    if (charset == null) {
      text = strictUtf8(bytes, skip).orElse(null);
      if (text == null) {
        if (kind == Kind.JSON) {
          throw new InputException("not valid UTF-8 (bad byte at offset " + badUtf8Offset(bytes, skip)
              + "); JSON must be UTF-8");
        }
        text = new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
      }
    } else {
      text = strict(bytes, skip, charset, declaredBy);
    }
    if (text.isBlank()) {
      throw new InputException("empty file (only white space)");
    }
    return text;
  }

  /** The charset of a {@code Content-Type} header value, if it names one. */
  public static Optional<String> charsetParameter(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String v = p.substring(8).strip().replace("\"", "").replace("'", "");
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Charset charset(String label, String where) throws InputException {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (LATIN1_LABELS.contains(l)) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException("unknown character set '" + label + "' named in " + where);
    }
  }

  private static Optional<String> declaration(byte[] bytes, Kind kind) {
    if (kind == Kind.JSON) {
      return Optional.empty();
    }
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_PROBE), StandardCharsets.ISO_8859_1);
    Matcher m = (kind == Kind.XML ? XML_ENCODING : HTML_META).matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String strict(byte[] bytes, int skip, Charset charset, String declaredBy) throws InputException {
    boolean singleByte = charset.equals(WINDOWS_1252) || charset.name().toLowerCase(Locale.ROOT).startsWith("iso-8859");
    CharsetDecoder d = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(singleByte ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return d.decode(in).toString();
    } catch (CharacterCodingException e) {
      String hint = charset.equals(StandardCharsets.UTF_8) && strictUtf8(bytes, skip).isEmpty()
          ? "; the text is probably Windows-1252: fix the declaration" : "";
      int at = Math.min(in.position(), bytes.length - 1);
      throw new InputException("not valid " + charset.name() + " as declared by " + declaredBy
          + " (bad byte 0x" + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " at offset " + at + ")"
          + hint);
    }
  }

  private static Optional<String> strictUtf8(byte[] bytes, int skip) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int badUtf8Offset(byte[] bytes, int skip) {
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
    } catch (CharacterCodingException e) {
      return in.position();
    }
    return -1;
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(Charset c) {
    return c.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static boolean isUtf16(Charset c) {
    return c != null && c.name().startsWith("UTF-16");
  }
}
