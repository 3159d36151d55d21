package newsquiz.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import newsquiz.article.ArticleParser;
import org.junit.jupiter.api.Test;

/** The type a name gets from evidence in the article: one test per rule, on small made-up articles. */
class EntityTypingTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static Facts facts(String body) {
        return EXTRACTOR.extract(ArticleParser.parse("t", "Headline\n\nWednesday, March 13, 2024\n\n" + body, Set.of()));
    }

    private static Entity entity(Facts f, String name) {
        return f.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + f.entities()));
    }

    @Test
    void aPeopleIsNoBodyAndASeaChannelIsAPlace() {
        Facts f = facts("The Corvan partner asked for the price to be kept secret. Austrian officials met Hungarian"
                + " buyers twice, and the Austrian signed on Monday. The swimmer crossed the English Channel in 14"
                + " hours; the History Channel filmed it. The English Channel was calm.\n");
        for (String people : new String[] {"Austrian", "Hungarian"}) {
            f.entities().stream().filter(e -> e.name().equals(people))
                    .forEach(e -> assertThat(e.type()).as(people).isEqualTo(Entity.Type.OTHER));
        }
        assertThat(entity(f, "English Channel").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "History Channel").type()).isNotEqualTo(Entity.Type.PLACE);
        // a paper and a person named like a people act as names do
        Facts g = facts("The Australian reported the deal on Sunday. Ghani said the vote was fair. Ghani's party won.\n");
        assertThat(entity(g, "Australian").type()).isNotEqualTo(Entity.Type.OTHER);
        assertThat(entity(g, "Ghani").type()).isNotEqualTo(Entity.Type.OTHER);
        // a people that speaks is still a people, and a strait named by its place a place
        Facts h = facts("The Russians said the talks had failed. Ships crossed the Mozambique Channel on Monday. The"
                + " Mozambique Channel was calm.\n");
        assertThat(entity(h, "Russians").type()).isEqualTo(Entity.Type.OTHER);
        assertThat(entity(h, "Mozambique Channel").type()).isEqualTo(Entity.Type.PLACE);
    }

    @Test
    void aLeaguesDivisionIsNoTitledPerson() {
        Facts f = facts("The win lifted Rovers to the top of the Premier Division for the first time in eleven years."
                + " Rovers manager Hannah Brookes said the side had been nervous.\n");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Division");
        assertThat(f.entities()).filteredOn(e -> e.name().contains("Division"))
                .allMatch(e -> e.type() != Entity.Type.PERSON);
    }

    @Test
    void anAmpersandJoinsOneCompanysName() {
        Facts f = facts("Norvale PG&E cut power to 9,000 homes on Tuesday. Norvale PG&E said the cuts would last two"
                + " days. Shares in Marks & Spencer fell. The singer, known for her R&B hits, held a Q&A session.\n");
        assertThat(entity(f, "Norvale PG&E").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(facts("P&O Ferries said it would cut 800 jobs. P&O Ferries runs six ships.\n"), "P&O Ferries"))
                .isNotNull();
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Norvale PG", "E", "R&B", "Q&A");
        assertThat(entity(f, "Marks & Spencer")).isNotNull();
    }

    @Test
    void peoplesAreReadOffTheGazetteer() {
        for (String people : new String[] {"Austrian", "Hungarians", "Korean", "Chinese", "Israeli", "Polish",
                "Turkish", "Canadian", "Texan", "French", "Irish"}) {
            assertThat(Lexicon.isPeople(people)).as(people).isTrue();
        }
        for (String name : new String[] {"Jordan", "Christian", "Dean", "Reuters", "Kenya", "Milan", "Sullivan"}) {
            assertThat(Lexicon.isPeople(name)).as(name).isFalse();
        }
    }

    @Test
    void aMosqueOrAStadiumIsAPlace() {
        Facts f = facts("The first attack was in Riverside Mosque at about noon. Fans gathered outside Kelby Stadium"
                + " on Sunday. Frank Church said the city would recover.\n");
        assertThat(entity(f, "Riverside Mosque").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Kelby Stadium").type()).isEqualTo(Entity.Type.PLACE);
        // a church may be a body and "Church" a surname: no place
        assertThat(entity(f, "Frank Church").type()).isNotEqualTo(Entity.Type.PLACE);
    }

    @Test
    void anIslandOrACapitalNamedByItsNounIsAPlace() {
        Facts f = facts("Relatives attended the ceremony on the Greek island of Kethos on Sunday. Thousands marched in"
                + " the capital, Port Arlen, over the messages. The Corvan capital, Draza, was calm. \"We need more"
                + " capital,\" Tom Velly said. Velly is a banker.\n");
        assertThat(entity(f, "Kethos").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Port Arlen").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Draza").type()).isEqualTo(Entity.Type.PLACE);
        // money, not a city
        assertThat(entity(f, "Tom Velly").type()).isEqualTo(Entity.Type.PERSON);
    }

    @Test
    void whereAJourneyStartsOrEndsIsAPlace() {
        Facts f = facts("The flight started at 8:17 a.m. local time (0617 UTC) in Merlac and ended in Tovey. The balloon"
                + " took off on Monday in Ardsley. Tom Velly started in Formula One in 2007.\n");
        assertThat(entity(f, "Merlac").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Tovey").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Ardsley").type()).isEqualTo(Entity.Type.PLACE);
        // a career starts in a sport, no place
        assertThat(entity(f, "Formula One").type()).isNotEqualTo(Entity.Type.PLACE);
    }

    @Test
    void aCompanyIsKnownByItsLegalForm() {
        Facts f = facts("On Monday, state-owned Vardo Ipari Kft. (Vardo Limited) acquired the shell maker Brenn, and"
                + " Kessler Werke GmbH bought Brenn's rival. Vardo Limited was registered in August. AB de Villiers"
                + " watched the game.\n");
        Entity vardo = entity(f, "Vardo Ipari Kft");
        assertThat(vardo.type()).isEqualTo(Entity.Type.ORGANIZATION);
        // its name in brackets is the same company, never a choice beside it
        assertThat(vardo.aliases()).contains("Vardo Limited");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Vardo Limited");
        assertThat(entity(f, "Kessler Werke GmbH").type()).isEqualTo(Entity.Type.ORGANIZATION);
        // a legal form is a name's last word, not its first
        assertThat(f.entities()).filteredOn(e -> e.name().contains("Villiers")).extracting(Entity::type)
                .doesNotContain(Entity.Type.ORGANIZATION);
    }

    @Test
    void aJournalOrAWebsiteNamedByItsKindIsABody() {
        Facts f = facts("In findings published on Wednesday in Marine Letters, researchers said the fish helped. A"
                + " second study appeared in the journal Bee Behaviour. At the centre of the case was a website known"
                + " as \"Blue Harbour\" and its operator. Her first novel was published in Corvalla.\n");
        assertThat(entity(f, "Marine Letters").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(f, "Bee Behaviour").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(f, "Blue Harbour").type()).isEqualTo(Entity.Type.ORGANIZATION);
        // a book published somewhere, no research beside it: no journal
        assertThat(entity(f, "Corvalla").type()).isNotEqualTo(Entity.Type.ORGANIZATION);
    }

    @Test
    void aBusinessNamedBeforeItsNounIsABodyAndItsInitialsNoSurname() {
        Facts f = facts("Auctioneer Frederic Thut, the owner of the Fine Arts Auction Boston art house, said the piece"
                + " was withdrawn. FAAM convinced its sellers to withdraw the lots. She wore the Kim Lee fashion brand"
                + " on stage.\n");
        assertThat(entity(f, "Fine Arts Auction Boston").type()).isEqualTo(Entity.Type.ORGANIZATION);
        // a person's name before a brand is no body
        assertThat(entity(f, "Kim Lee").type()).isNotEqualTo(Entity.Type.ORGANIZATION);
    }

    @Test
    void aSecondFirstNameBeforeASharedSurnameIsAPerson() {
        Facts f = facts("The film is a documentary by Pawel and Jakub Wronski about the church. The archbishop said he"
                + " was disturbed by Pawel Wronski's film. The brothers Anton and Emil Varga run a bakery.\n");
        assertThat(entity(f, "Jakub Wronski").type()).isEqualTo(Entity.Type.PERSON);
        assertThat(entity(f, "Emil Varga").type()).isEqualTo(Entity.Type.PERSON);
        // not any name after "X and": "Lisbon and Porto Alegre" names no Lisbon Alegre
        Facts places = facts("Flights to Lisbon and Porto Alegre were cancelled.\n");
        assertThat(entity(places, "Porto Alegre").type()).isNotEqualTo(Entity.Type.PERSON);
    }

    @Test
    void aShipNamedAfterAPersonIsNoPerson() {
        Facts f = facts("The charity renamed its ship after Omar Hadid, a boy who drowned in 2015. Omar's father"
                + " attended. Their ship, MV Omar Hadid, was previously MV Professor Carl Lenz.\n");
        assertThat(entity(f, "Omar Hadid").type()).isEqualTo(Entity.Type.PERSON);
        assertThat(entity(f, "Omar Hadid").aliases()).doesNotContain("MV Omar Hadid");
        assertThat(entity(f, "MV Omar Hadid").type()).isEqualTo(Entity.Type.OTHER);
        // the ship's whole name, no title before a person
        assertThat(entity(f, "MV Professor Carl Lenz").type()).isEqualTo(Entity.Type.OTHER);
    }

    @Test
    void aPersonsSignOutweighsThePlaceOrShipANameSeemsToBe() {
        // "In the capital, Maduro, who ...", "the district of Ilhan Omar ... Omar said", "Director SS Rajamouli",
        // "The party named Jane Holt as its candidate": each a person, as the article's other words show
        Facts f = facts("In the capital, Varga, who has ruled since 2013, told supporters that the vote had been fair."
                + " Varga said the opposition was plotting a coup.\n\n"
                + "Voters in the district of Lena Ortiz backed the housing measure on Tuesday. Ortiz said the result"
                + " showed people wanted change.\n\n"
                + "Director SS Ravindran said on Sunday that his next film would be shot in Kenya.\n\n"
                + "The party named Jane Holt as its candidate for mayor.\n");
        assertThat(entity(f, "Varga").type()).isNotEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Lena Ortiz").type()).isEqualTo(Entity.Type.PERSON);
        assertThat(f.quotes()).extracting(Quote::speaker).anyMatch(s -> s.contains("Ravindran"));
        assertThat(entity(f, "Jane Holt").type()).isNotEqualTo(Entity.Type.ORGANIZATION);
    }

    @Test
    void aPronounOpeningItsSentenceIsNoBody() {
        // "Others have tried everything ...": "Which organisation have tried everything ...? Others"
        Facts f = facts("Some applicants moved in. Others have tried everything and no longer want to wait. Others were"
                + " perplexed. Everyone agreed.\n");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Others", "Everyone");
    }

    @Test
    void anAppositiveSayingWhatKindOfPlaceANameIsMakesItAPlace() {
        Facts f = facts("A bridge collapsed on Monday in Dravsk, a city in the north of the country. Rescuers reached"
                + " Dravsk by night. Trade stalled in Velmora, the capital of the province, said Ana Lima, the town's"
                + " mayor. Ships left Ostrel, a small fishing port on the coast. Ostrel was quiet.\n");
        assertThat(entity(f, "Dravsk").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Velmora").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Ostrel").type()).isEqualTo(Entity.Type.PLACE);
        // the place's noun belongs to the person after it: "the town's mayor"
        assertThat(entity(f, "Ana Lima").type()).isEqualTo(Entity.Type.PERSON);
        // a capitalised noun is a word of another name: "Voran, the Northern State party," is no place
        Facts g = facts("Voran, the Northern State party, said it would join the vote. Voran won the seat.\n");
        assertThat(entity(g, "Voran").type()).isNotEqualTo(Entity.Type.PLACE);
    }
}
