package newsquiz.questions;

import static newsquiz.questions.QuestionText.mentionsAny;
import static newsquiz.questions.QuestionText.shortExcerpt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsquiz.facts.Entity;
import newsquiz.facts.Facts;
import newsquiz.facts.Quote;

/** Who said it: quotations asked with choices, typed, true or false, and matched to their speakers. */
final class QuoteQuestions {
    private static final int EXCERPT_WORDS = 22;

    private final QuestionGenerator g;
    private final Facts facts;
    private final ArticleNames articleNames;

    QuoteQuestions(QuestionGenerator g) {
        this.g = g;
        this.facts = g.facts;
        this.articleNames = g.names;
    }

    void quotes() {
        List<Quote> direct = new ArrayList<>();
        int n = 0;
        int trueFalse = 0;
        for (Quote q : facts.quotes()) {
            if (!askable(q)) {
                continue;
            }
            List<String> aliases = articleNames.aliasesOf(q.speaker());
            List<String> names = new ArrayList<>(aliases);
            names.add(q.speaker());
            String excerpt = excerptAvoiding(q.text(), names);
            if (excerpt == null || excerpt.split("\\s+").length < 3
                    || !q.direct() && SETTING.matcher(excerpt).lookingAt()) {
                // "who called for When announcing the shutdown on Monday?": the words read are the setting of a
                // statement, not what was said
                continue;
            }
            // a speaker carried over from elsewhere ("he said", a continuing paragraph) is less sure: kept in the
            // bank, below the questions a session's head is drawn from
            double weight = 3.0 + g.prominence(q.evidence()) + Math.min(1.0, articleNames.mentions(q.speaker()) / 8.0)
                    - (q.carried() ? 3.0 : 0);
            List<String> pool = articleNames.speakerPool(q.speaker());
            // one the words themselves name or title ("under professor Muyembe's leadership", "the president has
            // to feel") is plainly not who said them
            List<String> others = articleNames.wholeNames(pool.stream()
                    .filter(w -> !articleNames.referredTo(excerpt, w)).toList());
            List<String> wrong = Distractors.names(q.speaker(), aliases, others, 3).stream()
                    .map(articleNames::wholeNameOf).distinct().toList();
            String prompt = q.direct() ? "Who said: “" + excerpt + "”?"
                    : q.verb().startsWith("denie") ? REPORTED + "denied " + excerpt + "?"
                    : q.verb().startsWith("call") ? REPORTED + "called for " + excerpt + "?"
                    : q.verb().equals("according to") ? "Who does the article give as the source of this: “"
                            + excerpt + "”?"
                    : REPORTED + pastTense(q.verb()) + " that " + sentenceMiddle(excerpt) + "?";
            List<String> sameSex = !q.direct() && QuestionText.tellsSex(excerpt)
                    ? sameSexAs(excerpt, q.speaker(), Distractors.names(q.speaker(), aliases, others, others.size())
                    .stream().map(articleNames::wholeNameOf).distinct().toList()) : null;
            if (sameSex != null && sameSex.size() >= 2) {
                // "who said that her plans ...": among men's names the one woman would be the answer, so the choices
                // are the article's other women (teachers took reported words with choices 53 times in 64, typed 28
                // in 72: a pronoun or another prompt names the one speaker a student could type)
                wrong = sameSex.subList(0, Math.min(3, sameSex.size()));
            } else if (!q.direct() && QuestionText.tellsSex(excerpt)) {
                // without two others the article tells are of the speaker's sex, the name is typed
                g.add(new Question(null, "short_answer", "quote", prompt, null, q.speaker(), aliases, null,
                        q.evidence().sentences(), q.evidence().spans(), 2, weight - 0.2,
                        "The article attributes these words to " + q.speaker() + "."));
                continue;
            }
            // "Tuilaepa" among "Sheldon Yett" and "Keni Lesa": the one short name stands out, so a person is offered
            // under the whole name the article gives them
            String offered = articleNames.wholeNameOf(q.speaker());
            g.choice("quote", prompt, offered, wrong.stream().filter(w -> !w.equals(offered)).toList(), q.evidence(),
                    weight, 1, "The article attributes these words to " + offered + ".");
            if (!articleNames.isPerson(q.speaker()) && Choices.sameShape(q.speaker(), wrong).size() < 2) {
                // a body with no other body speaking beside it: its name typed, rather than people as choices
                // "organisation" only for a body: a first name the article never types ("Maria") is asked neutrally
                String asked = articleNames.isBody(q.speaker()) ? "Type the name of the organisation that said: “"
                        : "Type who said: “";
                g.add(new Question(null, "short_answer", "quote", q.direct() ? asked + excerpt + "”" : prompt, null,
                        q.speaker(), aliases, null, q.evidence().sentences(),
                        q.evidence().spans(), 2, weight - 0.2, "The article attributes these words to "
                        + q.speaker() + "."));
            }
            if (q.direct()) {
                direct.add(q);
                // every other quote by a named person is asked typed, ahead of its choice question: typing the
                // name asks for recall and cannot be spoilt by a weak distractor
                if (articleNames.isPerson(q.speaker()) && q.speaker().contains(" ")) {
                    g.add(new Question(null, "short_answer", "quote", "Type the name of the person who said: “"
                            + excerpt + "”", null, q.speaker(), aliases, null, q.evidence().sentences(),
                            q.evidence().spans(), 2, weight + (n++ % 2 == 0 ? 0.05 : -0.6),
                            "The article attributes these words to " + q.speaker() + "."));
                }
                if (!wrong.isEmpty() && trueFalse++ < 8) {
                    boolean truth = g.randomFor(q.text()).nextBoolean();
                    String who = truth ? q.speaker() : wrong.get(0);
                    g.tested.put("True or false: " + who + " said “" + excerpt.replaceAll("[.!?,;:]+$", "") + "”.",
                            q.speaker());
                    g.add(new Question(null, "true_false", "quote", "True or false: " + who + " said “"
                            + excerpt.replaceAll("[.!?,;:]+$", "") + "”.",
                            List.of("True", "False"), truth, List.of(), null, q.evidence().sentences(),
                            q.evidence().spans(), 1, weight - 1.5, truth ? "True: " + q.speaker() + " said it."
                            : "False: it was " + q.speaker() + ", not " + who + "."));
                }
            }
        }
    }

