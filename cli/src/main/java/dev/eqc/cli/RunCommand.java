package dev.eqc.cli;

import dev.eqc.compiler.Precision;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Npz;
import dev.eqc.runtime.Tensor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc run}: translate, compile in memory, run on .npy inputs, write the result as .npy. */
@Command(name = "run", description = "Run definitions through their generated code on .npy inputs; print the"
        + " result as NumPy prints an array, or write it as .npy (one result) or .npz (several).")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FILE.eq")
    Path file;

    @Option(names = "--function", paramLabel = "NAME", description = "a definition to run (default: the last);"
            + " repeat it to run several")
    List<String> functions = new ArrayList<>();

    @Option(names = "--input", paramLabel = "SYMBOL=PATH.npy|NUMBER", description = "an input (repeatable)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--dim", paramLabel = "NAME=INT", description = "a dimension's size (repeatable)")
    List<String> dimensions = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH.npy|PATH.npz", description = "write the result as .npy, or every"
            + " result as .npz (entries named after the methods); without it the results are printed")
    Path output;

    @picocli.CommandLine.Mixin
    StrictOption strict = new StrictOption();

    @Option(names = "--format", defaultValue = "text", description = "printed results as text (like NumPy) or json"
            + " (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Override
    public Integer call() {
        Precision p = TranslateCommand.precision(precision);
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new UserError("unknown --format '" + format + "'; use text or json", Main.USAGE);
        }
        boolean npz = output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".npz");
        if (output != null && functions.size() > 1 && !npz) {
            throw new UserError("--output " + output + ": " + functions.size() + " results go into one .npz file, not"
                    + " .npy", Main.USAGE);
        }
        Map<String, String> given = parsePairs(inputs, "--input");
        DType dtype = p == Precision.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
        Map<String, Tensor> loaded = new LinkedHashMap<>();
        List<String> declarations = assumedDeclarations(given, dtype, loaded);
        Optional<CompiledEquations> compiled = CompiledEquations.load(file, p, strict.diagnostics(), declarations);
        if (compiled.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        EquationRunner runner = compiled.get().runner();
        List<Definition> defs = new ArrayList<>();
        for (String function : functions.isEmpty() ? java.util.Collections.<String>singletonList(null) : functions) {
            Definition d = compiled.get().definition(function);
            if (defs.contains(d)) {
                throw new UserError("--function " + function + " is given twice", Main.USAGE);
            }
            defs.add(d);
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        Map<String, Tensor> results = new LinkedHashMap<>();
        for (Definition def : defs) {
            DimSizes sizes = DimSizes.parse(dimensions, compiled.get().typed(), def).withSizesOfGivenInputs(
                    compiled.get().typed(), def, given.keySet(), k -> loaded.computeIfAbsent(k, x -> load(given.get(x), dtype)));
            List<Tensor> args = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (EquationRunner.Parameter param : EquationRunner.parameters(def)) {
                String key = given.keySet().stream().filter(k -> SymbolNames.matches(k, param.latex(), param.javaName()))
                        .findFirst().orElse(null);
                if (key == null) {
                    missing.add(param.latex());
                    continue;
                }
                used.add(key);
                names.add(key);
                args.add(loaded.computeIfAbsent(key, k -> load(given.get(k), dtype)));
            }
            if (!missing.isEmpty()) {
                throw new UserError(def.latexName() + " needs --input for " + String.join(", ", missing), Main.USAGE);
            }
            sizes.checkAgainst(compiled.get().typed().signature(def), names, args);
            sizes.requireSizeParameters(compiled.get().typed(), def);
            try {
                results.put(def.javaName(), runner.invoke(def, args, sizes.bySymbol()));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
            }
        }
        List<String> unused = given.keySet().stream().filter(k -> !used.contains(k)).toList();
        List<String> ofOthers = unused.stream().filter(k -> compiled.get().typed().program().definitions().stream()
                .flatMap(d -> EquationRunner.parameters(d).stream())
                .anyMatch(param -> SymbolNames.matches(k, param.latex(), param.javaName()))).toList();
        if (!ofOthers.isEmpty()) {
            // One set of inputs for the whole file, several --function runs: an input another definition takes is fine.
            System.err.println("note: --input " + String.join(", ", ofOthers) + " not used by " + defs.stream()
                    .map(Definition::latexName).collect(Collectors.joining(", ")) + " (another definition of the file takes it)");
            unused = unused.stream().filter(k -> !ofOthers.contains(k)).toList();
        }
        List<String> declared = unused.stream().filter(k -> compiled.get().typed().program().inputs().stream()
                .anyMatch(in -> SymbolNames.matches(k, in.latex(), in.javaName()))).toList();
        if (!declared.isEmpty()) {
            // DIN's v_A declared and read only as notation (a(e_j, v_A) is given): the file declares it, so giving it
            // is no typo; the definitions run do not need it.
            System.err.println("note: --input " + String.join(", ", declared) + " not used by " + defs.stream()
                    .map(Definition::latexName).collect(Collectors.joining(", ")) + " (the file declares it; no"
                    + " definition reads it)");
            unused = unused.stream().filter(k -> !declared.contains(k)).toList();
        }
        if (!unused.isEmpty()) {
            throw new UserError("unknown --input " + String.join(", ", unused) + "; " + defs.stream()
                    .map(d -> d.latexName() + " takes " + EquationRunner.parameters(d).stream()
                            .map(EquationRunner.Parameter::latex).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")), Main.USAGE);
        }
        if (output == null) {
            print(results, f);
            return 0;
        }
        try {
            AtomicFiles.write(output, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out);
                if (npz) {
                    Npz.write(buffered, results);
                } else {
                    Npy.write(buffered, results.values().iterator().next());
                }
                buffered.flush();
            });
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        }
        return 0;
    }

    /** On standard output: as NumPy prints arrays, each under its name when there are several; or one JSON document. */
    private static void print(Map<String, Tensor> results, String format) {
        if (format.equals("json")) {
            System.out.println(TensorJson.document(results));
            return;
        }
        for (Map.Entry<String, Tensor> e : results.entrySet()) {
            if (results.size() > 1) {
                System.out.println(e.getKey() + " =");
            }
            System.out.println(NumpyText.format(e.getValue()));
        }
    }

    /**
     * Declarations for undeclared inputs assumed a shape their given values do not have (AssumedShapes),
     * each said in a note on standard error; none when the file does not check.
     */
    private List<String> assumedDeclarations(Map<String, String> given, DType dtype, Map<String, Tensor> loaded) {
        Optional<dev.eqc.compiler.shape.TypedProgram> typed = CompiledEquations.quietCheck(file, TranslateCommand
                .precision(precision));
        if (typed.isEmpty()) {
            return List.of();
        }
        List<Definition> all = typed.get().program().definitions();
        Map<String, Tensor> valueOf = new LinkedHashMap<>();
        for (Definition d : all) {
            for (dev.eqc.compiler.term.Input in : d.freeInputs()) {
                given.keySet().stream().filter(k -> SymbolNames.matches(k, in.latex(), in.javaName())).findFirst()
                        .ifPresent(k -> valueOf.put(in.latex(), loaded.computeIfAbsent(k, x -> load(given.get(x), dtype))));
            }
        }
        Map<String, String> out = AssumedShapes.declarations(typed.get(), all, valueOf);
        for (String line : out.values()) {
            System.err.println("note: the input given declares `" + line + "` (the file assumed another shape)");
        }
        for (String name : AssumedShapes.batchesOfNumbers(typed.get(), all, valueOf)) {
            System.err.println("note: `" + name + "` is not declared and was assumed a number, so the array given runs"
                    + " as a batch of numbers, entry by entry; declare its shape (`" + name + " \\in \\mathbb{R}^{…}`)"
                    + " for norms, products and sums over it");
        }
        return List.copyOf(out.values());
    }

    private static Tensor load(String value, DType dtype) {
        try {
            return Tensor.scalar(dtype, Double.parseDouble(value));
        } catch (NumberFormatException notANumber) {
            try {
                return Npy.read(Path.of(value)).toDType(dtype);
            } catch (IOException e) {
                String reason = IoErrors.reason(e);
                // Npy's messages start with the file's name, which this message gives already.
                String prefix = Path.of(value) + ": ";
                throw new UserError("cannot read " + value + ": "
                        + (reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason), Main.INPUT_ERRORS);
            } catch (java.nio.file.InvalidPathException e) {
                throw new UserError("cannot read " + value + ": not a file name", Main.USAGE);
            }
        }
    }

    /** {@code NAME=VALUE} options in order; a name given twice is a usage error. */
    private static Map<String, String> parsePairs(List<String> pairs, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new UserError(option + " expects NAME=VALUE, got '" + pair + "'", Main.USAGE);
            }
            String name = pair.substring(0, eq).strip();
            String before = out.keySet().stream().filter(k -> SymbolNames.normalise(k).equals(SymbolNames.normalise(name)))
                    .findFirst().orElse(null);
            if (before != null) {
                throw new UserError(option + " " + name + " is given twice (" + before + "=" + out.get(before) + " and "
                        + pair + ")", Main.USAGE);
            }
            out.put(name, pair.substring(eq + 1).strip());
        }
        return out;
    }
}
