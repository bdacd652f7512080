// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "goleaklint",
    products: [
        .executable(name: "goleaklint", targets: ["GoLeakLint"]),
        .library(name: "Rules", targets: ["Rules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Debian's libtree-sitter-dev runtime (0.20.7), seen through pkg-config.
        .systemLibrary(
            name: "CTreeSitter",
            pkgConfig: "tree-sitter",
            providers: [.apt(["libtree-sitter-dev"])]
        ),
        // The Go grammar: src/ is vendored by scripts/setup.sh (pinned, sha256-checked, git-ignored).
        .target(
            name: "TreeSitterGo",
            path: "Sources/TreeSitterGo",
            exclude: ["LICENSE"],
            sources: ["src/parser.c"],
            publicHeadersPath: "include",
            cSettings: [.headerSearchPath("src")]
        ),
        .target(
            name: "Rules",
            dependencies: ["CTreeSitter", "TreeSitterGo", .product(name: "Yams", package: "Yams")],
            path: "Sources/Rules",
            // The engine's walk mutates class state (the ancestor stack) per node; the runtime exclusivity
            // check on each access cost ~2 % of a full run. Debug builds (and so `swift test`) keep the
            // check, so a violation still fails there.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "GoLeakLint",
            dependencies: ["Rules", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/GoLeakLint"
        ),
        .testTarget(
            name: "RulesTests",
            dependencies: ["Rules", .product(name: "Yams", package: "Yams")],
            path: "Tests/RulesTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
