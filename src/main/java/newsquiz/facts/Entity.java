package newsquiz.facts;

import java.util.List;

/**
 * A person, organisation or place of the article: its canonical {@code name} (the fullest form of its first
 * mention), every alias the article uses, its roles (titles and appositives: "Secretary of State", "a Russian
 * state defense contractor"), how often it is mentioned, and the sentence of its first mention.
 */
public record Entity(String name, Type type, List<String> aliases, List<String> roles, int mentions,
                     Evidence evidence) implements Fact {
    public enum Type { PERSON, ORGANIZATION, PLACE, OTHER }

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    @Override
    public String kind() {
        return "entity";
    }
}
