package org.neurallab.app.settings;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.neurallab.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app per user: the first launch locks {@code instance.lock} in the settings folder and listens on a loopback
 * port written to {@code instance.port}; a later launch finds the lock taken, sends "show" to that port (the
 * first window comes to the front) and exits. The operating system drops the lock when the first app ends, even
 * after a crash, so a stale lock never blocks a start.
 */
public final class SingleInstance implements Closeable {
    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    static final String SHOW = "show";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int TIMEOUT_MS = 3000;

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /**
     * Becomes the running instance, or asks the running one to show itself.
     *
     * @param onShow run (on a background thread) each time a later launch asks this instance to show itself
     * @return this launch's instance (keep it until the app ends), or null when another instance is running and
     *         was asked to come to the front - then this launch should end
     */
    public static SingleInstance claim(Path folder, Runnable onShow) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM already
        }
        if (lock == null) {
            channel.close();
            if (askToShow(folder)) {
                return null;
            }
            throw new IOException("another Neural Lab holds " + folder.resolve(LOCK_FILE) + " but does not answer");
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            AtomicFiles.writeString(folder.resolve(PORT_FILE), server.getLocalPort() + "\n");
        } catch (IOException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(channel, lock, server);
        org.neurallab.train.TrainingService.daemonThread("single-instance", () -> instance.listen(onShow)).start();
        return instance;
    }

    private void listen(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                char[] buffer = new char[16];
                int n = in.read(buffer);
                if (n > 0 && new String(buffer, 0, n).strip().equals(SHOW)) {
                    onShow.run();
                    client.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("single-instance listener: {}", e.toString());
                }
            }
        }
    }

    /** Sends "show" to the running instance; true when it answered. */
    static boolean askToShow(Path folder) {
        try {
            int port = Integer.parseInt(Files.readString(folder.resolve(PORT_FILE), StandardCharsets.US_ASCII).strip());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                OutputStream out = socket.getOutputStream();
                out.write((SHOW + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                return "ok".equals(answer);
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("The running Neural Lab did not answer: {}", e.toString());
            return false;
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Stops listening and releases the lock (the app is closing). */
    @Override
    public void close() throws IOException {
        server.close();
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }
}
