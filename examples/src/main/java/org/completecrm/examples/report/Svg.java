package org.completecrm.examples.report;

import java.util.List;
import java.util.Locale;

/** Small SVG charts drawn as text: no script, no external resources, so the report renders anywhere. */
final class Svg {
  static final int WIDTH = 640;
  static final int HEIGHT = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 24;
  private static final int TOP = 24;
  private static final int BOTTOM = 48;
  private static final String[] COLOURS = {"#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df"};

  private Svg() {}

  /** A line chart of one or more series over a shared numeric x axis. */
  static String lines(String xLabel, String yLabel, List<Series> series) {
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = 0;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.xs.length; i++) {
        minX = Math.min(minX, s.xs[i]);
        maxX = Math.max(maxX, s.xs[i]);
        minY = Math.min(minY, s.ys[i]);
        maxY = Math.max(maxY, s.ys[i]);
      }
    }
    Frame f = new Frame(minX, maxX, minY, maxY);
    StringBuilder sb = open();
    axes(sb, f, xLabel, yLabel, true);
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[k % COLOURS.length])
          .append("\" points=\"");
      for (int i = 0; i < s.xs.length; i++) {
        sb.append(fmt(f.x(s.xs[i]))).append(',').append(fmt(f.y(s.ys[i]))).append(' ');
      }
      sb.append("\"/>\n");
      legend(sb, k, s.name);
    }
    return sb.append("</svg>\n").toString();
  }

  /** A bar chart: one bar per labelled bin. */
  static String bars(String xLabel, String yLabel, List<String> labels, double[] values) {
    double maxY = 0;
    for (double v : values) {
      maxY = Math.max(maxY, v);
    }
    Frame f = new Frame(0, values.length, 0, maxY);
    StringBuilder sb = open();
    axes(sb, f, xLabel, yLabel, false);
    double w = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, values.length);
    for (int i = 0; i < values.length; i++) {
      double y = f.y(values[i]);
      sb.append("<rect fill=\"").append(COLOURS[0]).append("\" x=\"").append(fmt(LEFT + i * w + 1))
          .append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(Math.max(1, w - 2)))
          .append("\" height=\"").append(fmt(HEIGHT - BOTTOM - y)).append("\"><title>")
          .append(Html.escape(labels.get(i))).append(": ").append(fmt(values[i])).append("</title></rect>\n");
      if (values.length <= 12 || i % Math.max(1, values.length / 8) == 0) {
        sb.append(text(LEFT + i * w + w / 2, HEIGHT - BOTTOM + 14, labels.get(i), "middle", 10));
      }
    }
    return sb.append("</svg>\n").toString();
  }

  /** A heat map of values in [0, 1]: rows bottom to top, columns left to right. */
  static String heatmap(String xLabel, String yLabel, List<String> columns, List<String> rows, double[][] cells) {
    StringBuilder sb = open();
    double cw = (WIDTH - LEFT - RIGHT) / (double) columns.size();
    double ch = (HEIGHT - TOP - BOTTOM) / (double) rows.size();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        double v = Math.max(0, Math.min(1, cells[r][c]));
        double y = HEIGHT - BOTTOM - (r + 1) * ch;
        sb.append("<rect x=\"").append(fmt(LEFT + c * cw)).append("\" y=\"").append(fmt(y))
            .append("\" width=\"").append(fmt(cw)).append("\" height=\"").append(fmt(ch))
            .append("\" fill=\"").append(shade(v)).append("\"><title>").append(Html.escape(rows.get(r)))
            .append(" / ").append(Html.escape(columns.get(c))).append(": ").append(fmt(v)).append("</title></rect>\n");
      }
      sb.append(text(LEFT - 6, HEIGHT - BOTTOM - r * ch - ch / 2 + 4, rows.get(r), "end", 10));
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.size() <= 14 || c % Math.max(1, columns.size() / 10) == 0) {
        sb.append(text(LEFT + c * cw + cw / 2, HEIGHT - BOTTOM + 14, columns.get(c), "middle", 10));
      }
    }
    sb.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, xLabel, "middle", 12));
    sb.append("<text x=\"14\" y=\"").append(HEIGHT / 2).append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(HEIGHT / 2).append(")\">").append(Html.escape(yLabel)).append("</text>\n");
    return sb.append("</svg>\n").toString();
  }

  /** A named series of points. */
  static final class Series {
    final String name;
    final double[] xs;
    final double[] ys;

    Series(String name, double[] xs, double[] ys) {
      if (xs.length != ys.length) {
        throw new IllegalArgumentException("series " + name + ": " + xs.length + " x values, " + ys.length + " y values");
      }
      this.name = name;
      this.xs = xs.clone();
      this.ys = ys.clone();
    }
  }

  private static final class Frame {
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    Frame(double minX, double maxX, double minY, double maxY) {
      this.minX = minX;
      this.maxX = maxX > minX ? maxX : minX + 1;
      this.minY = minY;
      this.maxY = maxY > minY ? maxY : minY + 1;
    }

    double x(double v) {
      return LEFT + (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (v - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }

  private static StringBuilder open() {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" font-family=\"sans-serif\">\n");
  }

  private static void axes(StringBuilder sb, Frame f, String xLabel, String yLabel, boolean xTicks) {
    int x0 = LEFT;
    int y0 = HEIGHT - BOTTOM;
    sb.append("<line x1=\"").append(x0).append("\" y1=\"").append(y0).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y2=\"").append(y0).append("\" stroke=\"#555\"/>\n");
    sb.append("<line x1=\"").append(x0).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x0)
        .append("\" y2=\"").append(y0).append("\" stroke=\"#555\"/>\n");
    for (int i = 0; i <= 4; i++) {
      double vy = f.minY + (f.maxY - f.minY) * i / 4;
      double py = f.y(vy);
      sb.append("<line x1=\"").append(x0).append("\" y1=\"").append(fmt(py)).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#ddd\"/>\n");
      sb.append(text(x0 - 6, py + 4, tick(vy), "end", 10));
      if (xTicks) {
        double vx = f.minX + (f.maxX - f.minX) * i / 4;
        sb.append(text(f.x(vx), y0 + 16, tick(vx), "middle", 10));
      }
    }
    if (f.minY < 0 && f.maxY > 0) {
      sb.append("<line x1=\"").append(x0).append("\" y1=\"").append(fmt(f.y(0))).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y2=\"").append(fmt(f.y(0))).append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n");
    }
    sb.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, xLabel, "middle", 12));
    sb.append("<text x=\"14\" y=\"").append(HEIGHT / 2).append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(HEIGHT / 2).append(")\">").append(Html.escape(yLabel)).append("</text>\n");
  }

  private static void legend(StringBuilder sb, int k, String name) {
    int y = TOP + 4 + k * 16;
    sb.append("<rect x=\"").append(LEFT + 12).append("\" y=\"").append(y).append("\" width=\"12\" height=\"4\" fill=\"")
        .append(COLOURS[k % COLOURS.length]).append("\"/>\n");
    sb.append(text(LEFT + 30, y + 6, name, "start", 11));
  }

  private static String text(double x, double y, String s, String anchor, int size) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor + "\">"
        + Html.escape(s) + "</text>\n";
  }

  private static String shade(double v) {
    int r = (int) Math.round(255 - v * (255 - 31));
    int g = (int) Math.round(255 - v * (255 - 111));
    int b = (int) Math.round(255 - v * (255 - 235));
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String tick(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1fM", v / 1_000_000);
    }
    if (a >= 10_000) {
      return String.format(Locale.ROOT, "%.0fk", v / 1000);
    }
    if (a >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
