package dev.eqc.compiler.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The interpreter's erf, erfc and Φ against 20-digit values (mpmath), across the series/fraction switch. */
class ErrorFunctionTest {
    // x, erf(x), erfc(x)
    private static final double[][] TABLE = {
        {1e-5, 0.000011283791670579000273, 0.999988716208329421},
        {0.25, 0.27632639016823693299, 0.72367360983176306701},
        {0.7, 0.6778011938374184423, 0.3221988061625815577},
        {1.5, 0.96610514647531072707, 0.033894853524689272933},
        {1.9999, 0.99532019790702939169, 0.0046798020929706083079},
        {2.0, 0.99532226501895273416, 0.0046777349810472658379},
        {2.5, 0.99959304798255504106, 0.00040695201744495893956},
        {3, 0.99997790950300141456, 0.000022090496998585441373},
        {4.5, 0.99999999980338395585, 1.9661604415428874763e-10},
        {5.9, 0.9999999999999999281, 7.1904097835504777249e-17},
    };

    @Test
    void erfIsAccurateToAFewUlpsOnBothSidesOfTheSwitch() {
        for (double[] row : TABLE) {
            double x = row[0];
            assertEquals(row[1], ErrorFunction.erf(x), 4e-16, "erf(" + x + ")");
            assertEquals(-row[1], ErrorFunction.erf(-x), 4e-16, "erf(-" + x + ")");
        }
        assertEquals(0.0, ErrorFunction.erf(0.0));
        assertEquals(1.0, ErrorFunction.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, ErrorFunction.erf(-500));
        assertTrue(Double.isNaN(ErrorFunction.erf(Double.NaN)));
    }

    @Test
    void erfcKeepsRelativeAccuracyInTheUpperTail() {
        for (double[] row : TABLE) {
            double x = row[0];
            double relative = Math.abs(ErrorFunction.erfc(x) - row[2]) / row[2];
            // below the switch erfc = 1 - erf loses digits in proportion to 1/erfc (at most 1/0.034)
            assertTrue(relative < (x < 1.5 ? 1e-13 : 1e-14), "erfc(" + x + "): relative error " + relative);
            assertEquals(2 - row[2], ErrorFunction.erfc(-x), 4e-16, "erfc(-" + x + ")");
        }
        assertEquals(0.0, ErrorFunction.erfc(Double.POSITIVE_INFINITY));
    }

    @Test
    void normalCdfInTheLowerTailIsAccurateRelativeToItsSize() {
        double[][] table = {
            {-37, 5.725571222524576823e-300}, {-20, 2.753624118606233695e-89},
            {-8, 6.220960574271784124e-16}, {-3, 0.001349898031630094527},
            {-0.5, 0.3085375387259868964}, {0, 0.5}, {0.7, 0.7580363477769269714},
            {2, 0.9772498680518207928},
        };
        for (double[] row : table) {
            double relative = Math.abs(ErrorFunction.normalCdf(row[0]) - row[1]) / row[1];
            // rounding x/√2 to double perturbs e^{-x²/2} by about x² ulps
            double tolerance = 1e-14 + 4e-16 * row[0] * row[0];
            assertTrue(relative < tolerance, "Phi(" + row[0] + "): relative error " + relative);
        }
        assertEquals(0.0, ErrorFunction.normalCdf(-500));
        assertEquals(1.0, ErrorFunction.normalCdf(500));
    }
}
