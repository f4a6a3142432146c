package org.garblecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file atomically: everything goes to a temporary file beside the target, which replaces
 * the target only on {@link #commit()}. Closing without committing deletes the temporary file, so a failed
 * run never leaves a partial report behind.
 */
public final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  public AtomicOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("directory " + dir + " does not exist");
    }
    this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
  }

  public Writer writer() {
    return writer;
  }

  public void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
