import LossKit

/// Images of one shape, row after row in one contiguous buffer of intensities.
public struct ImageSet: Sendable, Hashable {
    /// The rows and columns of every image.
    public let shape: ImageShape
    /// Every pixel of every image: image i occupies `values[i·d ..< (i + 1)·d]` with d = `shape.count`.
    public let values: [Double]

    public init(shape: ImageShape, values: [Double]) {
        precondition(values.count % shape.count == 0, "the values must be whole images")
        self.shape = shape
        self.values = values
    }

    /// The number of images.
    public var count: Int { values.count / shape.count }

    /// The pixels of image `index`.
    public func image(_ index: Int) -> ArraySlice<Double> {
        values[(index * shape.count)..<((index + 1) * shape.count)]
    }

    /// The images at `indices`, in that order.
    public func subset(_ indices: some Sequence<Int>) -> ImageSet {
        var values: [Double] = []
        for index in indices { values += image(index) }
        return ImageSet(shape: shape, values: values)
    }
}
