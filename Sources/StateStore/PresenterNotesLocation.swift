#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a running presenter leaves the current step's notes for `losslab notes` to follow:
/// `$XDG_RUNTIME_DIR/losslab/presenter-notes.txt`, or `/tmp/losslab-UID/presenter-notes.txt` when
/// that variable is unset or not an absolute path. The folder is made private (mode 0700).
public struct PresenterNotesLocation: Sendable, Equatable {
    public let directory: String
    public let path: String

    /// The location for `environment` (`XDG_RUNTIME_DIR`) and the user `uid`.
    public static func resolve(environment: [String: String], uid: UInt32) -> PresenterNotesLocation {
        let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let directory = runtime.map { $0 + "/losslab" } ?? "/tmp/losslab-\(uid)"
        return PresenterNotesLocation(directory: directory, path: directory + "/presenter-notes.txt")
    }

    /// Writes `text` to the file at once, making the folder first; returns why it failed, or nil.
    public func write(_ text: String) -> String? {
        if let failure = POSIXFile.makeDirectories(directory) { return failure.description }
        return AtomicFile.write(text, to: path)
    }

    /// The file's text, or nil when there is none (no presenter is running).
    public func read() -> String? {
        guard case .success(let bytes) = POSIXFile.contents(of: path, limit: 1 << 20) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Removes the file, when the presenter ends.
    public func remove() { unlink(path) }
}
