package tw.gov.securitymeeting.overview;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The process diagram as SVG, drawn on the server from the model's diagram data (shapes, labels, edges), with the
 * given activities marked as the current step(s) (class {@code current}).
 */
final class ProcessDiagram {

  private ProcessDiagram() {}

  static String svg(BpmnModelInstance model, Set<String> current) {
    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    double maxX = 0;
    double maxY = 0;
    for (BpmnShape shape : shapes) {
      Bounds b = shape.getBounds();
      maxX = Math.max(maxX, b.getX() + b.getWidth());
      maxY = Math.max(maxY, b.getY() + b.getHeight());
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" aria-label=\"流程圖\" viewBox=\"0 0 ")
        .append(n(maxX + 40)).append(' ').append(n(maxY + 40)).append("\">");
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
    for (BpmnEdge edge : edges) {
      edge(svg, edge);
    }
    for (BpmnShape shape : shapes) {
      shape(svg, shape, current);
    }
    return svg.append("</svg>").toString();
  }

  private static void edge(StringBuilder svg, BpmnEdge edge) {
    StringBuilder points = new StringBuilder();
    for (Waypoint point : edge.getWaypoints()) {
      points.append(n(point.getX())).append(',').append(n(point.getY())).append(' ');
    }
    svg.append("<polyline class=\"edge\" points=\"").append(points.toString().trim()).append("\" marker-end=\"url(#arrow)\"/>");
    BaseElement element = edge.getBpmnElement();
    String name = name(element);
    if (!name.isEmpty() && edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
      Bounds b = edge.getBpmnLabel().getBounds();
      text(svg, "edge-label", b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() / 2, name);
    }
  }

  private static void shape(StringBuilder svg, BpmnShape shape, Set<String> current) {
    Bounds b = shape.getBounds();
    BaseElement element = shape.getBpmnElement();
    if (!(element instanceof FlowNode)) {
      return;
    }
    boolean active = current.contains(element.getId());
    String css = (active ? "current " : "") + kind(element);
    svg.append("<g class=\"").append(css).append("\" data-element-id=\"").append(escape(element.getId())).append("\">");
    double cx = b.getX() + b.getWidth() / 2;
    double cy = b.getY() + b.getHeight() / 2;
    if (element instanceof Event) {
      svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(b.getWidth() / 2)).append("\"/>");
    } else if (element instanceof Gateway) {
      svg.append("<polygon points=\"").append(n(cx)).append(',').append(n(b.getY())).append(' ')
          .append(n(b.getX() + b.getWidth())).append(',').append(n(cy)).append(' ')
          .append(n(cx)).append(',').append(n(b.getY() + b.getHeight())).append(' ')
          .append(n(b.getX())).append(',').append(n(cy)).append("\"/>");
    } else {
      svg.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"").append(n(b.getWidth()))
          .append("\" height=\"").append(n(b.getHeight())).append("\" rx=\"10\"/>");
    }
    String name = name(element);
    if (!name.isEmpty()) {
      if (element instanceof Event || element instanceof Gateway) {
        Bounds label = shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null ? shape.getBpmnLabel().getBounds() : null;
        double lx = label == null ? cx : label.getX() + label.getWidth() / 2;
        double ly = label == null ? b.getY() + b.getHeight() + 14 : label.getY() + label.getHeight() / 2;
        text(svg, "label", lx, ly, name);
      } else {
        text(svg, "label", cx, cy, name);
      }
    }
    if (active) {
      svg.append("<title>目前步驟：").append(escape(name)).append("</title>");
    }
    svg.append("</g>");
  }

  private static String kind(BaseElement element) {
    if (element instanceof StartEvent) {
      return "start-event";
    }
    if (element instanceof EndEvent) {
      return "end-event";
    }
    if (element instanceof Event) {
      return "event";
    }
    return element instanceof Gateway ? "gateway" : "task";
  }

  private static String name(ModelElementInstance element) {
    String name = element == null ? null : element.getAttributeValue("name");
    return name == null ? "" : name.strip();
  }

  private static void text(StringBuilder svg, String css, double x, double y, String value) {
    svg.append("<text class=\"").append(css).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\">").append(escape(value)).append("</text>");
  }

  static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
