package newsquiz.io;

import java.util.ArrayList;
import java.util.List;
import newsquiz.ui.SafeText;

/**
 * CSV a spreadsheet opens as it is and never runs: UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting,
 * every cell {@link #inert}. The teacher's report and the quiz export write through here.
 */
public final class Csv {
    /** Spreadsheets hold at most 32,767 characters in a cell; an answer stored before the cap may be longer. */
    private static final int MAX_CELL = 32_000;

    private Csv() {
    }

    /** RFC 4180: fields quoted when they hold a comma or quote; quotes doubled. Every cell {@link #inert}. */
    public static String of(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                String c = inert(cell);
                cells.add(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /**
     * A cell a spreadsheet shows as text and never runs: cleaned to one line ({@link SafeText}) that a spreadsheet
     * can hold, and a text that would start a formula (= + - @, also after spaces, tabs or line breaks, or in their
     * full-width forms) gets a leading ' as OWASP recommends. Plain numbers such as -0.25 stay numbers.
     */
    public static String inert(String cell) {
        String c = SafeText.shorten(SafeText.line(cell), MAX_CELL);
        String start = c.stripLeading();
        boolean formula = !start.isEmpty() && "=+-@＝＋－＠".indexOf(start.charAt(0)) >= 0;
        return formula && !c.matches("[+-]?\\d+(\\.\\d+)?") ? "'" + c : c;
    }
}
