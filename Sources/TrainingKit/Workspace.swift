/// The working memory of a forward and backward pass over at most `capacity` rows, allocated once.
///
/// One buffer holds, for each layer, its sums z, its outputs a and its deltas dL/dz (each
/// `capacity` × outputs), then a `capacity` × inputs region where a minibatch is gathered.
public struct Workspace: Sendable {
    /// Where each region starts in the buffer.
    struct Layout: Sendable {
        /// The most rows one pass may hold.
        let capacity: Int
        let sumOffsets: [Int]
        let outputOffsets: [Int]
        let deltaOffsets: [Int]
        let batchOffset: Int
        let size: Int
    }

    let layout: Layout
    var storage: [Double]

    public init(network: Network, capacity: Int) {
        var offset = 0
        var sums: [Int] = [], outputs: [Int] = [], deltas: [Int] = []
        for layer in network.layers {
            let size = capacity * layer.outputs
            sums.append(offset)
            outputs.append(offset + size)
            deltas.append(offset + 2 * size)
            offset += 3 * size
        }
        layout = Layout(capacity: capacity, sumOffsets: sums, outputOffsets: outputs, deltaOffsets: deltas,
                        batchOffset: offset, size: offset + capacity * network.inputs)
        storage = [Double](repeating: 0, count: layout.size)
    }

    /// The most rows one pass may hold.
    public var capacity: Int { layout.capacity }
}
