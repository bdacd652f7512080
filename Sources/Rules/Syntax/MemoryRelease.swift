import CTreeSitter

/// Trees are allocated and freed file after file; glibc keeps freed pages in its arenas, so without help
/// the resident size creeps up with the number of files linted. Returning free memory to the system after
/// every few megabytes of source keeps peak RSS a function of the largest files, not of the repository.
public enum MemoryRelease {
    public static func returnFreedMemory() {
        _ = malloc_trim(0)
    }
}
