package newsquiz.questions;

import java.util.List;

/**
 * One quiz question. {@code answer} is a String, except for matching and ordering (a list) and true/false
 * (a Boolean). {@code accept} lists typed variants that count as right ("Donald Trump", "Trump").
 */
public record Question(String id, String type, String kind, String prompt, List<String> choices, Object answer,
                       List<String> accept, Double tolerance, List<String> evidence, List<int[]> spans,
                       int difficulty, double rank, String explanation) {
}
