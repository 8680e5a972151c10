import dev.eqc.runtime.Ops;
import dev.eqc.runtime.Tensor;
import dev.eqc.runtime.VectorSupport;

/**
 * Run by .ci/artifacts.sh with eqc-runtime's jar on the module path:
 *
 *   java --module-path eqc-runtime.jar --add-modules dev.eqc.runtime,jdk.incubator.vector ModulePathProbe.java
 *
 * The jar must load as the automatic module dev.eqc.runtime (its Automatic-Module-Name), and,
 * as an automatic module reads every module the JVM resolved, its vector kernels must still find
 * jdk.incubator.vector: VectorSupport is enabled, and a product through the vector GEMM kernel
 * gives the right numbers.
 */
public final class ModulePathProbe {
    public static void main(String[] args) {
        Module m = Tensor.class.getModule();
        check(m.isNamed() && "dev.eqc.runtime".equals(m.getName()), "the runtime is the module " + m.getName());
        check(m.getDescriptor().isAutomatic(), "dev.eqc.runtime is an automatic module");
        boolean wantVector = !"scalar".equals(args.length > 0 ? args[0] : "vector");
        check(VectorSupport.ENABLED == wantVector, "VectorSupport.ENABLED is " + VectorSupport.ENABLED);
        int n = 64;
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = (i % 7) - 3;
            b[i] = (i % 5) - 2;
        }
        Tensor c = Ops.matmul(Tensor.of(a, n, n), Tensor.of(b, n, n));
        for (int i = 0; i < n; i += 13) {
            for (int j = 0; j < n; j += 11) {
                double want = 0;
                for (int k = 0; k < n; k++) want += a[i * n + k] * b[k * n + j];
                check(c.get(i, j) == want, "C[" + i + "," + j + "] = " + c.get(i, j) + ", want " + want);
            }
        }
        System.out.println("module path: " + m.getName() + " (automatic), kernels " + VectorSupport.describe()
                + ", a 64x64 product is right");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("module path: FAILED: " + what);
            System.exit(1);
        }
    }
}
