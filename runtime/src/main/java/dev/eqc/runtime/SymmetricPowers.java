package dev.eqc.runtime;

/**
 * Fractional and negative powers of symmetric matrices, {@code V diag(w^k) V^T} from the eigendecomposition
 * {@code A = V diag(w) V^T} (Shampoo's {@code L_t^{-1/4}}, a whitening {@code \Sigma^{-1/2}}), found by cyclic Jacobi
 * rotations in double. A diagonal matrix is the special case with {@code V = I}.
 */
final class SymmetricPowers {
  private static final int MAX_SWEEPS = 100;

  private SymmetricPowers() {}

  /** Whether the n×n matrix at {@code off} in {@code d} is symmetric up to rounding of its largest entry. */
  static boolean symmetric(double[] d, int off, int n) {
    double scale = 0;
    for (int e = 0; e < n * n; e++) {
      scale = Math.max(scale, Math.abs(d[off + e]));
    }
    double tol = 1e-6 * Math.max(scale, Double.MIN_NORMAL);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(d[off + i * n + j] - d[off + j * n + i]) > tol) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The power {@code k} of the symmetric n×n matrix at {@code off} in {@code d}, written at {@code off} in
   * {@code out}. A negative eigenvalue under a power that is not a whole number has no real power: an error.
   */
  static void power(double[] d, int off, int n, double k, double[] out) {
    double[][] a = new double[n][n];
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = 0.5 * (d[off + i * n + j] + d[off + j * n + i]);
      }
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-30 * Math.max(1, diagonal(a)); sweep++) {
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          rotate(a, v, p, q);
        }
      }
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = a[i][i];
      if (lambda < 0 && k != Math.rint(k)) {
        throw new ArithmeticException("the power " + k + " of a symmetric matrix with the negative eigenvalue "
            + lambda + ": it has no real power (the matrix is not positive semi-definite)");
      }
      w[i] = Math.pow(lambda, k);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int m = 0; m < n; m++) {
          s += v[i][m] * w[m] * v[j][m];
        }
        out[off + i * n + j] = s;
      }
    }
  }

  /** One Jacobi rotation zeroing a[p][q] (Golub & Van Loan, Algorithm 8.5.1). */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    if (a[p][q] == 0) {
      return;
    }
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    int n = a.length;
    for (int m = 0; m < n; m++) {
      double amp = a[m][p];
      double amq = a[m][q];
      a[m][p] = c * amp - s * amq;
      a[m][q] = s * amp + c * amq;
    }
    for (int m = 0; m < n; m++) {
      double apm = a[p][m];
      double aqm = a[q][m];
      a[p][m] = c * apm - s * aqm;
      a[q][m] = s * apm + c * aqm;
    }
    for (int m = 0; m < n; m++) {
      double vmp = v[m][p];
      double vmq = v[m][q];
      v[m][p] = c * vmp - s * vmq;
      v[m][q] = s * vmp + c * vmq;
    }
  }

  private static double offDiagonal(double[][] a) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        s += i == j ? 0 : a[i][j] * a[i][j];
      }
    }
    return s;
  }

  private static double diagonal(double[][] a) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i][i] * a[i][i];
    }
    return s;
  }
}
