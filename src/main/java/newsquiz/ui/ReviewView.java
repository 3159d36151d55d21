package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import newsquiz.questions.Question;
import newsquiz.review.ArticleContext;
import newsquiz.review.Edits;
import newsquiz.review.ReviewBank;

/**
 * Review of a quiz bank, question by question: the question with its key and its evidence in its paragraph of the
 * article; a accepts, r rejects, u undoes the verdict, f flags a wrong key (with a reason), e edits a field, [ and ]
 * move the question, n sets "use the first N", s saves (the previous file kept as .bak), q goes back.
 */
public final class ReviewView implements View {
    private final ReviewBank bank;
    private final ArticleContext article;
    private final Supplier<View> back;
    private final java.util.Map<String, List<String>> studentFlags;
    private int at;
    private boolean choosingField;
    private String message = "";

    public ReviewView(ReviewBank bank, ArticleContext article, Supplier<View> back) {
        this(bank, article, back, java.util.Map.of());
    }

    /** With the students' flags from the gradebook, by question id, shown on their question. */
    public ReviewView(ReviewBank bank, ArticleContext article, Supplier<View> back,
                      java.util.Map<String, List<String>> studentFlags) {
        this.bank = bank;
        this.article = article;
        this.back = back;
        this.studentFlags = studentFlags;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        int[] n = bank.counts();
        c.fillRow(0, Canvas.Style.SELECTED);
        String unsaved = bank.changed() ? " unsaved " : "";
        c.put(1, 0, "Review · " + SafeText.shorten(SafeText.line(bank.title()), Math.max(10, size.getColumns()
                - 12 - unsaved.length())), Canvas.Style.SELECTED);
        c.put(size.getColumns() - unsaved.length() - 1, 0, unsaved, Canvas.Style.BAD);
        c.put(1, 1, "Question " + (at + 1) + "/" + bank.size() + " · ✓ " + n[0] + " accepted · ✗ " + n[1]
                + " rejected · " + n[2] + " to review" + (bank.useFirst() != null ? " · use first "
                + bank.useFirst() : ""), Canvas.Style.DIM);
        Question q = bank.get(at);
        String state = q.accepted() ? "✓ Accepted" : q.rejected() ? "✗ Rejected" : "· Not reviewed";
        c.put(1, 2, state + " · " + q.type().replace('_', ' ') + (q.kind() == null ? "" : " · " + q.kind()),
                q.accepted() ? Canvas.Style.GOOD : q.rejected() ? Canvas.Style.BAD : Canvas.Style.DIM);
        int row = 3;
        if (q.flag() != null) {
            c.put(1, row++, "⚑ Flagged: " + q.flag(), Canvas.Style.BAD);
        }
        List<String> fromStudents = studentFlags.getOrDefault(q.id(), List.of());
        if (!fromStudents.isEmpty()) {
            c.put(1, row++, "⚑ Students: " + String.join(" · ", fromStudents), Canvas.Style.BAD);
        }
        row = c.paragraph(1, row + 1, q.prompt(), 4, Canvas.Style.TITLE, null);
        int bottom = size.getRows() - 4;
        for (String line : keyLines(q)) {
            if (row >= bottom - 2) {
                break;
            }
            // the right one marked in the margin, every choice's text in one column
            boolean right = line.startsWith("✓ ");
            if (right) {
                c.put(3, row, "✓", Canvas.Style.GOOD);
            }
            row = c.paragraph(5, row, line.substring(2), 2, right ? Canvas.Style.GOOD : Canvas.Style.NORMAL, null);
        }
        if (q.explanation() != null && !q.explanation().isBlank() && row < bottom - 3) {
            row = c.paragraph(3, row, "Explanation: " + q.explanation(), 2, Canvas.Style.DIM, null);
        }
        if (row < bottom - 1) {
            c.put(1, row + 1, article.found() ? "In the article:" : "From the article:", Canvas.Style.DIM);
            String text = article.paragraphOf(q);
            c.paragraph(3, row + 2, text.isBlank() ? Text.NO_EVIDENCE : text, Math.max(1, bottom - row - 2),
                    Canvas.Style.NORMAL, Text.highlightIn(text, Text.rightAnswer(q)));
        }
        if (!message.isEmpty()) {
            c.put(1, size.getRows() - 3, message, Canvas.Style.HIGHLIGHT);
        }
        if (choosingField) {
            c.put(1, size.getRows() - 2, "Edit: p prompt · c choices · k answer (key) · v accepted variants"
                    + " · x explanation", Canvas.Style.TITLE);
            c.put(1, size.getRows() - 1, "Esc: cancel", Canvas.Style.DIM);
        } else {
            c.put(1, size.getRows() - 2, "↑↓ question · a accept · r reject · u undo · f flag · e edit",
                    Canvas.Style.DIM);
            c.put(1, size.getRows() - 1, "[ ] move up/down · n use first N · s save · q back", Canvas.Style.DIM);
        }
    }

