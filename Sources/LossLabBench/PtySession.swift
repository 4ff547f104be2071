import Foundation

/// A program running on a fresh pseudo-terminal of a chosen size: keys are written to it and its
/// output is read back with the time each piece arrived.
final class PtySession {
    /// Linux ioctl codes and a spawn flag that Swift's Glibc module does not import (they are computed macros).
    static let ptyUnlock: UInt = 0x4004_5431  // TIOCSPTLCK
    static let ptyNumber: UInt = 0x8004_5430  // TIOCGPTN
    static let spawnNewSession: Int16 = 0x80  // POSIX_SPAWN_SETSID

    private let master: Int32
    private let pid: pid_t
    /// When the program was spawned (uptime nanoseconds).
    let start: UInt64
    /// The output not yet searched by `waitFor`.
    private var unread = [UInt8]()

    /// Spawns `arguments` on a `width`×`height` pty; nil when the pty or the spawn fails.
    init?(_ arguments: [String], width: Int = 80, height: Int = 24) {
        // Linux's pty multiplexer: unlock the new pair and ask its number (what unlockpt and ptsname do).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.ptyUnlock, &unlock) == 0, ioctl(master, Self.ptyNumber, &number) == 0 else {
            close(master)
            return nil
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnNewSession)
        let variables: [String] = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { (environment + argv).forEach { free($0) } }

        var pid: pid_t = 0
        start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environment) == 0 else {
            close(master)
            return nil
        }
        self.master = master
        self.pid = pid
    }

    /// Nanoseconds from spawning `arguments` until `marker` appears in its output; then quits it.
    static func firstFrame(_ arguments: [String], marker: String, timeout: Double = 5) -> Double? {
        guard let session = PtySession(arguments) else { return nil }
        defer { session.quit() }
        return session.waitFor(marker, timeout: timeout).map { Double($0 - session.start) }
    }

    /// Writes `keys` to the program.
    func send(_ keys: String) {
        _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress!, $0.count - 1) }
    }

    /// Reads output until `marker` appears in what came since the last wait; the uptime in nanoseconds
    /// when it did, or nil after `timeout` seconds.
    func waitFor(_ marker: String, timeout: Double = 5) -> UInt64? {
        let needle = Array(marker.utf8)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            guard let (bytes, time) = readSome(waitingMilliseconds: 50) else { continue }
            unread += bytes
            if let end = Self.end(of: needle, in: unread) {
                unread.removeFirst(end)
                return time
            }
        }
        return nil
    }

    /// The arrival times of the output's pieces over `seconds` seconds, one per burst: pieces less
    /// than `gap` nanoseconds apart count as one (a frame can arrive in several reads).
    func bursts(for seconds: Double, gap: UInt64 = 3_000_000) -> [UInt64] {
        var times: [UInt64] = []
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            guard let (_, time) = readSome(waitingMilliseconds: 5) else { continue }
            if let last = times.last, time - last < gap { continue }
            times.append(time)
        }
        unread.removeAll()
        return times
    }

    /// Sends `q`, and reads until the program exits so the pty never fills.
    func quit() {
        send("q")
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 { _ = readSome(waitingMilliseconds: 20) }
        close(master)
    }

    /// What the program wrote, and when, if it wrote anything within the wait.
    private func readSome(waitingMilliseconds wait: Int32) -> ([UInt8], UInt64)? {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, wait) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return (Array(buffer[0..<count]), DispatchTime.now().uptimeNanoseconds)
    }

    /// The index just past the first `needle` in `haystack`, if there is one.
    private static func end(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i + needle.count }
        }
        return nil
    }
}
