package tw.gov.securitymeeting.overview;

import static tw.gov.securitymeeting.overview.ProcessDiagram.escape;
import static tw.gov.securitymeeting.overview.ProcessDiagram.n;

import java.util.List;

/** The statistics' charts as SVG drawn on the server: bars of open and overdue items per unit, a line of open items per meeting. */
final class Charts {

  private Charts() {}

  static String bars(List<Statistics.Bar> bars) {
    double width = 720;
    double rowHeight = 34;
    double labelWidth = 140;
    double height = 30 + bars.size() * rowHeight;
    long max = Math.max(1, bars.stream().mapToLong(Statistics.Bar::open).max().orElse(1));
    double scale = (width - labelWidth - 60) / max;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"unit-bars\" role=\"img\" "
        + "aria-label=\"各單位列管中與逾期件數\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">");
    svg.append("<rect class=\"open\" x=\"").append(n(labelWidth)).append("\" y=\"4\" width=\"12\" height=\"12\"/>")
        .append("<text x=\"").append(n(labelWidth + 16)).append("\" y=\"14\">列管中</text>")
        .append("<rect class=\"overdue\" x=\"").append(n(labelWidth + 80)).append("\" y=\"4\" width=\"12\" height=\"12\"/>")
        .append("<text x=\"").append(n(labelWidth + 96)).append("\" y=\"14\">逾期（待單位填報）</text>");
    for (int i = 0; i < bars.size(); i++) {
      Statistics.Bar bar = bars.get(i);
      double y = 26 + i * rowHeight;
      svg.append("<text x=\"").append(n(labelWidth - 8)).append("\" y=\"").append(n(y + 15)).append("\" text-anchor=\"end\">")
          .append(escape(bar.unit())).append("</text>");
      svg.append("<rect class=\"open\" x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y)).append("\" width=\"")
          .append(n(bar.open() * scale)).append("\" height=\"13\"><title>").append(escape(bar.unit())).append(" 列管中 ")
          .append(bar.open()).append(" 件</title></rect>");
      svg.append("<rect class=\"overdue\" x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 14)).append("\" width=\"")
          .append(n(bar.overdue() * scale)).append("\" height=\"13\"><title>").append(escape(bar.unit())).append(" 逾期 ")
          .append(bar.overdue()).append(" 件</title></rect>");
      svg.append("<text x=\"").append(n(labelWidth + Math.max(bar.open(), bar.overdue()) * scale + 6)).append("\" y=\"")
          .append(n(y + 18)).append("\">").append(bar.open()).append("／").append(bar.overdue()).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  static String line(List<Statistics.Point> points, String id) {
    double width = 720;
    double height = 260;
    double left = 50;
    double bottom = 200;
    long max = Math.max(1, points.stream().mapToLong(Statistics.Point::open).max().orElse(1));
    double step = points.size() <= 1 ? 0 : (width - left - 40) / (points.size() - 1);
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + escape(id) + "\" role=\"img\" "
        + "aria-label=\"近期各次會議時的列管中件數\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">");
    svg.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(bottom)).append("\" x2=\"").append(n(width - 20))
        .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#999\"/>");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Statistics.Point point = points.get(i);
      double x = left + i * step;
      double y = bottom - point.open() * (bottom - 20) / max;
      path.append(n(x)).append(',').append(n(y)).append(' ');
      svg.append("<circle class=\"open\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4\"><title>")
          .append(escape(point.meeting())).append(" 列管中 ").append(point.open()).append(" 件</title></circle>");
      svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y - 8)).append("\" text-anchor=\"middle\">")
          .append(point.open()).append("</text>");
      svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(bottom + 16)).append("\" text-anchor=\"end\" transform=\"rotate(-30 ")
          .append(n(x)).append(' ').append(n(bottom + 16)).append(")\">").append(escape(point.heldOn())).append("</text>");
    }
    svg.append("<polyline class=\"line\" points=\"").append(path.toString().trim()).append("\"/>");
    return svg.append("</svg>").toString();
  }
}
