package newsquiz.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.article.Section;

/**
 * Finds people, organisations and places without a name-finder model: runs of capitalised words (from the tags),
 * titles split off ("Senate Majority Leader Mitch McConnell"), acronyms in brackets, appositives as roles, and the
 * article's own repeated mentions to group aliases ("Mike Pompeo" ... "Pompeo").
 *
 * <p>It holds the entities being built and runs the steps in order; each family of rules lives apart: {@link
 * NameSpans} finds the names in a sentence, {@link NameGrouping} groups one entity's names, {@link EntityTyping}
 * types an entity from evidence and {@link EntityRoles} finds what it is said to be.
 */
final class EntityFinder {
    /** Lower-case words inside people's names: "von", "van der", "bin". */
    static final Set<String> SURNAME_PARTICLES = Set.of("von", "van", "der", "den", "bin", "ibn", "ben");

    /** One entity being built: mentions are added as they are found. */
    static final class Group {
        String name;
        Entity.Type type;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        /** Short names that open the whole name ("Brenton" of "Brenton Tarrant"): no surname used alone. */
        final Set<String> firstNames = new java.util.HashSet<>();
        boolean personEvidence;

        Group(String name) {
            this.name = name;
        }

        List<String> words() {
            return List.of(name.split("\\s+"));
        }

        /**
         * Shaped like a person's name though nothing typed it yet: two to four capitalised words, with the lower-case
         * particles of surnames between them ("Holger von Neuhoff", "Ursula von der Leyen").
         */
        boolean personShaped() {
            List<String> w = words();
            return w.size() >= 2 && w.size() <= 4 && !Lexicon.SHIP.matcher(name).matches() && w.get(0).matches("\\p{Lu}[\\p{L}'’.-]*")
                    && w.get(w.size() - 1).matches("\\p{Lu}[\\p{L}'’.-]*")
                    && w.stream().allMatch(x -> x.matches("\\p{Lu}[\\p{L}'’.-]*") || SURNAME_PARTICLES.contains(x));
        }

        String last() {
            List<String> w = words();
            return w.get(w.size() - 1);
        }
    }

    private final List<TaggedSentence> sentences;
    final List<Group> groups = new ArrayList<>();
    final Map<Integer, List<Mention>> mentionsBySentence = new HashMap<>();
    final Map<Mention, Group> groupOf = new HashMap<>();

    private final NameSpans nameSpans;
    private final NameGrouping nameGrouping;
    private final EntityTyping entityTyping;
    private final EntityRoles entityRoles;

    EntityFinder(List<TaggedSentence> sentences) {
        this.sentences = sentences;
        this.nameSpans = new NameSpans(sentences, mentionsBySentence);
        this.nameGrouping = new NameGrouping(sentences, groups, mentionsBySentence, groupOf);
        this.entityTyping = new EntityTyping(sentences, this);
        this.entityRoles = new EntityRoles(sentences);
    }

    EntityFinder run() {
        List<Mention> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Mention> found = sentences.get(s).sentence().section() == Section.HEADLINE
                    ? List.of() : nameSpans.mentionsIn(s);
            mentionsBySentence.put(s, new ArrayList<>(found));
            all.addAll(found);
        }
        nameSpans.dropCommonWordsAtSentenceStart(all);
        // Longer names first, so that "Pompeo" finds "Mike Pompeo" whichever comes first in the text.
        List<Mention> multi = all.stream().filter(m -> m.name().split("\\s+").length > 1).toList();
        List<Mention> single = all.stream().filter(m -> m.name().split("\\s+").length == 1).toList();
        for (Mention m : multi) {
            nameGrouping.group(m);
        }
        for (Mention m : single) {
            nameGrouping.group(m);
        }
        nameGrouping.mergeOrNames();
        for (Group g : groups) {
            g.mentions.sort((a, b) -> a.sentence() != b.sentence() ? a.sentence() - b.sentence() : a.from() - b.from());
            g.type = entityTyping.classify(g);
            entityRoles.findRoles(g);
        }
        // "Ana Lindqvist, Paolo Brandt and Michel Dufour": each one found a person makes the next one too
        boolean found = true;
        while (found) {
            found = false;
            for (Group g : groups) {
                if (g.type == Entity.Type.OTHER
                        && (entityTyping.listedWithAPerson(g) || entityTyping.sharedSurname(g))) {
                    g.type = Entity.Type.PERSON;
                    found = true;
                }
            }
        }
        // a ship named after a person is no person, whatever its appositive ("Their ship, MV Alan Kurdi,")
        groups.stream().filter(g -> Lexicon.SHIP.matcher(g.name).matches()).forEach(g -> g.type = Entity.Type.OTHER);
        nameGrouping.linkHeadlineMentions();
        return this;
    }

    /** A name the quotes found speaking is a person when it has a person's shape: "Steve Peers of ... said". */
    void markSpeakers(List<Quote> quotes) {
        for (Quote q : quotes) {
            for (Group g : groups) {
                if (g.name.equals(q.speaker()) && g.type == Entity.Type.OTHER && g.personShaped()) {
                    g.type = Entity.Type.PERSON;
                }
            }
        }
    }

    /** Finished entities in order of first mention. */
    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            Mention first = g.mentions.get(0);
            List<String> roles = new ArrayList<>(g.roles);
            out.add(new Entity(g.name, g.type, new ArrayList<>(g.aliases), roles, g.mentions.size(),
                    Evidence.of(sentences.get(first.sentence()).sentence())));
        }
        out.sort((a, b) -> Integer.compare(a.evidence().spans().get(0)[0], b.evidence().spans().get(0)[0]));
        return out;
    }

    /** The group whose name, alias or surname is {@code text}; null when none. */
    Group lookup(String text) {
        String name = text.replaceAll("[’']s$", "").strip();
        for (Group g : groups) {
            if (g.name.equalsIgnoreCase(name) || g.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return g;
            }
        }
        return null;
    }

    /** The person or body that a role noun phrase names: "the president", "the foreign ministry". */
    Group byRole(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").strip();
        if (p.isEmpty()) {
            return null;
        }
        Group best = null;
        for (Group g : groups) {
            for (String role : g.roles) {
                String r = role.toLowerCase(Locale.ROOT);
                if ((r.equals(p) || r.endsWith(" " + p)) && (best == null || g.mentions.size() > best.mentions.size())) {
                    best = g;
                }
            }
        }
        return best;
    }
}
