import Foundation
import Testing

/// The real Train screen in tmux: it plays at a watchable pace and at full speed, answers keys while it
/// trains flat out, stops after its epochs, opens from the presenter with big digits, and restores the terminal.
@Suite(.serialized) struct TrainInTmuxTests {
    @Test func playAtEveryPaceStopAtTheGoalAndAnswerKeysWhileTraining() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["train", "--watch", "--epochs", "2"])
        try session.waitFor("epoch 0  paused")
        try session.waitFor("BCE after epoch 0")
        try session.press("Space")
        try session.waitFor("playing, 3 epochs/s")
        try session.press("f", "f")
        try session.waitFor("playing, full speed")
        // Playing stops by itself once both epochs are trained and scored.
        try session.waitFor("epoch 2  done", timeout: 120)
        try session.waitFor("BCE after epoch 2")
        let done = try session.capture()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.capture() == done, "nothing moves once done")

        // Space trains as many epochs again; keys are taken while it trains at full speed.
        try session.press("Space")
        try session.waitFor("playing, full speed")
        try session.press("Right", "Right")
        try session.waitFor("▲ image 3")
        try session.press("Space")
        try session.waitUntil("a pause during the third epoch") { $0.contains("paused") && $0.contains("epoch 2 + ") }
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func sigtermWhileTrainingAtFullSpeedRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launch(["open", "--train"])
        try session.waitFor("epoch 0  paused")
        try session.press("Space", "f", "f")
        try session.waitFor("playing, full speed")
        kill(try session.appPid(), SIGTERM)
        try session.expectRestored(exit: "143")
    }

    @Test func thePresenterOpensLessonTensRunWithItsLossInBigDigits() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try session.launch(["present", "10"])
        try session.waitFor("Watch it learn")
        try session.press("Space", "Space", "Space")
        try session.waitFor("▶ Train: an autoencoder")
        try session.press("w")
        try session.waitFor("test BCE =")
        try session.waitFor("Loss on the test images after epoch 0")
        try session.press("Space")
        try session.waitFor("Loss on the test images after epoch 1", timeout: 60)
        #expect(try session.capture().contains("███"), "the loss in block digits")
        try session.press("t")
        try session.waitFor("▶ Train: an autoencoder")
        try session.press("q", "y")
        try session.expectRestored(exit: "0")
    }
}
