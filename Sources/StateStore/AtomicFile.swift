#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a whole file at once, so a reader never sees it half written (a handout, the presenter's notes).
public enum AtomicFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename; returns why
    /// it failed (the system's words), or nil when it worked.
    public static func write(_ text: String, to path: String) -> String? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        if case .success(.directory) = POSIXFile.entry(path) { return "it is a folder" }
        return POSIXFile.writeAtomically(Array(text.utf8), to: path, directory: directory, mode: 0o644)?.description
    }
}
