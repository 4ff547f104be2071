#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Array where Element == Double {
    /// An array of `count` doubles that `fill` writes whole, never zeroed first.
    ///
    /// A large array's memory is advised for huge pages (as NumPy does for its arrays), so filling
    /// 10⁷ elements costs tens of page faults instead of 20,000: on this machine 14 ms instead of 60.
    static func filled<Failure: Error>(count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) throws(Failure) -> Void) throws(Failure) -> [Double] {
        var failure: Failure?
        let array = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            do throws(Failure) { try fill(UnsafeMutableBufferPointer(rebasing: buffer[..<count])) } catch { failure = error }
            initialized = failure == nil ? count : 0
        }
        if let failure { throw failure }
        return array
    }
}

/// Advises the 2 MiB-aligned part of `memory` for transparent huge pages (Linux; elsewhere nothing).
private func adviseHugePages(_ memory: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
    let huge = 1 << 21
    guard memory.count >= 4 * huge, let base = memory.baseAddress else { return }
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + memory.count) & ~(huge - 1)
    if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
    #endif
}
