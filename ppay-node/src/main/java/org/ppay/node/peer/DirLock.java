package org.ppay.node.peer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One daemon per data directory: two would be two cores over one key and one journal, each free to sign what the other
 * already signed. The lock is the operating system's, so it goes with the process however that ends.
 */
final class DirLock implements AutoCloseable {
    static final String FILE = "peer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IOException when another daemon holds the directory, or the lock file cannot be made */
    static DirLock take(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;                                      // held by this very process
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another ppay peer is running on " + dir);
        }
        return new DirLock(ch, lock);
    }

    @Override public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process ends soon or the channel is gone: either way the lock is released
        }
    }
}
