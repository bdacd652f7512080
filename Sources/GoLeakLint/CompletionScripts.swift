import ArgumentParser

/// Shell completion scripts with the default subcommand's flags. ArgumentParser completes `goleaklint lint --fo…`
/// but not `goleaklint --fo…`, though `lint` is the default subcommand and the way the README (and every CI
/// example) runs it. Its scripts are patched at the three points where the root command decides what to offer:
/// where no subcommand word was typed, lint's flags and option values are offered too. Each patch checks that
/// its anchor exists, so a changed generator fails the completion tests instead of silently offering less.
enum CompletionScripts {
    static let flag = "--generate-completion-script"

    /// The patched script for `--generate-completion-script SHELL` (nil: not asked for, or an unknown shell).
    static func requested(_ arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(where: { $0 == flag || $0.hasPrefix(flag + "=") }) else { return nil }
        let argument = arguments[index]
        let name = argument.hasPrefix(flag + "=") ? String(argument.dropFirst(flag.count + 1))
            : (index + 1 < arguments.count ? arguments[index + 1] : "")
        guard let shell = CompletionShell(rawValue: name) else { return nil }
        return script(for: shell)
    }

    static func script(for shell: CompletionShell) -> String {
        let generated = GoLeakLint.completionScript(for: shell)
        switch shell {
        case .bash: return bash(generated)
        case .zsh: return zsh(generated)
        case .fish: return fish(generated)
        default: return generated
        }
    }

    private static func replacing(_ script: String, _ anchor: String, _ replacement: String) -> String {
        precondition(script.contains(anchor), "completion script changed: cannot find \(anchor.prefix(60))")
        return script.replacingOccurrences(of: anchor, with: replacement)
    }

    /// bash: a first word that is not a subcommand (`--format`, `./...`) means lint: complete as lint does.
    static func bash(_ script: String) -> String {
        let lines = script.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "    *)"), start + 3 < lines.count,
              lines[start + 1].contains("# Offer subcommand completions"), lines[start + 3] == "        ;;" else {
            preconditionFailure("completion script changed: no default branch in _goleaklint")
        }
        var patched = lines
        patched.replaceSubrange(start...(start + 3), with: [
            "    *)",
            "        # Offer subcommand completions as the first word, and lint's flags and options anywhere:",
            "        # lint is the default subcommand (`goleaklint --format json ./...`); it offers the root's flags too.",
            "        COMPREPLY=()",
            "        if [[ \"${COMP_CWORD}\" -eq 1 ]]; then",
            "    " + lines[start + 2],
            "        fi",
            "        unparsed_words=(\"${subcommand}\" \"${unparsed_words[@]}\")",
            "        _goleaklint_lint",
            "        ;;",
        ])
        return patched.joined(separator: "\n")
    }

    /// zsh: offer lint's flags beside the subcommands, and complete a line without a subcommand as lint.
    static func zsh(_ script: String) -> String {
        var script = replacing(script, "        _describe -V subcommand subcommands && ret=0\n",
                               "        _describe -V subcommand subcommands && ret=0\n"
                               + "        # lint is the default subcommand: its flags belong here too.\n"
                               + "        _goleaklint_lint && ret=0\n")
        script = replacing(script, "            \"_goleaklint_${words[1]}\" && ret=0\n            ;;\n",
                           "            \"_goleaklint_${words[1]}\" && ret=0\n            ;;\n"
                           + "        *)\n"
                           + "            # No subcommand word (`goleaklint --format json ./...`): lint, the default.\n"
                           + "            words=(\"${command_name}\" \"${words[@]}\")\n"
                           + "            (( CURRENT++ ))\n"
                           + "            _goleaklint_lint && ret=0\n"
                           + "            ;;\n")
        return script
    }

    /// fish: parse a line whose first word is not a subcommand as lint's, and offer lint's flags at the root.
    static func fish(_ script: String) -> String {
        let lines = script.components(separatedBy: "\n")
        guard let lint = lines.firstIndex(of: "        case 'lint'"), lint + 1 < lines.count,
              lines[lint + 1].contains("__goleaklint_parse_subcommand"),
              let help = lines.firstIndex(of: "        case 'help'"), help + 2 < lines.count, lines[help + 2] == "        end" else {
            preconditionFailure("completion script changed: no subcommand switch in __goleaklint_parse_tokens")
        }
        var patched = lines
        patched.insert(contentsOf: [
            "        case '?*'",
            "            # Not a subcommand (`goleaklint --format json ./...`): lint, the default subcommand.",
            "            set -p unparsed_tokens lint",
            lines[lint + 1],
        ], at: help + 2)
        let rootFlags = lines.filter { $0.contains("__goleaklint_should_offer_completions_for_flags_or_options \"goleaklint lint\"") }
            .map { $0.replacingOccurrences(of: "\"goleaklint lint\"", with: "\"goleaklint\"") }
        precondition(!rootFlags.isEmpty, "completion script changed: no lint flags")
        var text = patched.joined(separator: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        return text + "# lint is the default subcommand: its flags at the root.\n"
            + rootFlags.joined(separator: "\n") + "\n"
    }
}
