package newsquiz.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a news article into headline, header lines (byline, date), body paragraphs, captions and
 * boilerplate, and the paragraphs into sentences with exact spans. Pure: text in, {@link Article} out.
 */
public final class ArticleParser {
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(\\p{Lu}[\\p{L}.'’\\- ]+?)(?:\\s*[,|].*)?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\((?=[^()]*(?:/|Photo|Images|Getty|AFP|Reuters|\\bAP\\b|Credit|Pool|Shutterstock|EPA))[^()]{3,80}\\)\\s*$");
    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?i:photo|image|picture|caption|credit|file photo|pictured)\\s*[:|(]");
    private static final Pattern BOILERPLATE_CUE = Pattern.compile(
            "(?i)\\b(sign up|signup|newsletter|subscribe|subscription|privacy policy|terms of (use|service)|cookies?"
                    + "\\b|all rights reserved|copyright|contributed (to )?(this|the) report|contributed reporting"
                    + "|share (this|on|via)|follow us|click here|read more|advertisement|download (the|our) app"
                    + "|you agree to|sharing is|related (stories|articles|coverage)|comments? \\(\\d+\\)|"
                    + "email this|print this)\\b|©");
    private static final Pattern FROM_PUBLISHER = Pattern.compile("^From\\s+((?:The\\s+)?\\p{Lu}[\\p{L}&' ]{2,60})$");
    /** A dateline opening the first paragraph: "WASHINGTON —", "WHITE HOUSE —", "LONDON (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.' ]{1,40}(?:,\\s*[\\p{L}. ]{2,20})?(?:\\s*\\([^)]{1,30}\\))?)\\s*[—–-]{1,2}\\s+");
    private static final int HEADER_ZONE = 8;
    /**
     * The longest paragraph kept whole (the longest in the test articles is about 700 characters); a longer one is
     * cut between sentences, since finding quotes and speakers looks across a paragraph's sentences.
     */
    static final int MAX_PARAGRAPH = 3000;
    private static final Pattern SECTION_AFTER_STORY = Pattern.compile(
            "(?i)(sources?|references|related( articles| stories| coverage| news)?|see also|external links"
                    + "|more on this story|read more|further reading)\\s*:?");

    private ArticleParser() {
    }

    /** Parses an article's text; {@code captionHints} are paragraphs the page itself marked as captions. */
    public static Article parse(String source, String text, Set<String> captionHints) {
        List<int[]> blocks = paragraphSpans(text);
        List<Section> sections = new ArrayList<>();
        String headline = null;
        String byline = null;
        LocalDate published = null;
        String publisher = null;
        boolean inHeader = true;
        for (int i = 0; i < blocks.size(); i++) {
            String p = text.substring(blocks.get(i)[0], blocks.get(i)[1]).strip();
            Section section;
            if (captionHints.contains(p) || isCaption(p) || !inHeader && isHeadingOrCaption(p)) {
                section = Section.CAPTION;
            } else if (i == 0 && looksLikeHeadline(p)) {
                headline = p;
                section = Section.HEADLINE;
            } else if (inHeader && i < HEADER_ZONE && isHeaderLine(p, headline)) {
                section = Section.META;
                Matcher by = BYLINE.matcher(p);
                if (by.matches() && byline == null) {
                    byline = by.group(1).strip();
                }
                Optional<LocalDate> date = DateLines.leadingDate(p);
                if (date.isPresent() && published == null) {
                    published = date.get();
                }
            } else {
                section = Section.BODY;
                inHeader = false;
            }
            sections.add(section);
        }
        publisher = markBoilerplateTail(text, blocks, sections);
        List<Paragraph> paragraphs = new ArrayList<>();
        int sentenceIndex = 0;
        boolean firstBody = true;
        for (int i = 0; i < blocks.size(); i++) {
            int start = blocks.get(i)[0];
            int end = blocks.get(i)[1];
            Section section = sections.get(i);
            String p = text.substring(start, end);
            int bodyStart = start;
            if (section == Section.BODY && firstBody) {
                Matcher dateline = DATELINE.matcher(p);
                if (dateline.find() && dateline.end() < p.length()) {
                    bodyStart = start + dateline.end();
                }
                firstBody = false;
            }
            List<Sentence> sentences = new ArrayList<>();
            List<int[]> spans = section == Section.HEADLINE || section == Section.META || section == Section.CAPTION
                    ? List.of(new int[] {0, end - bodyStart})
                    : SentenceSplitter.split(text.substring(bodyStart, end));
            for (int[] s : spans) {
                int a = bodyStart + s[0];
                int b = bodyStart + s[1];
                sentences.add(new Sentence(sentenceIndex++, i, a, b, text.substring(a, b), section));
            }
            paragraphs.add(new Paragraph(i, start, end, p, section, sentences));
        }
        if (headline == null) {
            headline = titleOfFileName(source);
        }
        if (headline == null && !paragraphs.isEmpty()) {
            headline = paragraphs.get(0).sentences().get(0).text();
        }
        return new Article(source, text, headline, byline, published, publisher, paragraphs);
    }

    /**
     * Paragraph spans: one per line, except hard-wrapped blocks (lines of similar length, most not ending a
     * sentence), which are one paragraph each.
     */
    static List<int[]> paragraphSpans(String text) {
        List<int[]> lines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {at, end});
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && !text.substring(lines.get(j + 1)[0], lines.get(j + 1)[1]).isBlank()) {
                j++;
            }
            if (j > i && isHardWrapped(text, lines.subList(i, j + 1))) {
                addCapped(spans, text, trim(text, lines.get(i)[0], lines.get(j)[1]));
            } else {
                for (int k = i; k <= j; k++) {
                    addCapped(spans, text, trim(text, lines.get(k)[0], lines.get(k)[1]));
                }
            }
            i = j + 1;
        }
        return spans;
    }

    /** The paragraph, or its sentences in runs of at most {@link #MAX_PARAGRAPH} characters. */
    private static void addCapped(List<int[]> spans, String text, int[] paragraph) {
        if (paragraph[1] - paragraph[0] <= MAX_PARAGRAPH) {
            spans.add(paragraph);
            return;
        }
        int from = -1;
        int to = -1;
        for (int[] s : SentenceSplitter.split(text.substring(paragraph[0], paragraph[1]))) {
            int a = paragraph[0] + s[0];
            int b = paragraph[0] + s[1];
            if (from >= 0 && b - from > MAX_PARAGRAPH) {
                spans.add(new int[] {from, to});
                from = -1;
            }
            from = from < 0 ? a : from;
            to = b;
        }
        if (from >= 0) {
            spans.add(new int[] {from, to});
        }
    }

    private static boolean isHardWrapped(String text, List<int[]> lines) {
        if (lines.size() < 3) {
            return false;
        }
        int wrapped = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            if (line.length() >= 40 && line.length() <= 100 && !line.matches(".*[.!?:\"”]$")) {
                wrapped++;
            }
        }
        return wrapped * 10 >= (lines.size() - 1) * 6;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean looksLikeHeadline(String p) {
        return p.length() <= 200 && SentenceSplitter.split(p).size() <= 2 && !p.endsWith(".");
    }

    static boolean isCaption(String p) {
        return PHOTO_CREDIT.matcher(p).find() || CAPTION_START.matcher(p).find();
    }

    /**
     * A short line inside the story that ends no sentence: a subheading ("3 Glow-in-the-dark trees") or the caption
     * of a photo in a gallery ("Professional cosplayer Ana Lima as Catwoman"). Neither states a fact to ask about:
     * a blank in a caption tests a photo the student never saw. A dash before a name ("– European Court of
     * Justice") is no heading: it says whose the block quotation above it is.
     */
    static boolean isHeadingOrCaption(String p) {
        String line = p.strip();
        return !line.isEmpty() && line.split("\\s+").length <= HEADING_WORDS && !line.matches("^[–—-].*")
                && !line.matches("(?s).*[.!?…:;\"”’')\\]]$");
    }

    /** The longest line read as a subheading or a caption when it ends no sentence. */
    private static final int HEADING_WORDS = 15;

    /** A file name that names the file, not its story. */
    private static final Pattern GENERIC_NAME = Pattern.compile("(?i)article|articles|story|stories|text|texts|draft"
            + "|input|output|untitled|document|page|index|content|sample|example|notes|paste|clipboard|quiz|news"
            + "|report|reading|lesson|homework|temp|copy|worksheet|handout|stdin|dev|download|file|doc");

    /**
     * The title a body without a headline goes by: its file's name when that reads as one ("coral-reefs-recover.txt"
     * is "Coral reefs recover"), as a teacher named it and as students see it handed out; null when the name is no
     * title ("article.txt", "story-2.txt", a web address, standard input).
     */
    static String titleOfFileName(String source) {
        if (source == null || source.contains("://")) {
            return null;
        }
        String name = source.replaceAll(".*[/\\\\]", "").replaceFirst("(?i)\\.(txt|text|md|markdown|html?)$", "");
        String[] words = name.split("[-_\\s]+");
        long wordy = java.util.Arrays.stream(words).filter(w -> w.matches("\\p{L}{3,}")).count();
        // two words read as a title ("heatwave-feature", "coral-reefs"); one only when it names something
        // ("heatwave.txt"), not the file ("article", "story", "draft")
        boolean named = words.length == 1 && words[0].matches("\\p{L}{5,}") && !GENERIC_NAME.matcher(words[0]).matches();
        boolean generic = java.util.Arrays.stream(words).allMatch(w -> GENERIC_NAME.matcher(w).matches()
                || w.matches("(?i)final|new|old|my|the|an?|v?\\d+"));
        if (generic || !named && (words.length < 2 || wordy < 2)
                || !java.util.Arrays.stream(words).allMatch(w -> w.matches("[\\p{L}\\d]+"))) {
            return null;
        }
        String title = String.join(" ", words);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static boolean isHeaderLine(String p, String headline) {
        if (headline != null && p.equalsIgnoreCase(headline)) {
            return true;
        }
        if (p.length() <= 80 && BYLINE.matcher(p).matches()) {
            return true;
        }
        if (DateLines.leadingDate(p).isPresent() && p.length() <= 60) {
            return true;
        }
        // A bare author name or a section label: short, no sentence punctuation, few words.
        String[] words = p.split("\\s+");
        return p.length() <= 50 && words.length <= 5 && !p.matches(".*[.!?\"”:]$")
                && Character.isUpperCase(p.charAt(0));
    }

    /**
     * Marks the trailing run of boilerplate: from the first paragraph near the end that carries a boilerplate cue,
     * when everything after it is short too (sign-up blocks, "From The Publisher"). Also marks cue lines anywhere
     * that are too short to be news. Returns the publisher named by a "From X" line, if any.
     */
    private static String markBoilerplateTail(String text, List<int[]> blocks, List<Section> sections) {
        String publisher = null;
        int n = blocks.size();
        int tailStart = n;
        for (int i = n - 1; i >= 0 && i >= n - 12; i--) {
            String p = text.substring(blocks.get(i)[0], blocks.get(i)[1]).strip();
            if (wordCount(p) > 30 || sections.get(i) == Section.HEADLINE) {
                break;
            }
            if (BOILERPLATE_CUE.matcher(p).find() || FROM_PUBLISHER.matcher(p).matches()) {
                tailStart = i;
            }
        }
        for (int i = 0; i < n && i < tailStart; i++) {
            // "Sources", "References", "See also": what follows is a list of links, not the story
            if (i > 0 && SECTION_AFTER_STORY.matcher(text.substring(blocks.get(i)[0], blocks.get(i)[1]).strip()).matches()) {
                tailStart = i;
            }
        }
        for (int i = 0; i < n; i++) {
            String p = text.substring(blocks.get(i)[0], blocks.get(i)[1]).strip();
            Matcher from = FROM_PUBLISHER.matcher(p);
            if (i >= tailStart) {
                sections.set(i, Section.BOILERPLATE);
                if (from.matches() && publisher == null) {
                    publisher = from.group(1).strip();
                }
            } else if (sections.get(i) == Section.BODY && wordCount(p) <= 25 && BOILERPLATE_CUE.matcher(p).find()) {
                sections.set(i, Section.BOILERPLATE);
            }
        }
        return publisher;
    }

    private static int wordCount(String p) {
        return p.isBlank() ? 0 : p.strip().split("\\s+").length;
    }
}
