import LossKit

extension Network {
    /// Runs `rows` inputs (row after row in `x`) through every layer, leaving each layer's z and a in
    /// the workspace; the output layer's a only when `outputs` is true (a loss taken from the logits
    /// needs only its z).
    func forward(_ x: UnsafePointer<Double>, rows: Int, parameters p: UnsafePointer<Double>,
                 memory m: UnsafeMutablePointer<Double>, workspace w: Workspace.Layout, outputs: Bool = true) {
        var input = x
        for (k, layer) in layers.enumerated() {
            let z = m + w.sumOffsets[k]
            let a = m + w.outputOffsets[k]
            layer.sums(input, rows: rows, parameters: p, into: z)
            if outputs || k < layers.count - 1 { layer.activation.apply(z, a, count: rows * layer.outputs) }
            input = UnsafePointer(a)
        }
    }

    /// Adds the gradient of the objective's mean loss over `rows` inputs (each its own target) with
    /// respect to every parameter to `gradient`, which the caller zeroes. Returns false, leaving
    /// `gradient` unfinished, when an output sum z is infinite or NaN: the network has diverged.
    func backpropagate(_ x: UnsafePointer<Double>, rows: Int, objective: Objective,
                       memory m: UnsafeMutablePointer<Double>, workspace w: Workspace.Layout,
                       gradient: UnsafeMutablePointer<Double>) -> Bool {
        parameters.withUnsafeBufferPointer { pb in
            let p = pb.baseAddress!
            let spec = objective.spec(objective.loss, output: outputActivation)
            forward(x, rows: rows, parameters: p, memory: m, workspace: w, outputs: !spec.logits)
            let last = layers.count - 1
            let n = rows * outputs
            guard Self.allFinite(m + w.sumOffsets[last], count: n) else { return false }
            let prediction = m + (spec.logits ? w.sumOffsets[last] : w.outputOffsets[last])
            FusedLoss.gradient(spec, x: UnsafeBufferPointer(start: x, count: n), xhat: UnsafeBufferPointer(start: prediction, count: n),
                               into: UnsafeMutableBufferPointer(start: m + w.deltaOffsets[last], count: n))
            if !spec.logits {
                outputActivation.scaleBySlope(m + w.deltaOffsets[last], z: m + w.sumOffsets[last],
                                              a: m + w.outputOffsets[last], count: n)
            }
            for k in stride(from: last, through: 0, by: -1) {
                let layer = layers[k]
                let input = k == 0 ? x : UnsafePointer(m + w.outputOffsets[k - 1])
                let delta = UnsafePointer(m + w.deltaOffsets[k])
                layer.accumulateGradient(input, delta: delta, rows: rows, into: gradient)
                guard k > 0 else { break }
                let below = layers[k - 1]
                layer.inputGradient(delta: delta, rows: rows, parameters: p, into: m + w.deltaOffsets[k - 1])
                below.activation.scaleBySlope(m + w.deltaOffsets[k - 1], z: m + w.sumOffsets[k - 1],
                                              a: m + w.outputOffsets[k - 1], count: rows * below.outputs)
            }
            return true
        }
    }

    /// Whether every value is finite: a finite value times 0 is ±0 and any other is NaN, so the sum
    /// of those products (kept in four lanes, without a branch) is 0 exactly when all are finite.
    static func allFinite(_ values: UnsafePointer<Double>, count: Int) -> Bool {
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        var k = 0
        while k + 4 <= count {
            s0 += values[k] * 0
            s1 += values[k + 1] * 0
            s2 += values[k + 2] * 0
            s3 += values[k + 3] * 0
            k += 4
        }
        while k < count {
            s0 += values[k] * 0
            k += 1
        }
        return (s0 + s1 + s2 + s3) == 0
    }

    /// The mean of each loss over every value of every image in `set`, each image its own target:
    /// how well the network reconstructs the set, scored under every loss whichever one it trains with.
    public func meanLosses(on set: ImageSet, losses: [Loss], objective: Objective, workspace: inout Workspace) -> [Double] {
        var tally = LossTally(losses: losses, imageCount: set.count)
        add(images: set.count, of: set, to: &tally, objective: objective, workspace: &workspace)
        return tally.means(valuesPerImage: outputs)
    }

    /// Adds the next `limit` images of `set` (fewer at its end) to `tally`, in groups of the
    /// workspace's capacity counted from the set's start, so the sums do not depend on `limit`.
    public func add(images limit: Int, of set: ImageSet, to tally: inout LossTally, objective: Objective,
                    workspace: inout Workspace) {
        precondition(set.shape.count == inputs && inputs == outputs, "the images must fit the network")
        precondition(tally.imageCount == set.count, "the tally must be of this set")
        let specs = tally.losses.map { objective.spec($0, output: outputActivation, reduction: .sum) }
        let w = workspace.layout
        let last = layers.count - 1
        let end = min(set.count, tally.imagesDone + max(0, limit))
        parameters.withUnsafeBufferPointer { pb in
            set.values.withUnsafeBufferPointer { xb in
                workspace.storage.withUnsafeMutableBufferPointer { mb in
                    let m = mb.baseAddress!
                    while tally.imagesDone < end {
                        let start = tally.imagesDone
                        let rows = min(w.capacity, set.count - start)
                        let n = rows * inputs
                        let x = xb.baseAddress! + start * inputs
                        forward(x, rows: rows, parameters: pb.baseAddress!, memory: m, workspace: w,
                                outputs: specs.contains { !$0.logits })
                        for (k, spec) in specs.enumerated() {
                            let prediction = m + (spec.logits ? w.sumOffsets[last] : w.outputOffsets[last])
                            tally.sums[k].add(FusedLoss.value(spec, x: UnsafeBufferPointer(start: x, count: n),
                                                              xhat: UnsafeBufferPointer(start: prediction, count: n)))
                        }
                        tally.imagesDone = start + rows
                    }
                }
            }
        }
    }

    /// The reconstruction x̂ of one image: the network's outputs for it.
    public func reconstruction(of image: ArraySlice<Double>) -> [Double] {
        precondition(image.count == inputs, "the image must fit the network")
        var workspace = Workspace(network: self, capacity: 1)
        let w = workspace.layout
        let last = layers.count - 1
        return Array(image).withUnsafeBufferPointer { xb in
            parameters.withUnsafeBufferPointer { pb in
                workspace.storage.withUnsafeMutableBufferPointer { mb in
                    forward(xb.baseAddress!, rows: 1, parameters: pb.baseAddress!, memory: mb.baseAddress!, workspace: w)
                    return Array(mb[w.outputOffsets[last]..<(w.outputOffsets[last] + outputs)])
                }
            }
        }
    }
}
