package newsquiz.questions;

import static newsquiz.questions.QuestionText.blank;
import static newsquiz.questions.QuestionText.vagueFrame;
import static newsquiz.questions.QuestionText.mentionsAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.facts.Entity;
import newsquiz.facts.Evidence;
import newsquiz.facts.Facts;
import newsquiz.facts.Lexicon;

/**
 * Names: who a description fits, a name blanked in its sentence, a defined term, who did what a sentence says, and
 * what an acronym stands for.
 */
final class EntityQuestions {
    /** Single words that name a body but make a trivial blank ("Speaker of the _____"). */
    private static final Set<String> GENERIC_BODIES = Set.of("house", "senate", "congress", "parliament",
            "government", "court", "democrats", "republicans", "chamber", "cabinet", "army", "police", "party",
            "united", "federal", "state", "states", "council", "assembly");
    /** Names every student knows before reading: "in orbit around the _____" tests nothing. */
    private static final Set<String> KNOWN_TO_ALL = Set.of("earth", "moon", "sun", "world", "internet");

    private final QuestionGenerator g;
    private final Facts facts;
    private final ArticleNames articleNames;

    EntityQuestions(QuestionGenerator g) {
        this.g = g;
        this.facts = g.facts;
        this.articleNames = g.names;
    }

    /**
     * "German Chancellor", "British Prime Minister", "US President": who leads a country is known before reading,
     * and judges struck every such description asked (4 of 4 over the last two rounds).
     */
    static boolean leaderOfACountry(String role) {
        var m = COUNTRY_LEADER.matcher(role.strip());
        if (!m.matches()) {
            return false;
        }
        String country = m.group(1).replace(".", "");
        return newsquiz.facts.Lexicon.isPeople(country) || newsquiz.facts.Lexicon.isPlace(country)
                || country.equals("US") || country.equals("UK");
    }

    private static final Pattern COUNTRY_LEADER = Pattern.compile("(?:the )?(\\p{Lu}[\\p{L}.]*) (?:President|Prime"
            + " Minister|Chancellor|Premier|King|Queen|Emperor|Supreme Leader)");

