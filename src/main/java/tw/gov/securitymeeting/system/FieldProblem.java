package tw.gov.securitymeeting.system;

/** One bad field of a request, with a message a clerk understands. */
public record FieldProblem(String field, String message) {}
