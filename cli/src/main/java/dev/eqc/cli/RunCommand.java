package dev.eqc.cli;

import dev.eqc.compiler.Precision;
import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
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
    public Integer call() throws IOException {
        Precision p = TranslateCommand.precision(precision);
        Optional<CompiledEquations> compiled = CompiledEquations.load(file, p);
        if (compiled.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        EquationRunner runner = compiled.get().runner();
        Definition def = compiled.get().definition(function);
        DType dtype = p == Precision.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
        Map<String, String> given = parsePairs(inputs, "--input");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        parsePairs(dimensions, "--dim").forEach((name, value) -> {
            try {
                sizes.put(name, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new UserError("--dim " + name + " must be an integer, got '" + value + "'", Main.USAGE);
            }
        });
        List<Tensor> args = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (EquationRunner.Parameter param : EquationRunner.parameters(def)) {
            String key = given.keySet().stream().filter(k -> SymbolNames.matches(k, param.latex(), param.javaName()))
                    .findFirst().orElse(null);
            if (key == null) {
                missing.add(param.latex());
                continue;
            }
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
        Tensor result;
        try {
            result = runner.invoke(def, args, sizes);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
        }
        try {
            Npy.write(output, result);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage(), Main.INPUT_ERRORS);
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
                throw new UserError("cannot read " + value + ": " + e.getMessage(), Main.INPUT_ERRORS);
            }
        }
    }

    private static Map<String, String> parsePairs(List<String> pairs, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new UserError(option + " expects NAME=VALUE, got '" + pair + "'", Main.USAGE);
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
