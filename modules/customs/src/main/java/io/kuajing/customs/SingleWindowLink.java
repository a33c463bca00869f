package io.kuajing.customs;

import java.nio.file.Path;
import java.util.List;

/** How customs' messages reach the single window, for operators' health: the mode and what stops it working. */
public interface SingleWindowLink {

    /** {@code sandbox} (simulated customs) or {@code files} (a single-window client's exchange folders). */
    String mode();

    /** Exchange folders that are missing or not writable (none in sandbox mode): no message can pass while any is. */
    List<Path> unusableFolders();
}
