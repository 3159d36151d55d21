package newsquiz.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.article.Article;
import newsquiz.article.Sentence;
import newsquiz.facts.Cause;
import newsquiz.facts.DateFact;
import newsquiz.facts.Entity;
import newsquiz.facts.Evidence;
import newsquiz.facts.Facts;
import newsquiz.facts.Quantity;
import newsquiz.facts.Quote;

/**
 * Turns facts into a ranked bank of questions built from templates (never by moving a sentence's words around),
 * each grounded in its evidence sentence and passed through quality gates. Pure: same facts and seed, same quiz.
 */
public final class QuestionGenerator {
    public static final int MAX_QUESTIONS = 60;
    private static final int EXCERPT_WORDS = 22;
    /** Single words that name a body but make a trivial blank ("Speaker of the _____"). */
    private static final Set<String> GENERIC_BODIES = Set.of("house", "senate", "congress", "parliament",
            "government", "court", "democrats", "republicans", "chamber", "cabinet", "army", "police", "party",
            "united", "federal", "state", "states", "council", "assembly");
    /** How many questions one sentence may give the bank, so that coverage comes from choosing facts. */
    private static final int PER_SENTENCE = 5;
    /** How many ways one fact may be asked (a choice question and a typed one, say). */
    private static final int PER_FACT = 2;

    private final Facts facts;
    private final Random random;
    private final List<Question> candidates = new ArrayList<>();
    private final int sentenceCount;

    private QuestionGenerator(Facts facts, long seed) {
        this.facts = facts;
        this.random = new Random(seed);
        this.sentenceCount = Math.max(1, facts.article().factSentences().size());
    }

    public static Quiz generate(Facts facts, long seed, String title, String fileName) {
        QuestionGenerator g = templated(facts, seed);
        Article a = facts.article();
        String checksum = sha256(a.text());
        Quiz.Source source = new Quiz.Source(a.headline(), a.byline(),
                a.published() == null ? null : a.published().toString(), a.publisher(), fileName, checksum);
        return new Quiz(Quiz.FORMAT_VERSION, checksum.substring(0, 12), title != null ? title : a.headline(), source,
                "newsquiz " + newsquiz.cli.Main.VERSION, seed, g.ranked());
    }

    /**
     * Every question the templates make and the gates let through, unranked, each fact in all its forms: the bank
     * keeps one form of each fact, so the templates are tested here.
     */
    static List<Question> candidates(Facts facts, long seed) {
        return List.copyOf(templated(facts, seed).candidates);
    }

    private static QuestionGenerator templated(Facts facts, long seed) {
        QuestionGenerator g = new QuestionGenerator(facts, seed);
        g.quotes();
        g.matching();
        g.dates();
        g.ordering();
        g.quantities();
        g.entities();
        g.terms();
        g.events();
        g.acronyms();
        g.causes();
        return g;
    }

    // ---- quotes ----

    private void quotes() {
        List<Quote> direct = new ArrayList<>();
        int n = 0;
        int trueFalse = 0;
        for (Quote q : facts.quotes()) {
            if (!askable(q)) {
                continue;
            }
            List<String> aliases = aliasesOf(q.speaker());
            List<String> names = new ArrayList<>(aliases);
            names.add(q.speaker());
            String excerpt = excerptAvoiding(q.text(), names);
            if (excerpt == null || excerpt.split("\\s+").length < 3) {
                continue;
            }
            // a speaker carried over from elsewhere ("he said", a continuing paragraph) is less sure: kept in the
            // bank, below the questions a session's head is drawn from
            double weight = 3.0 + prominence(q.evidence()) + Math.min(1.0, mentions(q.speaker()) / 8.0)
                    - (q.carried() ? 3.0 : 0);
            List<String> pool = speakerPool(q.speaker());
            List<String> wrong = Distractors.names(q.speaker(), aliases, wholeNames(pool), 3);
            String prompt = q.direct() ? "Who said: “" + excerpt + "”?"
                    : q.verb().startsWith("denie") ? "According to the article, who denied " + excerpt + "?"
                    : q.verb().startsWith("call") ? "According to the article, who called for " + excerpt + "?"
                    : q.verb().equals("according to") ? "Who does the article give as the source of this: “"
                            + excerpt + "”?"
                    : "According to the article, who " + pastTense(q.verb()) + " that " + sentenceMiddle(excerpt) + "?";
            choice("quote", prompt, q.speaker(), wrong, q.evidence(), weight, 1,
                    "The article attributes these words to " + q.speaker() + ".");
            if (!isPerson(q.speaker()) && Choices.sameShape(q.speaker(), wrong).size() < 2) {
                // a body with no other body speaking beside it: its name typed, rather than people as choices
                add(new Question(null, "short_answer", "quote", q.direct() ? "Type the name of the organisation"
                        + " that said: “" + excerpt + "”" : prompt, null, q.speaker(), aliases, null, q.evidence().sentences(),
                        q.evidence().spans(), 2, weight - 0.2, "The article attributes these words to "
                        + q.speaker() + "."));
            }
            if (q.direct()) {
                direct.add(q);
                // every other quote by a named person is asked typed, ahead of its choice question: typing the
                // name asks for recall and cannot be spoilt by a weak distractor
                if (isPerson(q.speaker()) && q.speaker().contains(" ")) {
                    add(new Question(null, "short_answer", "quote", "Type the name of the person who said: “"
                            + excerpt + "”", null, q.speaker(), aliases, null, q.evidence().sentences(),
                            q.evidence().spans(), 2, weight + (n++ % 2 == 0 ? 0.05 : -0.6),
                            "The article attributes these words to " + q.speaker() + "."));
                }
                if (!wrong.isEmpty() && trueFalse++ < 8) {
                    boolean truth = random.nextBoolean();
                    String who = truth ? q.speaker() : wrong.get(0);
                    tested.put("True or false: " + who + " said “" + excerpt.replaceAll("[.!?,;:]+$", "") + "”.",
                            q.speaker());
                    add(new Question(null, "true_false", "quote", "True or false: " + who + " said “"
                            + excerpt.replaceAll("[.!?,;:]+$", "") + "”.",
                            List.of("True", "False"), truth, List.of(), null, q.evidence().sentences(),
                            q.evidence().spans(), 1, weight - 1.5, truth ? "True: " + q.speaker() + " said it."
                            : "False: it was " + q.speaker() + ", not " + who + "."));
                }
            }
        }
    }

    /**
     * A quotation whose speaker the article names for sure: a whole name of a person or a speaking body, not an
     * outlet or platform that carried the words, not one member of a listed group.
     */
    private boolean askable(Quote q) {
        return !q.partial() && isNamedSpeaker(q.speaker()) && !platformCarrying(q) && !OUTLET.matcher(q.speaker()).find()
                && !oneOfAList(q.speaker(), q.evidence().text()) && !relayedWords(q);
    }

    /**
     * "firms including A, B and C have announced": the words are the group's, and A is only one of its members, so
     * crediting A alone would be a wrong key.
     */
    static boolean oneOfAList(String speaker, String sentence) {
        String name = Pattern.quote(speaker);
        return Pattern.compile("\\b(including|such as|among them|like)\\s+(\\p{Lu}[\\p{L}.'’-]*\\s+)*?" + name + "\\b"
                + "|\\b" + name + ",\\s+\\p{Lu}[^,]{0,40},\\s+(and\\s+)?\\p{Lu}"
                + "|\\b" + name + "\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s+"
                + "(said|say|says|announced|have|had|told|wrote|stated|claimed)\\b").matcher(sentence).find();
    }

    /**
     * "Pelosi called it a “breach ...”, according to NBC": the source relays what the sentence's own subject said, so
     * the words are not the source's. A source given with "according to" speaks only when nobody named before the
     * quotation does.
     */
    private boolean relayedWords(Quote q) {
        String sentence = q.evidence().text();
        if (!Pattern.compile("(?i)according to (the )?" + Pattern.quote(q.speaker())).matcher(sentence).find()) {
            return false;
        }
        int quoteAt = Math.max(sentence.indexOf('“'), sentence.indexOf('"'));
        String before = quoteAt < 0 ? sentence : sentence.substring(0, quoteAt);
        return facts.entities().stream().anyMatch(e -> e.type() == Entity.Type.PERSON && !e.name().equals(q.speaker())
                && (before.contains(e.name()) || e.aliases().stream().anyMatch(al -> al.length() > 3 && before.contains(al))));
    }

