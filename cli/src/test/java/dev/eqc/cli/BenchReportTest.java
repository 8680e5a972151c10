package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code eqc bench}'s steady-state warm-up and the fields that say where a number comes from:
 * JDK, CPU, vector width, threads, the outputs written, and whether the timings settled.
 */
class BenchReportTest {
    private static Path example(String name) {
        return Path.of(System.getProperty("eqc.repo.root", ".."), "examples", name);
    }

    private static String bench(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ([0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void reportsJdkCpuVectorWidthThreadsAndOutputs() {
        String json = bench("bench", example("gelu.eq").toString(), "--dim", "d=64", "--runs", "3", "--threads", "1",
                "--warmup", "2", "--warmup-time", "0");
        assertTrue(json.contains("\"jdk\": \"") && json.contains(Runtime.version().toString()), json);
        assertTrue(Pattern.compile("\"cpu\": \"[^\"]+\"").matcher(json).find(), json);
        assertEquals(dev.eqc.runtime.VectorSupport.BITS, (int) number(json, "vector_bits"), json);
        assertEquals(1, (int) number(json, "threads"), json);
        assertTrue(json.contains("\"outputs\": [\"gelu\"]"), json);
        // a new 64-float result per run, at least (its 256 bytes), and no megabytes of boxed vectors
        double allocated = number(json, "allocated_mb_per_run");
        assertTrue(allocated >= 0.0 && allocated < 1.0, json);
        // the fields that were there before stay
        for (String field : new String[] {"function", "shapes", "warmup_runs", "runs", "median_ms", "min_ms", "kernels",
            "output"}) {
            assertTrue(json.contains("\"" + field + "\": "), field + " in " + json);
        }
    }

    @Test
    void timesAnUpdateRulesFullInPlaceStepByDefault() {
        String step = bench("bench", example("adam.eq").toString(), "--dim", "d=4096", "--runs", "3", "--warmup", "2",
                "--warmup-time", "0", "--no-settle");
        assertTrue(step.contains("\"function\": \"step\""), step);
        assertTrue(step.contains("\"outputs\": [\"m_t\", \"v_t\", \"theta_t\"]"), step);
        assertTrue(step.contains("\"output\": \"in place\""), step);
        // one state alone, as before
        String theta = bench("bench", example("adam.eq").toString(), "--function", "theta_t", "--dim", "d=4096",
                "--runs", "2", "--warmup", "1", "--warmup-time", "0", "--no-settle");
        assertTrue(theta.contains("\"outputs\": [\"theta_t\"]") && theta.contains("\"output\": \"reused\""), theta);
    }

    @Test
    void warmsUpUntilTimingsSettleUnlessToldNotTo() {
        // A 64-element GELU settles within a few 0.1 s windows: many more calls than --warmup.
        String settled = bench("bench", example("gelu.eq").toString(), "--dim", "d=64", "--runs", "2", "--warmup", "1",
                "--warmup-time", "0", "--warmup-max-time", "20");
        assertTrue(settled.contains("\"settled\": true"), settled);
        assertTrue(number(settled, "warmup_runs") > 10, settled);
        assertTrue(number(settled, "warmup_ms") >= 200, "two windows of at least 0.1 s: " + settled);
        // --no-settle: exactly --warmup calls when --warmup-time is 0.
        String counted = bench("bench", example("gelu.eq").toString(), "--dim", "d=64", "--runs", "2", "--warmup", "4",
                "--warmup-time", "0", "--no-settle");
        assertEquals(4, (int) number(counted, "warmup_runs"), counted);
        // A bound of 0 s: no window runs, and the report says the timings were not seen to settle.
        String bounded = bench("bench", example("gelu.eq").toString(), "--dim", "d=64", "--runs", "2", "--warmup", "0",
                "--warmup-time", "0", "--warmup-max-time", "0");
        assertTrue(bounded.contains("\"settled\": false"), bounded);
    }

    @Test
    void rejectsSettleOptionsOutOfRange() {
        for (String[] bad : new String[][] {{"--settle-tolerance", "0"}, {"--settle-tolerance", "1.5"},
            {"--warmup-max-time", "-1"}, {"--warmup-max-time", "NaN"}}) {
            assertEquals(2, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=64", bad[0], bad[1]),
                    String.join(" ", bad));
        }
    }
}
