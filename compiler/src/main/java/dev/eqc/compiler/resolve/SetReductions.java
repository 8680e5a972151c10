package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * Reductions over a member of a family of index sets (docs/LANGUAGE.md, "Sums over index sets"):
 * {@code \sum_{j \in \mathcal{N}_i}}, {@code \sum_{u \in \mathcal{N}(v)}}, {@code \max_{j \in \mathcal{N}_i}} with
 * {@code i}, {@code v} indices in scope. The family is a 0/1 membership matrix {@code \mathcal{N}} (row i holds
 * the set {@code \mathcal{N}_i}): an input declared {@code \mathcal{N} \in \{0,1\}^{n \times n}}, a set-builder
 * definition ({@link SetDefinitions}), or, when nothing binds the name, an input assumed [n, n] (W0151). The
 * reduction runs over the whole axis and leaves out the terms outside the set: 0 for a sum, 1 for a product,
 * {@code -\infty} for a max.
 */
final class SetReductions {
    private final BodyResolver body;
    /** The member of each sum over a set this body has entered, and its set. */
    private final java.util.Map<IndexVar, Member> members = new java.util.IdentityHashMap<>();

    SetReductions(BodyResolver body) {
        this.body = body;
    }

    /**
     * A set member written {@code \mathcal{N}_i} or {@code \mathcal{N}(i)} with {@code i} in scope, or null;
     * {@code withOwner} for {@code \mathcal{N}(v) \cup \{v\}}, the set with its owner added (counted once).
     */
    record Member(Expr.Sym family, IndexVar owner, Span span, boolean withOwner) {}

    Member member(Expr e) {
        return member(e, false);
    }

