package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** erf, Φ, GELU, softplus, sign and the hyperbolic and tangent maps. */
class SpecialFunctionOpsTest {

  private static double relErr(double actual, double expected) {
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  private static double one(Tensor result) {
    return result.getFlat(0);
  }

  private static Tensor f64(double x) {
    return Tensor.scalar(DType.FLOAT64, x);
  }

  @Test
  void erfMatchesHighPrecisionValuesInEveryInterval() {
    // erf and erfc to 20 digits (mpmath), one point in each of Cody's intervals and the tail.
    double[][] table = {
        {0.1, 0.1124629160182848984, 0.8875370839817151016},
        {0.46875, 0.49261347321793799159, 0.50738652678206200841},
        {0.5, 0.52049987781304653768, 0.47950012218695346232},
        {1, 0.84270079294971486934, 0.15729920705028513066},
        {2, 0.99532226501895273416, 0.0046777349810472658379},
        {3.5, 0.99999925690162765859, 7.4309837234141274552e-7},
        {4, 0.99999998458274209972, 1.5417257900280018852e-8},
        {5, 0.99999999999846254021, 1.5374597944280348502e-12},
        {6, 0.99999999999999997848, 2.1519736712498913117e-17},
    };
    for (double[] row : table) {
      double x = row[0];
      assertTrue(relErr(one(Ops.erf(f64(x))), row[1]) < 1e-15, "erf(" + x + ")");
      assertTrue(relErr(one(Ops.erf(f64(-x))), -row[1]) < 1e-15, "erf(-" + x + ")");
      assertTrue(relErr(ErfKernel.erfc(x), row[2]) < 1e-13, "erfc(" + x + ")");
      assertTrue(relErr(ErfKernel.erfc(-x), 2 - row[2]) < 1e-15, "erfc(-" + x + ")");
    }
    assertEquals(0.0, one(Ops.erf(f64(0))));
    assertEquals(1.0, one(Ops.erf(f64(Double.POSITIVE_INFINITY))));
    assertEquals(-1.0, one(Ops.erf(f64(-30))));
    assertTrue(Double.isNaN(one(Ops.erf(f64(Double.NaN)))));
  }

  @Test
  void normalCdfKeepsRelativeAccuracyInTheLowerTail() {
    double[][] table = {
        {-10, 7.619853024160526066e-24}, {-5, 2.8665157187919391167e-7},
        {-1, 0.15865525393145705141}, {0, 0.5}, {1.5, 0.933192798731141934},
        {5, 0.99999971334842812081},
    };
    for (double[] row : table) {
      double phi = one(Ops.normalCdf(f64(row[0])));
      assertTrue(relErr(phi, row[1]) < 1e-13, "Phi(" + row[0] + ") = " + phi);
    }
    assertEquals(0.0, one(Ops.normalCdf(f64(-40))));
    assertEquals(1.0, one(Ops.normalCdf(f64(40))));
  }

  @Test
  void geluIsXTimesPhi() {
    Tensor x = Tensor.of(new double[] {-3, -1, 0, 0.5, 2, 500, -500}, 7);
    double[] g = Ops.gelu(x).toDoubleArray();
    double[] phi = {0.0013498980316300946, 0.15865525393145705, 0.5, 0.6914624612740131,
        0.9772498680518208, 1, 0};
    for (int i = 0; i < phi.length; i++) {
      assertEquals(x.getFlat(i) * phi[i], g[i], 1e-15, "gelu(" + x.getFlat(i) + ")");
    }
    assertEquals(DType.FLOAT32, Ops.gelu(x.toDType(DType.FLOAT32)).dtype());
  }

  @Test
  void softplusIsFiniteAndAccurateAtMagnitude500() {
    for (DType dtype : DType.values()) {
      Tensor x = Tensor.of(new double[] {500, -500, 40, -40, 1, -1, 0}, 7).toDType(dtype);
      double[] s = Ops.softplus(x).toDoubleArray();
      for (double v : s) {
        assertTrue(Double.isFinite(v));
      }
      assertEquals(500.0, s[0]);
      assertEquals(dtype == DType.FLOAT64 ? Math.exp(-500) : 0.0, s[1], 1e-300); // float: underflow
      assertEquals(40.0, s[2], 1e-13);
      assertEquals(Math.exp(-40), s[3], dtype == DType.FLOAT64 ? 1e-30 : 1e-24);
      assertEquals(1.3132616875182228, s[4], dtype == DType.FLOAT64 ? 1e-15 : 1e-7);
      assertEquals(0.31326168751822283, s[5], dtype == DType.FLOAT64 ? 1e-15 : 1e-7);
      assertEquals(Math.log(2), s[6], dtype == DType.FLOAT64 ? 1e-15 : 1e-7);
    }
    assertTrue(relErr(Ops.softplus(f64(-500)).get(), Math.exp(-500)) < 1e-15);
  }

  @Test
  void signHyperbolicsAndTangent() {
    Tensor x = Tensor.of(new double[] {-2.5, 0, 0.75}, 3);
    assertArrayEquals(new double[] {-1, 0, 1}, Ops.sign(x).toDoubleArray());
    assertTrue(Double.isNaN(Ops.sign(f64(Double.NaN)).get()));
    assertArrayEquals(new double[] {Math.sinh(-2.5), 0, Math.sinh(0.75)},
        Ops.sinh(x).toDoubleArray());
    assertArrayEquals(new double[] {Math.cosh(-2.5), 1, Math.cosh(0.75)},
        Ops.cosh(x).toDoubleArray());
    assertArrayEquals(new double[] {Math.tan(-2.5), 0, Math.tan(0.75)},
        Ops.tan(x).toDoubleArray());
    assertArrayEquals(new int[] {3}, Ops.tan(x).shape());
  }

  @Test
  void inverseHyperbolicMapsMatchHighPrecisionValuesFromTinyToHuge() {
    // asinh, acosh, atanh to 20 digits (mpmath); the printed formulas lose all digits at 1e-9 (asinh) and
    // overflow at 1e300, where these stay within a few ulps.
    double[][] asinh = {{1e-9, 1.0000000000000000000e-9}, {0.5, 0.48121182505960344750}, {3, 1.8184464592320668235},
        {1e10, 23.718998110500402150}, {1e300, 691.46867507877365057}, {-0.5, -0.48121182505960344750}};
    for (double[] row : asinh) {
      assertTrue(relErr(one(Ops.arsinh(f64(row[0]))), row[1]) < 4e-16, "arsinh(" + row[0] + ")");
    }
    double[][] acosh = {{3, 1.7627471740390860505}, {1e10, 23.718998110500402150}, {1e300, 691.46867507877365057}};
    for (double[] row : acosh) {
      assertTrue(relErr(one(Ops.arcosh(f64(row[0]))), row[1]) < 4e-16, "arcosh(" + row[0] + ")");
    }
    assertEquals(0.0, one(Ops.arcosh(f64(1))), 0.0);
    assertTrue(Double.isNaN(one(Ops.arcosh(f64(0.5)))), "arcosh below 1 is NaN");
    double[][] atanh = {{1e-9, 1.0000000000000000003e-9}, {0.5, 0.54930614433405484570}, {0.999999, 7.2543286192476693673}};
    for (double[] row : atanh) {
      assertTrue(relErr(one(Ops.artanh(f64(row[0]))), row[1]) < 1e-10, "artanh(" + row[0] + ")");
    }
    assertEquals(Math.PI / 4, one(Ops.arctan(f64(1))), 1e-16);
    assertEquals(Math.PI / 2, one(Ops.arcsin(f64(1))), 1e-16);
    assertEquals(Math.PI, one(Ops.arccos(f64(-1))), 1e-16);
  }
}
