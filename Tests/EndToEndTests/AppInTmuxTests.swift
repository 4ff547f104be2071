import Foundation
import Testing

/// The real `losslab` in tmux: start, Lab, typing, steps, nudges, resize, quit and signals,
/// checking the screen and that the terminal is restored each time.
@Suite(.serialized) struct AppInTmuxTests {
    @Test func labTypeStepNudgeResizeAndQuit() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch([])
        try session.waitFor("LossLab · Contents")
        try session.press("l")
        try session.waitFor("L(x, x̂) = (1/n) Σᵢ (xᵢ − x̂ᵢ)²")
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.21 ÷ 3 = 0.07")

        // Type a new x̂, with a mistake on the way.
        try session.press("e", "C-u")
        try session.type("0.5, 0.5,, 0.5")
        try session.waitFor("value 3 is missing at column 10")
        try session.press("C-u")
        try session.type("0.5 0.5 0.5")
        try session.press("Enter")
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.75 ÷ 3 = 0.25")

        // Step through: the second term with its numbers substituted.
        try session.press("Space", "Space")
        try session.waitFor("= (0 − 0.5)² = 0.25   running Σ = 0.5")
        try session.press("r")
        try session.waitFor("Σ = 0.75")

        // Stepping chose element 2. Nudge x̂₂ from 0.5 to 0.4: (0 − 0.4)² = 0.16, so L = 0.66 / 3 = 0.22.
        try session.press("[", "[", "[", "[", "[", "[", "[", "[", "[", "[")
        try session.waitFor("0.66 ÷ 3 = 0.22")
        // Then x̂₃ from 0.5 to 0.6: (1 − 0.6)² = 0.16, so L = 0.57 / 3 = 0.19.
        try session.press("Down", "}")
        try session.waitFor("0.57 ÷ 3 = 0.19")

        try session.resize(width: 30, height: 10)
        try session.waitFor("Please enlarge the terminal")
        try session.resize(width: 80, height: 24)
        try session.waitFor("0.57 ÷ 3 = 0.19")
        #expect(!(try session.capture().contains("enlarge")))

        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    /// `p` plays gradient descent on the real event loop's ticks: from x = 1, z = −6 at η = 1, BCE
    /// drives σ(z) past 0.5 by step 7, and the play keeps going until `p` pauses it.
    @Test func gradientDescentPlaysOnTicks() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab", "--loss", "both", "--x", "1", "--xhat=-6", "--logits"])
        try session.waitFor("η = 0.1 (MSE)")
        try session.press(">", ">", ">", "w")
        try session.waitFor("η = 1 (BCE)")
        try session.press("p")
        try session.waitFor("playing; p pauses")
        // Ten steps or more: "step 10," to "step 999,".
        let screen = try session.waitUntil("ten steps") {
            $0.range(of: #"gradient descent on BCE, η = 1: step [1-9][0-9]{1,2},"#, options: .regularExpression) != nil
        }
        #expect(screen.contains("MSE and BCE over"))
        try session.press("p")
        try session.waitUntil("the play to pause") { !$0.contains("playing; p pauses") }
        let paused = try session.capture()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.capture() == paused)
        #expect(!paused.contains("z = -"))
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func openALessonAndAnswerItsQuestion() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch([])
        try session.waitFor("1. Scoring a reconstruction")
        try session.press("Enter")
        try session.waitFor("Lesson 1 of ")
        // The first Tab chooses the lab preset, the second the question.
        try session.press("Tab", "Tab", "Enter")
        try session.waitFor("Your answer (")
        try session.type("a")
        try session.press("Enter")
        try session.waitFor("Not quite")
        try session.press("Enter")
        try session.type("b")
        try session.press("Enter")
        try session.waitFor("Right: b)")
        try session.press("t")
        // Started (◐), or read to the end (●) when the question scrolled the last line into view.
        try session.waitUntil("lesson 1 marked as started") {
            $0.contains("◐   1. Scoring a reconstruction") || $0.contains("●   1. Scoring a reconstruction")
        }
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func labCommandOpensWithTheGivenValuesInBCE() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try session.launch(["lab", "--loss", "bce", "--x", "1,0,1", "--xhat", "0.9,0.2,0.6"])
        try session.waitFor("L(x, x̂) = Σ ÷ n = 0.8393 ÷ 3 = 0.2798")
        try session.press("c")
        try session.waitFor("PyTorch: each log is clamped")
        try session.press("C-c")
        try session.expectRestored(exit: "0")
    }

    @Test func colourWhenTheTerminalHasIt() throws {
        let session = try TmuxSession(width: 80, height: 24, environment: ["TERM": "xterm-256color"])
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        let styled = try session.captureWithStyles()
        #expect(styled.contains("44m"), "the title bar has a blue background")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        kill(try session.appPid(), SIGTERM)
        try session.expectRestored(exit: "143")
    }

    @Test func sighupRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch([])
        try session.waitFor("LossLab · Contents")
        kill(try session.appPid(), SIGHUP)
        try session.expectRestored(exit: "129")
    }

    @Test func aCrashSignalRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["lab"])
        try session.waitFor("LossLab · Lab")
        kill(try session.appPid(), SIGSEGV)
        // 128 + 11: the signal still ends the process as a crash, after the terminal is given back.
        try session.expectRestored(exit: "139")
    }

    @Test func asciiAndNoColourWork() throws {
        let session = try TmuxSession(width: 80, height: 24, environment: ["NO_COLOR": "1"])
        defer { session.close() }
        try session.launch(["lab", "--ascii", "--loss", "bce"])
        try session.waitFor("L(x, xhat) = -(1/n) sum_i [x_i log xhat_i + (1 - x_i) log(1 - xhat_i)]")
        let screen = try session.capture()
        #expect(!screen.contains("x̂"))
        let styled = try session.captureWithStyles()
        #expect(styled.contains("\u{1B}[1;7m"), "the title bar is in bold reverse video")
        #expect(!styled.contains("44m"), "no colour under NO_COLOR")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func withoutATerminalItPointsToTheTextCommands() throws {
        let result = try BuiltBinaryRun.withoutTerminal()
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.contains("losslab explain"))
        #expect(result.stderr.contains("losslab screen"))
    }
}
