/// What a file contributes to its package's declarations and semantic facts, positions aside: the text of every
/// top-level node (comments included, and whether each touches the next: `//bodyclose:handled` is read from the
/// comment right above a function) except the bodies of functions and
/// methods — those only matter to `PackageDeclarations` for functions returning a `Response` (`ResponseBody`),
/// whose bodies are kept. Two trees with the same digest give the same declarations and facts but for where they
/// are: the editor keeps the other files' walks across an edit inside a body (`EditorPackage`). Read from the
/// tree, so a body broken by half-typed code changes the digest only if the parser's recovery reaches past it.
enum DeclarationDigest {
    static func of(_ file: GoFile) -> [UInt8] {
        var digest: [UInt8] = []
        var previous: Node?
        for declaration in file.root.namedChildren {
            defer { previous = declaration }
            // A comment on the line right above a function is read with it (`//bodyclose:handled`): whether they
            // touch is part of the declarations, though the blank lines between them are not text of either.
            if let previous, previous.is(Kind.comment) {
                digest.append(previous.end.line + 1 == declaration.start.line ? 1 : 2)
            }
            digest += Array(declaration.kindName.utf8)
            digest.append(0)
            if declaration.is(Kind.functionDeclaration) || declaration.is(Kind.methodDeclaration),
               let body = declaration.child(Field.body),
               !(declaration.child(Field.result).map { ByteSearch.contains(Array($0.bytes), "Response") } ?? false) {
                // The declaration up to its body: the body's text is left out, and with it every position after it.
                digest += declaration.bytes.prefix(body.startByte - declaration.startByte)
            } else {
                digest += declaration.bytes
            }
            digest.append(0)
        }
        return digest
    }
}