    void entities() {
        List<Question> nameBlanks = new ArrayList<>();
        for (Entity e : facts.entities()) {
            // "the Affordable Care Act", "a Falcon 9 rocket": a law, a programme or a made thing is named for what
            // it is, and is worth a blank
            boolean law = e.type() == Entity.Type.OTHER && (NameShapes.law(e.name())
                    || NameShapes.thingNamed(facts.article().text(), e.name()));
            // "Past EVD" from "Past EVD outbreaks ...": a sentence's capital on an ordinary word made no name
            if (e.type() == Entity.Type.OTHER && !law || e.type() == Entity.Type.PERSON && e.name().matches(".*\\b\\p{Lu}{2,}\\b.*")
                    || articleNames.lowerCaseWords().contains(e.name().split("\\s+")[0].toLowerCase(Locale.ROOT))
                    && !namedMidSentence(e.name())
                    || e.type() != Entity.Type.PERSON && articleNames.wholeNames(List.of(e.name())).isEmpty()) {
                // "District" of "the Fourth District" (a person's name may follow a title: "President Barack Obama")
                continue;
            }
            String noun = switch (e.type()) {
                case PERSON -> "person";
                case ORGANIZATION -> "organisation";
                default -> "place";
            };
            List<String> pool = facts.entities().stream().filter(x -> x.type() == e.type() && x != e
                    && (x.type() != Entity.Type.PERSON || articleNames.evidentPerson(x)
                    && !articleNames.sexes().differ(e.name(), x.name())))
                    .map(Entity::name).toList();
            List<String> names = namesOf(e);
            int roleQuestions = 0;
            for (String role : law ? List.<String>of() : e.roles()) {
                if (role.split("\\s+").length < 2 || mentionsAny(role, names) || sharedRole(role, e)
                        || roleQuestions >= 2 || !describes(role) || leaderOfACountry(role)) {
                    continue;
                }
                Sentence s = sentenceWith(role, names);
                if (s != null) {
                    g.choice("entity", "Which " + noun + " does the article describe as “" + role + "”?", e.name(),
                            // "Oakes's lawyer" is not Martin Oakes: a name the description holds is plainly wrong
                            Distractors.names(e.name(), e.aliases(), articleNames.wholeNames(pool.stream()
                                    .filter(x -> !articleNames.sexes().against(role, x) && !mentionsAny(role,
                                            namesOf(x))).toList()), 3), Evidence.of(s),
                            // "law firm", "social media site": a description anyone knows asks little of the
                            // article, so short ones rank low
                            2.0 + g.prominence(Evidence.of(s)) + Math.min(1.0, e.mentions() / 6.0)
                                    - (role.split("\\s+").length < 3 ? 2.0 : 0), 1,
                            e.name() + " is " + role + ".");
                    roleQuestions++;
                }
            }
            // "Unlike Senators, ..." is a common noun; "for The Greens" (a capital The mid-sentence) is a name
            boolean lonePlural = !e.name().contains(" ") && e.name().endsWith("s") && e.mentions() < 2
                    && !facts.article().text().contains(" The " + e.name());
            String lower = e.name().toLowerCase(Locale.ROOT);
            // (a place or a thing: "The Sun" a paper, "Moon" a surname, are read)
            boolean knownToAll = KNOWN_TO_ALL.contains(lower) && e.type() != Entity.Type.PERSON
                    && e.type() != Entity.Type.ORGANIZATION;
            if (!GENERIC_BODIES.contains(lower) && !knownToAll && !lonePlural && !group(e.name())) {
                Sentence s = firstSentenceNaming(e);
                if (s != null) {
                    // "the _____ (_____)": a name and its initials are one blank (see QuestionText.blank)
                    String blanked = blank(s.text(), names.toArray(String[]::new));
                    // "Democratic _____ of the Congo": a word cut out of a longer name
                    // "told The _____": the outlet that relayed the words is a detail, not the story
                    boolean outlet = articleNames.relays(e.name()) || ArticleNames.OUTLET.matcher(e.name()).find()
                            || articleNames.fragment(e.name());
                    // "Germany, _____, Italy and Japan" is one item of a list: it asks for no reading
                    // but "in Pakistan, _____, brother of ..., was sentenced" blanks a person and the role after
                    boolean listItem = blanked != null && LIST_ITEM.matcher(blanked).find()
                            && !(e.type() == Entity.Type.PERSON && ROLE_AFTER_BLANK.matcher(blanked).find());
                    boolean notWorthABlank = outlet || listItem || blanked != null
                            && (blanked.matches("(?s).*\\S\\s+\\p{Lu}\\p{L}+ _____ of (the )?\\p{Lu}.*")
                            || markupBlank(blanked) || tailOfATitle(blanked, e.name()) || tooShortToRead(blanked));
                    // "7:49 a.m. _____", "1800 _____": a unit or a time zone, not a name worth asking
                    if (blanked != null && !blanked.equals(s.text()) && !notWorthABlank
                            && !NameShapes.afterNumber(blanked)) {
                        // an actor is worth a blank: the name that does the sentence's verb, blanked once; any
                        // other name in a blank is mostly a set phrase or background, so it ranks low
                        boolean actor = actorBlank(blanked);
                        double minor = actor ? 0.5 : 2.0;
                        // "President _____": looking a name up by its title, which teachers never took
                        if (titledBlank(blanked)) {
                            minor += 1.0;
                        }
                        // typed, never with choices: teachers rejected nearly every name-blank with choices (a
                        // drug offered as an organisation, a band among people); typing the name has no such flaw
                        nameBlanks.add(new Question(null, "fill_blank", "entity", "Fill in the blank with a name"
                                + " from the article: “" + blanked + "”", null, e.name(), names, null,
                                List.of(s.text()), Evidence.of(s).spans(), 2,
                                1.4 + g.prominence(Evidence.of(s)) - minor - vagueFrame(s.text()),
                                "The sentence names " + e.name() + "."));
                    }
                }
            }
        }
        fewBlanksPerSentence(nameBlanks);
    }

