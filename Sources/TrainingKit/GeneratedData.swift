import LossKit

/// The data sets LossLab makes itself, from a seed: nothing is downloaded.
public enum GeneratedData: String, CaseIterable, Sendable, Hashable {
    /// Binary squares, crosses, rings and bars at random positions and sizes (dSprites-style).
    case shapes
    /// The digits 0 to 9 from LossLab's own 8×8 glyphs, shifted at random, with stroke noise.
    case digits
    /// Shapes blurred into greys strictly inside (0, 1), where BCE's minimum is the entropy, not 0.
    case grey

    /// Every generated image is 8 × 8.
    public static let shape = ImageShape(rows: 8, columns: 8)
    /// Images per data set: 2,000 to train on and 500 to test on.
    public static let trainCount = 2_000
    public static let testCount = 500
    /// The seed of every generated data set, fixed so the training seed changes only the network.
    public static let seed: UInt64 = 2_026

    /// `count` images drawn from `random`.
    public func images(count: Int, random: inout SplitMix64) -> ImageSet {
        var values: [Double] = []
        values.reserveCapacity(count * Self.shape.count)
        for _ in 0..<count {
            switch self {
            case .shapes: values += ShapeDrawing.random(&random).pixels
            case .digits: values += DigitGlyphs.random(&random)
            case .grey: values += ShapeDrawing.random(&random).blurred()
            }
        }
        return ImageSet(shape: Self.shape, values: values)
    }

    /// The data set: the first 2,000 images drawn from `seed` train, the next 500 test.
    public func dataSet() -> DataSet {
        var random = SplitMix64(seed: Self.seed)
        let train = images(count: Self.trainCount, random: &random)
        let test = images(count: Self.testCount, random: &random)
        return DataSet(name: rawValue, train: train, test: test)
    }
}
