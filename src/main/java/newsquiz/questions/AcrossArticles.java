package newsquiz.questions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsquiz.facts.DateFact;
import newsquiz.facts.Entity;
import newsquiz.facts.Facts;
import newsquiz.facts.Quantity;
import newsquiz.facts.Quote;
import newsquiz.io.Hashes;

/**
 * Questions across several articles: which of their events happened first (a dated event from each story), who
 * said this (a quotation, with speakers of the other stories as wrong answers), and which story a figure belongs
 * to (the stories' headlines as choices). Each stands on the articles' own sentences; one that would be unfair
 * (two events on one day, a figure that two stories give, a quotation naming its speaker) is not asked.
 */
final class AcrossArticles {
    /** The most questions of each kind: the week's quiz is mostly the stories' own questions. */
    private static final int PER_KIND = 2;
    private static final int MAX_CHOICES = 4;

    private AcrossArticles() {
    }

    static List<Question> questions(List<Facts> facts, List<Quiz.Source> sources, long seed) {
        Random random = new Random(seed);
        List<Question> out = new ArrayList<>();
        firstHappened(facts, random).ifPresent(out::add);
        out.addAll(whoSaidThis(facts, random));
        out.addAll(whichStory(facts, sources, random));
        return out;
    }

    private record Dated(int article, LocalDate date, DateFact fact) {
    }

    /** "Which of these happened first?": one event of a known day from each story, all on different days. */
    private static java.util.Optional<Question> firstHappened(List<Facts> facts, Random random) {
        List<Dated> events = new ArrayList<>();
        for (int i = 0; i < facts.size() && events.size() < MAX_CHOICES; i++) {
            for (DateFact d : facts.get(i).dates()) {
                LocalDate day = day(d);
                String event = event(d);
                if (day != null && event != null && events.stream().noneMatch(e -> e.date().equals(day))) {
                    events.add(new Dated(i, day, d));
                    break;
                }
            }
        }
        if (events.size() < 3) {
            return java.util.Optional.empty();
        }
        List<String> choices = new ArrayList<>(events.stream().map(e -> event(e.fact())).toList());
        if (choices.stream().distinct().count() < choices.size()) {
            return java.util.Optional.empty();
        }
        Collections.shuffle(choices, random);
        Dated first = events.stream().min(Comparator.comparing(Dated::date)).orElseThrow();
        String explanation = String.join("; ", events.stream().sorted(Comparator.comparing(Dated::date))
                .map(e -> event(e.fact()) + ": " + e.date().format(DateTimeFormatter.ofPattern("MMMM d, yyyy",
                        Locale.ENGLISH))).toList()) + ".";
        return java.util.Optional.of(question("multiple_choice", "date", "Which of these, from different stories,"
                + " happened first?", choices, event(first.fact()), events.stream()
                .map(e -> e.fact().evidence().sentences().get(0)).toList(), 2, explanation,
                events.stream().map(e -> e.fact().evidence().spans().get(0)).toList(), null)); // each in its article
    }

