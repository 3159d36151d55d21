package newsquiz.questions;

import static newsquiz.questions.QuestionText.norm;
import static newsquiz.questions.QuestionText.shows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.facts.Entity;
import newsquiz.facts.Facts;
import newsquiz.facts.Lexicon;
import newsquiz.facts.Quote;

/**
 * What the article shows about its names: who is a person or a speaking body, which names are whole, which are
 * outlets or pieces of longer names, the story's main actor. Shared by the templates and the ranking.
 */
final class ArticleNames {
    private final Facts facts;

    ArticleNames(Facts facts) {
        this.facts = facts;
    }

    /**
     * "firms including A, B and C have announced": the words are the group's, and A is only one of its members, so
     * crediting A alone would be a wrong key.
     */
    static boolean oneOfAList(String speaker, String sentence) {
        String name = Pattern.quote(speaker);
        // "the Investigative Committee and the Federal Security Service (FSB) said": either of two who speak as one
        String acronym = "(\\s*\\([^)]{1,15}\\))?";
        String verb = "\\s+(said|say|says|announced|have|had|told|wrote|stated|claimed|claim|reported|report|noted|found"
                + "|suggested|suggest|believe|warned|warn)\\b";
        String other = "\\p{Lu}[\\p{L}.'’-]*(\\s+(of\\s+)?\\p{Lu}[\\p{L}.'’-]*)*" + acronym;
        // the pair opens its clause ("The Investigative Committee and ...", "..., Ana Lima and ..."): not "approved
        // the budget on Monday and Tom Reyes said", "arrested Ali and Berg said", nor "McDonald" read as "Donald"
        String first = "(?:^|[,;:]\\s+|\\bthat\\s+)(?:the\\s+|The\\s+)?(?!(?:" + WEEKDAYS_AND_MONTHS + ")\\b)" + other;
        return Pattern.compile("\\b(including|such as|among them|like)\\s+(\\p{Lu}[\\p{L}.'’-]*\\s+)*?" + name + "\\b"
                + "|\\b" + name + ",\\s+\\p{Lu}[^,]{0,40},\\s+(and\\s+)?\\p{Lu}"
                + "|\\b" + name + acronym + "\\s+and\\s+(the\\s+)?" + other + verb
                + "|" + first + "\\s+and\\s+(the\\s+)?" + name + acronym + verb).matcher(sentence).find();
    }

    static final String WEEKDAYS_AND_MONTHS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December";

    private Set<String> lowerCaseWords;
    private PersonSex sexes;

    /** What the article tells of each person's sex, read once when a template first asks. */
    PersonSex sexes() {
        if (sexes == null) {
            sexes = new PersonSex(facts);
        }
        return sexes;
    }

    /** The words the article writes in lower case somewhere. */
    Set<String> lowerCaseWords() {
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

    /** The answer under any of its names: "Anthony Fauci" is given away by "Fauci" or "professor Muyembe" too. */
    boolean showsAny(String text, String answer) {
        // the bank's ordering asks the same prompt about the same answers many times over
        return shown.computeIfAbsent(answer + '\u0000' + text, key -> showsUncached(text, answer));
    }

    private final Map<String, Boolean> shown = new HashMap<>();

    private boolean showsUncached(String text, String answer) {
        if (shows(text, norm(answer))) {
            return true;
        }
        // "February 21, 2019" stands in a sentence as "February 21"
        var dayOfYear = Pattern.compile("^(\\p{L}+ \\d{1,2}), \\d{4}$").matcher(answer.strip());
        if (dayOfYear.matches() && shows(text, norm(dayOfYear.group(1)))) {
            return true;
        }
        // ... or day first and the month cut short: "30 December, 2015", "20 Nov 2019"
        var monthDay = Pattern.compile("^(\\p{L}+) (\\d{1,2})(?:, \\d{4})?$").matcher(answer.strip());
        if (monthDay.matches() && monthDay.group(1).length() > 3) {
            String month = monthDay.group(1).toLowerCase(Locale.ROOT);
            String names = "(?:" + Pattern.quote(month) + "|" + Pattern.quote(month.substring(0, 3)) + ")";
            String day = monthDay.group(2);
            if (Pattern.compile("(?<![\\d])" + day + "\\s+" + names + "(?![\\p{L}])|(?<![\\p{L}])" + names
                    + "\\.?\\s+" + day + "(?![\\d])").matcher(text.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        for (String alias : aliasesOf(answer)) {
            if ((alias.length() > 3 || onlyAName(alias)) && shows(text, norm(alias))) {
                return true;
            }
        }
        if (inTally(text, answer)) {
            return true;
        }
        // "Russian-American team" gives away Russia, "flerovium" Flerov: a name as the stem of another word
        if (answer.matches("\\p{Lu}\\p{Ll}{4,}") && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(norm(answer))
                + "\\p{Ll}{1,4}(?![\\p{L}])").matcher(text).find()) {
            return true;
        }
        String[] words = answer.strip().split("\\s+");
        String last = words[words.length - 1];
        return words.length > 1 && (last.length() > 3 || onlyAName(last)) && Character.isUpperCase(last.charAt(0))
                && Character.isUpperCase(words[0].charAt(0)) && isPerson(answer) && shows(text, norm(last));
    }

    /**
     * A small count that is one side of a tally another prompt shows: "voted 7–2" tells the two who voted against,
     * "12 points to 10" the ten, whether the answer is written in digits or in words.
     */
    static boolean inTally(String text, String answer) {
        if (!answer.strip().matches("(?i)\\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")) {
            return false;
        }
        Double n = QuantityQuestions.number(answer);
        Matcher tally = TALLY.matcher(text);
        while (n != null && tally.find()) {
            if (Double.parseDouble(tally.group(1)) == n || Double.parseDouble(tally.group(2)) == n) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TALLY = Pattern.compile("(?<![\\d.,:/$£€–-])(\\d{1,3}) ?(?:[–-]|(?:points? |votes? "
            + "|goals? )?to) ?(\\d{1,3})(?![\\d.:/%–-]|,\\d)");

    /**
     * A short name ("Lee", "Ng") the article never writes in lower case: a surname, not a word ("May" beside "may"),
     * so that "Lee, former bureau chief" gives away Jean Lee.
     */
    private boolean onlyAName(String name) {
        return name.length() >= 2 && Character.isUpperCase(name.charAt(0)) && !name.contains(" ")
                && !lowerCaseWords().contains(name.toLowerCase(Locale.ROOT));
    }

    /** "Trump's statement", "the mayor's office": what carried someone's words, not who said them. */
    static boolean carriesWords(String speaker) {
        return speaker.matches("(?i).*['’]s (statement|tweet|post|letter|report|remarks|comments|speech|words|message"
                + "|account|website|campaign)$");
    }

    /**
     * A speaker a question may name: a person or an organisation of the article (never a place, a platform or a
     * bare title), or a body named through its owner ("Norway's foreign ministry").
     */
    boolean isNamedSpeaker(String speaker) {
        if (speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0)) || fragment(speaker)) {
            return false;
        }
        if (carriesWords(speaker)) {
            return false;
        }
        String[] words = speaker.split("\\s+");
        if (Lexicon.isTitle(words[words.length - 1]) && Arrays.stream(words).noneMatch(Lexicon::isOrganizationWord)) {
            return false; // "Regents Professor", "Deputy Director": a title, not who holds it
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

    /** "American Samoa" beside "American Samoans": a place whose people the article names, whatever its type. */
    boolean peopledPlace(String name) {
        return facts.entities().stream().anyMatch(e -> peopleOf(e.name(), name));
    }

    /** "American Samoans" of "American Samoa", "Tolarian" of "Tolari": a name plus a people's ending. */
    private static boolean peopleOf(String people, String place) {
        return place.length() >= 4 && people.startsWith(place)
                && people.substring(place.length()).matches("n|ns|an|ans|ian|ians|ese|i|is");
    }

    /**
     * "American Samoan" beside the place "American Samoa": a people named after a place of the article. The place
     * may be mistyped itself (a place with a short form, "Samoa", looks like a person with a surname), so a name
     * that is another name of the article plus a people's ending counts whatever the other's type.
     */
    private boolean demonymOfPlace(String name) {
        String stem = name.replaceFirst("(ns|n|s|ese|ish|ian|i)$", "");
        return facts.entities().stream().anyMatch(e -> !e.name().equals(name)
                && (e.type() == Entity.Type.PLACE && (e.name().equals(stem) || e.name().equals(stem + "a")
                || name.startsWith(e.name()) && name.length() - e.name().length() <= 4)
                || peopleOf(name, e.name())));
    }

    /**
     * News outlets relay what others said ("Reuters reported, citing a source"): a quiz never credits the words
     * to them, since the article rarely says whose they were beyond that.
     */
    static final Pattern OUTLET = Pattern.compile("(?i)\\b(reuters|associated press|agence france-presse|afp"
            + "|bbc|cnn|verge|times|post|news|journal|press|tribune|herald|gazette|telegraph|guardian|observer|xtra"
            + "|daily|radio|television|tv|broadcasting|newspaper|magazine|media|wire)\\b");

    boolean isPerson(String name) {
        return facts.entities().stream().anyMatch(e -> e.name().equals(name) && e.type() == Entity.Type.PERSON);
    }

    /** A name the article shows to be a body's ("the ministry", "Rostec"), not merely one it cannot type. */
    boolean isBody(String name) {
        // one capitalised word typed a body ("Maria", "Beyoncé") is as likely a first name: only a name of several
        // words, an acronym, or a group named in lower case ("officials", "the family") is surely a body
        boolean typed = facts.entities().stream().anyMatch(e -> e.name().equals(name)
                && e.type() == Entity.Type.ORGANIZATION) && (name.contains(" ") || name.matches("\\p{Lu}{2,}.*"));
        return typed || name.matches("(?i)^(the|his|her|their|its) .*") || name.matches("\\p{Ll}+s");
    }

    /**
     * Whether words refer to the named one: under any of their names ("professor Muyembe's leadership", "he
     * [Baumgartner]") or by a title the article gives them ("the French president's suggestion", "the president has
     * to feel"). Nobody speaks of themselves so, so such a one is no wrong answer to who said the words.
     */
    boolean referredTo(String words, String name) {
        String text = norm(words);
        if (showsAny(text, name)) {
            return true;
        }
        for (Entity e : facts.entities()) {
            if (!e.name().equals(name) && !e.aliases().contains(name)) {
                continue;
            }
            for (String role : e.roles()) {
                String r = norm(role).replaceFirst("^(the|a|an) ", "");
                String[] words2 = r.split("\\s+");
                String head = words2[words2.length - 1];
                if (r.length() > 2 && shows(text, r)
                        || TITLE_HEAD.matcher(head).matches() && shows(text, "the " + head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last word of a title that "the ..." refers to one holder by: "the president", "the chancellor". */
    private static final Pattern TITLE_HEAD = Pattern.compile("president|chancellor|minister|governor|mayor|king|queen"
            + "|premier|pope|senator|speaker|secretary|ambassador|chairman|chairwoman|chair|director|commissioner");

    List<String> aliasesOf(String name) {
        List<String> out = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.name().equals(name)) {
                out.addAll(e.aliases());
            }
        }
        return out;
    }

    /** "told The Verge", "according to The Times": a title the article's words were given to, an outlet. */
    boolean relays(String name) {
        return relayed.computeIfAbsent(name, n -> Pattern.compile("\\b(told|according to|reported by|interview with"
                + "|wrote in|writing in|published in)\\s+The\\s+" + Pattern.quote(n.replaceFirst("^The\\s+", ""))
                + "\\b").matcher(facts.article().text()).find());
    }

    /** Asked of every name of the speaker pool for each quotation: read from the article once a name. */
    private final Map<String, Boolean> relayed = new java.util.HashMap<>();

    /**
     * The story's main actor: named in at least two sentences of five, or in the headline or the lead and in one
     * sentence of four. Its name in one prompt gives away no other question, since the story names it throughout.
     */
    boolean ubiquitous(String answer) {
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

    int mentions(String name) {
        return facts.entities().stream().filter(e -> e.name().equals(name)).mapToInt(Entity::mentions).sum();
    }

    private List<String> outsideQuotations;

    /**
     * Someone the article says died or was killed, by their whole name: "Laurel Clark died in ...", "the late Ana
     * Lima", "Alan Reyes, a three-year-old boy who drowned off the coast" (a surname alone could be a relative's:
     * "Laurel Clark died" is not "Clark died").
     */
    boolean dead(String name) {
        // asked of every candidate speaker of every quotation: read once a name
        return died.computeIfAbsent(name, this::deadUncached);
    }

    private final Map<String, Boolean> died = new HashMap<>();

    private boolean deadUncached(String name) {
        // the name's own "who", or that of a description set off after it ("X, a Syrian child who drowned"), never
        // a later one ("X, a lifeguard who saved a child who drowned")
        Pattern died = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?:,? who|,\\s+(?:an?|the)\\s"
                + "(?:(?!\\bwho\\b)[^,.;\"“”]){1,60}?\\swho)?\\s+(?:had\\s+)?(?:died|drowned|was killed|was murdered"
                + "|was shot dead|passed away)\\b|\\b[Tt]he late\\s+" + Pattern.quote(name) + "(?![\\p{L}\\d])");
        // not in a quotation: "If Tom Berg had died, we would have lost everything"
        if (outsideQuotations == null) {
            outsideQuotations = PersonSex.outsideQuotations(facts.article().sentences());
        }
        return outsideQuotations.stream().anyMatch(text -> text != null && died.matcher(text).find());
    }

    /** Other speakers first, then people (or bodies) of the article, most mentioned first. */
    List<String> speakerPool(String speaker) {
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
        // an outlet that relays the words ("told The Verge") is not who said them; nor is someone the article says
        // had died and never quotes ("whose wife Laurel Clark died in the Columbia accident")
        pool.removeIf(n -> OUTLET.matcher(n).find() || relays(n) || !speaks(n) && dead(n));
        if (person) {
            pool.removeIf(n -> !isPerson(n));
        } else {
            // a body's words against other bodies that speak in the article: a survey or a channel is no speaker
            pool.removeIf(n -> isPerson(n) || facts.quotes().stream().noneMatch(q -> q.speaker().equals(n)));
        }
        return pool;
    }

    /**
     * A piece of a longer name wherever the article writes it: "Applied Chemistry" of "Pure and Applied Chemistry",
     * "Centers" of "Centers for Disease Control", "PG" of "PG&E". Only joining words count, so a person's name
     * after a title ("President Ann Lee") or before where they work ("Ann Lee of the Institute") is still whole.
     */
    boolean fragment(String name) {
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

    /**
     * Names that the article writes as a whole name somewhere, not only inside a longer one: never "Diseases" from
     * "Infectious Diseases" or "Day" from "Labour Day" as a choice.
     */
    /** A person's whole name when the article calls them by one word of it too ("Tuilaepa"); else the name. */
    String wholeNameOf(String name) {
        if (name.contains(" ")) {
            return name;
        }
        // the one person whose whole name holds this word ("Tuilaepa" of "Tuilaepa Sailele Malielegaoi")
        List<String> whole = facts.entities().stream()
                .filter(e -> e.type() == Entity.Type.PERSON && e.name().contains(" ")
                        && List.of(e.name().split("\\s+")).contains(name))
                .map(Entity::name).distinct().toList();
        return whole.size() == 1 ? whole.get(0) : name;
    }

    List<String> wholeNames(List<String> pool) {
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
    boolean evidentPerson(Entity e) {
        if (peopledPlace(e.name()) || demonymOfPlace(e.name())) {
            return false;
        }
        if (e.name().matches(".*\\b\\p{Lu}{2,}\\b.*") || lowerCaseWords().contains(
                e.name().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            return false; // "Past EVD", "National LGBT": an acronym or an ordinary word is no part of a person's name
        }
        String last = e.name().substring(e.name().lastIndexOf(' ') + 1);
        return !e.roles().isEmpty() || e.aliases().contains(last) || speaks(e.name());
    }

    /** Someone the article quotes in their own name, not as one of a list ("firms including A, B and C said"). */
    boolean speaks(String name) {
        return facts.quotes().stream().anyMatch(q -> q.speaker().equals(name)
                && !oneOfAList(name, q.evidence().text()));
    }
}
