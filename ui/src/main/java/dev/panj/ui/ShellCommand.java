package dev.panj.ui;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as the user typed it, recorded in outputs so that a run can be repeated by copy and paste. */
final class ShellCommand {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

    private ShellCommand() {
    }

    /** {@code panj} followed by the original arguments, each quoted for a POSIX shell where it needs it. */
    static String text(CommandSpec spec) {
        CommandSpec root = spec.root();
        return text(root.name(), root.commandLine().getParseResult().originalArgs());
    }

    static String text(String program, List<String> args) {
        StringBuilder line = new StringBuilder(program);
        for (String arg : args) {
            line.append(' ').append(quoted(arg));
        }
        return line.toString();
    }

    private static String quoted(String arg) {
        if (PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