    /** An entity's names by one of them: the whole name with its short forms. */
    private List<String> namesOf(String name) {
        return facts.entities().stream().filter(x -> x.name().equals(name)).findFirst().map(EntityQuestions::namesOf)
                .orElse(List.of(name));
    }

    /** The entity's whole name, then its short forms ("Ana Lima", "Lima"). */
    private static List<String> namesOf(Entity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(0, e.name());
        return all;
    }

    /**
     * A name blanked right after its title ("Health Minister _____", "British Prime Minister _____"): looking the
     * holder of an office up, which teachers took none of 15 times, or a name the student knows without the article.
     */
    static boolean titledBlank(String text) {
        var titled = TITLE_BEFORE_BLANK.matcher(text);
        return titled.find() && Lexicon.isTitle(titled.group(1));
    }

    /**
     * A name blanked where it only places another fact: whose part or member something is ("Steve Peers of the
     * _____", "the Ural region of _____"), or who relayed the news ("according to the _____", "told _____",
     * "_____ reported"), or the place another name lies in ("in Fort Lauderdale, _____", "_____'s Royal Veterinary
     * College"). Teachers took one such blank in 31: the question is about the source, not the story.
     */
    static boolean sideBlank(String text) {
        int at = text.indexOf("_____");
        return at >= 0 && (SIDE_BEFORE_BLANK.matcher(text.substring(0, at)).find()
                || REPORTED_AFTER_BLANK.matcher(text.substring(at + 5)).lookingAt()
                || PLACE_OF_A_PLACE.matcher(text.substring(0, at)).find()
                || OWNER_OF_A_NAME.matcher(text.substring(at + 5)).lookingAt());
    }

    private static final Pattern SIDE_BEFORE_BLANK = Pattern.compile(
            "(?i)\\b(of|of the|according to|according to the|told|tells|telling|in remarks to|speaking to|spoke to"
            + "|talking to|in an interview with)\\s*$");
    private static final Pattern REPORTED_AFTER_BLANK = Pattern.compile("\\s*(reports?|reported)\\b");
    /** "in Fort Lauderdale, _____": the state a city lies in. */
    private static final Pattern PLACE_OF_A_PLACE = Pattern.compile("\\b(in|at|of|from) \\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}"
            + "[\\p{L}.'-]*)*, $");
    /** "_____'s Royal Veterinary College": the city or country a body belongs to. */
    private static final Pattern OWNER_OF_A_NAME = Pattern.compile("['’]s \\p{Lu}");

    private static final Pattern TITLE_BEFORE_BLANK = Pattern.compile("(\\p{Lu}[\\p{L}.]+) _____");

    /**
     * A blank in a page's markup rather than its story: a wiki's language tag ("((es))_____ language:"), a hashtag
     * or a sign-off ("_____ #Imus", "RIP").
     */
    static boolean markupBlank(String blanked) {
        return MARKUP_BLANK.matcher(blanked).find();
    }

    private static final Pattern MARKUP_BLANK = Pattern.compile("_____ language:|\\(\\(\\p{L}{2,3}\\)\\)_____|#_____|_____ #"
            + "|^[“\"]?_____ [“\"]?#?\\p{L}+[.!\"”]*$");

    /**
     * A blank that ends a longer name the sentence writes with a small "the" inside it: "on Buffy the _____", "the
     * album Band on the _____", "Singapore's Gardens by the _____". The name splits at the small word, and its tail
     * is known from the head of the title, not read (teachers struck all three as trivia). Not "on Friday the
     * _____", nor "Katwa in the _____" (a place in its country) or "Ana Lima of the _____", which are asked or
     * ranked as such.
     */
    static boolean tailOfATitle(String blanked, String answer) {
        var tail = TITLE_TAIL.matcher(blanked);
        // "Gardens by the _____" ends a title in one word ("Bay"); "awarded the prize by the _____" names a body
        return tail.find() && (tail.group(1) == null || !answer.contains(" "));
    }

