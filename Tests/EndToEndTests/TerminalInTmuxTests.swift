import Foundation
import Testing
import TestSupport

/// The terminal backend in tmux: terminals the app cannot drive, signals, Ctrl-Z and `fg`, bracketed
/// paste, a huge size, and the Linux console.
@Suite(.serialized) struct TerminalInTmuxTests {
    /// `TERM` settings under which the app must refuse, with words its message must contain.
    static let unusableTerminals: [(setting: String, says: String)] = [
        ("TERM=dumb", "TERM=dumb cannot move the cursor"),
        ("-u TERM", "TERM is not set"),
        ("TERM=no-such-terminal-9000", "TERM=no-such-terminal-9000 is not in the terminfo database"),
    ]

    @Test(arguments: 0..<unusableTerminals.count) func aTerminalItCannotDriveIsRefusedUntouched(_ index: Int) throws {
        let (setting, says) = Self.unusableTerminals[index]
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try session.typeLine("env \(setting) \(BuiltBinary.losslab.path) lab; echo EXIT=$?")
        let screen = try session.waitFor("EXIT=2")
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains(says), "\(screen)")
        #expect(joined.contains("`losslab explain`") && joined.contains("`losslab plot`") && joined.contains("`losslab screen"))
        try session.expectShellTerminal()
    }

    /// A sample of the signals whose default ends the process, with the exit status the shell reports.
    static let endingSignals: [(signal: Int32, status: String)] = [
        (SIGUSR1, "138"), (SIGALRM, "142"), (SIGPIPE, "141"), (SIGUSR2, "140"), (SIGQUIT, "131"),
    ]

    @Test(arguments: 0..<endingSignals.count) func anEndingSignalRestoresTheTerminal(_ index: Int) throws {
        let (signal, status) = Self.endingSignals[index]
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        kill(try session.appPid(), signal)
        try session.expectRestored(exit: status)
    }

    @Test func ctrlZAndFgGiveTheTerminalBackAndTakeItOverAgain() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("▶   1       1     0.9")
        // Ctrl-Z (raw mode: the app stops itself, with its whole job).
        try session.press("C-z")
        try session.waitFor("Stopped")
        try session.expectShellTerminal()
        try session.typeLine("fg")
        try session.waitFor("▶   1       1     0.9")
        #expect(try session.paneValue("#{alternate_on}") == "1", "the app's screen is back")
        // Keys decode: an arrow (an escape sequence) and a letter.
        try session.press("Down")
        try session.waitFor("▶   2       0     0.2")
        // SIGTSTP from outside, then fg again.
        kill(try session.appPid(), SIGTSTP)
        try session.waitFor("Stopped")
        try session.expectShellTerminal()
        try session.typeLine("fg")
        try session.waitFor("▶   2       0     0.2")
        try session.press("Down")
        try session.waitFor("▶   3       1     0.6")
        try session.press("q")
        try session.typeLine("echo AFTER=$?")
        try session.waitFor("AFTER=0")
        try session.expectShellTerminal()
    }

    @Test func aBracketedPasteArrivesAsTextInALabField() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.21 ÷ 3 = 0.07")
        try session.press("e", "C-u")
        // tmux adds the paste markers because the app asked for bracketed paste. The Esc inside is not
        // the Esc key (which would leave the field): a paste is text only.
        try session.tmux(["set-buffer", "0.5 0.5\u{1B} 0.5"])
        try session.tmux(["paste-buffer", "-p"])
        try session.waitFor("x̂ = 0.5 0.5 0.5")
        try session.press("Enter")
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.75 ÷ 3 = 0.25")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func aHugeSizeIsDrawnAsTheLargestAllowed() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        try session.resize(width: 1600, height: 700)
        // The title bar ends near column 1000, the largest width the app uses, not at 1600.
        try session.waitUntil("the title bar to end near column 1000") {
            let title = $0.prefix { $0 != "\n" }
            return title.hasSuffix("mean  η = 0.1") && (990...1000).contains(title.count)
        }
        try session.resize(width: 80, height: 24)
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.21 ÷ 3 = 0.07")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func theLinuxConsoleGetsBlockChartsWithoutBraille() throws {
        let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "linux"])
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        let screen = try session.waitUntil("a chart in blocks") { $0.contains("▀") || $0.contains("▄") || $0.contains("█") }
        let braille = screen.unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) }
        #expect(braille.isEmpty, "\(screen)")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }
}
