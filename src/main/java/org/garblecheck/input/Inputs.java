package org.garblecheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Expands the paths a user names (files, directories searched recursively by extension, {@code -} for
 * standard input) and reads them lazily, one file at a time, into {@link InputItem}s. A file that cannot be
 * read becomes a problem item and the rest are still read.
 */
public final class Inputs implements Iterable<InputItem> {
  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final List<String> paths;
  private final InputStream stdin;

  public Inputs(List<String> paths, InputStream stdin) {
    this.paths = List.copyOf(paths);
    this.stdin = stdin;
  }

  @Override
  public Iterator<InputItem> iterator() {
    return new Iterator<>() {
      private final Iterator<String> named = paths.iterator();
      private final Deque<InputItem> ready = new ArrayDeque<>();
      private final Deque<Path> pendingFiles = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty()) {
          if (!pendingFiles.isEmpty()) {
            Path p = pendingFiles.poll();
            readFile(p.toString(), p, InputFormat.forFileName(p.getFileName().toString()).orElseThrow(), ready);
          } else if (named.hasNext()) {
            expand(named.next(), pendingFiles, ready);
          } else {
            return false;
          }
        }
        return true;
      }

      @Override
      public InputItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  /**
   * How many items the named paths hold, when that is known without reading them (plain files and
   * directories of files other than JSON Lines); -1 otherwise. For progress display only.
   */
  public static int countFiles(List<String> paths) {
    int n = 0;
    for (String name : paths) {
      if (name.equals("-")) {
        return -1;
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> files = walk.filter(Files::isRegularFile)
              .filter(f -> InputFormat.forFileName(f.getFileName().toString()).isPresent()).toList();
          if (files.stream().anyMatch(f -> InputFormat.forFileName(f.getFileName().toString()).get()
              == InputFormat.JSONL)) {
            return -1;
          }
          n += files.size();
        } catch (IOException | java.io.UncheckedIOException e) {
          return -1;
        }
      } else if (InputFormat.forFileName(name).orElse(InputFormat.TEXT) == InputFormat.JSONL) {
        return -1;
      } else {
        n++;
      }
    }
    return n;
  }

  private void expand(String name, Deque<Path> files, Deque<InputItem> out) {
    if (name.equals("-")) {
      try {
        byte[] bytes = stdin.readNBytes((int) Math.min(MAX_FILE_BYTES + 1, Integer.MAX_VALUE - 8));
        decodeAndRead("<stdin>", bytes, InputFormat.TEXT, out);
      } catch (IOException e) {
        out.add(InputItem.of(new InputProblem("<stdin>", "cannot read standard input: " + e.getMessage())));
      }
      return;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(p -> InputFormat.forFileName(p.getFileName().toString()).isPresent())
            .sorted()
            .forEach(found::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        out.add(InputItem.of(new InputProblem(name, "cannot list directory: " + e.getMessage())));
        return;
      }
      if (found.isEmpty()) {
        out.add(InputItem.of(new InputProblem(name, "no files with a known extension ("
            + InputFormat.knownExtensions() + ") in this directory")));
      }
      files.addAll(found);
      return;
    }
    if (!Files.exists(path)) {
      out.add(InputItem.of(new InputProblem(name, "no such file or directory")));
      return;
    }
    var format = InputFormat.forFileName(path.getFileName().toString());
    if (format.isEmpty()) {
      out.add(InputItem.of(new InputProblem(name, "unsupported file type (expected "
          + InputFormat.knownExtensions() + ")")));
      return;
    }
    readFile(name, path, format.get(), out);
  }

  private static void readFile(String name, Path path, InputFormat format, Deque<InputItem> out) {
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        out.add(InputItem.of(new InputProblem(name, "file is " + size / (1024 * 1024)
            + " MB, over the " + MAX_FILE_BYTES / (1024 * 1024) + " MB limit")));
        return;
      }
      decodeAndRead(name, Files.readAllBytes(path), format, out);
    } catch (NoSuchFileException e) {
      out.add(InputItem.of(new InputProblem(name, "no such file or directory")));
    } catch (AccessDeniedException e) {
      out.add(InputItem.of(new InputProblem(name, "permission denied")));
    } catch (IOException e) {
      out.add(InputItem.of(new InputProblem(name, "cannot read: " + e.getMessage())));
    }
  }

  private static void decodeAndRead(String name, byte[] bytes, InputFormat format, Deque<InputItem> out) {
    if (bytes.length > MAX_FILE_BYTES) {
      out.add(InputItem.of(new InputProblem(name, "input is over the "
          + MAX_FILE_BYTES / (1024 * 1024) + " MB limit")));
      return;
    }
    try {
      String text = TextDecoder.decode(bytes);
      format.reader().read(name, text, a -> out.add(InputItem.of(a)), p -> out.add(InputItem.of(p)));
    } catch (InputException e) {
      out.add(InputItem.of(new InputProblem(name, e.getMessage())));
    }
  }
}
