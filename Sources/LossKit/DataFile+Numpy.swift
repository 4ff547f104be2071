extension DataFile {
    /// The values of a `.npy` array, or of the image `selector` picks from it.
    static func numpy(_ file: DataFileHandle, head: [UInt8], selector: DataFileReference.Selector) throws(DataFileError) -> DataRead {
        let header = try checkedHeader(file, head: head)
        let (image, shape) = try imagePlace(header, selector: selector, path: file.shown)
        let count = shape.map(\.count) ?? header.count
        let (values, finite) = try elements(file, header, images: image..<(image + 1), imageSize: count)
        if !finite, let bad = values.firstIndex(where: { !$0.isFinite }) {
            let place = shape.map { "row \(bad / $0.columns + 1), column \(bad % $0.columns + 1)" } ?? "element \(bad)"
            throw DataFileError(path: file.shown, message: "\(place) is \(NumberFormat.full(values[bad])); LossLab needs finite numbers")
        }
        return DataRead(values: values, shape: shape, normalisation: header.type.normalisation)
    }

    /// A whole `.npy` array, such as N images of H × W for training: every element in C order (last
    /// index fastest, whatever the file's order), normalised by the rules of `Normalisation`, with the
    /// array's shape. Values that are not finite are kept, for the caller to place in its own terms.
    public static func numpyArray(atPath path: String) throws(DataFileError) -> NumpyArrayRead {
        let file = try DataFileHandle(path: path)
        let header = try checkedHeader(file, head: try file.bytes(at: 0, count: NumpyHeader.readAhead))
        let shape = header.shape
        let imageSize = shape.count >= 2 ? shape[shape.count - 2] * shape[shape.count - 1] : header.count
        var (values, _) = try elements(file, header, images: 0..<(header.count / imageSize), imageSize: imageSize)
        let normalisation = header.type.normalisation
        if let divisor = normalisation.divisor {
            values.withUnsafeMutableBufferPointer { values in
                for i in values.indices { values[i] /= divisor }
            }
        }
        return NumpyArrayRead(values: values, shape: shape, normalisation: normalisation)
    }

    /// The header of a `.npy` file whose size matches it and which holds at least one number.
    private static func checkedHeader(_ file: DataFileHandle, head: [UInt8]) throws(DataFileError) -> NumpyHeader {
        let header = try NumpyHeader(bytes: head, path: file.shown)
        let type = header.type
        let dataBytes = file.size - header.dataOffset
        guard dataBytes == header.count * type.size else {
            throw DataFileError(path: file.shown, offset: header.dataOffset, message:
                "the header says shape \(NumpyHeader.shapeText(header.shape)) of \(type.name), \(header.count * type.size) bytes, "
                + "but the file has \(dataBytes) bytes after the header")
        }
        guard header.count > 0 else { throw DataFileError(path: file.shown, message: "the array holds no numbers (shape \(NumpyHeader.shapeText(header.shape)))") }
        return header
    }

    /// The elements of consecutive `images` (flat indices over the leading dimensions; one image of
    /// the whole array for fewer than two dimensions) of `imageSize` elements each, row-major, as
    /// stored; and whether every one is finite.
    private static func elements(_ file: DataFileHandle, _ header: NumpyHeader, images: Range<Int>, imageSize: Int)
        throws(DataFileError) -> (values: [Double], finite: Bool) {
        var finite = true
        let values = try [Double].filled(count: images.count * imageSize) { output throws(DataFileError) in
            if header.fortranOrder && header.shape.count > 1 {
                try file.withMappedBytes { bytes throws(DataFileError) in
                    for (k, image) in images.enumerated() {
                        gatherFortran(bytes.baseAddress! + header.dataOffset, header, image: image,
                                      into: UnsafeMutableBufferPointer(rebasing: output[(k * imageSize)..<((k + 1) * imageSize)]))
                    }
                }
                finite = allFinite(UnsafeBufferPointer(output))
            } else {
                finite = try stream(file, from: header.dataOffset + images.lowerBound * imageSize * header.type.size, type: header.type,
                                    into: output)
            }
        }
        return (values, finite)
    }

    /// Whether every value is finite (x − x is 0, or NaN for ±∞ and NaN), sixteen at a time in two
    /// vector accumulators, so a chunk just read costs a fraction of reading it.
    static func allFinite(_ v: UnsafeBufferPointer<Double>) -> Bool {
        var (a, b) = (SIMD8<Double>(), SIMD8<Double>())
        var i = 0
        if let base = v.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 16 <= v.count {
                let p = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
                let q = raw.loadUnaligned(fromByteOffset: (i + 8) * 8, as: SIMD8<Double>.self)
                a += p - p
                b += q - q
                i += 16
            }
        }
        var rest = 0.0
        while i < v.count {
            rest += v[i] - v[i]
            i += 1
        }
        return (a + b).sum() + rest == 0
    }

    /// Which image (a flat index over the leading dimensions) `selector` picks, and the image's shape
    /// (nil for a vector of fewer than two dimensions).
    private static func imagePlace(_ header: NumpyHeader, selector: DataFileReference.Selector, path: String)
        throws(DataFileError) -> (image: Int, shape: ImageShape?) {
        let shape = header.shape
        let shown = NumpyHeader.shapeText(shape)
        let indices: [Int] = if case let .image(indices) = selector { indices } else { [] }
        guard shape.count >= 2 else {
            guard indices.isEmpty else { throw DataFileError(path: path, message: "the array of shape \(shown) has no images to pick from") }
            return (0, nil)
        }
        let leading = Array(shape.dropLast(2))
        let image = ImageShape(rows: shape[shape.count - 2], columns: shape[shape.count - 1])
        let images = leading.reduce(1, *)
        if indices.isEmpty {
            guard images == 1 else {
                let example = leading.map { _ in "0" }.joined(separator: ", ")
                throw DataFileError(path: path, message: "the array holds \(images) images of \(image) (shape \(shown)); "
                    + "choose one, such as @\(path)[\(example)]")
            }
            return (0, image)
        }
        guard indices.count == leading.count else {
            throw DataFileError(path: path, message: "the array of shape \(shown) needs \(leading.count) index\(leading.count == 1 ? "" : "es") "
                + "to pick an image, not \(indices.count)")
        }
        var flat = 0
        for (index, size) in zip(indices, leading) {
            guard index < size else { throw DataFileError(path: path, message: "index \(index) is outside 0...\(size - 1) of the shape \(shown)") }
            flat = flat * size + index
        }
        return (flat, image)
    }

    /// Converts contiguous elements from `offset` on into `output`; returns whether every value is finite.
    ///
    /// Doubles as this machine stores them are copied from the mapped file and checked in the same
    /// pass (about 10 % faster than reading them into place and checking each chunk after), and each
    /// 4 MiB of the mapping is released once copied, so the file never counts twice in memory; other
    /// types are read a chunk at a time, converted and checked while the chunk is in the cache.
    private static func stream(_ file: DataFileHandle, from offset: Int, type: NumpyType,
                               into output: UnsafeMutableBufferPointer<Double>) throws(DataFileError) -> Bool {
        if type.kind == .float && type.size == 8 && !type.bigEndian {
            return try file.withMappedBytes { bytes throws(DataFileError) in
                var finite = true
                let partCount = 1 << 19   // 4 MiB of doubles
                for start in stride(from: 0, to: output.count, by: partCount) {
                    let part = UnsafeMutableBufferPointer(rebasing: output[start..<min(output.count, start + partCount)])
                    let source = UnsafeRawBufferPointer(start: bytes.baseAddress! + offset + start * 8, count: part.count * 8)
                    if !copyCheckingFinite(source.baseAddress!, into: part) { finite = false }
                    DataFileHandle.release(source)
                }
                return finite
            }
        }
        let chunk = 1 << 17
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk * type.size, alignment: 8)
        defer { scratch.deallocate() }
        var finite = true
        var done = 0
        while done < output.count {
            let n = min(chunk, output.count - done)
            let part = UnsafeMutableBufferPointer(rebasing: output[done..<(done + n)])
            try file.readFully(into: UnsafeMutableRawBufferPointer(rebasing: scratch[..<(n * type.size)]), at: offset + done * type.size)
            type.convert(scratch.baseAddress!, count: n, into: part.baseAddress!)
            if type.kind == .float && finite { finite = allFinite(UnsafeBufferPointer(part)) }
            done += n
        }
        return finite
    }

    /// Copies `output.count` native doubles from `source` (any alignment) into `output`; returns
    /// whether every one is finite, found as `allFinite` finds it, eight at a time.
    private static func copyCheckingFinite(_ source: UnsafeRawPointer, into output: UnsafeMutableBufferPointer<Double>) -> Bool {
        let target = UnsafeMutableRawPointer(output.baseAddress!)
        var sum = SIMD8<Double>()
        var i = 0
        while i + 8 <= output.count {
            let v = source.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
            sum += v - v
            target.storeBytes(of: v, toByteOffset: i * 8, as: SIMD8<Double>.self)
            i += 8
        }
        var rest = 0.0
        while i < output.count {
            let v = source.loadUnaligned(fromByteOffset: i * 8, as: Double.self)
            rest += v - v
            output[i] = v
            i += 1
        }
        return sum.sum() + rest == 0
    }

    /// Gathers one image of a Fortran-ordered array (first index fastest) into row-major order.
    private static func gatherFortran(_ data: UnsafeRawPointer, _ header: NumpyHeader, image: Int,
                                      into output: UnsafeMutableBufferPointer<Double>) {
        let shape = header.shape
        let rank = shape.count
        var strides = [Int](repeating: 1, count: rank)
        for k in 1..<rank { strides[k] = strides[k - 1] * shape[k - 1] }
        // The image's leading indices, from its flat (C-order) index over the leading dimensions.
        var base = 0
        var rest = image
        for k in stride(from: rank - 3, through: 0, by: -1) {
            base += (rest % shape[k]) * strides[k]
            rest /= shape[k]
        }
        let (rows, columns) = (shape[rank - 2], shape[rank - 1])
        let size = header.type.size
        for r in 0..<rows {
            for c in 0..<columns {
                let element = base + r * strides[rank - 2] + c * strides[rank - 1]
                header.type.convert(data + element * size, count: 1, into: output.baseAddress! + r * columns + c)
            }
        }
    }
}
