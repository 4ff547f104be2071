import LessonKit
import LossKit
import TrainingKit

/// The Train screen: an autoencoder learning live, or two racing (one network per loss of
/// `Loss.race`, from the same seed on the same data), with the settings that decide the run.
///
/// Training happens on ticks while playing, each tick one slice of work in every run (a minibatch,
/// or part of an epoch's scoring), so the same keys and ticks always give the same numbers; the pace
/// sets how often ticks come, and at full speed they come back to back between frames. Playing
/// stops after `epochsPerPlay` epochs. Changing a setting starts the run again from the seed.
public struct TrainScreen: Sendable, Equatable {
    /// The images: a generated set, or the user's own.
    public private(set) var data: DataSet
    /// The generated set shown, if it is one (`d` then cycles through them).
    public private(set) var generated: GeneratedData?
    /// The settings of the run; in race mode each network takes its own loss from `Loss.race`.
    public private(set) var settings: TrainingSettings
    /// Whether two networks race, one per loss of `Loss.race`.
    public private(set) var race = false
    /// One run, or one per racing loss.
    public private(set) var runs: [TrainRun] = []
    /// Whether ticks train.
    public internal(set) var playing = false
    /// Whether the loss chart's y axis is logarithmic.
    public internal(set) var logY = false
    /// The highlighted test image.
    public internal(set) var selected = 0
    /// Where `t` and Esc lead: the contents or the lesson that opened the screen.
    public var origin: Page = .contents
    /// The task of the lesson's preset, shown above the run.
    public var caption: String?
    /// How fast ticks come while playing.
    public var pace = TrainPace.threeEpochs
    /// The epochs trained before playing stops by itself; Space then trains as many more.
    public var epochsPerPlay = 30 {
        didSet { goal = epochsPerPlay }
    }
    /// The epoch at which playing stops.
    public private(set) var goal = 30
    /// The room's big read-outs above the run: on when the presenter opened the screen.
    var presenting: Bool {
        if case .presenter = origin { return true }
        return false
    }

    /// A screen training on `data` with `settings`, paused at epoch 0.
    public init(data: DataSet, generated: GeneratedData? = nil, settings: TrainingSettings = TrainingSettings(), race: Bool = false) {
        self.data = data
        self.generated = generated
        self.settings = settings
        self.race = race
        restart()
    }

    /// A screen on a generated data set.
    public init(generated: GeneratedData, settings: TrainingSettings = TrainingSettings(), race: Bool = false) {
        self.init(data: generated.dataSet(), generated: generated, settings: settings, race: race)
    }

    /// A screen on a lesson's run, its caption shown, coming back to `origin`.
    init(preset: TrainPreset, origin: Page) {
        self.init(generated: preset.data, settings: preset.settings, race: preset.race)
        self.origin = origin
        caption = preset.caption
    }

    /// The settings of each run: the screen's own, or one per racing loss.
    var runSettings: [TrainingSettings] {
        guard race else { return [settings] }
        return Loss.race.map { loss in
            var s = settings
            s.objective.loss = loss
            return s
        }
    }

    /// Starts every run again from the seed: the same seed gives the same numbers.
    mutating func restart() {
        runs = runSettings.map { TrainRun(settings: $0, data: data) }
        goal = epochsPerPlay
        selected = min(selected, data.test.count - 1)
    }

    /// Does one slice of work in every run; stops playing when every run has reached the goal or diverged.
    mutating func advance() {
        for k in runs.indices { runs[k].advance(data) }
        if reachedGoal && !runs.contains(where: \.unscored) { playing = false }
    }

    /// Pauses and learns from exactly one minibatch in every run (see `TrainRun.learnOne`).
    mutating func learnOneMinibatch() {
        playing = false
        for k in runs.indices { runs[k].learnOne(data) }
    }

    /// Whether every run that can still learn has reached the goal.
    var reachedGoal: Bool { runs.allSatisfy { $0.diverged || $0.trainer.epoch >= goal } }

    /// Starts or stops playing; past the goal, playing trains `epochsPerPlay` epochs more.
    mutating func playOrPause() {
        if playing {
            playing = false
        } else if runs.contains(where: { !$0.diverged }) {
            if reachedGoal { goal = runs.map(\.trainer.epoch).max()! + epochsPerPlay }
            playing = true
        }
    }

    /// Changes the settings and starts again.
    mutating func change(_ edit: (inout TrainingSettings) -> Void) {
        edit(&settings)
        restart()
    }

    /// Switches to the generated set `next`, starting again.
    mutating func use(_ next: GeneratedData) {
        generated = next
        data = next.dataSet()
        restart()
    }

    /// Turns race mode on or off, starting again.
    mutating func toggleRace() {
        race.toggle()
        restart()
    }
}
