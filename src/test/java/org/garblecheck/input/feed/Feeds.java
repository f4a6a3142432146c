package org.garblecheck.input.feed;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.input.ArticleReader;
import org.garblecheck.input.InputException;
import org.garblecheck.input.InputProblem;
import org.garblecheck.model.Article;

/** Test helper: what a reader made of a document. */
record Feeds(List<Article> articles, List<InputProblem> problems) {
  static Feeds read(ArticleReader reader, byte[] bytes) throws InputException {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    reader.readBytes("feed.xml", bytes, java.util.Optional.empty(), articles::add, problems::add);
    return new Feeds(articles, problems);
  }

  static Feeds read(ArticleReader reader, String text) throws InputException {
    return read(reader, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
        + "<channel><title>Harbour Gazette</title><link>https://news.example/</link>"
        + "<description>Local news</description>\n" + items + "</channel></rss>\n";
  }

  static String item(String guid, String title, String description) {
    return "<item><title>" + title + "</title><link>https://news.example/" + guid + "</link><guid>" + guid
        + "</guid><description>" + description + "</description></item>\n";
  }
}
