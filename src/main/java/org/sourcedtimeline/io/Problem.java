package org.sourcedtimeline.io;

/**
 * One located problem with an input file. Printed as {@code file:line:column: message} (the form
 * editors and terminals link to), with the JSON path when there is one.
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, Location at, String message) {
        return new Problem(Severity.ERROR, file, at.line(), at.column(), at.path(), message);
    }

    public static Problem warning(String file, Location at, String message) {
        return new Problem(Severity.WARNING, file, at.line(), at.column(), at.path(), message);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) b.append(':').append(line).append(':').append(Math.max(column, 1));
        b.append(": ");
        if (severity == Severity.WARNING) b.append("warning: ");
        b.append(message);
        if (path != null && !path.isEmpty() && !"$".equals(path)) b.append(" (at ").append(path).append(')');
        return b.toString();
    }
}
