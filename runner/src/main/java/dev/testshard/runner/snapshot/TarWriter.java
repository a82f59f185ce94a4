package dev.testshard.runner.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a tar stream (a Docker build context). Parent directories are added once, on demand.
 * Entries get a fixed time so that identical content gives identical layers.
 */
final class TarWriter implements AutoCloseable {

  private static final FileTime FIXED_TIME = FileTime.fromMillis(0);

  private final TarArchiveOutputStream tar;
  private final Set<String> directories = new HashSet<>();
  private int owner;

  TarWriter(OutputStream out) {
    tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
  }

  /**
   * The numeric user and group of the entries added from now on (0 at first). Matters when the tar
   * is unpacked into a container, which keeps the owners; a build context's owners are the
   * Dockerfile's business.
   */
  void owner(int id) {
    this.owner = id;
  }

  void addFile(String name, Path source) throws IOException {
    addFile(name, source, Files.isExecutable(source));
  }

  void addFile(String name, Path source, boolean executable) throws IOException {
    addFile(name, source, executable, null);
  }

  /** Adds a file, feeding its size and bytes to {@code digest} as well (when not null). */
  void addFile(String name, Path source, boolean executable, MessageDigest digest)
      throws IOException {
    try (SeekableByteChannel in = Files.newByteChannel(source)) {
      add(name, in, executable, digest);
    }
  }

  /**
   * Adds a file of the project tree, which must be a regular file: a symbolic link put there since
   * the project was listed fails instead of being followed out of the project.
   */
  void addProjectFile(String name, Path source) throws IOException {
    try (SeekableByteChannel in =
        Files.newByteChannel(source, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      add(name, in, Files.isExecutable(source), null);
    }
  }

  private void add(String name, SeekableByteChannel in, boolean executable, MessageDigest digest)
      throws IOException {
    parents(name);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    long size = in.size();
    entry.setSize(size);
    entry.setMode(executable ? 0100755 : 0100644);
    entry.setLastModifiedTime(FIXED_TIME);
    entry.setIds(owner, owner);
    tar.putArchiveEntry(entry);
    InputStream stream = Channels.newInputStream(in);
    if (digest == null) {
      stream.transferTo(tar);
    } else {
      digest.update((size + "\n").getBytes(StandardCharsets.UTF_8));
      new DigestInputStream(stream, digest).transferTo(tar);
    }
    tar.closeArchiveEntry();
  }

  void addText(String name, String text) throws IOException {
    addBytes(name, text.getBytes(StandardCharsets.UTF_8), 0100644);
  }

  void addBytes(String name, byte[] bytes, int mode) throws IOException {
    parents(name);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    entry.setMode(mode);
    entry.setLastModifiedTime(FIXED_TIME);
    entry.setIds(owner, owner);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  void addDirectory(String name, int mode) throws IOException {
    String dir = name.endsWith("/") ? name : name + "/";
    if (!directories.add(dir)) {
      return;
    }
    parents(dir.substring(0, dir.length() - 1));
    TarArchiveEntry entry = new TarArchiveEntry(dir);
    entry.setMode(040000 | mode);
    entry.setLastModifiedTime(FIXED_TIME);
    entry.setIds(owner, owner);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
  }

  void addSymlink(String name, String target) throws IOException {
    parents(name);
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
    entry.setLinkName(target);
    entry.setLastModifiedTime(FIXED_TIME);
    entry.setIds(owner, owner);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
  }

  private void parents(String name) throws IOException {
    int slash = name.lastIndexOf('/');
    if (slash > 0) {
      addDirectory(name.substring(0, slash), 0755);
    }
  }

  @Override
  public void close() throws IOException {
    tar.finish();
    tar.close();
  }
}
