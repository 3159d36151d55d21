package newsquiz.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.facts.Entity;
import newsquiz.facts.Facts;

/**
 * What the article itself tells of a person's sex: a title before the name ("Mr", "Ms"), a role beside it ("his wife
 * Dierdre Coleman", "Emmanuelle Allibert, spokeswoman for ..."), and the pronouns that follow when only one person
 * can be meant ("Kosgei ... She broke the record"). A person offered as a wrong answer beside a person of the other
 * sex for "Who won the men's division?" or "Which person does the article describe as 'second wife'?" is plainly
 * wrong to any reader, whatever the article says; teachers struck such choices. Nothing is guessed from first
 * names: a person the article tells nothing of stays unknown and is never filtered.
 */
final class PersonSex {
    enum Sex { MALE, FEMALE }

    private final Map<String, Sex> known = new HashMap<>();

    PersonSex(Facts facts) {
        List<Entity> people = facts.entities().stream().filter(e -> e.type() == Entity.Type.PERSON).toList();
        if (people.isEmpty()) {
            return;
        }
        Map<String, Integer> male = new HashMap<>();
        Map<String, Integer> female = new HashMap<>();
        List<Pattern> names = people.stream().map(PersonSex::namesOf).toList();
        List<Sentence> sentences = facts.article().sentences();
        List<String> lastMentioned = List.of();
        int lastParagraph = -1;
        for (Sentence s : sentences) {
            String text = unquoted(s.text());
            List<int[]> mentions = new ArrayList<>(); // {end offset, person}
            for (int p = 0; p < people.size(); p++) {
                Matcher m = names.get(p).matcher(text);
                while (m.find()) {
                    mentions.add(new int[] {m.end(), p});
                    String name = people.get(p).name();
                    String before = text.substring(Math.max(0, m.start() - 40), m.start());
                    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
                    if (MALE_BEFORE.matcher(before).find() || MALE_AFTER.matcher(after).lookingAt()) {
                        male.merge(name, 2, Integer::sum);
                    }
                    if (FEMALE_BEFORE.matcher(before).find() || FEMALE_AFTER.matcher(after).lookingAt()) {
                        female.merge(name, 2, Integer::sum);
                    }
                }
            }
            mentions.sort(Comparator.comparingInt(m -> m[0]));
            Set<String> alone = new LinkedHashSet<>();
            mentions.forEach(m -> alone.add(people.get(m[1]).name()));
            if (alone.size() == 1) {
                // "Countryman Lawrence Cherono won the men's division": the one person of a sentence about one sex
                boolean men = MEN.matcher(text).find();
                if (men != WOMEN.matcher(text).find()) {
                    (men ? male : female).merge(alone.iterator().next(), 1, Integer::sum);
                }
            }
            List<String> previous = s.paragraph() == lastParagraph ? lastMentioned : List.of();
            Matcher pronoun = PRONOUN.matcher(text);
            while (pronoun.find()) {
                Set<String> before = new LinkedHashSet<>();
                for (int[] m : mentions) {
                    if (m[0] <= pronoun.start()) {
                        before.add(people.get(m[1]).name());
                    }
                }
                // only one person can be meant: the one named before it in the sentence, or, when the sentence names
                // nobody before it, the one the sentence before names ("Trump blamed Obama for his ..." is neither)
                Set<String> meant = before.isEmpty() ? new LinkedHashSet<>(previous) : before;
                if (meant.size() == 1) {
                    boolean he = pronoun.group().toLowerCase(Locale.ROOT).matches("he|his|himself");
                    (he ? male : female).merge(meant.iterator().next(), 1, Integer::sum);
                }
            }
            Set<String> named = new LinkedHashSet<>();
            mentions.forEach(m -> named.add(people.get(m[1]).name()));
            if (!named.isEmpty() || s.paragraph() != lastParagraph) {
                lastMentioned = new ArrayList<>(named);
            }
            lastParagraph = s.paragraph();
        }
        for (Entity e : people) {
            int m = male.getOrDefault(e.name(), 0);
            int f = female.getOrDefault(e.name(), 0);
            // a stray pronoun read against the wrong person does not decide: one side must hold three to one
            if (m > 0 && m >= 3 * f) {
                known.put(e.name(), Sex.MALE);
            } else if (f > 0 && f >= 3 * m) {
                known.put(e.name(), Sex.FEMALE);
            }
        }
    }

