package dev.eqc.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes NumPy {@code .npz} archives: one {@code NAME.npy} entry per tensor, stored uncompressed
 * as {@code np.savez} does, so {@code np.load("out.npz")["name"]} reads each back.
 */
public final class Npz {
  private Npz() {}

  /** Writes the tensors, in the map's order, to {@code out}, which is finished but not closed. */
  public static void write(OutputStream out, Map<String, Tensor> tensors) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      ByteArrayOutputStream npy = new ByteArrayOutputStream();
      Npy.write(npy, e.getValue());
      byte[] bytes = npy.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
      entry.setTime(0); // the same tensors give the same bytes
      zip.putNextEntry(entry);
      zip.write(bytes);
      zip.closeEntry();
    }
    zip.finish();
  }
}
