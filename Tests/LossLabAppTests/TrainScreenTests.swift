import LessonKit
import LossKit
import TestSupport
import Testing
import TrainingKit
@testable import LossLabApp

/// The Train screen's reducer: playing, stepping, restarting, race mode and the keys that change a run.
@Suite struct TrainScreenTests {
    /// The shapes data set, generated once for every test.
    static let shapes = GeneratedData.shapes.dataSet()

    /// The app at 80×24 on a fresh Train screen.
    static func app(width: Int = 80, height: Int = 24, options: AppOptions = AppOptions()) -> AppState {
        var state = AppState(width: width, height: height, options: options, lessons: FixtureLessons.lessons)
        state.openTrain(TrainScreen(data: shapes, generated: .shapes))
        return state
    }

    static func press(_ keys: String, _ state: inout AppState) throws {
        LossLabApp.run(&state, try KeyNotation.parse(keys))
    }

    @Test func opensPausedAtEpochZeroAndPlaysOnSpace() throws {
        var state = Self.app()
        #expect(state.page == .train)
        #expect(state.tickInterval == nil)
        #expect(state.trainScreen!.runs[0].history.map(\.epoch) == [0])
        try Self.press("<Space>", &state)
        #expect(state.trainScreen!.playing)
        // 63 minibatches and 16 + 4 slices of scoring make an epoch; 3 epochs a second.
        #expect(state.trainScreen!.runs[0].slicesPerEpoch(Self.shapes) == 83)
        #expect(state.tickInterval == .seconds(1) / 249)
        #expect(!state.ticksContinuously)
        try Self.press("<Tick><Tick>", &state)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 2)
        try Self.press("<Space><Tick>", &state)
        #expect(!state.trainScreen!.playing)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 2)
    }

    @Test func fCyclesThePaceAndFullSpeedTicksBackToBack() throws {
        var state = Self.app()
        try Self.press("<Space>", &state)
        #expect(state.trainScreen!.pace == .threeEpochs)
        try Self.press("f", &state)
        #expect(state.trainScreen!.pace == .tenEpochs)
        #expect(state.tickInterval == .seconds(1) / 830)
        try Self.press("f", &state)
        #expect(state.trainScreen!.pace == .fullSpeed)
        #expect(state.ticksContinuously)
        #expect(state.tickInterval == .milliseconds(1), "the nominal pace a headless wait counts by")
        #expect(state.trainScreen!.status(state.context)?.hasSuffix("playing, full speed") == true)
        try Self.press("f", &state)
        #expect(state.trainScreen!.pace == .oneEpoch)
        try Self.press("<Space>", &state)
        #expect(!state.ticksContinuously)
    }

    /// Playing stops at the goal (`epochsPerPlay` epochs, scored); Space then trains as many more.
    @Test func playingStopsAfterItsEpochsAndSpaceTrainsAsManyMore() throws {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        var screen = TrainScreen(data: Self.shapes, generated: .shapes)
        screen.epochsPerPlay = 2
        state.openTrain(screen)
        try Self.press("<Space>" + String(repeating: "<Tick>", count: 2 * 83 - 1), &state)
        #expect(state.trainScreen!.playing, "the second epoch's last slice of scoring is still to come")
        try Self.press("<Tick>", &state)
        #expect(!state.trainScreen!.playing)
        #expect(state.trainScreen!.runs[0].history.map(\.epoch) == [0, 1, 2])
        #expect(state.trainScreen!.status(state.context) == "epoch 2  done")
        try Self.press("<Space>", &state)
        #expect(state.trainScreen!.goal == 4)
        #expect(state.trainScreen!.playing)
    }

    @Test func dotLearnsOneMinibatchAndPauses() throws {
        var state = Self.app()
        try Self.press("<Space>.", &state)
        #expect(!state.trainScreen!.playing)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 1)
        try Self.press("...", &state)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 4)
    }

    /// An epoch on the screen scores the network exactly as a trainer run on its own does (and so as `losslab train` prints).
    @Test func epochScoresMatchATrainerRunAlone() throws {
        var state = Self.app()
        try Self.press("<Space>" + String(repeating: "<Tick>", count: 83), &state)
        let scores = state.trainScreen!.runs[0].history
        #expect(scores.map(\.epoch) == [0, 1])
        var trainer = Trainer(settings: TrainingSettings(), train: Self.shapes.train)
        _ = trainer.finishEpoch()
        #expect(scores[1].test == trainer.meanLosses(on: Self.shapes.test, losses: Loss.all))
        #expect(scores[1].train == trainer.meanLosses(on: Self.shapes.train, losses: Loss.all))
        #expect(scores[1].test[1] < scores[0].test[1])
    }

    @Test func restartGivesTheSameNumbersAgain() throws {
        var state = Self.app()
        try Self.press("<Space>" + String(repeating: "<Tick>", count: 20), &state)
        let first = state.trainScreen!.runs
        try Self.press("r", &state)
        #expect(state.trainScreen!.runs == Self.app().trainScreen!.runs)
        try Self.press(String(repeating: "<Tick>", count: 20), &state)
        #expect(state.trainScreen!.runs == first)
    }

    @Test func raceTrainsOneNetworkPerRacingLossFromTheSameStart() throws {
        var state = Self.app()
        try Self.press("v", &state)
        let screen = state.trainScreen!
        #expect(screen.race)
        #expect(screen.runs.map(\.settings.objective.loss) == Loss.race)
        #expect(screen.runs[0].trainer.network == screen.runs[1].trainer.network)
        try Self.press("<Space>" + String(repeating: "<Tick>", count: 82), &state)
        let runs = state.trainScreen!.runs
        #expect(runs[0].trainer.network != runs[1].trainer.network)
        #expect(runs.allSatisfy { $0.unscored && $0.trainer.epoch == 1 }, "both are scoring their first epoch")
        try Self.press("<Tick>", &state)
        #expect(state.trainScreen!.runs.map(\.history.count) == [2, 2], "the networks keep in step")
        #expect(state.trainScreen!.chart(state.context).series.count == runs.count * Loss.race.count)
        try Self.press("v", &state)
        #expect(state.trainScreen!.runs.count == 1)
    }

    @Test func settingKeysChangeTheRunAndStartAgain() throws {
        var state = Self.app()
        try Self.press(".+", &state)
        #expect(state.trainScreen!.settings.effectiveLearningRate == 0.03)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 0)
        try Self.press("--<lt>", &state)
        #expect(state.trainScreen!.settings.effectiveLearningRate == 0.003)
        #expect(state.trainScreen!.settings.hidden == 8)
        try Self.press("o", &state)
        #expect(state.trainScreen!.settings.optimizer == .sgd)
        #expect(state.trainScreen!.settings.learningRate == nil)
        try Self.press("L", &state)
        #expect(state.trainScreen!.settings.objective.loss == Loss.all[(Loss.all.firstIndex(of: .bce)! + 1) % Loss.all.count])
        #expect(state.trainScreen!.runs[0].trainer.network.shapeDescription == "64-8-64")
    }

    @Test func enterOpensTheChosenImageInTheLabAndTComesBack() throws {
        var state = Self.app()
        try Self.press("<Right><Right><Left>...<Enter>", &state)
        #expect(state.page == .lab)
        #expect(state.lab.data.x == Array(Self.shapes.test.image(1)))
        #expect(state.lab.shape == GeneratedData.shape)
        try Self.press("t", &state)
        #expect(state.page == .train)
        #expect(state.trainScreen!.runs[0].trainer.batchInEpoch == 3)
    }

    @Test func contentsOpensTheTrainScreen() throws {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        try Self.press("w", &state)
        #expect(state.page == .train)
        try Self.press("t<End><Enter>", &state)
        #expect(state.page == .train)
    }

    @Test func aLessonsTrainBlockOpensItsRunAndTLeadsBack() throws {
        var state = AppState(width: 80, height: 24, lessons: LessonLibrary.bundled.lessons)
        let k = try #require(state.lessons.firstIndex { $0.fileName == "10-watch-it-learn.md" })
        state.open(.lesson(k))
        try Self.press("<Tab><Enter>", &state)
        #expect(state.page == .train)
        let screen = try #require(state.trainScreen)
        #expect(screen.caption?.hasPrefix("Press Space") == true)
        #expect(screen.origin == .lesson(k))
        #expect(screen.runs[0].history.map(\.epoch) == [0])
        try Self.press("t", &state)
        #expect(state.page == .lesson(k))
    }

    /// A lesson with one training run, presented.
    static func presentingTrain(_ width: Int, _ height: Int) throws -> AppState {
        let source = """
            # Learning

            An autoencoder learns by lowering its loss.

            ```train
            data: shapes
            race: no
            caption: Press Space and watch the loss fall.
            ```
            """
        let library = LessonLibrary(files: [LessonFile(name: "01-learning.md", path: "01-learning.md", bytes: Array(source.utf8))])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        var state = AppState(width: width, height: height, lessons: library.lessons, page: .presenter(0))
        try Self.press("w", &state)
        #expect(state.page == .presenter(0), "no run revealed yet")
        try Self.press("<Space>w", &state)
        return state
    }

    @Test func thePresenterOpensTheSlidesRunWithItsTestLossInBigDigits() throws {
        var state = try Self.presentingTrain(80, 24)
        #expect(state.page == .train && state.highContrast)
        try Self.press("<Space>" + String(repeating: "<Tick>", count: 2 * 83), &state)
        let screen = state.trainScreen!
        let bce = screen.runs[0].history.last!.test[Loss.all.firstIndex(of: .bce)!]
        let readout = screen.readout(width: 78, state.context)
        #expect(readout.big.items.map(\.name) == ["test BCE ="])
        #expect(readout.big.items.map(\.value) == [Notation.unicode.reading(bce)])
        #expect(readout.note == "Loss on the test images after epoch 2")
        let text = LossLabApp.render(state).text
        for row in BigDigits.rows(Notation.unicode.reading(bce), ascii: false) {
            let drawn = String(row.reversed().drop { $0 == " " }.reversed())
            #expect(text.contains(drawn), "the big digits of \(bce)")
        }
        #expect(text.contains("t back to the presenter"))
        try Self.press("t", &state)
        #expect(state.page == .presenter(0) && state.presenter?.step == 1)
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func presentingScreen(width: Int, height: Int) throws {
        var state = try Self.presentingTrain(width, height)
        for (name, keys) in [("train", "<Space><Wait 1s>"), ("race", "v<Wait 1s>")] {
            try Self.press(keys, &state)
            let text = ChartPixels.masked(LossLabApp.render(state).text)
            let mismatch = Snapshot.mismatch(text, named: "presenter-\(name)-\(width)x\(height)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
    }

    /// A named scene of the screen: options and the keys after it opens.
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var ascii = false
        var colour = true
        var keys: String
        var testDescription: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "train-start", keys: ""),
        Scene(name: "train-playing", keys: "<Space>" + "<Wait 1s>" + "<Right><Right>"),
        Scene(name: "train-race-no-colour", colour: false, keys: "v<Space>" + "<Wait 1s>"),
        Scene(name: "train-ascii-log", ascii: true, keys: "l<Space>" + "<Wait 1s>"),
    ]

    @Test(arguments: scenes, [0, 1])
    func screen(_ scene: Scene, size: Int) throws {
        let (width, height) = ScreenSnapshotTests.sizes[size]
        var state = Self.app(width: width, height: height, options: AppOptions(ascii: scene.ascii, colour: scene.colour))
        try Self.press(scene.keys, &state)
        let text = ChartPixels.masked(LossLabApp.render(state).text)
        let mismatch = Snapshot.mismatch(text, named: "\(scene.name)-\(width)x\(height)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