    /** Quotes to speakers, 3 to 5 pairs with different speakers. */
    private void matching() {
        Map<String, Quote> bySpeaker = new LinkedHashMap<>();
        for (Quote q : facts.quotes()) {
            if (q.direct() && askable(q) && !bySpeaker.containsKey(q.speaker())
                    && !mentionsAny(shortExcerpt(q.text()), aliasesOf(q.speaker()))) {
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
        Collections.shuffle(speakers, random);
        prompt.append(". Speakers: ").append(String.join("; ", speakers)).append(".");
        add(new Question(null, "matching", "quote", prompt.toString(), speakers, answer, List.of(), null, evidence,
                spans, 3, 3.2, "Each quote with the person or body the article gives it to."));
    }

    // ---- dates ----

    private void dates() {
        Set<String> seen = new HashSet<>();
        for (DateFact d : facts.dates()) {
            if (d.iso().isEmpty()) {
                continue;
            }
            String sentence = d.evidence().sentences().get(0);
            // "In February" names its month; only the year is inferred, so it is read, not counted
            boolean counting = d.relative() && !MONTH_NAMED.matcher(d.mention()).find();
            if (!seen.add(counting ? d.iso() : d.iso() + "|" + sentence) || insideQuote(sentence, d.mention())) {
                continue;
            }
            String answer = d.display();
            List<String> wrong = Distractors.dates(d, facts.dates(), 3);
            if (!counting && (d.relative() || !articleWords().containsAll(Choices.words(answer)))) {
                // a year the article never writes, or a month it abbreviates: the blank takes the sentence's words
                String written = DateForms.inFormOf(dateWords(d.mention()), answer);
                if (written == null) {
                    continue;
                }
                wrong = DateForms.allInFormOf(written, written, wrong);
                answer = written;
            }
            if (counting) {
                // "on Thursday" → which calendar date? is counting, not reading: never in a session's head, but
                // kept in the bank for a teacher who wants the calendar date of the story's main events (those in
                // the first half of the article)
                if (prominence(d.evidence()) - headlineOverlap(d.evidence().text()) < 0.5) {
                    continue;
                }
                countedDates = true;
                choice("date", "The article says: “" + sentence + "” Which date does “" + d.mention()
                        + "” refer to?", answer, wrong, d.evidence(), 2.4 + prominence(d.evidence()), 2, "“" + d.mention()
                        + "”, counted from the publication date, is " + answer + ".");
                countedDates = false;
                continue;
            }
            String blanked = blank(sentence, dateWords(d.mention()));
            if (blanked == null || blanked.matches("(?is).*\\bas of _____.*")) {
                continue; // "As of _____" dates a figure; it is not an event worth asking
            }
            // a bare year after the lead is mostly background ("founded in 1992", "since 2011"); the year the
            // article was published, in a story about that year, asks nothing ("won the _____ marathon")
            var published = facts.article().published();
            if (d.precision() == DateFact.Precision.YEAR && published != null
                    && d.iso().equals(String.valueOf(published.getYear()))) {
                continue;
            }
            boolean background = d.precision() == DateFact.Precision.YEAR && prominence(d.evidence()) < 1.0;
            choice("date", "Which date completes this sentence from the article? “" + blanked + "”", answer, wrong,
                    d.evidence(), 2.4 + prominence(d.evidence()) - (background ? 1.5 : 0) - vagueFrame(sentence)
                            - (PUBLICATION_DATE.matcher(blanked).find() ? 2.0 : 0), 2,
                    "The article dates this to " + answer + ".");
        }
    }

    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    private void ordering() {
        Map<String, DateFact> byDay = new LinkedHashMap<>();
        for (DateFact d : facts.dates()) {
            if (d.precision() == DateFact.Precision.DAY && !d.iso().startsWith("--") && !byDay.containsKey(d.iso())
                    && d.event().split("\\s+").length >= 4 && !insideQuote(d.evidence().sentences().get(0), d.mention())
                    && !d.event().matches("^[“\"‘].*")) {
                byDay.put(d.iso(), d);
            }
        }
        if (byDay.size() < 3) {
            return;
        }
        List<DateFact> events = new ArrayList<>(byDay.values()).subList(0, Math.min(5, byDay.size()));
        List<DateFact> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> a.iso().compareTo(b.iso()));
        List<String> items = new ArrayList<>();
        for (DateFact d : events) {
            items.add(shortExcerpt(d.event()));
        }
        List<String> shown = new ArrayList<>(items);
        Collections.shuffle(shown, random);
        List<Object> answer = new ArrayList<>();
        for (DateFact d : sorted) {
            answer.add(items.get(events.indexOf(d)));
        }
        StringBuilder prompt = new StringBuilder("Put these events in the order they happened, earliest first:");
        char label = 'A';
        for (String s : shown) {
            prompt.append(" ").append(label++).append(") ").append(s).append(s.endsWith("…") ? "" : ".");
        }
        List<String> evidence = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (DateFact d : sorted) {
            evidence.addAll(d.evidence().sentences());
            spans.addAll(d.evidence().spans());
        }
        add(new Question(null, "ordering", "date", prompt.toString(), shown, answer, List.of(), null, evidence, spans,
                3, 2.9, "In order: " + String.join("; ", sorted.stream().map(DateFact::display).toList()) + "."));
    }

    // ---- quantities ----

    private void quantities() {
        int numeric = 0;
        for (Quantity q : facts.quantities()) {
            if (q.unit().equals("ordinal") && q.counts().isEmpty()) {
                continue;
            }
            String sentence = q.evidence().sentences().get(0);
            if (insideQuote(sentence, q.mention())) {
                continue;
            }
            String shown = q.unit().equals("years") ? q.from() : q.mention();
            String blanked = blank(sentence, shown);
            if (blanked == null || TIME_LATER.matcher(blanked).find()) {
                continue; // "_____ minutes later" only moves the story along; it is no fact worth asking
            }
            double weight = 2.4 + prominence(q.evidence()) + (q.counts().isEmpty() ? -0.5 : 0.2) - minorAmount(q)
                    - vagueFrame(sentence);
            List<String> wrong = q.unit().equals("years")
                    ? Distractors.amounts(shown, shown, 3).stream().map(s -> s.replace(",", "")).toList()
                    : q.unit().equals("age") || q.unit().equals("percent")
                    ? Distractors.bounded(q.mention(), q.value(), q.unit(), 3)
                    : Distractors.amounts(q.mention(), q.value(), 3);
            String explanation = "The article gives " + q.mention() + (q.counts().isEmpty() ? "" : " " + q.counts())
                    + (q.from() != null && !q.unit().equals("years") ? ", down or up from " + q.from() : "") + ".";
            choice("quantity", "Which amount completes this sentence from the article? “" + blanked + "”", shown,
                    wrong, q.evidence(), weight, 2, explanation);
            if (q.value() != null && shown.matches("[\\d,.]+") && !q.unit().equals("years") && numeric++ < 3) {
                add(new Question(null, "numeric", "quantity", "Type the number missing from this sentence of the"
                        + " article: “" + blanked + "”", null, shown, List.of(q.value()), 0.0,
                        q.evidence().sentences(), q.evidence().spans(), 3, weight - 0.7, explanation));
            }
            trueOrFalse(sentence, shown, Choices.sameShape(shown, wrong), q.evidence(), weight - 0.9, explanation);
        }
    }

    private static final Pattern TIME_LATER = Pattern.compile("(?i)_____ ([\\p{L}-]+ ){0,2}(seconds|minutes|hours"
            + "|days|weeks) (later|earlier|afterwards)\\b");

    /** Sentences already asked true or false: one statement a sentence. */
    private final Set<String> statedOnce = new HashSet<>();

    /**
     * "True or false, according to the article: ...": the sentence as written, or with its amount swapped for a
     * wrong one of the same form, which the article plainly contradicts. Asked only of a plain statement (no
     * quotation, no pronoun for its subject), so that the statement stands on its own.
     */
    private void trueOrFalse(String sentence, String right, List<String> wrong, Evidence evidence, double rank,
                             String explanation) {
        String s = sentence.strip().replaceAll("[.!?]+$", "");
        if (wrong.isEmpty() || !statedOnce.add(sentence) || vagueFrame(sentence) > 0
                || s.matches("(?s).*\\b(thirds?|quarters?|halves|half)\\b.*") || s.matches("(?s).*[“”\"].*") || s.split("\\s+").length > 30
                || !Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(right) + "(?![\\p{L}\\d])").matcher(s).find()) {
            return;
        }
        boolean truth = random.nextBoolean();
        String statement = truth ? s : s.replaceFirst("(?<![\\p{L}\\d])" + Pattern.quote(right) + "(?![\\p{L}\\d])",
                java.util.regex.Matcher.quoteReplacement(wrong.get(0)));
        tested.put("True or false, according to the article: " + statement + ".", right);
        add(new Question(null, "true_false", "quantity", "True or false, according to the article: " + statement + ".",
                List.of("True", "False"), truth, List.of(), null, evidence.sentences(), evidence.spans(), 1, rank,
                (truth ? "True. " : "False. ") + explanation));
    }

