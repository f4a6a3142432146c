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
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.garblecheck.input.feed.FeedItems;
import org.garblecheck.input.feed.FeedSniffer;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.model.Article;

/**
 * Expands the inputs a user names (files, directories searched recursively by extension, {@code http(s)://}
 * URLs of feeds or pages, {@code -} for standard input) and reads them lazily, one at a time, into
 * {@link InputItem}s. An input that cannot be read becomes a problem item and the rest are still read. With
 * {@link InputOptions#followLinks()} the pages feed items link to are fetched in the background, a few
 * items ahead of the consumer.
 */
public final class Inputs implements Iterable<InputItem> {
  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Feed items whose pages are being fetched ahead of the consumer, at most. */
  private static final int FOLLOW_AHEAD = 32;

  private final List<String> paths;
  private final InputStream stdin;
  private final InputOptions options;

  public Inputs(List<String> paths, InputStream stdin) {
    this(paths, stdin, InputOptions.defaults());
  }

  public Inputs(List<String> paths, InputStream stdin, InputOptions options) {
    this.paths = List.copyOf(paths);
    this.stdin = stdin;
    this.options = options;
  }

  @Override
  public Iterator<InputItem> iterator() {
    return new Reading();
  }

  /**
   * How many items the named paths hold, when that is known without reading them (plain files and
   * directories of files other than JSON Lines and feeds); -1 otherwise. For progress display only.
   */
  public static int countFiles(List<String> paths) {
    int n = 0;
    for (String name : paths) {
      if (name.equals("-") || HttpFetcher.isUrl(name)) {
        return -1;
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> files = walk.filter(Files::isRegularFile)
              .filter(f -> InputFormat.forFileName(f.getFileName().toString()).isPresent()).toList();
          if (files.stream().anyMatch(f -> manyItems(InputFormat.forFileName(f.getFileName().toString()).get()))) {
            return -1;
          }
          n += files.size();
        } catch (IOException | java.io.UncheckedIOException e) {
          return -1;
        }
      } else if (manyItems(InputFormat.forFileName(name).orElse(InputFormat.TEXT))) {
        return -1;
      } else {
        n++;
      }
    }
    return n;
  }

  private static boolean manyItems(InputFormat f) {
    return f == InputFormat.JSONL || f == InputFormat.FEED || f == InputFormat.JSON_FEED;
  }

  /** One item waiting to be handed out: read already, or a feed item whose page is (to be) fetched. */
  private static final class Slot {
    final InputItem done;
    final Article toFollow;
    CompletableFuture<InputItem> fetching;

    Slot(InputItem done, Article toFollow) {
      this.done = done;
      this.toFollow = toFollow;
    }
  }

  private final class Reading implements Iterator<InputItem>, UrlInput.Sink {
    private final Iterator<String> named = paths.iterator();
    private final Deque<Slot> ready = new ArrayDeque<>();
    private final Deque<Path> pendingFiles = new ArrayDeque<>();
    private ExecutorService followers;

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (!pendingFiles.isEmpty()) {
          Path p = pendingFiles.poll();
          readFile(p.toString(), p, InputFormat.forFileName(p.getFileName().toString()).orElseThrow(), true);
        } else if (named.hasNext()) {
          expand(named.next());
        } else {
          if (followers != null) {
            followers.shutdown();
          }
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
      startFetches();
      Slot s = ready.poll();
      if (s.done != null) {
        return s.done;
      }
      try {
        return s.fetching.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return InputItem.of(new InputProblem(s.toFollow.source(), "interrupted"));
      } catch (ExecutionException e) {
        return InputItem.of(new InputProblem(s.toFollow.source(), "cannot follow the link: " + e.getCause()));
      }
    }

    private void startFetches() {
      int n = 0;
      for (Slot s : ready) {
        if (n++ >= FOLLOW_AHEAD) {
          return;
        }
        if (s.toFollow != null && s.fetching == null) {
          Article a = s.toFollow;
          s.fetching = CompletableFuture.supplyAsync(() -> LinkFollower.follow(options.http(), a), followers());
        }
      }
    }

    private ExecutorService followers() {
      if (followers == null) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.followThreads(), options.followThreads(),
            30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
              Thread t = new Thread(r, "garblecheck-follow-links");
              t.setDaemon(true);
              return t;
            });
        pool.allowCoreThreadTimeOut(true);
        followers = pool;
      }
      return followers;
    }

    @Override
    public void article(Article a, boolean fromFeed) {
      if (fromFeed && options.followLinks()) {
        ready.add(new Slot(null, a));
      } else if (fromFeed && a.text().isBlank()) {
        problem(new InputProblem(a.source(),
            "no text to check (the item has no content or summary; --follow-links fetches its page)"));
      } else if (a.text().length() > FeedItems.MAX_ITEM_CHARS) {
        // one article, not a batch: the same bound as for a feed item or a followed page
        problem(new InputProblem(a.source(), String.format(Locale.ROOT, "the article text is %,d characters, over"
            + " the %,d-character limit for one article; not scored", a.text().length(), FeedItems.MAX_ITEM_CHARS)));
      } else {
        ready.add(new Slot(InputItem.of(a), null));
      }
    }

    @Override
    public void problem(InputProblem p) {
      ready.add(new Slot(InputItem.of(p), null));
    }

    private void expand(String name) {
      if (name.equals("-")) {
        try {
          byte[] bytes = stdin.readNBytes((int) Math.min(MAX_FILE_BYTES + 1, Integer.MAX_VALUE - 8));
          decodeAndRead("<stdin>", bytes, InputFormat.TEXT);
        } catch (IOException e) {
          problem(new InputProblem("<stdin>", "cannot read standard input: " + e.getMessage()));
        }
        return;
      }
      if (HttpFetcher.isUrl(name)) {
        try {
          UrlInput.read(name, options.http(), this);
        } catch (InputException e) {
          problem(new InputProblem(name, e.getMessage()));
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
          problem(new InputProblem(name, "cannot list directory: " + e.getMessage()));
          return;
        }
        if (found.isEmpty()) {
          problem(new InputProblem(name, "no files with a known extension ("
              + InputFormat.knownExtensions() + ") in this directory"));
        }
        pendingFiles.addAll(found);
        return;
      }
      if (!Files.exists(path)) {
        problem(new InputProblem(name, "no such file or directory"));
        return;
      }
      var format = InputFormat.forFileName(path.getFileName().toString());
      if (format.isEmpty()) {
        problem(new InputProblem(name, "unsupported file type (expected "
            + InputFormat.knownExtensions() + ")"));
        return;
      }
      readFile(name, path, format.get(), false);
    }

    /** @param inDirectory found by walking a directory: {@code .xml}/{@code .json} files that are no feeds are passed over */
    private void readFile(String name, Path path, InputFormat format, boolean inDirectory) {
      try {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
          problem(new InputProblem(name, "file is " + size / (1024 * 1024)
              + " MB, over the " + MAX_FILE_BYTES / (1024 * 1024) + " MB limit"));
          return;
        }
        byte[] bytes = Files.readAllBytes(path);
        if (inDirectory && InputFormat.readOnlyIfFeed(name) && !FeedSniffer.isFeed(FeedSniffer.sniff(bytes))) {
          return;
        }
        decodeAndRead(name, bytes, format);
      } catch (NoSuchFileException e) {
        problem(new InputProblem(name, "no such file or directory"));
      } catch (AccessDeniedException e) {
        problem(new InputProblem(name, "permission denied"));
      } catch (IOException e) {
        problem(new InputProblem(name, "cannot read: " + e.getMessage()));
      }
    }

    private void decodeAndRead(String name, byte[] bytes, InputFormat format) {
      if (bytes.length > MAX_FILE_BYTES) {
        problem(new InputProblem(name, "input is over the " + MAX_FILE_BYTES / (1024 * 1024) + " MB limit"));
        return;
      }
      boolean feed = format == InputFormat.FEED || format == InputFormat.JSON_FEED;
      try {
        format.reader().readBytes(name, bytes, Optional.empty(), a -> article(a, feed), this::problem);
      } catch (InputException e) {
        problem(new InputProblem(name, e.getMessage()));
      }
    }
  }
}
