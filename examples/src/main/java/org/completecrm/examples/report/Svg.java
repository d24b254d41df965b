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
    boolean wholeY = true;
    boolean wholeX = true;
    for (Series s : series) {
      wholeY &= whole(s.ys);
      wholeX &= whole(s.xs);
    }
    Frame f = Frame.nice(minX, maxX, wholeX, minY, maxY, wholeY);
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
    Frame f = Frame.nice(0, values.length, true, 0, maxY, whole(values));
    f = new Frame(0, values.length, f.minY, f.maxY, f.stepX, f.stepY);
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

  /** Width kept right of a heat map for its colour legend. */
  private static final int LEGEND = 56;

  /**
   * A heat map of values in [0, 1]: rows bottom to top, columns left to right, each cell's value
   * written in it where it fits, and a colour legend from 0 to 1 on the right.
   */
  static String heatmap(String xLabel, String yLabel, List<String> columns, List<String> rows, double[][] cells) {
    StringBuilder sb = open();
    double cw = (WIDTH - LEFT - RIGHT - LEGEND) / (double) columns.size();
    double ch = (HEIGHT - TOP - BOTTOM) / (double) rows.size();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        double v = Math.max(0, Math.min(1, cells[r][c]));
        double y = HEIGHT - BOTTOM - (r + 1) * ch;
        sb.append("<rect x=\"").append(fmt(LEFT + c * cw)).append("\" y=\"").append(fmt(y))
            .append("\" width=\"").append(fmt(cw)).append("\" height=\"").append(fmt(ch))
            .append("\" fill=\"").append(shade(v)).append("\"><title>").append(Html.escape(rows.get(r)))
            .append(" / ").append(Html.escape(columns.get(c))).append(": ").append(fmt(v)).append("</title></rect>\n");
        if (cw >= 26 && ch >= 12) {
          sb.append("<text x=\"").append(fmt(LEFT + c * cw + cw / 2)).append("\" y=\"").append(fmt(y + ch / 2 + 3.5))
              .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"").append(v > 0.55 ? "#fff" : "#222")
              .append("\">").append(String.format(Locale.ROOT, "%.2f", v)).append("</text>\n");
        }
      }
      sb.append(text(LEFT - 6, HEIGHT - BOTTOM - r * ch - ch / 2 + 4, rows.get(r), "end", 10));
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.size() <= 14 || c % Math.max(1, columns.size() / 10) == 0) {
        sb.append(text(LEFT + c * cw + cw / 2, HEIGHT - BOTTOM + 14, columns.get(c), "middle", 10));
      }
    }
    colourLegend(sb);
    sb.append(text((LEFT + WIDTH - RIGHT - LEGEND) / 2.0, HEIGHT - 8, xLabel, "middle", 12));
    sb.append("<text x=\"14\" y=\"").append(HEIGHT / 2).append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(HEIGHT / 2).append(")\">").append(Html.escape(yLabel)).append("</text>\n");
    return sb.append("</svg>\n").toString();
  }

  /** The heat map's scale: ten shades from 0 (bottom) to 1 (top), labelled at 0, 0.5 and 1. */
  private static void colourLegend(StringBuilder sb) {
    double x = WIDTH - RIGHT - LEGEND + 16;
    double h = (HEIGHT - TOP - BOTTOM) / 10.0;
    for (int i = 0; i < 10; i++) {
      double y = HEIGHT - BOTTOM - (i + 1) * h;
      sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"12\" height=\"")
          .append(fmt(h)).append("\" fill=\"").append(shade((i + 0.5) / 10)).append("\"/>\n");
    }
    for (double v : new double[] {0, 0.5, 1}) {
      sb.append(text(x + 16, HEIGHT - BOTTOM - v * (HEIGHT - TOP - BOTTOM) + 4, String.format(Locale.ROOT, "%.1f", v),
          "start", 10));
    }
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

  /**
   * The plotting frame: bounds rounded out to whole tick steps of 1, 2 or 5 times a power of ten
   * (steps of at least 1 on an axis of whole numbers, such as counts).
   */
  private static final class Frame {
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;
    final double stepX;
    final double stepY;

    Frame(double minX, double maxX, double minY, double maxY, double stepX, double stepY) {
      this.minX = minX;
      this.maxX = maxX > minX ? maxX : minX + 1;
      this.minY = minY;
      this.maxY = maxY > minY ? maxY : minY + 1;
      this.stepX = stepX;
      this.stepY = stepY;
    }

    static Frame nice(double minX, double maxX, boolean wholeX, double minY, double maxY, boolean wholeY) {
      double sx = step(minX, maxX, wholeX);
      double sy = step(minY, maxY, wholeY);
      double lowX = Math.floor(minX / sx) * sx;
      double highX = Math.ceil(maxX / sx) * sx;
      double lowY = Math.floor(minY / sy) * sy;
      double highY = Math.ceil(maxY / sy) * sy;
      return new Frame(lowX, highX > lowX ? highX : lowX + sx, lowY, highY > lowY ? highY : lowY + sy, sx, sy);
    }

    double x(double v) {
      return LEFT + (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (v - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }

  /** A tick step of 1, 2 or 5 times a power of ten giving about five intervals over [min, max]. */
  static double step(double min, double max, boolean whole) {
    double range = max > min ? max - min : Math.max(1, Math.abs(max));
    double raw = range / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    return whole ? Math.max(1, Math.rint(step)) : step;
  }

  private static boolean whole(double[] values) {
    for (double v : values) {
      if (v != Math.rint(v)) {
        return false;
      }
    }
    return true;
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
    for (double vy = f.minY; vy <= f.maxY + f.stepY / 2; vy += f.stepY) {
      double py = f.y(vy);
      sb.append("<line x1=\"").append(x0).append("\" y1=\"").append(fmt(py)).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#ddd\"/>\n");
      sb.append(text(x0 - 6, py + 4, tick(vy, f.stepY), "end", 10));
    }
    if (xTicks) {
      for (double vx = f.minX; vx <= f.maxX + f.stepX / 2; vx += f.stepX) {
        sb.append(text(f.x(vx), y0 + 16, tick(vx, f.stepX), "middle", 10));
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

  /** A tick label: thousands separated, with as many decimals as the step needs (0.25, 1,500, 2,000,000). */
  static String tick(double v, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    double rounded = Math.abs(v) < step / 1e6 ? 0 : v;
    return String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
