/// Names Go code gives to what runs once, at start-up. Without a call graph of the whole program, a
/// function's name is the best evidence of how often it runs: registries grown in `setupFlags` and
/// goroutines started in `initDataScanner` are one per process, not one per request.
enum StartupNames {
    /// `init…`/`Init…`/`setup…`/`Setup…` followed by a word (`initMetrics`, `SetupLogging`), `…Init`
    /// (`pluginInit`), `setup`, `Setup`, `Initialize` (or `Initialise`).
    static func isSetUp(_ function: String) -> Bool {
        if function.hasSuffix("Init") || ["setup", "Setup", "Initialize", "initialize", "Initialise", "initialise"].contains(function) { return true }
        for prefix in ["init", "Init", "setup", "Setup"] where function.hasPrefix(prefix) {
            if let next = function.dropFirst(prefix.count).first, next.isUppercase { return true }
        }
        return false
    }

    /// `main`, `init`, `TestMain`, and sub-command entry points named like main (`serverMain`).
    static func isEntryPoint(_ function: String) -> Bool {
        ["init", "main", "TestMain"].contains(function) || (function.count > 4 && function.hasSuffix("Main"))
    }

    /// A function that runs once per process by its name: an entry point, a set-up function or a command
    /// handler (`cmdRun`).
    static func runsOnce(_ function: String) -> Bool {
        isEntryPoint(function) || isSetUp(function) || CommandCode.isHandler(function)
    }
}
