import Foundation

/// Runs a program on a fresh 80×24 pseudo-terminal and times how long its first frame takes to arrive.
enum PtyRun {
    /// Linux ioctl codes and a spawn flag that Swift's Glibc module does not import (they are computed macros).
    static let ptyUnlock: UInt = 0x4004_5431  // TIOCSPTLCK
    static let ptyNumber: UInt = 0x8004_5430  // TIOCGPTN
    static let spawnNewSession: Int16 = 0x80  // POSIX_SPAWN_SETSID

    /// Nanoseconds from spawning `arguments` until `marker` appears in its output; then sends `q` and reaps it.
    static func firstFrame(_ arguments: [String], marker: String, timeout: Double = 5) -> Double? {
        // Linux's pty multiplexer: unlock the new pair and ask its number (what unlockpt and ptsname do).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, ptyUnlock, &unlock) == 0, ioctl(master, ptyNumber, &number) == 0 else { return nil }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, spawnNewSession)
        let variables: [String] = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { (environment + argv).forEach { free($0) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environment) == 0 else { return nil }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let needle = Array(marker.utf8)
        var elapsed: Double?
        let deadline = start + UInt64(timeout * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            seen += buffer[0..<count]
            if contains(seen, needle) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
                break
            }
        }
        _ = write(master, "q", 1)
        // Drain until the program exits so the pty never fills.
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        return elapsed
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}