    /** A clause that sets the scene rather than saying anything: "When announcing the shutdown, ...". */
    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile(
            "(When|While|After|Before|Since|Upon|On) \\p{Ll}+ing\\b"
            // "As the national economy continues to falter, ... according to the statistics office": the writer's
            // framing opens the sentence, the source vouches for its figure (a judge read the framing as credited)
            + "|(As|Although|Though|Amid|Despite) (the|a|an|his|her|their|its|this|these|\\p{Ll}+ing)\\b");

    /**
     * A quotation whose speaker the article names for sure: a whole name of a person or a speaking body, not an
     * outlet or platform that carried the words, not one member of a listed group.
     */
    boolean askable(Quote q) {
        return !q.partial() && articleNames.isNamedSpeaker(q.speaker()) && !platformCarrying(q)
                && !ArticleNames.OUTLET.matcher(q.speaker()).find()
                && !ArticleNames.oneOfAList(q.speaker(), q.evidence().text()) && !relayedWords(q);
    }

    /**
     * "Pelosi called it a “breach ...”, according to NBC": the source relays what the sentence's own subject said, so
     * the words are not the source's. A source given with "according to" speaks only when nobody named before the
     * quotation does; in a sentence without quotation marks, only when someone in it speaks ("said", "told").
     */
    private boolean relayedWords(Quote q) {
        String sentence = q.evidence().text();
        if (!Pattern.compile("(?i)according to (the )?" + Pattern.quote(q.speaker())).matcher(sentence).find()) {
            return false;
        }
        int quoteAt = Math.max(sentence.indexOf('“'), sentence.indexOf('"'));
        if (quoteAt < 0 && java.util.Arrays.stream(sentence.split("[^\\p{L}]+")).noneMatch(w -> !w.isEmpty()
                && Character.isLowerCase(w.charAt(0)) && newsquiz.facts.Lexicon.isReportingVerb(w))) {
            // "Pompeo will meet ..., according to the White House": nobody in it speaks, so the source does
            return false;
        }
        String before = quoteAt < 0 ? sentence : sentence.substring(0, quoteAt);
        return facts.entities().stream().anyMatch(e -> e.type() == Entity.Type.PERSON && !e.name().equals(q.speaker())
                && (before.contains(e.name()) || e.aliases().stream().anyMatch(al -> al.length() > 3 && before.contains(al))));
    }

    /** Quotes to speakers, 3 to 5 pairs with different speakers. */
    void matching() {
        Map<String, Quote> bySpeaker = new LinkedHashMap<>();
        for (Quote q : facts.quotes()) {
            if (q.direct() && askable(q) && !bySpeaker.containsKey(q.speaker())
                    && !mentionsAny(shortExcerpt(q.text()), articleNames.aliasesOf(q.speaker()))) {
                bySpeaker.put(q.speaker(), q);
            }
        }
        if (bySpeaker.size() < 3) {
            return;
        }
        List<Quote> pairs = new ArrayList<>(bySpeaker.values()).subList(0, Math.min(5, bySpeaker.size()));
        List<Object> answer = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        StringBuilder prompt = new StringBuilder("Match each quote to its speaker:");
        int i = 1;
        for (Quote q : pairs) {
            String quote = shortExcerpt(q.text());
            prompt.append(" ").append(i++).append(") “").append(quote).append("”");
            answer.add(List.of(quote, q.speaker()));
            speakers.add(q.speaker());
            evidence.addAll(q.evidence().sentences());
            spans.addAll(q.evidence().spans());
        }
        Collections.shuffle(speakers, g.randomFor(prompt.toString()));
        prompt.append(". Speakers: ").append(String.join("; ", speakers)).append(".");
        g.add(new Question(null, "matching", "quote", prompt.toString(), speakers, answer, List.of(), null, evidence,
                spans, 3, 3.2, "Each quote with the person or body the article gives it to."));
    }

