#if FUZZING
// Built by `make fuzz` with -sanitize=fuzzer: libFuzzer provides main and calls FuzzEntry (FuzzEntry.swift).
#else
@main
enum Main {
    static func main() { GoLeakLint.main() }
}
#endif
