/// libFuzzer's entry point: hands each input, as bytes, to the target's `fuzz(_:)`.
///
/// Every file in `Fuzz/Targets` defines `func fuzz(_ bytes: [UInt8])` and is linked with this folder
/// into its own binary by `scripts/fuzz.sh`; an invariant that fails stops the run with a message.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzz(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
