package dev.eqc.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a file's lines into the statements the report displays. The lines of each statement the
 * parser read form one display statement (merged when statements share a line); a line with code
 * that no parsed statement covers (one with a syntax error) is displayed too, joined with the
 * lines after it while a brace it opened is still open. Comment lines since the previous
 * statement and comments beside a statement become its comments.
 */
final class StatementLines {
    private StatementLines() {}

    static List<FileReport.Statement> of(String text, List<SourceRange> parsed) {
        SourceText source = new SourceText(text);
        int n = source.lineCount();
        // owner[line]: the group of parsed statements covering it, -1 for none.
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        int groups = 0;
        for (SourceRange r : parsed) {
            int first = source.lineOf(r.start());
            int last = source.lineOf(Math.max(r.start(), r.end() - 1));
            int group = -1;
            for (int line = first; line <= last; line++) {
                group = Math.max(group, owner[line]);
            }
            if (group < 0) {
                group = groups++;
            }
            for (int line = first; line <= last; line++) {
                owner[line] = group;
            }
        }
        List<FileReport.Statement> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int line = 0;
        while (line < n) {
            if (!source.hasCode(line) && owner[line] < 0) {
                if (source.isCommentOnly(line)) {
                    pending.add(source.comment(line));
                }
                line++;
                continue;
            }
            int last = owner[line] >= 0 ? lastOfGroup(owner, line) : lastOfUnparsed(source, owner, line);
            List<String> comments = new ArrayList<>(pending);
            pending.clear();
            for (int l = line; l <= last; l++) {
                String c = source.comment(l);
                if (!c.isEmpty()) {
                    comments.add(c);
                }
            }
            out.add(new FileReport.Statement(new SourceRange(source.lineStart(line), source.lineEnd(last)), comments));
            line = last + 1;
        }
        return out;
    }

    private static int lastOfGroup(int[] owner, int line) {
        int last = line;
        while (last + 1 < owner.length && owner[last + 1] == owner[line]) {
            last++;
        }
        return last;
    }

    private static int lastOfUnparsed(SourceText source, int[] owner, int line) {
        int depth = 0;
        int last = line;
        while (true) {
            depth += braceBalance(source.text(), source.lineStart(last), source.commentStart(last));
            if (depth <= 0 || last + 1 >= source.lineCount() || owner[last + 1] >= 0) {
                return last;
            }
            last++;
        }
    }

    private static int braceBalance(String text, int from, int to) {
        int balance = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
            }
        }
        return balance;
    }
}
