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
        List<String> previous = List.of();
        int lastParagraph = -1;
        List<Sentence> sentences = facts.article().sentences();
        List<String> outside = outsideQuotations(sentences);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            String text = outside.get(k);
            if (text == null || text.contains("‘")) {
                // within a quotation that opens or closes in another sentence, or single-quoted: whose words these
                // are is not clear, so nothing in it is read
                previous = List.of();
                lastParagraph = s.paragraph();
                continue;
            }
            List<int[]> mentions = mentions(text, names); // {start, end, person}
            for (int[] m : mentions) {
                String name = people.get(m[2]).name();
                String before = text.substring(Math.max(0, m[0] - 40), m[0]);
                String after = text.substring(m[1], Math.min(text.length(), m[1] + 50));
                if (MALE_BEFORE.matcher(before).find() || MALE_AFTER.matcher(after).lookingAt()) {
                    male.merge(name, 2, Integer::sum);
                }
                if (FEMALE_BEFORE.matcher(before).find() || FEMALE_AFTER.matcher(after).lookingAt()) {
                    female.merge(name, 2, Integer::sum);
                }
            }
            Set<String> named = new LinkedHashSet<>();
            mentions.forEach(m -> named.add(people.get(m[2]).name()));
            if (named.size() == 1) {
                // "Countryman Lawrence Cherono won the men's division": the one person of a sentence, its subject,
                // won a men's or women's event ("Coach Tom Berg took charge of the women's team", "Ana Lima's
                // brother won the men's race" say nothing of them)
                int[] first = mentions.get(0);
                Matcher won = WON.matcher(text).region(first[1], text.length());
                if (won.lookingAt()) {
                    String event = won.group(1).toLowerCase(Locale.ROOT);
                    (event.contains("women") || event.equals("female") ? female : male)
                            .merge(named.iterator().next(), 2, Integer::sum);
                }
            }
            List<String> sentenceBefore = s.paragraph() == lastParagraph ? previous : List.of();
            Matcher pronoun = PRONOUN.matcher(text);
            while (pronoun.find()) {
                if (pronoun.group().equalsIgnoreCase("his") && text.substring(0, pronoun.start()).stripTrailing()
                        .endsWith(",") && KIN_AFTER.matcher(text).region(pronoun.end(), text.length()).lookingAt()) {
                    continue; // "Grace Mensah, his wife": "his" is her husband's, whoever is named before it
                }
                Set<String> before = new LinkedHashSet<>();
                for (int[] m : mentions) {
                    if (m[1] <= pronoun.start()) {
                        before.add(people.get(m[2]).name());
                    }
                }
                // only one person can be meant: the one named before it in the sentence, or, when the sentence names
                // nobody before it, the one the sentence just before names ("Trump blamed Obama for his ..." is
                // neither)
                Set<String> meant = before.isEmpty() ? new LinkedHashSet<>(sentenceBefore) : before;
                if (meant.size() == 1) {
                    boolean he = pronoun.group().toLowerCase(Locale.ROOT).matches("he|his|himself");
                    (he ? male : female).merge(meant.iterator().next(), 1, Integer::sum);
                }
            }
            // only the sentence just before: "Tom Berg met the minister. The minister arrived late. She apologised."
            previous = new ArrayList<>(named);
            lastParagraph = s.paragraph();
        }
        for (Entity e : people) {
            int m = male.getOrDefault(e.name(), 0);
            int f = female.getOrDefault(e.name(), 0);
            // a stray pronoun read against the wrong person does not decide ("A judge fined Ana Lima, saying he
            // ..."): two readings at least, three to one
            if (m >= 2 && m >= 3 * f) {
                known.put(e.name(), Sex.MALE);
            } else if (f >= 2 && f >= 3 * m) {
                known.put(e.name(), Sex.FEMALE);
            }
        }
    }

    /**
     * Where each person is named in the text, start, end and person: a surname inside another's whole name ("Mensah"
     * of "Grace Mensah") is hers only.
     */
    private static List<int[]> mentions(String text, List<Pattern> names) {
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            if (names.get(p) == null) {
                continue;
            }
            Matcher m = names.get(p).matcher(text);
            while (m.find()) {
                all.add(new int[] {m.start(), m.end(), p});
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] m : all) {
            boolean inside = all.stream().anyMatch(o -> o != m && o[0] <= m[0] && o[1] >= m[1]
                    && o[1] - o[0] > m[1] - m[0]);
            if (!inside) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(m -> m[0]));
        return out;
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
        // a role counts only as what is asked ("second wife", "a spokeswoman for ..."), not as someone else in it
        // ("was knighted by the Queen"); "her" and "him" are most often someone else too
        String opening = words.strip().replaceFirst("^(?i)(?:(?:a|an|the|his|her|their)\\s+)?((?:\\S+\\s+){0,2}\\S+).*$", "$1");
        // a men's or women's event only as what was won ("won the men's division", not "led the women's team")
        Matcher won = WON.matcher(" " + words);
        String event = won.find() ? won.group(1).toLowerCase(Locale.ROOT) : "";
        boolean male = MALE_CUE.matcher(words).find() || ROLE_MALE.matcher(opening).find()
                || !event.isEmpty() && !event.contains("women") && !event.equals("female");
        boolean female = FEMALE_CUE.matcher(words).find() || ROLE_FEMALE.matcher(opening).find()
                || event.contains("women") || event.equals("female");
        return other != null && male != female && other != (male ? Sex.MALE : Sex.FEMALE);
    }

    /** The person's names, longest first, each a whole word: "Brigid Kosgei" and "Kosgei". */
    private static Pattern namesOf(Entity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        all.removeIf(n -> n.strip().length() < 2);
        if (all.isEmpty()) {
            return null;
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\d])");
    }

    /**
     * Each sentence's text with its quotations blanked, or null for a sentence that lies partly within a quotation
     * opened or closed in another ("The minister is tired. She needs rest," said ...), however many sentences the
     * quotation spans.
     */
    static List<String> outsideQuotations(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        boolean open = false;
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                open = false; // a quotation that goes on into the next paragraph opens there again
                paragraph = s.paragraph();
            }
            boolean startsOpen = open;
            String text = s.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                open = c == '“' || (c == '"' ? !open : c != '”' && open);
            }
            out.add(startsOpen || open ? null : unquoted(text));
        }
        return out;
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

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");
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
    /** A relation after "his" or "her": the pronoun is the other person's. */
    private static final Pattern KIN_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+)?(?:wife|husband|widow|widower"
            + "|son|daughter|mother|father|brother|sister|partner|girlfriend|boyfriend)\\b");
    /** A role word that is not someone else's possessive: "the Queen's private secretary" is no queen. */
    private static final String NOT_OWNER = "\\b(?![’']s\\b)";
    /** "Mr Tom Reyes", "his wife Dierdre Coleman", "spokeswoman Ana Lima": right before the name. */
    private static final Pattern MALE_BEFORE = Pattern.compile("(?:\\b(?:Mr|Sir|Lord)\\.?|(?i:\\b(?:" + MALE_WORDS
            + ")))\\s+$");
    private static final Pattern FEMALE_BEFORE = Pattern.compile("(?:\\b(?:Mrs|Ms|Miss|Mme|Dame|Lady)\\.?|(?i:\\b(?:"
            + FEMALE_WORDS + ")))\\s+$");
    /** Up to two words before the role, none that opens a clause of its own: "Ana Lima, whose son ..." is no son. */
    private static final String APPOSED = "(?:(?!(?:who|whose|whom|which|and|or|with|of|for|to|said|says)\\b)"
            + "[\\p{L}’'-]+\\s+){0,2}";
    /** "Ana Lima, spokeswoman for the ministry", "Tom Reyes, the company's chairman,": the role in apposition. */
    private static final Pattern MALE_AFTER = Pattern.compile("(?i),\\s+(?:(?:a|an|the|his|her|their)\\s+)?" + APPOSED
            + "(?:" + MALE_WORDS + ")" + NOT_OWNER);
    private static final Pattern FEMALE_AFTER = Pattern.compile("(?i),\\s+(?:(?:a|an|the|his|her|their)\\s+)?" + APPOSED
            + "(?:" + FEMALE_WORDS + ")" + NOT_OWNER);
    /** "won the men's division", "broke the record for women": which sex's event the one person named won. */
    /** "... won the men's division", "... broke the record for women", read from the end of the winner's name. */
    private static final Pattern WON = Pattern.compile("(?i)(?![’']s\\b)[^.;]{0,60}?\\b(?:won|wins|broke|set|retained"
            + "|claimed)\\b[^.;]{0,80}?\\b(men[’']s|women[’']s|for men|for women|male|female)\\b");
    private static final Pattern MALE_CUE = Pattern.compile("(?i)\\b(he|his|himself)\\b");
    private static final Pattern FEMALE_CUE = Pattern.compile("(?i)\\b(she|herself)\\b");
    private static final Pattern ROLE_MALE = Pattern.compile("(?i)\\b(?:" + MALE_WORDS + ")" + NOT_OWNER);
    private static final Pattern ROLE_FEMALE = Pattern.compile("(?i)\\b(?:" + FEMALE_WORDS + ")" + NOT_OWNER);
}
