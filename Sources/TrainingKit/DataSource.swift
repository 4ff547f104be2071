#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

/// Where training images come from: a generated set by name, or the user's own files.
public enum DataSource {
    /// The names a user may give instead of a path.
    public static var names: String { GeneratedData.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The data set named `text` (`shapes`, `digits`, `grey`), or read from the path: a folder of
    /// PGM images, or a `.npy` array of N × H × W or N × D values.
    public static func dataSet(_ text: String) throws(DataSetError) -> DataSet {
        if let generated = GeneratedData(rawValue: text) { return generated.dataSet() }
        let shown = text.replacingControlCharacters()
        var info = stat()
        guard stat(text, &info) == 0 else {
            throw DataSetError("\(shown): no such data set or file (\(FileBytes.lastSystemError())); "
                + "give \(names), a folder of .pgm images or a .npy file")
        }
        let images: ImageSet
        if (info.st_mode & S_IFMT) == S_IFDIR {
            images = try ImageFolder.images(atPath: text)
        } else if text.hasSuffix(".npy") {
            images = try NumpyArray.images(atPath: text)
        } else {
            throw DataSetError("\(shown): not a folder of .pgm images or a .npy file")
        }
        try checkIntensities(images, name: shown)
        guard images.count >= 2 else { throw DataSetError("\(shown): needs at least 2 images (one to train on, one to test on)") }
        return DataSet(name: shown, splitting: images)
    }

    /// Refuses values that are not numbers in [0, 1]: the network's Sigmoid output can only approach those.
    static func checkIntensities(_ images: ImageSet, name: String) throws(DataSetError) {
        guard let bad = images.values.firstIndex(where: { !(0...1).contains($0) }) else { return }
        let d = images.shape.count
        let value = images.values[bad]
        let what = value.isNaN ? "is NaN" : value.isInfinite ? "is infinite" : "is \(value), outside [0, 1]"
        throw DataSetError("\(name): image \(bad / d), pixel \(bad % d) \(what); pixels must be intensities in [0, 1]")
    }
}