    /** The sex the article tells of the person of this name, or null when it tells none or both. */
    Sex of(String name) {
        return known.get(name);
    }

    /** Whether the article tells two people apart by sex: a wrong answer of the other sex is no choice. */
    boolean differ(String a, String b) {
        Sex x = of(a);
        Sex y = of(b);
        return x != null && y != null && x != y;
    }

    /**
     * Whether the words asked of the answer tell one sex ("won the men's division", "his first term", "second wife")
     * and the person is known to be of the other: a plainly wrong choice.
     */
    boolean against(String words, String name) {
        Sex other = of(name);
        boolean male = MALE_CUE.matcher(words).find();
        boolean female = FEMALE_CUE.matcher(words).find();
        return other != null && male != female && other != (male ? Sex.MALE : Sex.FEMALE);
    }

    /** The person's names, longest first, each a whole word: "Brigid Kosgei" and "Kosgei". */
    private static Pattern namesOf(Entity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        all.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\d])");
    }

    /** The text outside quotations: a pronoun inside one is the speaker's, and may mean anyone. */
    private static String unquoted(String text) {
        // blanked to spaces, so offsets stay the sentence's
        StringBuilder out = new StringBuilder(text);
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            for (int i = q.start(); i < q.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”?|\"[^\"]*\"?");
    /**
     * The pronouns that point back to the clause's subject: "him" and "her" are most often someone else ("Trump
     * praised her"), so they are not read.
     */
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|his|himself|she|herself)\\b");
    private static final String MALE_WORDS = "spokesman|chairman|congressman|businessman|sportsman|husband|widower"
            + "|father|son|brother|grandfather|grandson|uncle|nephew|boyfriend|king|prince|duke|actor";
    private static final String FEMALE_WORDS = "spokeswoman|chairwoman|congresswoman|businesswoman|sportswoman|wife"
            + "|widow|mother|daughter|sister|grandmother|granddaughter|aunt|niece|girlfriend|queen|princess|duchess"
            + "|actress";
    /** "Mr Tom Reyes", "his wife Dierdre Coleman", "spokeswoman Ana Lima": right before the name. */
    private static final Pattern MALE_BEFORE = Pattern.compile("(?:\\b(?:Mr|Sir|Lord)\\.?|(?i:\\b(?:" + MALE_WORDS
            + ")))\\s+$");
    private static final Pattern FEMALE_BEFORE = Pattern.compile("(?:\\b(?:Mrs|Ms|Miss|Mme|Dame|Lady)\\.?|(?i:\\b(?:"
            + FEMALE_WORDS + ")))\\s+$");
    private static final Pattern MEN = Pattern.compile("(?i)\\b(men's|for men|male)\\b");
    private static final Pattern WOMEN = Pattern.compile("(?i)\\b(women's|for women|female)\\b");
    private static final Pattern MALE_CUE = Pattern.compile("(?i)\\b(men's|male|he|his|himself|" + MALE_WORDS + ")\\b");
    private static final Pattern FEMALE_CUE = Pattern.compile("(?i)\\b(women's|female|she|her|herself|" + FEMALE_WORDS
            + ")\\b");
    /** Up to two words before the role, none that opens a clause of its own: "Ana Lima, whose son ..." is no son. */
    private static final String APPOSED = "(?:(?!(?:who|whose|whom|which|and|or|with|of|for|to|said|says)\\b)"
            + "[\\p{L}’'-]+\\s+){0,2}";
    /** "Ana Lima, spokeswoman for the ministry", "Tom Reyes, the company's chairman,": the role in apposition. */
    private static final Pattern MALE_AFTER = Pattern.compile("(?i),\\s+(?:a|an|the|his|her|their)?\\s*" + APPOSED
            + "(?:" + MALE_WORDS + ")\\b");
    private static final Pattern FEMALE_AFTER = Pattern.compile("(?i),\\s+(?:a|an|the|his|her|their)?\\s*" + APPOSED
            + "(?:" + FEMALE_WORDS + ")\\b");
}
