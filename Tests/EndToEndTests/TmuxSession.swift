import Foundation
import TestSupport

/// A shell in a private tmux server, for driving the real `losslab` the way a user's terminal would.
///
/// Each session runs its own server (`tmux -L losslab-tests-<pid>-<random>`), and `close` kills only that
/// server, so the tests never touch another tmux on the machine.
final class TmuxSession {
    /// Why a session step failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let server: String
    let folder: URL

    /// Starts `bash` at `width` × `height` in a UTF-8 locale with a known prompt and `environment` added.
    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        // Random, not a shared counter: suites run in parallel, and two sessions on one server would
        // type into each other.
        server = "losslab-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A clean environment, so nothing of the test runner's (NO_COLOR, say) leaks into the app.
        let inherited = ProcessInfo.processInfo.environment
        // Progress goes to the session's own folder, never to the home of whoever runs the tests.
        let env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "PROMPT$ ", "TERM": "screen",
                   "PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp",
                   "LOSSLAB_STATE_DIR": folder.appendingPathComponent("state").path]
            .merging(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                  "env -i \(exports) bash --norc --noprofile"])
        try waitFor("PROMPT$")
    }

    /// Runs `arguments` of tmux on this session's server, returning standard output.
    ///
    /// Uses `posix_spawnp` and `waitpid` rather than `Process`, whose wait can stall off the main thread;
    /// output goes through a file, which the server forked by `new-session` may inherit harmlessly.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = folder.appendingPathComponent("tmux-output").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", server] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The server forked from here must start with default signal handling and nothing blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else {
            throw Failure(description: "could not start tmux; is it installed?")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Starts `losslab` with `arguments` from the shell; its process id lands in `pidFile`.
    func launch(_ arguments: [String]) throws {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let command = "sh -c 'echo $$ > \(pidFile.path); exec \"$0\" \"$@\"' \(BuiltBinary.losslab.path) \(quoted); echo EXIT=$?"
        try typeLine(command)
    }

    /// Where `launch` writes the app's process id.
    var pidFile: URL { folder.appendingPathComponent("pid") }

    /// The app's process id, once `launch` has started it.
    func appPid() throws -> pid_t {
        let text = try String(contentsOf: pidFile, encoding: .utf8)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no process id in \(pidFile.path)")
        }
        return pid
    }

    /// Types a line into the shell and presses Enter.
    func typeLine(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
        try tmux(["send-keys", "Enter"])
    }

    /// Types literal text (each character a key).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Presses named keys, such as "Down", "Space", "Enter", "Escape".
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The visible pane as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p"])
    }

    /// The visible pane with its colours and attributes as escape sequences.
    func captureWithStyles() throws -> String {
        try tmux(["capture-pane", "-p", "-e"])
    }

    /// A tmux format value for the pane, such as `#{alternate_on}`.
    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window to `width` × `height`.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Waits until the pane shows `text` (polling every 20 ms), or throws with the screen after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "the screen to show \"\(text)\"") { $0.contains(text) }
    }

    /// Waits until `condition` holds for the pane's text.
    @discardableResult
    func waitUntil(timeout: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(20_000)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    /// Kills this session's server (only it) and removes the temporary folder.
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { close() }
}
