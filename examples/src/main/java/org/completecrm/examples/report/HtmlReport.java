package org.completecrm.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A self-contained HTML report: headings, text, tables and SVG charts (line, bar, heat map) in
 * one file with no script and no external resource, so it opens in any browser, offline.
 */
public final class HtmlReport {
  private final String title;
  private final List<String> parts = new ArrayList<>();

  private HtmlReport(String title) {
    this.title = title;
  }

  /** A new, empty report with a title. */
  public static HtmlReport titled(String title) {
    return new HtmlReport(title);
  }

  /** A named series of (x, y) points for a line chart. */
  public static final class Series {
    final Svg.Series svg;

    private Series(String name, double[] xs, double[] ys) {
      this.svg = new Svg.Series(name, xs, ys);
    }
  }

  /** A series named {@code name} with the given x and y values (same length). */
  public static Series series(String name, double[] xs, double[] ys) {
    return new Series(name, xs, ys);
  }

  /** Adds a section heading. */
  public HtmlReport heading(String text) {
    parts.add("<h2>" + Html.escape(text) + "</h2>");
    return this;
  }

  /** Adds a heading one level below a section heading. */
  public HtmlReport subheading(String text) {
    parts.add("<h3>" + Html.escape(text) + "</h3>");
    return this;
  }

  /** Adds a paragraph of text. */
  public HtmlReport paragraph(String text) {
    parts.add("<p>" + Html.escape(text) + "</p>");
    return this;
  }

  /** Adds text whose line breaks and indentation matter (a decision's explanation). */
  public HtmlReport preformatted(String text) {
    parts.add("<pre>" + Html.escape(text) + "</pre>");
    return this;
  }

  /** Adds a table with a header row. */
  public HtmlReport table(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder("<table><thead><tr>");
    for (String h : header) {
      sb.append("<th>").append(Html.escape(h)).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (String cell : row) {
        sb.append("<td>").append(Html.escape(cell)).append("</td>");
      }
      sb.append("</tr>");
    }
    parts.add(sb.append("</tbody></table>").toString());
    return this;
  }

  /** Adds a line chart. */
  public HtmlReport lineChart(String caption, String xLabel, String yLabel, Series... series) {
    List<Svg.Series> s = new ArrayList<>();
    Arrays.stream(series).forEach(x -> s.add(x.svg));
    return figure(caption, Svg.lines(xLabel, yLabel, s));
  }

  /** Adds a bar chart with one bar per label. */
  public HtmlReport barChart(String caption, String xLabel, String yLabel, List<String> labels, double[] values) {
    if (labels.size() != values.length) {
      throw new IllegalArgumentException(caption + ": " + labels.size() + " labels for " + values.length + " values");
    }
    return figure(caption, Svg.bars(xLabel, yLabel, labels, values));
  }

  /** Adds a heat map of values in [0, 1]; {@code cells[row][column]}, rows drawn bottom to top. */
  public HtmlReport heatmap(String caption, String xLabel, String yLabel, List<String> columns, List<String> rows, double[][] cells) {
    return figure(caption, Svg.heatmap(xLabel, yLabel, columns, rows, cells));
  }

  private HtmlReport figure(String caption, String svg) {
    parts.add("<figure>" + svg + "<figcaption>" + Html.escape(caption) + "</figcaption></figure>");
    return this;
  }

  /** The report as one HTML document. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}")
        .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}")
        .append("th{background:#f6f8fa}figure{margin:1.5rem 0}figcaption{color:#57606a;font-size:.9rem}pre{white-space:pre-wrap;background:#f6f8fa;padding:.8rem;font-size:.85rem}</style>\n")
        .append("</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
    for (String p : parts) {
      sb.append(p).append('\n');
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  /** Writes the report to {@code file} (creating parent directories) and returns the file. */
  public Path writeTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, render(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
