import LossKit

/// The mean of several losses over a set of images, added up a few images at a time, so that scoring
/// can be spread over many short calls (the Train screen scores between frames).
///
/// Images are taken in order and in the same groups whatever the calls' sizes, so a tally finished in
/// many calls gives the same numbers, bit for bit, as one finished in a single call.
public struct LossTally: Sendable, Equatable {
    /// The losses tallied, in this order.
    public let losses: [Loss]
    /// The images in the set.
    public let imageCount: Int
    /// The images added so far.
    public internal(set) var imagesDone = 0
    var sums: [CompensatedSum]

    /// A tally of `losses` over a set of `imageCount` images, none added yet.
    public init(losses: [Loss], imageCount: Int) {
        self.losses = losses
        self.imageCount = imageCount
        sums = Array(repeating: CompensatedSum(), count: losses.count)
    }

    /// Whether every image has been added.
    public var isComplete: Bool { imagesDone == imageCount }

    /// The mean of each loss over every value of the images added so far, `values` values per image.
    public func means(valuesPerImage values: Int) -> [Double] {
        let total = Double(imagesDone * values)
        return sums.map { $0.value / total }
    }
}
