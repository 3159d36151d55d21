package newsquiz.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.facts.EntityFinder.Group;
import newsquiz.nlp.Token;

/**
 * What an entity is said to be: appositives ("Rostec, a Russian state defense contractor"), role nouns before a name
 * ("law firm Sidley Austin"), what a name became ("the first Asian country to ..."), and the type such a role or a
 * publication's kind gives a name nothing else typed ("the journal Animal Behaviour").
 */
final class EntityRoles {
    private static final Set<String> ROLE_NOUNS_FOR_ORGS = Set.of("firm", "company", "group", "agency", "contractor",
            "network", "newspaper", "site", "website", "airline", "carrier", "maker", "manufacturer", "giant",
            "organization", "organisation", "party", "union", "bank", "court", "outlet", "broadcaster", "startup", "team",
            "club", "band", "charity", "school", "university", "hospital", "department", "ministry");

    /** Plural nouns for people: "astronauts", "lawyers", "scientists", "politicians", "sportswomen". */
    private static final java.util.regex.Pattern PEOPLE_PLURAL = java.util.regex.Pattern.compile("(?i)(?!(rivers|centers"
            + "|towers|waters|borders|orders|papers|matters|computers|numbers|letters|corners|quarters|headquarters)$)"
            + "\\p{Ll}+(ers|ists|ians|ors|nauts|ants|ents|men|women|ees)");

    private final List<TaggedSentence> sentences;

    EntityRoles(List<TaggedSentence> sentences) {
        this.sentences = sentences;
    }

    /** Appositives ("Rostec, a Russian state defense contractor") and role nouns ("law firm Sidley Austin"). */
    void findRoles(Group g) {
        for (Mention m : g.mentions) {
            TaggedSentence ts = sentences.get(m.sentence());
            List<Token> t = ts.tokens();
            // after: ", a politician in Austria," / ", director of the Korea program at the Wilson Center."
            int after = m.to();
            if (after + 2 < t.size() && t.get(after).text().equals("(") && t.get(after + 2).text().equals(")")) {
                after += 3; // "The Regional Transit Authority (RTA), a public transport agency,"
            }
            if (after + 1 < t.size() && t.get(after).text().equals(",")) {
                int k = after + 1;
                Token first = t.get(k);
                boolean opens = first.tag().equals("DT") && !first.is("that") && !first.is("which")
                        || first.tag().startsWith("NN") && !first.isCapitalised()
                        || first.is("former") || first.is("then") || first.tag().startsWith("JJ") && !first.isCapitalised();
                if (opens) {
                    int end = k;
                    while (end < t.size() && !t.get(end).text().matches("[,.;:—–\"“”()]") && end - k < 16
                            && !t.get(end).tag().startsWith("VB") && !t.get(end).tag().equals("MD")) {
                        end++;
                    }
                    if (end > k + 1 && end < t.size() && t.get(end).text().matches("[,.;:)]")
                            && t.subList(k, end).stream().anyMatch(x -> x.tag().startsWith("NN"))) {
                        g.roles.add(ts.span(k, end));
                    }
                }
            }
            // what the name became: "Japan becomes the first Asian country to name an element"
            int p = m.to();
            if (p + 1 < t.size() && t.get(p).text().matches("(?i)has|have|had") && t.get(p + 1).is("become")) {
                p++;
            }
            if (p + 3 < t.size() && t.get(p).text().matches("(?i)becomes?|became|is|was|remains|remained")
                    && t.get(p + 1).is("the") && t.get(p + 2).text().matches("(?i)first|only|last|youngest|oldest")) {
                int end = p + 1;
                while (end < t.size() && !t.get(end).text().matches("[,.;:—–\"“”()]") && end - p < 16) {
                    end++;
                }
                if (end - p >= 5 && end < t.size() && t.get(end).text().matches("[,.;:]")) {
                    g.roles.add(ts.span(p + 1, end));
                }
            }
            // before: "A Russian state defense contractor, Rostec," at the start of a clause
            if (m.from() >= 3 && t.get(m.from() - 1).text().equals(",")) {
                int k = m.from() - 2;
                while (k > 0 && !t.get(k - 1).text().matches("[,.;:\"“”]") && m.from() - k < 10) {
                    k--;
                }
                if (k == 0 && t.get(0).tag().equals("DT") && t.get(m.from() - 2).tag().startsWith("NN")
                        && !t.get(m.from() - 2).isCapitalised()) {
                    g.roles.add(ts.span(0, m.from() - 1));
                    typeByRoleNoun(g, t.get(m.from() - 2).text()); // "A Russian state defense contractor, Rostec"
                } else if (t.get(m.from() - 2).tag().startsWith("NN") && !t.get(m.from() - 2).isCapitalised()) {
                    // "favorable to the plaintiff, Eva ...", "Mahan's director, Hamid ...": the noun phrase before
                    int np = m.from() - 2;
                    while (np > 0 && (t.get(np - 1).tag().matches("NN|NNS|JJ") && !t.get(np - 1).isCapitalised())) {
                        np--;
                    }
                    boolean determiner = np > 0 && t.get(np - 1).tag().equals("DT")
                            && !(np > 1 && t.get(np - 2).tag().equals("IN")) // not "in the day, Trump"
                            && !(np > 2 && t.get(np - 3).is("according")); // not "According to the filing, Ford"
                    boolean possessor = np > 1 && (t.get(np - 1).plain().equals("'s") || t.get(np - 1).plain().equals("'"))
                            && t.get(np - 2).isCapitalised() // "Mahan's director", "The Sliders' owner"
                            // not "Since Baloch's death, Pakistan's laws": a time or a reason, and no apposition
                            && !(np > 2 && t.get(np - 3).tag().equals("IN"))
                            && !(m.to() < t.size() && t.get(m.to()).plain().equals("'s"));
                    if (determiner || possessor) {
                        g.roles.add(ts.span(np - (determiner ? 1 : 2), m.from() - 1));
                        typeByRoleNoun(g, t.get(m.from() - 2).text());
                    } else if (np > 0 && t.get(np - 1).tag().equals("CD") && PEOPLE_PLURAL.matcher(
                            t.get(m.from() - 2).text()).matches()) {
                        // "two astronauts, Doug Hurley and ...": people, though no one role of either alone
                        typeByRoleNoun(g, t.get(m.from() - 2).text());
                    }
                }
            }
            if (g.type == Entity.Type.OTHER && (publicationNamed(t, m) || calledAfterABodysNoun(t, m)
                    || publishedIn(t, m))) {
                g.type = Entity.Type.ORGANIZATION;
            }
            // just before, lower case: "fashion designer Tim Gunn", "law firm Sidley Austin"
            int k = m.from();
            while (k > 0 && m.from() - k < 3 && (t.get(k - 1).tag().startsWith("NN") || t.get(k - 1).tag()
                    .startsWith("JJ") && k < m.from()) && !t.get(k - 1).isCapitalised()) {
                k--;
            }
            boolean determined = k > 0 && t.get(k - 1).tag().equals("DT"); // "the last contract Rostec fulfilled"
            if (k < m.from() && !determined && t.get(m.from() - 1).tag().startsWith("NN") && !t.get(m.from() - 1).isCapitalised()
                    && !Lexicon.GROUP_SPEAKERS.contains(t.get(m.from() - 1).text())) {
                String role = ts.span(k, m.from());
                g.roles.add(role);
                if (ROLE_NOUNS_FOR_ORGS.contains(t.get(m.from() - 1).text().toLowerCase(Locale.ROOT))) {
                    g.type = Entity.Type.ORGANIZATION;
                } else if (g.type == Entity.Type.OTHER && g.words().size() >= 2 && g.words().size() <= 3) {
                    g.type = Entity.Type.PERSON; // "fashion designer Tim Gunn", "drummer Mickey Hart"
                }
            }
        }
    }