    /**
     * How incidental an amount is: "the third place", "two records", "five months" are details a teacher would
     * not ask first; a toll, a price or a count of people is the story.
     */
    private static double minorAmount(Quantity q) {
        if (q.unit().equals("ordinal") || q.unit().equals("time")) {
            return 2.0;
        }
        boolean small = q.value() != null && q.value().matches("\\d{1,2}") && Integer.parseInt(q.value()) <= 12;
        boolean people = q.counts().matches("(?i).*\\b(people|dead|deaths|killed|died|injured|victims|children|"
                + "women|men|workers|residents|patients|cases|members|votes|seats|nations|countries|states)\\b.*");
        return small && !people && !q.unit().matches("money|percent|age|votes") ? 1.2 : 0;
    }

    // ---- entities ----

    private void entities() {
        List<Question> nameBlanks = new ArrayList<>();
        for (Entity e : facts.entities()) {
            // "the Affordable Care Act", "a Falcon 9 rocket": a law, a programme or a made thing is named for what
            // it is, and is worth a blank
            boolean law = e.type() == Entity.Type.OTHER && (NameShapes.law(e.name())
                    || NameShapes.thingNamed(facts.article().text(), e.name()));
            // "Past EVD" from "Past EVD outbreaks ...": a sentence's capital on an ordinary word made no name
            if (e.type() == Entity.Type.OTHER && !law || e.type() == Entity.Type.PERSON && e.name().matches(".*\\b\\p{Lu}{2,}\\b.*")
                    || lowerCaseWords().contains(e.name().split("\\s+")[0].toLowerCase(Locale.ROOT))
                    && !namedMidSentence(e.name())
                    || e.type() != Entity.Type.PERSON && wholeNames(List.of(e.name())).isEmpty()) {
                // "District" of "the Fourth District" (a person's name may follow a title: "President Barack Obama")
                continue;
            }
            String noun = switch (e.type()) {
                case PERSON -> "person";
                case ORGANIZATION -> "organisation";
                default -> "place";
            };
            List<String> pool = facts.entities().stream().filter(x -> x.type() == e.type() && x != e
                    && (x.type() != Entity.Type.PERSON || evidentPerson(x)))
                    .map(Entity::name).toList();
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.name());
            int roleQuestions = 0;
            for (String role : law ? List.<String>of() : e.roles()) {
                if (role.split("\\s+").length < 2 || mentionsAny(role, names) || sharedRole(role, e)
                        || roleQuestions >= 2 || !describes(role)) {
                    continue;
                }
                Sentence s = sentenceWith(role, names);
                if (s != null) {
                    choice("entity", "Which " + noun + " does the article describe as “" + role + "”?", e.name(),
                            Distractors.names(e.name(), e.aliases(), wholeNames(pool), 3), Evidence.of(s),
                            // "law firm", "social media site": a description anyone knows asks little of the
                            // article, so short ones rank low
                            2.0 + prominence(Evidence.of(s)) + Math.min(1.0, e.mentions() / 6.0)
                                    - (role.split("\\s+").length < 3 ? 2.0 : 0), 1,
                            e.name() + " is " + role + ".");
                    roleQuestions++;
                }
            }
            // "Unlike Senators, ..." is a common noun; "for The Greens" (a capital The mid-sentence) is a name
            boolean lonePlural = !e.name().contains(" ") && e.name().endsWith("s") && e.mentions() < 2
                    && !facts.article().text().contains(" The " + e.name());
            if (!GENERIC_BODIES.contains(e.name().toLowerCase(Locale.ROOT)) && !lonePlural && !group(e.name())) {
                Sentence s = firstSentenceNaming(e);
                if (s != null) {
                    String blanked = blank(s.text(), names.toArray(String[]::new));
                    if (blanked != null) {
                        // "the _____ (_____)": a name and its initials are one blank, so neither spells out the other
                        blanked = blanked.replace("_____ (_____)", "_____");
                    }
                    // "Democratic _____ of the Congo": a word cut out of a longer name
                    // "told The _____": the outlet that relayed the words is a detail, not the story
                    boolean outlet = relays(e.name()) || OUTLET.matcher(e.name()).find() || fragment(e.name());
                    // "Germany, _____, Italy and Japan" is one item of a list: it asks for no reading
                    boolean listOrAcronym = blanked != null && LIST_ITEM.matcher(blanked).find();
                    boolean insideName = outlet || listOrAcronym || blanked != null && blanked.matches("(?s).*\\S\\s+\\p{Lu}\\p{L}+ _____ of (the )?\\p{Lu}.*");
                    // "7:49 a.m. _____", "1800 _____": a unit or a time zone, not a name worth asking
                    if (blanked != null && !blanked.equals(s.text()) && !insideName && !NameShapes.afterNumber(blanked)) {
                        // an actor is worth a blank: the name that does the sentence's verb, blanked once; any
                        // other name in a blank is mostly a set phrase or background, so it ranks low
                        boolean actor = blanked.indexOf("_____") == blanked.lastIndexOf("_____")
                                && ACTOR_AFTER_BLANK.matcher(blanked.substring(blanked.indexOf("_____") + 5)).find();
                        double minor = actor ? 0.5 : 2.0;
                        // typed, never with choices: teachers rejected nearly every name-blank with choices (a
                        // drug offered as an organisation, a band among people); typing the name has no such flaw
                        nameBlanks.add(new Question(null, "fill_blank", "entity", "Fill in the blank with a name"
                                + " from the article: “" + blanked + "”", null, e.name(), names, null,
                                List.of(s.text()), Evidence.of(s).spans(), 2,
                                1.4 + prominence(Evidence.of(s)) - minor - vagueFrame(s.text()),
                                "The sentence names " + e.name() + "."));
                    }
                }
            }
        }
        fewBlanksPerSentence(nameBlanks);
    }

    /** How many of a sentence's names are blanked in turn: more asks the same sentence over and over. */
    private static final int NAME_BLANKS_PER_SENTENCE = 3;

    /**
     * The best {@value #NAME_BLANKS_PER_SENTENCE} name blanks of each sentence: a lead that names six people and
     * places would otherwise be asked six times, crowding out its date, its amount or its cause.
     */
    private void fewBlanksPerSentence(List<Question> blanks) {
        Map<String, Integer> perSentence = new java.util.HashMap<>();
        blanks.stream().sorted((a, b) -> Double.compare(b.rank(), a.rank()))
                .filter(q -> perSentence.merge(q.evidence().get(0), 1, Integer::sum) <= NAME_BLANKS_PER_SENTENCE)
                .forEach(this::add);
    }

    /** "What does the article call a measurement of ...?": a quoted term and the definition that follows it. */
    private void terms() {
        for (Sentence s : facts.article().factSentences()) {
            if (s.section() != newsquiz.article.Section.BODY) {
                continue;
            }
            for (DefinedTerms.Term t : DefinedTerms.in(s.text())) {
                add(new Question(null, "short_answer", "entity", "What does the article call “" + t.definition()
                        + "”?", null, t.term(), List.of(t.term()), null, List.of(s.text()), Evidence.of(s).spans(), 2,
                        1.6 + prominence(Evidence.of(s)), "The article calls it “" + t.term() + "”."));
            }
        }
    }

    /**
     * A name of three words or more written capitalised inside a sentence ("the city's Public Housing Program"),
     * where no sentence's opening capital can have made it one.
     */
    private boolean namedMidSentence(String name) {
        if (name.split("\\s+").length < 3 || !NameShapes.body(name)) {
            return false;
        }
        for (Sentence s : facts.article().factSentences()) {
            int at = s.text().indexOf(name);
            if (at > 0 && !s.text().substring(0, at).matches("(?s)^\\W*(\\p{Lu}\\p{Ll}*\\s)?$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role that says what someone is ("a public transport agency", "US Ambassador to Germany"): not a time
     * ("the previous day"), not a group ("both from ..."), not a result ("the new record"), not the capitalised
     * rest of a longer name ("Bay Area"): it needs a title or a word in lower case that is no time or amount.
     */
    static boolean describes(String role) {
        String r = role.strip();
        if (r.matches("(?i)^(both|all|each|either|neither|the (new|previous|same))\\b.*")
                || r.matches("(?i).*\\b(day|days|week|weeks|month|months|year|years|morning|evening|night|today|"
                + "yesterday|tomorrow|time|record|records|minutes|hours|seconds)\\b.*")) {
            return false;
        }
        return java.util.Arrays.stream(r.split("\\s+")).anyMatch(w -> newsquiz.facts.Lexicon.isTitle(w)
                || w.length() >= 4 && w.chars().noneMatch(Character::isUpperCase));
    }

    /** "Senators", "Democrats": the plural of a title names a group of people, not a body or a person. */
    static boolean group(String name) {
        return name.matches("\\p{Lu}\\p{Ll}+s") && newsquiz.facts.Lexicon.isTitle(name.substring(0, name.length() - 1));
    }

    /** A blank among names listed with commas or "and": "Germany, _____, Italy", "Bahn, Daimler and _____". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\p{Lu}[\\p{L}.-]*, _____,|_____, (\\p{Lu}[\\p{L}.-]*\\s?)+,"
            + "|\\p{Lu}[\\p{L}.-]*,? and _____|_____,? and \\p{Lu}[\\p{L}.-]*(\\s\\p{Lu}[\\p{L}.-]*)*[.,;]");

    /** What follows a blanked actor: its verb, maybe after an aside ("_____, which indicated on Monday, ..."). */
    private static final Pattern ACTOR_AFTER_BLANK = Pattern.compile("^(\\s*\\([^)]{0,40}\\))?(,[^,]{3,80},)?\\s+"
            + "(has|have|had|was|were|is|are|will|would|could|can|did|does|also|\\p{Ll}+ed|\\p{Ll}{3,}s)\\b");

    // ---- events: "Who became the first woman to serve as Speaker?" ----

    /**
     * A sentence that opens with a named person or body followed by its verb states what that actor did; the
     * question asks for the actor: "Who co-founded the Zimbabwe African National Union ...?".
     */
    private void events() {
        for (Sentence s : facts.article().factSentences()) {
            if (s.section() != newsquiz.article.Section.BODY || s.text().startsWith("“") || s.text().startsWith("\"")) {
                continue;
            }
            for (Entity e : facts.entities()) {
                if (e.type() == Entity.Type.OTHER || e.type() == Entity.Type.PLACE) {
                    continue;
                }
                String opening = openingName(s.text(), e);
                if (opening == null) {
                    continue;
                }
                String predicate = s.text().substring(opening.length()).strip().replaceAll("[.!?]+$", "");
                String[] words = predicate.split("\\s+");
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                // "her penchant" among men's names gives the answer away; "reported" relays, it is no deed; a
                // second clause ("..., but X equalised") is another actor's
                boolean gendered = predicate.matches("(?i).*\\b(she|her|hers|herself|he|him|his|himself)\\b.*")
                        || predicate.matches(".*(, but |, while |, whereas |; ).*");
                if (words.length < 3 || words.length > 30 || !startsWithVerb(words[0], words.length > 1 ? words[1] : "")
                        || gendered || words[0].matches("reported|indicated|reports|quoted|cited")
                        || mentionsAny(predicate, names) || predicate.contains("“") || predicate.contains("\"")) {
                    break;
                }
                // "Senators", "Democrats": a group of people, not an organisation
                if (group(e.name())) {
                    break;
                }
                String who = e.type() == Entity.Type.PERSON ? "Who" : "Which organisation";
                List<String> pool = facts.entities().stream().filter(x -> x.type() == e.type() && x != e
                    && (x.type() != Entity.Type.PERSON || evidentPerson(x)))
                        .sorted((a, b) -> b.mentions() - a.mentions()).map(Entity::name).toList();
                String tail = predicate.contains("according to") ? "?" : ", according to the article?";
                choice("event", who + " " + predicate + tail, e.name(),
                        Distractors.names(e.name(), e.aliases(), wholeNames(pool), 3), Evidence.of(s),
                        2.3 + prominence(Evidence.of(s)) + Math.min(0.8, e.mentions() / 8.0), 1,
                        "The article says it of " + e.name() + ".");
                break;
            }
        }
    }

    /** The name (with any title before it) that opens the sentence, when it is one of the entity's names. */
    private static String openingName(String sentence, Entity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        names.sort((a, b) -> b.length() - a.length());
        for (String n : names) {
            int at = sentence.indexOf(n);
            if (at < 0 || at > 40) {
                continue;
            }
            String before = sentence.substring(0, at).strip();
            // only the actor's own title may stand before its name: "Secretary of State Mike Pompeo", not "Grace"
            if (before.isEmpty() || e.roles().stream().anyMatch(r -> r.equals(before) || before.endsWith(r)
                    && before.substring(0, before.length() - r.length()).matches("(\\p{Lu}[\\p{L}.]*\\s?)*"))) {
                String end = sentence.substring(at + n.length());
                if (end.startsWith(" ")) {
                    return sentence.substring(0, at + n.length());
                }
            }
        }
        return null;
    }

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "wrote", "tweeted",
            "added", "explained", "noted", "stated", "declared", "claimed", "alleged", "denied", "announced");

    /** A finite verb (or "has", "was" + participle) that is not a reporting verb: the quote questions have those. */
    private static boolean startsWithVerb(String first, String second) {
        String w = first.toLowerCase(Locale.ROOT);
        if (REPORTING.contains(w) || REPORTING.contains(second.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (w.matches("has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does")) {
            return !second.isEmpty() && Character.isLowerCase(second.charAt(0));
        }
        return w.matches("[a-z]+(ed|es)") || w.matches("became|began|won|lost|led|met|sent|took|gave|made|held|left|ran"
                + "|fell|rose|got|went|came|saw|found|kept|paid|sold|bought|brought|built|spent|struck|fought|chose"
                + "|drew|flew|grew|knew|threw|wore|beat|bore|broke|froze|hid|rode|shook|spoke|stole|swore|woke"
                + "|co-founded|founded|ruled|served|remains|remained|leads|heads|owns|runs|faces|plans|wants");
    }

    // ---- causes: "Why was the trial stopped early?" ----

    private void causes() {
        CauseQuestions questions = new CauseQuestions(lowerCaseWords(), Choices.words(facts.article().text()));
        for (Cause c : facts.causes()) {
            CauseQuestions.Draft d = questions.draft(c, facts.quotes());
            if (d != null) {
                choice("cause", d.prompt(), d.answer(), d.wrong(), c.evidence(), 3.0 + prominence(c.evidence()), 2,
                        d.explanation());
            }
        }
    }

    private Set<String> lowerCaseWords;

    /** The words the article writes in lower case somewhere. */
    private Set<String> lowerCaseWords() {
        if (lowerCaseWords != null) {
            return lowerCaseWords;
        }
        Set<String> out = new HashSet<>();
        lowerCaseWords = out;
        var m = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}'’-]*").matcher(facts.article().text());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** "What does “DACA” stand for?": an acronym the article spells out. */
    private void acronyms() {
        for (Entity e : facts.entities()) {
            String headline = facts.article().headline() == null ? "" : facts.article().headline();
            for (String alias : e.aliases()) {
                // spelling out an acronym is trivia, unless the story is about the thing it names
                if (!alias.matches("\\p{Lu}{2,6}") || !e.name().contains(" ")
                        || !headline.contains(alias) && !headline.contains(e.name())) {
                    continue;
                }
                Sentence s = null;
                for (Sentence x : facts.article().factSentences()) {
                    if (x.text().contains(e.name()) && x.text().contains(alias)) {
                        s = x;
                        break;
                    }
                }
                if (s != null) {
                    add(new Question(null, "short_answer", "entity", "In the article, what does “" + alias
                            + "” stand for?", null, e.name(), List.of(e.name()), null, List.of(s.text()),
                            Evidence.of(s).spans(), 2, 2.0 + prominence(Evidence.of(s)),
                            alias + " stands for " + e.name() + "."));
                }
                break;
            }
        }
    }

    // ---- building and ranking ----

    private void choice(String kind, String prompt, String answer, List<String> wrong, Evidence evidence,
                        double rank, int difficulty, String explanation) {
        String shown = norm(prompt);
        // a wrong answer printed in the question ("from _____ until 2007" beside 2007) is plainly wrong
        wrong = Choices.sameShape(answer, wrong.stream().filter(w -> !shows(shown, norm(w))).toList());
        if (wrong.size() < 2) {
            return;
        }
        List<String> choices = new ArrayList<>(wrong.subList(0, Math.min(3, wrong.size())));
        choices.add(answer);
        Collections.shuffle(choices, random);
        if (!Choices.wellFormed(choices, answer)) {
            return;
        }
        add(new Question(null, "multiple_choice", kind, prompt, choices, answer, List.of(), null,
                evidence.sentences(), evidence.spans(), difficulty, rank, explanation));
    }

    private void add(Question q) {
        if (q.prompt().length() > 600 || q.evidence().isEmpty() || givesAway(q)
                || !countedDates && !answerFromArticle(q)) {
            return;
        }
        candidates.add(q);
        if (countedDates) {
            counted.add(q);
        }
    }

    /** Set while adding a question whose answer is counted from the publication date ("on Thursday"). */
    private boolean countedDates;
    /**
     * How many of those the bank keeps, the story's main events first: counting from the dateline is no reading,
     * so a teacher gets the calendar date of what matters most and not of every weekday the article names.
     */
    private static final int COUNTED_DATES = 1;
    /** Those questions: the bank keeps them, the head of the bank never asks them. */
    private final Set<Question> counted = new HashSet<>();

    /** The head of the bank that asks each fact once: as many questions as a long session draws. */
    static final int SESSION_HEAD = 20;

    /** Every word of the answer stands in the article, so a student can check it there. */
    private boolean answerFromArticle(Question q) {
        if (q.type().equals("true_false")) {
            return true;
        }
        return articleWords().containsAll(Choices.words(String.valueOf(q.answer())));
    }

    private Set<String> articleWords() {
        if (articleWords == null) {
            articleWords = Choices.words(facts.article().text());
        }
        return articleWords;
    }

    private Set<String> articleWords;

    /** The answer standing in the prompt (choice lists of matching and ordering excepted). */
    private static boolean givesAway(Question q) {
        if (q.type().equals("matching") || q.type().equals("ordering") || q.type().equals("true_false")) {
            return false;
        }
        String prompt = norm(q.prompt());
        String answer = norm(String.valueOf(q.answer()));
        return answer.length() > 2 && Pattern.compile("\\b" + Pattern.quote(answer) + "\\b").matcher(prompt).find();
    }

    /**
     * Best first. The head of the bank, the size of a long session, asks each fact once and no question there
     * shows another's answer (a cloze is cut to the clauses that hide it, see {@link ClozeExcerpt}); a sentence is
     * asked twice at most and an answer three times at most, each repeat only when it outranks what else is left
     * (a long lead holds more of the story than a side remark); it also mixes kinds and types. The
     * rest of the bank keeps every question that passed the gates (a sentence at most {@value #PER_SENTENCE} times,
     * a fact at most {@value #PER_FACT} ways), for teachers choosing and for longer sessions.
     */
    private List<Question> ranked() {
        List<Question> pool = new ArrayList<>(candidates);
        pool.sort((a, b) -> Double.compare(b.rank(), a.rank()));
        List<Question> out = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        Set<String> usedSentences = new HashSet<>();
        Map<String, Integer> perAnswer = new java.util.HashMap<>();
        Set<String> usedFacts = new HashSet<>();
        boolean relaxed = false;
        while (out.size() < SESSION_HEAD && !pool.isEmpty()) {
            Question pick = null;
            double best = Double.NEGATIVE_INFINITY;
            int looked = 0;
            Fit chosen = null;
            for (Question q : pool) {
                if (counted.contains(q) || q.type().equals("matching")
                        || factsOf(q).stream().anyMatch(usedFacts::contains) || prompts.contains(norm(q.prompt()))
                        || answered(q, perAnswer) >= answerCap(q) + (relaxed ? 1 : 0)
                        || askedOf(q, out) >= (relaxed ? 3 : 2) || wholeSentenceClash(q, out)
                        || inHeadline(q)) {
                    continue;
                }
                Fit fit = fit(q, out);
                if (fit == null) {
                    continue;
                }
                if (looked++ == 16) {
                    break;
                }
                // a sentence asked again, or an answer asked a third time, only when it beats what else is left
                boolean shared = q.evidence().stream().anyMatch(usedSentences::contains);
                double score = q.rank() + teachersPrior(q) - mixing(q, out)
                        - (shared ? SENTENCE_AGAIN : 0) - (answered(q, perAnswer) == 2 ? ANSWER_AGAIN : 0);
                if (score > best) {
                    best = score;
                    pick = q;
                    chosen = fit;
                }
            }
            if (pick == null && !relaxed) {
                // out of facts that keep to the caps: a sentence a third time, an answer once more, rather than
                // a question another one gives away
                relaxed = true;
                continue;
            }
            if (pick == null) {
                break;
            }
            pool.remove(pick);
            chosen.cuts().forEach(out::set);
            pick = chosen.question();
            usedSentences.addAll(pick.evidence());
            usedFacts.addAll(factsOf(pick));
            if (answerOf(pick) != null) {
                perAnswer.merge(norm(answerOf(pick)), 1, Integer::sum);
            }
            prompts.add(norm(pick.prompt()));
            out.add(withId(pick));
        }
        Map<String, Integer> perSentence = new java.util.HashMap<>();
        for (Question q : out) {
            perSentence.merge(q.evidence().get(0), 1, Integer::sum);
            perSentence.merge(q.evidence().get(0) + "|" + q.answer(), 1, Integer::sum);
        }
        // counted dates go last, so that even a short bank never opens a session with one; up to the twentieth
        // place, a question that another one answers (or that answers another) waits for a later place
        List<Question> rest = new ArrayList<>();
        List<Question> later = new ArrayList<>();
        List<Question> again = new ArrayList<>();
        List<Question> otherForms = new ArrayList<>();
        List<Question> firstTwenty = new ArrayList<>(out);
        Set<String> named = new HashSet<>();
        out.stream().filter(q -> q.answer() instanceof String).forEach(q -> named.addAll(factsOf(q)));
        for (Question q : pool) {
            if (counted.contains(q)) {
                continue;
            }
            if (q.type().equals("matching")) {
                // it asks every quotation's speaker again at once: after every question on its own
                again.add(0, q);
                continue;
            }
            // a fact is asked once in the whole bank; but for a fact asked only true or false so far, its key is
            // kept too, at the very end, for a teacher to choose (true/false does not say who or how many)
            if (factsOf(q).stream().anyMatch(usedFacts::contains)) {
                if (q.answer() instanceof String && factsOf(q).stream().noneMatch(named::contains)) {
                    again.add(q);
                    named.addAll(factsOf(q));
                } else {
                    otherForms.add(q);
                }
                continue;
            }
            usedFacts.addAll(factsOf(q));
            if (q.answer() instanceof String) {
                named.addAll(factsOf(q));
            }
            if (firstTwenty.size() < SESSION_HEAD && (answersAnother(q, firstTwenty)
                    || firstTwenty.stream().anyMatch(f -> f.evidence().get(0).equals(q.evidence().get(0))))) {
                later.add(q);
                continue;
            }
            rest.add(q);
            if (firstTwenty.size() < SESSION_HEAD) {
                firstTwenty.add(q);
            }
        }
        rest.addAll(later);
        pool.stream().filter(counted::contains).limit(COUNTED_DATES).forEach(rest::add);
        rest.addAll(again);
        for (Question pick : rest) {
            if (out.size() >= MAX_QUESTIONS) {
                break;
            }
            String sentence = pick.evidence().get(0);
            String fact = sentence + "|" + pick.answer();
            boolean crowded = !pick.type().equals("matching") && !pick.type().equals("ordering")
                    && (perSentence.getOrDefault(sentence, 0) >= PER_SENTENCE
                    || perSentence.getOrDefault(fact, 0) >= PER_FACT);
            if (crowded || !prompts.add(norm(pick.prompt()))) {
                continue;
            }
            perSentence.merge(sentence, 1, Integer::sum);
            perSentence.merge(fact, 1, Integer::sum);
            out.add(withId(pick));
        }
        // a long bank also keeps another form of a fact it asks (typed after a choice, say), for a teacher's
        // choice and for longer sessions; never within a session's first twenty, where it would ask a fact twice
        for (Question pick : otherForms) {
            if (out.size() >= MAX_QUESTIONS || out.size() < SESSION_HEAD) {
                break;
            }
            String fact = pick.evidence().get(0) + "|" + pick.answer();
            if (perSentence.getOrDefault(fact, 0) < PER_FACT && prompts.add(norm(pick.prompt()))) {
                perSentence.merge(fact, 1, Integer::sum);
                out.add(withId(pick));
            }
        }
        return out;
    }

    /**
     * How teachers took each form of question, judged blind on a rubric over 33 articles by two readers each:
     * who-said typed and amounts were taken most often; "which body does the article describe as ..." and
     * why-questions with the article's own sentences as wrong reasons least (a description match tests little, a
     * reason from another sentence is plainly no reason). The head prefers the forms teachers take; the bank keeps
     * every form for coverage and for teachers' choice.
     */
    private static double teachersPrior(Question q) {
        return switch (q.kind() + "/" + q.type()) {
            case "entity/multiple_choice" -> -2.0;
            case "cause/multiple_choice" -> -1.5;
            case "event/multiple_choice" -> -1.0;
            case "quote/multiple_choice" -> -0.6;
            case "quote/true_false", "quantity/true_false" -> -0.5;
            default -> 0;
        };
    }

    /** What asking a sentence of the article a second time costs in the ranking of the session's head. */
    private static final double SENTENCE_AGAIN = 1.5;
    /** What asking for an answer a third time costs there (a story about one actor has many facts about it). */
    private static final double ANSWER_AGAIN = 1.0;

    /** How many questions of the head already have this question's answer (a true/false one: the one it tests). */
    private int answered(Question q, Map<String, Integer> perAnswer) {
        String a = answerOf(q);
        return a == null ? 0 : perAnswer.getOrDefault(norm(a), 0);
    }

    /**
     * How many questions of a session may have one answer: a number or a date once (an amount asked twice is one
     * fact told twice), a name three times (a story about one actor has many facts about it).
     */
    private static int answerCap(Question q) {
        return q.kind().equals("quantity") || q.kind().equals("date") ? 1 : 3;
    }

    /** What a true/false statement tests, by its prompt: the true amount or speaker it does or does not show. */
    private final Map<String, String> tested = new java.util.HashMap<>();

    /** The answer a student must know: the key, or for a true/false statement what it tests; null for lists. */
    private String answerOf(Question q) {
        return q.answer() instanceof String a ? a : tested.get(q.prompt());
    }

    /**
     * A fact is what a sentence says of one answer: the same sentence and answer asked twice is one fact ("who is
     * the ambassador" and "who said this" of one sentence naming him). Who said a quotation is one fact however it
     * is asked (typed, with choices, true or false).
     */
    private List<String> factsOf(Question q) {
        String ofAnswer = q.evidence().get(0) + "|" + (answerOf(q) != null ? norm(answerOf(q)) : q.prompt());
        return q.kind().equals("quote") && !q.type().equals("matching")
                ? List.of(ofAnswer, "quote|" + q.evidence().get(0)) : List.of(ofAnswer);
    }

    /**
     * A true/false statement prints its whole sentence, so it shares that sentence with no other question of the
     * session (a quotation's statement excepted: it prints only the quoted words).
     */
    private static boolean wholeSentenceClash(Question q, List<Question> chosen) {
        return chosen.stream().anyMatch(o -> (statesSentence(q) || statesSentence(o))
                && o.evidence().stream().anyMatch(q.evidence()::contains));
    }

    /** How many of the chosen questions ask of the question's sentence: a session asks one sentence twice at most. */
    private static long askedOf(Question q, List<Question> chosen) {
        return chosen.stream().filter(o -> o.evidence().get(0).equals(q.evidence().get(0))).count();
    }

    private static boolean statesSentence(Question q) {
        return q.type().equals("true_false") && !q.kind().equals("quote");
    }

    /** A question as it can join a session, with the questions already there that had to be cut for it. */
    private record Fit(Question question, Map<Integer, Question> cuts) {
    }

    /**
     * The question as it can join the chosen ones without one answering another: a cloze cut to the clauses of
     * its sentence that hide their answers, and theirs cut to hide its own; null when no cut does.
     */
    private Fit fit(Question q, List<Question> chosen) {
        List<String> theirs = chosen.stream().filter(o -> !mainActorSpeaks(o)).map(this::answerOf)
                .filter(a -> a != null).toList();
        String prompt = ClozeExcerpt.avoiding(q.prompt(),
                text -> theirs.stream().anyMatch(a -> showsAny(norm(text), a)));
        if (prompt == null) {
            return null;
        }
        Question fitted = prompt.equals(q.prompt()) ? q : withPrompt(q, prompt);
        Map<Integer, Question> cuts = new java.util.HashMap<>();
        String mine = answerOf(q);
        if (mine != null && !mainActorSpeaks(q)) {
            for (int i = 0; i < chosen.size(); i++) {
                Question o = chosen.get(i);
                String cut = ClozeExcerpt.avoiding(o.prompt(), text -> showsAny(norm(text), mine));
                if (cut == null) {
                    return null;
                }
                if (!cut.equals(o.prompt())) {
                    cuts.put(i, withId(withPrompt(o, cut)));
                }
            }
        }
        return new Fit(fitted, cuts);
    }

    /**
     * Who said it, when it is the story's main actor: every prompt may name the actor without telling which words
     * are theirs. Any other question on the main actor ("Fill in: _____ announced ...") is given away by them.
     */
    private boolean mainActorSpeaks(Question q) {
        return q.kind().equals("quote") && answerOf(q) != null && ubiquitous(answerOf(q));
    }

    private static Question withPrompt(Question q, String prompt) {
        return new Question(q.id(), q.type(), q.kind(), prompt, q.choices(), q.answer(), q.accept(), q.tolerance(),
                q.evidence(), q.spans(), q.difficulty(), q.rank(), q.explanation());
    }


    /** One question of the session answering another: its answer in their prompt, or theirs in its prompt. */
    private boolean answersAnother(Question q, List<Question> chosen) {
        String prompt = norm(q.prompt());
        for (Question other : chosen) {
            if (q.answer() instanceof String a && !mainActorSpeaks(q) && showsAny(norm(other.prompt()), a)
                    || other.answer() instanceof String b && !mainActorSpeaks(other) && showsAny(prompt, b)) {
                return true;
            }
        }
        return false;
    }

    /** The answer under any of its names: "Anthony Fauci" is given away by "Fauci" or "professor Muyembe" too. */
    private boolean showsAny(String text, String answer) {
        if (shows(text, norm(answer))) {
            return true;
        }
        // "February 21, 2019" stands in a sentence as "February 21"
        var dayOfYear = Pattern.compile("^(\\p{L}+ \\d{1,2}), \\d{4}$").matcher(answer.strip());
        if (dayOfYear.matches() && shows(text, norm(dayOfYear.group(1)))) {
            return true;
        }
        for (String alias : aliasesOf(answer)) {
            if (alias.length() > 3 && shows(text, norm(alias))) {
                return true;
            }
        }
        // "Russian-American team" gives away Russia, "flerovium" Flerov: a name as the stem of another word
        if (answer.matches("\\p{Lu}\\p{Ll}{4,}") && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(norm(answer))
                + "\\p{Ll}{1,4}(?![\\p{L}])").matcher(text).find()) {
            return true;
        }
        String[] words = answer.strip().split("\\s+");
        String last = words[words.length - 1];
        return words.length > 1 && last.length() > 3 && Character.isUpperCase(last.charAt(0))
                && Character.isUpperCase(words[0].charAt(0)) && isPerson(answer) && shows(text, norm(last));
    }

    private static boolean shows(String text, String answer) {
        return answer.length() > 2 && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(answer) + "(?![\\p{L}\\d])")
                .matcher(text).find();
    }

    /** "a _____ press release", "The _____ issue of": the date of a publication, not of an event. */
    private static final Pattern PUBLICATION_DATE = Pattern.compile("(?i)_____,? (\\p{L}+ )?(press release|statement|"
            + "issue|edition|report|interview|post|tweet|letter|filing|broadcast|episode)\\b");

    /** The headline, shown with the quiz, names the answer: asking it tests nothing. */
    private boolean inHeadline(Question q) {
        String headline = facts.article().headline();
        if (headline == null || !(q.answer() instanceof String a) || q.kind().equals("cause")) {
            return false;
        }
        // "101-year-old bottle" above "The bottle had been at sea for _____ years"
        var number = Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(a);
        while (number.find()) {
            if (Pattern.compile("(?<![\\d,.])" + Pattern.quote(number.group()) + "(?![\\d]|[,.]\\d)")
                    .matcher(headline).find()) {
                return true;
            }
        }
        Set<String> h = Choices.words(headline);
        Set<String> words = Choices.words(a);
        return !words.isEmpty() && (h.containsAll(words) || words.stream().anyMatch(w -> w.length() >= 4
                && h.contains(w) && a.matches("(?s).*\\b\\p{Lu}\\p{L}*.*") && Character.isUpperCase(
                a.charAt(a.toLowerCase(Locale.ROOT).indexOf(w) < 0 ? 0 : a.toLowerCase(Locale.ROOT).indexOf(w)))));
    }

    /** How much a question repeats the kinds and types just before it. */
    private static double mixing(Question q, List<Question> out) {
        double penalty = 0;
        for (int back = 1; back <= 3 && back <= out.size(); back++) {
            Question prev = out.get(out.size() - back);
            penalty += (prev.kind().equals(q.kind()) ? 0.6 : 0) / back;
            penalty += (prev.type().equals(q.type()) ? 0.4 : 0) / back;
        }
        return penalty;
    }

    private static Question withId(Question q) {
        String id = "q-" + sha256(q.type() + "|" + q.prompt()).substring(0, 10);
        return new Question(id, q.type(), q.kind(), q.prompt(), q.choices(), q.answer(), q.accept(), q.tolerance(),
                q.evidence(), q.spans(), q.difficulty(), Math.round(q.rank() * 1000) / 1000.0, q.explanation());
    }

    // ---- helpers ----

    /**
     * How central the evidence is to the story: early in the article (news puts the main point first) and sharing
     * the headline's words; the lead sentence gets a little more.
     */
    private double prominence(Evidence e) {
        int start = e.spans().get(0)[0];
        int index = 0;
        for (Sentence s : facts.article().factSentences()) {
            if (s.start() >= start || s.section() != newsquiz.article.Section.BODY) {
                if (s.start() >= start) {
                    break;
                }
                continue;
            }
            index++;
        }
        double position = 1.0 - (double) index / sentenceCount + (index == 0 ? 0.4 : index == 1 ? 0.2 : 0);
        return position + headlineOverlap(e.text());
    }

    /** The share of the headline's content words that the text repeats, 0 without a headline. */
    private double headlineOverlap(String text) {
        String headline = facts.article().headline();
        if (headline == null || headline.isBlank()) {
            return 0;
        }
        Set<String> h = Choices.words(headline);
        h.removeIf(w -> w.length() < 4);
        if (h.isEmpty()) {
            return 0;
        }
        Set<String> t = Choices.words(text);
        long shared = h.stream().filter(t::contains).count();
        return (double) shared / h.size();
    }

    /**
     * A speaker a question may name: a person or an organisation of the article (never a place, a platform or a
     * bare title), or a body named through its owner ("Norway's foreign ministry").
     */
    private boolean isNamedSpeaker(String speaker) {
        if (speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0)) || fragment(speaker)) {
            return false;
        }
        if (speaker.matches("\\p{Lu}.*['’]s .*")) {
            return true;
        }
        String first = speaker.split("\\s+")[0];
        if (lowerCaseWords().contains(first.toLowerCase(Locale.ROOT)) || demonymOfPlace(speaker)) {
            return false; // "Longtime Imus", "American Samoan": an adjective or a people, not a speaker's name
        }
        return facts.entities().stream().anyMatch(e -> e.name().equals(speaker)
                && (e.type() == Entity.Type.PERSON && (speaker.contains(" ") || !e.aliases().isEmpty()
                || !e.roles().isEmpty()) || e.type() == Entity.Type.ORGANIZATION));
    }

    /** "American Samoan" beside the place "American Samoa": a people named after a place of the article. */
    private boolean demonymOfPlace(String name) {
        String stem = name.replaceFirst("(ns|n|s|ese|ish|ian|i)$", "");
        return facts.entities().stream().anyMatch(e -> e.type() == Entity.Type.PLACE && !e.name().equals(name)
                && (e.name().equals(stem) || e.name().equals(stem + "a") || name.startsWith(e.name())
                && name.length() - e.name().length() <= 4));
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

    /**
     * News outlets relay what others said ("Reuters reported, citing a source"): a quiz never credits the words
     * to them, since the article rarely says whose they were beyond that.
     */
    private static final Pattern OUTLET = Pattern.compile("(?i)\\b(reuters|associated press|agence france-presse|afp"
            + "|bbc|cnn|verge|times|post|news|journal|press|tribune|herald|gazette|telegraph|guardian|observer|xtra"
            + "|daily|radio|television|tv|broadcasting|newspaper|magazine|media|wire)\\b");

    /** Platforms carry words; they are not who said them. */
    private static final Pattern MEDIA = Pattern.compile("(?i)\\b(twitter|facebook|instagram|tiktok|telegram|youtube"
            + "|linkedin|reddit|weibo|wechat|threads|bluesky)\\b");

    private boolean isPerson(String name) {
        return facts.entities().stream().anyMatch(e -> e.name().equals(name) && e.type() == Entity.Type.PERSON);
    }

    private List<String> aliasesOf(String name) {
        List<String> out = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.name().equals(name)) {
                out.addAll(e.aliases());
            }
        }
        return out;
    }

    /** "told The Verge", "according to The Times": a title the article's words were given to, an outlet. */
    private boolean relays(String name) {
        return Pattern.compile("\\b(told|according to|reported by|interview with|wrote in|writing in|published in)"
                + "\\s+The\\s+" + Pattern.quote(name.replaceFirst("^The\\s+", "")) + "\\b")
                .matcher(facts.article().text()).find();
    }

    /**
     * The story's main actor: named in at least two sentences of five, or in the headline or the lead and in one
     * sentence of four. Its name in one prompt gives away no other question, since the story names it throughout.
     */
    private boolean ubiquitous(String answer) {
        return ubiquity.computeIfAbsent(answer, a -> {
            List<Sentence> sentences = facts.article().factSentences();
            long naming = sentences.stream().filter(s -> showsAny(norm(s.text()), a)).count();
            String headline = facts.article().headline();
            boolean leads = headline != null && showsAny(norm(headline), a)
                    || !sentences.isEmpty() && showsAny(norm(sentences.get(0).text()), a);
            return sentences.size() >= 5 && (naming * 5 >= sentences.size() * 2 || leads && naming * 4 >= sentences.size());
        });
    }

    private final Map<String, Boolean> ubiquity = new java.util.HashMap<>();

    private int mentions(String name) {
        return facts.entities().stream().filter(e -> e.name().equals(name)).mapToInt(Entity::mentions).sum();
    }

    /** Other speakers first, then people (or bodies) of the article, most mentioned first. */
    private List<String> speakerPool(String speaker) {
        List<String> pool = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            if (!pool.contains(q.speaker()) && isNamedSpeaker(q.speaker()) && speaks(q.speaker())) {
                pool.add(q.speaker());
            }
        }
        boolean person = isPerson(speaker);
        facts.entities().stream()
                .filter(e -> person ? e.type() == Entity.Type.PERSON && evidentPerson(e)
                        : e.type() == Entity.Type.ORGANIZATION)
                .sorted((a, b) -> b.mentions() - a.mentions()).map(Entity::name)
                .filter(n -> !pool.contains(n)).forEach(pool::add);
        // an outlet that relays the words ("told The Verge") is not who said them
        pool.removeIf(n -> OUTLET.matcher(n).find() || relays(n));
        if (person) {
            pool.removeIf(n -> !isPerson(n));
        } else {
            // a body's words against other bodies that speak in the article: a survey or a channel is no speaker
            pool.removeIf(n -> isPerson(n) || facts.quotes().stream().noneMatch(q -> q.speaker().equals(n)));
        }
        return pool;
    }

    /**
     * Names that the article writes as a whole name somewhere, not only inside a longer one: never "Diseases" from
     * "Infectious Diseases" or "Day" from "Labour Day" as a choice.
     */
    /**
     * A piece of a longer name wherever the article writes it: "Applied Chemistry" of "Pure and Applied Chemistry",
     * "Centers" of "Centers for Disease Control", "PG" of "PG&E". Only joining words count, so a person's name
     * after a title ("President Ann Lee") or before where they work ("Ann Lee of the Institute") is still whole.
     */
    private boolean fragment(String name) {
        String text = facts.article().text();
        var m = Pattern.compile("(?<![\\p{L}\\d&])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
        boolean seen = false;
        while (m.find()) {
            seen = true;
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            // "Anthony Fauci of the Institute" is a person and where he works
            boolean glued = before.matches("(?s).*\\p{Lu}[\\p{L}.]* (and|of|for|&) $") || before.endsWith("&")
                    || after.matches("(?s)^&\\p{Lu}.*")
                    || !isPerson(name) && after.matches("(?s)^ (of|for) (the )?\\p{Lu}.*");
            if (!glued) {
                return false;
            }
        }
        return seen;
    }

    private List<String> wholeNames(List<String> pool) {
        String text = facts.article().text();
        List<String> out = new ArrayList<>();
        for (String name : pool) {
            // people and places come in lists ("Spain, Norway and Brazil"), which glue no name to another
            boolean person = isPerson(name);
            boolean listed = person || facts.entities().stream()
                    .anyMatch(e -> e.name().equals(name) && e.type() == Entity.Type.PLACE);
            List<String> titles = facts.entities().stream().filter(e -> e.name().equals(name)
                    && e.type() == Entity.Type.PERSON).flatMap(e -> e.roles().stream()).toList();
            var m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 30), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
                // "French President Emmanuel Macron": a person's own title before the name glues nothing to it
                boolean titled = titles.stream().anyMatch(t -> before.endsWith(t + " "));
                boolean gluedBefore = before.matches(listed ? "(?s).*\\p{Lu}[\\p{L}.]* (of|for|&) $" // "Pure and Applied Chemistry"
                        : "(?s).*\\p{Lu}[\\p{L}.]* (and|of|for|&) $")
                        || !titled && before.matches("(?s).*\\p{Lu}[\\p{L}.]*[ -]$")
                        && !before.matches("(?s).*(^|[.!?“\"]\\s?|\\n)\\p{Lu}[\\p{L}]*[ -]$")
                        && !before.matches("(?s).*\\b(The|A|An|In|On|At|By|For|From|With|Of|To|And|But|As|After|When)\\s$");
                // "Jennifer Daskal of American University", "Ana Ruiz and Tom Lee": a person's affiliation or a list;
                // "PG&E": a name glued to more of it
                boolean gluedAfter = (after.matches(person ? "(?s)^[ -]\\p{Lu}.*" : listed ? "(?s)^[ -](of )?\\p{Lu}.*"
                        : "(?s)^[ -](of |and |for )?\\p{Lu}.*") || after.matches("(?s)^&\\p{Lu}.*"))
                        && !after.startsWith(" I ");
                if (!gluedBefore && !gluedAfter) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A name the article shows to be a person's: a title or role, a surname used alone, or words of their own;
     * a capitalised run such as "Past EVD" at a sentence's start is never offered as a person.
     */
    private boolean evidentPerson(Entity e) {
        if (e.name().matches(".*\\b\\p{Lu}{2,}\\b.*") || lowerCaseWords().contains(
                e.name().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            return false; // "Past EVD", "National LGBT": an acronym or an ordinary word is no part of a person's name
        }
        String last = e.name().substring(e.name().lastIndexOf(' ') + 1);
        return !e.roles().isEmpty() || e.aliases().contains(last) || speaks(e.name());
    }

    /** Someone the article quotes in their own name, not as one of a list ("firms including A, B and C said"). */
    private boolean speaks(String name) {
        return facts.quotes().stream().anyMatch(q -> q.speaker().equals(name)
                && !oneOfAList(name, q.evidence().text()));
    }

    private boolean sharedRole(String role, Entity self) {
        return facts.entities().stream().anyMatch(e -> e != self && e.roles().contains(role));
    }

    private Sentence sentenceWith(String role, List<String> names) {
        for (Sentence s : facts.article().factSentences()) {
            if (s.text().contains(role) && names.stream().anyMatch(s.text()::contains)) {
                return s;
            }
        }
        return null;
    }

    private Sentence firstSentenceNaming(Entity e) {
        for (Sentence s : facts.article().factSentences()) {
            if (s.section() != newsquiz.article.Section.BODY || s.text().length() > 300) {
                continue;
            }
            // "the 2019 _____ Marathon" asks for a set phrase: a sentence where the name stands on its own
            var m = Pattern.compile("\\b" + Pattern.quote(e.name()) + "\\b").matcher(s.text());
            if (m.find() && !NameShapes.gluedInto(s.text(), m.start(), m.end(), e.type() == Entity.Type.PERSON)) {
                return s;
            }
        }
        return null;
    }

    private static boolean mentionsAny(String text, List<String> names) {
        String t = norm(text);
        return names.stream().anyMatch(n -> n.length() > 2
                && Pattern.compile("\\b" + Pattern.quote(norm(n)) + "\\b").matcher(t).find());
    }

    /**
     * How little a sentence says on its own, as the frame of a blank: "He was _____ years old at the time." names
     * nobody, "_____ Pop-up parks" is a heading. Ranks such blanks low.
     */
    private static double vagueFrame(String sentence) {
        String s = sentence.strip();
        if (s.split("\\s+").length < 6) {
            return 3.0;
        }
        return s.matches("(?s)^[“\"‘]?(He|She|It|They|This|That|These|Those|His|Her|Its|Their)\\b.*") ? 2.0 : 0;
    }

    /** The sentence with every occurrence of the words blanked; null when none occurs. */
    private static String blank(String sentence, String... words) {
        String out = sentence;
        boolean found = false;
        for (String w : words) {
            if (w == null || w.isBlank()) {
                continue;
            }
            // "U.S.-_____ border": a blank glued to another word asks for a set phrase, not for reading
            boolean number = w.matches("(?i)[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve");
            // a score or a ratio ("a 2-1 decision") is a set phrase too
            var m = Pattern.compile("(?<![\\p{L}\\d/-])" + Pattern.quote(w) + "(?![\\p{L}\\d/]|-\\d"
                    + (number ? ")" : "|-\\p{L})")).matcher(out);
            if (m.find()) {
                found = true;
                out = m.replaceAll("_____");
            }
        }
        return found ? out : null;
    }

    /** "on June 3" → "June 3": the words of a date mention without its preposition. */
    private static String dateWords(String mention) {
        return mention.replaceFirst("^(?i:on|in|by|until|since|from|during|through|of|early|late|mid-)\\s*", "");
    }

    private static boolean insideQuote(String sentence, String mention) {
        int at = sentence.indexOf(mention);
        if (at < 0) {
            return false;
        }
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            curly += c == '“' ? 1 : c == '”' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return curly > 0 || straight % 2 == 1;
    }

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

    private static String shortExcerpt(String text) {
        String[] words = text.strip().split("\\s+");
        String s = String.join(" ", java.util.Arrays.copyOf(words, Math.min(12, words.length)));
        return s.replaceAll("[,;:.]+$", "") + (words.length > 12 ? " …" : "");
    }

    private static String pastTense(String verb) {
        return switch (verb) {
            case "says", "say", "saying" -> "said";
            case "tells", "tell", "telling" -> "told reporters";
            case "tweeting", "tweets" -> "tweeted";
            case "claims", "claiming" -> "claimed";
            case "alleges" -> "alleged";
            case "writes", "writing" -> "wrote";
            case "calling", "called" -> "called for";
            default -> verb;
        };
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

    static String norm(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
