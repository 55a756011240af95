package dev.panj.results.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A folder a Panj command writes into, held for the whole command. It keeps two promises:
 * <ul>
 *   <li><b>Panj deletes only what Panj wrote.</b> The folder's ledger ({@value #LEDGER}) lists every file and folder
 *   Panj wrote there. {@code --overwrite} removes exactly those; anything else in the folder (a user's
 *   {@code thesis.txt}, {@code mydata/}, a symbolic link) makes it refuse and list what it found. Symbolic links
 *   are never followed: the folder is walked without following them and a link is never Panj's.</li>
 *   <li><b>One writer per folder.</b> An exclusive lock ({@link FileChannel#tryLock()} on {@value #LOCK}) is held
 *   from {@link #create}/{@link #reopen} to {@link #close}; a second writer is refused with the holder's process id
 *   and start time. The operating system releases the lock of a process that dies, so a lock left by a killed
 *   process is simply taken over.</li>
 * </ul>
 * While a command runs the ledger says {@code open} with the session's start; if the process is killed, the files
 * it wrote are those modified since that start, and the next command takes them as Panj's. A file a user puts into
 * the folder <i>while</i> Panj writes it is therefore taken for Panj's: the lock keeps writers out, not people.
 */
public final class OutputFolder implements AutoCloseable {
    /** The hidden folder holding the lock and the ledger. */
    public static final String META = ".panj";
    public static final String LOCK = META + "/lock";
    public static final String LEDGER = META + "/files.json";
    public static final int SCHEMA_VERSION = 1;
    static final String OPEN = "open";
    static final String CLOSED = "closed";
    /** The temporary files of {@link AtomicFiles}: always Panj's. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\.\\d+-\\d+\\.tmp");
    /** File systems keep modification times to a second or two (FAT, some network mounts). */
    private static final long CLOCK_SLACK_MS = 2_000;
    private static final ObjectMapper JSON = JsonText.mapper();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final Set<String> foreign;
    private final Instant since;
    private final String takenOver;
    private final String command;
    private boolean claimed;
    private boolean closed;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock, Set<String> foreign, Instant since,
                         String takenOver, String command) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.foreign = foreign;
        this.since = since;
        this.takenOver = takenOver;
        this.command = command;
    }

    /** The ledger: what Panj wrote into the folder. */
    record Ledger(@JsonProperty("schema_version") int schemaVersion, @JsonProperty("state") String state,
                  @JsonProperty("since") String since, @JsonProperty("holder") String holder,
                  @JsonProperty("files") List<String> files) {
    }

    /**
     * Takes {@code dir} for a new output: creates it if missing, accepts it empty, and with {@code overwrite}
     * removes an earlier Panj output from it, file by file from its ledger. Locks it until {@link #close}.
     *
     * @param command the command line, recorded in the lock for a second writer to see
     * @throws OutputDirectoryException if the folder holds files Panj did not write (they are listed), holds an
     *                                  earlier output without {@code overwrite}, is a file, or is locked
     */
    public static OutputFolder create(Path dir, boolean overwrite, String command)
            throws OutputDirectoryException, IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputDirectoryException("output folder " + dir + " is a file, not a folder");
        }
        if (!Files.exists(absolute) || !Files.isDirectory(absolute.resolve(META), LinkOption.NOFOLLOW_LINKS)) {
            // Nothing of ours yet: judge the folder before leaving any trace in it.
            if (Files.isDirectory(absolute)) {
                check(dir, Contents.of(absolute), overwrite);
            }
            io("create", dir, () -> Files.createDirectories(absolute.resolve(META)));
        }
        OutputFolder folder = lock(dir, absolute, command);
        try {
            Contents contents = Contents.of(absolute);
            check(dir, contents, overwrite);
            folder.claim();
            folder.remove(contents);
            folder.writeLedger(OPEN, List.of());
            return folder;
        } catch (OutputDirectoryException | IOException | RuntimeException e) {
            folder.release();
            throw e;
        }
    }

    /**
     * Takes the existing Panj folder {@code dir} to add to it ({@code --resume}, {@code report}); files in it that
     * Panj did not write are left alone and never entered in the ledger. Locks it until {@link #close}.
     */
    public static OutputFolder reopen(Path dir, String command) throws OutputDirectoryException, IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new OutputDirectoryException("folder " + dir + (Files.exists(absolute) ? " is a file, not a folder"
                    : " does not exist"));
        }
        if (!Files.isDirectory(absolute.resolve(META), LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(absolute.resolve(OutputDirectory.MARKER))) {
                throw new OutputDirectoryException("folder " + dir + " holds no " + OutputDirectory.MARKER
                        + ", so it is not a Panj output");
            }
            io("create", dir, () -> Files.createDirectories(absolute.resolve(META)));
        }
        OutputFolder folder = lock(dir, absolute, command);
        try {
            Contents contents = Contents.of(absolute);
            folder.foreign.addAll(contents.foreign().keySet());
            folder.claim();
            folder.writeLedger(OPEN, new ArrayList<>(contents.panj()));
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.release();
            throw e;
        }
    }

    /** The folder as the user named it. */
    public Path path() {
        return dir;
    }

    /** Set when this command took over the lock of a process that had died: who that was. */
    public Optional<String> takenOver() {
        return Optional.ofNullable(takenOver);
    }

    /**
     * Enters everything now in the folder, but what was foreign when it was taken, into the ledger as Panj's. Called
     * by {@link #close}; a command may call it earlier, e.g. after each finished file.
     */
    public void record() throws IOException {
        writeLedger(OPEN, currentFiles());
    }

    /** Records the folder's files in the ledger and releases the lock. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (Files.isDirectory(dir.toAbsolutePath().resolve(META))) {
                writeLedger(CLOSED, currentFiles());
            }
        } finally {
            release();
        }
    }

    private List<String> currentFiles() throws IOException {
        Contents contents = Contents.of(dir.toAbsolutePath().normalize());
        List<String> files = new ArrayList<>();
        for (String entry : contents.panj()) {
            if (!foreign.contains(entry)) {
                files.add(entry);
            }
        }
        for (String entry : contents.foreign().keySet()) {
            if (!foreign.contains(entry) && !entry.endsWith("@")) {
                files.add(entry);
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private void release() throws IOException {
        closed = true;
        try {
            if (lock.isValid()) {
                if (claimed) {
                    channel.truncate(0);
                }
                lock.release();
            }
        } catch (IOException e) {
            // The folder may be gone or read-only by now; closing the channel releases the lock all the same.
        } finally {
            channel.close();
        }
    }

    private static OutputFolder lock(Path dir, Path absolute, String command)
            throws OutputDirectoryException, IOException {
        Path lockFile = absolute.resolve(LOCK);
        FileChannel channel = io("open the lock file", lockFile, () -> FileChannel.open(lockFile,
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        String previous = readAll(channel);
        if (lock == null) {
            channel.close();
            throw new OutputDirectoryException("output folder " + dir + " is in use by another Panj command ("
                    + (previous.isBlank() ? "its process id is not recorded yet" : previous.strip())
                    + "); wait until it has finished, or choose another folder", OutputDirectoryException.Kind.LOCKED);
        }
        return new OutputFolder(dir, channel, lock, new TreeSet<>(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                previous.isBlank() ? null : previous.strip(), command);
    }

    /** Writes this process into the lock file, for a second writer to see; the folder is now this command's. */
    private void claim() throws IOException {
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + since + ", " + command;
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        claimed = true;
    }

    private static String readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read on
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void check(Path dir, Contents contents, boolean overwrite) throws OutputDirectoryException {
        if (!contents.foreign().isEmpty()) {
            List<String> shown = contents.shown();
            int more = shown.size() - 10;
            String list = String.join(", ", shown.subList(0, Math.min(10, shown.size())))
                    + (more > 0 ? " and " + more + " more" : "");
            throw new OutputDirectoryException("output folder " + dir + " holds " + shown.size()
                    + (shown.size() == 1 ? " entry" : " entries") + " Panj did not write: " + list + ". Panj writes only into a new or empty folder or over its own earlier output, and "
                    + "--overwrite removes only Panj's own files; move them away or choose another folder");
        }
        if (!contents.panj().isEmpty() && !overwrite) {
            throw new OutputDirectoryException("output folder " + dir + " holds an earlier Panj output; choose "
                    + "another folder, add --overwrite to replace it, or --resume to complete it if it was interrupted");
        }
    }

    /** Deletes Panj's files and then its folders that are left empty, deepest first. */
    private void remove(Contents contents) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        List<String> entries = new ArrayList<>(contents.panj());
        entries.sort(Comparator.comparing((String e) -> e.chars().filter(c -> c == '/').count()).reversed()
                .thenComparing(Comparator.reverseOrder()));
        for (String entry : entries) {
            Path path = root.resolve(entry);
            if (entry.endsWith("/")) {
                if (isEmptyFolder(path)) {
                    io("delete", path, () -> Files.deleteIfExists(path));
                }
            } else {
                io("delete", path, () -> Files.deleteIfExists(path));
            }
        }
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.newDirectoryStream(path)) {
            return !entries.iterator().hasNext();
        }
    }

    private void writeLedger(String state, List<String> files) throws IOException {
        Path file = dir.toAbsolutePath().resolve(LEDGER);
        Ledger ledger = new Ledger(SCHEMA_VERSION, state, since.toString(),
                "pid " + ProcessHandle.current().pid(), files);
        io("write", file, () -> {
            AtomicFiles.write(file, JSON.writeValueAsBytes(ledger));
            return null;
        });
    }

    /** Reads the ledger of {@code root}; empty if there is none or it is unreadable (then nothing is Panj's). */
    static Optional<Ledger> readLedger(Path root) {
        Path file = root.resolve(LEDGER);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Ledger ledger = JSON.readValue(file.toFile(), Ledger.class);
            return ledger == null || ledger.files() == null ? Optional.empty() : Optional.of(ledger);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * What a folder holds, split into Panj's entries (relative paths, folders ending in {@code /}) and foreign ones,
     * each mapped to how it is shown (a foreign folder once, not file by file; a link marked as one). The hidden
     * {@value #META} is neither.
     */
    record Contents(Set<String> panj, Map<String, String> foreign) {
        static Contents of(Path root) throws IOException {
            Optional<Ledger> ledger = readLedger(root);
            Set<String> listed = new TreeSet<>();
            Set<String> wholeFolders = new TreeSet<>();
            Instant cutoff = null;
            if (ledger.isPresent()) {
                listed.addAll(ledger.get().files());
                if (OPEN.equals(ledger.get().state())) {
                    cutoff = Instant.parse(ledger.get().since()).minusMillis(CLOCK_SLACK_MS);
                }
            } else {
                wholeFolders.addAll(legacyFiles(root, listed));
            }
            Instant deadSince = cutoff;
            Map<String, Boolean> all = new TreeMap<>();
            Set<String> panj = new TreeSet<>();
            walk(root, (relative, attrs) -> {
                if (attrs.isSymbolicLink()) {
                    all.put(relative + "@", false);
                    return;
                }
                String entry = attrs.isDirectory() ? relative + "/" : relative;
                boolean ours = listed.contains(entry) || under(wholeFolders, entry)
                        || (!attrs.isDirectory() && TEMP.matcher(name(relative)).matches())
                        || (deadSince != null && !attrs.lastModifiedTime().toInstant().isBefore(deadSince));
                all.put(entry, ours);
                if (ours) {
                    panj.add(entry);
                }
            });
            // A folder holding any Panj file is Panj's too (it is removed only once empty).
            for (String entry : new ArrayList<>(panj)) {
                for (String parent : parents(entry)) {
                    panj.add(parent);
                    all.put(parent, true);
                }
            }
            Map<String, String> foreign = new LinkedHashMap<>();
            all.forEach((entry, ours) -> {
                if (!ours) {
                    String shown = topForeign(entry, all);
                    foreign.put(entry, shown.endsWith("@") ? shown.substring(0, shown.length() - 1)
                            + " (a symbolic link)" : shown);
                }
            });
            return new Contents(panj, foreign);
        }

        /** The names shown to the user, each foreign folder once. */
        List<String> shown() {
            return List.copyOf(new TreeSet<>(foreign.values()));
        }

        private static boolean under(Set<String> folders, String entry) {
            for (String parent : parents(entry)) {
                if (folders.contains(parent)) {
                    return true;
                }
            }
            return false;
        }

        /** The folders above {@code entry}, outermost first, each ending in {@code /}. */
        private static List<String> parents(String entry) {
            List<String> parents = new ArrayList<>();
            for (int slash = entry.indexOf('/'); slash >= 0 && slash < entry.length() - 1;
                 slash = entry.indexOf('/', slash + 1)) {
                parents.add(entry.substring(0, slash + 1));
            }
            return parents;
        }

        /** The outermost folder of {@code entry} that holds nothing of Panj's, or the entry itself. */
        private static String topForeign(String entry, Map<String, Boolean> all) {
            for (String parent : parents(entry)) {
                if (Boolean.FALSE.equals(all.get(parent))) {
                    return parent;
                }
            }
            return entry;
        }

        private static String name(String relative) {
            int slash = relative.lastIndexOf('/');
            return slash < 0 ? relative : relative.substring(slash + 1);
        }
    }

    /** Names every Panj output folder has, for folders written before the ledger existed. */
    private static final List<String> LEGACY_NAMES = List.of("manifest.json", "runs.partial.csv",
            "failures.partial.csv", "aggregate.checkpoint", "report.html");
    private static final List<String> LEGACY_FOLDERS = List.of("charts/", "cells/");

    /**
     * A folder written by a Panj without the ledger: if it has a Panj manifest, its files are the manifest, what the
     * manifest lists and the names every output has. Adds them to {@code files}; returns the folders taken whole.
     */
    private static Set<String> legacyFiles(Path root, Set<String> files) {
        Path manifest = root.resolve("manifest.json");
        Set<String> whole = new TreeSet<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return whole;
        }
        try {
            var node = JSON.readTree(manifest.toFile());
            if (node == null || !node.hasNonNull("kind") && !node.hasNonNull("files")) {
                return whole;
            }
            files.addAll(LEGACY_NAMES);
            whole.addAll(LEGACY_FOLDERS);
            node.path("files").forEach(f -> {
                String name = f.asText();
                if (name.endsWith("/")) {
                    whole.add(name);
                }
                files.add(name);
            });
        } catch (IOException e) {
            // An unreadable manifest: then nothing but the names every output has is taken for Panj's.
            files.add("manifest.json");
        }
        return whole;
    }

    interface Visitor {
        void visit(String relative, BasicFileAttributes attrs);
    }

    /** Walks the tree under {@code root} without following links, skipping {@value #META}. */
    private static void walk(Path root, Visitor visitor) throws IOException {
        io("read", root, () -> Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                if (folder.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, folder);
                if (relative.equals(META)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                visitor.visit(relative, attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                visitor.visit(relative(root, file), attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while we walked (a temporary file renamed)
                }
                throw e;
            }
        }));
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    interface IoAction<T> {
        T run() throws IOException;
    }

    /** Runs {@code action}; a file system failure becomes a message naming the path, the operation and the cause. */
    static <T> T io(String operation, Path path, IoAction<T> action) throws IOException {
        try {
            return action.run();
        } catch (UncheckedIOException e) {
            throw FolderIoException.of(operation, path, e.getCause());
        } catch (FolderIoException e) {
            throw e;
        } catch (IOException e) {
            throw FolderIoException.of(operation, path, e);
        }
    }
}