    /** Publishers and sites a story names by their kind: "the journal Animal Behaviour", "the website Reddit". */
    private static final String PUBLICATION = "(?i)journal|magazine|newspaper|website|site|blog|app";

    /**
     * "in the journal Animal Behaviour", "the peer-reviewed journal Cell Systems": a journal, a paper or a site named
     * after its kind (with a determiner, which the role rule below leaves out: "the last contract Rostec fulfilled").
     */
    private static boolean publicationNamed(List<Token> t, Mention m) {
        int k = m.from() - 1;
        return k >= 1 && t.get(k).text().matches(PUBLICATION) && (t.get(k - 1).tag().equals("DT")
                || k >= 2 && t.get(k - 1).tag().startsWith("JJ") && t.get(k - 2).tag().equals("DT"));
    }

    /** 'a website known as "Welcome To Video"', "a company called Zeno": named after a body's noun. */
    private static boolean calledAfterABodysNoun(List<Token> t, Mention m) {
        int k = m.from() - 1;
        if (k >= 0 && t.get(k).text().matches("[\"“‘']")) {
            k--;
        }
        int noun = k >= 1 && t.get(k).is("as") && t.get(k - 1).is("known") ? k - 2
                : k >= 0 && t.get(k).text().matches("called|named") ? k - 1 : -1;
        // "The party named Jane Holt as its candidate": a verb naming someone to a post, no body called so
        boolean appointed = m.to() < t.size() && t.get(m.to()).is("as") && t.get(k).is("named");
        return noun >= 0 && !appointed && (ROLE_NOUNS_FOR_ORGS.contains(t.get(noun).text().toLowerCase(Locale.ROOT))
                || t.get(noun).text().matches(PUBLICATION));
    }

    /**
     * "In findings published on Wednesday in Science Advances": where research is published is a journal; not a
     * place ("published in Kenya"), and only beside research words, not "a book published in Port Moresby".
     */
    private static boolean publishedIn(List<Token> t, Mention m) {
        int k = m.from() - 1;
        if (k < 1 || !t.get(k).is("in") || Lexicon.isPlace(m.name())
                || Lexicon.PLACE_WORDS.contains(m.name().substring(m.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        k--;
        // "published on Wednesday in", "published online last week in"
        while (k > 0 && m.from() - k < 6 && (t.get(k).text().matches("(?i)on|online|last|this|week|month|today|yesterday")
                || Lexicon.WEEKDAYS.contains(t.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (!t.get(k).is("published")) {
            return false;
        }
        return t.stream().anyMatch(x -> x.text().matches("(?i)study|studies|findings|research|paper|researchers"
                + "|scientists|results|analysis"));
    }

    /** A role noun says what kind of thing an untyped name is: "the team, the Sliders"; "the owner, Thomas Reed". */
    private static void typeByRoleNoun(Group g, String noun) {
        if (g.type != Entity.Type.OTHER) {
            return;
        }
        if (ROLE_NOUNS_FOR_ORGS.contains(noun.toLowerCase(Locale.ROOT))) {
            g.type = Entity.Type.ORGANIZATION;
        } else if (g.words().size() >= 2 && g.words().size() <= 4) {
            g.type = Entity.Type.PERSON;
        }
    }
}
