package dev.eqc.cli;

import dev.eqc.compiler.Precision;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
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
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a definition through its generated code on .npy inputs.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FILE.eq")
    Path file;

    @Option(names = "--function", paramLabel = "NAME", description = "definition to run (default: the last)")
    String function;

    @Option(names = "--input", paramLabel = "SYMBOL=PATH.npy|NUMBER", description = "an input (repeatable)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--dim", paramLabel = "NAME=INT", description = "a dimension's size (repeatable)")
    List<String> dimensions = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH.npy", required = true, description = "where to write the result")
    Path output;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Override
    public Integer call() {
        Precision p = TranslateCommand.precision(precision);
        Map<String, String> given = parsePairs(inputs, "--input");
        Optional<CompiledEquations> compiled = CompiledEquations.load(file, p);
        if (compiled.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        EquationRunner runner = compiled.get().runner();
        Definition def = compiled.get().definition(function);
        DimSizes sizes = DimSizes.parse(dimensions, compiled.get().typed(), def);
        DType dtype = p == Precision.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
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
            names.add(key);
            args.add(load(given.remove(key), dtype));
        }
        if (!missing.isEmpty()) {
            throw new UserError(def.latexName() + " needs --input for " + String.join(", ", missing), Main.USAGE);
        }
        if (!given.isEmpty()) {
            throw new UserError("unknown --input " + String.join(", ", given.keySet()) + "; " + def.latexName()
                    + " takes " + EquationRunner.parameters(def).stream().map(EquationRunner.Parameter::latex)
                            .collect(Collectors.joining(", ")), Main.USAGE);
        }
        sizes.checkAgainst(compiled.get().typed().signature(def), names, args);
        Tensor result;
        try {
            result = runner.invoke(def, args, sizes.bySymbol());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
        }
        try {
            AtomicFiles.write(output, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out);
                Npy.write(buffered, result);
                buffered.flush();
            });
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        }
        return 0;
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
