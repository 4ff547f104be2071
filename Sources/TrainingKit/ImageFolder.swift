#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

/// Reads every `.pgm` image in a folder, in order of file name; all must have one size.
enum ImageFolder {
    /// The most images read from one folder.
    static let limit = 100_000

    static func images(atPath path: String) throws(DataSetError) -> ImageSet {
        let shown = path.replacingControlCharacters()
        let names = try pgmNames(in: path).sorted()
        guard !names.isEmpty else { throw DataSetError("\(shown): the folder holds no .pgm images") }
        guard names.count <= limit else { throw DataSetError("\(shown): more than \(limit) images") }
        var values: [Double] = []
        var first: (name: String, shape: ImageShape)?
        for name in names {
            let file = path.hasSuffix("/") ? path + name : path + "/" + name
            let read: DataRead
            do { read = try DataFile.read(DataFileReference(path: file)) } catch { throw DataSetError(error.description) }
            guard let shape = read.shape else { throw DataSetError("\(file.replacingControlCharacters()): not a PGM image") }
            if let first, first.shape != shape {
                throw DataSetError("\(shown): the images differ in size: \(first.name) is \(first.shape) but "
                    + "\(name.replacingControlCharacters()) is \(shape) (rows x columns); all must be the same size")
            }
            first = first ?? (name.replacingControlCharacters(), shape)
            values += read.values
        }
        return ImageSet(shape: first!.shape, values: values)
    }

    /// The names of the regular-looking `.pgm` entries of the folder.
    private static func pgmNames(in path: String) throws(DataSetError) -> [String] {
        guard let folder = opendir(path) else {
            throw DataSetError("\(path.replacingControlCharacters()): cannot read the folder (\(FileBytes.lastSystemError()))")
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.lowercased().hasSuffix(".pgm") && !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
