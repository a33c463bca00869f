package io.kuajing.customs.adapter.singlewindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kuajing.customs.SingleWindowLink;
import jakarta.inject.Singleton;

/** The configured single window as operators' health sees it: in files mode, its two folders must be usable. */
@Singleton
class ExchangeFolders implements SingleWindowLink {

    private final SingleWindowSettings settings;

    ExchangeFolders(SingleWindowSettings settings) {
        this.settings = settings;
    }

    @Override
    public String mode() {
        return settings.getMode();
    }

    @Override
    public List<Path> unusableFolders() {
        if (!"files".equals(settings.getMode())) {
            return List.of();
        }
        return List.of(settings.getOutbox(), settings.getInbox()).stream()
                .filter(folder -> !Files.isDirectory(folder) || !Files.isWritable(folder))
                .map(Path::toAbsolutePath).toList();
    }
}
