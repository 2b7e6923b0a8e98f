package io.omninode.migrations.cli.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a shell line into the argument lists of the {@code omninode-migrate} calls in it, as a POSIX shell would
 * split the words: quotes kept together, and a call ending at a pipe, list operator, redirection, comment or
 * {@code $( ... )} boundary. Variables stay as written; the guide's placeholders are one word each
 * ({@code <revision before the deploy>}), and optional parts ({@code [--sql]}) lose their brackets.
 */
public final class ShellWords {

    /** A word that stops a call; the call's arguments are the words before it. */
    private static final String OPERATOR = "\u0000";
    private static final String MAIN_CLASS = "io.omninode.migrations.cli.Main";
    /** Words that run the command after them. */
    private static final Set<String> PREFIXES = Set.of("$", "sudo", "exec", "time", "env", "nohup");

    private ShellWords() {}

    /** The arguments of each call of the tool on this line, in order. */
    public static List<List<String>> calls(String line) {
        List<List<String>> calls = new ArrayList<>();
        for (List<String> command : simpleCommands(words(line))) {
            callArguments(command).ifPresent(args -> calls.add(args.stream()
                    .map(ShellWords::withoutPlaceholderBrackets).toList()));
        }
        return List.copyOf(calls);
    }

    /** Whether a line starts (after a prompt and variable assignments) with a call of the tool. */
    public static boolean startsWithCall(String text) {
        List<List<String>> commands = simpleCommands(words(text.startsWith("$ ") ? text.substring(2) : text));
        return !commands.isEmpty() && callArguments(commands.get(0)).isPresent();
    }

    /**
     * The arguments of the tool when this command runs it: as the launcher ({@code bin/omninode-migrate}), as
     * {@code java -jar .../omninode-migrate.jar} or as {@code java -cp ... io.omninode.migrations.cli.Main}. A
     * file name elsewhere ({@code cp cli/target/omninode-migrate.jar /opt}) is not a call.
     */
    private static Optional<List<String>> callArguments(List<String> command) {
        int first = 0;
        while (first < command.size() && (command.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")
                || PREFIXES.contains(command.get(first)))) {
            first++;
        }
        if (first == command.size()) {
            return Optional.empty();
        }
        if (fileName(command.get(first)).equals("omninode-migrate")) {
            return Optional.of(command.subList(first + 1, command.size()));
        }
        if (!fileName(command.get(first)).equals("java")) {
            return Optional.empty();
        }
        for (int i = first + 1; i < command.size(); i++) {
            String word = command.get(i);
            boolean jar = word.equals("-jar") && i + 1 < command.size()
                    && fileName(command.get(i + 1)).equals("omninode-migrate.jar");
            if (jar || word.equals(MAIN_CLASS)) {
                return Optional.of(command.subList(i + (jar ? 2 : 1), command.size()));
            }
        }
        return Optional.empty();
    }

    /** The words between operators: each the words of one simple command. */
    private static List<List<String>> simpleCommands(List<String> words) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (word.equals(OPERATOR)) {
                if (!current.isEmpty()) {
                    commands.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            commands.add(current);
        }
        return commands;
    }

    private static String fileName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    private static String withoutPlaceholderBrackets(String word) {
        String stripped = word.startsWith("[-") ? word.substring(1) : word;
        return stripped.endsWith("]") && !stripped.contains("[") ? stripped.substring(0, stripped.length() - 1)
                : stripped;
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<' && !isOperator(line, i) && line.indexOf('>', i) > 0) {
                int close = line.indexOf('>', i);     // a placeholder, <revision before the deploy>: one word
                word.append(line, i, close + 1);
                inWord = true;
                i = close;
            } else if (c == '\'' || c == '"') {
                int close = line.indexOf(c, i + 1);
                int end = close < 0 ? line.length() : close;
                word.append(line, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = flush(words, word, inWord);
            } else if (c == '#' && !inWord) {
                break;
            } else if (isOperator(line, i)) {
                if (c == '>' && word.toString().matches("[0-9]+")) {
                    word.setLength(0);      // 2> redirects a stream: the digit is not an argument
                    inWord = false;
                }
                inWord = flush(words, word, inWord);
                words.add(OPERATOR);
                if (c == '$') {
                    i++;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        flush(words, word, inWord);
        return words;
    }

    /** {@code | ; & > ( )} and {@code $(}; a {@code <placeholder>} is a word, a {@code < file} a redirection. */
    private static boolean isOperator(String line, int i) {
        char c = line.charAt(i);
        if ("|;&>()".indexOf(c) >= 0) {
            return true;
        }
        if (c == '$') {
            return i + 1 < line.length() && line.charAt(i + 1) == '(';
        }
        return c == '<' && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)));
    }

    private static boolean flush(List<String> words, StringBuilder word, boolean inWord) {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
        }
        return false;
    }
}