    private static final Pattern TITLE_TAIL = Pattern.compile("(?<!\\b(?:told|tells|telling|in|at)\\s)(?<=\\S\\s)"
            + "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Christmas|Easter)\\b)\\p{Lu}\\p{L}+( (?:by|on))? the _____");

    /**
     * A sentence too short to say what its blank is ("Not _____."): a fragment that leans on the sentence before.
     */
    static boolean tooShortToRead(String blanked) {
        return blanked.replace("“", "").strip().split("[\\s…]+").length < 4;
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
                .forEach(g::add);
    }

    /** "What does the article call a measurement of ...?": a quoted term and the definition that follows it. */
    void terms() {
        for (Sentence s : facts.article().factSentences()) {
            if (s.section() != newsquiz.article.Section.BODY) {
                continue;
            }
            for (DefinedTerms.Term t : DefinedTerms.in(s.text())) {
                g.add(new Question(null, "short_answer", "entity", "What does the article call “" + t.definition()
                        + "”?", null, t.term(), List.of(t.term()), null, List.of(s.text()), Evidence.of(s).spans(), 2,
                        1.6 + g.prominence(Evidence.of(s)), "The article calls it “" + t.term() + "”."));
            }
            // "the platforms, or ahu,": the story's own word for a thing, asked where it is first given
            for (DefinedTerms.Term t : DefinedTerms.alsoNamed(s.text(), facts.article().text())) {
                g.add(new Question(null, "short_answer", "entity", "What other name does the article give to “"
                        + t.definition() + "”?", null, t.term(), List.of(t.term()), null, List.of(s.text()),
                        Evidence.of(s).spans(), 2, 1.8 + g.prominence(Evidence.of(s)),
                        "The article calls " + t.definition() + " “" + t.term() + "”."));
            }
        }
    }

