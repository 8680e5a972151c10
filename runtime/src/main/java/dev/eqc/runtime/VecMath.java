package dev.eqc.runtime;
public final class VecMath {
  private VecMath() {}
  public static void exp(float[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = (float) Math.exp(a[i]); }
  public static void tanh(float[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = (float) Math.tanh(a[i]); }
  public static void log(float[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = (float) Math.log(a[i]); }
  public static void sigmoid(float[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = (float) ElementwiseKernels.sigmoid(a[i]); }
  public static void erf(float[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = (float) ErfKernel.erf(a[i]); }
  public static void exp(double[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = Math.exp(a[i]); }
  public static void tanh(double[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = Math.tanh(a[i]); }
  public static void log(double[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = Math.log(a[i]); }
  public static void sigmoid(double[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = ElementwiseKernels.sigmoid(a[i]); }
  public static void erf(double[] a, int off, int len) { for (int i = off; i < off + len; i++) a[i] = ErfKernel.erf(a[i]); }
}
