#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the store needs, each returning the `errno` text on failure.
enum POSIXFile {
    /// What stands at a path, without following a symbolic link.
    enum Entry: Equatable {
        case missing
        case regular(size: Int)
        case symbolicLink
        case directory
        case other
    }

    /// What stands at `path`, or the reason it cannot be told.
    static func entry(_ path: String) -> Result<Entry, Failure> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .success(.missing) : .failure(.current()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.regular(size: Int(info.st_size)))
        case S_IFLNK: return .success(.symbolicLink)
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// Up to `limit` bytes of the regular file at `path`, never following a symbolic link.
    static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.current()) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.current())
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return .success(bytes)
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename, fsync of the folder.
    static func writeAtomically(_ bytes: [UInt8], to path: String, directory: String, mode: mode_t = 0o600) -> Failure? {
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return .current() }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return abandon(temporary, fd) }
            offset += n
        }
        guard fsync(fd) == 0 else { return abandon(temporary, fd) }
        guard close(fd) == 0 else { return abandon(temporary, nil) }
        guard rename(temporary, path) == 0 else { return abandon(temporary, nil) }
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
        return nil
    }

    /// Removes a temporary file after a failed write, keeping the failure's reason.
    private static func abandon(_ temporary: String, _ fd: Int32?) -> Failure {
        let failure = Failure.current()
        if let fd { close(fd) }
        unlink(temporary)
        return failure
    }

    /// Creates `path` and its missing parents with mode 0700.
    static func makeDirectories(_ path: String) -> Failure? {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return .current() }
        }
        if case .success(.directory) = entry(path) { return nil }
        // Something other than a folder stands at the path (a file, or a link to one).
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? nil : Failure(code: ENOTDIR)
    }

    /// An exclusive lock held on `path` (created if needed) until `release`.
    static func lock(_ path: String) -> Result<Int32, Failure> {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(.current()) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let failure = Failure.current()
            close(fd)
            return .failure(failure)
        }
        return .success(fd)
    }

    static func release(_ fd: Int32) {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Renames `path` to a free name beside it ending in `.bad-` and the UTC time; returns the new name.
    static func setAside(_ path: String) -> Result<String, Failure> {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y%m%dT%H%M%SZ", &parts)
        let stamp = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for attempt in 0..<1000 {
            let candidate = "\(path).bad-\(stamp)" + (attempt == 0 ? "" : "-\(attempt)")
            guard case .success(.missing) = entry(candidate) else { continue }
            return rename(path, candidate) == 0 ? .success(candidate) : .failure(.current())
        }
        return .failure(Failure(code: EEXIST))
    }

    /// An `errno` value and its text.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var code: Int32

        static func current() -> Failure { Failure(code: errno) }

        var description: String { String(cString: strerror(code)) }
        /// Whether the failure means the place cannot be written: read-only or not ours.
        var isReadOnly: Bool { code == EROFS || code == EACCES || code == EPERM }
    }
}
