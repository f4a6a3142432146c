package org.garblecheck.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's configuration ({@code garblecheck.yml}): rules and categories on or off, weight and threshold
 * changes, accepted names and terms, and the same per source path glob. Immutable; give it to
 * {@code GarbleCheck.builder().config(…)}, which works out each article's settings.
 *
 * <pre>{@code
 * Config c = Config.load(Path.of("garblecheck.yml"));   // ConfigException with file:line on a mistake
 * GarbleCheck gc = GarbleCheck.builder().config(c).build();
 * }</pre>
 *
 * @param origin the file name as the user gave it (for messages), or a label for text given directly
 * @param directory the file's directory, against which {@code sources:} globs are also matched
 * @param defaults the top-level settings
 * @param sources the per-source overrides, in file order (later ones win)
 * @param ruleReferences every rule id the file names, checked against the known rules when a checker is built
 */
public record Config(
    String origin,
    Optional<Path> directory,
    Settings defaults,
    List<SourceOverride> sources,
    List<RuleReference> ruleReferences) {

  /** The file looked for in the working directory. */
  public static final String FILE_NAME = "garblecheck.yml";

  /** A rule id named in the file, and where ({@code file:line}). */
  public record RuleReference(String id, String at) {}

  public Config {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(defaults, "defaults");
    sources = List.copyOf(sources);
    ruleReferences = List.copyOf(ruleReferences);
  }

  /** No configuration: everything as bundled. */
  public static Config none() {
    return new Config("(none)", Optional.empty(), Settings.NONE, List.of(), List.of());
  }

  /** Reads a configuration file. Mistakes are {@link ConfigException}s naming the file and line. */
  public static Config load(Path file) {
    String where = file.toString();
    if (Files.isDirectory(file)) {
      throw new ConfigException(where + ": is a directory, not a configuration file");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(where + ": no such file");
    } catch (CharacterCodingException e) {
      throw new ConfigException(where + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(where + ": cannot read: " + e.getMessage());
    }
    return parse(text, where, file.toAbsolutePath().normalize().getParent());
  }

  /**
   * Reads configuration text. {@code origin} names it in messages; {@code directory} (may be null) is where
   * relative {@code sources:} globs are anchored besides the sources as given.
   */
  public static Config parse(String yaml, String origin, Path directory) {
    return ConfigReader.read(yaml, origin, Optional.ofNullable(directory));
  }

  /** {@code garblecheck.yml} in {@code dir}, if there is one. */
  public static Optional<Path> find(Path dir) {
    Path p = dir.resolve(FILE_NAME);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  public boolean isEmpty() {
    return defaults.equals(Settings.NONE) && sources.isEmpty();
  }
}