    /**
     * A name of three words or more written capitalised inside a sentence ("the city's Public Housing Program"),
     * where no sentence's opening capital can have made it one.
     */
    private boolean namedMidSentence(String name) {
        // "Tropical Storm Chantal" in an article that writes "a tropical storm": the storm's name is its kind
        if ((name.split("\\s+").length < 3 || !NameShapes.body(name)) && !NameShapes.storm(name)) {
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
                + "yesterday|tomorrow|time|record|records|minutes|hours|seconds)\\b.*")
                // "the second a header in the 78th minute": two noun phrases in a row are a clause cut short
                || r.matches("(?i).*\\b(the|a|an) \\p{L}+ (the|a|an)\\b.*")
                // "[and his brother and mother]": an editor's insertion between commas, no description
                || r.matches(".*[\\[\\]].*") || r.matches("(?i)^(and|or|but)\\b.*")
                // "any other bidders", "some 1,500 sq km", "This will be the last jump": a quantity, an amount or a
                // clause, not who or what someone is
                || r.matches("(?i)^(any|some|no|other|many|several|most|few)\\b.*") || r.matches(".*\\b\\d[\\d,.]*\\s.*")
                || r.matches("(?i).*\\b(will|would|is|was|are|were|has|have|had|be)\\b.*")) {
            return false;
        }
        return java.util.Arrays.stream(r.split("\\s+")).anyMatch(w -> newsquiz.facts.Lexicon.isTitle(w)
                || w.length() >= 4 && w.chars().noneMatch(Character::isUpperCase));
    }

    /** "Senators", "Democrats": the plural of a title names a group of people, not a body or a person. */
    static boolean group(String name) {
        return name.matches("\\p{Lu}\\p{Ll}+s") && newsquiz.facts.Lexicon.isTitle(name.substring(0, name.length() - 1));
    }

    /** "_____, brother of ...", "_____, a lawyer for ...": a person's role in lower case after the blank's comma. */
    private static final Pattern ROLE_AFTER_BLANK = Pattern.compile("_____, (?!(?:and|or|but|who|whom|which|whose"
            + "|where|when|while|who's|then|also|both|with|from|in|on|at)\\b)(?:a |an |the |his |her |their )?\\p{Ll}{3,}");

    /** A blank among names listed with commas or "and": "Germany, _____, Italy", "Bahn, Daimler and _____". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\p{Lu}[\\p{L}.-]*, _____,|_____, (\\p{Lu}[\\p{L}.-]*\\s?)+,"
            + "|\\p{Lu}[\\p{L}.-]*,? and _____|_____,? and \\p{Lu}[\\p{L}.-]*(\\s\\p{Lu}[\\p{L}.-]*)*[.,;]");

    /** What follows a blanked actor: its verb, maybe after an aside ("_____, which indicated on Monday, ..."). */
    /** The name that does the sentence's verb is the one blank: "The _____ has suspended the airline's permit". */
    static boolean actorBlank(String text) {
        return text.indexOf("_____") == text.lastIndexOf("_____")
                && ACTOR_AFTER_BLANK.matcher(text.substring(text.indexOf("_____") + 5)).find();
    }

    private static final Pattern ACTOR_AFTER_BLANK = Pattern.compile("^(\\s*\\([^)]{0,40}\\))?(,[^,]{3,80},)?\\s+"
            + "(has|have|had|was|were|is|are|will|would|could|can|did|does|also|\\p{Ll}+ed|\\p{Ll}{3,}s)\\b");

    // ---- events: "Who became the first woman to serve as Speaker?" ----

    /**
     * A sentence that opens with a named person or body followed by its verb states what that actor did; the
     * question asks for the actor: "Who co-founded the Zimbabwe African National Union ...?".
     */
    void events() {
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
                List<String> names = namesOf(e);
                // "her penchant" among men's names gives the answer away; "reported" relays, it is no deed; a
                // second clause ("..., but X equalised") is another actor's
                boolean gendered = QuestionText.tellsSex(predicate)
                        || predicate.matches(".*(, but |, while |, whereas |; ).*");
                if (words.length < 3 || words.length > 30 || !startsWithVerb(words[0], words.length > 1 ? words[1] : "")
                        || gendered || words[0].matches("reported|indicated|reports|quoted|cited")
                        || mentionsAny(predicate, names) || predicate.contains("“") || predicate.contains("\"")) {
                    break;
                }
                // "Senators", "Democrats": a group of people, not an organisation; "American Samoa(ns)": a place
                // and its people
                if (group(e.name()) || articleNames.peopledPlace(e.name())) {
                    break;
                }
                if (e.type() == Entity.Type.PERSON && !articleNames.evidentPerson(e)) {
                    break; // "Who is currently an unincorporated territory?": a name typed a person on no evidence
                }
                String who = e.type() == Entity.Type.PERSON ? "Who" : "Which organisation";
                List<String> pool = facts.entities().stream().filter(x -> x.type() == e.type() && x != e
                    && (x.type() != Entity.Type.PERSON || articleNames.evidentPerson(x)
                    && !articleNames.sexes().differ(e.name(), x.name())
                    && !articleNames.sexes().against(predicate, x.name())))
                        .filter(x -> !sameDeedElsewhere(x, words, s) && !namedIn(predicate, x)
                                && (e.type() != Entity.Type.ORGANIZATION || !contest(x.name()) || contest(e.name())))
                        .sorted((a, b) -> b.mentions() - a.mentions()).map(Entity::name).toList();
                String tail = predicate.contains("according to") ? "?" : ", according to the article?";
                g.choice("event", who + " " + predicate + tail, e.name(),
                        Distractors.names(e.name(), e.aliases(), articleNames.wholeNames(pool), 3), Evidence.of(s),
                        2.3 + g.prominence(Evidence.of(s)) + Math.min(0.8, e.mentions() / 8.0), 1,
                        "The article says it of " + e.name() + ".");
                break;
            }
        }
    }

    /**
     * A contest or a prize by its name ("National Cup", "Continental Trophy", "Nobel Prize"): typed an organisation
     * for want of better evidence, it is no body that acts, and beside a team that "will play next season" it is
     * plainly no answer.
     */
    static boolean contest(String name) {
        return CONTEST.matcher(name).find();
    }

    private static final Pattern CONTEST = Pattern.compile("\\b(Cup|Trophy|Championships?|Open|Games|Olympics"
            + "|Marathon|Tournament|Prize|Awards?|Festival)$");

    /**
     * Whether another sentence tells this name doing the same deed ("The call was seconded by X and Y." beside "X
     * seconded the call."): offered as a wrong answer to "Who seconded ...?", it would be a second right one. The
     * deed is the predicate's first verb past its auxiliaries ("was briefed": "briefed"); the name is its doer when
     * the verb follows it closely or takes it after "by".
     */
    private boolean sameDeedElsewhere(Entity x, String[] predicate, Sentence asked) {
        int at = 0;
        while (at < predicate.length - 1 && AUXILIARY.matcher(predicate[at]).matches()) {
            at++;
        }
        if (!predicate[at].matches("\\p{Ll}+") || NOT_A_DEED.matcher(predicate[at]).matches()) {
            return false; // "was the defending champion": a state, which two can share only when the article says so
        }
        String verb = Pattern.quote(predicate[at]);
        for (String n : namesOf(x)) {
            String name = "\\b" + Pattern.quote(n) + "\\b";
            // "Hale signed", "Hale quickly signed", "Ortiz, along with Hale, signed", "signed by Ortiz and Hale"
            Pattern doer = Pattern.compile("(?i)" + name + ",?(?:\\s+[^\\s,]+){0,2}?(?:,[^,.;]{1,40},)?\\s+" + verb
                    + "\\b|" + name + ",[^,.;]{1,40},\\s+" + verb + "\\b|\\b" + verb
                    + "\\s+by\\b[^.;]{0,80}?" + name);
            if (facts.article().factSentences().stream().anyMatch(o -> o != asked && doer.matcher(o.text()).find())) {
                return true;
            }
        }
        return false;
    }

    /** "Who seconded Macron's call?" offers no Macron: a name the question prints is no answer to it. */
    private static boolean namedIn(String text, Entity x) {
        return mentionsAny(text, namesOf(x));
    }

    private static final Pattern NOT_A_DEED = Pattern.compile("the|a|an|his|her|its|their|not|one|in|at|on|to|for"
            + "|of|with|among|from|by|as");
    private static final Pattern AUXILIARY = Pattern.compile("(?i)was|were|is|are|has|have|had|will|would|also|then"
            + "|later|quickly|soon|did|does|do|been|being|be|again|first|once|still|just|now|recently");

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

    /** How often an article names a thing it is about, whatever its headline says. */
    private static final int CENTRAL_MENTIONS = 4;

    /** A question asking what an acronym stands for: its prompt prints the acronym. */
    static boolean spellsOut(Question q) {
        return q.kind().equals("entity") && q.prompt().endsWith("” stand for?");
    }

    /** "What does “DACA” stand for?": an acronym the article spells out. */
    void acronyms() {
        for (Entity e : facts.entities()) {
            String headline = facts.article().headline() == null ? "" : facts.article().headline();
            for (String alias : e.aliases()) {
                // spelling out an acronym is trivia, unless the story is about the thing it names: its headline
                // names it, or the article does throughout
                // "HDT" of "HDT Védelmi Ipari Kft": initials the name itself begins with are not spelled out
                if (!alias.matches("\\p{Lu}{2,6}") || !e.name().contains(" ")
                        || List.of(e.name().split("\\s+")).contains(alias)
                        || !headline.contains(alias) && !headline.contains(e.name()) && e.mentions() < CENTRAL_MENTIONS) {
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
                    g.add(new Question(null, "short_answer", "entity", "In the article, what does “" + alias
                            + "” stand for?", null, e.name(), List.of(e.name()), null, List.of(s.text()),
                            Evidence.of(s).spans(), 2, 2.0 + g.prominence(Evidence.of(s)),
                            alias + " stands for " + e.name() + "."));
                }
                break;
            }
        }
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
            // a news lead may run to 400 characters and names the story's where and who; the blank's prompt is
            // cut to its clause (ClozeExcerpt), so only a run-on list of a sentence is too long to ask from
            if (s.section() != newsquiz.article.Section.BODY || s.text().length() > 450) {
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
}