    /** "wrote in a post on Facebook": the platform carried the words, its user said them. */
    private static boolean platformCarrying(Quote q) {
        if (!MEDIA.matcher(q.speaker()).matches()) {
            return false;
        }
        String s = q.evidence().text();
        return Pattern.compile("(?i)\\b(on|via|to) " + Pattern.quote(q.speaker()) + "\\b|" + Pattern.quote(q.speaker())
                + " (post|page|account|video|message)").matcher(s).find();
    }

    /** Platforms carry words; they are not who said them. */
    private static final Pattern MEDIA = Pattern.compile("(?i)\\b(twitter|facebook|instagram|tiktok|telegram|youtube"
            + "|linkedin|reddit|weibo|wechat|threads|bluesky)\\b");

    /**
     * An excerpt of the quote that does not name its speaker: the opening words, else a later stretch that starts
     * after a comma or a sentence end ("By today's judgment, the Court of Justice answers ... does not preclude").
     */
    private static String excerptAvoiding(String quote, List<String> names) {
        String first = excerpt(quote);
        if (!mentionsAny(first, names)) {
            return first;
        }
        String[] words = quote.strip().split("\\s+");
        for (int start = 1; start + 6 <= words.length; start++) {
            if (!words[start - 1].matches(".*[,;:.]$")) {
                continue;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            String candidate = "… " + excerpt(rest);
            if (!mentionsAny(candidate, names)) {
                return candidate;
            }
        }
        return null;
    }

    private static String excerpt(String quote) {
        String first = quote.strip().replaceAll("[,;:]+$", "");
        String[] words = first.split("\\s+");
        if (words.length <= EXCERPT_WORDS) {
            return first;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)).replaceAll("[,;:]+$", "") + " …";
    }

    private static String pastTense(String verb) {
        return switch (verb) {
            case "says", "say", "saying" -> "said";
            case "tells", "tell", "telling", "told" -> "said"; // the listener ("told the committee") is not kept
            case "writes", "writing" -> "wrote";
            case "calling", "called" -> "called for";
            case "speaking", "speaks" -> "spoke";
            case "thinking", "thinks" -> "thought";
            case "admits" -> "admitted";
            case "add" -> "added";
            default -> regularPast(verb); // tweeting, claims, alleges, arguing, adds ...
        };
    }

    /**
     * "dissented, arguing that ...", "adds": the reporting verb in the past, as the question tells it ("who argued
     * that ..."); a verb already in the past stays as it is.
     */
    static String regularPast(String verb) {
        if (verb.endsWith("ing") && verb.length() > 5) {
            return verb.substring(0, verb.length() - 3) + "ed"; // argu-ing, not-ing, warn-ing, admitt-ing
        }
        if (verb.endsWith("es") && verb.length() > 4 && !verb.endsWith("ses") && !verb.endsWith("shes")) {
            return verb.substring(0, verb.length() - 1) + "d"; // argues, notes
        }
        if (verb.endsWith("s") && !verb.endsWith("ss") && verb.length() > 3) {
            return verb.substring(0, verb.length() - 1) + "ed"; // adds, warns, insists
        }
        return verb;
    }

    /** A sentence's opening word made lower case to stand inside another sentence: "that a number of ...". */
    private static String sentenceMiddle(String s) {
        String first = s.split("\\s+", 2)[0];
        return first.matches("A|An|The|This|That|These|Those|It|There|Some|Many|Most|Its|Their|His|Her|Our|We|They|He|She")
                ? lowerFirst(s) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The wrong speakers the article tells are of the sex the reported words give the speaker ("he", "her"), in the
     * order offered; null when the words tell both, or the article does not tell the speaker to be of that sex.
     */
    private List<String> sameSexAs(String words, String speaker, List<String> offered) {
        boolean male = MALE.matcher(words).find();
        boolean female = FEMALE.matcher(words).find();
        PersonSex sexes = articleNames.sexes();
        PersonSex.Sex told = male == female ? null : male ? PersonSex.Sex.MALE : PersonSex.Sex.FEMALE;
        // the speaker's own sex must be told and agree: "Tom Berg said her plans would ruin the harbour" speaks of
        // someone else, and among women the one man would stand out
        if (told == null || sexes.of(speaker) != told) {
            return null;
        }
        return offered.stream().filter(w -> sexes.of(w) == told).toList();
    }

    /** How a question on reported words opens: "According to the article, who said that ...?". */
    static final String REPORTED = "According to the article, who ";

    private static final Pattern MALE = Pattern.compile("(?i)\\b(he|him|his|himself)\\b");
    private static final Pattern FEMALE = Pattern.compile("(?i)\\b(she|her|hers|herself)\\b");
}
