extension String {
  /// `prefix` followed by the decimal digits of `number` (`s12`, `m3`), written as bytes: the
  /// ids minted for every sentence and citation marker, which interpolation (`"s\(number)"`)
  /// builds several times slower.
  init(numberedID number: Int, prefix: Unicode.Scalar) {
    precondition(prefix.isASCII, "an ASCII prefix")
    self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var start = buffer.count
      var rest = number.magnitude
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      if number < 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      start -= 1
      buffer[start] = UInt8(prefix.value)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
    }
  }
}