    /** {@code calOnly}: only a calligraphic name ({@code |x_i|} is an absolute value, {@code |\mathcal{N}_i|} a count). */
    Member member(Expr e, boolean calOnly) {
        if (e instanceof Expr.Binary u && u.op() == BinaryOp.UNION) {
            Member m = member(u.left(), calOnly);
            Expr.Sym added = singleton(u.right()) instanceof Expr.Sym v && v.bare() ? v : null;
            return m != null && !m.withOwner() && added != null && added.base().equals(m.owner().name())
                    ? new Member(m.family(), m.owner(), u.span(), true) : null;
        }
        if (calOnly && !(e instanceof Expr.Sym s0 && s0.kind() == SymKind.CAL
                || e instanceof Expr.Apply a0 && a0.callee() instanceof Expr.Sym f0 && f0.kind() == SymKind.CAL)) {
            return null;
        }
        if (e instanceof Expr.Sym s && s.sup() == null && s.sub() != null && s.sub().isSingle()
                && s.kind() != SymKind.BB) {
            IndexVar owner = indexIn(s.sub().single());
            if (owner != null) {
                return new Member(s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                        s.primes()), owner, s.span(), false);
            }
        }
        if (e instanceof Expr.Sym s && s.sup() != null && s.sub() != null && s.sub().isSingle() && s.primes() == 0
                && s.kind() != SymKind.BB) {
            // Proxy Anchor's X_p^+ with X^+ \in \{0,1\}^{C \times B} declared: row p of the family X^+.
            IndexVar owner = indexIn(s.sub().single());
            Expr.Sym family = s.withScripts(s.span(), null, s.sup(), 0);
            if (owner != null && body.names.find(NameKeys.full(family)) instanceof Binding.InputName in
                    && in.input().declared() && body.file.isBinary(in.input().key()) && in.input().dims() != null
                    && in.input().dims().size() == 2) {
                return new Member(family, owner, s.span(), false);
            }
        }
        if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && f.bare() && a.args().size() == 1) {
            IndexVar owner = indexIn(a.args().get(0));
            String key = NameKeys.full(f);
            Binding b = body.names.find(key);
            if (owner != null && (b == null || b instanceof Binding.InputName || b instanceof Binding.DefinitionName d
                    && !d.definition().function())) {
                return new Member(f, owner, a.span(), false);
            }
        }
        return null;
    }

    /**
     * {@code P(i)} with {@code P} a declared 0/1 matrix (SupCon's {@code P \in \{0,1\}^{M \times M}}, the
     * positives of each anchor) and {@code i} an index in scope: a member of the family {@code P}, or null.
     */
    Member declaredMember(Expr e) {
        // ECE's |B_m| with B \in \{0,1\}^{M \times n} declared and m in scope: the same as |B(m)|.
        boolean written = e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && f.kind() != SymKind.CAL
                || e instanceof Expr.Sym s && s.sub() != null && s.kind() != SymKind.CAL;
        if (!written) {
            return null;
        }
        Member m = member(e, false);
        Binding b = m == null ? null : body.names.find(NameKeys.full(m.family()));
        return b instanceof Binding.InputName in && in.input().declared() && body.file.isBinary(in.input().key())
                && in.input().dims() != null && in.input().dims().size() == 2 ? m : null;
    }

    private IndexVar indexIn(Expr e) {
        return e instanceof Expr.Sym v && v.bare() && (v.kind() == SymKind.LETTERS || v.kind() == SymKind.COMMAND)
                ? body.scope.indexVar(v.base()) : null;
    }

    /** The membership matrix of the family, with W0151 when nothing declares or defines it. */
    private Term family(Member m, String usedAs) {
        String key = NameKeys.full(m.family());
        Term bound = body.names.lookup(key, m.family().span());
        if (bound != null) {
            return bound;
        }
        String name = body.file.source.slice(m.family().span());
        Diagnostic.of(Code.W0151, body.file.source, m.span(), "`" + body.file.source.slice(m.span()) + "` is read as row `"
                        + m.owner().name() + "` of `" + name + "`, a 0/1 membership matrix input [n, n]: " + usedAs)
                .caret("membership matrix input `" + name + "`")
                .help("declare it, like `" + name + " \\in \\{0,1\\}^{n \\times n}`, or define the set, like `" + name
                        + "_i = \\{j \\mid A_{ij} \\ne 0\\}`")
                .report(body.file.diagnostics);
        return body.names.inputRef(m.family().span(), body.file.inferInput(m.family(), key));
    }

    /** 1 where {@code var} is in the set, 0 elsewhere. */
    Term contains(Member m, IndexVar var, String usedAs) {
        Term family = family(m, usedAs);
        Term in = new Term.Compare(m.span(), Term.CompareOp.NE, new Term.Index(m.span(), family,
                List.of(m.owner(), var)), new Term.Literal(m.span(), 0.0));
        if (!m.withOwner()) {
            return in;
        }
        Term isOwner = new Term.Compare(m.span(), Term.CompareOp.EQ, new Term.IndexValue(m.span(), m.owner()),
                new Term.IndexValue(m.span(), var));
        return new Term.Where(m.span(), isOwner, new Term.Literal(m.span(), 1.0), in);
    }

    /**
     * Proxy Anchor's {@code \sum_{p \in P^+}} with {@code P^+ \in \{0,1\}^{C}} declared (the proxies with positives in
     * the batch): a declared 0/1 vector is a set of positions, so the reduction runs over the axis it indexes and
     * leaves out the positions where it is 0 (W0417). Null unless {@code set} names such a vector.
     */
    Term overMask(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Expr set) {
        Binding.InputName in = declaredMask(set);
        if (in == null || kind == Term.ReduceOp.ARGMAX || kind == Term.ReduceOp.ARGMIN) {
            return null;
        }
        String name = body.file.source.slice(set.span());
        String letter = v.base() + "'".repeat(v.primes());
        Diagnostic.of(Code.W0417, body.file.source, set.span(), "`" + letter + " \\in " + name + "` runs over the"
                        + " positions where the declared 0/1 vector `" + name + "` is not 0, not over its values")
                .caret("the positions of the 1s")
                .help("write `\\sum_{" + letter + "} " + (set instanceof Expr.Sym named && named.sub() != null ? "(" + name
                        + ")" : name) + "_{" + letter + "} \\cdot …` to say so")
                .report(body.file.diagnostics);
        IndexVar var = new IndexVar(letter, v.span(), null, null, List.of());
        Term keep = new Term.Compare(set.span(), Term.CompareOp.NE, new Term.Index(set.span(),
                body.names.inputRef(set.span(), in.input()), List.of(var)), new Term.Literal(set.span(), 0.0));
        body.scope.enter(var);
        Term reduced = body.expr(b.body());
        body.scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(set.span(), identity(kind))));
    }

    /**
     * A name declared as a 0/1 vector ({@code P^+ \in \{0,1\}^{C}}, XGBoost's {@code I_L \in \{0,1\}^{n}}: the
     * subscript a label of the name, as declared), or null.
     */
    Binding.InputName declaredMask(Expr set) {
        return set instanceof Expr.Sym s && s.accent() == null
                && body.names.find(NameKeys.full(s)) instanceof Binding.InputName in && in.input().declared()
                && body.file.isBinary(in.input().key()) && in.input().dims() != null && in.input().dims().size() == 1
                ? in : null;
    }

    private static double identity(Term.ReduceOp kind) {
        return switch (kind) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX, ARGMAX, LOGSUMEXP -> Double.NEGATIVE_INFINITY;
            case MIN, ARGMIN -> Double.POSITIVE_INFINITY;
        };
    }

    /** The one item of a set literal {@code \{v\}}, or null. */
    private static Expr singleton(Expr e) {
        return e instanceof Expr.Group g && (g.bracket() == Bracket.SET || g.bracket() == Bracket.BRACE)
                && g.items().size() == 1 ? g.items().get(0) : null;
    }

    /** {@code \sum_{k \in \mathcal{N}_i} body}: a reduction over the whole axis with the terms outside the set left out. */
    Term reduction(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Member m) {
        return reduction(b.span(), b.body(), kind, v, m);
    }

    /**
     * A reduction of a set written by its members (GraphSAGE, GIN; docs/LANGUAGE.md, "Sums over index sets"):
     * {@code \max(\{\sigma(W h_u + b), \forall u \in \mathcal{N}(v)\})}, {@code \mathrm{MEAN}\{h_u, \forall u \in
     * \mathcal{N}(v) \cup \{v\}\}} and {@code \mathrm{MEAN}(\{h_v\} \cup \{h_u, \forall u \in \mathcal{N}(v)\})}:
     * the same as {@code \max_{u \in \mathcal{N}(v)}} and the sum over the set divided by its size, entry by entry
     * for vector members. A union with the owner's own value is the set with the owner added, counted once
     * (W0260). Null when the call is not of that form.
     */
    Term overMembers(Expr.Apply a, Term.ReduceOp kind, boolean mean) {
        Expr item;
        Expr rule;
        Expr ownValue = null;
        List<Expr> args = a.args();
        if (args.size() == 2) {
            item = args.get(0);
            rule = args.get(1);
        } else if (args.size() == 1 && builder(args.get(0)) != null) {
            item = builder(args.get(0)).get(0);
            rule = builder(args.get(0)).get(1);
        } else if (args.size() == 1 && args.get(0) instanceof Expr.Binary u && u.op() == BinaryOp.UNION
                && singleton(u.left()) != null && builder(u.right()) != null) {
            ownValue = singleton(u.left());
            item = builder(u.right()).get(0);
            rule = builder(u.right()).get(1);
        } else {
            return null;
        }
        if (!(rule instanceof Expr.Relation rel) || rel.op() != RelOp.IN) {
            return null;
        }
        Expr bound = rel.left() instanceof Expr.Binary q && q.op() == BinaryOp.JUXTAPOSE
                && q.left() instanceof Expr.Sym all && all.base().equals("\\forall") ? q.right() : rel.left();
        if (!(bound instanceof Expr.Sym v) || !v.bare() || v.kind() != SymKind.LETTERS && v.kind() != SymKind.COMMAND) {
            return null;
        }
        Member m = member(rel.right());
        if (m == null) {
            return null;
        }
        if (ownValue != null) {
            String own = body.file.source.slice(ownValue.span()).replaceAll("\\s+", "");
            String member = body.file.source.slice(item.span()).replaceAll("\\s+", "");
            if (m.withOwner() || !renamed(member, v.base(), m.owner().name()).equals(own)) {
                return null;
            }
            m = new Member(m.family(), m.owner(), m.span(), true);
        }
        if (m.withOwner()) {
            String set = body.file.source.slice(m.family().span()) + "(" + m.owner().name() + ")";
            Diagnostic.of(Code.W0260, body.file.source, args.get(0).span().to(args.get(args.size() - 1).span()),
                            "`" + body.file.source.slice(a.span()) + "` runs over the members `" + v.base() + " \\in "
                            + set + " \\cup \\{" + m.owner().name() + "\\}`: `" + m.owner().name()
                            + "` is counted once, also when it is its own neighbour")
                    .caret("over " + set + " and " + m.owner().name() + " itself")
                    .help("write `\\frac{1}{|" + set + "| + 1}(h_" + m.owner().name() + " + \\sum_{" + v.base() + " \\in "
                            + set + "} h_" + v.base() + ")` to count it twice when it is")
                    .report(body.file.diagnostics);
        }
        if (!mean) {
            return reduction(a.span(), item, kind, v, m);
        }
        Term total = reduction(a.span(), item, Term.ReduceOp.SUM, v, m);
        IndexVar counted = new IndexVar(v.base(), v.span(), null, null, List.of());
        Term size = new Term.Reduce(a.span(), Term.ReduceOp.SUM, counted, contains(m, counted,
                "the mean divides by the number of members"));
        return new Term.Arith(a.span(), a.span(), Term.ArithOp.DIV, total, size);
    }

    /** The member and the rule of {@code \{h_u, \forall u \in \mathcal{N}(v)\}}, or null. */
    private static List<Expr> builder(Expr e) {
        return e instanceof Expr.Group g && (g.bracket() == Bracket.SET || g.bracket() == Bracket.BRACE)
                && g.items().size() == 2 && g.items().get(1) instanceof Expr.Relation ? g.items() : null;
    }

    private Term reduction(Span span, Expr summand, Term.ReduceOp kind, Expr.Sym v, Member m) {
        String name = v.base() + "'".repeat(v.primes());
        IndexVar var = new IndexVar(name, v.span(), null, null, List.of());
        double identity = switch (kind) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX, ARGMAX -> Double.NEGATIVE_INFINITY;
            case MIN, ARGMIN -> Double.POSITIVE_INFINITY;
            case LOGSUMEXP -> Double.NEGATIVE_INFINITY;
        };
        Term keep = contains(m, var, "the " + (kind == Term.ReduceOp.SUM ? "sum" : "reduction") + " runs over the `"
                + name + "` with `" + body.file.source.slice(m.family().span()) + "_{" + m.owner().name() + name
                + "} \\ne 0`");
        body.scope.enter(var);
        members.put(var, m);
        Term reduced = body.expr(summand);
        members.remove(var);
        body.scope.leave();
        valuesNotPositions(m, var, reduced);
        return new Term.Reduce(span, kind, var, new Term.Where(summand.span(), keep, reduced,
                new Term.Literal(m.span(), identity)));
    }

    /**
     * GeM's {@code \sum_{x \in \mathcal{X}_k} x^{p_k}} with {@code \mathcal{X} \in \mathbb{R}^{K \times N}} declared:
     * the member is used as a value, so the set holds values (the activations of map k), not positions; eqc's
     * family reading would sum the positions where the row is not 0 (E0367).
     */
    private void valuesNotPositions(Member m, IndexVar var, Term reduced) {
        if (!(body.names.find(NameKeys.full(m.family())) instanceof Binding.InputName in) || !in.input().declared()
                || body.file.isBinary(in.input().key()) || !usesValue(reduced, var)) {
            return;
        }
        String name = body.file.source.slice(m.family().span());
        Diagnostic.of(Code.E0367, body.file.source, m.span(), "`" + var.name() + " \\in " + body.file.source.slice(m.span())
                        + "` is used as a value, but `" + name + "` is declared real: a set of its values cannot be"
                        + " told from a 0/1 family of positions")
                .caret("a set of values?")
                .help("sum over the row's entries: `\\sum_{n} f(" + name + "_{" + m.owner().name() + "n})`, or declare `"
                        + name + " \\in \\{0,1\\}^{…}` for a family of index sets")
                .report(body.file.diagnostics);
    }

    private static boolean usesValue(Term t, IndexVar v) {
        if (t instanceof Term.IndexValue iv && iv.var() == v) {
            return true;
        }
        return t.children().stream().anyMatch(k -> usesValue(k, v));
    }

    /**
     * GAT's {@code \alpha_{ij} = \frac{f(i, j)}{\sum_{k \in \mathcal{N}_i} f(i, k)}}: a weight normalised over the
     * set, which the paper defines only for {@code j \in \mathcal{N}_i}; it is 0 outside the set, like a softmax
     * masked with {@code -\infty} (W0152). Any other body is returned as it is.
     */
    Term normalisedOverSet(PendingDefinition def, Term resolved) {
        if (!(def.rhs() instanceof Expr.Frac f) || !(f.den() instanceof Expr.BigOp sum)
                || !sum.operator().base().equals("\\sum") || sum.operator().sub() == null
                || !sum.operator().sub().isSingle() || !(sum.operator().sub().single() instanceof Expr.Relation rel)
                || rel.op() != dev.eqc.compiler.ast.RelOp.IN || !(rel.left() instanceof Expr.Sym k) || !k.bare()) {
            return resolved;
        }
        Member m = member(rel.right());
        if (m == null || !def.indexLetters().contains(m.owner().name())) {
            return resolved;
        }
        String summand = body.file.source.slice(sum.body().span()).replaceAll("\\s+", "");
        String numerator = body.file.source.slice(f.num().span()).replaceAll("\\s+", "");
        for (IndexVar j : body.scope.leftIndices()) {
            if (j == m.owner() || j.name().equals(k.base())) {
                continue;
            }
            String renamed = renamed(summand, k.base(), j.name());
            if (!renamed.equals(numerator)) {
                continue;
            }
            String set = body.file.source.slice(m.span());
            Diagnostic.of(Code.W0152, body.file.source, def.indexSpan(), "`" + def.latexName() + "` is normalised over `"
                            + k.base() + " \\in " + set + "`: it is read as defined for `" + j.name() + " \\in " + set
                            + "` and 0 for every other `" + j.name() + "`, as a softmax over the set")
                    .caret("0 outside " + set)
                    .help("to compute the fraction for every `" + j.name() + "`, sum over all of them: `\\sum_"
                            + k.base() + "`")
                    .report(body.file.diagnostics);
            Term keep = contains(m, j, "the weights are normalised over that row");
            return new Term.Where(resolved.span(), keep, resolved, new Term.Literal(def.indexSpan(), 0.0));
        }
        return resolved;
    }

    /** {@code text} with the index {@code from} written {@code to}: alone, or as a letter of a subscript ({@code c_{ik}}). */
    static String renamed(String text, String from, String to) {
        String quoted = java.util.regex.Matcher.quoteReplacement(to);
        String out = text.replaceAll("(?<![A-Za-z\\\\])" + java.util.regex.Pattern.quote(from) + "(?![A-Za-z])", quoted);
        if (from.length() != 1 || to.length() != 1) {
            return out;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_\\{([A-Za-z,]+)\\}").matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("_{" + m.group(1).replace(from, to) + "}"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The set a normalisation over {@code index} ({@code \mathrm{softmax}_j}) runs over, or null for all of the
     * index's range (docs/LANGUAGE.md, "Sums over index sets"): the set of the sum {@code index} is the member of
     * ({@code \sum_{j \in \mathcal{N}_i} \mathrm{softmax}_j(e_{ij}) h_j}); otherwise, for an index of the definition,
     * the set every read of the definition sums it over (the graph transformer's {@code \sum_{j \in \mathcal{N}_i}
     * w_{ij} V h_j} with {@code w_{ij} = \mathrm{softmax}_j(…)}, W0370: the weights outside the set are never read,
     * so the paper's softmax runs over the set). Reads under the set beside reads over all of the range keep the
     * whole range, with W0371.
     */
    Member normalisedOver(IndexVar index, Span at) {
        Member enclosing = members.get(index);
        if (enclosing != null) {
            return enclosing;
        }
        PendingDefinition def = body.def;
        int p = def.indexLetters().indexOf(index.name());
        if (def.function() || p < 0 || body.scope.indexVar(index.name()) != index) {
            return null;
        }
        List<SetScopedReads.Read> reads = body.file.readsUnderSets().of(def.key()).stream()
                .filter(r -> r.letters().size() == def.indexLetters().size()).toList();
        Member chosen = null;
        SetScopedReads.Read scoped = null;
        SetScopedReads.Read whole = null;
        boolean agree = true;
        for (SetScopedReads.Read r : reads) {
            Member m = null;
            for (int k = r.around().size() - 1; k >= 0 && m == null; k--) {
                SetScopedReads.Membership around = r.around().get(k);
                int q = r.letters().indexOf(around.set().owner());
                if (around.member().equals(r.letters().get(p)) && q >= 0 && q != p) {
                    IndexVar owner = body.scope.indexVar(def.indexLetters().get(q));
                    m = owner == null ? null
                            : new Member(around.set().family(), owner, around.set().span(), around.set().withOwner());
                }
                if (around.member().equals(r.letters().get(p)) && m == null) {
                    agree = false;
                }
            }
            if (m == null) {
                whole = whole == null ? r : whole;
                continue;
            }
            if (chosen != null && (!NameKeys.full(chosen.family()).equals(NameKeys.full(m.family()))
                    || chosen.owner() != m.owner() || chosen.withOwner() != m.withOwner())) {
                agree = false;
            }
            chosen = chosen == null ? m : chosen;
            scoped = scoped == null ? r : scoped;
        }
        if (chosen == null) {
            return null;
        }
        String src = body.file.source.slice(at);
        String set = body.file.source.slice(chosen.span());
        if (whole != null || !agree) {
            Diagnostic.Builder d = Diagnostic.of(Code.W0371, body.file.source, at, "`" + src + "` runs over every `"
                            + index.name() + "`: `" + def.latexName() + "` is read under `" + index.name() + " \\in "
                            + set + "`, and " + (whole != null ? "also over every `" + index.name() + "`" : "under"
                            + " another set too") + ", so eqc cannot tell whether the paper normalises over the set")
                    .caret("over every " + index.name())
                    .label(scoped.span(), "read under " + set + " here");
            if (whole != null) {
                d = d.label(whole.span(), "and over every " + index.name() + " here");
            }
            d.help("to normalise over the set, write `\\mathrm{softmax}_{" + index.name() + " \\in " + set + "}(…)`")
                    .report(body.file.diagnostics);
            return null;
        }
        Diagnostic.of(Code.W0370, body.file.source, at, "`" + src + "` runs over `" + index.name() + " \\in " + set
                        + "`: every read of `" + def.latexName() + "` sums it over that set, so it is 0 outside it,"
                        + " as a softmax over the neighbours")
                .caret("over " + index.name() + " \\in " + set)
                .label(scoped.span(), "read under " + set + " here")
                .help("write `\\mathrm{softmax}_{" + index.name() + " \\in " + set + "}(…)` to say so; to normalise"
                        + " over every `" + index.name() + "`, read it once outside the set")
                .report(body.file.diagnostics);
        return chosen;
    }

    /** {@code |\mathcal{N}_i|}: the number of members, the count of non-zeros in row i. */
    Term size(Expr.Abs a, Member m) {
        IndexVar var = new IndexVar(m.owner().name().equals("j") ? "k" : "j", m.span(), null, null, List.of());
        Term keep = contains(m, var, "`|" + body.file.source.slice(m.span()) + "|` counts the non-zeros of that row");
        return new Term.Reduce(a.span(), Term.ReduceOp.SUM, var, keep);
    }
}