    /** The day of a date fact known to the day, else null. */
    private static LocalDate day(DateFact d) {
        if (d.precision() != DateFact.Precision.DAY || d.iso() == null || !d.iso().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(d.iso());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The event as a choice: a clause of a sensible length, capitalised; null when it is none. */
    private static String event(DateFact d) {
        String e = d.event() == null ? "" : d.event().strip().replaceAll("\\s+", " ").replaceAll("[\\s,;:.]+$", "");
        if (e.length() < 15 || e.length() > 170 || e.split(" ").length < 3) {
            return null;
        }
        return Character.toUpperCase(e.charAt(0)) + e.substring(1);
    }

    /** "Who said this?": a quotation of one story, the speakers of other stories as the wrong answers. */
    private static List<Question> whoSaidThis(List<Facts> facts, Random random) {
        List<List<String>> speakers = new ArrayList<>();
        for (Facts f : facts) {
            speakers.add(f.quotes().stream().map(Quote::speaker).filter(s -> isPerson(f, s)).distinct().toList());
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < facts.size() && out.size() < PER_KIND; i++) {
            for (Quote q : facts.get(i).quotes()) {
                if (!q.direct() || q.partial() || !isPerson(facts.get(i), q.speaker()) || q.text().length() < 30
                        || q.text().length() > 220 || namesSpeaker(q)) {
                    continue;
                }
                List<String> others = new ArrayList<>();
                for (int j = 0; j < facts.size(); j++) {
                    if (j != i) {
                        speakers.get(j).stream().filter(s -> !sameName(s, q.speaker()) && !others.contains(s))
                                .findFirst().ifPresent(others::add);
                    }
                }
                if (others.size() < 2) {
                    break;
                }
                List<String> choices = new ArrayList<>(others.subList(0, Math.min(MAX_CHOICES - 1, others.size())));
                choices.add(q.speaker());
                Collections.shuffle(choices, random);
                out.add(question("multiple_choice", "quote", "Who said this? “" + q.text().strip() + "”", choices,
                        q.speaker(), q.evidence().sentences(), 2, q.speaker() + " said it.", q.evidence().spans(), i));
                break;
            }
        }
        return out;
    }

    /** Whether the article shows {@code name} to be a person's whole name (not a body, not a surname alone). */
    private static boolean isPerson(Facts facts, String name) {
        return name != null && name.matches("\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]*){1,3}")
                && facts.entities().stream().anyMatch(e -> e.type() == Entity.Type.PERSON && e.name().equals(name));
    }

    private static boolean sameName(String a, String b) {
        return a.equalsIgnoreCase(b) || last(a).equalsIgnoreCase(last(b));
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Whether the quotation gives its speaker away by name. */
    private static boolean namesSpeaker(Quote q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        for (String part : q.speaker().split(" ")) {
            if (part.length() > 2 && text.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Which story gives this figure?": a figure one story gives and no other, the headlines as choices. */
    private static List<Question> whichStory(List<Facts> facts, List<Quiz.Source> sources, Random random) {
        List<String> headlines = sources.stream().map(s -> s.headline() == null ? "" : s.headline().strip()).toList();
        if (headlines.stream().filter(h -> !h.isEmpty() && h.length() <= 150).distinct().count() < 3) {
            return List.of();
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < facts.size() && out.size() < PER_KIND; i++) {
            if (headlines.get(i).isEmpty() || headlines.get(i).length() > 150) {
                continue;
            }
            for (Quantity q : facts.get(i).quantities()) {
                if (!figure(q) || inAnother(facts, i, q.mention())) {
                    continue;
                }
                List<String> choices = new ArrayList<>();
                choices.add(headlines.get(i));
                for (int j = 0; j < headlines.size() && choices.size() < MAX_CHOICES; j++) {
                    String h = headlines.get(j);
                    if (j != i && !h.isEmpty() && h.length() <= 150 && !choices.contains(h)) {
                        choices.add(h);
                    }
                }
                Collections.shuffle(choices, random);
                out.add(question("multiple_choice", "quantity", "Which story gives this figure: " + q.mention()
                        + " (" + q.counts().strip() + ")?", choices, headlines.get(i), q.evidence().sentences(), 2,
                        "It is in “" + headlines.get(i) + "”.", q.evidence().spans(), i));
                break;
            }
        }
        return out;
    }

    /** A figure worth asking about: a number of things, money or a share, with what it counts. */
    private static boolean figure(Quantity q) {
        return q.value() != null && q.counts() != null && !q.counts().isBlank() && q.counts().length() <= 60
                && q.mention().length() <= 40 && q.mention().matches(".*\\d.*")
                && List.of("count", "money", "percent").contains(q.unit());
    }

    /** Whether another article has this number too: then the figure belongs to no one story. */
    private static boolean inAnother(List<Facts> facts, int article, String mention) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(mention);
        String digits = number.find() ? number.group() : mention;
        for (int j = 0; j < facts.size(); j++) {
            if (j != article && facts.get(j).article().text().matches("(?s).*(?<![\\d,.])" 
                    + java.util.regex.Pattern.quote(digits) + "(?![\\d]|[,.]\\d).*")) {
                return true;
            }
        }
        return false;
    }

    private static Question question(String type, String kind, String prompt, List<String> choices, String answer,
                                     List<String> evidence, int difficulty, String explanation, List<int[]> spans,
                                     Integer article) {
        String id = "q-" + Hashes.hex("SHA-256", type + "|" + prompt).substring(0, 10); // as the generator makes them
        return new Question(id, type, kind, prompt, List.copyOf(choices), answer, null, null, List.copyOf(evidence),
                spans == null ? List.of() : spans, difficulty, 0.5, explanation, null, null, article);
    }
}
