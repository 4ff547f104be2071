import LessonKit
import LossKit
import TrainingKit

/// The Train screen: an autoencoder learning live, or two racing (one network per loss of
/// `Loss.race`, from the same seed on the same data), with the settings that decide the run.
///
/// Training happens on ticks while playing: each tick learns from `minibatchesPerTick` minibatches,
/// a fixed number, so the same keys and ticks always give the same numbers. Changing a setting
/// starts the run again from the seed.
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
    /// Minibatches learnt per tick while playing.
    public var minibatchesPerTick = 4

    /// The ticks per second while playing.
    static let ticksPerSecond = 30

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
        selected = min(selected, data.test.count - 1)
    }

    /// Learns from `count` minibatches in every run, scoring a run when its epoch ends.
    ///
    /// Scoring takes far longer than a minibatch, so one call scores at most one run: in a race the
    /// second network, ending its epoch in the same frame, waits for the next call to be scored (its
    /// chart gains the point a frame later, and it falls that frame's last minibatch behind).
    mutating func step(_ count: Int) {
        var scored = false
        for k in runs.indices {
            for _ in 0..<count {
                if runs[k].unscored {
                    if scored { break }
                    runs[k].scoreEpoch(data: data)
                    scored = true
                }
                runs[k].learn()
            }
            if runs[k].unscored && !scored {
                runs[k].scoreEpoch(data: data)
                scored = true
            }
        }
        if runs.allSatisfy(\.diverged) { playing = false }
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
