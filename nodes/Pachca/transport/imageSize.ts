/** Width and height in pixels, read from the header of a PNG, GIF, JPEG or WebP image. */
export interface ImageSize {
	width: number;
	height: number;
}

const isPng = (b: Buffer) =>
	b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('ascii', 12, 16) === 'IHDR';
const isGif = (b: Buffer) => b.length >= 10 && b.toString('ascii', 0, 4) === 'GIF8';
const isJpeg = (b: Buffer) => b.length >= 4 && b[0] === 0xff && b[1] === 0xd8;
const isWebp = (b: Buffer) =>
	b.length >= 30 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP';

/** Start-of-frame markers carry the size; the others (DHT, DAC, JPG) share the range. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpegSize(b: Buffer): ImageSize | undefined {
	let offset = 2;
	// Each segment is FF <marker> <length: 2 bytes>; bounded by the buffer, and lengths are ≥ 2.
	while (offset + 9 < b.length) {
		if (b[offset] !== 0xff) return undefined;
		const marker = b[offset + 1];
		if (marker === 0xff) {
			offset += 1;
			continue;
		}
		if (isStartOfFrame(marker)) return { height: b.readUInt16BE(offset + 5), width: b.readUInt16BE(offset + 7) };
		const length = b.readUInt16BE(offset + 2);
		if (length < 2) return undefined;
		offset += 2 + length;
	}
	return undefined;
}

function webpSize(b: Buffer): ImageSize | undefined {
	const chunk = b.toString('ascii', 12, 16);
	if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
	if (chunk === 'VP8L') {
		const bits = b.readUInt32LE(21);
		return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
	}
	if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
	return undefined;
}

/** The image's size, or undefined when the bytes are not one of the formats above or are cut short. */
export function imageSize(bytes: Buffer): ImageSize | undefined {
	let size: ImageSize | undefined;
	if (isPng(bytes)) size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
	else if (isGif(bytes)) size = { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
	else if (isJpeg(bytes)) size = jpegSize(bytes);
	else if (isWebp(bytes)) size = webpSize(bytes);
	return size && size.width > 0 && size.height > 0 ? size : undefined;
}
