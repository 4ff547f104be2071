#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file open for reading: the one place LossKit reads data files from disk.
///
/// Files are streamed in chunks (text, CSV, `.npy` of other types) or mapped (`.npy` of native
/// doubles, or in Fortran order), never read whole into a second copy; the readers themselves are
/// pure functions over bytes. A mapped file cut short by another program while it is being read
/// raises SIGBUS (the crash handler restores the terminal); a streamed one gives an error.
final class DataFileHandle: Sendable {
    /// The path as it may be printed (control characters replaced).
    let shown: String
    /// The file's size in bytes.
    let size: Int
    private let descriptor: Int32

    /// Opens the regular file at `path`, refusing anything else and files above `DataFile.maximumSize`.
    init(path: String) throws(DataFileError) {
        shown = path.replacingControlCharacters()
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw DataFileError(path: shown, message: "cannot read the file (\(FileBytes.lastSystemError()))") }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw DataFileError(path: shown, message: "not a regular file")
        }
        guard Int(info.st_size) <= DataFile.maximumSize else {
            close(fd)
            throw DataFileError(path: shown, message: "the file has \(Int(info.st_size)) bytes; \(DataFile.sizeBound)")
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Fills `buffer` from byte `offset` on; returns how many bytes were read (fewer only at the end of the file).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(DataFileError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw DataFileError(path: shown, message: "reading the file failed (\(FileBytes.lastSystemError()))") }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Fills `buffer` from byte `offset` on, or fails if the file has become shorter since it was opened.
    func readFully(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(DataFileError) {
        let n = try read(into: buffer, at: offset)
        guard n == buffer.count else { throw DataFileError(path: shown, offset: offset + n, message: "the file ended early (was it changed while being read?)") }
    }

    /// The bytes from `offset` to at most `offset + count`, for headers and small files.
    func bytes(at offset: Int, count: Int) throws(DataFileError) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(0, min(count, size - offset)), alignment: 8)
        defer { buffer.deallocate() }
        let n = try read(into: buffer, at: offset)
        return Array(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
    }

    /// Calls `body` with the file from `offset` on in chunks that end at a line end (or the file's end),
    /// so a line is never split between two chunks.
    func forEachLineChunk(from offset: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(DataFileError) -> Void) throws(DataFileError) {
        var chunks = LineChunks(from: offset)
        while try chunks.next(from: self, body) {}
    }

    /// Calls `body` with the whole file mapped into memory (read-only), unmapped afterwards.
    func withMappedBytes<R>(_ body: (UnsafeRawBufferPointer) throws(DataFileError) -> R) throws(DataFileError) -> R {
        guard size > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw DataFileError(path: shown, message: "cannot map the file (\(FileBytes.lastSystemError()))")
        }
        defer { munmap(address, size) }
        return try body(UnsafeRawBufferPointer(start: address, count: size))
    }

    /// Drops the whole pages inside `mapped`, a part of a mapping already read, from this process's
    /// memory; they stay in the page cache, and reading them again maps them again.
    static func release(_ mapped: UnsafeRawBufferPointer) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: mapped.baseAddress) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: mapped.baseAddress) + mapped.count) & ~(page - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_DONTNEED) }
    }
}
