import LossKit
/// Images for training and images held out to test on, split once and for good.
public struct DataSet: Sendable, Hashable {
    /// The name a reader sees, such as `shapes` or a folder's path.
    public let name: String
    public let train: ImageSet
    public let test: ImageSet

    public init(name: String, train: ImageSet, test: ImageSet) {
        self.name = name
        self.train = train
        self.test = test
    }

    /// The seed of every split, fixed so a data set is split the same way whatever the training seed.
    public static let splitSeed: UInt64 = 20_261_202

    /// Splits `images` after shuffling them with `splitSeed`: the last fifth (at least one image)
    /// is the test set. `images` needs at least two images.
    public init(name: String, splitting images: ImageSet) {
        precondition(images.count >= 2, "a split needs two images")
        var order = Array(0..<images.count)
        var random = SplitMix64(seed: Self.splitSeed)
        random.shuffle(&order)
        let testCount = max(1, images.count / 5)
        self.init(name: name, train: images.subset(order.dropLast(testCount)), test: images.subset(order.suffix(testCount)))
    }
}
