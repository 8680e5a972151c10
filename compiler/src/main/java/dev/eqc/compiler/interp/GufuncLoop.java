package dev.eqc.compiler.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * NumPy generalized-ufunc batching done the slow, obvious way (SPEC 3.1): every argument is its
 * core block behind some leading batch axes; the batch parts broadcast against each other, and
 * the core function runs once per index of the broadcast batch shape on core-shaped slices, its
 * results stacked into {@code [batch..., resultCore...]}.
 */
final class GufuncLoop {
    private GufuncLoop() {}

    /**
     * @param labels the arguments' names, for messages
     * @param coreRanks the core rank of each argument; each argument has at least that rank
     * @param core the function on core-shaped arguments
     * @param emptyResultCore the result's core shape, needed only when the batch has no elements
     */
    static NDArray run(List<String> labels, int[] coreRanks, List<NDArray> args,
            Function<List<NDArray>, NDArray> core, Supplier<int[]> emptyResultCore) {
        int n = args.size();
        int[][] batchShapes = new int[n][];
        int[][] coreShapes = new int[n][];
        int[] batch = new int[0];
        for (int i = 0; i < n; i++) {
            int[] shape = args.get(i).shapeRef();
            int batchRank = shape.length - coreRanks[i];
            batchShapes[i] = Arrays.copyOfRange(shape, 0, batchRank);
            coreShapes[i] = Arrays.copyOfRange(shape, batchRank, shape.length);
            int[] next = Broadcasting.shapeOrNull(batch, batchShapes[i]);
            if (next == null) {
                throw new IllegalArgumentException("the batch dimensions " + Arrays.toString(batchShapes[i]) + " of `"
                        + labels.get(i) + "` " + Arrays.toString(shape) + " do not broadcast with the batch "
                        + Arrays.toString(batch) + " of the arguments before it");
            }
            batch = next;
        }
        if (batch.length == 0) {
            return core.apply(args);
        }
        int batches = NDArray.numel(batch);
        int[] resultCore = batches == 0 ? emptyResultCore.get() : null;
        List<double[]> results = new ArrayList<>();
        int[] idx = new int[batch.length];
        for (int t = 0; t < batches; t++) {
            List<NDArray> slices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                slices.add(slice(args.get(i), batchShapes[i], coreShapes[i], idx));
            }
            NDArray r = core.apply(slices);
            if (resultCore == null) {
                resultCore = r.shape();
            } else if (!Arrays.equals(resultCore, r.shapeRef())) {
                throw new IllegalStateException("batch element " + Arrays.toString(idx) + " gave a result of shape "
                        + r.shapeString() + " but an earlier one gave " + Arrays.toString(resultCore));
            }
            results.add(r.data());
            Broadcasting.increment(idx, batch);
        }
        return stack(batch, resultCore, results);
    }

    /** The core block of {@code arg} at broadcast batch index {@code idx}. */
    private static NDArray slice(NDArray arg, int[] batchShape, int[] coreShape, int[] idx) {
        int coreNumel = NDArray.numel(coreShape);
        int start = Broadcasting.sourceOffset(idx, batchShape) * coreNumel;
        double[] block = new double[coreNumel];
        for (int j = 0; j < coreNumel; j++) {
            block[j] = arg.flat(start + j);
        }
        return NDArray.wrap(block, coreShape);
    }

    private static NDArray stack(int[] batch, int[] resultCore, List<double[]> results) {
        int[] shape = new int[batch.length + resultCore.length];
        System.arraycopy(batch, 0, shape, 0, batch.length);
        System.arraycopy(resultCore, 0, shape, batch.length, resultCore.length);
        int coreNumel = NDArray.numel(resultCore);
        double[] out = new double[NDArray.numel(shape)];
        for (int t = 0; t < results.size(); t++) {
            System.arraycopy(results.get(t), 0, out, t * coreNumel, coreNumel);
        }
        return NDArray.wrap(out, shape);
    }
}
