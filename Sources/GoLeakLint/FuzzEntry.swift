#if FUZZING
import Rules

/// libFuzzer entry point (`make fuzz`): arbitrary bytes as a Go file, through parse, every rule and
/// every reporter. Any crash, hang or sanitizer report is a bug; keep the input in
/// testdata/fuzz-regressions/ so FuzzRegressionTests replays it.
private let fuzzLinter = Linter(ruleTypes: Registry.allRules, jobs: 1)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let rendered = FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)), linter: fuzzLinter)
    return rendered.utf8.count >= 0 ? 0 : 1
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `<Module>_main`; under -sanitize=fuzzer that entry
/// hands control to libFuzzer's driver.
@_cdecl("GoLeakLint_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif
