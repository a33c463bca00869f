package io.kuajing.customs.adapter.singlewindow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.customs.adapter.ceb.SafeXml.UnsafeXml;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File exchange with the single-window client, as real clients work: signed messages are written to the outbox
 * folder (to a temporary name, then renamed, so the client never picks up half a file); receipts are read from
 * the inbox folder. A receipt that parses moves to inbox/processed once applied (inbox/failed if applying it
 * failed); one that does not is moved to inbox/rejected and handed over with its reason (set aside for operators),
 * without its content. Nothing here throws
 * for a bad receipt.
 */
public class FileExchangeSingleWindow implements SingleWindow {

    private static final Logger LOG = LoggerFactory.getLogger(FileExchangeSingleWindow.class);

    private final Path outbox;
    private final Path inbox;
    private final int maxBytes;
    private final ReceiptXml reader;

    public FileExchangeSingleWindow(Path outbox, Path inbox, int maxBytes) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.maxBytes = maxBytes;
        this.reader = new ReceiptXml(maxBytes);
        try {
            for (Path dir : List.of(outbox, inbox, inbox.resolve("processed"), inbox.resolve("rejected"), inbox.resolve("failed"))) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the single-window exchange folders", e);
        }
    }

    @Override
    public void send(OutgoingMessage message) {
        Path target = outbox.resolve(message.fileName());
        Path temporary = outbox.resolve("." + message.fileName() + ".tmp");
        try {
            Files.write(temporary, message.xml());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + message + " to the single-window outbox", e);
        }
    }

    @Override
    public List<Delivered> collect(int max) {
        List<Delivered> delivered = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox, "*.xml")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot list the single-window inbox {}: {}", inbox, e.toString());
            return delivered;
        }
        // Oldest first, as the client wrote them: a receipt must not overtake the one customs sent before it.
        files.sort(java.util.Comparator.comparing(FileExchangeSingleWindow::modified).thenComparing(Path::toString));
        for (Path file : files) {
            if (delivered.size() >= max) {
                break;
            }
            String unreadable;
            try {
                delivered.add(new FileReceipt(file, reader.read(readBounded(file)), null));
                continue;
            } catch (UnsafeXml e) {
                unreadable = e.getMessage();
            } catch (IOException | RuntimeException e) {
                unreadable = "unreadable: " + e.getClass().getSimpleName();
            }
            setAside(file, "rejected", unreadable);
            delivered.add(new FileReceipt(file, List.of(), unreadable));
        }
        return delivered;
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Reads at most one byte more than the limit, so a huge file is never loaded whole. */
    private byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        }
    }

    private void setAside(Path file, String folder, String reason) {
        LOG.warn("single-window receipt {} moved to {}: {}", file.getFileName(), folder, reason);
        try {
            Files.move(file, inbox.resolve(folder).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot move receipt {} to {}: {}", file.getFileName(), folder, e.toString());
        }
    }

    private final class FileReceipt implements Delivered {
        private final Path file;
        private final List<Receipt> receipts;
        private final String unreadable;

        FileReceipt(Path file, List<Receipt> receipts, String unreadable) {
            this.file = file;
            this.receipts = receipts;
            this.unreadable = unreadable;
        }

        @Override
        public String source() {
            return "inbox/" + file.getFileName();
        }

        @Override
        public List<Receipt> receipts() {
            return receipts;
        }

        @Override
        public String unreadable() {
            return unreadable;
        }

        @Override
        public void applied() {
            if (unreadable != null) {
                return;
            }
            try {
                Files.move(file, inbox.resolve("processed").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Applying is idempotent: if the file stays, it is read and applied again harmlessly.
                LOG.warn("cannot move applied receipt {}: {}", file.getFileName(), e.toString());
            }
        }

        @Override
        public void failed(String reason) {
            if (unreadable != null) {
                return;
            }
            setAside(file, "failed", reason);
        }
    }
}
