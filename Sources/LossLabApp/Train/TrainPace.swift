/// How fast the Train screen trains while playing: a number of epochs a second, slow enough to
/// watch, or as fast as the machine can between frames (frames stay at most about 60 a second).
public enum TrainPace: Sendable, Equatable, CaseIterable {
    case oneEpoch, threeEpochs, tenEpochs, fullSpeed

    /// Epochs a second, or nil at full speed.
    var epochsPerSecond: Int? {
        switch self {
        case .oneEpoch: 1
        case .threeEpochs: 3
        case .tenEpochs: 10
        case .fullSpeed: nil
        }
    }

    /// The pace as the screen names it, such as "3 epochs/s".
    var title: String { epochsPerSecond.map { "\($0) epoch\($0 == 1 ? "" : "s")/s" } ?? "full speed" }

    /// The time between slices of work for an epoch of `slices` slices (see `TrainRun.advance`); at
    /// full speed the loop sends them back to back, and this nominal millisecond is what a headless
    /// `<Wait>` counts them by.
    func interval(slicesPerEpoch slices: Int) -> Duration {
        guard let epochsPerSecond else { return .milliseconds(1) }
        return .seconds(1) / (epochsPerSecond * max(1, slices))
    }
}