    /** The key as the teacher checks it: choices with the right one marked, or the answer and its variants. */
    static List<String> keyLines(Question q) {
        List<String> lines = new java.util.ArrayList<>();
        String right = Text.rightAnswer(q);
        switch (q.type()) {
            case "multiple_choice" -> {
                for (int k = 0; k < q.choices().size(); k++) {
                    String choice = q.choices().get(k);
                    lines.add((choice.equals(right) ? "✓ " : "  ") + (char) ('A' + k) + ") " + choice);
                }
            }
            case "ordering" -> lines.add("✓ Right order: " + right);
            case "matching" -> ((List<?>) q.answer()).forEach(p -> lines.add("✓ " + ((List<?>) p).get(0) + " → "
                    + ((List<?>) p).get(1)));
            default -> {
                lines.add("✓ Answer: " + right);
                if (q.accept() != null && !q.accept().isEmpty()) {
                    lines.add("  Also accepted: " + String.join(", ", q.accept()));
                }
            }
        }
        return lines;
    }

    @Override
    public View handle(KeyStroke key, long now) {
        message = "";
        if (choosingField) {
            choosingField = false;
            return key.getKeyType() == com.googlecode.lanterna.input.KeyType.Character ? edit(key.getCharacter())
                    : this;
        }
        switch (key.getKeyType()) {
            case ArrowUp -> at = Math.max(0, at - 1);
            case ArrowDown -> at = Math.min(bank.size() - 1, at + 1);
            case PageUp -> at = Math.max(0, at - 10);
            case PageDown -> at = Math.min(bank.size() - 1, at + 10);
            case Home -> at = 0;
            case End -> at = bank.size() - 1;
            case Escape -> {
                return leave();
            }
            case Character -> {
                return key(key.getCharacter());
            }
            default -> { }
        }
        return this;
    }

    private View key(char ch) {
        switch (ch) {
            case 'a', 'A' -> {
                bank.accept(at);
                at = Math.min(bank.size() - 1, at + 1);
            }
            case 'r', 'R' -> {
                bank.reject(at);
                at = Math.min(bank.size() - 1, at + 1);
            }
            case 'u', 'U' -> bank.unreview(at);
            case '[' -> at = bank.move(at, -1);
            case ']' -> at = bank.move(at, 1);
            case 'e', 'E' -> choosingField = true;
            case 'f', 'F' -> {
                return new LineInputView("Why is question " + (at + 1) + " wrong? (empty: no flag)",
                        bank.get(at).flag(), this, text -> {
                            bank.flag(at, text);
                            message = text.isBlank() ? "Flag removed." : "Flagged.";
                            return this;
                        });
            }
            case 'n', 'N' -> {
                return new LineInputView("Sessions use the first N accepted questions: N (empty: all)",
                        bank.useFirst() == null ? "" : String.valueOf(bank.useFirst()), this, this::useFirst);
            }
            case 's', 'S' -> save();
            case 'q', 'Q' -> {
                return leave();
            }
            default -> { }
        }
        return this;
    }

    private View useFirst(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            bank.useFirst(null);
            message = "Sessions draw from every question not rejected.";
        } else if (t.matches("\\d{1,4}") && Integer.parseInt(t) > 0) {
            bank.useFirst(Integer.parseInt(t));
            message = "Sessions draw from the first " + t + " (accepted first).";
        } else {
            message = "Type a number of questions, 1 or more.";
        }
        return this;
    }

    private View edit(char ch) {
        Edits.Field field = switch (Character.toLowerCase(ch)) {
            case 'p' -> Edits.Field.PROMPT;
            case 'c' -> Edits.Field.CHOICES;
            case 'k' -> Edits.Field.ANSWER;
            case 'v' -> Edits.Field.ACCEPT;
            case 'x' -> Edits.Field.EXPLANATION;
            default -> null;
        };
        if (field == null) {
            return this;
        }
        String hint = field == Edits.Field.CHOICES || field == Edits.Field.ACCEPT
                || field == Edits.Field.ANSWER && bank.get(at).type().equals("ordering") ? " (split by |)" : "";
        return new LineInputView("Question " + (at + 1) + ": " + field.name().toLowerCase() + hint,
                Edits.current(bank.get(at), field), this, text -> {
                    String problem = bank.edit(at, field, text);
                    message = problem == null ? "Changed the " + field.name().toLowerCase() + "."
                            : "Not changed: " + problem;
                    return this;
                });
    }

    private void save() {
        try {
            bank.save();
            message = "Saved " + bank.file().getFileName() + " (the previous version is " + bank.file().getFileName()
                    + ".bak).";
        } catch (IOException e) {
            message = "Cannot save: " + e.getMessage();
        }
    }

    private View leave() {
        if (bank.changed()) {
            return new ConfirmView("Leave without saving your changes?", this, back);
        }
        return back.get();
    }
}
